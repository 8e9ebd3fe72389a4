"""A sentence's date mentions + a figure's span → the mention that governs the figure (or whether one governs it):
not a date bound to another clause (a comparison, a relative or concessive clause, a tally's start, a part's attack)."""
from __future__ import annotations

from datetime import date, timedelta

import regex

from extract.dateparts import month_end
from extract.datementions import VOCAB, WHEN_AFTER, H, DateMention
from extract.tolls import names_attack
from extract.vocab import alternation, may_hold

_NEW_STATEMENT = regex.compile(rf",{H}*(?i:adding|noting|stressing){H}+that\b")
# a dated attack described by its own relative clause: the date stays inside that clause
_DATED_ATTACK_CLAUSE = regex.compile(rf"(?:'s)?{H}+(?:[\w-]+{H}+)?(?:strikes?|attacks?|barrage|shelling|raid){H}+(?:that|which)\b[^,;\n]{{0,200}}[,;]", regex.I)


_INCLUDING_ATTACK = regex.compile(rf"(?i:\b(?:including|among{H}+them)\b[^,;\n]*)$")
_ADJACENT_DAY = regex.compile(rf"(?:{H}+[A-Za-z-]+){{0,2}}{H}+on{H}+")
# "more than on 10 October", "more than in the whole of 2024", "higher than in the same period of 2024", "compared with
# the first half of 2023", "as against 5 May": a day or year compared with, not the figure's
# (after all but "than" the other figure may stand before its day: "compared with 1,900 in the same period of 2024", "up
# from 1.8 million on Sunday", "down from roughly 11,000 at the start of July"; "more than 1,900 in 2024" is the figure's own "more than")
COMPARISON_BEFORE = regex.compile(
    rf"(?i:\b(?:than|(?:(?:compared|in{H}+comparison){H}+(?:with|to)|as{H}+against|versus|vs\.?|(?:up|down){H}+from)"
    rf"(?:{H}+(?:(?:roughly|about|around|some|nearly|almost|approximately|over|under|more{H}+than|fewer{H}+than|less{H}+than){H}+)?"
    rf"\d[\d,.]*(?:{H}+(?:million|thousand)|{H}*%|{H}+per{H}*cent)?"
    # (its noun or verb may follow the other figure: "up from 1,974 killed in 2023", "compared with 210 civilians killed in 2023")
    rf"(?:{H}+(?!(?:on|in|during|for|over|at|by|the|and|or)\b)[a-z][a-z-]*){{0,2}})?"
    # ("fell to 93% from 95% in June", "rose to 1,200 from 900 last week": a bare "from" after a "to" figure)
    rf"|(?<=\bto{H}+\d[\d,.]*(?:{H}*%|{H}+per{H}*cent|{H}+(?:million|thousand))?,?{H}+)from{H}+\d[\d,.]*(?:{H}*%|{H}+per{H}*cent|{H}+(?:million|thousand))?"
    rf"){H}+(?:(?:on|in|during|for|over|at|by){H}+)?"
    rf"(?:(?:the{H}+)?(?:[\w-]+{H}+){{0,3}}?of{H}+)?|\bas{H}+(?:on|in){H}+)$")
COMPARISON_REACH = 64


def _distance(mention: DateMention, start: int, end: int) -> int:
    return max(start - mention.end, mention.start - end, 0)


# a part told as one victim or a few ("including a 16-year-old girl in Suzemka on 3 May", "among them a mother and her
# children hit by a mortar round on 6 March"): the date is that victim's, within a count of a longer time
_PERSON_PART = regex.compile(rf"(?i:\b(?:including|among{H}+them)(?:{H}+(?:were|was|are|is))?{H}+(?:a|an)\b[^,;\n]*)$")


def part_attack(text: str, mention: DateMention, start: int) -> bool:
    """"219 were killed, including the victims of the July 8 strike", "three have been killed this month, including a
    16-year-old girl on 3 May": the date is the part's, not the figure's (before it or after the part's clause closes)."""
    if start < mention.start:
        return bool(_INCLUDING_ATTACK.search(text, start, mention.start)) and names_attack(text, mention.start, mention.end) \
            or bool(_PERSON_PART.search(text, start, mention.start))
    return start > mention.end and bool(_PERSON_PART.search(text, max(0, mention.start - 160), mention.start)) \
        and "," in text[mention.end:start] and not _PERSON_PART.search(text, mention.end, start)


def governs(mention: DateMention, text: str, start: int) -> bool:
    """False for a date bound to another clause: "more than on 10 October, when Russia fired 84" dates the 84 only."""
    if mention.role in ("start", "report", "other"):
        return False
    if start >= mention.end and _NEW_STATEMENT.search(text, max(mention.end, start - 300), start):
        return False   # "..., the administration said, adding that 35 children still had to be evacuated"
    if (clause := _DATED_ATTACK_CLAUSE.match(text, mention.end)) and start >= clause.end():
        return False   # "still recovering from a Nov. 26 strike that cut power to 70%, saw half cut off again"
    if part_attack(text, mention, start):
        return False
    if start < mention.start and _CONCESSIVE.search(text, start, mention.start):
        return False   # "600 refuse to leave even though the water stopped in October": the clause's own time
    if start > mention.end and _TURN_TO_PRESENT.search(text, mention.end, start) and _PRESENT_FIGURE.match(text, start):
        return False   # "Over the weekend police took 21 out, though about 20,000 residents are believed to remain": now
    if start > mention.end and (aside := _RELATIVE_ASIDE.search(text, max(0, mention.start - 100), mention.start)) \
            and (close := _ASIDE_END.match(text, mention.end)) and close.end() <= start and _PRESENT_CLAUSE.match(text, close.end()):
        return False   # "In Kherson, where the Mission visited in May, officials estimate that 64,000 remain": now
    if (when := WHEN_AFTER.match(text, mention.end)) and _SINCE_PHRASE.search(text, max(0, mention.start - 70), mention.start) \
            and text.find(",", when.end(), start) >= 0 and not _WHEN_PARTICIPLE.search(text, when.end(), start):
        # ("the deadliest since 19 August 2023, when a missile struck the theatre, killing seven": that clause's own toll)
        return False   # "since August 2024, when troops entered the region, the toll has exceeded 320": a tally's start
    if _since_bound(mention, text, start):
        return False   # "the largest attack since the war began three years ago": the comparison's start, not the figure's day
    if start < mention.start and _RESTORED_CLAUSE.search(text, start, mention.start):
        return False   # "were left without electricity; power was restored by the evening of 20 November": the repair's day
    if (aside := _STATUS_ASIDE.search(text, max(0, mention.start - 100), mention.start)) \
            and (close := _ASIDE_END.match(text, mention.end)) and not aside.start() <= start < close.end():
        return False   # "shelling of Kherson, retaken by Ukraine on Nov. 11, killed two": the place's past, no figure's day
    if start < mention.start and _RELATIVE_CLAUSE.search(text, start, mention.start):
        return False   # "destroyed 17 drones over the Kursk region, where Kyiv's forces launched an offensive in early August"
    if start < mention.start and _EARLIER_RELATIVE.search(text, max(start, mention.start - 160), mention.start):
        return False   # "1,300 left, many of them residents who had refused to go in the spring": the clause's own earlier time
    if start > mention.end and _EARLIER_HIT_BEFORE.search(text, max(0, mention.start - 120), mention.start) \
            and (close := _EARLIER_HIT_AFTER.match(text, mention.end)) and _AGAIN.search(text, close.end(), start + 200):
        return False   # "Zaporizhzhia, already hit on Sunday, was struck again; one person died": the earlier strike's day
    if WHEN_AFTER.match(text, mention.end):
        return start >= mention.end
    compared = COMPARISON_BEFORE.search(text, max(0, mention.start - COMPARISON_REACH), mention.start)
    # (the figure the comparison names keeps its day: "compared with 1,900 in 2024" dates the 1,900)
    return not compared or start >= mention.end or compared.start() <= start

def compared_month_after(mentions: list[DateMention], text: str, end: int, reference) -> "date | None":
    """"fell to 93% from 95% in June": a figure set against a month after it, with no day of its own, is the next
    month's (its last day, not past the report)."""
    for m in mentions:
        if m.start >= end and m.day and not m.precise and _MONTH_NAMED.search(text, m.start, m.end) \
                and (compared := COMPARISON_BEFORE.search(text, max(0, m.start - COMPARISON_REACH), m.start)) and compared.start() >= end:
            following = (m.day.replace(day=1) + timedelta(days=32)).replace(day=1)
            last = month_end(following.year, following.month, reference)
            return min(last, reference) if reference else last
    return None


_CAUSE_BEFORE = regex.compile(rf"(?i:\b(?:after|following|in{H}+the{H}+wake{H}+of)\b)[^,;:.\n]{{0,80}}$")


# the figure's own verb in the present, before its clause ends ("1,800 households remain without power, DTEK said");
# "were still without power" is the past
_PRESENT_AFTER = regex.compile(rf"[^,;:.\n]{{0,60}}?\b(?:is|are|remain|remains|stay|stays|continue{H}+to|continues{H}+to)\b")


def cause_only(mention: DateMention, text: str, s_start: int, start: int, end: int) -> bool:
    """"after a strike on a substation on Tuesday about 1,800 households remain without power": a day inside an "after"
    clause before a figure told in the present dates the cause, not the state the figure counts now."""
    return mention.end <= start and bool(_CAUSE_BEFORE.search(text, max(s_start, mention.start - 90), mention.start)) \
        and bool(_PRESENT_AFTER.match(text, end))


# an appositive naming an earlier strike on the sentence's subject ("Zaporizhzhia, already hit on Sunday, was struck
# again", "Kharkiv, which was shelled by drones on Saturday night, came under fire again"): its day is not the new one's
_EARLIER_HIT_BEFORE = regex.compile(
    rf",{H}+(?:(?:which|that){H}+(?:was|were|had{H}+(?:already{H}+)?been){H}+)?(?:(?:already|previously|also|first){H}+)?"
    rf"(?i:hit|struck|shelled|attacked|targeted|bombed|pounded|hammered|damaged)(?:{H}+(?:by|with){H}+[^,;.\n]{{1,40}}?)?"
    rf"(?:{H}+(?:earlier|late|early|twice|once))?(?:{H}+(?:on|last|over))?{H}+$")
_EARLIER_HIT_AFTER = regex.compile(rf"(?:{H}+(?i:morning|afternoon|evening|night))?,")
_AGAIN = regex.compile(rf"(?i:\b(?:again|once{H}+(?:more|again)|anew)\b)")
_AFTER_FIGURE = regex.compile(r"(?i:\bafter\b)")
_MONTH_NAMED = regex.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_CAUSE_BETWEEN = regex.compile(rf"[^;.\n]*?\b(?i:after|following|when){H}[^;.\n]*")
# (or a part of them: "Another 17 were injured, nine of whom remained in hospital on Saturday": that part's own time)
_RELATIVE_CLAUSE = regex.compile(rf",{H}+(?:where|which|whose|(?:[\w-]+{H}+)?(?:of{H}+)?(?:whom|which){H}+(?:still{H}+)?(?:remain|remained|are|were|stay|stayed|is|was|had|have))\b")
# a relative clause in the past perfect ("residents who had refused to go in the spring", "the bridge, which had been
# repaired in March"): its time is before the figure's, told of the people or thing the figure counts
_EARLIER_RELATIVE = regex.compile(rf"(?i:\b(?:who|whom|which|that){H}+had{H}+(?:(?:not|already|earlier|previously|first|also){H}+)?"
                                  rf"(?:been{H}+)?[a-z]+(?:ed|en|wn|ght|id|ung|ft|lt|nt)\b[^,;:.\n]{{0,60}})$")
# a later clause that turns from the dated one ("..., though", "..., but", "..., while", "; yet") ...
# (or a bare ";" opening a clause of its own: "were evacuated in the last week of May; about 235,000 residents remain")
_TURN_TO_PRESENT = regex.compile(rf"(?:(?:,|;|{H}[—–])?{H}*+(?i:even{H}+though|although|though|but|while|whereas|yet)\b(?!{H}+(?:also|still)\b)|;)")
# (the verbs of a state standing now, and not a toll's: "are believed to remain", not "are being killed")
_NOW_VERBS = rf"is|are|remain|remains|stay|stays|live|lives|continues?{H}+to"
_NOT_A_TOLL = rf"(?!{H}+(?:being{H}+)?(?:killed|injured|wounded|dead)\b)"
# ...to a present told of the figure in it ("about 20,000 residents are believed to remain", "some 300 still live there")
_PRESENT_FIGURE = regex.compile(rf"[\d,.]*+[^,;:.\n]{{0,60}}?\b(?i:{_NOW_VERBS})\b{_NOT_A_TOLL}")
_CONCESSIVE = regex.compile(rf"(?i:\b(?:even{H}+though|even{H}+if|although|though|despite|in{H}+spite{H}+of)\b)")
# a later clause (past a ";", a ", and", a ", but", a ", while" or a "until") whose verb brings the supply back
_RESTORED_CLAUSE = regex.compile(
    rf"(?i:(?:;|,?{H}+(?:and|but|while|until|before){H}|,{H}+(?:which|that){H}|\.)[^;\n]*?\b(?:{alternation(VOCAB['restored_verbs'])})\b)")
# an aside on a place's past, opening after a comma ("Kherson, retaken by Ukraine on Nov. 11,", "Izium, which Ukraine
# liberated in September,", "the city, which fell to Russian troops in May 2022,") and closing at a comma or a dash
_STATUS_ASIDE = regex.compile(rf"(?i:,{H}+(?:(?:which|that){H}+(?:[\w'’-]+{H}+){{0,3}}?)?(?:(?:was|were|had{H}+been|has{H}+been){H}+)?"
                              rf"(?:(?:first|only|recently|later|briefly|partly|finally|fully){H}+)?"
                              rf"(?:{alternation(VOCAB['status_verbs'])})\b[^,;:.()\n]{{0,60}})$")
# a relative aside on a place or a body, set off by commas ("In Kherson city, where the Mission visited in May, ...")
_RELATIVE_ASIDE = regex.compile(rf"(?i:,{H}+(?:where|when|which|who){H}[^,;:.()\n]{{0,80}})$")
# ...then the main clause's figure told in the present ("local authorities estimate that some 64,000 residents remain")
_PRESENT_CLAUSE = regex.compile(rf"[^;:.\n]{{0,120}}?\b(?i:{_NOW_VERBS}|estimates?|believes?)\b{_NOT_A_TOLL}")
_ASIDE_END = regex.compile(r"[^,;:.()\n—–]{0,60}(?:,|\s[—–])")
_WHEN_PARTICIPLE = regex.compile(rf"(?i:,{H}*(?:killing|injuring|wounding|leaving|cutting|knocking|forcing|hurting)\b[^,;.\n]*+(?:,{H}*(?:and|including|among){H}[^,;.\n]*+)?)$")
# "since" and the words of its phrase up to a date ("since the start of the conflict three years ago", "since last August")
_SINCE_PHRASE = regex.compile(rf"(?i:\bsince\b[^,;:.\n]{{0,60}})$")
_SUPERLATIVE = regex.compile(rf"(?i:\b(?:{alternation(VOCAB['tally']['superlatives'])})\b[^,;:.\n]{{0,60}})$")


def _since_bound(mention: DateMention, text: str, start: int) -> bool:
    """A date in a "since ..." phrase bounds a span of time: "N years ago" there is when the span began (no day a
    figure is about), and any date there after a superlative after the figure is what the figure is compared with
    ("shot down 337 drones, the largest attack since last August")."""
    since = _SINCE_PHRASE.search(text, max(0, mention.start - 60), mention.start)
    if since is None:
        return False
    if mention.role == "vague":
        return True
    return start < since.start() and _SUPERLATIVE.search(text, max(start, since.start() - 60), since.start()) is not None


def pick_in_sentence(mentions: list[DateMention], text: str, start: int, end: int) -> DateMention | None:
    usable = [m for m in mentions if governs(m, text, start)]
    if not usable:
        return None
    # "a week after Russia said it had repelled 158 drones on Sept. 1": a named day after the vague
    # interval is what the interval counts from, and it dates the figure
    usable = [m for m in usable if m.role != "vague" or not any(o.start >= m.end and o.day and o.role != "vague" for o in usable)]
    # "1.73 million by Monday, up from 1.53 million on Sunday": a day written right after the figure (or inside
    # its evidence) is its own
    for m in usable:
        if m.role == "day" and ((start <= m.start and m.end <= end)
                                or (m.start >= end and _ADJACENT_DAY.fullmatch(text, end, m.start))):
            return m
    # "up from 1,974 killed in 2023", "compared with 45 destroyed on Monday": the figure a comparison names has the
    # comparison's own day, however near the main figure's day stands before it
    for m in usable:
        if m.start >= end and (compared := COMPARISON_BEFORE.search(text, max(0, m.start - COMPARISON_REACH), m.start)) \
                and compared.start() <= start:
            return m
    # "evacuated 112 overnight after missiles hit the dam on Wednesday": a day past an "after" that follows the
    # figure dates its cause; the figure's own time, named between it and that "after", dates the figure (not a
    # day before the figure, the statement's: "said over the weekend that 50 bodies were recovered after ... on Friday")
    cause = _AFTER_FIGURE.search(text, end, max((m.start for m in usable), default=end))
    if cause and any(end <= m.start < cause.start() for m in usable):
        usable = [m for m in usable if not m.start >= cause.end()]
    dated = [m for m in usable if m.role != "window"] or usable
    # "killed two on Saturday, the administration said on Sunday": the event's own day wins
    dated = [m for m in dated if m.role != "statement"] or dated
    asof = [m for m in dated if m.role == "asof"]
    chosen = min(asof or dated, key=lambda m: _distance(m, start, end))
    if not chosen.precise and chosen.day and _MONTH_NAMED.search(text, chosen.start, chosen.end):
        # "last December, when about 80% of the city was cut off after a strike on 16 December 2024": the day of that
        # month the figure's cause names is the figure's (not "300 in March, including 20 on 8 March")
        finer = [m for m in usable if m.precise and m.day and m.role == "day" and m.start >= end and m.day.replace(day=1) == chosen.day.replace(day=1)
                 and _CAUSE_BETWEEN.fullmatch(text, end, m.start)]
        if finer:
            return finer[0]
    return chosen

# a running tally's words ("since the start of the year", "so far"), not after a superlative ("the highest since ...")
_TALLY = regex.compile(r"(?i)\b(?:" + alternation(VOCAB["tally"]["cues"]) + r")\b")
_SUPERLATIVE_BEFORE = regex.compile(r"(?i)\b(?:" + alternation(VOCAB["tally"]["superlatives"]) + r")\b[^.;,]{0,60}$")
_TALLY_WORDS = tuple(VOCAB["tally"]["cues"])


def running_tally(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] counts a running tally ("since the start of the year", "so far")."""
    if not may_hold(text[start:end], _TALLY_WORDS):
        return False
    return any(not _SUPERLATIVE_BEFORE.search(text, max(start, m.start() - 60), m.start())
               for m in _TALLY.finditer(text, start, end))


# "On the first train alone, 100 left", "its very first convoy": the first run of what a period's start opened
_FIRST_OF = regex.compile(rf"(?i:\b(?:the|its|their){H}+(?:very{H}+)?first{H}+" + alternation(VOCAB["first_of_nouns"]) + r"\b)")


def first_of_start(mentions: list[DateMention], text: str, s_start: int, span_end: int) -> date | None:
    """"Since the evacuation began on 18 November, ... On the first train alone, 100 people left": the day of the
    start told before the figure's sentence, for a figure of that period's first day or run."""
    if not may_hold(text[s_start:span_end], ("first",)) or not _FIRST_OF.search(text, s_start, span_end):
        return None
    starts = [m for m in mentions if m.role == "start" and m.day and m.precise and m.end <= s_start]
    return starts[-1].day if starts else None
