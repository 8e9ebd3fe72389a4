"""extract/dates.py and extract/datementions.py → checked against our own sentences (cases/dates.tsv), Recognizers-Text DateParser specs and the gold sets."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.article import Article
from extract.context import DocContext
from extract.dates import event_date, find_dates, parse_date
from extract.pipeline import extract_article

CASES = Path(__file__).resolve().parent / "cases" / "dates.tsv"
SPECS = Path(__file__).resolve().parents[2] / "shared" / "reference" / "recognizers-text"
MARK = regex.compile(r"\[\[(.+?)\]\]")


def _rows(kind: str) -> list:
    with CASES.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t") if r and r[0] == kind]
    return [pytest.param(text.replace("\\n", "\n"), date.fromisoformat(ref), date.fromisoformat(exp) if exp else None, id=text[:40])
            for _, text, ref, exp in rows]


@pytest.mark.parametrize("text,reference,expected", _rows("parse"))
def test_parse_date(text, reference, expected):
    assert parse_date(text, reference) == expected


@pytest.mark.parametrize("text,published,expected", _rows("event"))
def test_event_date(text, published, expected):
    marked = MARK.search(text)
    plain = MARK.sub(lambda m: m.group(1), text)
    start = marked.start()
    ctx = DocContext.build(plain, published=published)
    assert event_date(ctx, start, start + len(marked.group(1))) == expected


def _claim_rows() -> list:
    with CASES.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t") if r and r[0] == "claim"]
    return [pytest.param(text.replace("\\n", "\n"), ref, figure, date.fromisoformat(exp) if exp else None, id=f"{figure} {text[:40]}")
            for _, text, ref, figure, exp in rows]


@pytest.mark.parametrize("text,published,figure,expected", _claim_rows())
def test_claim_event_date(text, published, figure, expected):
    """The whole pipeline: the claim metric=value of the text is dated expected (its metric and time frame count)."""
    metric, _, value = figure.partition("=")
    claims = extract_article(Article(doc_id="case", text=text, known={"published": published})).claims
    dated = [c["event_date"] for c in claims if c["metric"] == metric and c["value"] == float(value)]
    assert dated, f"no {figure} claim in {[(c['metric'], c['value']) for c in claims]}"
    assert str(dated[0]) == str(expected)


def test_mentions_carry_roles_and_offsets():
    text = "Since Feb. 24, as of Monday, 40 people had left; the report was released on March 3."
    mentions = find_dates(text, reference=date(2022, 3, 9))
    assert [(text[m.start:m.end], m.role) for m in mentions] == [("Feb. 24", "start"), ("Monday", "asof"), ("March 3", "report")]


def test_without_reference_a_yearless_date_is_unknown():
    assert parse_date("Dec. 26") is None and parse_date("December 26, 2022") == date(2022, 12, 26)


# ---- Recognizers-Text DateParser spec ----
# Scope rule: news dates about the past, written with digits. A case is in scope when its expected text
# is a month name with a day in digits (optional weekday, ordinal suffix, "of", 4-digit year), a numeric
# date with a 4-digit year, a weekday alone (optionally "on" or "last"), or yesterday / today / the day
# before yesterday. Out of scope: the future (tomorrow, next, this Friday, from now, later), day numbers
# alone, number words, two-digit years, week arithmetic ("first Friday of"), durations ("two days ago").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|wed|mon|tue|thu|fri|sat|sun"
_IN_SCOPE = regex.compile(
    rf"(?:(?:{_WEEKDAY}),?\s*)?(?:{_MONTH}[\s./-]*\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?{_MONTH}(?:\s*\d{{4}})?)"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
    rf"|(?:on\s+|last\s+)?(?:{_WEEKDAY})|yesterday|today|the day before yesterday", regex.I)

_DATE_KNOWN_FAILURES = {
    "I'll go back Oct2": "a month glued to its day is not read",
    "I'll go back October2": "a month glued to its day is not read",
}


def _date_cases():
    path = SPECS / "DateParser.json"
    if not path.exists():
        return []
    params = []
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        results = case["Results"]
        if len(results) != 1 or not _IN_SCOPE.fullmatch(results[0]["Text"].strip()):
            continue
        past = results[0]["Value"].get("PastResolution", {}).get("date")
        reference = date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])
        if not past or not "1900" <= past[:4] <= "2099" or date.fromisoformat(past) > reference:
            continue   # invalid or pre-1900 dates and dates after the reference are out of scope
        marks = [pytest.mark.xfail(strict=True, reason=_DATE_KNOWN_FAILURES[case["Input"]])] if case["Input"] in _DATE_KNOWN_FAILURES else []
        params.append(pytest.param(case["Input"], reference, date.fromisoformat(past), id=case["Input"][:40], marks=marks))
    return params


@pytest.mark.parametrize("text,reference,expected", _date_cases())
def test_recognizers_date_parser(text, reference, expected):
    assert parse_date(text, reference) == expected


# ---- gold sets: event_date accuracy over every gold claim whose evidence is found ----
EVENT_DATE_FLOOR = 0.90


def test_event_date_accuracy_on_gold(shared):
    from tests.goldharness import gold_claims_with_spans
    total = right = 0
    for ctx, start, end, gold in gold_claims_with_spans(shared):
        total += 1
        right += str(event_date(ctx, start, end)) == str(gold["event_date"]) if gold["event_date"] else event_date(ctx, start, end) is None
    print(f"event_date accuracy on gold evidence spans: {right}/{total} = {right / total:.3f}")   # shown with pytest -s
    assert total > 100
    assert right / total >= EVENT_DATE_FLOOR, f"event_date accuracy {right}/{total}"


_PIECES = st.sampled_from(["On Monday, ", "Dec. 26", " 40 people ", "since Feb. 24", "\n", "as of ", "yesterday",
                           "at the time", "toll rose to 9", "three weeks earlier", "between Dec. 24 and 27", ". ", "2022"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.integers(0, 400), st.one_of(st.none(), st.dates()))
def test_event_date_never_fails_and_answers_a_date_or_none(text, offset, published):
    ctx = DocContext.build(text, published=published)
    start = min(offset, len(text))
    result = event_date(ctx, start, min(start + 2, len(text)))
    assert result is None or isinstance(result, date)



@pytest.mark.parametrize("text,expected", [("the " * 8_000, date(2024, 1, 10)), ("1 " * 8_000, date(2024, 1, 10)),
                                           ("Oct. 1 strike that hit " * 1_000, date(2023, 10, 1)),
                                           ("On Monday 40 people, adding that " * 600, date(2024, 1, 8))],
                         ids=["function words", "digits", "dated attack clauses", "statements"])
def test_long_lines_without_sentence_ends_are_dated(text, expected):
    # one long line, one sentence: every figure's look-up stays local instead of rescanning the line
    ctx = DocContext.build(text, published=date(2024, 1, 10))
    assert {event_date(ctx, offset, offset + 1) for offset in range(0, len(text), len(text) // 10)} == {expected}


@pytest.mark.parametrize("title,body,published,expected", [
    # a report's title names the day it covers: figures nothing else dates stand there
    ("Protection of civilians in Ukraine: update, 31 October 2023", "The mission verified that 200 civilians were killed.",
     date(2023, 11, 9), date(2023, 10, 31)),
    # a date the title names long before publication is history, not the period covered
    ("Ten years on from the 20 February 2014 shootings", "The mission verified that 200 civilians were killed.",
     date(2024, 2, 20), date(2024, 2, 20)),
    # a period inside the headline's sentence belongs to the headline's figure only
    ("UN reports 406 civilian deaths from Feb 24 to Mar 6", "The agency said 200 people were killed.",
     date(2022, 3, 7), date(2022, 3, 7)),
    # a body date still wins over the title
    ("Monthly update, 31 October 2023", "On 2 November, 200 civilians were killed.", date(2023, 11, 9), date(2023, 11, 2)),
])
def test_title_day_dates_undated_figures(title, body, published, expected):
    text = f"{title}\n\n{body}"
    ctx = DocContext.build(text, published=published, title=title)
    start = text.index("200")
    assert event_date(ctx, start, start + 3) == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["On March 3, 12 were killed.", "Monday", "\n", "the toll rose to 9 on 4 May", "x"]), max_size=12),
       st.integers(0, 200), st.integers(0, 200))
def test_document_mentions_are_those_of_a_whole_text_scan(pieces, a, b):
    from extract.datefacts import Facts as _Facts
    text = " ".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    ctx = DocContext.build(text, published=date(2024, 5, 10))
    whole = find_dates(text, reference=ctx.published)
    want = [m for m in whole if start <= m.start < end and m.end <= end]
    assert [(m.start, m.end, m.day) for m in _Facts(ctx).mentions(start, end)] == [(m.start, m.end, m.day) for m in want]


@pytest.mark.parametrize("title,body,figure,cumulative,expected", [
    # a list led by "totals as of 10 March:" stands at that day, not at the week a weekly's title covers (nor its rises)
    ("War in numbers: week of 3-9 March 2025", "2. The General Staff's totals as of 10 March:\n— personnel — about 890,000 (+1,200);\n— tanks — 10,200 (+5);",
     "890,000", True, date(2025, 3, 10)),
    ("War in numbers: week of 3-9 March 2025", "2. The General Staff's totals as of 10 March:\n— personnel — about 890,000 (+1,200);\n— tanks — 10,200 (+5);",
     "+5", False, date(2025, 3, 10)),
    ("Weekly digest: 3–9 March 2025", "Russian losses as of the morning of 10 March, per the General Staff:\n- tanks: 10,200 (+5)\n- personnel: 890,000 (+1,200)",
     "890,000", True, date(2025, 3, 10)),
    # (a lead with no day of its own leaves the report's day)
    ("War in numbers: week of 3-9 March 2025", "2. The General Staff's totals for the week:\n— personnel — about 890,000 (+1,200);\n— tanks — 10,200 (+5);",
     "890,000", True, date(2025, 3, 11)),
    # (nor one whose day lies after publication: a slip, no report's day)
    ("War in numbers: week of 3-9 March 2025", "2. The General Staff's totals as of 10 March 2027:\n— personnel — about 890,000 (+1,200);\n— tanks — 10,200 (+5);",
     "890,000", True, date(2025, 3, 11)),
    ("War in numbers: week of 3-9 March 2025", "2. The General Staff's totals as of 10 March 2024:\n— personnel — about 890,000 (+1,200);\n— tanks — 10,200 (+5);",
     "890,000", True, date(2025, 3, 11)),
])
def test_list_lead_asof_dates_its_items(title, body, figure, cumulative, expected):
    text = f"{title}\n\n{body}"
    ctx = DocContext.build(text, published=date(2025, 3, 11), title=title)
    start = text.index(figure)
    assert event_date(ctx, start, start + len(figure), "killed", cumulative) == expected
