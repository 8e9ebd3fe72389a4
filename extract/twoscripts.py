"""Page text → the masthead written in two scripts on the page's first line, as its Latin half names it."""
from __future__ import annotations

import regex

from extract.pagehead import _CHANNEL_NAME, _PLATFORMS, first_lines
from extract.selfnamed import NON_LATIN
from extract.twolinemast import TAGLINE, place_alone

H = r"[^\S\n]"
_LATIN_WORD = regex.compile(r"\b[A-Za-z]{3,}\b")
# the other script's half first or last, set apart by a bar, a slash or a dot ("Суспільне Одеса / Suspilne Odesa",
# "Крым.Реалии | Krym.Realii", "БЕЛГОРОДСКИЕ ИЗВЕСТИЯ · Belgorodskiye Izvestiya", "UKRAINIAN ECHO / ГОМІН УКРАЇНИ")
OTHER_SCRIPT_FIRST = regex.compile(rf"(?P<other>[^\n|/·A-Za-z]{{2,60}}?){H}*+[|/·]{H}*+(?P<latin>[^\n|/·]{{2,60}}?)")
_LATIN_FIRST = regex.compile(rf"(?P<latin>[^\n|/·]{{2,60}}?){H}*+[|/·]{H}*+(?P<other>[^\n|/·A-Za-z]{{2,60}}?)")
# a station's frequency and its city after the name ("Radio Skovoroda 105.8 FM — Kharkiv")
_STATION_TAIL = regex.compile(rf"(?:{H}++\d{{2,3}}(?:[.,]\d)?{H}*+(?:FM|MHz))?(?:{H}++[—–-]{H}++\p{{Lu}}[\p{{L}}'’-]*+)?$")
# the platform a post is on, perhaps with the post's stamp ("Telegram channel", "Facebook · June 24, 2025 at 9:48 PM")
_PLATFORM_LINE = regex.compile(rf"(?P<platform>[^\n·•|(]+?){H}*+(?:\([^()\n]*\)|[·•|][^\n]*)?")
TAGLINE_WORDS = 8


def two_script_masthead(text: str) -> str | None:
    """The first line's name written in the other script and in Latin letters, when the page names the Latin one again
    ("Suspilne Odesa in Telegram", "Krym.Realii is a project of ..."), or when what stands under it is the page's own:
    the platform its posts are on, crumbs in both scripts, what kind of outlet it is ("Kherson regional newspaper since
    1994"); a headline is never written twice so."""
    lines = first_lines(text, 1)
    if not lines:
        return None
    m = OTHER_SCRIPT_FIRST.fullmatch(lines[0])
    if m is None or not NON_LATIN.search(m.group("other")):
        m = _LATIN_FIRST.fullmatch(lines[0])
        if m is None or not NON_LATIN.search(m.group("other")) or NON_LATIN.search(m.group("latin")):
            return None
    name = _STATION_TAIL.sub("", m.group("latin").strip())
    under = first_lines(text, 2)[1:]
    under_is_own = bool(under) and (
        (p := _PLATFORM_LINE.fullmatch(under[0])) is not None and p.group("platform").lower() in _PLATFORMS
        # (or the page is in both scripts, its crumbs too: "Головна / Home  >  Новини / News")
        or NON_LATIN.search(under[0]) is not None and _LATIN_WORD.search(under[0]) is not None
        or TAGLINE.search(under[0]) is not None and len(under[0].split()) <= TAGLINE_WORDS and not under[0].endswith("."))
    if not _CHANNEL_NAME.fullmatch(name) or len(name.split()) > (9 if under_is_own else 5) \
            or len(m.group("other").split()) > (9 if under_is_own else 5) \
            or place_alone(name):
        return None
    if under_is_own:
        return name
    body = text.lstrip().split("\n", 1)[-1]
    # (a name in capitals may stand again as written: "ДЕНЬ / THE DAY" ... "© «Den» / The Day")
    return name if regex.search(rf"(?<![\w.]){regex.escape(name)}(?![\w]|\.\w)", body, regex.I if name.isupper() else 0) else None
