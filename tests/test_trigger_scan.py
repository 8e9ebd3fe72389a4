"""extract/ruleset.py TriggerScan → the one-pass trigger scan finds exactly the sentences a search per trigger finds."""
import dataclasses

import pytest

from extract.context import DocContext
from extract.pipeline import RULES, mask_document, triggered_sentences
from extract.ruleset import _strings
from tests.test_rules import _texts


@pytest.mark.parametrize("pattern,strings", [
    ("los", {"los"}),
    ("neutrali[sz]ed|armou?red", {"neutralised", "neutralized", "armoured", "armored"}),
    ("(?:up|down) from", {"up from", "down from"}),
    ("kh-\\w", None),          # an open class: no finite set
    ("\\bdrone", None),        # an anchor decides where: searched alone
    ("a+", None),
])
def test_strings_of_a_trigger(pattern, strings):
    assert _strings(pattern) == strings


def test_scan_finds_the_sentences_each_trigger_finds():
    searched = dataclasses.replace(RULES, triggers=None)
    assert RULES.triggers.scanned and len(RULES.triggers.other) < len(RULES.triggers.scanned)
    for text in _texts():
        sentences = mask_document(text, DocContext.build(text).sentences, RULES)
        assert triggered_sentences(sentences, RULES) == triggered_sentences(sentences, searched), text[:80]
