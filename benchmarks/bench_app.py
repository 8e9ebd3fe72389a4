"""Synthetic 1,000,000-claim tables + the bundled ones → first-render and filter-rerun times of app.py (AppTest),
and the peak resident memory of a real `streamlit run` server after a first page load in headless Chromium.

    .venv/bin/python benchmarks/bench_app.py [--claims 1000000] [--cores 1] [--repo DIR] [--layouts build,marks]

Goals: first render ≤ 2 s and a filter-change rerun ≤ 0.5 s on one core, for a million claims; the server's
peak memory well under Streamlit Cloud's 1 GB (aim ≤ 600 MB). --repo times another checkout's app.py
(e.g. `git archive HEAD~3 | tar -x -C /tmp/before`) on the same tables, for before/after figures.
The claims file is written in each layout of figures.synthetic.LAYOUTS ("build": as the extractor writes
it today; "marks": ordered by metric and day in small row groups).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
GOALS = {"first render": 2.0, "first render CPU": 2.0, "filter rerun": 0.5, "publisher rerun": 0.5}
MEMORY_GOAL_MB = 600


def own_module(name: str, relative: str):
    """A module of this checkout, loaded by file (the app under test may come from another checkout)."""
    spec = importlib.util.spec_from_file_location(name, HERE / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bundled_tables(scratch: Path) -> Path:
    """data/ when its tables exist, else the bundled articles built into `scratch` by the extractor."""
    if (HERE / "data" / "claims.parquet").exists() and (HERE / "data" / "documents.parquet").exists():
        return HERE / "data"
    out = scratch / "bundled"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "extract", "build", str(HERE / "data" / "articles"),
                    "--out", str(out / "claims.parquet")], cwd=HERE, check=True, stdout=subprocess.DEVNULL)
    return out


def time_app(repo: Path, folder: Path, repeats: int = 3) -> dict:
    """Cold first render, then the best of `repeats` reruns that each change a filter: the metric (served
    from the cached aggregate) and the publisher (claims are filtered and aggregated again)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    os.environ["WAR_FIGURES_DATA_DIR"] = str(folder)
    at = AppTest.from_file(str(repo / "app.py"), default_timeout=300)
    start, cpu = time.perf_counter(), time.process_time()
    at.run()
    first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    # CPU seconds of this process (the script runs in one of its threads): what one idle core would take,
    # while wall seconds also count the waits on a machine other jobs keep busy.
    times = {"first render": first, "first render CPU": first_cpu}
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


def server_memory(repo: Path, folder: Path) -> dict:
    """Resident memory (MB) of a real server on `folder` once a browser has drawn the first tab."""
    shots = own_module("bench_screenshots", "scripts/screenshots.py")
    with shots.serve_process(folder, repo=repo) as (url, process):
        charts = shots.first_load(url)
        return {**shots.memory_mb(process.pid), "charts": charts}


def write_synthetic(scratch: Path, n: int, layouts) -> dict:
    synthetic = own_module("bench_synthetic", "figures/synthetic.py")
    claims = synthetic.make_claims(n)
    docs = synthetic.make_documents(claims)
    folders = {}
    for layout in layouts:
        folder = scratch / layout
        folder.mkdir()
        synthetic.write_claims(claims, folder / "claims.parquet", layout)
        if not folders:
            import pyarrow as pa
            import pyarrow.parquet as pq
            from extract.schema import DOCUMENTS_SCHEMA
            pq.write_table(pa.Table.from_pandas(docs, schema=DOCUMENTS_SCHEMA, preserve_index=False),
                           folder / "documents.parquet")
        else:
            shutil.copy(next(iter(folders.values())) / "documents.parquet", folder / "documents.parquet")
        folders[layout] = folder
    return folders


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--cores", type=int, default=1, help="CPU cores to pin the process to (0: do not pin)")
    parser.add_argument("--repo", type=Path, default=HERE, help="checkout whose app.py is measured")
    parser.add_argument("--layouts", default="build,marks", help="claims-file layouts to measure (comma-separated)")
    parser.add_argument("--no-memory", action="store_true", help="skip the real server + Chromium measurement")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    sys.path.insert(0, str(repo))  # the app's own figures/ and extract/ packages
    if args.cores and hasattr(os, "sched_setaffinity"):  # the server and browser inherit the pinning
        os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[: args.cores]))
    layouts = [name for name in args.layouts.split(",") if name]
    memory = not args.no_memory and shutil.which("chromium") is not None

    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        started = time.perf_counter()
        folders = write_synthetic(scratch, args.claims, layouts)
        print(f"built {args.claims:,} synthetic claims in {time.perf_counter() - started:.1f} s; app: {repo}")
        bundled = bundled_tables(scratch)
        # Imports and Altair's schema loading are paid once per server process, not per render or session:
        # a discarded warm-up run pays them, then every cache is cleared before each timed first render.
        time_app(repo, bundled, repeats=0)
        small = time_app(repo, bundled)
        big = {layout: time_app(repo, folder) for layout, folder in folders.items()}
        rss = {layout: server_memory(repo, folder) for layout, folder in folders.items()} if memory else {}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.cores or 'all'} core(s) used")
    header = "".join(f" {args.claims:>9,} {layout:<6}" for layout in layouts)
    print(f"{'':16} {'bundled':>9}{header} {'goal':>6}")
    ok = True
    for name, goal in GOALS.items():
        cells = ""
        for layout in layouts:
            cells += f" {big[layout][name]:8.3f}s ×{big[layout][name] / small[name]:<5.1f}"
            ok &= big[layout][name] <= goal
        print(f"{name:16} {small[name]:8.3f}s{cells} {goal:5.1f}s")
    for kind, label in (("peak", "server peak RSS"), ("rss", "server RSS")):
        if rss:
            cells = "".join(f" {rss[layout][kind]:7.0f}MB {'':6}" for layout in layouts)
            print(f"{label:16} {'':9}{cells} {MEMORY_GOAL_MB:4d}MB")
            ok &= kind != "peak" or all(r["peak"] <= MEMORY_GOAL_MB for r in rss.values())
    if rss:
        print("charts drawn on first load: " + ", ".join(f"{k} {v['charts']}" for k, v in rss.items()))
    print("all goals met" if ok else "some goal MISSED")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
