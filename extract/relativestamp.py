"""A page's age stamp ("4 hours ago", "Yesterday, 18:30", "Story by ... • 3h") → its day, counted back from the day the
copy was made: an archive's capture line, a print's "Printed from ... on" line, or the masthead's own today bar."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import regex

H = r"[^\S\n]"
# the copy's own day: "archived 6 Jun 2023 21:14:05 UTC", "Printed from msn.com on 14/03/2024, 09:12", "Saved on ..."
_COPY_LINE = regex.compile(rf"(?im)^{H}*+(?:archived|captured|saved(?:{H}++on)?|retrieved(?:{H}++on)?|printed{H}++from{H}++\S++{H}++on"
                           rf"|printed{H}++on|accessed(?:{H}++on)?){H}*+:?{H}*+(?P<rest>[^\n]{{6,60}})$")
# the masthead's today bar: a weekday and a full date alone on a line over the headline ("Tuesday, 21 November 2023")
_TODAY_BAR = regex.compile(r"(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[^\S\n]+[^\n]{6,30}")
_AGE = regex.compile(rf"(?i)(?:^|[•·|]){H}*+(?:(?P<n>\d{{1,2}}){H}*+(?P<unit>minutes?|mins?|m|hours?|hrs?|h|days?|d)(?:{H}++ago)?"
                     rf"|(?P<word>yesterday|today)(?:,?{H}*+(?:at{H}*+)?\d{{1,2}}[:.]\d\d(?:{H}?[ap]m)?)?){H}*+(?:$|[•·|])")
HEAD_LINES = 14


def stamp_age(lines: list[str]) -> timedelta | None:
    """How old the page was when copied, from its age stamp among the head's lines."""
    for line in lines[:HEAD_LINES]:
        for m in _AGE.finditer(line.strip()):
            if m.group("word"):
                return timedelta(days=1 if m.group("word").lower() == "yesterday" else 0)
            n, unit = int(m.group("n")), m.group("unit").lower()
            return timedelta(days=n) if unit.startswith("d") else timedelta(hours=n) if unit.startswith("h") else timedelta(0)
    return None


def copy_day(raw: str, lines: list[str], dates_of: Callable[[str], tuple[date, ...]]) -> date | None:
    """The day the copy was made: its capture or print line anywhere on the page, else the today bar at its head."""
    for m in _COPY_LINE.finditer(raw):
        if days := dates_of(m.group("rest")):
            return days[0]
    for line in lines[:4]:
        if _TODAY_BAR.fullmatch(line.strip()) and (days := dates_of(line)):
            return days[0]
    return None


def day_by_age(raw: str, lines: list[str], dates_of: Callable[[str], tuple[date, ...]]) -> date | None:
    """The page's day: the copy's day less the page's age (hours under a day count as that day)."""
    if (age := stamp_age(lines)) is None or (copied := copy_day(raw, lines, dates_of)) is None:
        return None
    return copied - timedelta(days=age.days)
