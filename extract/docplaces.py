"""Article text + its place mentions → the article's places: unlisted towns set in their regions, list cues shared, and
the place the article is mostly about."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from extract.columns import region_labels
from extract.context import DocContext
from extract.datelines import datelines as _datelines, inside as _inside
from extract.gazetteer import (OBLAST_CENTRES, _CUES, _LEADING_WORDS, _NATIONWIDE_RX, _RULES, COUNTRY_CUES, DESTINATION, LAUNCHED_FROM_RX, NAMES,
                               NATIONAL_HEADLINE_CUES, PLACE_SCAN, SECTOR_AFTER_RX, Mention, _cue_at, _mention,
                               _without_leading_word)
from extract.placerecur import recurring_unlisted
from extract.twolinemast import tagline_line
from extract.placeweights import (CREDIT_LINE_RX, HOSPITAL_BEFORE_RX, OWN_BASE_BEFORE_RX, IMPACT_INTO_RX, LANDMARK_RX, REGION_NEST_RX, TOWN_BY_LANDMARK_RX,
                                  head_end as _head_end)
from extract.speakerplaces import foreign_capital, speaker_place
from extract.vocab import alternation, may_hold


@dataclass
class DocPlaces:
    mentions: list[Mention]
    main: str | None          # the place the article is mostly about, None when it covers several
    main_is_city: bool = False
    memo: dict = field(default_factory=dict)   # this article's answers to questions its figures share

    def index_of(self, mention: Mention) -> int:
        """mentions.index(mention), from a table made once: a list search per figure grows with the article's size."""
        positions = self.memo.get("mention positions")
        if positions is None:
            positions = self.memo["mention positions"] = {}
            for i, m in enumerate(self.mentions):
                positions.setdefault(m, i)
        return positions[mention]


# "killed in Velykyi Burluk, Kharkiv Oblast": an unlisted town set in a listed region after a comma
UNLISTED_BEFORE_REGION_RX = regex.compile(
    r"(?i:\b(?P<cue>" + alternation(_CUES["unlisted_region_cues"]) + r")\s+)(?:the\s+)?"
    r"(?P<town>\p{Lu}\p{Ll}[\p{L}'’]*+(?:[ -]\p{Lu}\p{Ll}[\p{L}'’]*+)?), (?:the )?$")


# "Bilenke (Kramatorsk district). One person was killed": a list entry opened by an unlisted town, its region in brackets
UNLISTED_HEADING_RX = regex.compile(
    r"(?:^|(?<=\n))[^\S\n]*+[-–•*]?[^\S\n]*+(?P<cue>)(?P<town>\p{Lu}\p{Ll}[\p{L}'’]*+(?:[ -]\p{Lu}\p{Ll}[\p{L}'’]*+)?)[^\S\n]*+\([^\S\n]*+(?:the[^\S\n]+)?$")


# "in the Velykyi Burluk hromada": an unlisted community named by its centre
_COMMUNITY_WORDS = tuple(_RULES["settlement_words"]["communities"])
COMMUNITY_WORD_RX = regex.compile(r"(?i)\b(?:" + alternation(_COMMUNITY_WORDS) + r")\b")
_COMMUNITY_PEOPLE = frozenset(_RULES["not_place_words"]["community_people"])
_PEOPLE_ADJECTIVE_RX = regex.compile(r"(?:ian|ish|ese|ic|ean|an)$")   # Ukrainian, Jewish, Chinese, Catholic, European
_CITY_PART_RX = regex.compile(r"(?i)\b(?:" + alternation(_RULES["settlement_words"]["city_parts"]) + r")\b")
_DISTRICT_ADJECTIVE_RX = regex.compile(r"(?:yi|iy|yy|sky|ski|skoy|skoye|ny|nyi|ne|ke)$")
# a district told as a part of a city: "the flooded neighbourhoods of the Korabel district", "the city's Korabel
# district", "Kherson's Korabel district", "Kherson's flooded Korabel district" (a city's district, no town of its own)
_CITY_PART_BEFORE_RX = regex.compile(r"(?i:\b(?:(?:micro-?districts?|neighbou?rhoods?|parts?|quarters?|residential\s+areas?)"
                                     r"\s+of|the\s+city['’]s|the\s+town['’]s))\s+(?:the\s+)?(?:[\p{Ll}-]++,?\s++){0,2}$"
                                     r"|(?P<city>\p{Lu}[\p{L}-]+)['’]s\s+(?:the\s+)?(?:[\p{Ll}-]++,?\s++){0,2}$")
COMMUNITY_NAME_RX = regex.compile(r"(?<![\p{L}'’-])(?P<town>\p{Lu}\p{Ll}[\p{L}'’]*+(?:[ -]\p{Lu}\p{Ll}[\p{L}'’]*+)?)[ ]$")


def _part_of_city(text: str, start: int) -> bool:
    found = _CITY_PART_BEFORE_RX.search(text, max(0, start - 40), start)
    return found is not None and (not found.group("city") or getattr(NAMES.get(found.group("city")), "kind", "") == "city")


_OWNER_RX = regex.compile(r"^(\p{Lu}[\p{L}-]*+)['’]s\s+")
_CITY_BEFORE = 300   # characters before an unlisted district where the city holding it may be told


def _city_told_before(mentions: list[Mention], start: int) -> Mention | None:
    """The place told last before an unlisted district is a Ukrainian city: "still living in Kherson ... killed in the
    Korabel district" is the city's part (a Russian raion after "Belgorod region" is its own town's)."""
    # ("The city remains under shelling" between them tells the same city)
    last = next((m for m in reversed(mentions) if m.start < start and m.kind != "anaphor-city"), None)
    # a big city has districts; a town's "X district" may be its own place
    return last if (last is not None and start - last.start <= _CITY_BEFORE and last.kind == "city" and last.nation == "ua"
                         and last.name in OBLAST_CENTRES) else None


def _unlisted_places(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions plus the unlisted towns named right before a region ("in Velykyi Burluk, Kharkiv Oblast"), which take
    the region's nation, and the unlisted communities ("the Velykyi Burluk hromada")."""
    added = []
    for i, m in enumerate(mentions):
        if m.kind not in ("oblast", "area", "district"):
            continue
        found = (UNLISTED_BEFORE_REGION_RX.search(text, max(0, m.start - 50), m.start)
                 or UNLISTED_HEADING_RX.search(text, max(0, m.start - 50), m.start))
        if found and found.group("town") not in NAMES and not (i and mentions[i - 1].end > found.start("town")):
            cue = found.group("cue").lower()
            added.append(Mention(found.start("town"), found.end("town"), found.group("town"), "city", m.nation,
                                 cue if cue in _CUES["before_place"] else "in"))
    if may_hold(text, _COMMUNITY_WORDS):
        starts = {m.start for m in mentions}
        city_parts = {_without_leading_word(found.group("town"), 0)[0] for part in _CITY_PART_RX.finditer(text)
                      if (found := COMMUNITY_NAME_RX.search(text, max(0, part.start() - 50), part.start()))}
        city_districts: dict[str, str | None] = {}   # a city's district told once → its city, if the text told which
        seats: dict = {}
        for word in COMMUNITY_WORD_RX.finditer(text):
            found = COMMUNITY_NAME_RX.search(text, max(0, word.start() - 50), word.start())
            if found is None:
                continue
            name, start = _without_leading_word(found.group("town"), found.start("town"))
            if word.group().lower() == "community" and (name.split()[-1] in _COMMUNITY_PEOPLE or _PEOPLE_ADJECTIVE_RX.search(name)):
                continue   # "the Jewish community", "the Ukrainian community in Poland": people, not a place
            if word.group().lower() == "district" and (owned := _OWNER_RX.match(name)) and getattr(
                    NAMES.get(owned.group(1)), "kind", "") == "city":
                city_districts.setdefault(name[owned.end():], NAMES[owned.group(1)].canonical)   # "Odesa's Peresyp district"
                continue
            if word.group().lower() == "district" and city_districts.get(name) and start not in starts:
                # "Night attack on Dnipro: ... in Amur district", later "4,300 households in the Amur district": told
                # again, the same part of the same city, which is the figure's place
                added.append(Mention(start, start + len(name), city_districts[name], "city", "ua", "in"))
                continue
            if word.group().lower() == "district":
                # "Solomianskyi district": a city's district; "the Krasnaya Yaruga district" is its town's
                if (_DISTRICT_ADJECTIVE_RX.search(name) or name in city_parts or name in city_districts
                        or _part_of_city(text, start)):
                    city_districts.setdefault(name, None)
                    continue
                if city := _city_told_before(mentions, start):
                    # (a city only named in a body's name is no district's city: "the Poltava Regional Military
                    # Administration ... in the Kriukiv district")
                    city_districts[name] = None if speaker_place(seats, text, city) else city.name
                    continue
            if name not in NAMES and name not in _LEADING_WORDS and start not in starts:
                added.append(Mention(start, start + len(name), name, "city", "ua", "in"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_REGION_BEFORE = 300   # characters before an unlisted town where the region setting it may stand
# "near the border with Russia's Kursk region", "across the border from Belgorod": a neighbour, not where things are
BORDER_BEFORE_RX = regex.compile(r"(?i)\bborder(?:s|ing)?\s+(?:with\s+|from\s+)?(?:the\s+)?(?:Russia's\s+|Russian\s+|Ukraine's\s+|Ukrainian\s+)?$")


def _neighbour(m: Mention, text: str) -> bool:
    """A region named as a neighbour or a launch site, not as the one holding a town in its sentence."""
    return m.cue == "from" or BORDER_BEFORE_RX.search(text, max(0, m.start - 50), m.start) is not None


def _placed_in_region(mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """An unlisted town lies in the country of the region its sentence names, else of the region named just before:
    "In Bryansk region, ... a drone hit the village of Lopandino", "the village of Nikolskoye of the Belgorod
    district" are Russia's."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.kind != "city" or m.name in NAMES or m.dateline:
            continue
        start, end = ctx.sentence_at(m.start)
        regions = [r for r in mentions if start <= r.start < end and r.kind in ("oblast", "district", "area") and r.nation
                   and not _neighbour(r, ctx.text)]
        if not regions:   # else the region named last shortly before: "Shelling hit the Belgorod region. In the village of X, ..."
            regions = [r for r in mentions if m.start - _REGION_BEFORE <= r.start < m.start
                       and r.kind in ("oblast", "district", "area") and r.nation and not r.dateline
                       and not _neighbour(r, ctx.text)][-1:]
        if regions and all(r.nation == regions[0].nation for r in regions):
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, nation=regions[0].nation, placed=True)
    return out


LIST_GAP_RX = regex.compile(r"(?:,\s*+(?:and\s++)?|\s++and\s++)(?:the\s++)?")


_LIST_CUES = frozenset(["from", "to", "toward", "towards", "into"])


def _from_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """"launched from Kursk, Oryol and Engels", "taken to the Berdiansk and Prymorsk districts": a list's cue is all its places'."""
    for i in range(1, len(mentions)):
        m, prev = mentions[i], mentions[i - 1]
        if prev.cue in _LIST_CUES and not m.cue and LIST_GAP_RX.fullmatch(text, prev.end, m.start):
            mentions[i] = replace(m, cue=prev.cue)
    return mentions


_TOWNS_OF = {oblast: set(towns) for oblast, towns in _RULES["ukraine_place_oblasts"].items()}


def _credit_line(ctx: DocContext, offset: int, seen: dict[int, bool]) -> bool:
    """Is offset's line a credit line ("Reporting by ...")? Searched once a line, the answer kept in seen."""
    line_start, line_end = ctx.line_at(offset)
    if line_start not in seen:
        seen[line_start] = CREDIT_LINE_RX.search(ctx.text, line_start, line_end) is not None
    return seen[line_start]


_OFFICE_NAME_RX = regex.compile(r"\b(?:" + alternation(_RULES["not_place_words"]["office_names"]) + r")\b")


def _outside_outlet_name(mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """Mentions less the places inside the publisher's own name wherever the text spells it ("Kherson Online" on the
    masthead of a story about Beryslav): the outlet, not a place of the story. An office's name keeps its seat."""
    name = ctx.publisher
    if not name or _OFFICE_NAME_RX.search(name):
        return mentions
    spans, at = [], ctx.text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = ctx.text.find(name, at + len(name))
    # ... and its tagline under its masthead ("Sarinform" / "Saratov regional information agency")
    if len(ctx.lines) > 1 and ctx.text[slice(*ctx.lines[0])].strip() == name:
        start, end = ctx.lines[1]
        if tagline_line(ctx.text[start:end]):
            spans.append((start - 1, end + 1))   # (wider than any place in it)
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b and m.end - m.start < b - a for a, b in spans)]


def doc_places(ctx: DocContext) -> DocPlaces:
    cached = ctx.__dict__.get("_places")
    if cached is not None:
        return cached
    memo: dict = {}
    mentions = _outside_outlet_name([mention for mention in (_mention(m, ctx.text) for m in PLACE_SCAN.scan(ctx.text, ctx.lines))
                                     if mention is not None], ctx)
    mentions = _from_lists(_placed_in_region(_unlisted_places(mentions, ctx.text), ctx), ctx.text)
    mentions = recurring_unlisted(mentions, ctx.text, NAMES, lambda at: _cue_at(ctx.text, at), Mention)
    if ctx.table_rows:   # "Khmelnytskyi | 2 | 6" under "Region | killed | injured": the region
        mentions = region_labels(mentions, ctx.table_rows, NAMES)
    datelines = _datelines(ctx.text, ctx.lines)
    if datelines:
        mentions = [replace(m, dateline=True) if _inside(datelines, m.start) else m for m in mentions]
    head_end = _head_end(ctx)
    weights: dict[str, float] = {}
    region_kinds: set[str] = set()
    first: dict[str, int] = {}
    last_town = None
    landmarks: set[str] = set()   # places the head names only as landmarks ("a terminal near Kharkiv")
    head_town = None   # the town such a landmark locates in the body, the head's own place
    told_by_town: set[int] = set()   # landmarks told after the town they locate ("Vilkhivka on the edge of Kharkiv")
    credit_lines: dict[int, bool] = {}   # once a line: a megabyte line holds thousands of places
    told_again = None   # "the city" standing for the last town: (the anaphor, the town)
    for mention in mentions:
        if mention.kind == "anaphor-city" and last_town is not None and last_town.kind == "city":
            told_again = (mention, last_town)
        if (told_again and mention.kind in ("oblast", "area") and told_again[1].name in weights
                and REGION_NEST_RX.fullmatch(ctx.text, told_again[0].end, mention.start)):
            # "Buses leave Sloviansk ... The city in the north of Donetsk Oblast": the region only locates the town
            weights[told_again[1].name] += 1
            told_again = None
            continue
        if (mention.kind.startswith("anaphor") or mention.kind in ("country", "sea") or mention.dateline
                or speaker_place(memo, ctx.text, mention) or SECTOR_AFTER_RX.match(ctx.text, mention.end)
                or (mention.cue in DESTINATION - {"for"} and not _impact(ctx.text, mention))
                or (mention.cue == "from" and LAUNCHED_FROM_RX.search(ctx.text, max(0, mention.start - 40), mention.start))
                or foreign_capital(ctx.text, mention, ctx.sentence_at(mention.start))
                or HOSPITAL_BEFORE_RX.search(ctx.text, max(0, mention.start - 80), mention.start)
                or OWN_BASE_BEFORE_RX.search(ctx.text, max(0, mention.start - 60), mention.start)):
            continue   # (nor is a town the wounded were taken to: "taken to hospitals in Lviv", nor "our base in Pokrovsk")
        credit = _credit_line(ctx, mention.start, credit_lines)
        if credit:
            continue   # "(Reporting by Max Hunder in Kyiv; ...)", "AP writers ... in Kyiv contributed": the reporters' seat
        town, last_town = last_town, (mention if mention.kind in ("city", "district") else None)
        if (town is not None and (mention.kind in ("oblast", "area") or mention.kind == "district" and town.kind == "city")
                and REGION_NEST_RX.fullmatch(ctx.text, town.end, mention.start)):
            # "the village of Serhiivka in Ukraine's Odesa region", "Korotych, Kharkiv district": the region only
            # locates the town, whose weight it adds to
            town_base = town.name.removesuffix(" district")
            if town_base in weights:
                weights[town_base] += 3 if mention.start < head_end else 1
                if mention.start >= head_end and mention.name.removesuffix(" Oblast").removesuffix(" district") in landmarks:
                    weights[town_base] += 3   # "Strike on our terminal near Kharkiv" ... "in Korotych, Kharkiv district": the head's place
                    landmarks.clear()
            continue
        base = mention.name.removesuffix(" Oblast").removesuffix(" district")
        by_town = town is not None and town.kind == "city" and TOWN_BY_LANDMARK_RX.fullmatch(ctx.text, town.end, mention.start)
        if by_town:
            told_by_town.add(mention.start)
        if by_town and base in landmarks:
            # "Strike near Kharkiv" ... "in the village of Cherkaska Lozova on the northern edge of Kharkiv": the
            # village is the head's place, its landmark's weight in the head is the village's
            town_base = town.name.removesuffix(" district")
            weights[town_base] = weights.get(town_base, 0) + 3
            weights[base] -= 0.5
            landmarks.clear()
            head_town = town_base
            continue
        if by_town or LANDMARK_RX.search(ctx.text, max(0, mention.start - 40), mention.start):
            weights[base] = weights.get(base, 0) + 0.5   # "a resort near Odesa", "50 km southwest of Odesa": a landmark
            if mention.start < head_end:
                landmarks.add(base)
        else:
            weights[base] = weights.get(base, 0) + (3 if mention.start < head_end else 1)
        first.setdefault(base, mention.start)
        if mention.kind == "oblast":
            region_kinds.add(base)
    main = max(weights, key=lambda b: (weights[b], -first[b])) if weights else None
    if main is not None and main in region_kinds:
        # "Donetsk region: search in Chasiv Yar completed": a town of the region, told of as much, is the story's place
        towns = [b for b in weights if weights[b] >= weights[main] and b in _TOWNS_OF.get(main, ())]
        main = max(towns, key=lambda b: (weights[b], -first[b])) if towns else main
    national_headline = any(m.start < head_end and (m.kind == "country" and m.nation == "ua" and m.cue in NATIONAL_HEADLINE_CUES
                                                    or m.kind == "anaphor-country" and _NATIONWIDE_RX.match(ctx.text, m.start))
                            for m in mentions)   # ("Emergency blackouts across the country as Kyiv says ...")
    # a visit's destination is no second place of the story ("... hit Kostiantynivka as Blinken arrived in Kyiv")
    in_headline = {m.name for m in mentions if m.start < head_end and m.kind == "city"
                   and (m.cue not in DESTINATION | {"from"} or _impact(ctx.text, m))
                   and not m.dateline and not speaker_place(memo, ctx.text, m)
                   and not LANDMARK_RX.search(ctx.text, max(0, m.start - 40), m.start) and m.start not in told_by_town
                   and not _credit_line(ctx, m.start, credit_lines)   # (not a byline's "in Kyiv")
                   and not HOSPITAL_BEFORE_RX.search(ctx.text, max(0, m.start - 80), m.start)}
    if len(in_headline) >= 2 or (national_headline and not in_headline):
        main = None   # "Strikes on Kyiv and Kharkiv", "missiles at Ukraine": a story about several places
    elif main is not None and weights[main] <= 1 and sum(m.start < first[main] and m.kind == "country" and m.nation == "ua"
                                                         and m.cue in COUNTRY_CUES for m in mentions) >= 2:
        main = None   # "attacks on health care in Ukraine ... in Pokrovsk": a town named once, after the country, is an example
    # An article spread over many places (a nationwide barrage) has no main place: its figures are national.
    # (but a story about the one town its headline names keeps it though the text tours the region: "Sloviansk" in
    # the head and named again, every other place at most half as often, is Sloviansk's story)
    runner_up = max((w for b, w in weights.items() if b != main), default=0)
    if main is not None and weights[main] < 0.4 * sum(weights.values()) and not (
            (in_headline or {head_town}) == {main} and weights[main] >= 4 and weights[main] >= 2 * runner_up):
        main = None
    if main is None and not national_headline:
        main = _office_seat(ctx.publisher, weights)
    places = DocPlaces(mentions, main, main_is_city=any(m.name == main and m.kind == "city" for m in mentions), memo=memo)
    ctx.__dict__["_places"] = places
    return places


def _office_seat(publisher: str | None, weights: dict[str, float]) -> str | None:
    """An office's own page about many places of its seat ("Donetsk Regional Military Administration" on trains from
    Pokrovsk, residents of Kramatorsk and Sloviansk): the seat it speaks for, when the story names it."""
    if not publisher or not _OFFICE_NAME_RX.search(publisher):
        return None
    seat = next((NAMES[w] for w in publisher.split()[:2] if w in NAMES), None)
    if seat is None or seat.kind not in ("city", "oblast") or seat.nation != "ua" or seat.canonical not in weights:
        return None
    regional = _REGIONAL_OFFICE_RX.search(publisher) and (seat.kind == "oblast" or seat.region_word == "Oblast")
    return f"{seat.canonical} Oblast" if regional else seat.canonical


_REGIONAL_OFFICE_RX = regex.compile(r"\b(?:Regional|Oblast)\b")


def _impact(text: str, mention) -> bool:
    """"slams into Dnipro": the place a weapon hit, though its cue reads as a destination."""
    return mention.cue == "into" and IMPACT_INTO_RX.search(text, max(0, mention.start - 30), mention.start) is not None
