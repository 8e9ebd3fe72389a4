"""A page's last lines → the outlet they sign: a site's address or an outlet's name with the day ("Objectiv.tv,
28.10.2025, 17:45"), or the page's first line again with the year ("Mediazona" … "Mediazona. 2024")."""
from __future__ import annotations

import regex

from extract.nameoverdate import ONE_DATE
from extract.twolinemast import TAGLINE, place_alone

H = r"[^\S\n]"
OUTLET_WORD = r"\p{Lu}[\w&'’-]*(?:\.[A-Za-z]+)*"   # "Censor.NET", "Zaxid.net", "ČTK", but not "Media." before a sentence
OUTLET_NAME = rf"(?P<name>{OUTLET_WORD}(?:[^\S\n]{OUTLET_WORD}){{0,3}})"
ADDRESS = regex.compile(r"[\w-]+(?:\.[a-z]{2,6})+")   # "kyivpost.com": a site's address, not its name
# the page signed at its foot with the outlet and the day ("Objectiv.tv, 28.10.2025, 17:45"): the outlet a site's
# address or named with an outlet's word ("Kharkiv Daily"), never a place or a person ("Kyiv, 28.10.2025")
_FOOTER = regex.compile(rf"{OUTLET_NAME}{H}*[,|]{H}*(?P<day>{ONE_DATE}){H}*")
FOOTER_LINES = 3
_YEAR = rf"{H}*+[.,]?{H}*+(?:©{H}*+)?(?:19|20)\d\d(?:{H}*+[-–—]{H}*+(?:19|20)\d\d)?\.?"


def _foot(text: str) -> list[str]:
    return [line.strip() for line in text.rstrip().rsplit("\n", 8)[1:] if line.strip()][-FOOTER_LINES:]


def signed_footer(text: str) -> str | None:
    for line in _foot(text):
        if (m := _FOOTER.fullmatch(line)) is None:
            continue
        name = " ".join(m.group("name").split())
        if place_alone(name):
            continue
        if ADDRESS.fullmatch(name.lower()) or TAGLINE.search(name):
            return name
    return None


def named_at_both_ends(text: str, not_a_name) -> str | None:
    """The page's first line signed again at its foot with the year: its masthead (not a place's or a headline's words)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not regex.fullmatch(OUTLET_NAME, first) or place_alone(first) or not_a_name(first):
        return None
    return first if any(regex.fullmatch(regex.escape(first) + _YEAR, line) for line in _foot(text)) else None
