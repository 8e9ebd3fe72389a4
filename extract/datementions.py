"""Text + reference date → date mentions: absolute news dates, weekdays, relative days, months and years, each with its role.

`find_dates` lists every date mention in a stretch of text with the role its wording gives it
(the start of a tally or period, an "as of" day, a report's release day, the day a statement was
made, or a plain day); `parse_date` reads one date as news writes it. extract/dates.py decides
which mention dates a figure.
"""
from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import regex

from extract.dateparts import PART_OF_YEAR_BEFORE as _PART_OF_YEAR_BEFORE
from extract.dateparts import last_month_of_part as _last_month_of_part
from extract.dateparts import month_end as _month_end
from extract.dateparts import part_of_month as _part_of_month
from extract.datewords import Openings, candidate_starts
from extract.vocab import may_hold

VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "dates.toml").read_text(encoding="utf-8"))

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# A date written without a year lies at most this far after the reference (the PAST reading):
# reports are dated a little after publication time zones or embargoes, never weeks later.
FUTURE_SLACK = timedelta(days=7)
H = r"[^\S\n]"


def _alternation(words) -> str:
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", H + "+") for w in sorted(words, key=len, reverse=True)) + ")"


MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# next to a day number a month name is a month whatever its case ("15 mar 20:41", "monday january 12th");
# alone it must be capitalised, or "may" and "march" would be dates
_MON_ANYCASE = f"(?i:{MONTH_WORD})"
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_NUMBER = r"(?:19|20)\d\d"
WEEKDAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=,?[^\S\n]+\w+[^\S\n]+\d))"
_JOIN = rf"{H}*(?:-|–|—|/|and|to|or|through){H}*"
# a day of the month in words, read only in "the first of May" (an ordinal alone is a rank, "the third strike")
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth"] + [f"twenty-{w}" for w in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                          "eighth", "ninth")] + ["thirtieth", "thirty-first"]
ORDINAL_DAYS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)}
_ORDINAL_DAY = "(?i:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"

_PATTERNS = regex.compile(
    rf"""
     (?P<iso>\b(?P<iy>{YEAR_NUMBER})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)
    |(?P<dotted>\b(?P<dod>[0-3]?\d)\.(?P<dom>[01]?\d)\.(?P<doy>{YEAR_NUMBER})\b)
    |(?P<dotted2>\b(?P<d2d>[0-3]\d)\.(?P<d2m>[01]\d)\.(?P<d2y>[12]\d)\b(?![.,]\d))
    |(?P<slashed>\b(?P<sm>[0-3]?\d)(?P<sep>[/-])(?P<sd>[0-3]?\d)(?P=sep)(?P<sy>{YEAR_NUMBER})\b)
    |(?P<ymd>\b(?P<yy2>{YEAR_NUMBER})(?P<sep2>[/.])(?P<ym>[01]?\d)(?P=sep2)(?P<yd>[0-3]?\d)\b)
    |(?P<md>(?:{WEEKDAY_WORD},?{H}+)?(?P<mdm>{_MON_ANYCASE})\b\.?{H}*[-/]?{H}*(?P<mdd>{DAY_NUMBER})\b(?!:|\d)
        (?:{_JOIN}(?:(?P<mdm2>{_MON_ANYCASE})\b\.?{H}+)?(?P<mdd2>{DAY_NUMBER})\b(?![:,]\d))?(?:,?{H}+(?P<mdy>{YEAR_NUMBER})\b)?)
    |(?P<dm>(?:{WEEKDAY_WORD},?{H}+)?(?:the{H}+)?(?P<dmd>{DAY_NUMBER})(?:{_JOIN}(?P<dmd2>{DAY_NUMBER}))?\.?{H}+(?:of{H}+)?(?P<dmm>{_MON_ANYCASE})\b\.?
        (?:,?{H}+(?P<dmy>{YEAR_NUMBER})\b)?)
    |(?P<dmw>(?i:the){H}+(?P<dmwd>{_ORDINAL_DAY}){H}+(?i:of){H}+(?P<dmwm>{_MON_ANYCASE})\b\.?(?:,?{H}+(?P<dmwy>{YEAR_NUMBER})\b)?)
    |(?P<my>(?P<mym>{MONTH_WORD})\b\.?(?:,?{H}+(?P<myy>{YEAR_NUMBER})\b)?)
    |(?P<year>\b(?P<yy>{YEAR_NUMBER})\b(?!-\d|,\d))
    |(?P<wd>\b(?P<wdlast>(?i:last){H}+)?(?P<wdn>{WEEKDAY_WORD})(?:'s)?\b)
    |(?P<weekend>\b(?i:over|at|during|on)?{H}*(?i:the|this|last){H}+weekend(?:'s)?\b)
    |(?P<lastmonth>\b(?i:last){H}+month(?:'s)?\b)
    |(?P<lastyear>\b(?i:last){H}+year(?:'s)?\b)
    |(?P<lastweek>\b(?i:last){H}+week(?:'s)?\b)
    |(?P<fixed>\b(?i:{"|".join(k.replace(" ", H + "+") for k in VOCAB["fixed_days"])})\b)
    |(?P<rel>\b(?i:{"|".join(k.replace(" ", H + "+") for k in sorted(VOCAB["relative"], key=len, reverse=True))})\b)
    |(?P<vague>\b(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a{H}+few|few|several|some|\d+){H}+
        (?:weeks?|months?|years?){H}+(?:earlier|before|ago|after|later|prior))\b)
    """,
    regex.VERBOSE,
)
# What must follow where a mention opens with an ASCII digit, whichever branch of _PATTERNS matches there:
# a year (iso, ymd, a year alone), a one- or two-digit day or month before a separator (dotted, slashed),
# a day before a second day or a month (dm), or a count of weeks, months or years (vague). Most numbers
# in a story are none of these, and this small pattern turns them away for a fraction of _PATTERNS' cost.
_DIGIT_MAY_OPEN = regex.compile(
    rf"(?:19|20)\d\d|\d\d?(?:[./-]|(?:st|nd|rd|th)?(?:{_JOIN}\d|\.?{H}+(?:of{H}+)?{_MON_ANYCASE}))|\d+{H}+(?i:weeks?|months?|years?)")
_RELATIVE = [(regex.compile(rf"(?i:{k})\Z"), v) for k, v in VOCAB["relative"].items()]
_FIXED = [(regex.compile(rf"(?i:{k.replace(' ', H + '+')})\Z"), v) for k, v in VOCAB["fixed_days"].items()]
# The cue patterns are only asked whether one ends right where a date starts: searched backwards from there
# (REVERSE, anchored by "$") they give the same answer without trying every start in the window.
# "from 18:00 on 6 September": a clock time may stand between the cue and the day
_CUE_CLOCK = rf"(?:\d{{1,2}}[:.]\d\d{H}+(?:(?i:on){H}+)?)?"
START_CLAUSE_REACH = 170
_START_CUE = r"(?i:\b" + _alternation(VOCAB["start_cues"]) + rf"){H}+{_CUE_CLOCK}(?:(?:the|on|late|early){H}+)?(?:(?:morning|evening|night|start|beginning){H}+of{H}+)?"
# "since Russian troops invaded on February 24": a start cue a few words back, with no comma between
# (within its sentence: "... since 2022. We spoke to him on Wednesday" starts nothing)
# ("Since the mandatory evacuation of families ... was announced for the villages of the district on 20 March": a long
# subject, so the reach is wide)
_START_CLAUSE = regex.compile(rf"(?i:\bsince\b)(?:[^,;:.!?]|\.(?!\s)){{0,{START_CLAUSE_REACH}}}\b(?:on|in){H}+$")
_ASOF_CUE = r"(?i:\b" + _alternation(VOCAB["asof_cues"]) + rf"){H}+{_CUE_CLOCK}(?:(?:the{H}+)?(?:(?:morning|evening|night|end){H}+of{H}+)|midnight{H}+(?:on{H}+)?)?"
_ASOF_BEFORE = regex.compile(_ASOF_CUE + "$", regex.REVERSE)
_REPORT_CUE = r"(?i:\b" + _alternation(VOCAB["report_cues"]) + rf"){H}+(?:on{H}+)?"
_MONTH_ALONE_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["month_alone_after"]) + rf")(?:{H}+|-)(?:the{H}+(?:end|start|beginning|middle){H}+of{H}+)?$", regex.REVERSE)
_YEAR_ALONE_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["year_alone_after"]) + rf"){H}+(?:the{H}+(?:end|start|beginning|middle){H}+of{H}+)?$", regex.REVERSE)
# the report, start and as-of cues in one backward look, in the order _role asks them: the first that ends
# where the date starts names the role (two cannot end there differently: "$" also matches before a final
# line break, and every cue ends in a space)
_CUE_BEFORE = regex.compile("(?:" + "|".join(f"(?P<{name}>{cue})" for name, cue in
                                             (("report", _REPORT_CUE), ("start", _START_CUE), ("asof", _ASOF_CUE))) + ")$",
                            regex.REVERSE)
_WINDOW = regex.compile(r"(?i)\b(?:past|last)\b")
_SAME_DAY = regex.compile(r"(?i)\b(?:overnight|tonight|today|this)\b")
_WINDOW_BEFORE = regex.compile(rf"(?i:\b(?:past|last){H}+(?:day|24{H}+hours|twenty-four{H}+hours)),{H}*$")
# "July was the deadliest month", "October saw 300 killed": a month opening its sentence as the subject
_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_MONTH_SUBJECT_AFTER = regex.compile(rf"{H}+(?:was|saw|brought|became|remained){H}")
_NIGHT_TO_BEFORE = regex.compile(rf"(?i:\bnight{H}+(?:to|into){H}+)$")
# "by" or "from" before a date that names an attack says what did it, not a period's bound
_AGENT_BEFORE = regex.compile(rf"(?i:\b(?:by|from){H}+(?:the{H}+)?)$")
_ATTACK_NOUN_AFTER = regex.compile(rf"(?:['’]s)?{H}+(?:[\w-]+{H}+){{0,2}}(?i:strikes?|attacks?|barrage|shelling|bombardment|raid|explosion|blast)\b")
_AFTER_BEFORE = regex.compile(rf"(?i:\bafter{H}+)$")
WHEN_AFTER = regex.compile(rf",{H}*when\b")
_NEXT_BEFORE = regex.compile(rf"(?i:\b(?:next|this|coming|until|till)(?:{H}+at{H}+least)?{H}+)$")
# "..., the regional administration said on Sunday", "told reporters on Monday": the day the statement
# was made, which dates a figure only when the sentence names no day of its own
_STATEMENT_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["statement_verbs"])
                                  + rf"(?:{H}+(?:reporters|journalists|the{H}+\w+|a{H}+\w+{H}+\w+|\w+))?"
                                  + rf"(?:{H}+(?:in|on|at|during){H}+(?:an?{H}+)?(?:[\w-]+{H}+)?" + _alternation(VOCAB["statement_channels"]) + ")?"
                                  + rf"(?:{H}+(?:late|early))?(?:{H}+(?:on|in{H}+the{H}+\w+{H}+of))?{H}*)$", regex.REVERSE)
# "..., said the head of the city's military administration, Vitaliy Bielik, on Thursday": the speaker named after the verb
_SPEAKER_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["statement_verbs"]) + rf")\b{H}+(?=the\b|a\b|an\b|\p{{Lu}})"
                                rf"(?:(?!\b(?i:that|were|was|had|have|has|is|are|been|would|will|on)\b)[^.;:!?\"“”\n\d]){{1,100}}?"
                                rf",?{H}+(?:(?:late|early){H}+)?on{H}+$")
# "the governor on Sunday said ...": the day stands between the speaker and the verb
_STATEMENT_AFTER = regex.compile(rf"{H}+(?:(?:late|early|also){H}+)?(?i:" + _alternation(VOCAB["statement_verbs"]) + r")\b")
# "In its Sunday statement", "Monday's briefing": the day names when the words were said
_STATEMENT_NOUN_AFTER = regex.compile(rf"(?:'s)?{H}+(?:(?:evening|morning|daily|official|regular){H}+)?(?i:statement|briefing|bulletin|address|update){H}*(?:,|it|he|she|they|the|said|says)\b")
# ...or opens the sentence before its speaker ("On 10 July, the State Emergency Service reported 15 dead")
SPEAKER_AFTER = regex.compile(rf",{H}+(?!(?i:and|but|or|while|whereas|which|who|when|where|as|after|before|although|though|because|so|then)\b)"
                              rf"(?:(?:the|a|an){H}+)?(?:[\p{{L}}\d'’.-]+{H}+){{0,6}}?(?:(?:late|early|also){H}+)?(?i:"
                              + _alternation(VOCAB["statement_verbs"]) + r")\b")
# a period written as two dates ("between 24 February 2022 and 30 November 2024", "from Feb. 24 to Nov. 30")
_PERIOD_OPEN_BEFORE = regex.compile(rf"(?i:\b(?:between|from)(?:{H}+the)?{H}+)$")
_PERIOD_JOIN = regex.compile(rf"{H}*(?:,{H}*)?(?:(?i:night|evening){H}+)?(?i:and|to|until|till|through|thru|into|-|–|—){H}*")
# joins that make a period on their own: "24 February – 30 November 2024", "Monday night into Tuesday"
_PERIOD_JOIN_ALONE = regex.compile(rf"{H}*(?:[-–—]|(?:(?i:night|evening){H}+)?into){H}*")

# The words a date mention can open with; every other place in the text is skipped without trying the
# pattern there (trying all of its branches at every character made the scan crawl at 0.2 MB/s).
def _leading_words(phrase: str) -> list[str]:
    """The words a relative-day phrase of dates.toml may open with ("(?:in|over) the past day" → in, over)."""
    head = regex.match(r"\(\?:([a-z|]+)\)|([a-z]+)", phrase)
    return (head.group(1) or head.group(2)).split("|") if head else []


_FIRST_WORDS = frozenset(
    [m.lower() for m in MONTHS] + list(WEEKDAYS) + [w for phrase in VOCAB["relative"] for w in _leading_words(phrase)]
    + ["the", "last", "this", "over", "at", "during", "on", "yesterday", "today", "tonight", "overnight", "earlier", "in", "as",
       "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some"])
# ...and most of those only count when one of the next two words could continue a date ("in the past",
# "as of", "the weekend", "six weeks"); words that open a date by themselves need no such check
_SELF_STANDING = frozenset([m.lower() for m in MONTHS] + list(WEEKDAYS) + ["yesterday", "today", "tonight", "overnight", "earlier"])
_CONTINUING = frozenset([m.lower() for m in MONTHS] + list(WEEKDAYS)
                        + ["weekend", "past", "last", "of", "at", "week", "weeks", "month", "months", "year", "years", "few", "day", "days",
                           "hours", "night", "morning", "afternoon", "evening"])
_OPENINGS = Openings(_FIRST_WORDS, _SELF_STANDING, _CONTINUING)
_ASCII_DIGITS = frozenset("0123456789")
# _DIGIT_MAY_OPEN knows the built-in branches only: a relative-day phrase of dates.toml that may open with a
# number (not with one of its listed words) turns the check off
_DIGIT_CHECK = all(_leading_words(phrase) for phrase in VOCAB["relative"])


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: date | None     # None: the text places the event at an undated other time ("six weeks earlier")
    role: str            # "day" | "asof" | "start" | "report" | "statement" | "window" | "vague" | "other" (an agreement's day)
    precise: bool = True  # False for a month or a year, which stands for its last day


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    return date(year, month, day) if 1 <= day <= calendar.monthrange(year, month)[1] else None


def _past_reading(month: int, day: int, reference: date | None) -> date | None:
    """A day and month without a year → the latest such date not later than the reference (plus slack)."""
    if reference is None:
        return None
    for back in range(-1, 5):   # "Jan. 3" read on Dec. 30 is next week; Feb. 29 may be four years back
        found = _safe_date(reference.year - back, month, day)
        if found and found <= reference + FUTURE_SLACK:
            return found
    return None


def _weekday_on_or_before(weekday: int, reference: date, strictly_before: bool = False) -> date:
    back = (reference.weekday() - weekday) % 7 or (7 if strictly_before else 0)
    return reference - timedelta(days=back)


_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")


def _day_of(text: str) -> int:
    return int(_DIGITS.match(text).group())


# a weekend still to come ("more departures planned for the weekend") is no day a figure is about
_FUTURE_BEFORE = regex.compile(rf"(?i:\b(?:planned|scheduled|expected|due|set|slated|planning|plans?){H}+(?:for|over|on|at|during|by|until){H}+)$")


_GROUP_INDEX = {name: index - 1 for name, index in _PATTERNS.groupindex.items()}


class _Groups:
    """A match's groups by name, read from one groups() tuple (groupdict() of this many groups is costly)."""
    __slots__ = ("values",)

    def __init__(self, values: tuple) -> None:
        self.values = values

    def __getitem__(self, name: str) -> str | None:
        return self.values[_GROUP_INDEX[name]]


def _resolve(m: regex.Match, text: str, reference: date | None) -> tuple[date | None, bool]:
    """One pattern match → (date, is_a_date). is_a_date False drops the match (e.g. "May" the verb)."""
    g = _Groups(m.groups())
    kind = m.lastgroup
    if kind == "iso":
        return _safe_date(int(g["iy"]), int(g["im"]), int(g["id"])), True
    if kind == "dotted":
        return _safe_date(int(g["doy"]), int(g["dom"]), int(g["dod"])), True
    if kind == "dotted2":   # the General Staff's "from 24.02.22 to 17.03.24": two-digit years of this war
        day = _safe_date(2000 + int(g["d2y"]), int(g["d2m"]), int(g["d2d"]))
        return day, day is not None
    if kind == "ymd":
        return _safe_date(int(g["yy2"]), int(g["ym"]), int(g["yd"])), True
    if kind == "slashed":
        month, day = int(g["sm"]), int(g["sd"])
        if month > 12:   # 21/04/2016: day first
            month, day = day, month
        return _safe_date(int(g["sy"]), month, day), True
    if kind in ("md", "dm", "dmw"):
        if kind == "dmw":
            month = MONTHS[g["dmwm"].lower().rstrip(".")]
            day, year = ORDINAL_DAYS[g["dmwd"].lower()], g["dmwy"]
        elif kind == "md":
            month = MONTHS[(g["mdm2"] or g["mdm"]).lower().rstrip(".")]
            day, year = _day_of(g["mdd2"] or g["mdd"]), g["mdy"]
        else:
            month = MONTHS[g["dmm"].lower().rstrip(".")]
            day, year = _day_of(g["dmd2"] or g["dmd"]), g["dmy"]
        if year:
            return _safe_date(int(year), month, day), True
        return _past_reading(month, day, reference), True
    if kind == "my":
        month = MONTHS[g["mym"].lower().rstrip(".")]
        if not g["myy"] and not _MONTH_ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not (_SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) and _MONTH_SUBJECT_AFTER.match(text, m.end())):
            return None, False
        if g["myy"]:
            return _part_of_month(text, m, int(g["myy"]), month, reference), True
        if reference is None:
            return None, True
        year = reference.year if month <= reference.month else reference.year - 1
        return _part_of_month(text, m, year, month, reference), True
    if kind == "year":
        if not _YEAR_ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None, False
        year = int(g["yy"])
        last = date(year, 12, 31)
        if part := _PART_OF_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            last = _month_end(year, _last_month_of_part(part), None)   # "in the first half of 2024": June 30
        return (min(last, reference) if reference else last), True
    if kind == "fixed":   # "on the first day of the invasion": one day of the calendar, whatever the reference
        return next(date.fromisoformat(day) for pattern, day in _FIXED if pattern.match(m.group())), True
    if reference is None:
        return None, kind == "vague"
    if kind == "wd":
        if _NEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None, False   # "next Monday", "by Friday": a deadline, not a day a figure is about
        return _weekday_on_or_before(WEEKDAYS[g["wdn"].lower()], reference, bool(g["wdlast"])), True
    if kind == "weekend":
        if _FUTURE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return None, False
        return _weekday_on_or_before(6, reference), True
    if kind == "lastmonth":
        first = reference.replace(day=1) - timedelta(days=1)
        return first, True
    if kind == "lastyear":
        return date(reference.year - 1, 12, 31), True
    if kind == "lastweek":   # a closed week stands at its last day, the Sunday before the report's week
        return reference - timedelta(days=reference.weekday() + 1), True
    if kind == "rel":
        phrase = _SPACES.sub(" ", m.group())
        for pattern, offset in _RELATIVE:
            if pattern.match(phrase):
                return reference + timedelta(days=offset), True
        return reference, True
    return None, True   # vague


# each statement verb's first word (a verb of several words is matched with any run of spaces between them)
_STATEMENT_WORDS = tuple(v.split()[0].casefold() for v in VOCAB["statement_verbs"])


def _may_name_a_statement(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a statement verb: a quick look before _STATEMENT_BEFORE."""
    return may_hold(text[start:end], _STATEMENT_WORDS)


# "the agreements reached on 2 June", "the 2 June agreement": an agreement's own day, which dates no figure
_AGREEMENT_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["agreement_nouns"]) + rf"(?:{H}+"
                                  + _alternation(VOCAB["agreement_verbs"]) + rf")?{H}+(?:on|in|of)(?:{H}+the)?{H}+)$", regex.REVERSE)
_AGREEMENT_AFTER = regex.compile(r"(?:'s)?" + rf"{H}+(?i:" + _alternation(VOCAB["agreement_nouns"]) + r")\b")
_AGREEMENT_WORDS = tuple(w.casefold() for w in VOCAB["agreement_nouns"])


def _role(m: regex.Match, text: str) -> str:
    if m.lastgroup == "vague":
        return "vague"
    if m.lastgroup not in ("rel", "weekend") and (
            (may_hold(text[max(0, m.start() - 40):m.start()], _AGREEMENT_WORDS)
             and _AGREEMENT_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            or _AGREEMENT_AFTER.match(text, m.end())):
        return "other"
    if m.lastgroup == "rel" and _WINDOW.search(m.group()):
        return "window"   # "over the past day" counts back from whatever day the sentence names
    if m.lastgroup == "rel" and m.group().lower().startswith("as of"):
        return "asof"
    if m.lastgroup == "rel" and _SAME_DAY.search(m.group()):
        return "window"   # "overnight on Sunday": the named day says which night
    if _WINDOW_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return "window"   # "over the past day, December 7,": the window's own day, not the report's
    if _NIGHT_TO_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "day"   # "in the night to March 2": the night's morning, the attack's day, not a count's "to"
    if _AGENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _ATTACK_NOUN_AFTER.match(text, m.end()):
        return "day"   # "killed by Friday's strike", "the toll from Sunday's attack": the attack's day, no count's bound
    if _AFTER_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _ATTACK_NOUN_AFTER.match(text, m.end()) \
            and (m.group().endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end())):
        return "day"   # "After Sunday's strike, 18,000 were without power": the strike's day, no running total's start
    before_from = max(0, m.start() - 120)
    cue = _CUE_BEFORE.search(text, before_from, m.start())
    cue = cue.lastgroup if cue else None
    if cue == "report":
        return "report"
    is_range = bool(m.group("mdd2") or m.group("dmd2"))   # "from 16 to 23 September" carries its own end
    starts = cue == "start" or _START_CLAUSE.search(text, max(0, m.start() - START_CLAUSE_REACH - 12), m.start())
    if starts and not is_range and not WHEN_AFTER.match(text, m.end()):
        return "start"   # "since August 26, when Russia launched 127 missiles" dates the 127
    if cue == "asof" or (cue == "start" and _ASOF_BEFORE.search(text, before_from, m.start())):
        return "asof"
    if _may_name_a_statement(text, max(0, m.start() - 60), m.start()) and _STATEMENT_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
            or _STATEMENT_AFTER.match(text, m.end()) or _STATEMENT_NOUN_AFTER.match(text, m.end()) \
            or _may_name_a_statement(text, max(0, m.start() - 120), m.start()) and _SPEAKER_BEFORE.search(text, max(0, m.start() - 120), m.start()):
        return "statement"
    return "day"


def _periods(found: list[DateMention], text: str) -> list[DateMention]:
    """Two dates joined as one period: the first opens it, the last closes it and dates its figures."""
    for i in range(len(found) - 1):
        first, last = found[i], found[i + 1]
        if first.day is None or last.day is None or not _PERIOD_JOIN.fullmatch(text, first.end, last.start):
            continue
        if _PERIOD_OPEN_BEFORE.search(text, max(0, first.start - 20), first.start) or _PERIOD_JOIN_ALONE.fullmatch(text, first.end, last.start):
            found[i] = replace(first, role="start")
            if last.role in ("start", "vague", "window"):
                found[i + 1] = replace(last, role="day")
    return found


def find_dates(text: str, start: int = 0, end: int | None = None, reference: date | None = None,
               roles: bool = True) -> list[DateMention]:
    """Every date mention in text[start:end], in order, with its resolved day and role. roles=False, for a
    caller that only asks whether a mention is vague: every other mention is a "day" (the role cues and
    periods are not read; a vague mention has no day, so no period ever changes it)."""
    limit = len(text) if end is None else end
    found, covered = [], start
    digit_check = _DIGIT_CHECK
    for offset in candidate_starts(text, start, limit, _OPENINGS):
        if offset < covered or (digit_check and text[offset] in _ASCII_DIGITS and not _DIGIT_MAY_OPEN.match(text, offset, limit)) \
                or not (m := _PATTERNS.match(text, offset, limit)):
            continue
        covered = m.end()
        try:
            day, is_date = _resolve(m, text, reference)
        except OverflowError:   # a reference at the very edge of the calendar (year 1 or 9999)
            day, is_date = None, True
        if is_date:
            role = _role(m, text) if roles else "vague" if m.lastgroup == "vague" else "day"
            found.append(DateMention(m.start(), m.end(), day, role, m.lastgroup not in ("my", "year", "lastmonth", "lastyear", "lastweek")))
    return _periods(found, text) if roles else found


def parse_date(s: str, reference: date | None = None) -> date | None:
    """An absolute or weekday/relative date written as news writes it → the date (past reading against reference)."""
    s = s.strip()
    for mention in find_dates(s, reference=reference):
        if mention.day is not None and mention.role != "vague":
            return mention.day
    return None
