"""An article's actors and links (DocClaimants) → the speaker of each quoted block and of a statement's whole text."""
from __future__ import annotations

import bisect

import regex

from extract.actors import _RULES, BODY_ALIASES, GIVEN_NAMES
from extract.claimcues import PERSON_LINE_LEAD_RX
from extract.claimsources import DocClaimants, _links_in
from extract.context import DocContext

# a quotation opening a paragraph, or opening after a colon ("Terekhov sums up the day: "In all, ...")
_QUOTE_OPEN_RX = regex.compile(r"(?m)(?:^[^\S\n]*+|:[^\S\n]*+)([\"“])")
_CLOSING = {'"': '"', "“": "”"}
MAX_BLOCK = 4000   # characters a quotation may run over paragraphs before an unclosed one is read as one paragraph
# a text that is one speaker's statement as a whole: "Statement by Oleksandr Prokudin, Head of ...", "Address of
# the President", "Message from Mayor Ihor Terekhov"; after the title's own words and a colon, as a president's or
# a mayor's site heads a signed address: "Nobody will be forgotten: address by President of Ukraine Volodymyr Zelenskyy"
_STATEMENT_TITLE_RX = regex.compile(
    r"[^\S\n]*+(?:[^\n:]{1,120}+:[^\S\n]++)?(?:(?:Joint|Official|Video|Daily|Evening|Morning|Weekly|Press)\s++)?"
    r"(?:Statement|Address|Message|Remarks|Speech|Appeal|Announcement|Update|Briefing|Report)\s++(?:by|from|of)\s++"
    r"(?:the\s++)?", regex.IGNORECASE)
# the speaker's title before the name: "Mayor", "Head of the Region", "President of Ukraine"
_TITLE_GAP_RX = regex.compile(r"(?:(?:\p{Lu}[\p{L}.'’-]*+|of|the)\s++){0,5}")
STATEMENT_HEAD_LINES = 5   # the title may stand under a masthead line or two and a section line
# a text that gathers one speaker's own posts: "Governor Roman Busargin's posts in chronological order", "Mayor
# Klitschko's Telegram messages in full"
_POSTS_TITLE_RX = regex.compile(r"['’]s?[^\S\n]++(?:(?:\L<channels>)[^\S\n]++)?(?:\L<nouns>)\b",
                                channels=_RULES["own_posts"]["channels"], nouns=_RULES["own_posts"]["nouns"])


def _blocks(ctx: DocContext) -> list[tuple[int, int, int]]:
    """(start, end, opening line start) of each quoted block, in text order. A quotation runs to its closing mark; a
    paragraph opening on a straight quote mark before it is closed continues it (a quote over several paragraphs)."""
    text = ctx.text
    blocks: list[tuple[int, int, int]] = []
    free = 0
    for m in _QUOTE_OPEN_RX.finditer(text):
        start = m.start(1)
        if start < free:
            continue
        mark = m.group(1)
        close = _CLOSING[mark]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        end = None
        at = start + 1
        while True:
            j = text.find(close, at)
            if j < 0 or j - start > MAX_BLOCK:
                break
            if mark == '"' and j > line_end and not text[text.rfind("\n", 0, j) + 1:j].strip():
                at = j + 1   # the next paragraph opens on a quote mark: the quotation goes on
                continue
            end = j + 1
            break
        blocks.append((start, end if end is not None else line_end, line_start))
        free = blocks[-1][1]
    return blocks


# a paragraph presenting a speech quoted after it: "Lysak addressed residents in a video message ... publishes his address
# in full"; or a witness's account told in the first person under it: "He told his story to our correspondent", "This
# is her account", "She recalled those days for us"
_ADDRESS_INTRO_RX = regex.compile(r"(?i)\b(?:addressed|recalled|recalls|recounted|recounts"
                                  r"|(?:his|her)\s++(?:full\s++|video\s++|evening\s++|morning\s++|own\s++)?"
                                  r"(?:address|statement|message|speech|remarks|appeal|words|story|account|testimony"
                                  r"|recollections?|memories))\b")

_TWO_NAMES_RX = regex.compile(r"\p{Lu}[\p{Ll}'’-]++\s++and\s++\p{Lu}")


def _address_speaker(ctx: DocContext, doc: DocClaimants, intro_start: int, intro_end: int) -> str | None:
    """The one person a paragraph presenting a speech names, when the quotation under it runs over paragraphs."""
    if not _ADDRESS_INTRO_RX.search(ctx.text, intro_start, intro_end) or _TWO_NAMES_RX.search(ctx.text, intro_start, intro_end):
        return None   # (a joint address of two people, "X and Mayor Y addressed ...", is neither's alone)
    lo = bisect.bisect_left(doc.actors, intro_start, key=lambda a: a.start)
    people = [a for a in doc.actors[lo:] if a.start < intro_end and a.kind == "person"]
    names = {a.name for a in people if a.name}
    if not names:
        # a teller the story names by the first name alone: "Serhii, 46, is a trauma surgeon ... We recorded his account"
        names = {ctx.text[a.start:a.end] for a in people if ctx.text[a.start:a.end] in GIVEN_NAMES}
    return names.pop() if len(names) == 1 else None


def _intro_speaker(ctx: DocContext, doc: DocClaimants, start: int, line_start: int, multi_paragraph: bool = False) -> str | None:
    """Who a colon before the quotation names: "Lysak wrote on Telegram:", "21:40 - Terekhov sums up the day:"."""
    text = ctx.text
    if text[line_start:start].strip():
        intro_start, intro_end = line_start, start
    else:
        i = ctx._index(ctx.lines, line_start)
        if i == 0 or ctx.lines[i][0] != line_start:
            return None
        intro_start, intro_end = ctx.lines[i - 1]
    if not text[intro_start:intro_end].rstrip().endswith(":"):
        return _address_speaker(ctx, doc, intro_start, intro_end) if multi_paragraph else None
    links = _links_in(doc, intro_start, intro_end)
    if links:
        return links[0][2]
    # no speech verb ("sums up the day:"): the clause's subject, opening the line
    lo = bisect.bisect_left(doc.actors, intro_start, key=lambda a: a.start)
    for actor in doc.actors[lo:lo + 1]:
        if (actor.start < intro_end and actor.kind in ("person", "body") and actor.name
                and PERSON_LINE_LEAD_RX.match(text[intro_start:actor.start])):
            return actor.name
    return None


def from_quote_block(ctx: DocContext, doc: DocClaimants, offset: int) -> str | None:
    """A figure inside a quotation that a colon introduces is the introduced speaker's, however many paragraphs the
    quotation runs over."""
    if doc.quote_blocks is None:
        doc.quote_blocks = _blocks(ctx)
    i = bisect.bisect_right(doc.quote_blocks, (offset, len(ctx.text) + 1, 0)) - 1
    if i < 0:
        return None
    start, end, line_start = doc.quote_blocks[i]
    if not start < offset < end:
        return None
    multi_paragraph = "\n" in ctx.text[start:end]
    return _intro_speaker(ctx, doc, start, line_start, multi_paragraph) or _credit_after(ctx, doc, end)


# the credit after a closing quotation mark: '...," said the head of the administration, Vitaliy Bielik', '..." Kim said'
_CREDIT_AFTER_RX = regex.compile(r"[^\S\n]*+(?:[\p{L}'’.,-]++[^\S\n]++){0,8}?(?:said|says|wrote|writes|added|adds|told|"
                                 r"stated|noted|explained|continued|stressed)\b")
CREDIT_REACH = 120   # characters after the closing mark the credit may take


def _credit_after(ctx: DocContext, doc: DocClaimants, end: int) -> str | None:
    """A quotation over several sentences credited after it: every sentence of it is the credited speaker's."""
    if not _CREDIT_AFTER_RX.match(ctx.text, end, min(len(ctx.text), end + CREDIT_REACH)):
        return None
    _, sentence_end = ctx.sentence_at(end)
    links = _links_in(doc, end, min(sentence_end, end + CREDIT_REACH))
    return links[0][2] if links else None


def statement_speaker(ctx: DocContext, doc: DocClaimants) -> str | None:
    """The speaker a text titled as one's statement names ("Statement by Oleksandr Prokudin, Head of ...")."""
    for start, end in ctx.lines[:STATEMENT_HEAD_LINES]:
        m = _STATEMENT_TITLE_RX.match(ctx.text, start, end)
        if m is None:
            if (posts := _posts_author(ctx, doc, start, end)) is not None:
                return posts
            continue
        lo = bisect.bisect_left(doc.actors, m.end(), key=lambda a: a.start)
        actor = doc.actors[lo] if lo < len(doc.actors) else None
        # the speaker right after the cue, perhaps after a title ("Statement by Mayor Ihor Terekhov")
        if (actor is not None and actor.end <= end and actor.kind in ("person", "body", "role") and actor.name
                and _TITLE_GAP_RX.fullmatch(ctx.text, m.end(), actor.start)):
            return actor.name
        return None
    return None


def _posts_author(ctx: DocContext, doc: DocClaimants, start: int, end: int) -> str | None:
    """The person whose posts a title line says the text gathers ("Governor Roman Busargin's posts in ... order")."""
    lo = bisect.bisect_left(doc.actors, start, key=lambda a: a.start)
    for actor in doc.actors[lo:]:
        if actor.start >= end:
            break
        if actor.kind == "person" and actor.name and _POSTS_TITLE_RX.match(ctx.text, actor.end, end):
            return actor.name
    return None


# a heading inside the text over one body's notice it reproduces: 'NOTICE OF JSC "VINNYTSIAOBLENERGO"', "Statement by
# the Kharkiv Regional Military Administration", "Message from Ukrenergo:"
_NOTICE_HEAD_RX = regex.compile(
    r"[^\S\n]*+(?:(?:Official|Joint|Press)\s++)?(?:Notice|Notification|Statement|Announcement|Message|Appeal|Update|"
    r"Information|Communiqu[eé])\s++(?:of|by|from)\s++(?:the\s++)?(?P<form>(?:P?JSC|PrJSC|NPC|LLC|SE|CJSC)\s++)?(?P<quote>[\"“«'])?"
    r"(?P<name>\p{Lu}[^\"”»'\n:]{1,70}?)[\"”»']?[^\S\n]*+:?[^\S\n]*+", regex.IGNORECASE)
# the last word of an office's name: the heading names a body, not a person or a meeting ("the G7 foreign ministers")
_OFFICE_END_RX = regex.compile(r"(?i:\b(?:\L<heads>))$", heads=_RULES["notice_bodies"]["heads"])


def notice_speaker(ctx: DocContext, line_start: int) -> str | None:
    """The body whose notice a heading right above the figure's paragraph says it is."""
    for _start, _end, heading in ctx.short_lines_before(line_start, back=2, max_chars=120, max_words=12):
        m = _NOTICE_HEAD_RX.fullmatch(heading)
        if m is not None:
            name = m.group("name").strip()
            if not (m.group("form") or m.group("quote") or name in BODY_ALIASES or _OFFICE_END_RX.search(name)):
                return None
            # a name set in capitals is the company's, as it writes itself in running text: "Vinnytsiaoblenergo"
            name = name.title() if name.isupper() and len(name) > 6 and " " not in name else name
            return BODY_ALIASES.get(name, name)
    return None


# a fact box's row: a short line with a figure and no sentence's end ("Kh-101/Kh-555 cruise missiles — 24 / 17")
_BOX_ROW_RX = regex.compile(r"[^\n.!?]{0,100}?\d[^\n]{0,60}?(?<![.!?])[^\S\n]*+")
MIN_BOX_ROWS = 2


def box_of_source(ctx: DocContext, line_start: int) -> int | None:
    """"Source: X" under a fact box's rows with the story going on after it names the box's source, not the page's:
    the start of the box's first row (its heading line, if any, is not a row), or None when the line closes no box
    or closes the text (a short item's "Source:" at its foot speaks for it all)."""
    i = ctx._index(ctx.lines, line_start)
    if i + 1 >= len(ctx.lines):
        return None
    j = i - 1
    while j >= 0 and i - j <= 30 and _BOX_ROW_RX.fullmatch(ctx.text, *ctx.lines[j]):
        j -= 1
    return ctx.lines[j + 1][0] if i - 1 - j >= MIN_BOX_ROWS else None

