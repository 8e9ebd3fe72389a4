"""Filtered claims → download payloads: formula-safe CSV bytes, Parquet bytes, file names carrying the date range."""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.schema import CLAIMS_SCHEMA

# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe; others pass through."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text column neutralised; numeric, boolean and date columns untouched."""
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column) \
                or pd.api.types.is_datetime64_any_dtype(column):
            continue
        out[name] = column.astype(object).map(neutralise, na_action="ignore")
    return out


def csv_bytes(frame: pd.DataFrame) -> bytes:
    # RFC 4180 line ends: Python's csv module then quotes any cell holding a bare CR as well as LF.
    return safe_frame(frame).to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\r\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame, schema: pa.Schema | None = None) -> bytes:
    """Parquet of the frame; with `schema`, cast to it (the contract's types) where the columns allow."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    if schema is not None and set(schema.names) <= set(table.column_names):
        table = table.select(schema.names).cast(schema)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def file_name(stem: str, start: date | None, end: date | None, ext: str) -> str:
    """'war-figures-claims_2022-02-24_to_2022-12-31.csv'; an open end says 'all'."""
    low = start.isoformat() if start else "all"
    high = end.isoformat() if end else "all"
    return f"war-figures-{stem}_{low}_to_{high}.{ext}"


def claims_export(claims: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """Light claims rows + their text columns (aligned, from figures.load.take_texts) → contract columns, in order."""
    out = claims.reset_index(drop=True).copy()
    for name in texts.columns:
        out[name] = texts[name].to_numpy()
    for name in ("published", "event_date"):
        out[name] = pd.to_datetime(out[name]).dt.date
    for name in out.columns:
        if isinstance(out[name].dtype, pd.CategoricalDtype):
            out[name] = out[name].astype(object)
    return out[[c for c in CLAIMS_SCHEMA.names if c in out.columns]]


@dataclass(frozen=True)
class Download:
    label: str
    make: Callable[[], bytes]   # called only when the viewer clicks
    file_name: str
    mime: str


def downloads(filtered: Callable[[], pd.DataFrame], start: date | None, end: date | None,
              claims_path: Path, documents_path: Path) -> list[Download]:
    """The four offers: the filtered claims as CSV and Parquet, and both full tables as they are on disk."""
    return [
        Download("Filtered claims (CSV)", lambda: csv_bytes(filtered()), file_name("claims", start, end, "csv"),
                 "text/csv"),
        Download("Filtered claims (Parquet)", lambda: parquet_bytes(filtered(), CLAIMS_SCHEMA),
                 file_name("claims", start, end, "parquet"), "application/vnd.apache.parquet"),
        Download("All claims (Parquet)", Path(claims_path).read_bytes, "war-figures-claims_all.parquet",
                 "application/vnd.apache.parquet"),
        Download("All documents (Parquet)", Path(documents_path).read_bytes, "war-figures-documents_all.parquet",
                 "application/vnd.apache.parquet"),
    ]
