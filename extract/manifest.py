"""manifest.csv files (doc_id,publisher,url,published[,title,restated]) → Article.known values, applied to articles."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace
from pathlib import Path

from extract.article import Article
from extract.readers import Problem, decode, known_from_record

REQUIRED_COLUMNS = ("doc_id", "publisher", "url", "published")
OPTIONAL_COLUMNS = ("title", "restated")


@dataclass
class Manifest:
    folder: Path                                  # the manifest covers articles in this folder and below
    display: str                                  # how messages name the file
    rows: dict[str, dict] = field(default_factory=dict)    # doc_id → known values
    lines: dict[str, int] = field(default_factory=dict)    # doc_id → line number, for messages


def read_manifest(root: Path, path: Path, problems: list[Problem]) -> Manifest | None:
    """One manifest.csv → Manifest; every problem is reported once and the rest of the file is still used."""
    display = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    try:
        text, encoding = decode(path.read_bytes())
    except OSError as error:
        problems.append(Problem(display, f"cannot read manifest: {error.strerror or error}", reason="bad manifest"))
        return None
    if encoding != "utf-8":
        problems.append(Problem(display, f"not UTF-8; read as {encoding}", skipped=False, reason=f"read as {encoding}"))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in (reader.fieldnames or [])]
    reader.fieldnames = header
    if "doc_id" not in header:
        problems.append(Problem(display, f"manifest without a `doc_id` column (columns: {', '.join(header) or 'none'});"
                                         " manifest ignored", reason="manifest without doc_id column"))
        return None
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        problems.append(Problem(display, f"manifest lacks column(s) {', '.join(missing)}; using the others",
                                reason="manifest missing a column"))
    manifest = Manifest(folder=path.parent, display=display)
    line = 1
    try:
        for record in reader:
            line = reader.line_num
            where = f"line {line}"
            doc_id = (record.get("doc_id") or "").strip()
            if not doc_id:
                problems.append(Problem(display, "manifest row without doc_id; row ignored", where,
                                        reason="manifest row without doc_id"))
                continue
            if doc_id in manifest.rows:
                problems.append(Problem(display, f"doc_id {doc_id!r} listed again (first on line "
                                                 f"{manifest.lines[doc_id]}); this row ignored", where,
                                        reason="manifest duplicate doc_id"))
                continue
            manifest.rows[doc_id] = known_from_record(record, display, where, problems)
            manifest.lines[doc_id] = line
    except csv.Error as error:
        problems.append(Problem(display, f"unreadable CSV ({error}); rest of manifest ignored", f"line {line + 1}",
                                reason="bad manifest"))
    return manifest


def apply_manifests(articles: list[Article], files: list[str | Path], manifests: list[Manifest],
                    problems: list[Problem]) -> list[Article]:
    """Manifest values win over what the file itself said; the manifest nearest the article wins over outer ones.

    `files[i]` is the file articles[i] was read from. A manifest row that names no article under its
    folder is reported as an unknown doc_id.
    """
    # Shallow manifests first so that deeper (nearer) ones overwrite them.
    ordered = sorted(manifests, key=lambda m: len(m.folder.parts))
    files = [Path(path) for path in files]
    overlay: list[dict] = [{} for _ in articles]
    for manifest in ordered:
        used: set[str] = set()
        for i, (article, path) in enumerate(zip(articles, files)):
            row = manifest.rows.get(article.doc_id)
            if row is not None and path.is_relative_to(manifest.folder):
                overlay[i].update(row)
                used.add(article.doc_id)
        for doc_id in sorted(manifest.rows.keys() - used, key=manifest.lines.__getitem__):
            problems.append(Problem(manifest.display, f"unknown doc_id {doc_id!r}: no article by that name in this "
                                                      "folder; row ignored", f"line {manifest.lines[doc_id]}",
                                    reason="manifest unknown doc_id"))
    return [replace(article, known={**article.known, **extra}) if extra else article
            for article, extra in zip(articles, overlay)]
