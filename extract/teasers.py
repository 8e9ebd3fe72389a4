"""Links to other stories listed under a heading of their own at the foot of a plain-text page.

"Read more with EURACTIV" / "Related articles" / "MOST READ" over short headline lines ("Six million Ukrainian
households without power after new strikes, Zelensky says"): each line is another story's headline, its figures that
story's, never the article's claims. A heading with its teaser on the same line ("Read also: ...") is left to the
teaser_line veto (vetoes.toml).
"""
from __future__ import annotations

import regex

# the heading alone on its line; "Read more with X" / "More from X" name the outlet (a few words)
_HEADING = regex.compile(
    r"(?im)^[^\S\n]*(?:read[^\S\n]+(?:also|more)(?:[^\S\n]+(?:with|from|on|at|in)(?:[^\S\n]+[^\s:]+){1,4})?|"
    r"also[^\S\n]+read|see[^\S\n]+also|related(?:[^\S\n]+(?:articles|stories|news|coverage|content|links))?|"
    r"more[^\S\n]+(?:from|on|at)(?:[^\S\n]+[^\s:]+){1,4}|more[^\S\n]+(?:stories|news|to[^\S\n]+read)|"
    r"most[^\S\n]+(?:read|popular|viewed|shared)|recommended(?:[^\S\n]+(?:for[^\S\n]+you|stories|reading))?|"
    r"you[^\S\n]+may[^\S\n]+also[^\S\n]+like|top[^\S\n]+stories|other[^\S\n]+news)[^\S\n]*:?[^\S\n]*$")
_WORDS = ("read", "related", "more", "most", "recommended", "see also", "may also", "top stories", "other news")
_LINE = regex.compile(r"[^\n]*")
MAX_LINES = 12     # teaser lines a heading may stand over
MAX_WORDS = 20     # a longer line is body text again
# a headline has no full stop; a body sentence has ("Two people were killed, the governor said.")
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*\s*$")


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of teaser lines under a heading."""
    lowered = text.lower()
    if not any(w in lowered for w in _WORDS):
        return []
    spans = []
    for m in _HEADING.finditer(text):
        pos, start, end, taken = m.end(), None, None, 0
        while pos < len(text) and taken < MAX_LINES:
            if text[pos] == "\n":
                pos += 1
                continue
            line = _LINE.match(text, pos).group()
            stripped = line.strip()
            if not stripped:
                pos += len(line) + 1
                continue
            if len(stripped.split()) > MAX_WORDS or _SENTENCE_END.search(stripped):
                break
            start = pos if start is None else start
            end, taken = pos + len(line), taken + 1
            pos = end + 1
        if start is not None:
            spans.append((start, end))
    return spans
