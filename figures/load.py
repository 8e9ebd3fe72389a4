"""Parquet paths → validated, memory-light claims/documents frames, claim texts on demand, one article's text.

The dashboard never holds every quote and article text as Python objects: the filterable columns
are loaded as categoricals, long text columns stay in Arrow and are taken row by row when shown.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import threading
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


class ClaimTexts:
    """Text columns of one claims file, read a Parquet row group at a time, only for the rows asked for.

    Parquet cannot read single rows, so the unit of reading is the row group: a file whose row groups
    are small and whose rows are ordered like the charts' marks (by metric, then day) serves a chart's
    quotes from a few groups; a file written as one big group costs one read of the whole column, once.
    Groups already read are kept (least recently used dropped first) up to `budget` bytes."""

    def __init__(self, path: Path, budget: int = 64 << 20):
        self.path = Path(path)
        file_schema(self.path, CLAIMS_SCHEMA, CLAIM_CONTRACT)
        self.file = pq.ParquetFile(self.path)
        sizes = [self.file.metadata.row_group(i).num_rows for i in range(self.file.metadata.num_row_groups)]
        self.starts = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])
        self.names = set(self.file.schema_arrow.names)
        self.budget = budget
        self.kept: dict = {}   # (group, column) → Arrow array; dict order is recency order
        self.lock = threading.Lock()  # sessions share this object; reads of one group are not repeated

    def _group(self, group: int, column: str) -> pa.Array:
        key = (group, column)
        if key in self.kept:
            self.kept[key] = self.kept.pop(key)
            return self.kept[key]
        if column in self.names:
            array = self.file.read_row_group(group, columns=[column], use_threads=False).column(0).combine_chunks()
        else:  # an optional extra missing from this file: typed nulls
            field = CLAIMS_SCHEMA.field(column)
            array = pa.nulls(int(self.starts[group + 1] - self.starts[group]), field.type)
        self.kept[key] = array
        while len(self.kept) > 1 and sum(a.nbytes for a in self.kept.values()) > self.budget:
            self.kept.pop(next(iter(self.kept)))
        return array

    def take(self, rows, columns=("quote",)) -> pd.DataFrame:
        """The `columns` of the claims at file positions `rows`, as a frame aligned with `rows`."""
        rows = np.asarray(rows, dtype=np.int64)
        groups = np.searchsorted(self.starts, rows, side="right") - 1
        out = {}
        with self.lock:
            for column in columns:
                pieces = []
                for group in np.unique(groups):
                    at = np.flatnonzero(groups == group)
                    local = pa.array(rows[at] - self.starts[group])
                    pieces.append((at, self._group(int(group), column).take(local)))
                out[column] = _aligned(pieces, len(rows), CLAIMS_SCHEMA.field(column).type)
        return pd.DataFrame(out)


def _aligned(pieces, n: int, kind: pa.DataType) -> np.ndarray:
    """Taken pieces (positions, values) put back into the caller's order."""
    if not pieces:
        return pa.array([], type=kind).to_numpy(zero_copy_only=False)
    positions = np.concatenate([at for at, _ in pieces])
    values = pa.concat_arrays([v.cast(kind) for _, v in pieces])
    order = np.empty(n, dtype=np.int64)
    order[positions] = np.arange(n)
    return values.take(pa.array(order)).to_numpy(zero_copy_only=False)


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
