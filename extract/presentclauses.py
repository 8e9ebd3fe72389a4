"""A figure's sentence and span → whether its own clause is told in the present (a state or a rate standing now)."""
from __future__ import annotations

import regex

from extract.datementions import H

_PRESENT = regex.compile(r"(?i:\b(?:is|are|remain|remains|stands|stand|now|currently|stays?{H}+(?:behind|on|put)|has{H}+left|have{H}+left|have{H}+no|has{H}+no|(?<!\b(?:were|was){H}+)still{H}+(?:in|without|live|living|(?:had|have|has|needs?|needed){H}+to)))\b".replace("{H}", H))
# a relative clause describes a thing ("drones that are jammed"), it tells no time of the figure
_RELATIVE_BEFORE = regex.compile(r"\b(?:that|which)\s+$")
# a subordinate clause after the figure tells a reason or a general truth, not the figure's time
_SUBORDINATE = regex.compile(r"\b(?:because|whenever|when|although|though|unless|whereas)\b", regex.I)


# a clause's verb, of any tense (a clause with none is an ellipsis of the one before it)
_ANY_VERB = regex.compile(r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must"
                          r"|shall|should|\p{L}{3,}(?:ed|ing)|remains?|stays?|lives?|says?|said|left|fled|took|takes?|got|went|lost|cut|hit)\b")


def in_present(text: str, s_start: int, s_end: int, span_start: int) -> bool:
    """Is the figure's own clause told in the present? Not another clause past a ";" ("shot down 76 of them; another
    95 were 'lost locally', the air force's phrase for drones that are jammed") nor a relative clause ("that are")."""
    lo = max(text.rfind(";", s_start, span_start), text.rfind(":", s_start, span_start)) + 1 or s_start
    hi = text.find(";", span_start, s_end)
    if lo > s_start + 1 and text[lo - 1] == ";" and not _ANY_VERB.search(text, lo, hi if hi >= 0 else s_end):
        # a clause with no verb of its own shares the one before ("about 150 residents remain; in Khotin, fewer than 300")
        return in_present(text, s_start, lo - 1, lo - 2)
    if (sub := _SUBORDINATE.search(text, span_start, hi if hi >= 0 else s_end)) is not None:
        hi = sub.start()   # ("launched two missiles, and neither was stopped because air defences have few answers to them")
    return any(not _RELATIVE_BEFORE.search(text, max(lo, m.start() - 8), m.start())
               for m in _PRESENT.finditer(text, lo, hi if hi >= 0 else s_end))


# a rate after the figure ("100 to 200 soldiers a day", "up to 50 per day", "some 300 every week", "40 daily")
_RATE_AFTER = regex.compile(rf"[^,;:.\n]{{0,40}}?\b(?i:(?:a|per|every|each){H}+(?:day|week|night)|daily|weekly)\b")


def present_rate(text: str, s_start: int, s_end: int, span_start: int, span_end: int) -> bool:
    """A rate told in the present ("is losing 200 soldiers a day") stands at the report, not at a strike or an earlier day."""
    return _RATE_AFTER.match(text, span_end) is not None and in_present(text, s_start, s_end, span_start)


# people "have been placed" in shelters stand so at the report, not at the strike the paragraph dated before
_PERFECT_MOVED = regex.compile(rf"(?i)\b(?:have|has){H}+(?:(?:now|so{H}+far|already|since){H}+)?been{H}+(?:placed|moved|relocated|evacuated"
                               rf"|rehoused|housed|accommodated|resettled|sheltered|taken{H}+(?:in|out))\b")
# supply "has been cut off" to consumers, fighting "has left" them without power: so at the report, not at a strike's day
_PERFECT_POWER = regex.compile(rf"(?i)\b(?:have|has){H}+(?:(?:now|so{H}+far|already|since|also){H}+)?(?:been{H}+)?(?:cut{H}+off|left|cut"
                               rf"|disconnected|de-?energi[sz]ed|switched{H}+off|shut{H}+off|lost)\b")


def perfect_state(metric: str | None, text: str, s_start: int, s_end: int) -> bool:
    """Whether the sentence tells a state in the present perfect that counts as now: people moved ("have been placed
    in shelters") or supply cut ("DTEK has cut off supply to 20,000 consumers", "Fighting has left 76 without power")."""
    found = {"evacuated": _PERFECT_MOVED, "residents_remaining": _PERFECT_MOVED, "without_power": _PERFECT_POWER}.get(metric or "")
    return found is not None and found.search(text, s_start, s_end) is not None
