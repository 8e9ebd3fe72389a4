"""build(): tables beside each other, one document row per article, stable bytes, meta.json, atomic writes, failures."""
from __future__ import annotations

import io
import json
import os
import shutil
import time
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import regex

from extract import pipeline, tables
from extract.article import ArticleResult
from extract.build import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, BuildOptions, build, documents_path, meta_path
from extract.schema import CLAIM_COLUMNS, DOCUMENT_COLUMNS, METRICS

_DIGITS = regex.compile(r"\d[\d,]*")


def digit_claims(article):
    """Stand-in rules for engine tests: one claim per digit run, so that tables have rows of every metric and
    many event months whatever the state (and speed) of the real rules."""
    known = article.known
    document = {
        "doc_id": article.doc_id, "publisher": known.get("publisher"), "url": known.get("url"),
        "published": known.get("published"), "title": known.get("title"),
        "published_from": "manifest" if known.get("published") else "none",
        "publisher_from": "manifest" if known.get("publisher") else "none",
        "restated": bool(known.get("restated", False)), "source_path": article.source_path,
        "content_sha256": article.content_sha256, "n_chars": len(article.text), "text": article.text,
    }
    claims = []
    for m in _DIGITS.finditer(article.text):
        number = int(m.group().replace(",", "")[:9] or 0)
        line_start = article.text.rfind("\n", 0, m.start()) + 1
        line_end = article.text.find("\n", m.end())
        line_end = len(article.text) if line_end < 0 else line_end
        claims.append({
            "doc_id": article.doc_id, "metric": METRICS[number % len(METRICS)], "value": float(number),
            "unit": "count", "qualifier": "exact",
            "event_date": None if number % 7 == 0 else date(2022 + number % 3, 1 + number % 12, 1 + number % 28),
            "cumulative": number % 2 == 0, "quote": article.text[line_start:line_end],
            "quote_start": line_start, "span_start": m.start(), "span_end": m.end(), "evidence": m.group(),
            "extractor": "test-digits",
        })
    return ArticleResult(document={**document, "n_claims": len(claims)}, claims=claims)


def bundled_sample(repo: Path, tmp_path: Path, every: int = 6) -> Path:
    """Every n-th bundled article with its manifest rows: the real rules on real text, at a test's pace."""
    source = repo / "data" / "articles"
    target = tmp_path / "bundled"
    for i, path in enumerate(sorted(source.rglob("*.txt"))):
        if i % every:
            continue
        folder = target / path.parent.relative_to(source)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / path.name)
    for manifest in source.rglob("manifest.csv"):
        folder = target / manifest.parent.relative_to(source)
        if folder.is_dir():
            lines = manifest.read_text(encoding="utf-8").splitlines()
            kept = [line for line in lines[1:] if (folder / f"{line.split(',')[0]}.txt").exists()]
            (folder / "manifest.csv").write_text("\n".join([lines[0], *kept]) + "\n", encoding="utf-8")
    return target


def corpus(tmp_path: Path, n: int = 6) -> Path:
    """A small folder of articles with numbers and a manifest."""
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    for i in range(n):
        folder = root / "sub" if i % 2 else root
        folder.joinpath(f"art{i:02d}.txt").write_text(
            f"Headline {i}: {i * 37 + 5} killed\n\nOfficials said {i * 1000 + 12:,} people left and "
            f"{i + 3} drones were downed on day {i + 200}.\n", encoding="utf-8")
    (root / "quiet.txt").write_text("An article with no figures at all.\n", encoding="utf-8")
    (root / "manifest.csv").write_text("doc_id,publisher,url,published\nart00,AP,https://ap.example/0,2022-10-10\n",
                                       encoding="utf-8")
    return root


def run(tmp_path: Path, roots, **options):
    log = io.StringIO()
    out = options.pop("out", tmp_path / "out" / "claims.parquet")
    report = build(BuildOptions(roots=list(roots), out=out, **options), log=log)
    return report, out, log.getvalue()


@pytest.fixture
def digits(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", digit_claims)


def test_tables_and_meta_are_written_side_by_side(tmp_path, digits):
    root = corpus(tmp_path)
    report, out, log = run(tmp_path, [root])
    assert report.exit_code == EXIT_OK, log
    claims, documents = pq.read_table(out), pq.read_table(documents_path(out))
    assert tuple(claims.column_names) == CLAIM_COLUMNS
    assert tuple(documents.column_names) == DOCUMENT_COLUMNS
    # one document row per article read, the article without figures included
    assert sorted(documents.column("doc_id").to_pylist()) == sorted(p.stem for p in root.rglob("*.txt"))
    meta = json.loads(meta_path(out).read_text())
    assert meta["rules_hash"] == pipeline.fingerprint()
    assert meta["n_claims"] == claims.num_rows == sum(meta["claims_per_metric"].values())
    assert set(meta["input_sha256"]) == set(documents.column("doc_id").to_pylist())
    assert {"python", "pyarrow"} <= set(meta["tools"])
    assert "articles read: 7" in log


def test_manifest_values_reach_both_tables(tmp_path, digits):
    report, out, _ = run(tmp_path, [corpus(tmp_path)])
    doc = {r["doc_id"]: r for r in pq.read_table(documents_path(out)).to_pylist()}["art00"]
    assert (doc["publisher"], doc["published"]) == ("AP", date(2022, 10, 10))
    rows = [r for r in pq.read_table(out).to_pylist() if r["doc_id"] == "art00"]
    assert rows and all(r["publisher"] == "AP" and r["published"] == date(2022, 10, 10) for r in rows)


def test_rows_are_sorted_and_spans_point_at_the_evidence(tmp_path, digits):
    root = corpus(tmp_path)
    _, out, _ = run(tmp_path, [root])
    rows = pq.read_table(out).to_pylist()
    keys = [(r["doc_id"], r["span_start"], r["metric"]) for r in rows]
    assert keys == sorted(keys)
    texts = {p.stem: p.read_text() for p in root.rglob("*.txt")}
    assert all(texts[r["doc_id"]][r["span_start"]:r["span_end"]] == r["evidence"] for r in rows)
    assert len({r["claim_id"] for r in rows}) == len(rows)


def test_output_bytes_do_not_depend_on_the_run(tmp_path, digits):
    root = corpus(tmp_path)
    _, out_a, _ = run(tmp_path, [root], out=tmp_path / "a" / "claims.parquet", use_cache=False)
    _, out_b, _ = run(tmp_path, [root], out=tmp_path / "b" / "claims.parquet", use_cache=False, jobs=2)
    for name in ("claims.parquet", "documents.parquet"):
        assert (out_a.parent / name).read_bytes() == (out_b.parent / name).read_bytes()


def age(root: Path, seconds: float = 3600) -> None:
    """Date every file back, as files are that were not written a moment before the build."""
    past = time.time() - seconds
    for path in root.rglob("*"):
        os.utime(path, (past, past))


def test_unchanged_inputs_leave_tables_untouched_unless_forced(tmp_path, digits):
    root = corpus(tmp_path)
    age(root)
    run(tmp_path, [root])
    report, out, log = run(tmp_path, [root])
    assert report.up_to_date and "up to date" in log
    first_meta = meta_path(out).read_text()
    report, _, _ = run(tmp_path, [root], force=True)
    assert not report.up_to_date and report.n_from_cache == report.n_articles
    assert json.loads(meta_path(out).read_text())["inputs_digest"] == json.loads(first_meta)["inputs_digest"]


def test_a_failed_write_keeps_the_old_tables_and_leaves_no_scratch_files(tmp_path, digits, monkeypatch):
    root = corpus(tmp_path)
    _, out, _ = run(tmp_path, [root])
    before = {p.name: p.read_bytes() for p in out.parent.iterdir() if p.is_file()}
    (root / "art00.txt").write_text("Changed: 999 killed.\n", encoding="utf-8")

    def half_write_then_fail(table, path):
        Path(path).write_bytes(b"PAR1 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables, "write_parquet", half_write_then_fail)
    report, _, log = run(tmp_path, [root])
    assert report.exit_code == EXIT_USAGE and "No space left" in log
    after = {p.name: p.read_bytes() for p in out.parent.iterdir() if p.is_file()}
    assert after == before


def test_an_extractor_error_skips_only_that_article(tmp_path, monkeypatch):
    def fails_on_art03(article):
        if article.doc_id == "art03":
            raise ValueError("rule bug")
        return digit_claims(article)

    monkeypatch.setattr(pipeline, "extract_article", fails_on_art03)
    report, out, log = run(tmp_path, [corpus(tmp_path)], use_cache=False)
    assert report.exit_code == EXIT_SKIPPED
    assert "art03: extractor raised ValueError: rule bug" in log
    doc_ids = set(pq.read_table(documents_path(out)).column("doc_id").to_pylist())
    assert "art03" not in doc_ids and "art02" in doc_ids
    assert json.loads(meta_path(out).read_text())["failed_articles"].keys() == {"art03"}


def test_rows_that_do_not_fit_the_schema_skip_only_their_article(tmp_path, monkeypatch):
    def bad_value_in_art01(article):
        result = digit_claims(article)
        if article.doc_id == "art01":
            result.claims[0]["value"] = "many"
        return result

    monkeypatch.setattr(pipeline, "extract_article", bad_value_in_art01)
    report, out, log = run(tmp_path, [corpus(tmp_path)], use_cache=False)
    assert report.exit_code == EXIT_SKIPPED
    assert "art01: extractor produced values that do not fit the schema (claim value)" in log
    assert "art01" not in set(pq.read_table(out).column("doc_id").to_pylist())
    assert "art02" in set(pq.read_table(out).column("doc_id").to_pylist())


def test_duplicate_doc_ids_keep_the_first_and_say_so(tmp_path, digits):
    root = corpus(tmp_path)
    shutil.copy(root / "art00.txt", root / "sub" / "art00.txt")
    (root / "sub" / "art00.txt").write_text("A different text, 4 killed.\n", encoding="utf-8")
    report, out, log = run(tmp_path, [root])
    assert report.exit_code == EXIT_SKIPPED
    assert "sub/art00.txt: duplicate doc_id 'art00' (first read from art00.txt); this copy skipped" in log
    texts = {r["doc_id"]: r["text"] for r in pq.read_table(documents_path(out)).to_pylist()}
    assert texts["art00"] == (root / "art00.txt").read_text()


def test_month_partitions_hold_the_same_rows_as_one_file(tmp_path, digits):
    root = corpus(tmp_path)
    _, single, _ = run(tmp_path, [root], out=tmp_path / "one" / "claims.parquet")
    report, parted, _ = run(tmp_path, [root], out=tmp_path / "parts" / "claims.parquet", partition_by="month")
    assert report.exit_code == EXIT_OK and parted.is_dir()
    names = sorted(p.name for p in parted.iterdir())
    assert names and all(regex.fullmatch(r"event_month=(\d{4}-\d\d|__HIVE_DEFAULT_PARTITION__)", n) for n in names)
    assert tables.read_claims(parted).to_pylist() == tables.read_claims(single).to_pylist()
    for folder in parted.iterdir():
        month = folder.name.split("=")[1]
        dates = pq.read_table(folder / "part-0.parquet").column("event_date").to_pylist()
        assert all((d is None) if month.startswith("__") else d.strftime("%Y-%m") == month for d in dates)


def test_switching_between_file_and_partitions_replaces_the_old_layout(tmp_path, digits):
    root = corpus(tmp_path)
    _, out, _ = run(tmp_path, [root], partition_by="month")
    assert out.is_dir()
    run(tmp_path, [root])
    assert out.is_file() and pq.read_table(out).num_rows > 0
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".claims")]


@pytest.mark.parametrize("progress,expected", [(True, True), (False, False), (None, False)])
def test_progress_lines_only_when_asked_or_many(tmp_path, digits, progress, expected):
    _, _, log = run(tmp_path, [corpus(tmp_path)], progress=progress)
    assert ("extracted 7/7 articles" in log) is expected


def test_missing_folder_and_empty_folder_are_usage_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    report, out, log = run(tmp_path, [tmp_path / "nope"])
    assert report.exit_code == EXIT_USAGE and "no such file or folder" in log
    report, out, log = run(tmp_path, [tmp_path / "empty"])
    assert report.exit_code == EXIT_USAGE and "no readable articles" in log
    assert not out.exists()


def test_benchmark_runs_end_to_end_on_a_tiny_corpus(repo, monkeypatch, capsys):
    import importlib.util

    # the benchmark's plumbing is under test here, not the rules: a trivial extractor keeps this fast
    monkeypatch.setattr(pipeline, "extract_article",
                        lambda article: ArticleResult(document={"doc_id": article.doc_id}, claims=[]))
    spec = importlib.util.spec_from_file_location("bench_extract", repo / "benchmarks" / "bench_extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--mb", "0.2", "--jobs", "2"]) == 0
    printed = capsys.readouterr().out
    for label in ("corpus:", "extract_article, 1 core:", "bare \\d+ scan (floor):", "extraction / floor time:",
                  "build --jobs 2:", "speed-up", "unchanged rebuild:", "forced rebuild, all from cache:"):
        assert label in printed, label


def test_benchmark_stage_timing_follows_extract_article(repo, capsys):
    import importlib.util

    from extract.readers import ArticleReader, discover

    spec = importlib.util.spec_from_file_location("bench_extract", repo / "benchmarks" / "bench_extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    reader = ArticleReader()
    sample = [a for root, path in discover([repo / "data" / "articles"]).articles[:8] for a in reader.read(root, path)]
    bench.print_stages(sample)   # exits when its steps no longer give extract_article's claims
    printed = capsys.readouterr().out
    for step in ("metadata", "sentences", "numbers", "rules", "attributes"):
        assert f"  {step} " in printed, step


def test_files_written_just_before_a_build_are_checked_by_content(tmp_path, digits):
    root = corpus(tmp_path)
    run(tmp_path, [root])
    # same size, and possibly the same coarse file time as when the first build read it
    path = root / "art00.txt"
    path.write_text(path.read_text().replace("Headline 0", "Headline 9"), encoding="utf-8")
    report, out, _ = run(tmp_path, [root])
    assert not report.up_to_date and report.n_extracted == 1
    assert "Headline 9" in pq.read_table(documents_path(out)).to_pylist()[0]["text"]


def test_an_unchanged_build_repeats_the_problems_and_exit_code(tmp_path, digits):
    root = corpus(tmp_path)
    (root / "empty.txt").write_bytes(b"")
    age(root)
    first, _, first_log = run(tmp_path, [root])
    second, _, second_log = run(tmp_path, [root])
    assert second.up_to_date and second.exit_code == first.exit_code == 1
    assert "empty.txt: empty file" in second_log and "skipped input: 1" in second_log
    assert second.n_articles == first.n_articles


def test_extractor_warnings_are_shown_as_notes(tmp_path, monkeypatch):
    def warns_on_art02(article):
        result = digit_claims(article)
        if article.doc_id == "art02":
            result.warnings.append("art02: rule drones_x timed out; skipped for this article")
        return result

    monkeypatch.setattr(pipeline, "extract_article", warns_on_art02)
    root = corpus(tmp_path)
    age(root)
    report, _, log = run(tmp_path, [root])
    assert report.exit_code == EXIT_OK
    assert "art02: rule drones_x timed out; skipped for this article" in log.splitlines()
    assert "note: extractor warning: 1" in log
    # a partial result is not kept: the next build tries that article again, and only that one
    again, _, _ = run(tmp_path, [root])
    assert not again.up_to_date and (again.n_extracted, again.n_from_cache) == (1, again.n_articles - 1)
