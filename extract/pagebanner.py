"""Page text → the page as its own head begins: a copy's banners above it taken off, its masthead as a line of its own."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from extract.selfnamed import _LATIN, NON_LATIN as _NON_LATIN

_VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
_BANNERS = [regex.compile(p) for p in _VOCAB["page_banners"]["patterns"]]
_AFTER_CAPTURE = [regex.compile(p) for p in _VOCAB["page_banners"]["after_capture"]]
_LOGO = regex.compile(_VOCAB["page_banners"]["logo"])
BANNER_LINES = 12
# an app's buttons and badges beside a name (rules/metadata.toml's ui_glyphs); the bars and arrows of crumbs ("World
# > Europe", "Site | Section") are kept
_GLYPHS = regex.compile(rf"(?:^|(?<=[^\S\n]))[{regex.escape(_VOCAB['page_banners']['ui_glyphs'])}]++(?:[^\S\n]++|$)")
GLYPH_LINES = 15
_FORWARDED = regex.compile(r"(?im)^[^\S\n]*-{3,}[^\S\n]*forwarded[^\S\n]+message[^\S\n]*-{3,}[^\S\n]*$")
FORWARD_REACH = 3000


def _banner(line: str) -> bool:
    return any(p.search(line) for p in _BANNERS)


# the Latin name of a two-script masthead with what it is or its address after a dash, a bar or a dot ("Vysokyi Zamok
# · wz.lviv.ua", "Holos Ukrainy — newspaper of the Verkhovna Rada"): the name goes on a line of its own
_NAME_THEN_MORE = regex.compile(r"(?P<name>[^\n·|—–]+?)[^\S\n]++(?:[·|—–]|-(?=[^\S\n]))[^\S\n]*+(?P<more>\S[^\n]*)")


def _split_name(line: str) -> list[str]:
    m = _NAME_THEN_MORE.fullmatch(line.strip())
    return [m.group("name"), m.group("more")] if m else [line]


def _name_part(line: str) -> str:
    return _split_name(line)[0]


def _latin_and_other(latin: str, other: str) -> bool:
    """A Latin masthead line and a short one in the other script beside it: one name written twice."""
    latin, other = latin.strip(), other.strip()
    return bool(latin and other and _LATIN.search(latin) and not _NON_LATIN.search(latin)
                and _NON_LATIN.search(other) and not _LATIN.search(other) and len(other.split()) <= 5)


def page_head(text: str) -> str:
    """The text from the page's own first line: an archive's capture bar or a translation notice above it dropped
    ("The Wayback Machine - https://...", "42 captures", "This page has been machine translated from Ukrainian"), a
    forwarded e-mail's outer messages;
    a logo's alt text read as the name it gives ("[logo: Медиазона / Mediazona]" → "Медиазона / Mediazona", whose
    Latin name the masthead readers take), and the same name in the other script on the line under or over a Latin
    one dropped ("Suspilne Chernihiv" / "Суспільне Чернігів"). Whatever follows is left as it is."""
    if forwards := list(_FORWARDED.finditer(text, 0, FORWARD_REACH)):
        text = text[forwards[-1].end():]   # a forwarded e-mail: the first sender's message is the page
    lines = text.split("\n")
    glyphed = False
    for i, line in enumerate(lines[:GLYPH_LINES]):
        if _GLYPHS.search(line) and (bare := _GLYPHS.sub(" ", line).rstrip()) != line.rstrip():
            lines[i], glyphed = bare, True
    first, captured = 0, False
    while first < min(len(lines), BANNER_LINES) and (
            not lines[first].strip() or (banner := _banner(lines[first]))
            or captured and any(p.search(lines[first]) for p in _AFTER_CAPTURE)):
        captured = captured or (lines[first].strip() != "" and banner)
        first += 1
    if first == len(lines) or not any(_banner(line) for line in lines[:first]):
        first = 0
    rest = lines[first:]
    top = next((i for i, line in enumerate(rest) if line.strip()), None)
    if top is None:
        return "\n".join(lines) if glyphed else text
    name = rest[top].strip()
    changed = (logo := _LOGO.fullmatch(name)) is not None
    if changed:
        name = rest[top] = logo.group("name").strip()
    under = top + 1
    if under < len(rest) and _latin_and_other(_name_part(name), rest[under]):
        del rest[under]
        rest[top:top + 1], changed = _split_name(rest[top]), True
    elif under < len(rest) and _latin_and_other(_name_part(rest[under]), name):
        # the other script's name above the Latin one ("Херсонська обласна військова адміністрація" / "Kherson
        # Regional Military Administration"): the Latin line is the masthead
        del rest[top]
        rest[top:top + 1], changed = _split_name(rest[top]), True
    return "\n".join(rest) if changed or first or glyphed else text
