"""A sentence of an article → whether it tells the outlet's own count ("By our count, ...") or its signed writer's
("By my tally, ...", credited to the name the head signs)."""
from __future__ import annotations

import regex

from extract.context import DocContext
from extract.vocab import alternation, load_rules

# the outlet's own count, never a cited body's: "By our count, Russia launched 990 drones", "We counted 500 drones",
# "Our count: at least 190 civilians were killed"
_OWN_COUNT_RX = regex.compile(
    r"(?i:\b(?:by|according\s+to|in)\s+our\s+(?:own\s+)?(?:count|tally|calculations?|estimates?|reckoning|data)\b)"
    r"|\b[Oo]ur\s+(?:own\s+)?(?:count|tally|calculations?|estimate|reckoning)\s*+[:—–]"
    r"|\b[Ww]e\s+(?:have\s+)?(?:counted|calculated|tallied|estimate|estimated|identified|verified)\b"
    # the page's own team as the counter: "about 150 residents remain, our field team estimates", "our monitors counted"
    r"|\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:team|teams|staff|volunteers|monitors|observers|reporters|correspondents|crews?|"
    r"researchers|analysts)\s+(?:has\s+|have\s+)?(?:counted|calculated|tallied|estimates?|estimated|identified|verified|"
    r"recorded|registered)\b")


# the writer's own count, in the first person singular: "By my tally of the Air Force's posts, Russia launched 6,297
# drones", "(my sum)", "I counted 40 drones": the signed author's, not the body whose reports were added up
_MY_COUNT_RX = regex.compile(
    r"(?i:\b(?:by|according\s+to|in|on)\s+my\s+(?:own\s+)?(?:count|tally|calculations?|estimates?|reckoning|sum|arithmetic)\b"
    r"|\(\s*+my\s+(?:own\s+)?(?:count|tally|calculations?|sum|estimate)\s*+\))"
    r"|\bI\s+(?:have\s+)?(?:counted|calculated|tallied|added\s+up)\b")
# the writer signed in the head: "Thread by Ivan Kyrychevskyi, military analyst", "By Jane Doe", "Analysis by ..."
_SIGNED_RX = regex.compile(r"(?m)^[^\S\n]*+(?:(?:Thread|Analysis|Opinion|Column|Commentary|Text|Words)\s+)?(?i:by)\s+"
                           r"(?P<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b")
SIGNED_LINES = 8   # the head lines a signature may stand in


def my_count(ctx: DocContext, start: int, end: int) -> str | None:
    """The signed writer of a sentence told as their own count ("By my tally, ..."), or None."""
    mine = _MY_COUNT_RX.search(ctx.text, start, end)
    before = ctx.text[start:mine.start()] if mine else ""
    if mine is None or before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
        return None   # ('"By my count, 50 drones were downed," the mayor said': the speaker's own words)
    head_end = ctx.lines[min(SIGNED_LINES, len(ctx.lines)) - 1][1] if ctx.lines else 0
    signed = _SIGNED_RX.search(ctx.text, 0, min(head_end, start))
    return signed.group("name") if signed else None


# a body as the owner of the data the outlet counted from: "Using the UN monitoring mission's verified data, we estimate"
_DATA_OWNER_RX = regex.compile(r"['’]s?\s++(?:[\p{L}-]++\s++){0,2}?(?:data|reports|figures|statistics|records|posts|updates)\b")


# (an estimate, not a sum: "according to our tally of the Air Force's daily reports" adds up the body's own figures)
_OWN_ESTIMATE_RX = regex.compile(r"\b(?:[Ww]e\s+(?:have\s+)?(?:estimated?|modell?ed|projected?|extrapolated?)|[Oo]ur\s+(?:own\s+)?"
                                 r"(?:estimates?|model|projections?|extrapolations?))\b")


def counted_from(ctx: DocContext, link: tuple[int, int, str]) -> bool:
    """Whether a body named in a sentence of the outlet's own estimate owns the data it estimated from ("Using the UN
    mission's data, we estimate that 2,088 ..."): the estimate is the outlet's, not the body's."""
    return _DATA_OWNER_RX.match(ctx.text, link[1]) is not None and _OWN_ESTIMATE_RX.search(
        ctx.text, *ctx.sentence_at(link[0])) is not None


def own_count(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the sentence gives the outlet's own count ("By our count, ..."): then no standing source is its source."""
    return _OWN_COUNT_RX.search(ctx.text, start, end) is not None


_ACTS = load_rules("claimants")["own_acts"]
# "We brought out 14 people", "our team has taken out 112 people", "we have now evacuated": the subject right before
# its verb (an auxiliary and an adverb between), not "we were told" nor "we learned from the governor"
_OWN_ACT_RX = regex.compile(r"(?i)(?<![\w'’])(?:" + alternation(_ACTS["subjects"]) + r")\s++(?:(?:have|has|had|were|was|"
                            r"are|is|also|just|now|then|already|finally|only|again|still|today)\s++){0,3}(?:"
                            + alternation(_ACTS["verbs"]) + r")(?!\w)")


def own_act(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] tells the page's own people's work in the first person plural, outside a
    quotation opened earlier in its paragraph or in it ('The mayor said: "... We brought out 40 people."' is his)."""
    found = _OWN_ACT_RX.search(ctx.text, start, end)
    if found is None:
        return False
    before = ctx.text[ctx.line_at(start)[0]:found.start()]
    return not (before.count('"') % 2 or before.rfind("“") > before.rfind("”") or before.count("«") > before.count("»"))
