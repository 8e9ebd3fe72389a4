"""An article's text and place mentions → the place each official named in it speaks for (surname → seat)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extract.gazetteer import OBLAST_CENTRES
from extract.speakerplaces import SPEAKER_TITLE_RX
from extract.vocab import alternation, load_rules

if TYPE_CHECKING:
    from extract.gazetteer import Mention

_RULES = load_rules("places")
_REGIONAL_TITLES = tuple(_RULES["speaker_titles"]["regional"])
_GIVEN_NAMES = frozenset(load_rules("claimants")["given_names"]["words"])

# name → seat, and surname → the seat and given names of every listed official with that surname
_LISTED = {name: seat for seat, names in _RULES["official_seats"].items() for name in names}
_BY_SURNAME: dict[str, dict[str, str]] = {}
for _name, _seat in _LISTED.items():
    _given, _, _surname = _name.rpartition(" ")
    _BY_SURNAME.setdefault(_surname, {})[_given] = _seat
_FULL_NAME_ONLY = frozenset(_RULES["official_surnames"]["full_name_only"])

_NAME = r"\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}"
# "Kharkiv Mayor Ihor Terekhov", "Kharkiv regional military administration head Oleh Syniehubov"
NAME_AFTER_TITLE_RX = regex.compile(r"(?:\s+(?:head|chief|Head|Chief))?,?\s+(?P<name>" + _NAME + r")\b")
_HOLDER_OF = r"(?:mayor|governor|head|chief|Mayor|Governor|Head|Chief)\s+of\s+(?:the\s+)?"
# "Ihor Terekhov, the mayor of Kharkiv": the name ends where this pattern, searched backwards from the place, starts
NAME_BEFORE_RX = regex.compile(r"(?P<name>" + _NAME + r"),\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?" + _HOLDER_OF + r"$")
# "the mayor of Kharkiv, Ihor Terekhov,"
HOLDER_BEFORE_RX = regex.compile(r"\b" + _HOLDER_OF + r"$")
NAME_AFTER_COMMA_RX = regex.compile(r"(?:\s+[\p{Ll}\s]{0,40}?(?:administration|council))?,\s+(?P<name>" + _NAME + r")\b")
CAPITALISED_RX = regex.compile(r"\b\p{Lu}[\p{Ll}'’-]+\b")
GIVEN_BEFORE_RX = regex.compile(r"\b(\p{Lu}[\p{Ll}'’.-]*)\s+$")
_LISTED_SURNAME_RX = regex.compile(r"\b(?:" + alternation(_BY_SURNAME) + r")\b")


def titled_seat(mention: Mention, title: regex.Match | None) -> str:
    """The place an office speaks for: "Zaporizhzhia Governor ..." is the region's, "Kharkiv Mayor ..." the city's."""
    regional = title is not None and title.group().strip().lower().startswith(_REGIONAL_TITLES)
    if regional and mention.kind == "city" and mention.name in OBLAST_CENTRES:
        return f"{mention.name} Oblast"
    return mention.name


_CITY_TITLES = tuple(_RULES["speaker_titles"]["city"])


def city_office(text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """The city whose own office ("Kharkiv Mayor ...", "the Kyiv City Military Administration") text[start:end] names."""
    for m in mentions:
        if start <= m.start < end and m.kind == "city" and (title := SPEAKER_TITLE_RX.match(text, m.end)) \
                and title.group().strip().lower().startswith(_CITY_TITLES):
            return m.name
    return None


def _titled_officials(text: str, mentions: list[Mention]) -> dict[str, str]:
    """surname → seat for the officials the article names with their office; a surname given two seats is dropped."""
    seats: dict[str, str] = {}
    clashing: set[str] = set()
    for m in mentions:
        if m.kind not in ("city", "oblast", "district"):
            continue
        title = SPEAKER_TITLE_RX.match(text, m.end)
        named = NAME_AFTER_TITLE_RX.match(text, title.end()) if title else None
        if named is None:
            holder = HOLDER_BEFORE_RX.search(text, max(0, m.start - 30), m.start)
            if holder is None:
                continue
            named = (NAME_BEFORE_RX.search(text, max(0, holder.start() - 120), m.start)
                     or NAME_AFTER_COMMA_RX.match(text, title.end() if title else m.end))
        if named is None:
            continue
        surname = named.group("name").split()[-1]
        seat = titled_seat(m, title)
        if seats.setdefault(surname, seat) != seat:
            clashing.add(surname)
    return {surname: seat for surname, seat in seats.items() if surname not in clashing}


def _listed_officials(text: str) -> dict[str, str]:
    """surname → seat for listed officials the article names, unless it gives the surname another given name."""
    seats: dict[str, str] = {}
    others: set[str] = set()
    full: set[str] = set()
    for m in _LISTED_SURNAME_RX.finditer(text):
        surname = m.group()
        given = GIVEN_BEFORE_RX.search(text, max(0, m.start() - 30), m.start())
        listed = _BY_SURNAME[surname]
        if given and given.group(1) in listed:
            full.add(surname)
            seats[surname] = listed[given.group(1)]
        elif given and given.group(1) in _GIVEN_NAMES:
            others.add(surname)   # "Mykhailo Fedorov", a minister, not the listed governor
        elif len(set(listed.values())) == 1:
            seats.setdefault(surname, next(iter(listed.values())))
    return {surname: seat for surname, seat in seats.items()
            if surname not in others and (surname in full or surname not in _FULL_NAME_ONLY)}


def official_seat(memo: dict, text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """The seat of the first official text[start:end] names by surname, from the article's titles or the list;
    the article's answers are worked out once (memo is its DocPlaces.memo)."""
    seats = memo.get("officials")
    if seats is None:
        seats = memo["officials"] = {**_listed_officials(text), **_titled_officials(text, mentions)}
    if not seats:
        return None
    for word in CAPITALISED_RX.finditer(text, start, end):
        if word.group() in seats:
            return seats[word.group()]
    return None


def officials_region(memo: dict, text: str, mentions: list[Mention]) -> str | None:
    """The one region whose governor (from the article's titles or the list) the article names, if only one: the
    region a regional digest's unplaced figures and "the region" are about."""
    if "officials" not in memo:
        official_seat(memo, text, mentions, 0, 0)
    seats = set(memo["officials"].values())
    return seats.pop() if len(seats) == 1 and seats and next(iter(seats)).endswith((" Oblast", " Krai")) else None
