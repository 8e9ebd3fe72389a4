"""A figure's sentence and the one before it → whether the figure goes on from that sentence: a part of its total, the
same period, the same teller, a running tally continued (claims-schema.md conventions for group and cumulative)."""
from __future__ import annotations

import regex

from extract.attributes import (CASUALTY_METRICS, _AMONG_TOLL, _BARE_PERFECT, _FURTHER, _FURTHER_WORDS, _MORE_AFTER, _OWN_EVENT, _PEOPLE_PERFECT, _WOUNDED_PAIR, _clause, _cue, _has, side_lead)
from extract.ruleset import Ruleset


# "This likely includes 40,000-60,000 killed": a part of the total the sentence before told
# ... or tells what the events it counted did: "WHO verified 2,254 attacks between ... These attacks killed 210 people"
_INCLUDES_BEFORE = regex.compile(r"[\W_]*(?:(?:This|These|That|Those|The (?:figure|figures|total|number|toll|count))(?: \w+ly)? "
                                 r"(?:includes?|included|comprises?|comprised)\b|(?:These|Those) (?:\w+ ){0,2}?(?:attacks|strikes|"
                                 r"incidents|assaults|shellings|bombardments|raids)(?: have| had)? (?:killed|injured|wounded|claimed|left)\b)")


def includes_before(masked: str, previous: str, rules: Ruleset) -> bool:
    """Whether a sentence that only breaks down the one before ("This includes ...") counts a running tally
    because that one does ("175,000 casualties since the start of the invasion"), naming no time frame of its own."""
    return bool(_INCLUDES_BEFORE.match(masked)) and _cue(masked, rules) is None and _cue(previous, rules) is True


# "We read every post from 24 February 2022 to 10 January 2024. At least 190 were killed over that period": the span
# the sentence before named, whose time frame the figure takes
_THAT_PERIOD = regex.compile(r"\b(?:over|during|in|for|throughout) (?:that|this) period\b", regex.I)


def period_before(masked: str, token_start: int, previous: str, rules: Ruleset) -> bool:
    """Whether a figure counted "over that period" (no ";" between them: "190 were killed over that period, and 800
    wounded") is a running tally because the sentence before names one."""
    near = any(";" not in masked[min(m.start(), token_start):max(m.end(), token_start)] for m in _THAT_PERIOD.finditer(masked))
    return near and _cue(masked, rules) is None and _cue(previous, rules) is True


_SAME_PERIOD = regex.compile(r"\b(?:over|during|in|for) the same (?:period|time|week|month|days?)\b", regex.I)


def same_period(masked: str) -> bool:
    """Whether the figure's sentence counts "over the same period" as the figure before it."""
    return bool(_SAME_PERIOD.search(masked))


# a clause of its own with its own teller before the figure: "..., and the regional prosecutors count 45 injured"
_OWN_TELLER = regex.compile(r"(?:[,;]|\bwhile|\bwhereas) (?:and |but |while |whereas )?(?:the |a |an )?(?!(?:the|a|an)\b)[^⟨,;.]{2,60}? "
                            r"(?:count|counts|counted|reported|reports|recorded|records|registered|registers|confirmed|"
                            r"confirms|cited|cites|listed|lists|spoke of|speaks of|estimated|estimates|gave|gives) $", regex.I)


def own_teller(masked: str, token_start: int) -> bool:
    """Whether the figure's clause is another teller's count ("..., and police reported 45 injured"): the people of the
    sentence's earlier figure are not said to be its people."""
    return bool(_OWN_TELLER.search(masked, max(0, token_start - 90), token_start))


def more_of_them(masked: str, token_start: int, token_end: int) -> bool:
    """"Ten more were wounded", "Another 48 were injured", a bare "27,000 had been injured": more of the people
    just named."""
    return bool(_MORE_AFTER.match(masked, token_end) or _BARE_PERFECT.match(masked, token_end)
                or _FURTHER.search(masked, 0, token_start))


# a sentence opening on a part of the count before it: "Nearly ⟨n3⟩ of them were housed", "Of these, ⟨n1⟩ ..."
_PARTITIVE_OPENS = regex.compile(r"\W*(?:(?:nearly|almost|about|around|some|over|more than|at least|roughly) )?(?P<t>⟨n\d+⟩) of (?:them|these|those)\b"
                                 r"|\W*of (?:them|these|those), (?:(?:nearly|almost|about|around|some|over|more than|at least|roughly) )?(?P<t>⟨n\d+⟩)", regex.I)


def partitive_of_before(masked: str, token_start: int) -> bool:
    """Whether the figure at token_start opens its sentence as a part of the count told before ("⟨n⟩ of them")."""
    found = _PARTITIVE_OPENS.match(masked)
    return found is not None and found.start("t") == token_start


def continues_tally(masked: str, token_start: int, metric: str, sentences_back: int, previous: dict,
                    rules: Ruleset) -> bool:
    """"A further 24,000 civilians have been injured", a bare "More than 27,000 had been injured", or the other side's
    "On the Russian side, ... up to 120,000 dead", right after a running casualty total continues that tally, unless its
    own clause names a time frame of its own ("overnight", "in the past day")."""
    if metric not in CASUALTY_METRICS or previous["metric"] not in CASUALTY_METRICS or not previous["cumulative"]:
        return False
    if sentences_back > 1:
        return False
    after = masked.find("⟩", token_start) + 1
    clause, _ = _clause(masked, token_start)
    if not _FURTHER.search(masked, 0, token_start) and not _BARE_PERFECT.match(masked, after) and not side_lead(masked, rules) \
            and not (_AMONG_TOLL.match(masked, after) and not _OWN_EVENT.search(clause)) \
            and not (_PEOPLE_PERFECT.match(masked, after) and not _OWN_EVENT.search(clause)) \
            and not (_PARTITIVE_OPENS.match(masked) and not _OWN_EVENT.search(clause)) \
            and not (sentences_back == 0 and _WOUNDED_PAIR.search(masked, max(0, token_start - 40), token_start)):
        return False
    return not _has(rules, "not_cumulative", _FURTHER_WORDS.sub("", clause))


# how many sentences back a running total may stand whose report a figure goes on telling
REPORT_REACH = 3


def report_continues(masked: str, metric: str, sentences_back: int, previous: dict, rules: Ruleset) -> bool:
    """"In Donetsk and Luhansk regions, 3,951 civilians were killed and 5,378 injured, the update said" a few sentences
    after a running casualty total of that update: another part of the same tally, unless it names a time frame."""
    if metric not in CASUALTY_METRICS or previous["metric"] not in CASUALTY_METRICS or not previous["cumulative"]:
        return False
    return sentences_back <= REPORT_REACH and _has(rules, "same_report", masked) and _cue(masked, rules) is None \
        and not _OWN_EVENT.search(masked)   # ("two were killed on Tuesday, the report said": that day's)


_INCLUDES_RX = regex.compile(r"(?:This|That|These|Those|It|The (?:figure|figures|estimate|estimates|total|toll|number|"
                             r"tally|count))(?: [\w-]++){0,2}? includ(?:es|ed|e)\b(?: [\w-]++){0,2}? $")
_TOTAL_IN_RX = regex.compile(r"⟨n\d+⟩ (?:[\w-]++ ){0,2}?(?:casualties|losses)\b")
_NATION_RX = regex.compile(r"\b(?:(Russia|Russian|Russia's|Moscow)|(Ukraine|Ukrainian|Ukraine's|Kyiv))\b")
_MILITARY_WORDS = regex.compile(r"\b(?:military|forces|troops|soldiers|army|servicemen|personnel|combat)\b")


def included_in_total(previous: str, masked: str, token_start: int, rules: Ruleset) -> tuple | None:
    """"Russia has likely suffered 175,000-200,000 casualties since the start of the invasion. This likely includes
    40,000-60,000 killed.": (group, side, cumulative) of the total the sentence before told, whose part the figure is;
    None when the figure's sentence does not open on such a reference. A nation's casualties in the war are its
    forces' unless called civilian."""
    if not _INCLUDES_RX.fullmatch(masked, 0, token_start):
        return None
    total = None
    for total in _TOTAL_IN_RX.finditer(previous):
        pass
    if total is None:
        return None
    nation = _NATION_RX.search(previous, 0, total.end())
    side = None if nation is None else "russian" if nation.group(1) else "ukrainian"
    if "civilian" in total.group():
        group = "civilians"
    elif nation is not None or _MILITARY_WORDS.search(previous):
        group = "military"
    else:
        group = None
    return group, side, _cue(previous, rules)
