"""Claims or aggregated marks (+ quotes, documents) → the display frames of the Sources and Disputed tabs."""
from __future__ import annotations

import pandas as pd

from figures.views import METRIC_LABELS, place_of, safe_url, value_text

RESTATED_FLAG = "restated in new words; link is the original"


def _values(frame: pd.DataFrame) -> list[str]:
    return [value_text(v, q, u) for v, q, u in zip(frame["value"], frame["qualifier"], frame["unit"])]


def claims_table(claims: pd.DataFrame, quotes: pd.Series, documents: pd.DataFrame) -> pd.DataFrame:
    """One display row per claim: who, when, what, the quote, a link to the article, the restated flag.

    quotes: aligned with `claims`; documents: doc_id, url, restated (links and flags are per article)."""
    info = documents.drop_duplicates("doc_id").set_index("doc_id")
    doc_ids = pd.Series(claims["doc_id"].astype(str).to_numpy())
    restated = doc_ids.map(info["restated"]).fillna(False).astype(bool)
    return pd.DataFrame({
        "Publisher": claims["publisher"].astype(object).to_numpy(),
        "Date": claims["event_date"].dt.date.to_numpy(),
        "Claimant": claims["claimant"].astype(object).to_numpy(),
        "Figure": claims["metric"].astype(str).map(METRIC_LABELS).to_numpy(),
        "Value": _values(claims),
        "Place": claims["location"].astype(object).to_numpy(),
        "Quote": pd.Series(quotes).to_numpy(),
        "Article": doc_ids.map(info["url"]).map(safe_url, na_action="ignore").to_numpy(),
        "Restated": restated.map({True: RESTATED_FLAG, False: ""}).to_numpy(),
        "Running total": claims["cumulative"].to_numpy(),
        "doc_id": doc_ids.to_numpy(),
    })


def dispute_summary(disputed: pd.DataFrame) -> pd.DataFrame:
    """One row per disputed mark: the figure, its day and place, lowest and highest values, articles."""
    return pd.DataFrame({
        "Dispute": range(1, len(disputed) + 1),
        "Figure": disputed["metric"].astype(str).map(METRIC_LABELS).to_numpy(),
        "Date": disputed["event_date"].dt.date.to_numpy(),
        "Place": [place_of(p) for p in disputed["location"]],
        "Lowest": [value_text(v, "exact", u) for v, u in zip(disputed["min"], disputed["unit"])],
        "Highest": [value_text(v, "exact", u) for v, u in zip(disputed["max"], disputed["unit"])],
        "Articles": disputed["n_sources"].to_numpy(),
        "Most reported": _values(disputed),
    })


def latest(claims: pd.DataFrame, n: int) -> pd.DataFrame:
    """The n claims with the latest event dates (undated last), without sorting every claim."""
    if len(claims) <= n:
        return claims.sort_values("event_date", ascending=False, na_position="last")
    days = claims["event_date"].to_numpy(dtype="datetime64[ms]").astype("int64")
    days[claims["event_date"].isna().to_numpy()] = -(2 ** 62)
    top = days.argpartition(len(days) - n)[-n:]
    return claims.iloc[top].sort_values("event_date", ascending=False, na_position="last")
