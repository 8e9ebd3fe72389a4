"""A claimant credited with a figure + the figure's place → the office named for that place ("regional administration"
for a figure in Ternopil Oblast → "Ternopil regional administration")."""
from __future__ import annotations

from extract.actors import _RULES, BODY_BY_LOWER
from extract.gazetteer import _RULES as PLACE_RULES
from extract.regions import is_settlement, nation_of, region_base

_OFFICE_OWNERS = _RULES["placed_offices"]
_CAPITALS = {"ua": "Kyiv", "ru": PLACE_RULES["capitals"]["ru"]}
# a company's credit is as written ("the regional energy company"), not an office named for the figure's place
_COMPANY_HEADS = ("company", "operator", "distributor", "supplier", "utility", "provider")


def office_of_place(name: str | None, location: str | None) -> str | None:
    """"regional administration" credited for a figure in Ternopil Oblast → "Ternopil regional administration"; "city
    military administration" for one in Kherson → "Kherson city military administration". A reader names the office by
    the place its figure is about; with no such place the office stays as written."""
    first = name.split(" ", 1)[0].lower() if name else ""
    if first in _OFFICE_OWNERS["capital"] and " " in name:
        # "the capital's military administration" → "Kyiv City Military Administration"; Moscow's for a figure in Russia
        city = _CAPITALS["ru"] if nation_of(location) == "ru" else _CAPITALS["ua"]
        rest = name.split(" ", 1)[1]
        office = f"{city} {rest}" if rest.startswith("city ") else f"{city} city {rest}"
        return BODY_BY_LOWER.get(office.lower(), office)
    if not name or not location or name.endswith((" officials", " administrations", " heads", *_COMPANY_HEADS)):
        # "city officials", "regional officials": people, not an office named for its place; "the regional military
        # administrations", "community heads": the offices or heads of several places
        return name
    if first in _OFFICE_OWNERS["region"] and (region := region_base(location)):
        return f"{region} {name}"
    if first in _OFFICE_OWNERS["city"] and is_settlement(location):
        return BODY_BY_LOWER.get(f"{location} {name}".lower(), f"{location} {name}")   # "Kyiv City Military Administration"
    return name
