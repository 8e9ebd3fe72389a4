"""Sentence splitting: tricky news lines → the sentences the pipeline relies on; the fast path = syntok."""
import random
import time

import pytest

from extract.context import MAX_SENTENCE, _MAY_HOLD_FIGURE, _may_hold_figure, _syntok_line, split_sentences
from extract.sentences import split_line

# line → its sentences. Some rows pin syntok's own quirks ("Kyiv (Reuters)"): the fast path must keep them.
CASES = [
    ("Mr. Smith said 12 people died. Dr. Jones disagreed.", ["Mr. Smith said 12 people died.", "Dr. Jones disagreed."]),
    ("Gen. Valerii Zaluzhnyi said 40 missiles were shot down.", ["Gen. Valerii Zaluzhnyi said 40 missiles were shot down."]),
    ("The U.S. sent 31 tanks. The U.N. said 8 civilians died.", ["The U.S. sent 31 tanks.", "The U.N. said 8 civilians died."]),
    ("The attack began at 4 a.m. on Tuesday and ended at 6 p.m. Officials said 3 died.",
     ["The attack began at 4 a.m. on Tuesday and ended at 6 p.m. Officials said 3 died."]),
    ("Russia launched 3.5 times more drones. Ukraine shot down 90 percent.",
     ["Russia launched 3.5 times more drones.", "Ukraine shot down 90 percent."]),
    ("On Sept. 12 the army said 5 people died.", ["On Sept. 12 the army said 5 people died."]),
    ("Losses since Febr. 24 reached 100.", ["Losses since Febr. 24 reached 100."]),  # syntok splits, the month join mends
    ("He arrived Feb. 24 and left Mar. 1. It was 2022.", ["He arrived Feb. 24 and left Mar. 1.", "It was 2022."]),
    ("By Dec. 31, 2022, some 9,000 were evacuated.", ["By Dec. 31, 2022, some 9,000 were evacuated."]),
    ("Air raid No. 5 lasted 3 hours. No one was hurt.", ["Air raid No. 5 lasted 3 hours.", "No one was hurt."]),
    ('"We shot down 20 drones," he said. "Five got through."', ['"We shot down 20 drones," he said.', '"Five got through."']),
    ("“Twelve were killed.” Rescuers searched the rubble.", ["“Twelve were killed.”", "Rescuers searched the rubble."]),
    ("J. Smith counted 14 missiles. K. Brown counted 15.", ["J. Smith counted 14 missiles.", "K. Brown counted 15."]),
    ("Wait... 15 drones came in. Then 3 more.", ["Wait...", "15 drones came in.", "Then 3 more."]),
    ("Casualties rose to 12 (U.N. figures). The count continues.", ["Casualties rose to 12 (U.N. figures).", "The count continues."]),
    ("Kyiv (Reuters) - Russia fired 30 missiles. Ukraine shot down 25.",
     ["Kyiv (Reuters)", "- Russia fired 30 missiles.", "Ukraine shot down 25."]),
    ("Officials said: 12 dead; 30 injured. Rescue goes on.", ["Officials said: 12 dead;", "30 injured.", "Rescue goes on."]),
    ("Is it over? Nobody knows! At least 7 died.", ["Is it over?", "Nobody knows!", "At least 7 died."]),
    ("Ukraine's air force downed 18. Russia's claims differ.", ["Ukraine's air force downed 18.", "Russia's claims differ."]),
    ("Dec. 16, 2022. (Photo by AFP via Getty Images)", ["Dec. 16, 2022.", "(Photo by AFP via Getty Images)"]),
    ("Strikes hit 5 towns.  ", ["Strikes hit 5 towns."]),
    ("Headline with 3 drones\nFirst line. Second 2.", ["Headline with 3 drones", "First line.", "Second 2."]),
    ("No figure here. Another sentence without any.", ["No figure here. Another sentence without any."]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[case[0][:40] for case in CASES])
def test_tricky_splits(text, expected):
    assert [text[start:end] for start, end in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [case[0] for case in CASES], ids=[case[0][:40] for case in CASES])
def test_fast_path_bounds_equal_syntok(text):
    for line in text.split("\n"):
        fast = split_line(line)
        assert fast is None or fast == _syntok_line(line)


def test_plain_lines_take_the_fast_path():
    assert split_line("The U.S. sent 31 tanks. The U.N. said 8 civilians died.") is not None
    assert split_line("Casualties rose to 12 (U.N. figures). The count continues.") is not None
    assert split_line("Wait... 15 drones came in.") is None  # ellipses: syntok's own


PIECES = ["Mr.", "Dr.", "Gen.", "U.S.", "a.m.", "p.m.", "No.", "no.", "vs.", "etc.", "Jan.", "Sept.", "Febr.", "Dec.", "J.",
          "I.", "IV.", "x.", "e.g.", "3.5", "1,200", "12", "5.", "300.", "The", "the", "It", "No", "Russia", "Ukraine's",
          "Kyiv.", "said.", "said:", "said?", "said!", "killed.", '"We', '."', ".”", "“They", "said.”", "said,”", "don't.",
          "Russia-Ukraine.", "20%.", "%.", "—", "-", "...", "(AP)", "(Reuters).", "(Photo", "AFP)", "(U.S.)", "(+200)",
          "(live", "updates)", "(", ")", ";", ",", ".", "?", "McDonald.", "iPhone.", "II.", "Inc.", "May", "Київ.", "end.The",
          "one", "Twenty", "percent."]


def test_random_lines_fast_path_equals_syntok():
    rng = random.Random(20240301)
    fast = 0
    for _ in range(3000):
        words = [rng.choice(PIECES) for _ in range(rng.randint(1, 12))]
        line = "".join(word + rng.choice([" ", " ", "", "  "]) for word in words)
        got = split_line(line)
        assert _may_hold_figure(line) == bool(_MAY_HOLD_FIGURE.search(line)), line
        if got is not None:
            fast += 1
            assert got == _syntok_line(line), line
    assert fast > 500


def test_long_sentences_are_cut():
    text = "x" * (2 * MAX_SENTENCE + 10) + " 5."
    bounds = split_sentences(text)
    assert [end - start for start, end in bounds] == [MAX_SENTENCE, MAX_SENTENCE, 13]


def _best_seconds(fn, arg, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", ["a.", "a! ", "a!%", "x. (Ab) ", "Xx. (Ab) ", "(a) ", ". ", "a", "(", "5 ", "U.S. ", "a..b ", "x;y ", "“.” "])
def test_hostile_lines_take_linear_time(unit):
    small, big = unit * 20_000 + "7", unit * 80_000 + "7"
    # best of 3 each, in process CPU time: wall time is at the mercy of whatever else a busy machine is doing
    small_time, big_time = _best_seconds(split_line, small), _best_seconds(split_line, big)
    assert big_time < 8 * small_time + 0.05


@pytest.mark.parametrize("text,expected", [
    ("Moscow regional Gov. Andrey Vorobyov wrote on Telegram.", 1),
    ("The commander, Lt. Gen. Mykola Oleshchuk, said so.", 1),
    ("Strikes went on until Sept. 28 at dawn.", 1),
    ("Moscow regional Gov.\nAndrey Vorobyov wrote on Telegram.", 2),   # a sentence never crosses a line break
    ("Four people were hurt, said Sgt. John Doe. Rep. Mike Roe said 5 died.", 2),
])
def test_abbreviation_full_stops_do_not_cut_sentences(text, expected):
    assert len(split_sentences(text)) == expected
