"""A place mention + its article + a figure's metric → whether the mention can be the figure's place (not a launch site,
a speaker's seat, a landmark, a destination, part of a body's name)."""
from __future__ import annotations

import regex

from extract.docplaces import BORDER_BEFORE_RX, DocPlaces
from extract.gazetteer import _RULES, COUNTRY_CUES, DESTINATION, FLIGHT_PATH_RX, LAUNCHERS_AT_RX, Mention
from extract.placeweights import DIRECTION_OF, HOSPITAL_BEFORE_RX, OWN_BASE_BEFORE_RX
from extract.speakerplaces import speaker_place, speech_venue
from extract.vocab import alternation

SHOT_DOWN = {"missiles_shot_down", "drones_shot_down"}
# "a town southeast of the capital": a bearing from a landmark
DIRECTION_RX = regex.compile(r"(?i)" + DIRECTION_OF + r"\s++$")
# where evacuees were housed: "moved to temporary accommodation centres in Kursk", "placed in housing in Sumy"
SHELTER_BEFORE_RX = regex.compile(r"(?i)\b(?:to|into|in)\s+(?:[\w-]+\s+){0,3}?(?:centres?|centers?|shelters?|accommodation|"
                                  r"housing|hotels?|dormitories|camps?|facilities|points?)\s+(?:in|at)\s+(?:the\s+)?"
                                  r"(?:(?:city|town|village)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]++(?:,\s+|\s+and\s+|,\s+and\s+)){0,4}$")
# people told of as from a town (where they live, where they were hit), not a flight from it
HOMETOWN_BEFORE_RX = regex.compile(r"(?i)\b(?:(?:dead|killed|victims|injured|wounded)\s+(?:are|were)|(?:a|one)\s+family|residents|locals)"
                                   r"\s+from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$")
BODY_AFTER_RX = regex.compile(r"['’]s\s++(?:\p{Lu}[\p{L}-]*+\s++){0,2}?(?:Service|Forces?|Staff|Ministry|Police|Guard|Intelligence|"
                              r"Agency|Bureau|Command|Navy|Army|Prosecutor)\b")
POSSESSIVE_RX = regex.compile(r"['’]s?(?!\w)")
# "half of Moldova's consumers": the country whose people the figure counts
OWNED_PEOPLE_RX = regex.compile(r"['’]s\s++(?:[\p{Ll}-]++\s++)?(?:" + alternation(_RULES["not_place_words"]["owned_people"]) + r")\b")
BODY_OF_RX = regex.compile(r"\p{Lu}\p{L}+\s+of\s+$")   # "the National Police of Ukraine"
# "the UN Human Rights Monitoring Mission in Ukraine", "the EU Delegation to Ukraine": the body's name, not the scene
BODY_IN_RX = regex.compile(r"\b(?:" + alternation(_RULES["not_place_words"]["body_nouns_before"]) + r")\s+(?:in|to|for)\s+(?:the\s+)?$")

# a superlative's scope: "one of the largest in Ukraine", "the biggest printing house in the country", "the only ... in Europe"
RANKED_IN_RX = regex.compile(r"(?i)\b(?:largest|biggest|oldest|busiest|tallest|main|leading|only|most\s++[\w-]++|second[- ]largest"
                             r"|third[- ]largest)\b(?:\s++[\w-]++){0,3}?\s++in\s++(?:the\s++|all\s++(?:of\s++)?)?$")


def usable(mention: Mention, metric: str, text: str, places: DocPlaces) -> bool:
    """False for places that are not where the figure happened: launch sites, speakers, destinations."""
    facts = places.memo.get(mention.start)
    if facts is None:   # what the text around a mention says of it, the same for every figure
        facts = places.memo[mention.start] = _facts(mention, text, places.memo)
    never, flight = facts
    if never:
        return False
    if flight:   # "evacuations from the Kupiansk district, where 2,500 remain": the place left is where others stay
        if metric in ("evacuated", "residents_remaining"):
            return mention.nation != "other"
        return False
    if mention.kind == "sea":
        return metric in SHOT_DOWN and mention.cue in ("over", "above", "in", "")   # only drones downed over it
    if mention.kind == "country" and mention.cue not in COUNTRY_CUES:
        return False   # "Russia launched ...", "Ukraine's Air Force": actors, not places
    if metric == "evacuated" and (mention.nation == "other" or mention.cue in DESTINATION
                                  or SHELTER_BEFORE_RX.search(text, max(0, mention.start - 80), mention.start)):
        return False   # evacuees are counted where they left, not where they were housed
    return True


def _facts(mention: Mention, text: str, memo: dict) -> tuple[bool, bool]:
    """(never the figure's place, on a launch site or flight path) for a mention."""
    if speaker_place(memo, text, mention):
        return True, False   # "Moscow claimed", "Kharkiv Oblast Governor ...": a government or an office
    if speech_venue(text, mention):
        return True, False   # "said at an event in Kyiv that ...": where the speaker spoke
    if DIRECTION_RX.search(text, max(0, mention.start - 30), mention.start):
        return True, False   # "a town southeast of the capital": a landmark, not the place
    if BORDER_BEFORE_RX.search(text, max(0, mention.start - 50), mention.start):
        return True, False   # "a village near the border with Russia's Kursk region": a neighbour
    if LAUNCHERS_AT_RX.search(text, max(0, mention.start - 60), mention.start):
        return True, False   # "Kalibr missiles fired from ships in the Black Sea": where the launchers were
    if HOSPITAL_BEFORE_RX.search(text, max(0, mention.start - 80), mention.start):
        return True, False   # "taken to hospitals in Lviv": where the wounded are treated, not where they were hit
    if OWN_BASE_BEFORE_RX.search(text, max(0, mention.start - 60), mention.start):
        return True, False   # "Two vans left our base in Pokrovsk": where the page's team sets out from
    if mention.kind == "country" and mention.cue == "of" and BODY_OF_RX.search(text, max(0, mention.start - 40), mention.start):
        return True, False   # "the National Police of Ukraine": part of a body's name
    if (mention.kind == "country" and mention.cue == "of" and POSSESSIVE_RX.match(text, mention.end)
            and not OWNED_PEOPLE_RX.match(text, mention.end)):
        return True, False   # "a daily tally of Russia's", "the losses of Ukraine's army": whose, not where
    if mention.kind == "country" and BODY_IN_RX.search(text, max(0, mention.start - 40), mention.start):
        return True, False   # "the UN Monitoring Mission in Ukraine said": part of the body's name
    if mention.kind == "country" and RANKED_IN_RX.search(text, max(0, mention.start - 50), mention.start):
        return True, False   # "the printing house, one of the largest in Ukraine": a ranking's scope, not the scene
    if mention.kind == "country" and BODY_AFTER_RX.match(text, mention.end):
        return True, False   # "a source in Ukraine's Security Service": a body's, not where the figure happened
    if mention.cue == "from" and HOMETOWN_BEFORE_RX.search(text, max(0, mention.start - 50), mention.start):
        return False, False   # "Eleven of the dead are from Marhanets", "a car carrying a family from Bilopillia": their town
    return False, mention.cue == "from" or FLIGHT_PATH_RX.search(text, max(0, mention.start - 60), mention.start) is not None
