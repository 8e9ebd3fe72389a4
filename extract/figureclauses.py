"""A figure's span in a sentence → its clause, and whether a later figure, or one coordinated with it, owns a place."""
from __future__ import annotations

import regex

from extract.gazetteer import _RULES, COUNTED_PLACES_RX, Mention
from extract.vocab import alternation

SUBSET_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_RULES["scope"]["subset"]) + r")(?!\w)")
# "..., among them a resident of Beryslav", "including an elderly woman from Kherson": a subset's person by their home
SUBSET_HOME_BEFORE_RX = regex.compile(r"(?i)(?<!\w)(?:" + alternation(_RULES["scope"]["subset"]) + r")\s+(?:[\w'’-]+\s+){0,3}?(?:"
                                      + alternation(_RULES["scope"]["subset_home"]["people"]) + r")\s+(?:of|from)\s+(?:the\s+)?"
                                      r"(?:(?:city|town|village|community)\s+of\s+)?$")
CLAUSE_BREAK_RX = regex.compile(r"[;:,]|\s[—–-]\s|\band\b")


# "14 Kh-101 and Kh-555 cruise missiles at the Kyiv region": an "and" between two weapon designations joins one
# count's weapons, it starts no clause of its own
_DESIGNATION_BEFORE_RX = regex.compile(r"\p{Lu}\p{L}{0,3}+-\d[\w/-]{0,8}+\s++$")
_DESIGNATION_AFTER_RX = regex.compile(r"\s++\p{Lu}\p{L}{0,3}+-\d")


# "13 rockets from Vilkha and Czech-made Vampire launchers", "9 Kalibr and Iskander missiles": two named weapons (or
# launchers) of one count
_NAME_BEFORE_RX = regex.compile(r"(?<!^|[.!?]\s++)\p{Lu}[\p{L}-]*+\s++$")
_NAMED_WEAPON_AFTER_RX = regex.compile(r"\s++\p{Lu}[\p{L}-]*+\s++(?:[\p{L}-]++\s++){0,2}?(?:rockets?|missiles?|drones?|launchers?|"
                                       r"systems?|MLRS)\b")


def _breaks(text: str, m: regex.Match) -> bool:
    if m.group() != "and":
        return True
    return not ((_DESIGNATION_AFTER_RX.match(text, m.end(), m.end() + 40)
                 and _DESIGNATION_BEFORE_RX.search(text, max(0, m.start() - 16), m.start()))
                or (_NAMED_WEAPON_AFTER_RX.match(text, m.end(), m.end() + 50)
                    and _NAME_BEFORE_RX.search(text, max(0, m.start() - 30), m.start())))


# the people's ages told after them ("two women, aged 43 and 71, were wounded in Kupiansk", "three men (25, 30 and 62)"):
# an aside inside the figure's clause, not the end of it
AGE_ASIDE_RX = regex.compile(r",?\s*+(?:\(\s*+(?:aged?\s++)?|\b(?:aged|ages)\s++)\d{1,3}(?:\s*+(?:,|and|,\s*+and)\s*+\d{1,3})*+"
                             r"(?:\s++(?:years?\s++old|years|y\.o\.))?\s*+\)?,?")
# ... and so is a part of them told between commas, when it names no place of its own ("three people were killed, among
# them a 17-year-old girl, when a missile hit a building in Vyshhorod"; not ", including two in Kherson,")
SUBSET_ASIDE_RX = regex.compile(r"(?i),\s*+(?:among\s++them|among\s++whom|including|of\s++whom|of\s++them)\s"
                                r"(?:(?!\b(?:in|at|near|from|on|outside)\s++(?:the\s++)?\p{Lu})[^,;.:\n]){1,60}+,")


def clause_bounds(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    left = sent_start
    for m in CLAUSE_BREAK_RX.finditer(text, sent_start, start):
        if _breaks(text, m):
            left = m.end()
    right = sent_end
    ages = [a.span() for rx in (AGE_ASIDE_RX, SUBSET_ASIDE_RX) for a in rx.finditer(text, end, sent_end)]
    for m in CLAUSE_BREAK_RX.finditer(text, end, sent_end):
        if _breaks(text, m) and not any(a <= m.start() < b for a, b in ages):
            right = m.start()
            break
    return left, right


# digits glued to a model name ("S-300", "Kh-101", "Tu-95") are no figure of their own
NUMBER_RX = regex.compile(
    r"(?<![\w-])\d[\d,.]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|half)\b")
# the figure's noun and a comma before a subset lead, the part's noun and a comma after its number: an aside
PART_AFTER_RX = regex.compile(r"\s+(?:more\s+)?of\s+(?:them|whom|those|these)\b")
ASIDE_OPEN_RX = regex.compile(r"(?:\s+[\w'-]+){0,3},\s*")
ASIDE_CLOSE_RX = regex.compile(r"(?:\s+[\w'-]+){0,3},\s")


# "3 were killed and 12 injured in a strike on Kryvyi Rih", "3 missiles and 14 drones were downed over Lviv": the
# text from a figure to the next one when both belong to one clause (fully matched)
COORDINATED_RX = regex.compile(r"(?i)[^,;.:]{0,40}?\s(?:and|as well as|plus)\s+(?:(?:at\s+least|about|some|around|up\s+to|more\s+than|another|all)\s+)?")
_COORDINATED_WIDE_RX = regex.compile(r"(?i)[^,;.:]{0,70}?\s(?:and|as well as|plus)\s+(?:(?:at\s+least|about|some|around|up\s+to|more\s+than|another|all)\s+)?")
OF_WHOLE_RX = regex.compile(r"\s+of\s+(?:the\s+|all\s+|all\s+the\s+)?")
LISTED_RX = regex.compile(r"(?i)[^,;.:]{0,40}?,\s+(?:(?:at\s+least|about|some|around|up\s+to|more\s+than|another)\s+)?")


# "in one of the cars", "at one of our sites": an indefinite "one" after a preposition names a thing, it is no figure
_ONE_OF_RX = regex.compile(r"(?i:one)\s++of\s++(?:the|our|their|its|his|her|these|those|several|many)\s")
_PREPOSITION_BEFORE_RX = regex.compile(r"(?i)\b(?:in|at|on|into|inside|from|near|to|with|by|for|outside|behind)\s++$")


def _indefinite_one(text: str, n: regex.Match) -> bool:
    return bool(_ONE_OF_RX.match(text, n.start())) and bool(_PREPOSITION_BEFORE_RX.search(text, max(0, n.start() - 12), n.start()))


# a number inside a compound adjective is no figure: an age ("among them a 17-year-old girl"), a size ("a two-storey
# building", "a 10-kilometre zone"); (not a fraction: "one-third of them")
_AGE_RX = regex.compile(r"[\s]years?[\s]old\b|-(?!(?:thirds?|half|halves|quarters?|fifths?|tenths?)\b)\p{L}")

_YEARS_OLD_RX = regex.compile(r"[-\s]years?\b")


def later_figure_between(text: str, span_end: int, mention: Mention, mentions: list[Mention]) -> bool:
    """True when another figure, with its own place, stands between the figure and mention."""
    numbers = [n for n in NUMBER_RX.finditer(text, span_end, mention.start)
               if not COUNTED_PLACES_RX.match(text, n.end()) and not _indefinite_one(text, n)
               # (but a person told with the place: "among them a 55-year-old man in Kyiv" is a part's home)
               and not (_AGE_RX.match(text, n.end()) and (not _YEARS_OLD_RX.match(text, n.end())
                                                          or CLAUSE_BREAK_RX.search(text, n.end(), mention.start)))]
    if not numbers:
        return False
    if PART_AFTER_RX.match(text, numbers[-1].end(), numbers[-1].end() + 40):   # bounded, as a megabyte line needs
        return True   # "Eight people were killed, three of them in Kharkiv": the place is the part's
    subset = SUBSET_RX.search(text, span_end, numbers[-1].start())
    if subset:
        # "1,238 people, including 260 children, were evacuated from Donetsk Oblast": an aside shares the place
        if ASIDE_OPEN_RX.fullmatch(text, span_end, subset.start()) and ASIDE_CLOSE_RX.match(text, numbers[-1].end(), mention.start):
            return False
        return True   # "1.5 million lost power, including 200,000 in the Odesa region": the place is the part's
    if mention.start - numbers[-1].end() > 25 and not COORDINATED_RX.fullmatch(text, span_end, numbers[-1].start()):
        return True   # "101 left, while 58 more joined the convoy in Manhush": the place ends the later figure's clause
    # "6 killed and 50 injured in Kyiv" share the place; "72 over Bryansk, 14 over Kursk" do not
    return place_between(span_end, mention, mentions)


_FAMILY_RX = {family: regex.compile(r"(?i)\b(?:" + alternation(words) + r")\b")
              for family, words in _RULES["scope"]["family_words"].items()}
_TARGET_CUES = frozenset(["at", "on", "against", "targeting", "attacked", "struck", "hit"])
FAMILY_OF = {"missiles_launched": "air", "missiles_shot_down": "air", "drones_launched": "air", "drones_shot_down": "air",
             "killed": "tolls", "injured": "tolls", "evacuated": "displacement", "residents_remaining": "displacement",
             "without_power": "power"}


def in_other_figure_clause(text: str, mention: Mention, sent_start: int, metric: str) -> bool:
    """"Russia launched 500 drones at Ukraine, killing one person in Zaporizhzhia and knocking out power to 100,000":
    mention stands in the clause of an earlier figure (a number before it in its clause) told in words of another family
    than the metric's, none of the metric's own. An attack's target ("launched 40 drones at Kharkiv, killing two") is the
    scene of every figure after it, not one figure's place."""
    if mention.cue in _TARGET_CUES:
        return False
    left, _ = clause_bounds(text, mention.start, mention.end, sent_start, mention.end)
    numbers = [n for n in NUMBER_RX.finditer(text, left, mention.start) if not COUNTED_PLACES_RX.match(text, n.end())]
    if not numbers:
        return False
    window = text[max(sent_start, numbers[-1].start() - 60):mention.start]
    own = FAMILY_OF[metric]
    return not _FAMILY_RX[own].search(window) and any(rx.search(window) for family, rx in _FAMILY_RX.items() if family != own)


def place_between(span_end: int, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether another place stands between the figure's end and mention."""
    return any(span_end <= other.start < mention.start for other in mentions if other is not mention)



def coordinated_air(text: str, span_end: int, mention: Mention, mentions: list[Mention]) -> bool:
    """"3 Kh-101 missiles and 14 drones were downed over Lviv Oblast": one later figure joined by "and", and the
    place in its clause, stand for both."""
    numbers = list(NUMBER_RX.finditer(text, span_end, mention.start))
    if not 1 <= len(numbers) <= 3:
        return False
    if len(numbers) == 1 and OF_WHOLE_RX.fullmatch(text, span_end, numbers[0].start()):
        # "downed four of the six drones launched at the Odesa region": the whole's place is its part's
        return not CLAUSE_BREAK_RX.search(text, numbers[0].end(), mention.start) and not place_between(span_end, mention, mentions)
    # "14 rockets, six Vampire rockets and 23 drones over the LPR": a list of up to three more, the last joined by "and"
    bounds = [span_end, *(n.end() for n in numbers[:-1])]
    # (a launch site between them is no scene of the first: "four Kalibr cruise missiles from the Black Sea and ten
    # drones against the region")
    launch_sites = [o for o in mentions if o.cue == "from" and span_end <= o.start < numbers[-1].start()]
    if not all(LISTED_RX.fullmatch(text, a, n.start()) for a, n in zip(bounds, numbers[:-1])) \
            or not (COORDINATED_RX.fullmatch(text, bounds[-1], numbers[-1].start())
                    or launch_sites and _COORDINATED_WIDE_RX.fullmatch(text, bounds[-1], numbers[-1].start())):
        return False
    if CLAUSE_BREAK_RX.search(text, numbers[-1].end(), mention.start):
        return False
    return not place_between(span_end, mention, [o for o in mentions if o not in launch_sites])


# a new clause with a subject of its own: "..., and in Kharkiv region, governor X said, ...", "...; the mayor said ..."
_NEW_CLAUSE_RX = regex.compile(r";|,\s++(?:and|while|but|whereas)\s")


def own_clauses_end(text: str, end: int, sent_end: int) -> int:
    """Where the clauses of a figure ending at end stop: at the first new coordinated clause, else the sentence's end."""
    m = _NEW_CLAUSE_RX.search(text, end, sent_end)
    return m.start() if m else sent_end
