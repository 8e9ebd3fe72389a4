"""data/ → the committed tables are exactly what the bundled articles and current rules produce."""
from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extract.freshness import rebuild, stale_reasons
from extract.pipeline import fingerprint

REPO = Path(__file__).resolve().parents[1]


def test_committed_tables_are_fresh():
    reasons = stale_reasons(REPO)
    assert not reasons, "\n".join(reasons)


def test_meta_records_how_the_tables_were_built():
    meta = json.loads((REPO / "data" / "claims.meta.json").read_text(encoding="utf-8"))
    assert meta["rules_hash"] == fingerprint(), "data/claims.meta.json names other rules: run `make data`"
    claims = pq.read_table(REPO / "data" / "claims.parquet")
    assert meta["n_claims"] == claims.num_rows
    assert sum(meta["claims_per_metric"].values()) == claims.num_rows
    articles = [p for p in (REPO / "data" / "articles").rglob("*.txt")]
    assert meta["n_articles"] == len(articles) == pq.read_table(REPO / "data" / "documents.parquet").num_rows
    assert meta["built_at"]


def test_make_data_runs_the_command_the_check_uses():
    recipe = (REPO / "Makefile").read_text(encoding="utf-8").split("\ndata:", 1)[1].split("\n\n", 1)[0]
    assert "-m extract build $(ARTICLES) --out data/claims.parquet" in recipe
    assert "ARTICLES := data/articles" in (REPO / "Makefile").read_text(encoding="utf-8")


def _used_rule(copy: Path) -> tuple[Path, str]:
    """A rule file and the name of one of its rules that produced rows in the committed table."""
    used = set(pq.read_table(copy / "data" / "claims.parquet", columns=["extractor"]).column(0).to_pylist())
    for path in sorted((copy / "extract" / "rules").glob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            if rule.get("name") in used:
                return path, rule["name"]
    pytest.fail("no committed row names a rule of extract/rules/*.toml")


def test_a_rule_change_makes_the_tables_stale_until_they_are_rebuilt(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "extract", copy / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", copy / "data", ignore=shutil.ignore_patterns(".cache"))
    path, name = _used_rule(copy)
    text = path.read_text(encoding="utf-8")
    # drop that rule's block: from its [[rule]] header to the next one
    blocks = re.split(r"(?m)^(?=\[\[rule\]\])", text)
    kept = [b for b in blocks if not re.search(rf'(?m)^name\s*=\s*"{re.escape(name)}"', b)]
    assert len(kept) == len(blocks) - 1
    path.write_text("".join(kept), encoding="utf-8")

    reasons = stale_reasons(copy)
    assert reasons and "make data" in reasons[0], reasons

    rebuilt = rebuild(copy, copy / "data")       # what `make data` does, in the copy
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert stale_reasons(copy) == []
