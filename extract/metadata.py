"""Article text → publication date, publisher and title, read from bylines, date lines, mastheads and sign-offs.

Used when an article arrives without outside metadata (no manifest row). The page text often
starts with site chrome and sometimes with the day the page was *visited* ("Monday, March 20, 2023"
above a December 2022 story): such a date alone above the title counts only when nothing better
exists and the body does not contradict it.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import regex

from extract.dates import find_dates, parse_date

VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))

DIGITLESS_RUN = 400        # characters of lines without a digit worth skipping between date scans
HEAD_LINES = 14            # mastheads, bylines and date lines sit above the body
# A date line above the title further than this past every date in the body is a crawl date.
CRAWL_GAP = timedelta(days=3)
H = r"[^\S\n]"

_HEADER = regex.compile(rf"^{H}*date{H}+(\d{{4}}-\d{{2}}-\d{{2}})\b", regex.M)
_BYLINE = regex.compile(rf"^{H}*by\b", regex.I)
_PUBLISHED_CUE = regex.compile(r"\b(?:published(?:\s+on)?|date|posted(?:\s+on)?)\b\s*:?", regex.I)
_UPDATED_CUE = regex.compile(r"\b(?:last\s+)?updated\b\s*:?", regex.I)
_SHORT_DOTTED = regex.compile(r"(?<![\d.])([0-3]\d)\.([01]\d)\.(\d{2})(?![\d.])")
_TIME_OR_NOISE = regex.compile(r"(?i)\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|EST|EDT|IST|CET|EET|EEST|am|pm)\b|\(updated\)|\d+\s*views|\d+\s*min read|[,|•·/–—\-]")
_CHROME = [regex.compile(p) for p in VOCAB["chrome"]["patterns"]]
_WORDS = regex.compile(r"[A-Za-z][\w'’.-]*")
# menus: items set apart by runs of spaces or by path separators ("News  Politics  Economics", "Home / World")
_NAV = regex.compile(r"\S {2,}\S[^\n]{0,120}? {2,}|\s(?:/|›|>>|>|\|)\s")


def _alias_pattern(alias: str) -> str:
    escaped = regex.escape(alias)
    # short all-capital names (AP, DW, NPR) are matched only as written; the rest ignore case
    return escaped if (alias.isupper() and len(alias) <= 4) else f"(?i:{escaped})"


_ALIASES = {alias: canonical for canonical, aliases in VOCAB["outlets"].items() for alias in aliases}
_NAME = "(?P<name>" + "|".join(_alias_pattern(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![\w])"
# cues are read within one line: white space in them never crosses a line break (and never backtracks over
# a run of blank lines, which made these patterns quadratic)
_CUES = [(regex.compile(rf"(?im:{cue['pattern'].replace(chr(92) + 's', H).replace('{name}', _NAME)})"), cue["weight"])
         for cue in VOCAB["cues"]]
_ALIAS_LOOKUP = {a.lower(): c for a, c in _ALIASES.items()}
_ANY_NAME = regex.compile(r"(?i:" + "|".join(regex.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![\w])")
# the first word of every outlet name: only where one stands is the name pattern tried (a regex over
# the whole page cost more than everything else metadata does)
_NAME_FIRST_WORDS = frozenset(regex.match(r"[^\W_]+", a.lower()).group() for a in _ALIASES)
_WORD = regex.compile(r"[^\W_]+")
_OUTLET_WORD = r"[A-Z][\w&'’-]*(?:\.[A-Za-z]+)*"   # "Censor.NET", "Zaxid.net", but not "Media." before a sentence
_OUTLET_NAME = rf"(?P<name>{_OUTLET_WORD}(?:[^\S\n]{_OUTLET_WORD}){{0,3}})"
_UNLISTED = [regex.compile(p.replace("{name}", _OUTLET_NAME), regex.M) for p in (
    r"\b[Bb]y[^\S\n]+(?:[Tt]he[^\S\n]+)?{name}[^\S\n]+(?:[Nn]ews[^\S\n]*[Dd]esk|[Nn]ewsroom)\b",
    r"\bJoin[^\S\n]+[\d,.]+\+?[^\S\n]+{name}[^\S\n]+(?:members|readers)\b",
    r"^[A-Z][A-Za-z .,'’-]{2,40}\({name}\)[^\S\n]*[-–—]",
    r"(?:©|\([Cc]\)|Copyright)[^\S\n]*(?:\d{4}[^\S\n]*)?{name}",
)]
_PLACE_WORD = r"[A-Z][A-Za-z'’.-]+"
_DATE_WORDS = rf"(?:[A-Za-z]{{3,9}}\.?{H}+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?{H}+[A-Za-z]{{3,9}}\.?)(?:,?{H}+(?:19|20)\d\d)?"
# a dateline opens the story: the reporter's place (with its country or region), the day, and the
# outlet in brackets or slashes right after it ("KHERSON, Ukraine, Nov. 12, 2023 (Outlet) -",
# "BELGOROD, May 2. /Outlet/.", "Kyiv, 9 October 2024 –")
_DATELINE = regex.compile(
    rf"^{H}*{_PLACE_WORD}(?:{H}+{_PLACE_WORD}){{0,2}}(?:,{H}*{_PLACE_WORD}(?:{H}+{_PLACE_WORD}){{0,2}})?,{H}*"
    rf"(?P<date>{_DATE_WORDS})\.?(?:{H}+\d{{1,2}}[:.]\d\d)?{H}*(?:(?:[-–—]{H}*)?\({H}*{_OUTLET_NAME}{H}*\){H}*[-–—]|/{H}*{_OUTLET_NAME}{H}*/|[-–—])",
    regex.M)
# below the head a dateline still opens the story when the page starts with a long run of chrome
DATELINE_LINES = 40
_SPACE_RUN = regex.compile(r"\s+")
_PHOTO = regex.compile(r"(?i)\b(?:photo|image|getty|shutterstock)")


_LINE = regex.compile(r"[^\n]+")


def _lines(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, text) of the non-blank lines, the first `limit` of them when given (all that the head needs)."""
    found = []
    for m in _LINE.finditer(text):
        if m.group().strip():
            found.append((m.start(), m.group()))
            if len(found) == limit:
                break
    return found


_CAPITAL_RUN = regex.compile(r"\b([A-Z])([A-Z]{2,})\b")
_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
_DIGIT = regex.compile(r"\d")


def _capitalised(m: regex.Match) -> str:
    return m.group(1) + m.group(2).lower()


def _dates_with_year(line: str, memo: dict | None = None) -> tuple[date, ...]:
    """Explicit dates (with a year) in one line; capitals are normalised so "20 AUG 2024" reads.
    memo: the page's answers so far (the head's lines are asked about several times)."""
    if memo is not None:
        if (known := memo.get(line)) is None:
            known = memo[line] = _dates_with_year(line)
        return known
    found = []
    # a date with a year shows the year's four digits (case changes below never touch digits): most lines have none
    if _YEAR_DIGITS.search(line):
        readable = line if not any(c.isupper() for c in line if c.isalpha()) or not line.isupper() else line.title()
        readable = _CAPITAL_RUN.sub(_capitalised, readable)
        for mention in find_dates(readable):
            written = readable[mention.start:mention.end]
            # a day, a month and a year: "July 2022" or "in 2023" is too coarse to date a page
            if mention.day is not None and _YEAR_WRITTEN.search(written) and _DIGIT.search(_YEAR_WRITTEN.sub("", written)):
                found.append(mention.day)
    for m in _SHORT_DOTTED.finditer(line):
        try:
            found.append(date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            pass
    return tuple(found)


def _is_chrome(line: str) -> bool:
    return any(p.search(line) for p in _CHROME)


_WEEKDAY_NAME = regex.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_MONTH_OR_NUMBER = regex.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d+(?:st|nd|rd|th)?|[.:]")


def _is_date_line(line: str, memo: dict | None = None) -> bool:
    """A line that is a date and little else (weekday, time, site name, view count)."""
    if not _dates_with_year(line, memo):
        return False
    rest = _TIME_OR_NOISE.sub(" ", _WEEKDAY_NAME.sub(" ", line))
    rest = _MONTH_OR_NUMBER.sub(" ", rest)
    # a title that names the day it covers ("Monthly update on civilians, 30 September 2024") has more
    # words than a date line's weekday, site name or view count
    return len(_WORDS.findall(rest)) <= 3


def _title_index(lines: list[tuple[int, str]], memo: dict | None = None) -> int | None:
    for i, (_, line) in enumerate(lines[:HEAD_LINES]):
        body = _HEADER.sub("", line).strip()
        if len(body.split()) >= 3 and not _NAV.search(body) and not _is_chrome(body) and not _is_date_line(body, memo) \
                and _ALIAS_LOOKUP.get(body.lower()) is None:
            return i
    return None


def _title(lines: list[tuple[int, str]], index: int | None) -> str | None:
    return _HEADER.sub("", lines[index][1]).strip() if index is not None else None


def _yearless_in(anchor_year: int, day: date, anchor: date | None) -> date | None:
    """A date written without a year, placed in the year that puts it nearest the anchor."""
    years = (anchor_year - 1, anchor_year, anchor_year + 1) if anchor else (anchor_year,)
    options = []
    for year in years:
        try:
            options.append(day.replace(year=year))
        except ValueError:   # Feb. 29
            continue
    if not options:
        return None
    return min(options, key=lambda d: abs((d - anchor).days)) if anchor else options[0]


_YEAR_WRITTEN = regex.compile(r"\b(?:19|20)\d\d\b")
_YEAR_ALONE = regex.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-])")


def _digit_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of runs of whole lines holding every line with a digit. Only a date written with a digit
    counts below, and a date never spans a line break: scanning these alone finds the same dates as the
    whole text. Lines without a digit are left out only in long runs (each scan has a cost of its own)."""
    stretches: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _DIGIT.search(line):
            if stretches and start - stretches[-1][1] <= DIGITLESS_RUN:
                stretches[-1] = (stretches[-1][0], end)
            else:
                stretches.append((start, end))
        start = end + 1
    return stretches


def _latest_in_text(text: str, skip: list[tuple[int, int]]) -> date | None:
    """The latest explicit date in the text outside the skipped (start, end) stretches, from one date scan;
    dates without a year take the year nearest the dated ones, or, with no full date at all, the latest
    year the text names ("opens 2024 with ...")."""
    def kept(offset: int) -> bool:
        return not any(a <= offset < b for a, b in skip)

    readable = _CAPITAL_RUN.sub(_capitalised, text)
    full, yearless = [], []
    # only whether a mention is vague matters here: its other roles are not read
    mentions = (m for start, end in _digit_stretches(readable) for m in find_dates(readable, start, end, roles=False))
    for mention in mentions:
        written = readable[mention.start:mention.end]
        if not kept(mention.start) or mention.role == "vague" or not _DIGIT.search(_YEAR_WRITTEN.sub("", written)):
            continue
        if _YEAR_WRITTEN.search(written):
            if mention.day is not None:
                full.append(mention.day)
        else:
            yearless.append(written)
    for m in _SHORT_DOTTED.finditer(text):
        if kept(m.start()):
            try:
                full.append(date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1))))
            except ValueError:
                pass
    years = [int(m.group(1)) for m in _YEAR_ALONE.finditer(text) if kept(m.start())]
    if not full and not years:
        return None
    anchor = max(full) if full else None
    anchor_year = anchor.year if anchor else max(years)
    partial = []
    for written in yearless:
        day = parse_date(written, reference=date(anchor_year, 12, 31))
        placed = _yearless_in(anchor_year, day, anchor) if day else None
        if placed and (anchor is None or placed <= anchor + timedelta(days=60)):
            partial.append(placed)
    if anchor is None:
        # only a year to go by: the story's own day is the first one it names (the lede), since
        # later paragraphs look back ("the previous record, on December 29")
        return partial[0] if partial else None
    return max(full + partial)


_BY_OR_DASH = regex.compile(r"(?i)\bby\b|[-–—]")


def _published(text: str, lines: list[tuple[int, str]], title_at: int | None, memo: dict) -> tuple[date | None, str]:
    """lines: the page's first DATELINE_LINES non-blank lines; title_at: the title's index among them."""
    if m := _HEADER.search(text[:2000]):
        return date.fromisoformat(m.group(1)), "header"
    head = lines[:HEAD_LINES]
    bylines, published, updated, datelines, above_title = [], [], [], [], []
    for i, (_, line) in enumerate(head):
        if (dateline := _DATELINE.match(line)) and (day := _dates_with_year(dateline.group("date"), memo)):
            datelines.append((i, day[0]))   # the story's own dateline, whatever a title above it names
            continue
        dates = _dates_with_year(line, memo)
        if not dates:
            continue
        if _BYLINE.match(line):
            bylines.append(dates[0])
        elif (cue := _PUBLISHED_CUE.search(line)) and (after := _dates_with_year(line[cue.end():], memo)):
            published.append(after[0])
        elif (cue := _UPDATED_CUE.search(line)) and (after := _dates_with_year(line[cue.end():], memo)):
            updated.append(after[0])
        elif _is_date_line(line, memo) or (len(line.split()) <= 8 and _BY_OR_DASH.search(line)):
            (above_title if title_at is not None and i < title_at else datelines).append((i, dates[0]))
    if bylines:
        return bylines[0], "byline"
    if published:
        return published[0], "updated-line"
    if datelines:
        return datelines[0][1], "dateline"
    if updated:
        return updated[0], "updated-line"
    for _, line in lines[HEAD_LINES:DATELINE_LINES]:
        if (dateline := _DATELINE.match(line)) and (day := _dates_with_year(dateline.group("date"), memo)):
            return day[0], "dateline"
    skip = [(lines[i][0], lines[i][0] + len(lines[i][1])) for i, _ in above_title]
    latest = _latest_in_text(text, skip)
    for _, day in above_title:
        if latest is None or day <= latest + CRAWL_GAP:
            return day, "dateline"
    if latest is not None:
        return latest, "latest-date-in-text"
    return None, "none"


_WORD_CHAR = regex.compile(r"[^\W_]")
_ASCII_RUN = re.compile(r"[a-z0-9]+")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# the names each first word may open, lower-cased: a quick look before the full name pattern is tried
_ALIASES_BY_FIRST_WORD = {first: re.compile("|".join(re.escape(a.lower()) for a in _ALIASES
                                                      if regex.match(r"[^\W_]+", a.lower()).group() == first))
                          for first in _NAME_FIRST_WORDS}


def _name_first_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) wherever one of _NAME_FIRST_WORDS stands in the lower-cased text: a superset of the
    words whose lower case is one (the caller checks each), found by substring search for the words present."""
    lowered = text.lower()
    found = []
    # a word whose lower case is an ASCII name word is a run of ASCII letters and digits once lowered
    for first in _NAME_FIRST_WORDS.intersection(_ASCII_RUN.findall(lowered)):
        at = lowered.find(first)
        while at >= 0:
            found.append((at, first))
            at = lowered.find(first, at + 1)
    found.sort()
    return found


def _lines_naming_an_outlet(text: str) -> list[tuple[int, int, list[int] | None]]:
    """(start, end, offsets of the names in it) of each line that names a known outlet: the only lines a cue
    can match, found in one pass. The offsets are None when the page is read word by word (see below)."""
    spans: list[tuple[int, int, list[int] | None]] = []
    lowered = text.lower()
    # "ſ" matches "s" when case is ignored, and "İ" lowers to two characters: read such a page word by word
    by_word = len(lowered) != len(text) or "ſ" in text
    for at, first in ((w.start(), None) for w in _WORD.finditer(text)) if by_word else _name_first_words(text):
        if spans and at < spans[-1][1] and by_word:
            continue   # inside a line already taken
        if first is not None:
            end = at + len(first)
            if (at and lowered[at - 1] in _ASCII_ALNUM) or (end < len(text) and lowered[end] in _ASCII_ALNUM):
                continue   # part of a longer word
            if (at and lowered[at - 1] >= "\x80" and _WORD_CHAR.match(text, at - 1)) or (end < len(text) and lowered[end] >= "\x80"):
                first = None   # a letter of another script next to it: read the word as it is cut
            elif not _ALIASES_BY_FIRST_WORD[first].match(lowered, at):
                continue
        if first is None:
            if at and _WORD_CHAR.match(text, at - 1):
                continue
            word = _WORD.match(text, at)
            if word is None or word.group().lower() not in _NAME_FIRST_WORDS:
                continue
        if not (m := _ANY_NAME.match(text, at)):
            continue
        if spans and at < spans[-1][1]:
            spans[-1][2].append(at)   # another name on a line already taken
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        spans.append((start, len(text) if end < 0 else end, None if by_word else [at]))
    return spans


def _top_level_alternative(pattern: str) -> bool:
    """Whether a cue pattern has a "|" outside any group (then it may open anywhere)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 3] == "^]" else 1 if pattern[i + 1:i + 2] == "]" else 0
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


# Where a cue may match in a line naming an outlet: a cue that opens with "^" only at the line's start; one
# that opens with "\b{name}" only where a name starts; any other anywhere (a scan of the line).
_CUE_OPENS = ["line" if cue["pattern"].startswith("^") else "name" if cue["pattern"].startswith(r"\b{name}") else "scan"
              for cue in VOCAB["cues"]]
_CUE_OPENS = [where if not _top_level_alternative(cue["pattern"]) else "scan" for where, cue in zip(_CUE_OPENS, VOCAB["cues"])]


# A match tried at a name may first look for a word the cue needs all the way to the line's end: past this
# many characters in all (names × line length), one scan of the line is cheaper (and stays linear)
NAME_TRIES_SPAN = 20_000


def _cue_matches(pattern: regex.Pattern, where: str, text: str, start: int, end: int, names: list[int] | None):
    if where == "line":
        return [m] if (m := pattern.match(text, start, end)) else []
    if where == "scan" or names is None or len(names) * (end - start) > NAME_TRIES_SPAN:
        return pattern.finditer(text, start, end)
    found, free = [], start   # what finditer would find: the first match at or after the last one's end
    for at in names:
        if at >= free and (m := pattern.match(text, at, end)):
            found.append(m)
            free = m.end()
    return found


def _publisher(text: str) -> str | None:
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for start, end, names in _lines_naming_an_outlet(text):
        for (pattern, weight), where in zip(_CUES, _CUE_OPENS):
            for m in _cue_matches(pattern, where, text, start, end, names):
                canonical = _ALIAS_LOOKUP[m.group("name").lower()]
                scores[canonical] = scores.get(canonical, 0) + weight
                first_seen[canonical] = min(first_seen.get(canonical, m.start()), m.start())
    if not scores:
        return _unlisted_publisher(text)
    return max(scores, key=lambda name: (scores[name], -first_seen[name]))


def _unlisted_publisher(text: str) -> str | None:
    """An outlet missing from the vocabulary, named where only the publisher stands: "by the X news desk",
    "Join 5,000+ X members", "CITY, date (X) -" and "CITY, date. /X/." datelines, "© 2024 X" (not photo credits)."""
    for m in _DATELINE.finditer(text):
        if m.group("name"):
            return _SPACE_RUN.sub(" ", m.group("name")).strip()
    for pattern in _UNLISTED:
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if not _PHOTO.search(text, line_start, line_end if line_end >= 0 else len(text)):
                return _SPACE_RUN.sub(" ", m.group("name")).strip()
    return None


def infer_metadata(text: str) -> dict:
    """Publication date, publisher and title as far as the text itself tells them."""
    lines, memo = _lines(text, DATELINE_LINES), {}
    title_at = _title_index(lines, memo)
    published, published_from = _published(text, lines, title_at, memo)
    publisher = _publisher(text)
    return {
        "published": published,
        "published_from": published_from,
        "publisher": publisher,
        "publisher_from": "text" if publisher else "none",
        "title": _title(lines, title_at),
    }
