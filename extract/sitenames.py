"""A page's site name (og:site_name) and title → the outlet's name, its tagline dropped ("061.ua - city website" → "061.ua")."""
from __future__ import annotations

import regex

from extract.vocab import load_rules

_JOINERS = frozenset(load_rules("metadata")["site_name"]["joiners"])
# a site name and its tagline stand either side of a spaced separator (a colon needs a space only after it: "UN News:
# Global perspective Human stories"); a name's own hyphen or slash ("Radio Free Europe/Radio Liberty") has none
_PARTS_RX = regex.compile(r"\s++[|–—·•-]\s++|\s*+:\s++")


_ADDRESS = regex.compile(r"(?i)(?:www\.)?[\w-]++(?:\.[\w-]++)++")
SIGNATURE_WORDS = 6


def _tagline(part: str) -> bool:
    return any(word.isalpha() and word.islower() and word not in _JOINERS for word in part.split())


def outlet_name(site_name: str | None, title: str | None = None) -> str | None:
    """The outlet's part of a site name: of the parts that read as a name, not a tagline, the one the page's own title
    signs with ("... | 061.ua"), else the first."""
    if not site_name or not site_name.strip():
        return site_name
    parts = [part.strip() for part in _PARTS_RX.split(site_name.strip()) if part.strip()]
    titled = [part.strip() for part in _PARTS_RX.split(title or "") if part.strip()]
    if _ADDRESS.fullmatch(site_name.strip()) and len(titled) >= 2 and not _ADDRESS.fullmatch(titled[-1]) \
            and len(titled[-1].split()) <= SIGNATURE_WORDS and not _tagline(titled[-1]):
        return titled[-1]   # a site name read off the address gives way to the name the title signs with
    if len(parts) < 2:
        return site_name.strip()
    signed = [segment.strip().casefold() for segment in _PARTS_RX.split(title or "")]
    ends = {signed[0], signed[-1]} if len(signed) >= 2 else set()
    names = [part for part in parts if not _tagline(part)] or parts
    return next((part for part in names if part.casefold() in ends), names[0])
