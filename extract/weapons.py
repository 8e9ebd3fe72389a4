"""Masked sentences + a figure in one of them → the weapon it counts: "missile", "drone", or None."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from extract.pipeline import Masked
    from extract.ruleset import Ruleset

NEXT_WORD = regex.compile(r" ([A-Za-z][\w'-]*)")
# words after an earlier figure that leave it no referent of its own: a span of time ("over the seven nights"), a
# weapon count's participle ("Kh-101 cruise missiles – 28 launched, 20 destroyed": the weapon is before both), or a
# bare figure's own verb of impact, an anaphor like the one after it ("Six hit buildings, one struck a plant and one
# was shot down": all three count the drones told before)
PASS_OVER = frozenset({"nights", "night", "days", "day", "hours", "hour", "weeks", "week", "months", "month",
                        "launched", "fired", "used", "sent", "destroyed", "downed", "intercepted", "shot",
                        "hit", "struck", "fell", "crashed", "exploded", "landed", "missed"})
# a count of kinds, not of things ("19 missiles of five different types, and nine of them were brought down"): the
# figure after it still counts the weapon before it
_KIND_COUNT = regex.compile(r" (?:different |various |distinct )?(?:types|kinds)\b")
# an earlier figure told as a launch's target ("fired 38 missiles at five cities, and air defence destroyed 30 of
# them"): the places are hit, never downed, so a bare figure after them still counts the weapon before them
_TARGET_BEFORE = regex.compile(r"\b(?:at|on|across|against|targeting) (?:the |some |about |around |nearly |over )?$")
_PLACES_AFTER = regex.compile(r" (?:[\w'-]+ )?(?:cities|towns|regions|oblasts|provinces|districts|villages|settlements"
                              r"|communities|hromadas|areas|locations)\b")
# how far back (in sentences) an anaphor ("37 of them", "among them") may find what it refers to
LOOKBACK = 2


def weapon_kind(m: regex.Match | None) -> str | None:
    """The weapon group a weapon pattern matched: "missile", "drone", "mixed", or None."""
    if m is None:
        return None
    for kind in ("mixed", "drone", "missile"):
        if m.group(kind):
            return kind
    return None


def weapon_for(sentences: list[Masked], si: int, token: int, rules: Ruleset, timeout: float) -> str | None:
    """'missile' / 'drone' for the figure: the weapon named right after it, else the last one named before it."""
    masked = sentences[si]
    a, b = masked.token_spans[token]
    stops = rules.lists["mod_stops"]
    try:
        kind = weapon_kind(rules.weapon_after.match(masked.text, b, timeout=timeout))
        # "Strikes hit 12 buildings, and 5 were destroyed": an earlier figure counting something else
        # in the same sentence is what a bare figure refers to, so it is no weapon
        for earlier in range(token - 1, -1, -1):
            if kind:
                break
            e_start, e_end = masked.token_spans[earlier]
            if _TARGET_BEFORE.search(masked.text, 0, e_start) and _PLACES_AFTER.match(masked.text, e_end):
                continue
            kind = weapon_kind(rules.weapon_after.match(masked.text, e_end, timeout=timeout))
            next_word = NEXT_WORD.match(masked.text, e_end)
            if not kind and next_word and next_word.group(1).lower() not in stops \
                    and next_word.group(1).lower() not in PASS_OVER and not _KIND_COUNT.match(masked.text, e_end):
                return None
        for back in range(0, LOOKBACK + 1):
            if kind or si - back < 0:
                break
            text = masked.text[:a] if back == 0 else sentences[si - back].text
            last = None
            for last in rules.weapon.finditer(text, timeout=timeout):
                pass
            kind = weapon_kind(last)
    except TimeoutError:
        return None   # no weapon, no claim: the figure is dropped rather than guessed
    return None if kind in (None, "mixed") else kind
