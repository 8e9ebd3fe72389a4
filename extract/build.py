"""Input folders + options → claims/documents Parquet tables, claims.meta.json, a summary and an exit code."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import platform
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TextIO

from extract import engines, pipeline, tables
from extract.article import Article, ArticleResult
from extract.cache import ResultCache, article_key, unpack
from extract.manifest import apply_manifests, read_manifest
from extract.readers import DEFAULT_MAX_MB, ArticleReader, Inputs, Problem, discover
from extract.schema import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, METRICS

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
PER_ARTICLE_HASHES_UP_TO = 20_000    # above this meta.json keeps one digest of the input hashes
RACY_WINDOW_NS = 2_000_000_000      # inputs changed this close to a build's start are checked by content
PROGRESS_FROM = 1_000                # articles; fewer finish too fast for progress lines to help
TOOLS = ("war-figures", "pyarrow", "pandas", "regex", "syntok", "text2num",
         "trafilatura", "dask", "distributed")


@dataclass
class BuildOptions:
    roots: list[Path]
    out: Path = Path("data/claims.parquet")
    jobs: int = 1
    engine: str = "local"                 # local | dask
    scheduler: str | None = None
    partition_by: str | None = None       # None | "month"
    cache_dir: Path | None = None         # None → <out dir>/.cache
    use_cache: bool = True
    max_mb: float = DEFAULT_MAX_MB
    force: bool = False                   # write the tables even when inputs and rules are unchanged
    progress: bool | None = None          # None → when there are many articles or stderr is a terminal


@dataclass
class BuildReport:
    exit_code: int
    n_articles: int = 0
    claims_per_metric: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    n_from_cache: int = 0
    n_extracted: int = 0
    up_to_date: bool = False
    seconds: float = 0.0


def documents_path(out: Path) -> Path:
    return out.parent / "documents.parquet"


def meta_path(out: Path) -> Path:
    return out.parent / f"{out.stem}.meta.json"


def _say(log: TextIO, text: str) -> None:
    print(text, file=log, flush=True)


def read_inputs(options: BuildOptions, problems: list[Problem], found: Inputs | None = None) -> list[Article]:
    """All articles under the roots, de-duplicated by doc_id (first wins) and with manifest values applied."""
    found = found or discover(options.roots)
    reader = ArticleReader(max_bytes=int(options.max_mb * 1024 * 1024))
    articles: list[Article] = []
    files: list[str] = []
    first_seen: dict[str, str] = {}
    for root, path in found.articles:
        for article in reader.read(root, path):
            problems.extend(reader.problems)
            reader.problems.clear()
            if article.doc_id in first_seen:
                problems.append(Problem(article.source_path, f"duplicate doc_id {article.doc_id!r} (first read from "
                                        f"{first_seen[article.doc_id]}); this copy skipped", reason="duplicate doc_id"))
                continue
            first_seen[article.doc_id] = article.source_path
            articles.append(article)
            files.append(path)
        problems.extend(reader.problems)
        reader.problems.clear()
    manifests = [m for m in (read_manifest(root, path, problems) for root, path in found.manifests) if m]
    return apply_manifests(articles, files, manifests, problems) if manifests else articles


def inputs_digest(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()


def inputs_stamp(options: BuildOptions, found: Inputs) -> str:
    """Names, sizes and modification times of every input file, plus the options that decide what is read:
    equal stamps mean an unchanged corpus without reading a byte of it (as make and git's index do)."""
    h = hashlib.sha256(json.dumps([[str(r) for r in options.roots], options.max_mb, options.partition_by]).encode())
    for entry in found.stats:
        h.update(("\x1f".join(map(str, entry)) + "\n").encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _claim_id(row: dict) -> str:
    basis = "|".join(str(row.get(k)) for k in ("doc_id", "metric", "span_start", "span_end", "value", "unit"))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def rows_of(article: Article, result: ArticleResult) -> tuple[dict, list[dict]]:
    """One result → its document row and claim rows, with the article's own fields filled in where missing."""
    document = dict(result.document)
    for name, value in (("doc_id", article.doc_id), ("text", article.text), ("source_path", article.source_path)):
        document.setdefault(name, value)
    if "content_sha256" not in document:   # not setdefault: hashing the text again costs time on big corpora
        document["content_sha256"] = article.content_sha256
    claims = []
    for claim in result.claims:
        row = dict(claim)
        for name in ("doc_id", "publisher", "url", "published"):
            if name not in row:
                row[name] = document.get(name)
        if not row.get("claim_id"):
            row["claim_id"] = _claim_id(row)
        claims.append(row)
    if document.get("n_claims") is None:
        document["n_claims"] = len(claims)
    return document, claims


def _bad_rows(document: dict, claims: list[dict]) -> str | None:
    problems = tables.bad_row_fields(document, DOCUMENTS_SCHEMA)
    for claim in claims:
        problems += [f"claim {name}" for name in tables.bad_row_fields(claim, CLAIMS_SCHEMA)]
    return ", ".join(sorted(set(problems))) or None


def _tool_versions() -> dict:
    versions = {"python": platform.python_version()}
    for name in TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return versions


class Progress:
    """Occasional one-line progress on stderr: how many articles, how fast."""

    def __init__(self, total: int, total_chars: int, log: TextIO, enabled: bool):
        self.total, self.total_chars, self.log, self.enabled = total, total_chars, log, enabled
        self.started = self.last = time.monotonic()

    def update(self, done: int, chars: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 2.0 and done < self.total):
            return
        self.last = now
        rate = chars / 1e6 / max(now - self.started, 1e-9)
        _say(self.log, f"  extracted {done:,}/{self.total:,} articles ({rate:.1f} MB/s)")


def _extract(options: BuildOptions, todo: list[Article], log: TextIO, show_progress: bool):
    """Run the chosen engine over the articles that were not cached; yields (article, outcome)."""
    if options.engine == "dask":
        outcomes = engines.run_dask(todo, options.scheduler, options.jobs)
    elif options.jobs > 1:
        outcomes = engines.run_pool(todo, options.jobs)
    else:
        outcomes = engines.run_serial(todo)
    progress = Progress(len(todo), sum(len(a.text) for a in todo), log, show_progress)
    chars = 0
    for done, (article, outcome) in enumerate(zip(todo, outcomes), start=1):
        chars += len(article.text)
        progress.update(done, chars)
        yield article, outcome


def _up_to_date(options: BuildOptions, rules: str, stamp: str, newest_mtime_ns: int) -> dict | None:
    """The previous meta.json, when it describes exactly these input files, rules and options and its tables
    are still there as written."""
    path = meta_path(options.out)
    if options.force or not path.exists():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (meta.get("rules_hash"), meta.get("inputs_stamp")) != (rules, stamp) or meta.get("failed_articles"):
        return None
    if any(p.get("reason") == "extractor warning" for p in meta.get("problems", [])):
        return None   # partial results last time: worth another try
    # File times have coarse ticks: a file written just before the last build read it could be rewritten
    # with the same size and time. Such recent files are not trusted; the content cache decides instead.
    if newest_mtime_ns >= meta.get("inputs_stamp_taken_ns", 0) - RACY_WINDOW_NS:
        return None
    try:   # a record from an older version of this tool may lack fields: then build again
        meta["problems"] = [Problem(**p) for p in meta.get("problems", [])]
    except TypeError:
        return None
    outputs = meta.get("outputs") or {}
    for name, size in outputs.items():
        target = options.out.parent / name
        if not target.exists() or (target.is_file() and target.stat().st_size != size):
            return None
    return meta if outputs else None


def _summary(report: BuildReport, log: TextIO) -> None:
    total = sum(report.claims_per_metric.values())
    how = "tables up to date" if report.up_to_date else \
        f"{report.n_extracted:,} extracted, {report.n_from_cache:,} from cache"
    _say(log, f"articles read: {report.n_articles:,} ({how}); claims: {total:,}")
    for metric in METRICS:
        if report.claims_per_metric.get(metric):
            _say(log, f"  {metric:<20} {report.claims_per_metric[metric]:,}")
    skipped = Counter(p.category for p in report.problems if p.skipped)
    notes = Counter(p.category for p in report.problems if not p.skipped)
    if skipped:
        _say(log, f"skipped input: {sum(skipped.values()):,}")
        for reason, n in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
            _say(log, f"  {reason}: {n:,}")
    for reason, n in sorted(notes.items()):
        _say(log, f"note: {reason}: {n:,}")


def build(options: BuildOptions, log: TextIO | None = None) -> BuildReport:
    started = time.monotonic()
    log = log or sys.stderr   # looked up per call: tests and callers may have replaced sys.stderr
    missing = [str(root) for root in options.roots if not root.exists()]
    if missing:
        _say(log, f"error: no such file or folder: {', '.join(missing)}")
        return BuildReport(exit_code=EXIT_USAGE)
    stamp_taken_ns = time.time_ns()
    found = discover(options.roots)
    rules = pipeline.fingerprint()
    stamp = inputs_stamp(options, found)
    newest = max((entry[3] for entry in found.stats), default=0)
    previous = _up_to_date(options, rules, stamp, newest)
    if previous is not None:
        report = BuildReport(exit_code=EXIT_OK, n_articles=previous.get("n_articles", 0), up_to_date=True,
                             claims_per_metric=previous.get("claims_per_metric", {}),
                             problems=previous["problems"])
        for problem in report.problems:   # the same inputs have the same problems: say them again
            _say(log, str(problem))
    else:
        problems: list[Problem] = []
        articles = read_inputs(options, problems, found)
        for problem in problems:
            _say(log, str(problem))
        if not articles:
            _say(log, "error: no readable articles (*.txt, *.jsonl, *.csv, *.html) in " +
                 ", ".join(str(root) for root in options.roots))
            return BuildReport(exit_code=EXIT_USAGE, problems=problems)
        report = BuildReport(exit_code=EXIT_OK, n_articles=len(articles), problems=problems)
        try:
            _build_tables(options, articles, rules, (stamp, stamp_taken_ns), report, log)
        except engines.EngineError as error:
            _say(log, f"error: {error}")
            report.exit_code = EXIT_USAGE
            return report
        except OSError as error:
            _say(log, f"error: could not write the tables ({error}); existing tables were left as they were")
            report.exit_code = EXIT_USAGE
            return report
    report.seconds = time.monotonic() - started
    _summary(report, log)
    if any(p.skipped for p in report.problems):
        report.exit_code = EXIT_SKIPPED
    return report


def _build_tables(options: BuildOptions, articles: list[Article], rules: str, stamp: tuple[str, int],
                  report: BuildReport, log: TextIO) -> None:
    hashes = [article.content_sha256 for article in articles]   # hashed once: it is the costliest per-article step
    keys = [article_key(article, rules, sha) for article, sha in zip(articles, hashes)]
    cache = None
    if options.use_cache:
        cache = ResultCache(options.cache_dir or options.out.parent / ".cache", rules)
    blobs = cache.get_many(keys) if cache else {}
    todo = [article for article, key in zip(articles, keys) if key not in blobs]
    key_of = {id(article): key for article, key in zip(articles, keys)}
    report.n_from_cache = len(articles) - len(todo)
    show = options.progress if options.progress is not None else (len(todo) >= PROGRESS_FROM or log.isatty())
    failed: dict[str, str] = {}
    fresh: list[tuple[str, bytes]] = []
    unpacked: dict = {}   # key → result of the articles extracted in this build, so none is unpacked twice
    for article, (blob, error) in _extract(options, todo, log, show):
        if error is not None:
            failed[article.doc_id] = error
            continue
        blobs[key_of[id(article)]] = blob
        result = unpack(blob, article)
        unpacked[key_of[id(article)]] = result
        # A result with warnings (a rule that timed out on a busy machine) is partial: use it, but do not keep
        # it, so that the next build tries the article again.
        if not result.warnings:
            fresh.append((key_of[id(article)], blob))
        if cache and len(fresh) >= 2000:   # save as we go: an interrupted build still leaves its work cached
            cache.put_many(fresh)
            fresh = []
    report.n_extracted = len(todo) - len(failed)
    if cache:
        cache.put_many(fresh)
        cache.prune()
        if cache.error:
            _say(log, f"note: {cache.error}")
        cache.close()

    documents, claims = [], []
    for article, key in zip(articles, keys):
        if article.doc_id in failed:
            continue
        result = unpacked.pop(key, None) or unpack(blobs[key], article)
        for warning in result.warnings:   # e.g. a rule that gave up on this article: read, but only in part
            text = str(warning).removeprefix(f"{article.doc_id}: ")
            report.problems.append(Problem(article.doc_id, text, skipped=False, reason="extractor warning"))
            _say(log, f"{article.doc_id}: {text}")
        document, rows = rows_of(article, result)
        documents.append(document)
        claims.extend(rows)
    try:
        claims_table, documents_table = tables.claims_table(claims), tables.documents_table(documents)
    except (ValueError, TypeError, OverflowError):
        # Some article produced rows that do not fit the schema: find it, leave it out, keep the rest.
        documents, claims = _drop_bad_articles(articles, keys, blobs, failed)
        claims_table, documents_table = tables.claims_table(claims), tables.documents_table(documents)
    for doc_id, error in failed.items():
        report.problems.append(Problem(doc_id, error, reason="extractor error"))
        _say(log, f"{doc_id}: {error}")

    report.claims_per_metric = dict(sorted(Counter(claims_table.column("metric").to_pylist()).items()))
    _write(options, claims_table, documents_table, articles, hashes, rules, inputs_digest(keys), stamp, report,
           failed)


def _drop_bad_articles(articles, keys, blobs, failed) -> tuple[list[dict], list[dict]]:
    documents, claims = [], []
    for article, key in zip(articles, keys):
        if article.doc_id in failed:
            continue
        document, rows = rows_of(article, unpack(blobs[key], article))
        bad = _bad_rows(document, rows)
        if bad:
            failed[article.doc_id] = f"extractor produced values that do not fit the schema ({bad}); article skipped"
            continue
        documents.append(document)
        claims.extend(rows)
    return documents, claims


def _write(options: BuildOptions, claims_table, documents_table, articles, hashes, rules, digest, stamp,
           report: BuildReport, failed: dict) -> None:
    out = options.out
    partitioned = options.partition_by == "month"
    tables.write_atomically(documents_path(out), lambda p: tables.write_parquet(documents_table, p))
    if partitioned:
        tables.write_atomically(out, lambda p: tables.write_partitioned(claims_table, p), folder=True)
    else:
        tables.write_atomically(out, lambda p: tables.write_parquet(claims_table, p))
    outputs = {documents_path(out).name: documents_path(out).stat().st_size,
               out.name: out.stat().st_size if out.is_file() else 0}
    meta = {
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rules_hash": rules,
        "inputs_digest": digest,
        "inputs_stamp": stamp[0],
        "inputs_stamp_taken_ns": stamp[1],
        "max_mb": options.max_mb,
        "n_articles": len(articles),
        "n_documents": documents_table.num_rows,
        "n_claims": claims_table.num_rows,
        "claims_per_metric": report.claims_per_metric,
        "partition_by": options.partition_by,
        "inputs": [str(root) for root in options.roots],
        "engine": options.engine,
        "jobs": options.jobs,
        "tools": _tool_versions(),
        "outputs": outputs,
        "failed_articles": failed,
        "problems": [dataclasses.asdict(p) for p in report.problems],
    }
    if len(articles) <= PER_ARTICLE_HASHES_UP_TO:
        meta["input_sha256"] = {a.doc_id: sha for a, sha in zip(articles, hashes)}
    tables.write_atomically(meta_path(out), lambda p: tables.write_json(meta, p))
