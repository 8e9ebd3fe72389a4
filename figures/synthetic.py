"""Row count + seed → realistic synthetic claims and documents tables (for tests, benchmarks, demos).

Every value comes from the contract's vocabularies (extract/schema.py), each claim's quote is a
sentence of its document's text and its span points at the number inside that sentence, so
everything downstream (highlighting, tooltips, exports) can be exercised without the extractor.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.schema import CLAIMS_SCHEMA, DOCUMENTS_SCHEMA, FAMILY

PUBLISHERS = ("Ukrainska Pravda", "Kyiv Independent", "Reuters", "AP", "BBC", "TASS", "Al Jazeera", None)
CLAIMANTS = ("Ukraine's Air Force", "Vitali Klitschko", "Oleh Syniehubov", "UN human rights monitors",
             "Ministry of Energy", "Volodymyr Zelensky", "General Staff", None)
PLACES = ("Ukraine", "Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Kherson",
          "Bakhmut", "Odesa Oblast", "Kursk Oblast", None)
QUALIFIER_WORDS = {"exact": "", "approx": "about ", "at_least": "at least ", "at_most": "up to "}
PHRASES = {
    "missiles_launched": "Russia launched {n} missiles overnight",
    "missiles_shot_down": "air defences shot down {n} missiles",
    "drones_launched": "the attack involved {n} Shahed drones",
    "drones_shot_down": "{n} drones were destroyed",
    "killed": "the strike killed {n} people",
    "injured": "{n} people were wounded",
    "evacuated": "{n} residents have been evacuated",
    "residents_remaining": "{n} residents remain in the town",
    "without_power": "{n} consumers were left without power",
}
METRIC_WEIGHTS = {"missiles_launched": 3, "missiles_shot_down": 3, "drones_launched": 2, "drones_shot_down": 2,
                  "killed": 4, "injured": 3, "evacuated": 1, "residents_remaining": 1, "without_power": 1}


def _sentence(metric: str, qualifier: str, value: float, unit: str, place: str | None, claimant: str | None):
    number = f"{int(value):,}" if unit == "count" else f"{int(value)} percent of"
    body = PHRASES[metric].format(n=QUALIFIER_WORDS[qualifier] + number)
    where = f" in {place}" if place else ""
    said = f", {claimant} said." if claimant else "."
    sentence = body[0].upper() + body[1:] + where + said
    at = sentence.index(number)
    return sentence, at, at + len(number)


def make_claims(n: int, seed: int = 0, start: date = date(2022, 2, 24), days: int = 1000,
                claims_per_doc: int = 5) -> pd.DataFrame:
    """n claims over `days` days, grouped `claims_per_doc` to an article; several outlets report the same event."""
    rng = np.random.default_rng(seed)
    metrics = np.array(list(METRIC_WEIGHTS))
    weights = np.array(list(METRIC_WEIGHTS.values()), dtype=float)
    metric = rng.choice(metrics, size=n, p=weights / weights.sum())
    day_offsets = rng.integers(0, days, size=n)
    place = rng.choice(np.array(PLACES, dtype=object), size=n)
    claimant = rng.choice(np.array(CLAIMANTS, dtype=object), size=n)
    qualifier = rng.choice(np.array(["exact", "approx", "at_least", "at_most"]), size=n, p=[.55, .2, .18, .07])
    base = rng.lognormal(mean=2.5, sigma=1.6, size=n).round()
    # Sources disagree a little about the same event: a small spread around the event's figure.
    value = np.maximum(1.0, base + rng.integers(-2, 3, size=n))
    unit = np.where((metric == "without_power") & (rng.random(n) < 0.3), "percent", "count")
    value = np.where(unit == "percent", np.clip(value, 1, 100), value)
    is_casualty = np.isin(metric, ["killed", "injured"])
    group = np.where(is_casualty, rng.choice(np.array(["civilians", "children", "military", "unspecified"]), size=n), None)
    side = np.where(is_casualty, rng.choice(np.array(["ukrainian", "russian", "unspecified"]), size=n, p=[.7, .2, .1]), None)
    cumulative = is_casualty & (rng.random(n) < 0.25)
    value = np.where(cumulative, value * 100, value)
    doc_number = np.arange(n) // max(1, claims_per_doc)
    n_docs = int(doc_number.max()) + 1 if n else 0
    doc_publisher = rng.choice(np.array(PUBLISHERS, dtype=object), size=n_docs)
    doc_lag = rng.integers(0, 3, size=n_docs)
    event_date = [start + timedelta(days=int(d)) for d in day_offsets]
    rows = []
    for i in range(n):
        d = int(doc_number[i])
        quote, s, e = _sentence(metric[i], qualifier[i], value[i], unit[i], place[i], claimant[i])
        rows.append((d, quote, s, e))
    doc_ids = [f"syn_{d:07d}" for d, _, _, _ in rows]
    # The quote's offset inside its article: the article is its claims' sentences, one per line.
    quote_start = np.zeros(n, dtype=np.int32)
    offset, current = 0, -1
    for i, (d, quote, _, _) in enumerate(rows):
        if d != current:
            current, offset = d, 0
        quote_start[i] = offset
        offset += len(quote) + 1
    span_start = quote_start + np.array([s for _, _, s, _ in rows], dtype=np.int32)
    span_end = quote_start + np.array([e for _, _, _, e in rows], dtype=np.int32)
    publisher = doc_publisher[doc_number] if n else np.array([], dtype=object)
    frame = pd.DataFrame({
        "claim_id": [f"c{seed}_{i:08d}" for i in range(n)],
        "doc_id": doc_ids,
        "publisher": publisher,
        "url": [f"https://example.org/{p.replace(' ', '-').lower()}/{d}" if p else None
                for p, d in zip(publisher, doc_ids)],
        "published": [ed + timedelta(days=int(doc_lag[d])) for ed, d in zip(event_date, doc_number)],
        "metric": metric,
        "value": value.astype("float64"),
        "unit": unit,
        "qualifier": qualifier,
        "event_date": event_date,
        "location": place,
        "group": group,
        "side": side,
        "cumulative": cumulative,
        "claimant": claimant,
        "quote": [q for _, q, _, _ in rows],
        "span_start": span_start,
        "span_end": span_end,
        "extractor": [f"synthetic.{FAMILY[m]}" for m in metric],
        "quote_start": quote_start,
        "evidence": [q[s:e] for _, q, s, e in rows],
    })
    return frame


def make_documents(claims: pd.DataFrame, extra_without_claims: int = 2, restated_every: int = 3) -> pd.DataFrame:
    """One document per doc_id of `claims` (text = its quotes, one per line) plus some articles without claims."""
    grouped = claims.groupby("doc_id", sort=True)
    first = grouped.first()
    text = grouped["quote"].agg(lambda q: "\n".join(q) + "\n")
    docs = pd.DataFrame({
        "doc_id": first.index.astype(str),
        "publisher": first["publisher"].to_numpy(),
        "url": first["url"].to_numpy(),
        "published": first["published"].to_numpy(),
        "title": [f"Synthetic report {d}" for d in first.index],
        "n_claims": grouped.size().to_numpy().astype("int32"),
    })
    docs["text"] = text.to_numpy()
    extra = pd.DataFrame({
        "doc_id": [f"syn_empty_{i:03d}" for i in range(extra_without_claims)],
        "publisher": ["Kyiv Independent"] * extra_without_claims,
        "url": [None] * extra_without_claims,
        "published": [date(2022, 3, 1)] * extra_without_claims,
        "title": ["A report with no figures"] * extra_without_claims,
        "n_claims": np.zeros(extra_without_claims, dtype="int32"),
        "text": ["Talks resumed on Tuesday; no figures were given.\n"] * extra_without_claims,
    })
    docs = pd.concat([docs, extra], ignore_index=True)
    docs["published_from"] = "manifest"
    docs["publisher_from"] = np.where(docs["publisher"].isna(), "none", "manifest")
    docs["restated"] = (np.arange(len(docs)) % max(1, restated_every)) == 0
    docs["source_path"] = docs["doc_id"] + ".txt"
    docs["content_sha256"] = ""
    docs["n_chars"] = docs["text"].str.len().astype("int64")
    return docs[list(DOCUMENTS_SCHEMA.names)]


# Row layouts of the claims file. "build": the extractor's order (by article) in one row group, as
# extract/tables.py writes it today. "marks": ordered by metric, then day, in small row groups, so the
# quotes behind a chart's marks sit in a few groups (figures.load.ClaimTexts reads only those).
LAYOUTS = {"build": (("doc_id",), None), "marks": (("metric", "event_date", "doc_id"), 16_384)}


def write_claims(claims: pd.DataFrame, path, layout: str = "build") -> None:
    order, group_rows = LAYOUTS[layout]
    table = pa.Table.from_pandas(claims.sort_values(list(order), kind="stable"), schema=CLAIMS_SCHEMA,
                                 preserve_index=False)
    pq.write_table(table, path, row_group_size=group_rows, write_page_index=group_rows is not None)
