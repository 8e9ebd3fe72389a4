"""A place anaphor ("the region", "the city", "the capital") + the article's places → the place it stands for."""
from __future__ import annotations

from collections import Counter

import regex

from extract.context import DocContext
from extract.docplaces import DocPlaces
from extract.gazetteer import _RULES, COUNTRY_CUES, DESTINATION, OBLAST_CENTRES, Mention
from extract.officials import officials_region
from extract.placelists import SETTLEMENT_OF_RX
from extract.placeweights import LANDMARK_RX, head_end, locates_town
from extract.regions import held_since_2014, nation_of, region_of_town
from extract.speakerplaces import foreign_capital, speaker_place, speech_venue, state_speaking
from extract.vocab import alternation, in_range, last_before

# oblasts that go by another name than their centre's ("Volyn" → Lutsk; "Dnipropetrovsk" → Dnipro)
_CENTRE_OF_OBLAST = {oblast: centre for centre, oblast in _RULES["ukraine_centre_oblasts"].items()}

BARE_CAPITAL = frozenset(_RULES["capitals"]["bare"])
_OFFICE_OF_BEFORE_RX = regex.compile(r"(?i)\b(?:" + alternation(_RULES["speaker_titles"]["offices_of"])
                                     + r")\s+of\s+(?:the\s+)?$")
CITY_AREAS = frozenset(_RULES["city_areas"]["names"])
# region anaphors that may also mean a town's surroundings: they keep a town named before them as it is
_LOOSE_AREAS = frozenset(_RULES["anaphors"]["loose"])
JUST_NAMED = 160
_NOUN_RX = regex.compile(r"(?i)\b(city|town|village)\b")
_CALLED_BEFORE_RX = regex.compile(r"(?i)\b(city|town|village)\s+of\s+(?:the\s+)?$")
_CALLED_AFTER_RX = regex.compile(r"(?i),\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(city|town|village)\b")   # characters back a city named stays what "the city" stands for, before the article's main place


def capital(mention: Mention, places: DocPlaces, sentence: tuple[int, int], text: str = "") -> str | None:
    """"the capital" among Russian places ("Moscow Mayor Sergei Sobyanin said 74 drones flying towards the capital")
    is Moscow; otherwise the gazetteer's Kyiv. The sentence's own places decide, else most of the article's."""
    if text and foreign_capital(text, mention, sentence):
        return None   # "the mayor of Warsaw said the capital's population grew": no place the gazetteer knows
    def named(m: Mention) -> bool:
        return not m.kind.startswith("anaphor") and m.kind != "country" and m.start != mention.start
    nations = {m.nation for m in in_range(places.mentions, *sentence) if named(m)}
    if not nations:   # the article's own country: where most of the places it names lie
        counts = Counter(m.nation for m in places.mentions if named(m))
        nations = {"ru"} if counts["ru"] > counts["ua"] else set()
    return _RULES["capitals"]["ru"] if nations == {"ru"} else mention.name


# a town's landmark told after it: "Mykolaivka, a satellite town of Sloviansk", "Pidhorodne near Dnipro"
_LOCATED_BY_RX = regex.compile(r"(?:,\s*an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|suburb|hamlet)\s+(?:of|in|near|outside)\s+"
                               r"|\s+(?:near|outside)\s+)(?:the\s+(?:city|town)\s+of\s+)?")

# the district or region a village lies in, told after it: "In the village of Velyka Vilshanytsia, in the Zolochiv district
# of Lviv Oblast, ... five people were killed there" (the village is "there", not its region)
_HELD_BY_RX = regex.compile(r",\s*+in\s++(?:the\s++)?(?:\p{Lu}[\p{L}'’-]*+\s++){1,2}?(?:district|raion|community|hromada)\s++of\s++(?:the\s++)?"
                            r"|,\s*+in\s++(?:the\s++)?")


# a governor titled by his region's centre: "Kursk acting governor Smirnov ... He said 12 were killed in the region"
_GOVERNOR_AFTER_RX = regex.compile(r"(?i)\s++(?:region(?:al)?\s++|oblast\s++)?(?:acting\s++|interim\s++)?governor\b")
# a neighbour locating a region, not the region itself: "The Sumy region, which borders Russia's Kursk region, ..."
_BORDERS_BEFORE_RX = regex.compile(r"(?i)\b(?:borders?|bordering|adjoins|adjoining|adjacent\s+to|next\s+to)\s++"
                                   r"(?:(?:Russia|Ukraine|Belarus)['’]s\s++|the\s++)?$")


def _opens_sentence(text: str, para: int, start: int) -> bool:
    before = text[max(para, start - 4):start].rstrip(" \"“‘")
    return not before if start - para <= 4 else before.endswith((".", "!", "?", ".\"", ".”"))


def resolve_anaphor(mention: Mention, places: DocPlaces, sentence: tuple[int, int], text: str = "") -> str | None:
    if mention.kind == "anaphor-country":
        # "left neighbouring Moldova in the dark: the country's deputy prime minister said half of its consumers ...":
        # the foreign country the sentence set the scene in, else Ukraine
        named = last_before(places.mentions, sentence[0], mention.start,
                            lambda m: m.kind == "country" and m.nation == "other" and m.cue in COUNTRY_CUES, limit=5)
        if named is None and text:
            # ...or the one the paragraph's sentence before opened on as its subject: "Moldova, whose power lines run
            # through Ukraine, has itself faced outages. The minister said 20% of the country's demand was affected"
            para = text.rfind("\n", 0, sentence[0]) + 1
            named = last_before(places.mentions, para, sentence[0],
                                lambda m: m.kind == "country" and m.nation == "other" and _opens_sentence(text, para, m.start),
                                limit=5)
        return named.name if named else "Ukraine"
    if mention.kind == "anaphor-republic":   # the Russian-installed "republic" named last ([fixed] in places.toml)
        named = last_before(places.mentions, 0, mention.start, lambda m: m.name in ("Donetsk Oblast", "Luhansk Oblast"))
        return named.name if named else places.main
    if mention.kind == "anaphor-centre":   # speakers' titles count: "Mykolaiv region governor ... in the regional centre"
        named = last_before(places.mentions, max(0, mention.start - 400), mention.start,
                            lambda m: m.kind in ("oblast", "city") and m.nation == "ua")
        centre = named.name.removesuffix(" Oblast") if named else None
        centre = _CENTRE_OF_OBLAST.get(centre, centre)   # Volyn's centre is Lutsk, Zakarpattia's Uzhhorod
        return centre if centre in OBLAST_CENTRES else None
    if mention.kind == "anaphor-any":
        # (not a landmark locating the town named before it: "in Synelnykove, a town east of Dnipro. Six were killed there")
        def plain(m: Mention) -> bool:
            return not m.kind.startswith("anaphor") and m.kind != "country" and not _landmark(m, text)
        # "Lutsk was the main target. The Volyn regional administration said one was injured there": the speaker's
        # office names no scene when a place was named before it
        named = last_before(places.mentions, max(0, mention.start - 400), mention.start,
                            lambda m: plain(m) and not (text and speaker_place(places.memo, text, m)))
        named = named or last_before(places.mentions, max(0, mention.start - 400), mention.start, plain)
        if named is not None and (town := last_before(places.mentions, max(0, named.start - 80), named.start,
                                                      lambda m: m.kind == "city")) is not None \
                and (_LOCATED_BY_RX.fullmatch(text, town.end, named.start)
                     or named.kind in ("oblast", "district") and _HELD_BY_RX.fullmatch(text, town.end, named.start)):
            return town.name   # "Mykolaivka, a satellite town of Sloviansk, ... the water there": the village, not its landmark
        return named.name if named else places.main
    wanted = "oblast" if mention.kind == "anaphor-oblast" else "city"
    if wanted == "oblast" and text[mention.start:mention.end].lower() in _LOOSE_AREAS:
        wanted = "area"   # "still living in the area" after Pokrovsk: around the town, not its oblast
    sent_start, _ = sentence
    noun = _settlement_noun(text, mention.start, mention.end) if wanted == "city" else None
    # "the region" after a listed Ukrainian town is the town's oblast; an unlisted village names no region
    # ("Some 40 km from Kharkiv, the town ...": a landmark is not the town)
    same_sentence = [m for m in in_range(places.mentions, sent_start, mention.start)
                     if (m.kind in ("city", "district") and not _landmark(m, text) if wanted == "city" else
                         m.kind in ("oblast", "city", "district") if wanted == "area" else _names_oblast(m))
                     # "Moscow says 12 were killed in the region": the state speaking, no place the region could be
                     and not (text and m.kind == "city" and state_speaking(places.memo, text, m))
                     # "Mariupol mayor Boychenko, who now works from Zaporizhzhia, said ... the occupied city"
                     and not (text and speech_venue(text, m))]
    if noun is not None and any(m.kind == "city" for m in same_sentence):
        same_sentence = [m for m in same_sentence if m.kind == "city"]   # "Bilenke (Kramatorsk district) ... the village"
    if same_sentence:
        named = same_sentence[-1]
        if wanted == "area":
            named = list_head(named, places, text)
            return f"{named.name} Oblast" if named.kind == "city" and named.name in OBLAST_CENTRES else named.name
        return region_of_town(named.name.removesuffix(" district")) if wanted == "oblast" and named.kind != "oblast" else named.name
    if wanted == "city" and places.main and places.main_is_city:
        # "— Zaporizhzhia itself is hit almost daily. // — ... bombs on the city's outskirts": the city just named, or
        # named earlier in the paragraph ("In the southern city of Mykolaiv, the mayor said ... Russia fired six
        # missiles at the city")
        paragraph = text.rfind("\n", 0, mention.start) + 1 if text else mention.start
        just_named = last_before(places.mentions, max(0, min(mention.start - JUST_NAMED, paragraph)), mention.start,
                                 lambda m: m.kind == "city" and m.nation in _TOWN_NATIONS and not m.dateline and not locates_town(m, places.mentions, text)
                                 # (a Russian town too, in a Russian story: "In Novoshakhtinsk ... the city's mayor";
                                 # not "Moscow says": a state speaking)
                                 and not (m.nation == "ru" and text and state_speaking(places.memo, text, m))
                                 and not _called_otherwise(m, text, noun) and not (text and speaker_place(places.memo, text, m))
                                 # not a neighbour of the story's town: "a further man died in nearby Chornomorsk. ... The
                                 # city's mayor said"
                                 and not (m.name != places.main and _NEIGHBOUR_TOWN_RX.search(text, max(0, m.start - 40), m.start))
                                 # not where trains or people went: "trains run from Kherson to Khmelnytskyi and Kyiv"
                                 and (m.name == places.main or not _went_to(m, places, text)))
        return just_named.name if just_named else places.main
    if wanted == "area":
        kinds = ("oblast", "city", "district")   # "shelling of the Krasnaya Yaruga district ... left the area"
        m = last_before(places.mentions, 0, mention.start, lambda m: m.kind in kinds and (m.kind != "city" or m.nation == "ua"))
        if m is None:
            return places.main
        m = list_head(m, places, text)
        return f"{m.name} Oblast" if m.kind == "city" and m.name in OBLAST_CENTRES else m.name
    kinds = ("city", "district") if wanted == "city" else ("oblast", "city", "district")
    # "annexed by Moscow", "Kyiv says": a state acting, no city "the city" could stand for (nor a bordering region)
    m = last_before(places.mentions, 0, mention.start, lambda m: (m.kind in kinds or wanted == "city" and m.name in CITY_AREAS) and not (
        wanted == "oblast" and text and _BORDERS_BEFORE_RX.search(text, max(0, m.start - 40), m.start)) and (
        wanted == "city" and not _called_otherwise(m, text, noun) and not m.dateline and not (text and speaker_place(places.memo, text, m))
        or wanted != "city" and (
        m.kind == "oblast" or m.kind == "district" and _names_oblast(m)
        # (not a town people were taken to: "taken by buses to Pavlohrad ... Across the region, 1,356 were evacuated")
        or m.nation == "ua" and _names_oblast(m) and m.cue not in DESTINATION
        and not (m.kind == "city" and text and state_speaking(places.memo, text, m))   # ("Kyiv says": the state)
        # a Russian regional centre the region is named for ("BELGOROD - ... shot down 14 rockets over the region"),
        # not its capital (a state speaking or, as a place, a city without a region of that name)
        # nor a destination ("buses left for Penza")
        or m.nation == "ru" and m.kind == "city" and m.name not in BARE_CAPITAL and m.name != _RULES["capitals"]["ru"]
        and m.cue not in _ELSEWHERE and _names_oblast(m) and not (text and speaker_place(places.memo, text, m)
                                                                  and not _GOVERNOR_AFTER_RX.match(text, m.end)))))
    if m is None:   # "destroyed 23 UAVs over the region" in a digest of the Kursk governor's posts
        return (wanted == "oblast" and officials_region(places.memo, text, places.mentions)) or places.main
    if wanted == "oblast" and m.kind != "oblast":
        return region_of_town(m.name.removesuffix(" district")) or m.name
    return m.name


# what joins the places of a list: "Pokrovsk, neighbouring Rodynske and a dozen villages"
_LIST_GAP_RX = regex.compile(r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ])(?:the[ ])?(?:\p{Ll}[\p{Ll}-]*+[ ]){0,2}")
# words in such a gap that make the places after it the satellites of the one before
_SATELLITE_RX = regex.compile(r"\b(?:neighbou?ring|nearby|surrounding|adjacent|adjoining)\b")


_TOWN_NATIONS = ("ua", "ru")


def _went_to(m: Mention, places: DocPlaces, text: str) -> bool:
    """"to Khmelnytskyi and Kyiv", "for Poltava and Dnipro": m is, or ends a plain list of, where people or trains went."""
    i = places.index_of(m)
    while i > 0 and _LIST_GAP_RX.fullmatch(text, places.mentions[i - 1].end, places.mentions[i].start):
        i -= 1
    return places.mentions[i].cue in DESTINATION


def list_head(m: Mention, places: DocPlaces, text: str) -> Mention:
    """The place named last, or the town that heads the list it ends: "the evacuation of families from Pokrovsk,
    neighbouring Rodynske and a dozen villages. ... still living in the area" is Pokrovsk's; so is the story's own
    town in a plain list."""
    if not text:
        return m
    i = places.index_of(m)
    while i > 0 and (gap := _LIST_GAP_RX.fullmatch(text, places.mentions[i - 1].end, places.mentions[i].start)):
        i -= 1
        if _SATELLITE_RX.search(gap.group()) or places.main and places.mentions[i].name == places.main:
            return places.mentions[i]
    return m


def list_place(m: Mention, places: DocPlaces, text: str) -> str:
    """The place a figure after a list stands for: the list's head town (list_head), else the region that holds all
    its towns ("the Suzemka, Klimovo and Sevsk districts came under shelling ... 1,500 residents" is Bryansk Oblast's),
    else the place named last."""
    head = list_head(m, places, text)
    if head is not m:
        return head.name
    i = places.index_of(m)
    items = [m]
    while i > 0 and _LIST_GAP_RX.fullmatch(text, places.mentions[i - 1].end, places.mentions[i].start):
        i -= 1
        items.append(places.mentions[i])
    regions = {region_of_town(x.name.removesuffix(" district")) if x.kind in ("city", "district") else None for x in items}
    return regions.pop() if len(items) >= 2 and len(regions) == 1 and None not in regions else m.name


def _settlement_noun(text: str, start: int, end: int) -> str | None:
    found = _NOUN_RX.search(text, start, end)
    return found.group(1).lower() if found else None


def _called_otherwise(m: Mention, text: str, noun: str | None) -> bool:
    """"the town" after "the ruined city of Bakhmut": a place the article calls by another noun is not the one meant."""
    if not text or noun is None:
        return False
    called = _CALLED_BEFORE_RX.search(text, max(0, m.start - 30), m.start) or _CALLED_AFTER_RX.match(text, m.end)
    return called is not None and called.group(1).lower() != noun


_NEIGHBOUR_TOWN_RX = regex.compile(r"(?i)\b(?:nearby|neighbou?ring|adjacent|surrounding|outlying|suburban)\s++"
                                   r"(?:(?:town|city|village|port|settlement|suburb)\s++(?:of\s++)?)?$")


def _landmark(m: Mention, text: str) -> bool:
    return bool(text) and LANDMARK_RX.search(text, max(0, m.start - 40), m.start) is not None


_ELSEWHERE = DESTINATION | {"from"}   # where people went or where weapons came from: not the story's region


def _names_oblast(m: Mention) -> bool:
    """An oblast, or a town whose region the gazetteer knows ("the region" after it is that region)."""
    return m.kind == "oblast" or m.kind in ("city", "district") and region_of_town(m.name.removesuffix(" district")) is not None


_RUSSIAN_MILITARY = r"Russia(?:'s|n)\s+(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|military|air\s+defen[cs]es?)"
# Russia's military counting what its air defence downed ("Russian air defence systems shot down 413 drones"): over Russia
RUSSIAN_MILITARY_RX = regex.compile(r"\b" + _RUSSIAN_MILITARY + r"\b")
_RUSSIAN_BODY_RX = regex.compile(r"\b(?:" + _RUSSIAN_MILITARY + r"|(?:Moscow|Russian|Kremlin)-(?:installed|appointed)|Black\s+Sea\s+Fleet)\b")


_UKRAINE_RX = regex.compile(r"\b(?:Ukrain(?:e|ian)|Kyiv)\b")


def russian_held_main(ctx: DocContext, places: DocPlaces, sent_start: int, metric: str, national_body: bool) -> str | None:
    """The story's place in Russia or in occupied Crimea for an air tally of no place: counted by a Russian body in the
    paragraph ("Russia's Defense Ministry said Ukraine had attempted an attack using three drones" in a story about
    Moscow), or, in Russia, told by no body and in a paragraph naming no place in Ukraine ("Telegram channels spoke of
    25 to 30 drones")."""
    main = places.main
    if not main:
        return None
    held = held_since_2014(main)
    if not held and (nation_of(main) != "ru" or not _named_in_head(ctx, places)):
        return None   # (a Russian town the story names only in its body is no story's place: "In the Kursk region, ...")
    text = ctx.text
    line_start, _ = ctx.line_at(sent_start)
    sent_end = ctx.sentence_at(sent_start)[1]
    if _RUSSIAN_BODY_RX.search(text, line_start, sent_end):
        # in Russia, Ukraine's attack or Russia's air defence ("its forces launched 30 missiles" is Russia's own strike)
        return main if held or metric.endswith("_shot_down") or _UKRAINE_RX.search(text, sent_start, sent_end) else None
    if held or national_body or any(not m.kind.startswith("anaphor") for m in in_range(places.mentions, sent_start, sent_end)):
        return None
    return None if any(m.nation == "ua" and not m.dateline for m in in_range(places.mentions, line_start, sent_start)) else main


def _named_in_head(ctx: DocContext, places: DocPlaces) -> bool:
    """Does the page's head (headline, not a dateline) name the story's main place?"""
    key = ("main-in-head",)
    if key not in places.memo:
        end = head_end(ctx)
        places.memo[key] = any(m.start < end and not m.dateline and m.name.removesuffix(" Oblast").removesuffix(" district")
                               == places.main for m in places.mentions)
    return places.memo[key]


def scene_region(best: Mention, named: str | None, candidates: list[Mention]) -> str | None:
    """"In the Kharkiv region, ... 150,000 were left without power after strikes in the city", a paragraph after
    Zaporizhzhia: "the city" must lie in the region the sentence names, else the region is the figure's place."""
    scene = [m for m in candidates if m.kind == "oblast" and m.nation == "ua" and m.end <= best.start]
    if best.kind != "anaphor-city" or not named or len(scene) != 1 or region_of_town(named) in (None, scene[0].name):
        return None
    return scene[0].name


def nested_town(best: Mention, candidates: list[Mention], clause: tuple[int, int], text: str = "") -> Mention:
    """"In Khmelnytskyi region one person was killed in the Starokostiantyniv district": the region sets the scene,
    the town or district it holds, later in the figure's clause, is where the figure happened; so does a district for
    the village told after it ("In the Chuhuiv district three were wounded in the village of Pechenihy")."""
    if best.kind == "district":
        seat = best.name.removesuffix(" district")
        inner = [m for m in candidates if m.kind == "city" and best.end <= m.start < clause[1] and m.name != seat
                 and (SETTLEMENT_OF_RX.search(text, max(0, m.start - 30), m.start)
                      or region_of_town(m.name) in (None, region_of_town(seat)))]
        return inner[0] if len(inner) == 1 else best
    if best.kind != "oblast":
        return best
    inner = [m for m in candidates if m.kind in ("city", "district") and best.end <= m.start < clause[1]
             and region_of_town(m.name.removesuffix(" district")) == best.name]
    return inner[0] if len(inner) == 1 else best


# the story's city told as the attack's target just before a place-less air count: "Russia attacked Odesa and the
# surrounding district overnight with cruise missiles ... According to the Air Force, the occupiers launched 19 Kalibr"
# (or the launch aimed at it: "16 missiles were fired at Zaporizhzhia. Air defence units destroyed three missiles.")
_ATTACKED_MAIN_RX = regex.compile(r"(?i)\b(?:attacked|struck|hit|targeted|pounded|shelled|bombarded|(?:attacks?|strikes?|assault)\s+on"
                                  r"|(?:fired|launched|aimed|directed|sent|fire|launch|launches)(?:\s+[\w-]++){0,4}?\s+(?:at|against|towards?))"
                                  r"\s+(?:the\s+(?:city|port|town)\s+of\s+)?$")


def main_attacked_before(ctx: DocContext, places: DocPlaces, sent_start: int, sent_end: int) -> bool:
    """True when an air count's sentence names no place at all and the sentence just before it (in its paragraph or
    ending the paragraph before) tells the story's city was attacked: the count is that attack's. A sentence naming any
    place, a launch site too ("launched from the Bryansk region"), keeps the national reading."""
    if not places.main or in_range(places.mentions, sent_start, sent_end):
        return False
    i = ctx.sentence_index(sent_start)
    if i <= 0 or not ctx.sentences:
        return False
    prev_start, prev_end = ctx.sentences[i - 1]
    return any(m.name == places.main and m.kind == "city"
               and _ATTACKED_MAIN_RX.search(ctx.text, max(prev_start, m.start - 40), m.start) is not None
               for m in in_range(places.mentions, prev_start, prev_end))


def office_region_town(best: Mention, places: DocPlaces, text: str) -> str | None:
    """A region that only names who speaks ("The operational headquarters of the Krasnodar region said three people were
    injured"), in a story about one town of that region (Tuapse): the town, as for a speaker titled by the region."""
    if (best.kind == "oblast" and places.main_is_city and places.main and region_of_town(places.main) == best.name
            and _OFFICE_OF_BEFORE_RX.search(text, max(0, best.start - 60), best.start)):
        return places.main
    return None


def foreign_air_scene(ctx: DocContext, places: DocPlaces, line_start: int, sent_start: int, power: bool = False) -> str | None:
    """A foreign country a story's headline is about ("Russian Drones Over Poland"), naming no Ukrainian place: the
    place of an air figure whose paragraph names none before it ("Tusk told parliament that at least three drones had
    been shot down"); not of one after "Russia launched 415 drones at Ukraine" in its paragraph. With power, of an
    outage figure ("Moldova plunged into blackout" ... "the distributor said 160,000 customers were cut off")."""
    key = ("foreign-scene",)
    if key not in places.memo:
        end = head_end(ctx)
        head = [m for m in places.mentions if m.start < end and not m.dateline]
        if head:   # the headline: the first line of the head that names a place
            head_start, head_line_end = ctx.line_at(head[0].start)
            head = [m for m in head if head_start <= m.start < head_line_end]
        places.memo[key] = head[0].name if (head and head[0].kind == "country" and head[0].nation == "other"
                                            and not any(m.nation == "ua" for m in head)) else None
    scene = places.memo[key]
    # (an outage's paragraph may say "the country" of that country; a Ukrainian place before it is another scene)
    other = (lambda m: not m.dateline and m.nation == "ua" and not m.kind.startswith("anaphor")) if power else (
        lambda m: not m.dateline)
    if scene is None or (places.main and region_of_town(places.main)) or last_before(
            places.mentions, line_start, sent_start, other, limit=50) is not None:
        return None
    return scene


def russian_tally(ctx: DocContext, span_start: int, span_end: int) -> bool:
    """Is an air-defence tally with no place of its own credited to Russia's military ("Over the past week, the ministry
    said, air defences shot down 1,018 drones" after "The Russian Defence Ministry reported ...")? Then it is over Russia."""
    from extract.claimants import claimant   # (claimants reads places' vocabularies: imported when asked)
    name = claimant(ctx, span_start, span_end) or ""
    return RUSSIAN_MILITARY_RX.search(name) is not None
