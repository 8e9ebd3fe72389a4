"""The rule files → a Ruleset: load-time errors for bad rules, timeouts that warn instead of raising, triggers that change no result."""
from __future__ import annotations

import dataclasses
import shutil

import pytest

from extract import ruleset
from extract.article import Article
from extract.pipeline import RULES, claims_in_text, extract_article


@pytest.fixture()
def rules_dir(tmp_path):
    for name in ruleset.RULE_FILES:
        shutil.copy(ruleset.RULES_DIR / name, tmp_path / name)
    return tmp_path


def _append_rule(directory, body: str) -> None:
    with (directory / "air.toml").open("a", encoding="utf-8") as f:
        f.write("\n[[rule]]\n" + body + "\n")


def test_bundled_rules_load_and_every_rule_has_a_checked_example():
    loaded = ruleset.load()
    ruleset.validate_examples(loaded, claims_in_text)
    assert loaded.rules and all(r.example and r.expect for r in loaded.rules)
    assert len({r.name for r in loaded.rules}) == len(loaded.rules)


@pytest.mark.parametrize("body,message", [
    ('name = "air.bad.placeholder"\npattern = "{NOPE} {N:launched}"', "unknown placeholder"),
    ('name = "air.bad.role"\npattern = "fired {N:exploded}"', "no known role"),
    ('name = "air.bad.regex"\npattern = "fired (?:{N:launched}"', "bad pattern"),
    ('name = "air.bad.noslot"\npattern = "fired {N} missiles"', "captures no"),
    ('name = "air.bad.attr"\npattern = "fired {N:launched}"\ngroup = "aliens"', "bad attribute"),
])
def test_bad_rule_is_a_load_time_error(rules_dir, body, message):
    _append_rule(rules_dir, body)
    with pytest.raises(ruleset.RulesError, match=message):
        ruleset.load(directory=rules_dir)


def test_duplicate_rule_name_is_an_error(rules_dir):
    _append_rule(rules_dir, 'name = "air.launched.with"\npattern = "fired {N:launched}"')
    with pytest.raises(ruleset.RulesError, match="unique name"):
        ruleset.load(directory=rules_dir)


def test_example_that_misses_its_expect_is_an_error(rules_dir):
    _append_rule(rules_dir, 'name = "air.zz.wrong"\npattern = "\\\\bsalvo of {N:launched} {WEAPON}"\n'
                            'example = "A salvo of 12 missiles hit the port."\nexpect = "missiles_launched=13"')
    loaded = ruleset.load(directory=rules_dir)
    with pytest.raises(ruleset.RulesError, match="air.zz.wrong"):
        ruleset.validate_examples(loaded, claims_in_text)


def test_placeholder_cycle_is_an_error():
    with pytest.raises(ruleset.RulesError, match="too deep"):
        ruleset.expand("{A}", {"A": "{B}", "B": "{A}"}, "test")


def test_timeout_skips_rule_with_a_warning_naming_the_doc():
    hurried = dataclasses.replace(RULES, timeout=1e-9)
    result = extract_article(Article(doc_id="slow-doc", text="Russia fired 40 missiles at Kyiv. " * 50), rules=hurried)
    assert result.warnings and all(w.startswith("slow-doc:") and "timed out" in w for w in result.warnings)
    # one warning per rule or veto, not one per sentence
    assert len(result.warnings) <= len(RULES.rules) + len(RULES.vetoes)


def _found_keys(found):
    return [(f.metric, f.quantity.start, f.qualifier, f.rule.name, f.sentence, f.token) for f in found]


def _texts():
    from tests.test_cases import load_cases
    texts = [p.values[0] for p in load_cases()] + [r.example for r in RULES.rules]
    for path in sorted(ruleset.RULES_DIR.parent.parent.glob("data/articles/*/*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_trigger_prefilter_never_changes_what_is_found():
    # every rule's and veto's `needs` must be implied by its pattern: skipping by trigger only saves time
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert _found_keys(claims_in_text(text, RULES)) == _found_keys(claims_in_text(text, RULES, prefilter=False)), text[:80]


def test_trigger_is_implied_by_the_rule_on_every_sentence_it_matches():
    # stricter than the end result: a trigger missing where its rule matches is a bug even if another rule covers it
    from extract.context import DocContext
    from extract.pipeline import mask_document, triggered_sentences
    for text in _texts():
        sentences = mask_document(text, DocContext.build(text).sentences, RULES)
        allowed = triggered_sentences(sentences, RULES)
        for si, masked in enumerate(sentences):
            if not masked.quantities:
                continue
            for item in (*RULES.rules, *RULES.vetoes):
                if item.needs and item.regex.search(masked.text):
                    assert si in allowed[id(item)], (item.name, masked.text)


@pytest.mark.parametrize("needs,message", [("\\\\L<no_such_list>", "unknown lists"), ("\\\\Bdrone", "upper-case")])
def test_bad_trigger_is_a_load_time_error(rules_dir, needs, message):
    _append_rule(rules_dir, f'name = "air.bad.trigger"\nneeds = "{needs}"\npattern = "fired {{N:launched}}"')
    with pytest.raises(ruleset.RulesError, match=message):
        ruleset.load(directory=rules_dir)


def _opening_look_behind(pattern: str) -> str | None:
    """The body of a look-behind a pattern (or a top-level alternative of it) opens with, else None."""
    depth, i, starts = 0, 0, [0]
    while i < len(pattern):   # the start of each top-level alternative
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            starts.append(i + 1)
        i += 1
    for start in starts:
        at = start
        while pattern.startswith("(?:", at):
            at += 3
        if pattern.startswith("(?<=", at) or pattern.startswith("(?<!", at):
            depth, j = 0, at
            while j < len(pattern):
                if pattern[j] == "\\":
                    j += 2
                    continue
                depth += pattern[j] == "("
                depth -= pattern[j] == ")"
                if depth == 0:
                    return pattern[at + 4:j]
                j += 1
    return None


def test_no_pattern_opens_with_a_long_look_behind():
    # A look-behind that opens a pattern is tried at every position of every sentence; one reaching back over a
    # long window cost more than all other rules together (power.list_continued, 150 characters). Such a check
    # belongs after a literal the engine can find first.
    import regex

    # a class or any character repeated without bound or over 30 times: a window across free text
    long_repeat = regex.compile(r"(?:\]|(?<!\\)\.)(?:[*+]|\{\d*,(?:\d{3,}|[3-9]\d)\})")
    compiled = [(f"rule {r.name}", r.regex) for r in RULES.rules] + [(f"veto {v.name}", v.regex) for v in RULES.vetoes]
    compiled += [(f"context {r.name}", r.context) for r in RULES.rules if r.context is not None]
    slow = [name for name, rx in compiled if (body := _opening_look_behind(rx.pattern)) and long_repeat.search(body)]
    assert not slow
