"""A figure in a column table's body row + the table's header and intro → the group and time frame its rows share."""
from __future__ import annotations

import regex

from extract.vocab import alternation, load_rules

_VOCAB = load_rules("columns")
_GROUPS = {group: words for group, words in _VOCAB["intro_groups"].items() if group != "casualty_words"}
_CASUALTY = alternation(_VOCAB["intro_groups"]["casualty_words"])
_GROUP_RX = {group: regex.compile(
    rf"(?i)(?<!\w)(?:{alternation(words)})\s+(?:{_CASUALTY})(?!\w)"
    rf"|(?<!\w)(?:{_CASUALTY})\s+(?:among|of)\s+(?:the\s+)?(?:{alternation(words)})(?!\w)") for group, words in _GROUPS.items()}
_TOTAL_LABEL = regex.compile(rf"(?i)\s*(?:{alternation(_VOCAB['total_labels']['words'])})\s*:?\s*")


def _groups_in(text: str) -> set[str]:
    return {group for group, rx in _GROUP_RX.items() if rx.search(text)}


def table_group(ctx, offset: int) -> str | None:
    """The group a casualty table's header names, else the paragraph right before it (one group, or none)."""
    row = ctx.row_of_line(offset) if ctx.table_rows else None
    if row is None or row.figure is not None:
        return None
    for j in ctx.header_and_intro(row):
        found = _groups_in(ctx.text[ctx.lines[j][0]:ctx.lines[j][1]])
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def total_row_frame(ctx, offset: int, metric: str, placed: list) -> bool | None:
    """A Total row's time frame: that of the rows of its table it sums (their figures of the same metric)."""
    row = ctx.row_of_line(offset) if ctx.table_rows else None
    if row is None or row.figure is not None or not _TOTAL_LABEL.fullmatch(ctx.text, *row.label):
        return None
    frames = {r["cumulative"] for r, _ in placed if r["metric"] == metric
              and (other := ctx.row_of_line(r["span_start"])) is not None and other.header == row.header
              and other.start != row.start}
    return frames.pop() if len(frames) == 1 else None


def table_place(ctx, places, offset: int, metric: str, usable) -> str | None:
    """The one place a column table's header, else its intro line, names for rows that name none ("The nights with the
    most launches at Kyiv:" over "4 May | 24 | 18"): every row counts that place; None for several places or none."""
    row = ctx.row_of_line(ctx.line_at(offset)[0]) if ctx.table_rows and ctx.lines else None
    if row is None or row.figure is not None or row.region_label:
        return None
    for j in ctx.header_and_intro(row):
        start, end = ctx.lines[j]
        named = {m.name for m in places.mentions if start <= m.start < end and not m.dateline
                 and not m.kind.startswith("anaphor") and m.kind != "sea" and usable(m, metric, ctx.text, places)}
        if named:
            return named.pop() if len(named) == 1 else None
    return None
