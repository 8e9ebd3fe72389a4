"""Claim rows of one article → one row per figure: a figure repeated (headline, bullet, body) is one claim, kept where it
is best told; two reports of one figure that are two events stay two."""
from __future__ import annotations

import bisect
import itertools

import regex

from extract.actors import NATION_WORDS
from extract.claim_rows import _as_date, _safe
from extract.context import DocContext
from extract.dates import event_date as _event_date
from extract.docplaces import doc_places as _doc_places
from extract.gazetteer import NAMES as _NAMES
from extract.placeweights import head_end
from extract.regions import region_of_town as _region_of_town


# a launch count read from where the weapons landed ("two missiles hit the city"), not from their launch
_IMPACT_RX = regex.compile(r"[^.;]{0,60}?\b(?:hit|struck|slammed\s+into|landed)\b")
_LAUNCH_RX = regex.compile(r"\b(?:launched|fired|launch|fire)\b")


def _told_as_launch(row: dict) -> bool:
    if not row["metric"].endswith("_launched"):
        return True
    after = row["quote"][row["span_end"] - row["quote_start"]:]
    impact = _IMPACT_RX.match(after)
    return impact is None or _LAUNCH_RX.search(impact.group()) is not None


def _preference(row: dict, ctx: DocContext) -> tuple:
    # Of a figure repeated (headline, bullet, body), keep the body sentence that says who said it; of a table's row
    # and the prose repeating it ("the two dead were ..."), the row, which says what and where; of a launch count
    # told as impacts ("two missiles hit Dnipro", the governor) and as a launch ("Russia fired two missiles", the air
    # force), the launch. Of a reporter's attributed line and a speaker's quoted words repeating its figure ('"Over 500
    # drones ... in a single night," Zelensky wrote' after '... more than 500 drones ..., Ukrainian officials said'),
    # the reporter's line (claims-schema.md: a figure repeated under a later attribution keeps the first).
    # a key-figures box summing up the prose ("Item | Figure | Source") is no table that says more than the prose
    table = bool(ctx.table_rows) and (found := ctx.row_of_line(row["quote_start"])) is not None and not found.label_first
    return (_body_line(row) or table, row["claimant"] is not None, table, _told_as_launch(row),
            not _quoted(row), len(row["quote"].rstrip()))


def _quoted(row: dict) -> bool:
    """Is the figure a speaker's quoted words: the line opens on a quote, or the figure stands inside quotation marks
    ('Zelensky said Russia had attacked with "over 300 drones and eight missiles"')?"""
    quote = row["quote"]
    if quote.startswith(('"', '“', '«')):
        return True
    before = quote[:max(0, row["span_start"] - row["quote_start"])]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”") or before.rfind("«") > before.rfind("»")


def collapse(rows: list[dict], ctx: DocContext) -> list[dict]:
    """One row per (metric, unit, value) in an article: the same figure repeated (headline, bullet, body)
    is one claim. Places are not part of the key: a headline's place often differs from the body's; only two
    reports of the figure from different sources about different places, or two body lines of two towns or of two
    days, are two events (_distinct_events, _distinct_lines)."""
    kept: dict[tuple, list[dict]] = {}
    for row in rows:
        events = kept.setdefault((row["metric"], row["unit"], row["value"]), [])
        same = next((i for i, e in enumerate(events) if _same_event(row, e, ctx)), None)
        if same is None:
            events.append(row)
        elif _preference(row, ctx) > _preference(events[same], ctx):
            events[same] = row
    best = {id(e): e for events in kept.values() for e in events}
    owner = dict(best)   # id(row) → the kept row of its event
    for row in rows:
        if id(row) not in owner:
            events = kept[(row["metric"], row["unit"], row["value"])]
            owner[id(row)] = next((e for e in events if _same_event(row, e, ctx)), events[0])
    # "killed two" in the lead (Belgorod Oblast) and in the report (Nikolskoye): the town, told where it is best told
    towns: dict[int, dict] = {}
    for row in rows:
        k = owner[id(row)]
        if row is not k and _within(row, k) and (id(k) not in towns or _preference(row, ctx) > _preference(towns[id(k)], ctx)):
            towns[id(k)] = row
    for k, row in towns.items():
        best[k]["location"] = row["location"]
    # "seven killed across the country" in a bullet, "seven killed in Monday's attacks" in the report (its town taken
    # from the text before): the nation's toll
    for row in rows:
        k = owner[id(row)]
        if row["location"] in _COUNTRIES and _NATIONAL_SCOPE.search(row["quote"]) and k["location"] not in _COUNTRIES \
                and not _names_a_place(k, ctx):
            k["location"] = row["location"]
    # "killing 9 civilians" in a bullet, "killing nine people" in the report: the people the repeat names
    for row in rows:
        k = owner[id(row)]
        if k["group"] == "unspecified" and row["group"] in ("civilians", "military") and row["side"] == k["side"]:
            k["group"] = row["group"]
    # "Russia said it shot down 105 drones" in the lead, '"... destroyed 105 drones", the defence ministry said' in the
    # body: the speaker the repeat names, which the lead's state stands for
    for row in rows:
        k = owner[id(row)]
        if row is not k and _stands_for(k["claimant"], row["claimant"]):
            k["claimant"] = row["claimant"]
    # "cruise missiles — 1,743 (+10)" under the General Staff's report, then "The 10 cruise missiles were shot down as
    # ...": a figure told again with no speaker is still the speaker's who gave it first (in the body: a headline's
    # label "News Wrap: shelling kills 13" names no speaker)
    body_start = head_end(ctx)
    for row in rows:
        k = owner[id(row)]
        if k["claimant"] is None and row["claimant"] is not None and body_start <= row["quote_start"] < k["quote_start"]:
            k["claimant"] = row["claimant"]
    kept_rows = [r for r in rows if id(r) in best]
    _rounded_in_headline(kept_rows)
    return kept_rows


# a state by its name ("Russia", "Ukraine"), from the possessives of [nations]
_STATES = {w[:-2]: nation for w, nation in NATION_WORDS.items() if w.endswith(("'s", "’s"))}


def _stands_for(state: str | None, speaker: str | None) -> bool:
    """A state credited with a figure ("Russia") and a speaker of it named in full: the speaker is not a state, and
    not one named for the other state ("Ukraine's Air Force" does not speak for Russia)."""
    nation = _STATES.get(state or "")
    if nation is None or not speaker or speaker in _STATES:
        return False
    return NATION_WORDS.get(speaker.split(" ", 1)[0], nation) == nation


# a headline's figure rounds the body's within this share of it ("Nearly 2,600 evacuated" over "2,587 people")
_ROUNDING = 0.05


def _significant(value: float) -> int:
    """How many significant digits a whole count has: 2,600 → 2, 2,587 → 4 (a headline's round figure has fewer)."""
    digits = str(int(value)).rstrip("0")
    return len(digits) if value == int(value) else 99


def _rounded_in_headline(rows: list[dict]) -> None:
    """"Nearly 2,600 people evacuated" over a lede's "have taken 2,587 people out ... since the dam was blown up": a
    headline's round figure (not an exact one) is the body's figure, with its time frame and its day."""
    body = [r for r in rows if _body_line(r)]
    for row in rows:
        if _body_line(row) or row["qualifier"] == "exact" or not row["value"]:
            continue
        told = next((b for b in body if b["metric"] == row["metric"] and b["unit"] == row["unit"] and b["value"] != row["value"]
                     and abs(b["value"] - row["value"]) <= _ROUNDING * b["value"]
                     and _significant(row["value"]) < _significant(b["value"])), None)
        if told is not None:
            row["cumulative"] = told["cumulative"]
            row["_dated_as"] = told.get("_dated_as", (told["span_start"], told["span_end"]))


_NAME_WORD = regex.compile(r"[\w'-]{4,}")
_COUNTRIES = {"Ukraine", "Russia"}
# a source named only by its kind ("officials", "local authorities") may be any of the named ones
_GENERIC_SOURCE = regex.compile(r"(?i)(?:(?:the|local|regional|city|state|military|russian|ukrainian|officials?|authorities|"
                                r"police|administration|ministry|governor|mayor|sources?|emergency|services?)(?:\s+|$))+")


def _naming_words(claimant: str) -> set[str]:
    """The words that tell one source from another: "Kyiv City Military Administration" and "Odesa regional military
    administration" share only the words of their kind."""
    return {w for w in _NAME_WORD.findall(claimant.lower()) if not _GENERIC_SOURCE.fullmatch(w)}


def _same_event(a: dict, b: dict, ctx: DocContext) -> bool:
    return not _distinct_events(a, b) and not _distinct_lines(a, b, ctx)


def _distinct_events(a: dict, b: dict) -> bool:
    """Two reports of one figure that are two events: each has its own named source and its own place, in two known
    regions ("wounded two people in Kyiv, the mayor said" and "left two people injured in Zaporizhzhia region, the
    governor said"); a place of no known region may lie in the other's."""
    if a["location"] is None or b["location"] is None or a["location"] in _COUNTRIES or b["location"] in _COUNTRIES:
        return False
    if any(c is None or _GENERIC_SOURCE.fullmatch(c) for c in (a["claimant"], b["claimant"])):
        return False
    if _naming_words(a["claimant"]) & _naming_words(b["claimant"]):
        return False
    # "Kharkiv" and "the Kharkiv region", two towns of one region: one area, likely one event told twice
    area_a, area_b = _area(a["location"]), _area(b["location"])
    return None not in (area_a, area_b) and area_a != area_b and not _within(a, b) and not _within(b, a)


_NATIONAL_SCOPE = regex.compile(r"(?i)\b(?:across|throughout|all over) (?:the country|(?:all of )?(?:Ukraine|Russia))\b"
                                r"|\b(?:nationwide|countrywide|in total|in all)\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CALENDAR_DAY = regex.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}(?!\w)|\d{{1,2}}\.\d{{2}}\.\d{{4}})")


def _body_line(row: dict) -> bool:
    return row["quote"].rstrip().endswith((".", '"', "”", "!", "?"))


def _distinct_lines(a: dict, b: dict, ctx: DocContext) -> bool:
    """Two body sentences of one figure that are two events: a summary's town lines ("Pokrovsk. One person was
    killed ..." and "Bilenke. One person was killed ...") name two towns, neither inside the other; a day's toll and
    the previous day's ("On Sunday, strikes killed two people") fall on two days. A headline or deck repeating the
    body is no body sentence, so it still collapses."""
    if a["quote_start"] == b["quote_start"] or not (_body_line(a) and _body_line(b)):
        return False
    pa, pb = a["location"], b["location"]
    towns = [p for p in (pa, pb) if p and p not in _COUNTRIES and not p.endswith((" Oblast", " Krai"))]
    # a line that names no place took its town from the text before ("The toll of 35 dead had not changed, he added."):
    # a repeat, no town line of its own
    if len(towns) == 2 and pa.removesuffix(" district") != pb.removesuffix(" district") \
            and _names_a_place(a, ctx) and _names_a_place(b, ctx):
        return True
    # a country's toll said to be one ("In total, one person was killed across Ukraine") beside a town's same figure
    # ("In Lviv, one person was killed"): the nation's count and the town's, two claims even when equal; a line naming
    # no place ("seven were killed in Monday's attacks") took its town from the text before and repeats the nation's
    national = [r for r in (a, b) if r["location"] in _COUNTRIES and _NATIONAL_SCOPE.search(r["quote"])]
    if len(national) == 1 and None not in (pa, pb) and (pa in _COUNTRIES) != (pb in _COUNTRIES) \
            and _names_a_place(b if national[0] is a else a, ctx):
        return True
    # a day told by its calendar date ("On Sunday, January 26"), not a reporting day ("on Thursday morning") or a
    # span ("the weekend") that may or may not be the other line's day; and told of another place (a town's line, the
    # region's previous day): a toll repeated of one place ("On October 2 ... killing 13", "updated the toll to 13")
    # is one event whose repeat took the day it was told
    if _event_date is None or pa == pb \
            or not (_CALENDAR_DAY.search(a["quote"]) or _CALENDAR_DAY.search(b["quote"])):
        return False
    da = _as_date(_safe(_event_date, ctx, a["span_start"], a["span_end"], a["metric"], a["cumulative"]))
    db = _as_date(_safe(_event_date, ctx, b["span_start"], b["span_end"], b["metric"], b["cumulative"]))
    return None not in (da, db) and da != db


def _names_a_place(row: dict, ctx: DocContext) -> bool:
    """Does the row's line (its paragraph) name a place of its own?"""
    if _doc_places is None:
        return True
    start, end = ctx.line_at(row["span_start"])
    mentions = _doc_places(ctx).mentions
    i = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    return any(not m.kind.startswith("anaphor") and m.kind != "country"
               for m in itertools.takewhile(lambda m: m.start < end, mentions[i:]))


def _area(place: str) -> str | None:
    """The region a place is in, named without its kind; None for a place of no known region."""
    region = place if place.endswith((" Oblast", " Krai")) else (
        _region_of_town(place.removesuffix(" district")) if _region_of_town else None)
    return region.removesuffix(" Oblast").removesuffix(" Krai") if region else None


def _within(row: dict, kept: dict) -> bool:
    """Is row's place a town or district inside the region kept names (a listed town of that region, or one whose region
    the gazetteer does not know, a Russian village, told with the same side)?"""
    place, region = row["location"], kept["location"]
    if not place or not region or not region.endswith((" Oblast", " Krai")) or place.endswith((" Oblast", " Krai")):
        return False
    town = place.removesuffix(" district")
    entry = _NAMES.get(town)
    if entry is not None and (entry.kind != "city" or _region_of_town(town) is not None):
        # "Kherson" beside "Kherson Oblast": the region's centre and namesake, often the region itself
        return entry.kind == "city" and not entry.region_word and _region_of_town(town) == region
    return row["side"] == kept["side"]
