"""extract/numbers.py character pre-checks → the figures they may not lose: each check guards a regex only where
that regex cannot match, including case folds (Kelvin sign, long s) and a `$` before a final newline."""
import pytest

from extract.numbers import find_quantities


@pytest.mark.parametrize("text,expected", [
    ("$\n5", [("money", 5.0, "$\n5")]),                       # a prefix a newline before the amount
    ("US$ 5 million", [("money", 5e6, "US$ 5 million")]),
    ("5\u212a", [("cardinal", 5000.0, "5\u212a")]),            # Kelvin sign folds to k: a glued magnitude
    ("21\u017ft of May", [("date_part", 21.0, "21\u017ft")]),  # long s folds to s: an ordinal suffix
    ("Tu-\n95", [("code", 95.0, "95")]),
    ("5 %", [("percent", 5.0, "5 %")]),
    ("10,000+", [("cardinal", 10000.0, "10,000+")]),
    ("some 1990 people", [("cardinal", 1990.0, "1990")]),
    ("WWW.EXAMPLE.COM/5", []),                                   # an address in capitals is still one
    ("see HTTP://x.org/12 now", []),
])
def test_figures_next_to_odd_characters(text, expected):
    assert [(q.kind, q.value, q.text) for q in find_quantities(text)] == expected
