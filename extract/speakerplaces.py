"""A place mention + its article's text → whether the place is a state or an office speaking or acting ("Kyiv says",
"Moscow sent", "figures released by Kyiv", "Kharkiv Oblast Governor ..."): never where a figure happened."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from extract.vocab import alternation, load_rules

if TYPE_CHECKING:
    from extract.gazetteer import Mention

_RULES = load_rules("places")
_CUES = _RULES["cues"]
SPEECH_AFTER_RX = regex.compile(r"\s*(?:" + alternation(_CUES["speech_verbs"]) + r")\b")
SEATS = frozenset(_RULES["capitals"]["seats"])
# the state as the agent: "figures released by Kyiv", "attacked by the Russian Federation", "the armed aggression of
# the Russian Federation", "troops of Russia" (not "the invasion of Ukraine": the state invaded is a place)
AGENT_BY_RX = regex.compile(r"\bby\s+(?:the\s+)?$|(?i:\b(?:aggression|forces|troops|army|military)\s+of\s+(?:the\s+)?)$")
# "Both Moscow and Kyiv publish figures": a pair of seats acting together; "lower than Kyiv's": the state's own count
STATE_ACT_RX = regex.compile(r"\s*+(?:(?:and|or)\s++\p{Lu}[\p{L}'’-]*+\s++)?(?:(?:" + alternation(_CUES["government_verbs"])
                             + r")\b(?!\s++by\b)|(?:" + alternation(_CUES["government_nouns"]) + r")\b|['’]s\s++(?:"
                             + alternation(_CUES["government_possessions"]) + r")\b"
                             # a seat's possessive standing for its figures: "higher than that count but lower than Kyiv's."
                             r"|['’]s(?=[^\S\n]*+[.,;:)]|[^\S\n]++(?:and|or|own)\b))")
SPEAKER_TITLE_RX = regex.compile(r"\s+(?:" + alternation(_RULES["speaker_titles"]["words"]) + r")(?!\w)")   # "Gov." ends on a stop


def speaker_place(memo: dict, text: str, mention: Mention) -> bool:
    """True for "Kyiv says", "Moscow sent", "Kharkiv Oblast Governor ...": a state speaking or acting, or a speaker's
    office, not where figures happen; answered once per article and mention (memo is the article's DocPlaces.memo)."""
    key = ("speaker", mention.end)
    found = memo.get(key)
    if found is None:
        state = mention.kind == "country" or mention.name in SEATS
        found = memo[key] = bool(SPEAKER_TITLE_RX.match(text, mention.end) or state and (
            SPEECH_AFTER_RX.match(text, mention.end) or STATE_ACT_RX.match(text, mention.end)
            or AGENT_BY_RX.search(text, max(0, mention.start - 30), mention.start)))
    return found


def state_speaking(memo: dict, text: str, mention: Mention) -> bool:
    """True for "Moscow says", "Kyiv said": a seat standing for its state, not an official's title ("Moscow mayor ...",
    whose city "the city" still is)."""
    return mention.name in SEATS and speaker_place(memo, text, mention) and not SPEAKER_TITLE_RX.match(text, mention.end)


# the seats of other states: "The mayor of Warsaw ... the capital's population" is Warsaw's capital, not Kyiv
_FOREIGN_SEAT_RX = regex.compile(r"\b(?:" + alternation(sorted(SEATS - {"Kyiv", "Moscow"})) + r")\b")
_BARE_CAPITALS = tuple(_RULES["capitals"]["bare"])


def foreign_capital(text: str, mention: Mention, sentence: tuple[int, int]) -> bool:
    """True for "the capital" in a sentence that names another state's seat: that seat, not Kyiv or Moscow."""
    return (text[mention.start:mention.end].lower().startswith(_BARE_CAPITALS)
            and _FOREIGN_SEAT_RX.search(text, *sentence) is not None)


# where a speaker spoke: "said at an event in Kyiv that ...", "told reporters in Lviv", "Speaking at a briefing in Dnipro,"
# (a speech verb and at most 40 characters of no clause end before the venue, which a strike's target never has:
# "a missile hit an award ceremony in the Zaporizhzhia region" keeps its place)
_SPEECH_VERB = r"\b(?:" + alternation(_CUES["speech_verbs_past"]) + r")\b"
SPEECH_VENUE_BEFORE_RX = regex.compile(
    r"(?i)" + _SPEECH_VERB + r"(?:[^\S\n]++[\w'’-]++){0,3}?[^\S\n]++(?:at|during|in|to|before)[^\S\n]++(?:a|an|the|his|her|their|its)"
    r"[^\S\n]++(?:[\w'’-]++[^\S\n]++){0,2}?(?:" + alternation(_CUES["speech_venues"]) + r")[^\S\n]++(?:in|at)[^\S\n]++(?:the[^\S\n]++)?$"
    r"|" + _SPEECH_VERB + r"[^\S\n]++(?:" + alternation(_CUES["speech_audiences"]) + r")[^\S\n]++in[^\S\n]++(?:the[^\S\n]++)?$")


# where the speaker now is, in a clause about the speaker: "Boychenko, who now works from Zaporizhzhia, said", "the
# mayor, now based in Dnipro,"; the clause closes with a comma right after the place
_WHEREABOUTS_BEFORE_RX = regex.compile(
    r"(?i)(?:,[^\S\n]++who|,)[^\S\n]++(?:(?:is|was|has|had|been|now|currently|still|since|temporarily)[^\S\n]++){0,3}(?:"
    + alternation(_CUES["speaker_whereabouts"]) + r")[^\S\n]++(?:(?:now|temporarily)[^\S\n]++)?(?:in|from|to|out[^\S\n]++of)"
    r"[^\S\n]++(?:the[^\S\n]++)?$")
_WHEREABOUTS_AFTER_RX = regex.compile(r"(?:[^\S\n]++(?:Oblast|region|city))?,")


def speech_venue(text: str, mention: Mention) -> bool:
    """True for the place a speaker spoke in ("said at an event in Kyiv that almost 9,000 ...") or now stays in ("the
    mayor, who now works from Zaporizhzhia, said"): not the figure's."""
    if SPEECH_VENUE_BEFORE_RX.search(text, max(0, mention.start - 90), mention.start) is not None:
        return True
    return (_WHEREABOUTS_AFTER_RX.match(text, mention.end) is not None
            and _WHEREABOUTS_BEFORE_RX.search(text, max(0, mention.start - 60), mention.start) is not None)
