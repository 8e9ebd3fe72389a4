"""A sentence of an article → whether it tells a toll of the story's strike, and the attack days its words name."""
from __future__ import annotations

import regex

from extract.datementions import H
from extract.datepatterns import VOCAB
from extract.reportsplit import FIGURE
from extract.vocab import alternation, may_hold

# "the death toll", "risen to", "killed in the attack", "among the injured are": the figure counts the victims of a strike
TOLL = regex.compile(r"(?i:\b(?:death{H}+toll|toll|risen{H}+to|rose{H}+to|since{H}+the{H}+(?:strike|attack)|bodies{H}+of"
                     r"|(?:in|from|after){H}+the{H}+(?:\w+{H}+){0,3}(?:strike|attack|shelling|barrage)"
                     r"|among{H}+(?:the|them{H}+(?:were|are)){H}+(?:dead|killed|injured|wounded|victims|deceased|hospitali[sz]ed)))\b".replace("{H}", H))
# Words every match of TOLL holds ("since the strike" holds "strike"): a sentence without any of them, case
# ignored, is turned away without the search, most figures' sentences among them
TOLL_WORDS = ("toll", "risen", "rose", "strike", "attack", "shelling", "barrage", "climbed", "increased", "grew", "jumped", "reached",
              "bodies", "among", "stood", "stands")
# a toll told as risen since the story's strike, and the words that would make the sentence a new attack's
# ("the number of people killed when a missile hit the city climbed to 20 on Saturday": the clause between names the strike;
# "pulled out more bodies on Wednesday, raising the death toll to 12": the day of the count, not of the strike)
_TOLL_UPDATE = regex.compile(rf"(?i:\b(?:(?:rais(?:ing|ed)|bring(?:ing)?|brought|push(?:ing|ed)){H}+the{H}+(?:(?:overall|official|total){H}+)?(?:death{H}+)?toll\b"
                             # ("the number of people confirmed dead", "the number of officially recorded deaths")
                             rf"|(?:death{H}+toll|toll|number{H}+(?:of{H}+(?:the{H}+)?(?:(?:people|those|civilians){H}+)?)?"
                             rf"(?:(?:(?:officially|now){H}+)?(?:confirmed|reported|registered|recorded|known{H}+to{H}+be){H}+)?"
                             rf"(?:dead|deaths|killed|victims|injured|wounded|fatalities|casualties))"
                             rf"(?:{H}+(?:in|from|after|when|since|by)\b[^.;:\n]{{0,160}}?)?"
                             rf"{H}+(?:has{H}+|had{H}+)?(?:since{H}+)?(?:rose|risen|climbed|increased|grew|grown|jumped|reached|stood|stands)\b))")
_TOLL_UPDATE_WORDS = ("rose", "risen", "climbed", "increased", "grew", "grown", "jumped", "reached", "stood", "stands",
                      "raising", "raised", "bringing", "bring", "brought", "pushing", "pushed")
_NEW_ATTACK = regex.compile(rf"(?i:\b(?:a|another|new|separate|second){H}+(?:[\w-]+{H}+)?(?:strike|attack|shelling|barrage|raid)\b"
                            rf"|\b(?:struck|hit|shelled|attacked)\b)")
# "the October 10 attack", "Friday's strike", "Friday's Russian missile strike": the date names the attack; "the attack on December 29", "the strike
# the previous evening": so does a date right after the attack's noun
# ("Monday afternoon's attack", "Sunday night's strike": a part of the day between)
ATTACK_AFTER = regex.compile(rf"(?:['’]s)?{H}+(?:\w+(?:['’]s)?{H}+){{0,2}}(?:strikes?|attacks?|barrage|shelling|raid)\b", regex.I)
ATTACK_BEFORE = regex.compile(rf"(?i:\b(?:strikes?|attacks?|barrage|shelling|raid)(?:{H}+(?:on|of))?{H}+)$")
# a superlative the "since" compares with ("the deadliest strike since Monday's attack"): that attack is not the story's
_SUPERLATIVE_SINCE = regex.compile(r"(?i)\b(?:" + alternation(VOCAB["tally"]["superlatives"]) + r")\b[^.;,\n]{0,60}\bsince\b[^.;,\n]{0,20}$")


def toll_update(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] tells a toll risen since the story's strike (not a new attack's toll)."""
    if not may_hold(text[start:end], _TOLL_UPDATE_WORDS) or not (update := _TOLL_UPDATE.search(text, start, end)):
        return False
    # the strike the toll's own words name ("killed when a missile hit the city") is the story's, no new one
    return not (_NEW_ATTACK.search(text, start, update.start()) or _NEW_ATTACK.search(text, update.end(), end))


# what stands between a risen toll and the day it was counted: its figure ("rose to 41 on Tuesday", "reached at least
# 20 by Saturday", "pushing the toll to 12 as of Monday morning")
_COUNT_THEN_DAY = regex.compile(rf"{H}+(?:to{H}+)?(?:(?:at{H}+least|about|around|some|nearly|almost|over|more{H}+than){H}+)?"
                                rf"(?:\d[\d,.]*|\p{{Ll}}+(?:-\p{{Ll}}+)?)(?:{H}+(?:people|dead|deaths|victims))?{H}+(?:on|by|as{H}+of|late{H}+on|early{H}+on|overnight{H}+into)?{H}*$", regex.I)


def counted_on(text: str, start: int, end: int, day_start: int) -> bool:
    """Whether the day at day_start in the sentence text[start:end] is the day a toll was counted, told right after
    its risen figure ("the nationwide death toll rose to 41 on Tuesday"), whatever strike its other clauses tell of."""
    if not may_hold(text[start:end], _TOLL_UPDATE_WORDS):
        return False
    update = next((m for m in _TOLL_UPDATE.finditer(text, start, day_start)), None)
    return update is not None and day_start - update.end() <= 60 and _COUNT_THEN_DAY.match(text, update.end(), day_start) is not None


# victims counted "since Monday's attack", "since Sunday night's drone strike": that day's attack's (people moved out
# since it are a running count up to the report, "Since Sunday's strike, 300 people have been evacuated")
_SINCE_DAYS_ATTACK = regex.compile(rf"(?i:\bsince{H}+[\w-]+(?:{H}+[\w-]+)?['’]s{H}+(?:[\w-]+{H}+)?(?:strike|attack))")
_VICTIM_METRICS = ("killed", "injured")


def is_toll(text: str, start: int, end: int, metric: str | None = None) -> bool:
    """Whether the sentence text[start:end] counts the victims of a strike (metric: the figure's, when known)."""
    return may_hold(text[start:end], TOLL_WORDS) and bool(TOLL.search(text, start, end) or toll_update(text, start, end)
                                                          or (metric in _VICTIM_METRICS and _SINCE_DAYS_ATTACK.search(text, start, end)))


def names_attack(text: str, start: int, end: int) -> bool:
    """Whether the date mention at text[start:end] names an attack's day ("Friday's strike", "the attack on May 3"), not
    one a superlative compares with ("the heaviest toll since Monday's attack")."""
    return bool(ATTACK_AFTER.match(text, end) or ATTACK_BEFORE.search(text, max(0, start - 20), start)) \
        and not _SUPERLATIVE_SINCE.search(text, max(0, start - 90), start)


_SINCE_DAY = regex.compile(rf"(?i:\bsince{H}+)$")


def counts_from_attack(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the date mention at text[start:end] opens a count at the attack it names ("59 sought help since Monday
    afternoon's attack"): that attack's day, not a tally's start, unless a superlative compares with it."""
    return bool(_SINCE_DAY.search(text, max(0, start - 8), start) and ATTACK_AFTER.match(text, end)
                and not _SUPERLATIVE_SINCE.search(text, max(s_start, start - 90), start))


# "the death toll from the strike the previous evening rose to 12 on Wednesday": the strike came the day before the day named
_PREVIOUS_AFTER_ATTACK = regex.compile(rf"(?i:\b(?:strikes?|attacks?|barrage|shelling|raid){H}+(?:(?:on|of){H}+)?(?:the{H}+(?:previous|preceding){H}+(?:evening|night|day|morning|afternoon)|the{H}+day{H}+before)\b)")
# "on Monday, two days after a missile hit the block", "on Sunday, more than 24 hours after a drone tore through": the
# day named is a later day's, the strike came before it
AFTER_INTERVAL = regex.compile(rf",?{H}+(?:(?:more|less){H}+than{H}+|some{H}+|about{H}+|nearly{H}+|almost{H}+|just{H}+)?"
                               rf"(?:a|an|one|two|three|four|five|\d+){H}+(?:days?|hours?|nights?){H}+after\b", regex.I)


def previous_day_attack(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] dates its strike the day before the day it names."""
    return may_hold(text[start:end], ("previous", "preceding", "before")) and bool(_PREVIOUS_AFTER_ATTACK.search(text, start, end))


# "In its Sunday statement it said its forces had carried out a strike on ... in Kharkiv, killing up to 200": the strike
# told in the past perfect of the day's statement came before it, and at the story's place it is the story's strike
_PAST_PERFECT_STRIKE = regex.compile(rf"(?i:\bhad{H}+(?:(?:already|also){H}+)?(?:carried{H}+out|launched|delivered|struck|hit|attacked|targeted|destroyed)\b)")
_PLACE_WORD = regex.compile(rf"\b(?:in|near|outside|at){H}+(?:the{H}+)?(\p{{Lu}}[\p{{L}}'’-]+)")


def recounted_strike(text: str, s_start: int, s_end: int, main_sentence: tuple[int, int]) -> bool:
    """Whether text[s_start:s_end] retells, in the past perfect, a strike at the places the main day's sentence names."""
    if not may_hold(text[s_start:s_end], ("had",)) or not _PAST_PERFECT_STRIKE.search(text, s_start, s_end):
        return False
    places = [m.group(1) for m in _PLACE_WORD.finditer(text, s_start, s_end)]
    return bool(places) and all(regex.search(rf"\b{regex.escape(p)}\b", text[main_sentence[0]:main_sentence[1]]) for p in places)


_VICTIMS = regex.compile(r"(?i)\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|injur(?:ed|ing|ies)|wound(?:ed|ing))\b")
_TOLL_BREAKDOWN = regex.compile(r"[\s\-–•*]*(?i:" + alternation(VOCAB["toll_breakdown_openers"]) + r")\b")


def breaks_down_toll(text: str, sentence: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether sentence breaks down the victims of the toll in the sentence before it ("Among the dead were two
    children"), not a comparison ("That is 30 per cent more than in 2023. Among the dead were 151 children")."""
    return bool(_TOLL_BREAKDOWN.match(text, *sentence) and _VICTIMS.search(text, *before))


# a number that is a share, not a count of people ("a 46 per cent increase", "80%")
_SHARE_AFTER = regex.compile(rf"{H}*(?:%|(?i:per{H}*cent|percent)\b)")


def toll_figure(text: str, before: tuple[int, int], mentions, first: bool = False) -> tuple[int, int]:
    """The span of the last count of people in the sentence before a breakdown ("209 civilians were killed and 1,146
    injured, a 46 per cent increase compared with March 2025"): not a year of its dates, nor a share (first: the
    sentence's first, its main clause's figure that "Of these, ..." goes on from, not one of a 'when' clause after it)."""
    figures = [f for f in FIGURE.finditer(text, *before)
               if not _SHARE_AFTER.match(text, f.end()) and not any(m.start <= f.start() < m.end for m in mentions)]
    chosen = (figures[0] if first else figures[-1]) if figures else None
    return (chosen.start(), chosen.end()) if chosen else (before[0], before[0])


# a night or day the count grew in, told right after its verb ("figures that rose overnight", "a toll that climbed
# overnight"): when the count changed, not when its strike came
_RISEN_BEFORE = regex.compile(rf"(?i:\b(?:rose|risen|climbed|grew|grown|increased|jumped|mounted|went{H}+up|has{H}+gone{H}+up){H}+)$")


def risen_in(text: str, start: int) -> bool:
    return _RISEN_BEFORE.search(text, max(0, start - 30), start) is not None


# a paragraph framed by the day something was told or heard ("On Tuesday, the committee heard reports on the attack of
# Sunday, 17 November"; "On Monday, officials briefed MPs on Saturday's strike"): the words between tell of it
_TOLD_OF = regex.compile(rf"(?i:\b(?:{alternation(VOCAB['statement_verbs'])}|heard|briefed|discussed|reviewed|reported{H}+on)\b)")


def attack_told_of(text: str, framing, mentions: list) -> object | None:
    """The earlier attack's day a paragraph's framing statement tells of ("On Tuesday, 19 November, the ministry
    reported to MPs on the consequences of the attack of Sunday, 17 November."), so that its next paragraphs'
    attack figures ("the enemy launched 120 missiles") are that attack's, not the day it was told; else None."""
    for m in mentions:
        if m.start > framing.end and m.day and m.precise and m.day < framing.day and names_attack(text, m.start, m.end) \
                and _TOLD_OF.search(text, framing.end, m.start):
            return m.day
    return None
