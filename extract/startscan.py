"""A word-list pattern + what may start and precede its matches → its matches line by line, tried only at word starts.

An alternation of vocabulary tries costs microseconds at every position the engine tries it, and a lookbehind
at its front is no help: it is evaluated at every character. WordStartScan instead lets the engine hunt, with its
fast first-character skip, for a character that may precede a match, and tries the alternation only after one
and only where a guard of the possible first letters holds. The matches are the very ones `pattern.finditer`
finds line by line (tests/test_startscan.py holds it to that).
"""
from __future__ import annotations

from typing import Sequence

import regex

from extract.vocab import TIMEOUT, alternation

CHUNK = 1 << 16   # characters of lines scanned per call: an article in one, and the timeout backstop stays local


def first_chars(words, nocase: bool = False) -> str:
    """A one-character pattern for the characters words open with."""
    chars = "".join(sorted({w[0] if w[0].isalnum() else f"\\x{{{ord(w[0]):x}}}" for w in words if w}))
    return ("(?i:[" + chars + "])" if nocase else "[" + chars + "]") if chars else "(?!)"


def start_guard(cased, caseless=(), after: dict | None = None) -> str:
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
    return r"\p{Lu}|(?i:" + "|".join(alternatives) + ")"


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

    def __init__(self, lead: str, not_before: str, body: str, starts: str, **named_lists):
        self.pattern = regex.compile(lead + body, **named_lists)
        self._after = regex.compile("[^" + not_before + r"]\K(?=" + starts + ")" + body, **named_lists)

    def scan(self, text: str, lines: Sequence[tuple[int, int]]) -> list[regex.Match]:
        """The matches line by line, found a chunk of lines per call (a call costs as much as a short line): the
        line breaks become NULs, so a match never crosses a line's end and sees it as it would the end of the text.
        A chunk that hits the timeout backstop is scanned again line by line, so that, as in vocab.scan_lines, only
        a pathological line loses its matches."""
        found: list[regex.Match] = []
        joined = text.replace("\n", "\x00")
        i = 0
        while i < len(lines):
            j = i + 1
            while j < len(lines) and lines[j][1] - lines[i][0] <= CHUNK:
                j += 1
            try:
                found += self._scan(joined, lines[i][0], lines[j - 1][1])
            except TimeoutError:
                for line_start, line_end in lines[i:j]:
                    try:
                        found += self._scan(joined, line_start, line_end)
                    except TimeoutError:
                        continue
            i = j
        return found

    def _scan(self, text: str, start: int, end: int) -> list[regex.Match]:
        if start:   # the character before is the line break
            return list(self._after.finditer(text, start - 1, end, timeout=TIMEOUT))
        first = self.pattern.match(text, 0, end, timeout=TIMEOUT)   # nothing before the text
        rest = list(self._after.finditer(text, first.end() if first else 0, end, timeout=TIMEOUT))
        return [first, *rest] if first else rest
