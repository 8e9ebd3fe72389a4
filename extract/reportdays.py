"""DocContext → the day a report says its figures stand at: a date set off at its title's end, an "as of" header line, or a lede's "figures as of" phrase."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import regex

from extract.context import DocContext
from extract.datementions import H, DateMention, find_dates
from extract.dateparts import month_end
from extract.datepatterns import MONTH_WORD, MONTHS, VOCAB
from extract.vocab import alternation, may_hold

# A report covers a day at most this long before it is published ("update, 30 November" issued 10 December).
TITLE_DAY_WINDOW = timedelta(days=62)
_TITLE_LABEL_BEFORE = regex.compile(rf"(?:[,:|]|{H}[-–—]){H}*(?i:(?:as{H}+of|on|at){H}+)?$")
# a report named for the month it covers: "update for April 2025", "Monthly report: March 2024", "April 2025 bulletin"
_REPORT_NOUNS = alternation(VOCAB["report_nouns"])
_MONTH_LABEL_BEFORE = regex.compile(rf"(?i:\b{_REPORT_NOUNS}{H}+(?:for|of|on|covering|in){H}+(?:the{H}+month{H}+of{H}+)?)$")
_MONTH_LABEL_AFTER = regex.compile(rf"(?i:{H}+(?:(?:monthly|situation|protection|humanitarian){H}+)?{_REPORT_NOUNS})[\s.]*$")
_DIGIT = regex.compile(r"\d")
# a data page named for the month its charts cover, the month opening the title ("August in charts", "October 2024 in
# numbers", "March by the numbers"): its figures stand at that month's last day (the latest such month, not ahead)
_MONTH_IN_CHARTS = regex.compile(rf"{H}*(?P<month>{MONTH_WORD})(?:{H}+(?P<year>(?:19|20)\d\d))?{H}+"
                                 rf"(?i:in{H}+(?:charts|numbers|figures|data|maps|graphics)|by{H}+the{H}+numbers)\b")
_LEDE_CHARS = 1500

# a report's header line giving the day its figures stand at: "Situation as of 30 September 2025", "Data as at 1 May"
# (not a page's "Updated as of ..." stamp, which is when it was edited)
_ASOF_HEADER = regex.compile(rf"[\W_]*(?!(?i:last{H}+)?updated?\b)(?:[\w-]+{H}+){{0,4}}?(?i:as{H}+(?:of|at)){H}+")
ASOF_HEADER_LINES = 8
# a survey's header line giving when its data were collected ("Data collection: 4 - 23 December 2024")
_SURVEY_HEADER = regex.compile(rf"[\W_]*(?i:data{H}+collection|survey{H}+period|fieldwork|reporting{H}+period|data{H}+period|period{H}+covered){H}*[:\-–]")
SURVEY_LEDE_LINES = 14


def asof_header(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> date | None:
    """The day a report's header line says its figures stand at, at most a couple of months before publication."""
    reference = ctx.published
    if reference is None:
        return None
    for index, (start, end) in enumerate(ctx.lines[:ASOF_HEADER_LINES]):
        if end - start > 80 or not may_hold(ctx.text[start:end], ("as",)):
            continue
        for mention in line_mentions(index):
            if (mention.role == "asof" and mention.day and mention.precise and _ASOF_HEADER.fullmatch(ctx.text, start, mention.start)
                    and not ctx.text[mention.end:end].strip(" .:)") and timedelta(0) <= reference - mention.day <= TITLE_DAY_WINDOW):
                return mention.day
    return survey_day(ctx, line_mentions)


def survey_day(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> date | None:
    """A survey's day: the "as of" its summary gives its figures ("as of December 2024"), else the end of the data
    collection its header line names; what it reports stands at that day, not at its release weeks later."""
    reference = ctx.published
    lines = ctx.lines[:SURVEY_LEDE_LINES]
    header = next((i for i, (start, end) in enumerate(lines[:ASOF_HEADER_LINES]) if _SURVEY_HEADER.match(ctx.text, start, end)), None)
    if header is None:
        return None
    collected = [m.day for m in line_mentions(header) if m.day and timedelta(0) <= reference - m.day <= TITLE_DAY_WINDOW]
    if not collected:
        return None
    for index in range(header + 1, len(lines)):
        for mention in line_mentions(index):
            if mention.role == "asof" and mention.day and max(collected) <= mention.day <= reference:
                return mention.day
    return max(collected)


TITLE_MAX_CHARS = 400


def title_day(ctx: DocContext, months: bool = True) -> date | None:
    """The day a report's title says it covers ("Protection of civilians: update, 30 November 2024"): a
    date set off at the title's end, at most a couple of months before publication. A date inside a
    headline's sentence ("406 deaths from Feb 24 to Mar 6") is only that headline figure's."""
    reference = ctx.published
    # a "title" of a page that is one long line is that whole line; no headline runs this long, and
    # scanning it for a label before every date in it would be quadratic
    if not ctx.title or reference is None or len(ctx.title) > TITLE_MAX_CHARS:
        return None
    if months and (charts := _MONTH_IN_CHARTS.match(ctx.title)):
        month = MONTHS[charts.group("month").lower()]
        year = int(charts.group("year") or (reference.year if month <= reference.month else reference.year - 1))
        # (not where the lede gives a later "as of" day: "May in figures" over "losses as of 1 June 2025: ... (+112)")
        if timedelta(0) <= reference - (last := month_end(year, month, reference)) <= TITLE_DAY_WINDOW \
                and not any(m.role == "asof" and m.day and m.day > last for m in find_dates(ctx.text, 0, min(len(ctx.text), _LEDE_CHARS), reference)):
            return last
    for mention in find_dates(ctx.title, reference=reference):
        written = ctx.title[mention.start:mention.end]
        if not (mention.day and mention.role in ("day", "asof") and _DIGIT.search(written)
                and timedelta(0) <= reference - mention.day <= TITLE_DAY_WINDOW):
            continue
        at_end = not ctx.title[mention.end:].strip(" .")
        if mention.precise and at_end and _TITLE_LABEL_BEFORE.search(ctx.title, 0, mention.start):
            return mention.day
        # a closed month the report covers ("update for April 2025" issued 9 May): its figures stand at its last day
        if months and not mention.precise and mention.day < reference and (
                at_end and (_TITLE_LABEL_BEFORE.search(ctx.title, 0, mention.start) or _MONTH_LABEL_BEFORE.search(ctx.title, 0, mention.start))
                or _MONTH_LABEL_AFTER.fullmatch(ctx.title, mention.end)):
            return mention.day
    return None


# "The governor reported throughout Saturday ...": a digest of one day's posts, published the day after
# ("collected his main posts of 22 May", "spent Monday posting on Telegram")
# ...or a diary or log of one shift or day, its entries stamped with the hour ("asked him to keep notes during his shift
# on Saturday, 25 May", "her diary of 3 March", "the crew's log for Sunday", "during their night shift on Friday")
_POSTS_DAY_BEFORE = regex.compile(rf"(?i:\b(?:throughout|over{H}+the{H}+course{H}+of|all{H}+through|all{H}+day|posts{H}+(?:of|from)"
                                  rf"|(?:diary|diaries|notes|log|logbook|journal){H}+(?:of|from|for|on)"
                                  rf"|(?:during|on|over|through){H}+(?:(?:his|her|their|the|a|one|our|my){H}+)?(?:[\w-]+{H}+)?(?:shift|duty|watch)"
                                  rf"|spent){H}+(?:on{H}+)?)$")
_SPENT_AFTER = regex.compile(rf"(?i:{H}+(?:posting|writing|reporting))\b")
# an entry of such a digest opens with the clock time of its post ("08:05.", "14:20 -")
CLOCK_ENTRY = regex.compile(r"[\s\-–•*]*\d{1,2}[:.]\d\d\b(?![:.]?\d)")
POSTS_DAY_WINDOW = timedelta(days=7)


def posts_day(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> date | None:
    """The earlier day a digest's lede says its posts were made on ("reported throughout Saturday"), if any."""
    reference = ctx.published
    if reference is None:
        return None
    for index, (start, end) in enumerate(ctx.lines[:ASOF_HEADER_LINES]):
        for mention in line_mentions(index):
            if (mention.day and mention.precise and timedelta(0) < reference - mention.day <= POSTS_DAY_WINDOW
                    and (spent := _POSTS_DAY_BEFORE.search(ctx.text, max(start, mention.start - 30), mention.start))
                    and (not spent.group().lower().startswith("spent") or _SPENT_AFTER.match(ctx.text, mention.end))):
                return mention.day
    return None


# a report's figures set at a day in its own words: "with figures as of December 4", "data current as at 4 Dec.",
# "6,702 killed and 10,479 injured, as of midnight on 4 December"
_REPORT_ASOF_BEFORE = regex.compile(
    rf"(?i:\b(?:{alternation(VOCAB['report_asof_nouns'])})(?:{H}+(?:valid|current|correct|accurate|updated))?,?{H}+as{H}+(?:of|at){H}+"
    rf"|\b(?:(?P<tolls>{alternation(VOCAB['report_asof_tolls'])})|(?P<moved>{alternation(VOCAB['report_asof_moved'])}))"
    rf",{H}+as{H}+(?:of|at){H}+(?:(?:midnight|noon|midday|the{H}+end){H}+(?:on{H}+|of{H}+)?)?)$")
# how many lines either side of that phrase the report's running totals are told
REPORT_ASOF_REACH = 4
REPORT_ASOF_METRICS = {"tolls": ("killed", "injured"), "moved": ("evacuated", "residents_remaining")}
REPORT_ASOF_LEDE = 14


def report_asof(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> tuple[int, date, str | None] | None:
    """(line index, day, kind) of the lede's "figures as of <day>" that sets a report's running totals at a day before
    its telling, at most a couple of months before publication; kind is "tolls" or "moved" where the day follows a
    count of that kind ("10,479 injured, as of 4 December"), else None (all its figures)."""
    reference = ctx.published
    if reference is None:
        return None
    for index, (start, end) in enumerate(ctx.lines[:REPORT_ASOF_LEDE]):
        if not may_hold(ctx.text[start:end], ("as",)):
            continue
        for mention in line_mentions(index):
            if (mention.role == "asof" and mention.day and mention.precise and timedelta(0) < reference - mention.day <= TITLE_DAY_WINDOW
                    and (found := _REPORT_ASOF_BEFORE.search(ctx.text, max(start, mention.start - 60), mention.start))):
                return index, mention.day, "tolls" if found.group("tolls") else "moved" if found.group("moved") else None
    return None


# a report's note on what its figures count, anywhere on its page ("Figures include only cases verified as of 31 May
# 2025", "All data are current as at 30 June", "The numbers cover incidents recorded as of midnight on 4 December")
_NOTE_ASOF_BEFORE = regex.compile(
    rf"(?i:\b(?:{alternation(VOCAB['report_asof_nouns'])})\b[^.;:\n]{{0,40}}?\b(?:include|includes|included|cover|covers|covered|reflect"
    rf"|reflects|refer{H}+to|refers{H}+to|are|is|were|was|remain|remains)\b[^.;:\n]{{0,60}}?\bas{H}+(?:of|at){H}+"
    rf"(?:(?:midnight|noon|midday|the{H}+end){H}+(?:on{H}+|of{H}+)?)?)$")


_NOTE_KINDS = {"tolls": regex.compile(r"(?i)\b(?:casualt|civilian|killed|deaths?|dead|injur|wounded|victims)"),
               "moved": regex.compile(r"(?i)\b(?:evacuat|displace|refugee|relocat)")}


def report_note_asof(ctx: DocContext, line_mentions: Callable[[int], list[DateMention]]) -> tuple[date, str | None] | None:
    """The day a report's note sets its figures at ("Figures include only cases verified as of 31 May 2025"), at
    most a couple of months before publication, wherever the note stands, and the kind of figures it names, if
    any ("Figures on evacuations are from the regional administration as of 15 August": "moved")."""
    reference = ctx.published
    if reference is None:
        return None
    for index, (start, end) in enumerate(ctx.lines):
        if not may_hold(ctx.text[start:end], ("as of", "as at")):
            continue
        for mention in line_mentions(index):
            if (mention.role == "asof" and mention.day and timedelta(0) < reference - mention.day <= TITLE_DAY_WINDOW
                    and (note := _NOTE_ASOF_BEFORE.search(ctx.text, max(start, mention.start - 120), mention.start))):
                named = ctx.text[max(start, note.start() - 20):mention.start]   # ("casualty figures are as of", "figures on evacuations")
                kinds = [kind for kind, words in _NOTE_KINDS.items() if words.search(named)]
                return mention.day, kinds[0] if len(kinds) == 1 else None
    return None
