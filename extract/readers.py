"""Input folders → Article values (from *.txt, *.jsonl, *.csv, *.html) plus one Problem per bad input."""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from extract.article import Article
from extract.sitenames import outlet_name

ARTICLE_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".csv": "csv", ".html": "html", ".htm": "html"}
MANIFEST_NAME = "manifest.csv"
DEFAULT_MAX_MB = 20.0
# Fields a JSONL/CSV record may carry besides `text`; they become Article.known (manifest values win later).
META_FIELDS = ("publisher", "url", "title", "published", "restated")
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


@dataclass(frozen=True)
class Problem:
    """One bad input. `skipped` is False for notes (the input was still read in full)."""
    path: str
    problem: str
    where: str = ""
    skipped: bool = True
    reason: str = ""   # short category for the summary ("empty", "binary", ...); defaults to the problem

    def __str__(self) -> str:
        place = f"{self.path}:{self.where}" if self.where else self.path
        return f"{place}: {self.problem}"

    @property
    def category(self) -> str:
        return self.reason or self.problem


@dataclass
class Inputs:
    """What discovery found under the input roots, in a stable order."""
    articles: list[tuple[Path, str]] = field(default_factory=list)     # (root, file path as a string)
    manifests: list[tuple[Path, Path]] = field(default_factory=list)   # (root, manifest file)
    # (root number, relative path, size, mtime_ns) of every file above: what "unchanged since last build" compares
    stats: list[tuple[int, str, int, int]] = field(default_factory=list)


def _kind(name: str) -> str | None:
    lower = name.lower()
    if lower == MANIFEST_NAME:
        return "manifest"
    if name.startswith("."):
        return None
    return "article" if lower[lower.rfind("."):] in ARTICLE_SUFFIXES and "." in lower else None


def _walk(folder: str, rel: str, found: list) -> None:
    """(relative path, full path, kind, stat) of wanted files under folder; hidden folders and caches left out.

    os.scandir and strings rather than Path.rglob: on 100k files pathlib objects alone cost seconds.
    """
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith(".") and entry.name != "__pycache__":
                    _walk(entry.path, rel + entry.name + "/", found)
                continue
            kind = _kind(entry.name)
            if kind is None:
                continue
            try:
                info = entry.stat()
            except OSError:   # vanished or unreadable: the reader reports it
                info = None
            found.append((rel + entry.name, entry.path, kind, info))


def discover(roots: list[Path]) -> Inputs:
    """Every article file and manifest under the roots, recursively, in path order."""
    found = Inputs()
    for number, root in enumerate(roots):
        entries: list = []
        if root.is_file():
            base = root.parent
            kind = _kind(root.name)
            if kind:
                entries.append((root.name, str(root), kind, root.stat()))
        else:
            base = root
            _walk(str(root), "", entries)
        entries.sort(key=lambda entry: entry[0].split("/"))
        for rel, full, kind, info in entries:
            found.stats.append((number, rel, info.st_size if info else -1, info.st_mtime_ns if info else -1))
            if kind == "manifest":
                found.manifests.append((base, Path(full)))
            else:
                found.articles.append((base, full))
    return found


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text with \\n line ends, encoding used). UTF-8 first, then cp1252, then latin-1 (never fails)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:   # a UTF-16 BOM on bytes that are not UTF-16
        text, encoding = data.decode("latin-1"), "latin-1"
    # universal newlines, as text-mode open() would give, so spans mean the same on every platform
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding.replace("-sig", "")


def parse_date(value) -> date | None:
    """ISO date or datetime (string or date) → date; ValueError when it is not one."""
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).date()


def parse_bool(value) -> bool | None:
    """'true'/'false'/'1'/'0'/'yes'/'no' (any case) or a bool → bool; '' → None; ValueError otherwise."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"not a yes/no value: {value!r}")


def known_from_record(record: dict, path: str, where: str, problems: list[Problem]) -> dict:
    """Metadata fields of a JSONL/CSV record → Article.known; a bad date or flag is reported and left out."""
    known: dict = {}
    for name in META_FIELDS:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        try:
            if name == "published":
                value = parse_date(value)
            elif name == "restated":
                value = parse_bool(value)
            else:
                value = str(value).strip()
        except (ValueError, TypeError):
            problems.append(Problem(path, f"bad `{name}` value {value!r}; ignored", where, reason=f"bad {name}"))
            continue
        if value is not None:
            known[name] = value
    return known


class ArticleReader:
    """Reads article files one at a time; collects Problems instead of raising."""

    def __init__(self, max_bytes: int = int(DEFAULT_MAX_MB * 1024 * 1024)):
        self.max_bytes = max_bytes
        self.problems: list[Problem] = []

    def read(self, root: Path, path: str | Path) -> Iterator[Article]:
        full, base = os.fspath(path), os.fspath(root)
        rel = (full[len(base.rstrip(os.sep)) + 1:] if full.startswith(base) and base != "." else
               os.path.relpath(full, base)).replace(os.sep, "/")
        stem, suffix = os.path.splitext(os.path.basename(full))
        kind = ARTICLE_SUFFIXES[suffix.lower()]
        try:
            with open(full, "rb") as handle:
                data = handle.read()
        except OSError as error:
            self._skip(rel, f"cannot read: {error.strerror or error}", reason="unreadable")
            return
        text = self._text_of(rel, data, whole_file_is_one_article=kind in ("txt", "html"))
        if text is None:
            return
        if kind == "txt":
            yield Article(doc_id=stem, text=text, source_path=rel)
        elif kind == "html":
            yield from self._html(rel, stem, text)
        elif kind == "jsonl":
            yield from self._jsonl(rel, stem, text)
        else:
            yield from self._csv(rel, stem, text)

    def _skip(self, rel: str, problem: str, where: str = "", reason: str = "") -> None:
        self.problems.append(Problem(rel, problem, where, skipped=True, reason=reason))

    def _too_big(self, n_bytes: int) -> bool:
        return n_bytes > self.max_bytes

    def _limit_text(self) -> str:
        return f"{self.max_bytes / 1024 / 1024:g} MB"

    def _text_of(self, rel: str, data: bytes, whole_file_is_one_article: bool) -> str | None:
        if whole_file_is_one_article and self._too_big(len(data)):
            self._skip(rel, f"too large ({len(data) / 1024 / 1024:.1f} MB, limit {self._limit_text()}; "
                            "see --max-mb)", reason="too large")
            return None
        if not data.strip():
            self._skip(rel, "empty file", reason="empty")
            return None
        if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            self._skip(rel, "binary file (contains NUL bytes)", reason="binary")
            return None
        text, encoding = decode(data)
        if encoding != "utf-8":
            self.problems.append(Problem(rel, f"not UTF-8; read as {encoding}", skipped=False,
                                         reason=f"read as {encoding}"))
        if not text.strip():
            self._skip(rel, "empty file", reason="empty")
            return None
        return text

    def _record_article(self, rel: str, stem: str, where: str, number: int, record: dict) -> Article | None:
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            self._skip(rel, "no `text` (missing or empty); record skipped", where, reason="record without text")
            return None
        if self._too_big(len(text.encode("utf-8"))):
            self._skip(rel, f"text too large (limit {self._limit_text()}; see --max-mb); record skipped",
                       where, reason="too large")
            return None
        doc_id = record.get("doc_id")
        doc_id = str(doc_id).strip() if doc_id is not None and str(doc_id).strip() else f"{stem}-{number}"
        known = known_from_record(record, rel, where, self.problems)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return Article(doc_id=doc_id, text=text, source_path=f"{rel}:{number}", known=known)

    def _jsonl(self, rel: str, stem: str, text: str) -> Iterator[Article]:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                self._skip(rel, f"malformed JSON ({error.msg} at column {error.colno}); line skipped", where,
                           reason="malformed JSON line")
                continue
            if not isinstance(record, dict):
                self._skip(rel, f"a JSON {type(record).__name__}, not an object; line skipped", where,
                           reason="malformed JSON line")
                continue
            article = self._record_article(rel, stem, where, number, record)
            if article is not None:
                yield article

    def _csv(self, rel: str, stem: str, text: str) -> Iterator[Article]:
        csv.field_size_limit(sys.maxsize)   # article texts are long fields; the size limit is ours (--max-mb)
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [name.strip() for name in (reader.fieldnames or [])]
        if "text" not in header:
            self._skip(rel, f"CSV without a `text` column (columns: {', '.join(header) or 'none'}); file skipped",
                       reason="CSV without text column")
            return
        reader.fieldnames = header
        number = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                number += 1
                self._skip(rel, f"unreadable CSV row ({error}); rest of file skipped", f"row {number}",
                           reason="bad CSV row")
                return
            number += 1
            article = self._record_article(rel, stem, f"row {number}", number, record)
            if article is not None:
                yield article

    def _html(self, rel: str, stem: str, html: str) -> Iterator[Article]:
        import trafilatura   # imported here: only HTML inputs pay for it

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        logging.getLogger("htmldate").setLevel(logging.CRITICAL)
        try:
            tree = trafilatura.load_html(html)
            if tree is not None:   # captions are story text (a photo report's figures stand in them); the
                for figure in tree.iter("figure"):   # extractor drops every <figure> whole, so they become paragraphs
                    if figure.find(".//figcaption") is not None:
                        figure.tag = "div"
                for caption in tree.iter("figcaption"):
                    caption.tag = "p"
            doc = trafilatura.bare_extraction(tree if tree is not None else html, with_metadata=True,
                                              include_comments=False, include_tables=True)
        except Exception as error:   # a parser failure on one page must not stop the batch
            self._skip(rel, f"HTML could not be parsed ({type(error).__name__}: {error})", reason="bad HTML")
            return
        body = getattr(doc, "text", None) if doc is not None else None
        if not body or not body.strip():
            self._skip(rel, "no main text found in the HTML", reason="HTML without text")
            return
        problems: list[Problem] = []
        page_title = tree.findtext(".//title") if tree is not None else None
        record = {"title": doc.title, "url": doc.url, "publisher": outlet_name(doc.sitename, page_title or doc.title),
                  "published": doc.date}
        known = known_from_record(record, rel, "", problems)
        self.problems.extend(Problem(p.path, p.problem, p.where, skipped=False, reason=p.reason) for p in problems)
        title = known.get("title")
        # The headline is part of the article as reporters write it; keep it as the first line like the .txt files.
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        yield Article(doc_id=stem, text=text, source_path=rel, known=known)
