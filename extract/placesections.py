"""A figure's offset + its article's places → the place a report's section names: a heading line that is only a place
("Kharkiv region"), or the country a labelled section's attack targets ("THURSDAY'S BARRAGE. Russia fired ... at Ukraine")."""
from __future__ import annotations

import regex

from extract.context import DocContext
from extract.docplaces import DocPlaces
from extract.speakerplaces import speaker_place
from extract.vocab import in_range, last_before


def section_heading(ctx: DocContext, places: DocPlaces, offset: int) -> str | None:
    """The place named by the nearest earlier line that is only a place ("Kharkiv region"), a report's section."""
    for start, end, line in ctx.short_lines_before(offset, back=3):
        named = [m for m in in_range(places.mentions, start, end) if m.kind in ("city", "oblast", "district", "area")
                 and not speaker_place(places.memo, ctx.text, m)]   # "What Moscow says": a speaker's section, not a place's
        # a newsletter's section label in capitals before its place ("THE BIG STORY: Shostka") is no part of the name
        label = _SECTION_LABEL_RX.match(line)
        if named and _ROW_FIGURE_RX.search(line, named[-1].end - start):
            return None   # "Kaluga region — 10": a list's row with its figure, no section's heading
        if named and len(line) - (label.end() if label else 0) - sum(m.end - m.start for m in named) <= 12:
            return named[0].name
        if not named and _TOPIC_HEADING_RX.fullmatch(line):
            return None   # "Front line" over "Zaporizhzhia" before it: the figure's own section names no place
    return None


# a roundup's paragraph opened by a label in capitals that names no place ("THURSDAY'S BARRAGE. Russia fired 55 missiles
# at Ukraine ...") is a section of its own: a figure told without a place takes the country the section's attack
# targets, not the article's main town (another section's)
_INLINE_LABEL_RX = regex.compile(r"[^\S\n]*+\p{Lu}[\p{Lu}\d'’ &-]{2,40}+[.:][^\S\n]++(?=\p{Lu})")
_TARGET_CUES = frozenset({"at", "on", "across", "over", "throughout", "in", "against"})


def section_country(ctx: DocContext, places: DocPlaces, line_start: int, sent_start: int) -> str | None:
    """The country a labelled section's attack targets ("at Ukraine"), for a figure that names no place."""
    label = _INLINE_LABEL_RX.match(ctx.text, line_start)
    if label is None or label.end() > sent_start or in_range(places.mentions, line_start, label.end()):
        return None
    target = last_before(places.mentions, label.end(), sent_start,
                         lambda m: m.kind == "country" and m.cue in _TARGET_CUES and not m.dateline, limit=50)
    return target.name if target else None


_ROW_FIGURE_RX = regex.compile(r"[—–:|-][^\S\n]*+[~≈]?\d")
_SECTION_LABEL_RX = regex.compile(r"\p{Lu}[\p{Lu}'’ -]{1,30}+:\s*+")
_TOPIC_HEADING_RX = regex.compile(r"\p{Lu}[\p{L}'’ -]*+")
