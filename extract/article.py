"""One article as read from disk → the value every later step works on."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    source_path: str = ""
    # Values known from outside the text (manifest row, JSONL/CSV fields, HTML metadata). Keys, when
    # present: publisher, url, published (datetime.date), title, restated (bool). They win over inference.
    known: dict = field(default_factory=dict)

    @property
    def content_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class ArticleResult:
    document: dict   # one row of the documents table (DOCUMENT_COLUMNS)
    claims: list     # rows of the claims table (CLAIM_COLUMNS), in text order
    warnings: list = field(default_factory=list)   # human-readable problems met while extracting
