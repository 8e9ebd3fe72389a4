"""A person or body among an article's actors → whether it speaks for a figure: the person of a reply's paragraph, a
transcript's turn label, an unnamed insider of a body ("a source in the SBU")."""
from __future__ import annotations

import regex

from extract.actors import Actor
from extract.claimsources import DocClaimants
from extract.context import DocContext


# a person answering in the debate: "Vassily Nebenzia, rejected those claims", "Peskov denied"
_REPLIED_RX = regex.compile(r"(?:,[^,.;]{0,60})?,?\s++(?:also\s++|later\s++)?(?:rejected|denied|dismissed|responded|replied|countered|"
                            r"argued|disputed|retorted|objected|accused|blamed|disagreed|contradicted|insisted|"
                            r"went\s++(?:even\s++)?further|gave\s++(?:a\s++)?(?:higher|lower|different|larger|smaller)\s++(?:figure|estimate|number|count))\b")


def paragraph_person(doc: DocClaimants, ctx: DocContext, person: Actor | None, speaker: str | None, offset: int) -> bool:
    """"In the debate, Kyslytsya said ... // Russia's representative, Vassily Nebenzia, rejected those claims. ... He
    said ...": "he" is the person named before it in its own paragraph when the last speaker spoke in an earlier one."""
    if person is None or not person.name or person.name == speaker:
        return False
    line_start, _ = ctx.line_at(offset)
    text = ctx.text
    if person.start < line_start and _TURN_LABEL_RX.match(text, line_start):
        line_start = _previous_line_start(ctx, line_start)   # a transcript's answer speaks of whom the turn before named
    if person.start < line_start:
        return False
    if not (_REPLIED_RX.match(text, person.end, min(len(text), person.end + 80)) or _opens_sentence(ctx, person)):
        return False   # a person who only appears ("A resident, Olena Petrenko, described the blast") is no speaker
    spoke = next((link[0] for link in reversed(doc.links) if link[2] == speaker), -1) if speaker else -1
    return spoke < line_start


# a speaker's label opening a transcript's turn: "TOM: He has."
_TURN_LABEL_RX = regex.compile(r"[^\S\n]*+\p{Lu}[\p{Lu}'’ -]{1,30}:[^\S\n]")
# the words a sentence's subject may have before the name: "Wagner chief Yevgeny Prigozhin has been giving interviews"
# (after a live entry's time stamp: "16:05 — Zelensky cuts short his visit. ... he writes")
_SUBJECT_LEAD_RX = regex.compile(r"(?:[-–—•*]\s*+)?(?:\d{1,2}[:.]\d{2}\s*+[-–—]?\s*+)?(?:(?:\p{Lu}[\p{L}'’.-]*+|chief|head|leader|founder|boss|commander|owner)\s++){0,4}")
# ... and the verb after it (a speech verb makes the person a speaker anyway)
_SUBJECT_VERB_RX = regex.compile(r",?\s++(?:has|had|have|is|was|also|again|then|now|\p{Ll}+ed|\p{Ll}+s)\b")


_SENTENCE_END_RX = regex.compile(r"(?:[.!?][\"”’)]?|\p{Lu}+:)[^\S\n]++")
_LEAD_REACH = 200


def _opens_sentence(ctx: DocContext, person: Actor) -> bool:
    """"Yevgeny Prigozhin has been giving interviews again. On Wednesday he told ...": the sentence's subject."""
    line_start, _ = ctx.line_at(person.start)
    # the sentence's start as its full stop or the line's start tells it (a name after "Bakhmut." opens a sentence);
    # a subject's lead is a few words, so only the last _LEAD_REACH characters are searched, not a megabyte line
    window = max(line_start, person.start - _LEAD_REACH)
    ends = [m.end() for m in _SENTENCE_END_RX.finditer(ctx.text, window, person.start)]
    if not ends and window > line_start:
        return False
    sent_start = ends[-1] if ends else line_start
    return bool(_SUBJECT_LEAD_RX.fullmatch(ctx.text, sent_start, person.start)
                and _SUBJECT_VERB_RX.match(ctx.text, person.end, min(len(ctx.text), person.end + 40)))


def _previous_line_start(ctx: DocContext, line_start: int) -> int:
    starts = [start for start, end in ctx.lines if start < line_start and ctx.text[start:end].strip()]
    return starts[-1] if starts else line_start


def turn_label(actor: Actor, ctx: DocContext) -> bool:
    """"TOM: He has. On Wednesday he told ...": a transcript's speaker label is never the "he" of its own turn."""
    return ctx.text.startswith(":", actor.end) and not ctx.text[ctx.line_at(actor.start)[0]:actor.start].strip()


# an unnamed insider of a body: "A source in Ukraine's Security Service (SBU) told ...", "sources in the SBU said" speak
# for themselves, not for the body ("SBU source", "SBU sources")
_SOURCE_IN_RX = regex.compile(r"(?i:\b(?:an?|one)\s++(?P<one>source)|\b(?P<many>sources))\s++(?:in|at|within|inside|close\s++to)\s++(?:the\s++)?$")


_ABBR_RX = regex.compile(r"(?<![\p{L}\d])\p{Lu}{2,6}(?![\p{L}\d])")
_ABBR_AFTER_RX = regex.compile(r"\s*+\((\p{Lu}{2,6})\)")


def source_in(text: str, actor) -> str:
    m = _SOURCE_IN_RX.search(text, max(0, actor.start - 40), actor.start)
    if m is None:
        return actor.name
    # named by the abbreviation the text gives ("(SBU)", "the SBU"), else by the body's name
    after = _ABBR_AFTER_RX.match(text, actor.end, min(len(text), actor.end + 10))
    abbr = [after.group(1)] if after else _ABBR_RX.findall(text[actor.start:actor.end])
    return f"{abbr[-1] if abbr else actor.name} {'source' if m.group('one') else 'sources'}"
