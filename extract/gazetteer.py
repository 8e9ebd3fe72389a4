"""Article text → place mentions (gazetteer names, fixed phrases, anaphors, described towns) and the article's main place."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.speakerplaces import SPEAKER_TITLE_RX
from extract.startscan import WordStartScan, first_chars, start_guard
from extract.vocab import RULES_DIR, alternation, load_rules

RULES = RULES_DIR / "places.toml"
_RULES = load_rules("places")

_SECTIONS = {
    "ukraine_oblast_centres": ("city", "ua", "Oblast"),
    "ukraine_oblasts": ("oblast", "ua", "Oblast"),
    "ukraine_places": ("city", "ua", None),
    "ukraine_areas": ("area", "ua", None),
    "russia_oblasts": ("city", "ru", "Oblast"),
    "russia_krais": ("city", "ru", "Krai"),
    "russia_places": ("city", "ru", None),
    "russia_republics": ("oblast", "ru", None),
    "other_areas": ("area", "other", None),
    "water_bodies": ("sea", "other", None),
    "countries": ("country", "other", None),
}


@dataclass(frozen=True)
class PlaceName:
    canonical: str
    kind: str
    nation: str
    region_word: str | None   # "Oblast"/"Krai" when "<name> region" names an administrative region


def _vocabulary() -> dict[str, PlaceName]:
    names: dict[str, PlaceName] = {}
    for section, (kind, nation, region_word) in _SECTIONS.items():
        for canonical, aliases in _RULES[section].items():
            if section == "countries":
                nation = {"Ukraine": "ua", "Russia": "ru"}.get(canonical, "other")
            entry = PlaceName(canonical, kind, nation, region_word)
            for alias in {canonical, *aliases}:
                names[alias] = entry
    for canonical, aliases in _RULES["ukraine_oblast_adjectives"].items():
        for alias in aliases:
            names[alias] = PlaceName(canonical, "oblast", "ua", "Oblast")
    for alias, canonical in _RULES["demonyms"].items():
        names[alias] = names[canonical]
    return names


NAMES = _vocabulary()


def _fixed_entry(canonical: str) -> PlaceName:
    if canonical in NAMES:
        return NAMES[canonical]
    head = NAMES[canonical.removesuffix(" Oblast")]   # "Donetsk Oblast" for "the DPR": the region, not the city
    return PlaceName(canonical, "oblast", head.nation, None)


_FIXED = {variant: _fixed_entry(canonical) for canonical, phrases in _RULES["fixed"].items() for phrase in phrases
          for variant in (phrase, phrase[0].upper() + phrase[1:])}
_ANAPHORS = {phrase.lower(): kind for kind, phrases in _RULES["anaphors"].items() if kind != "loose" for phrase in phrases}
_SETTLEMENT_WORDS = _RULES["settlement_words"]["words"]
_LEADING_WORDS = frozenset(_RULES["not_place_words"]["leading"])

_REGION_SUFFIX = r"(?:\s+(?P<suffix>[Oo]blasts?|[Rr]egions?|[Pp]rovinces?|[Kk]rai|[Dd]istricts?|[Rr]aions?))?"
# The alternation's branches in the order they are tried, each guarded by the characters it may start with: the
# engine skips a branch on one character test instead of walking its trie.
_BRANCHES = [
    # "the Donetsk People's Republic": a fixed phrase that begins with a name is tried before the name
    (r"(?P<fixed>" + alternation(_FIXED, flexible_spaces=False) + r")(?!\s+of\b)", first_chars(_FIXED)),
    (r"(?P<name>" + alternation(NAMES, flexible_spaces=False) + ")" + _REGION_SUFFIX, first_chars(NAMES)),
    (r"(?i:(?P<anaphor>" + alternation(_ANAPHORS, flexible_spaces=False) + "))"
     # "there is no panic": an existential "there" stands for no place
     r"(?!\s+of\b|\s+(?:council|administration|authorities|officials|military|governor|police)\b|(?<=(?i:there))\s+(?:is|are|was|were)\b)",
     first_chars(_ANAPHORS, nocase=True)),
    (r"(?i:\b(?:the\s+)?(?:\L<settlement>)\s+of\s+)(?P<unlisted>\p{Lu}[\p{L}'’-]++(?:\s\p{Lu}[\p{L}'’-]++)?)",
     first_chars(["the", *_SETTLEMENT_WORDS], nocase=True)),
    # "Hroza, a village in Kharkiv Oblast": an unlisted place introduced by its description
    (r"(?P<described>\p{Lu}\p{Ll}[\p{L}'’-]*+(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*+)?)(?=,\s+an?\s+(?:[\p{Ll}-]++\s+){0,2}?"
     # "a resort village", "a small front-line town"; not "a village resident" nor "a town council"
     r"(?i:\L<settlement>)\b(?!\s+(?:residents?|head|council|officials?|elder|chief|administration|hall)\b))", r"\p{Lu}"),
    # "killed in Maslova Pristan, in the Shebekino district": an unlisted place the region after it locates
    (r"(?<=\b(?:in|near|at)\s)(?P<nested>\p{Lu}\p{Ll}[\p{L}'’-]*+(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*+)?)(?=,\s+in\s+(?:the\s+)?(?:"
     + alternation(NAMES, flexible_spaces=False) + r")\s+(?i:district|region|oblast|raion)\b)", r"\p{Lu}"),
    # "37 residents of Lyubechane were moved": an unlisted place its people are told of
    (r"(?<=\b(?i:residents|inhabitants|villagers)\s++of\s++)(?P<unlisted>\p{Lu}\p{Ll}[\p{L}'’-]*+(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*+)?)"
     r"(?!\s+(?i:district|region|oblast|raion|community)\b)", r"\p{Lu}"),
]
PLACE_SCAN = WordStartScan(
    r"\b(?<![\w-])", r"\w-",
    r"(?:" + "|".join(f"(?={start}){branch}" for branch, start in _BRANCHES) + r")(?![\w-])",
    start_guard([*NAMES, *_FIXED], [*_ANAPHORS, "the", *_SETTLEMENT_WORDS], after={"the": _SETTLEMENT_WORDS, "a": []}),
    settlement=_SETTLEMENT_WORDS)

# an office of a Russian-installed "republic" ("the head of the self-proclaimed 'DPR'", "the DPR's leader")
_REPUBLIC_OFFICE_RX = regex.compile(
    r"(?i:\b(?:head|leader|chief|authorities|officials|ministry|government|parliament|ombudsman|administration|council)"
    r"(?:\s+of\s+[\w-]+)?\s+of\s+(?:the\s+)?(?:(?:so-called|self-proclaimed|Moscow-installed|Russian-installed|unrecognised|unrecognized)\s+)?[\"“']?)$")
_REPUBLIC_TITLE_AFTER_RX = regex.compile(
    r"[\"”']?(?:'s|’s)?\s+(?i:leader|head|chief|authorities|officials|ministry|government|parliament|ombudsman)\b")
_CUES = _RULES["cues"]
LOCATIVE, COUNTRY_CUES, DESTINATION = set(_CUES["locative"]), set(_CUES["country"]), set(_CUES["destination"])
ATTACK_CUES, NATIONAL_HEADLINE_CUES = set(_CUES["attack"]), set(_CUES["national_headline"])
OBLAST_CENTRES = set(_RULES["ukraine_oblast_centres"])
_NATIONWIDE_RX = regex.compile(r"(?i)across|throughout|nationwide")


# The word(s) just before a mention decide how it relates to the figure.
CUE_RX = regex.compile(r"(?i)\b(?P<cue>" + alternation(_CUES["before_place"]) + r")"
                       r"(?:\s+(?:" + alternation(_CUES["fillers"]) + r"))*\s*$")
# Every word a cue match may hold: a match runs to the end of the text before the place, so the last word that is
# none of these bounds where it can start.
_CUE_WORDS = frozenset(word.casefold() for phrase in [*_CUES["before_place"], *_CUES["fillers"]] for word in phrase.split())
# "in the Donetsk direction": a front sector names no article's main place, nor do the first of a list sharing the
# noun ("the Pokrovsk and Huliaipole directions", "the Lyman, Kupiansk and Siversk directions")
SECTOR_AFTER_RX = regex.compile(r"(?:(?:,|\s+and|\s+or)\s+\p{Lu}[\p{L}'’-]++){0,4}\s+(?:"
                                + alternation(_RULES["sectors"]["after"]) + r")\b")
COUNTED_PLACES_RX = regex.compile(r"\s+(?:\w+\s+)?(?:" + alternation(_RULES["counted_places"]["words"]) + r")\b")
# "from the airspace over Kursk region", "bombers flying over Rostov": a flight path
FLIGHT_PATH_RX = regex.compile(r"(?i)\b(?:" + alternation(_CUES["flight_path"])
                               + r")\s+(?:over|above)\s+(?:the\s+)?(?:\S+\s+){0,2}$")
# the launchers' place: "fired from ships in the Black Sea", "missiles from Tu-95MS strategic aircraft in the Saratov
# and Volgograd regions" (a launch verb before "from", or a launcher's noun after it)
LAUNCHERS_AT_RX = regex.compile(r"(?i)\b(?:(?:launched|fired)\s+from\s+(?:[\w-]+\s+){1,3}?|from\s+(?:[\w/-]+\s+){0,3}?(?:"
                                + alternation(_CUES["launchers"]) + r")\s+(?:(?:based|stationed|deployed)\s+)?)"
                                r"(?:in|on|over|off|above)\s+(?:the\s+)?(?:airspace\s+of\s+(?:the\s+)?)?$"
                                r"(?<!\b(?:" + alternation(_CUES["ground_launchers"]) + r")\s+(?:over|above)\s+(?:the\s+)?)")
LAUNCHED_FROM_RX = regex.compile(r"(?i)\b(?:" + alternation(_CUES["launched_from"]) + r")\b[^.;]{0,30}$")
THE_BEFORE_RX = regex.compile(r"(?i)\bthe\s+$")
# what after a region's centre makes it the region: the rest of a list of places ending on a plural region noun
# ("(Kharkiv)( and Sumy regions)"), or the region's border areas ("(Belgorod)('s border districts)")
REGION_AFTER_RX = regex.compile(r"(?:,[ ]\p{Lu}[\p{L}'’-]+){0,8},?[ ](?:and|or)[ ]\p{Lu}[\p{L}'’-]+[ ](?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b"
                                r"|(?:['’]s)?[ ]border[ ](?:areas?|districts?|zones?|regions?|communities|villages|settlements|towns)\b")
DISTRICTS_AFTER_RX = regex.compile(r"(?:,[ ]\p{Lu}[\p{L}'’-]+){0,8},?[ ](?:and|or)[ ]\p{Lu}[\p{L}'’-]+[ ](?:[Dd]istricts|[Rr]aions)\b")
LIST_BEFORE_RX = regex.compile(r"(?:,|\band|\bor)\s+$")
# a place inside an organisation's name: after an acronym ("DTEK Dnipro Electric Networks", "YASNO Kyiv Grid") or
# before a company noun ("Kharkiv Energy Company"); a title-case headline ("Missile Hits Kharkiv Apartment Block")
# names places in capitalised words, so no capitalised word alone marks a name
ACRONYM_BEFORE_RX = regex.compile(r"\b\p{Lu}{2,}\s+$")
COMPANY_AFTER_RX = regex.compile(r"(?:\s+\p{Lu}[\p{L}-]+){0,2}?\s+(?:" + alternation(_RULES["not_place_words"]["company_nouns"])
                                 + r")\b")


def _in_a_name(text: str, start: int, end: int) -> bool:
    stop = end + AFTER_WINDOW
    if SPEAKER_TITLE_RX.match(text, end, stop) or not regex.match(r"\s+\p{Lu}", text[end:end + 3]):
        return False
    return bool(ACRONYM_BEFORE_RX.search(text, max(0, start - 12), start) or COMPANY_AFTER_RX.match(text, end, stop))


# how far past a place name its "after" patterns look: each needs far less, and a bound keeps a match from
# hunting for its required words to the end of the text (once per place, that made a megabyte line quadratic)
AFTER_WINDOW = 400
# an unlisted name that is, or goes on into, an institution's ("Karazin University", "Kharkiv National University")
_INSTITUTION_RX = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*+\s++){0,3}?(?:" + alternation(_RULES["not_place_words"]["institution_nouns"])
                                + r")(?![\w-])")
PLANT_AFTER_RX = regex.compile(r"\s+(?:" + alternation(_RULES["not_place_words"]["plant_nouns"]) + r")\b")
STREET_AFTER_RX = regex.compile(r"\s+(?:" + alternation(_RULES["not_place_words"]["street_nouns"]) + r")(?!\w)")
TIME_ZONE_AFTER_RX = regex.compile(r"\s+(?:" + alternation(_RULES["not_place_words"]["time_zone_nouns"]) + r")\b")
WATER_NAME_AFTER_RX = regex.compile(r"\s+(?:" + alternation(_RULES["water_names"]["words"]) + r")\b")

# after "the X": X ends its phrase or starts a name ("the Dnipro in ...", "the Kyiv Independent"), unlike "the Sumy building"
HEAD_NOUN_END_RX = regex.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|and|near|river|River|\p{Lu})")
# "the right bank of the Dnipro remain under water", "across the Dnipro": a town's name told of its river
_RIVERS = frozenset(_RULES["rivers"]["names"])
RIVER_BEFORE_RX = regex.compile(r"(?i)\b(?:(?:" + alternation(_RULES["rivers"]["before"]) + r")\s+(?:of\s+)?the|the\s+river)\s+$")
RIVER_AFTER_RX = regex.compile(r"\s+(?:" + alternation(_RULES["rivers"]["after"]) + r")\b")
# ...but not "the Kupiansk and Izium directions": two places sharing the noun after them
SHARED_NOUN_AFTER_RX = regex.compile(r"(?:(?:,|,?\s+and|,?\s+or)\s+\p{Lu}[\p{L}'’-]++(?:\s+\p{Lu}[\p{L}'’-]++)?){1,5}\s+(?:"
                                     + alternation(_RULES["sectors"]["after"] + _RULES["sectors"]["shared_plurals"]) + r")\b")   # ("the Kupiansk, South Donetsk and ...")

@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str          # output spelling: "Kharkiv", "Kharkiv Oblast", "Kupiansk district"
    kind: str          # city | oblast | district | area | country | anaphor-city | anaphor-oblast | anaphor-country
    nation: str
    cue: str           # lower-cased preposition or verb before the mention, "" when none
    dateline: bool = False   # in a dateline ("KYIV, March 3 (Reuters) -"): where the reporter is, not the figures
    placed: bool = False     # an unlisted town whose nation its sentence's region gave ("in Bryansk region")


def _cue_bound(before: str) -> int:
    """An offset no CUE_RX match in before starts ahead of: a match is cue and filler words up to the end, so a
    word that is none of them (casefold folds what the case-blind match does, but "İ") lies ahead of it."""
    words = before.split()
    n = 0
    for word in reversed(words):
        if word.casefold() not in _CUE_WORDS:
            break
        n += 1
    if n >= len(words) - 1 or "\u0130" in before:
        return 0
    return len(before.rsplit(None, n + 1)[0])   # the end of the word before the stranger


_DEMONYMS = frozenset(_RULES["demonyms"])
_REGION_NOUNS = frozenset(["oblast", "region", "province", "krai", "district", "raion"])


_ADVANCE_INTO_RX = regex.compile(r"(?i)\b(?:" + alternation(_CUES["advance_into"]) + r")\s++$")


def _cue_at(text: str, start: int) -> str:
    before = text[max(0, start - 60):start]
    cue_m = CUE_RX.search(before, _cue_bound(before))
    cue = " ".join(cue_m.group("cue").lower().split()) if cue_m else ""
    if cue == "into" and _ADVANCE_INTO_RX.search(before, 0, cue_m.start()):
        return "in"   # "the incursion into the Kursk region": where the force went in, no destination
    return cue


def _without_leading_word(name: str, start: int) -> tuple[str, int]:
    """(name, its start) without a capitalised opening word: "In Ramenskoye, a town ..." names Ramenskoye."""
    first, _, rest = name.partition(" ")
    return (rest, start + len(first) + 1) if rest and first in _LEADING_WORDS else (name, start)


def _mention(m: regex.Match, text: str) -> Mention | None:
    start, end = m.span()
    stop = end + AFTER_WINDOW
    cue = _cue_at(text, start)
    found = m.group("name")
    if found:
        entry = NAMES[found]
        if found in _DEMONYMS:
            cue = "in"   # "seven million Ukrainians": people of the place
        suffix = (m.group("suffix") or "").lower()
        name, kind = entry.canonical, entry.kind
        if not suffix and kind == "city" and entry.region_word and REGION_AFTER_RX.match(text, end, stop):
            suffix = "region"   # "the Kharkiv and Sumy regions", "Belgorod's border districts"
        if not suffix and kind == "city" and DISTRICTS_AFTER_RX.match(text, end, stop):
            suffix = "district"   # "the Brovary and Boryspil districts"
        elif suffix in ("districts", "raions") and not LIST_BEFORE_RX.search(text, max(0, start - 6), start):
            suffix = ""   # "four Kyiv districts": parts of the city, not a district named after it
        if not suffix and kind in ("city", "oblast") and PLANT_AFTER_RX.match(text, end, stop):
            # "the Zaporizhzhia nuclear power plant" lies in Enerhodar: the place named is the plant's region, if any
            if not entry.region_word:
                return None
            return Mention(start, end, f"{entry.canonical} {entry.region_word}", "oblast", entry.nation, cue)
        if not suffix and kind == "city" and _in_a_name(text, start, end):
            # "DTEK Odesa Electric Networks": a company named for a town serves its region (an oblast centre's), if any
            if not entry.region_word:
                return None
            return Mention(start, end, f"{entry.canonical} {entry.region_word}", "oblast", entry.nation, cue)
        if not suffix and STREET_AFTER_RX.match(text, end, stop):
            return None   # "on Pisky Street in Kharkiv": an address in another place
        if not suffix and kind == "city" and TIME_ZONE_AFTER_RX.match(text, end, stop):
            return None   # "09:10 Moscow time": a clock, not where anything happened
        if kind == "sea" and WATER_NAME_AFTER_RX.match(text, end, stop):
            return None   # "the Black Sea Fleet", "the Black Sea port of Odesa": a name or another place's setting
        if (kind == "city" and not suffix and THE_BEFORE_RX.search(text, max(0, start - 5), start)
                and HEAD_NOUN_END_RX.match(text, end, stop) and not SHARED_NOUN_AFTER_RX.match(text, end, stop)
                and not SPEAKER_TITLE_RX.match(text, end, stop)):   # ("the Kyiv City Military Administration": a speaker's seat)
            return None   # "the right bank of the Dnipro", "the Kyiv Independent": a river or a name, not the city
        if (not suffix and found in _RIVERS and (RIVER_BEFORE_RX.search(text, max(0, start - 40), start)
                                                   or THE_BEFORE_RX.search(text, max(0, start - 5), start) and RIVER_AFTER_RX.match(text, end, stop))):
            return None   # "the bank of the Dnipro remain under water", "the Dnipro downstream rose": the river
        if suffix.startswith(("district", "raion")):
            name, kind = f"{entry.canonical} district", "district"
        elif suffix and entry.region_word:
            name, kind = f"{entry.canonical} {entry.region_word}", "oblast"
        elif kind == "oblast" and entry.region_word:
            name = f"{entry.canonical} {entry.region_word}"
        return Mention(start, end, name, kind, entry.nation, cue)
    found = m.group("fixed")
    if found:
        entry = _FIXED[found]
        if entry.canonical not in NAMES and (_REPUBLIC_OFFICE_RX.search(text, max(0, start - 60), start)
                                              or _REPUBLIC_TITLE_AFTER_RX.match(text, end, stop)):
            return None   # "the head of the self-proclaimed 'DPR'": a title, not where the figure happened
        return Mention(start, end, entry.canonical, entry.kind, entry.nation, cue)
    found = m.group("anaphor")
    if found:
        kind = _ANAPHORS[found.lower()]
        return Mention(start, end, "", f"anaphor-{kind}", "", cue)
    for group in ("unlisted", "described", "nested"):
        if m.group(group):
            name, name_start = _without_leading_word(m.group(group), m.start(group))
            if _INSTITUTION_RX.match(text, name_start):
                return None   # "the university community of Karazin University": the institution, no town
            known = NAMES.get(name)
            head, _, noun = name.partition(" ")
            if known is None and head in NAMES and NAMES[head].region_word and noun.lower() in _REGION_NOUNS:
                # "the community of Dnipropetrovsk Oblast": a listed region after all
                entry = NAMES[head]
                if noun.lower() in ("district", "raion"):
                    return Mention(name_start, m.end(group), f"{entry.canonical} district", "district", entry.nation, "in")
                return Mention(name_start, m.end(group), f"{entry.canonical} {entry.region_word}", "oblast", entry.nation, "in")
            if known is not None:   # "the city of Kiev": a listed place after all
                return Mention(name_start, m.end(group), known.canonical, known.kind, known.nation, "in")
            return Mention(name_start, m.end(group), name, "city", "ua", "in")
    return None
