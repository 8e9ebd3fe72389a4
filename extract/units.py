"""A unit named with the force it belongs to ("Air Command West of Ukraine's air force", "Air Command South of the Air
Force"): the unit speaks, not the force. Which names are units: claimants.toml [units]."""
from __future__ import annotations

import dataclasses

import regex

from extract.vocab import load_rules

UNIT_HEADS = frozenset(load_rules("claimants")["units"]["heads"])
_OF_NATION_RX = regex.compile(r"\s+of\s+(?:Ukraine|Russia)$")


def unit_of(words: list[str], i: int) -> str | None:
    """The unit before "of (the) <words[i:]>" (a capitalised run's words, words[i:] a known body) when its name holds a
    unit's head word ("Air Command West of the Air Force" → "Air Command West"), else None."""
    j = i - 1 - (i > 1 and words[i - 1] in ("the", "The"))
    return " ".join(words[:j]) if j > 0 and words[j] == "of" and UNIT_HEADS.intersection(words[:j]) else None


def unit_of_nations_body(actors: list, text: str) -> list:
    """"Air Command West of Ukraine's air force": the run ends on "of Ukraine" and the force follows its "'s" as an
    actor of its own; the two are one actor, the unit."""
    out: list = []
    for actor in actors:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "body" and actor.kind == "body" and text.startswith(("'s ", "’s "), prev.end)
                and actor.start == prev.end + 3 and _OF_NATION_RX.search(text, prev.start, prev.end)
                and UNIT_HEADS.intersection(prev.name.split())):
            # (the run's name is the unit already: "of Ukraine" ends it as written, not as named)
            out[-1] = dataclasses.replace(prev, end=actor.end, bare=False)
            continue
        out.append(actor)
    return out


# a unit's name given in quotation marks after its head word: 'Air Command "East"', 'Operational Command «South»'
_QUOTED_NAME_RX = regex.compile(r"[^\S\n]*+[\"“«„]\s*+(\p{Lu}[\p{L}-]*+)\s*+[\"”»“]")


def quoted_unit_name(actors: list, text: str) -> list:
    """'the Air Command "East"': the head read as its force ("Air Command" is the Air Force's) and the quoted name as a
    surname are one actor, the unit "Air Command East"."""
    out: list = []
    for actor in actors:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "body" and text[prev.start:prev.end].split()[-1:] in ([h] for h in UNIT_HEADS)
                and (m := _QUOTED_NAME_RX.match(text, prev.end)) is not None and m.start(1) == actor.start):
            written = " ".join(text[prev.start:prev.end].split())
            out[-1] = dataclasses.replace(prev, end=m.end(), name=f"{written} {m.group(1)}", bare=False)
            continue
        out.append(actor)
    return out
