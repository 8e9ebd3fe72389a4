"""A masked sentence and a figure's offset → the group of the people named last before it ("killing 200 of them")."""
from __future__ import annotations

import regex

# "200 of them", not "three of those killed" (a part of a toll, named after it)
OF_THEM = regex.compile(r" of (?:them|those|these)\b(?! (?:killed|dead|injured|wounded|hurt)\b)")
_ACTING = regex.compile(r"^(?:fired|shelled|attacked|struck|hit|opened|launched|targeted|shot|dropped|stormed|killed|"
                        r"used|advanced|bombed)\b")


def last_group_before(masked: str, token_start: int, group_nouns: dict[str, str]) -> str | None:
    """"struck places where intelligence officers and mercenaries were stationed, killing up to 200 of them": the group
    of the last people named before the figure; not those who fired ("Russian troops shelled a bus ..."), nor "people"."""
    before = masked[:token_start]
    words = [(m.group().lower(), m.end()) for m in regex.finditer(r"[\w'-]+", before)]
    for i in range(len(words) - 1, -1, -1):
        for size in (3, 2, 1):
            if i - size + 1 < 0:
                continue
            phrase = " ".join(w for w, _ in words[i - size + 1:i + 1])
            group = group_nouns.get(phrase)
            if group is not None:
                if _ACTING.match(before[words[i][1]:].lstrip(" \"'’”")):
                    break   # who fired: "Russian troops shelled ..."
                return None if group == "unspecified" else group
    return None
