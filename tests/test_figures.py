"""Fixture frames → figures/ results: aggregation, filters and their URL form, loaders, highlighting, chart specs."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings, strategies as st

from extract.schema import CLAIMS_SCHEMA, METRICS, QUALIFIERS
from figures import charts, load, marks, tables, views
from figures.highlight import highlighted_html
from figures.synthetic import make_claims, make_documents
from fixtures.tables import claims_frame, synthetic_tables, write


def light(frame: pd.DataFrame, tmp_path) -> pd.DataFrame:
    """The frame as the app sees it: written to Parquet, read back through figures.load."""
    folder = write(tmp_path / "t", frame, make_documents(frame))
    return views.add_mark_ids(load.read_claims(folder / "claims.parquet"))


# ---------- aggregation ----------

def test_sources_reporting_one_figure_become_one_mark_with_range_and_agreement(tmp_path):
    rows = [dict(doc_id="a", value=5, published=date(2024, 5, 3)), dict(doc_id="b", value=5),
            dict(doc_id="c", value=7), dict(doc_id="c", value=7),          # one article repeating itself
            dict(doc_id="d", value=2, location="Lviv")]                  # another place: another mark
    agg = views.aggregate(light(claims_frame(rows), tmp_path)).set_index("location")
    kyiv, lviv = agg.loc["Kyiv"], agg.loc["Lviv"]
    assert (kyiv["value"], kyiv["min"], kyiv["max"]) == (5, 5, 7)
    assert (kyiv["n_sources"], kyiv["n_agree"], kyiv["n_claims"]) == (3, 2, 4)
    assert (lviv["value"], lviv["n_sources"]) == (2, 1)


@pytest.mark.parametrize("first, second, expected", [
    (dict(doc_id="early", value=3, published=date(2024, 5, 1)), dict(doc_id="late", value=9, published=date(2024, 5, 9)), 3),
    (dict(doc_id="late", value=3, published=date(2024, 5, 9)), dict(doc_id="early", value=9, published=date(2024, 5, 1)), 9),
])
def test_a_tie_between_values_goes_to_the_earliest_report(tmp_path, first, second, expected):
    agg = views.aggregate(light(claims_frame([first, second]), tmp_path))
    assert len(agg) == 1 and agg["value"].iloc[0] == expected


@pytest.mark.parametrize("column, other", [("metric", "injured"), ("event_date", date(2024, 5, 2)),
                                           ("group", "children"), ("side", "russian"), ("cumulative", True),
                                           ("unit", "percent"), ("location", None)])
def test_every_mark_key_separates_figures(tmp_path, column, other):
    agg = views.aggregate(light(claims_frame([dict(doc_id="a"), dict(doc_id="b", **{column: other})]), tmp_path))
    assert len(agg) == 2


def test_aggregate_of_synthetic_claims_accounts_for_every_claim(tmp_path):
    claims = light(make_claims(600, seed=3, days=20), tmp_path)
    agg = views.aggregate(claims)
    distinct = claims.groupby(list(views.MARK_KEYS), observed=True, dropna=False).ngroups
    assert len(agg) == distinct
    assert agg["n_claims"].sum() == len(claims)
    assert ((agg["min"] <= agg["value"]) & (agg["value"] <= agg["max"])).all()
    assert (agg["n_agree"] <= agg["n_sources"]).all() and (agg["n_sources"] <= agg["n_claims"]).all()


@pytest.mark.parametrize("family", ["air", "casualties", "displacement", "power", None])
def test_a_familys_marks_are_the_full_aggregate_restricted_to_it_and_counted_without_aggregating(tmp_path, family):
    claims = light(make_claims(700, seed=4, days=25), tmp_path)
    everything = views.aggregate(claims)
    own = views.aggregate(views.of_family(claims, family))
    expected = views.of_family(everything, family)
    assert sorted(own["mark"]) == sorted(expected["mark"])
    assert own.set_index("mark")[["value", "n_sources", "row"]].sort_index().equals(
        expected.set_index("mark")[["value", "n_sources", "row"]].sort_index())
    assert views.count_marks(views.of_family(claims, family)) == len(expected)
    assert views.count_marks(claims.iloc[0:0]) == 0


def test_aggregating_nothing_gives_an_empty_frame_with_the_mark_columns(tmp_path):
    claims = light(make_claims(50, seed=2), tmp_path)
    agg = views.aggregate(claims.iloc[0:0])
    assert agg.empty and {"min", "max", "n_sources", "n_agree", "value"} <= set(agg.columns)


def test_disputes_list_only_marks_whose_sources_differ_and_their_claims_side_by_side(tmp_path):
    rows = [dict(doc_id="a", value=10), dict(doc_id="b", value=14), dict(doc_id="c", value=3, location="Lviv"),
            dict(doc_id="d", value=3, location="Lviv")]
    claims = light(claims_frame(rows), tmp_path)
    disputed = views.disputes(views.aggregate(claims))
    assert list(disputed["location"].astype(str)) == ["Kyiv"]
    behind = views.disputed_claims(claims, disputed)
    assert sorted(behind["value"]) == [10, 14] and set(behind["dispute"]) == {0}


def test_interception_rate_pairs_launched_with_shot_down_on_the_same_day_and_place(tmp_path):
    rows = [dict(doc_id="a", metric="missiles_launched", value=40, location="Ukraine", group=None, side=None),
            dict(doc_id="a", metric="missiles_shot_down", value=30, location="Ukraine", group=None, side=None),
            dict(doc_id="a", metric="missiles_launched", value=5, location="Kyiv", group=None, side=None)]
    rates = views.interception(views.aggregate(light(claims_frame(rows), tmp_path)), "missiles")
    assert len(rates) == 1
    assert rates.iloc[0][["launched", "shot_down", "rate"]].tolist() == [40, 30, 75.0]


# ---------- filters and their URL form ----------

def test_each_filter_narrows_the_claims(tmp_path):
    claims = light(make_claims(500, seed=4, days=30), tmp_path)
    some = claims.iloc[7]
    cases = [views.Filters(metrics=(str(some["metric"]),)), views.Filters(places=(str(some["location"]),)),
             views.Filters(publishers=(str(some["publisher"]),)), views.Filters(qualifiers=(str(some["qualifier"]),)),
             views.Filters(start=some["event_date"].date(), end=some["event_date"].date()),
             views.Filters(running=False)]
    for f in cases:
        kept = views.apply_filters(claims, f)
        assert 0 < len(kept) < len(claims), f
    assert not views.apply_filters(claims, views.Filters(running=False))["cumulative"].any()


def test_filtering_marks_equals_aggregating_filtered_claims_for_mark_key_filters(tmp_path):
    claims = light(make_claims(500, seed=5, days=30), tmp_path)
    f = views.Filters(metrics=("killed", "injured"), start=date(2024, 3, 10), running=False)
    direct = views.aggregate(views.apply_filters(claims, f))
    via_marks = views.filter_marks(views.aggregate(claims), f)
    assert views.only_mark_filters(f)
    assert sorted(direct["mark"]) == sorted(via_marks["mark"])
    assert direct.set_index("mark")["value"].sort_index().tolist() == via_marks.set_index("mark")["value"].sort_index().tolist()


@pytest.mark.parametrize("params, expected", [
    ({}, views.Filters()),
    ({"metric": ["killed", "bogus"], "running": "0"}, views.Filters(metrics=("killed",), running=False)),
    ({"from": "2022-03-01", "to": "not-a-date"}, views.Filters(start=date(2022, 3, 1))),
    ({"place": "Kyiv", "qualifier": ["at_least", "sometimes"]}, views.Filters(places=("Kyiv",), qualifiers=("at_least",))),
    ({"claimant": ["Vitali Klitschko, mayor", ""]}, views.Filters(claimants=("Vitali Klitschko, mayor",))),
])
def test_query_parameters_become_filters(params, expected):
    assert views.filters_from_query(params) == expected


texts = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() == s and s)


@settings(max_examples=60, deadline=None)
@given(st.builds(views.Filters, start=st.none() | st.dates(), end=st.none() | st.dates(),
                 metrics=st.lists(st.sampled_from(METRICS), unique=True).map(tuple),
                 places=st.lists(texts, unique=True, max_size=3).map(tuple),
                 publishers=st.lists(texts, unique=True, max_size=3).map(tuple),
                 claimants=st.lists(texts, unique=True, max_size=3).map(tuple),
                 qualifiers=st.lists(st.sampled_from(QUALIFIERS), unique=True).map(tuple),
                 running=st.booleans()))
def test_filters_round_trip_through_query_parameters(filters):
    assert views.filters_from_query(views.filters_to_query(filters)) == filters


def test_a_range_covering_all_the_data_is_no_date_filter():
    f = views.Filters(start=date(2022, 1, 1), end=date(2025, 1, 1))
    assert views.clamp_dates(f, date(2022, 2, 24), date(2024, 12, 25)) == views.Filters()
    inner = views.Filters(start=date(2023, 1, 1))
    assert views.clamp_dates(inner, date(2022, 2, 24), date(2024, 12, 25)).start == date(2023, 1, 1)


# ---------- display text ----------

@pytest.mark.parametrize("value, qualifier, unit, text", [
    (3, "at_least", "count", "at least 3"), (9_000_000, "approx", "count", "about 9,000,000"),
    (50, "at_most", "percent", "up to 50%"), (12.5, "exact", "percent", "12.5%"), (float("nan"), "exact", "count", ""),
])
def test_value_text_carries_the_qualifier(value, qualifier, unit, text):
    assert views.value_text(value, qualifier, unit) == text


@pytest.mark.parametrize("url, kept", [
    ("https://kyivindependent.com/a", True), ("http://example.org/x?y=1", True), ("javascript:alert(1)", False),
    ("data:text/html,<b>x</b>", False), ("  https://ok.example/ ", True), ("https://a b", False), (None, False),
])
def test_only_web_addresses_become_links(url, kept):
    assert (views.safe_url(url) is not None) == kept


# ---------- loading ----------

def test_loader_reads_contract_tables_and_one_article(tmp_path):
    folder = synthetic_tables(tmp_path / "d", n=120)
    claims = load.read_claims(folder / "claims.parquet")
    assert len(claims) == 120 and "quote" not in claims and claims["metric"].dtype == "category"
    texts = load.take_texts(load.read_claim_texts(folder / "claims.parquet"), [5, 0])
    assert list(texts["claim_id"]) == ["c1_00000005", "c1_00000000"]
    docs = load.read_documents(folder / "documents.parquet")
    assert "text" not in docs and "hostile_doc" in set(docs["doc_id"])
    assert "<script>" in load.read_document_text(folder / "documents.parquet", "hostile_doc")
    assert load.read_document_text(folder / "documents.parquet", "no-such-doc") is None


def test_missing_extra_columns_are_filled_with_nulls(tmp_path):
    frame = make_claims(20, seed=1)
    table = pa.Table.from_pandas(frame, schema=CLAIMS_SCHEMA, preserve_index=False).drop_columns(["quote_start", "evidence"])
    pq.write_table(table, tmp_path / "claims.parquet")
    texts = load.read_claim_texts(tmp_path / "claims.parquet")
    assert texts.column("quote_start").null_count == 20 and texts.column("evidence").null_count == 20


@pytest.mark.parametrize("group_rows", [7, 50, None])
def test_claim_texts_reads_only_the_row_groups_of_the_rows_asked_for(tmp_path, group_rows):
    frame = make_claims(120, seed=2)
    table = pa.Table.from_pandas(frame, schema=CLAIMS_SCHEMA, preserve_index=False).drop_columns(["evidence"])
    pq.write_table(table, tmp_path / "claims.parquet", row_group_size=group_rows)
    texts = load.ClaimTexts(tmp_path / "claims.parquet")
    rows = [118, 3, 64, 3, 0, 119]   # unordered, repeated, both ends of the file
    got = texts.take(rows, ("quote", "span_start", "evidence"))
    assert list(got["quote"]) == list(frame["quote"].iloc[rows])
    assert list(got["span_start"]) == list(frame["span_start"].iloc[rows])
    assert got["evidence"].isna().all()                          # an extra the file lacks: nulls
    size = group_rows or 120
    assert {group for group, _ in texts.kept} == {r // size for r in rows}
    assert texts.take([], ("quote",)).empty


def test_claim_texts_keeps_read_groups_within_its_budget(tmp_path):
    frame = make_claims(200, seed=3)
    pq.write_table(pa.Table.from_pandas(frame, schema=CLAIMS_SCHEMA, preserve_index=False),
                   tmp_path / "claims.parquet", row_group_size=20)
    texts = load.ClaimTexts(tmp_path / "claims.parquet", budget=1)
    for row in (5, 45, 85, 125):
        assert texts.take([row])["quote"][0] == frame["quote"][row]
    assert list(texts.kept) == [(6, "quote")]                    # only the last group read stays


@pytest.mark.parametrize("make, problem", [
    (lambda p: None, "file not found"),
    (lambda p: p.write_bytes(b"PAR1 this is not parquet"), "not a readable Parquet file"),
    (lambda p: pq.write_table(pa.table({"city": ["Kyiv"], "population": [3_000_000]}), p), "missing column"),
    (lambda p: pq.write_table(pa.Table.from_pandas(make_claims(3).assign(value="many"), preserve_index=False), p),
     "types differ from the contract: value is"),
])
def test_bad_tables_raise_an_error_naming_the_file(tmp_path, make, problem):
    path = tmp_path / "claims.parquet"
    make(path)
    with pytest.raises(load.TableError) as err:
        load.read_claims(path)
    assert problem in str(err.value) and str(path) in str(err.value)


# ---------- highlighting ----------

def test_article_text_is_escaped_and_only_figures_are_marked():
    text = "<b>Strike</b> killed 12 & wounded <i>30</i>. *Not markdown*"
    html = highlighted_html(text, [(text.index("12"), text.index("12") + 2, 'killed: 12 "exact"'),
                                   (text.index("30"), text.index("30") + 2, "injured: 30"),
                                   (text.index("30"), text.index("30") + 1, "overlap, skipped"),
                                   (0, 10_000, "out of range, skipped")])
    assert "<b>" not in html and "&lt;b&gt;Strike&lt;/b&gt;" in html and "&amp;" in html
    assert html.count("<mark") == 2 and '<mark title="killed: 12 &quot;exact&quot;">12</mark>' in html
    assert "*Not markdown*" in html


# ---------- charts ----------

@pytest.fixture
def chart_inputs(tmp_path):
    folder = synthetic_tables(tmp_path / "c", n=900, days=40)
    claims = views.add_mark_ids(load.read_claims(folder / "claims.parquet"))
    agg = views.aggregate(claims)
    texts = load.read_claim_texts(folder / "claims.parquet")
    docs = load.read_documents(folder / "documents.parquet")

    def frame(name):
        fam = views.family(agg, name)
        return marks.chart_frame(fam, load.take_texts(texts, fam["row"]), docs)
    return agg, frame


def spec_of(chart) -> dict:
    spec = chart.to_dict()
    json.dumps(spec)  # the spec Streamlit sends must serialise
    return spec


def encodings(spec):
    for key in ("layer", "vconcat"):
        for sub in spec.get(key, []):
            yield from encodings(sub)
    if "encoding" in spec:
        yield spec.get("mark"), spec["encoding"]


def tooltip_titles(spec) -> set:
    return {t.get("title") for _, enc in encodings(spec) for t in enc.get("tooltip", [])}


def test_every_family_chart_renders_with_source_tooltips_and_links(chart_inputs):
    agg, frame = chart_inputs
    air = frame("air")
    built = [charts.air_chart(air[air["place"] == "Ukraine"], "missiles", True),
             charts.air_chart(air[air["place"] != "Ukraine"], "drones", False),
             charts.casualty_chart(frame("casualties"), cumulative=False),
             charts.casualty_chart(frame("casualties"), cumulative=True),
             charts.place_chart(frame("displacement"), "evacuated", "count", "Evacuated", "people"),
             charts.place_chart(frame("power"), "without_power", "percent", "Share", "%")]
    for chart in built:
        assert chart is not None
        spec = spec_of(chart)
        assert {"Value", "Date", "Place", "Claimant", "Publisher", "Quote", "Sources", "Note"} <= tooltip_titles(spec)
        assert any("href" in enc for _, enc in encodings(spec))
        assert spec["usermeta"]["embedOptions"]["loader"]["target"] == "_blank"


def test_interception_chart_shows_rate_with_launched_and_shot_down(tmp_path):
    rows = [dict(doc_id="a", metric=m, value=v, location="Ukraine", group=None, side=None, event_date=d)
            for d in (date(2024, 5, 1), date(2024, 5, 3)) for m, v in (("drones_launched", 20), ("drones_shot_down", 15))]
    rates = views.interception(views.aggregate(light(claims_frame(rows), tmp_path)), "drones")
    spec = spec_of(charts.rate_chart(rates, "Share"))
    assert {"Launched", "Shot down", "Rate"} <= {t.get("field").split(":")[0] for _, e in encodings(spec)
                                                 for t in e["tooltip"]}
    assert [r["Rate"] for r in next(iter(spec["datasets"].values()))] == ["75.0%", "75.0%"]
    assert charts.rate_chart(rates.iloc[0:0], "Share") is None


def test_single_events_are_bars_that_are_never_stacked_and_running_totals_are_lines(chart_inputs):
    _, frame = chart_inputs
    events = spec_of(charts.casualty_chart(frame("casualties"), cumulative=False))
    running = spec_of(charts.casualty_chart(frame("casualties"), cumulative=True))
    event_marks = {json.dumps(m, sort_keys=True): e for m, e in encodings(events)}
    bars = [e for m, e in encodings(events) if (m if isinstance(m, str) else m["type"]) == "bar"]
    assert bars and all(e["y"].get("stack", "absent") is None for e in bars), event_marks
    assert any((m if isinstance(m, str) else m["type"]) == "line" for m, _ in encodings(running))
    data = next(iter(running["datasets"].values()))
    assert all(row["cumulative"] for row in data)


def test_tooltip_rows_carry_qualified_values_and_restated_notes(chart_inputs):
    agg, frame = chart_inputs
    cas = frame("casualties")
    assert len(cas) == len(views.family(agg, "casualties"))
    for row in cas.itertuples():
        assert row.Value == views.value_text(row.value, row.qualifier, row.unit)
        assert row.Quote and (row.Note.startswith(marks.RESTATED_NOTE) == bool(row.restated))


def color_map(spec) -> dict:
    for _, enc in encodings(spec):
        if "color" in enc and "scale" in enc["color"] and "range" in enc["color"]["scale"]:
            return dict(zip(enc["color"]["scale"]["domain"], enc["color"]["scale"]["range"]))
    return {}


def test_a_place_keeps_its_colour_across_the_charts_of_a_family(chart_inputs):
    _, frame = chart_inputs
    displacement = frame("displacement")
    maps = [color_map(spec_of(c)) for c in (
        charts.place_chart(displacement, "evacuated", "count", "a", "b"),
        charts.place_chart(displacement, "residents_remaining", "count", "c", "d"))]
    shared = set(maps[0]) & set(maps[1])
    assert shared and all(maps[0][p] == maps[1][p] for p in shared)
    assert len(set(maps[0].values())) == len(maps[0])        # distinct places, distinct colours


def test_an_empty_family_draws_no_chart(chart_inputs):
    _, frame = chart_inputs
    power = frame("power")
    assert charts.place_chart(power.iloc[0:0], "without_power", "count", "x", "y") is None
    assert charts.casualty_chart(frame("casualties").iloc[0:0], cumulative=True) is None


def test_marks_beyond_the_limit_are_cut_by_place_with_a_note(tmp_path):
    claims = light(make_claims(3000, seed=6, days=200), tmp_path)
    agg = views.aggregate(claims)
    kept, note = marks.limit_marks(agg, max_marks=300)
    assert len(kept) <= 300 and note and "places" in note
    assert marks.limit_marks(agg, max_marks=len(agg))[1] is None


# ---------- display tables ----------

@pytest.mark.parametrize("n", [1, 7, 50, 10_000])
def test_latest_claims_are_the_n_latest_dates_newest_first(tmp_path, n):
    claims = light(make_claims(300, seed=8, days=90), tmp_path)
    claims.loc[claims.index[:5], "event_date"] = pd.NaT
    shown = tables.latest(claims, n)
    expected = claims.sort_values("event_date", ascending=False, na_position="last").head(n)
    assert len(shown) == min(n, len(claims))
    assert shown["event_date"].tolist() == expected["event_date"].tolist()


def test_claims_table_links_each_claim_to_its_article_and_flags_restated_ones(tmp_path):
    rows = [dict(doc_id="a", value=3, qualifier="at_least"), dict(doc_id="b", value=4)]
    claims = light(claims_frame(rows), tmp_path)
    docs = pd.DataFrame({"doc_id": ["a", "b"], "url": ["https://a.example/1", None], "restated": [True, False]})
    table = tables.claims_table(claims, pd.Series(["q a", "q b"]), docs)
    assert table["Value"].tolist() == ["at least 3", "4"]
    assert table["Article"].tolist()[0] == "https://a.example/1" and pd.isna(table["Article"].tolist()[1])
    assert table["Restated"].tolist() == [tables.RESTATED_FLAG, ""]
    assert table["Quote"].tolist() == ["q a", "q b"]


def test_dispute_summary_gives_the_range_and_the_most_reported_value(tmp_path):
    rows = [dict(doc_id="a", value=10), dict(doc_id="b", value=14), dict(doc_id="c", value=14)]
    summary = tables.dispute_summary(views.disputes(views.aggregate(light(claims_frame(rows), tmp_path))))
    assert summary[["Lowest", "Highest", "Articles", "Most reported"]].values.tolist() == [["10", "14", 3, "14"]]
