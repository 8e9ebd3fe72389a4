"""Places named together in a sentence: a region that only locates the town before it ("Pokrovsk in Donetsk Oblast"),
and the places of one list ("in Kharkiv, Kyiv and Pavlohrad")."""
from __future__ import annotations

from dataclasses import replace

import regex

from extract.gazetteer import _RULES, NAMES, Mention
from extract.regions import region_of_town
from extract.vocab import alternation

# ("the Kupiansk, South Donetsk and Zaporizhzhia directions": a compass word may start an item's name)
LIST_JOIN_RX = regex.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?"
                             r"(?:(?:North|South|East|West)(?:ern)?\s+)?$")
SETTLEMENT_OF_RX = regex.compile(r"(?i)\b(?:village|town|settlement)\s+of\s+$")
NESTING_RX = regex.compile(r"^(?:\s+(?:territorial\s+)?(?:community|hromada))?(?:,\s*|\s+)(?:in\s+|of\s+|the\s+(?:capital|centre|center|administrative\s+centre)\s+of\s+"
                           r"|an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|suburb|port)\s+(?:in|of)\s+)?(?:the\s+)?$")
NEAR_NESTING_RX = regex.compile(r"^(?:,\s*an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|suburb|hamlet)\s+(?:of\s+|in\s+)?|\s+)"
                             r"(?:(?<=\b(?:of|in)\s+)|near\s+|outside\s+|close\s+to\s+|not\s+far\s+from\s+)(?:the\s+(?:city|town)\s+of\s+)?$")
DISTRICT_AFTER_RX = regex.compile(r"\s++(?:district|raion)\b")
POSSESSIVE_NESTING_RX = regex.compile(r"^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$")
# "the Kursk region town of Lgov": a region used as an adjective before the town it holds
REGION_TOWN_RX = regex.compile(r"^\s+(?:[\p{Ll}-]+\s+)?(?:" + alternation(_RULES["settlement_words"]["words"]) + r")\s+of\s+$")
_SIZE = {"country": 3, "oblast": 2, "area": 2, "district": 1, "city": 1}


def _names_region(prev: Mention, m: Mention) -> bool:
    """"Belgorod's Shebekino": a region's centre before another town stands for its region."""
    entry = NAMES.get(prev.name)
    return prev.kind == m.kind == "city" and prev.name != m.name and entry is not None and entry.region_word is not None


def drop_enclosing(mentions: list[Mention], text: str) -> list[Mention]:
    """"Pokrovsk in Donetsk Oblast", "Kremenchuk, Poltava oblast": the region only locates the town; so does
    "Kyiv Oblast's Bila Tserkva", "Ukraine's northeastern Sumy region", "the Kursk region town of Lgov", where the
    town takes the region's cue."""
    kept = []
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if (prev is not None and prev.kind in ("city", "district")
                and (m.kind in ("oblast", "area") or m.kind == "district" and prev.kind == "city")
                and NESTING_RX.match(text[prev.end:m.start])):
            continue
        if (prev is not None and prev.kind == "city" and m.kind == "city" and DISTRICT_AFTER_RX.match(text, m.end)
                and NESTING_RX.match(text[prev.end:m.start])):
            continue   # "the village of Belaya Berezka in the Trubchevsk district": the district only locates it
        if prev is not None and prev.kind == "city" and m.kind in ("city", "district") and NEAR_NESTING_RX.match(text[prev.end:m.start]):
            continue   # "the village of Pidhorodne near Dnipro", "Bilenke, a village outside Zaporizhzhia": a landmark
        if (kept and prev is kept[-1] and (_SIZE.get(prev.kind, 0) > _SIZE.get(m.kind, 9) or _names_region(prev, m))
                and (POSSESSIVE_NESTING_RX.match(text[prev.end:m.start])
                     or prev.kind == "oblast" and REGION_TOWN_RX.match(text[prev.end:m.start]))):
            kept[-1] = replace(m, cue=prev.cue)
            town = kept[-2] if len(kept) > 1 else None
            if (town is not None and town.kind in ("city", "district") and m.kind in ("oblast", "area")
                    and NESTING_RX.match(text[town.end:prev.start])):
                kept.pop()   # "the village of Serhiivka in Ukraine's Odesa region": the region locates the town
            continue
        kept.append(m)
    return kept


def list_siblings(mention: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """Places coordinated with mention ("in Kharkiv, Kyiv and Pavlohrad"), itself included."""
    i = mentions.index(mention)
    group = [mention]
    j = i
    while j > 0 and LIST_JOIN_RX.match(text[mentions[j - 1].end:mentions[j].start]):
        j -= 1
        group.insert(0, mentions[j])
    j = i
    while j + 1 < len(mentions) and LIST_JOIN_RX.match(text[mentions[j].end:mentions[j + 1].start]):
        j += 1
        group.append(mentions[j])
    return group


# a figure whose clause closes on a colon that its parts follow: "three people were killed: two in Domodedovo and a
# man in Vidnoye" (no other figure, no sentence's end between the figure and the colon)
_TO_COLON_RX = regex.compile(r"[^\d.;:!?\n]{0,60}?:[^\S\n]")


def breakdown_place(text: str, span_end: int, sent_end: int, mentions: list[Mention], keep) -> str | None:
    """The place of a figure told by its parts after a colon: the one place the parts name, else the region holding
    them all, else their country; None when there is no such breakdown or a part's town is not listed."""
    m = _TO_COLON_RX.match(text, span_end, sent_end)
    if m is None:
        return None
    parts = [p for p in mentions if m.end() <= p.start < sent_end and p.kind in ("city", "district", "oblast") and keep(p)]
    if not parts:
        return None
    names = {p.name for p in parts}
    if len(names) == 1:
        return names.pop()
    regions = {p.name if p.kind == "oblast" else region_of_town(p.name.removesuffix(" district")) for p in parts}
    if None in regions:
        return None
    # parts in several regions: the country holding them ("four in Kherson and three in Odesa")
    return regions.pop() if len(regions) == 1 else "Russia" if {p.nation for p in parts} == {"ru"} else "Ukraine"


# places told as the ends of a span across the land: "at cities from Kharkiv to Lviv", "regions from Sumy to Odesa"
# (not an evacuation's road, "moved from Kharkiv to Lviv": the plural noun before "from" says it spans places)
_SPAN_LEAD_RX = regex.compile(r"(?i:\b(?:cities|towns|regions|oblasts|provinces|targets|areas|places|settlements|communities)"
                              r"\s++(?:[\p{L}-]++\s++){0,3}?from\s++(?:the\s++)?)$")
_SPAN_JOIN_RX = regex.compile(r"\s++(?:to|through)\s++(?:the\s++)?")


def span_ends(mention: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """The two ends of a span of places holding mention ("from Kharkiv to Lviv"), else []."""
    i = mentions.index(mention)
    for a, b in ((i - 1, i), (i, i + 1)):
        if a >= 0 and b < len(mentions) and _SPAN_JOIN_RX.fullmatch(text, mentions[a].end, mentions[b].start) \
                and _SPAN_LEAD_RX.search(text, max(0, mentions[a].start - 60), mentions[a].start):
            return [mentions[a], mentions[b]]
    return []
