"""Synthetic 1,000,000-claim tables + the bundled ones → first-render and filter-rerun times of app.py (AppTest).

    .venv/bin/python benchmarks/bench_app.py [--claims 1000000] [--cores 1]

Goals: first render ≤ 2 s and a filter-change rerun ≤ 0.5 s on one core, for a million claims.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOALS = {"first render": 2.0, "filter rerun": 0.5, "publisher rerun": 0.5}


def bundled_tables(scratch: Path) -> Path:
    """data/ when its tables exist, else the bundled articles built into `scratch` by the extractor."""
    if (REPO / "data" / "claims.parquet").exists() and (REPO / "data" / "documents.parquet").exists():
        return REPO / "data"
    out = scratch / "bundled"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "extract", "build", str(REPO / "data" / "articles"),
                    "--out", str(out / "claims.parquet")], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return out


def time_app(folder: Path, repeats: int = 3) -> dict:
    """Cold first render, then the best of `repeats` reruns that each change a filter: the metric (served
    from the cached aggregate) and the publisher (claims are filtered and aggregated again)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    os.environ["WAR_FIGURES_DATA_DIR"] = str(folder)
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    times = {"first render": first}
    for name, key in (("filter rerun", "w_metrics"), ("publisher rerun", "w_publishers")):
        # the metric picker shows labels, so name its value; a publisher's label is its value
        widget_value = "killed" if key == "w_metrics" else at.multiselect(key=key).options[0]
        reruns = []
        for i in range(repeats):
            widget = at.multiselect(key=key)
            widget.select(widget_value) if i % 2 == 0 else widget.unselect(widget_value)
            start = time.perf_counter()
            at.run()
            reruns.append(time.perf_counter() - start)
        times[name] = min(reruns, default=float("nan"))
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--cores", type=int, default=1, help="CPU cores to pin the process to (0: do not pin)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    if args.cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[: args.cores]))
    from figures.synthetic import write_tables

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        started = time.perf_counter()
        write_tables(scratch / "big", args.claims)
        print(f"built {args.claims:,} synthetic claims in {time.perf_counter() - started:.1f} s")
        bundled = bundled_tables(scratch)
        # Imports and Altair's schema loading are paid once per server process, not per render or session:
        # a discarded warm-up run pays them, then every cache is cleared before each timed first render.
        time_app(bundled, repeats=0)
        small = time_app(bundled)
        big = time_app(scratch / "big")
    print(f"{'':14} {'bundled':>9} {args.claims:>11,} {'ratio':>7} {'goal':>6}")
    ok = True
    for name, goal in GOALS.items():
        met = big[name] <= goal
        ok &= met
        print(f"{name:14} {small[name]:8.3f}s {big[name]:10.3f}s {big[name] / small[name]:7.1f} "
              f"{goal:5.1f}s {'ok' if met else 'MISSED'}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
