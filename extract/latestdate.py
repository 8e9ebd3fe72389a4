"""Page text → the latest explicit date it names: the page's last resort for its day of publication."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.dates import find_dates, parse_date

DIGITLESS_RUN = 400        # characters of lines without a digit worth skipping between date scans
CAPITAL_RUN = regex.compile(r"\b([A-Z])([A-Z]{2,})\b")
DIGIT = regex.compile(r"\d")
SHORT_DOTTED = regex.compile(r"(?<![\d.])([0-3]\d)\.([01]\d)\.(\d{2})(?![\d.])")
# a day a running count or the war starts from is never the report's: "since 24 February 2022", "began on ..."
# and a day told as a year back is not either: "Last year, on Nov. 14, 2023, ..."
_START_BEFORE = regex.compile(r"(?i:\b(?:since|(?:began|started|launched|invaded(?:[^\S\n]+Ukraine)?)[^\S\n]+on|"
                              r"invasion[^\S\n]+(?:of[^\S\n]+Ukraine[^\S\n]+)?on|"
                              r"(?:last[^\S\n]+(?:year|month|week)(?:['’]s(?:[^\S\n]+[\w-]+){1,2})?|(?:a|one|two|three)[^\S\n]+years?[^\S\n]+(?:ago|earlier)),?(?:[^\S\n]+on)?)"
                              r"[^\S\n]+(?:the[^\S\n]+)?)$", regex.REVERSE)


def capitalised(m: regex.Match) -> str:
    return m.group(1) + m.group(2).lower()


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


YEAR_WRITTEN = regex.compile(r"\b(?:19|20)\d\d\b")
# (not a decade: "buildings dating from the 1930s")
_YEAR_ALONE = regex.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]|['’]?s\b)")


def _digit_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of runs of whole lines holding every line with a digit. Only a date written with a digit
    counts below, and a date never spans a line break: scanning these alone finds the same dates as the
    whole text. Lines without a digit are left out only in long runs (each scan has a cost of its own)."""
    stretches: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if DIGIT.search(line):
            if stretches and start - stretches[-1][1] <= DIGITLESS_RUN:
                stretches[-1] = (stretches[-1][0], end)
            else:
                stretches.append((start, end))
        start = end + 1
    return stretches


def latest_in_text(text: str, skip: list[tuple[int, int]]) -> date | None:
    """The latest explicit date in the text outside the skipped (start, end) stretches, from one date scan;
    dates without a year take the year nearest the dated ones, or, with no full date at all, the latest
    year the text names ("opens 2024 with ...")."""
    def kept(offset: int) -> bool:
        return not any(a <= offset < b for a, b in skip)

    readable = CAPITAL_RUN.sub(capitalised, text)
    full, yearless = [], []
    # only whether a mention is vague matters here: its other roles are not read
    mentions = (m for start, end in _digit_stretches(readable) for m in find_dates(readable, start, end, roles=False))
    for mention in mentions:
        written = readable[mention.start:mention.end]
        if not kept(mention.start) or mention.role == "vague" or not DIGIT.search(YEAR_WRITTEN.sub("", written)):
            continue
        if YEAR_WRITTEN.search(written):
            if mention.day is not None and not _START_BEFORE.search(readable, max(0, mention.start - 40), mention.start):
                full.append(mention.day)
        else:
            yearless.append(written)
    for m in SHORT_DOTTED.finditer(text):
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


