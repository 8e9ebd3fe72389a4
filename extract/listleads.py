"""A figure's line in a list → the "as of" day of the line that leads the list ("The General Staff's totals as of 2 June:")."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.context import DocContext

# a list's lead line ends on a colon; its items are short lines of a label and a figure ("— tanks — 10,900 (+3);")
_LEAD_END = regex.compile(r":\s*$")
_ITEM = regex.compile(r"[^\n]{0,80}\d[^\n]{0,40}")
# (the colon is looked for in a line's last characters: a search over the whole line, for each figure under it, would
# read a long line again and again)
LEAD_TAIL = 40
# a list runs at most this many items above the figure's line
LIST_REACH = 40
# a list's "as of" day lies at most this long before publication
LEAD_WINDOW = timedelta(days=7)


def list_asof(ctx: DocContext, facts, line_index: int) -> date | None:
    """The day of the "as of" mention in the lead line of the list whose item line_index is, if any (a total listed
    under "losses as of 2 June:" stands at that day, not at the week a weekly's title covers)."""
    for back in range(1, min(LIST_REACH, line_index) + 1):
        start, end = ctx.lines[line_index - back]
        if _LEAD_END.search(ctx.text, max(start, end - LEAD_TAIL), end):
            # (a day after publication or long before it is a slip, no report's day: "to 08.12.24" on a page of 2022)
            days = [m for m in facts.mentions(start, end) if m.day and m.role == "asof"
                    and not (ctx.published and not timedelta(0) <= ctx.published - m.day <= LEAD_WINDOW)]
            return days[-1].day if days else None
        if not _ITEM.fullmatch(ctx.text, start, end):
            return None
    return None
