"""Found figures + article + context → rows of the claims and documents tables (extract/schema.py)."""
from __future__ import annotations

import hashlib
from datetime import date

import regex

from extract import attributes, followon, sides, tablerows
from extract.actors import NATION_WORDS
from extract.article import Article
from extract.context import DocContext
from extract.masking import list_reach
from extract.schema import CLAIM_COLUMNS
from extract.vocab import load_rules

from extract.claimants import claimant as _claimant
from extract.placedoffices import office_of_place as _office_of_place
from extract.dates import event_date as _event_date
from extract.docplaces import doc_places as _doc_places
from extract.metadata import infer_metadata as _infer_metadata
from extract.places import location as _location
from extract.regions import nation_in_doc as _nation_of_mentions, nation_of as _nation_of, region_base as _region_base


_SUBSIDIARY_HEADS = frozenset(load_rules("claimants")["subsidiaries"]["heads"])


# a nation written before a body's name, as the claimant writes it ("Ukraine's") or as a page may ("Ukrainian")
_NATION_LEAD_RX = regex.compile(r"(ukrain(?:e['’]s|ian)|russi(?:a['’]s|an))\s++")


# a body shown by its full name with the acronym the article gave it ("Office of the UN High Commissioner for Human
# Rights (OHCHR)"): its own page may go by either
_INTRODUCED_RX = regex.compile(r"(.+?)\s\((\p{Lu}{2,})\)")


def _not_the_publisher(name: str | None, publisher: str | None) -> str | None:
    """The claimant, or None when it is the article's own outlet ("As Ukrinform reported, ..." in Ukrinform's
    story, "an Ukrainska Pravda count" in Ukrainska Pravda's): the outlet states the figure itself."""
    if not name or not publisher:
        return name
    if introduced := _INTRODUCED_RX.fullmatch(name):   # "UN Human Rights Monitoring Mission in Ukraine (HRMMU)": either name
        return name if all(_not_the_publisher(part, publisher) for part in introduced.groups()) else None
    from extract.publisher import ALIAS_LOOKUP

    from extract.actors import BODY_ALIASES

    def outlet(n: str) -> str:
        n = BODY_ALIASES.get(n.strip(), n.strip())   # a body by its acronym: "SES" on the State Emergency Service's site
        n = n.lower()
        return ALIAS_LOOKUP.get(n, n).lower().removeprefix("the ")
    from extract.selfnamed import _SUFFIXES

    # "according to Amnesty's verification" on Amnesty International's page: the name without its global suffix
    words = publisher.split()
    bare = " ".join(words[:-1]) if len(words) > 1 and words[-1] in _SUFFIXES else publisher
    # ("according to Gazeta.ua's calculations" on Gazeta.ua's page: the address's stem is the outlet too)
    stem = publisher.split(".")[0] if "." in publisher and " " not in publisher else publisher
    named = outlet(name)
    def nation_and_base(n: str) -> tuple[str, str]:
        m = _NATION_LEAD_RX.match(n)
        return (m.group(1)[:3], n[m.end():]) if m else ("", n)
    if nation_and_base(named) in (nation_and_base(outlet(publisher)), nation_and_base(outlet(bare))):
        return None   # "Ukraine's Sea Ports Authority" on the Ukrainian Sea Ports Authority's own page
    if name.startswith(publisher + " ") and name.split()[-1] in _SUBSIDIARY_HEADS:
        return None   # "DTEK Kyiv Regional Electric Networks reports 620,000 ..." on DTEK's own page
    return None if named in (outlet(publisher), outlet(bare), stem.lower()) or (
        "." in named and " " not in named and named.split(".")[0] == stem.lower()) else name


def _speaker_nation(claimant: str | None) -> str | None:
    """"ua" or "ru" for a claimant named with its nation ("Russia's Defence Ministry"), else None."""
    return NATION_WORDS.get(claimant.split(" ", 1)[0]) if claimant else None


def _safe(fn, *args):
    # another module's bug must not lose the article's claims: the column just stays empty
    if fn is None:
        return None
    try:
        return fn(*args)
    except Exception:  # noqa: BLE001
        return None


def _nation_in_doc(ctx: DocContext, location: str | None, offset: int) -> str | None:
    return _nation_of_mentions(_doc_places(ctx).mentions, location, offset, ctx.line_at(offset)[0] if ctx.lines else None, ctx.text)


def _as_date(v) -> date | None:
    if v is None or isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _found_in(key: str, known: dict, meta: dict, value) -> str:
    """How a document field was found: `manifest` when known from outside the text, else the inference's word."""
    if known.get(key):
        return "manifest"
    return "none" if value is None else (meta.get(f"{key}_from") or "text")


def document_row(article: Article) -> dict:
    """The documents-table row: what `known` says wins over what the text suggests."""
    known = article.known
    meta = _safe(_infer_metadata, article.text) or {}
    published = _as_date(known.get("published")) or _as_date(meta.get("published"))
    publisher = known.get("publisher") or meta.get("publisher")
    return {
        "doc_id": article.doc_id,
        "publisher": publisher,
        "url": known.get("url") or meta.get("url"),
        "published": published,
        "title": known.get("title") or meta.get("title"),
        "n_claims": 0,
        "published_from": _found_in("published", known, meta, published),
        "publisher_from": _found_in("publisher", known, meta, publisher),
        "restated": bool(known.get("restated", False)),
        "source_path": article.source_path,
        "content_sha256": article.content_sha256,
        "n_chars": len(article.text),
        "text": article.text,
    }


def claim_id(doc_id: str, metric: str, start: int, end: int, extractor: str, value: float) -> str:
    key = f"{doc_id}\x1f{metric}\x1f{start}\x1f{end}\x1f{extractor}\x1f{value!r}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def rows_for(article: Article, document: dict, ctx: DocContext, sentences, found, rules) -> list[dict]:
    rows = []
    last_group: dict[int, str] = {}
    last_side: dict[int, str] = {}
    row_of: dict[int, dict] = {}
    placed: list[tuple[dict, int]] = []   # rows so far with their sentence
    parts: list[tuple[dict, int, int]] = []   # "N of the missiles" rows left national: (row, sentence, start)
    for f in found:
        masked = sentences[f.sentence]
        a, b = masked.token_spans[f.token]
        q = f.quantity
        sent_start, sent_end = masked.start, masked.end
        casualty = f.metric in attributes.CASUALTY_METRICS
        location = _safe(_location, ctx, q.start, q.end, f.metric)
        row = {
            "claim_id": claim_id(article.doc_id, f.metric, q.start, q.end, f.rule.name, q.value),
            "doc_id": article.doc_id,
            "publisher": document["publisher"],
            "url": document["url"],
            "published": document["published"],
            "metric": f.metric,
            "value": float(q.value),
            "unit": q.unit,
            "qualifier": f.qualifier,
            "event_date": None,   # filled by add_event_dates once repeats are collapsed (it is the costly one)
            "location": location,
            "group": None,
            "side": None,
            # a casualty figure's time frame waits for its group, below
            "cumulative": None if casualty else attributes.cumulative_of(masked.text, a, f.metric, None, q.value, rules),
            "claimant": _not_the_publisher(_safe(_office_of_place, _safe(_claimant, ctx, q.start, q.end), location),
                                           document["publisher"]),
            "quote": article.text[sent_start:sent_end],
            "span_start": q.start,
            "span_end": q.end,
            "extractor": f.rule.name,
            "quote_start": sent_start,
            "evidence": article.text[q.start:q.end],
        }
        ref = row_of.get(id(f.ref)) if f.ref is not None else None
        if ref is None and (f.attrs.get("subset") or _PART_OPENER.match(masked.text)):
            # a part named by its own rule ("Of those killed, 545 were children", "Two of the dead were in X") is
            # a part of the total of its metric just before it: its group, side and time frame unless it names its own
            reach = list_reach(sentences, f.sentence)
            ref = next((r for r, si in reversed(placed) if r["metric"] == f.metric and f.sentence - si <= reach), None)
            if ref is None and f.attrs.get("subset") and placed and placed[-1][1] == f.sentence - 1 \
                    and placed[-1][0]["metric"] in attributes.CASUALTY_METRICS and placed[-1][0]["cumulative"]:
                # "6,702 killed since the invasion. ... 10,479 injured over the same period. Among those killed were 415
                # children": the tally's toll a sentence further back, past its injured
                ref = next((r for r, si in reversed(placed) if r["metric"] == f.metric and f.sentence - si <= 2), None)
            if ref is not None and (reach > 1 or not f.attrs.get("subset")):
                # a list's line, or "Of them, 614 children ...": the day of the total it breaks down
                row["_dated_as"] = ref.get("_dated_as", (ref["span_start"], ref["span_end"]))
        if casualty:
            # no noun of its own ("and 11 were injured"): the group of the sentence's previous figure, else, for
            # "more" of them, of the sentence before ("The attack killed 5 civilians. Ten more were wounded.")
            own_group = f.attrs.get("group") or attributes.group_of(masked.text, a, b, rules)
            if own_group in (None, "unspecified") and attributes.young_by_age(masked, b):   # "three brothers aged 7 and 4"
                own_group = "children"
            # "This likely includes 40,000-60,000 killed": a part of the casualties total just told
            whole = None if own_group or ref is not None or f.sentence == 0 else followon.included_in_total(
                sentences[f.sentence - 1].text, masked.text, a, rules)
            if whole is not None:
                own_group = whole[0]
            # a part of a total named only "bodies" or "people" is of the total's group ("Donetsk direction - 585 bodies;")
            # (a sentence opening on the other side's people: "On the Russian side, ... up to 120,000 dead" after
            # "70,000 Ukrainian soldiers": the people of that side of the same kind)
            lead = attributes.side_lead(masked.text, rules)
            by_death = attributes.died_serving(masked.text, b)
            if ref is not None and ref.get("_by_death"):
                # "Of them, 354 died defending Ukraine ..., and 163 were killed at work": a part of the total, not of the 354
                ref = next((r for r, si in reversed(placed) if r["metric"] == f.metric and not r.get("_by_death")
                            and f.sentence - si <= 1), None)
            group = (None if ref is not None and own_group == "unspecified" else own_group) or (ref or {}).get("group") \
                or own_group or (None if followon.own_teller(masked.text, a) else last_group.get(f.sentence)) \
                or (lead and lead[1]) \
                or ((followon.more_of_them(masked.text, a, b) or lead) and last_group.get(f.sentence - 1)) or "unspecified"
            if group == "unspecified" and ref is None and own_group == "unspecified":
                group = _part_of_total(placed, f.metric, f.sentence, q.value, location) or group
            if group == "unspecified":   # a table's row: the people its header or intro names ("civilian casualties")
                group = tablerows.table_group(ctx, q.start) or group
            row["group"] = group
            # no noun of its own ("50 prisoners of war dead and 73 wounded"): the same people, the same side
            row["side"] = f.attrs.get("side") or (ref or {}).get("side") or (whole and whole[1]) \
                or (None if own_group else last_side.get(f.sentence)) \
                or sides.side_of(masked.text, a, b, group, location, rules, _safe(_nation_in_doc, ctx, location, q.start),
                                      _speaker_nation(row["claimant"]))
            # (nor does a group told by how they died: "354 died defending Ukraine ..., and 163 were killed at work")
            row["_by_death"] = by_death
            if ref is None and not f.attrs.get("subset") and not by_death:
                last_group[f.sentence] = group
                last_side[f.sentence] = row["side"]
            row["cumulative"] = attributes.cumulative_of(masked.text, a, f.metric, group, q.value, rules) \
                or (f.sentence > 0 and followon.includes_before(masked.text, sentences[f.sentence - 1].text, rules)) \
                or (f.sentence > 0 and followon.period_before(masked.text, a, sentences[f.sentence - 1].text, rules))
            if whole is not None and whole[2] is not None:
                row["cumulative"] = whole[2]
        if ref is not None:
            # a subset or continuation of an earlier figure shares its time frame, unless its own clause names one
            # ("734,000 since the invasion, including 1,560 over the past day")
            own = attributes.clause_time_frame(masked.text, a, rules, own_sentence=f.ref is None and ref["quote_start"] != sent_start)
            row["cumulative"] = ref["cumulative"] if own is None else own
        elif placed and followon.continues_tally(masked.text, a, f.metric, f.sentence - placed[-1][1],
                                                    placed[-1][0], rules):
            row["cumulative"] = True
        elif placed and followon.report_continues(masked.text, f.metric, f.sentence - placed[-1][1], placed[-1][0], rules):
            row["cumulative"] = True
        elif (f.metric == "evacuated" and not row["cumulative"] and placed and placed[-1][1] == f.sentence
              and placed[-1][0]["metric"] == f.metric and placed[-1][0]["cumulative"]
              and attributes.clause_time_frame(masked.text, a, rules) is None):
            # "1.1 million displaced persons left Donetsk Oblast, and around 780,000 left Kharkiv Oblast": the same tally
            row["cumulative"] = True
        elif (f.metric == "evacuated" and not row["cumulative"] and placed and f.sentence - placed[-1][1] <= 2
              and placed[-1][0]["metric"] == f.metric and placed[-1][0]["cumulative"]
              and followon.partitive_of_before(masked.text, a) and attributes.clause_time_frame(masked.text, a, rules, True) is None):
            # "received 4,300 evacuees since the start of August. ... Nearly 3,000 of them were housed": a part of that tally
            row["cumulative"] = True
        if placed and f.sentence - placed[-1][1] <= 1 and followon.same_period(masked.text):
            # "... over the week. In Kursk, 2,070 over the same period": the time frame of the figure before
            row["cumulative"] = placed[-1][0]["cumulative"]
        if (frame := tablerows.total_row_frame(ctx, q.start, f.metric, placed)) is not None:
            row["cumulative"] = frame
        if "cumulative" in f.attrs:
            row["cumulative"] = f.attrs["cumulative"]
        if f.metric == "residents_remaining":
            # people still there are a count at one time, whatever their clause tells of them ("212 children whose
            # parents have so far refused to leave"), also as a subset of a total
            row["cumulative"] = False
        national_downed = location in _NATIONS and f.metric.endswith("_shot_down")
        part_of = national_downed and _of_them(masked.text, a, b)
        if national_downed and (part_of or _bare_opening(masked.text, a, b) or _ALL_BEFORE.search(masked.text, max(0, a - 4), a)):
            # ("two of the missiles" points back to the launch told a few sentences before, past a sentence on the bombers)
            row["location"] = _launched_place(placed, f.metric, f.sentence, _OF_REACH if part_of else 1) or location
        row_of[id(f)] = row
        placed.append((row, f.sentence))
        rows.append({c: row.get(c) for c in CLAIM_COLUMNS} | ({"_dated_as": row["_dated_as"]} if "_dated_as" in row else {}))
        if part_of and row["location"] in _NATIONS:
            parts.append((rows[-1], f.sentence, q.start))
    # "three of the five Kalibr cruise missiles fired at the Odesa region had been shot down": the part told before its
    # launch, in the same sentence, is that launch's
    for out, sentence, start in parts:
        launch = next((r for r, si in placed if si == sentence and r["span_start"] > start
                       and r["metric"] == out["metric"].replace("_shot_down", "_launched")), None)
        if launch is not None and launch["location"] not in (None, *_NATIONS):
            out["location"] = launch["location"]
    return rows


# a sentence opening on the total it breaks down: "Of them, 614 children were killed and 1,467 injured" after the
# war's totals is a part of those totals (their time frame and side), whatever rule read it
_PART_OPENER = regex.compile(r"(?i)^(?:of|among)\s++(?:them|those|these|whom|the\s++(?:dead|killed|victims|injured|wounded|total))\s*+,")


# also "Fifteen of the missiles": the definite article points back to the weapons just counted; "three of which were
# shot down" after "fired five missiles at an airfield in the Kursk region"
_OF_THEM_AFTER = regex.compile(r" (?:more )?of (?:them|these|those|the|which)\b")
# a tally placed only by its country (Ukraine's, or Russia's ministry's) that a part of a launch with a place of its own is
_NATIONS = ("Ukraine", "Russia")
# ("Russia sent 32 drones towards the Odesa region, of which 23 were shot down", "out of which 20 were downed")
_OF_THEM_BEFORE = regex.compile(r"\b(?:[Oo]f|[Oo]ut of|[Aa]mong) (?:them|these|those|which|this number|that number),? $")


def _of_them(masked: str, a: int, b: int) -> bool:
    """"19 of them were shot down", "Of those, 41 were downed": a part of a count told just before."""
    return bool(_OF_THEM_AFTER.match(masked, b) or _OF_THEM_BEFORE.search(masked, max(0, a - 20), a))


_BARE_AFTER = regex.compile(r" (?:was|were|had been|have been|has been)\b")
# "Air defence shot down all 19 drones" after "launched 19 Kalibr cruise missiles and 19 Shahed drones": that launch's
_ALL_BEFORE = regex.compile(r"(?i)\ball $")


def _bare_opening(masked: str, a: int, b: int) -> bool:
    """"Two Iskanders were fired at Cherkasy. One was shot down": a sentence opening on a bare figure, no weapon of its
    own, counts a part of the launch just told."""
    # ("All 31 were destroyed." after "launched 31 missiles at Kyiv" is the same launch's)
    return (a == 0 or masked[:a] in ("All ", "all ")) and bool(_BARE_AFTER.match(masked, b))


_OF_REACH = 3   # sentences back that "N of them" or "N of the missiles" may point to its launch


def _part_of_total(placed: list[tuple[dict, int]], metric: str, sentence: int, value: float, location: str | None) -> str | None:
    """"Russian attacks killed four civilians in Donetsk region. Two people were killed in Dobropillia": the people of
    a town of the region the sentence before counts, fewer than its total, are of the total's group."""
    total = next((r for r, si in reversed(placed) if si == sentence - 1 and r["metric"] == metric), None)
    if (total is None or total["group"] not in ("civilians", "military") or not total["value"] > value or not location
            or total["cumulative"] or not (total["location"] or "").endswith(" Oblast")):
        return None   # (a day's toll of the region is no part of a town's months-long count)
    inside = not location.endswith(" Oblast") and _region_base(location) == total["location"].removesuffix(" Oblast")
    return total["group"] if inside and _nation_of(total["location"]) == "ua" else None


def _launched_place(placed: list[tuple[dict, int]], metric: str, sentence: int, reach: int = 1) -> str | None:
    """The place of the launch count that "of them" points to, in the sentence before (or within reach): "Russia
    attacked Odesa with 25 drones. Air defence shot down 19 of them." is Odesa's tally, not the country's."""
    launched = metric.replace("_shot_down", "_launched")
    for row, si in reversed(placed):
        if sentence - si > reach:
            break
        if row["metric"] == launched:
            if si == sentence and row["location"] in (None, *_NATIONS):
                continue   # "All 31 were destroyed.": its own launched 31, placed no better than it, is not the launch told
            return row["location"] if row["location"] not in (None, *_NATIONS) else None
    return None


def add_event_dates(rows: list[dict], ctx: DocContext) -> list[dict]:
    for row in rows:
        start, end = row.pop("_dated_as", (row["span_start"], row["span_end"]))
        row["event_date"] = _as_date(_safe(_event_date, ctx, start, end, row["metric"], row["cumulative"]))
    return rows
