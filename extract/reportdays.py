"""DocContext → the day a report says its figures stand at: a date set off at its title's end, or an "as of" header line."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import regex

from extract.context import DocContext
from extract.datementions import H, DateMention, find_dates
from extract.vocab import may_hold

# A report covers a day at most this long before it is published ("update, 30 November" issued 10 December).
TITLE_DAY_WINDOW = timedelta(days=62)
_TITLE_LABEL_BEFORE = regex.compile(rf"(?:[,:|]|{H}[-–—]){H}*(?i:(?:as{H}+of|on|at){H}+)?$")
_DIGIT = regex.compile(r"\d")

# a report's header line giving the day its figures stand at: "Situation as of 30 September 2025", "Data as at 1 May"
# (not a page's "Updated as of ..." stamp, which is when it was edited)
_ASOF_HEADER = regex.compile(rf"[\W_]*(?!(?i:last{H}+)?updated?\b)(?:[\w-]+{H}+){{0,4}}?(?i:as{H}+(?:of|at)){H}+")
ASOF_HEADER_LINES = 8


def asof_header(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> date | None:
    """The day a report's header line says its figures stand at, at most a couple of months before publication."""
    reference = ctx.published
    if reference is None:
        return None
    for index, (start, end) in enumerate(ctx.lines[:ASOF_HEADER_LINES]):
        if end - start > 80 or not may_hold(ctx.text[start:end], ("as",)):
            continue
        for mention in line_mentions(index):
            if (mention.role == "asof" and mention.day and mention.precise and _ASOF_HEADER.fullmatch(ctx.text, start, mention.start)
                    and not ctx.text[mention.end:end].strip(" .:)") and timedelta(0) <= reference - mention.day <= TITLE_DAY_WINDOW):
                return mention.day
    return None


TITLE_MAX_CHARS = 400


def title_day(ctx: DocContext) -> date | None:
    """The day a report's title says it covers ("Protection of civilians: update, 30 November 2024"): a
    date set off at the title's end, at most a couple of months before publication. A date inside a
    headline's sentence ("406 deaths from Feb 24 to Mar 6") is only that headline figure's."""
    reference = ctx.published
    # a "title" of a page that is one long line is that whole line; no headline runs this long, and
    # scanning it for a label before every date in it would be quadratic
    if not ctx.title or reference is None or len(ctx.title) > TITLE_MAX_CHARS:
        return None
    for mention in find_dates(ctx.title, reference=reference):
        written = ctx.title[mention.start:mention.end]
        if mention.day and mention.precise and mention.role in ("day", "asof") and _DIGIT.search(written) \
                and _TITLE_LABEL_BEFORE.search(ctx.title, 0, mention.start) and not ctx.title[mention.end:].strip(" .") \
                and timedelta(0) <= reference - mention.day <= TITLE_DAY_WINDOW:
            return mention.day
    return None
