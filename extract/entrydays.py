"""A digest's clock-stamped entries ("23:10 (7 August).", "01:35.") + a line → the day that line's entry was posted."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.datefacts import Facts

# an entry opening on its clock time, perhaps with its day in brackets or after a comma ("23:10 (7 August).", "01:35.")
_ENTRY_CLOCK = regex.compile(r"[\s\-–•*]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?![:.]?\d)")
_STAMP_GAP = regex.compile(r"[\s(\[,|–—-]*")
# (a diary's stamp may name only the weekday: "08:00, Sunday. Shift ends."; "08:05. Overnight, ..." names no stamp's day)
_WEEKDAY_STAMP = regex.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.,:]?")
# how far an entry's clock may stand from its day's mention on the line ("23:10 (7 August).")
_DAY_NEAR_CLOCK = 24
# a jump of the clock by more than this between two entries crosses midnight (down: the next day in a digest told
# oldest first; up: the day before in a blog told newest first)
_MIDNIGHT_JUMP = 12 * 60
# an unstamped paragraph right after an entry goes on with that entry's day, this many lines on at most
FOLLOW_LINES = 3
# how many lines back the dated entry is looked for
ENTRY_REACH = 60


def _clock(facts: Facts, index: int) -> int | None:
    start, end = facts.ctx.lines[index]
    m = _ENTRY_CLOCK.match(facts.ctx.text, start, end)
    return int(m.group("h")) * 60 + int(m.group("m")) if m else None


def _dated(facts: Facts, index: int) -> date | None:
    """The day written on the entry's stamp right after its clock ("23:10 (7 August).", "23:10, 7 Aug:"), not a
    relative word of its text ("08:05. "Overnight, ..."")."""
    text = facts.ctx.text
    start, end = facts.ctx.lines[index]
    clock = _ENTRY_CLOCK.match(text, start, end)
    days = [m for m in facts.line_mentions(index) if m.day and m.precise and m.start - clock.end() <= _DAY_NEAR_CLOCK
            and _STAMP_GAP.fullmatch(text, clock.end(), m.start)
            and (any(c.isdigit() for c in text[m.start:m.end]) or _WEEKDAY_STAMP.fullmatch(text, m.start, m.end))]
    return days[0].day if days else None


def stamped_day(facts: Facts, index: int) -> date | None:
    """The day an entry's own stamp names right after its clock ("08:00, Sunday.", "23:10 (7 August)."), if any."""
    return _dated(facts, index) if _clock(facts, index) is not None else None


def entry_day(facts: Facts, line_index: int) -> date | None:
    """The day of the clock-stamped entry holding line_index, worked out once per line (see _entry_day)."""
    if line_index not in facts.entry_days:
        facts.entry_days[line_index] = _entry_day(facts, line_index)
    return facts.entry_days[line_index]


def _entry_day(facts: Facts, line_index: int) -> date | None:
    """The day of the clock-stamped entry holding line_index (or the one just before an unstamped paragraph): the
    day the nearest earlier entry names on its stamp line, shifted a day for each time the clock crossed midnight
    between them ("23:10 (7 August). ... / 04:50. A drone hit ...": 8 August); None with no such dated entry."""
    first = line_index
    while first >= 0 and _clock(facts, first) is None:
        first -= 1
        if line_index - first > FOLLOW_LINES or first < 0:
            return None
    clocks = []   # (clock, index) from the entry back to the dated one
    for index in range(first, max(-1, first - ENTRY_REACH), -1):
        if (minutes := _clock(facts, index)) is None:
            continue
        clocks.append(minutes)
        if (day := _dated(facts, index)) is not None:
            break
    else:
        return None
    if len(clocks) < 2:
        return None   # (the dated entry itself: its own mention dates it)
    shift = 0
    for later, earlier in zip(clocks, clocks[1:]):
        if earlier - later > _MIDNIGHT_JUMP:
            shift += 1
        elif later - earlier > _MIDNIGHT_JUMP:
            shift -= 1
    return day + timedelta(days=shift)
