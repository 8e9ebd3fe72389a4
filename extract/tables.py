"""Claim and document rows → sorted Arrow tables → Parquet files (single or month-partitioned) and meta JSON, atomically."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extract.schema import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA

# Row order that makes the files byte-stable: article, then position in the text, then what was read there.
CLAIM_SORT = ("doc_id", "span_start", "metric", "span_end", "value", "unit", "qualifier", "claim_id")
DOCUMENT_SORT = ("doc_id",)
PARTITION_COLUMN = "event_month"
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"   # what Arrow's hive partitioning reads back as null
COMPRESSION = "zstd"
_UMASK = os.umask(0)
os.umask(_UMASK)


def _sort_spec(keys: tuple[str, ...]) -> list[tuple[str, str, str]]:
    return [(key, "ascending", "at_end") for key in keys]


def to_table(rows: list[dict], schema: pa.Schema, sort_keys: tuple[str, ...]) -> pa.Table:
    """Rows (dicts; missing keys → null, unknown keys dropped) → table in schema order, sorted stably."""
    table = pa.Table.from_pylist(rows, schema=schema)
    if table.num_rows > 1:
        table = table.take(pc.sort_indices(table, sort_keys=_sort_spec(sort_keys)))
    return table


def claims_table(rows: list[dict]) -> pa.Table:
    return to_table(rows, CLAIMS_SCHEMA, CLAIM_SORT)


def documents_table(rows: list[dict]) -> pa.Table:
    return to_table(rows, DOCUMENTS_SCHEMA, DOCUMENT_SORT)


def bad_row_fields(row: dict, schema: pa.Schema) -> list[str]:
    """Names of the fields of one row that do not convert to the schema (to name the culprit of a failed build)."""
    bad = []
    for column in schema:
        try:
            pa.array([row.get(column.name)], type=column.type)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            bad.append(column.name)
    return bad


def _scratch_path(target: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=suffix)
    os.close(fd)
    # mkstemp makes owner-only files; the tables are ordinary data files, readable as umask allows
    os.chmod(name, 0o666 & ~_UMASK)
    return Path(name)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def put_in_place(staged: Path, target: Path) -> None:
    """Move a finished file or folder onto `target`; the old one stays whole until the new one is there."""
    if target.is_dir() and not target.is_symlink() or staged.is_dir() and target.exists():
        # os.replace cannot swap a folder for a file or onto a non-empty folder: two renames, old one last.
        retired = _scratch_path(target, ".old")
        retired.unlink()
        os.replace(target, retired)
        try:
            os.replace(staged, target)
        except OSError:
            os.replace(retired, target)
            raise
        _remove(retired)
    else:
        os.replace(staged, target)


def write_atomically(target: Path, write: Callable[[Path], None], folder: bool = False) -> None:
    """Run write(scratch) on a scratch file (or folder) beside target, then move it onto target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = _scratch_path(target, ".tmp")
    if folder:
        scratch.unlink()
        scratch.mkdir()
    try:
        write(scratch)
        put_in_place(scratch, target)
    except BaseException:
        _remove(scratch)
        raise


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression=COMPRESSION)


def event_months(table: pa.Table) -> pa.Array:
    """event_date → 'YYYY-MM' strings (null where the date is null)."""
    return pc.strftime(table.column("event_date"), format="%Y-%m")


def write_partitioned(table: pa.Table, folder: Path) -> list[str]:
    """Hive-style dataset under folder: event_month=YYYY-MM/part-0.parquet; returns the partition names."""
    months = event_months(table)
    names = []
    for month in sorted(pc.unique(months).to_pylist(), key=lambda m: (m is None, m or "")):
        mask = pc.is_null(months) if month is None else pc.equal(months, month)
        part = table.filter(mask)
        name = f"{PARTITION_COLUMN}={month if month is not None else NULL_PARTITION}"
        (folder / name).mkdir()
        write_parquet(part, folder / name / "part-0.parquet")
        names.append(name)
    if not names:   # no claims: keep a readable, empty dataset with the schema
        write_parquet(table, folder / "part-0.parquet")
    return names


def write_json(data: dict, path: Path) -> None:
    text = json.dumps(data, indent=2, sort_keys=True, default=str, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def read_claims(path: Path) -> pa.Table:
    """A claims table written by this module (single file or partitioned folder) → one table in CLAIM_SORT order."""
    if path.is_dir():
        import pyarrow.dataset as ds

        dataset = ds.dataset(path, format="parquet", partitioning="hive", schema=CLAIMS_SCHEMA)
        table = dataset.to_table()
    else:
        table = pq.read_table(path)
    return table.take(pc.sort_indices(table, sort_keys=_sort_spec(CLAIM_SORT)))
