"""extract.vocab helpers → checks: trie alternations match what a longest-first alternation matches; span lookups."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.vocab import alternation, in_range, last_before, may_hold, scan_lines


def _longest_first(phrases, flexible_spaces):
    join = r"\s+" if flexible_spaces else r"\ "
    return "|".join(join.join(map(regex.escape, p.split(" "))) for p in sorted(set(phrases), key=len, reverse=True))


def _matches(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text)]


@pytest.mark.parametrize("phrases,text,expected", [
    (["Kyiv", "Kyiv Oblast"], "in Kyiv Oblast and Kyiv", ["Kyiv Oblast", "Kyiv"]),
    (["in", "into", "inside"], "into inside in", ["into", "inside", "in"]),
    (["Kryvyi Rih"], "Kryvyi  Rih", ["Kryvyi  Rih"]),
    (["a.b", "a"], "a.b axb a", ["a.b", "a"]),
])
def test_alternation_prefers_the_longest_phrase(phrases, text, expected):
    found = [text[a:b] for a, b in _matches(alternation(phrases), text)]
    assert found == expected


def test_empty_alternation_matches_nothing():
    assert regex.search(alternation([]), "anything") is None


words = st.text(alphabet="abc. ", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=8), st.text(alphabet="abc. ", max_size=40), st.booleans())
def test_alternation_matches_like_a_longest_first_alternation(phrases, text, flexible_spaces):
    phrases = [" ".join(p.split()) for p in phrases]
    assert (_matches(alternation(phrases, flexible_spaces), text)
            == _matches(_longest_first(phrases, flexible_spaces), text))


@dataclass
class Span:
    start: int
    end: int


SPANS = [Span(0, 4), Span(5, 9), Span(10, 20), Span(12, 14), Span(30, 35)]


@pytest.mark.parametrize("start,end,expected", [(0, 10, [0, 5]), (5, 21, [5, 10, 12]), (11, 30, [12]), (40, 50, [])])
def test_in_range_returns_the_spans_inside(start, end, expected):
    assert [s.start for s in in_range(SPANS, start, end)] == expected


@pytest.mark.parametrize("floor,offset,expected", [(0, 30, 12), (0, 12, 5), (6, 12, None), (0, 36, 30)])
def test_last_before_walks_back_to_the_floor(floor, offset, expected):
    found = last_before(SPANS, floor, offset, lambda s: True)
    assert (found.start if found else None) == expected


def test_scan_lines_keeps_matches_of_each_line():
    text = "Kyiv and Lviv\nOdesa"
    lines = [(0, 13), (14, 19)]
    assert [m.group() for m in scan_lines(regex.compile(r"\p{Lu}\w+"), text, lines)] == ["Kyiv", "Lviv", "Odesa"]


# every character a case-blind regex takes for an ASCII letter, in a window that may or may not hold the word
_ODD = st.sampled_from(list("strikebyİıſ\u212aKSTRİ \u0307ß"))


@settings(max_examples=400, deadline=None)
@given(window=st.text(alphabet=_ODD, max_size=12), words=st.lists(st.sampled_from(["strike", "by", "is", "kiss"]), min_size=1, max_size=3))
def test_may_hold_is_never_narrower_than_a_case_blind_search(window, words):
    if regex.search("(?i:" + "|".join(words) + ")", window):
        assert may_hold(window, words)


@pytest.mark.parametrize("window,expected", [("Nine REGIONS", True), ("nine \u017fections", False), ("KİSS", True),
                                             ("\u212aiss", True), ("kis", False)])
def test_may_hold_folds_case(window, expected):
    assert may_hold(window, ["regions", "kiss"]) == expected
