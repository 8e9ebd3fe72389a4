"""Article → ArticleResult: metadata, sentences, numbers, metric rules, attributes, rows.

This is the per-article unit of work every engine (local, process pool, Dask) calls. It is a pure
function of the article and the rules: the same input gives the same rows, in the same order.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from extract.article import Article, ArticleResult

PACKAGE_DIR = Path(__file__).resolve().parent


def fingerprint() -> str:
    """Hash of everything that decides the output: rule files and extractor code."""
    h = hashlib.sha256()
    files = sorted(PACKAGE_DIR.glob("rules/*.toml")) + sorted(PACKAGE_DIR.glob("*.py"))
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def extract_article(article: Article) -> ArticleResult:
    # Scaffolding until the rule engine lands: metadata from `known` only, no claims.
    known = article.known
    document = {
        "doc_id": article.doc_id,
        "publisher": known.get("publisher"),
        "url": known.get("url"),
        "published": known.get("published"),
        "title": known.get("title"),
        "n_claims": 0,
        "published_from": "manifest" if known.get("published") else "none",
        "publisher_from": "manifest" if known.get("publisher") else "none",
        "restated": bool(known.get("restated", False)),
        "source_path": article.source_path,
        "content_sha256": article.content_sha256,
        "n_chars": len(article.text),
        "text": article.text,
    }
    return ArticleResult(document=document, claims=[])
