"""tests/heldout (articles written here in other house styles; see tests/heldout/README.md for which were
scored before any rule change touched them) → ../shared/eval/score.py floors."""
from __future__ import annotations

from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout"
FLOORS = {"f1": 0.95, "precision": 0.97, "recall": 0.94}
ATTRIBUTE_FLOOR = 0.90
DOCUMENT_FLOORS = {"published_accuracy": 0.95, "publisher_accuracy": 0.9}


@pytest.fixture(scope="module")
def result(shared, repo, tmp_path_factory):
    from goldharness import build_and_score

    out = tmp_path_factory.mktemp("heldout") / "claims.parquet"
    return build_and_score(shared, repo, [HELDOUT / "articles"], [HELDOUT], out)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_claims_score_floor(result, name):
    assert result[name] >= FLOORS[name], {k: result[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


def test_every_attribute_stays_accurate(result):
    low = {a: acc for a, acc in result["attribute_accuracy"].items() if acc < ATTRIBUTE_FLOOR}
    assert not low, result["attribute_accuracy"]


@pytest.mark.parametrize("name", sorted(DOCUMENT_FLOORS))
def test_document_metadata_floor(result, name):
    assert result[name] >= DOCUMENT_FLOORS[name], {k: result[k] for k in DOCUMENT_FLOORS}
