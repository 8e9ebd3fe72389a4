"""Article text + sentence bounds → masked sentences: every countable figure a token (⟨nK⟩ a count, ⟨pK⟩ a percentage)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from extract.columns import AIR_ROLES, Row
from extract.numbers import Quantity, find_quantities
from extract.ruleset import Ruleset

COUNTABLE = ("cardinal", "percent", "range")
TOKEN = regex.compile(r"⟨([np])(\d+)⟩")
# a figure quoted alone or with its noun ('had lost "up to 2,015 servicemen"'; the qualifier is already in the token)
_QUOTED_TOKEN = regex.compile(r'"(⟨[np]\d+⟩(?: [\w\'-]++){0,3}[,.]?)"')
# or a quoted list of figures with their nouns ('had used "more than 100 missiles of various types and about 100 Shahed
# drones"'), with no verb in it (a quoted sentence, '"Two were killed and five hurt," he said', keeps its quotes)
_QUOTED_WORD = r"(?: (?!(?:were|was|are|is|have|has|had|been|be|will|would|killed|died|wounded|injured|hurt)\b)[\w'-]++){0,5}"
_QUOTED_LIST = regex.compile(rf'"(⟨[np]\d+⟩{_QUOTED_WORD}(?:(?:,|,? and) ⟨[np]\d+⟩{_QUOTED_WORD})+)"')
_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‒": "—", "–": "—", "−": "—", "\u00a0": " "})
_SPACE = regex.compile(r"\s+")
_MAPPED = re.compile("[" + re.escape("".join(map(chr, _CHAR_MAP))) + "]")
# any white space but a lone " ": stdlib's \s covers every character regex's does (and \x1c-\x1f), so where this
# finds nothing, _SPACE.sub would change nothing
_ODD_SPACE = re.compile(r"[^\S ]|\s\s")
# either: a sentence without it has no piece _normalise changes
_ODD = re.compile(_MAPPED.pattern + "|" + _ODD_SPACE.pattern)
# what may stand between two figures joined by "and" for them to share one qualifier: a few words, no clause
# break, no name (a place or body makes it a separate statement: "180,000 have gone to Hungary and 128,000 ...")
_COORDINATED = regex.compile(r"(?: [a-z][\w'-]*){0,4} and ")
# one verb after both figures ("up to 40 drones and 12 missiles were launched") is one statement; the first
# figure's clause closed by its own verb ("at least 14 people have been killed and 46 injured", "at least 20 dead
# and 50 wounded") is a statement of its own: its qualifier was said of it only (the gold reads it so)
_CLOSED = regex.compile(r"\b(?:were|was|are|is|have|has|had|been|killed|died|dead|wounded|injured|hurt)\b")
# ...but a monitor's tally or one of a period ("at least 194 civilians were killed and 1,214 injured in November",
# "the UN human rights office ... as of 31 August", "since February 2022", "across the country") says "at least" of
# both counts: the gold of seven sets reads it so; one strike's toll keeps the second exact, also "as of" a day
_PERIOD_TALLY = regex.compile(r"(?i)\b(?:since|during the (?:month|week|year|period)|across the country|nationwide|"
                              r"verified|documented|(?-i:UN|HRMMU|OHCHR)|United Nations|human rights|monitors|"
                              r"in (?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December))\b")
# "... and 11 of them were children": a part of the first figure, counted exactly
_PART_OF = regex.compile(r" (?:of|out of)\b")
# a part told between two coordinated figures: "⟨at least 13,341⟩ civilians killed, including ⟨684⟩ children, and ⟨32,744⟩"
_ASIDE_PART = regex.compile(r"(?: [a-z][\w'-]*){0,6}, (?:including|among them) ⟨n\d+⟩(?: [a-z][\w'-]*){0,3},? and ")
# between two items of a list: "⟨more than 1,000⟩ attack drones, ⟨nearly 1,400⟩"
_LIST_COMMA = regex.compile(r"(?: [A-Za-z][\w'-]*){1,4}, ")


@dataclass
class Masked:
    """One sentence with its countable figures replaced by tokens."""
    start: int
    end: int
    text: str
    quantities: list[Quantity] = field(default_factory=list)   # local token index → figure
    phrase_qualifier: list[str | None] = field(default_factory=list)
    token_spans: list[tuple[int, int]] = field(default_factory=list)   # in the masked text


def _normalise(piece: str) -> str:
    # most pieces need neither step: a stdlib scan for the characters each step changes is 10x cheaper than the step
    if _MAPPED.search(piece):
        piece = piece.translate(_CHAR_MAP)
    if _ODD_SPACE.search(piece):
        piece = _SPACE.sub(" ", piece)
    return piece


def mask_sentence(text: str, start: int, end: int, quantities: list[Quantity], rules: Ruleset) -> Masked:
    if not quantities:   # most sentences: nothing to mask (read only as a weapon look-back)
        return Masked(start, end, _normalise(text[start:end]).strip())
    odd = _ODD.search(text, start, end) is not None
    out, cursor = [], start
    masked = Masked(start, end, "")
    length = 0
    for q in quantities:
        if q.kind not in COUNTABLE or q.start < cursor or q.end > end:
            continue
        token_start, phrase = q.start, None
        lo = max(cursor, q.start - 40)
        # a phrase ends in white space; no timeout (costlier than this search): literals read back over 40 characters
        m = rules.qualifier_before.search(text, lo, q.start) if q.start > lo and text[q.start - 1].isspace() else None
        if m:
            token_start = m.start()
            phrase = rules.qualifier_words.get(_SPACE.sub(" ", m.group().strip().lower()))
        elif q.start > cursor and text[q.start - 1] in rules.glued_qualifiers:   # "~1,131,140"
            token_start, phrase = q.start - 1, rules.glued_qualifiers[text[q.start - 1]]
        piece = _normalise(text[cursor:token_start]) if odd else text[cursor:token_start]
        out.append(piece)
        length += len(piece)
        token = f"⟨{'p' if q.unit == 'percent' else 'n'}{len(masked.quantities)}⟩"
        masked.token_spans.append((length, length + len(token)))
        masked.quantities.append(q)
        masked.phrase_qualifier.append(phrase)
        out.append(token)
        length += len(token)
        cursor = q.end
    out.append(_normalise(text[cursor:end]) if odd else text[cursor:end])
    joined = "".join(out)
    # a figure in quotes, as a claim is cited ('killing "more than 200" reservists'), reads as the bare figure
    if '"⟨' in joined and (_QUOTED_TOKEN.search(joined) or _QUOTED_LIST.search(joined)):
        joined = _QUOTED_LIST.sub(r"\1", _QUOTED_TOKEN.sub(r"\1", joined))
        masked.token_spans = [m.span() for m in TOKEN.finditer(joined)]
    # a qualifier written once for coordinated figures applies to each: "at least 194 civilians were killed
    # and 1,214 injured", "about 120 missiles and 90 drones"; not in a list whose items each carry their own
    # ("more than 1,000 drones, nearly 1,400 bombs and 46 missiles": the last is exact)
    own = [p is not None for p in masked.phrase_qualifier]
    for k in range(1, len(masked.quantities)):
        if masked.phrase_qualifier[k] is None and masked.quantities[k].qualifier is None \
                and masked.phrase_qualifier[k - 1] is not None \
                and not (k >= 2 and own[k - 2] and own[k - 1]
                         and _LIST_COMMA.fullmatch(joined, masked.token_spans[k - 2][1], masked.token_spans[k - 1][0])) \
                and _shares_qualifier(joined, masked.token_spans[k - 1][1], *masked.token_spans[k]):
            masked.phrase_qualifier[k] = masked.phrase_qualifier[k - 1]
        elif k >= 2 and masked.phrase_qualifier[k] is None and masked.quantities[k].qualifier is None \
                and masked.phrase_qualifier[k - 2] is not None and _PERIOD_TALLY.search(joined) \
                and _ASIDE_PART.fullmatch(joined, masked.token_spans[k - 2][1], masked.token_spans[k][0]):
            # a monitor's "at least 13,341 civilians killed, including 684 children, and 32,744 injured": the
            # qualifier goes past the part told between (the part itself stays exact, as the dev gold reads it)
            masked.phrase_qualifier[k] = masked.phrase_qualifier[k - 2]
    if "respectively" in joined:
        joined = _drop_respectively(joined, masked)
    masked.text = joined.strip()
    lead = len(joined) - len(joined.lstrip())   # stripping shifts every token left
    masked.token_spans = [(a - lead, b - lead) for a, b in masked.token_spans]
    return masked


# "around 4,500 and 1,200 people respectively remain": the word pairs the figures with places told elsewhere; the
# rules read the figures as if it were not there ("4,500 and 1,200 people remain")
_RESPECTIVELY = regex.compile(r"(?<=⟨n\d+⟩ and ⟨n\d+⟩(?: [a-z][\w'-]*){0,3}),? respectively\b,?")


def _drop_respectively(joined: str, masked: Masked) -> str:
    m = _RESPECTIVELY.search(joined)
    if m is None:
        return joined
    cut = m.end() - m.start()
    masked.token_spans = [(a - cut, b - cut) if a >= m.end() else (a, b) for a, b in masked.token_spans]
    return joined[:m.start()] + joined[m.end():]


def _shares_qualifier(joined: str, first_end: int, second_start: int, second_end: int) -> bool:
    """Is the second figure coordinated with the first (one statement), not a part of it or a clause of its own?"""
    if _PART_OF.match(joined, second_end) or not _COORDINATED.fullmatch(joined, first_end, second_start):
        return False
    return not _CLOSED.search(joined, first_end, second_start) or bool(_PERIOD_TALLY.search(joined))


def mask_row(text: str, row: Row, quantities: list[Quantity], rules: Ruleset) -> Masked:
    """A column table's body row → the line its header makes of it: "Kh-101 cruise missiles | 31 | 28" under
    "Weapon | launched | shot down" reads "Kh-101 cruise missiles: ⟨n0⟩ launched, ⟨n1⟩ shot down"; an empty cell
    ("-") and a column naming no metric give nothing."""
    def cell(a: int, b: int) -> Masked:
        return mask_sentence(text, a, b, [q for q in quantities if a <= q.start and q.end <= b], rules)

    label = cell(*row.label)
    if row.figure is not None:
        return _figure_first(row, cell(*row.figure), label)
    masked = Masked(row.start, row.end, "", list(label.quantities), list(label.phrase_qualifier))
    # a row naming no weapon in a weapon table ("Total | 131 | 118") may count missiles and drones together
    unarmed = rules.weapon.search(label.text) is None
    parts = []
    for a, b, role in row.cells:
        value = cell(a, b)
        if role is None or value.text != "⟨n0⟩" or value.quantities[0].value == 0 \
                or (unarmed and role in AIR_ROLES):   # "0" as "-": nothing counted
            continue
        parts.append(f"⟨n{len(masked.quantities)}⟩ {role}")
        masked.quantities.append(value.quantities[0])
        masked.phrase_qualifier.append(value.phrase_qualifier[0])
    masked.text = f"{label.text}: {', '.join(parts)}" if parts else label.text
    masked.token_spans = [m.span() for m in TOKEN.finditer(masked.text)]
    return masked


def _figure_first(row: Row, value: Masked, label: Masked) -> Masked:
    """A fact box's row "46,000 | consumers without power at 08:00 | Kharkivoblenergo" → "⟨n0⟩ consumers without power
    at 08:00": the figure, then its label as the rest of the sentence (the source cell is whose, not what)."""
    if len(value.quantities) != 1 or not TOKEN.fullmatch(value.text):
        return Masked(row.start, row.end, label.text, list(label.quantities), list(label.phrase_qualifier))
    shifted = TOKEN.sub(lambda m: f"⟨{m[1]}{int(m[2]) + 1}⟩", label.text)
    masked = Masked(row.start, row.end, f"{value.text} {shifted}", value.quantities + label.quantities,
                    value.phrase_qualifier + label.phrase_qualifier)
    masked.token_spans = [m.span() for m in TOKEN.finditer(masked.text)]
    return masked


def mask_document(text: str, bounds: list[tuple[int, int]], rules: Ruleset,
                  rows: dict[int, Row] | None = None) -> list[Masked]:
    quantities = find_quantities(text)
    out, qi = [], 0
    for start, end in bounds:
        while qi < len(quantities) and quantities[qi].start < start:
            qi += 1
        inside = []
        j = qi
        while j < len(quantities) and quantities[j].start < end:
            inside.append(quantities[j])
            j += 1
        row = rows.get(start) if rows else None
        if row is not None and row.end == end:
            out.append(mask_row(text, row, inside, rules))
        else:
            masked = mask_sentence(text, start, end, inside, rules)
            if inside and (start == 0 or text[start - 1] == "\n"):
                _box_line(masked)
            out.append(masked)
    return out


# a fact box's line "- 2,140: people evacuated from front-line areas in the past week" ("By the numbers", "In
# numbers"): the figure, a colon, then what it counts in lower case, read as the sentence "2,140 people evacuated ..."
# (a capital after the colon is a name or a sentence of its own: "430,000: Mariupol's pre-war population")
_BOX_LINE = regex.compile(r"(?:[-•*–—] ?)?⟨[np]0⟩(:) (?=\p{Ll})")


def _box_line(masked: Masked) -> None:
    m = _BOX_LINE.match(masked.text)
    if m is None:
        return
    colon = m.start(1)
    masked.text = masked.text[:colon] + masked.text[colon + 1:]
    masked.token_spans = [(a - (a > colon), b - (b > colon)) for a, b in masked.token_spans]


# a list's line: marked ("- mobilised men - 16,834;"), or a verbless "label - N" line ("Luhansk direction - 47;")
_LIST_MARK = regex.compile(r"[-•*] |[^⟨:;.]{2,80}? [-—–] ⟨n\d+⟩(?: [^⟨:;.]{1,30})?[;,.]?$")
LIST_HEADER_BACK = 3   # how many sentences before a list's header its total may stand ("146,480 killed. Who they were. Among those:")


def list_reach(sentences, si: int) -> int:
    """How far back a part's total may stand: the sentence before, or, for a line of a list ("- mobilised men - 16,834;",
    "Luhansk direction - 47;"),
    a few before the list's header (the list breaks down the total told above it)."""
    if not _LIST_MARK.match(sentences[si].text):
        return 1
    first = si
    while first > 0 and _LIST_MARK.match(sentences[first - 1].text):
        first -= 1
    return si - first + LIST_HEADER_BACK
