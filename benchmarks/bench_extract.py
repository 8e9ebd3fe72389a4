"""Bundled articles, repeated with varied numbers and dates → extraction throughput, floor, speed-up and cache figures.

    .venv/bin/python benchmarks/bench_extract.py [--mb 200] [--jobs 2] [--keep DIR] [--no-rules]

Prints, in one run: MB/s and articles/s of extract_article on one core; the same for a bare
regex digit scan over the same text (the floor) and the ratio between them; the MB/s and share of each
step of extract_article (metadata, sentences, numbers, rules, attributes) on a sample; end-to-end builds with
--jobs 1 and --jobs N (speed-up); and an unchanged rebuild (and a forced all-from-cache rebuild) as a
share of the first cached build. The corpus goes to a temporary folder unless --keep is given.
"""
from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract import pipeline  # noqa: E402
from extract.article import ArticleResult  # noqa: E402
from extract.build import BuildOptions, build  # noqa: E402
from extract.engines import default_jobs  # noqa: E402
from extract.readers import ArticleReader, discover  # noqa: E402

SOURCES = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus"]
PER_FOLDER = 1000
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_YEAR = regex.compile(r"\b20[12]\d\b")
_MONTH = regex.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
_NUMBER = regex.compile(r"(?<![\d-])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d.,-])\d{1,4}(?![\d.,])")


def seed_texts() -> list[str]:
    texts = {}
    for source in SOURCES:
        if not source.is_dir():
            continue
        reader = ArticleReader()
        for root, path in discover([source]).articles:
            for article in reader.read(root, path):
                texts.setdefault(article.content_sha256, article.text)
    return list(texts.values())


def vary(text: str, rng: random.Random) -> str:
    """Same prose, other figures and dates: years within the war, month names shifted, numbers rescaled."""
    shift = rng.randrange(12)
    year = rng.choice(("2022", "2023", "2024", "2025"))
    text = _YEAR.sub(year, text)
    text = _MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + shift) % 12], text)

    def renumber(m: regex.Match) -> str:
        digits = m.group().replace(",", "")
        value = max(1, round(int(digits) * rng.uniform(0.5, 1.5)))
        return f"{value:,}" if "," in m.group() else str(value)

    return _NUMBER.sub(renumber, text)


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write varied copies of the seed texts until the corpus holds `megabytes`; returns (articles, bytes)."""
    rng = random.Random(seed)
    texts = seed_texts()
    if not texts:
        sys.exit("no seed articles found in data/articles or ../shared/corpus")
    target, written, n = int(megabytes * 1_000_000), 0, 0
    while written < target:
        sub = folder / f"batch{n // PER_FOLDER:04d}"
        if n % PER_FOLDER == 0:
            sub.mkdir(parents=True)
        data = vary(texts[n % len(texts)], rng).encode("utf-8")
        (sub / f"bench{n:07d}.txt").write_bytes(data)
        written += len(data)
        n += 1
    return n, written


def document_only(article):
    return ArticleResult(document={"doc_id": article.doc_id, "n_chars": len(article.text)}, claims=[])


def rate(value: float) -> str:
    """Three significant digits, without exponents: 0.0483, 18.6, 28,280."""
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


STAGE_SAMPLE = 2000   # articles timed stage by stage (enough for stable shares, quick next to the full run)


def stage_times(articles) -> dict[str, float]:
    """Seconds spent in each step of extract_article over articles, its steps taken one by one (the result is
    checked against extract_article's own, so this stays the same pipeline)."""
    from extract.claim_rows import add_event_dates, document_row, rows_for
    from extract.repeats import collapse
    from extract.context import DocContext

    rules = pipeline.RULES
    spent = dict.fromkeys(("metadata", "sentences", "numbers", "rules", "attributes"), 0.0)
    for article in articles:
        t0 = time.perf_counter()
        document = document_row(article)
        t1 = time.perf_counter()
        ctx = DocContext.build(article.text, published=document["published"], title=document.get("title"))
        t2 = time.perf_counter()
        sentences = pipeline.mask_document(article.text, ctx.sentences, rules, ctx.table_rows)
        t3 = time.perf_counter()
        found = pipeline.match_sentences(sentences, rules)
        t4 = time.perf_counter()
        claims = add_event_dates(collapse(rows_for(article, document, ctx, sentences, found, rules), ctx), ctx)
        t5 = time.perf_counter()
        for name, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            spent[name] += seconds
        if claims != pipeline.extract_article(article).claims:
            sys.exit(f"stage timing out of step with extract_article on {article.doc_id}: update stage_times")
    return spent


def print_stages(sample) -> None:
    sample_mb = sum(len(a.text.encode("utf-8")) for a in sample) / 1e6
    spent = stage_times(sample)
    total = sum(spent.values())
    print(f"stages over {len(sample):,} articles (each alone; the goal needs all together >= 5 MB/s):")
    for name, seconds in spent.items():
        print(f"  {name:<11} {rate(sample_mb / seconds):>8} MB/s {100 * seconds / total:5.1f} % of the time")


def run_build(corpus: Path, out: Path, **options) -> float:
    log = io.StringIO()
    seconds = timed(lambda: build(BuildOptions(roots=[corpus], out=out, progress=False, **options), log=log))
    if "error:" in log.getvalue():
        sys.exit(log.getvalue())
    return seconds


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--mb", type=float, default=200.0, help="corpus size in megabytes (default: %(default)g)")
    args.add_argument("--jobs", type=int, default=min(2, default_jobs()) if default_jobs() > 1 else 2,
                      help="worker processes for the parallel build (default: %(default)s)")
    args.add_argument("--keep", type=Path, help="write the corpus and tables here and keep them")
    args.add_argument("--no-rules", action="store_true",
                      help="replace extract_article by a stub that returns only the document row, to time the "
                           "build machinery (reading, cache, engines, writing) apart from the rules")
    opts = args.parse_args(argv)
    if opts.no_rules:
        pipeline.extract_article = document_only   # fork-started workers inherit the replacement
    if opts.keep and opts.keep.exists() and any(opts.keep.iterdir()):
        print(f"bench_extract: {opts.keep} is not empty; --keep needs a new or empty folder (the corpus is "
              "generated afresh, and old tables would mix with the new ones)", file=sys.stderr)
        return 2
    work = opts.keep or Path(tempfile.mkdtemp(prefix="bench-extract-"))
    try:
        return measure(work, opts.mb, opts.jobs)
    finally:
        if not opts.keep:
            shutil.rmtree(work, ignore_errors=True)


def measure(work: Path, megabytes: float, jobs: int) -> int:
    corpus = work / "corpus"
    n_articles, n_bytes = make_corpus(corpus, megabytes)
    mb = n_bytes / 1e6
    print(f"corpus: {n_articles:,} articles, {mb:.1f} MB in {corpus}; {default_jobs()} cores, "
          f"load average {os.getloadavg()[0]:.1f} (speed-ups need idle cores)")

    reader = ArticleReader()
    articles = [a for root, path in discover([corpus]).articles for a in reader.read(root, path)]
    extract_s = timed(lambda: [pipeline.extract_article(a) for a in articles])
    digits = regex.compile(r"\d+")
    floor_s = timed(lambda: [sum(1 for _ in digits.finditer(a.text)) for a in articles])
    print(f"extract_article, 1 core: {rate(mb / extract_s):>8} MB/s {rate(n_articles / extract_s):>10} articles/s "
          f"({extract_s:.1f} s)")
    print(f"bare \\d+ scan (floor):   {rate(mb / floor_s):>8} MB/s {rate(n_articles / floor_s):>10} articles/s "
          f"({floor_s:.2f} s)")
    print(f"extraction / floor time: {extract_s / floor_s:.1f}x (goal: within 10x)")
    if getattr(pipeline.extract_article, "__module__", None) == pipeline.__name__:   # not with --no-rules
        print_stages(articles[:STAGE_SAMPLE])
    del articles

    one = run_build(corpus, work / "j1" / "claims.parquet", jobs=1, use_cache=False)
    many = run_build(corpus, work / f"j{jobs}" / "claims.parquet", jobs=jobs, use_cache=False)
    print(f"build --jobs 1:          {rate(mb / one):>8} MB/s ({one:.1f} s, reading and writing included)")
    print(f"build --jobs {jobs}:          {rate(mb / many):>8} MB/s ({many:.1f} s); speed-up {one / many:.2f}x "
          f"(ideal {jobs}x)")

    out = work / "cached" / "claims.parquet"
    first = run_build(corpus, out, jobs=jobs)
    unchanged = run_build(corpus, out, jobs=jobs)
    from_cache = run_build(corpus, out, jobs=jobs, force=True)
    print(f"cached build, first:     {first:.1f} s")
    print(f"unchanged rebuild:       {unchanged:.2f} s = {100 * unchanged / first:.1f} % of the first (goal <= 5 %)")
    print(f"forced rebuild, all from cache: {from_cache:.2f} s = {100 * from_cache / first:.1f} % of the first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
