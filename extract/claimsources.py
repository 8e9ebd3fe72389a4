"""An article's attribution links (DocClaimants) → lookups by offset and the speakers a figure with no link of its
own falls back to: the next sentence, the report's body, a list's intro, a section's lead."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extract.actors import UN_FAMILY, Actor
from extract.claimcues import COMPILER_RX, LEDE_LINES, LIST_ITEM_RX, PAST_LEAD_RX, REPORT_OPENING_RX, SOURCE_LINE_RX, days_differ
from extract.context import DocContext
from extract.gazetteer import NAMES as PLACE_NAMES


@dataclass
class DocClaimants:
    actors: list[Actor]
    surnames: dict[str, str] = field(default_factory=dict)   # surname → full name
    given: dict[str, str] = field(default_factory=dict)   # given name → the full name the article gives with it
    links: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, claimant) of each attribution
    source: str | None = None   # "Source: X" line naming the article's source
    source_box: tuple[int, int, str] | None = None   # (first row, "Source:" line, X) of a fact box the line closes
    link_starts: list[int] = field(default_factory=list)   # links' start offsets, for bisection
    display: dict[str, str] = field(default_factory=dict)   # body → the name this article gives it
    report_body: str | None = None   # the body whose report the article is, when its lede opens on it
    body_links: set[int] = field(default_factory=set)   # start offsets of the links that credit a body
    # (end, line index, body, reach in lines, what its figures count) of each "went through X's reports"
    reports_read: list[tuple[int, int, str, int, frozenset[str]]] | None = None
    quote_blocks: list[tuple[int, int, int]] | None = None   # (start, end, line start) of each quoted block
    statement: str | None = None   # the speaker whose statement the whole text is ("Statement by X")


def _links_in(doc: DocClaimants, start: int, end: int) -> list[tuple[int, int, str]]:
    """Links inside [start, end); links are in text order, so this is a bisection, not a scan."""
    lo = bisect.bisect_left(doc.link_starts, start)
    hi = bisect.bisect_left(doc.link_starts, end)
    return [link for link in doc.links[lo:hi] if link[1] <= end]


def _last_link(doc: DocClaimants, start: int, end: int) -> tuple[int, int, str] | None:
    """The last link inside [start, end), found by bisection."""
    i = bisect.bisect_left(doc.link_starts, end) - 1
    while i >= 0 and doc.links[i][0] >= start:
        if doc.links[i][1] <= end:
            return doc.links[i]
        i -= 1
    return None


# a figure in a sentence, and the openings that make a sentence go on with the figures before it ("Another 180,000 ...")
_OWN_FIGURE_RX = regex.compile(r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b")
# a figure told as a part of the one before: "Air defences shot down 80 of them", "among them three children"
_REFERS_BACK_RX = regex.compile(r"\b(?i:of\s+(?:them|those|these|which)|among\s+(?:them|those|the\s+dead|the\s+injured|the\s+wounded))\b")
# what a sentence counts, roughly: weapons, victims, people moved, power
_FAMILIES = {family: regex.compile(pattern, regex.I) for family, pattern in {
    "air": r"\b(?:drones?|missiles?|UAVs?|Shaheds?|rockets?|bombs?)\b",
    "casualties": r"\b(?:killed|injured|wounded|dead|died|hurt|casualties|deaths?|toll)\b",
    "displacement": r"\b(?:refugees|evacuated|evacuees|fled|displaced|remain|remaining|left|gone)\b",
    "power": r"\b(?:power|electricity|outages?|blackouts?)\b"}.items()}


def _families(text: str, start: int, end: int) -> set[str]:
    return {family for family, rx in _FAMILIES.items() if rx.search(text, start, end)}


_CONTINUES_RX = regex.compile(r"\W*(?i:another|a\s+further|further|more|the\s+rest|the\s+remaining|of\s+(?:them|those|these)|most|in\s+(?:total|all)|overall|altogether|all\s+told)\b")


_RUNNING_TALLY_RX = regex.compile(r"(?i)\b(?:since\s+(?:the\s+)?(?:start|beginning|outbreak)\b|since\s+(?:the\s+)?(?:full-scale\s+)?"
                                  r"(?:invasion|war)\b|since\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|so\s+far|to\s+date|in\s+total)")
# a sentence that only says whose the figures before it are: "That account came from ...", "The figures were given by ...",
# "This was reported on Wednesday morning by the head of the administration, Vadym Filashkin"
# (a word on the figure between: "The new figure was given by the head of the administration, Ivan Fedorov"),
# "The claim came from the air force command", "Those were the figures that governor Oleh Syniehubov gave on Thursday"
_CREDITS_BEFORE_RX = regex.compile(r"\s*(?:That|This|Those|These|The)\s+(?:(?:new|latest|updated|revised|higher|first|final|death)\s+){0,2}(?:account|claims?|figures?|numbers?|count|tally|toll|information|data)\s+(?:came|comes|come|was|were)\b"
                                r"|\s*(?:This|That)\s+(?:was|has\s+been)\s+(?:reported|announced|stated|confirmed)\b"
                                r"|\s*(?:That|This|Those|These)\s+(?:is|was|are|were)\s+the\s+(?:(?:first|latest|official|preliminary)\s+)?"
                                r"(?:figures?|numbers?|count|toll|tally|data|account)\s+(?:that|which|given|released|published|reported)\b")


# a sentence opening on a place of its own narrows to it: its credit is that place's office's, not the figures' before
_PLACE_OPENER_RX = regex.compile(r"\s*(?:In|At|Over)\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]+)(?=[\s,])")


def _from_later_in_paragraph(ctx: DocContext, doc: DocClaimants, unit_end: int) -> str | None:
    """"In March, 57 civilians were killed. The mission noted that most died in shelling.", "1.3 million are in
    Poland. Another 180,000 went to Hungary, UNHCR said.": the next sentence of the paragraph crediting a body
    credits the figures before it too."""
    _, line_end = ctx.line_at(unit_end - 1)
    lo = bisect.bisect_left(doc.link_starts, unit_end)
    if lo >= len(doc.links) or doc.links[lo][1] > line_end:
        return None
    sent_start, sent_end = ctx.sentence_at(doc.links[lo][0])
    if sent_start >= unit_end and _CREDITS_BEFORE_RX.match(ctx.text, sent_start, sent_end):
        # "That account came from X, which said the others hit two buildings": X's, a body's or a person's; it credits
        # every uncredited sentence of the paragraph before it ("Four missiles were fired. Two were shot down. That
        # was the account given by X")
        return doc.links[lo][2]
    if sent_start < unit_end or ctx.sentence_index(sent_start) != ctx.sentence_index(unit_end - 1) + 1:
        return None   # not the next sentence
    if doc.links[lo][0] not in doc.body_links:
        return None
    if days_differ(ctx.text, ctx.sentence_at(unit_end - 1), (sent_start, sent_end)):
        return None   # "On Tuesday ... three were wounded. A bomb struck ... on Wednesday, injuring two, X said": Wednesday's
    if (opener := _PLACE_OPENER_RX.match(ctx.text, sent_start, sent_end)) is not None and opener.group("place") in PLACE_NAMES \
            and opener.group("place") not in ctx.text[ctx.sentence_at(unit_end - 1)[0]:unit_end]:
        return None   # "More than 160 were injured. In Kyiv, 32 were killed, the city administration said": its town's
    own = _OWN_FIGURE_RX.search(ctx.text, sent_start, sent_end)
    if own and not _CONTINUES_RX.match(ctx.text, sent_start, sent_end) and not _REFERS_BACK_RX.search(ctx.text, sent_start, sent_end):
        if doc.links[lo][0] < own.start():
            return None   # "... killed 39. The air force said Russia had fired 122 missiles": it opens a statement of its own
        if PAST_LEAD_RX.match(ctx.text, sent_start, sent_end):
            return None   # "... 80% of the city was cut off. Last year the grid was attacked 57 times, Ukrenergo says"
        unit_start = ctx.sentence_at(unit_end - 1)[0]
        before, after = _families(ctx.text, unit_start, unit_end), _families(ctx.text, sent_start, sent_end)
        if _RUNNING_TALLY_RX.search(ctx.text, sent_start, sent_end) and not _RUNNING_TALLY_RX.search(ctx.text, unit_start, unit_end):
            return None   # "... a drone hit a bus, injuring nine. Since the start of the year, 58 have been killed, according
            #              to the administration": the tally's credit, not the day's
        if before and after and not before & after:
            # "595 drones and 48 missiles in an attack on Kyiv. Four people were killed, the city administration
            # said.": a credit for figures of another kind than those before ("1.3 million are in Poland. Roughly
            # 180,000 have gone to Hungary, UNHCR said." goes on with the same count)
            return None
    return doc.links[lo][2]


def _report_body(ctx: DocContext, doc: DocClaimants) -> str | None:
    """The body whose report the article is: the first speaker after the headline is a body the lede opens on
    ("The UN mission verified that ...")."""
    head_end = ctx.lines[0][1] if ctx.lines else 0
    lo = bisect.bisect_left(doc.link_starts, head_end)
    if lo >= len(doc.links):
        return None
    start, end, name = doc.links[lo]
    line_start, _ = ctx.line_at(start)
    if (start in doc.body_links and ctx._index(ctx.lines, start) <= LEDE_LINES
            and REPORT_OPENING_RX.fullmatch(ctx.text, line_start, start)):
        return name
    if (start in doc.body_links and name in UN_FAMILY and _first_prose_line(ctx, head_end) == line_start
            and start > line_start and _SAID_AFTER_RX.match(ctx.text, end)):
        # "October was deadly, the UN monitoring mission (HRMMU) said on Tuesday": a UN monitor credited after the
        # lede's clause; its monthly update's figures are its own (not "We took the HRMMU's reports": the outlet's own)
        return name
    return None


_SAID_AFTER_RX = regex.compile(r"\)?\s*(?:said|says|reported|reports|announced|stated)\b")
_CLAUSE_LABEL_RX = regex.compile(r"\s*(?:[^\s:]++\s++){3,}[^\s:]*+:")   # four words or more before the colon: a clause
_PROSE_END_RX = regex.compile(r"[.!?\"”']\s*$")


def _first_prose_line(ctx: DocContext, after: int) -> int | None:
    """Start of the first line after `after` that ends as a sentence does (the lede, past mastheads and date lines)."""
    for i in range(ctx._index(ctx.lines, after), min(len(ctx.lines), LEDE_LINES + 4)):
        start, end = ctx.lines[i]
        if start >= after and _PROSE_END_RX.search(ctx.text, start, end) and end - start > 80:
            return start
    return None


def _from_report(doc: DocClaimants, unit_start: int) -> str | None:
    """In an article that is a body's report, an uncredited figure is the body's until another speaker intervenes."""
    if doc.report_body is None:
        return None
    last = _last_link(doc, 0, unit_start)
    return doc.report_body if last is not None and last[2] == doc.report_body else None


# a paragraph opening on a run-in heading, a name and a full stop: "Bilenke (Kramatorsk district). One person ..."
_RUN_IN_RX = regex.compile(r"\s*\p{Lu}[\p{L}'’-]++(?:\s\p{Lu}[\p{L}'’-]++){0,2}(?:\s\([^()\n]{1,40}\))?\.\s++\p{Lu}")
_LABEL_RX = regex.compile(r"\s*[\p{Lu}\d][^.!?:\n]{0,40}:\s")   # an entry's label: "Saturday, 8 November: ..."


# a line that sums up the table just above it: "In total, 34 of the 44 missiles were destroyed."
_TOTAL_LINE_RX = regex.compile(r"\s*(?i:in total|in all|overall|altogether|total)\b")


# who only put the figures together ("compiled by NV from their daily posts", "collated by Reuters"): a relay, not the
# source the intro names beside it; "their"/"its" after it stands for that source, not for the compiler
_PRONOUN_LINK_RX = regex.compile(r"(?i)(?:their|its|they|it|them)")


def _sources_of_intro(ctx: DocContext, links: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An intro's links without its compiler's (and the pronouns after the compiler), when a source is left."""
    kept, relayed = [], False
    for link in links:
        if COMPILER_RX.search(ctx.text, max(0, link[0] - 40), link[0]):
            relayed = True
        elif not (relayed and _PRONOUN_LINK_RX.fullmatch(ctx.text, link[0], link[1])):
            kept.append(link)
    return kept or links


def _from_table_intro(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A column table's row, or the total line right under the table, takes the speaker named in the line that
    introduces the table ("According to the Air Force, ... the figures were as follows:")."""
    row = ctx.row_of_line(line_start)
    i = ctx._index(ctx.lines, line_start)
    if row is None and i > 0 and _TOTAL_LINE_RX.match(ctx.text, *ctx.lines[i]):
        row = ctx.row_of_line(ctx.lines[i - 1][0])
    if row is None:
        return None
    # the speaker named last in the intro, nearest the table it leads into; an intro naming none that ends in ":" ("As
    # of 09:00, the figures were as follows:") is the paragraph's before it
    j = ctx._index(ctx.lines, row.header) - 1
    while j >= 0:
        intro = _sources_of_intro(ctx, _links_in(doc, *ctx.lines[j]))
        if intro:
            return intro[-1][2]
        if (owner := _owner_of_figures(ctx, doc, *ctx.lines[j])) is not None:
            return owner
        if not ctx.text[ctx.lines[j][0]:ctx.lines[j][1]].rstrip().endswith(":") \
                or not _TELLS_FIGURES_RX.search(ctx.text, *ctx.lines[j]):
            return None   # (a heading, "Situation as of 08:00, 23 March:", goes on with no speaker's words before it)
        j -= 1
    return None


# a body's own figures leading into a table with no verb of saying: "Month by month, the Air Force's own totals look like
# this:", "Here are the ministry's monthly figures:", "The General Staff's data for the week:"
_OWNED_FIGURES_RX = regex.compile(
    r"\s*['’]s?\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:totals|figures|data|numbers|counts|tallies|statistics|breakdown)\b")


def _owner_of_figures(ctx: DocContext, doc: DocClaimants, start: int, end: int) -> str | None:
    """The speaker whose figures an intro line ending in ":" names ("the Air Force's own totals look like this:")."""
    if not ctx.text[start:end].rstrip().endswith(":"):
        return None
    lo = bisect.bisect_left(doc.actors, start, key=lambda a: a.start)
    for actor in doc.actors[lo:]:
        if actor.start >= end:
            break
        if actor.name and actor.kind in ("person", "body") and _OWNED_FIGURES_RX.match(ctx.text, actor.end, end):
            return actor.name
    return None


# an intro that tells the figures below it: "the figures were as follows:", "here is the breakdown:"
_TELLS_FIGURES_RX = regex.compile(r"(?i)\b(?:as\s+follows|following|below|breakdown|were|are|was|is|stood|stand|shows?|showed|gave|gives)\b")


def from_source_cell(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A fact box's row with a "Source" column ("3 | people killed in Kharkiv | Oleh Syniehubov"): whose figure the
    cell names, as a speaker the article names ("Air Force" → Ukraine's Air Force) or else as written ("City council")."""
    row = ctx.row_of_line(line_start) if ctx.table_rows else None
    if row is None or row.source is None:
        return None
    a, b = row.source
    lo = bisect.bisect_left(doc.actors, a, key=lambda actor: actor.start)
    named = next((actor.name for actor in doc.actors[lo:lo + 4] if actor.end <= b and actor.name
                  and actor.kind in ("person", "body", "surname", "group")), None)
    return named or (ctx.text[a:b] if a < b and not ctx.text[a:b].strip("-–—?/ ").isdigit() and ctx.text[a:b].strip("-–—?/ ") else None)


def _from_list_intro(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A list item ("- Cherkasy region: 242,000") takes the speaker of the paragraph that introduces the list."""
    if ctx.table_rows and (speaker := _from_table_intro(ctx, doc, line_start)):
        return speaker
    i = ctx._index(ctx.lines, line_start)
    if not LIST_ITEM_RX.match(ctx.text, *ctx.lines[i]):
        # the paragraph right after an intro ending in a colon: "Oleksandr Prokudin, the governor:\n"Over the past day ..."
        j = i - 1
        if _RUN_IN_RX.match(ctx.text, *ctx.lines[i]):
            # "Here is what Filashkin reported, town by town:" over "Kostiantynivka. ..." / "Pokrovsk. ...": every
            # paragraph of the run that opens on its place's name is the intro's
            while j > 0 and i - j <= 30 and _RUN_IN_RX.match(ctx.text, *ctx.lines[j]):
                j -= 1
        if j >= 0 and ctx.text[max(ctx.lines[j][0], ctx.lines[j][1] - 3):ctx.lines[j][1]].rstrip().endswith(":"):
            intro = _sources_of_intro(ctx, _links_in(doc, *ctx.lines[j]))
            return intro[0][2] if intro else None
        return None
    j = i - 1
    while j >= 0 and i - j <= 30 and LIST_ITEM_RX.match(ctx.text, *ctx.lines[j]):
        j -= 1
    if (j == i - 1 and j >= 0 and not ctx.text[max(ctx.lines[j][0], ctx.lines[j][1] - 4):ctx.lines[j][1]].rstrip().endswith(":")
            and not (i + 1 < len(ctx.lines) and LIST_ITEM_RX.match(ctx.text, *ctx.lines[i + 1]))
            and ctx.lines[i][1] - ctx.lines[i][0] > 120 and _PROSE_END_RX.search(ctx.text, *ctx.lines[i])
            and _CLAUSE_LABEL_RX.match(ctx.text, *ctx.lines[i])):
        # "Two people were killed in the city: a 41-year-old man ...": a paragraph with a colon, no list (not a
        # transcript's "SERHII KOVALENKO: Today we have ...", whose label is a name)
        return None
    if j == i - 1 and j >= 0 and _LABEL_RX.match(ctx.text, *ctx.lines[j]) \
            and not ctx.text[ctx.lines[j][0]:ctx.lines[j][1]].rstrip().endswith((":", ':"', ":”")):
        return None   # "Sunday: 69 drones" under "Saturday: ... Centrenergo said ...": an entry after an entry, no intro
    # the intro lines end with ":"; the speaker is the first one named in them or the paragraph before them
    while j >= 0 and i - j <= 34:
        start, end = ctx.lines[j]
        lo = bisect.bisect_left(doc.link_starts, start)
        if lo < len(doc.links) and doc.links[lo][1] <= end:
            # "Source: Oleksandr Striuk at a briefing, as quoted by Interfax-Ukraine": the source, not its relay
            return doc.source if doc.source and SOURCE_LINE_RX.match(ctx.text, start, end) else doc.links[lo][2]
        if not ctx.text[max(start, end - 4):end].rstrip().endswith((":", ':"', ":”")):
            return None
        j -= 1
    return None


def _from_section_lead(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A figure under a short heading ("Kharkiv region") in a report whose lead names its source."""
    for start, _end, heading in ctx.short_lines_before(line_start, back=2):
        if not heading.endswith((".", ":", "!", "?")) and any(word in PLACE_NAMES for word in heading.split()):
            earlier = _last_link(doc, 0, start)
            return earlier[2] if earlier else None
    return None


_NATION_BODY_PREFIXES = {"Ukraine": ("Ukraine's ", "Ukrainian "), "Russia": ("Russia's ", "Russian ")}
HEADLINE_NATION_REACH = 1500   # the story's own source is named in its first paragraphs


def credit_headline_nation(doc: DocClaimants, ctx: DocContext, head_end: int) -> None:
    """"Ukraine says it downed six Kinzhal missiles" over a story that opens on "Ukraine's air force said": a headline
    names the state for the body of it that the story cites first; so does the lede ("Russia said Tuesday it had shot
    down 337 drones" before "The Russian defence ministry said 126 were downed over the Kursk region")."""
    # (the lede: the first line after the head that credits anyone, past a dateline or byline)
    lede_end = next((ctx.line_at(start)[1] for start, _, _ in doc.links if start >= head_end), head_end)
    for k, (start, end, name) in enumerate(doc.links):
        if start >= lede_end:
            break
        prefixes = _NATION_BODY_PREFIXES.get(name)
        if prefixes is None:
            continue
        _, line_end = ctx.line_at(start)
        body = next((link[2] for link in doc.links if line_end <= link[0] < line_end + HEADLINE_NATION_REACH
                     and link[0] in doc.body_links and link[2].startswith(prefixes)), None)
        if body is not None:
            doc.links[k] = (start, end, body)
