"""Actor + text → the cue that makes the actor a speaker ("X said", "according to X", "X:" opening a line), or none."""
from __future__ import annotations

import bisect

import regex

from extract.actors import _RULES, Actor
from extract.claimcues import (
    CLAUSE_END_RX, COLON_RX, COUNT_NOUN_RX, DASH_CREDIT_RX, HEAD_AFTER_GAP_RX, HEAD_OF_RX, INVERTED_RX, LINE_LEAD_RX, NAME_GAP_RX, NEXT_WORD_RX,
    PERSON_COLON_RX, PERSON_LINE_LEAD_RX, POSSESSIVE_RX, PREPOSITION_RX, TIME_LEAD_RX, TIME_TITLE_LEAD_RX, HEAD_NOUN_COLON_RX, TRAILING_TAG_RX, TRAILING_VERB_RX,
    VENUE_COLON_RX, VERB_AFTER_RX, _AFTER_FIRST_WORDS, _INVERTED, _PREPOSITIONS)
from extract.vocab import may_hold


_RELATIVE_BEFORE_RX = regex.compile(r"\b(?:that|whom|who|which)\s++$")
# a broadcast script's sound-bite label naming whose recorded words follow: "[SOUND: Syniehubov, 12 sec] "Over the
# past day, two people were killed ..."", "[SOT: Mayor Terekhov]", "(SOUNDBITE: Klitschko)", "[CLIP - Zelensky, 0:20]"
_SOUND_LEAD_RX = regex.compile(r"[\[(]\s*+(?i:sound(?:\s*+bite)?|sot|soundbite|audio|clip|actuality|insert|sync|grab)\s*+[:\-–—]?\s*+"
                               r"(?:\p{Lu}[\p{L}'’.-]*+\s++){0,3}$")
_SOUND_TAIL_RX = regex.compile(r"(?:,[^\]\)\n]{0,40})?[\])]")
_SAYS_IS_RX = regex.compile(r"\s++(?:says|said|claims|claimed|considers|considered)\s++(?:are|were|is|was|had\s++been|have\s++been)\b")


def speech_cue(actor: Actor, text: str) -> regex.Match | None:
    """The cue that makes actor a speaker ("X said", "according to X", "X:" opening a line), or None."""
    after = text[actor.end:actor.end + 200]
    if _RELATIVE_BEFORE_RX.search(text, max(0, actor.start - 8), actor.start) and _SAYS_IS_RX.match(after):
        return None   # "the bodies of 909 people that Russia says are soldiers": who they are, by another's word
    if after[:1] in ",])" and (tail := _SOUND_TAIL_RX.match(after)) and _SOUND_LEAD_RX.search(
            text, max(0, actor.start - 60), actor.start):
        return tail   # "[SOUND: Syniehubov, 12 sec] "...": the recorded words are his
    # a plain lower-case word right after the actor ("Two people ...") rules out every cue after it
    plain = NEXT_WORD_RX.match(text, actor.end)
    if plain is None or plain.group(1) in _AFTER_FIRST_WORDS:
        found = VERB_AFTER_RX.match(after) or POSSESSIVE_RX.match(after) or (
            COUNT_NOUN_RX.match(after) if actor.kind in ("body", "person") else None)
        if found:
            return found
    before = text[max(0, actor.start - 80):actor.start]
    if _may_cite(before):
        found = PREPOSITION_RX.search(before)
        if found:
            return found
    if CLAUSE_END_RX.match(after) and before[-1:].isspace() and any(verb in before for verb in _INVERTED):
        found = INVERTED_RX.search(before)   # it ends on a space and holds one of its verbs as written
        if found:
            return found
    line_start = text.rfind("\n", 0, actor.start) + 1
    if plain is not None:
        if actor.kind in ("person", "body", "surname") and (venue := VENUE_COLON_RX.match(after)) and (
                PERSON_LINE_LEAD_RX if actor.kind == "person" else LINE_LEAD_RX).match(text[line_start:actor.start]):
            return venue   # "Zelensky in his evening address: ..." opening its line
        # a live entry's head naming what its speaker gave: "10:00 — Air Force final tally: ..."
        timed = actor.kind in ("person", "body") and TIME_LEAD_RX.match(text, line_start, actor.start)
        return HEAD_NOUN_COLON_RX.match(after) if timed else None
    found = (PERSON_COLON_RX if actor.kind == "person" else COLON_RX).match(after)
    if found and actor.kind != "group" and ((PERSON_LINE_LEAD_RX if actor.kind == "person" else LINE_LEAD_RX).match(
            text[line_start:actor.start]) or actor.kind == "person" and TIME_TITLE_LEAD_RX.match(text, line_start, actor.start)):
        return found
    line_end = text.find("\n", actor.end)
    if not text[actor.end:line_end if line_end >= 0 else len(text)].strip(" ."):
        return DASH_CREDIT_RX.search(text[line_start:actor.start])
    return None


def _may_cite(before: str) -> bool:
    """False when PREPOSITION_RX cannot match: it ends on a space and holds "by" (as written) or a
    preposition (matched case-blind)."""
    return before[-1:].isspace() and ("by" in before or may_hold(before, _PREPOSITIONS))


_COUNT_MODIFIERS = _RULES["count_modifiers"]
_COUNT_NOUNS = frozenset(_RULES["possessive"]["bare"])
_COUNT_MODIFIER_RX = regex.compile(r"(?:\L<words>)|\p{Lu}\p{Ll}++(?<=\L<endings>)",
                                   words=_COUNT_MODIFIERS["words"], endings=_COUNT_MODIFIERS["endings"])


def _opens_sentence(actor: Actor, text: str) -> bool:
    """Nothing but a bullet, a quote mark or a time stamp stands between actor and the last sentence end."""
    i = actor.start - 1
    while i >= 0 and text[i] in " \t-–—•*\"“'‘":
        i -= 1
    return i < 0 or text[i] in ".!?:\n" or bool(TIME_LEAD_RX.match(text, text.rfind("\n", 0, actor.start) + 1, actor.start))


def speaks_on_its_line(actor: Actor, text: str) -> bool:
    """Whether actor speaks by a cue inside its line; by a colon only with words after it ("Tkachenko: 2 injured",
    not a heading "Background:")."""
    following = NEXT_WORD_RX.match(text, actor.end)
    if following and following.group(1) not in _AFTER_FIRST_WORDS and not HEAD_NOUN_COLON_RX.match(text, actor.end):
        # "Two people ...", "There were ...": no cue can follow; only one before it may make a speaker, and none
        # stands before a sentence's first word
        i = actor.start - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i < 0 or text[i] in ".!?\n\"“”":
            return False
        before = text[max(0, actor.start - 80):actor.start]
        if not (_may_cite(before) or any(verb in before for verb in _INVERTED)):
            return False
    cue = speech_cue(actor, text)
    if cue is None or "\n" in cue.group():
        return False
    if (following and following.group(1) in _COUNT_NOUNS and _COUNT_MODIFIER_RX.fullmatch(text, actor.start, actor.end)
            and _opens_sentence(actor, text)):
        return False   # "Initial figures from Odesa: ...", "Latest data show ...": which count, not whose
    if cue.re is COLON_RX or cue.re is PERSON_COLON_RX or cue.re is HEAD_NOUN_COLON_RX:
        # a live-blog entry "08:40 – Tkachenko: ..." or a headline "Syniehubov: 9 injured", not a heading "Quote: ..."
        line_start = text.rfind("\n", 0, actor.start) + 1
        return bool((TIME_TITLE_LEAD_RX if actor.kind == "person" else TIME_LEAD_RX).match(text, line_start, actor.start)) or (
            line_start < 400 and sum(1 for line in text[:line_start].split("\n") if line.strip()) <= 1)
    return True


def head_named_after(actors: list[Actor], i: int, text: str, speech: regex.Match) -> Actor | None:
    """The person right after a body cited as "the head of" it ("according to the head of the X, Name,", "according to
    the X head, Name,")."""
    after = actors[i + 1] if i + 1 < len(actors) else None
    if (actors[i].kind == "body" and after is not None and after.kind == "person" and after.name
            and (HEAD_OF_RX.search(speech.group()) and NAME_GAP_RX.fullmatch(text, actors[i].end, after.start)
                 or HEAD_AFTER_GAP_RX.fullmatch(text, actors[i].end, after.start))):
        return after
    return None


def tagged_on(actor: Actor, text: str) -> bool:
    """", it said" after the words the pronoun speaks."""
    return bool(TRAILING_TAG_RX.search(text, max(0, actor.start - 3), actor.start)
                and TRAILING_VERB_RX.match(text, actor.end))


_OWN_KILLS = _RULES["own_kills"]
# the command, then its verb: "Air Command East shot down", "the Air Force on Sunday destroyed", "Air Command South has downed"
_KILL_VERB_RX = regex.compile(
    r"[^\S\n]++(?:(?:has|have|had|also|then|again|on[^\S\n]++\p{Lu}\p{Ll}++day|overnight)[^\S\n]++){0,3}(?:\L<verbs>)\b",
    verbs=sorted(_OWN_KILLS["verbs"], key=len, reverse=True))

_OWN_OUTAGES = _RULES["own_outages"]
_CUT_VERB_RX = regex.compile(_KILL_VERB_RX.pattern,
                             verbs=sorted(_OWN_OUTAGES["verbs"], key=len, reverse=True))

# a figure past another clause is no interception's: "... downed 7 drones over Mykolaiv, and two people were injured"
_OTHER_CLAUSE_RX = regex.compile(r"[;:.!?]|,\s*+(?:and|while|but|whereas|where|when|although)\s|\b(?i:people|persons?|civilians|residents|children)\b")


def own_kills_body(actors: list[Actor], text: str, unit_start: int, span_start: int) -> str | None:
    """The military command whose interceptions the sentence tells with it as their subject, before the figure: that
    command's own report ("Over the region, air defence forces of Air Command East shot down 23 drones"); so a power
    company's of the consumers it cut off ("DTEK Donetsk Electric Networks has cut off supply to about 20,000")."""
    lo = bisect.bisect_left(actors, unit_start, key=lambda a: a.start)
    hi = bisect.bisect_left(actors, span_start, key=lambda a: a.start)
    for actor in actors[lo:hi]:
        if actor.end > span_start or actor.kind != "body" or not actor.name:
            continue
        for table, verb_rx in ((_OWN_KILLS, _KILL_VERB_RX), (_OWN_OUTAGES, _CUT_VERB_RX)):
            if (any(word in actor.name for word in table["bodies"]) and (verb := verb_rx.match(text, actor.end, span_start))
                    and not _OTHER_CLAUSE_RX.search(text, verb.end(), span_start)):
                return actor.name
    return None
