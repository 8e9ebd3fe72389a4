"""DocContext + a figure's span + its metric → the place the figure is about ("Kyiv", "Odesa Oblast", "Ukraine")."""
from __future__ import annotations


import regex

from extract.context import DocContext
from extract.docplaces import DocPlaces, doc_places
from extract.figureclauses import (NUMBER_RX, SUBSET_HOME_BEFORE_RX, clause_bounds as _clause_bounds,
                                   coordinated_air as _coordinated_air, in_other_figure_clause as _in_other_figure_clause,
                                   later_figure_between as _later_figure_between, own_clauses_end)
from extract.gazetteer import _RULES, ATTACK_CUES, LOCATIVE, NAMES, Mention
from extract.headcounts import head_count_of_main
from extract.placelists import SETTLEMENT_OF_RX, breakdown_place, drop_enclosing, list_siblings, span_ends
from extract.placeuse import SHOT_DOWN, usable
from extract.placeweights import REGION_NEST_RX, SITE_IN_PART_RX, TOWN_BY_LANDMARK_RX, opening_landmark
from extract.officials import city_office, official_seat, titled_seat
from extract.placeparts import ALL_BEFORE_RX, part_of_before, part_place
from extract.placecontext import (city_interview_answer, governor_region, incident_item, list_total_region, one_region,
                                  several_areas_region, town_losses)
from extract.placerefs import (BARE_CAPITAL, capital, list_place, main_attacked_before, nested_town, office_region_town, foreign_air_scene,
                               resolve_anaphor, RUSSIAN_MILITARY_RX, russian_held_main, russian_tally, scene_region)
from extract.placesections import section_country, section_heading
from extract.regions import region_of_town
from extract.speakerplaces import SPEAKER_TITLE_RX, foreign_capital, speaker_place
from extract.tablerows import table_place
from extract.vocab import alternation, in_range, last_before, may_hold

_SCOPE = _RULES["scope"]
AIR = {"missiles_launched", "missiles_shot_down", "drones_launched", "drones_shot_down"}
# (a regional office's toll in a story about one town of the region is the town's; its evacuees "from the flooded areas"
# may be the region's)
_TOLLS = {"killed", "injured"}
# "across eight regions", "in 12 oblasts": a count of regions makes a figure national
REGION_COUNT = (r"(?i:\b(?:\d+|" + alternation(_SCOPE["region_counts"]) + r")\s+(?:[\w-]+\s+)?(?:"
                + alternation(_SCOPE["region_nouns"]) + r")\b)")
REGION_COUNT_RX = regex.compile(REGION_COUNT)
_REGION_NOUNS = tuple(noun.casefold() for noun in _SCOPE["region_nouns"])
RUSSIAN_REGIONS_RX = regex.compile(r"\bRussian\b|\s+(?:of|in)\s+(?:\w+\s+)?Russia\b")   # "nine regions of western Russia"
# "since the start of June", "since the beginning of the week", "of the mandatory evacuation" (up to two words before the
# noun, not the war's: "since the start of the war last year"): a running count of a town's, not the war's
_SHORT_PERIOD = (r"(?!\s++of\s++(?:the\s++|this\s++|last\s++|their\s++|its\s++)?(?:(?!(?:war|invasion|aggression)\b)[\w-]++\s++){0,2}?(?:"
                 + alternation(_SCOPE["short_periods"]) + r")\b)")
# "a city of 280,000 before the war": a time to compare with, not the war's scope
# "the deadliest attack on a western city since the start of the war": the war dates a record, it is not the scope
_RECORD_BEFORE = (r"(?<!\b(?:deadliest|largest|biggest|heaviest|worst|most\s+(?:massive|lethal|intense|powerful)|highest)\b"
                  r"[^.;:\n]{0,60}?)")
_NATIONAL_SCOPE = (r"\b(?:" + alternation(_SCOPE["national"]) + r")\b" + _SHORT_PERIOD + r"|(?-i:\b(?:"
                   + alternation(_SCOPE["national_bodies"]) + r")(?!\w))|" + REGION_COUNT)
NATIONAL_SCOPE_RX = regex.compile(r"(?i)(?<!\b(?:before|prior\s+to)\s+)" + _NATIONAL_SCOPE)
# (a named place of the sentence yields to it only when it does not date a record)
_SCOPE_NOT_RECORD_RX = regex.compile(r"(?i)(?<!\b(?:before|prior\s+to)\s+)" + _RECORD_BEFORE + _NATIONAL_SCOPE)
# a running total of the whole war ("since the start of the full-scale invasion", "since the beginning of the special
# military operation", "since February 2022")
WAR_TOTAL_RX = regex.compile(r"(?i)\bsince\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:full-scale\s+)?"
                             r"(?:war|invasion|special\s+military\s+operation|SMO)\b|the\s+(?:full-scale\s+)?(?:war|invasion)\s+"
                             r"(?:began|started)|(?:24\s+)?February(?:\s+24)?,?\s+2022)")
MILITARY_RX = regex.compile(
    r"(?i)\b(?:{m})\b[^.;]{{0,30}}\b(?:{l})\b|\b(?:{b})\b[^.;]{{0,40}}\b(?:{m})\b"
    r"|\bpersonnel\s+losses\b|\b(?:its|their)\s+own\s+losses\b"
    # a losses list's entry: "personnel — about 45,200 (+150)", "Personnel: 500,000"
    r"|(?m:^\W*+(?:military\s++)?personnel\s*+[—–:~-])".format(m=alternation(_SCOPE["military"]), l=alternation(_SCOPE["losses"]),
                                                          b=alternation(_SCOPE["losses_before"])))
NATIONAL_AIR_BODIES_RX = regex.compile(r"\b(?:" + alternation(_SCOPE["national_air_bodies"]) + r")\b")
AIR_TARGET_RX = regex.compile(r"(?i)\b(?:at|against|on|targeting|targeted)\s+(?:the|a|its|our)\s+(?:[\w-]+\s+){0,2}?(?:"
                              + alternation(_SCOPE["air_targets"]) + r")\b")
_STRIKE_TARGET = (r"the\s+(?:[\w-]+\s+){0,2}?(?:" + alternation(_SCOPE["strike_targets"])
                  + r")\b(?!\s+of\s+(?:the\s+)?(?:country|Ukraine|Russia)\b)")
STRIKE_TARGET_RX = regex.compile(r"(?i)\b(?:fired|launched)\s+(?:[^.;:\n]{0,60}?\s)?(?:at|on|against)\s+" + _STRIKE_TARGET
                                 + r"|\b(?:struck|hit|attacked|targeted)\s+" + _STRIKE_TARGET + r"\s+with\b")
# the story's one strike told as such, whatever national command describes it: "The Ukrainian Air Force said the strike
# was carried out with three Kh-22 missiles" in a story about Serhiivka (not "the attack", often the night's nationwide one)
THE_STRIKE_WITH_RX = regex.compile(r"(?i)\b(?:the|this|that|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)\s+"
                                   r"(?:missile\s+|rocket\s+|drone\s+|deadly\s+)?strike\s+(?:was|had\s+been|has\s+been)\s+"
                                   r"(?:carried\s+out|launched|made|delivered|conducted|inflicted)\s+(?:with|using|by)\b")
# a line of an army's losses list, its running total with the day's rise in brackets ("- UAV operational-tactical level:
# 25,087 (+118)", "cruise missiles — 3,094 (+2)", "UAVs 44,150 [+122]"): the war's tally over the whole country
LOSS_LIST_LINE_RX = regex.compile(r"\W*+\p{L}[\p{L}()/ -]{1,60}?\s*+[—–:~-]?\s*+(?:about\s++|~)?\d[\d,. ]*+[(\[]\s*+\+\s*+\d")
WE_COUNTED_RX = regex.compile(r"(?i)\bwe\s+(?:have\s+)?(?:counted|recorded|registered)\b")
TOTALS_RX = regex.compile(r"(?i)\b(?:" + alternation(_SCOPE["totals"]) + r")\b")
# "Ukrainian fixed-wing unmanned aerial vehicles" (up to two modifiers), "Ukraine attacked with 337 drones"
UKRAINIAN_WEAPONS_RX = regex.compile(
    r"(?i)\bUkrainian\s+(?:\S+\s+){0,2}?(?:drones|UAVs|missiles|unmanned\s+aerial\s+vehicles|unmanned\s+aircraft)\b"
    r"|\b(?:Ukraine|Kyiv|Ukrainian\s+(?:forces|troops|military|army))\s+(?:has\s+|had\s+)?(?:launched|fired|attacked|sent)\b")
MAINLY_AT_RX = regex.compile(r"[^.;:,]{0,40}?,\s++(?:" + alternation(_RULES["cues"]["mainly"]) + r")\s++(?:aimed\s++)?"
                            r"(?:at|on|against|toward|towards|targeting)\s++(?:the\s++)?(?:(?:city|town|region)\s++of\s++)?")
OPENING_RX = regex.compile(r"\W*(?:[\w'’-]+\s+){0,3}")   # "In the Kursk region, 30 drones ...": the scene is set first
ATTACKED_RX = regex.compile(r"\s+(?:alone\s+)?(?:was|were|came)\s+(?:attacked|targeted|hit|struck|under)\b")
WHERE_RX = regex.compile(r",?\s+where\b")   # "air defence was active over Kyiv, where 14 drones were downed"
SPEAKER_SEAT_RX = regex.compile(r"(?i)\b(?:" + alternation(_RULES["cues"]["speaker_seat"]) + r")\s+(?:in|from)\s+(?:the\s+)?"
                                r"(?:(?:" + alternation(_RULES["cues"]["fillers"]) + r")\s+)?$")
REGIONAL_OFFICE_RX = regex.compile(r"(?i)\bregional\s+(?:[\w-]+\s+){0,2}?(?:headquarters|administration|authorities|"
                                   r"officials|government|council|governor|head)\b")
QUOTED_RX = regex.compile(r"\s*[\"“]")
_DATE_DAY_RX = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")   # "on Jan. 24": a day, no figure
NEXT_REPORT_RX = regex.compile(r",?\s+and\s+that\s|;\s+and\s+that\s|,?\s+adding\s+that\s")
# the next report's figure told of the town's own people ("... still in Mariupol, and that nearly 5,000 residents had
# been killed"): the town just named is theirs
TOWNSFOLK_RX = regex.compile(r"[^.;:\n]{0,25}?\b(?:residents|inhabitants|locals|townspeople|townsfolk|villagers)\b(?!\s+of\b)")


def _says(places: DocPlaces, rx: regex.Pattern, text: str, start: int, end: int) -> bool:
    """rx found in the sentence text[start:end], searched as a string of its own: asked once per article and sentence."""
    key = (id(rx), start, end)
    found = places.memo.get(key)
    if found is None:
        found = places.memo[key] = rx.search(text[start:end]) is not None
    return found


def _score(mention: Mention, span_start: int, span_end: int, clause: tuple[int, int], other_figure: bool = False) -> float:
    distance = mention.start - span_end if mention.start >= span_end else span_start - mention.end
    score = float(max(distance, 0))
    if other_figure:
        score += 250   # another figure's place ("killing one in Zaporizhzhia and cutting power to 100,000"): the scene wins
    if not (clause[0] <= mention.start < clause[1]):
        score += 80 if mention.start < span_start else 200   # later clauses usually start a new figure
    if mention.cue not in LOCATIVE:
        score += 40
    if mention.kind == "country":
        score += 60   # a named city or region in the same sentence is more precise than the country
    return score


NEAR = 400   # characters either side of a figure where its place may stand
WEAK_CUES = ("", "to", "for", "toward", "towards", "into")


def _whole(group: list[Mention]) -> str:
    nations = {m.nation for m in group if m.kind != "sea"}   # "over Russian regions and the Black Sea": Russia's
    return "Russia" if nations == {"ru"} else "Ukraine"


def location(ctx: DocContext, span_start: int, span_end: int, metric: str) -> str | None:
    """The place the figure at text[span_start:span_end] is about, or None when nothing suggests one; an oblast by its
    own name ("Dnipro region" is Dnipropetrovsk Oblast)."""
    place = _location(ctx, span_start, span_end, metric)
    return _OBLAST_NAMES.get(place, place)


# oblasts whose centre's name is not theirs: "Dnipro Oblast" → "Dnipropetrovsk Oblast"
_OBLAST_NAMES = {f"{centre} Oblast": f"{oblast} Oblast" for centre, oblast in _RULES["ukraine_centre_oblasts"].items()}


def _russian_only(mentions: list) -> bool:
    """Are the named places of a sentence all Russian regions or towns (no Ukrainian place, no country)?"""
    named = [m for m in mentions if not m.kind.startswith("anaphor") and not m.dateline and m.kind != "sea"]
    return bool(named) and all(m.nation == "ru" and m.kind != "country" for m in named)


def _over_russia_only(mentions: list) -> bool:
    """Are the sentence's places all Russian (or seas), one of them where the drones were downed ("over the Bryansk
    region"), none where they came from ("launched from Kursk")?"""
    named = [m for m in mentions if not m.kind.startswith("anaphor") and not m.dateline]
    return bool(named) and all((m.nation == "ru" or m.kind == "sea") and m.cue != "from" for m in named) \
        and any(m.nation == "ru" and m.cue in ("over", "above") for m in named)


def _location(ctx: DocContext, span_start: int, span_end: int, metric: str) -> str | None:
    places = doc_places(ctx)
    text = ctx.text
    sent_start, sent_end = ctx.sentence_at(span_start)
    sent_end = max(sent_end, span_end)
    # Places further than NEAR from the figure never win on prose; bounding the look keeps a call O(NEAR) on run-ons.
    near_start, near_end = max(sent_start, span_start - NEAR), min(sent_end, span_end + NEAR)
    clause = _clause_bounds(text, span_start, span_end, near_start, near_end)
    in_sentence = drop_enclosing(in_range(places.mentions, near_start, near_end), text)
    if metric not in AIR and (parts := breakdown_place(text, span_end, sent_end, in_sentence,
                                                       lambda m: usable(m, metric, text, places))):
        return parts   # "three people were killed: two in Domodedovo and a man in Vidnoye"
    candidates, joined = [], set()
    for m in in_sentence:
        if m.dateline or not usable(m, metric, text, places) or foreign_capital(text, m, (sent_start, sent_end)):
            continue
        if (m.kind == "country" and places.main_is_city and m.nation == _main_nation(places)
                and SITE_IN_PART_RX.search(text, max(0, m.start - 60), m.start)):
            continue   # "a railway station in central Ukraine" in a story about one town: that town's
        if _by_town(m, in_sentence, text):
            continue   # "Balabyne on the southern outskirts of Zaporizhzhia": a landmark locating the town named before it
        shared = metric in AIR and m.start >= span_end and _coordinated_air(text, span_end, m, in_sentence)
        if m.start >= span_end and SUBSET_HOME_BEFORE_RX.search(text, max(span_end, m.start - 80), m.start):
            continue   # "two killed and seven injured, among them a resident of Beryslav": the subset's home
        if m.start >= span_end and not shared and _later_figure_between(text, span_end, m, [o for o in in_sentence if not (
                o.kind == "country" and speaker_place(places.memo, text, o))]):   # ("... 100 injured when Russia struck Kharkiv")
            continue   # a later figure's place: "72 over Bryansk, 14 over Kursk"
        if (m.end <= span_start and metric not in AIR and NEXT_REPORT_RX.search(text, m.end, span_start)
                and not (m.kind == "city" and TOWNSFOLK_RX.match(text, span_start, span_end + 40))
                and any(not _DATE_DAY_RX.search(text, max(0, n.start() - 10), n.start())
                        for n in NUMBER_RX.finditer(text, max(sent_start, m.start - 60), m.start))):
            continue   # an earlier report's: "said five people had died in Nova Kakhovka, and that some 5,800 ..."
        if metric in AIR and m.start >= clause[1] and not shared and not (
                metric.endswith("_launched") and MAINLY_AT_RX.fullmatch(text, span_end, m.start)):
            continue   # air-defence tallies are national unless placed before or in the figure's clause
        if (metric in AIR and m.end <= clause[0] and m.cue not in ATTACK_CUES
                and not ATTACKED_RX.match(text, m.end) and not WHERE_RX.match(text, m.end) and not m.kind.startswith("anaphor")
                and not OPENING_RX.fullmatch(text, sent_start, m.start)):
            continue   # "the plant in Kharkiv region was wrecked when Russia launched 90 missiles": scenery
        if metric not in AIR and m.start >= clause[1] and _coordinated_air(text, span_end, m, in_sentence):
            joined.add(m.start)   # "one person was killed and 14 injured in the explosions at Saky": both figures' place
        candidates.append(m)
    # "killed four civilians in Donetsk region, two of them in Kostiantynivka, and wounded 11": a part's own place is
    # not the place of the sentence's other figures, when the sentence names another
    own = [m for m in candidates if not part_place(text, m, span_start)]
    candidates = own or candidates
    count = _region_count(text, span_end, min(clause[1], span_end + 60))
    if count:   # "2 million people across eight regions": the count belongs to the figure
        russian = (RUSSIAN_REGIONS_RX.search(count.group()) or RUSSIAN_REGIONS_RX.match(text, count.end())
                   or (metric in AIR and _says(places, UKRAINIAN_WEAPONS_RX, text, sent_start, sent_end))
                   # "84 drones were downed over eight regions, the Russian Defence Ministry said"
                   or (metric in SHOT_DOWN and _says(places, RUSSIAN_MILITARY_RX, text, sent_start, sent_end))
                   # "The attack on the Moscow region came when the ministry said it had downed 144 drones over nine
                   # regions": the regions of the one country the sentence names
                   or (metric in AIR and _russian_only(in_range(places.mentions, sent_start, sent_end))))
        return "Russia" if russian else "Ukraine"
    if candidates:
        best = min(candidates, key=lambda m: (opening_landmark(text, m, candidates, sent_start),
                                              _score(m, span_start, span_end, (clause[0], m.end) if m.start in joined else clause,
                                                     m.end <= clause[0] and _in_other_figure_clause(text, m, sent_start, metric))))
        best = nested_town(best, candidates, clause, text)
        if best.kind == "anaphor-country" and metric in AIR and _says(places, UKRAINIAN_WEAPONS_RX, text, sent_start, sent_end):
            return "Russia"   # "121 Ukrainian drones over thirteen regions of the country": the country under attack
        if best.kind.startswith("anaphor"):
            # "remain in the town, the head of the Chasiv Yar military administration said": the speaker's own town
            named = resolve_anaphor(best, places, (sent_start, sent_end), text) or _office(places, text, sent_start, sent_end)
            return scene_region(best, named, candidates) or named
        if text[best.start:best.end].lower() in BARE_CAPITAL:
            return capital(best, places, (sent_start, sent_end), text)
        if metric in _TOLLS and (town := office_region_town(best, places, text)) is not None:
            return town
        # a list holds places the figure may be about: not "the city's mayor" or "the Kyiv regional governor"
        listable = [m for m in in_sentence
                    if m is best or (not m.kind.startswith("anaphor") and usable(m, metric, text, places))]
        group = list_siblings(best, listable, text)
        named_here = [m for m in in_sentence if m is best or not m.kind.startswith("anaphor")]
        if len(group) == 1 and (ends := span_ends(best, named_here, text)):
            return _whole(ends)   # "at cities from Kharkiv to Lviv": the land between them
        land = {m.name for m in group if m.kind != "sea"}
        if metric in AIR and len(land) == 1 and len(group) >= 2:
            return land.pop()   # "over the Black Sea and Crimea": the one land named beside the sea
        towns = {m.name.removesuffix(" district") for m in group if m.kind in ("city", "district")}
        if len(group) >= 2 and len(towns) == 1 and len(group) == sum(m.kind in ("city", "district") for m in group) \
                and any(m.kind == "city" for m in group):
            return towns.pop()   # "in Kremenchuk and the Kremenchuk district": the town and its own surroundings
        if len({m.name for m in group}) >= 2 and not any(NUMBER_RX.search(text, a.end, b.start) for a, b in zip(group, group[1:])):
            # one figure for several places: the region that holds them all, else the whole country
            regions = [m for m in in_range(places.mentions, near_start, near_end)
                       if m.kind == "oblast" and m not in group and usable(m, metric, text, places)]
            if len(regions) == 1 and all(m.kind == "city" for m in group):
                return regions[0].name
            # else the oblast they all lie in: "in the Brovary and Boryspil districts" is Kyiv Oblast
            # ("in Marhanets and the village of Vyshchetarasivka": a village no list holds lies with the town beside it)
            held_by = {region_of_town(m.name.removesuffix(" district")) for m in group if m.kind in ("city", "district")
                       and (m.name in NAMES or not SETTLEMENT_OF_RX.search(text, max(0, m.start - 30), m.start))}
            # (a town the gazetteer does not list lies with the listed ones: "the Mezhova, Pokrovske and
            # Malomykhailivka communities" are Mezhova's region)
            known = held_by - {None} if any(m.name in NAMES for m in group) and all(
                m.name not in NAMES for m in group if region_of_town(m.name.removesuffix(" district")) is None) else held_by
            return known.pop() if len(known) == 1 and None not in known and len(group) == len(
                [m for m in group if m.kind in ("city", "district")]) else _whole(group)
        if best.cue in WEAK_CUES and best.kind != "country" and _says(places, _SCOPE_NOT_RECORD_RX, text, sent_start, sent_end):
            return "Ukraine"
        return best.name
    if (tabled := table_place(ctx, places, span_start, metric, usable)) is not None:
        return tabled   # a table's rows under "attacks aimed at Kyiv": that place's, as its header or intro tells
    if metric in AIR:
        line_start, line_end = ctx.line_at(span_start)
        if LOSS_LIST_LINE_RX.match(text, line_start, min(line_end, line_start + 120)):
            return "Ukraine"   # "- UAV operational-tactical level: 25,087 (+118)" in a story about Sudzha: the war's tally
        if _says(places, WAR_TOTAL_RX, text, sent_start, sent_end) and not (
                _says(places, WE_COUNTED_RX, text, sent_start, sent_end)
                or metric in SHOT_DOWN and _says(places, RUSSIAN_MILITARY_RX, text, sent_start, sent_end)):
            return "Ukraine"   # "since the beginning of the special military operation ... destroyed 2,293 UAVs": the war's
        if places.main_is_city and (_says(places, AIR_TARGET_RX, text, sent_start, sent_end)
                                    or _says(places, THE_STRIKE_WITH_RX, text, sent_start, sent_end)
                                    or (_says(places, STRIKE_TARGET_RX, text, sent_start, sent_end)
                                        and not NATIONAL_AIR_BODIES_RX.search(text, sent_start, sent_end))
                                    or _says(places, WE_COUNTED_RX, text, sent_start, sent_end)
                                    or main_attacked_before(ctx, places, sent_start, sent_end) or head_count_of_main(ctx, places, span_start, span_end)):
            # "fired three missiles at the terminal", "In July we counted more than 100 of them" (a mayor's answer), in
            # a story about one town: the town's
            return places.main
        if _says(places, UKRAINIAN_WEAPONS_RX, text, sent_start, sent_end):
            return "Russia"
        if metric.endswith("_shot_down") and _over_russia_only(in_sentence):
            return "Russia"   # "127 drones had been shot down overnight, most of them over the Bryansk and Kaluga regions"
        # (not "16 of them were shot down": the part of a launch told before takes that launch's place, see claim_rows)
        if not part_of_before(text, span_start, span_end) and (held := russian_held_main(
                ctx, places, sent_start, metric, NATIONAL_AIR_BODIES_RX.search(text, sent_start, sent_end) is not None)) is not None:
            return held   # Russia's ministry on the attack on Sevastopol: "shot down seven of ten cruise missiles"
        if metric in SHOT_DOWN and _says(places, RUSSIAN_MILITARY_RX, text, sent_start, sent_end):
            return "Russia"   # "Russian air defence systems shot down 413 drones over the past week": Russia's count
        # (drones only: a tally of rockets and missiles is the front's; a part of a launch told before is that launch's;
        # the war's total since it began is over Ukraine)
        if (metric == "drones_shot_down" and not part_of_before(text, span_start, span_end) and not ALL_BEFORE_RX.search(text, max(0, span_start - 5), span_start)
                and not _says(places, NATIONAL_SCOPE_RX, text, sent_start, sent_end) and russian_tally(ctx, span_start, span_end)):
            return "Russia"
        # "The Kyiv City Military Administration said 16 missiles were shot down": the office's own area.
        office = _office(places, text, sent_start, own_clauses_end(text, span_end, sent_end), air=True)
        if office is None and not NATIONAL_AIR_BODIES_RX.search(text, sent_start, sent_end):
            office = foreign_air_scene(ctx, places, ctx.line_at(span_start)[0], sent_start)   # "Drones Over Poland": Poland's
        return office or "Ukraine"
    if (item := incident_item(ctx, places, sent_start)) is not None:
        return item   # "2. Sumy, 13 April. ... According to HRMMU, 35 civilians were killed": the incident's town
    if _says(places, NATIONAL_SCOPE_RX, text, sent_start, sent_end) and not (
            not any(m.kind.endswith("country") for m in in_range(places.mentions, sent_start, sent_end))
            and city_interview_answer(ctx, places, span_start)):
        return "Ukraine"
    if _says(places, MILITARY_RX, text, sent_start, sent_end):
        return town_losses(ctx, places, metric, sent_start, sent_end) or "Ukraine"
    # the seat of the sentence's own speakers before places named elsewhere: "Officials in the neighbouring X reported"
    seat = _office(places, text, sent_start, sent_end, seats_only=True)
    if seat:
        return seat
    # "The Kyiv City Military Administration says two people were killed" in a live blog led by another town: the office's
    # city (a regional office in a story about one of its towns stays the town's)
    seat = city_office(text, in_range(places.mentions, sent_start, sent_end), sent_start, sent_end)
    if seat:
        return seat
    heading = section_heading(ctx, places, span_start)
    if heading:
        return heading
    # "the regional operational headquarters reported" after "Kursk Region Governor ...": the region of the article's
    # regional officials
    if REGIONAL_OFFICE_RX.search(text, sent_start, sent_end):
        titled = last_before(places.mentions, 0, sent_start, lambda m: m.kind == "oblast"
                             and speaker_place(places.memo, text, m), limit=200)
        if titled:
            return titled.name
    if (summed := list_total_region(ctx, places, sent_start, sent_end)) is not None:
        return summed   # "In total, ..." under rows of places: the region holding them all
    if not places.main and _says(places, TOTALS_RX, text, sent_start, sent_end):
        return "Ukraine"
    line_start, _ = ctx.line_at(span_start)
    if sent_start > line_start:   # a sentence continuing a national count ("Another 147 were injured")
        prev_start, prev_end = ctx.sentence_at(sent_start - 1)
        # not a quotation's "since the start of the invasion" before "He said 112 residents were moved"
        # nor "Since the war began, 143 residents of the city have been killed. Yesterday alone one man was killed":
        # a town's running count, its place named, is no national one
        if (prev_start >= line_start and NATIONAL_SCOPE_RX.search(text, prev_start, prev_end)
                and not QUOTED_RX.match(text, prev_start, prev_end)
                and not any(not m.kind.endswith("country") and m.kind != "sea" and not m.dateline
                            for m in in_range(places.mentions, prev_start, prev_end))):
            return "Ukraine"
    earlier_in_line = last_before(places.mentions, line_start, sent_start,
                                  lambda m: not m.dateline and usable(m, metric, text, places)
                                  and not m.kind.startswith("anaphor") and m.kind != "country", limit=50)
    if (region := several_areas_region(text, sent_start, sent_end, earlier_in_line)) is not None:
        return region   # "230 residents of border villages" after a story on one town of the region
    if earlier_in_line and metric in _TOLLS and (town := office_region_town(earlier_in_line, places, text)) is not None:
        return town   # "The operational headquarters of the Krasnodar region said ... Three people were injured": Tuapse's
    if earlier_in_line:
        # "the strikes on Pokrovsk, Donetsk region, ... Another 82 were wounded": the town the region only locates
        town = last_before(places.mentions, line_start, earlier_in_line.start, lambda m: m.kind == "city", limit=1)
        if (earlier_in_line.kind == "oblast" and town is not None and usable(town, metric, text, places)
                and REGION_NEST_RX.fullmatch(text, town.end, earlier_in_line.start)):
            return town.name
        return list_place(earlier_in_line, places, text)   # "from Pokrovsk, neighbouring Rodynske ..."
    # "... from the front-line communities of the region. In the last week alone, 186 people left": the region told of
    # just before, when that is all the line names
    region_before = last_before(places.mentions, line_start, sent_start,
                                lambda m: m.kind in ("anaphor-oblast", "anaphor-city") and not m.dateline, limit=50)
    if region_before is not None and (named := resolve_anaphor(region_before, places, ctx.sentence_at(region_before.start), text)):
        return named
    if not places.main and sent_start > line_start and (prev := _office(places, text, ctx.sentence_at(sent_start - 1)[0], sent_start)):
        return prev   # "According to the Donetsk RMA, 2,900 children remain. Over the past month, 406 were taken out"
    # "Kyiv Mayor Vitali Klitschko said 2 people were injured": the official's own city or region
    return (section_country(ctx, places, line_start, sent_start) or places.main or _office(places, text, sent_start, sent_end)
            or governor_region(ctx, places, span_start) or (metric == "without_power" and foreign_air_scene(ctx, places, line_start, sent_start, power=True))
            or one_region(ctx, places) or "Ukraine")


def _by_town(m: Mention, mentions: list[Mention], text: str) -> bool:
    """Is m a landmark told right after the town it locates ("Balabyne on the southern outskirts of Zaporizhzhia")?"""
    i = mentions.index(m)
    return i > 0 and mentions[i - 1].kind == "city" and TOWN_BY_LANDMARK_RX.fullmatch(text, mentions[i - 1].end, m.start) is not None


def _main_nation(places: DocPlaces) -> str | None:
    return next((m.nation for m in places.mentions if m.name == places.main), None)


def _region_count(text: str, start: int, end: int) -> regex.Match | None:
    """REGION_COUNT_RX in text[start:end], searched only when a region noun may be there."""
    if not may_hold(text[start:end], _REGION_NOUNS):
        return None
    return REGION_COUNT_RX.search(text, start, end)


def _office(places: DocPlaces, text: str, start: int, end: int, seats_only: bool = False, air: bool = False) -> str | None:
    """The place of a speaker in [start, end): their seat ("officials in Zaporizhzhia"), or with seats_only False
    also their title ("Kyiv Mayor ...", "the Kyiv City Military Administration")."""
    for m in in_range(places.mentions, start, end):
        if m.kind not in ("city", "oblast", "district"):
            continue
        if SPEAKER_SEAT_RX.search(text, max(start, m.start - 60), m.start):
            return m.name
        title = None if seats_only else SPEAKER_TITLE_RX.match(text, m.end)
        if title:
            return titled_seat(m, title)   # "Zaporizhzhia Governor Ivan Fedorov": the governor's region
    if seats_only or (air and NATIONAL_AIR_BODIES_RX.search(text, start, end)):
        return None
    # "Earlier, Klitschko had spoken of 21 downed missiles": an official the article (or the list) gives a seat
    return official_seat(places.memo, text, places.mentions, start, end)
