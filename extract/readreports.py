"""An article's sentences naming the reports it was built from ("we went through the Air Force's morning reports",
"All figures below are from the General Staff", "the governor posted several updates") → the body the uncredited
figures after them come from."""
from __future__ import annotations

import bisect

import regex

from extract.claimsources import DocClaimants, _families
from extract.context import DocContext
from extract.vocab import alternation, load_rules


# the article says whose reports it went through: "The outlet went through the Air Force's morning reports for each
# day", "We reviewed the ministry's daily data"; the entries below it are that body's figures
# ...or the data it built its figures from: "according to our tally of the Air Force's daily reports", "We used the
# Air Force's Telegram reports", "based on the ministry's daily data", "drawn from the General Staff's updates"
_READS_REPORTS_RX = regex.compile(
    r"\b(?:went|goes|go|going)\s+through|\b(?:reviewed|analy[sz]ed|examined|studied|compiled|collated|tallied|drew\s+on|draws\s+on"
    r"|used|uses|relied\s+on|rely\s+on|drew\s+from|drawn\s+from|taken\s+from|based\s+on|built\s+from|built\s+on)\b"
    r"|\b(?:our|its|their|the\s+outlet['’]s)\s+(?:own\s+)?(?:tally|count|analysis|review|reading|compilation|calculations?"
    r"|sum|database)\s+of\b")
_REPORT_NOUN_RX = regex.compile(r"(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+){0,2}(?:reports|data|figures|statements|updates|summaries|bulletins|briefings)\b")
READS_REACH = 12   # lines after the sentence the body stays the source of uncredited figures
# a standing credit for the whole piece: "Figures are the Air Force's unless we say otherwise", "All figures below are
# from the General Staff", "The data in this article come from the ministry": the body right after it
_STANDING_SOURCE_RX = regex.compile(
    r"\b(?:all\s+)?(?:the\s+)?(?:figures|data|numbers|tallies|counts)(?:\s+(?:below|here|used\s+here|in\s+this\s+"
    r"(?:article|piece|report|story|digest|round-?up)))?\s+(?:are|is|come|comes|were)\s+(?:taken\s+)?(?:from\s+|those\s+of\s+)?",
    regex.I)
STANDING_REACH = 10_000   # lines: to the end of the article
# a digest of one speaker's posts: "Governor X posted several updates on his Telegram channel", "RBC collected his main
# posts of 22 May": the uncredited entries after it are the poster's
_DIGEST_RX = regex.compile(
    r"\b(?:posted|published|shared|wrote|issued)\s+(?:several|a\s+series\s+of|a\s+string\s+of|multiple|a\s+number\s+of|numerous)"
    r"\s+(?:[\p{Ll}-]+\s+)?(?:updates|posts|messages|statements)\b"
    r"|\b(?:collected|gathered|compiled|brought\s+together|rounded\s+up)\s+(?P<whose>his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}"
    r"(?:updates|posts|messages|statements)\b")
DIGEST_REACH = 40   # lines after the sentence
# a body that reports only the air war ("built from the Air Force's morning statements"): a toll or an evacuation count
# after it is not from its reports, though the sentence naming them names no family
_AIR_BODY_RX = regex.compile(r"\b(?:" + alternation(load_rules("claimants")["own_kills"]["bodies"]) + r")\b")
# the words of the figure itself, right around its number: "killed three people", "16 injured", "3 were wounded"
_FIGURE_WORDS = 30


def _reports_read(ctx: DocContext, doc: DocClaimants) -> list[tuple[int, int, str, int, frozenset[str]]]:
    if doc.reports_read is None:
        found = []
        for m in _READS_REPORTS_RX.finditer(ctx.text):
            s_start, s_end = ctx.sentence_at(m.start())
            lo = bisect.bisect_left(doc.actors, m.end(), key=lambda a: a.start)
            for actor in doc.actors[lo:lo + 2]:
                if actor.start >= s_end or actor.kind != "body" or not actor.name:
                    break
                if ctx.text[m.end():actor.start].strip().lower() in ("", "the", "all", "all the", "each of the") \
                        and _REPORT_NOUN_RX.match(ctx.text, actor.end, s_end):
                    found.append((s_end, ctx._index(ctx.lines, s_start), actor.name, READS_REACH,
                                  frozenset(_families(ctx.text, s_start, s_end))))
                    break
        for m in _STANDING_SOURCE_RX.finditer(ctx.text):
            s_start, s_end = ctx.sentence_at(m.start())
            lo = bisect.bisect_left(doc.actors, m.end(), key=lambda a: a.start)
            actor = doc.actors[lo] if lo < len(doc.actors) else None
            if (actor is not None and actor.kind == "body" and actor.name and actor.start < s_end
                    and ctx.text[m.end():actor.start].strip().lower() in ("", "the")):
                found.append((s_end, ctx._index(ctx.lines, s_start), actor.name, STANDING_REACH, frozenset()))
        for m in _DIGEST_RX.finditer(ctx.text):
            s_start, s_end = ctx.sentence_at(m.start())
            lo = bisect.bisect_left(doc.actors, s_start, key=lambda a: a.start)
            hi = bisect.bisect_left(doc.actors, m.end(), key=lambda a: a.start)
            # the poster: the pronoun of "his posts", else the sentence's last speaker-like actor before the verb
            whose = [a for a in doc.actors[lo:hi] if m.group("whose") and a.start >= m.start("whose")]
            before = [a for a in doc.actors[lo:hi] if a.end <= m.start() and a.kind in ("person", "body")]
            poster = (whose or before[-1:] or [None])[0]
            if poster is not None and poster.name:
                found.append((s_end, ctx._index(ctx.lines, s_start), poster.name, DIGEST_REACH, frozenset()))
        found.sort()
        doc.reports_read = found
    return doc.reports_read


def from_reports_read(ctx: DocContext, doc: DocClaimants, unit_start: int, unit_end: int,
                      span: tuple[int, int] | None = None) -> str | None:
    """An uncredited figure in the entries after "went through the Air Force's reports for each day": the Air Force's,
    unless the figure counts what the sentence naming the reports does not (drones counted from them, not a toll)."""
    if not ctx.lines:
        return None
    before = [r for r in _reports_read(ctx, doc) if r[0] <= unit_start]
    if not before:
        return None
    end, line_index, name, reach, families = before[-1]
    own = _families(ctx.text, unit_start, unit_end)
    if families and own - families:
        return None   # (a toll told after "our tally of the Air Force's reports" of drones is not from those reports)
    if not families and span is not None and _AIR_BODY_RX.search(name) and _families(
            ctx.text, max(unit_start, span[0] - _FIGURE_WORDS), min(unit_end, span[1] + _FIGURE_WORDS)) - {"air"}:
        return None   # ("a missile attack ... killed three people" after "built from the Air Force's statements")
    return name if ctx._index(ctx.lines, unit_start) - line_index <= reach else None
