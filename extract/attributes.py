"""A matched figure in its masked sentence → qualifier, group, side and cumulative (claims-schema.md conventions)."""
from __future__ import annotations

import regex

from extract.ruleset import Ruleset

CASUALTY_METRICS = ("killed", "injured")
# Places whose casualties are Russia's own people (victims of strikes inside Russia's regions).
_RUSSIAN_PLACE = regex.compile(
    r"\b(?:Russia|Moscow|Kursk|Belgorod|Bryansk|Voronezh|Rostov|Krasnodar|Tula|Kaluga|Lipetsk|Oryol|Vladikavkaz|"
    r"North Ossetia|Ramenskoye|Engels|Saint Petersburg|St\. Petersburg|Tatarstan|Ryazan|Saratov|Smolensk|Kaliningrad)\b")
_OTHER_COUNTRY = regex.compile(r"\b(?:Poland|Moldova|Romania|Belarus|Slovakia|Hungary|Transnistria)\b")
_WORD = regex.compile(r"[\w'-]+")


def qualifier(rule_attrs: dict, number_hint: str | None, phrase_hint: str | None) -> str:
    """The rule's own qualifier, else what the number says ("10,000+", a range), else the words before it."""
    return rule_attrs.get("qualifier") or number_hint or phrase_hint or "exact"


def group_of(masked: str, token_end: int, token_start: int, rules: Ruleset) -> str | None:
    """The group named by the noun phrase right after the number ("7 civilians", "22 Ukrainian servicemen"),
    or just before it ("civilian deaths" reads after, "dead civilians" too); None when no victim noun is there."""
    after = masked[token_end:token_end + 60]
    words = [w.lower() for w in _WORD.findall(after)[:5]]
    found = None
    for i in range(len(words)):
        for size in (3, 2, 1):
            phrase = " ".join(words[i:i + size])
            if phrase in rules.group_nouns:
                found = rules.group_nouns[phrase]
                break
        if found:
            break
        if words[i] in ("were", "was", "have", "had", "are", "is", "in", "at", "on", "and", "of", "from", "who"):
            break
    if found in (None, "unspecified") and "civilian" in words[:3]:
        return "civilians"
    return found


def side_of(masked: str, token_start: int, token_end: int, group: str, location: str | None, rules: Ruleset) -> str:
    """Whose people: an adjective on the noun phrase, the army that lost them, else where they were hit."""
    noun_phrase = masked[token_end:token_end + 40]
    if rules.cues["russian_side"].search(noun_phrase.split(" killed")[0].split(" were")[0]):
        return "russian"
    if rules.cues["ukrainian_side"].search(noun_phrase.split(" killed")[0].split(" were")[0]):
        return "ukrainian"
    before = masked[max(0, token_start - 80):token_start]
    if group == "military":
        if rules.cues["ukraine_lost"].search(before):
            return "ukrainian"
        if rules.cues["russia_lost"].search(before) or rules.cues["russian_side"].search(before[-25:]):
            return "russian"
    if location and _RUSSIAN_PLACE.search(location):
        return "russian"
    if location and _OTHER_COUNTRY.search(location):
        return "unspecified"
    if group == "military" and rules.cues["russian_side"].search(masked) and not rules.cues["ukrainian_side"].search(masked):
        return "russian"
    return "ukrainian"


def cumulative_of(masked: str, metric: str, group: str | None, value: float, rules: Ruleset) -> bool:
    """True for a running tally: a cue in the sentence ("since", "so far", "in total") and no single-event
    cue; national military tolls are running tallies unless the sentence says otherwise."""
    if rules.cues["not_cumulative"].search(masked):
        return False
    if rules.cues["cumulative"].search(masked):
        return True
    return metric == "killed" and group == "military" and value >= 1000
