"""Text stretch + the opening-word vocabulary of the date scan → offsets of the words a date mention may open with.

extract/datementions.py tries its date pattern only at these offsets. A word is a token of TOKEN
(glued words split where a capital follows a small letter: "TerajimaDecember 27, 2022" from a
byline); it counts when it is a number, a word that opens a date by itself ("March", "yesterday"),
or an opening word followed within two words by one that may continue a date ("in the past",
"six weeks"). Most news text has only ASCII letters and digits: there the words are cut by one
`re.split` into plain strings, since a match object per word cost more than the rest of the scan.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

TOKEN = regex.compile(r"\d+|\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|[^\W_]+")
# ...the same cut where every letter and digit is ASCII (any other character then belongs to no word)
_ASCII_TOKEN = re.compile(r"([0-9]+|[A-Z]?[a-z]+|[A-Z]+(?![a-z]))")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_CHAR = regex.compile(r"[^\W_]")
_IS_WORD_CHAR: dict[str, bool] = {}   # per character, filled as characters are met (a table, not a text cache)


class Openings(NamedTuple):
    """Lower-case words: those a date may open with, those that open one alone, those that may continue one."""
    first: frozenset[str]
    self_standing: frozenset[str]
    continuing: frozenset[str]


def _all_words_ascii(text: str, start: int, limit: int) -> bool:
    """Whether every letter and digit of text[start:limit] is ASCII (other characters are then punctuation)."""
    for c in set(_NON_ASCII.findall(text, start, limit)):
        if (word := _IS_WORD_CHAR.get(c)) is None:
            word = bool(_WORD_CHAR.match(c))
            if len(_IS_WORD_CHAR) < 4096:   # the characters news text uses; a page of odd code points stays out
                _IS_WORD_CHAR[c] = word
        if word:
            return False
    return True


def candidate_starts(text: str, start: int, limit: int, openings: Openings):
    """Offsets of the words of text[start:limit] a date mention may open with, in order."""
    if _all_words_ascii(text, start, limit):
        return _ascii_candidate_starts(text, start, limit, openings)
    return _unicode_candidate_starts(text, start, limit, openings)


def _unicode_candidate_starts(text: str, start: int, limit: int, openings: Openings):
    first, self_standing, continuing = openings
    words = [(w.start(), w.group().lower()) for w in TOKEN.finditer(text, start, limit)]
    for i, (offset, word) in enumerate(words):
        if word[0].isdigit() or word in self_standing:
            yield offset
        elif word in first and any(w[0].isdigit() or w in continuing for _, w in words[i + 1:i + 3]):
            yield offset


def _ascii_candidate_starts(text: str, start: int, limit: int, openings: Openings) -> list[int]:
    """candidate_starts where every letter and digit is ASCII: the words as plain strings, lower-cased in
    one call, and only the few that may open a date looked at one by one."""
    parts = _ASCII_TOKEN.split(text[start:limit])   # gap, word, gap, word, ..., gap
    if len(parts) < 2:
        return []
    words = "\n".join(parts[1::2]).lower().split("\n")
    first, self_standing, continuing = openings
    found, offset, counted = [], start, 0   # offset: where parts[counted] starts
    for i in [i for i, word in enumerate(words) if word[0] <= "9" or word in first]:   # digits sort before letters
        word = words[i]
        if word[0] <= "9" or word in self_standing or any(w[0] <= "9" or w in continuing for w in words[i + 1:i + 3]):
            offset += sum(map(len, parts[counted:2 * i + 1]))
            counted = 2 * i + 1
            found.append(offset)
    return found
