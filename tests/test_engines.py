"""Engines: serial and process-pool runs give the same outcomes in the same order; one bad article costs only itself."""
from __future__ import annotations

import os

import pyarrow.parquet as pq
import pytest

from extract import engines, pipeline
from extract.build import documents_path, read_inputs, BuildOptions
from extract.cache import unpack
from test_build import bundled_sample, digit_claims, run


def bundled_articles(repo, tmp_path):
    problems = []
    articles = read_inputs(BuildOptions(roots=[bundled_sample(repo, tmp_path, every=3)]), problems)
    assert articles and not [p for p in problems if p.skipped]
    return articles


def outcomes(articles, outcomes_iter):
    """Decoded outcomes, comparable across engines."""
    decoded = []
    for article, (blob, error) in zip(articles, outcomes_iter, strict=True):
        result = unpack(blob, article) if blob is not None else None
        decoded.append((article.doc_id, error, result and (result.document, result.claims)))
    return decoded


@pytest.mark.parametrize("rules", ["real", "digits"])
def test_pool_gives_the_serial_outcomes_in_order(repo, tmp_path, monkeypatch, rules):
    if rules == "digits":
        monkeypatch.setattr(pipeline, "extract_article", digit_claims)
    articles = bundled_articles(repo, tmp_path)
    serial = outcomes(articles, engines.run_serial(articles))
    pooled = outcomes(articles, engines.run_pool(articles, jobs=2))
    assert pooled == serial
    assert all(error is None for _, error, _ in serial)


def test_build_with_one_or_two_jobs_writes_identical_tables(repo, tmp_path):
    roots = [bundled_sample(repo, tmp_path)]
    _, one, _ = run(tmp_path, roots, out=tmp_path / "j1" / "claims.parquet", jobs=1, use_cache=False)
    _, two, _ = run(tmp_path, roots, out=tmp_path / "j2" / "claims.parquet", jobs=2, use_cache=False)
    assert pq.read_table(one).equals(pq.read_table(two))
    assert pq.read_table(documents_path(one)).equals(pq.read_table(documents_path(two)))


def raises_on_second(article):
    if article.doc_id.endswith("1"):
        raise KeyError("missing rule")
    return digit_claims(article)


def exits_on_second(article):
    if article.doc_id.endswith("1"):
        os._exit(3)   # a worker that dies outright (segfault, OOM kill)
    return digit_claims(article)


@pytest.mark.parametrize("bad_rules,message", [
    (raises_on_second, "extractor raised KeyError: 'missing rule'"),
    (exits_on_second, "a worker process died while extracting this article"),
])
def test_a_failing_article_costs_only_itself(monkeypatch, bad_rules, message):
    from extract.article import Article

    monkeypatch.setattr(pipeline, "extract_article", bad_rules)
    articles = [Article(doc_id=f"a{i}", text=f"{i} killed, {i + 10} injured.") for i in range(40)]
    got = outcomes(articles, engines.run_pool(articles, jobs=2))
    failed = {doc_id: error for doc_id, error, _ in got if error}
    assert list(failed) == ["a1", "a11", "a21", "a31"]
    assert all(error.startswith(message) for error in failed.values())
    assert all(result is not None for doc_id, error, result in got if doc_id not in failed)


@pytest.mark.parametrize("n,workers", [(1, 1), (10, 4), (1000, 2), (100_000, 8)])
def test_chunks_are_big_but_every_worker_gets_several(n, workers):
    size = engines.chunk_size(n, workers)
    assert size >= 1
    assert n // size >= min(n, workers * 4) or size == 1


def test_a_local_build_never_imports_dask(repo, tmp_path):
    import subprocess
    import sys

    from test_build import corpus

    script = ("import sys; from extract.cli import main; "
              f"code = main(['build', {str(corpus(tmp_path))!r}, '--out', {str(tmp_path / 'o' / 'claims.parquet')!r}, "
              "'--jobs', '2']); print(code, 'dask' in sys.modules, 'distributed' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["0", "False", "False"], done.stderr
