"""A line's date mentions + those of the lines above → the same mentions, a yearless day ("on 14 January") given the
year an earlier mention of that very day named ("hit on 14 January 2023. ... 38 missiles at Ukraine on 14 January")."""
from __future__ import annotations

from dataclasses import replace

import regex

from extract.datepatterns import MONTH_WORD

# how many lines back a day told with its year still names the year of the same day told without one
YEAR_ECHO_REACH = 6
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_MONTH = regex.compile(rf"(?i:\b{MONTH_WORD}\b)")


def _full(text: str, mention) -> bool:
    return bool(mention.day and mention.precise and _MONTH.search(text, mention.start, mention.end))


def echo_years(text: str, found: list, earlier: list[list]) -> list:
    """found, each yearless day and month that an earlier line named with another year moved to that year
    (not 24 February, the day the invasion began, whose anniversary every later year names without its year)."""
    dated = {(m.day.month, m.day.day): m.day for line in earlier for m in line
             if _full(text, m) and _YEAR.search(text, m.start, m.end)}
    if not dated:
        return found
    echoed = []
    for m in found:
        told = dated.get((m.day.month, m.day.day)) if _full(text, m) and not _YEAR.search(text, m.start, m.end) else None
        echoed.append(replace(m, day=told) if told and told != m.day and (told.month, told.day) != (2, 24) else m)
    return echoed
