"""Articles and random text → the word-start scans of actors and places find exactly what their plain alternations
find line by line, and a place's cue search started at its bound finds what a full search finds (the guards and
the skipped positions are only a speed-up)."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import actors, gazetteer
from extract.context import split_lines
from extract.readers import ArticleReader, discover
from extract.startscan import WordStartScan
from extract.vocab import scan_lines

REPO = Path(__file__).resolve().parents[1]

# The alternations as they were written before the scans: no guards, tried at every position.
PLAIN = {
    "actors": (actors.ACTOR_SCAN, regex.compile(
        r"(?<![\p{L}\p{M}'’-])(?:" + "|".join(b for b, _ in actors._BRANCHES) + r")(?![\p{L}\p{M}-])")),
    "places": (gazetteer.PLACE_SCAN, regex.compile(
        r"\b(?<![\w-])(?:" + "|".join(b for b, _ in gazetteer._BRANCHES) + r")(?![\w-])",
        settlement=gazetteer._SETTLEMENT_WORDS)),
}


def same(text: str) -> None:
    lines = split_lines(text)
    for name, (scan, plain) in PLAIN.items():
        got = [(m.span(), m.groupdict()) for m in scan.scan(text, lines)]
        want = [(m.span(), m.groupdict()) for m in scan_lines(plain, text, lines)]
        assert got == want, name


def _articles():
    reader = ArticleReader()
    roots = [p for p in (REPO / "data" / "articles", REPO / "tests" / "heldout" / "articles") if p.is_dir()]
    return [art.text for root, path in discover(roots).articles for art in reader.read(root, path)]


def test_scans_match_the_plain_alternations_on_articles():
    texts = _articles()
    if not texts:
        pytest.skip("no articles")
    for text in texts:
        same(text)


def test_scans_match_at_line_and_text_edges():
    for text in ["Kyiv", "the mission", "He said", "\nThe Air Force said", "5Kyiv and 11K Russian officials",
                 "_Kharkiv", "Odesa-Kyiv", "x\u0301Kyiv", "’Zelensky", "Klitschko\n\nthe city of Bucha",
                 "Hroza, a village in Kharkiv Oblast", "THE POLICE said", "ſhe said", "\u212aharkiv",
                 # an owner with no "the" before it (hypothesis found the scan starting at "military" here)
                 "Kharkiv region's military administration said", "Kyiv,region's military",
                 # a role after "its" (hypothesis found the scan's branch guard allowing "the" alone)
                 "Kyiv and its governor said"]:
        same(text)


WORDS = ["Kyiv", "Kharkiv", "Oblast", "region", "the", "The", "city", "of", "said", "Mayor", "Vitali", "Klitschko",
         "Air", "Force", "air force", "Ukraine's", "Russia’s", "Ukrainian", "UN", "U.N.", "mission", "police",
         "officials", "he", "she", "they", "It", "governor", "regional", "military", "administration", "village",
         "town", "a", "in", "Hroza", "across the country", "there", "Gov.", "Says", "According", "-", "'", "’", ",",
         ".", "(", ")", ":", "\n", " ", "  ", "\t", "\u00a0", "5", "11K", "_", "\u0301", "é", "ſ", "\u212a", "İ", "ǅ",
         "its", "THE", "Moscow", "Kremlin", "armed forces", "capital", "area", "port", "hamlet", "settlement",
         "urban-type settlement", "head", "acting", "Russian", "emergency service", "city's", "region's", "them"]
text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=60).map(
    lambda parts: "".join(p if i % 3 else " " + p for i, p in enumerate(parts)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_scans_match_the_plain_alternations_on_random_text(s):
    same(s)


CUE_WORDS = ["in", "the", "city", "of", "out", "IN", "İn", "ſouthern", "southern", "(in", "killed", ",", "front-line",
             "Russia's", "arrived", "from", "x", "of\x1c", "towards", "village of", "."]
cue_text = st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0"])),
                    max_size=14).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=500, deadline=None)
@given(cue_text)
def test_cue_search_from_its_bound_finds_the_full_search(before):
    full, bounded = gazetteer.CUE_RX.search(before), gazetteer.CUE_RX.search(before, gazetteer._cue_bound(before))
    assert (full and full.span()) == (bounded and bounded.span())


def test_a_chunk_that_times_out_is_scanned_again_line_by_line(monkeypatch):
    text = "Kyiv Mayor Vitali Klitschko said.\n\nThe governor of Kharkiv Oblast said 5 died.\nIn the city of Bucha, police"
    lines = split_lines(text)
    want = [[(m.span(), m.groupdict()) for m in scan.scan(text, lines)] for scan, _ in PLAIN.values()]
    real = WordStartScan._scan

    def slow_on_chunks(self, joined, low, start, end):
        if sum(1 for line in lines if start <= line[0] and line[1] <= end) > 1:
            raise TimeoutError
        return real(self, joined, low, start, end)

    monkeypatch.setattr(WordStartScan, "_scan", slow_on_chunks)
    got = [[(m.span(), m.groupdict()) for m in scan.scan(text, lines)] for scan, _ in PLAIN.values()]
    assert got == want and all(want)
