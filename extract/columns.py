"""Article text and its lines → the body rows of column tables written as text, each with its cells' metric words."""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from extract.vocab import alternation, load_rules

_VOCAB = load_rules("columns")
# "|" (also as a markdown table's outer border), a tab, ";" in that order of preference: a header is parted by one
SEPARATORS = ("|", "\t", ";")
_ROLE_RX = {role: regex.compile(r"(?i)(?<!\w)(?:" + alternation(words) + r")(?!\w)")
            for role, words in _VOCAB["roles"].items()}
_NOT_ROLE_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_VOCAB["not_roles"]["words"]) + r")(?!\w)")
_WEAPON_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_VOCAB["weapons"]["words"]) + r")(?!\w)")
_FILLERS = frozenset(w.lower() for w in _VOCAB["fillers"]["words"])
_ROLE_FILLERS = {role: frozenset(w.lower() for w in words) for role, words in _VOCAB["role_fillers"].items()}
_WORD = regex.compile(r"[\p{L}%]+")
_REGION_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_VOCAB["labels"]["regions"]) + r")(?!\w)")
# a markdown table's rule under its header: "---|:---:|---"
_RULE_LINE = regex.compile(r"[\s|:+=-]*-[\s|:+=-]*")
# a value cell: a figure (with its qualifier words or signs) or an empty cell ("-", "none"); short, no sentence
_VALUE_CELL = regex.compile(r"(?i)[^|\t;]{0,30}")
_HAS_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")
MAX_HEADER_CELL = 48
_FIGURE_FIRST = _VOCAB["figure_first"]
_FIGURE_HEAD_RX = regex.compile(r"(?i)\s*(?:" + alternation(_FIGURE_FIRST["figure_heads"]) + r")\s*")
_SOURCE_HEAD_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_FIGURE_FIRST["source_heads"]) + r")(?!\w)")
# a fact box's figure cell: a figure with its qualifier words or signs and unit, nothing else ("46,000", "about 1,200",
# "40%", "2.1 million"); a bare year ("2022 | ...") or a clock time ("08:00") is no figure of a box
_FIGURE_CELL = regex.compile(
    r"(?i)(?:(?:about|around|some|over|nearly|almost|roughly|approximately|more than|at least|up to|at most|fewer than|"
    r"less than|under)\s)?[~≈<>+]?\d[\d,.\u00a0\u202f ]{0,15}+(?:\s?(?:%|per ?cent|k|thousand|million|m|bn|billion))?\+?")
_YEAR_CELL = regex.compile(r"(?:19|20)\d\d")
MAX_LABEL_CELL = 160
# the metric words of a column that counts weapons only where its header or the row's label names them
AIR_ROLES = ("launched", "shot down")


@dataclass(frozen=True)
class Row:
    """One body row: its line, its first cell (the label) and each further cell with its column's metric word."""
    start: int
    end: int
    label: tuple[int, int]
    cells: tuple[tuple[int, int, str | None], ...]
    region_label: bool   # the header's first cell names regions: the labels are regions, not towns
    header: int          # where the table's header line starts
    figure: tuple[int, int] | None = None   # a fact box's row opening on its figure ("4 | missiles launched | ...")
    source: tuple[int, int] | None = None   # ... and its cell under a "Source" header: whose figure it is
    label_first: bool = False   # a fact box's row with its label first ("Deaths | 10 | ..."): a summary of the prose


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell of a line parted by sep, trimmed; a markdown border's empty outer cells dropped."""
    spans, at = [], start
    while True:
        cut = text.find(sep, at, end)
        stop = end if cut < 0 else cut
        a, b = at, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        spans.append((a, b))
        if cut < 0:
            break
        at = cut + 1
    if sep == "\t":   # columns lined up with several tabs
        spans = [(a, b) for a, b in spans if a < b]
    if len(spans) > 2 and spans[0][0] == spans[0][1] and text[start] == sep:
        spans = spans[1:]
    if len(spans) > 2 and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans if len(spans) >= 2 else None


def _role(cell: str) -> str | None:
    if _NOT_ROLE_RX.search(cell):
        return None
    roles = [role for role, rx in _ROLE_RX.items() if rx.search(cell)]
    if len(roles) != 1:   # "launched / destroyed" in one cell tells neither column
        return None
    weapon = _WEAPON_RX.search(cell)
    rest = _WEAPON_RX.sub(" ", _ROLE_RX[roles[0]].sub(" ", cell))
    fillers = _FILLERS | _ROLE_FILLERS.get(roles[0], frozenset())
    if any(word.lower() not in fillers for word in _WORD.findall(rest)):
        return None
    return f"{weapon.group().lower()} {roles[0]}" if weapon else roles[0]


def _header(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]], list[str | None]] | None:
    line = text[start:end]
    if any(ch.isdigit() for ch in line):
        return None
    for sep in SEPARATORS:
        if sep not in line:
            continue
        cells = _cells(text, start, end, sep)
        # the label column's head may be left empty ("|   | Launched | Shot down |")
        if cells is None or any(b - a > MAX_HEADER_CELL or a == b and k > 0 for k, (a, b) in enumerate(cells)):
            return None
        roles = [_role(text[a:b]) for a, b in cells[1:]]
        return (sep, cells, roles) if any(roles) else None
    return None


def _body(text: str, start: int, end: int, sep: str, n_cells: int) -> list[tuple[int, int]] | None:
    cells = _cells(text, start, end, sep)
    if cells is None or len(cells) != n_cells or not _HAS_LETTER_OR_DIGIT.search(text, *cells[0]):
        return None
    if not all(_VALUE_CELL.fullmatch(text, a, b) for a, b in cells[1:]):
        return None
    return cells


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_rows(text: str, lines: list[tuple[int, int]]) -> dict[int, Row]:
    """Body rows by their line's start. A table is a header line, then the lines parted as it is, as many cells each
    (a markdown rule line passed over); it ends at the first line that is not one."""
    rows: dict[int, Row] = {}
    i = 0
    lines = [_stripped(text, start, end) for start, end in lines]
    while i < len(lines):
        start, end = lines[i]
        i += 1
        if "|" not in text[start:end] and "\t" not in text[start:end] and ";" not in text[start:end]:
            continue
        header = _header(text, start, end)
        if header is None:
            continue
        sep, head_cells, roles = header
        header_start = start
        region_label = _REGION_RX.search(text, *head_cells[0]) is not None
        if i < len(lines) and _RULE_LINE.fullmatch(text, *lines[i]):
            i += 1
        while i < len(lines):
            r_start, r_end = lines[i]
            cells = _body(text, r_start, r_end, sep, len(head_cells))
            if cells is None:
                break
            rows[r_start] = Row(r_start, r_end, cells[0],
                                tuple((a, b, role) for (a, b), role in zip(cells[1:], roles)), region_label,
                                header_start)
            i += 1
    _figure_rows(text, lines, rows)
    _label_first_rows(text, lines, rows)
    return rows


def _figure_cells(text: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]] | None:
    """(separator, cells) of a line that opens on a figure cell followed by a label cell with words."""
    for sep in SEPARATORS:
        if text.find(sep, start, end) < 0:
            continue
        cells = _cells(text, start, end, sep)
        if cells is None:
            return None
        (fa, fb), (la, lb) = cells[0], cells[1]
        if (_FIGURE_CELL.fullmatch(text, fa, fb) and not _YEAR_CELL.fullmatch(text, fa, fb)
                and 0 < lb - la <= MAX_LABEL_CELL and regex.match(r"\P{L}{0,3}\p{L}", text[la:lb])):
            return sep, cells
        return None
    return None


def _figure_header(text: str, line: tuple[int, int], sep: str, n_cells: int) -> int | None | bool:
    """A fact box's header over its rows ("Figure | What it counts | Source"): False when the line is none, else the
    index of its source column (None when it has none)."""
    start, end = line
    if sep not in text[start:end] or any(ch.isdigit() for ch in text[start:end]):
        return False
    cells = _cells(text, start, end, sep)
    if cells is None or len(cells) != n_cells or not _FIGURE_HEAD_RX.fullmatch(text, *cells[0]) \
            or any(b - a > MAX_HEADER_CELL for a, b in cells):
        return False
    return next((k for k, (a, b) in enumerate(cells) if k >= 2 and _SOURCE_HEAD_RX.search(text, a, b)), None)


def _figure_rows(text: str, lines: list[tuple[int, int]], rows: dict[int, Row]) -> None:
    """Add the rows of fact boxes whose rows open on their figure: "4 | Iskander-M missiles launched at Kharkiv | Air
    Force" (the figure, a label that reads as a sentence after it, maybe a source), under a header naming the figure
    column ("Figure | What it counts | Source") or, with none, a run of at least a few such lines."""
    i = 0
    while i < len(lines):
        start, end = lines[i]
        first = _figure_cells(text, start, end) if start not in rows else None
        if first is None:
            i += 1
            continue
        sep, cells = first
        run = [(start, end, cells)]
        j = i + 1
        while j < len(lines) and lines[j][0] not in rows:
            found = _figure_cells(text, *lines[j])
            if found is None or found[0] != sep or len(found[1]) != len(cells):
                break
            run.append((*lines[j], found[1]))
            j += 1
        h = i - 1
        if h >= 1 and _RULE_LINE.fullmatch(text, *lines[h]):
            h -= 1
        source = _figure_header(text, lines[h], sep, len(cells)) if h >= 0 else False
        if source is not False or len(run) >= _FIGURE_FIRST["min_rows_headerless"]:
            header = lines[h][0] if source is not False else start
            for r_start, r_end, r_cells in run:
                rows[r_start] = Row(r_start, r_end, r_cells[1], (), False, header, r_cells[0],
                                    r_cells[source] if source else None)
        i = j


def _label_first_rows(text: str, lines: list[tuple[int, int]], rows: dict[int, Row]) -> None:
    """Add the rows of fact boxes whose label comes first, under a header naming the figure column ("Item | Figure |
    Source"): "Households without power, Kherson Province | 12,000 | ..." reads as the figure-first row would."""
    for i, (start, end) in enumerate(lines[:-1]):
        if start in rows or any(ch.isdigit() for ch in text[start:end]):
            continue
        sep = next((s for s in SEPARATORS if s in text[start:end]), None)
        cells = _cells(text, start, end, sep) if sep else None
        if cells is None or any(b - a > MAX_HEADER_CELL for a, b in cells):
            continue
        col = next((k for k, (a, b) in enumerate(cells) if k >= 1 and _FIGURE_HEAD_RX.fullmatch(text, a, b)), None)
        if col is None:
            continue
        source = next((k for k, (a, b) in enumerate(cells) if k >= 1 and k != col
                       and _SOURCE_HEAD_RX.search(text, a, b)), None)
        j = i + 1
        if _RULE_LINE.fullmatch(text, *lines[j]):
            j += 1
        while j < len(lines) and lines[j][0] not in rows:
            body = _cells(text, *lines[j], sep)
            if body is None or len(body) != len(cells) or not _FIGURE_CELL.fullmatch(text, *body[col]) \
                    or _YEAR_CELL.fullmatch(text, *body[col]) or not regex.match(r"\P{L}{0,3}\p{L}", text[slice(*body[0])]) \
                    or body[0][1] - body[0][0] > MAX_LABEL_CELL:
                break
            rows[lines[j][0]] = Row(*lines[j], body[0], (), False, start, body[col],
                                    body[source] if source is not None else None, True)
            j += 1


def merge_rows(bounds: list[tuple[int, int]], rows: dict[int, Row]) -> list[tuple[int, int]]:
    """Sentence bounds with each body row one sentence (a ";" table's row is cut at every ";" by the splitter)."""
    if not rows:
        return bounds
    out: list[tuple[int, int]] = []
    ends = {row.start: row.end for row in rows.values()}
    open_row = None
    for start, end in bounds:
        if open_row is not None and end <= open_row[1]:
            continue
        row_end = ends.get(start)
        if row_end is not None:
            open_row = (start, row_end)
            out.append(open_row)
            continue
        open_row = None
        out.append((start, end))
    return out


def region_labels(mentions: list, rows: dict[int, Row], names: dict) -> list:
    """Place mentions (gazetteer.Mention) with a town named as a row's label under a "Region" header made its region
    ("Khmelnytskyi | 2 | 6" → Khmelnytskyi Oblast); names is the gazetteer's vocabulary."""
    labels = [row.label for row in rows.values() if row.region_label]
    out = []
    for m in mentions:
        entry = names.get(m.name)
        if m.kind == "city" and entry is not None and entry.region_word \
                and any(a <= m.start and m.end <= b for a, b in labels):
            m = replace(m, name=f"{entry.canonical} {entry.region_word}", kind="oblast")
        out.append(m)
    return out
