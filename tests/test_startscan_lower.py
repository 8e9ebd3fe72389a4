"""Unicode tables → the facts the lower-cased search for lower-case starts (extract/startscan.py) rests on; texts
with odd cases → the scans still find what their plain alternations find."""
from __future__ import annotations

import sys

import regex

from extract import actors, gazetteer, startscan
from tests.test_startscan import same

ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_lower_keeps_every_case_blind_ascii_letter_but_the_odd_ones():
    for m in regex.finditer(r"(?i)[a-z]", ALL):
        ch = m.group()
        assert ch.lower() in "abcdefghijklmnopqrstuvwxyz" or len(ch.lower()) != 1 or ch in startscan._FOLD_ODD, ch


def test_only_letters_lower_to_ascii_letters():
    # the search takes a start after any character but a-z of the lower-cased text: none stands for a non-letter
    for ch in ALL:
        if len(ch.lower()) == 1 and "a" <= ch.lower() <= "z":
            assert regex.fullmatch(r"\p{L}", ch), ch


def test_both_scans_take_the_lower_cased_search():
    assert actors.ACTOR_SCAN._lows is not None and gazetteer.PLACE_SCAN._lows is not None


def test_odd_cases_and_starts():
    for text in ["tHe Air Force said", "THE POLICE said", "ſhe said", "İt said", "the\u00a0Kremlin said",
                 "5he said the city", "x'the police", "the KREMLIN and tHE kremlin", "a village of Hroza",
                 "the city of Bucha and the town of Irpin", "\u212aremlin said", "the mission’s head said",
                 "Kyiv\nthe police\nhe said", "he", "the city", "the Air Force the Air Force"]:
        same(text)
