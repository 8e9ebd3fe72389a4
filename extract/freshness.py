"""Committed tables + the bundled articles → why the tables no longer match what the rules produce (empty: fresh)."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

REFRESH = "make data"
TABLES = ("claims.parquet", "documents.parquet")


def rebuild(root: Path, out_dir: Path) -> subprocess.CompletedProcess:
    """Run the same build `make data` runs, with the extractor found under `root`."""
    return subprocess.run(
        [sys.executable, "-m", "extract", "build", "data/articles", "--out", str(out_dir / "claims.parquet"),
         "--no-cache", "--no-progress"],
        cwd=root, capture_output=True, text=True)


def _differences(committed: Path, fresh: Path) -> str | None:
    old, new = pq.read_table(committed), pq.read_table(fresh)
    if old.schema != new.schema:
        return f"columns differ ({sorted(set(old.schema.names) ^ set(new.schema.names)) or 'types'})"
    if old.equals(new):
        return None
    if old.num_rows != new.num_rows:
        return f"{old.num_rows} rows committed, {new.num_rows} rebuilt"
    changed = [name for name in old.schema.names if not old.column(name).equals(new.column(name))]
    return f"values differ in {', '.join(changed)}"


def stale_reasons(root: Path) -> list[str]:
    """One line per committed table under root/data that the bundled articles and current rules do not reproduce."""
    data = root / "data"
    reasons = [f"data/{name} is missing" for name in TABLES if not (data / name).exists()]
    if reasons:
        return [f"{r}; run `{REFRESH}`" for r in reasons]
    with tempfile.TemporaryDirectory() as tmp:
        built = rebuild(root, Path(tmp))
        if built.returncode not in (0, 1):
            return [f"the rebuild failed (exit {built.returncode}): {built.stderr.strip()[-500:]}"]
        for name in TABLES:
            diff = _differences(data / name, Path(tmp) / name)
            if diff:
                reasons.append(f"data/{name} is stale: {diff}; run `{REFRESH}` and commit the tables")
    return reasons


if __name__ == "__main__":
    problems = stale_reasons(Path(__file__).resolve().parents[1])
    print("\n".join(problems) or "data/ tables are fresh")
    sys.exit(1 if problems else 0)
