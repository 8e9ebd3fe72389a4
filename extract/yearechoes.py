"""A line's date mentions + those of the lines above → the same mentions, a yearless day ("on 14 January") given the
year an earlier mention of that very day named ("hit on 14 January 2023. ... 38 missiles at Ukraine on 14 January")."""
from __future__ import annotations

from dataclasses import replace

import regex

from extract.datepatterns import MONTH_WORD, VOCAB

# how many lines back a day told with its year still names the year of the same day told without one
YEAR_ECHO_REACH = 6
# (only on a page that says in its opening it looks back: a daily report's "on 31 December 2022 the figure was ..."
# names a day compared with, and its "the night of 30 to 31 December" is this year's)
OPENING_REACH = 1500
_ANNIVERSARY = regex.compile(r"(?i:\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in VOCAB["anniversary_cues"]) + r")\b)")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_MONTH = regex.compile(rf"(?i:\b{MONTH_WORD}\b)")


def _full(text: str, mention) -> bool:
    return bool(mention.day and mention.precise and _MONTH.search(text, mention.start, mention.end))


# "in 2022, when after the November 15 attack ...": a year, then a "when" clause that names a day of it
_YEAR_WHEN = regex.compile(r",?[^\S\n]+when\b[^.;:!?\n]{0,60}")
_YEAR_ALONE = regex.compile(r"(?:19|20)\d\d")


def year_of_when(text: str, found: list) -> list:
    """found, each yearless day and month inside a "when" clause right after a year alone given that year."""
    echoed = []
    for i, m in enumerate(found):
        year = found[i - 1] if i else None
        if year is not None and year.day and _YEAR_ALONE.fullmatch(text, year.start, year.end) and _full(text, m) \
                and not _YEAR.search(text, m.start, m.end) and m.day.year != year.day.year \
                and _YEAR_WHEN.fullmatch(text, year.end, m.start):
            m = replace(m, day=m.day.replace(year=year.day.year)) if (m.day.month, m.day.day) != (2, 29) else m
        echoed.append(m)
    return echoed


def echo_years(text: str, found: list, earlier: list[list]) -> list:
    """found, each yearless day and month that an earlier line named with another year moved to that year, on a page
    that looks back ("One year on, ...")
    (not 24 February, the day the invasion began, whose anniversary every later year names without its year)."""
    if not _ANNIVERSARY.search(text, 0, OPENING_REACH):
        return found
    dated = {(m.day.month, m.day.day): m.day for line in earlier for m in line
             if _full(text, m) and _YEAR.search(text, m.start, m.end)}
    if not dated:
        return found
    echoed = []
    for m in found:
        told = dated.get((m.day.month, m.day.day)) if _full(text, m) and not _YEAR.search(text, m.start, m.end) else None
        echoed.append(replace(m, day=told) if told and told != m.day and (told.month, told.day) != (2, 24) else m)
    return echoed


def told_years(text: str, found: list, start: int, end: int, earlier) -> list:
    """A line's mentions (text[start:end]) with the years its own "when" clauses and the lines above (earlier(): their
    mentions) give its yearless days."""
    if len(found) > 1 and "when" in text[start:end]:   # "in 2022, when after the November 15 attack": 2022's
        found = year_of_when(text, found)
    looks_back = found and start > 0 and _ANNIVERSARY.search(text, 0, OPENING_REACH)
    return echo_years(text, found, earlier()) if looks_back else found   # "on 14 January" after "... 14 January 2023"
