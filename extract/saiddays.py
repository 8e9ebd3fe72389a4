"""A sentence with no day of its own + its article → the day its speaker spoke, told elsewhere: after the quote it
stands in, in the sentence before it ("He added that ..."), or a sentence or two back (", he said."); and its
relative days ("yesterday") counted from the day it was said."""
from __future__ import annotations

from datetime import date

import regex

from extract.context import DocContext
from extract.datefacts import Facts
from extract.datementions import VOCAB, H, DateMention, find_dates
from extract.vocab import alternation

# how many sentences that go on with the same speaker lead back to the one that says when he spoke
SPEAKER_CHAIN = 3
_QUOTES = regex.compile(r'["“”«»]')
# (or mid-sentence, before an apposition: "some 1,300 left, he said, many of them elderly")
# (after a quote's close, too, and told to someone: '..., " he told our paper.', ", she told Reuters", ", he explained")
_PRONOUN_SAID = regex.compile(rf",[\"”’']?{H}+(?:he|she|they){H}+(?:said|added|explained|noted|wrote|told(?:{H}+[\p{{L}}'’-]+){{1,4}}?)(?:[.!]?\s*$|,)")
# ("He said 400 had left since Monday.", "According to him, ...", "In her words, ...": the speaker of the sentence before)
_SPEAKER_GOES_ON = regex.compile(rf"[\s\-–•*]*(?:(?:He|She|They)(?:{H}+(?:also|later|further))?{H}+(?:added|noted|stressed|continued|went{H}+on|said|told|estimated)"
                                 rf"|(?:According{H}+to|In){H}+(?:him|her|them|his{H}+words|her{H}+words|their{H}+words)(?=,|{H}))\b")


# "Zelensky also said Russia had fired ...": the named speaker goes on with words he gave earlier in the article
# ("According to Dombrovskyi, 23 children left ...", "In Syniehubov's words, ...": the same speaker by surname alone)
_NAMED_GOES_ON = regex.compile(rf"[\s\-–•*]*(?:(?P<name>\p{{Lu}}[\p{{L}}'’-]+){H}+also{H}+"
                               rf"(?:said|says|told|wrote|noted|added|stated|claimed|reported|stressed)\b"
                               rf"|According{H}+to{H}+(?P<name>\p{{Lu}}[\p{{L}}'’-]+),|In{H}+(?P<name>\p{{Lu}}[\p{{L}}-]+)['’]s{H}+words,)")


# "..., among them 1,540 children, Hryhorov said.": a speaker named by surname alone at the end, told of before
_NAME_SAID_AFTER = regex.compile(rf",{H}+(?P<name>\p{{Lu}}[\p{{L}}'’-]+){H}+(?:also{H}+)?(?:said|says|added|noted|told{H}+\w+(?:{H}+\w+){{0,3}})[.!]?\s*$")


# '..., 96 of them children," the governor said.': a speaker told by office alone, named with it before ("Governor
# Vadym Filashkin said on Monday"); the office is looked for case ignored
_ROLE_SAID_AFTER = regex.compile(rf"[,\"”]{H}*[\"”]?{H}*the{H}+(?P<name>(?i:{alternation(VOCAB['speaker_offices'])})){H}+(?:also{H}+)?"
                                 rf"(?:said|says|added|noted|told{H}+\w+(?:{H}+\w+){{0,3}})[.!]?\s*$")
_OFFICE_REACH = 120


# a statement of the speaker told by a pronoun, not by another name ("In his Friday post, the governor wrote", "On
# Sunday she said", ", he wrote on Friday")
_SAME_SPEAKER_POST = regex.compile(
    rf"\b(?i:his|her){H}+(?:[\w-]+{H}+){{0,3}}?(?i:post|statement|address|update|message|video|briefing|remarks|speech)\b"
    rf"|\b(?i:he|she){H}+(?:(?:also|later){H}+)?(?i:said|says|wrote|writes|told|reported|added|posted|announced)\b")
# "On Tuesday he said": the day the pronoun spoke (not "On Thursday, he said, 24 were taken out": the event's day)
_DAY_THEN_SPEAKER = regex.compile(rf"{H}+")
_SAID_THEN = regex.compile(rf"{H}+(?:said|told|wrote|stated|announced|reported)\b[^,;.\n]{{0,50}}?{H}+(?:on|late{H}+on|early{H}+on){H}+$")


# a count told as someone's: "..., according to Serhiy Dobriak", "..., the governor said"
_ATTRIBUTED = regex.compile(rf"(?i:\baccording{H}+to\b|\b(?:{alternation(VOCAB['statement_verbs'])})\b)")


def _attributed_asof(facts: Facts, start: int, end: int) -> date | None:
    """The "as of" day of a speaker's count ("By Tuesday, about 26,000 remained, according to Dobriak"), if it is one."""
    asof = [m for m in facts.mentions(start, end) if m.role == "asof" and m.day and m.precise]
    return asof[-1].day if asof and _ATTRIBUTED.search(facts.ctx.text, start, end) else None


def _statement_day(facts: Facts, start: int, end: int) -> date | None:
    said = [m for m in facts.mentions(start, end) if m.role == "statement" and m.day and m.precise]
    return said[-1].day if said else None


def said_day(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> date | None:
    """The day a sentence was said, dated by its speaker's words elsewhere: after the quote it stands in
    ('"We took 1,240 out. ...," the head said on Thursday'), or before it ("He added that ...")."""
    text = ctx.text
    l_start, l_end = ctx.line_at(s_start)
    if _QUOTES.search(text, l_start, l_end) and len(_QUOTES.findall(text, l_start, s_start)) % 2 == 0 \
            and len(_QUOTES.findall(text, s_start, s_end)) == 1 and _QUOTES.match(text, s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip(" -–•*"))):
        if close := _QUOTES.search(text, s_end, l_end):   # a quote opened here and closed in a later sentence
            return _statement_day(facts, close.end(), ctx.sentence_at(close.start())[1])
    if _SPEAKER_GOES_ON.match(text, s_start) and (i := ctx.sentence_index(s_start)) > 0:
        for back in range(1, SPEAKER_CHAIN + 1):   # ("He said ... since Monday. According to him, ...": back to the day he spoke)
            p_start, p_end = ctx.sentences[i - back]
            if not ("\n" not in text[p_end:s_start].strip(" ") or ctx.line_at(p_start)[1] >= l_start - 2):
                break
            # ("By Tuesday, 26,000 remained, according to Dobriak. He said that ...": the day his count stood at)
            told = _statement_day(facts, p_start, p_end) or _attributed_asof(facts, p_start, p_end)
            if told is not None or back == i or not _SPEAKER_GOES_ON.match(text, p_start) \
                    or any(m.day and m.role != "start" for m in facts.mentions(p_start, p_end)):
                return told
            s_start, l_start = p_start, ctx.line_at(p_start)[0]
    if (named := _NAMED_GOES_ON.match(text, s_start) or _NAME_SAID_AFTER.search(text, s_start, s_end)
            or _ROLE_SAID_AFTER.search(text, max(s_start, s_end - _OFFICE_REACH), s_end)) \
            and (i := ctx.sentence_index(s_start)) > 0:
        # the last earlier sentence that names the same speaker says when he spoke
        for p_start, p_end in reversed(ctx.sentences[:i]):
            if same := _SAME_SPEAKER_POST.search(text, p_start, p_end):
                # ("Gladkov said on Thursday ... In his Friday morning post, the governor wrote ... Gladkov also
                # reported ...": the later post, told by "his" or "he", is the one he goes on with)
                told = [m for m in facts.mentions(p_start, p_end) if m.day and m.precise
                        and (m.role == "statement" or m.role == "day" and _DAY_THEN_SPEAKER.fullmatch(text, m.end, same.start()))]
                if told:
                    return told[-1].day
            if spoke := regex.compile(rf"\b{regex.escape(named.group('name'))}\b", regex.I if named.re is _ROLE_SAID_AFTER else 0).search(text, p_start, p_end):
                # ("Zelensky said in his nightly address on Friday that ...": the day told right after his verb)
                told = [m for m in facts.mentions(spoke.end(), p_end) if m.day and m.precise and m.role in ("statement", "day")
                        and _SAID_THEN.match(text, spoke.end(), m.start)]
                return told[0].day if told else _statement_day(facts, p_start, p_end)
    if (pronoun := _PRONOUN_SAID.search(text, s_start, s_end)) and (i := ctx.sentence_index(s_start)) > 0:
        # "About 2,300 residents still live there, he said.": the day "he" spoke, a sentence or two back (unless a
        # sentence between names a day of its own); told mid-sentence ("..., he said, many of them ..."), in its own
        # paragraph only (a paragraph before may be another speaker's)
        reach = l_start if pronoun.group().endswith(",") else l_start - 2
        for p_start, p_end in reversed(ctx.sentences[max(0, i - 2):i]):
            if ctx.line_at(p_end)[1] < reach:
                break
            named = [m for m in facts.mentions(p_start, p_end) if m.day and m.role in ("day", "asof", "statement")]
            if named:   # (a sentence that also dates an event of its own keeps its figures' day: "Sunday's shelling")
                return named[-1].day if all(m.role == "statement" for m in named) and named[-1].precise else None
    return None


# a sentence that names a speaker of its own ("Mayor Ivan Fedorov said that ...", "according to Ukrinform"): not the
# speaker before going on
_OWN_SPEAKER = regex.compile(rf"\b(?:(?P<who>(?:\p{{Lu}}[\p{{L}}'’.-]+{H}+){{0,3}}\p{{Lu}}[\p{{L}}'’.-]+)(?:,[^,.;\n]{{1,60}},)?{H}+(?i:{alternation(VOCAB['statement_verbs'])})\b"
                             rf"|(?i:according{H}+to){H}+\p{{Lu}})")


_ANY_STATEMENT = regex.compile(rf"\b(?i:{alternation(VOCAB['statement_verbs'])})\b")


def speaks_anew(text: str, s_start: int, s_end: int, before: tuple[int, int]) -> bool:
    """Whether the sentence names a speaker of its own, not named in the sentence before ("By Sunday, the occupation
    administration claimed 1,679 had been moved. Mayor Ivan Fedorov said that about 70,000 had left": his own count)."""
    own = _OWN_SPEAKER.search(text, s_start, s_end)
    return own is not None and own.group("who") is not None and own.group("who").split()[-1] not in text[before[0]:before[1]]


def tally_goes_on(ctx: DocContext, facts: Facts, s_start: int, s_end: int) -> date | None:
    """"About 18,000 still live there, Dombrovskyi said on Monday. Since January, 4,300 have been evacuated.": a running
    tally right after the speaker's words in his paragraph, with no speaker of its own, stands at the day he spoke."""
    i = ctx.sentence_index(s_start)
    # (a speaker of its own, named or not: "Officials of the occupation administration said ... about 6,000 had been moved out")
    if i == 0 or _OWN_SPEAKER.search(ctx.text, s_start, s_end) or _ANY_STATEMENT.search(ctx.text, s_start, s_end):
        return None
    p_start, p_end = ctx.sentences[i - 1]
    if ctx.line_at(p_start) != ctx.line_at(s_start):
        return None
    return _statement_day(facts, p_start, p_end) or said_day(ctx, facts, p_start, p_end)


# a day counted from the day the words were spoken ("yesterday", "overnight", "this morning")
_RELATIVE_DAY = regex.compile(rf"(?i:yesterday|today|tonight|overnight|at{H}+night|(?:during|in){H}+the{H}+night|last{H}+night|this{H}+(?:morning|afternoon|evening)"
                              rf"|earlier{H}+today|the{H}+day{H}+before{H}+yesterday|\w+{H}+days{H}+ago)(?:'s)?")


def as_said_on(text: str, mentions: list[DateMention], s_start: int, s_end: int, reference) -> list[DateMention]:
    """'"Yesterday alone, 84 left," he said on Thursday': the sentence's relative days count from the day it was said."""
    said = [m for m in mentions if m.role == "statement" and m.day and m.precise and m.day != reference]
    if said and any(m.role != "statement" and _RELATIVE_DAY.fullmatch(text, m.start, m.end) for m in mentions):
        return find_dates(text, s_start, s_end, reference=said[-1].day)
    return mentions
