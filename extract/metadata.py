"""Article text → publication date, publisher and title, read from bylines, date lines, mastheads and sign-offs.

The publisher is found by extract/publisher.py; the date and title here.

Used when an article arrives without outside metadata (no manifest row). The page text often
starts with site chrome and sometimes with the day the page was *visited* ("Monday, March 20, 2023"
above a December 2022 story): such a date alone above the title counts only when nothing better
exists and the body does not contradict it.
"""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.asides import LABELLED_STAMP, asides as _asides
from extract.dateorder import day_first, plain_order
from extract.dates import find_dates, parse_date
from extract.nameoverdate import SECTION_LINE as _SECTION_LINE, name_over_date as _name_over_date
from extract.pagehead import AUDIENCE_LINE, address_over_tagline, address_with_tagline
from extract.pagenames import headline_before_bar
from extract.twolinemast import tagline_line
from extract.relativestamp import day_by_age
from extract.pagedays import PUBLISHED_CUES as PAGE_PUBLISHED_CUES, UPDATED_CUES as PAGE_UPDATED_CUES, page_days
from extract.pageaddress import day_in_address, own_address
from extract.pagebanner import page_head
from extract.latestdate import CAPITAL_RUN, DIGIT, SHORT_DOTTED, YEAR_WRITTEN, capitalised, latest_in_text
from extract.yearless import dateline_day
from extract.publisher import _ANY_NAME, ALIAS_LOOKUP, DATELINE, VOCAB, _two_line_masthead, find_publisher, is_masthead

HEAD_LINES = 14            # mastheads, bylines and date lines sit above the body
TAGLINE_WORDS = 4          # "Energy for life", "Ukraine's Global Voice" under the masthead: a motto, not a headline
HEADLINE_WORDS = 25
PARAGRAPH_WORDS = 40
# A date line above the title further than this past every date in the body is a crawl date.
CRAWL_GAP = timedelta(days=3)
# below the head a dateline still opens the story when the page starts with a long run of chrome
DATELINE_LINES = 40
H = r"[^\S\n]"

_HEADER = regex.compile(rf"^{H}*date{H}+(\d{{4}}-\d{{2}}-\d{{2}})\b", regex.M)
# a byline names its writer in a few words ("By Jane Doe  March 15, 2024 09:12 AM"); a paragraph that opens "By the
# outlet's count, ... since 1 January 2026" is the story's text
_BYLINE = regex.compile(rf"^{H}*by\b(?!{H}+[\w.-]+(?:{H}+[\w.-]+)?['’]s{H}+(?:count|tally|estimates?|calculations?|reckoning|data)\b)", regex.I)
BYLINE_WORDS = 24
# (a channel's copy heads its day: "Posts of 30 December 2023")
# ("Updated: 06-10-2023 | Created: 05-10-2023": a content system's "created" stamp is the first publication; a
# channel's copy heads its day, "Digest of posts, Saturday 25 May 2024")
_PUBLISHED_CUE = regex.compile(r"\b(?:published(?:\s+on)?|date|posted(?:\s+on)?|posts\s+(?:of|from|for)|created(?:\s+on)?|upload(?:ed|\s+date)(?:\s+on)?|digest(?:\s+of\s+posts)?|"
                               + PAGE_PUBLISHED_CUES + r")\b\s*:?", regex.I)
STAMP_WORDS = 14   # a stamp line's length at most; in a sentence (longer, or ending in a full stop) the day must follow "published" at once
PUBLISHED_REACH = 32   # characters after "Published" in a sentence that hold the day ("published on 15 March 2024")
# a print edition's header: its day beside the issue's or the page's number ("Freitag, 25. Februar 2022 · Nr. 47 · Seite 1")
_PRINT_ISSUE = regex.compile(r"(?i)(?:^|[·|•])[^\S\n]*(?:nr\.?|no\.|№|issue|ausgabe|seite|page|strona|numéro|núm\.)[^\S\n]*\d")
_UPDATED_CUE = regex.compile(r"\b(?:(?:last\s+)?updated|" + PAGE_UPDATED_CUES + r")\b\s*:?", regex.I)
# when a picture was taken, on a photo agency's page: the page's own day is its upload ("Date created: January 23" over
# "Upload date: January 24"), the day taken only where no other stamp tells
# the first publication's stamp beside a later posting's, on a page whose source line names the page's own outlet
# ("Source: OCHA" / "Posted: 10 Jun 2023" / "Originally published: 9 Jun 2023"); a reprint's source is another's
_FIRST_PUBLISHED = regex.compile(r"\b(?:originally|first)\s+published\b", regex.I)
_SOURCE_LINE = regex.compile(r"(?im)^[^\S\n]*source:[^\S\n]*(?P<name>[^\n]{2,80}?)[^\S\n]*$")
SOURCE_LINE_REACH = 3000
_TAKEN_CUE = regex.compile(r"\b(?:date\s+(?:created|taken|shot)|caption\s+date|(?:taken|shot|photographed)\s+on)\b\s*:?", regex.I)

# a stamp with a two-digit year and slashes, as US sites print it ("11/07/22 9:12 AM ET"): read only where a clock,
# a separator or the line's end follows (a fraction or a score never stands so), its order as the page's other dates
_SHORT_SLASHED = regex.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/([1-3]\d)(?![\d/])"
                               r"(?=[^\S\n]*(?:$|[,|•·–—-]|\d{1,2}[:.]\d\d))", regex.M)
_TIME_OR_NOISE = regex.compile(r"(?i)\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:GMT|UTC|EST|EDT|IST|CET|EET|EEST|am|pm)\b|\(updated\)|\d+\s*views|\d+\s*min read|[,|•·/–—\-]")
_CHROME = [regex.compile(p) for p in VOCAB["chrome"]["patterns"]]
_WORDS = regex.compile(r"[A-Za-z][\w'’.-]*")
# menus: items set apart by runs of spaces or by path separators ("News  Politics  Economics", "Home / World")
_NAV = regex.compile(r"\S {2,}\S[^\n]{0,120}? {2,}|\s(?:/|›|»|>>|>|\|)\s")
# a title signed by its site: "Russia hits Kyiv | Reuters", "... - BBC News"
_OUTLET_SUFFIX = regex.compile(r"[^\S\n]+[|–—-][^\S\n]*" + _ANY_NAME.pattern + r"[^\S\n]*$")
# a masthead with its tagline, never a title: "Ukrinform — Ukrainian National News Agency"
_MASTHEAD = regex.compile(r"[^\S\n]*" + _ANY_NAME.pattern + r"[^\S\n]*[–—][^\S\n]*\p{Lu}[\p{L}\p{P} &]{3,60}$")
# a machine-readable time stamp: "2024-11-14T08:30:00+02:00", "2024-11-14 08:30"
_ISO_DAY = regex.compile(r"(?<![\d-])((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?=T\d|[^\S\n]+\d{1,2}:\d\d|[^\S\n]*$)")
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


_YEAR_DIGITS = regex.compile(r"(?:19|20)\d\d")
# a scraped time stamp glues the year to the time: "November 14, 20248:31 AM GMT+2"
_GLUED_TIME = regex.compile(r"(?<=[A-Za-z.]\s{1,3}\d{1,2},\s{1,3})((?:19|20)\d\d)(\d{1,2}:\d\d)")


class PageMemo(dict):
    """A page's answers so far, by line (the head's lines are asked about several times), and the page's text, whose
    dates say which way a line's "11/03/2025" is read."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


def _dates_with_year(line: str, memo: PageMemo | None = None, page: str | None = None) -> tuple[date, ...]:
    """Explicit dates (with a year) in one line; capitals are normalised so "20 AUG 2024" reads.
    memo: the page's answers so far; page: the page's text (the memo's, when given)."""
    if memo is not None:
        if (known := memo.get(line)) is None:
            known = memo[line] = _dates_with_year(line, page=memo.text)
        return known
    found = []
    # a date with a year shows the year's four digits (case changes below never touch digits): most lines have none
    if has_year := _YEAR_DIGITS.search(line) is not None:
        readable = line if not any(c.isupper() for c in line if c.isalpha()) or not line.isupper() else line.title()
        readable = CAPITAL_RUN.sub(capitalised, readable)
        if ":" in readable:
            readable = _GLUED_TIME.sub(r"\1 \2", readable)
        for mention in find_dates(readable, order_text=page):
            written = readable[mention.start:mention.end]
            # a day, a month and a year: "July 2022" or "in 2023" is too coarse to date a page
            if mention.day is not None and YEAR_WRITTEN.search(written) and DIGIT.search(YEAR_WRITTEN.sub("", written)):
                found.append(mention.day)
    for m in SHORT_DOTTED.finditer(line):
        try:
            found.append(date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            pass
    for m in _SHORT_SLASHED.finditer(line):
        first, second = int(m.group(1)), int(m.group(2))
        if (order := plain_order(first, second)) is None:
            order = day_first(page or line)
        try:
            found.append(date(2000 + int(m.group(3)), *((second, first) if order else (first, second))))
        except ValueError:
            pass
    if not found and has_year:
        found.extend(page_days(line))   # a date line in the page's own language ("12 травня 2023")
    if not found:
        for m in _ISO_DAY.finditer(line):
            try:
                found.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                pass
    return tuple(found)


def _is_chrome(line: str) -> bool:
    return any(p.search(line) for p in _CHROME) or AUDIENCE_LINE.fullmatch(line.strip()) is not None


_WEEKDAY_NAME = regex.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_MONTH_OR_NUMBER = regex.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d+(?:st|nd|rd|th)?|[.:]")


_CLOCK = regex.compile(r"(?<![\d.:])[0-2]?\d[:.][0-5]\d(?![\d.:])")


def _stamped(line: str) -> bool:
    """A date line above the title that is the page's own stamp, never the day it was visited: a site's "today" bar
    names the weekday and no time ("Monday, March 20, 2023"), a publication stamp gives a time ("World | 01.02.2025
    10:40") or no weekday ("14 November 2024") — even over a body that only looks back years."""
    return bool(_CLOCK.search(line)) or not _WEEKDAY_NAME.search(line)


def _is_date_line(line: str, memo: PageMemo | None = None) -> bool:
    """A line that is a date and little else (weekday, time, site name, view count)."""
    if not _dates_with_year(line, memo):
        return False
    rest = _TIME_OR_NOISE.sub(" ", _WEEKDAY_NAME.sub(" ", line))
    rest = _MONTH_OR_NUMBER.sub(" ", rest)
    # a title that names the day it covers ("Monthly update on civilians, 30 September 2024") has more
    # words than a date line's weekday, site name or view count
    return len(_WORDS.findall(rest)) <= 3


def _title_index(lines: list[tuple[int, str]], memo: PageMemo | None = None, publisher: str | None = None) -> int | None:
    # an email's copy: its subject is the title ("From: X <news@x.com>" / "Date: ..." / "Subject: Ukraine War Latest")
    subject = next((i for i, (_, line) in enumerate(lines[:HEAD_LINES]) if _SUBJECT.match(line)), None)
    if subject is not None and any(_MAIL_HEADER.match(line) for _, line in lines[:subject]):
        return subject
    # "KHARKIV TODAY" or "057.ua" over its tagline, or beside it ("057.ua — Kharkiv city site"): not the title
    head = [line for _, line in lines[:2]]
    skip = 2 if _two_line_masthead(head) or address_over_tagline(head) else 1 if head and address_with_tagline(head[0]) else 0
    # a body's name over its site's line and the date ("MINISTRY OF ENERGY OF UKRAINE" / "Press service"): no title
    if not skip and _name_over_date([line for _, line in lines[:12]]) is not None:
        skip = 2 if len(lines) > 1 and _SECTION_LINE.fullmatch(lines[1][1].strip()) else 1
        # (a tagline or a note on the masthead's lines too, "Public Broadcasting of Latvia" / "English > World",
        # "Translated from Russian": the title is the line over the date line)
        dated = next((j for j in range(skip + 1, min(len(lines), skip + 4)) if _is_date_line(lines[j][1], memo)), None)
        over = lines[dated - 1][1].strip() if dated is not None else ""
        if (dated is not None and dated - 1 > skip and _title_line(over, memo) and not over.endswith(".") and len(over.split()) <= HEADLINE_WORDS
                and all(len(line.split()) <= 4 and not any(c.isdigit() for c in line) and not _is_chrome(line)
                        or _NAV.search(line) for _, line in lines[skip:dated - 1])):
            # (only short notes between, never a headline over its dek: "Kyiv mall strike kills eight" / "Klitschko says ...")
            return dated - 1
    for i, (_, line) in enumerate(lines[:HEAD_LINES]):
        body = _unsigned(_HEADER.sub("", line).strip())
        if i < skip or ("–" in body or "—" in body) and _MASTHEAD.match(body) or is_masthead(body):
            continue
        if publisher and (body.casefold() == publisher.casefold()
                          or i == 0 and regex.match(rf"{regex.escape(publisher)}(?:\s*\([^()\n]*\))?\s+[—–|-]\s", body, regex.I)
                          or i == 0 and regex.search(rf"\s[—–|-]\s+{regex.escape(publisher)}$", body, regex.I)
                          or i == 0 and regex.fullmatch(rf"{regex.escape(publisher)}(?:\s*\([^()\n]*\)|\s+of\s+the\s+[^\n]+)", body, regex.I)):
            # the page's own name over its menu ("Radio Kharkiv Plus" / "News" / "Podcasts"), before what it is, or
            # after its parent's ("Polskie Radio | Radio Poland")
            continue
        if i == 1 and publisher and lines[0][1].strip().casefold() == publisher.casefold() and tagline_line(body):
            continue   # ... or over its tagline ("The Kharkiv Courier" / "Weekly news from eastern Ukraine")
        if _title_line(body, memo):
            return _past_tagline(lines, i, memo)
    return None


def _past_tagline(lines: list[tuple[int, str]], i: int, memo: PageMemo | None) -> int:
    """The headline under a short motto on the line after the masthead, before the story's first paragraph."""
    if i != 1 or len(lines[i][1].split()) > TAGLINE_WORDS or ":" in lines[i][1]:
        return i
    for j in range(i + 1, min(len(lines), HEAD_LINES)):
        line = lines[j][1].strip()
        if len(line.split()) > PARAGRAPH_WORDS or _is_date_line(line, memo) or _BYLINE.match(line):
            return i   # (the headline stands over the story's date, byline and first paragraph)
        if TAGLINE_WORDS < len(line.split()) <= HEADLINE_WORDS and not line.endswith(".") and _title_line(_unsigned(line), memo):
            return j
    return i


def _title_line(body: str, memo: PageMemo | None) -> bool:
    return (len(body.split()) >= 3 and not _NAV.search(body) and not _is_chrome(body) and not _is_date_line(body, memo)
            and ALIAS_LOOKUP.get(body.lower()) is None)


# a feed's copy keeps its fields' names: "title: Drones hit Odesa port"; an email's, "Subject: ..."
_FEED_FIELD = regex.compile(r"(?i)^(?:title|subject)[^\S\n]*:[^\S\n]*")
_SUBJECT = regex.compile(r"(?i)^[^\S\n]*subject[^\S\n]*:[^\S\n]*\S")
_MAIL_HEADER = regex.compile(r"(?i)^[^\S\n]*(?:-{3,}[^\S\n]*forwarded[^\S\n]+message|(?:from|to|cc|sent|date)[^\S\n]*:)")


def _title(lines: list[tuple[int, str]], index: int | None) -> str | None:
    return _unsigned(_FEED_FIELD.sub("", _HEADER.sub("", lines[index][1]).strip())) if index is not None else None


def _unsigned(title: str) -> str:
    """The title without its site's signature ("... | Reuters", "... | Odesa Journal")."""
    if not any(c in title for c in "|–—-"):
        return title
    if (headed := headline_before_bar(title)) is not None:
        return headed.group("headline")   # (or a section's or a speaker's name after it: "... | Energy")
    return _OUTLET_SUFFIX.sub("", title)


def _labelled_stamp(text: str, asides: list[tuple[int, int]], memo: PageMemo, no_later_than: date | None = None) -> date | None:
    """The first "Published: <day>" line outside the links to other stories (at most no_later_than, when given)."""
    for m in LABELLED_STAMP.finditer(text):
        if not any(a <= m.start() < b for a, b in asides) and (day := _dates_with_year(m.group("day"), memo)) \
                and (no_later_than is None or day[0] <= no_later_than):
            return day[0]
    return None


_BY_OR_DASH = regex.compile(r"(?i)\bby\b|[-–—]")
def _published(text: str, lines: list[tuple[int, str]], title_at: int | None, memo: PageMemo,
               publisher: str | None = None) -> tuple[date | None, str]:
    """lines: the page's first DATELINE_LINES non-blank lines; title_at: the title's index among them; publisher: the
    page's outlet, when known."""
    own_source = publisher is not None and any(
        m.group("name").lower() == publisher.lower() for m in _SOURCE_LINE.finditer(text, 0, SOURCE_LINE_REACH))
    if m := _HEADER.search(text[:2000]):
        return date.fromisoformat(m.group(1)), "header"
    asides: list[tuple[int, int]] | None = None   # found when a dated line asks (most head lines hold no date)
    head = lines[:HEAD_LINES]
    bylines, first, published, taken, updated, datelines, above_title = [], [], [], [], [], [], []
    for i, (at, line) in enumerate(head):
        if (dateline := DATELINE.match(line)) and (day := _dates_with_year(dateline.group("date"), memo)):
            datelines.append((i, day[0]))   # the story's own dateline, whatever a title above it names
            continue
        dates = _dates_with_year(line, memo)
        if not dates:
            continue
        asides = _asides(text) if asides is None else asides
        if any(a <= at < b for a, b in asides):
            continue   # a link to another story, with that story's day
        if _BYLINE.match(line) and len(line.split()) <= BYLINE_WORDS:
            bylines.append(dates[0])
        elif (cue := _TAKEN_CUE.search(line)) and (after := _dates_with_year(line[cue.end():], memo)):
            taken.append(after[0])
        elif (cue := _PUBLISHED_CUE.search(line)) and (after := _dates_with_year(
                line[cue.end():] if len(line.split()) <= STAMP_WORDS and not line.rstrip().endswith(".") else line[cue.end():cue.end() + PUBLISHED_REACH], memo)):
            (first if own_source and _FIRST_PUBLISHED.search(line) else published).append(after[0])   # (in a sentence, only the day right after the cue: "has published its estimate ... from 24.02.2022" is no stamp)
        elif (cue := _UPDATED_CUE.search(line)) and (after := _dates_with_year(line[cue.end():], memo)):
            # a stamp before the update cue is the first publication ("desk | 31 July 2025, 08:14 | Updated: 1 August")
            before = _dates_with_year(line[:cue.start()], memo)
            (published if before else updated).append(before[0] if before else after[0])
        elif _is_date_line(line, memo) or (len(line.split()) <= 8 and _BY_OR_DASH.search(line)) or _PRINT_ISSUE.search(line):
            (above_title if title_at is not None and i < title_at else datelines).append((i, dates[0]))
    if bylines:
        return bylines[0], "byline"
    if first or published:
        return (first or published)[0], "updated-line"
    if taken:
        return taken[0], "updated-line"
    if datelines:
        return datelines[0][1], "dateline"
    asides = _asides(text) if asides is None else asides
    if updated:
        # the first publication's stamp at the page's foot outweighs the update's at its head ("Updated / Thursday, 29
        # Jun 2023" over the story, "Published / Wednesday, 28 Jun 2023" under it)
        return _labelled_stamp(text, asides, memo, no_later_than=updated[0]) or updated[0], "updated-line"
    for _, line in lines[HEAD_LINES:]:   # lines are the first DATELINE_LINES
        if (dateline := DATELINE.match(line)) and (day := _dates_with_year(dateline.group("date"), memo)):
            return day[0], "dateline"
    if (day := _labelled_stamp(text, asides, memo)) is not None:
        return day, "updated-line"
    skip = [(lines[i][0], lines[i][0] + len(lines[i][1])) for i, _ in above_title] + asides
    latest = latest_in_text(text, skip)
    for i, day in above_title:
        if latest is None or day <= latest + CRAWL_GAP or _stamped(lines[i][1]):
            return day, "dateline"
    # a wire's yearless dateline whose weekday tells its year outweighs a guess from the text's other dates
    if (day := dateline_day([line for _, line in lines])) is not None:
        return day, "dateline"
    if latest is not None:
        return latest, "latest-date-in-text"
    return None, "none"



def infer_metadata(text: str) -> dict:
    """Publication date, publisher and title as far as the text itself tells them."""
    address, raw = own_address(text), text
    text = page_head(text)
    lines, memo = _lines(text, DATELINE_LINES), PageMemo(text)
    publisher = find_publisher(text)
    title_at = _title_index(lines, memo, publisher)
    published, published_from = _published(text, lines, title_at, memo, publisher)
    # the day in the page's own address outweighs a guess from the text's dates, never a date the page states
    if published_from in ("latest-date-in-text", "none") and (day := day_in_address(address)) is not None:
        published, published_from = day, "address"
    # an age stamp under the headline ("4 hours ago", "Yesterday, 18:30") counted back from the day the copy was made
    if published_from in ("dateline", "latest-date-in-text", "none") and (day := day_by_age(
            raw, [line for _, line in lines], lambda line: _dates_with_year(line, memo))) is not None:
        published, published_from = day, "age-stamp"
    return {
        "url": address,
        "published": published,
        "published_from": published_from,
        "publisher": publisher,
        "publisher_from": "text" if publisher else "none",
        "title": _title(lines, title_at),
    }
