"""A run of number words ("two hundred and five", "a dozen", "one two") → its numbers, each with its value."""
from __future__ import annotations

import tomllib
from pathlib import Path

from text_to_num import text2num

_WORDS = tomllib.loads((Path(__file__).resolve().parent / "rules" / "numbers.toml").read_text(encoding="utf-8"))["words"]
UNITS, TEENS, TENS = _WORDS["units"], _WORDS["teens"], _WORDS["tens"]
SCALES, ORDINALS = _WORDS["scales"], _WORDS["ordinals"]


def _word_class(word: str) -> str:
    if word in ("a", "an"):
        return "article"
    if word == "and":
        return "and"
    if word in UNITS:
        return "unit"
    if word in TEENS:
        return "teen"
    if word in TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word == "dozen":
        return "dozen"
    if word in SCALES:
        return "scale"
    return "ordinal"


# What may follow what inside one number; anything else starts a new number ("one two" is 1 and 2,
# "one third" is not 1/3 here but 1 and the ordinal 3, which no claim rule uses).
_FOLLOWS = {
    None: {"article", "unit", "teen", "tens", "hundred", "ordinal"},
    "article": {"hundred", "scale", "dozen"},
    "unit": {"hundred", "scale", "dozen"},
    "teen": {"hundred", "scale"},
    "tens": {"unit", "scale", "ordinal"},
    "hundred": {"unit", "teen", "tens", "scale", "ordinal", "and"},
    "scale": {"unit", "teen", "tens", "ordinal", "and"},
    "and": {"unit", "teen", "tens"},
    "dozen": set(),
    "ordinal": set(),
}


def word_segments(words: list[str]) -> list[tuple[int, int, float, bool]]:
    """Number words of one run → (first token, last token, value, is_ordinal) of each number in it."""
    segments, begin, prev, scale_cap = [], None, None, float("inf")

    def close(end_index: int):
        if begin is None:
            return
        last = end_index
        while last >= begin and _word_class(words[last]) in ("and", "article"):
            last -= 1
        if last >= begin:
            segments.append((begin, last, *_word_value(words[begin:last + 1])))

    for i, word in enumerate(words):
        cls = _word_class(word)
        allowed = cls in _FOLLOWS[prev]
        if cls == "scale" and allowed and SCALES[word] >= scale_cap:
            allowed = False
        if cls == "ordinal" and prev in ("tens", "hundred", "scale") and ORDINALS[word] >= 10 and prev == "tens":
            allowed = False   # "twenty-tenth" is no number
        if not allowed:
            close(i - 1)
            begin, prev, scale_cap = None, None, float("inf")
            if cls not in _FOLLOWS[None]:
                continue
        if begin is None:
            begin = i
        if cls == "scale":
            scale_cap = SCALES[word]
        prev = cls
    close(len(words) - 1)
    return segments


def _word_value(words: list[str]) -> tuple[float, bool]:
    ordinal = _word_class(words[-1]) == "ordinal"
    if not ordinal and not {"a", "an", "dozen"} & set(words):
        try:
            return float(text2num(" ".join(words), "en")), False
        except ValueError:
            pass   # the library refuses some valid English ("nineteen hundred"); the fallback below reads it
    total, current = 0.0, 0.0
    for word in words:
        cls = _word_class(word)
        if cls in ("unit", "teen", "tens"):
            current += (UNITS | TEENS | TENS)[word]
        elif cls == "hundred":
            current = (current or 1) * 100
        elif cls == "dozen":
            current = (current or 1) * 12
        elif cls == "scale":
            total, current = total + (current or 1) * SCALES[word], 0.0
        elif cls == "ordinal":
            n = ORDINALS[word]
            if n >= 1000:
                total, current = total + (current or 1) * n, 0.0
            elif n == 100:
                current = (current or 1) * 100
            else:
                current += n
    return total + current, ordinal
