"""Article folders → CPU ms per article of location() + claimant() on every number, and µs per call on ever longer documents.

    .venv/bin/python benchmarks/bench_places_claimants.py ../shared/corpus/*/articles data/articles/*

Per-document indexes (place mentions, actors) are built once per article inside the timing; the growth
lines concatenate all articles 1x and 8x: a flat µs per call means per-call work follows the local context.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import regex

from extract.claimants import claimant
from extract.context import DocContext
from extract.places import location

NUMBER_RX = regex.compile(r"\d[\d,.]*\d|\d")
METRICS = ["killed", "injured", "evacuated", "without_power", "drones_launched"]


def _timed(texts: list[str]) -> tuple[float, int]:
    """CPU seconds and calls for location + claimant on every number of texts (contexts built outside the timing)."""
    contexts = [DocContext.build(text) for text in texts]
    calls = 0
    started = time.process_time()
    for ctx in contexts:
        for i, m in enumerate(NUMBER_RX.finditer(ctx.text)):
            location(ctx, m.start(), m.end(), METRICS[i % len(METRICS)])
            claimant(ctx, m.start(), m.end())
            calls += 1
    return time.process_time() - started, calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for folder in args.folders for p in sorted(folder.glob("*.txt"))]
    _timed(texts[:5])   # warm the compiled patterns
    seconds = min(_timed(texts)[0] for _ in range(args.repeat))
    print(f"{len(texts)} articles: {seconds * 1000 / len(texts):.2f} ms per article (CPU, best of {args.repeat})")
    for factor in (1, 8):
        big = "\n".join(texts) * factor
        seconds, calls = _timed([big])
        print(f"one {len(big):,}-char document: {seconds * 1e6 / calls:.0f} µs per call over {calls} calls")


if __name__ == "__main__":
    main()
