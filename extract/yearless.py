"""A page's opening lines → the day of a wire's yearless dateline ("Kyiv, Nov 26 (PTI)"), its year told by the weekday
the lede names ("the Air Force said on Tuesday"): the one year of the war in which that day fell on that weekday."""
from __future__ import annotations

from datetime import date

import regex

from extract.datepatterns import MONTH_WORD, MONTHS, WEEKDAYS

FIRST_WAR_YEAR = 2022
_PLACE = r"\p{Lu}[\p{L}'’.-]++(?:[^\S\n]\p{Lu}[\p{L}'’.-]++){0,2}"
# the story's place (and its country) and a comma, or the place and a full stop as Russian wires write it ("BELGOROD.
# May 12 (Interfax) -"), the month and day with no year, then the wire's name or a dash
_YEARLESS_DATELINE = regex.compile(
    rf"^[^\S\n]*+{_PLACE}(?:,[^\S\n]*+{_PLACE})?(?:,|(?<=\p{{L}}\.))[^\S\n]*+(?P<month>(?i:{MONTH_WORD}))\.?[^\S\n]++(?P<day>\d{{1,2}})"
    rf"(?!\d|,?[^\S\n]*+(?:19|20)\d\d)\.?[^\S\n]*+(?:\([^()\n]{{2,30}}\)|/[^/\n]{{2,30}}/|[-–—])")
_WEEKDAY = regex.compile(r"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def dateline_day(lines: list[str], today: date | None = None) -> date | None:
    """The day of the first yearless dateline among the lines, when the weekdays named on its line fit one year only
    from the war's first to this one; None when none is named or several years fit."""
    last_year = (today or date.today()).year
    for line in lines:
        if (m := _YEARLESS_DATELINE.match(line)) is None:
            continue
        named = {WEEKDAYS[w.group().lower()] for w in _WEEKDAY.finditer(line, m.end())}
        month, day = MONTHS[m.group("month").lower()], int(m.group("day"))
        fits = []
        for year in range(FIRST_WAR_YEAR, last_year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() in named:
                fits.append(candidate)
        return fits[0] if len(fits) == 1 else None
    return None
