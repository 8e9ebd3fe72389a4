"""Place mentions + article text → the same mentions plus the later bare repeats of the unlisted towns the text introduced."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from extract.vocab import alternation

# a capitalised word after a repeat goes on a longer name ("Chaplyne Street", "Hroza Village Council"), which is no repeat
_NAME_GOES_ON_RX = regex.compile(r"[ -]\p{Lu}")
# "the Suzemka, Klimovo and Sevsk districts": a list of districts named after their towns, not the town
_DISTRICT_LIST_RX = regex.compile(r"(?:,[ ]\p{Lu}[\p{L}'’-]+)*(?:,?[ ](?:and|or)[ ]\p{Lu}[\p{L}'’-]+)?[ ](?i:districts?|raions?|regions?|oblasts?)\b")


_NAME = r"\p{Lu}\p{Ll}[\p{L}'’-]*+(?:[ ]\p{Lu}\p{Ll}[\p{L}'’-]*+)?"
# "near the villages of Lyubechane and Sushany": one of several places sharing a plural noun, not the figure's one town
_PLURAL_LIST_BEFORE_RX = regex.compile(rf"(?i:villages|towns|settlements|hamlets)[ ]of[ ](?:{_NAME},?[ ](?:and[ ]|or[ ])?)*$")
# "the Mezhova and Pokrovske communities", "the Bilopillia, Krasnopillia and Vorozhba hromadas": each a place
COMMUNITY_LIST_RX = regex.compile(rf"(?<![\p{{L}}'’-])(?:{_NAME},[ ])*{_NAME},?[ ](?:and|or)[ ]{_NAME}[ ](?i:communities|hromadas)\b")
_LIST_NAME_RX = regex.compile(_NAME)


def _community_lists(mentions: list, text: str, known: dict, mention_cls: type) -> list:
    """Mentions plus the unlisted names of a list of communities."""
    if "communities" not in text and "hromadas" not in text:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    added = [mention_cls(n.start(), n.end(), n.group(), "city", "ua", "in")
             for found in COMMUNITY_LIST_RX.finditer(text) for n in _LIST_NAME_RX.finditer(text, found.start(), found.end())
             if n.group() not in known and not any(a < n.end() and n.start() < b for a, b in taken)]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def recurring_unlisted(mentions: list, text: str, known: dict, cue_of: Callable[[int], str], mention_cls: type) -> list:
    """A town the gazetteer does not know, once introduced ("Chaplyne, a small town in the Dnipropetrovsk region", "the
    village of Hroza"), is the same place where the text names it again bare ("15 were killed in Chaplyne"), with
    the nation its introduction gave it."""
    mentions = _community_lists(mentions, text, known, mention_cls)
    introduced: dict[str, object] = {}
    for m in mentions:
        if m.kind == "city" and m.name not in known and not m.dateline and len(m.name) >= 4:
            if m.name not in introduced or (m.placed and not introduced[m.name].placed):
                introduced[m.name] = m   # a mention its region placed tells the nation best
    if not introduced:
        return mentions
    # "the Grayvoron district" (a community, taken as Ukraine's) is the town its region placed elsewhere in Russia
    mentions = [replace(m, nation=introduced[m.name].nation) if m.name in introduced and introduced[m.name].placed
                and not m.placed and m.nation != introduced[m.name].nation else m for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    rx = regex.compile(r"(?<![\p{L}'’-])(?:" + alternation(introduced, flexible_spaces=False) + r")(?![\p{L}'’-])")
    added = []
    for found in rx.finditer(text):
        start, end = found.span()
        if (any(a < end and start < b for a, b in taken) or _NAME_GOES_ON_RX.match(text, end) or _DISTRICT_LIST_RX.match(text, end)
                or _PLURAL_LIST_BEFORE_RX.search(text, max(0, start - 80), start)):
            continue
        source = introduced[found.group()]
        added.append(replace(source, start=start, end=end, cue=cue_of(start), dateline=False))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
