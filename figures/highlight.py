"""Article text + claim spans → HTML with every extracted figure in <mark>, all text escaped first.

Article text is data from the web: it is never interpreted as HTML or Markdown. Each piece is
escaped with html.escape and only the <mark> wrappers (and the outer <div>) are ours.
"""
from __future__ import annotations

import html


def highlighted_html(text: str, spans) -> str:
    """spans: (start, end, label) with offsets into `text`; overlapping or out-of-range spans are skipped."""
    pieces: list[str] = []
    cursor = 0
    for start, end, label in sorted((int(s), int(e), str(lbl)) for s, e, lbl in spans):
        if start < cursor or end <= start or end > len(text):
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark title="{html.escape(label, quote=True)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    return f'<div class="article-text" style="white-space: pre-wrap; line-height: 1.5">{body}</div>'
