"""DocContext + a figure's span + its metric → the place the figure is about ("Kyiv", "Odesa Oblast", "Ukraine")."""
from __future__ import annotations

import bisect
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

from extract.context import DocContext

RULES = Path(__file__).resolve().parent / "rules" / "places.toml"
TIMEOUT = 1.0   # seconds: a backstop against pathological input, never reached on prose

_RULES = tomllib.loads(RULES.read_text(encoding="utf-8"))

# kind: city | oblast | district | area | country ; nation: ua | ru | other
_SECTIONS = {
    "ukraine_oblast_centres": ("city", "ua", "Oblast"),
    "ukraine_oblasts": ("oblast", "ua", "Oblast"),
    "ukraine_places": ("city", "ua", None),
    "ukraine_areas": ("area", "ua", None),
    "russia_oblasts": ("city", "ru", "Oblast"),
    "russia_krais": ("city", "ru", "Krai"),
    "russia_places": ("city", "ru", None),
    "russia_republics": ("oblast", "ru", None),
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
_FIXED = {variant: NAMES[canonical] for canonical, phrases in _RULES["fixed"].items() for phrase in phrases
          for variant in (phrase, phrase[0].upper() + phrase[1:])}
_ANAPHORS = {phrase.lower(): kind for kind, phrases in _RULES["anaphors"].items() for phrase in phrases}
_SETTLEMENT_WORDS = _RULES["settlement_words"]["words"]

_REGION_SUFFIX = r"(?:\s+(?P<suffix>[Oo]blasts?|[Rr]egions?|[Pp]rovinces?|[Kk]rai|[Dd]istricts?|[Rr]aions?))?"
PLACE_RX = regex.compile(
    r"(?<![\w-])(?:"
    r"(?P<name>\L<names>)" + _REGION_SUFFIX +
    r"|(?P<fixed>\L<fixed>)(?!\s+of\b)"
    r"|(?i:(?P<anaphor>\L<anaphors>))(?!\s+of\b|\s+(?:council|administration|authorities|officials|military|governor|police)\b)"
    r"|(?i:\b(?:the\s+)?(?:\L<settlement>)\s+of\s+)(?P<unlisted>\p{Lu}[\p{L}'’-]++(?:\s\p{Lu}[\p{L}'’-]++)?)"
    # "Hroza, a village in Kharkiv Oblast": an unlisted place introduced by its description
    r"|(?P<described>\p{Lu}\p{Ll}[\p{L}'’-]*+(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*+)?)(?=,\s+an?\s+(?:small\s+|nearby\s+|front-line\s+|frontline\s+)?(?i:\L<settlement>)\b)"
    r")(?![\w-])",
    names=sorted(NAMES, key=len, reverse=True), fixed=sorted(_FIXED, key=len, reverse=True),
    anaphors=sorted(_ANAPHORS, key=len, reverse=True), settlement=_SETTLEMENT_WORDS,
)
_CUES = _RULES["cues"]
_SCOPE = _RULES["scope"]


def _words(phrases) -> str:
    """Phrases → an alternation that lets any whitespace stand for their spaces, longest first."""
    return "|".join(r"\s+".join(map(regex.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


# The word(s) just before a mention decide how it relates to the figure.
CUE_RX = regex.compile(r"(?i)\b(?P<cue>" + _words(_CUES["before_place"]) + r")(?:\s+(?:" + _words(_CUES["fillers"])
                       + r"))*\s*$")
SPEECH_AFTER_RX = regex.compile(r"\s*(?:" + _words(_CUES["speech_verbs"]) + r")\b")
SPEAKER_TITLE_RX = regex.compile(r"\s+(?:" + _words(_RULES["speaker_titles"]["words"]) + r")\b")
COUNTED_PLACES_RX = regex.compile(r"\s+(?:\w+\s+)?(?:" + _words(_RULES["counted_places"]["words"]) + r")\b")
# "from the airspace over Kursk region", "bombers flying over Rostov": a flight path
FLIGHT_PATH_RX = regex.compile(r"(?i)\b(?:" + _words(_CUES["flight_path"]) + r")\s+(?:over|above)\s+(?:the\s+)?(?:\S+\s+){0,2}$")
LAUNCHED_FROM_RX = regex.compile(r"(?i)\b(?:" + _words(_CUES["launched_from"]) + r")\b[^.;]{0,30}$")
CLAUSE_BREAK_RX = regex.compile(r"[;:,]|\s[—–-]\s|\band\b")
OPENING_RX = regex.compile(r"\W*(?:[\w'’-]+\s+){0,3}")   # "In the Kursk region, 30 drones ...": the scene is set first
ATTACKED_RX = regex.compile(r"\s+(?:alone\s+)?(?:was|were|came)\s+(?:attacked|targeted|hit|struck|under)\b")
DIRECTION_RX = regex.compile(r"(?i)\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+(?:the\s+)?$")
THE_BEFORE_RX = regex.compile(r"(?i)\bthe\s+$")
# after "the X": X ends its phrase or starts a name ("the Dnipro in ...", "the Kyiv Independent"), unlike "the Sumy building"
HEAD_NOUN_END_RX = regex.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|of|and|near|river|River|\p{Lu})")
BODY_OF_RX = regex.compile(r"\p{Lu}\p{L}+\s+of\s+$")   # "the National Police of Ukraine"

AIR = {"missiles_launched", "missiles_shot_down", "drones_launched", "drones_shot_down"}
NATIONAL_SCOPE_RX = regex.compile(r"(?i)\b(?:" + _words(_SCOPE["national"]) + r")\b|(?-i:\b(?:"
                                  + _words(_SCOPE["national_bodies"]) + r")(?!\w))")
MILITARY_RX = regex.compile(
    r"(?i)\b(?:{m})\b[^.;]{{0,30}}\b(?:{l})\b|\b(?:lost|losses|deaths\s+of)\b[^.;]{{0,40}}\b(?:{m})\b"
    r"|\bpersonnel\s+losses\b".format(m=_words(_SCOPE["military"]), l=_words(_SCOPE["losses"])))
TOTALS_RX = regex.compile(r"(?i)\b(?:" + _words(_SCOPE["totals"]) + r")\b")
UKRAINIAN_WEAPONS_RX = regex.compile(r"(?i)\bUkrainian\s+(?:\S+\s+)?(?:drones|UAVs|missiles)\b")
LOCATIVE, COUNTRY_CUES, DESTINATION = set(_CUES["locative"]), set(_CUES["country"]), set(_CUES["destination"])
ATTACK_CUES, NATIONAL_HEADLINE_CUES = set(_CUES["attack"]), set(_CUES["national_headline"])
_OBLAST_CENTRES = set(_RULES["ukraine_oblast_centres"])


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str          # output spelling: "Kharkiv", "Kharkiv Oblast", "Kupiansk district"
    kind: str          # city | oblast | district | area | country | anaphor-city | anaphor-oblast | anaphor-country
    nation: str
    cue: str           # lower-cased preposition or verb before the mention, "" when none


def _mention(m: regex.Match, text: str) -> Mention | None:
    before = text[max(0, m.start() - 60):m.start()]
    cue_m = CUE_RX.search(before)
    cue = " ".join(cue_m.group("cue").lower().split()) if cue_m else ""
    if m.group("name"):
        entry = NAMES[m.group("name")]
        if m.group("name") in _RULES["demonyms"]:
            cue = "in"   # "seven million Ukrainians": people of the place
        suffix = (m.group("suffix") or "").lower()
        name, kind = entry.canonical, entry.kind
        if (kind == "city" and not suffix and THE_BEFORE_RX.search(text, max(0, m.start() - 5), m.start())
                and HEAD_NOUN_END_RX.match(text, m.end())):
            return None   # "the right bank of the Dnipro", "the Kyiv Independent": a river or a name, not the city
        if suffix.startswith(("district", "raion")):
            name, kind = f"{entry.canonical} district", "district"
        elif suffix and entry.region_word:
            name, kind = f"{entry.canonical} {entry.region_word}", "oblast"
        elif kind == "oblast" and entry.region_word:
            name = f"{entry.canonical} {entry.region_word}"
        return Mention(m.start(), m.end(), name, kind, entry.nation, cue)
    if m.group("fixed"):
        entry = _FIXED[m.group("fixed")]
        return Mention(m.start(), m.end(), entry.canonical, entry.kind, entry.nation, cue)
    if m.group("anaphor"):
        kind = _ANAPHORS[m.group("anaphor").lower()]
        return Mention(m.start(), m.end(), "", f"anaphor-{kind}", "", cue)
    for group in ("unlisted", "described"):
        if m.group(group):
            known = NAMES.get(m.group(group))
            if known is not None:   # "the city of Kiev": a listed place after all
                return Mention(m.start(group), m.end(group), known.canonical, known.kind, known.nation, "in")
            return Mention(m.start(group), m.end(group), m.group(group), "city", "ua", "in")
    return None


@dataclass
class DocPlaces:
    mentions: list[Mention]
    main: str | None          # the place the article is mostly about, None when it covers several
    main_is_city: bool = False


def _doc_places(ctx: DocContext) -> DocPlaces:
    cached = ctx.__dict__.get("_places")
    if cached is not None:
        return cached
    mentions = []
    for line_start, line_end in ctx.lines:   # line by line, so the timeout backstop is per line
        try:
            for m in PLACE_RX.finditer(ctx.text, line_start, line_end, timeout=TIMEOUT):
                mention = _mention(m, ctx.text)
                if mention is not None:
                    mentions.append(mention)
        except TimeoutError:
            continue   # a pathological line loses its places, the article keeps the rest
    head_end = ctx.lines[min(2, len(ctx.lines) - 1)][1] if ctx.lines else 0
    weights: dict[str, float] = {}
    first: dict[str, int] = {}
    for mention in mentions:
        if (mention.kind.startswith("anaphor") or mention.kind == "country"
                or SPEECH_AFTER_RX.match(ctx.text, mention.end) or SPEAKER_TITLE_RX.match(ctx.text, mention.end)
                or mention.cue in DESTINATION - {"for"}
                or (mention.cue == "from" and LAUNCHED_FROM_RX.search(ctx.text, max(0, mention.start - 40), mention.start))):
            continue
        base = mention.name.removesuffix(" Oblast").removesuffix(" district")
        weights[base] = weights.get(base, 0) + (3 if mention.start < head_end else 1)
        first.setdefault(base, mention.start)
    main = max(weights, key=lambda b: (weights[b], -first[b])) if weights else None
    national_headline = any(m.start < head_end and m.kind == "country" and m.nation == "ua"
                            and m.cue in NATIONAL_HEADLINE_CUES for m in mentions)
    in_headline = {m.name for m in mentions if m.start < head_end and m.kind == "city" and m.cue not in ("from", "to")
                   and not SPEECH_AFTER_RX.match(ctx.text, m.end) and not SPEAKER_TITLE_RX.match(ctx.text, m.end)}
    if len(in_headline) >= 2 or (national_headline and not in_headline):
        main = None   # "Strikes on Kyiv and Kharkiv", "missiles at Ukraine": a story about several places
    # An article spread over many places (a nationwide barrage) has no main place: its figures are national.
    if main is not None and weights[main] < 0.4 * sum(weights.values()):
        main = None
    places = DocPlaces(mentions, main, main_is_city=any(m.name == main and m.kind == "city" for m in mentions))
    ctx.__dict__["_places"] = places
    return places


def _in_range(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Mentions inside [start, end); mentions are sorted by start, so this is a bisection, not a scan."""
    lo = bisect.bisect_left(mentions, start, key=_start)
    hi = bisect.bisect_left(mentions, end, key=_start)
    return [m for m in mentions[lo:hi] if m.end <= end]


def _start(mention: Mention) -> int:
    return mention.start


def _last_before(mentions: list[Mention], floor: int, offset: int, wanted, limit: int = 200) -> Mention | None:
    """The last mention in [floor, offset) that wanted() accepts, looking back at most limit mentions."""
    i = bisect.bisect_left(mentions, offset, key=_start) - 1
    stop = max(i - limit, -1)
    while i > stop and mentions[i].start >= floor:
        if mentions[i].end <= offset and wanted(mentions[i]):
            return mentions[i]
        i -= 1
    return None


def _resolve_anaphor(mention: Mention, places: DocPlaces, sentence: tuple[int, int]) -> str | None:
    if mention.kind == "anaphor-country":
        return "Ukraine"
    if mention.kind == "anaphor-any":
        named = _last_before(places.mentions, max(0, mention.start - 400), mention.start,
                             lambda m: not m.kind.startswith("anaphor") and m.kind != "country")
        return named.name if named else places.main
    wanted = "oblast" if mention.kind == "anaphor-oblast" else "city"
    sent_start, _ = sentence
    same_sentence = [m for m in _in_range(places.mentions, sent_start, mention.start)
                     if m.kind in (("city", "district") if wanted == "city" else ("oblast", "city"))]
    if same_sentence:
        named = same_sentence[-1]
        if wanted == "oblast" and named.kind == "city" and named.name in _OBLAST_CENTRES:
            return f"{named.name} Oblast"
        return named.name
    if wanted == "city" and places.main and places.main_is_city:
        return places.main
    kinds = ("city", "district") if wanted == "city" else ("oblast", "city")
    m = _last_before(places.mentions, 0, mention.start, lambda m: m.kind in kinds and (m.kind != "city" or m.nation == "ua"
                                                                                       or wanted == "city"))
    if m is None:
        return places.main
    if wanted == "oblast" and m.kind == "city":
        return f"{m.name} Oblast" if m.name in _OBLAST_CENTRES else m.name
    return m.name



def _usable(mention: Mention, metric: str, text: str) -> bool:
    """False for places that are not where the figure happened: launch sites, speakers, destinations."""
    if SPEECH_AFTER_RX.match(text, mention.end):
        return False   # "Kyiv says", "Moscow claimed": the government speaking, not a place
    if SPEAKER_TITLE_RX.match(text, mention.end):
        return False   # "Kharkiv Oblast Governor ...": where the speaker holds office
    if DIRECTION_RX.search(text, max(0, mention.start - 30), mention.start):
        return False   # "a town southeast of the capital": a landmark, not the place
    if mention.kind == "country" and mention.cue == "of" and BODY_OF_RX.search(text, max(0, mention.start - 40), mention.start):
        return False   # "the National Police of Ukraine": part of a body's name
    if mention.cue == "from" or FLIGHT_PATH_RX.search(text, max(0, mention.start - 60), mention.start):
        if metric == "evacuated":
            return mention.nation != "other"
        return False
    if mention.kind == "country" and mention.cue not in COUNTRY_CUES:
        return False   # "Russia launched ...", "Ukraine's Air Force": actors, not places
    if metric == "evacuated" and (mention.nation == "other" or mention.cue in DESTINATION):
        return False   # evacuees are counted where they left
    return True


def _clause_bounds(text: str, start: int, end: int, sent_start: int, sent_end: int) -> tuple[int, int]:
    left = sent_start
    for m in CLAUSE_BREAK_RX.finditer(text, sent_start, start):
        left = m.end()
    right_m = CLAUSE_BREAK_RX.search(text, end, sent_end)
    return left, right_m.start() if right_m else sent_end


def _score(mention: Mention, span_start: int, span_end: int, clause: tuple[int, int]) -> float:
    distance = mention.start - span_end if mention.start >= span_end else span_start - mention.end
    score = float(max(distance, 0))
    if not (clause[0] <= mention.start < clause[1]):
        score += 80 if mention.start < span_start else 200   # later clauses usually start a new figure
    if mention.cue not in LOCATIVE:
        score += 40
    if mention.kind == "country":
        score += 60   # a named city or region in the same sentence is more precise than the country
    return score


NUMBER_RX = regex.compile(
    r"\d[\d,.]*|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|half)\b")
LIST_JOIN_RX = regex.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:the\s+)?$")
NESTING_RX = regex.compile(r"^(?:,\s*|\s+)(?:in\s+|of\s+|the\s+(?:capital|centre|center|administrative\s+centre)\s+of\s+"
                           r"|an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement|suburb|port)\s+(?:in|of)\s+)?(?:the\s+)?$")
WEAK_CUES = ("", "to", "for", "toward", "towards", "into")


def _later_figure_between(text: str, span_end: int, mention: Mention, mentions: list[Mention]) -> bool:
    """True when another figure, with its own place, stands between the figure and mention."""
    numbers = [n for n in NUMBER_RX.finditer(text, span_end, mention.start) if not COUNTED_PLACES_RX.match(text, n.end())]
    if not numbers:
        return False
    if mention.start - numbers[-1].end() > 25:
        return True   # "101 left, while 58 more joined the convoy in Manhush": the place ends the later figure's clause
    # "6 killed and 50 injured in Kyiv" share the place; "72 over Bryansk, 14 over Kursk" do not
    return any(span_end <= other.start < mention.start for other in mentions if other is not mention)


def _drop_enclosing(mentions: list[Mention], text: str) -> list[Mention]:
    """"Pokrovsk in Donetsk Oblast", "Kremenchuk, Poltava oblast": the region only locates the town."""
    kept = []
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        if (prev is not None and m.kind == "oblast" and prev.kind in ("city", "district")
                and NESTING_RX.match(text[prev.end:m.start])):
            continue
        kept.append(m)
    return kept


def _list_siblings(mention: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """Places coordinated with mention ("in Kharkiv, Kyiv and Pavlohrad"), itself included."""
    i = mentions.index(mention)
    group = [mention]
    j = i
    while j > 0 and LIST_JOIN_RX.match(text[mentions[j - 1].end:mentions[j].start]):
        j -= 1
        group.insert(0, mentions[j])
    j = i
    while j + 1 < len(mentions) and LIST_JOIN_RX.match(text[mentions[j].end:mentions[j + 1].start]):
        j += 1
        group.append(mentions[j])
    return group


def _whole(group: list[Mention]) -> str:
    nations = {m.nation for m in group}
    return "Russia" if nations == {"ru"} else "Ukraine"


def location(ctx: DocContext, span_start: int, span_end: int, metric: str) -> str | None:
    """The place the figure at text[span_start:span_end] is about, or None when nothing suggests one."""
    places = _doc_places(ctx)
    text = ctx.text
    sent_start, sent_end = ctx.sentence_at(span_start)
    sent_end = max(sent_end, span_end)
    clause = _clause_bounds(text, span_start, span_end, sent_start, sent_end)
    in_sentence = _drop_enclosing(_in_range(places.mentions, sent_start, sent_end), text)
    candidates = []
    for m in in_sentence:
        if not _usable(m, metric, text):
            continue
        if m.start >= span_end and _later_figure_between(text, span_end, m, in_sentence):
            continue   # a later figure's place: "72 over Bryansk, 14 over Kursk"
        if metric in AIR and m.start >= clause[1]:
            continue   # air-defence tallies are national unless placed before or in the figure's clause
        if (metric in AIR and m.end <= clause[0] and m.cue not in ATTACK_CUES
                and not ATTACKED_RX.match(text, m.end) and not m.kind.startswith("anaphor")
                and not OPENING_RX.fullmatch(text, sent_start, m.start)):
            continue   # "the plant in Kharkiv region was wrecked when Russia launched 90 missiles": scenery
        candidates.append(m)
    sentence = text[sent_start:sent_end]
    if candidates:
        best = min(candidates, key=lambda m: _score(m, span_start, span_end, clause))
        if best.kind.startswith("anaphor"):
            return _resolve_anaphor(best, places, (sent_start, sent_end))
        group = _list_siblings(best, in_sentence, text)
        if len({m.name for m in group}) >= 2 and not any(NUMBER_RX.search(text, a.end, b.start) for a, b in zip(group, group[1:])):
            # one figure for several places: the region that holds them all, else the whole country
            regions = [m for m in _in_range(places.mentions, sent_start, sent_end)
                       if m.kind == "oblast" and m not in group and _usable(m, metric, text)]
            return regions[0].name if len(regions) == 1 and all(m.kind == "city" for m in group) else _whole(group)
        if best.cue in WEAK_CUES and best.kind != "country" and NATIONAL_SCOPE_RX.search(sentence):
            return "Ukraine"
        return best.name
    if metric in AIR:
        if UKRAINIAN_WEAPONS_RX.search(sentence):
            return "Russia"
        # "The Kyiv City Military Administration said 16 missiles were shot down": the office's own area.
        return _office(places, text, sent_start, sent_end) or "Ukraine"
    if NATIONAL_SCOPE_RX.search(sentence):
        return "Ukraine"
    if MILITARY_RX.search(sentence):
        return "Ukraine"
    heading = _section_heading(ctx, places, span_start)
    if heading:
        return heading
    if TOTALS_RX.search(sentence) and not places.main:
        return "Ukraine"
    line_start, _ = ctx.line_at(span_start)
    if sent_start > line_start:   # a sentence continuing a national count ("Another 147 were injured")
        prev_start, prev_end = ctx.sentence_at(sent_start - 1)
        if prev_start >= line_start and NATIONAL_SCOPE_RX.search(text, prev_start, prev_end):
            return "Ukraine"
    earlier_in_line = _last_before(places.mentions, line_start, sent_start, lambda m: _usable(m, metric, text)
                                   and not m.kind.startswith("anaphor") and m.kind != "country", limit=50)
    if earlier_in_line:
        return earlier_in_line.name
    # "Kyiv Mayor Vitali Klitschko said 2 people were injured": the official's own city or region
    return places.main or _office(places, text, sent_start, sent_end) or "Ukraine"


def _office(places: DocPlaces, text: str, start: int, end: int) -> str | None:
    """The place in a speaker's title in [start, end): "Kyiv Mayor ...", "the Kyiv City Military Administration"."""
    for m in _in_range(places.mentions, start, end):
        if m.kind in ("city", "oblast") and SPEAKER_TITLE_RX.match(text, m.end):
            return m.name
    return None


def _section_heading(ctx: DocContext, places: DocPlaces, offset: int) -> str | None:
    """The place named by the nearest earlier line that is only a place ("Kharkiv region"), a report's section."""
    line_index = ctx._index(ctx.lines, offset)
    for i in range(line_index - 1, max(line_index - 4, -1), -1):
        start, end = ctx.lines[i]
        if end - start > 80:
            continue   # a heading is short; long lines are not copied
        line = ctx.text[start:end].strip()
        if len(line.split()) > 4:
            continue
        named = [m for m in _in_range(places.mentions, start, end) if m.kind in ("city", "oblast", "district", "area")]
        if named and len(line) - sum(m.end - m.start for m in named) <= 12:
            return named[0].name
    return None
