"""Article lines → the spans of their datelines ("KYIV, March 3 (Reuters) -"): where the reporter is, not the figures."""
from __future__ import annotations

import bisect

import regex

# "KYIV, March 3 (Reuters) -", "Kyiv, 10 December 2024 -", "KHERSON, Ukraine, Nov. 27 -": a place (or two), perhaps its
# country, then a date and/or an agency in brackets (or a place in capitals), then a dash opening the story.
_DATE = r"(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?"
DATELINE_RX = regex.compile(
    r"[^\p{L}\d]{0,3}(?P<place>\p{Lu}[\p{L}'’.-]*+(?:[ -]\p{Lu}[\p{L}'’.-]*+){0,2})"
    # two desks: "Moscow / Kyiv (EFE).-"
    r"(?:\s*/\s*\p{Lu}[\p{L}'’.-]*+(?:[ -]\p{Lu}[\p{L}'’.-]*+){0,2})?"
    r"(?:,\s*(?P<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?))?"
    r"(?:,\s*(?P<date>" + _DATE + r"))?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?(?(agency)\.?)\s*[-–—]")   # Spanish style "(EFE).-"


# a release's header line that is only its place and day, perhaps after its kind ("Statement | Kyiv, 20 February 2025",
# "Press release - Geneva, 3 March 2024"): where it was issued from
PLACE_DAY_LINE_RX = regex.compile(
    r"[^\p{L}\d]{0,3}(?:\p{Lu}\p{Ll}+(?:\s\p{L}+){0,2}\s*[|·•–—-]\s*)?"
    r"\p{Lu}[\p{L}'’.-]*+(?:[ -]\p{Lu}[\p{L}'’.-]*+){0,2},\s*" + _DATE + r"[\s.]*")


def datelines(text: str, lines) -> list[tuple[int, int]]:
    spans = []
    for line_start, line_end in lines:
        if line_end - line_start < 70 and PLACE_DAY_LINE_RX.fullmatch(text, line_start, line_end):
            spans.append((line_start, line_end))
            continue
        m = DATELINE_RX.match(text, line_start, line_end)
        if m and (m.group("date") or m.group("agency") or m.group("place").isupper()
                  or m.group("country") in ("Ukraine", "UKRAINE", "Russia", "RUSSIA")):
            spans.append((line_start, m.end()))
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def dateline_date(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The span of the day a wire's dateline names ("KYIV, Oct 11 (AFP) -"): the day it was filed, not the event's."""
    m = DATELINE_RX.match(text, line_start, line_end)
    return m.span("date") if m and m.group("date") else None
