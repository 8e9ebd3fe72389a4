"""Claim rows of one article + its context → rows whose vague credit ("officials said") the article names later."""
from __future__ import annotations

from extract.claim_rows import _not_the_publisher
from extract.claimants import claimant
from extract.context import DocContext
from extract.figureclauses import FAMILY_OF, _FAMILY_RX
from extract.numbers import find_quantities
from extract.placedoffices import office_of_place
from extract.places import location

# a wire's lede credits the toll to unnamed officials; a later sentence names who gave it ("killing at least 12 people,
# officials said" ... "from nine in the morning to 12 by evening, according to the Kyiv city military administration")
_VAGUE = frozenset(f"{owner}{who}" for owner in ("", "ukrainian ", "russian ", "local ", "regional ", "city ")
                   for who in ("officials", "authorities"))
# how far on the article may name the speaker of the same figure (sentences)
_REACH = 8


def _vague(name: str | None) -> bool:
    return name is not None and name.lower().removeprefix("the ") in _VAGUE


def name_vague_credits(rows: list[dict], ctx: DocContext) -> list[dict]:
    """A row credited to unnamed officials takes the speaker a later sentence names for the same metric and value in
    the same place (a sentence of the same kind of figure: a death toll, not a count of drones that happens to match)."""
    for row in rows:
        if not _vague(row["claimant"]) or row["metric"] not in FAMILY_OF:
            continue
        family = _FAMILY_RX[FAMILY_OF[row["metric"]]]
        first = ctx.sentence_index(row["span_start"])
        for start, end in ctx.sentences[first + 1:first + 1 + _REACH]:
            if not family.search(ctx.text, start, end):
                continue
            same = [q for q in find_quantities(ctx.text, start, end) if q.value == row["value"] and q.unit == row["unit"]]
            found = None
            for q in same:
                place = location(ctx, q.start, q.end, row["metric"])
                named = claimant(ctx, q.start, q.end)
                if named and not _vague(named) and place == row["location"]:
                    found = _not_the_publisher(office_of_place(named, place), row["publisher"])
                    break
            if found:
                row["claimant"] = found
                break
    return rows
