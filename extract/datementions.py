"""Text + reference date → date mentions: absolute news dates, weekdays, relative days, months and years, each with its role.

`find_dates` lists every date mention in a stretch of text with the role its wording gives it
(the start of a tally or period, an "as of" day, a report's release day, the day a statement was
made, or a plain day); `parse_date` reads one date as news writes it. The pattern and its cues are
compiled in extract/datepatterns.py; extract/dates.py decides which mention dates a figure.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

import regex

from extract.dateorder import day_first, plain_order
from extract.dateparts import PART_OF_YEAR_BEFORE as _PART_OF_YEAR_BEFORE
from extract.dateparts import last_month_of_part as _last_month_of_part
from extract.dateparts import month_end as _month_end
from extract.dateparts import part_of_month as _part_of_month
from extract.datepatterns import (
    AFTER_BEFORE, AGENT_BEFORE, BIRTH_BEFORE, MADE_BEFORE, AGREEMENT_AFTER, AGREEMENT_BEFORE, AGREEMENT_WORDS, ASOF_BEFORE, FIXTURE_AFTER, FIXTURE_AT_BEFORE, ATTACK_NOUN_AFTER, CUE_BEFORE,
    DATE_OPENINGS, DATE_PATTERNS, DAY_NUMBER, DIGIT_CHECK, DIGIT_MAY_OPEN, FIGURE_GIVEN_AFTER, FIGURE_GIVEN_BEFORE,
    FIGURE_NOUN_WORDS, FIXED_DAYS, FUTURE_BEFORE, FUTURE_DEADLINE_BEFORE, H, HOLIDAYS, MONTH_ALONE_BEFORE,
    MONTH_SUBJECT_AFTER, MONTH_WORD, MONTHS, NEXT_BEFORE, WEEKDAY_APPOSITION_BEFORE, THE_DAY_WINDOW, NIGHT_TO_BEFORE, ORDINAL_DAYS, PERIOD_JOIN, PERIOD_JOIN_ALONE,
    PERIOD_OPEN_BEFORE, RELATIVE_DAYS, SAME_DAY_WORD, SENTENCE_OPENS, SPEAKER_AFTER, SPEAKER_BEFORE, START_CLAUSE,
    START_CLAUSE_REACH, STATEMENT_AFTER, STATEMENT_BEFORE, STATEMENT_CHANNEL_BEFORE, STATEMENT_NOUN_AFTER, STATEMENT_WORDS, TOLD_AT_AFTER, FROM_BEFORE, VOCAB, WEEKDAYS,
    WHEN_AFTER, WINDOW_BEFORE, WINDOW_SPELLED, WINDOW_WORD, YEAR_ALONE_BEFORE, YEAR_NUMBER)
from extract.datewords import candidate_starts
from extract.warspans import war_span_end
from extract.vocab import may_hold

# pattern names of extract/datepatterns.py that dates, datefacts, reportdays, saiddays and tolls import from here
__all__ = ["DAY_NUMBER", "MONTH_WORD", "SPEAKER_AFTER", "VOCAB", "WHEN_AFTER", "YEAR_NUMBER", "H", "DateMention", "find_dates",
           "parse_date"]

# A date written without a year lies at most this far after the reference (the PAST reading):
# reports are dated a little after publication time zones or embargoes, never weeks later.
FUTURE_SLACK = timedelta(days=7)
_ASCII_DIGITS = frozenset("0123456789")


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


def _past_day_of_month(day: int, reference: date | None) -> date | None:
    """A day of the month alone → the latest such date not later than the reference."""
    if reference is None:
        return None
    year, month = reference.year, reference.month
    for _ in range(3):   # ("the 31st" read in April: March's)
        if (found := _safe_date(year, month, day)) and found <= reference:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _weekday_on_or_before(weekday: int, reference: date, strictly_before: bool = False) -> date:
    back = (reference.weekday() - weekday) % 7 or (7 if strictly_before else 0)
    return reference - timedelta(days=back)


_DIGITS = regex.compile(r"\d+")
_SPACES = regex.compile(r"\s+")


def _day_of(text: str) -> int:
    return int(_DIGITS.match(text).group())


_GROUP_INDEX = {name: index - 1 for name, index in DATE_PATTERNS.groupindex.items()}


class _Groups:
    """A match's groups by name, read from one groups() tuple (groupdict() of this many groups is costly)."""
    __slots__ = ("values",)

    def __init__(self, values: tuple) -> None:
        self.values = values

    def __getitem__(self, name: str) -> str | None:
        return self.values[_GROUP_INDEX[name]]


def _resolve(m: regex.Match, text: str, reference: date | None, order_text: str | None = None) -> tuple[date | None, bool]:
    """One pattern match → (date, is_a_date). is_a_date False drops the match (e.g. "May" the verb). order_text: the
    page whose evidence orders an ambiguous numeric date (text itself when None)."""
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
        first, second = int(g["sm"]), int(g["sd"])
        if (order := plain_order(first, second)) is None:   # "11/03/2025": the page's way of writing dates decides
            order = day_first(text if order_text is None else order_text)
        day, month = (first, second) if order else (second, first)
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
    if kind == "dayonly":   # "on the 25th": that day of the report's month, else of the month before
        return _past_day_of_month(int(g["dod1"]), reference), True
    if kind == "my":
        month = MONTHS[g["mym"].lower().rstrip(".")]
        if not g["myy"] and not MONTH_ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not (SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) and MONTH_SUBJECT_AFTER.match(text, m.end())):
            return None, False
        if g["myy"] and MADE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None, False   # "commissioned in March 1984": when the plant was made
        if g["myy"]:
            return _part_of_month(text, m, int(g["myy"]), month, reference), True
        if reference is None:
            return None, True
        year = reference.year if month <= reference.month else reference.year - 1
        if month == reference.month and _LAST_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            year -= 1   # "last December" told in December: a year ago, not the month under way
        return _part_of_month(text, m, year, month, reference), True
    if kind == "year":
        if not YEAR_ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or BIRTH_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                or MADE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None, False   # a birth's or a building's year
        year = int(g["yy"])
        last = date(year, 12, 31)
        if part := _PART_OF_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            last = _month_end(year, _last_month_of_part(part), None)   # "in the first half of 2024": June 30
        return (min(last, reference) if reference else last), True
    if kind == "fixed":   # "on the first day of the invasion": one day of the calendar, whatever the reference
        return next(date.fromisoformat(day) for pattern, day in FIXED_DAYS if pattern.match(m.group())), True
    if kind == "warspan":   # "in the first seven days of the war": that closed period's last day
        return (end := war_span_end(g["wsn"], g["wsu"])), end is not None   # ("the first days of the war": no closed period)
    if kind == "holiday":   # "on Christmas morning", "Easter 2023": the feast's day (none still to come: "ahead of Easter")
        if HOLIDAYS.ahead_before.search(text, max(0, m.start() - 20), m.start()):
            return None, False
        return HOLIDAYS.day(g["hname"], g["hy"], reference), True
    if reference is None:
        return None, kind == "vague"
    if kind == "wd":
        if NEXT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None, False   # "next Monday", "by Friday": a deadline, not a day a figure is about
        if WEEKDAY_APPOSITION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return None, False   # "13 April (Palm Sunday)": the date before it already says the day
        return _weekday_on_or_before(WEEKDAYS[g["wdn"].lower()], reference, bool(g["wdlast"])), True
    if kind == "weekend":
        if FUTURE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return None, False
        return _weekday_on_or_before(6, reference), True
    if kind == "lastmonth":
        first = reference.replace(day=1) - timedelta(days=1)
        return first, True
    if kind == "monthstart":   # "down from 60,000 at the start of the month": the first day of the report's month
        # ("since the start of the month" is left to the tally's words, as it always was: no start of a period to split by)
        return reference.replace(day=1), not _OPENS_SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if kind == "lastyear":
        return date(reference.year - 1, 12, 31), True
    if kind == "lastweek":   # a closed week stands at its last day, the Sunday before the report's week
        return reference - timedelta(days=reference.weekday() + 1), True
    if kind == "rel":
        phrase = _SPACES.sub(" ", m.group())
        for pattern, offset in RELATIVE_DAYS:
            if pattern.match(phrase):
                return reference + timedelta(days=offset), True
        return reference, True
    return None, True   # vague




_LAST_BEFORE = regex.compile(rf"(?i:\blast{H}+)$")
_OPENS_SPAN_BEFORE = regex.compile(rf"(?i:\b(?:since|from|starting|beginning){H}+)$")


def _may_name_a_statement(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a statement verb: a quick look before STATEMENT_BEFORE."""
    return may_hold(text[start:end], STATEMENT_WORDS)




def _role(m: regex.Match, text: str) -> str:
    if m.lastgroup == "vague":
        return "vague"
    if m.lastgroup not in ("rel", "weekend") and (
            (may_hold(text[max(0, m.start() - 40):m.start()], AGREEMENT_WORDS)
             and AGREEMENT_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            or AGREEMENT_AFTER.match(text, m.end())):
        return "other"
    if BIRTH_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return "other"   # a birthday dates no figure, however precise
    if FUTURE_DEADLINE_BEFORE.search(text, max(0, m.start() - 110), m.start()):
        return "other"   # "expects the number to triple by April": a deadline still to come
    if FIXTURE_AFTER.match(text, m.end()) and not FIXTURE_AT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return "other"   # "called off Wednesday's friendly": the match's day, no figure's
    if m.lastgroup == "rel" and (WINDOW_WORD.search(m.group()) or THE_DAY_WINDOW.fullmatch(m.group())):
        return "window"   # "over the past day" counts back from whatever day the sentence names
    if m.lastgroup == "rel" and m.group().lower().startswith("as of"):
        return "asof"
    if m.lastgroup == "rel" and SAME_DAY_WORD.search(m.group()):
        return "window"   # "overnight on Sunday": the named day says which night
    if WINDOW_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return "window"   # "over the past day, December 7,": the window's own day, not the report's
    if NIGHT_TO_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "day"   # "in the night to March 2": the night's morning, the attack's day, not a count's "to"
    if AGENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and ATTACK_NOUN_AFTER.match(text, m.end()):
        return "day"   # "killed by Friday's strike", "the toll from Sunday's attack": the attack's day, no count's bound
    if AFTER_BEFORE.search(text, max(0, m.start() - 8), m.start()) and ATTACK_NOUN_AFTER.match(text, m.end()) \
            and (m.group().endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end())):
        return "day"   # "After Sunday's strike, 18,000 were without power": the strike's day, no running total's start
    if FROM_BEFORE.search(text, max(0, m.start() - 8), m.start()) and TOLD_AT_AFTER.match(text, m.end()) \
            and (m.group().endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end())):
        return "statement"   # "Recap from Monday's meeting: ...": the day the figures were told, no count's first day
    before_from = max(0, m.start() - 120)
    cue = CUE_BEFORE.search(text, before_from, m.start())
    cue = cue.lastgroup if cue else None
    if cue == "report":
        return "report"
    is_range = bool(m.group("mdd2") or m.group("dmd2"))   # "from 16 to 23 September" carries its own end
    starts = cue == "start" or START_CLAUSE.search(text, max(0, m.start() - START_CLAUSE_REACH - 12), m.start())
    if starts and not is_range and not WHEN_AFTER.match(text, m.end()):
        return "start"   # "since August 26, when Russia launched 127 missiles" dates the 127
    if cue == "asof" or (cue == "start" and ASOF_BEFORE.search(text, before_from, m.start())):
        return "asof"
    if _may_name_a_statement(text, max(0, m.start() - 60), m.start()) and STATEMENT_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
            or STATEMENT_AFTER.match(text, m.end()) or STATEMENT_NOUN_AFTER.match(text, m.end()) \
            or STATEMENT_CHANNEL_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
            or _may_name_a_statement(text, max(0, m.start() - 120), m.start()) and SPEAKER_BEFORE.search(text, max(0, m.start() - 120), m.start()) \
            or may_hold(text[max(0, m.start() - 80):m.start()], FIGURE_NOUN_WORDS) and FIGURE_GIVEN_BEFORE.search(text, max(0, m.start() - 80), m.start()) \
            or FIGURE_GIVEN_AFTER.match(text, m.end()):
        return "statement"
    return "day"


def _periods(found: list[DateMention], text: str) -> list[DateMention]:
    """Two dates joined as one period: the first opens it, the last closes it and dates its figures."""
    for i in range(len(found) - 1):
        first, last = found[i], found[i + 1]
        if first.role == "window" and last.day and last.precise and last.role in ("day", "window") \
                and WINDOW_SPELLED.fullmatch(text, first.end, last.start):
            # ("from November 13 to November 19": two mentions, the later one ends the period)
            closing = found[i + 2] if i + 2 < len(found) and found[i + 2].day and PERIOD_JOIN.fullmatch(text, last.end, found[i + 2].start) else last
            found[i] = replace(first, day=closing.day)   # "Over the past week, from 13 to 19 November": the 19th
            continue
        if first.day is None or last.day is None or not PERIOD_JOIN.fullmatch(text, first.end, last.start):
            continue
        if PERIOD_OPEN_BEFORE.search(text, max(0, first.start - 20), first.start) or PERIOD_JOIN_ALONE.fullmatch(text, first.end, last.start):
            found[i] = replace(first, role="start")
            if last.role in ("start", "vague", "window"):
                found[i + 1] = replace(last, role="day")
    return found


def find_dates(text: str, start: int = 0, end: int | None = None, reference: date | None = None,
               roles: bool = True, order_text: str | None = None) -> list[DateMention]:
    """Every date mention in text[start:end], in order, with its resolved day and role. roles=False, for a
    caller that only asks whether a mention is vague: every other mention is a "day" (the role cues and
    periods are not read; a vague mention has no day, so no period ever changes it). order_text: the whole
    page, when text is only a line of it, whose dates say which way "11/03/2025" is read (extract/dateorder.py)."""
    limit = len(text) if end is None else end
    found, covered = [], start
    digit_check = DIGIT_CHECK
    for offset in candidate_starts(text, start, limit, DATE_OPENINGS):
        if offset < covered or (digit_check and text[offset] in _ASCII_DIGITS and not DIGIT_MAY_OPEN.match(text, offset, limit)) \
                or not (m := DATE_PATTERNS.match(text, offset, limit)):
            continue
        covered = m.end()
        try:
            day, is_date = _resolve(m, text, reference, order_text)
        except OverflowError:   # a reference at the very edge of the calendar (year 1 or 9999)
            day, is_date = None, True
        if is_date:
            role = _role(m, text) if roles else "vague" if m.lastgroup == "vague" else "day"
            found.append(DateMention(m.start(), m.end(), day, role, m.lastgroup not in ("my", "year", "lastmonth", "lastyear", "lastweek", "monthstart", "warspan")))
    return _periods(found, text) if roles else found


def parse_date(s: str, reference: date | None = None, order_text: str | None = None) -> date | None:
    """An absolute or weekday/relative date written as news writes it → the date (past reading against reference);
    order_text: the page it stands in, whose dates order a numeric one (see find_dates)."""
    s = s.strip()
    for mention in find_dates(s, reference=reference, order_text=order_text):
        if mention.day is not None and mention.role != "vague":
            return mention.day
    return None
