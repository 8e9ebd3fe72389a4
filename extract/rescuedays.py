"""A sentence + the day it names → whether that day is when rescuers ended their work (the day a strike's toll was counted),
and the attack a paragraph named before it."""
from __future__ import annotations

from datetime import date

import regex

from extract.context import DocContext
from extract.datefacts import EVENT, Facts
from extract.datementions import VOCAB, H, DateMention
from extract.vocab import alternation

# "..., the governor said after rescuers finished their work on 4 March", "when the search operation was completed on
# Monday", "once emergency workers had cleared the rubble on Sunday", "The State Emergency Service finished its search on
# Friday night.": the rescuers' last day, right before the day
_RESCUE_END = regex.compile(
    rf"(?i:(?:\b(?:after|when|once|as|before){H}+)?(?:\b|(?<=\bthe{H}+))(?:{alternation(VOCAB['rescue_workers'])})"
    rf"{H}+(?:(?:had|have|has|was|were){H}+)?(?:been{H}+)?(?:{alternation(VOCAB['rescue_end_verbs'])})\b[^,;.\n]{{0,40}}?"
    rf"{H}+(?:on|by|late{H}+on|early{H}+on)?{H}*)$")
_REACH = 140
# how many paragraphs back an attack's day is looked for
ATTACK_LINES = 3


def rescue_end_day(text: str, s_start: int, day_start: int) -> bool:
    """Whether the day at day_start closes a clause telling that the rescue or search work ended."""
    return _RESCUE_END.search(text, max(s_start, day_start - _REACH), day_start) is not None


def attack_named_before(ctx: DocContext, facts: Facts, s_start: int) -> date | None:
    """The day of the last attack dated shortly before s_start (this line and the few before it), if any."""
    if not ctx.lines:
        return None
    line_index = ctx._index(ctx.lines, s_start)
    for back in range(0, min(ATTACK_LINES, line_index) + 1):
        b_start, b_end = ctx.lines[line_index - back]
        for mention in reversed(facts.mentions(b_start, min(b_end, s_start))):
            if mention.day and mention.precise and mention.role == "day" and EVENT.search(ctx.text, *ctx.sentence_at(mention.start)):
                return mention.day
    return None


def rescued_from(ctx: DocContext, facts: Facts, s_start: int, mention: DateMention) -> date | None:
    """The attack named before a toll counted when rescuers ended their work, where the story has no strike of the
    news week ("The first came on Saturday, January 14, when a missile hit ... By the time rescuers ended their search on
    January 17, 46 were dead": January 14), else None."""
    m_start = ctx.sentence_at(mention.start)[0]
    if not (mention.day and rescue_end_day(ctx.text, m_start, mention.start)):
        return None
    named = attack_named_before(ctx, facts, m_start)
    return named if named and named < mention.day else None
