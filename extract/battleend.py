"""A figure's sentence told "in the final days of the battle" + its article → the day the article says that battle ended."""
from __future__ import annotations

from datetime import date

import regex

from extract.context import DocContext
from extract.datefacts import LEDE_LINES, Facts
from extract.datementions import H, VOCAB
from extract.vocab import alternation

# "in the final days of the battle (for Avdiivka)", "during the last hours of the siege": a span at the battle's end
_FINAL_SPAN = regex.compile(rf"(?i:\b(?:in|during|over|throughout){H}+the{H}+(?:{alternation(VOCAB['battle_end_spans'])}){H}+of{H}+"
                            rf"(?:the{H}+)?(?:[\w'’-]+{H}+){{0,2}}?(?:{alternation(VOCAB['battle_nouns'])})\b)".replace("{H}", H))
_ENDED = regex.compile(rf"(?i:\b(?:{alternation(VOCAB['battle_end_verbs'])})\b)")
_SPAN_WORDS = ("final", "last", "closing")


def battle_end_day(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> date | None:
    """The day the lede dates the battle's end ("Ukrainian forces withdrew from Avdiivka on 17 February") for a figure
    told in that battle's final days, else None (no such span, or the end is not dated near the top)."""
    text = ctx.text
    if not any(w in text[s_start:s_end].lower() for w in _SPAN_WORDS) or not _FINAL_SPAN.search(text, s_start, s_end):
        return None
    for index in range(min(LEDE_LINES, len(ctx.lines))):
        for mention in facts.line_mentions(index):
            if mention.day and mention.precise and mention.role in ("day", "statement") \
                    and (ctx.published is None or mention.day <= ctx.published) \
                    and _ENDED.search(text, *ctx.sentence_at(mention.start)):
                return mention.day
    return None
