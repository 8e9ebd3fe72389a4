"""The Dask engine on an in-process LocalCluster writes the same tables as the local engine, row for row."""
from __future__ import annotations

import sys

import pyarrow.parquet as pq
import pytest

from extract import engines, pipeline, tables
from extract.build import EXIT_USAGE, documents_path
from test_build import bundled_sample, corpus, digit_claims, run

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    # in-process workers talk over inproc://: no ports, no network
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as c:
        yield c


@pytest.mark.parametrize("rules", ["real", "digits"])
def test_dask_and_local_tables_match_row_for_row(repo, tmp_path, cluster, monkeypatch, rules):
    if rules == "digits":
        monkeypatch.setattr(pipeline, "extract_article", digit_claims)
    roots = [bundled_sample(repo, tmp_path), corpus(tmp_path)]
    _, local, _ = run(tmp_path, roots, out=tmp_path / "local" / "claims.parquet", jobs=1, use_cache=False)
    report, remote, log = run(tmp_path, roots, out=tmp_path / "dask" / "claims.parquet", engine="dask",
                              scheduler=cluster.scheduler_address, use_cache=False)
    assert report.exit_code == 0, log
    assert pq.read_table(remote).to_pylist() == pq.read_table(local).to_pylist()
    assert pq.read_table(documents_path(remote)).equals(pq.read_table(documents_path(local)))


def test_dask_month_partitions_match_the_local_single_file(tmp_path, cluster, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", digit_claims)
    root = corpus(tmp_path)
    _, local, _ = run(tmp_path, [root], out=tmp_path / "local" / "claims.parquet", use_cache=False)
    _, parted, _ = run(tmp_path, [root], out=tmp_path / "dask" / "claims.parquet", engine="dask",
                       scheduler=cluster.scheduler_address, partition_by="month", use_cache=False)
    assert parted.is_dir()
    assert tables.read_claims(parted).to_pylist() == tables.read_claims(local).to_pylist()


def test_an_article_that_raises_on_a_dask_worker_is_reported_alone(tmp_path, cluster, monkeypatch):
    def fails_on_art02(article):
        if article.doc_id == "art02":
            raise RuntimeError("bad rule")
        return digit_claims(article)

    monkeypatch.setattr(pipeline, "extract_article", fails_on_art02)
    report, out, log = run(tmp_path, [corpus(tmp_path)], engine="dask", scheduler=cluster.scheduler_address,
                           use_cache=False)
    assert report.exit_code == 1 and "art02: extractor raised RuntimeError: bad rule" in log
    assert len(pq.read_table(documents_path(out))) == report.n_articles - 1


def test_workers_with_other_rules_are_refused(tmp_path, cluster, monkeypatch):
    # the check compares the client's fingerprint with each worker's; in-process workers share the module,
    # so make the client side differ by giving the engine a different view of "here"
    real = pipeline.fingerprint
    calls = iter(["client-rules"])
    monkeypatch.setattr(pipeline, "fingerprint", lambda: next(calls, None) or real())
    with distributed.Client(cluster.scheduler_address) as client:
        with pytest.raises(engines.EngineError, match="different extractor code"):
            engines._check_workers(client)


def test_missing_dask_gives_the_install_hint(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    report, _, log = run(tmp_path, [corpus(tmp_path)], engine="dask")
    assert report.exit_code == EXIT_USAGE and "pip install '.[dask]'" in log


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    report, _, log = run(tmp_path, [corpus(tmp_path)], engine="dask", scheduler="inproc://nowhere/0/0")
    assert report.exit_code == EXIT_USAGE and "cannot reach the Dask scheduler inproc://nowhere/0/0" in log
