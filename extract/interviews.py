"""An interview's or transcript's turns (Q&A, speaker labels, a participants line) → the speaker of a figure, and the talk's day."""
from __future__ import annotations

import bisect
from datetime import date

import regex

from extract.claimsources import DocClaimants
from extract.context import DocContext
from extract.datementions import find_dates

# a turn opens its paragraph on a dash ("— How many ...?"), a Q/A label, or a speaker's label ("Fedorov: ...",
# "REPORTER: ...", a masthead's label in capitals "DER SPIEGEL: ...", "ZEIT ONLINE: ...")
_DASH_TURN_RX = regex.compile(r"[^\S\n]*+[—–-][^\S\n]++(?=\S)")
_QA_TURN_RX = regex.compile(r"[^\S\n]*+(?P<label>Q|A|Question|Answer)[:.][^\S\n]++", regex.IGNORECASE)
# or, as Ukrainian and Russian papers print a Q&A, a label in capitals closed by a full stop, the answerer's with an
# initial: "FAKTY. How many people still live here?" / "R. MROCHKO. About 61,000 residents."
_LABEL_TURN_RX = regex.compile(r"[^\S\n]*+(?:(?P<label>\p{Lu}[\p{L}'’-]{1,30}(?:[^\S\n]\p{Lu}[\p{L}'’-]{1,30}){0,2}|\p{Lu}{2,20}+(?:[^\S\n]\p{Lu}{2,20}+){1,2}):"
                               r"|(?P<label>(?:\p{Lu}\.[^\S\n]?+)?\p{Lu}{2,20}+(?:[^\S\n]\p{Lu}{2,20}+){0,2})\.)[^\S\n]++(?=\S)")
# an interviewer's credit is no interviewee: "Interview by Oksana Mykhailenko", "Interviewed by", "By Olena ..."
_CREDIT_RX = regex.compile(r"(?i)\b(?:by|with\s+(?:our\s+)?(?:correspondent|reporter))\s*+$")
# nor is a byline's name on a date line: "12 January 2025, 10:00 | Olena Kravets", "Olena Kravets · 12 January"
_BYLINE_BEFORE_RX = regex.compile(r"(?i)(?:[|·•]|\b(?:author|text|words|interviewer)\s*+:)[^\S\n]*+$")
_BYLINE_AFTER_RX = regex.compile(r"[^\S\n]*+[|·•]")
MIN_QUESTIONS = 2   # a text is an interview when at least two turns ask
# or, with no mark at all (or a bold one the reader drops), a question paragraph and its answer paragraphs: then
# the head must say it is an interview, and three questions must each be answered by a paragraph of their own
_BARE_HEAD_RX = regex.compile(r"(?i)\b(?:interview(?:ed)?|Q\s*+(?:&|and)\s*+A|(?:spoke|talked|speaking|talking)\s+(?:to|with)|"
                              r"conversation\s+with|(?:we|I)\s+asked)\b")
MIN_BARE_QUESTIONS = 3
MAX_QUESTION = 300   # a longer paragraph ending on "?" is a reporter's, not an interviewer's turn


def _turns(ctx: DocContext) -> tuple[int, list[tuple[int, bool, str]]]:
    """(offset of the first turn, [(line start, is an answer, label)]) of each turn in text order; ([]) when the text
    is no interview."""
    text = ctx.text
    qa, dash, labelled = [], [], []   # (line start, asks, label)
    for start, end in ctx.lines:
        asks = text[start:end].rstrip().endswith("?")
        if (m := _QA_TURN_RX.match(text, start, end)) is not None:
            qa.append((start, asks, m.group("label")[0].upper()))
        elif _DASH_TURN_RX.match(text, start, end):
            dash.append((start, asks, ""))
        elif (m := _LABEL_TURN_RX.match(text, start, end)) is not None:
            labelled.append((start, asks, m.group("label")))
    if sum(1 for *_, label in qa if label == "Q") >= MIN_QUESTIONS:
        return qa[0][0], [(start, label == "A", label) for start, _, label in qa]
    if dash and dash[0][1] and sum(1 for _, asks, _ in dash if asks) >= MIN_QUESTIONS:
        # the interviewer opens; the turns alternate
        return dash[0][0], [(start, i % 2 == 1, "") for i, (start, *_) in enumerate(dash)]
    # "Reporter: ...?" / "Lysak: ...": one label asks; the turns of the others answer
    asking = {label for _, asks, label in labelled if asks}
    if len(asking) == 1 and sum(1 for _, asks, _ in labelled if asks) >= MIN_QUESTIONS:
        # the talk opens at its first question: a head line ("Ihor Terekhov: ...") names the interviewee
        first = next(start for start, asks, _ in labelled if asks)
        return first, [(start, label not in asking, label) for start, _, label in labelled if start >= first]
    return _bare_turns(ctx)


def _asks(line: str) -> bool:
    return len(line) <= MAX_QUESTION and line.rstrip().rstrip("*_").endswith("?")


def _bare_turns(ctx: DocContext) -> tuple[int, list[tuple[int, bool, str]]]:
    """Unmarked turns: a short paragraph ending on "?" asks, the paragraphs up to the next question answer."""
    text, lines = ctx.text, ctx.lines
    asks = [_asks(text[start:end]) for start, end in lines]
    answered = [i for i in range(len(lines) - 1) if asks[i] and not asks[i + 1]]
    if len(answered) < MIN_BARE_QUESTIONS or not _BARE_HEAD_RX.search(text, 0, lines[answered[0]][0]):
        return -1, []
    first = answered[0]
    return lines[first][0], [(start, not asks[i], "") for i, (start, _) in enumerate(lines) if i >= first]


def _interviewee(ctx: DocContext, doc: DocClaimants, first_turn: int) -> str | None:
    """The first person the head names before the first turn, not credited as the interviewer."""
    for actor in doc.actors:
        if actor.start >= first_turn:
            break
        if (actor.kind == "person" and actor.name and not _CREDIT_RX.search(ctx.text, max(0, actor.start - 40), actor.start)
                and not _BYLINE_BEFORE_RX.search(ctx.text, max(0, actor.start - 40), actor.start)
                and not _BYLINE_AFTER_RX.match(ctx.text, actor.end)):
            return actor.name
    return None


def _cached_turns(ctx: DocContext) -> tuple[int, list[tuple[int, bool, str]]]:
    cached = ctx.__dict__.get("_interview_turns")
    if cached is None:
        cached = ctx.__dict__["_interview_turns"] = _turns(ctx)
    return cached


# the head's word of when the talk took place: "We spoke to him on Wednesday", "The interview was recorded on 17 June"
_TALK_RX = regex.compile(r"(?i)\b(?:(?:spoke|talked|speaking|talking)\s+(?:to|with)|interviewed|met\s+(?:him|her|them)|"
                         r"(?:interview|conversation|talk)\s+(?:took\s+place|was\s+(?:recorded|held|conducted)))\b")


def interview_day(ctx: DocContext, offset: int) -> date | None:
    """The day an interview took place, as its head tells it, for a figure in its turns: its "today" and "yesterday"
    count from that day, not from the page's publication."""
    first, turns = _cached_turns(ctx)
    if not turns or offset < first or ctx.published is None:
        return None
    cached = ctx.__dict__.get("_interview_day", False)
    if cached is False:
        cached = None
        text = ctx.text
        for s_start, s_end in ctx.sentences:
            if s_start >= first:
                break
            if (talk := _TALK_RX.search(text, s_start, s_end)) is None:
                continue
            days = [m.day for m in find_dates(text, talk.end(), s_end, reference=ctx.published)
                    if m.day and m.precise and m.role not in ("start", "vague", "other") and m.day <= ctx.published]
            if days:
                cached = days[0]
                break
        ctx.__dict__["_interview_day"] = cached
    return cached


def interview_answer(ctx: DocContext, doc: DocClaimants, offset: int) -> str | None:
    """A figure in an answer of an interview (the dash, Q/A or speaker-label turns) is the interviewee's."""
    cached = ctx.__dict__.get("_interview")
    if cached is None:
        first, turns = _cached_turns(ctx)
        cached = (turns, _interviewee(ctx, doc, first) if turns else None)
        ctx.__dict__["_interview"] = cached
    turns, name = cached
    if not name:
        return None
    i = bisect.bisect_right(turns, (offset, True, "\uffff")) - 1
    if i < 0 or not turns[i][1]:
        return None
    # a labelled answer is the interviewee's only when the label is theirs or a plain "A"
    label = turns[i][2]
    # "Lysak", "R. MROCHKO": the label's last word is the interviewee's surname
    if label and label != "A" and label.split()[-1].lower() not in name.lower():
        return None
    return name


# a transcript's guest turn: the speaker's name in capitals and the title a broadcast gives a guest, not its anchors
# ("VALENTYN REZNICHENKO, Dnipropetrovsk Regional Governor (through translator): Eleven of the dead ...")
_TITLED_TURN_RX = regex.compile(r"[^\S\n]*+(?P<name>\p{Lu}[\p{Lu}'’-]++(?:[^\S\n]\p{Lu}[\p{Lu}'’-]++){1,3}),[^\S\n]"
                                r"\p{Lu}[^:\n]{2,80}?:[^\S\n]++(?=\S)")


# how far into a line a turn's label may reach: the match is bounded there, for regex scans the whole span it is given
# for the colon a label needs before it tries, once per figure (a megabyte line's figures made that quadratic)
TURN_LABEL_REACH = 300


def titled_turn(ctx: DocContext, offset: int) -> str | None:
    """A figure in a transcript's turn opened by a titled guest's label is the guest's."""
    line_start, line_end = ctx.line_at(offset)
    m = _TITLED_TURN_RX.match(ctx.text, line_start, min(line_end, line_start + TURN_LABEL_REACH))
    if m is None or offset < m.end():
        return None
    return " ".join(w.capitalize() for w in m.group("name").split())


# a transcript's head naming its speakers: "Participants: Governor of the Moscow region Andrei Vorobyov; regional
# health minister Alexei Sakharov; ...", "Speakers: ...", "Taking part: ..."
_CAST_RX = regex.compile(r"(?i)[^\S\n]*+(?:participants|speakers|taking[^\S\n]part|present|panel(?:ists)?|on[^\S\n]the[^\S\n]panel)"
                         r"[^\S\n]*+[:—–][^\S\n]*+(?=\S)")
# a turn's label, in capitals or not, after a dash or not: "VOROBYOV:", "Sakharov:", "Governor:", "— A. Polyakov:"
_CAST_TURN_RX = regex.compile(r"[^\S\n]*+(?:[—–-][^\S\n]*+)?(?P<label>(?:\p{Lu}\.[^\S\n]?+)?\p{Lu}[\p{L}'’-]{1,30}"
                              r"(?:[^\S\n]\p{L}[\p{L}'’-]{1,30}){0,4}):[^\S\n]++(?=\S)")
# a title after the name ("Oleh Kiper, head of the regional administration") runs to the next part; one before it
# ("Governor of the Moscow region Andrei Vorobyov") from the last separator
_TITLE_AFTER_RX = regex.compile(r",[^\S\n]*+(?:the[^\S\n]++)?(?=\p{Ll})")
_PART_END_RX = regex.compile(r"[;,]|\band\b")
_ROLE_STOP = {"the", "of", "a", "an", "and", "in", "for", "on"}


def _cast(ctx: DocContext, doc: DocClaimants) -> tuple[int, list[tuple[str, set[str]]]]:
    """(end of the participants line, [(speaker, words of the speaker's title)]); (-1, []) when no head names a cast."""
    text = ctx.text
    for start, end in ctx.lines:
        if (m := _CAST_RX.match(text, start, end)) is None:
            continue
        people = [a for a in doc.actors if a.kind == "person" and a.name and m.end() <= a.start < end]
        cast = []
        for i, person in enumerate(people):
            if _TITLE_AFTER_RX.match(text, person.end, end):
                stop = people[i + 1].start if i + 1 < len(people) else end
                semi = text.find(";", person.end, stop)
                part = text[person.end:semi if semi >= 0 else stop]
            else:
                floor = people[i - 1].end if i else m.end()
                cuts = [c.end() for c in _PART_END_RX.finditer(text, floor, person.start)]
                part = text[cuts[-1] if cuts else floor:person.start]
            cast.append((person.name, set(regex.findall(r"\p{L}+", part.lower())) - _ROLE_STOP))
        return (end, cast) if cast else (-1, [])
    return -1, []


def _speaker_of(label: str, cast: list[tuple[str, set[str]]]) -> str | None:
    """The one participant a label names: by surname ("VOROBYOV", "A. Vorobyov") or by title ("Governor", "Health
    minister")."""
    words = [w for w in regex.findall(r"\p{L}+", label.lower()) if w not in _ROLE_STOP]
    if not words:
        return None
    by_name = [name for name, _ in cast if name.lower().split()[-1] == words[-1]]
    by_title = [name for name, title in cast if all(w in title for w in words)]
    found = by_name or by_title
    return found[0] if len(found) == 1 else None


def cast_turn(ctx: DocContext, doc: DocClaimants, offset: int) -> str | None:
    """A figure in a transcript's turn whose label names one of the participants its head lists is that speaker's."""
    cached = ctx.__dict__.get("_cast")
    if cached is None:
        cached = ctx.__dict__["_cast"] = _cast(ctx, doc)
    head_end, cast = cached
    if not cast or offset < head_end:
        return None
    line_start, line_end = ctx.line_at(offset)
    m = _CAST_TURN_RX.match(ctx.text, line_start, min(line_end, line_start + TURN_LABEL_REACH))
    if m is None or offset < m.end():
        return None
    return _speaker_of(m.group("label"), cast)


# the outlet's own staff speak as the outlet, not as sources: "Our correspondent Erik Holm is in Kyiv", "I'm Anna Lindqvist"
_OWN_STAFF_RX = regex.compile(r"(?i)(?:\b(?:our|my|the\s+station's|the\s+paper's)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:correspondent|reporter|"
                              r"journalist|host|presenter|colleague|producer|editor|anchor)s?|\bI['’]m|\bI\s+am|\bthis\s+is)[,\s]*+"
                              r"(?:\p{Lu}[\p{L}'’-]*+\s++){0,2}$")

# ... or as the broadcast titles them after the name: "TOM BRENNAN, BYLINE:", "Stephanie Sy has our report."
_STAFF_AFTER_RX = regex.compile(r"(?:\s*+,\s*+(?i:byline|host|anchor|correspondent|reporter)\b|\s++(?:has|with)\s++(?:our|the|this|more|that)"
                                r"(?:\s++\w++)?\s++(?:report|story)\b|\s++reports\s++(?:from|for)\b)")


def named_turn(ctx: DocContext, doc: DocClaimants, offset: int) -> str | None:
    """A figure in a turn labelled with the surname of a person the text named before ("With me is Artem Kobzar, the
    acting mayor. ... KOBZAR: We have moved 64 residents") is that person's, questions asked or not."""
    line_start, line_end = ctx.line_at(offset)
    m = _CAST_TURN_RX.match(ctx.text, line_start, min(line_end, line_start + TURN_LABEL_REACH))
    if m is None or offset < m.end():
        return None
    surname = m.group("label").split()[-1].lower()
    named = {a.name for a in doc.actors if a.kind == "person" and a.name and a.start < line_start
             and a.name.split()[-1].lower() == surname}
    if len(named) != 1:
        return None
    # (staff anywhere in the text is staff in every turn: "TOM BRENNAN, BYLINE: ..." then "BRENNAN: ...")
    for m in regex.finditer(r"(?i)(?<![\p{L}-])" + regex.escape(surname) + r"(?![\p{L}-])", ctx.text):
        if _OWN_STAFF_RX.search(ctx.text, max(0, m.start() - 70), m.start()) or _STAFF_AFTER_RX.match(ctx.text, m.end(), m.end() + 40):
            return None
    return named.pop()
