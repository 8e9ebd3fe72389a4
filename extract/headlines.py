"""A figure's line + the line of the story's strike → whether the figure's line is the headline right over that lede."""
from __future__ import annotations

# a headline holds no sentence: it ends on no full stop, and it is short
_HEADLINE_MAX = 200


def headline_over(ctx, line_index: int, main_start: int) -> bool:
    """Whether line line_index is a headline standing right over the lede line holding main_start ("Harvest under fire:
    two farm workers killed as shells hit wheat field" over "Two workers ... were killed ... on Thursday"): its figure
    is the lede's, of the lede's strike, not of the page's stamp above it."""
    if not ctx.lines or line_index + 1 >= len(ctx.lines):
        return False
    start, end = ctx.lines[line_index]
    head = ctx.text[start:end].rstrip()
    return (ctx.lines[line_index + 1][0] <= main_start < ctx.lines[line_index + 1][1]
            and 0 < len(head) <= _HEADLINE_MAX and head[-1] not in ".!?;:")
