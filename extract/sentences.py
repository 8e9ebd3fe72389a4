"""One line of text → its sentence bounds, exactly as syntok's segmenter gives them, without tokenizing the line.

syntok tokenizes every word and walks a state machine token by token, yet only the tokens next to a
terminal (". ! ? ;") or a bracket pair ever decide anything. Here compiled regexes find those places and
syntok's decision is replayed at each of them alone: same rules, and the vocabularies (abbreviations,
sentence starters, months) imported from syntok so they cannot drift. Lines whose tokenization is subtle
(ellipses, a terminal inside or before a word, nested or long brackets, rare characters) return None and
the caller runs syntok on them. scripts/check_sentences.py compares both on every line we have.
"""
from __future__ import annotations

import bisect
import re

import regex
from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

_TERMINALS = "".join(sorted(t for t in State.terminals if len(t) == 1))


def _char_class(chars) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _classes_below(limit: int) -> tuple[str, str, str, str]:
    """re character classes for Ll, Lu, brackets and the characters where Python's str methods (re's
    \\w, \\s; syntok's _find_start) and the regex module's \\p{L}, \\p{N}, \\s (syntok's other regexes) disagree.
    re is several times faster than regex on these scans; built from regex's tables so they agree with syntok."""
    text = "".join(map(chr, range(limit)))

    def matching(pattern: str) -> set[str]:
        return {m.group() for m in regex.finditer(pattern, text)}

    alnum, space = matching(r"[\p{L}\p{N}]"), matching(r"\s")
    disagree = {c for c in text if (c in alnum) != c.isalnum() or (c in space) != c.isspace()}
    brackets = matching(r"[\p{Ps}\p{Pe}]") | State.opening_brackets | State.closing_brackets
    return (_char_class(matching(r"\p{Ll}")), _char_class(matching(r"\p{Lu}")), _char_class(brackets),
            _char_class(disagree))


_LL, _LU, _BRACKET, _DISAGREE = _classes_below(0x3000)
_TERM = "[" + re.escape(_TERMINALS) + "]"
# re's \w is str.isalnum() plus "_"; lines with "_" go to syntok, so this is "neither letter, digit nor space".
_NOT_ALNUM = r"[^\w\s]"
_NOT_ALNUM_NOR_TERMINAL = r"[^\w\s" + re.escape(_TERMINALS) + "]"

# What the fast path leaves to syntok. Characters: above U+2FFF, controls, zero-width marks, "_", where
# str and regex disagree, brackets other than round ones. Each search begins with a character class, so
# that re scans for candidates at full speed (an alternation of the lot would not).
_UNSAFE_CHARS = (_BRACKET.replace(r"\(", "").replace(r"\)", "") + _DISAGREE
                 + r"_\x00-\x08\x0e-\x1f\x7f-\x9f\u180e\u200b-\u200f\u2060-\u206f\u3000-\U0010ffff")
# Such a character; an ellipsis (a token of its own, in several shapes); "end.Next" (the terminal a token
# of its own inside a word). One character class first, so that re scans for it at full speed.
_UNSAFE_CHAR_OR_TERMINAL = re.compile(
    "[" + _UNSAFE_CHARS + ".!?](?:(?<=[" + _UNSAFE_CHARS + "])|(?<=\\.)\\.\\.|(?=[" + _LU + "])(?<=[" + _LL + "].))")
_SEMICOLON_IN_WORD = re.compile(r"[^\W_];[^\W_]")  # "a;b": a terminal token inside a word too
# A terminal and the punctuation after it up to the chunk's end; group 1 when that punctuation runs on
# for more than _RUN characters (then only syntok knows). The bound keeps the search linear on any run.
_RUN = 11
_TERMINAL_RUN = re.compile(_TERM + _NOT_ALNUM + "{0,%d}+(?:(?!\\S)|(%s))" % (_RUN, _NOT_ALNUM))
# Run on the reversed line: a terminal with nothing but punctuation before it in its chunk.
_TERMINAL_BEFORE_WORD = _TERMINAL_RUN
# A round bracket pair syntok skips whole: opens a word, closes after a word's last letter, short (under 50
# tokens and 70 characters, syntok's limits) and not nested. Any other bracket sends the line to syntok.
_BRACKET_PAIR = re.compile(r"(?<!\S)\((?=" + _NOT_ALNUM + r"*+[^\W_])[^()]{1,67}?(?<=[^\W_])" + _NOT_ALNUM
                           + r"{0,67}?\)(?=" + _NOT_ALNUM + r"*+(?!\S))")
_PAIR_MAX = 69
_PAIR_AFTER_PAIR = re.compile(r"\)\s+\(")  # syntok decides between the two as at a terminal
# A word's trailing punctuation holding a terminal: the only place _unsafe leaves terminals.
_TAIL_TERMINAL = _TERMINAL_RUN
# Such punctuation that is one terminal group (after any non-terminals), so syntok needs no decision at a line's end.
_TAIL_GROUP = re.compile(_NOT_ALNUM_NOR_TERMINAL + "*+" + _TERM + "+(?:[" + _char_class(State.closing_quotes) + "]" + _TERM + "*)?")
# Run on the reversed line from a terminal: the punctuation before it, then the word (both reversed).
_REVERSED_WORD = re.compile(_NOT_ALNUM + r"*+([^\W_](?:" + _NOT_ALNUM + r"*+[^\W_])*+)")
_CHUNK = re.compile(r"\s*+(\S++)")
_FIRST_ALNUM = re.compile(r"[^\W_]")
# Only words with one of these can hold a place where syntok's tokenizer cuts a word in pieces.
_MAY_SEPARATE = re.compile(r"[a-z][A-Z]|[^a-zA-Z0-9.:/%$&+=@#*^~`|\\<>]")
_SEPARATION = Tokenizer._separation
_APOSTROPHE_T = Tokenizer._apostrophe_t
_SILENT = Tokenizer._hyphens_and_underscore

_TERMINAL_CHARS = frozenset(_TERMINALS)
_CLOSING_QUOTES = State.closing_quotes
_INNER_PUNCTUATION = State.inner_sentence_punctuation
_STARTERS = State.starters
_ABBREVIATIONS = State.abbreviations
_MONTHS = State.months
_ROMAN = State.roman_numerals
_VOWELS = State.vowels


def _word_tokens(word: str) -> list[tuple[int, str]]:
    """(offset, value) of the tokens syntok's Tokenizer._split_word makes of a word (n't kept, as analyze() does)."""
    tokens: list[tuple[int, str]] = []
    remainder = 0
    for mo in _SEPARATION.finditer(word):
        separator = mo.group()
        if mo.start() > remainder:
            if _APOSTROPHE_T.fullmatch(separator) and word[mo.start() - 1] == "n":
                if remainder < mo.start() - 1:
                    tokens.append((remainder, word[remainder:mo.start() - 1]))
                tokens.append((mo.start() - 1, "n" + separator))
                remainder = mo.end()
                continue
            tokens.append((remainder, word[remainder:mo.start()]))
        if separator and separator not in _SILENT:
            tokens.append((mo.start(), separator))
        remainder = mo.end()
    if remainder == 0:
        tokens.append((0, word))
    elif remainder < len(word):
        tokens.append((remainder, word[remainder:]))
    return tokens


def _last_word_token(word: str, start: int) -> tuple[int, str]:
    if _MAY_SEPARATE.search(word) is None or _SEPARATION.search(word) is None:
        return start, word
    offset, value = _word_tokens(word)[-1]
    return start + offset, value


def _first_token(chunk: str) -> str:
    """Value of the first token syntok makes of a whitespace-delimited chunk."""
    if not chunk[0].isalnum():
        return chunk[0] if any(c.isalnum() for c in chunk) else chunk
    end = len(chunk)
    while not chunk[end - 1].isalnum():
        end -= 1
    word = chunk[:end]
    if _MAY_SEPARATE.search(word) is None or _SEPARATION.search(word) is None:
        return word
    return _word_tokens(word)[0][1]


def _single_letter_or_roman(token: str) -> bool:
    return len(token) == 1 or token in _ROMAN


def _splits(first: bool, before: str, after: str, nxt: str | None, nxt_spaced: bool) -> bool:
    """syntok's State._move_and_maybe_extract_terminal short of its bracket look-ahead: split here? (Its
    rules, in its order where that matters: every rule but the sentence-starter one says "no split".)"""
    if nxt is not None:
        if nxt[:1].islower() or nxt in _INNER_PUNCTUATION:
            return False
        if nxt in _STARTERS and not (first and _single_letter_or_roman(before)):
            return True
    if before in _ABBREVIATIONS:
        return False  # syntok also checks the token after is no closing bracket: never the case here
    if nxt is not None:
        numeric = nxt.isnumeric()
        if not nxt_spaced and (numeric or not after.istitle() or not after.isalpha() or len(after) == 1):
            return False
        if numeric and (len(nxt) > 2 or before in _MONTHS):
            return False
        if before.isnumeric() and nxt in _MONTHS:
            return False
        if before in ("no", "No", "NO") and nxt.isalnum() and any(c.isnumeric() for c in nxt):
            return False
    if "." in before and after != ".":
        return False
    if (first or before.isupper()) and _single_letter_or_roman(before):
        return False
    return not (len(before) == 1 and before.isalpha() and before not in _VOWELS)


def _unsafe(body: str, reversed_body: str) -> bool:
    return bool(_UNSAFE_CHAR_OR_TERMINAL.search(body) or (";" in body and _SEMICOLON_IN_WORD.search(body))
                or _TERMINAL_BEFORE_WORD.search(reversed_body))


def _token_at(body: str, pos: int, spaced_end: bool) -> tuple[str | None, int, bool]:
    """(value, start, preceded by space) of the token starting at pos or after the spaces there; value ""
    for the empty token syntok adds after trailing spaces, None at the very end."""
    if pos < len(body) and not body[pos].isspace():
        return body[pos], pos, False  # a character of a word's trailing punctuation
    following = _CHUNK.match(body, pos)
    if following is not None:
        return _first_token(following.group(1)), following.start(1), True
    return ("" if spaced_end else None), len(body), True


def _last_token_before(body: str, reversed_body: str, pos: int) -> tuple[int, str]:
    """(start, value) of the last token of the chunk that ends before the spaces before pos."""
    chunk = _CHUNK.match(reversed_body, len(body) - pos)
    end, start = len(body) - chunk.start(1), len(body) - chunk.end(1)
    if not body[end - 1].isalnum():
        return (end - 1, body[end - 1]) if _FIRST_ALNUM.search(body, start, end) else (start, body[start:end])
    first = _FIRST_ALNUM.search(body, start, end).start()
    return _last_word_token(body[first:end], first)


def _count_tokens(text: str) -> int:
    count = 0
    for chunk in text.split():
        first = _FIRST_ALNUM.search(chunk)
        if first is None:
            count += 1
            continue
        end = len(chunk)
        while not chunk[end - 1].isalnum():
            end -= 1
        count += first.start() + len(chunk) - end + len(_word_tokens(chunk[first.start():end]))
    return count


def split_line(body: str) -> list[tuple[int, int]] | None:
    """(start, end) of each sentence of a line (no "\\n"), exactly as syntok.segmenter.analyze bounds them
    (the last sentence keeps trailing spaces); None when the line needs syntok itself."""
    reversed_body = body[::-1]
    if _unsafe(body, reversed_body):
        return None
    chunk = _CHUNK.match(body)
    if chunk is None:
        return []
    size = len(body)
    pairs: list[tuple[int, int]] = []
    if "(" in body or ")" in body:
        pairs = [m.span() for m in _BRACKET_PAIR.finditer(body)]
        if (body.count("(") != len(pairs) or body.count(")") != len(pairs)
                or any(closing - opening > _PAIR_MAX or (closing - opening > 48 and _count_tokens(body[opening:closing]) > 50)
                       for opening, closing in pairs) or _PAIR_AFTER_PAIR.search(body)):
            return None
    bounds: list[tuple[int, int]] = []
    sentence_start = next_start = chunk.start(1)  # the token syntok's state machine moves next
    first_state = True                             # its FirstToken state (vs InnerToken)
    spaced_end = body[-1].isspace()
    pair_index = 0
    for site in _TAIL_TERMINAL.finditer(body):
        if site.group(1) is not None:
            return None
        terminal = site.start()
        while pair_index < len(pairs) and pairs[pair_index][0] < terminal:
            # A bracket pair before this terminal. Mid-sentence syntok moves over it as one token; right
            # after a sentence's first token or at its start, it decides there as at a terminal.
            pair_index += 1
            if first_state:
                state = _meet_pair(body, reversed_body, pairs[pair_index - 1], bounds, sentence_start, next_start, spaced_end)
                if state is None:
                    return None
                sentence_start, next_start = state
        if pair_index and pairs[pair_index - 1][1] > terminal:
            if pairs[pair_index - 1][1] >= site.end():
                continue  # the terminal is inside the pair: skipped with it
            terminal = pairs[pair_index - 1][1]  # terminals after the closing bracket, if any
        if site.end() == size and _TAIL_GROUP.fullmatch(body, terminal):
            break  # the line ends with this terminal group: whatever syntok decides, the sentence ends here
        word = _REVERSED_WORD.match(reversed_body, size - site.start())
        if word is None:
            return None  # cannot happen on a line _unsafe passed: a tail terminal follows a word
        tail_start = size - word.start(1)
        tail = body[tail_start:site.end()]
        before_start, before = _last_word_token(word.group(1)[::-1], size - word.end(1))
        k = terminal - tail_start
        while True:
            while k < len(tail) and tail[k] not in _TERMINAL_CHARS:
                k += 1
            if k == len(tail):
                break
            if k:
                before_start, before = tail_start + k - 1, tail[k - 1]
            first = first_state and before_start == next_start
            # The terminal, any terminals after it, a closing quote, terminals again: one group.
            g = k + 1
            after = None
            while g < len(tail) and tail[g] in _TERMINAL_CHARS:
                after = after or tail[g]
                g += 1
            if g < len(tail) and tail[g] in _CLOSING_QUOTES:
                after = after or tail[g]
                g += 1
                while g < len(tail) and tail[g] in _TERMINAL_CHARS:
                    after = after or tail[g]
                    g += 1
            nxt, nxt_start, nxt_spaced = _token_at(body, tail_start + g, spaced_end)
            if after is None or nxt == "(":
                after = nxt or ""
            split = _splits(first, before, after, nxt, nxt_spaced)
            if nxt == "(":
                # syntok looks into the bracket pair that follows; only its plainest verdict is modelled.
                split = split and _title_opens_pair(body, nxt_start, pairs, spaced_end)
                if not split:
                    return None
            if split:
                bounds.append((sentence_start, tail_start + g))
                sentence_start = nxt_start
                first_state = True
            else:
                first_state = first
            next_start = nxt_start
            k = g
    for pair in pairs[pair_index:] if first_state else ():
        state = _meet_pair(body, reversed_body, pair, bounds, sentence_start, next_start, spaced_end)
        if state is None:
            return None
        sentence_start, next_start = state
    if sentence_start < len(body.rstrip()):
        bounds.append((sentence_start, size))
    return bounds


def _meet_pair(body: str, reversed_body: str, pair: tuple[int, int], bounds: list[tuple[int, int]],
               sentence_start: int, next_start: int, spaced_end: bool) -> tuple[int, int] | None:
    """syntok, in its FirstToken state, meets a bracket pair: a sentence may end after it (added to bounds).
    (sentence start, next token start) after the pair; None when only syntok knows."""
    opening, closing = pair
    at_start = opening == next_start
    if not at_start:
        before_start, before = _last_token_before(body, reversed_body, opening)
        if before_start != next_start:
            return sentence_start, next_start  # mid-sentence by then: the pair is moved over as one token
    nxt, nxt_start, nxt_spaced = _token_at(body, closing, spaced_end)
    if nxt == "(" or (nxt and nxt in _TERMINAL_CHARS):
        return None  # syntok would move that token as a plain word
    if at_start:
        if sentence_start != opening:
            return None
        split = _count_tokens(body[opening:closing]) > 3 and not (nxt or "")[:1].islower()
    else:
        split = _splits(True, before, nxt or "", nxt, nxt_spaced)
    if split:
        bounds.append((sentence_start, closing))
        return nxt_start, nxt_start
    return sentence_start, nxt_start


def _title_opens_pair(body: str, opening: int, pairs: list[tuple[int, int]], spaced_end: bool) -> bool:
    """After a terminal, syntok splits before a bracket pair that opens on a capitalised word (and is not
    followed by ", ; :", which would need syntok's inner-sentence test)."""
    closing = pairs[bisect.bisect_left(pairs, (opening, 0))][1]
    after_pair = _token_at(body, closing, spaced_end)[0]
    if after_pair in _INNER_PUNCTUATION:
        return False
    return _first_token(_CHUNK.match(body, opening).group(1)[1:]).istitle()
