"""DocContext + a figure's span → who the article attributes the figure to ("Vitali Klitschko", "Ukraine's Air Force")."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extract.context import DocContext
from extract.places import NAMES as PLACE_NAMES

RULES = Path(__file__).resolve().parent / "rules" / "claimants.toml"
TIMEOUT = 1.0   # seconds: a backstop against pathological input, never reached on prose

_RULES = tomllib.loads(RULES.read_text(encoding="utf-8"))


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


BODY_ALIASES = {alias: canonical for canonical, aliases in _RULES["bodies"].items() for alias in [canonical, *aliases]}
BODY_HEADS = set(_RULES["body_heads"]["words"])
TITLES = set(_RULES["titles"]["words"])
PEOPLE = _RULES["people"]
METONYMS = _RULES["metonyms"]
NATION_WORDS = {w: nation for nation in ("ua", "ru") for w in _RULES["nations"][nation]}
UA_DEFAULT = set(_RULES["nations"]["ua_default"])
ROLES = _RULES["roles"]
PERSON_PRONOUNS = set(_RULES["pronouns"]["person"])
BODY_PRONOUNS = set(_RULES["pronouns"]["body"])
# Capitalised words that start sentences or name things other than speakers.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "By", "As", "According", "Earlier", "Later", "Meanwhile", "Update", "UPDATE",
    "Details", "Source", "Also", "But", "And", "Before", "After", "Since", "From", "Over", "Of", "For", "With",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "Telegram", "Facebook", "Twitter", "X", "It", "He", "She", "They",
    "Russians", "Ukrainians", "Shahed", "Kalibr", "Kinzhal", "Iskander-M", "Iskander", "Kh-101", "Editor's",
    "Advertisement", "Thirty-one", "Iranian-made", "Western", "European", "Soviet", "Black", "Sea", "Caspian",
    "Christmas", "Easter", "New", "Year's", "Day", "UAV", "UAVs", "Tu-95", "Tu-160", "MiG-31K",
}
_GAP_WORDS = _longest_first(_RULES["gaps"]["between"])
_LEAD_INS = _longest_first(_RULES["gaps"]["lead_ins"])

ABBREVIATIONS = ["Gov.", "Gen.", "Lt.", "Col.", "Maj.", "Adm.", "Sgt.", "Mr.", "Ms.", "Mrs.", "Dr.", "Sen.", "Rep.",
                 "St.", "U.S.", "U.N.", "Col.-Gen.", "Lt.-Gen.", "Maj.-Gen."]
CAP = r"(?:(?:\L<abbr>)(?!\p{L})|\p{Lu}[\p{L}\p{M}\-]*+(?:['’](?!s\b)\p{L}[\p{L}\p{M}\-]*+)?)"
LOWER_BODY = r"(?:\L<lower>)"
ACTOR_RX = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?:"
    r"(?P<body>(?:(?:Ukraine's|Ukraine’s|Ukrainian|Russia's|Russia’s|Russian)\s+)?\L<bodies>)"
    r"|(?P<group>(?:the\s+)?\L<groups>)"
    r"|(?P<lowerbody>(?:the\s+|its\s+|city's\s+|region's\s+)?" + LOWER_BODY + r")"
    r"|(?P<run>" + CAP + r"(?:(?:\s+(?:(?:of|for|and|on|de)\s+(?:the\s+)?)?|['’]s\s+(?=Office|Service))" + CAP + r")*+"
    r"(?:\s+" + LOWER_BODY + r")?)"
    r"|(?P<role>the\s+(?:governor|mayor|president|minister|ministry|agency|mission|service|regional\s+head|head\s+of\s+the\s+region))"
    r"|(?P<pronoun>\L<pronouns>)"
    r")(?![\p{L}\p{M}-])",
    bodies=_longest_first(BODY_ALIASES), abbr=_longest_first(ABBREVIATIONS), lower=_longest_first(_RULES["body_heads"]["lower"]),
    groups=_longest_first(_RULES["groups"]["words"]), pronouns=list(PERSON_PRONOUNS | BODY_PRONOUNS),
)
_VERBS_AFTER = _longest_first(_RULES["verbs"]["after_speaker"])
GAP = r"(?:\s*+,[^,;:.]{1,160}?,)?(?:\s++(?:\L<gap>))*+\s*+"
VERB_AFTER_RX = regex.compile(r"^" + GAP + r"(?:\L<verbs>)\b", gap=_GAP_WORDS, verbs=_VERBS_AFTER)
VERB_BEFORE_RX = regex.compile(
    r"(?:(?:^|[,\"”’:;]|\s[-–—])\s*(?:said|says|reported|reports|wrote|added|told|announced|stated|claimed|noted)"
    r"(?:\s+on\s+\w+)?|\baccording\s+to|\bciting|\bcited\s+by|\bquoted"
    r"|\b(?:published|released|compiled|issued|provided|confirmed|count|tally|figures|data)(?:\s+\S+){0,4}?\s+by)"
    r"\s+(?:(?:\L<lead>)\s+)*$", lead=_LEAD_INS)
POSSESSIVE_RX = regex.compile(r"^['’]s?\s+(?:own\s+|first\s+|latest\s+|updated\s+|preliminary\s+|final\s+)?"
                              r"(?:count|tally|data|figures|report|estimate|words|update|statement|numbers)\b")
COLON_RX = regex.compile(r"^\s*:")
LINE_LEAD_RX = regex.compile(r"^(?:[-–—•*]\s*)?(?:UPDATE,?\s+[^-–—]{0,40}[-–—]\s*)?(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?$")
SOURCE_LINE_RX = regex.compile(r"(?m)^Source:\s*")


@dataclass
class Actor:
    start: int
    end: int
    kind: str         # person | surname | body | group | role | pronoun
    name: str         # resolved claimant text ("" for pronouns and roles until resolved)
    role: str = ""    # governor | mayor | president | ... for people


@dataclass
class DocClaimants:
    actors: list[Actor]
    surnames: dict[str, str] = field(default_factory=dict)   # surname → full name
    links: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, claimant) of each attribution
    source: str | None = None   # "Source: X" line naming the article's source


def _role_of(context: str) -> str:
    context = context.lower()
    for role, cues in ROLES.items():
        if any(cue in context for cue in cues):
            return role
    return ""


def _split_run(text: str, start: int, end: int) -> tuple[str, str, int]:
    """A capitalised run → (kind, cleaned text, start offset of the cleaned text)."""
    run = text[start:end]
    tokens = [(m.start(), m.group()) for m in regex.finditer(r"\S+", run)]
    last_the = max((i for i, (_, w) in enumerate(tokens) if w == "The"), default=-1)
    tokens = tokens[last_the + 1:]
    while len(tokens) > 1 and regex.fullmatch(r"[A-Z]{2,4}", tokens[0][1]) and tokens[0][1] not in BODY_ALIASES:
        tokens.pop(0)   # "GMT", "UTC": a time stamp before the speaker
    while tokens and (tokens[0][1] in NOT_NAMES or tokens[0][1].lower() in ("of", "for", "and", "the", "on")):
        tokens.pop(0)
    if not tokens:
        return "", "", start
    words = [w for _, w in tokens]
    # A name at the end of the run, after titles, places and bodies: "Kharkiv Oblast Governor Oleh Syniehubov".
    name_words: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".,")
        if (bare in TITLES or bare in BODY_HEADS or bare in PLACE_NAMES or bare in NOT_NAMES or bare in NATION_WORDS
                or not regex.fullmatch(r"\p{Lu}[\p{Ll}\p{M}'’\-]+", bare) or bare.lower() in ("of", "and", "the")):
            break
        name_words.insert(0, bare)
    if 2 <= len(name_words) <= 3:
        offset = tokens[len(words) - len(name_words)][0]
        return "person", " ".join(name_words), start + offset
    cleaned = " ".join(words)
    if any(w.rstrip(".,'’s") in BODY_HEADS or w in BODY_HEADS for w in words) or regex.search(r"[a-z]\s*$", cleaned) and " " in cleaned and any(
            w.lower() in _RULES["body_heads"]["lower"] for w in cleaned.split()):
        return "body", cleaned, start + tokens[0][0]
    if len(name_words) == 1 and len(words) == 1:
        word = name_words[0]
        if word in METONYMS:
            return "group", METONYMS[word], start + tokens[0][0]
        return "surname", word, start + tokens[0][0]
    if len(words) == 1 and words[0] in METONYMS:
        return "group", METONYMS[words[0]], start + tokens[0][0]
    return "", "", start


def _national(name: str, nation_word: str | None) -> str:
    nation = NATION_WORDS.get(nation_word or "")
    if nation == "ru":
        return "Russia's " + name.removeprefix("Ukraine's ")
    if nation == "ua" or name in UA_DEFAULT:
        return name if name.startswith("Ukraine's") else "Ukraine's " + name
    return name


def _actor(m: regex.Match, text: str) -> Actor | None:
    if m.group("body"):
        phrase = m.group("body")
        nation_word = phrase.split()[0] if phrase.split()[0] in NATION_WORDS else None
        alias = phrase[len(nation_word) + 1:] if nation_word else phrase
        return Actor(m.start(), m.end(), "body", _national(BODY_ALIASES[alias], nation_word))
    if m.group("run"):
        kind, cleaned, start = _split_run(text, m.start(), m.end())
        if not kind:
            return None
        if kind == "body":
            first = cleaned.split()[0]
            if first in NATION_WORDS:
                return Actor(start, m.end(), "body", _national(cleaned[len(first) + 1:], first))
            return Actor(start, m.end(), "body", _national(cleaned, None))
        return Actor(start, m.end(), kind, cleaned)
    if m.group("lowerbody"):
        phrase = regex.sub(r"^(?:the|its|city's|region's)\s+", "", m.group("lowerbody"))
        return Actor(m.start(), m.end(), "role" if phrase in ("military",) else "body",
                     "Ukraine's military" if phrase == "military" else phrase)
    if m.group("group"):
        return Actor(m.start(), m.end(), "group", m.group("group"))
    if m.group("role"):
        return Actor(m.start(), m.end(), "role", m.group("role").split(None, 1)[1].lower())
    if m.group("pronoun"):
        return Actor(m.start(), m.end(), "pronoun", m.group("pronoun").lower())
    return None


def _doc_claimants(ctx: DocContext) -> DocClaimants:
    cached = ctx.__dict__.get("_claimants")
    if cached is not None:
        return cached
    text = ctx.text
    actors = []
    for m in ACTOR_RX.finditer(text, timeout=TIMEOUT):
        actor = _actor(m, text)
        if actor is not None:
            actors.append(actor)
    doc = DocClaimants(actors)
    for actor in actors:
        if actor.kind == "person":
            sent_start, sent_end = ctx.sentence_at(actor.start)
            actor.role = _role_of(text[max(sent_start, actor.start - 80):min(sent_end, actor.end + 90)])
            doc.surnames.setdefault(actor.name.split()[-1], actor.name)
    _resolve_all(doc, ctx)
    source = SOURCE_LINE_RX.search(text)
    if source:
        following = [a for a in actors if a.start >= source.end() and a.start < source.end() + 5 and a.name]
        doc.source = following[0].name if following else None
    ctx.__dict__["_claimants"] = doc
    return doc


def _resolve_all(doc: DocClaimants, ctx: DocContext) -> None:
    """Names for surnames, roles and pronouns, in text order; then every attribution link of the article."""
    text = ctx.text
    last_person: Actor | None = None
    last_speaker_person: str | None = None
    last_speaker_body: str | None = None
    by_role: dict[str, str] = {}
    last_body: dict[str, str] = {}
    for actor in doc.actors:
        if actor.kind == "surname":
            full = doc.surnames.get(actor.name) or PEOPLE.get(actor.name)
            actor.name = full or actor.name
            actor.kind = "person"
        elif actor.kind == "role":
            if actor.name in ("ministry", "agency", "mission", "service"):
                actor.name = last_body.get(actor.name, "")
            elif actor.name != "Ukraine's military":
                actor.name = by_role.get({"regional head": "governor", "head of the region": "governor"}.get(actor.name, actor.name), "")
        elif actor.kind == "pronoun":
            actor.name = (last_speaker_person or (last_person.name if last_person else "")) if actor.name in (
                "he", "she") else (last_speaker_body or "")
        if actor.kind == "person" and actor.name:
            last_person = actor
            if actor.role:
                by_role[actor.role] = actor.name
        if actor.kind == "body":
            for head in ("ministry", "agency", "mission", "service"):
                if head in actor.name.lower():
                    last_body[head] = actor.name
        if not actor.name:
            continue
        if _is_speaker(actor, text):
            doc.links.append((actor.start, actor.end, actor.name))
            if actor.kind == "person":
                last_speaker_person = actor.name
            elif actor.kind == "body":
                last_speaker_body = actor.name


def _is_speaker(actor: Actor, text: str) -> bool:
    after = text[actor.end:actor.end + 200]
    if VERB_AFTER_RX.match(after) or POSSESSIVE_RX.match(after):
        return True
    before = text[max(0, actor.start - 80):actor.start]
    if VERB_BEFORE_RX.search(before):
        return True
    line_start = text.rfind("\n", 0, actor.start) + 1
    return bool(COLON_RX.match(after) and LINE_LEAD_RX.match(text[line_start:actor.start]))


def _links_in(doc: DocClaimants, start: int, end: int) -> list[tuple[int, int, str]]:
    return [link for link in doc.links if start <= link[0] and link[1] <= end]


def claimant(ctx: DocContext, span_start: int, span_end: int) -> str | None:
    """Who the figure at text[span_start:span_end] is attributed to, or None when the outlet states it itself."""
    doc = _doc_claimants(ctx)
    sent_start, sent_end = ctx.sentence_at(span_start)
    links = _links_in(doc, sent_start, max(sent_end, span_end))
    if links:
        def distance(link):
            return link[0] - span_end if link[0] >= span_end else max(span_start - link[1], 0)
        return min(links, key=distance)[2]
    line_start, _ = ctx.line_at(span_start)
    earlier = _links_in(doc, line_start, sent_start)
    if earlier:
        return earlier[-1][2]
    return None
