"""A column table's body row → the day its header or its intro line names (a period's last day), if any."""
from __future__ import annotations

from datetime import date

import regex

from extract.datefacts import Facts
from extract.datementions import parse_date
from extract.datepatterns import MONTH_WORD, YEAR_NUMBER
from extract.sentencedate import COMPARISON_BEFORE, COMPARISON_REACH

# the roles of a mention that says which days the rows count: a day or a period ("from 9 to 15 December", "in
# November"), or the day they stand at ("as of 1 June"); not the day a tally began, nor the day it was told
_ROW_ROLES = ("day", "asof")
# a row label naming the period the row counts: a month, a month of a year, a year ("September", "Sept. 2024", "2023")
_PERIOD_LABEL = regex.compile(rf"(?:{MONTH_WORD}\.?(?:,?\s+{YEAR_NUMBER})?|{YEAR_NUMBER})", regex.I)


def table_day(facts: Facts, offset: int) -> date | None:
    """The day of the row holding offset: the period its label names ("September", "2023"), else the last day its table's header line names, else the line right above the
    header ("The table below shows casualties in the seven days from 9 to 15 December", "Casualties, 9-15 Dec:"),
    which a row with no date of its own counts (not a day the intro only compares it with: "than in the week of 2-8
    December")."""
    ctx = facts.ctx
    if not ctx.table_rows or not ctx.lines or (row := ctx.row_of_line(ctx.line_at(offset)[0])) is None:
        return None
    framed = None
    for index in ctx.header_and_intro(row):
        named = [m for m in facts.line_mentions(index) if m.day and m.role in _ROW_ROLES
                 and not COMPARISON_BEFORE.search(ctx.text, max(0, m.start - COMPARISON_REACH), m.start)]
        if named:
            framed = named[-1].day
            break
    label = ctx.text[row.label[0]:row.label[1]].strip(" *_")
    if _PERIOD_LABEL.fullmatch(label):
        # a row named by its month ("September | 1,339 | 1,046") counts that month, of the year the intro names, else
        # the last such month before the report
        return parse_date(f"in {label}", framed or facts.published) or framed
    return framed
