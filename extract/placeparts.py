"""A figure's span in its text → whether it is a part of a count told just before it ("Sixteen of them were shot
down"), and whether a place names a part told after its total ("two of them in Kostiantynivka")."""
from __future__ import annotations

import regex

from extract.figureclauses import PART_AFTER_RX
from extract.gazetteer import Mention

ALL_BEFORE_RX = regex.compile(r"(?i)\ball\s+$")   # "all nine drones had been shot down": the launch told before
_OF_THEM_BEFORE_RX = regex.compile(r"\b(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:them|these|those|which|this\s+number|that\s+number),?\s+$")


def part_of_before(text: str, span_start: int, span_end: int) -> bool:
    """"Sixteen of them were shot down", "Of those, 41 were downed": a part of a count told just before."""
    # (bounded: an unbounded match hunts for "of" to the end of the text, once per figure)
    return bool(PART_AFTER_RX.match(text, span_end, span_end + 40) or _OF_THEM_BEFORE_RX.search(text, max(0, span_start - 20), span_start))


# "two of them in Kostiantynivka", "including 17 in Dnipro itself", "including a 16-year-old girl in Suzemka": the place
# of a part told after its total
_PART_PLACE_BEFORE_RX = regex.compile(r"(?i)\b(?:[\w,-]+\s+of\s+(?:them|whom|those|these)|(?:including|among\s+them|among\s+whom)\s+[\w,'’-]+(?:\s+[\w'’-]+){0,3}?)"
                                      r",?\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$")


def part_place(text: str, m: Mention, span_start: int) -> bool:
    """Is m the place of a part told after its total, the figure at span_start not being that part?"""
    part = _PART_PLACE_BEFORE_RX.search(text, max(0, m.start - 50), m.start)
    return part is not None and not (part.start() <= span_start < m.start)
