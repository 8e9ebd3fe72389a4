"""Article text → whether its numeric dates put the day first ("11/03/2025": 11 March) or the month (US: November 3).

A numeric date with a part over 12 settles its own order; the others follow the page's evidence, asked once per
text and only when such a date is met: first its numeric dates whose order is plain ("27/12/2025", "05/16/2023"),
then an ambiguous one whose one reading the page also writes in words ("01-10-2022" above "Kyiv, Oct 1": the
dateline's own day), then one whose one reading falls on the weekday the story names ("Published: 4/11/2024" over
"said on Thursday": 11 April 2024 was a Thursday, 4 November a Monday; a story tells of its own day or the day
before), then how it writes dates in words ("10 March" day first, "March 10" month first). With no evidence at all the day
comes first: outside the US news writes numeric dates that way (Europe, Ukraine, Asia, the Middle East), and US
copy, which writes the month first, seldom writes a date in digits without also writing one in words.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from extract.datepatterns import MONTH_WORD as _MONTH   # capitalised only: "may" the verb is no month
from extract.datepatterns import MONTHS, WEEKDAYS

_H = r"[^\S\n]"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMERIC_DATE = regex.compile(r"(?<![\d./-])([0-3]?\d)([/-])([0-3]?\d)\2((?:19|20)\d\d)(?![\d/-])")
_WEEKDAY_NAMED = regex.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "10 March", "the 10th of March"; "March 10", "Mar. 10th" (not "March 2025": the day must end where its digits do)
_DAY_MONTH = regex.compile(rf"(?<![\d.,:/-])(?P<day>{_DAY}){_H}+(?:of{_H}+)?(?P<month>{_MONTH})\b")
_MONTH_DAY = regex.compile(rf"\b(?P<month>{_MONTH})\.?{_H}+(?P<day>{_DAY})\b(?![\d:.,]\d)")


def plain_order(first: int, second: int) -> bool | None:
    """True (day first) or False (month first) where a part over 12 can only be the day; None where both may be."""
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


@lru_cache(maxsize=8)
def day_first(text: str) -> bool:
    """Whether the text's ambiguous numeric dates ("03/11/2025") put the day first (see the module's docstring)."""
    plain = [plain_order(int(m.group(1)), int(m.group(3))) for m in NUMERIC_DATE.finditer(text)]
    numeric = plain.count(True) - plain.count(False)
    if numeric:
        return numeric > 0
    if matched := _matched_in_words(text):
        return matched > 0
    if on_weekday := _matched_by_weekday(text):
        return on_weekday > 0
    written = len(_DAY_MONTH.findall(text)) - len(_MONTH_DAY.findall(text))
    return written >= 0


def _words_day(m: regex.Match) -> tuple[int, int]:
    return int(m.group("day").rstrip("stndrh")), MONTHS[m.group("month")[:3].lower()]


def _matched_in_words(text: str) -> int:
    """Ambiguous numeric dates read day first by a day and month the page writes in words, less those read month
    first so: a page stamped "01-10-2022" whose dateline says "Oct 1" writes the day first, whatever style its
    other word dates have."""
    written = {_words_day(m) for pattern in (_DAY_MONTH, _MONTH_DAY) for m in pattern.finditer(text)}
    votes = 0
    for m in NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if first == second or plain_order(first, second) is not None:
            continue
        votes += ((first, second) in written) - ((second, first) in written)
    return votes


def _told_of(weekday: int, named: set[int]) -> bool:
    return weekday in named or (weekday - 1) % 7 in named


def _matched_by_weekday(text: str) -> int:
    """Ambiguous numeric dates whose day-first reading falls on a weekday the page names, or the day after one, and
    whose month-first reading does not, less those the other way round (a page tells of its own day or the day
    before: "said on Thursday", "late on Monday")."""
    named = {WEEKDAYS[w.lower()] for w in _WEEKDAY_NAMED.findall(text)}
    if not named:
        return 0
    votes = 0
    for m in NUMERIC_DATE.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if first == second or plain_order(first, second) is not None:
            continue
        day_first_on = _told_of(date(year, second, first).weekday(), named)
        month_first_on = _told_of(date(year, first, second).weekday(), named)
        votes += day_first_on - month_first_on
    return votes
