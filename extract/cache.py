"""(Article, rules fingerprint) → cached ArticleResult, in one SQLite file; plus the compact result format workers send.

A result is stored as zlib-compressed pickle without the article text (the reader has the text already),
so 100k cached articles stay a few rows per article and load in one pass.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import zlib
from pathlib import Path

from extract.article import Article, ArticleResult

CACHE_FILE = "results.sqlite"
_SAME_AS_ARTICLE = "\x00same-as-article\x00"   # stands in for document["text"] when it is the article's text
_BATCH = 500                                   # keys per SELECT (SQLite limits bound parameters)


def pack(result: ArticleResult, article: Article) -> bytes:
    """ArticleResult → bytes, leaving out the text the receiver already holds."""
    document = dict(result.document)
    if document.get("text") == article.text:
        document["text"] = _SAME_AS_ARTICLE
    payload = (document, list(result.claims), list(result.warnings))
    return zlib.compress(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes, article: Article) -> ArticleResult:
    document, claims, warnings = pickle.loads(zlib.decompress(blob))
    if document.get("text") == _SAME_AS_ARTICLE:
        document["text"] = article.text
    return ArticleResult(document=document, claims=claims, warnings=warnings)


def article_key(article: Article, rules: str, content_sha256: str | None = None) -> str:
    """Everything extract_article sees, plus the rules hash: equal keys mean equal results."""
    known = json.dumps(article.known, sort_keys=True, default=str)
    h = hashlib.sha256()
    for part in (rules, article.doc_id, article.source_path, known, content_sha256 or article.content_sha256):
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class ResultCache:
    """SQLite table key → packed result. Any cache failure degrades to "not cached", never to a failed build."""

    def __init__(self, folder: Path, rules: str):
        self.rules = rules
        self.path = folder / CACHE_FILE
        self.error: str | None = None
        self.db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as error:
            self._recover(error)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, rules TEXT NOT NULL, blob BLOB NOT NULL)")
        db.execute("SELECT count(*) FROM results LIMIT 1").fetchone()
        return db

    def _recover(self, error: Exception) -> None:
        """A damaged cache file is moved aside once and a fresh one started; if that fails too, run uncached."""
        self.close()
        try:
            if self.path.exists():
                self.path.replace(self.path.with_suffix(".damaged"))
            for extra in ("-wal", "-shm"):
                Path(str(self.path) + extra).unlink(missing_ok=True)
            self.db = self._open()
            self.error = f"cache {self.path} was unreadable ({error}); started a new one"
        except (sqlite3.DatabaseError, OSError) as again:
            self.db = None
            self.error = f"cache {self.path} is unusable ({again}); building without it"

    def get_many(self, keys: list[str]) -> dict[str, bytes]:
        if self.db is None:
            return {}
        found: dict[str, bytes] = {}
        try:
            for i in range(0, len(keys), _BATCH):
                chunk = keys[i:i + _BATCH]
                marks = ",".join("?" * len(chunk))
                found.update(self.db.execute(f"SELECT key, blob FROM results WHERE key IN ({marks})", chunk))
        except sqlite3.DatabaseError as error:
            self._recover(error)
            return {}
        return found

    def put_many(self, items: list[tuple[str, bytes]]) -> None:
        if self.db is None or not items:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO results (key, rules, blob) VALUES (?, ?, ?)",
                                    [(key, self.rules, blob) for key, blob in items])
        except sqlite3.DatabaseError as error:
            self.error = f"could not save to cache {self.path} ({error})"

    def prune(self) -> int:
        """Drop results of other rule versions: they can never be hit again."""
        if self.db is None:
            return 0
        try:
            with self.db:
                return self.db.execute("DELETE FROM results WHERE rules != ?", (self.rules,)).rowcount
        except sqlite3.DatabaseError as error:
            self.error = f"could not prune cache {self.path} ({error})"
            return 0

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
