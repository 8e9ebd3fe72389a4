"""A holiday's name (dates.toml [holidays]) + a reference day → the day it names: the last such feast on or before the
reference, or the one of the year written after it ("Christmas 2022")."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.datewords import Openings

H = r"[^\S\n]"


def western_easter(year: int) -> date:
    """Easter Sunday by the Gregorian reckoning (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Easter Sunday by the Julian reckoning Ukraine's Orthodox and Greek Catholic churches keep (Meeus), on the
    Gregorian calendar (13 days on from the Julian one in 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _day_in(year: int, rule: str) -> date | None:
    """rule ("12-25", "easter-7", "western+0") → its day in that year."""
    if (m := regex.fullmatch(r"(easter|western)([+-]\d+)", rule)) is not None:
        easter = orthodox_easter(year) if m.group(1) == "easter" else western_easter(year)
        return easter + timedelta(days=int(m.group(2)))
    month, day = map(int, rule.split("-"))
    return date(year, month, day)


class Holidays:
    """The holiday vocabulary of dates.toml: its pattern for DATE_PATTERNS, its opening words, and its reading."""

    def __init__(self, vocab: dict) -> None:
        self.rules = [(regex.compile(k.replace(" ", H + "+")), v) for k, v in vocab["days"].items()]
        nouns = "|".join(sorted(map(regex.escape, vocab["nouns"]), key=len, reverse=True))
        names = "|".join(k.replace(" ", H + "+") for k in vocab["days"])
        # (atomic: "the Christmas Eve service" is no "Christmas" before "Eve")
        self.pattern = rf"\b(?>{names})(?!\w|{H}+(?:{nouns})\b|-)"
        ahead = "|".join(sorted((a.replace(" ", H + "+") for a in vocab["ahead"]), key=len, reverse=True))
        self.ahead_before = regex.compile(rf"(?i:\b(?:{ahead}){H}+)$")
        self.openers = frozenset(vocab["openers"])
        # the openers that name a holiday by themselves, and the words that may follow one that does not
        self.self_standing = frozenset(("christmas", "easter"))
        self.continuing = frozenset(("christmas", "easter", "day", "year", "eve"))

    def extend(self, openings: Openings) -> Openings:
        return Openings(openings.first | self.openers, openings.self_standing | self.self_standing,
                        openings.continuing | self.continuing)

    def day(self, name: str, year: str | None, reference: date | None) -> date | None:
        """The day a matched name stands for: that of the written year, else the last on or before the reference
        (a week's slack: a story dated 24 December may tell of Christmas Day)."""
        rule = next(v for pattern, v in self.rules if pattern.fullmatch(name))
        if year:
            return _day_in(int(year), rule)
        if reference is None:
            return None
        for back in range(0, 2):
            found = _day_in(reference.year - back, rule)
            if found <= reference + timedelta(days=7):
                return found
        return None
