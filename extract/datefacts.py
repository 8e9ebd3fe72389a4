"""DocContext → the date facts every figure of a document shares: its date mentions line by line, the main event's day, date headings and stamps."""
from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date, timedelta

import regex

from extract.context import DocContext
from extract.datelines import dateline_date
from extract.dayshift import COUNTED_REACH, counts_since
from extract.datementions import DAY_NUMBER, MONTH_WORD, YEAR_NUMBER, H, DateMention, find_dates, parse_date
from extract.pagestamp import page_stamp
from extract.publisher import DATELINE
from extract.questiondays import question_day
from extract.reportdays import REPORT_ASOF_METRICS, REPORT_ASOF_REACH, asof_header, posts_day, report_asof, report_note_asof, title_day
from extract.tolls import AFTER_INTERVAL, counted_on, counts_from_attack, names_attack
from extract.yearechoes import YEAR_ECHO_REACH, told_years
from extract.tolls import toll_update as _toll_update
from extract.vocab import may_hold
from extract.yearrefs import YEAR_REACH, year_mentions

# the agency-first dateline of ANSA and others ("(ANSA) - ROME/KYIV, MAR 21 - "): the outlet in brackets, then the
# desk's places (perhaps two, joined by a slash) and the day, then the dash that opens the story
_AGENCY_FIRST_DATELINE = regex.compile(
    rf"{H}*+\(\p{{Lu}}[\p{{L}}.&'’ -]{{1,30}}\){H}*+[-–—]{H}*+\p{{Lu}}[\p{{L}}'’.-]*+(?:[ /-]\p{{Lu}}[\p{{L}}'’.-]*+){{0,3}},{H}*+"
    rf"(?:\p{{L}}{{3,9}}\.?{H}+\d{{1,2}}|\d{{1,2}}{H}+\p{{L}}{{3,9}}\.?)(?:,?{H}+(?:19|20)\d\d)?{H}*+[-–—]")
# The main event of a news story happened at most this long before publication.
MAIN_EVENT_WINDOW = timedelta(days=7)
LEDE_LINES = 12
# A page's own date line stands among its first lines (masthead, headline, date)
PAGE_DATE_LINES = 6

# a live blog's day heading, perhaps with the time of its first entry ("17 March 2024 | 09:15", "09:15, March 17",
# "Mar 17, 2024 9:15 AM", "17.03.2024", "March 17, 2024 (Day 753)")
CLOCK = rf"\d{{1,2}}[:.]\d\d(?:{H}*[AaPp]\.?[Mm]\.?)?(?:{H}+(?:[A-Z]{{2,4}}|GMT[+-]?\d{{0,2}}))?"
# (a line that is only a date may be set in capitals: "THURSDAY, 5 JUNE", or in digits: "11/03/2025", "11.03.2025", "2025-03-11")
_ANY_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMERIC_DAY = rf"[0-3]?\d(?P<sep>[./-])[0-3]?\d(?P=sep){YEAR_NUMBER}|{YEAR_NUMBER}-[01]\d-[0-3]\d"
# (a log's day may be counted before its date: "DAY 2, 7 July", "Day 753: 17 March 2024", "Day 3 – Tuesday, 8 July")
_DAY_COUNT = rf"(?:(?i:day){H}+\d{{1,4}}{H}*[,:|–—-]?{H}*)?"
_DATE_ONLY_LINE = regex.compile(rf"[\s\-–•*]*{_DAY_COUNT}(?:(?:{_ANY_WEEKDAY},?{H}+)?(?i:{MONTH_WORD}\.?{H}+{DAY_NUMBER}|{DAY_NUMBER}{H}+{MONTH_WORD}\.?)(?:,?{H}+{YEAR_NUMBER})?"
                                rf"|{_NUMERIC_DAY})[\s:.]*$")
# ...and any line that is only a day and a time: a byline's or an entry's stamp, the day its relative words count from
_STAMP_LINE = regex.compile(
    rf"[\s\-–•*]*(?:{CLOCK}{H}*[,|–—-]?{H}*)?{_DAY_COUNT}"
    rf"(?:(?:{_ANY_WEEKDAY},?{H}+)?(?i:{MONTH_WORD}\.?{H}+{DAY_NUMBER}|{DAY_NUMBER}{H}+{MONTH_WORD}\.?)(?:,?{H}+{YEAR_NUMBER})?"
    rf"|{_NUMERIC_DAY})"
    rf"(?:{H}*[,|–—-]?{H}*{CLOCK})?(?:{H}*\((?i:day){H}+\d+\))?[\s:.]*$")
# a digest's section label under which its items stand: a weekday, perhaps a part of the day, and a short topic
# ("SATURDAY - Kharkiv", "Thursday: the morning raid", "MONDAY"); no figure, no sentence
_WEEKDAY_LABEL = regex.compile(
    rf"[\s\-–•*]*(?P<day>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    rf"(?:{H}+(?i:morning|afternoon|evening|night))?(?:{H}*[-–—:|]{H}*(?P<topic>[^\d\n.!?]{{1,40}}))?[\s:]*$")
# ...a label counts only when the page has several (one "Monday" line alone is no digest's section)
WEEKDAY_LABELS = 2
_STAMP_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", ".", "/", "-")   # one of them in every date line

EVENT = regex.compile(r"(?i:\b(?:strikes?|struck|attack(?:s|ed)?|hit|barrage|shell(?:ing|ed)|bomb(?:ing|ed)|explosions?|"
                       r"missiles?|drones?|killed|killing|dead|died|injured|wounded|evacuated|without{H}+power|(?:came|come|comes|coming){H}+under{H}+fire|opened{H}+fire)\b)".replace("{H}", H))

def is_heading(ctx: DocContext, line: tuple[int, int]) -> bool:
    return bool(_DATE_ONLY_LINE.fullmatch(ctx.text, line[0], line[1]))


def _main_event(ctx: DocContext, facts: "Facts") -> DateMention | None:
    """The day of the story's main event: the first date near the top tied to an attack or its toll,
    a little before publication (headings, bylines and "as of" days date the report, not the event)."""
    reference = ctx.published
    if reference is None:
        return None
    earliest = reference - MAIN_EVENT_WINDOW if reference > date.min + MAIN_EVENT_WINDOW else date.min
    weekend = None
    for index, line in enumerate(ctx.lines[:LEDE_LINES]):
        if is_heading(ctx, line) or NOTICE_LINE.match(ctx.text, line[0], line[1]):
            continue   # (a correction's day is when the page was fixed, not when the strike came)
        mentions = facts.line_mentions(index)
        # "(ANSA) - ROME, MAR 21 -": the day of the report, not of its strike
        agency = _AGENCY_FIRST_DATELINE.match(ctx.text, line[0], line[1]) if mentions else None
        filed = dateline_date(ctx.text, line[0], line[1]) if mentions else None   # "KYIV, Oct 11 (AFP) - Russia on Monday fired ..."
        for at, mention in enumerate(mentions):
            if mention.day is None or not mention.precise or not (earliest <= mention.day <= reference or (
                    reference - COUNTED_REACH <= mention.day < earliest and counts_since(ctx.text, *ctx.sentence_at(mention.start)))):
                continue   # a week or a month ("last week", "in July") is no event's day ("Nine days have passed since ... 13 April")
            if (agency and mention.start < agency.end()) or page_stamp(ctx.text, line, mention.start, mention.end):
                continue   # (or the page's stamp in its masthead bar: "Memorial | Stories of the killed | 9 March 2024")
            s_start, s_end = ctx.sentence_at(mention.start)
            in_sentence = [m for m in mentions if s_start <= m.start < s_end and m is not mention]
            if filed and filed[0] <= mention.start < filed[1] and any(m.start > mention.start and m.precise and m.role == "day" and m.day and earliest <= m.day for m in in_sentence):
                continue   # (the day the wire filed it yields to the lede's own day)
            if mention.role not in ("day", "statement") and not (mention.role == "start" and counts_since(ctx.text, s_start, s_end)) and not (   # ("since Monday's attack": that attack's day)
                    mention.role == "window" and _NIGHT.fullmatch(ctx.text, mention.start, mention.end)
                    and not any(m.role in ("day", "statement") for m in in_sentence)) and not counts_from_attack(ctx.text, mention.start, mention.end, s_start):
                continue   # "fired 300 drones overnight": that night's morning, when no day is named with it
            if not EVENT.search(ctx.text, s_start, s_end):
                continue
            if at + 1 < len(mentions) and mentions[at + 1].day and mentions[at + 1].day > mention.day \
                    and _JOINED_DAY.fullmatch(ctx.text, mention.end, mentions[at + 1].start):
                continue   # "shelling on Wednesday and Thursday injured nine": two days, dated by the last (as "7 and 8 June")
            if _EARLIER_BEFORE.search(ctx.text, line[0], mention.start):
                continue   # "A day earlier, on Friday, a drone struck a car. ..., he said on Friday": a look back from the story's day
            if _DAY_AFTER_BEFORE.search(ctx.text, max(line[0], mention.start - 30), mention.start):
                continue   # "another wave a day after Monday's mass attack": the story's day is a later one
            trail = _TRAILS_DAYS_AFTER.match(ctx.text, mention.end, s_end)
            own = trail is not None and _OWN_ATTACK.search(ctx.text, s_start, trail.start("after")) is not None
            # (an attack of the sentence's own, told "a day after" another: "Russian drones hit Kyiv on Tuesday, a day
            # after a missile attack on Lviv" is Tuesday's)
            trail = None if own else trail
            if AFTER_INTERVAL.match(ctx.text, mention.end) and not trail and not own:
                continue   # "on Sunday, more than 24 hours after a drone hit the block": a later day's, the strike came before
            if ((_toll_update(ctx.text, s_start, s_end) and not names_attack(ctx.text, mention.start, mention.end))
                    or counted_on(ctx.text, s_start, s_end, mention.start)):
                # "the toll climbed to 20 on Saturday" (or its dateline's day), "the hospital, which was struck in the
                # attack, ... as the toll rose to 41 on Tuesday": the day of the count, the strike came before
                continue
            # "were without power on Friday after an attack late on Thursday": the cause's earlier day
            cause = next((m for m in mentions[at + 1:] if m.start < s_end and m.day and m.precise and (m.role == "day" or m.role == "start" and _AFTER.search(ctx.text, m.start - 6, m.start))
                          and earliest <= m.day < mention.day and _AFTER.search(ctx.text, mention.end, m.start)), None)   # ("after Wednesday's strikes")
            # "Russia on Monday accused Kyiv of a missile attack on Sunday": the attack's own day, not the accusation's
            named = next((m for m in in_sentence if m.start > mention.start and m.day and m.precise and m.role == "day"
                          and earliest <= m.day < mention.day and names_attack(ctx.text, m.start, m.end)), None)
            # "At least 208 civilians were killed in September, the UN mission said on Wednesday": the day a month's
            # report came out; the month it counts is the story's time
            period = next((m for m in in_sentence if m.day and not m.precise and m.role == "day" and m.day < mention.day
                           and _MONTH_PERIOD.fullmatch(ctx.text, m.start, m.end)), None) if mention.role == "statement" else None
            found = cause or named or period or mention
            if found is mention and (opener := _OPENS_DAYS_AFTER.match(ctx.text, s_start, s_end)) and opener.end() <= mention.start:
                # "A day after one of the heaviest missile attacks, millions remained without power on Nov. 24": the
                # attack the story follows came that many days before the day its sentence names
                back = _DAY_COUNTS.get((opener.group("n") or "a").lower(), 1)
                found = DateMention(mention.start, mention.end, mention.day - timedelta(days=back), mention.role, mention.precise)
            elif found is mention and trail:
                # "70 per cent of Kyiv was still without electricity on Thursday morning, the mayor said, a day after
                # Russia's strikes": a state the day after; the strike it follows is the story's (not so "Russia struck
                # Kyiv on Friday, a day after the attack on Lviv", an attack of its own)
                back = _DAY_COUNTS.get(trail.group("n").lower(), 1)
                found = DateMention(mention.start, mention.end, mention.day - timedelta(days=back), mention.role, mention.precise)
            if weekend is not None:
                if weekend.day - timedelta(days=1) <= found.day <= weekend.day:
                    return found   # "spent the weekend without power ... On Saturday morning, after a night of drones": Saturday
                continue
            if _WEEKEND.search(ctx.text, found.start, found.end):
                weekend = found   # two days, no event's day: a day of it the lede names is the event's
                continue
            return found
    return weekend


_EARLIER_BEFORE = regex.compile(
    rf"(?i:\b(?:(?:a|one|two|three|four|five|several|a{H}+few){H}+days?{H}+(?:earlier|before)|the{H}+(?:previous|preceding){H}+(?:day|evening|night)"
    rf"|the{H}+(?:day|evening|night){H}+before(?!{H}+yesterday)|earlier{H}+(?:this|that|in{H}+the){H}+week|on{H}+the{H}+eve)\b)")
_DAY_AFTER_BEFORE = regex.compile(rf"(?i:\b(?:(?:a|one|two|three|four|five|\d+){H}+days?|the{H}+day){H}+after{H}+(?:the{H}+)?)$")
# a sentence opening on the attack it follows ("A day after Russia's massive strike,", "Two days after the attack on the
# dam,", "24 hours after the barrage,"; not "the morning after the barrage", an overnight one: the morning's)
_OPENS_DAYS_AFTER = regex.compile(
    rf"[\s\-–•*]*(?i:(?:(?P<n>a|one|two|three)|the){H}+days?|24{H}+hours){H}+after\b[^,;.\n]{{0,120}}?"
    rf"\b(?i:strikes?|attacks?|barrage|shelling|bombardment|raids?|assault)\b[^,;.\n]{{0,80}},")
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
# ...or ending on it, after the day its state is told of ("..., a day after Russia's latest wave of strikes")
_TRAILS_DAYS_AFTER = regex.compile(
    rf"[^.;\n]{{0,120}}?,{H}*+(?:just{H}+|only{H}+)?(?P<after>(?P<n>a|one|two|three){H}+days?{H}+after)\b[^.;\n]{{0,120}}?"
    rf"\b(?i:strikes?|struck|hit|attack(?:s|ed)?|barrage|shell(?:ing|ed)|bombardment|bombed|raids?|assault|missiles?|drones?)\b")
# an attack of the sentence's own clause, before its "a day after" (not a toll, an outage or a rescue, which follow one)
_OWN_ATTACK = regex.compile(r"(?i:\b(?:strikes?|struck|attack(?:s|ed)?|hit|barrage|shell(?:ing|ed)|bomb(?:ing|ed)|explosions?|"
                            r"missiles?|drones?|fired|launched)\b)")
_MONTH_PERIOD = regex.compile(rf"(?:(?i:last{H}+month)|{MONTH_WORD}(?:{H}+{YEAR_NUMBER})?)[.,]?")
_NIGHT = regex.compile(r"(?i:overnight|last[^\S\n]+night(?:'s)?)")
# an editor's notice at the top of a page: "Correction (9 December 2026, 11:05): An earlier version ... said 11 people
# were injured", "Update, 14 March: ...", "Editor's note (May 2): ..." (its words follow the colon: a page's stamp
# "Updated June 18, 2025 19:06 GMT" or "Updated: 12 May 2025" is no notice)
NOTICE_LINE = regex.compile(r"[^\S\n]*+(?i:corrections?|clarification|update[ds]?|editor['’]s[^\S\n]++note)\b(?:[^\n:]|:\d){0,40}?:[^\S\n]*+(?=\p{L})")
_AFTER = regex.compile(r"(?i:\bafter\b)")
_JOINED_DAY = regex.compile(rf"{H}*+(?:(?i:and|or|to|through|till|until)|[-–—]){H}*+")
_WEEKEND = regex.compile(r"(?i:weekend)")


# a lede's call or order to leave ("on Aug 19 urged residents to evacuate", "ordered the evacuation of 27 settlements on
# Monday"): the day of the story's evacuation, which dates its undated counts of people leaving or staying
_EVACUATION = regex.compile(r"(?i)\b(?:evacuat\w*|fle(?:e|es|eing|d)|leave|leaving|convoys?|displaced|relocat\w*)\b")


def _evacuation_day(ctx: DocContext, facts: "Facts") -> date | None:
    """The first day the lede names in a sentence on leaving, a little before publication (not a heading's, not a month)."""
    reference = ctx.published
    if reference is None:
        return None
    for index, line in enumerate(ctx.lines[:LEDE_LINES]):
        if is_heading(ctx, line) or NOTICE_LINE.match(ctx.text, line[0], line[1]):
            continue
        for mention in facts.line_mentions(index):
            if mention.day and mention.precise and mention.role in ("day", "statement") \
                    and reference - MAIN_EVENT_WINDOW <= mention.day <= reference \
                    and _EVACUATION.search(ctx.text, *ctx.sentence_at(mention.start)):
                return mention.day
    return None


# "the start of the month" (not "this month": the report's own) and a month named alone before it ("in August", "August was")
_THE_MONTH = regex.compile(rf"(?i:\bthe{H}+month)$")
_MONTH_ONLY = regex.compile(rf"(?:(?i:in|during|for|over){H}+)?{MONTH_WORD}(?:{H}+{YEAR_NUMBER})?")
# how many lines back that month may be named (a report's lede and its list of the month's figures)
MONTH_NAMED_REACH = 12

_UNKNOWN = object()


class Facts:
    """Per-document facts every figure of the article shares, each worked out once and only when first
    asked: the date mentions line by line (a date never spans a line break, so a line scanned alone yields
    exactly its share of a whole-text scan), the main event day, the date headings, the day the title covers."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx, self.published = ctx, ctx.published
        self._by_line: dict[int, list[DateMention]] = {}
        self._everything: list[DateMention] | None = None
        self._main, self._title_day, self._headings, self._stamps = _UNKNOWN, _UNKNOWN, None, None
        self._asof = self._posts = self._report_asof = self._evacuation = self._note_asof = _UNKNOWN
        self._datelines: dict[int, int] = {}
        self._labels: set[int] = set()   # the lines of a digest's weekday labels (see _weekday_labels)
        self.entry_days: dict[int, object] = {}   # line index → its clock-stamped entry's day (extract/entrydays.py)

    def dateline_end(self, offset: int) -> int:
        """Where the dateline opening offset's line ends ("MOSCOW, June 2, 2025 (Agency) -"), 0 when it has none."""
        line_start, _ = self.ctx.line_at(offset)
        found = self._datelines.get(line_start)
        if found is None:
            m = DATELINE.match(self.ctx.text, line_start, min(len(self.ctx.text), line_start + 200))
            if not (m and m.group("date")):
                m = _AGENCY_FIRST_DATELINE.match(self.ctx.text, line_start, min(len(self.ctx.text), line_start + 200))
            found = self._datelines[line_start] = m.end() if m and (m.re is _AGENCY_FIRST_DATELINE or m.group("date")) else 0
        return found

    def line_mentions(self, index: int) -> list[DateMention]:
        if (found := self._by_line.get(index)) is None:
            start, end = self.ctx.lines[index]
            found = find_dates(self.ctx.text, start, end, reference=self.published)
            if "year" in self.ctx.text[start:end].lower() and (years := year_mentions(
                    self.ctx.text, start, end, found, [self.line_mentions(i) for i in range(max(0, index - YEAR_REACH), index)])):
                found = sorted(found + years, key=lambda m: m.start)   # "Over the year," of a year named before
            if "month" in self.ctx.text[start:end] and index:
                found = [self._month_named(m, index) for m in found]
            found = told_years(self.ctx.text, found, start, end, lambda: [self.line_mentions(i) for i in range(max(0, index - YEAR_ECHO_REACH), index)])
            self._by_line[index] = found
        return found

    def _month_named(self, mention: DateMention, index: int) -> DateMention:
        """"at the start of the month" in a report on a month it named before ("August was our hardest month. ... about
        53,000 were still in the town at the start of the month", published 1 September): that month's first day."""
        text, reference = self.ctx.text, self.published
        # (only in a report out in a month's first days, which looks back on the month before: later in a month, "the
        # month" is the one under way, whatever month was named before)
        if not (reference and reference - reference.replace(day=1) < MAIN_EVENT_WINDOW and mention.day == reference.replace(day=1)
                and _THE_MONTH.search(text, mention.start, mention.end)):
            return mention
        for back in range(index - 1, max(-1, index - MONTH_NAMED_REACH), -1):
            named = [m for m in self.line_mentions(back) if m.day and not m.precise and _MONTH_ONLY.fullmatch(text, m.start, m.end)]
            if named:
                month = named[-1].day.replace(day=1)
                last_month = (reference.replace(day=1) - timedelta(days=1)).replace(day=1)
                return replace(mention, day=month) if month == last_month else mention
        return mention

    def mentions(self, start: int, end: int) -> list[DateMention]:
        """The document's date mentions inside [start, end)."""
        if not self.ctx.lines:   # a context built without its line table: one scan of the whole text
            if self._everything is None:
                self._everything = find_dates(self.ctx.text, reference=self.published)
            return [m for m in self._everything if start <= m.start < end and m.end <= end]
        found, lines = [], self.ctx.lines
        index = self.ctx._index(lines, start)
        while index < len(lines) and lines[index][0] < end:
            if lines[index][1] > start:
                in_line = self.line_mentions(index)
                # from the first mention at or after start (a line may be a megabyte long)
                at = bisect.bisect_left(in_line, start, key=lambda m: m.start)
                while at < len(in_line) and in_line[at].start < end:
                    if in_line[at].end <= end:
                        found.append(in_line[at])
                    at += 1
            index += 1
        return found

    @property
    def main(self) -> date | None:
        found = self.main_mention
        # (a digest or diary of one day's posts whose lede dates no strike: its strikes are that day's)
        return found.day if found else self.posts_day

    @property
    def main_mention(self) -> DateMention | None:
        if self._main is _UNKNOWN:
            self._main = _main_event(self.ctx, self) or question_day(self.ctx, self, EVENT, LEDE_LINES, MAIN_EVENT_WINDOW)
        return self._main

    @property
    def evacuation_day(self) -> date | None:
        if self._evacuation is _UNKNOWN:
            self._evacuation = _evacuation_day(self.ctx, self) if self.ctx.lines else None
        return self._evacuation

    @property
    def asof_header(self) -> date | None:
        if self._asof is _UNKNOWN:
            self._asof = asof_header(self.ctx, self.line_mentions) if self.ctx.lines else None
        return self._asof

    def report_asof_near(self, line_index: int, metric: str | None = None) -> date | None:
        """The lede's "figures as of" day of a report told within a few lines of line_index, if any (and if it
        counts the figure's kind)."""
        if self._report_asof is _UNKNOWN:
            self._report_asof = report_asof(self.ctx, self.line_mentions) if self.ctx.lines else None
        if self._report_asof is None or abs(self._report_asof[0] - line_index) > REPORT_ASOF_REACH:
            if self._note_asof is _UNKNOWN:   # (else its note's day: "Figures include only cases verified as of 31 May")
                self._note_asof = report_note_asof(self.ctx, self.line_mentions) if self.ctx.lines else None
            note, kind = self._note_asof or (None, None)
            return note if not (kind and metric and metric not in REPORT_ASOF_METRICS[kind]) else None
        index, day, kind = self._report_asof
        if kind and metric and metric not in REPORT_ASOF_METRICS[kind]:
            return None
        return day

    @property
    def posts_day(self) -> date | None:
        if self._posts is _UNKNOWN:
            self._posts = posts_day(self.ctx, self.line_mentions) if self.ctx.lines else None
        return self._posts

    @property
    def title_day(self) -> date | None:
        if self._title_day is _UNKNOWN:
            self._title_day = title_day(self.ctx)
        return self._title_day

    @property
    def title_exact_day(self) -> date | None:
        """The one day a title says its report covers ("Telegram updates, 1 June"), not a month ("update for April 2025")."""
        return title_day(self.ctx, months=False) if self.title_day else None

    @property
    def headings(self) -> list[tuple[int, date]]:
        if self._headings is None:   # the stamps that hold no clock time: every line _DATE_ONLY_LINE takes is a stamp
            lines, text = self.ctx.lines, self.ctx.text
            headings = [(i, day) for i, day in self.stamps if i in self._labels or _DATE_ONLY_LINE.fullmatch(text, *lines[i])]
            if len(headings) == 1 and headings[0][0] < PAGE_DATE_LINES and headings[0][1] == self.published:
                headings = []   # a page's own date line under its headline ("October 24, 2025") heads no live blog's section
            self._headings = headings
        return self._headings

    @property
    def stamps(self) -> list[tuple[int, date]]:
        """(line index, day) of the lines that are only a date, perhaps with a time, in line order."""
        if self._stamps is None:
            self._stamps = self._dated_lines()
        return self._stamps

    def _dated_lines(self) -> list[tuple[int, date]]:
        ctx, reference = self.ctx, self.published
        found = []
        for index, (start, end) in enumerate(ctx.lines):
            if end - start < 80 and may_hold(ctx.text[start:end], _STAMP_WORDS) and _STAMP_LINE.fullmatch(ctx.text, start, end):
                # ("16:" would read as a clock; "11/03/2025" reads the page's way)
                day = parse_date(ctx.text[start:end].rstrip(" :.\t\r"), reference, order_text=ctx.text)
                # a heading dated after publication is the page's crawl date, not a section
                if day is not None and (reference is None or day <= reference):
                    found.append((index, day))
        labels = self._weekday_labels()
        if len(labels) >= WEEKDAY_LABELS:
            found = sorted(found + labels)
        else:
            self._labels.clear()
        return found

    def _weekday_labels(self) -> list[tuple[int, date]]:
        """(line index, day) of a digest's weekday section labels, each the last such weekday up to publication."""
        ctx, reference = self.ctx, self.published
        if reference is None:
            return []
        found = []
        for index, (start, end) in enumerate(ctx.lines):
            if end - start < 60 and may_hold(ctx.text[start:end], ("day",)) \
                    and (m := _WEEKDAY_LABEL.fullmatch(ctx.text, start, end)) \
                    and len((m.group("topic") or "").split()) <= 5:
                if (day := parse_date(m.group("day").capitalize(), reference)) is not None:
                    self._labels.add(index)
                    found.append((index, day))
        return found


def document_facts(ctx: DocContext) -> Facts:
    """The facts of ctx's document, kept on ctx while its figures are dated (as places and claimants keep theirs)."""
    cached = ctx.__dict__.get("_date_facts")
    if cached is not None and cached.published == ctx.published:
        return cached
    facts = ctx.__dict__["_date_facts"] = Facts(ctx)
    return facts


def heading_above(facts: "Facts", line_index: int, stamps: bool = False) -> date | None:
    """The date of the nearest date heading above (live blogs); with stamps, of the nearest line holding only a
    date and a time, too."""
    headings = facts.stamps if stamps else facts.headings
    if not headings:
        return None
    above = bisect.bisect_left(headings, (line_index,))   # headings stand in line order
    return headings[above - 1][1] if above else None
