"""Temp tables → app.py under AppTest: it renders, filters shrink the table, URL state round-trips, bad data is named."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from fixtures.tables import synthetic_tables

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 60


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    return synthetic_tables(tmp_path_factory.mktemp("tables"), n=400)


def app(monkeypatch, folder: Path, tab: str | None = "Sources", **params) -> AppTest:
    """The app on `folder`'s tables, opened on `tab` (tabs are lazy: only the open one runs) with URL `params`."""
    monkeypatch.setenv("WAR_FIGURES_DATA_DIR", str(folder))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if tab:
        params["tab"] = tab
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def claims_table_rows(at: AppTest) -> int:
    """Rows of the 'Claims in this view' table (the Sources tab's first table)."""
    tables = [d for d in at.dataframe if "Quote" in d.value.columns and "Dispute" not in d.value.columns]
    assert tables, "no claims table on the page"
    return len(tables[0].value)


TABS = ["Air strikes", "Casualties", "Displacement", "Power", "Disputed figures", "Sources"]


def test_app_renders_every_tab_with_charts_and_no_error(monkeypatch, tables):
    at = app(monkeypatch, tables, tab=None)
    assert [t.label for t in at.tabs] == TABS
    drawn = {}
    for label in TABS:
        at.session_state["tab"] = label
        at.run()
        assert not at.exception and not at.error, label
        drawn[label] = len(at.get("vega_lite_chart"))
    assert drawn["Air strikes"] >= 3 and drawn["Casualties"] >= 1 and drawn["Power"] >= 1
    assert drawn["Sources"] == 0                      # lazy tabs: only the open one is drawn
    assert claims_table_rows(at) == 400


def test_changing_filters_shrinks_the_table(monkeypatch, tables):
    at = app(monkeypatch, tables)
    everything = claims_table_rows(at)
    at.multiselect(key="w_metrics").select("killed").run()
    killed = claims_table_rows(at)
    assert 0 < killed < everything
    at.toggle(key="w_running").set_value(False).run()
    assert 0 < claims_table_rows(at) < killed
    assert not at.exception


def test_url_parameters_set_the_widgets(monkeypatch, tables):
    at = app(monkeypatch, tables, metric=["killed", "injured"], running="0", **{"from": "2024-03-10"},
             qualifier="not-a-qualifier")
    assert not at.exception
    assert at.multiselect(key="w_metrics").value == ["killed", "injured"]
    assert at.toggle(key="w_running").value is False
    assert str(at.date_input(key="w_start").value) == "2024-03-10"
    assert at.multiselect(key="w_qualifiers").value == []
    assert "qualifier" not in at.query_params          # a value the data lacks is dropped from the link


def test_changing_widgets_writes_the_url_and_the_url_reproduces_the_view(monkeypatch, tables):
    at = app(monkeypatch, tables)
    assert at.query_params == {"tab": "Sources"}
    at.multiselect(key="w_metrics").select("injured").run()
    at.toggle(key="w_running").set_value(False).run()
    at.date_input(key="w_start").set_value(__import__("datetime").date(2024, 3, 5)).run()
    assert at.query_params["metric"] == "injured"
    assert at.query_params["running"] == "0" and at.query_params["from"] == "2024-03-05"
    rows = claims_table_rows(at)
    again = app(monkeypatch, tables, **dict(at.query_params))   # open the link in a new session
    assert claims_table_rows(again) == rows
    assert again.query_params == at.query_params
    at.multiselect(key="w_metrics").unselect("injured").run()
    assert "metric" not in at.query_params


def test_a_filter_that_leaves_nothing_says_so(monkeypatch, tmp_path):
    from figures.synthetic import make_documents
    from fixtures.tables import claims_frame, write

    claims = claims_frame([dict(doc_id="a", metric="killed", location="Kyiv"),
                           dict(doc_id="b", metric="injured", location="Lviv")])
    folder = write(tmp_path / "two", claims, make_documents(claims))
    at = app(monkeypatch, folder, metric="killed", place="Lviv")
    assert not at.exception
    assert at.multiselect(key="w_metrics").value == ["killed"] and at.multiselect(key="w_places").value == ["Lviv"]
    assert claims_table_rows(at) == 0
    assert any("No claims match" in w.value for w in at.warning)


def test_no_tables_yet_tells_the_command_that_builds_them(monkeypatch, tmp_path):
    at = app(monkeypatch, tmp_path)
    assert not at.exception
    assert any("make data" in c.value for c in at.code)


@pytest.mark.parametrize("damage", ["garbage", "foreign", "truncated"])
def test_a_broken_table_gives_a_clear_error_naming_the_file(monkeypatch, tmp_path, tables, damage):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "documents.parquet").write_bytes((tables / "documents.parquet").read_bytes())
    claims = folder / "claims.parquet"
    if damage == "garbage":
        claims.write_bytes(b"not parquet at all")
    elif damage == "foreign":
        pq.write_table(pa.table({"city": ["Kyiv"], "population": [2_950_000]}), claims)
    else:
        claims.write_bytes((tables / "claims.parquet").read_bytes()[:500])
    at = app(monkeypatch, folder)
    assert not at.exception
    assert at.error and "claims.parquet" in at.error[0].value


def test_article_view_escapes_text_and_flags_restated_reports(monkeypatch, tables):
    at = app(monkeypatch, tables)
    at.selectbox(key="w_article").set_value("hostile_doc").run()
    assert not at.exception and at.query_params["article"] == "hostile_doc"
    body = at.get("html")[0].proto.body
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert any("restates the original report" in i.value for i in at.info)
    at.selectbox(key="w_article").set_value("syn_0000000").run()   # an article with claims
    body = at.get("html")[0].proto.body
    assert body.count("<mark") >= 1


def test_an_article_link_opens_that_article(monkeypatch, tables):
    at = app(monkeypatch, tables, article="hostile_doc")
    assert at.selectbox(key="w_article").value == "hostile_doc"
    assert "&lt;script&gt;" in at.get("html")[0].proto.body
    assert app(monkeypatch, tables, article="no-such-doc").selectbox(key="w_article").value is None


def test_articles_without_claims_are_listed_among_sources(monkeypatch, tables):
    at = app(monkeypatch, tables)
    docs = [d.value for d in at.dataframe if "n_claims" in d.value.columns][0]
    assert (docs["n_claims"] == 0).any() and "hostile_doc" in set(docs["doc_id"])


def test_downloads_are_offered_with_dated_file_names(monkeypatch, tables):
    at = app(monkeypatch, tables, **{"from": "2024-03-05", "to": "2024-04-01"})
    buttons = at.get("download_button")
    labels = [b.proto.label for b in buttons]
    assert "Filtered claims (CSV)" in labels and "All claims (Parquet)" in labels


def test_a_rebuilt_table_is_picked_up_and_stale_choices_are_dropped(monkeypatch, tmp_path):
    import os

    from figures.synthetic import make_claims, make_documents
    from fixtures.tables import write

    folder = synthetic_tables(tmp_path / "live", n=200)
    at = app(monkeypatch, folder, metric="killed")
    assert at.multiselect(key="w_metrics").value == ["killed"]
    before = claims_table_rows(at)
    rebuilt = make_claims(300, seed=9)
    rebuilt = rebuilt[rebuilt["metric"] != "killed"].reset_index(drop=True)
    write(folder, rebuilt, make_documents(rebuilt))
    stamp = (folder / "claims.parquet").stat().st_mtime + 5
    os.utime(folder / "claims.parquet", (stamp, stamp))
    at.run()
    assert not at.exception
    assert at.multiselect(key="w_metrics").value == []
    assert claims_table_rows(at) == len(rebuilt) != before


def test_tables_without_any_claim_still_list_the_articles(monkeypatch, tmp_path):
    from figures.synthetic import make_claims, make_documents
    from fixtures.tables import write

    documents = make_documents(make_claims(10, seed=2))
    folder = write(tmp_path / "empty", make_claims(10, seed=2).iloc[0:0], documents)
    for tab in TABS:
        at = app(monkeypatch, folder, tab=tab)
        assert not at.exception, tab
    docs = [d.value for d in at.dataframe if "n_claims" in d.value.columns][0]
    assert len(docs) == len(documents)
    assert any("holds no claims" in w.value for w in at.warning)


def test_a_foreign_documents_table_is_named_in_the_error(monkeypatch, tmp_path, tables):
    folder = tmp_path / "foreign_docs"
    folder.mkdir()
    (folder / "claims.parquet").write_bytes((tables / "claims.parquet").read_bytes())
    pq.write_table(pa.table({"doc_id": ["a"], "headline": ["x"]}), folder / "documents.parquet")
    at = app(monkeypatch, folder)
    assert not at.exception
    assert at.error and "documents.parquet" in at.error[0].value and "missing column" in at.error[0].value


def test_charts_carry_their_marks_and_quotes_as_one_named_arrow_dataset(monkeypatch, tables):
    at = app(monkeypatch, tables, tab="Air strikes")
    charts = at.get("vega_lite_chart")
    assert len(charts) >= 3
    quotes = []
    for chart in charts:
        spec = json.loads(chart.proto.spec)
        assert [d.name for d in chart.proto.datasets] == [spec["data"]["name"]]
        assert "config" not in spec                               # Streamlit's theme applies
        assert all("data" not in layer for layer in spec.get("layer", []))  # layers inherit the marks
        rows = pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_all()
        assert rows.num_rows > 0
        if "Quote" in rows.column_names:
            quotes += rows.column("Quote").to_pylist()
    # tooltips quote the representative claim's sentence, fetched by row after aggregation
    assert quotes and all(q and any(ch.isdigit() for ch in q) for q in quotes)
