"""A word-list pattern + what may start and precede its matches → its matches line by line, tried only at word starts.

An alternation of vocabulary tries costs microseconds at every position the engine tries it, and a lookbehind
at its front is no help: it is evaluated at every character. WordStartScan instead lets the engine hunt, with its
fast first-character skip, for what may start a match: a capital, found by one pass of the engine with the lead's
check behind it; the few lower-case starts (words such as "the", "he", "city" that the guard names case-blind)
are found by a search of the lower-cased text, which is cheaper than a case-blind word test at every word, and
tried one by one. The matches are the very ones `pattern.finditer` finds line by line (tests/test_startscan.py
holds it to that; tests/test_startscan_lower.py checks what lower-casing keeps).
"""
from __future__ import annotations

import re
import string
import time
from typing import NamedTuple, Sequence

import regex

from extract.vocab import TIMEOUT, alternation

CHUNK = 1 << 16   # characters of lines scanned per call: an article in one, and the timeout backstop stays local


def first_chars(words, nocase: bool = False) -> str:
    """A one-character pattern for the characters words open with."""
    chars = "".join(sorted({w[0] if w[0].isalnum() else f"\\x{{{ord(w[0]):x}}}" for w in words if w}))
    return ("(?i:[" + chars + "])" if nocase else "[" + chars + "]") if chars else "(?!)"


class Guard(NamedTuple):
    """What start_guard gives: the guard, and its case-blind words alone (the alternation inside its "(?i:...)")."""
    pattern: str
    caseless: str


def start_guard(cased, caseless=(), after: dict | None = None) -> Guard:
    """A guard that holds wherever a phrase of cased (matched as written) or caseless (matched case-blind) starts:
    a capital, or case-blind the letters a phrase opens with ("city's" → "city"), whatever follows them.

    after maps a word that opens a match only in front of others to the words that may follow it, after
    whitespace ("the" → "governor", "regional", ...): for it the guard asks for both, so that the commonest word
    of prose is no candidate start on its own. A phrase of cased or caseless that opens on such a word goes on with
    a space and its next word, which joins the followers."""
    followers = {word.casefold(): set(words) for word, words in (after or {}).items()}
    leads = set()
    for phrase in [*(w for w in cased if not _CAPITAL_RX.match(w)), *caseless]:
        lead = _lead(phrase)
        rest = phrase[len(lead):]
        if lead.casefold() not in followers:
            leads.add(lead)
        elif rest[:1] == " " and rest.strip():
            followers[lead.casefold()].add(rest.split()[0])
        elif rest:
            raise ValueError(f"{phrase!r} opens on {lead!r} but not on a word after it: the guard would miss it")
    alternatives = [alternation(leads, flexible_spaces=False)] if leads else []
    alternatives += [alternation([word], flexible_spaces=False) + r"\s+(?:"
                     + alternation({_lead(w) for w in words}, flexible_spaces=False) + ")"
                     for word, words in sorted(followers.items())]
    words = "|".join(alternatives)
    return Guard(r"\p{Lu}|(?i:" + words + ")", words)


def _lead(phrase: str) -> str:
    m = _LETTERS_RX.match(phrase)
    if m is None:
        raise ValueError(f"{phrase!r} does not open on a letter: the guard would miss it")
    return m.group()


_LETTERS_RX = regex.compile(r"\p{L}+")
_CAPITAL_RX = regex.compile(r"\p{Lu}")


class WordStartScan:
    """The matches of lead + body. Wherever a match of body may start, starts must hold and lead must hold exactly
    when there is no character before or that character is not in not_before. No match may start right at the end
    of another (body ends on a lookahead ruling out a start there), so consuming the character before a start as
    its predecessor never swallows the start of the next match. No element of body may match a NUL (no \\S, \\W,
    dot, negated class or anchor), so that at a NUL it sees what it sees at the end of a text; not_before holds none.
    """

    def __init__(self, lead: str, not_before: str, body: str, starts: Guard, **named_lists):
        self.pattern = regex.compile(lead + body, **named_lists)
        self._after = regex.compile("[^" + not_before + r"]\K(?=" + starts.pattern + ")" + body, **named_lists)
        # Most starts are capitals, which the engine finds fast; the few lower-case ones are looked for in the
        # lower-cased text (no case-blind match at every word) and each one tried as _after tries it.
        self._caps = regex.compile(r"(?=\p{Lu})" + lead + body, **named_lists)
        self._lows = _lower_case_starts(starts.caseless)

    def scan(self, text: str, lines: Sequence[tuple[int, int]]) -> list[regex.Match]:
        """The matches line by line, found a chunk of lines per call (a call costs as much as a short line): the
        line breaks become NULs, so a match never crosses a line's end and sees it as it would the end of the text.
        A chunk that hits the timeout backstop is scanned again line by line, so that, as in vocab.scan_lines, only
        a pathological line loses its matches."""
        found: list[regex.Match] = []
        joined = text.replace("\n", "\x00")
        low = _lowered(joined) if self._lows is not None else None
        i = 0
        while i < len(lines):
            j = i + 1
            while j < len(lines) and lines[j][1] - lines[i][0] <= CHUNK:
                j += 1
            try:
                found += self._scan(joined, low, lines[i][0], lines[j - 1][1])
            except TimeoutError:
                for line_start, line_end in lines[i:j]:
                    try:
                        found += self._scan(joined, low, line_start, line_end)
                    except TimeoutError:
                        continue
            i = j
        return found

    def _scan(self, text: str, low: str | None, start: int, end: int) -> list[regex.Match]:
        """low: text lower-cased by _lowered, or None to hunt with _after alone."""
        if start:   # the character before is the line break
            first, hunt_from = None, start - 1
        else:
            first = self.pattern.match(text, 0, end, timeout=TIMEOUT)   # nothing before the text
            hunt_from = first.end() if first else 0
        if low is None:
            rest = list(self._after.finditer(text, hunt_from, end, timeout=TIMEOUT))
        else:
            rest = self._merged(text, low, hunt_from, end)
        return [first, *rest] if first else rest

    def _merged(self, text: str, low: str, hunt_from: int, end: int) -> list[regex.Match]:
        """What _after.finditer(text, hunt_from, end) finds: the matches at capitals from _caps, merged in text order
        with those at the lower-case starts, each match ruling out starts inside it. hunt_from is where the
        character before a start may be, at the earliest."""
        deadline = time.monotonic() + TIMEOUT
        lows = [m.start() + 1 for m in self._lows.finditer(low, hunt_from, end)]
        i = 0
        caps = self._caps.finditer(text, hunt_from + 1, end, timeout=TIMEOUT)
        cap = next(caps, None)
        found = []
        while True:
            limit = cap.start() if cap is not None else end
            match = None
            while i < len(lows) and lows[i] < limit:
                start = lows[i]
                i += 1
                if start > hunt_from and not "A" <= text[start] <= "Z":   # a capital is _caps's to find
                    # no timeout= here (it costs more than the match); a match tried at one start is short, and the
                    # clock below bounds the chunk as a whole
                    match = self._after.match(text, start - 1, end)
                    if match is not None:
                        break
                    if time.monotonic() > deadline:
                        raise TimeoutError
            if match is None:
                if cap is None:
                    return found
                match = cap
                cap = next(caps, None)
            elif cap is not None and cap.start() <= match.end():   # a start inside the match: look again after it
                caps = self._caps.finditer(text, match.end() + 1, end, timeout=max(deadline - time.monotonic(), 1e-3))
                cap = next(caps, None)
            found.append(match)
            hunt_from = match.end()
            if time.monotonic() > deadline:
                raise TimeoutError


def _lower_case_starts(words: str) -> re.Pattern | None:
    """A guard's case-blind words (Guard.caseless) as a search of the lower-cased text for where they may start
    (the character before not a-z, which every character a start may follow is not), or None when they hold cased
    characters other than ASCII letters."""
    if any(ch.lower() != ch.upper() and not ch.isascii() for ch in words):
        return None
    # the words are tries of characters as regex.escape writes them (it never puts a backslash before a letter) and
    # start_guard's \s: lowering A-Z changes only the letters
    return re.compile(r"[^a-z](?=" + words.translate(_ASCII_LOWER) + ")")


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# The characters a case-blind match takes for an ASCII letter but str.lower() does not turn into it: "ſ" (s) and
# "İ" (i, which lower() makes two characters); tests/test_startscan_lower.py checks there are no others.
_FOLD_ODD = "\u017f"


def _lowered(text: str) -> str | None:
    """text lower-cased character for character, or None when that would not keep a case-blind match's letters."""
    low = text.lower()
    return low if len(low) == len(text) and _FOLD_ODD not in text else None
