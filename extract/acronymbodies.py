"""Actors + article text → actors for the acronyms of bodies the article named in full before ("Seoul's National
Intelligence Service ... According to the NIS, 600 were killed" → the NIS is the National Intelligence Service)."""
from __future__ import annotations

import regex

_ACRONYM_RX = regex.compile(r"(?<![\p{L}.])\p{Lu}{2,6}(?![\p{L}.])")
_SMALL_WORDS = {"of", "the", "for", "in", "and", "on", "to", "de"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _SMALL_WORDS and w[:1].isupper())


def acronym_actors(actors: list, text: str) -> list:
    """The actors with one added for each acronym no actor covers whose letters are exactly the initials of a body named
    earlier in full (three words at least, so that a two-letter word is no one's acronym by chance)."""
    from extract.actors import Actor

    bodies = [a for a in actors if a.kind == "body" and len(_initials(a.name)) >= 3]
    if not bodies:
        return actors
    covered = [(a.start, a.end) for a in actors]
    added = []
    for m in _ACRONYM_RX.finditer(text, bodies[0].end):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        named = [b for b in bodies if b.end <= m.start() and _initials(b.name) == m.group()]
        if named:
            added.append(Actor(m.start(), m.end(), "body", named[-1].name))
    return sorted(actors + added, key=lambda a: a.start) if added else actors
