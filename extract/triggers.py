"""Masked sentences and rules → where each rule and veto may match: the sentences holding all its triggers (`needs`).

A prefilter only: a rule cannot match a sentence that lacks one of its triggers, so trying each rule
only where its triggers are changes the time, never the claims.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from extract.ruleset import Rule, Ruleset, TriggerScan

if TYPE_CHECKING:   # pipeline imports this module: Masked is named here only in annotations
    from extract.pipeline import Masked


def triggered_sentences(sentences: list[Masked], rules: Ruleset) -> dict[int, set[int]]:
    """id(rule or veto) → indices of the sentences with a figure that hold all its triggers (`needs`), read in
    one scan (Ruleset.triggers; a search per trigger for any it cannot read) of each such sentence, lower-cased.
    Items without triggers are absent; items with one trigger share its set."""
    idx = [si for si, m in enumerate(sentences) if m.quantities]
    lowered = [sentences[si].text.lower() for si in idx]
    scan = rules.triggers
    if scan is None:   # no one-pass scan: every trigger searched alone
        every = dict.fromkeys(t for item in (*rules.rules, *rules.vetoes) for t in item.needs)
        scan = TriggerScan(re.compile("(?!)"), {}, (), tuple(every))
    hits = _scan_triggers(scan, lowered, idx)
    allowed: dict[int, set[int]] = {}
    for item in (*rules.rules, *rules.vetoes):
        needs = item.needs
        if not needs:
            continue
        first = hits[id(needs[0])]
        allowed[id(item)] = first if len(needs) == 1 else first.intersection(*(hits[id(t)] for t in needs[1:]))
    return allowed


def _scan_triggers(triggers: TriggerScan, lowered: list[str], idx: list[int]) -> dict[int, set[int]]:
    """id(trigger) → the sentences (idx) holding it: per sentence, one scan for the triggers that are string sets."""
    hits: dict[int, set[int]] = {key: set() for key in triggers.scanned_ids}
    proves, findall = triggers.proves_ids, triggers.scan.findall
    for si, piece in zip(idx, lowered):
        for string in set(findall(piece)):
            for trigger_id in proves[string]:
                hits[trigger_id].add(si)
    if triggers.other:
        joined, starts = _joined(lowered)
        for trigger in triggers.other:
            hits[id(trigger)] = _pieces_with(trigger, joined, starts, idx)
    return hits


def _joined(lowered: list[str]) -> tuple[str, list[int]]:
    """Sentences joined by newlines (none holds one: no trigger spans two) and where each (and one more) starts."""
    starts, pos = [], 0
    for piece in lowered:
        starts.append(pos)
        pos += len(piece) + 1
    starts.append(pos)
    return "\n".join(lowered), starts


def _pieces_with(trigger, joined: str, starts: list[int], idx: list[int]) -> set[int]:
    """The sentences (idx) whose piece of joined holds a match of trigger: one search per such sentence, each
    resuming at the next piece, since a second hit in a sentence tells nothing more (triggers match no newline)."""
    found: set[int] = set()
    search = trigger.search
    pos = 0
    while (m := search(joined, pos)) is not None:
        k = bisect.bisect_right(starts, m.start()) - 1
        found.add(idx[k])
        pos = starts[k + 1]
    return found


def can_match(item, si: int, allowed: dict[int, set[int]] | None) -> bool:
    return allowed is None or si in allowed.get(id(item), (si,))


def candidate_rules(sentences: list[Masked], rules: Ruleset, allowed: dict[int, set[int]] | None) -> dict[int, list[Rule]]:
    """Sentence index → the rules to try there, in rule order: every rule without triggers, the others only
    where their triggers are (all rules everywhere without prefilter)."""
    out: dict[int, list[Rule]] = {si: [] for si, m in enumerate(sentences) if m.quantities}
    for rule in rules.rules:
        where = out if allowed is None or id(rule) not in allowed else allowed[id(rule)]
        for si in where:
            out[si].append(rule)
    return out
