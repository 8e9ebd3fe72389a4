"""Page text → the stretches that link to other stories ("Read also: ...", a "Related articles" heading over its list),
whose dates and figures are those stories', not the page's."""
from __future__ import annotations

import regex

H = r"[^\S\n]"
_LINE = regex.compile(r"[^\n]+")
# links to other stories: "Read also: ...", or a "Related articles" / "Most read" heading over a list of short lines
_ASIDE = regex.compile(r"(?im)^[^\S\n]*(?:related(?:[^\S\n]+(?:articles|stories|news|coverage|content))?|read[^\S\n]+(?:also|more)|"
                       r"see[^\S\n]+also|also[^\S\n]+read|most[^\S\n]+(?:read|popular|viewed)|more[^\S\n]+(?:from|on|stories|news)\b[^\n]{0,40}|"
                       r"recommended|you[^\S\n]+may[^\S\n]+also[^\S\n]+like|top[^\S\n]+stories|other[^\S\n]+news)[^\S\n]*(?P<rest>:?[^\n]*)$")
_ASIDE_WORDS = ("related", "read also", "read more", "also read", "see also", "most read", "most popular", "most viewed",
                "more from", "more on", "more stories", "more news", "recommended", "may also", "top stories", "other news")
ASIDE_LIST_LINES = 12   # short lines a heading like "Related articles" may stand over
# the page's own stamp, labelled, wherever it stands ("Publication date: 17.07.2022" under a "Read also" list, at the
# foot of a city site's page, "Source: 061.ua, 19.11.2024" under a "Today, 10:15" stamp); a list of links ends there
LABELLED_STAMP = regex.compile(
    rf"(?im)^{H}*+(?:publication{H}++date|date{H}++of{H}++publication|published(?:{H}++on)?|posted(?:{H}++on)?|upload(?:ed|{H}++date)|source{H}*+:{H}*+[^\n,:]{{2,40}}+,){H}*+[:/|]?{H}*+(?P<day>[^\n]{{4,60}})$")
ASIDE_LINE_WORDS = 20


def asides(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that link to other stories."""
    spans = []
    lowered = text.lower()
    if not any(word in lowered for word in _ASIDE_WORDS):
        return spans
    for m in _ASIDE.finditer(text):
        end = m.end()
        if not m.group("rest").strip(" :"):   # a heading alone: the short lines under it are its list
            taken = 0
            for line in _LINE.finditer(text, end):
                if taken == ASIDE_LIST_LINES or len(line.group().split()) > ASIDE_LINE_WORDS or LABELLED_STAMP.match(line.group()):
                    break
                if line.group().strip():
                    end = line.end()
                    taken += 1
        spans.append((m.start(), end))
    return spans
