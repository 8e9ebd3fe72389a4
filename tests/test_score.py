"""The extractor over seeds + dev2022 + dev2024 (through `python -m extract build`) → ../shared/eval/score.py floors.

Floors sit a little under the measured figures; raise them as the rules improve.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

SETS = ("seeds", "dev2022", "dev2024")
FLOORS = {"f1": 0.99, "precision": 0.995, "recall": 0.98}
ATTRIBUTE_FLOORS = {"qualifier": 0.99, "group": 0.98, "side": 0.98, "cumulative": 0.96,
                    "event_date": 0.91, "location": 0.92, "claimant": 0.92}
# read from the documents table; the shared folders' manifests give some, the text the rest
DOCUMENT_FLOORS = {"published_accuracy": 0.97, "publisher_accuracy": 0.97}


@pytest.fixture(scope="module")
def result(shared, repo, tmp_path_factory):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    out = tmp_path_factory.mktemp("score") / "claims.parquet"
    dirs = [str(shared / "corpus" / s / "articles") for s in SETS]
    subprocess.run([sys.executable, "-m", "extract", "build", *dirs, "--out", str(out), "--no-cache", "--jobs", "2",
                    "--no-progress"], cwd=repo, check=True, capture_output=True, timeout=300)
    claims = pq.read_table(out).to_pylist()
    documents = pq.read_table(out.with_name("documents.parquet")).to_pylist()
    return score.score(claims, [shared / "corpus" / s for s in SETS], documents)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_claims_score_floor(result, name):
    assert result[name] >= FLOORS[name], {k: result[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


@pytest.mark.parametrize("name", sorted(ATTRIBUTE_FLOORS))
def test_attribute_accuracy_floor(result, name):
    assert result["attribute_accuracy"][name] >= ATTRIBUTE_FLOORS[name], result["attribute_accuracy"]


@pytest.mark.parametrize("name", sorted(DOCUMENT_FLOORS))
def test_document_metadata_floor(result, name):
    assert result[name] >= DOCUMENT_FLOORS[name], {k: result[k] for k in DOCUMENT_FLOORS}
