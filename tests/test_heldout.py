"""tests/heldout (articles written here, unseen while the rules were tuned) → ../shared/eval/score.py floors."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

HELDOUT = Path(__file__).resolve().parent / "heldout"
FLOORS = {"f1": 0.95, "precision": 0.97, "recall": 0.94}
ATTRIBUTE_FLOOR = 0.90
DOCUMENT_FLOORS = {"published_accuracy": 0.95, "publisher_accuracy": 0.9}


@pytest.fixture(scope="module")
def result(shared, repo, tmp_path_factory):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = tmp_path_factory.mktemp("heldout") / "claims.parquet"
    subprocess.run([sys.executable, "-m", "extract", "build", str(HELDOUT / "articles"), "--out", str(out),
                    "--no-cache", "--jobs", "1", "--no-progress"], cwd=repo, check=True, capture_output=True, timeout=300)
    claims = pq.read_table(out).to_pylist()
    documents = pq.read_table(out.with_name("documents.parquet")).to_pylist()
    return score.score(claims, [HELDOUT], documents)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_claims_score_floor(result, name):
    assert result[name] >= FLOORS[name], {k: result[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


def test_every_attribute_stays_accurate(result):
    low = {a: acc for a, acc in result["attribute_accuracy"].items() if acc < ATTRIBUTE_FLOOR}
    assert not low, result["attribute_accuracy"]


@pytest.mark.parametrize("name", sorted(DOCUMENT_FLOORS))
def test_document_metadata_floor(result, name):
    assert result[name] >= DOCUMENT_FLOORS[name], {k: result[k] for k in DOCUMENT_FLOORS}
