"""A sentence + the day it names → whether that day is when rescuers ended their work (the day a strike's toll was counted)."""
from __future__ import annotations

import regex

from extract.datementions import VOCAB, H
from extract.vocab import alternation

# "..., the governor said after rescuers finished their work on 4 March", "when the search operation was completed on
# Monday", "once emergency workers had cleared the rubble on Sunday", "The State Emergency Service finished its search on
# Friday night.": the rescuers' last day, right before the day
_RESCUE_END = regex.compile(
    rf"(?i:(?:\b(?:after|when|once|as|before){H}+)?(?:\b|(?<=\bthe{H}+))(?:{alternation(VOCAB['rescue_workers'])})"
    rf"{H}+(?:(?:had|have|has|was|were){H}+)?(?:been{H}+)?(?:{alternation(VOCAB['rescue_end_verbs'])})\b[^,;.\n]{{0,40}}?"
    rf"{H}+(?:on|by|late{H}+on|early{H}+on)?{H}*)$")
_REACH = 140


def rescue_end_day(text: str, s_start: int, day_start: int) -> bool:
    """Whether the day at day_start closes a clause telling that the rescue or search work ended."""
    return _RESCUE_END.search(text, max(s_start, day_start - _REACH), day_start) is not None
