"""tests/heldout*/ (articles + hand-written gold) → checks that the gold can be scored: one gold document per article
read, every claim's article exists, and its evidence stands in the article as the extractor reads it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.readers import ArticleReader, discover

TESTS = Path(__file__).resolve().parent
FOLDERS = sorted(p for p in TESTS.glob("heldout*") if (p / "gold.claims.jsonl").is_file())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _texts(folder: Path) -> dict[str, str]:
    reader, texts = ArticleReader(), {}
    for root, path in discover([folder / "articles"]).articles:
        for article in reader.read(root, path):
            texts[article.doc_id] = _flat(article.text)
    return texts


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _stands_in(evidence: str, text: str) -> bool:
    """Evidence shortened with "..." stands in the text piece by piece, in order."""
    at = 0
    for piece in (p.strip() for p in _flat(evidence).replace("…", "...").split("...")):
        if piece:
            at = text.find(piece, at)
            if at < 0:
                return False
            at += len(piece)
    return True


def test_there_are_held_out_sets():
    assert len(FOLDERS) >= 5, FOLDERS


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_gold_documents_are_the_articles(folder):
    documents = {doc["doc_id"] for doc in _lines(folder / "gold.docs.jsonl")}
    assert documents == set(_texts(folder))


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_gold_claim_stands_in_its_article(folder):
    texts = _texts(folder)
    misplaced = [(claim["doc_id"], claim["evidence"]) for claim in _lines(folder / "gold.claims.jsonl")
                 if claim["doc_id"] not in texts or not _stands_in(claim["evidence"], texts[claim["doc_id"]])]
    assert not misplaced


def test_a_misquoted_evidence_is_caught():
    assert _stands_in("killed 28 ... on Tuesday", "Russia killed 28 people in Dnipro on Tuesday")
    assert not _stands_in("killed 29", "Russia killed 28 people")
    assert not _stands_in("on Tuesday ... killed 28", "Russia killed 28 people in Dnipro on Tuesday")
