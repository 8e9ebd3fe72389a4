"""DocContext + an air figure's span → the story's city when the headline gives that count of an attack on it."""
from __future__ import annotations

import regex

from extract.context import DocContext
from extract.docplaces import DocPlaces
from extract.gazetteer import _RULES, COUNTRY_CUES
from extract.numbers import parse_number
from extract.numberwords import TEENS, TENS, UNITS
from extract.placeweights import HEAD_PARAGRAPH_WORDS, head_end
from extract.vocab import alternation, in_range

_WEAPON_RX = regex.compile(r"(?i)\b(?:" + alternation(_RULES["head_air"]["weapons"]) + r")\b")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})++|\d++|" + alternation([*UNITS, *TEENS, *TENS]) + r")"
# a number told of weapons: "11 of 12 Kalibr missiles", "all 19 Shaheds", "9 shot down" (not "21 injured")
_COUNT_RX = regex.compile(r"(?i)\b(" + _NUMBER + r")(?:\s+of\s+(" + _NUMBER + r"))?\s+(?:[\w/-]+\s+){0,2}?(?:"
                          + alternation(_RULES["head_air"]["weapons"]) + r")\b")
_SHARE_CUES = frozenset(_RULES["head_air"]["share_cues"])


def _head_counts(ctx: DocContext, places: DocPlaces) -> tuple[frozenset[float], frozenset[int]]:
    """(the numbers, the starts) of the headline lines that tell air counts and name the story's city and no other place
    (nor a country: "Russia fires 90 drones at Ukraine; Odesa port hit" is the nation's); a Ukrainian city only: Russia's
    ministry counts drones over all its regions ("Russia says it downed 337 drones in biggest attack on Moscow")."""
    key = ("head-air-counts",)
    if key not in places.memo:
        counts: set[float] = set()
        lines: set[int] = set()
        end = head_end(ctx)
        for start, line_end in ctx.lines:
            if start >= end:
                break
            named = [m for m in in_range(places.mentions, start, line_end) if not m.dateline]
            line = ctx.text[start:line_end]
            # (the attacker named as the actor, "Russia pounds Odesa with 40 drones", is no second place)
            named = [m for m in named if not (m.kind == "country" and m.nation == "ru" and m.cue not in COUNTRY_CUES)]
            if (len(line.split()) <= HEAD_PARAGRAPH_WORDS and named and _WEAPON_RX.search(line)
                    and all(m.name == places.main and m.kind == "city" and m.nation == "ua" for m in named)):
                counts.update(v for pair in _COUNT_RX.findall(line) for v in map(parse_number, pair) if v)
                lines.add(start)
        # the body telling the city's own share ("flying toward Kyiv", "destroyed over the city"): the counts are the
        # whole attack's
        if any(m.cue in _SHARE_CUES and (m.name == places.main or m.kind == "anaphor-city")
               and ctx.line_at(m.start)[0] not in lines for m in places.mentions):
            counts.clear()
        places.memo[key] = frozenset(counts), frozenset(lines)
    return places.memo[key]


def head_count_of_main(ctx: DocContext, places: DocPlaces, span_start: int, span_end: int) -> bool:
    """Is a place-less air count in the body one the headline gives of the attack on the story's city ("Night attack on
    Odesa: 11 of 12 Kalibr missiles ... shot down", then "the Russians fired 12 Kalibr cruise missiles from ships")?"""
    if not places.main_is_city:
        return False
    counts, lines = _head_counts(ctx, places)
    value = parse_number(ctx.text[span_start:span_end])
    return value is not None and value in counts and ctx.line_at(span_start)[0] not in lines
