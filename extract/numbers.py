"""Text → Quantity list: every numeral, number word, percentage, range, year, time, code and amount of money, with offsets.

The scanner is one regex whose every repetition is possessive, so each match is found without
backtracking and the scan resumes where the last match ended: the cost is linear in the text.
What a run of digits or words *means* (grouping, year or count, code, range) is decided in Python
on the short matched span and a few characters around it.
"""
from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.numberwords import ORDINALS, SCALES, TEENS, TENS, UNITS, word_segments
from extract.vocab import alternation

VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "numbers.toml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str                # "count" | "percent"
    text: str
    kind: str                # cardinal | percent | range | ordinal | year | time | date_part | code | money
    qualifier: str | None    # set only when the number itself says so: "10,000+" at_least, a range at_most


SPACED_MAGNITUDES = VOCAB["magnitudes"]["spaced"]
GLUED_MAGNITUDES = VOCAB["magnitudes"]["glued"]
H = r"[^\S\n]"   # horizontal white space: numbers never straddle a line break


def _alternation(words) -> str:
    # longest first so "seventeen" is not read as "seven"
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", H + "{1,2}") for w in sorted(set(words), key=len, reverse=True)) + ")"


def _after_qualifier_pattern(table: dict) -> regex.Pattern:
    """{qualifier: [written after the number]} → one pattern whose group name is the qualifier."""
    def one(entry: str) -> str:
        body = regex.escape(entry.strip()).replace(r"\ ", H + "{1,2}")
        lead = H + "{1,2}" if entry.startswith(" ") else ""
        return lead + body + (r"\b" if entry[-1].isalnum() else r"(?![\d+])")
    return regex.compile("|".join(f"(?P<{name}>" + "|".join(one(e) for e in sorted(entries, key=len, reverse=True)) + ")"
                                  for name, entries in table.items()), regex.I)


_QUALIFIER_AFTER = _after_qualifier_pattern(VOCAB["qualifiers_after"])


_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(SCALES) | set(ORDINALS) | {"hundred", "dozen"}
# as a trie: the same longest-first order, without trying ~80 words at each position
_WORD = alternation(_NUMBER_WORDS, flexible_spaces=False) + r"\b"
_WORD_RUN = (
    rf"(?:an?{H}{{1,3}}(?=(?:hundred|thousand|million|billion|dozen)\b))?{_WORD}"
    rf"(?:(?:{H}{{1,3}}and{H}{{1,3}}|{H}{{0,2}}-{H}{{0,2}}|{H}{{1,3}}){_WORD})*+"
)
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

# Two scanners, one for what starts with a digit and one for what starts with a letter: no position can start
# both, so merging their matches (_matches) gives what one alternation of all would, and each on its own keeps
# the regex engine's fast skip to its first character, which the joint alternation loses (4x slower).
_DIGIT_SCAN = regex.compile(
    rf"""
     (?P<iso>(?<![\d-])\d{{4}}-\d{{2}}-\d{{2}}(?![\d-]))
    |(?P<numdate>(?<![\d.,/])\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}(?!\d))
    |(?P<time>(?<![\d.,:])\d{{1,2}}(?::\d{{2}}(?:{H}?[ap]\.?m\b\.?)?|(?:[.:]\d{{2}})?{H}?(?:[ap]\.m\.|[ap]m\b)))
    |(?P<digits>(?<!\d)\d++(?:(?:[,.]|[\x20\u00a0\u202f](?=\d{{3}}(?!\d)))\d++)*+)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# \b, not (?<!\w): the same before a letter, and cheaper
FRACTIONS = {" ".join(share.lower().split()): value for share, value in VOCAB["fractions"].items()}
_FRACTION = (rf"(?P<fraction>(?P<share>{_alternation(FRACTIONS)}){H}{{1,2}}of{H}{{1,2}}an?{H}{{1,2}}"
             rf"(?P<scale>million|billion|thousand)\b)")
SHARES = {" ".join(share.lower().split()): value for share, value in VOCAB["shares"].items()}
_SHARE_GAP = rf"(?:{H}{{1,2}}|-)"
_SHARE = (r"(?P<share_word>" + "|".join(_SHARE_GAP.join(map(regex.escape, k.split())) for k in sorted(SHARES, key=len, reverse=True))
          + rf")(?={H}{{1,2}}of\b(?!{H}{{1,2}}(?:(?:the|these|those|its|their){H}{{1,2}})?\d))")
_WORD_SCAN = regex.compile(rf"\b(?:{_FRACTION}|{_SHARE}|(?P<words>{_WORD_RUN})|(?P<half>half\b(?!-)))", regex.VERBOSE | regex.IGNORECASE)

_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d++)?")
_SPACED = regex.compile(r"\d{1,3}(?:[\x20\u00a0\u202f]\d{3})++(?:\.\d++)?")
_PLAIN = regex.compile(r"\d++(?:\.\d++)?")
_PIECE = regex.compile(r"\d++")
_DECIMAL_COMMA = regex.compile(r"\d{1,3},\d{1,2}")

_ORDINAL_SUFFIX = regex.compile(r"(?:st|nd|rd|th)\b", regex.I)
_GLUED_MAG = regex.compile(_alternation(GLUED_MAGNITUDES) + r"(?![\w])", regex.I)
_SPACED_MAG = regex.compile(rf"{H}{{1,2}}" + _alternation(SPACED_MAGNITUDES) + r"\b", regex.I)
_PERCENT = regex.compile(rf"{H}?%|{H}{{1,2}}(?:percentage{H}points?|percent|per{H}cent|pct)\b", regex.I)
_MONEY_AFTER = regex.compile(rf"{H}{{1,2}}" + _alternation(VOCAB["money"]["suffixes"]) + r"\b", regex.I)
_MONEY_BEFORE = regex.compile("(?:" + "|".join(regex.escape(p) for p in VOCAB["money"]["prefixes"]) + rf"){H}?$")
# The *_BEFORE patterns below whose match is only tested, never used, run backwards (REVERSE) from the number:
# whether one ends there is the same question, asked at one position instead of at each of the 30 before it.
_CODE_BEFORE = regex.compile(r"(?:[A-Za-z]\.?-?|[A-Za-z]\w*-\d+/)$", regex.REVERSE)
# a model's name before its number: "MiG-", "Su-", "Kh-" (not "5k-" in "5k-20k")
_MODEL_BEFORE = regex.compile(r"(?<![\w-])[A-Za-z]{1,4}-$", regex.REVERSE)
_GLUED_LETTERS = regex.compile(r"[A-Za-z][\w-]*+")
_MONTH_BEFORE = regex.compile(rf"\b{_MONTH}\.?,?{H}{{1,2}}$", regex.I | regex.REVERSE)
_DAY_BEFORE_MONTH = regex.compile(rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?{H}{{1,2}}(?:of{H}{{1,2}})?$", regex.I)
_MONTH_AFTER = regex.compile(rf"(?:st|nd|rd|th)?,?{H}{{1,2}}(?:of{H}{{1,2}})?{_MONTH}\b", regex.I)
_YEAR_COUNT_BEFORE = regex.compile(r"\b" + _alternation(VOCAB["year"]["count_cues_before"]) + rf"{H}{{1,2}}$", regex.I | regex.REVERSE)
_YEAR_COUNT_AFTER = regex.compile(rf"{H}{{1,2}}" + _alternation(VOCAB["year"]["count_nouns_after"]) + r"\b", regex.I)
_HALF_BEFORE = regex.compile(r"\b" + _alternation(VOCAB["half"]["before"]) + rf"{H}{{1,2}}$", regex.I | regex.REVERSE)
_HALF_AFTER = regex.compile(rf"{H}{{1,2}}" + _alternation(VOCAB["half"]["after"]) + r"\b", regex.I)
_HALF_NOT_SHARE = regex.compile(rf"\b(?:first|second|latter|former|other|a|and{H}a){H}{{1,2}}$", regex.I | regex.REVERSE)
_HALF_OF_MAGNITUDE = regex.compile(rf"{H}{{1,2}}an?{H}{{1,2}}(million|billion|thousand|dozen)\b", regex.I)
_PRONOUN = VOCAB["pronoun_one"]
_PRONOUN_ONE_BEFORE = regex.compile(
    rf"\b{_alternation(_PRONOUN['articles'])}(?:{H}{{1,2}}(?!{_alternation(_PRONOUN['not_modifiers'])}\b)[a-z][\w'-]*){{1,2}}{H}{{1,2}}$",
    regex.I | regex.REVERSE)
_PRONOUN_ONE_AFTER = regex.compile(rf"{H}*(?:[.,;:!?)\]—–\"”]|\n|$)|{H}{{1,2}}{_alternation(_PRONOUN['after'])}\b", regex.I)
_RANGE_GAP = regex.compile(rf"{H}{{0,2}}(?:-|–|—|~){H}{{0,2}}|{H}{{1,2}}(?:to|or|through){H}{{1,2}}")
_AND_GAP = regex.compile(rf"{H}{{1,2}}and{H}{{1,2}}")
_BETWEEN_BEFORE = regex.compile(rf"\bbetween{H}{{1,2}}$", regex.I)
_FROM_BEFORE = regex.compile(rf"\bfrom{H}{{1,2}}$", regex.I)
_RANGE_ENDS = ("cardinal", "percent")
# a change then its result, no range: "has risen by four to 26", "grew by 12% to 156" (a change's own range, "fell by 10
# to 30 percent", keeps its bounds close, and a share after a count is the range's unit)
_CHANGE_BY_BEFORE = regex.compile(
    rf"\b(?:rose|risen|rises|rise|increased|increases|grew|grown|grows|climbed|climbs|jumped|jumps|went{H}up|gone{H}up|"
    rf"fell|fallen|falls|dropped|drops|decreased|declined){H}{{1,2}}by{H}{{1,2}}$", regex.I)
_CHANGE_TO_GAP = regex.compile(rf"{H}{{1,2}}to{H}{{1,2}}")
# a change from one figure to another, both told, no range: "the toll rose from 9 to 12", "was revised from 14 to 17"
_CHANGE_FROM_BEFORE = regex.compile(
    rf"\b(?:rose|risen|rising|increased|grew|grown|growing|climbed|climbing|jumped|went{H}up|gone{H}up|revised|raised|"
    rf"updated|upped|fell|fallen|dropped|decreased|declined|lowered)(?:{H}(?:up|upwards?|down|downwards?))?{H}{{1,2}}from{H}{{1,2}}$",
    regex.I)
_SPACES, _LETTERS, _NOT_DECIMAL = regex.compile(r"\s+"), regex.compile(r"[A-Za-z]+"), regex.compile(r"[^\d.]")
_DATE_SEP, _LEADING_DIGITS = regex.compile(r"[-./]"), regex.compile(r"\d+")
_URL = regex.compile(r"(?i:\b(?:https?://|www\.)\S++)")
_WWW = regex.compile(r"www\.", regex.I)
# Characters next to a number that the patterns they guard need (a failed test spares a regex call). `$` may
# match before a final newline, so a newline may end a look-behind's text; a money prefix's last character
# stands at most a space and a newline before the number.
_SUFFIX_OPENERS, _MONEY_LAST = frozenset("+-%"), frozenset(prefix[-1] for prefix in VOCAB["money"]["prefixes"])
_CODE_LAST = frozenset(string.ascii_letters + ".-/\n")


def _before(text: str, pos: int, pattern: regex.Pattern, width: int = 30):
    return pattern.search(text, max(0, pos - width), pos)


def _money_before(text: str, start: int):
    """The money prefix ending just before start (`$`, `US$ `...), if any; a cheap character test first."""
    return not _MONEY_LAST.isdisjoint(text[max(0, start - 3):start]) and _before(text, start, _MONEY_BEFORE, 6)


def _digit_pieces(run: str) -> list[tuple[int, int, float]]:
    """A run of digits and separators → (start, end, value) of each number in it, offsets in the run."""
    if _THOUSANDS.fullmatch(run) or _PLAIN.fullmatch(run):
        return [(0, len(run), float(run.replace(",", "")))]
    if _SPACED.fullmatch(run):
        return [(0, len(run), float(_NOT_DECIMAL.sub("", run)))]
    # Irregular grouping ("22,24,26", "26 150", "1.414.021"): each digit group stands alone.
    return [(m.start(), m.end(), float(m.group())) for m in _PIECE.finditer(run)]


class _Scanner:
    def __init__(self, text: str, limit: int):
        self.text, self.limit = text, limit

    def after(self, pattern: regex.Pattern, pos: int):
        return pattern.match(self.text, pos, self.limit)

    def quantity(self, start: int, end: int, value: float, kind: str, unit: str = "count", qualifier=None) -> Quantity:
        return Quantity(start, end, value, unit, self.text[start:end], kind, qualifier)

    def suffixes(self, end: int, value: float, kind: str):
        """Magnitude, qualifier ("+", "or so"), percent and currency written after a number → (end, value, kind, unit, qualifier)."""
        unit, qualifier = "count", None
        # each suffix opens with white space, "+", "-" or "%"
        if end >= self.limit or self.text[end] not in _SUFFIX_OPENERS and not self.text[end].isspace():
            return end, value, kind, unit, qualifier
        if (m := self.after(_SPACED_MAG, end)) and kind == "cardinal":
            end, value = m.end(), value * SPACED_MAGNITUDES[_SPACES.sub(" ", m.group().strip()).lower()]
        if m := self.after(_QUALIFIER_AFTER, end):
            end, qualifier = m.end(), m.lastgroup
        if m := self.after(_PERCENT, end):
            end, kind, unit = m.end(), "percent", "percent"
        elif m := self.after(_MONEY_AFTER, end):
            end, kind = m.end(), "money"
        return end, value, kind, unit, qualifier

    def digits(self, run_start: int, run: str) -> list[Quantity]:
        text, out = self.text, []
        if run.isdigit():   # most runs: one plain integer, whichever way the tests below go
            pieces = [(0, len(run), float(run))]
        elif _SPACED.fullmatch(run) and (run[0] == "0" or text[run_start - 1:run_start] == "+"):
            # "0 800 330 150", "+7 843 222": no grouped number opens with a lone zero or a glued plus; a phone number
            return [self.quantity(run_start, run_start + len(run), float(_NOT_DECIMAL.sub("", run)), "code")]
        elif _SPACED.fullmatch(run) and _before(text, run_start, _MONTH_BEFORE):
            pieces = [(m.start(), m.end(), float(m.group())) for m in _PIECE.finditer(run)]
        elif _DECIMAL_COMMA.fullmatch(run) and self.after(_SPACED_MAG, run_start + len(run)):
            pieces = [(0, len(run), float(run.replace(",", ".")))]   # "1,5 million": a European decimal comma
        else:
            pieces = _digit_pieces(run)
        for index, (p_start, p_end, value) in enumerate(pieces):
            start, end = run_start + p_start, run_start + p_end
            if 0 < index < len(pieces) - 1:
                # inside a list like "22,24,26": separators on both sides, so no prefix or suffix applies
                out.append(self.quantity(start, end, value, "cardinal"))
                continue
            raw = text[start:end]
            integer = raw.isdigit()
            kind = "cardinal"
            if m := _money_before(text, start):
                out.append(self._money(m.start(), end, value))
                continue
            # ordinal suffix, glued magnitude and glued letters all start with a letter
            letter_after = end < self.limit and text[end].isalpha()
            space_before = start > 0 and text[start - 1].isspace()   # what the month and count cues end with
            if integer and letter_after and (m := self.after(_ORDINAL_SUFFIX, end)):
                if _before(text, start, _MONTH_BEFORE) or self.after(_MONTH_AFTER, end):
                    out.append(self.quantity(start, m.end(), value, "date_part"))
                else:
                    out.append(self.quantity(start, m.end(), value, "ordinal"))
                continue
            # "MiG-31K", "Su-30SM": a letter after a model's number is part of its name, no magnitude ("31K" is no 31,000)
            model = start > 0 and text[start - 1] == "-" and _before(text, start, _MODEL_BEFORE, 8)
            if letter_after and not model and (m := self.after(_GLUED_MAG, end)):
                end, value = m.end(), value * GLUED_MAGNITUDES[m.group().lower()]
                end, value, kind, unit, qualifier = self.suffixes(end, value, kind)
                out.append(self.quantity(start, end, value, kind, unit, qualifier))
                continue
            if letter_after and (m := self.after(_GLUED_LETTERS, end)):
                # "Tu-95MS", "300s"; a decade ("1990s") is a year
                decade = integer and len(raw) == 4 and 1900 <= value <= 2100 and m.group().lower() == "s"
                out.append(self.quantity(start, m.end(), value, "year" if decade else "code"))
                continue
            # ("$" also matches before a line break: a figure opening a line under a heading that ends in a letter,
            # "Key figures\n4 | missiles launched", is a count; only a model's name broken at its hyphen, "Kh-\n101", is not)
            if start > 0 and text[start - 1] in _CODE_LAST and _before(text, start, _CODE_BEFORE, 20) \
                    and (text[start - 1] != "\n" or text[start - 2:start - 1] == "-"):
                out.append(self.quantity(start, end, value, "code"))
                continue
            month = integer and space_before and _before(text, start, _MONTH_BEFORE)
            if month and not 1900 <= value <= 2100 and _before(text, month.start(), _DAY_BEFORE_MONTH, 12):
                month = None   # "On 28 June, 18 people were killed": that month has its day, so 18 is a count
            elif month and not 1900 <= value <= 2100 and "," in month.group():
                month = None   # "In July, 12 people were killed": a day follows its month with no comma ("July 12")
            if month:
                kind = "year" if 1900 <= value <= 2100 else "date_part" if 1 <= value <= 31 else "cardinal"
            elif integer and 1 <= value <= 31 and self.after(_MONTH_AFTER, end):
                kind = "date_part"
            elif integer and len(raw) == 4 and 1900 <= value <= 2100 and not (
                    (space_before and _before(text, start, _YEAR_COUNT_BEFORE)) or self.after(_YEAR_COUNT_AFTER, end)):
                kind = "year"
            if kind != "cardinal":
                out.append(self.quantity(start, end, value, kind))
                continue
            end, value, kind, unit, qualifier = self.suffixes(end, value, kind)
            out.append(self.quantity(start, end, value, kind, unit, qualifier))
        return out

    def _money(self, start: int, end: int, value: float) -> Quantity:
        if m := self.after(_GLUED_MAG, end) or self.after(_SPACED_MAG, end):
            value *= (GLUED_MAGNITUDES | SPACED_MAGNITUDES)[_SPACES.sub(" ", m.group().strip()).lower()]
            end = m.end()
        return self.quantity(start, end, value, "money")

    def words(self, run_start: int, run: str) -> list[Quantity]:
        out = []
        tokens = [(run_start + m.start(), run_start + m.end(), m.group().lower()) for m in _LETTERS.finditer(run)]
        for first, last, value, ordinal in word_segments([t[2] for t in tokens]):
            start, end = tokens[first][0], tokens[last][1]
            if ordinal:
                out.append(self.quantity(start, end, value, "ordinal"))
                continue
            if m := _money_before(self.text, start):
                out.append(self.quantity(m.start(), end, value, "money"))
                continue
            if first == last and tokens[first][2] == "one" and _before(self.text, start, _PRONOUN_ONE_BEFORE, 50) \
                    and self.after(_PRONOUN_ONE_AFTER, end):
                continue   # "the neighbouring one": a pronoun, no count
            end, value, kind, unit, qualifier = self.suffixes(end, value, "cardinal")
            out.append(self.quantity(start, end, value, kind, unit, qualifier))
        return out

    def half(self, start: int, end: int) -> list[Quantity]:
        text = self.text
        if m := self.after(_HALF_OF_MAGNITUDE, end):
            scale = 12 if m.group(1).lower() == "dozen" else SCALES[m.group(1).lower()]
            return [self.quantity(start, m.end(), scale / 2, "cardinal")]
        if _before(text, start, _HALF_NOT_SHARE):
            return []
        if _before(text, start, _HALF_BEFORE) or self.after(_HALF_AFTER, end):
            return [self.quantity(start, end, 50.0, "percent", "percent")]
        return []


def _merge_ranges(text: str, items: list[Quantity]) -> list[Quantity]:
    """"between 7,000 and 15,000", "7,000-15,000", "from 20 to 30" → one Quantity with the upper bound."""
    out: list[Quantity] = []
    i = 0
    while i < len(items):
        q1 = items[i]
        q2 = items[i + 1] if i + 1 < len(items) else None
        # no gap pattern spans more than 11 characters (" through ", two spaces a side)
        if q2 is not None and q2.start - q1.end <= 11:
            gap_dash = _RANGE_GAP.fullmatch(text, q1.end, q2.start)
            gap_and = _AND_GAP.fullmatch(text, q1.end, q2.start)
            joined = gap_dash or gap_and
            between = _before(text, q1.start, _BETWEEN_BEFORE, 12) if joined else None
            # a bound takes the kind of its partner: "24-27 December", "Dec. 24-27", "from 5 to 10 a.m."
            if joined and q1.kind == "cardinal" and q2.kind in ("date_part", "time") and q1.value <= (31 if q2.kind == "date_part" else 24):
                q1 = Quantity(q1.start, q1.end, q1.value, q1.unit, q1.text, q2.kind, None)
            elif joined and q2.kind == "cardinal" and q1.kind == "date_part" and q2.value <= 31 and q2.value > q1.value:
                items[i + 1] = Quantity(q2.start, q2.end, q2.value, q2.unit, q2.text, "date_part", None)
            elif (q1.kind in _RANGE_ENDS and q2.kind in _RANGE_ENDS and q1.value < q2.value
                  and (gap_dash or (gap_and and between)) and not _change_then_result(text, q1, q2)):
                lead = between or _before(text, q1.start, _FROM_BEFORE, 12)
                start = lead.start() if lead else q1.start
                unit = "percent" if "percent" in (q1.unit, q2.unit) else "count"
                out.append(Quantity(start, q2.end, q2.value, unit, text[start:q2.end], "range", "at_most"))
                i += 2
                continue
        out.append(q1)
        i += 1
    return out


def _change_then_result(text: str, q1: Quantity, q2: Quantity) -> bool:
    if _CHANGE_TO_GAP.fullmatch(text, q1.end, q2.start) is not None and _before(text, q1.start, _CHANGE_FROM_BEFORE, 30):
        return True
    return (_CHANGE_TO_GAP.fullmatch(text, q1.end, q2.start) is not None
            and _before(text, q1.start, _CHANGE_BY_BEFORE, 24) is not None
            and (q1.unit == "percent" and q2.unit != "percent"
                 or q1.unit == q2.unit == "count" and q2.value >= 4 * q1.value))


def _matches(text: str, start: int, limit: int):
    """_DIGIT_SCAN and _WORD_SCAN matches in text order, none overlapping the one before (finditer over both)."""
    d = _DIGIT_SCAN.search(text, start, limit)
    w = _WORD_SCAN.search(text, start, limit)
    while d is not None or w is not None:
        m = d if w is None or (d is not None and d.start() < w.start()) else w
        yield m
        end = m.end()
        if d is not None and d.start() < end:
            d = _DIGIT_SCAN.search(text, end, limit)
        if w is not None and w.start() < end:
            w = _WORD_SCAN.search(text, end, limit)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in text[start:end], non-overlapping and in order; offsets are absolute in `text`."""
    limit = len(text) if end is None else min(end, len(text))
    scanner = _Scanner(text, limit)
    found: list[Quantity] = []
    for m in _matches(text, start, limit):
        group = m.lastgroup
        if group == "iso" or group == "numdate":
            found.append(scanner.quantity(m.start(), m.end(), float(_DATE_SEP.split(m.group())[2 if group == "iso" else 0]), "date_part"))
        elif group == "time":
            found.append(scanner.quantity(m.start(), m.end(), float(_LEADING_DIGITS.match(m.group()).group()), "time"))
        elif group == "digits":
            try:
                found.extend(scanner.digits(m.start(), m.group()))
            except ValueError:   # a digit of a script newer than Python's own tables ("\U0001e4f0"): no figure to read
                continue
        elif group == "fraction":   # "a quarter of a million": the share of the magnitude
            share = FRACTIONS[" ".join(m.group("share").lower().split())]
            found.append(scanner.quantity(m.start(), m.end(), float(round(share * SCALES[m.group("scale").lower()])), "cardinal"))
        elif group == "share_word":   # "a fifth of the population": a percent, like "half of"
            share = SHARES[" ".join(m.group().lower().replace("-", " ").split())]
            found.append(scanner.quantity(m.start(), m.end(), float(share), "percent", "percent"))
        elif group == "words":
            found.extend(scanner.words(m.start(), m.group()))
        else:
            found.extend(scanner.half(m.start(), m.end()))
    # digits inside a web address ("p.dw.com/p/4IXa2", "?q=30%25") are no figures
    # (an address holds "://" or "www." in any case: most texts have neither, and need no scan)
    urls = [(u.start(), u.end()) for u in _URL.finditer(text, start, limit)] \
        if text.find("://", start, limit) >= 0 or _WWW.search(text, start, limit) else []
    # suffix look-ahead may have swallowed the start of the next match ("5 million" then "million")
    ordered: list[Quantity] = []
    for q in found:
        if any(u_start <= q.start < u_end for u_start, u_end in urls):
            continue
        if not ordered or q.start >= ordered[-1].end:
            ordered.append(q)
    return _merge_ranges(text, ordered)


def parse_number(s: str) -> float | None:
    """One number written any way the scanner knows ("103,220", "1.5 million", "Thirty-one", "40%") → its value."""
    found = find_quantities(s.strip())
    return found[0].value if len(found) == 1 else None
