"""data/claims.parquet + data/documents.parquet → the War Figures dashboard (Streamlit).

Thin by design: cached loaders, `choose_*` functions that read widgets and return choices, and
`draw_*` functions that draw. Numbers are decided in figures/ (pure pandas/Altair). Filter state
lives in the URL: read into the widgets on a session's first run, written back on every change, so
a link reproduces the view (the tab is bound to the URL by Streamlit itself).
Set WAR_FIGURES_DATA_DIR to chart other tables (tests do).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st

from extract.schema import METRICS, QUALIFIERS
from figures import charts, export, load, marks as marks_mod, tables, views
from figures.highlight import highlighted_html

ROOT = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("WAR_FIGURES_DATA_DIR") or ROOT / "data")
CLAIMS_PATH, DOCS_PATH = DATA_DIR / "claims.parquet", DATA_DIR / "documents.parquet"
TABLE_ROWS = 2000      # rows sent to the browser per table; downloads carry everything
ARTICLE_CHOICES = 1000
TABS = ("Air strikes", "Casualties", "Displacement", "Power", "Disputed figures", "Sources")


# ---------- loading (cached on path + modification time, so a rebuilt table is picked up) ----------

# Frames are cached as resources, not with st.cache_data: that keeps a pickled copy and unpickles a fresh
# copy on every rerun, for a million claims the memory of two frames and the time of a copy per run. So
# every cached frame below is shared and READ-ONLY: callers select or build new frames, never assign into
# one. path + mtime key them, so a rebuilt table is picked up.
@st.cache_resource(max_entries=1, show_spinner="Loading claims…")
def load_claims(path: str, mtime: float) -> pd.DataFrame:
    claims = views.add_mark_ids(load.read_claims(Path(path)))
    load.release_memory()
    return claims


@st.cache_resource(max_entries=1, show_spinner=False)
def load_claim_texts(path: str, mtime: float) -> load.ClaimTexts:
    # Quotes and offsets are read by row group for the rows that become marks or table rows, never the
    # whole column up front; the reader keeps the groups it read (bounded) for the next reruns and sessions.
    return load.ClaimTexts(Path(path))


@st.cache_resource(max_entries=1, show_spinner=False)
def load_documents(path: str, mtime: float) -> pd.DataFrame:
    return load.read_documents(Path(path))


@st.cache_data(max_entries=64, show_spinner=False)
def load_article_text(path: str, mtime: float, doc_id: str) -> str | None:
    return load.read_document_text(Path(path), doc_id)


# The derived caches take the loaded frame as `_claims`: Streamlit does not hash underscored arguments,
# path + mtime key them. Marks are aggregated per family (None: all), so a tab aggregates only its own claims.

@st.cache_resource(max_entries=5, show_spinner="Aggregating…")
def all_marks(path: str, mtime: float, family: str | None, _claims: pd.DataFrame) -> pd.DataFrame:
    marks = views.aggregate(views.of_family(_claims, family))
    load.release_memory()
    return marks


@st.cache_resource(max_entries=16, show_spinner=False)
def marks_for(path: str, mtime: float, filters: views.Filters, family: str | None,
              _claims: pd.DataFrame) -> pd.DataFrame:
    if views.only_mark_filters(filters):
        return views.filter_marks(all_marks(path, mtime, family, _claims), filters)
    return views.aggregate(views.apply_filters(views.of_family(_claims, family), filters))


@st.cache_data(max_entries=2, show_spinner=False)
def filter_options(path: str, mtime: float, _claims: pd.DataFrame) -> dict:
    claims = _claims
    dates = claims["event_date"].dropna()
    present = {name: set(views.choices(claims, name)) for name in ("metric", "qualifier")}
    return {
        "lo": dates.min().date() if len(dates) else None, "hi": dates.max().date() if len(dates) else None,
        "metric": [m for m in METRICS if m in present["metric"]],
        "place": views.choices(claims, "location"), "publisher": views.choices(claims, "publisher"),
        "claimant": views.choices(claims, "claimant"),
        "qualifier": [q for q in QUALIFIERS if q in present["qualifier"]],
    }


def mtime(path: Path) -> float:
    return path.stat().st_mtime


def texts_for(rows, columns: tuple = ("quote",)) -> pd.DataFrame:
    """Text columns of the claims at file positions `rows`; only the columns asked for are ever read.
    (Links come from the documents table: a claim's url is its article's.)"""
    return load_claim_texts(str(CLAIMS_PATH), mtime(CLAIMS_PATH)).take(rows, columns)


# ---------- choices (read widgets, return values; state mirrored in the URL) ----------

FILTER_WIDGETS = (("metrics", "Figure", views.METRIC_LABELS.get), ("places", "Place", str),
                  ("publishers", "Publisher", str), ("claimants", "Claimant", str), ("qualifiers", "Qualifier", str))
OPTION_OF = {"metrics": "metric", "places": "place", "publishers": "publisher", "claimants": "claimant",
             "qualifiers": "qualifier"}


def seed_widgets_from_url(options: dict) -> None:
    """First run of a session: the URL's filters become the widgets' values (values the data lacks are dropped)."""
    if st.session_state.get("_seeded"):
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted = views.filters_from_query(params)
    lo, hi = options["lo"], options["hi"]
    if lo:
        st.session_state["w_start"] = min(max(wanted.start or lo, lo), hi)
        st.session_state["w_end"] = max(min(wanted.end or hi, hi), st.session_state["w_start"])
    for name, _, _ in FILTER_WIDGETS:
        available = set(options[OPTION_OF[name]])
        st.session_state[f"w_{name}"] = [v for v in getattr(wanted, name) if v in available]
    st.session_state["w_running"] = wanted.running
    st.session_state["_seeded"] = True


def write_filters_to_url(filters: views.Filters) -> None:
    """The URL carries exactly the active filters (other parameters, like the bound tab, are left alone)."""
    wanted = views.filters_to_query(filters)
    for key in views.QUERY_KEYS.values():
        if key in wanted:
            if st.query_params.get_all(key) != (wanted[key] if isinstance(wanted[key], list) else [wanted[key]]):
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def keep_valid_widget_state(options: dict) -> None:
    """A rebuilt table may lack a chosen value or date: drop it rather than fail on the widget."""
    lo, hi = options["lo"], options["hi"]
    previous = st.session_state.get("_data_range")
    if previous and previous != (lo, hi):  # an open end stays open: follow the data's new first/last day
        for key, old, new in (("w_start", previous[0], lo), ("w_end", previous[1], hi)):
            if st.session_state.get(key) == old:
                st.session_state[key] = new
    st.session_state["_data_range"] = (lo, hi)
    for key in ("w_start", "w_end"):
        if key in st.session_state and lo and not lo <= st.session_state[key] <= hi:
            st.session_state[key] = lo if key == "w_start" else hi
    for name, _, _ in FILTER_WIDGETS:
        key = f"w_{name}"
        if key in st.session_state:
            available = set(options[OPTION_OF[name]])
            st.session_state[key] = [v for v in st.session_state[key] if v in available]


def choose_filters(options: dict) -> views.Filters:
    seed_widgets_from_url(options)
    keep_valid_widget_state(options)
    side = st.sidebar
    side.header("Filters")
    lo, hi = options["lo"], options["hi"]
    start = side.date_input("From", min_value=lo, max_value=hi, key="w_start") if lo else None
    end = side.date_input("To", min_value=lo, max_value=hi, key="w_end") if hi else None
    picked = {name: side.multiselect(label, options[OPTION_OF[name]], key=f"w_{name}", format_func=fmt,
                                     placeholder="All")
              for name, label, fmt in FILTER_WIDGETS}
    running = side.toggle("Running totals", key="w_running",
                          help="Include cumulative figures (tallies since a start date).")
    chosen = views.Filters(start=start, end=end, running=running, **{k: tuple(v) for k, v in picked.items()})
    chosen = views.clamp_dates(chosen, lo, hi)
    write_filters_to_url(chosen)
    return chosen


# ---------- drawing ----------

def show(chart, empty: str) -> None:
    if chart is None:
        st.info(empty)
    else:
        draw_chart(chart)


def draw_chart(chart) -> None:
    """An Altair chart drawn from its unvalidated spec, its data sent to the browser as a named Arrow dataset.

    st.altair_chart validates every spec against the Vega-Lite schema on each run, which costs more than
    building the charts; the builders in figures/charts.py are validated by the tests instead."""
    # The dataset is named by its content, as st.altair_chart names it: layers inherit the top-level data by
    # that name, and the browser tells one chart's data from another's (and from the last run's) by it.
    table = pa.Table.from_pandas(chart.data, preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    payload = sink.getvalue().to_pybytes()
    name = hashlib.md5(payload, usedforsecurity=False).hexdigest()
    chart.data = alt.NamedData(name=name)
    spec = chart.to_dict(validate=False)
    # Altair's default theme config would override Streamlit's theme (st.altair_chart leaves it out).
    spec.pop("config", None)
    spec["datasets"] = {name: payload}
    st.vega_lite_chart(spec=spec, width="stretch")


def family_frame(marks: pd.DataFrame, name: str, documents: pd.DataFrame) -> pd.DataFrame:
    fam, note = marks_mod.limit_marks(views.family(marks, name))
    if note:
        st.caption(note)
    undated = int(fam["event_date"].isna().sum())
    if undated:
        st.caption(f"{undated} figure(s) without a date are listed under Sources, not charted.")
    return marks_mod.chart_frame(fam, texts_for(fam["row"]), documents)


def draw_air(marks: pd.DataFrame, documents: pd.DataFrame, running: bool, days) -> None:
    frame = family_frame(marks, "air", documents)
    national = frame[frame["place"] == views.NATIONAL]
    regional = frame[frame["place"] != views.NATIONAL]
    for weapon in ("missiles", "drones"):
        st.subheader(weapon.capitalize())
        rates = views.interception(marks, weapon)
        show(charts.air_chart(national, weapon, national=True, days=days), f"No Ukraine-wide {weapon} figures in this view.")
        rate = charts.rate_chart(rates[rates["location"] == views.NATIONAL], f"Share of {weapon} shot down, Ukraine-wide",
                                days=days)
        if rate is not None:
            draw_chart(rate)
        show(charts.air_chart(regional, weapon, national=False, days=days), f"No regional {weapon} figures in this view.")
    if running:
        st.subheader("Running totals")
        show(charts.air_running_chart(frame, days=days), "No running air-defence totals in this view.")


def draw_casualties(marks: pd.DataFrame, documents: pd.DataFrame, running: bool, days) -> None:
    frame = family_frame(marks, "casualties", documents)
    show(charts.casualty_chart(frame, cumulative=False, days=days), "No single-event casualty figures in this view.")
    if running:
        show(charts.casualty_chart(frame, cumulative=True, days=days), "No running casualty totals in this view.")
    else:
        st.caption("Running totals are switched off in the sidebar.")


def draw_places(marks: pd.DataFrame, documents: pd.DataFrame, name: str, panels, days) -> None:
    frame = family_frame(marks, name, documents)
    for metric, unit, title, y_title in panels:
        show(charts.place_chart(frame, metric, unit, title, y_title, days=days), f"No '{title}' figures in this view.")


def claims_table(claims: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    return tables.claims_table(claims, texts_for(claims["row"])["quote"], documents)


LINK = st.column_config.LinkColumn("Article", help="The article (for restated ones, the original report)")
TABLE_COLUMNS = {"Article": LINK, "Quote": st.column_config.TextColumn("Quote", width="large")}


def draw_disputes(claims: pd.DataFrame, marks: pd.DataFrame, documents: pd.DataFrame) -> None:
    disputed = views.disputes(marks)
    st.caption(f"{len(disputed):,} figures where sources report different values for the same metric, "
               "day and place. The widest disagreements come first; each claim is one row.")
    if disputed.empty:
        st.info("No disputed figures in this view.")
        return
    top = disputed.head(100)
    st.dataframe(tables.dispute_summary(top), hide_index=True)
    st.caption("The claims behind each disputed figure:")
    behind = views.disputed_claims(claims, top).head(TABLE_ROWS)
    table = claims_table(behind, documents)
    table.insert(0, "Dispute", behind["dispute"].to_numpy() + 1)
    st.dataframe(table, hide_index=True, column_config=TABLE_COLUMNS)


def draw_sources(claims: pd.DataFrame, documents: pd.DataFrame, filters: views.Filters) -> None:
    st.subheader("Claims in this view")
    shown = tables.latest(claims, TABLE_ROWS)
    if len(claims) > len(shown):
        st.caption(f"Showing the latest {len(shown):,} of {len(claims):,} claims; the downloads hold all of them.")
    st.dataframe(claims_table(shown, documents), hide_index=True, column_config=TABLE_COLUMNS)
    draw_downloads(filters)
    st.subheader("Articles")
    docs = documents.sort_values("published", ascending=False, na_position="last")
    st.dataframe(docs[["doc_id", "publisher", "published", "title", "n_claims", "restated", "url"]].head(TABLE_ROWS),
                 hide_index=True, column_config={"url": LINK, "published": st.column_config.DateColumn("published")})
    draw_article(claims, docs)


def draw_article(claims: pd.DataFrame, docs: pd.DataFrame) -> None:
    options = list(docs["doc_id"].head(ARTICLE_CHOICES))
    wanted = st.query_params.get("article")
    if wanted and wanted not in options and wanted in set(docs["doc_id"]):
        options.append(wanted)
    # Like the filters, the article is read from the URL once per session and written back on change
    # (bind="query-params" would put the formatted label, not the doc_id, in the link).
    if "w_article" not in st.session_state:
        st.session_state["w_article"] = wanted if wanted in options else None
    info = docs.set_index("doc_id")

    def label(doc_id: str) -> str:
        row = info.loc[doc_id]
        published = row["published"].date().isoformat() if pd.notna(row["published"]) else "undated"
        return f"{row['publisher'] or 'unknown outlet'} · {published} · {row['title'] or doc_id}"

    doc_id = st.selectbox("Read an article", options, key="w_article", format_func=label,
                          placeholder="Choose an article (the list follows the table above)")
    if doc_id and st.query_params.get("article") != doc_id:
        st.query_params["article"] = doc_id
    elif not doc_id and "article" in st.query_params:
        del st.query_params["article"]
    if not doc_id:
        return
    doc = docs[docs["doc_id"] == doc_id].iloc[0]
    url = views.safe_url(doc["url"])
    # Metadata is data too: shown with st.text / fixed labels, never as Markdown.
    if doc["restated"]:
        st.info("This text restates the original report in new words; the figures are the original's.")
    st.text(f"Publisher: {doc['publisher'] or 'unknown'} · original report: {url or 'no link known'}")
    if url:
        st.link_button("Open the original report" if doc["restated"] else "Open the article", url)
    text = load_article_text(str(DOCS_PATH), mtime(DOCS_PATH), doc_id)
    if text is None:
        st.warning("This table holds no text for the article.")
        return
    mine = claims[(claims["doc_id"] == doc_id).to_numpy()]
    offsets = texts_for(mine["row"], ("span_start", "span_end"))
    labels = [f"{views.METRIC_LABELS[m]}: {views.value_text(v, q, u)}"
              for m, v, q, u in zip(mine["metric"].astype(str), mine["value"], mine["qualifier"], mine["unit"])]
    spans = zip(offsets["span_start"], offsets["span_end"], labels)
    st.caption(f"{len(mine)} figure(s) highlighted (figures hidden by the filters are not).")
    with st.container(height=520, border=True):  # a long article scrolls inside its box, not the page
        st.html(highlighted_html(text, spans))


def draw_downloads(filters: views.Filters) -> None:
    path = CLAIMS_PATH

    def filtered_frame() -> pd.DataFrame:
        # Runs on click, in another thread. It reads the table again rather than closing over this run's
        # frame: Streamlit keeps every rerun's deferred callables, and with them whatever they reference.
        claims = views.apply_filters(load.read_claims(path), filters)
        return export.claims_export(claims, load.take_texts(load.read_claim_texts(path), claims["row"]))

    # Deferred: the bytes are made when a button is clicked, not on every rerun.
    offers = export.downloads(filtered_frame, filters.start, filters.end, CLAIMS_PATH, DOCS_PATH)
    for column, offer in zip(st.columns(len(offers)), offers):
        column.download_button(offer.label, data=offer.make, file_name=offer.file_name, mime=offer.mime,
                               on_click="ignore")


def main() -> None:
    st.set_page_config(page_title="War Figures", page_icon="📊", layout="wide")
    st.title("War Figures")
    st.caption("Numbers reported about the Russia–Ukraine war, each traceable to the article, sentence and "
               "person it came from. Hover a mark for its source; click it to open the article.")
    if not CLAIMS_PATH.exists() or not DOCS_PATH.exists():
        st.info(f"No tables in {DATA_DIR} yet. Build them from the bundled articles with:")
        st.code("make data", language="bash")
        return
    try:
        claims = load_claims(str(CLAIMS_PATH), mtime(CLAIMS_PATH))
        documents = load_documents(str(DOCS_PATH), mtime(DOCS_PATH))
    except load.TableError as err:
        st.error(f"Cannot use {err.path.name} ({err.path}): {err.problem}. Rebuild the tables with `make data`.")
        return
    options = filter_options(str(CLAIMS_PATH), mtime(CLAIMS_PATH), claims)
    filters = choose_filters(options)
    filtered = views.apply_filters(claims, filters)
    def marks(family: str | None) -> pd.DataFrame:
        return marks_for(str(CLAIMS_PATH), mtime(CLAIMS_PATH), filters, family, claims)
    st.caption(f"{len(filtered):,} of {len(claims):,} claims from {filtered['doc_id'].nunique():,} articles "
               f"({len(documents):,} articles read); {views.count_marks(filtered):,} distinct figures.")
    if claims.empty:
        st.warning(f"The claims table holds no claims: no figures were found in the {len(documents):,} articles "
                   "read. Rebuild it with `make data` once the articles or rules change.")
    elif filtered.empty:
        st.warning("No claims match these filters. Widen the date range or clear some filters in the sidebar.")
    # Every chart spans the same days (the filter's, else the data's), so charts of one tab line up.
    days = (filters.start or options["lo"], filters.end or options["hi"])
    drawers = (
        lambda: draw_air(marks("air"), documents, filters.running, days),
        lambda: draw_casualties(marks("casualties"), documents, filters.running, days),
        lambda: draw_places(marks("displacement"), documents, "displacement", [
            ("evacuated", "count", "People evacuated", "people"),
            ("residents_remaining", "count", "Residents remaining", "people"),
            ("residents_remaining", "percent", "Residents remaining, share of pre-war population", "%")], days),
        lambda: draw_places(marks("power"), documents, "power", [
            ("without_power", "count", "People / consumers without power", "people or consumers"),
            ("without_power", "percent", "Share without power", "%")], days),
        lambda: draw_disputes(filtered, marks(None), documents),
        lambda: draw_sources(filtered, documents, filters),
    )
    # Bound to the URL, the tabs are lazy: only the open tab's content runs, which keeps reruns cheap.
    for tab, draw in zip(st.tabs(TABS, key="tab", bind="query-params"), drawers):
        with tab:
            if tab.open:
                draw()


main()
