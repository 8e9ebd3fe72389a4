"""Rule TOML files + phrase lists → loaded rules, compiled alternations and offset-sorted span lookups."""
from __future__ import annotations

import bisect
import tomllib
from pathlib import Path
from typing import Callable, Protocol, Sequence, TypeVar

import regex

RULES_DIR = Path(__file__).resolve().parent / "rules"
TIMEOUT = 1.0   # seconds per line: a backstop against pathological input, never reached on prose


def load_rules(name: str) -> dict:
    return tomllib.loads((RULES_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


def alternation(phrases, flexible_spaces: bool = True) -> str:
    """Phrases → one regex alternation shaped as a trie (shared prefixes written once), so a scan tries
    a handful of characters at each position instead of every phrase. Longer phrases are tried before their
    prefixes, as in a longest-first alternation; with flexible_spaces any whitespace stands for a space."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for token in _tokens(phrase, flexible_spaces):
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(trie) or "(?!)"


def _tokens(phrase: str, flexible_spaces: bool) -> list[str]:
    if not flexible_spaces:
        return [regex.escape(ch) for ch in phrase]
    tokens: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            tokens.append(r"\s+")
        tokens += [regex.escape(ch) for ch in word]
    return tokens


def _emit(node: dict) -> str:
    branches = [token + _emit(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class Spanned(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Spanned)


def may_hold(window: str, folded_words: Sequence[str]) -> bool:
    """Whether window may hold one of folded_words (casefolded) when case is ignored: a quick look before a
    case-blind search for them, never narrower than it. casefold folds every character the engine's case-blind
    match takes for an ASCII letter ("ſ", the Kelvin sign) but "İ", whose fold puts a dot after the "i": a window
    holding one is let through."""
    if "\u0130" in window:
        return True
    folded = window.casefold()
    return any(word in folded for word in folded_words)


def in_range(items: Sequence[S], start: int, end: int) -> list[S]:
    """Items inside [start, end); items are sorted by start, so this is a bisection, not a scan."""
    lo = bisect.bisect_left(items, start, key=_start)
    hi = bisect.bisect_left(items, end, key=_start)
    return [item for item in items[lo:hi] if item.end <= end]


def last_before(items: Sequence[S], floor: int, offset: int, wanted: Callable[[S], bool], limit: int = 200) -> S | None:
    """The last item in [floor, offset) that wanted() accepts, looking back at most limit items."""
    i = bisect.bisect_left(items, offset, key=_start) - 1
    stop = max(i - limit, -1)
    while i > stop and items[i].start >= floor:
        if items[i].end <= offset and wanted(items[i]):
            return items[i]
        i -= 1
    return None


def _start(item: Spanned) -> int:
    return item.start


def scan_lines(rx: regex.Pattern, text: str, lines: Sequence[tuple[int, int]]):
    """rx's matches line by line, so the timeout backstop is per line: a pathological line loses its
    matches, the document keeps the rest."""
    for line_start, line_end in lines:
        try:
            yield from list(rx.finditer(text, line_start, line_end, timeout=TIMEOUT))
        except TimeoutError:
            continue
