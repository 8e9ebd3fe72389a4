"""dates.toml → the compiled date pattern, its opening words, and the cue patterns that give a date mention its role.

extract/datementions.py matches DATE_PATTERNS at the offsets extract/datewords.py finds for DATE_OPENINGS,
resolves each match to a day and reads its role from the cues before and after it.
"""
from __future__ import annotations

import calendar
import tomllib
from pathlib import Path

import regex

from extract.datewords import Openings
from extract.holidays import Holidays

VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "dates.toml").read_text(encoding="utf-8"))
HOLIDAYS = Holidays(VOCAB["holidays"])

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
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

DATE_PATTERNS = regex.compile(
    rf"""
     (?P<iso>\b(?P<iy>{YEAR_NUMBER})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)
    |(?P<dotted>\b(?P<dod>[0-3]?\d)\.(?P<dom>[01]?\d)\.(?P<doy>{YEAR_NUMBER})\b)
    |(?P<dotted2>\b(?P<d2d>[0-3]\d)\.(?P<d2m>[01]\d)\.(?P<d2y>[12]\d)\b(?![.,]\d))
    |(?P<slashed>\b(?P<sm>[0-3]?\d)(?P<sep>[/-])(?P<sd>[0-3]?\d)(?P=sep)(?P<sy>{YEAR_NUMBER})\b)
    |(?P<ymd>\b(?P<yy2>{YEAR_NUMBER})(?P<sep2>[/.])(?P<ym>[01]?\d)(?P=sep2)(?P<yd>[0-3]?\d)\b)
    |(?P<md>(?:{WEEKDAY_WORD},?{H}+)?(?P<mdm>{_MON_ANYCASE})\b\.?{H}*[-/]?{H}*(?P<mdd>{DAY_NUMBER})\b(?!:|\d)
        (?:{_JOIN}(?:(?P<mdm2>{_MON_ANYCASE})\b\.?{H}+)?(?P<mdd2>{DAY_NUMBER})\b(?![:,]\d))?(?:(?:,{H}*|{H}+)(?P<mdy>{YEAR_NUMBER})\b)?)
    |(?P<dm>(?:{WEEKDAY_WORD},?{H}+)?(?:the{H}+)?(?P<dmd>{DAY_NUMBER})(?:{_JOIN}(?P<dmd2>{DAY_NUMBER}))?\.?{H}+(?:of{H}+)?(?P<dmm>{_MON_ANYCASE})\b\.?
        (?:,?{H}+(?P<dmy>{YEAR_NUMBER})\b)?)
    |(?P<dmw>(?i:the){H}+(?P<dmwd>{_ORDINAL_DAY}){H}+(?i:of){H}+(?P<dmwm>{_MON_ANYCASE})\b\.?(?:,?{H}+(?P<dmwy>{YEAR_NUMBER})\b)?)
    |(?P<dayonly>(?<=(?i:\b{_alternation(VOCAB["day_alone_after"])}){H}+)(?i:the){H}+(?P<dod1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b
        (?=,(?!{H}*\d+(?:st|nd|rd|th)\b)|{H}*[.;:!?)](?!\d)|{H}*$|{H}+(?i:{_alternation(VOCAB["day_alone_before"])})\b))
    |(?P<my>(?P<mym>{MONTH_WORD})\b\.?(?:,?{H}+(?P<myy>{YEAR_NUMBER})\b)?)
    |(?P<year>\b(?P<yy>{YEAR_NUMBER})\b(?!-\d|,\d))
    |(?P<wd>\b(?P<wdlast>(?i:last){H}+)?(?P<wdn>{WEEKDAY_WORD})(?:'s)?\b)
    |(?P<weekend>\b(?i:over|at|during|on)?{H}*(?i:the|this|last){H}+weekend(?:'s)?\b)
    |(?P<lastmonth>\b(?i:last){H}+month(?:'s)?\b)
    |(?P<lastyear>\b(?i:last){H}+year(?:'s)?\b)
    |(?P<lastweek>\b(?i:last){H}+week(?:'s)?\b)
    |(?P<monthstart>\b(?i:the{H}+(?:very{H}+)?(?:start|beginning|outset){H}+of{H}+(?:the|this){H}+month)\b)
    |(?P<fixed>\b(?i:{"|".join(k.replace(" ", H + "+") for k in VOCAB["fixed_days"])})\b)
    |(?P<warspan>\b(?i:the{H}+first{H}+(?:(?P<wsn>\d{{1,3}}|{"|".join(VOCAB["war_span"]["numbers"])}){H}+)?(?P<wsu>days|weeks?|months?){H}+of{H}+
        (?:the{H}+|Russia['’]s{H}+)?(?:full-scale{H}+)?(?:war|invasion))\b)
    |(?P<holiday>(?P<hname>{HOLIDAYS.pattern})(?:,?{H}+(?P<hy>{YEAR_NUMBER})\b)?)
    |(?P<rel>\b(?i:{"|".join(k.replace(" ", H + "+") for k in sorted(VOCAB["relative"], key=len, reverse=True))})\b)
    |(?P<vague>\b(?i:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a{H}+few|few|several|some|\d+){H}+
        (?:weeks?|months?|years?){H}+(?:earlier|before|ago|after|later|prior))\b
        |\b(?i:(?:in|over|during|last)(?:{H}+the)?(?:{H}+(?:early|late|mid))?{H}+(?:spring|summer|autumn|winter)
                |(?:in{H}+the|last){H}+fall)\b(?!{H}+(?i:of|offensive|campaign|counteroffensive|session|olympics|games|holidays?|break)\b|-))
    """,
    regex.VERBOSE,
)
# What must follow where a mention opens with an ASCII digit, whichever branch of DATE_PATTERNS matches there:
# a year (iso, ymd, a year alone), a one- or two-digit day or month before a separator (dotted, slashed),
# a day before a second day or a month (dm), or a count of weeks, months or years (vague). Most numbers
# in a story are none of these, and this small pattern turns them away for a fraction of DATE_PATTERNS' cost.
DIGIT_MAY_OPEN = regex.compile(
    rf"(?:19|20)\d\d|\d\d?(?:[./-]|(?:st|nd|rd|th)?(?:{_JOIN}\d|\.?{H}+(?:of{H}+)?{_MON_ANYCASE}))|\d+{H}+(?i:weeks?|months?|years?)")
RELATIVE_DAYS = [(regex.compile(rf"(?i:{k})\Z"), v) for k, v in VOCAB["relative"].items()]
FIXED_DAYS = [(regex.compile(rf"(?i:{k.replace(' ', H + '+')})\Z"), v) for k, v in VOCAB["fixed_days"].items()]
# The cue patterns are only asked whether one ends right where a date starts: searched backwards from there
# (REVERSE, anchored by "$") they give the same answer without trying every start in the window.
# "from 18:00 on 6 September": a clock time may stand between the cue and the day
_CUE_CLOCK = rf"(?:\d{{1,2}}[:.]\d\d{H}+(?:(?i:on){H}+)?)?"
START_CLAUSE_REACH = 170
_START_CUE = r"(?i:\b" + _alternation(VOCAB["start_cues"]) + rf"){H}+{_CUE_CLOCK}(?:(?:the|on|late|early){H}+|mid-)?(?:(?:morning|evening|night|start|beginning){H}+of{H}+)?"
# "since Russian troops invaded on February 24": a start cue a few words back, with no comma between
# (within its sentence: "... since 2022. We spoke to him on Wednesday" starts nothing; nor across a line break: a
# headline's "heaviest strikes since the invasion began" opens no day of the lede under it)
# ("Since the mandatory evacuation of families ... was announced for the villages of the district on 20 March": a long
# subject, so the reach is wide)
# ("since the shelling began in mid-July", "since the offensive started in early August": a part of the month opens it too)
# (or its start: "since the evacuation was announced at the start of June")
START_CLAUSE = regex.compile(rf"(?i:\bsince\b)(?:[^,;:.!?\n]|\.(?!\s)){{0,{START_CLAUSE_REACH}}}\b(?:on|in|at{H}+the{H}+(?:very{H}+)?(?:start|beginning)"
                             rf"{H}+of){H}+(?:(?:early|mid|late)(?:-|{H}+))?$")
_ASOF_CUE = r"(?i:\b" + _alternation(VOCAB["asof_cues"]) + rf"){H}+{_CUE_CLOCK}(?:(?:the{H}+)?(?:(?:morning|evening|night|end){H}+of{H}+)|midnight{H}+(?:on{H}+)?)?"
ASOF_BEFORE = regex.compile(_ASOF_CUE + "$", regex.REVERSE)
_REPORT_CUE = r"(?i:\b" + _alternation(VOCAB["report_cues"]) + rf"){H}+(?:on{H}+)?"
MONTH_ALONE_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["month_alone_after"]) + rf")(?:{H}+|-)(?:the{H}+(?:end|start|beginning|middle){H}+of{H}+)?$", regex.REVERSE)
# "born in 1959", "born on 3 May 1961", "year of birth: 1987": whose birth it is does not matter, it dates no figure
BIRTH_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["birth_cues"]) + rf")(?:{H}*:)?{H}+(?:the{H}+)?$", regex.REVERSE)
# "built in 1986", "dating back to 1905", "commissioned back in March 1984": when a thing was made dates no figure
MADE_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["made_cues"]) + rf")(?:{H}+back)?(?:{H}+(?:in|around|about|circa|c\.))?{H}+$", regex.REVERSE)
YEAR_ALONE_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["year_alone_after"]) + rf"){H}+(?:the{H}+(?:end|start|beginning|middle){H}+of{H}+)?$", regex.REVERSE)
# the report, start and as-of cues in one backward look, in the order extract/datementions.py's _role asks
# them: the first that ends where the date starts names the role (two cannot end there differently: "$" also
# matches before a final line break, and every cue ends in a space)
CUE_BEFORE = regex.compile("(?:" + "|".join(f"(?P<{name}>{cue})" for name, cue in
                                             (("report", _REPORT_CUE), ("start", _START_CUE), ("asof", _ASOF_CUE))) + ")$",
                            regex.REVERSE)
WINDOW_WORD = regex.compile(r"(?i)\b(?:past|last|previous|preceding)\b")
# "during the day", "over the day": a day's summary, counted back from the day it was told, as "over the past day"
THE_DAY_WINDOW = regex.compile(rf"(?i:(?:over|during){H}+the{H}+day|(?:over|during|in){H}+the{H}+(?:(?:whole|entire){H}+)?(?P<period>week|month))")
# ("in the small hours on Sunday", "before dawn on Monday": the named day says which night, as after "overnight")
SAME_DAY_WORD = regex.compile(r"(?i)\b(?:overnight|tonight|today|this|hours|morning|dawn|daybreak|light)\b")
WINDOW_BEFORE = regex.compile(rf"(?i:\b(?:past|last){H}+(?:day|24{H}+hours|twenty-four{H}+hours)),{H}*$")
# "July was the deadliest month", "October saw 300 killed": a month opening its sentence as the subject
SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
MONTH_SUBJECT_AFTER = regex.compile(rf"{H}+(?:was|saw|brought|became|remained){H}")
NIGHT_TO_BEFORE = regex.compile(rf"(?i:\bnight{H}+(?:to|into){H}+)$")
# "by" or "from" before a date that names an attack says what did it, not a period's bound
AGENT_BEFORE = regex.compile(rf"(?i:\b(?:by|from){H}+(?:the{H}+)?)$")
ATTACK_NOUN_AFTER = regex.compile(rf"(?:['’]s)?{H}+(?:[\w-]+{H}+){{0,2}}(?i:strikes?|attacks?|barrage|shelling|bombardment|raid|explosion|blast)\b")
AFTER_BEFORE = regex.compile(rf"(?i:\bafter{H}+)$")
# a date whose own clause tells what happened on it ("since August 26, when Russia launched 127 missiles", "since the
# attack on the station on 8 April, in which 61 people died", "..., during which 12 were hurt", "..., which killed 48")
WHEN_AFTER = regex.compile(rf",{H}*(?:when|(?:in|during|after){H}+which|which{H}+(?:killed|left|claimed|injured|wounded|took))\b")
# a weekday set beside the date it names ("Sumy, 13 April (Palm Sunday)", "on 4 March (Tuesday)", "on 9 May, a
# Friday,"): that date's own weekday, no day of its own counted back from the report
WEEKDAY_APPOSITION_BEFORE = regex.compile(
    rf"(?i:(?:\b{DAY_NUMBER}{H}+{MONTH_WORD}|\b{MONTH_WORD}\.?{H}+{DAY_NUMBER})(?:,?{H}+{YEAR_NUMBER})?"
    rf"(?:{H}*\({H}*|,{H}+(?:a|an){H}+)(?:[\p{{L}}-]+{H}+)?)$")
NEXT_BEFORE = regex.compile(rf"(?i:\b(?:next|this|coming|until|till)(?:{H}+at{H}+least)?{H}+)$")
# "..., the regional administration said on Sunday", "told reporters on Monday": the day the statement
# was made, which dates a figure only when the sentence names no day of its own
STATEMENT_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["statement_verbs"])
                                  + rf"(?:{H}+(?:reporters|journalists|the{H}+\w+|a{H}+\w+{H}+\w+|\w+))?"
                                  + rf"(?:{H}+(?:in|on|at|during){H}+(?:an?{H}+)?(?:[\w-]+{H}+)?" + _alternation(VOCAB["statement_channels"]) + ")?"
                                  + rf"(?:{H}+(?:late|early))?(?:{H}+(?:on|in{H}+the{H}+\w+{H}+of))?{H}*)$", regex.REVERSE)
# ...or named by the channel it was told in, before its speaker ("In a statement on 14 April, the ministry said", "In a
# Telegram post on Sunday evening, the governor wrote", "In his video address on Friday, Zelensky said")
STATEMENT_CHANNEL_BEFORE = regex.compile(rf"(?i:\b(?:in|during){H}+(?:an?|his|her|its|their|the){H}+(?:[\w-]+{H}+){{0,2}}?"
                                         + _alternation(VOCAB["statement_channels"]) + rf"{H}+(?:(?:published|released|issued|posted){H}+)?"
                                         + rf"(?:late{H}+|early{H}+)?on{H}+)$", regex.REVERSE)
# "gave a higher figure on Saturday morning", "updated the death toll on Monday": the day a figure was given out
FIGURE_GIVEN_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["figure_given_verbs"]) + rf"{H}+(?:[\w'’-]+{H}+){{0,3}}?"
                                    + _alternation(VOCAB["figure_nouns"]) + rf"(?:{H}+(?:late|early))?{H}+(?:on|in{H}+the{H}+\w+{H}+of){H}*)$",
                                    regex.REVERSE)
# ...the day between the speaker and the verb: "the mayor on Saturday gave a higher figure"
FIGURE_GIVEN_AFTER = regex.compile(rf"{H}+(?:(?i:late|early|morning|evening|also){H}+)?(?i:" + _alternation(VOCAB["figure_given_verbs"])
                                   + rf"){H}+(?:[\w'’-]+{H}+){{0,3}}?(?i:" + _alternation(VOCAB["figure_nouns"]) + r")\b")
FIGURE_NOUN_WORDS = tuple(w.casefold() for w in VOCAB["figure_nouns"])
# "..., said the head of the city's military administration, Vitaliy Bielik, on Thursday": the speaker named after the verb
SPEAKER_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["statement_verbs"]) + rf")\b{H}+(?=the\b|a\b|an\b|\p{{Lu}})"
                                rf"(?:(?!\b(?i:that|were|was|had|have|has|is|are|been|would|will|on)\b)[^.;:!?\"“”\n\d]){{1,100}}?"
                                rf",?{H}+(?:(?:late|early){H}+)?on{H}+$")
# "the governor on Sunday said ...": the day stands between the speaker and the verb
STATEMENT_AFTER = regex.compile(rf"{H}+(?:(?:late|early|also){H}+)?(?i:" + _alternation(VOCAB["statement_verbs"]) + r")\b")
# "In its Sunday statement", "Monday's briefing": the day names when the words were said
# ("In his Friday morning post, the governor wrote", "Sunday's video address", "in a Thursday Telegram update he said")
STATEMENT_NOUN_AFTER = regex.compile(rf"(?:'s)?{H}+(?:(?i:evening|morning|afternoon|night|nightly|late-night|daily|official|regular|telegram|video|televised"
                                     rf"|facebook|online){H}+){{0,2}}(?i:statement|briefing|bulletin|address|update|post|message|video|remarks){H}*"
                                     rf"(?:,|(?:it|he|she|they|the|said|says|wrote|writes|on)\b)")
# "from Monday's meeting", "from Tuesday's daily briefing": a possessive day of the gathering the figures were told at
TOLD_AT_AFTER = regex.compile(rf"(?:['’]s)?{H}+(?:[\w-]+{H}+){{0,2}}?(?i:" + _alternation(VOCAB["told_at_nouns"]) + r")\b")
FROM_BEFORE = regex.compile(rf"(?i:\bfrom){H}+$")
# ...or opens the sentence before its speaker ("On 10 July, the State Emergency Service reported 15 dead")
SPEAKER_AFTER = regex.compile(rf",{H}+(?!(?i:and|but|or|while|whereas|which|who|when|where|as|after|before|although|though|because|so|then)\b)"
                              rf"(?:(?:the|a|an){H}+)?(?:[\p{{L}}\d'’.-]+{H}+){{0,6}}?(?:(?:late|early|also){H}+)?(?i:"
                              + _alternation(VOCAB["statement_verbs"]) + r")\b")
# a period written as two dates ("between 24 February 2022 and 30 November 2024", "from Feb. 24 to Nov. 30")
PERIOD_OPEN_BEFORE = regex.compile(rf"(?i:\b(?:between|from)(?:{H}+the)?{H}+)$")
# (the closing day may carry its hour: "between Feb. 24 and midnight on Saturday", "from 24 February to 10:00 on 5 March",
# "until the evening of March 5": the period still ends that day)
PERIOD_JOIN = regex.compile(rf"{H}*(?:,{H}*)?(?:(?i:night|evening){H}+)?(?i:and|to|until|till|through|thru|into|-|–|—){H}*"
                            rf"(?:(?i:(?:(?:the{H}+)?(?:morning|afternoon|evening|night|end){H}+of|(?:midnight|noon|midday)(?:{H}+(?:on|of))?"
                            rf"|\d{{1,2}}(?:[:.]\d\d)?{H}*(?:[ap]\.?m\.?)?{H}+on)){H}+)?")
# a window told again as the days it spans, right after it ("Over the past week, from 13 to 19 November,", "in the last
# seven days (November 13-19)", "over the past month – 1 to 31 October"): the window ends on that period's last day
WINDOW_SPELLED = regex.compile(rf"{H}*(?:,|\(|[-–—:]){H}*(?:(?i:from|between|on|i\.e\.){H}+)?(?:(?i:the){H}+)?")
# joins that make a period on their own: "24 February – 30 November 2024", "Monday night into Tuesday"
PERIOD_JOIN_ALONE = regex.compile(rf"{H}*(?:[-–—]|(?:(?i:night|evening){H}+)?into){H}*")

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
                        + ["start", "beginning", "outset", "very", "weekend", "past", "last", "previous", "preceding", "of", "at", "week", "weeks", "month", "months", "year", "years", "few", "day", "days",
                           "hours", "whole", "entire", "night", "morning", "afternoon", "evening", "spring", "summer", "autumn", "winter", "fall",
                           "early", "late", "mid", "small", "wee", "dawn", "daybreak", "first"])
DATE_OPENINGS = HOLIDAYS.extend(Openings(_FIRST_WORDS, _SELF_STANDING, _CONTINUING))
# DIGIT_MAY_OPEN knows the built-in branches only: a relative-day phrase of dates.toml that may open with a
# number (not with one of its listed words) turns the check off
DIGIT_CHECK = all(_leading_words(phrase) for phrase in VOCAB["relative"])


# a weekend still to come ("more departures planned for the weekend") is no day a figure is about
FUTURE_BEFORE = regex.compile(rf"(?i:\b(?:planned|scheduled|expected|due|set|slated|planning|plans?){H}+(?:for|over|on|at|during|by|until){H}+)$")


# "expects the number to triple by April": a forecast's deadline in the same clause (no comma, no sentence end
# between), a day still to come that dates no figure
FUTURE_DEADLINE_BEFORE = regex.compile(
    r"(?i:\b" + _alternation(VOCAB["future_cues"]) + r")\b(?:[^,;:.!?\n]|(?<=\d)[,.](?=\d)){0,80}?\b(?i:" + _alternation(VOCAB["future_deadline"])
    + rf")(?:{H}+the)?{H}+$", regex.REVERSE)


# each statement verb's first word (a verb of several words is matched with any run of spaces between them)
STATEMENT_WORDS = tuple(v.split()[0].casefold() for v in VOCAB["statement_verbs"])


# "the agreements reached on 2 June", "the 2 June agreement": an agreement's own day, which dates no figure
AGREEMENT_BEFORE = regex.compile(r"(?i:\b" + _alternation(VOCAB["agreement_nouns"]) + rf"(?:{H}+"
                                  + _alternation(VOCAB["agreement_verbs"]) + rf")?{H}+(?:on|in|of)(?:{H}+the)?{H}+)$", regex.REVERSE)
AGREEMENT_AFTER = regex.compile(r"(?:'s)?" + rf"{H}+(?i:" + _alternation(VOCAB["agreement_nouns"]) + r")\b")
AGREEMENT_WORDS = tuple(w.casefold() for w in VOCAB["agreement_nouns"])
# "Wednesday's pre-season friendly", "the 12 July concert": a fixture's own day, which dates no figure
# ...but "a drone hit the stands during Saturday's match": the strike came at the fixture, on its day
FIXTURE_AT_BEFORE = regex.compile(rf"(?i:\b(?:during|at|throughout|amid|in{H}+the{H}+middle{H}+of){H}+(?:the{H}+)?)$")
FIXTURE_AFTER = regex.compile(rf"(?:'s|’s)?(?:{H}+(?!(?i:missile|drone|air|rocket|russian|strikes?|attacks?|shelling|barrage|raids?|bombing|explosion|blast)\b)[\p{{L}}-]+){{0,2}}?{H}+(?i:" + _alternation(VOCAB["fixture_nouns"]) + r")\b")
