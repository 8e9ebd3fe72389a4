"""A location string ("Kupiansk", "Sumy Oblast", "Belgorod district") → the nation and the region it lies in."""
from __future__ import annotations

import regex

from extract.gazetteer import _RULES, NAMES, Mention

# Every spelling a location may be given in (extract.places) → the nation the place lies in.
_NATION_OF_LOCATION = {spelling: entry.nation for entry in NAMES.values()
                       for spelling in (entry.canonical, f"{entry.canonical} district",
                                        f"{entry.canonical} {entry.region_word or 'Oblast'}")}


def nation_of(location: str | None) -> str | None:
    """The nation a location lies in: "ua", "ru" or "other"; None when the gazetteer does not list it."""
    return _NATION_OF_LOCATION.get(location) if location else None


# a listed Ukrainian town → the region that holds it ("Bilopillia" → "Sumy Oblast", "Kerch" → "Crimea")
_TOWN_REGION = {town: (region if region in _RULES["ukraine_areas"] else f"{region} Oblast")
                for region, towns in _RULES["ukraine_place_oblasts"].items() for town in towns}


# a listed Russian town → its region ("Shebekino" → "Belgorod Oblast", "Tuapse" → "Krasnodar Krai", "Kazan" → "Tatarstan")
_RU_TOWN_REGION = {town: (f"{NAMES[region].canonical} {NAMES[region].region_word}" if NAMES[region].region_word
                          else NAMES[region].canonical)
                   for region, towns in _RULES["russia_place_regions"].items() for town in towns}


def oblast_of(location: str | None) -> str | None:
    """The Ukrainian oblast a location lies in: "Bilopillia" / "Bilopillia district" → "Sumy Oblast", "Kharkiv" →
    "Kharkiv Oblast", "Sumy Oblast" → itself; "Crimea" for a Crimean town; None for anything else."""
    if not location:
        return None
    town = location.removesuffix(" district")
    if town in _TOWN_REGION:
        return _TOWN_REGION[town]
    entry = NAMES.get(town.removesuffix(" Oblast"))
    if entry is None or entry.nation != "ua" or entry.region_word != "Oblast" or entry.canonical != town.removesuffix(" Oblast"):
        return None
    return f"{_RULES['ukraine_centre_oblasts'].get(entry.canonical, entry.canonical)} Oblast"


# the peninsula Russia has held since 2014: its air defence counts what it downs over the place attacked, and soldiers
# hit there are Russia's
HELD_SINCE_2014 = frozenset({"Crimea", "Sevastopol"})


def held_since_2014(location: str | None) -> bool:
    """Crimea, Sevastopol or a Crimean town."""
    return location in HELD_SINCE_2014 or oblast_of(location) in HELD_SINCE_2014


def region_of_town(name: str) -> str | None:
    """The region a listed town lies in or heads: "Pokrovsk" → "Donetsk Oblast", "Belgorod" → "Belgorod Oblast",
    "Shebekino" → "Belgorod Oblast"."""
    entry = NAMES.get(name)
    return oblast_of(name) or _RU_TOWN_REGION.get(name) or (f"{entry.canonical} {entry.region_word}" if entry and entry.region_word
                               and entry.kind == "city" else None)


def region_base(location: str | None) -> str | None:
    """The name a region goes by without its noun: "Ternopil Oblast" → "Ternopil"; an oblast centre names its oblast
    ("Zaporizhzhia"), a listed Ukrainian town the oblast it lies in ("Kupiansk" → "Kharkiv"); None for a country, an
    unlisted place or a town outside Ukraine that names no region."""
    if not location:
        return None
    town = location.removesuffix(" district")
    # a listed Russian town names its oblast too ("the regional government" of a figure in Toropets: Tver's)
    region = _TOWN_REGION.get(town) or _RU_TOWN_REGION.get(town)
    if region is not None:
        return region.removesuffix(" Oblast") if region.endswith(" Oblast") else None
    base, _, noun = location.rpartition(" ")
    entry = NAMES.get(base) if noun in ("Oblast", "Krai") else NAMES.get(location)
    if entry is None or entry.kind == "country" or (noun not in ("Oblast", "Krai") and not entry.region_word
                                                    and entry.kind != "oblast"):
        return None
    return entry.canonical


# a region named as a launch site or a neighbour ("from Kursk Oblast", "the border with Russia's Kursk region") is not
# where the story's people were hit
_NOT_WHERE_HIT = frozenset({"from", "with", "border", "borders", "bordering", "near", "toward", "towards"})


# ...nor is one named as the far side of a border ("on the border with Ukraine's Sumy region")
_ACROSS_BORDER = regex.compile(r"(?i:\b(?:border(?:s|ing)?|frontier)(?:\s+(?:with|of|on))?(?:\s+the)?(?:\s+\w+['’]s)?\s+)$")


def nation_in_doc(mentions: list[Mention], location: str | None, offset: int, paragraph_start: int | None = None,
                  text: str = "") -> str | None:
    """nation_of(location), else, for a place the gazetteer does not list, the nation its own mention nearest to
    offset was given (an unlisted village "in Bryansk region" is Russia's)."""
    nation = nation_of(location)
    if nation is not None or not location:
        return nation
    named = [m for m in mentions if m.name == location]
    nearest = min(named, key=lambda m: abs(m.start - offset)) if named else None
    if nearest is not None and nearest.placed:
        return nearest.nation
    # an unlisted village in a story whose paragraphs before have named only one nation's regions ("Bryansk region:
    # a day of drone attacks ... near the village of X in the Y district"): that nation's (its own paragraph's
    # regions are read by sides.side_of, which knows a neighbour's border from the place hit)
    if paragraph_start is None:
        return None
    regions = {m.nation for m in mentions if m.kind == "oblast" and m.end <= paragraph_start and not m.dateline and m.cue not in _NOT_WHERE_HIT
               and not (text and _ACROSS_BORDER.search(text, max(0, m.start - 40), m.start))}
    return regions.pop() if len(regions) == 1 else None


def is_settlement(location: str | None) -> bool:
    entry = NAMES.get(location) if location else None
    return entry is not None and entry.kind == "city"
