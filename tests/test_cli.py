"""`python -m extract build ...`: arguments, exit codes 0/1/2, one line per bad input, the closing summary."""
from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from extract import pipeline
from extract.cli import main
from test_build import bundled_sample, corpus, digit_claims


def build_cli(tmp_path, *args):
    out = tmp_path / "out" / "claims.parquet"
    return main(["build", *map(str, args), "--out", str(out), "--jobs", "1"]), out


def test_clean_corpus_exits_0_with_a_summary(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", digit_claims)
    code, out = build_cli(tmp_path, corpus(tmp_path))
    err = capsys.readouterr().err
    assert code == 0
    assert "articles read: 7 (7 extracted, 0 from cache)" in err
    counts = json.loads((out.parent / "claims.meta.json").read_text())["claims_per_metric"]
    for metric, n in counts.items():
        assert f"  {metric:<20} {n:,}" in err
    assert "skipped input" not in err


def test_bad_inputs_exit_1_each_named_once_and_tables_still_written(tmp_path, capsys):
    root = corpus(tmp_path)
    (root / "empty.txt").write_bytes(b"")
    (root / "blob.txt").write_bytes(b"\x00\x01\x02")
    (root / "feed.jsonl").write_text('{"text": "7 killed"}\n{oops\n', encoding="utf-8")
    (root / "sub" / "manifest.csv").write_text("doc_id,publisher,url,published\nart01,AP,,31.12.2022\nghost,AP,,\n")
    code, out = build_cli(tmp_path, root)
    err = capsys.readouterr().err
    assert code == 1
    lines = err.splitlines()
    for expected in ("empty.txt: empty file", "blob.txt: binary file (contains NUL bytes)",
                     "feed.jsonl:line 2: malformed JSON", "sub/manifest.csv:line 2: bad `published` value",
                     "sub/manifest.csv:line 3: unknown doc_id 'ghost'"):
        assert sum(line.startswith(expected) for line in lines) == 1, expected
    assert "skipped input: 5" in err
    assert pq.read_table(out.parent / "documents.parquet").num_rows == 7 + 1   # the corpus + feed-1


def test_encoding_fallback_is_a_note_not_a_skip(tmp_path, capsys):
    root = corpus(tmp_path)
    (root / "old.txt").write_bytes("\u201c12\u201d killed".encode("cp1252"))
    code, _ = build_cli(tmp_path, root)
    err = capsys.readouterr().err
    assert code == 0 and "old.txt: not UTF-8; read as cp1252" in err and "note: read as cp1252: 1" in err


@pytest.mark.parametrize("args", [
    [],                                          # no folder
    ["--jobs", "0"],
    ["--engine", "spark"],
    ["--partition-by", "week"],
    ["--scheduler", "tcp://127.0.0.1:1"],        # a scheduler without --engine dask
    ["--cache-dir", "x", "--no-cache"],
    ["--max-mb", "-1"],
])
def test_usage_errors_exit_2(tmp_path, capsys, args):
    root = corpus(tmp_path)
    argv = ["build", *( [str(root)] if args else [] ), *args, "--out", str(tmp_path / "o" / "claims.parquet")]
    assert main(argv) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "o" / "claims.parquet").exists()


@pytest.mark.parametrize("make_input,message", [
    (lambda p: p / "missing", "no such file or folder"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "no readable articles"),
    (lambda p: (p / "junk").mkdir() or (p / "junk" / "a.txt").write_bytes(b"") or p / "junk", "no readable"),
])
def test_nothing_readable_exits_2(tmp_path, capsys, make_input, message):
    code, out = build_cli(tmp_path, make_input(tmp_path))
    assert code == 2 and message in capsys.readouterr().err and not out.exists()


def test_out_must_be_parquet(tmp_path, capsys):
    assert main(["build", str(corpus(tmp_path)), "--out", str(tmp_path / "claims.csv")]) == 2


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "build" in capsys.readouterr().err


def test_python_dash_m_extract_runs_the_build(repo, tmp_path):
    root = bundled_sample(repo, tmp_path)
    out = tmp_path / "out" / "claims.parquet"
    done = subprocess.run([sys.executable, "-m", "extract", "build", str(root), "--out", str(out), "--jobs", "2"],
                          cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "articles read:" in done.stderr
    docs = pq.read_table(out.parent / "documents.parquet")
    n_files = len(list(root.rglob("*.txt")))
    assert docs.num_rows == n_files
    assert docs.column("published").null_count < n_files   # manifest dates arrived
