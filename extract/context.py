"""Article text (+ publication date) → DocContext: line, sentence and paragraph boundaries for lookups by offset."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

import regex
import syntok.segmenter as segmenter

from extract.columns import Row, find_rows, merge_rows
from extract.numberwords import SCALES, TEENS, TENS, UNITS
from extract.sentences import split_line
from extract.vocab import alternation, load_rules

_LINE = regex.compile(r"[^\n]+")
# Only a line that may hold a figure needs splitting into sentences: a digit or a number word. Other
# lines stay whole (one "sentence" each): skipping figure-less lines (most of a long article) spares
# the splitting, and syntok on the lines extract.sentences leaves to it. The number words are those of
# numbers.toml (not its ordinals: "first" is no figure) and words figures lean on ("half", "percent").
_NUMBER_WORDS = "|".join(sorted({*UNITS, *TEENS, *TENS, *SCALES, "hundred", "dozen", "dozens", "half", "percent"}))
_MAY_HOLD_FIGURE = regex.compile(r"\d|\b(?:" + _NUMBER_WORDS + r")\b", regex.IGNORECASE)
# On ASCII text the same number-word test runs several times faster in re, on the lowercased line after a
# space (so that a word boundary is a character to scan for, and the first letters a cheap look-ahead).
_ASCII_NUMBER_WORD = re.compile(
    r"[^a-z0-9_](?=[" + "".join(sorted({word[0] for word in _NUMBER_WORDS.split("|")})) + "])(?:" + _NUMBER_WORDS
    + r")(?![a-z0-9_])")


def _may_hold_figure(line: str) -> bool:
    if line.isascii():
        # ten substring searches beat one \d search: an ASCII line's only digits are these
        for digit in "0123456789":
            if digit in line:
                return True
        return _ASCII_NUMBER_WORD.search(" " + line.lower()) is not None
    return _MAY_HOLD_FIGURE.search(line) is not None   # \d among its branches


# Sentences longer than this are cut at the limit: syntok is linear but a megabyte "sentence"
# helps nobody and makes every per-sentence regex pass slower.
MAX_SENTENCE = 5000


# Sentence ends the splitter takes from an abbreviation's full stop: "Sept. 28", "regional Gov. Andrey Vorobyov".
_SENTENCE_RULES = load_rules("sentences")
_ABBREVIATIONS = _SENTENCE_RULES["abbreviations"]
_MONTH_ABBREVIATION_END = regex.compile(r"\b(?:" + alternation(_ABBREVIATIONS["month_before_day"]) + r")\.$")
_DAY_NUMBER_START = regex.compile(r"\d{1,2}\b")
_TITLE_ABBREVIATION_END = regex.compile(r"\b(?:" + alternation(_ABBREVIATIONS["title_before_name"]) + r")\.$")
_NAME_START = regex.compile(r"\p{Lu}")
_CONTINUATION = regex.compile(r"(?i)[\W_]*(?:" + alternation(_SENTENCE_RULES["continuation"]["openers"])
                              + r")\s+(?:\d|(?:some|about|around|at least|more than|over|nearly)\s+\d)")
_PRONOUNS = alternation(_SENTENCE_RULES["continuation"]["partitive_pronouns"])
_PARTITIVE = regex.compile(rf"(?i)[\W_]*(?:(?:some|about|around|at least|more than|over|nearly|all but)\s+)?\d[\d,.]*\s+of\s+(?:{_PRONOUNS})\b"
                           rf"|[\W_]*(?i:of\s+(?:{_PRONOUNS})),\s+(?:(?:some|about|around|at least|more than|over|nearly)\s+)?\d")
# "On the Russian side, the officials estimated up to 120,000 dead": the count of the sentence before, of the other side's
# people (qualifiers.toml's side_lead cue)
_SIDE_TURN = regex.compile(load_rules("qualifiers")["cues"]["side_lead"].removeprefix("^"), regex.IGNORECASE | regex.V1)

# "Seven dead, 21 injured. Those were the figures that the governor gave on Thursday evening": who told the figures, and when
_FIGURES_TOLD = regex.compile(r"[\W_]*(?:These|Those|That|This)\s+(?:were|are|was|is)\s+the\s+(?:\w+\s+)?(?:figures?|numbers?|tolls?|count|tally)\b")

# "WHO verified 2,254 attacks between ... These attacks killed 210 people": what the events just counted did
_THESE_EVENTS = regex.compile(r"[\W_]*(?:These|Those)\s+(?:\w+\s+){0,2}?(?:attacks|strikes|incidents|assaults|shellings|bombardments|"
                              r"raids)(?:\s+have|\s+had)?\s+(?:killed|injured|wounded|claimed|left)\b")


def _joins_abbreviation(text: str, previous: tuple[int, int], start: int) -> bool:
    """True when the sentence before start ends on an abbreviation that the text at start continues."""
    if _DAY_NUMBER_START.match(text, start):
        return _MONTH_ABBREVIATION_END.search(text, *previous) is not None
    return _NAME_START.match(text, start) is not None and _TITLE_ABBREVIATION_END.search(text, *previous) is not None


def _join_abbreviation_breaks(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if (joined and text[joined[-1][1] - 1:joined[-1][1]] == "." and _joins_abbreviation(text, joined[-1], start)
                and "\n" not in text[joined[-1][1]:start] and end - joined[-1][0] <= MAX_SENTENCE):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; a sentence never crosses a line break (headlines, bullets, datelines)."""
    bounds: list[tuple[int, int]] = []
    base = -1
    for body in text.split("\n"):
        base += 1
        line_start = base
        base += len(body)
        if not body or body.isspace():
            continue
        if not _may_hold_figure(body):
            start, end = line_start + len(body) - len(body.lstrip()), line_start + len(body.rstrip())
            while end - start > MAX_SENTENCE:
                bounds.append((start, start + MAX_SENTENCE))
                start += MAX_SENTENCE
            bounds.append((start, end))
            continue
        spans = split_line(body)
        for start, end in _syntok_line(body) if spans is None else spans:
            start += line_start
            end += line_start
            while end - start > MAX_SENTENCE:
                bounds.append((start, start + MAX_SENTENCE))
                start += MAX_SENTENCE
            if end > start:
                bounds.append((start, end))
    return _join_abbreviation_breaks(text, bounds)


def _syntok_line(body: str) -> list[tuple[int, int]]:
    """syntok's sentence bounds for one line: the fallback of extract.sentences.split_line, and its reference."""
    return [(sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
            for paragraph in segmenter.analyze(body) for sentence in paragraph if sentence]


def split_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


@dataclass
class DocContext:
    text: str
    published: date | None = None
    title: str | None = None
    publisher: str | None = None   # the outlet: the places in its name ("Kherson Online") are none of the article's
    sentences: list[tuple[int, int]] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)
    table_rows: dict[int, Row] = field(default_factory=dict)   # body rows of column tables by their start

    @classmethod
    def build(cls, text: str, published: date | None = None, title: str | None = None,
              publisher: str | None = None) -> "DocContext":
        lines = split_lines(text)
        rows = find_rows(text, lines)
        return cls(text=text, published=published, title=title, publisher=publisher, sentences=merge_rows(split_sentences(text), rows),
                   lines=lines, table_rows=rows)

    def _index(self, bounds: list[tuple[int, int]], offset: int) -> int:
        i = bisect.bisect_right(bounds, (offset, len(self.text) + 1)) - 1
        return max(i, 0)

    def row_of_line(self, line_start: int) -> Row | None:
        """The column table's body row on the line that starts at line_start, if it is one."""
        if not self.table_rows:
            return None
        start, end = self.lines[self._index(self.lines, line_start)]
        while start < end and self.text[start].isspace():
            start += 1
        return self.table_rows.get(start)

    def header_and_intro(self, row: Row) -> list[int]:
        """The indices of a table's header line and of the line right above it (its intro), nearest first."""
        header = self._index(self.lines, row.header)
        return [i for i in (header, header - 1) if i >= 0]

    def sentence_index(self, offset: int) -> int:
        return self._index(self.sentences, offset)

    def continued_sentence(self, offset: int) -> tuple[int, int] | None:
        """The sentence before the one holding offset when that one only adds to it ("Another 79 were wounded.")."""
        i = self.sentence_index(offset)
        if i == 0 or not self.sentences:
            return None
        # bounded by the sentence: an unbounded match hunts for its required words to the end of the text (once
        # per figure, that made a megabyte line quadratic)
        start, stop = self.sentences[i]
        if not (_CONTINUATION.match(self.text, start, stop) or _PARTITIVE.match(self.text, start, stop) or _THESE_EVENTS.match(self.text, start, stop)
                or _SIDE_TURN.match(self.text, start, stop)):
            return None
        return self.sentences[i - 1]

    def told_after(self, offset: int) -> tuple[int, int] | None:
        """The sentence after the one holding offset when it tells who gave its figures and when ("Seven dead, 21
        injured. Those were the figures the governor gave on Thursday evening.")."""
        i = self.sentence_index(offset)
        if not self.sentences or i + 1 >= len(self.sentences):
            return None
        if not _FIGURES_TOLD.match(self.text, *self.sentences[i + 1]):
            return None
        return self.sentences[i + 1]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(offset)] if self.sentences else (0, len(self.text))

    def line_at(self, offset: int) -> tuple[int, int]:
        """The line (paragraph, bullet, headline) holding offset."""
        return self.lines[self._index(self.lines, offset)] if self.lines else (0, len(self.text))

    def short_lines_before(self, offset: int, back: int, max_chars: int = 80, max_words: int = 4):
        """(start, end, stripped text) of the lines among the `back` before offset's line that are short
        enough to be a heading ("Kharkiv region"), nearest first."""
        index = self._index(self.lines, offset)
        for i in range(index - 1, max(index - 1 - back, -1), -1):
            start, end = self.lines[i]
            if end - start > max_chars:
                continue
            line = self.text[start:end].strip()
            if len(line.split()) <= max_words:
                yield start, end, line
