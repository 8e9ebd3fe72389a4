"""A figure's span → the span of the running total it is the day's increment of ("44,150 (+122)", "1,019,300 (+1,040)")."""
from __future__ import annotations

import regex

# a total with its day's rise in brackets right after it: the rise is that total's day's, whatever the story's strike
# ("personnel: about 1,019,300 (+1,040)", "tanks – 10,987 (+1)", "UAVs 44,150 (up 122)", "cruise missiles 3,373 [+12]")
_TOTAL_BEFORE = regex.compile(r"(?<![\d.,])(\d{1,3}(?:[,\s\u202f\u00a0]\d{3})+|\d+)\s*[(\[]\s*(?:\+|(?i:up|plus)\s+(?:by\s+)?)\s*$")


def increment_total(text: str, span_start: int) -> tuple[int, int] | None:
    """The total whose bracketed rise starts at span_start (the "+" may lie before or inside the span), else None."""
    start = span_start + 1 if text.startswith("+", span_start) else span_start
    found = _TOTAL_BEFORE.search(text, max(0, start - 40), start)
    return found.span(1) if found else None
