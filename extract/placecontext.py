"""A figure's sentence + the paragraph or rows around it → the place that context gives a figure naming none: the town
of an interview, of a strike told just before, the region holding the rows a total sums."""
from __future__ import annotations

import regex

from extract.context import DocContext
from extract.docplaces import DocPlaces
from extract.placeuse import usable as _usable
from extract.regions import nation_of, region_of_town
from extract.vocab import alternation, in_range, last_before, load_rules


def city_interview_answer(ctx: DocContext, places: DocPlaces, span_start: int) -> bool:
    """Is the figure in an interviewee's answer in a story about one town ("Chernihiv's mayor on three weeks of siege":
    "Since the start of the war about 150,000 residents have left")? Then "since the war began" is the town's count."""
    if not places.main_is_city:
        return False
    from extract.claimants import _doc_claimants   # (claimants reads places' vocabularies: imported when asked)
    from extract.interviews import interview_answer
    return interview_answer(ctx, _doc_claimants(ctx), span_start) is not None


def town_losses(ctx: DocContext, places: DocPlaces, metric: str, sent_start: int, sent_end: int) -> str | None:
    """Servicemen killed at the town a paragraph tells a strike on, the toll's sentence naming no place of its own:
    the town's toll, not the war's ("HIMARS rockets hit a school in occupied Makiivka ... The ministry admitted that
    63 servicemen had been killed"; "It is not the first attack on Engels. ... three servicemen were killed" in a story
    about Engels)."""
    text = ctx.text
    if in_range(places.mentions, sent_start, sent_end) or _DAILY_LOSSES_RX.search(text, sent_start, sent_end):
        return None
    line_start = ctx.line_at(sent_start)[0]
    if sent_start <= line_start:
        return None
    prev_start, prev_end = ctx.sentence_at(sent_start - 1)
    towns = [m for m in in_range(places.mentions, max(prev_start, line_start), prev_end)
             if m.kind == "city" and not m.dateline and _usable(m, metric, text, places)]
    if len({m.name for m in towns}) == 1 and _STRUCK_RX.search(text, max(prev_start, line_start), prev_end):
        return towns[0].name
    main_nation = next((m.nation for m in places.mentions if m.name == places.main), None)
    if places.main_is_city and main_nation == "ru" and last_before(
            places.mentions, line_start, sent_start,
            lambda m: m.name == places.main and not m.dateline and _usable(m, metric, text, places), limit=50):
        return places.main
    return None


# a strike told as such, and a daily losses report (never one town's)
_STRUCK_RX = regex.compile(r"(?i)\b(?:hit|struck|strikes?|attacks?|attacked|shelled|bombed|shelling)\b")
_DAILY_LOSSES_RX = regex.compile(r"(?i)\b(?:General\s+Staff|past\s+(?:day|24\s+hours|week)|per\s+day|a\s+day|daily|in\s+total|"
                                 r"so\s+far|since)\b")


# a sentence summing the rows above it: "In total, about 38,600 consumers were de-energised"
_TOTAL_LEAD_RX = regex.compile(r"[^\S\n]*+(?:In\s++(?:total|all)|Altogether|Overall|All\s++told|Taken\s++together|Combined)\b")
_ROW_GAP_RX = regex.compile(r"[^\S\n]*+(?:[-–—•*]\s*+)?")   # a bullet before a row's place
MAX_ROWS = 12


def list_total_region(ctx: DocContext, places: DocPlaces, sent_start: int, sent_end: int) -> str | None:
    """The region holding every place of the rows right above a sentence that sums them ("Kremenchuk city: 24,300 ... /
    Kremenchuk district: 11,200 ... / Horishni Plavni: 3,100 ... // In total, about 38,600 consumers were
    de-energised": Poltava Oblast), or the country when they lie in several regions."""
    if not _TOTAL_LEAD_RX.match(ctx.text, sent_start, sent_end) or in_range(places.mentions, sent_start, sent_end):
        return None
    i = ctx._index(ctx.lines, sent_start) - 1
    names = []
    while i >= 0 and len(names) < MAX_ROWS:
        start, end = ctx.lines[i]
        row = next(iter(in_range(places.mentions, start, end)), None)
        if row is None or row.dateline or not _ROW_GAP_RX.fullmatch(ctx.text, start, row.start):
            break
        names.append(row.name)
        i -= 1
    if len(set(names)) < 2:
        return None
    regions = {n if n.endswith(" Oblast") else region_of_town(n.removesuffix(" district")) for n in names}
    nations = {nation_of(n) for n in names}
    return regions.pop() if len(regions) == 1 and None not in regions else ("Russia" if nations == {"ru"} else "Ukraine")


# an incident item's heading: "2. Sumy, 13 April (Palm Sunday).", "Kharkiv, 4 April." (a place and its day or hour)
_ITEM_NUMBER_RX = regex.compile(r"[^\S\n]*+(?:\d{1,2}[.)][^\S\n]++)?")
_ITEM_HEAD_END_RX = regex.compile(r",[^\S\n]*+[^.\n]{0,30}?\d[^.\n]{0,30}?\.[^\S\n]")
# a running or nationwide count in the item is the country's, as elsewhere
_ITEM_WIDE_RX = regex.compile(r"(?i)\b(?:since|nationwide|across\s+(?:the\s+country|Ukraine)|in\s+total)\b")


def incident_item(ctx: DocContext, places: DocPlaces, sent_start: int) -> str | None:
    """The place of a numbered incident whose heading opens the figure's line ("2. Sumy, 13 April. Two ballistic
    missiles struck the city centre. According to HRMMU, 35 civilians were killed"), the figure's own sentence naming
    none: the incident's, not the country of the monitor the sentence cites."""
    line_start, _ = ctx.line_at(sent_start)
    gap = _ITEM_NUMBER_RX.match(ctx.text, line_start)
    head = next((m for m in in_range(places.mentions, gap.end(), sent_start) if m.start == gap.end()), None)
    if (head is None or head.dateline or head.kind not in ("city", "district", "oblast")
            or in_range(places.mentions, sent_start, ctx.sentence_at(sent_start)[1])
            or _ITEM_WIDE_RX.search(ctx.text, sent_start, ctx.sentence_at(sent_start)[1])):
        return None
    end = _ITEM_HEAD_END_RX.match(ctx.text, head.end)
    return head.name if end is not None and end.end() <= sent_start else None


# unnamed places of a region, several of them: "residents of border villages", "from frontline communities"
_SEVERAL_AREAS_RX = regex.compile(r"(?i)\b(?:border|frontline|front-line|nearby|surrounding|neighbouring|neighboring|"
                                  r"several|other|outlying|rural)\s++(?:villages|settlements|communities|towns|areas|"
                                  r"districts|hromadas)\b")


_TAKEN_TO_RX = regex.compile(r"(?i)\b(?:to|into|towards?)\b[^.;,]{0,60}$")


def several_areas_region(text: str, sent_start: int, sent_end: int, earlier) -> str | None:
    """"... residents of the Shebekino urban district ... Gladkov added that 230 residents of border villages had been moved":
    a figure of several unnamed places is the region of the town the paragraph told of before, not that town's."""
    if earlier is None or earlier.kind != "city":
        return None   # (a district holds its villages: "In the Kupiansk district, ... out of front-line villages")
    # (not where people were taken: "taken to temporary accommodation points in schools of neighbouring districts")
    if any(not _TAKEN_TO_RX.search(text, max(sent_start, m.start() - 80), m.start())
           for m in _SEVERAL_AREAS_RX.finditer(text, sent_start, sent_end)):
        return region_of_town(earlier.name)
    return None


# a regional head speaking without a place of their own: "Acting governor Alexei Smirnov told Putin ...", "the
# region's governor said"; a city's head or a national body is no such speaker
_GOVERNOR_RX = regex.compile(r"(?i)\b(?:" + alternation(load_rules("claimants")["roles"]["governor"]) + r")\b")
_GOVERNOR_LOOKBACK = 1500   # characters before the paragraph where the governor's region may have been named


def governor_region(ctx: DocContext, places: DocPlaces, span_start: int) -> str | None:
    """A figure a governor gives in a paragraph naming no place, in a story about several ("Russia declared an emergency
    in the Kursk region ... Acting governor Smirnov said 121,000 people had been evacuated. He said 12 civilians had been
    killed"): the region named last before the paragraph."""
    line_start, _ = ctx.line_at(span_start)
    if places.main or not _GOVERNOR_RX.search(ctx.text, line_start, span_start) \
            or in_range(places.mentions, line_start, span_start):
        return None
    region = last_before(places.mentions, max(0, line_start - _GOVERNOR_LOOKBACK), line_start,
                         lambda m: m.kind == "oblast" and not m.dateline and m.cue != "from", limit=50)
    return region.name if region is not None else None


_ONE_REGION_MIN = 3   # named places a story must hold before their one region is its own


def one_region(ctx: DocContext, places: DocPlaces) -> str | None:
    """A figure naming no place in a story touring one region's towns and no other place ("schools in the Glushkovo,
    Sudzha and Rylsk districts ... 12 civilians have been killed since the incursion started"): that region, not the
    country's. A story naming places of two regions, or a country beside them, has none."""
    memo = places.memo
    if "one_region" not in memo:
        regions, named = set(), 0
        for m in places.mentions:
            if m.dateline or m.kind.startswith("anaphor") or m.kind == "sea":
                continue
            if m.kind == "country":
                if m.nation != "ru" and m.cue not in ("from", "by"):
                    regions.add(None)   # "in Ukraine": a story of the country, or of a second one
                continue
            region = m.name if m.kind in ("oblast", "area") else region_of_town(m.name.removesuffix(" district"))
            if region is not None:
                regions.add(region)
                named += 1
        memo["one_region"] = regions.pop() if len(regions) == 1 and named >= _ONE_REGION_MIN else None
    return memo["one_region"]
