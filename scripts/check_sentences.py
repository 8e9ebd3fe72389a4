"""Every line of every text we have (+ random tricky lines) → the lines where extract.sentences.split_line
and syntok bound sentences differently.

usage: python scripts/check_sentences.py [--fuzz 20000] [--show 20] [extra dirs or files ...]
Exit 1 when any line differs. Also prints how many lines took the fast path.
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import random
import sys
from pathlib import Path

from extract.context import _MAY_HOLD_FIGURE, _may_hold_figure, _syntok_line
from extract.sentences import split_line

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIRS = [ROOT / "data/articles", ROOT / "tests/heldout/articles", *map(Path, glob.glob("/work/shared/corpus/*/articles")),
             *map(Path, glob.glob("/work/holdout*/articles")), Path("/work/perf/bench3")]
TABLES = [*ROOT.glob("tests/cases/*.tsv"), *Path("/work/shared/reference").rglob("*.csv")]
JSONS = [*Path("/work/shared/reference").rglob("*.json"), *Path("/work/shared/corpus").rglob("*.jsonl"),
         *map(Path, glob.glob("/work/holdout*/*.jsonl"))]

# Pieces of news prose where sentence splitting is easy to get wrong; random lines are made of them.
PIECES = ["Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Col.", "St.", "U.S.", "U.N.", "a.m.", "p.m.", "No.", "no.", "vs.",
          "etc.", "Jan.", "Feb.", "Sept.", "Sep.", "Oct.", "Dec.", "J.", "K.", "A.", "I.", "IV.", "x.", "e.g.", "i.e.",
          "3.5", "1,200", "12", "5.", "300.", "2024.", "12th.", "The", "the", "It", "In", "But", "Russia", "Ukraine's",
          "Kyiv.", "Kyiv,", "Kharkiv;", "said.", "said:", "said?", "said!", "said?!", "killed.", '"We', '."', '."',
          ".”", "“They", "’s", "said.”", "said,”", "'s.", "don't.", "can't", "Russia-Ukraine.", "COVID-19.", "20%.",
          "%.", "—", "-", "–", "...", "…", "(AP)", "(", ")", "said.)", "[1]", ";", ":", ",", ".", "!", "?", "McDonald.",
          "iPhone.", "US.", "UK.", "OK.", "II.", "Inc.", "Corp.", "Co.", "Ltd.", "approx.", "min.", "ca.", "On",
          "Sept", "12.", "5", "Nr.", "X.", "a.", "b", "B.", "NO.", "No", "1.5.", "killed.'", "killed.'\"", "O'Neil.",
          "rock'n'roll.", "50-60.", "Zelenskyy.", "Київ.", "Харків", "Über.", "état.", "\u00a0", "  ", "a.M.", "end.The",
          "2.", "3", "4th", "May", "May.", "Mar.", "mar.", "dic.", "Apr.", "Jun.", "A", "I", "V.", "C.", "Ms.", "ms.",
          "(Reuters)", "(Reuters),", "(Reuters).", "(Photo", "(photo", "by", "AFP)", "AFP).", "Images)", "(U.S.)", "(+200)",
          "(+8),", "(5%).", "(live", "updates)", "(OHCHR).", "(CIS),", "(R)", "(L)", "(a)", "(1)", "(I)", "(The",
          "said.)", "(2022)", "(Kh-101/Kh-555,", "(62", "miles)", "(updated)", "(U.N.)", "Service)", "(Kiu)", '("We', 'did.")',
          "(Kh-101/Kh-555, S-300, Kh-59 and Kh-47M2 Kinzhal)", "(Photo by Ionut Iordachescu / AFP via Getty Images)",
          "(The attack killed five people. Officials said more were hurt in the city.)", "(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,a)",
          "(a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w)", "(The Kyiv Independent reported. It)", "(Two said so. Then)",
          "one", "Twenty-one", "someone", "ten.", "tens", "HALF", "half-time", "_one", "percent.", "ſix", "dozens"]


def _text_lines() -> list[str]:
    lines: list[str] = []
    for root in TEXT_DIRS:
        for path in sorted(root.rglob("*.txt")) if root.is_dir() else []:
            lines += path.read_text(encoding="utf-8", errors="replace").split("\n")
    for path in TABLES:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t" if path.suffix == ".tsv" else ",")
            for row in reader:
                for cell in row:
                    lines += cell.replace("\\n", "\n").split("\n")
    for path in JSONS:
        raw = path.read_text(encoding="utf-8", errors="replace")
        docs = [json.loads(line) for line in raw.splitlines() if line.strip()] if path.suffix == ".jsonl" else [json.loads(raw)]
        stack = docs
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                lines += item.split("\n")
            elif isinstance(item, dict):
                stack += item.values()
            elif isinstance(item, list):
                stack += item
    return lines


def _fuzz_lines(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    # Half the lines leave out the pieces that always send a line to syntok, to exercise the fast path.
    plain = [p for p in PIECES if p.count("(") == p.count(")") and "..." not in p and "[" not in p
             and p not in ("end.The", "a.M.", ";", ".", "!", "?")]
    lines = []
    for i in range(count):
        words = [rng.choice(plain if i % 2 else PIECES) for _ in range(rng.randint(1, 14))]
        glue = [rng.choice([" ", " ", " ", "", "  "]) for _ in words]
        lines.append("".join(w + g for w, g in zip(words, glue)).lstrip(rng.choice(["", " "])))
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fuzz", type=int, default=20000)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("extra", nargs="*")
    a = ap.parse_args()
    TEXT_DIRS.extend(map(Path, a.extra))
    real = [line for line in dict.fromkeys(_text_lines()) if line.strip()]
    bad = 0
    for name, lines in (("real", real), ("fuzz", _fuzz_lines(a.fuzz))):
        fast = figure = 0
        for line in lines:
            got = split_line(line)
            holds = bool(_MAY_HOLD_FIGURE.search(line))
            figure += holds
            if _may_hold_figure(line) != holds:
                bad += 1
                print(f"{name} FIGURE TEST DIFFERS {line!r}")
            if got is None:
                continue
            fast += 1
            want = _syntok_line(line)
            if got != want:
                bad += 1
                if bad <= a.show:
                    print(f"{name} DIFF {line!r}\n  syntok {[line[s:e] for s, e in want]}\n  fast   {[line[s:e] for s, e in got]}")
        print(f"{name}: {len(lines)} distinct lines ({figure} may hold a figure), {fast} on the fast path, "
              f"{len(lines) - fast} handed to syntok")
    print(f"{bad} lines differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
