"""The data contract (../shared/claims-schema.md) → column lists and Arrow schemas for both tables."""
from __future__ import annotations

import pyarrow as pa

METRICS = (
    "missiles_launched", "missiles_shot_down", "drones_launched", "drones_shot_down",
    "killed", "injured", "evacuated", "residents_remaining", "without_power",
)
FAMILY = {
    "missiles_launched": "air", "missiles_shot_down": "air", "drones_launched": "air", "drones_shot_down": "air",
    "killed": "casualties", "injured": "casualties",
    "evacuated": "displacement", "residents_remaining": "displacement",
    "without_power": "power",
}
UNITS = ("count", "percent")
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
GROUPS = ("civilians", "children", "military", "unspecified")
SIDES = ("ukrainian", "russian", "unspecified")

# Contract columns first, in the contract's order; extra columns after them.
CLAIMS_SCHEMA = pa.schema([
    ("claim_id", pa.string()),
    ("doc_id", pa.string()),
    ("publisher", pa.string()),
    ("url", pa.string()),
    ("published", pa.date32()),
    ("metric", pa.string()),
    ("value", pa.float64()),
    ("unit", pa.string()),
    ("qualifier", pa.string()),
    ("event_date", pa.date32()),
    ("location", pa.string()),
    ("group", pa.string()),
    ("side", pa.string()),
    ("cumulative", pa.bool_()),
    ("claimant", pa.string()),
    ("quote", pa.string()),
    ("span_start", pa.int32()),
    ("span_end", pa.int32()),
    ("extractor", pa.string()),
    # extras
    ("quote_start", pa.int32()),   # offset of `quote` in the article text
    ("evidence", pa.string()),     # text[span_start:span_end]
])

DOCUMENTS_SCHEMA = pa.schema([
    ("doc_id", pa.string()),
    ("publisher", pa.string()),
    ("url", pa.string()),
    ("published", pa.date32()),
    ("title", pa.string()),
    ("n_claims", pa.int32()),
    ("published_from", pa.string()),   # manifest, byline, header, updated-line, latest-date-in-text, none
    ("publisher_from", pa.string()),   # manifest, text, none
    # extras
    ("restated", pa.bool_()),          # the text restates an original report (url) in new words
    ("source_path", pa.string()),      # where the article was read from, relative to the input folder
    ("content_sha256", pa.string()),
    ("n_chars", pa.int64()),
    ("text", pa.string()),             # the article text, so the app can show it with figures highlighted
])

CLAIM_COLUMNS = tuple(CLAIMS_SCHEMA.names)
DOCUMENT_COLUMNS = tuple(DOCUMENTS_SCHEMA.names)
