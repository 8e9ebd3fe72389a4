"""A figure's sentence + the story's strike → the day its "the same night" (evening, morning), a look back to "overnight" or "the previous night" stands at."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.context import DocContext
from extract.datefacts import Facts
from extract.datementions import H
from extract.datepatterns import MONTH_WORD, THE_DAY_WINDOW
from extract.sentencedate import COMPARISON_BEFORE, COMPARISON_REACH
from extract.vocab import may_hold

_SAME_NIGHT = regex.compile(rf"(?i:\b(?:the|that){H}+(?:same{H}+)?night\b(?!{H}+(?:before|after)\b))")   # ("the night before": another night)
_EVENING_AFTER = regex.compile(rf"(?i:,?{H}+(?:evening|night)\b)")
_EVENING_BEFORE = regex.compile(rf"(?i:\b(?:late{H}+(?:on{H}+)?|(?:evening|night){H}+of{H}+))$")
# a strike by day ("at about 10:15 on 13 April", "on Sunday at 2.30 pm", "on Monday afternoon"): the night after it
# is the next one; a clock of the small hours ("at 04:20 on 13 April") is that night's own
_DAY_CLOCK = regex.compile(rf"(?i:\bat{H}+(?:about{H}+|around{H}+|approximately{H}+)?(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)(?:{H}*(?P<ap>[ap])\.?m\b\.?)?)")
_DAYTIME_WORD = regex.compile(rf"(?i:\b(?:afternoon|midday|noon|lunchtime|in{H}+broad{H}+daylight|during{H}+the{H}+day)\b)")
_DAYTIME_REACH = 30
_DAY_HOURS = range(7, 18)


def _hour(found: regex.Match) -> int:
    hour = int(found.group("h"))
    if found.group("ap") and found.group("ap").lower() == "p" and hour < 12:
        hour += 12
    return hour


def _day_windows(ctx: DocContext, facts: Facts, day: date, before: int):
    """The text at each side of every mention of `day` before `before`, within the mention's line: (lo, hi)."""
    for mention in facts.mentions(0, before):
        if mention.day != day:
            continue
        l_start, l_end = ctx.line_at(mention.start)
        yield max(l_start, mention.start - _DAYTIME_REACH), min(l_end, mention.end + _DAYTIME_REACH)


def _day_clock(text: str, lo: int, hi: int) -> bool:
    return any(_hour(c) in _DAY_HOURS for c in _DAY_CLOCK.finditer(text, lo, hi))


def _by_day(ctx: DocContext, facts: Facts, day: date, before: int) -> bool:
    """Whether a mention of the strike's day before `before` tells it by daylight (a day clock or word at its side)."""
    return any(_DAYTIME_WORD.search(ctx.text, lo, hi) or _day_clock(ctx.text, lo, hi)
               for lo, hi in _day_windows(ctx, facts, day, before))


def same_night(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> date | None:
    """"In the same night, 22 drones ...": the night of the story's strike, dated by its morning (the next day's
    when the strike came in the evening or by day)."""
    if not may_hold(ctx.text[s_start:s_end], ("night",)) or not _SAME_NIGHT.search(ctx.text, s_start, s_end):
        return None
    # ("The record came on 7 September. ... On 9 July Russia launched 728 drones. All seven missiles fired that night
    # were downed": the night of the day its own paragraph named last, not the story's)
    own = [m for m in facts.mentions(ctx.line_at(s_start)[0], s_start) if m.day and m.precise and m.role == "day"]
    if (main := own[-1] if own else facts.main_mention) is None or main.start >= s_start:
        return None
    text = ctx.text
    later = _EVENING_AFTER.match(text, main.end) or _EVENING_BEFORE.search(text, max(0, main.start - 20), main.start) \
        or _by_day(ctx, facts, main.day, s_start)
    # (a page published on that very day told of a night that had ended by its morning: "the night of 29 January")
    return main.day + timedelta(days=1) if later and not (ctx.published and main.day >= ctx.published) else main.day


# "Overnight, Russia had also sent 24 drones" after a sentence dating an attack: the night before that attack, told
# in the past perfect of a look back, not the night before the report
_OVERNIGHT_BEFORE = regex.compile(rf"(?i:overnight|at{H}+night|(?:during|in){H}+the{H}+night|the{H}+night{H}+before)")
# ("according to the Air Force, Russia had launched ..." shifts no tense: its "had" is still the look back's)
_SAID = regex.compile(r"(?i)\b(?:said|says|reported|reports|claimed|claims|told|stated|announced|wrote)\b")


def look_back_night(text: str, chosen, s_start: int, s_end: int) -> bool:
    """"Overnight, Russia had also sent 24 drones": the sentence opens on the night and tells it in the past perfect,
    no one's reported words (their "had" only shifts back from the day they spoke)."""
    return (_OVERNIGHT_BEFORE.fullmatch(text, chosen.start, chosen.end) is not None and not text[s_start:chosen.start].strip(" \t-–•*")
            and _PAST_PERFECT.search(text, chosen.end, s_end) is not None and _SAID.search(text, s_start, s_end) is None)


_PAST_PERFECT = regex.compile(rf"\bhad{H}+(?:(?:also|already|earlier|first|just){H}+)?(?:been{H}+)?(?!no\b|to\b)[a-z]{{3,}}\b")


# "The same evening the occupiers shelled Krasnohrad. One man was killed there": the part of the day of the strike told
# before, in the figure's sentence or one before it in its paragraph (no other day named between them)
_SAME_PART = regex.compile(rf"(?i:\b(?:the{H}+same|that){H}+(?:morning|afternoon|evening)\b)")


def same_part_of_day(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> int | None:
    """Where a "the same evening" (morning, afternoon) that dates the figure's sentence ends, if one does."""
    l_start, _ = ctx.line_at(s_start)
    if not may_hold(ctx.text[l_start:s_end], ("morning", "afternoon", "evening")):
        return None
    found = list(_SAME_PART.finditer(ctx.text, l_start, s_end))
    if not found or any(m.day for m in facts.mentions(found[-1].end(), s_end)):
        return None
    return found[-1].start()


# "During the previous night, all 23 drones were destroyed" after "the morning missile attack on 29 December": the
# night that ended on that morning, dated by it (claims-schema: overnight is the morning's date); not so after a
# night's attack, whose previous night is the one before
_PREVIOUS_NIGHT = regex.compile(rf"(?i:\b(?:the{H}+(?:previous|preceding){H}+night|the{H}+night{H}+before)\b(?!{H}+(?:yesterday|last|the|a|an|his|her|their|its)\b))")
_BY_DAY_NEAR = regex.compile(rf"(?i:(?<!early{H}+)\b(?:morning|afternoon|evening|midday|daytime)\b)")
_NIGHT_NEAR = regex.compile(r"(?i:night)")   # ("overnight" too)


def night_before_day_strike(ctx: DocContext, facts: Facts, s_start: int, span_start: int) -> bool:
    """Whether the figure's "the previous night" is the one before a strike the story tells by day."""
    text = ctx.text
    if (main := facts.main_mention) is None or not may_hold(text[s_start:span_start], ("night",)) \
            or not _PREVIOUS_NIGHT.search(text, s_start, span_start):
        return False
    for lo, hi in _day_windows(ctx, facts, main.day, s_start):
        if _NIGHT_NEAR.search(text, lo, hi):
            return False
        if _BY_DAY_NEAR.search(text, lo, hi) or _day_clock(text, lo, hi):
            return True
    return False


# "Over the day, 38 were evacuated", "the enemy's losses during the day": a day's summary, of the day named last before
# it (the day its speaker spoke, or the scene's: "On Sunday, troops shelled Kharkiv. During the day, three were killed")
_THE_DAY_ROLES = ("day", "asof", "window", "statement")
_THE_DAY_LINES = 3


# a week told as its days ("the week of 16-22 August", "from 12 to 18 May")
_WEEK_RANGE = regex.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?{H}*(?:[-–—]|to|and|through|until){H}*(?:\p{{L}}+\.?{H}+)?\d{{1,2}}")


# a week across two months, told as two dates ("week of 26 May – 1 June 2025", "from 28 April to 4 May")
_WEEK_JOIN = regex.compile(rf"{H}*(?:[-–—]|to|through|until){H}*")


def _named_week(ctx: DocContext, facts: Facts, before: int) -> date | None:
    """The last day of the last week told as its days before offset before, if any."""
    told = [m for m in facts.mentions(0, before) if m.day and m.precise]
    weeks = [m for m in told if _WEEK_RANGE.search(ctx.text, m.start, m.end)]
    weeks += [last for first, last in zip(told, told[1:]) if 4 <= (last.day - first.day).days <= 7
              and _WEEK_JOIN.fullmatch(ctx.text, first.end, last.start)]
    return max(weeks, key=lambda m: m.start).day if weeks else None


_MONTH = regex.compile(rf"(?i:{MONTH_WORD}|last\s+month)")


def _named_month(ctx: DocContext, facts: Facts, before: int) -> date | None:
    """The last day of the latest month named before offset before ("In April 2025, ..."), else of the month the
    report's title covers ("update for April 2025"), if any."""
    months = [m for m in facts.mentions(0, before) if m.day and not m.precise and m.role == "day" and _MONTH.search(ctx.text, m.start, m.end)
              and not COMPARISON_BEFORE.search(ctx.text, max(0, m.start - COMPARISON_REACH), m.start)]   # ("more than in April 2024")
    # (the latest of them: "in July ... A year ago, in July 2024, ... Over the month, 5,573 were downed" is this July)
    return max(m.day for m in months) if months else facts.title_day




def the_day_summary(ctx: DocContext, facts: Facts, chosen, s_start: int, period: str | None = None) -> date | None:
    """The day "over/during the day" (chosen, its mention) stands at: the day a report titled for one covers, else the
    last day named in its paragraph before it or in the few lines above, else None; "in the week" stands at the last
    day of the week told as its days before it, "during the month" at the last month's named before it, if any."""
    if period:
        return (_named_week if period.lower() == "week" else _named_month)(ctx, facts, chosen.start)
    if (titled := facts.title_day) is not None:
        return titled
    line_index = ctx._index(ctx.lines, s_start) if ctx.lines else 0
    for back in range(0, min(_THE_DAY_LINES, line_index) + 1) if ctx.lines else ():
        b_start, b_end = ctx.lines[line_index - back]
        named = [m for m in facts.mentions(b_start, min(b_end, chosen.start)) if m.day and m.precise and m.role in _THE_DAY_ROLES]
        if named:
            return named[-1].day
    return None



def window_summary(ctx: DocContext, facts: Facts, mention) -> date | None:
    """The day a "during the day" / "over the month" mention stands at (the_day_summary), None for any other mention."""
    if mention.role != "window" or (summary := THE_DAY_WINDOW.fullmatch(ctx.text, mention.start, mention.end)) is None:
        return None
    return the_day_summary(ctx, facts, mention, ctx.sentence_at(mention.start)[0], summary.group("period"))


_THE_BEFORE = regex.compile(rf"(?i:\bthe{H}+)$")


def the_overnight(text: str, mention) -> bool:
    """"the overnight attack": a night already named, not the night before the report."""
    return (mention.role == "window" and text[mention.start:mention.end].lower() == "overnight"
            and _THE_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None)
