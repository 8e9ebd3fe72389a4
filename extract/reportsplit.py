"""A run-on sentence of several speakers' figures + its date mentions → the mentions of the figure's own report."""
from __future__ import annotations

import regex

from extract.datementions import H, DateMention

# where one report ends and another begins in a run-on sentence of several speakers' figures
_REPORT_BREAK = regex.compile(r";|\bwhile\b|\bwhereas\b|, and\b")
# ", and 759 injuries in Ukraine between Feb. 24 and midnight on Saturday": a figure right after the "and", in a piece with
# no verb of its own, only goes on with the same report's list (not ", and two people were injured in Sumy on Saturday")
_LIST_GOES_ON = regex.compile(rf"{H}+(?:(?i:about|some|around|roughly|nearly|almost|over|more{H}+than|at{H}+least){H}+)?\d")
_CLAUSE_VERB = regex.compile(r"\b(?i:was|were|is|are|had|have|has|been|will|would|said|says|told|reported|announced|added|stated|wrote|claimed)\b")
FIGURE = regex.compile(r"(?<![\w.-])\d[\d,.]*+(?![\w-])(?!\s*+(?:a\.?m|p\.?m|GMT|CET|km)\b)")


def own_report(text: str, mentions: list[DateMention], s_start: int, s_end: int, span_start: int) -> list[DateMention]:
    """"Kirby said on Monday that 20,000 had been killed, while Prigozhin said 94 had died on Sunday alone; Cherevatyi
    said on Tuesday ...": the dates of the figure's own report, when it names any."""
    breaks = list(_REPORT_BREAK.finditer(text, s_start, s_end))
    ends = [b.start() for b in breaks[1:]] + [s_end]
    breaks = [b for b, end in zip(breaks, ends)
              if not (b.group() == ", and" and _LIST_GOES_ON.match(text, b.end()) and not _CLAUSE_VERB.search(text, b.end(), end))]
    cuts = [s_start, *(x for m in breaks for x in (m.start(), m.end())), s_end]
    segments = list(zip(cuts[::2], cuts[1::2]))
    own = next(((lo, hi) for lo, hi in segments if lo <= span_start < hi), None)
    if own is None:
        return mentions
    # a date in another report that counts a figure of its own ("94 had died on Sunday alone") is that figure's;
    # one in a clause of no figure ("struck Dnipro on Friday, and the governor said ...") still sets the scene
    others = {seg for seg in segments if seg != own and FIGURE.search(text, *seg)}
    kept = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in others)]
    return kept or mentions
