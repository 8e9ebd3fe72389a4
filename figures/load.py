"""Parquet paths → validated, memory-light claims/documents frames, claim texts on demand, one article's text.

The dashboard never holds every quote and article text as Python objects: the filterable columns
are loaded as categoricals, long text columns stay in Arrow and are taken row by row when shown.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from extract.schema import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA

# Columns the contract fixes (claims-schema.md); the extras after them may be missing in older tables.
CLAIM_CONTRACT = CLAIMS_SCHEMA.names[: CLAIMS_SCHEMA.names.index("extractor") + 1]
DOCUMENT_CONTRACT = ("doc_id", "publisher", "url", "published", "title", "n_claims")
# What filters, charts and tables need for every claim; the rest (long text, offsets) stays in Arrow
# and is taken row by row for what is shown (take_texts).
CLAIM_FRAME_COLUMNS = ("doc_id", "publisher", "published", "metric", "value", "unit", "qualifier", "event_date",
                       "location", "group", "side", "cumulative", "claimant")
CLAIM_TEXT_COLUMNS = tuple(c for c in CLAIMS_SCHEMA.names if c not in CLAIM_FRAME_COLUMNS)
CATEGORICAL = ("doc_id", "publisher", "metric", "unit", "qualifier", "location", "group", "side",
               "claimant", "extractor")


class TableError(Exception):
    """A table that is missing, unreadable or not shaped like the contract; the message names the file."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


def _kind(t: pa.DataType) -> str:
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t) or pa.types.is_null(t):
        return "string"
    if pa.types.is_dictionary(t):
        return _kind(t.value_type)
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        return "date"
    if pa.types.is_boolean(t):
        return "bool"
    if pa.types.is_integer(t) or pa.types.is_floating(t):
        return "number"
    return str(t)


def file_schema(path: Path, contract: pa.Schema, required) -> pa.Schema:
    """The file's Arrow schema, after checking it holds every required column with a compatible type."""
    path = Path(path)
    if not path.is_file():
        raise TableError(path, "file not found")
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowInvalid, OSError) as err:
        raise TableError(path, f"not a readable Parquet file ({err})") from None
    missing = [c for c in required if c not in schema.names]
    if missing:
        raise TableError(path, f"not a War Figures table: missing column(s) {', '.join(missing)}")
    wrong = [f"{c} is {schema.field(c).type}, expected {contract.field(c).type}" for c in required
             if _kind(schema.field(c).type) != _kind(contract.field(c).type)]
    if wrong:
        raise TableError(path, "column types differ from the contract: " + "; ".join(wrong))
    return schema


def _read(path: Path, columns, contract: pa.Schema, filters=None) -> pa.Table:
    schema = pq.read_schema(path)
    present = [c for c in columns if c in schema.names]
    try:
        # Parquet's own dictionaries become pandas categoricals without re-hashing every string.
        table = pq.read_table(path, columns=present, filters=filters,
                              read_dictionary=[c for c in present if c in CATEGORICAL])
    except (pa.ArrowInvalid, OSError) as err:
        raise TableError(path, f"could not be read ({err})") from None
    for name in columns:  # optional extras absent from this file: typed nulls
        if name not in table.column_names:
            table = table.append_column(contract.field(name), pa.nulls(len(table), contract.field(name).type))
    return table.select(list(columns))


def _to_frame(table: pa.Table) -> pd.DataFrame:
    # Dictionary-encoding in Arrow is far cheaper than pandas' astype("category") on strings.
    for i, name in enumerate(table.column_names):
        if name in CATEGORICAL and not pa.types.is_dictionary(table.schema.field(name).type):
            column = table.column(i)
            if _kind(column.type) == "string":
                table = table.set_column(i, name, pc.dictionary_encode(column.cast(pa.string())))
    frame = table.to_pandas(date_as_object=False)
    for name in frame.columns:
        if _kind(table.schema.field(name).type) == "date":
            frame[name] = pd.to_datetime(frame[name]).astype("datetime64[ms]")
    return frame


def read_claims(path: Path) -> pd.DataFrame:
    """Every claim's CLAIM_FRAME_COLUMNS; `row` is the claim's position in the file."""
    file_schema(path, CLAIMS_SCHEMA, CLAIM_CONTRACT)
    frame = _to_frame(_read(Path(path), CLAIM_FRAME_COLUMNS, CLAIMS_SCHEMA))
    frame["cumulative"] = frame["cumulative"].fillna(False).astype(bool)
    frame["row"] = pd.RangeIndex(len(frame)).to_numpy(dtype="int64")
    return frame


def read_claim_texts(path: Path, columns=CLAIM_TEXT_COLUMNS) -> pa.Table:
    """Some of the CLAIM_TEXT_COLUMNS (quote, url, evidence, offsets, …) of every claim, in file order, in Arrow."""
    file_schema(path, CLAIMS_SCHEMA, CLAIM_CONTRACT)
    return _read(Path(path), tuple(columns), CLAIMS_SCHEMA)


def take_texts(texts: pa.Table, rows) -> pd.DataFrame:
    """The text columns of the claims at file positions `rows`, as a frame aligned with `rows`."""
    indices = pa.array(np.asarray(rows, dtype=np.int64))
    return texts.take(indices).to_pandas()


def read_documents(path: Path) -> pd.DataFrame:
    """What the dashboard shows of every document: contract columns + restated (no article text)."""
    file_schema(path, DOCUMENTS_SCHEMA, DOCUMENT_CONTRACT)
    columns = [*DOCUMENT_CONTRACT, "restated"]
    frame = _to_frame(_read(Path(path), columns, DOCUMENTS_SCHEMA))
    frame["doc_id"] = frame["doc_id"].astype(str)
    frame["restated"] = frame["restated"].fillna(False).astype(bool)
    return frame


def release_memory() -> None:
    """Hand memory freed after a big read or aggregation back to the OS.

    Arrow's allocator and glibc's heap both keep freed blocks for reuse; on a host with < 1 GB
    (Streamlit Community Cloud) the transient copies of a million-row read would otherwise stay
    resident for the life of the server."""
    pa.default_memory_pool().release_unused()
    libc_name = ctypes.util.find_library("c")
    if libc_name:
        libc = ctypes.CDLL(libc_name)
        if hasattr(libc, "malloc_trim"):  # glibc only
            libc.malloc_trim(0)


def read_document_text(path: Path, doc_id: str) -> str | None:
    """The text of one article (None when the table has no text for it)."""
    schema = file_schema(path, DOCUMENTS_SCHEMA, DOCUMENT_CONTRACT)
    if "text" not in schema.names:
        return None
    table = _read(Path(path), ("doc_id", "text"), DOCUMENTS_SCHEMA, filters=pc.field("doc_id") == doc_id)
    if len(table) == 0:
        return None
    return table.column("text")[0].as_py()
