"""DocContext + its date facts → the day a lede's question asks about, when the answer below it tells an attack (a Q&A or a transcript)."""
from __future__ import annotations

from datetime import timedelta

from extract.datementions import DateMention


def question_day(ctx, facts, event, lede_lines: int, window: timedelta) -> DateMention | None:
    """The first precise day a question in the lede names, a little before publication, whose next line (the
    answer) names an attack or its toll (event: the pattern of such words): "Erik, what was Thursday night like?" over
    "HOLM: It was one of the worst nights ... Russia launched 598 drones" names that attack's day, as a lede would."""
    reference, text = ctx.published, ctx.text
    if reference is None or not ctx.lines or "?" not in text[: ctx.lines[min(len(ctx.lines), lede_lines) - 1][1]]:
        return None
    for index in range(min(len(ctx.lines), lede_lines) - 1):
        for mention in facts.line_mentions(index):
            if not (mention.day and mention.precise and mention.role == "day" and reference - window <= mention.day <= reference):
                continue
            s_start, s_end = ctx.sentence_at(mention.start)
            asked = text[mention.end:s_end].rstrip()   # (the question's own clause: no sentence ends between the day and its "?")
            if asked.endswith("?") and not any(stop in asked[:-1] for stop in ".!?") and event.search(text, *ctx.lines[index + 1]):
                return mention
    return None
