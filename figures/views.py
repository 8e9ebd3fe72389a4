"""Claims frame + filter choices → filtered claims, one aggregated mark per metric/day/place, disputes, rates.

Pure pandas: the app decides what to show, these functions decide what the numbers are. Several
sources reporting the same metric, day and place become one mark carrying the range of their
values and how many sources agree, so a chart never draws (or sums) the same event twice.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date

import numpy as np
import pandas as pd

from extract.schema import FAMILY, METRICS, QUALIFIERS

# One chart mark per combination of these: the same figure from several sources shares a key.
MARK_KEYS = ("metric", "unit", "event_date", "location", "group", "side", "cumulative")
NATIONAL = "Ukraine"
NO_PLACE = "(no place given)"
QUALIFIER_WORDS = {"exact": "", "approx": "about ", "at_least": "at least ", "at_most": "up to "}
METRIC_LABELS = {
    "missiles_launched": "missiles launched", "missiles_shot_down": "missiles shot down",
    "drones_launched": "drones launched", "drones_shot_down": "drones shot down",
    "killed": "killed", "injured": "injured", "evacuated": "evacuated",
    "residents_remaining": "residents remaining", "without_power": "without power",
}


@dataclass(frozen=True)
class Filters:
    """What the viewer chose in the sidebar; empty tuples and None mean "everything"."""
    start: date | None = None
    end: date | None = None
    metrics: tuple = ()
    places: tuple = ()
    publishers: tuple = ()
    claimants: tuple = ()
    qualifiers: tuple = ()
    running: bool = True


# Filter field ↔ URL query parameter.
QUERY_KEYS = {"start": "from", "end": "to", "metrics": "metric", "places": "place", "publishers": "publisher",
              "claimants": "claimant", "qualifiers": "qualifier", "running": "running"}


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value != "" else []
    return [v for v in value if v != ""]


def _as_date(value) -> date | None:
    values = _as_list(value)
    try:
        return date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None


def filters_from_query(params: Mapping) -> Filters:
    """URL query parameters (str or list of str per key) → Filters; unknown or malformed values are dropped."""
    def pick(name):
        return params.get(QUERY_KEYS[name]) if QUERY_KEYS[name] in params else None

    running = _as_list(pick("running"))
    return Filters(
        start=_as_date(pick("start")),
        end=_as_date(pick("end")),
        metrics=tuple(m for m in _as_list(pick("metrics")) if m in METRICS),
        places=tuple(_as_list(pick("places"))),
        publishers=tuple(_as_list(pick("publishers"))),
        claimants=tuple(_as_list(pick("claimants"))),
        qualifiers=tuple(q for q in _as_list(pick("qualifiers")) if q in QUALIFIERS),
        running=not (running and running[-1].lower() in ("0", "false", "off", "no")),
    )


def filters_to_query(filters: Filters) -> dict:
    """Filters → query parameters, leaving out defaults so a plain link shows everything."""
    out: dict = {}
    default = Filters()
    for f in fields(Filters):
        value = getattr(filters, f.name)
        if value == getattr(default, f.name):
            continue
        key = QUERY_KEYS[f.name]
        if isinstance(value, date):
            out[key] = value.isoformat()
        elif isinstance(value, bool):
            out[key] = "1" if value else "0"
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = str(value)
    return out


def clamp_dates(filters: Filters, lo: date | None, hi: date | None) -> Filters:
    """A date range equal to (or wider than) the data's own is no filter at all."""
    start = filters.start if filters.start and (lo is None or filters.start > lo) else None
    end = filters.end if filters.end and (hi is None or filters.end < hi) else None
    return replace(filters, start=start, end=end)


def _isin(column: pd.Series, values) -> np.ndarray:
    wanted = set(values)
    if NO_PLACE in wanted:
        return (column.isin(wanted) | column.isna()).to_numpy()
    return column.isin(wanted).to_numpy()


def filter_mask(claims: pd.DataFrame, f: Filters) -> np.ndarray:
    """Boolean mask of the claims that pass every filter."""
    mask = np.ones(len(claims), dtype=bool)
    dates = claims["event_date"]
    if f.start is not None:
        mask &= (dates >= pd.Timestamp(f.start)).to_numpy()
    if f.end is not None:
        mask &= (dates <= pd.Timestamp(f.end)).to_numpy()
    for column, chosen in (("metric", f.metrics), ("location", f.places), ("publisher", f.publishers),
                           ("claimant", f.claimants), ("qualifier", f.qualifiers)):
        if chosen:
            mask &= _isin(claims[column], chosen)
    if not f.running:
        mask &= ~claims["cumulative"].to_numpy(dtype=bool)
    return mask


def apply_filters(claims: pd.DataFrame, f: Filters) -> pd.DataFrame:
    mask = filter_mask(claims, f)
    return claims if mask.all() else claims[mask]


def only_mark_filters(f: Filters) -> bool:
    """True when every active filter is on a mark key, so an aggregate of all claims can be filtered instead."""
    return not (f.publishers or f.claimants or f.qualifiers)


def _first_index(ids: np.ndarray, n: int) -> np.ndarray:
    """For ids in 0..n-1, the position of each id's first occurrence (O(n), no sort)."""
    first = np.empty(n, dtype=np.int64)
    positions = np.arange(len(ids), dtype=np.int64)
    first[ids[::-1]] = positions[::-1]  # later writes win, so reversed order leaves the first occurrence
    return first


def _dense(values: np.ndarray) -> tuple[np.ndarray, int]:
    codes, uniques = pd.factorize(values)
    return codes.astype(np.int64), len(uniques)


def aggregate(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per MARK_KEYS combination: the value most articles report (ties: the earliest-published),
    the range (min, max), n_sources (articles), n_agree (articles reporting that value), n_claims, and
    the representative claim's row, qualifier, claimant, publisher, doc_id, published.

    Integer codes and linear passes only (no multi-column groupby or sort): a million claims aggregate
    in a fraction of a second."""
    cols = list(MARK_KEYS) + ["value", "doc_id", "row", "published", "qualifier", "claimant", "publisher"]
    if "mark" in claims:
        cols.append("mark")
    if claims.empty:
        return claims[cols].assign(min=[], max=[], n_sources=[], n_agree=[], n_claims=[])
    # Mark ids are already small dense integers (mark_key); a filtered subset just leaves gaps.
    key = (claims["mark"].to_numpy() if "mark" in claims else mark_key(claims)).astype(np.int64)
    n_keys = int(key.max()) + 1
    doc, n_docs = _codes(claims["doc_id"])
    value = claims["value"].to_numpy(dtype=float)
    vcode, n_values = _dense(value)
    published = claims["published"].to_numpy(dtype="datetime64[ms]").astype(np.int64)
    published = np.where(claims["published"].isna().to_numpy(), np.iinfo(np.int64).max, published)
    # (key, value) pairs, and each article counted once per pair and once per key.
    kv, n_kv = _dense(key * (n_values + 1) + (vcode + 1))
    kv_key = key[_first_index(kv, n_kv)]
    kv_doc, n_kv_doc = _dense(kv * (n_docs + 1) + doc)
    votes = np.bincount(kv[_first_index(kv_doc, n_kv_doc)], minlength=n_kv)
    key_doc, n_key_doc = _dense(key * (n_docs + 1) + doc)
    n_sources = np.bincount(key[_first_index(key_doc, n_key_doc)], minlength=n_keys)
    # Earliest publication per pair; its first claim represents the pair.
    never = np.iinfo(np.int64).max
    kv_pub = np.full(n_kv, never)
    np.minimum.at(kv_pub, kv, published)
    earliest = np.flatnonzero(published == kv_pub[kv])
    kv_row = np.empty(n_kv, dtype=np.int64)
    kv_row[kv[earliest][::-1]] = earliest[::-1]
    # Per key: the pairs with most votes, of those the earliest published, of those the first seen.
    top_votes = np.zeros(n_keys, dtype=votes.dtype)
    np.maximum.at(top_votes, kv_key, votes)
    candidate = np.flatnonzero(votes == top_votes[kv_key])
    top_pub = np.full(n_keys, never)
    np.minimum.at(top_pub, kv_key[candidate], kv_pub[candidate])
    candidate = candidate[kv_pub[candidate] == top_pub[kv_key[candidate]]]
    best_of_key = np.full(n_keys, -1, dtype=np.int64)
    best_of_key[kv_key[candidate][::-1]] = candidate[::-1]
    present = np.flatnonzero(best_of_key >= 0)  # keys in this subset, ascending
    best = best_of_key[present]
    stats = pd.DataFrame({"key": key, "value": value}).groupby("key", sort=True)["value"].agg(["min", "max", "size"])
    rep = claims.iloc[kv_row[best]][cols].reset_index(drop=True)
    rep["min"] = stats["min"].to_numpy()
    rep["max"] = stats["max"].to_numpy()
    rep["n_claims"] = stats["size"].to_numpy()
    rep["n_sources"] = n_sources[present]
    rep["n_agree"] = votes[best]
    return rep


def _codes(column: pd.Series) -> tuple[np.ndarray, int]:
    """Small non-negative integer codes (0 = missing) and their count, for any key column."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy().astype("int64") + 1, len(column.cat.categories) + 1
    if pd.api.types.is_bool_dtype(column):
        return column.to_numpy(dtype="int64") + 1, 3
    if pd.api.types.is_datetime64_any_dtype(column) and column.notna().any():
        # Days since the first day: no hashing, and the codes stay small.
        days = column.to_numpy(dtype="datetime64[D]").astype("int64")
        missing = column.isna().to_numpy()
        first = days[~missing].min()
        codes = np.where(missing, 0, days - first + 1)
        return codes, int(codes.max()) + 1
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    return codes.astype("int64") + 1, len(uniques) + 1


def mark_key(frame: pd.DataFrame) -> np.ndarray:
    """One integer per distinct MARK_KEYS combination (mixed-radix codes, then factorized)."""
    combined = np.zeros(len(frame), dtype="int64")
    for name in MARK_KEYS:
        codes, radix = _codes(frame[name])
        combined = combined * radix + codes
    # Radices multiply past int64 only for absurd cardinalities; factorize keeps the result dense.
    return pd.factorize(combined)[0]


def add_mark_ids(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with a `mark` column: equal ids ⇔ same metric, unit, day, place, group, side, running total."""
    return claims.assign(mark=mark_key(claims))


def filter_marks(agg: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The aggregate restricted by the filters that are mark keys (date, metric, place, running totals)."""
    mask = filter_mask(agg, replace(f, publishers=(), claimants=(), qualifiers=()))
    return agg if mask.all() else agg[mask]


def family(agg: pd.DataFrame, name: str) -> pd.DataFrame:
    metrics = [m for m, fam in FAMILY.items() if fam == name]
    return agg[agg["metric"].isin(metrics)]


def of_family(frame: pd.DataFrame, name: str | None) -> pd.DataFrame:
    """Claims or marks of one family (air, casualties, displacement, power); None keeps every row."""
    return frame if name is None else family(frame, name)


def count_marks(claims: pd.DataFrame) -> int:
    """How many marks the claims make (distinct mark ids, add_mark_ids), without aggregating them."""
    if claims.empty:
        return 0
    return int(np.count_nonzero(np.bincount(claims["mark"].to_numpy())))


def disputes(agg: pd.DataFrame) -> pd.DataFrame:
    """The marks whose sources disagree (min differs from max), widest relative spread first."""
    disputed = agg[(agg["max"] > agg["min"]) & (agg["n_sources"] > 1)].copy()
    disputed["spread"] = (disputed["max"] - disputed["min"]) / disputed["max"].where(disputed["max"] != 0, 1)
    return disputed.sort_values(["spread", "n_sources"], ascending=False)


def disputed_claims(claims: pd.DataFrame, marks: pd.DataFrame) -> pd.DataFrame:
    """Every claim behind the given marks, grouped mark by mark so differing figures sit side by side.

    Both frames need the `mark` column (add_mark_ids) so no join on seven key columns is needed."""
    order = pd.Series(np.arange(len(marks)), index=marks["mark"].to_numpy())
    behind = claims[claims["mark"].isin(order.index)]
    behind = behind.assign(dispute=behind["mark"].map(order).to_numpy())
    return behind.sort_values(["dispute", "value", "published"])


def interception(agg: pd.DataFrame, weapon: str) -> pd.DataFrame:
    """Per day and place, launched vs shot down (representative values) and the share intercepted (%)."""
    launched, downed = f"{weapon}_launched", f"{weapon}_shot_down"
    both = agg[agg["metric"].isin([launched, downed]) & (agg["unit"] == "count") & ~agg["cumulative"]]
    if both.empty:
        return pd.DataFrame(columns=["event_date", "location", "launched", "shot_down", "rate"])
    places = both["location"].astype(object).fillna(NO_PLACE)
    wide = both.assign(location=places, metric=both["metric"].astype(str)).pivot_table(
        index=["event_date", "location"], columns="metric", values="value", aggfunc="max", observed=True)
    wide = wide.reindex(columns=[launched, downed]).rename(columns={launched: "launched", downed: "shot_down"})
    wide = wide.dropna().reset_index()
    wide = wide[wide["launched"] > 0]
    wide["rate"] = (100 * wide["shot_down"] / wide["launched"]).round(1)
    return wide


def value_text(value, qualifier, unit) -> str:
    """`at least 3`, `about 9,000,000`, `up to 50%`."""
    if pd.isna(value):
        return ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    suffix = "%" if unit == "percent" else ""
    return f"{QUALIFIER_WORDS.get(str(qualifier), '')}{number}{suffix}"


def safe_url(url) -> str | None:
    """The URL when it is a web address (http/https); anything else (javascript:, data:, junk) is dropped."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else None


def place_of(location) -> str:
    return NO_PLACE if location is None or pd.isna(location) else str(location)


def choices(claims: pd.DataFrame, column: str, limit: int | None = None) -> list[str]:
    """The values of a filter column, most frequent first (capped at `limit`)."""
    counts = claims[column].value_counts(dropna=True)
    values = [str(v) for v in counts.index[counts > 0]]
    if column == "location" and claims[column].isna().any():
        values.append(NO_PLACE)
    return values[:limit] if limit else values
