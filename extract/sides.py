"""A casualty figure in its masked sentence + its group and place → whose people they are (side: claims-schema.md)."""
from __future__ import annotations

import regex

from extract.attributes import (_BODIES, _OWN_LOSSES, _REPATRIATED, _RETURNED, _TOTAL_BEFORE, _WHO_THEY_WERE, _has, _noun_phrase,
                                side_lead)
from extract.regions import held_since_2014, nation_of
from extract.ruleset import Ruleset

_REGION = regex.compile(r"\b(\p{Lu}[\p{L}-]++) (region|oblast|Oblast|krai|Krai)\b")
_REGION_KIND = {"region": "Oblast", "oblast": "Oblast", "krai": "Krai"}
_OWN_PEOPLE = regex.compile(r" of (?:its|their|his|her) (?:own )?")
# where a speaker's own report starts in a sentence of several: "...; Prigozhin said that 94 of his fighters"
_REPORT_BREAK = regex.compile(r"; | while | whereas ")
_RU_STATE = regex.compile(r"\b(?:Russia|Moscow)\b")
_UA_STATE = regex.compile(r"\b(?:Ukraine|Kyiv)\b")
# the day's rise told right after a loss total is the same army's: "Russian personnel losses at about 41,350, including 180"
_RISE_OF_TOTAL = regex.compile(r"⟨n\d+⟩(?: [a-z]+)?,? (?:including|of which|of whom|an? (?:increase|rise|jump|addition) (?:of|by)|up(?: by)?|\+ ?)(?: another)? $")
_CAPTIVES = {"prisoners", "prisoner", "pows", "pow", "captives", "pow's", "inmates"}
# "across the border from Belgorod region", "launched from Kursk region": a neighbour or launch site, not where people were hit
_NEIGHBOUR = regex.compile(r"(?i)\b(?:border(?:s|ing)?\s+(?:with\s+|from\s+)?|from\s+)(?:the\s+)?(?:Russia's\s+|Russian\s+)?$")
# (or its regions: "killed in Russian regions", "on Russian soil", "in Russia's border areas")
_IN_RUSSIA = regex.compile(r"\b(?:in|inside|across|within|into|on) (?:Russia\b(?!'s? (?:aggression|invasion|war|attack))|(?:Russia's|Russian)"
                           r" (?:[a-z]+ ){0,2}(?:regions?|territory|soil|areas?|provinces?|cities|towns|villages)\b)")
# a ministry's "destroyed" of people may name a target first: 'destroyed a workshop ... and "up to 40" foreign fighters'
_KILLED_BY_THEM = regex.compile(r"\b(?:killed|killing|eliminated|eliminating|liquidated|liquidating)(?: [a-z]+){0,2} $"
                                r"|\bdestroy(?:ed|ing)\b(?: [^⟨.;]{0,80}?,? and)?(?: [a-z]+){0,2} $")


def _first(*found):
    """The earliest of the matches found (None when none is)."""
    return min((m for m in found if m), key=lambda m: m.start(), default=None)


def side_of(masked: str, token_start: int, token_end: int, group: str, location: str | None, rules: Ruleset,
            nation: str | None = None, speaker: str | None = None) -> str:
    """Whose people: an adjective on the noun phrase, the army that lost them, else where they were hit (nation:
    the place's nation where the gazetteer does not know it, as its article sets it; speaker: the claimant's nation)."""
    phrase = " ".join(_noun_phrase(masked, token_end))
    if _has(rules, "russian_side", phrase):
        return "russian"
    if _has(rules, "ukrainian_side", phrase):
        return "ukrainian"
    if lead := side_lead(masked, rules):   # "On the Russian side, the officials estimated up to 120,000 dead"
        return lead[0]
    if who := _WHO_THEY_WERE.match(masked, token_end):
        if _has(rules, "russian_side", who.group(1)):
            return "russian"
        if _has(rules, "ukrainian_side", who.group(1)):
            return "ukrainian"
    bodies = _BODIES.search(masked, 0, token_start) or _BODIES.search(phrase)   # (or the figure's own noun: "6,900 bodies")
    if (returned := _RETURNED.search(masked)) and bodies:
        # bodies repatriated are the receiving side's dead: "Ukraine received the bodies of 757 people"
        return "russian" if (returned.group(1) or returned.group(2)) in ("Russia", "Moscow") else "ukrainian"
    if bodies and _REPATRIATED.search(masked):
        location = nation = None   # "501 bodies were brought back": the story's place is not where they fell
    total = _TOTAL_BEFORE.search(masked, max(0, token_start - 80), token_start)
    if total:   # a part of "Russian casualties ..., including 200,000 killed" is Russia's
        if _has(rules, "russian_side", total.group(1)):
            return "russian"
        if _has(rules, "ukrainian_side", total.group(1)):
            return "ukrainian"
    clause_start = max(masked.rfind(p, 0, token_start) for p in (". ", "; ", ": ", ", "))
    before = masked[max(0, clause_start, token_start - 100):token_start]
    if group in ("military", "unspecified"):
        if group == "military" and _OWN_PEOPLE.match(masked, token_end):
            # "Russia's defence ministry said 89 of its soldiers": the army of the side named first
            # or the state itself as the subject: "Russia took back the bodies of 24 of its soldiers"
            own = max((m.end() for m in _REPORT_BREAK.finditer(masked, 0, token_start)), default=0)
            ru = _first(rules.cues["russian_side"].search(masked, own, token_start), _RU_STATE.search(masked, own, token_start))
            ua = _first(rules.cues["ukrainian_side"].search(masked, own, token_start), _UA_STATE.search(masked, own, token_start))
            if ru or ua:
                return "russian" if ua is None or (ru and ru.start() < ua.start()) else "ukrainian"
        if _OWN_LOSSES.search(before) or _RISE_OF_TOTAL.search(masked, max(0, token_start - 60), token_start):
            # "Russia had lost 1,230 troops, bringing its total losses to 620,000": the army that lost them earlier
            before = masked[:token_start]
        # the army that lost them nearest before the figure: "the Ukrainian military's spokesman said Russian forces had lost"
        ua_lost = [m.start() for m in rules.cues["ukraine_lost"].finditer(before)] if _has(rules, "ukraine_lost", before) else []
        ru_lost = [m.start() for m in rules.cues["russia_lost"].finditer(before)] if _has(rules, "russia_lost", before) else []
        if ua_lost or ru_lost:
            return "ukrainian" if max(ua_lost, default=-1) > max(ru_lost, default=-1) else "russian"
    if group == "military" and held_since_2014(location):
        # soldiers hit in Crimea, held by Russia since 2014, are Russia's ("34 officers were killed ... in Sevastopol")
        # (its civilians stay with the place's nation, as the gold reads them)
        return "russian"
    nation = nation_of(location) or nation
    if location == "Russia" and not _IN_RUSSIA.search(masked):
        nation = None   # "Russia's aggression" names the attacker, not where the people were hit
    if nation == "ru":   # a strike inside Russia's regions: the people hit are Russia's own
        return "russian"
    if nation == "other":
        return "unspecified"
    if nation is None:
        # an unlisted village "in Belgorod region", or hit by Ukraine's strike
        regions = {nation_of(f"{m.group(1)} {_REGION_KIND[m.group(2).lower()]}") for m in _REGION.finditer(masked)
                   if not _NEIGHBOUR.search(masked, max(0, m.start() - 50), m.start())}
        if "ru" in regions and "ua" not in regions or _has(rules, "ukrainian_attack", masked):
            return "russian"
    # a Russian speaker or jailer in the sentence names no side of prisoners: "Russia's Defence Ministry put the toll at
    # 50 prisoners of war dead" counts the captives it held, who are where they were held
    # (or a Russian body credited with soldiers no word of the sentence places: "The ministry last published one in
    # September 2022, when it said 5,937 servicemen had been killed" reports its own)
    if (group == "military" and not _CAPTIVES.intersection(phrase.split())
            and (_has(rules, "russian_side", masked) or speaker == "ru") and not _has(rules, "ukrainian_side", masked)):
        # (but those its forces killed are the other side's: "destroyed a base of mercenaries and killed 90 of them")
        return "ukrainian" if _KILLED_BY_THEM.search(masked, max(0, token_start - 120), token_start) else "russian"
    return "ukrainian"
