"""Command line (`python -m extract build ...`, `war-figures-extract build ...`) → BuildOptions → build() → exit code."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.build import EXIT_USAGE, BuildOptions, build
from extract.engines import default_jobs
from extract.readers import DEFAULT_MAX_MB


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="war-figures-extract",
                                  description="Extract numeric war claims from news articles into Parquet tables.")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    cmd = commands.add_parser(
        "build", help="read article folders and write claims.parquet + documents.parquet + claims.meta.json",
        description="Read every *.txt, *.jsonl, *.csv and *.html article under the folders (recursively; "
                    "manifest.csv in a folder supplies doc_id,publisher,url,published[,title,restated]) and write "
                    "the claims table, the documents table beside it, and claims.meta.json. Exit status: 0 all "
                    "input read, 1 some input skipped (tables still written), 2 usage error or nothing readable.")
    cmd.add_argument("inputs", nargs="+", type=Path, metavar="DIR", help="folders (or single files) of articles")
    cmd.add_argument("--out", type=Path, default=Path("data/claims.parquet"),
                     help="claims table to write; documents.parquet and <name>.meta.json go beside it "
                          "(default: %(default)s)")
    cmd.add_argument("--jobs", "-j", type=_positive_int, default=None,
                     help="worker processes (local engine) or local Dask workers (default: all cores)")
    cmd.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where extraction runs: local processes, or a dask.distributed cluster")
    cmd.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster)")
    cmd.add_argument("--partition-by", choices=("month",), default=None,
                     help="write the claims table as a hive-style dataset folder partitioned by event month")
    cache = cmd.add_mutually_exclusive_group()
    cache.add_argument("--cache-dir", type=Path, default=None,
                       help="where per-article results are kept between builds (default: <out dir>/.cache)")
    cache.add_argument("--no-cache", action="store_true", help="extract every article again; keep no cache")
    cmd.add_argument("--max-mb", type=_positive_float, default=DEFAULT_MAX_MB,
                     help="skip articles larger than this many megabytes (default: %(default)g)")
    cmd.add_argument("--force", action="store_true",
                     help="write the tables even when inputs and rules are unchanged since the last build")
    shown = cmd.add_mutually_exclusive_group()
    shown.add_argument("--progress", dest="progress", action="store_true", default=None,
                       help="always show progress on stderr")
    shown.add_argument("--no-progress", dest="progress", action="store_false",
                       help="never show progress (default: only for large inputs or a terminal)")
    return top


def main(argv: list[str] | None = None) -> int:
    top = parser()
    try:
        args = top.parse_args(argv)
    except SystemExit as exit_:   # argparse exits 2 on usage errors and 0 on --help
        return int(exit_.code or 0)
    if args.command != "build":
        top.print_help(sys.stderr)
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    if args.out.suffix != ".parquet":
        print(f"error: --out must name a .parquet path, not {args.out}", file=sys.stderr)
        return EXIT_USAGE
    options = BuildOptions(
        roots=args.inputs, out=args.out, jobs=args.jobs or default_jobs(), engine=args.engine,
        scheduler=args.scheduler, partition_by=args.partition_by, cache_dir=args.cache_dir,
        use_cache=not args.no_cache, max_mb=args.max_mb, force=args.force, progress=args.progress)
    return build(options).exit_code
