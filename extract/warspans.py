"""A count and a unit of the war's first days ("seven", "days") → the last day of that period from the invasion."""
from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

from extract.numberwords import word_segments

_SPAN = tomllib.loads((Path(__file__).resolve().parent / "rules" / "dates.toml").read_text(encoding="utf-8"))["war_span"]
_START = date.fromisoformat(_SPAN["start"])


def war_span_end(count: str | None, unit: str) -> date | None:
    """The period's last day: 24 February + N days - 1 ("the first seven days" → 2 March 2022), N weeks, N months
    (to the day before the same date N months on); "the first days" or "the first months" with no count is no closed
    period (None)."""
    unit = unit.lower()
    if count is None and (unit.startswith("day") or unit.endswith("s")):
        return None   # ("the first months of the invasion": no count, no closed period)
    if count is None or count.isdigit():
        n = 1 if count is None else int(count)
    else:
        n = int(segments[0][2]) if (segments := word_segments([count.lower()])) else None
    if not n:
        return None
    if unit.startswith("day"):
        return _START + timedelta(days=n - 1)
    if unit.startswith("week"):
        return _START + timedelta(days=7 * n - 1)
    month = _START.month - 1 + n
    return date(_START.year + month // 12, month % 12 + 1, _START.day) - timedelta(days=1)
