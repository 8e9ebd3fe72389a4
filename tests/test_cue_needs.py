"""qualifiers.toml [cue_needs] → checked: each cue's trigger occurs wherever the cue matches, so skipping a cue by
its trigger never changes an attribute."""
from extract.context import DocContext
from extract.pipeline import RULES, mask_document
from tests.test_rules import _texts


def test_every_cue_need_names_a_cue():
    assert RULES.cue_needs and set(RULES.cue_needs) <= set(RULES.cues)


def test_cue_trigger_occurs_in_every_cue_match():
    # every match the cue can make (overlapping ones too), in every masked sentence of the bundled articles and
    # test cases: the trigger must occur inside the matched text itself, so it occurs in any text holding it
    checked = 0
    for text in _texts():
        for masked in mask_document(text, DocContext.build(text).sentences, RULES):
            for name, needs in RULES.cue_needs.items():
                for m in RULES.cues[name].finditer(masked.text, overlapped=True):
                    assert needs.search(m.group().casefold()), (name, m.group(), masked.text)
                    checked += 1
    assert checked > 100


def test_cue_trigger_reads_case_folded_text():
    # "ſince" is "since" to the cue's full case folding; the trigger must not skip it
    assert RULES.cues["since_start"].search("ſince the start of the war")
    assert RULES.cue_needs["since_start"].search("ſince the start of the war".casefold())


def test_a_cue_without_its_trigger_is_absent():
    from extract.attributes import _has
    assert _has(RULES, "not_cumulative", "Three people were killed overnight.")
    assert not _has(RULES, "not_cumulative", "Three people were killed.")
