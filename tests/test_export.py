"""Hostile and ordinary frames → download bytes: formula-safe CSV, contract Parquet, names carrying the date range."""
from __future__ import annotations

import csv
import io
from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings, strategies as st

from extract.schema import CLAIMS_SCHEMA
from figures import export, load
from fixtures.tables import synthetic_tables

HOSTILE = [
    ("=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Klitschko said =5", "Klitschko said =5"),      # not at the start: harmless
    ("", ""),
]


@pytest.mark.parametrize("cell, expected", HOSTILE)
def test_csv_cells_that_start_a_formula_get_an_apostrophe(cell, expected):
    frame = pd.DataFrame({"quote": [cell], "value": [-5.0]})
    rows = list(csv.reader(io.StringIO(export.csv_bytes(frame).decode("utf-8"), newline="")))
    assert rows[0] == ["quote", "value"]
    assert rows[1] == [expected, "-5.0"]


def test_numbers_dates_booleans_and_missing_values_are_left_alone():
    frame = pd.DataFrame({"value": [-3.0, 1e6], "n": [-1, 2], "cumulative": [True, False],
                          "event_date": pd.to_datetime(["2024-05-01", None]),
                          "claimant": [None, "-Anonymous"]})
    out = export.safe_frame(frame)
    assert out["value"].tolist() == [-3.0, 1e6] and out["n"].tolist() == [-1, 2]
    assert out["cumulative"].tolist() == [True, False]
    assert pd.isna(out["claimant"].iloc[0]) and out["claimant"].iloc[1] == "'-Anonymous"
    text = export.csv_bytes(frame).decode()
    assert "2024-05-01" in text and "\r\n-3.0," in text


def test_categorical_text_columns_are_neutralised_too():
    frame = pd.DataFrame({"publisher": pd.Categorical(["=evil", "AP"])})
    assert export.safe_frame(frame)["publisher"].tolist() == ["'=evil", "AP"]


def test_filtered_export_has_the_contract_columns_and_round_trips_through_parquet(tmp_path):
    folder = synthetic_tables(tmp_path / "d", n=60)
    claims = load.read_claims(folder / "claims.parquet")
    picked = claims[claims["metric"] == "killed"]
    frame = export.claims_export(picked, load.take_texts(load.read_claim_texts(folder / "claims.parquet"), picked["row"]))
    assert list(frame.columns) == CLAIMS_SCHEMA.names
    back = pq.read_table(io.BytesIO(export.parquet_bytes(frame, CLAIMS_SCHEMA)))
    assert back.schema.equals(CLAIMS_SCHEMA) and back.num_rows == len(picked)
    original = pq.read_table(folder / "claims.parquet").to_pandas().set_index("claim_id")
    assert back.to_pandas().set_index("claim_id")["quote"].equals(original.loc[back.column("claim_id").to_pylist(), "quote"])


@pytest.mark.parametrize("start, end, name", [
    (date(2022, 2, 24), date(2022, 12, 31), "war-figures-claims_2022-02-24_to_2022-12-31.csv"),
    (None, date(2023, 1, 1), "war-figures-claims_all_to_2023-01-01.csv"),
    (None, None, "war-figures-claims_all_to_all.csv"),
])
def test_file_names_carry_the_date_range(start, end, name):
    assert export.file_name("claims", start, end, "csv") == name


def test_download_offers_carry_exactly_the_filtered_claims_and_the_full_tables(tmp_path):
    folder = synthetic_tables(tmp_path / "d", n=80)
    claims = load.read_claims(folder / "claims.parquet")
    picked = claims[claims["qualifier"] == "at_least"]
    texts = load.read_claim_texts(folder / "claims.parquet")
    offers = export.downloads(lambda: export.claims_export(picked, load.take_texts(texts, picked["row"])),
                              date(2024, 3, 2), None, folder / "claims.parquet", folder / "documents.parquet")
    names = [o.file_name for o in offers]
    assert names[:2] == ["war-figures-claims_2024-03-02_to_all.csv", "war-figures-claims_2024-03-02_to_all.parquet"]
    rows = list(csv.DictReader(io.StringIO(offers[0].make().decode("utf-8"), newline="")))
    assert len(rows) == len(picked) and {r["qualifier"] for r in rows} == {"at_least"}
    assert pq.read_table(io.BytesIO(offers[1].make())).num_rows == len(picked)
    assert offers[2].make() == (folder / "claims.parquet").read_bytes()
    assert offers[3].make() == (folder / "documents.parquet").read_bytes()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=8),
       st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), min_size=1, max_size=8))
def test_any_text_round_trips_through_csv_and_never_starts_a_formula(cells, numbers):
    n = min(len(cells), len(numbers))
    frame = pd.DataFrame({"quote": cells[:n], "value": numbers[:n]})
    back = pd.read_csv(io.BytesIO(export.csv_bytes(frame)), dtype={"quote": str}, keep_default_na=False)
    for original, written in zip(frame["quote"], back["quote"]):
        assert not written.startswith(export.FORMULA_STARTS)
        assert written == ("'" + original if original.startswith(export.FORMULA_STARTS) else original)
    assert back["value"].tolist() == pytest.approx(frame["value"].tolist())
