"""Article context + a figure's span → the figure's event date (and, re-exported, find_dates / parse_date).

The date mentions come from extract/datementions.py, each line of a document scanned once, when a
figure first asks about it (a date never spans a line break). `event_date` picks,
for one figure, the mention that governs it: in its sentence first, then its paragraph, then the
paragraphs before it, else the publication date (see ../shared/claims-schema.md, event_date).
"""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.context import DocContext
from extract.battleend import battle_end_day
from extract.figureanchors import figure_anchor
from extract.datefacts import CLOCK, EVENT, Facts, document_facts, heading_above, is_heading, NOTICE_LINE
from extract.datementions import MONTH_WORD, SPEAKER_AFTER, VOCAB, WEEKDAYS, WINDOW_WORD, H, DateMention, find_dates, parse_date
from extract.dayshift import SHIFT_WORDS, days_after_attack, next_day as _next_day
from extract.entrydays import entry_day, stamped_day
from extract.headlines import headline_over
from extract.interviews import interview_day
from extract.listleads import list_asof
from extract.presentclauses import in_present as _in_present, perfect_state, present_rate as _present_rate
from extract.reportdays import CLOCK_ENTRY
from extract.reportsplit import own_report
from extract.rescuedays import attack_named_before, rescue_end_day, rescued_from
from extract.saiddays import as_said_on, said_day as _said_day
from extract.samenight import look_back_night, the_overnight, night_before_day_strike, same_night, same_part_of_day, window_summary
from extract.sentencedate import COMPARISON_BEFORE, COMPARISON_REACH, cause_only, compared_month_after, first_of_start, governs, part_attack, pick_in_sentence, running_tally
from extract.tabledays import table_day
from extract.tolls import breaks_down_toll, counted_on, risen_in, is_toll, toll_figure, names_attack, previous_day_attack, recounted_strike, attack_told_of, toll_update as _toll_update
from extract.vocab import alternation, may_hold

__all__ = ["DateMention", "event_date", "find_dates", "parse_date"]

# How many paragraphs back a scene-setting date ("On 9 March, ...") still governs a figure with none of its own.
CONTEXT_LINES = 3
# how recent a paragraph's "as of" day must be to date its later running totals (the report's current count)
ASOF_NEWS_WEEK = timedelta(days=7)

# A date that opens its sentence sets the scene for what follows ("On Thursday evening, ...",
# "UPDATE, October 11, 09:45 -", "By Saturday, ..."); one in mid-sentence is usually a digression.
_FRAMING_BEFORE = regex.compile(
    # (after a source's opener: "According to the investigation, on 3 March 2022, ...", "Investigators established that on ...")
    rf"[\s\-–•*]*(?i:(?:according{H}+to{H}+[^,.\n]{{1,60}},{H}*|[^,.\n]{{0,60}}\b(?:established|found|determined|concluded|alleges?|alleged){H}+that{H}+)?"
    rf"(?:update[d]?,?{H}*|(?:late|early){H}+)?(?:on|by|as{H}+of|at{H}+[\d:.]+{H}+on|in)?{H}*"
    rf"(?:the{H}+(?:morning|evening|night|afternoon){H}+of{H}+)?)$")
# a paragraph opening on what the story's strike did (its figures are that strike's, on its day)
_STRIKE_RESULT = regex.compile(rf"[\s\-–•*]*(?i:as{H}+a{H}+(?:direct{H}+)?result{H}+of){H}+(?:(?:the|this|that|yesterday's|[\w-]+'s){H}+)?"
                               rf"(?:[\w-]+{H}+){{0,3}}?(?i:strikes?|attacks?|shelling|barrage|bombardment|explosions?|blasts?|hit)\b")
# "At the time, ...", "At that point, ...": the figure belongs to the day the previous sentences named
# ("Since October 10, strikes have killed 70. On that first day, Russia fired 84 missiles": the day the tally began)
_ANAPHORIC = regex.compile(r"(?i:\b(?:at{H}+the{H}+time|at{H}+that{H}+(?:point|time)|that{H}+day|the{H}+same{H}+(?:day|period|date)|(?:over|during|in|for|throughout){H}+(?:that|this){H}+period"
                           r"|(?P<first>(?:that|the){H}+(?:very{H}+)?first{H}+(?:day|night)(?!{H}+of\b))"
                           r"|(?P<told>(?:in|during){H}+the{H}+same{H}+(?:post|statement|address|message|update|briefing|interview|speech|video|report)))\b)".replace("{H}", H))
_ANAPHORIC_WORDS = ("time", "point", "day", "period", "date", "same", "first")
_AS_THE_ATTACK = regex.compile(rf"{H}+as{H}+the{H}+(?:[\w-]+{H}+){{0,3}}?(?:strikes?|attacks?|shelling|barrage|raid|explosion|blast)\b", regex.I)
# the past perfect of a look back from the story's present ("had counted", "had reported", "had been moved", "had hit")
_FLASHBACK = regex.compile(rf"\bhad{H}+(?:(?:already|earlier|also|initially|first){H}+)?(?:been{H}+)?(?:[a-z]+(?:ed|en|wn|ght|id|ung)|hit|struck|cut|shot|hurt|lost|left|set|put)\b")
_BREAKDOWN = regex.compile(r"\s*(?i:" + alternation(VOCAB["breakdown_openers"]) + r")\b")
_CLAUSE_OPENER = regex.compile(r"\b(?:that|who|which|whom|where|when|after|before|because|since|as)\b", regex.I)

_VERBS = alternation(VOCAB["statement_verbs"])
# "On Tuesday, the ministry reported that ...": the day opens an earlier report, whose subject names who told it
_REPORT_OPENS = regex.compile(rf",?{H}*(?:(?:the|a|an){H}+)?(?:[\p{{L}}'’.-]+{H}+){{0,5}}?(?i:{_VERBS})\b(?:{H}+that)?")
# a sentence that opens a scene of its own ("In the Kursk region, acting Governor X said ...")
_OWN_SCENE = regex.compile(rf"\s*In{H}+(?:the{H}+)?\p{{Lu}}[\p{{L}}'’-]*(?:{H}+[\p{{L}}'’-]+){{0,3}},{H}+[^.;]{{0,80}}?\b(?i:{_VERBS})\b")


def _earlier_report(text: str, framing: DateMention, s_start: int, s_end: int, reference: date | None) -> bool:
    """Whether a framing day only dates an earlier report ("On Tuesday, the ministry reported that 87 drones had been
    shot down") and the figure's sentence opens a scene and a statement of its own ("In the Kursk region, the governor
    said two civilians were wounded"): that report's day is no scene for it (not so a figure of the same report:
    "On Tuesday, the UN announced that a convoy had arrived. ... The Red Cross said 101 civilians had left")."""
    return (reference is not None and framing.day is not None and framing.day < reference
            and _REPORT_OPENS.match(text, framing.end) is not None
            and _OWN_SCENE.match(text, s_start, s_end) is not None)

_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# a sentence that opens at a place of its own ("In Kyiv, ...", "In the eastern city of Kramatorsk, ...", "Meanwhile, in the
# Kharkiv region, ...")
_PLACE_SCENE = regex.compile(
    rf"\s*(?:(?:Meanwhile|Elsewhere),?{H}+)?(?i:in|near|outside){H}+(?:the{H}+(?:[\p{{Ll}}-]+{H}+){{0,3}}?(?:city|town|village|region|district|port){H}+of{H}+|the{H}+)?"
    rf"(?P<place>(?!{MONTH_WORD}\b|(?i:{_WEEKDAY_NAMES})\b)\p{{Lu}}[\p{{L}}'’-]+)(?:{H}+\p{{Lu}}[\p{{L}}'’-]+)?"
    rf"(?:{H}+(?:region|oblast|district|area))?,")


def _new_place_after_lookback(facts: Facts, framing: DateMention, s_start: int, s_end: int) -> bool:
    """"Last Sunday a strike on Yavoriv showed that the west was within reach. / In Kyiv, debris fell on a block, killing
    one": a day before the story's own, told of another place, sets no scene for a later paragraph that opens at a
    place of its own (which stands at the story's day)."""
    main = facts.main
    if main is None or framing.day is None or framing.day >= main:
        return False
    text = facts.ctx.text
    if (scene := _PLACE_SCENE.match(text, s_start, s_end)) is None:
        return False
    f_start, f_end = facts.ctx.sentence_at(framing.start)
    return scene.group("place") not in text[f_start:f_end]


def _flashback(text: str, start: int, end: int) -> bool:
    """Whether the sentence's own verb is a past perfect (not one reported after "announced that ..." or in a relative clause)."""
    found = _FLASHBACK.search(text, start, end)
    return bool(found) and not _CLAUSE_OPENER.search(text, start, found.start())


# "On Friday morning Klitschko said ...", "On Tuesday the governor reported ...": a day opening its sentence, then
# the speaker and the verb with no comma between: the day the words were said
_SPEECH_AFTER = regex.compile(rf"(?:{H}+(?i:morning|afternoon|evening|night))?,?{H}+(?:(?:the|a|an){H}+)?(?:\p{{Lu}}[\p{{L}}'’.-]*+{H}+|[\p{{Ll}}'’-]+{H}+){{0,5}}?(?i:{_VERBS})\b")


def _opens_speech(text: str, mention: DateMention, s_start: int) -> bool:
    return bool(_FRAMING_BEFORE.fullmatch(text, s_start, mention.start) and _SPEECH_AFTER.match(text, mention.end))


# a date with a clock time after it on a short line of no event: the page's "December 31, 2023 1:52 PM GMT+3 Updated"
# (a stamp's clock may follow a separator: "28.02.2022 • 10:42", "10.08.2023 | 17:40", "May 2, 2023 - 09:15")
_CLOCK_AFTER = regex.compile(rf",?{H}*+(?:[|•·–—-]{H}*+)?(?:at{H}+)?{CLOCK}")


def _timestamp(text: str, mention: DateMention, s_start: int, s_end: int) -> bool:
    return (s_end - s_start < 100 and bool(_CLOCK_AFTER.match(text, mention.end))
            and not EVENT.search(text, s_start, s_end))


def _framing(facts: "Facts", line: tuple[int, int]) -> DateMention | None:
    """The scene-setting date of a paragraph: a date that opens one of its sentences, if any."""
    ctx = facts.ctx
    text = ctx.text
    if NOTICE_LINE.match(text, line[0], line[1]):
        return None   # "Update, 3 July 2024: ...": the day the page was fixed sets no scene
    for mention in facts.mentions(line[0], line[1]):
        if mention.day is None or mention.role in ("start", "report", "vague", "other"):
            continue
        s_start, _ = ctx.sentence_at(mention.start)
        if _FRAMING_BEFORE.fullmatch(text, s_start, mention.start):
            return mention
    return None


def _toll_keeps_main(facts: "Facts", mention: DateMention, toll: bool, s_start: int, s_end: int) -> date | None:
    """The story's strike day where mention is only the day a toll of that strike was counted, else None."""
    if not toll or not mention.day or not (main := facts.main) or main >= mention.day:
        return None
    if mention.role == "asof":
        return main   # "as of the morning of June 28, 18 dead after the strike": the strike's day
    if mention.role in ("day", "statement") and (_toll_update(facts.ctx.text, s_start, s_end)
                                                 or counted_on(facts.ctx.text, s_start, s_end, mention.start)):
        return main   # "On Sunday, the death toll rose to 23": the toll of the story's strike keeps its day
    return None


# Counts of people moved out: they leave after the strike, so no strike's day dates them unless their own words do
_MOVED_METRICS = ("evacuated", "residents_remaining")
_TOLL_METRICS = ("killed", "injured")
_MOVING = regex.compile(r"(?i)\b(?:evacuat\w*|fled|flee\w*|left|leav\w+|convoys?|refugees|displaced|relocated|moved)\b")
_CLOCK_LINE = regex.compile(rf"[\s\-–•*]*{CLOCK}[\s:.]*$")


def _clock_entry(ctx: DocContext, line_index: int) -> bool:
    """Whether the line is a live blog's time-stamped entry ("14:20 GMT" on the line above, or opening it)."""
    line = ctx.lines[line_index]
    return bool(CLOCK_ENTRY.match(ctx.text, line[0], line[1])
                or (line_index and _CLOCK_LINE.fullmatch(ctx.text, *ctx.lines[line_index - 1])))


# the sentence's own attack, which makes a toll told on a later day that day's, not the story's strike's
# ("The strike killed four", "its strike killed 60": the story's own, told of before; "killed while fighting the blaze" is
# the fire the story's strike started, no fighting of its own)
_OWN_EVENT = regex.compile(r"(?i)(?<!\b(?:the|that|this|same|its|their)\s+)\b(?:strikes?|struck|attack(?:s|ed)?|hit|shell(?:s|ing|ed)|bomb(?:s|ing|ed)|missiles?|drones?"
                           r"|explosions?|blasts?|raids?|barrage|(?<!fire-)fighting(?!\s+(?:(?:the|a|an|that|this)\s+)?(?:[\w-]+\s+)?(?:fires?|blazes?|flames)\b))\b")
# ...or its own place ("five people had died in Nova Kakhovka"): the story's strike is not the one it counts
_PLACE_NAMED = regex.compile(rf"\b(?:in|near|outside|at){H}+(?:the{H}+)?\p{{Lu}}")


_SAID = regex.compile(rf"\b(?i:{_VERBS})\b")


def _told_from(text: str, s_start: int, span_start: int) -> int:
    """Where what the speaker told begins: past its statement verb before the figure ("the Defence Ministry in Moscow
    said ...": Moscow is where the speaker sits, not where the figure's event was), else the sentence's start."""
    said = _SAID.search(text, s_start, span_start)
    return said.end() if said else s_start


def _recounted(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> bool:
    main = facts.main_mention
    return main is not None and main.start < s_start and recounted_strike(ctx.text, s_start, s_end, ctx.sentence_at(main.start))


def event_date(ctx: DocContext, span_start: int, span_end: int, metric: str | None = None,
               cumulative: bool | None = None) -> date | None:
    """The day the figure at text[span_start:span_end] is about (contract: event_date); the figure's metric and
    time frame, when given, say whether a strike's day may date it."""
    text, reference = ctx.text, ctx.published
    if (anchor := figure_anchor(text, ctx.sentence_at(span_start), span_start, span_end, cumulative)) is not None:
        return anchor.shift(event_date(ctx, anchor.start, anchor.end, metric, anchor.cumulative))   # "44,150 (+122)"
    s_start, s_end = ctx.sentence_at(span_start)
    toll = is_toll(text, s_start, s_end, metric)
    facts = document_facts(ctx)
    mentions = facts.mentions(s_start, s_end)
    if (talk := interview_day(ctx, span_start)) is not None:
        # an interview given the day before it was published: its "today" and "this week" are that day's
        reference = talk
        mentions = find_dates(text, s_start, s_end, reference=talk) if mentions else mentions
    elif mentions and ctx.lines and (heading := heading_above(facts, ctx._index(ctx.lines, span_start), stamps=True)) not in (None, reference):
        # a live blog's entry under "March 17": its "overnight" and "on Thursday" count back from that day
        mentions = find_dates(text, s_start, s_end, reference=heading)
    elif mentions and ctx.lines and _clock_entry(ctx, ctx._index(ctx.lines, span_start)) \
            and (posts := entry_day(facts, ctx._index(ctx.lines, span_start)) or stamped_day(facts, ctx._index(ctx.lines, span_start))
                 or facts.posts_day):
        # a digest of Saturday's posts published on Sunday: an "08:05." entry's "overnight" counts from Saturday
        mentions = find_dates(text, s_start, s_end, reference=posts)
    mentions = as_said_on(text, mentions, s_start, s_end, reference)
    if mentions and (dateline := facts.dateline_end(s_start)):
        mentions = [m for m in mentions if m.start >= dateline]   # "KYIV, June 2, 2025 (Agency) -" dates the report
    if len(mentions) > 1 and may_hold(text[s_start:s_end], (";", "while", "whereas", ", and")):
        mentions = own_report(text, mentions, s_start, s_end, span_start)
    if toll and (attack := [m for m in mentions if names_attack(text, m.start, m.end) and not part_attack(text, m, span_start)]):
        if the_overnight(text, attack[0]) and (named := attack_named_before(ctx, facts, s_start)):
            return named   # "fired 405 drones in the overnight attack": the attack an earlier line dated ("overnight into Wednesday")
        # (a state "two days after the attack of 26 January" is two days on; a toll keeps the attack's day)
        return attack[0].day if metric in _TOLL_METRICS else days_after_attack(attack[0].day, text, s_start, attack[0].start, attack[0].end)
    chosen = pick_in_sentence(mentions, text, span_start, span_end)
    if chosen is not None and chosen.role == "window" and metric in _TOLL_METRICS and not cumulative and risen_in(text, chosen.start) and facts.main:
        return facts.main   # "43 died, figures that rose overnight": the night the count grew; the toll keeps its strike's day
    if chosen is None and mentions and (compared := compared_month_after(mentions, text, span_end, reference)) \
            and not _in_present(text, s_start, s_end, span_start):
        return compared   # "fell to 93% from 95% in June": July's
    if chosen is not None and (metric not in _TOLL_METRICS or cumulative) and cause_only(chosen, text, s_start, span_start, span_end):
        chosen = None   # "after a strike on Tuesday about 1,800 households remain without power": today's state, not the strike's day
    if chosen is not None and (the_overnight(text, chosen) or look_back_night(text, chosen, s_start, s_end)) \
            and (named := attack_named_before(ctx, facts, s_start) or facts.main):   # (else the story's strike's night)
        return named   # "Russia fired 55 missiles on 26 January. Overnight, it had also sent 24 drones": that attack's night
    if chosen is not None and (summed := window_summary(ctx, facts, chosen)) is not None:
        return summed   # "On Sunday, troops shelled Kharkiv. During the day, three were killed": Sunday
    if chosen is not None and chosen.role == "window" and (said := _said_day(ctx, facts, s_start, s_end)) is not None:
        return said   # "Zelensky also said ... some 400 drones over the past month": the month up to the day he said it
    if chosen is not None and chosen.role == "statement" and cumulative and ctx.lines and chosen.day \
            and (asof := facts.report_asof_near(ctx._index(ctx.lines, span_start), metric)) and asof < chosen.day:
        return asof   # "confirmed 6,702 deaths since the invasion, the office said on Tuesday" of an update "with figures as of December 4"
    if chosen is not None:
        if toll and chosen.day and chosen.role in ("day", "statement") and previous_day_attack(text, s_start, s_end):
            return chosen.day - timedelta(days=1)   # "on Wednesday, raising the toll from the strike the previous evening"
        if ((chosen.role == "statement" or SPEAKER_AFTER.match(text, chosen.end) or _opens_speech(text, chosen, s_start)
             or rescue_end_day(text, s_start, chosen.start)) and metric in _TOLL_METRICS and not cumulative and (main := facts.main or rescued_from(ctx, facts, s_start, chosen))
                and chosen.day and main < chosen.day and not any(m.role == "window" and WINDOW_WORD.search(text, m.start, m.end) for m in mentions)
                and (not (_OWN_EVENT.search(text, s_start, s_end) or _PLACE_NAMED.search(text, _told_from(text, s_start, span_start), s_end))
                     or _recounted(ctx, facts, s_start, s_end))):
            # (a toll "over the past day" told on Thursday counts Thursday's own window, not the story's strike)
            return main   # "On 10 July, the emergency service reported 15 dead": the toll of the story's strike, counted later
        # "As of 08:00 on Thursday, three people had been killed": a count of the story's strike's victims, no new attack's
        counted = (chosen.role == "asof" and metric in _TOLL_METRICS and not cumulative
                   and not _OWN_EVENT.search(text, s_start, s_end) and not _PLACE_NAMED.search(text, s_start, s_end))
        return _toll_keeps_main(facts, chosen, toll or counted, s_start, s_end) or (chosen.day if metric in _TOLL_METRICS or not chosen.day
                                                                                    else days_after_attack(chosen.day, text, s_start, chosen.start, chosen.end))
    if not mentions and (tabled := table_day(facts, span_start)) is not None:
        return tabled   # a row of "The table below shows casualties from 9 to 15 December": that period's last day
    if not mentions and (ended := battle_end_day(ctx, facts, s_start, s_end)) is not None:
        return ended   # "lost 1,500 killed in the final days of the battle" of a town the lede says was left on 17 February
    if (before := ctx.continued_sentence(span_start)) is not None:
        # "Another 79 people were wounded.": the day of the toll before (though a toll itself: "..., he said; among
        # the injured are two children" is still the toll before, not the story's main day)
        return event_date(ctx, *toll_figure(text, before, facts.mentions(*before), first=True), metric, cumulative)   # (its figure's)
    if metric in _TOLL_METRICS and (i := ctx.sentence_index(span_start)) > 0 and breaks_down_toll(text, (s_start, s_end), ctx.sentences[i - 1]):
        before = ctx.sentences[i - 1]   # "..., killing 35 people. Among the dead were two children.": that toll's day
        return event_date(ctx, *toll_figure(text, before, facts.mentions(*before)), metric, cumulative)
    if not mentions and (after := ctx.told_after(span_start)) is not None and facts.mentions(*after):
        return event_date(ctx, after[0], after[0], metric, cumulative)   # "Seven dead. Those were the figures ... gave on Thursday"
    if not mentions and _present_rate(text, s_start, s_end, span_start, span_end):
        return facts.asof_header or reference   # "Ukraine is losing 100 to 200 soldiers a day": a rate told as now
    if ctx.lines and (entry := entry_day(facts, ctx._index(ctx.lines, span_start))) \
            and _OWN_EVENT.search(text, ctx.line_at(span_start)[0], s_end):
        return entry   # "23:10 (7 August). ... / 04:50. A drone hit a block in Kurchatov. Two were injured": 8 August
    if toll and (main := facts.main):
        return main
    if ctx.lines and (posts := facts.posts_day) and _clock_entry(ctx, ctx._index(ctx.lines, span_start)):
        return posts   # an entry of a digest of Monday's posts, published on Tuesday: Monday's
    if (said := _said_day(ctx, facts, s_start, s_end)) is not None:
        if metric in _TOLL_METRICS and not cumulative and (main := facts.main) and main < said:
            return main   # the victims of the story's strike, whenever they were counted
        return said
    if not ctx.lines:
        return reference
    line_index = ctx._index(ctx.lines, span_start)
    if (night := same_night(ctx, facts, s_start, s_end)) is not None:
        return night
    if (part := same_part_of_day(ctx, facts, s_start, s_end)) is not None and (day := attack_named_before(ctx, facts, part) or facts.main):
        return day
    if may_hold(text[s_start:s_end], _ANAPHORIC_WORDS) and (same := _ANAPHORIC.search(text, s_start, s_end)):
        if _AS_THE_ATTACK.match(text, same.end()) and (main := facts.main):
            return main   # "The same day as the strike on the printing house, shelling killed two": the story's strike's day
        for back in range(0, min(CONTEXT_LINES, line_index) + 1):
            b_start, b_end = ctx.lines[line_index - back]
            # "over the past day ... in the same period"; "On Sunday the president wrote ... In the same post he said":
            # the day that statement was made
            roles = ("day", "asof", "report", "window", "statement") if same.group("told") else ("day", "asof", "report", "window")
            roles = ("start", *roles) if same.group("first") else roles
            # (not the day rescuers ended their work: "By the time rescuers ended their search on January 17, ... The same day")
            named = [m for m in facts.mentions(b_start, min(b_end, s_start)) if m.day and m.role in roles and not part_attack(text, m, ctx.sentence_at(m.start)[0])
                     and not rescue_end_day(text, ctx.sentence_at(m.start)[0], m.start)]
            named = [m for m in named if m.role == "start"] or named   # (the day a tally began, else the day named)
            named = [m for m in named if m.precise] or named
            if named:   # ("The night before, ... the Air Force said at the time": the night before that day)
                return _next_day(named[-1].day, text, s_start, s_end, span_start)
    if (heading := heading_above(facts, line_index)) is not None:
        return heading
    # a snapshot's "Situation as of 30 September" header: what it reports stands at that day, not at its release
    # (or the "as of 25 November" its paragraph's tally named before it, a report's current count within the news week:
    # "... More than 1,100 have been wounded"; an older snapshot is no present perfect's day)
    asof = [m.day for m in facts.mentions(ctx.line_at(span_start)[0], s_start) if m.day and m.precise and m.role == "asof"
            and reference and timedelta(0) <= reference - m.day <= ASOF_NEWS_WEEK] if cumulative else None
    report_day = (cumulative and (asof and asof[-1] or facts.report_asof_near(line_index, metric) or list_asof(ctx, facts, line_index))) or facts.asof_header or reference
    if (_in_present(text, s_start, s_end, span_start) or perfect_state(metric, text, s_start, s_end)) and not (metric in _TOLL_METRICS and not cumulative and not _clock_entry(ctx, line_index)):
        # (a strike's victims "are dead" on its day; a live blog's "14:20" entry counts at its hour); a present that
        # breaks down its paragraph's "as of 19 July" count is that count's ("The largest numbers are in Poland")
        asof = [m for m in facts.mentions(ctx.line_at(span_start)[0], s_start) if m.day and m.role == "asof"] \
            if _BREAKDOWN.match(text, s_start, s_end) else None
        return asof[-1].day if asof else report_day
    if cumulative or running_tally(text, s_start, s_end):
        # "Since the start of the year, 7,000 were evacuated": up to the report (a one-day digest's: "Telegram updates, 1 June")
        return (cumulative and report_day is reference and facts.title_exact_day) or report_day
    l_start, _ = ctx.line_at(span_start)
    # ("more than in 2023. Among the dead were 151": a year compared with dates nothing after its sentence)
    earlier = [m for m in facts.mentions(l_start, s_start)
               if m.day and m.role != "vague" and governs(m, text, s_start)
               and not COMPARISON_BEFORE.search(text, max(0, m.start - COMPARISON_REACH), m.start)]
    if (opened := first_of_start(facts.mentions(l_start, s_start), text, s_start, span_end)) is not None:
        return opened   # "Since the evacuation began on 18 November, ... On the first train alone, 100 left": 18 November
    if earlier:   # "killed in Sunday's strike, the administration reported on Monday. Another 117 ...": Sunday
        last = ([m for m in earlier if m.role != "statement"] or earlier)[-1]
        if (summed := window_summary(ctx, facts, last)) is not None:
            return summed   # "5,521 drones shot down over the month. ... of 27 Iskander-M launched, 9 were downed": that month's
        # "As of 21 November, the death toll has risen to 31. 94 people were injured.": the toll's strike's day
        kept = _toll_keeps_main(facts, last, is_toll(text, *(told := ctx.sentence_at(last.start))) or (last.role == "asof" and not _OWN_EVENT.search(text, s_start, s_end)), *told) \
            if metric in _TOLL_METRICS and not cumulative else None
        if metric in _TOLL_METRICS and not cumulative and (last.role == "statement" or _opens_speech(text, last, told[0]) or rescue_end_day(text, told[0], last.start)) \
                and (main := facts.main or rescued_from(ctx, facts, s_start, last)) \
                and last.day and main < last.day and not _OWN_EVENT.search(text, s_start, s_end):
            kept = main   # "31 were killed, the administration said on Tuesday. At the hospital, two died": the strike's victims
        return kept or _next_day(last.day, text, s_start, s_end, span_start)
    # people moved out after a strike: the strike's day is theirs only when the story's main event is their evacuation
    # (or when its paragraph tells what the strike did: "As a result of the strike, 35 were killed. ... evacuated 84 residents")
    moved = metric in _MOVED_METRICS and not ((main := facts.main_mention) and _MOVING.search(text, *ctx.sentence_at(main.start))) \
        and not _STRIKE_RESULT.match(text, l_start, s_end)
    main_since = False   # a paragraph between names the story's day
    for back in range(1, min(CONTEXT_LINES, line_index) + 1):
        if _clock_entry(ctx, line_index - back + 1):
            break   # a live blog's "19:48" entry: another entry's day sets no scene for it (newest first, the later one's)
        if framing := _framing(facts, ctx.lines[line_index - back]):
            if main_since and framing.day != facts.main:
                break   # "On 15 November, when missiles hit, Moldova lost supply. / ... 70 missiles on Wednesday. / Three were killed": today's
            if _flashback(text, *ctx.sentence_at(framing.start)):
                break   # "On Friday evening, officials had counted eight dead.": a look back, which sets no later paragraph's scene
            if _earlier_report(text, framing, s_start, s_end, reference) or _new_place_after_lookback(facts, framing, s_start, s_end):
                break   # "On Tuesday, the ministry reported that ...": a day-old report, no scene for another speaker's figure
            if moved and is_toll(text, *ctx.sentence_at(framing.start)):
                break   # "On Monday night, the administration put the toll at seven": the day of a count of victims, not of evacuees
            if (_timestamp(text, framing, *ctx.sentence_at(framing.start)) or is_heading(ctx, ctx.lines[line_index - back])) \
                    and (main := facts.main_mention) and not moved \
                    and (main.start < s_start or any(m.day == main.day for m in facts.mentions(framing.end, s_start))
                         or headline_over(ctx, line_index, main.start)):   # (or the headline right over the lede)
                # (the lede may name the strike's day in other words than the mention that made it the story's:
                # "early on June 17" before the figure, "Tuesday's attack" after it)
                framing = main   # a page's "December 31, 2023 1:52 PM" stamp (or date line) yields to the strike's day the lede named
            # "As of Saturday evening, the toll had risen to 39. / In Kyiv, 16 were killed": the strike's day, as the toll's
            f_start, f_end = ctx.sentence_at(framing.start)
            if not moved and not cumulative and _OWN_EVENT.search(text, s_start, s_end) and (told := attack_told_of(text, framing, facts.mentions(framing.end, ctx.lines[line_index - back][1]))):
                return told   # "On Tuesday, the committee heard reports on the attack of Sunday. / The enemy launched 120 missiles": Sunday
            kept = None if moved else _toll_keeps_main(facts, framing, is_toll(text, f_start, f_end), f_start, f_end)
            return _next_day(kept or framing.day, text, s_start, s_end, span_start)
        main_since = main_since or any(m.day == facts.main and m.precise and m.role in ("day", "statement")
                                       for m in facts.mentions(*ctx.lines[line_index - back]))
    # a figure nothing else dates stands at the day the report covers, else at its publication
    if facts.asof_header:
        return facts.asof_header
    if (main := facts.main) and not moved and (entry := entry_day(facts, line_index)) and entry > main:
        return entry   # a paragraph after an entry posted past midnight ("07:20. ..."): that entry's day, not the first one's
    if main and not moved:
        if night_before_day_strike(ctx, facts, s_start, span_start):
            return main   # "the previous night" before a strike by day: the night that ended on its morning
        return _next_day(main, text, s_start, s_end, span_start) if may_hold(text[s_start:span_start], ("after", *SHIFT_WORDS)) else main
    if moved and (evacuation := facts.evacuation_day):
        return evacuation   # "Authorities on Aug 19 urged residents to evacuate. / The mayor said 53,000 were still living there"
    # ("On the previous night, the enemy launched 250 drones" in a statement on one night's attack: the night before)
    day = facts.title_day or reference
    return _next_day(day, text, s_start, s_end, span_start) if day and may_hold(text[s_start:span_start], SHIFT_WORDS) else day
