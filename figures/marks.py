"""Aggregated marks + claim texts + documents → chart-ready frames whose columns are what a tooltip shows.

Charts get at most MAX_MARKS rows: when a view has more, the most-reported places are kept (then
the latest days) and a note says what was left out, so the browser never receives raw rows at scale.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from figures.views import METRIC_LABELS, NO_PLACE, safe_url, value_text

MAX_MARKS = 2500
RESTATED_NOTE = "Restated in new words from the original report: "
TOOLTIP_COLUMNS = ("Value", "Date", "Place", "Claimant", "Publisher", "Sources", "Quote", "Note")
# What charts and their tooltips use; everything else stays out of the spec sent to the browser.
CHART_COLUMNS = ("event_date", "value", "min", "max", "metric", "metric_label", "unit", "qualifier", "place",
                 "group", "side", "cumulative", "n_sources", "n_agree", "url", "restated", "doc_id") + TOOLTIP_COLUMNS


def limit_marks(marks: pd.DataFrame, max_marks: int = MAX_MARKS) -> tuple[pd.DataFrame, str | None]:
    """At most `max_marks` rows: whole places by how much they are reported, then the latest days."""
    if len(marks) <= max_marks:
        return marks, None
    place = marks["location"].astype(object).fillna(NO_PLACE)
    weight = marks.groupby(place, observed=True)["n_claims"].sum().sort_values(ascending=False)
    sizes = place.value_counts().reindex(weight.index)
    kept_places = list(weight.index[(sizes.cumsum() <= max_marks).to_numpy()])
    if kept_places:
        kept = marks[place.isin(kept_places).to_numpy()]
        note = (f"Showing the {len(kept_places)} most-reported of {len(weight)} places "
                f"({len(kept):,} of {len(marks):,} marks); choose places in the sidebar to see others.")
    else:
        kept = marks.sort_values("event_date").tail(max_marks)
        note = f"Showing the latest {len(kept):,} of {len(marks):,} marks; narrow the date range to see earlier ones."
    return kept, note


def chart_frame(marks: pd.DataFrame, texts: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Add the display columns every mark's tooltip and link need.

    texts: claim text columns aligned with `marks` (quote, url), taken for the representative claims only.
    documents: url and restated by doc_id (a column or the index) — to flag restated articles and link
    their original report.
    """
    out = marks.reset_index(drop=True).copy()
    for name in ("metric", "unit", "qualifier", "location", "group", "side", "claimant", "publisher", "doc_id"):
        if name in out:
            out[name] = out[name].astype(object)
    quote = texts["quote"].reset_index(drop=True) if "quote" in texts else pd.Series([""] * len(out))
    claim_url = texts["url"].reset_index(drop=True) if "url" in texts else pd.Series([None] * len(out))
    doc_info = documents.set_index("doc_id") if "doc_id" in documents.columns else documents
    doc_info = doc_info[~doc_info.index.duplicated()].reindex(pd.Index(out["doc_id"].unique()))
    doc_url = out["doc_id"].map(doc_info["url"]) if "url" in doc_info else pd.Series([None] * len(out))
    restated = out["doc_id"].map(doc_info["restated"]).fillna(False).astype(bool) if "restated" in doc_info \
        else pd.Series(False, index=out.index)
    out["url"] = [safe_url(u) for u in claim_url.where(claim_url.notna(), doc_url)]
    out["restated"] = restated.to_numpy()
    out["place"] = out["location"].where(out["location"].notna(), NO_PLACE)
    out["metric_label"] = out["metric"].map(METRIC_LABELS)
    out["Value"] = [value_text(v, q, u) for v, q, u in zip(out["value"], out["qualifier"], out["unit"])]
    out["Date"] = out["event_date"].dt.strftime("%Y-%m-%d").fillna("undated")
    out["Place"] = out["place"]
    out["Claimant"] = out["claimant"].where(out["claimant"].notna(), "the outlet itself")
    out["Publisher"] = out["publisher"].where(out["publisher"].notna(), "unknown outlet")
    out["Sources"] = [_sources_text(r) for r in out[["min", "max", "n_sources", "n_agree", "unit"]].itertuples()]
    out["Quote"] = quote.fillna("").to_numpy()
    out["Note"] = np.where(out["restated"], RESTATED_NOTE + out["url"].fillna("(no link known)").astype(str), "")
    return out[[c for c in CHART_COLUMNS if c in out.columns]]


def _sources_text(row) -> str:
    if row.n_sources <= 1:
        return "1 source"
    if row.min == row.max:
        return f"all {row.n_sources} sources agree"
    low, high = value_text(row.min, "exact", row.unit), value_text(row.max, "exact", row.unit)
    return f"{row.n_agree} of {row.n_sources} sources agree; reported {low} to {high}"


def series_label(frame: pd.DataFrame, parts) -> pd.Series:
    """'killed · civilians · ukrainian' style labels from the given columns (missing parts skipped)."""
    columns = [frame[p].astype(object).where(frame[p].notna(), None) for p in parts]
    return pd.Series([" · ".join(str(v) for v in values if v) for values in zip(*columns)], index=frame.index)
