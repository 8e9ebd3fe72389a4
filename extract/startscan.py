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
    its predecessor never swallows the start of the next match.
    """

    def __init__(self, lead: str, not_before: str, body: str, starts: str, **named_lists):
        self.pattern = regex.compile(lead + body, **named_lists)
        self._after = regex.compile("[^" + not_before + r"]\K(?=" + starts + ")" + body, **named_lists)

    def scan(self, text: str, lines: Sequence[tuple[int, int]]) -> list[regex.Match]:
        """Matches line by line; a line that hits the timeout backstop loses its matches, as in vocab.scan_lines."""
        found: list[regex.Match] = []
        after = self._after
        for line_start, line_end in lines:
            try:
                if line_start:   # the character before the line is its "\n"
                    found += list(after.finditer(text, line_start - 1, line_end, timeout=TIMEOUT))
                    continue
                first = self.pattern.match(text, 0, line_end, timeout=TIMEOUT)   # nothing before the text
                rest = list(after.finditer(text, first.end() if first else 0, line_end, timeout=TIMEOUT))
                found += [first, *rest] if first else rest
            except TimeoutError:
                continue
        return found
