"""An article's actors + text → its groups of officials named with whose they are ("Pentagon officials"), and "the
officials" read as the owned group the text named just before."""
from __future__ import annotations

import regex

from extract.actors import Actor
from extract.gazetteer import NAMES as PLACE_NAMES

# group nouns a word before them may own: "Pentagon officials", "American officials", "Kharkiv authorities"
_OWNABLE = ("officials", "authorities")
_SPACE_RX = regex.compile(r"[^\S\n]++")
# a place's name right before the noun (places are no actors of their own): "Kherson officials said"
_PLACE_BEFORE_RX = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*+)[^\S\n]++$")
_DEFINITE_RX = regex.compile(r"(?i:the)\s++")
# how far back "the officials" may point: the sentence before or so ("In August, US officials told The New York
# Times ... On the Russian side, the officials estimated ...")
_BACK_REACH = 400


def _owner(prev: Actor | None, actor: Actor, text: str) -> tuple[int, str] | None:
    """(start, owner as written) of the word that owns the bare group noun at actor, if any."""
    if prev is not None and prev.kind in ("body", "surname") and _SPACE_RX.fullmatch(text, prev.end, actor.start):
        written = text[prev.start:prev.end]
        if written[:1].isupper() and not _DEFINITE_RX.match(written):
            return prev.start, written   # "Pentagon officials", "American officials", "Ukrainian military officials"
    place = _PLACE_BEFORE_RX.search(text, max(0, actor.start - 40), actor.start)
    if place is not None and place.group(1) in PLACE_NAMES:
        return place.start(1), place.group(1)
    return None


def owned_groups(actors: list[Actor], text: str) -> list[Actor]:
    """The actors with "Pentagon" + "officials" made one group "Pentagon officials", and "the officials" named as the
    owned officials just before (within _BACK_REACH)."""
    out: list[Actor] = []
    named: dict[str, tuple[str, int]] = {}   # noun → (the last owned group of it, where it ended)
    for actor in actors:
        written = text[actor.start:actor.end]
        noun = written.lower().rsplit(None, 1)[-1]
        if actor.kind == "group" and noun in _OWNABLE:
            if written.lower() == noun and (owner := _owner(out[-1] if out else None, actor, text)) is not None:
                if out and out[-1].start >= owner[0]:
                    out.pop()
                actor = Actor(owner[0], actor.end, "group", f"{owner[1]} {noun}")
            elif _DEFINITE_RX.match(written) and written.lower().split()[-2:-1] == ["the"]:
                last = named.get(noun)
                if last is not None and actor.start - last[1] <= _BACK_REACH:
                    actor = Actor(actor.start, actor.end, "group", last[0])   # "the officials": those just named
            if actor.name.lower() != noun:
                named[noun] = (actor.name, actor.end)
        out.append(actor)
    return out
