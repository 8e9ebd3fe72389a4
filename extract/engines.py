"""Articles → (packed result | None, error | None) per article, in input order: serially, in a process pool, or on Dask.

Every engine runs the same `extract_one` on each article, so their outputs are identical; only where
the work happens differs. Results travel in the compact cache format (extract.cache.pack).
"""
from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extract import pipeline
from extract.article import Article, ArticleResult
from extract.cache import pack

Outcome = tuple[bytes | None, str | None]   # (packed ArticleResult, None) or (None, what went wrong)
DASK_MISSING = "the dask engine needs dask.distributed: pip install '.[dask]' (or pip install 'dask[distributed]')"


class EngineError(RuntimeError):
    """The engine itself cannot run (missing package, unreachable scheduler, mismatched workers)."""


def extract_one(article: Article) -> Outcome:
    """The unit of work: never raises, so one bad article cannot stop a batch."""
    try:
        result = pipeline.extract_article(article)
        if not isinstance(result, ArticleResult):
            return None, f"extract_article returned {type(result).__name__}, not ArticleResult"
        return pack(result, article), None
    except Exception as error:  # noqa: BLE001 - any rule bug is reported against its article
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{os.path.basename(frame.filename)}:{frame.lineno}"
        return None, f"extractor raised {type(error).__name__}: {error} (at {where})"


def extract_batch(articles: list[Article]) -> list[Outcome]:
    return [extract_one(article) for article in articles]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not on Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(n_items: int, workers: int) -> int:
    """Chunks big enough that IPC is cheap, small enough (≈8 per worker) that workers finish together."""
    return max(1, min(256, n_items // (workers * 8) or 1))


def _pool(jobs: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # fork starts workers fastest and shares the already-read articles; elsewhere fall back to the default
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def run_serial(articles: list[Article]) -> Iterator[Outcome]:
    return map(extract_one, articles)


def run_pool(articles: list[Article], jobs: int) -> Iterator[Outcome]:
    """Worker processes, results in input order. A worker that dies (crash, OOM kill) costs only its article."""
    if jobs <= 1 or len(articles) < 2:
        yield from run_serial(articles)
        return
    size = chunk_size(len(articles), jobs)
    done = 0
    while done < len(articles):
        try:
            with _pool(jobs) as pool:
                for outcome in pool.map(extract_one, articles[done:], chunksize=size):
                    yield outcome
                    done += 1
        except BrokenProcessPool:
            if size > 1:
                size = 1    # find the culprit: redo from the first missing result one article at a time
                continue
            # The first missing result may belong to an innocent neighbour of the article that killed the
            # worker: run it alone to tell.
            yield _alone(articles[done])
            done += 1


def _alone(article: Article) -> Outcome:
    try:
        with _pool(1) as pool:
            return pool.submit(extract_one, article).result()
    except BrokenProcessPool:
        return None, "a worker process died while extracting this article"


def run_dask(articles: list[Article], scheduler: str | None, jobs: int, batch_size: int | None = None
             ) -> Iterator[Outcome]:
    """Batches of articles on a dask.distributed cluster (the one at `scheduler`, or a local one)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise EngineError(DASK_MISSING) from error
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except Exception as error:   # noqa: BLE001 - distributed raises OSError, TimeoutError, ValueError, ...
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {error}") from error
    try:
        _check_workers(client)
        yield from _dask_batches(client, articles, batch_size)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_workers(client) -> None:
    """Workers must run the same rules as this process, or the cache and meta.json would lie."""
    here = pipeline.fingerprint()
    try:
        theirs = client.run(pipeline.fingerprint)
    except Exception as error:   # noqa: BLE001 - e.g. workers cannot import the extract package
        raise EngineError(f"Dask workers cannot run the extractor ({type(error).__name__}: {error}); "
                          "install this project on every worker") from error
    different = sorted(worker for worker, value in theirs.items() if value != here)
    if different:
        raise EngineError(f"Dask workers {', '.join(different)} run different extractor code or rules; "
                          "install the same version on every worker")


def _dask_batches(client, articles: list[Article], batch_size: int | None) -> Iterator[Outcome]:
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    size = batch_size or max(1, min(500, len(articles) // (workers * 4) or 1))
    batches = [articles[i:i + size] for i in range(0, len(articles), size)]
    if not batches:
        return
    # scatter first: article texts then travel as data, not inside the task graph
    data = client.scatter(batches)
    futures = client.map(extract_batch, data, pure=False)
    for batch, future in zip(batches, futures):
        try:
            outcomes = future.result()
        except Exception as error:   # noqa: BLE001 - e.g. KilledWorker: the batch is lost, the build goes on
            outcomes = [(None, f"Dask task failed ({type(error).__name__}: {error})")] * len(batch)
        yield from outcomes
        future.release()
