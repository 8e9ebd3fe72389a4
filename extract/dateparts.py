"""A year and month (and the words before a date) → the last day of the month, or of the part of it or of the year they name."""
from __future__ import annotations

import calendar
from datetime import date

import regex

H = r"[^\S\n]"


def month_end(year: int, month: int, reference: date | None) -> date:
    year = max(year, date.min.year)   # ("since Feb. 24" told on date.min: no year before it to count back to)
    last = date(year, month, calendar.monthrange(year, month)[1])
    # the month still running when the article was written: its figures stand at the publication day
    return min(last, reference) if reference and reference.year == year and reference.month == month else last


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
# part of a year whose last day dates the figures counted over it
PART_OF_YEAR_BEFORE = regex.compile(
    rf"(?i:\b(?:(?P<half>first|second){H}+half|(?P<quarter>first|second|third|fourth){H}+quarter"
    rf"|first{H}+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01]){H}+months){H}+of{H}+)$")


# part of a month, closed at its own last day: "in the first ten days of February" (Feb. 10), "the first week
# of March" (Mar. 7), "the first half of May" (May 15)
_PART_OF_MONTH_BEFORE = regex.compile(
    rf"(?i:\b(?:first{H}+(?:(?P<days>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[1-9]|[12]\d){H}+days"
    rf"|(?P<weeks>two|three|[23]){H}+weeks|(?P<week>week)|(?P<half>half)|(?P<decade>decade|ten-day{H}+period)){H}+of{H}+))$")
_MONTH_PART_COUNTS = {**_COUNTS, "twelve": 12, "fifteen": 15, "twenty": 20}


def _month_part_end(part: regex.Match) -> int:
    """The last day of the part of a month _PART_OF_MONTH_BEFORE matched."""
    if part.group("days"):
        word = part.group("days").lower()
        return _MONTH_PART_COUNTS.get(word) or int(word)
    if part.group("weeks"):
        word = part.group("weeks").lower()
        return 7 * (_COUNTS.get(word) or int(word))
    return {"week": 7, "half": 15, "decade": 10}[part.lastgroup]


def last_month_of_part(part: regex.Match) -> int:
    if part.group("half"):
        return 6 * _ORDINALS[part.group("half").lower()]
    if part.group("quarter"):
        return 3 * _ORDINALS[part.group("quarter").lower()]
    count = part.group("months").lower()
    return _COUNTS.get(count) or int(count)


# a stand at a month's opening ("11,000 at the start of July", "by the beginning of March"): its first day
_MONTH_START_BEFORE = regex.compile(rf"(?i:\bthe{H}+(?:very{H}+)?(?:start|beginning|outset){H}+of{H}+)$")


def part_of_month(text: str, m: regex.Match, year: int, month: int, reference: date | None) -> date:
    """A month's last day (as month_end), or the last day of the part of it the words before name (its first day
    for its start)."""
    last = month_end(year, month, reference)
    if _MONTH_START_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return min(date(year, month, 1), last)
    if part := _PART_OF_MONTH_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        day = min(_month_part_end(part), calendar.monthrange(year, month)[1])
        return min(date(year, month, day), last)
    return last
