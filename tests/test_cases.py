"""tests/cases/<family>.tsv (one sentence, its expected claims, an optional xfail reason) → one test per line."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extract.article import Article
from extract.pipeline import extract_article
from extract.schema import GROUPS, QUALIFIERS, SIDES, UNITS

CASES = Path(__file__).resolve().parent / "cases"
FAMILIES = ("air", "casualties", "displacement", "power", "negatives")
# "unspecified" is both a side and a group: in a case it means the group
ATTRIBUTE_OF = {**{u: "unit" for u in UNITS}, **{q: "qualifier" for q in QUALIFIERS},
                **{s: "side" for s in SIDES}, **{g: "group" for g in GROUPS}}


def parse_expected(cell: str) -> dict[tuple[str, float], dict]:
    """'killed=5[at_least,children]; injured=8' → {("killed", 5.0): {"qualifier": "at_least", "group": "children"}, ...}"""
    out = {}
    for item in filter(None, (p.strip() for p in cell.split(";"))):
        head, _, tail = item.partition("[")
        metric, _, value = head.partition("=")
        attrs = {}
        for word in filter(None, (w.strip() for w in tail.rstrip("]").split(","))):
            if word in ("cumulative", "single"):
                attrs["cumulative"] = word == "cumulative"
            else:
                attrs[ATTRIBUTE_OF[word]] = word
        out[(metric.strip(), float(value))] = attrs
    return out


def load_cases():
    for family in FAMILIES:
        with (CASES / f"{family}.tsv").open(encoding="utf-8", newline="") as f:
            for lineno, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                if not row or row[0].startswith("#"):
                    continue
                sentence, expected, reason = (row + ["", ""])[:3]
                sentence = sentence.replace("\\n", "\n")   # a written "\n" breaks the line: tables and lists
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason.strip() else []
                yield pytest.param(sentence, expected, id=f"{family}:{lineno}", marks=marks)


@pytest.mark.parametrize("sentence,expected", list(load_cases()))
def test_case(sentence: str, expected: str):
    result = extract_article(Article(doc_id="case", text=sentence))
    got = {(r["metric"], r["value"]): r for r in result.claims}
    want = parse_expected(expected)
    assert set(got) == set(want), f"{sentence!r}: got {sorted(got)}"
    for key, attrs in want.items():
        for name, value in attrs.items():
            assert got[key][name] == value, f"{key} {name}: got {got[key][name]!r}, want {value!r}"


def test_parse_expected_reads_every_attribute_kind():
    parsed = parse_expected("killed=5[count,at_least,children,russian,cumulative]; injured=2")
    assert parsed[("killed", 5.0)] == {"unit": "count", "qualifier": "at_least", "group": "children",
                                       "side": "russian", "cumulative": True}
    assert parsed[("injured", 2.0)] == {}
