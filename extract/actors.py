"""Article text → actors: people, bodies, groups, roles and pronouns that may be credited with a figure, with their spans."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.gazetteer import NAMES as PLACE_NAMES
from extract.startscan import WordStartScan, first_chars, start_guard
from extract.units import UNIT_HEADS, quoted_unit_name, unit_of as _unit_of, unit_of_nations_body
from extract.vocab import RULES_DIR, alternation, load_rules, longest_first

RULES = RULES_DIR / "claimants.toml"
_RULES = load_rules("claimants")


OUTLETS = set(_RULES["outlets"]["names"])
BODY_ALIASES = {alias: canonical for canonical, aliases in _RULES["bodies"].items() for alias in [canonical, *aliases]}
# an outlet cited as a source speaks as a body ("Suspilne reported", "according to The Moscow Times")
BODY_ALIASES |= {name: name.removeprefix("The ") for name in OUTLETS if name not in BODY_ALIASES}
# "the UN's human rights office" names the body "the UN human rights office" names
BODY_ALIASES |= {f"{alias[:i]}'s{alias[i:]}": canonical for alias, canonical in list(BODY_ALIASES.items())
                 for prefix in ("UN ", "U.N. ") if alias.startswith(prefix) and (i := len(prefix) - 1)}
BODY_HEADS = set(_RULES["body_heads"]["words"])
LOWER_HEADS = longest_first(_RULES["body_heads"]["lower"])
TITLES = set(_RULES["titles"]["words"])
PEOPLE = _RULES["people"]
GIVEN_NAMES = frozenset(_RULES["given_names"]["words"])
METONYMS = _RULES["metonyms"]
STATES = _RULES["states"]
GROUP_WORDS = _RULES["groups"]["words"]
GROUP_NAMES = {k.lower(): v for k, v in _RULES["group_names"].items()}
BRANCH_WORDS = frozenset(_RULES["branches"]["words"])
UN_FAMILY = set(_RULES["un_family"]["bodies"])
NATION_WORDS = {w: nation for nation in ("ua", "ru") for w in _RULES["nations"][nation]}
UA_DEFAULT = set(_RULES["nations"]["ua_default"])
ROLES = _RULES["roles"]
PERSON_PRONOUNS = set(_RULES["pronouns"]["person"])
BODY_PRONOUNS = set(_RULES["pronouns"]["body"])
NOT_NAMES = set(_RULES["not_names"]["words"])
LEADING_WORDS = _RULES["not_names"]["leading"]
_PORTFOLIOS = frozenset(_RULES["ministries"]["portfolios"])
_PLACED = frozenset(_RULES["placed_offices"]["region"] + _RULES["placed_offices"]["city"])
NOUN_ENDINGS = tuple(_RULES["not_names"]["noun_endings"])   # "Evacuation figures.": an abstract noun, no surname
ABBREVIATIONS = _RULES["not_names"]["abbreviations"]
_NATIONS = ["Ukraine's", "Ukraine’s", "Ukrainian", "Russia's", "Russia’s", "Russian"]
NATION_PREFIX = r"(?:(?:" + "|".join(_NATIONS) + r")\s+)"


def _literal(words) -> str:
    return "(?:" + alternation(words, flexible_spaces=False) + ")"


# Named lists as tries: the actor scan tries each capitalised word against them, so their shape sets its speed.
_LISTS = {
    "bodies": _literal(BODY_ALIASES), "abbr": _literal(ABBREVIATIONS), "lower": _literal(LOWER_HEADS),
    "groups": _literal(GROUP_WORDS), "pronouns": _literal(PERSON_PRONOUNS | BODY_PRONOUNS),
    "leading": _literal(LEADING_WORDS), "title_verbs": _literal(v.title() for v in _RULES["verbs"]["before_speaker"]),
}
# A capitalised word; a Title Case speech verb in a headline ("Klitschko Says 40% ...") ends the run instead.
CAP = (r"(?:" + _LISTS["abbr"] + r"(?!\p{L})|(?!" + _LISTS["title_verbs"] + r"\b)"
       r"\p{Lu}[\p{L}\p{M}\-]*+(?:['’](?!s\b)\p{L}[\p{L}\p{M}\-]*+)?)")
_ROLE_MODIFIERS = _RULES["role_phrases"]["modifiers"]
_ROLE_NOUNS = _RULES["role_phrases"]["nouns"]
_LOCAL_UNITS = "|".join(sorted(_RULES["role_phrases"]["local_units"], key=len, reverse=True))
_ROLE_STANDS_FOR = _RULES["role_phrases"]["stands_for"]
_ROLE_SPELLED = {owner.lower(): spelled for owner, spelled in _RULES["role_phrases"]["spelled"].items()}
# "the governor", or a place's: "Kharkiv's mayor", "Ukraine's energy minister"
_ROLE = (r"(?:(?i:the|its)|\p{Lu}\p{Ll}[\p{L}-]*+['’]s)\s+(?:(?:" + "|".join(_ROLE_MODIFIERS) + r")\s+){0,3}(?:" + "|".join(_ROLE_NOUNS)
         + r"|regional\s+head|head\s+of\s+the\s+region"
         + r"|(?:" + _LOCAL_UNITS + r")(?:['’]s)?\s+head|head\s+of\s+the\s+(?:" + _LOCAL_UNITS + r")(?![\p{L}-])"
         r"|head\s+of\s+the\s+(?:regional|oblast|city)(?:\s+military|\s+state)?\s+administration)"
         # whose office it is, after it: "the governor of Kharkiv region", "the mayor of the city of Sumy"
         r"(?:(?<=governor|mayor)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?\p{Lu}[\p{L}'’-]++(?:\s+(?:[Rr]egion|[Oo]blast)\b)?)?")
_LOWER_LEADS = ["the", "its"]
# "the city's military administration" → "city military administration" (the modifier as [role_phrases.spelled] writes it)
_LOWER_OWNERS = [w for w in _RULES["role_phrases"]["spelled"]]
# The alternation's branches in the order they are tried, each guarded by the characters it may start with: the
# engine skips a branch on one character test instead of walking its trie.
_BRANCHES = [
    # (an acronym may follow a name that ends in lower case: "the UN refugee agency UNHCR" is one body, named twice)
    (r"(?P<body>" + NATION_PREFIX + r"?" + _LISTS["bodies"]
     + r"(?!(?<!\p{Ll})\s+\p{Lu}|(?<=\p{Ll})\s+(?!\p{Lu}{2,8}(?![\p{L}\p{M}-]))\p{Lu}|['’]s\s+\p{Lu}))",
     first_chars([*_NATIONS, *BODY_ALIASES])),
    (r"(?P<group>(?i:(?:the\s+)?" + _LISTS["groups"] + r"))", first_chars(["the", *GROUP_WORDS], nocase=True)),
    (r"(?P<lowerbody>(?i:(?:" + "|".join(w + r"\s+" for w in _LOWER_LEADS) + ")?(?:" + "|".join(_LOWER_OWNERS) + r")\s+|(?:"
     + "|".join(w + r"\s+" for w in _LOWER_LEADS) + "))?" + NATION_PREFIX + r"?" + _LISTS["lower"] + r")",
     first_chars([*_LOWER_LEADS, *_LOWER_OWNERS], nocase=True) + "|" + first_chars([*_NATIONS, *LOWER_HEADS])),
    (r"(?P<pronoun>" + _LISTS["pronouns"] + r")(?![\p{L}\p{M}-])", first_chars(PERSON_PRONOUNS | BODY_PRONOUNS)),
    (r"(?P<role>" + _ROLE + ")", first_chars(_LOWER_LEADS, nocase=True) + r"|\p{Lu}"),
    (r"(?P<run>(?!(?:" + _LISTS["leading"] + r")\s)" + NATION_PREFIX + r"?" + CAP
     + r"(?:(?:\s+(?:(?:of|for|and|de)\s+(?:the\s+)?)?|['’]s\s+(?=Office|Service))" + CAP + r")*+"
     r"(?P<runlower>\s+" + _LISTS["lower"] + r")?)",
     r"\p{Lu}|" + first_chars([*_NATIONS, *ABBREVIATIONS])),
]
ACTOR_SCAN = WordStartScan(
    r"(?<![\p{L}\p{M}'’-])", r"\p{L}\p{M}'’-",
    r"(?:" + "|".join(f"(?={start}){branch}" for branch, start in _BRANCHES) + r")(?![\p{L}\p{M}-])",
    start_guard([*BODY_ALIASES, *_NATIONS, *LOWER_HEADS, *PERSON_PRONOUNS, *BODY_PRONOUNS, *ABBREVIATIONS],
                # (an owner opens a lower-case body with no "the" too: "Kharkiv region's military administration")
                [*GROUP_WORDS, *_LOWER_LEADS, *_LOWER_OWNERS],
                # what may follow "the": a group, a nation or lower-case body, a role
                after={"the": [*GROUP_WORDS, *_NATIONS, *LOWER_HEADS, *_ROLE_MODIFIERS, *_ROLE_NOUNS,
                               *_LOWER_OWNERS, "head"]}))
MERGE_GAP_RX = regex.compile(r"^\s*(?:in\s+\p{Lu}\p{L}+\s*)?\(?\s*$|^\s*\([^()]{1,20}\)\s*\(?\s*$")
# a capital inside a name after a lower-case letter or an apostrophe: "DiCarlo", "McDonald", "O'Brien"
NAME_WORD_RX = regex.compile(r"\p{Lu}(?:[\p{Ll}\p{M}'’\-]|(?<=[\p{Ll}'’])\p{Lu})*\p{Ll}")
IN_GAP_RX = regex.compile(r"\s+in\s+")
LOWER_BODY_LEAD_RX = regex.compile(r"^(?i:" + "|".join(_LOWER_LEADS) + r")\s+")
LOWER_BODY_OWNER_RX = regex.compile(r"^(?i:" + "|".join(_LOWER_OWNERS) + r")(?=\s)")


@dataclass
class Actor:
    start: int
    end: int
    kind: str         # person | surname | body | group | role | pronoun
    name: str         # resolved claimant text ("" for pronouns and roles until resolved)
    role: str = ""    # governor | mayor | president | ... for people
    bare: bool = False   # a body named without its nation or place ("the Air Force", "the regional administration")


_BODY_ROLES = ("ministry", "agency", "mission", "service", "headquarters", "report", "administration", "council", "office")   # stand for a body, not a person


def role_of(context: str) -> str:
    context = context.lower()
    for role, cues in ROLES.items():
        if any(cue in context for cue in cues):
            return role
    return ""


def _national(name: str, nation_word: str | None) -> str:
    """The body's name with its nation in one form however the text gives it ("Ukrainian Air Force" and "Ukraine's Air
    Force" are "Ukraine's Air Force"): one body, one claimant value to filter on."""
    base = name.removeprefix("Ukraine's ").removeprefix("Russia's ")
    if nation_word in ("Ukrainian", "Russian") and " " not in base and base not in UA_DEFAULT:
        return f"{nation_word} {base}"   # a bare head ("the BBC's Russian Service") is a name of its own, not a body's
    nation = NATION_WORDS.get(nation_word or "")
    if nation == "ru":
        return "Russia's " + base
    if nation == "ua" or base in UA_DEFAULT:
        return "Ukraine's " + base
    return name


def _body(phrase: str) -> str:
    """A body as written → claimant text: known aliases to their canonical name, nation kept."""
    first = phrase.split()[0]
    nation_word = first if first in NATION_WORDS else None
    rest = phrase[len(first) + 1:] if nation_word else phrase
    if nation_word and phrase in BODY_ALIASES and BODY_ALIASES[phrase] != BODY_ALIASES.get(rest):
        return BODY_ALIASES[phrase]   # "Ukrainian Red Cross" is a body of its own, not the ICRC
    return _national(BODY_ALIASES.get(rest, rest), nation_word)


def _un_prefix(words: list[str]) -> int:
    """How many of the last words name the UN ("UN", "U.N.", "United Nations")."""
    if words[-1:] and words[-1] in ("UN", "U.N."):
        return 1
    return 2 if words[-2:] == ["United", "Nations"] else 0


_JOINERS = {"of", "for", "and", "the", "on"}


def _split_run(run: str, has_lower_body: bool) -> tuple[str, str, int]:
    """A capitalised run → (kind, cleaned text, offset of the cleaned text in run); kind "" when no speaker."""
    words = run.split()   # splits on \s and on \x1c-\x1f, which no run holds: exactly the run's own gaps
    k = 0
    while k < len(words) and (words[k] in NOT_NAMES or words[k].lower() in _JOINERS):
        k += 1
    if k == len(words):
        return "", "", 0
    offsets = []
    pos = 0
    for word in words:
        pos = run.find(word, pos)   # only whitespace stands between words: the next occurrence is the word itself
        offsets.append(pos)
        pos += len(word)
    words, offsets = words[k:], offsets[k:]
    cleaned = " ".join(words)
    if cleaned in STATES:   # "the representative of the Russian Federation said": the state speaks
        return "group", STATES[cleaned], offsets[0]
    for i in range(len(words) if words[-1] in _ALIAS_LAST_WORDS else 0):
        # a known body at the end: "Ukraine's Air Force", "the UN refugee agency UNHCR"
        if " ".join(words[i:]) in BODY_ALIASES:
            if unit := _unit_of(words, i):   # "Air Command West of the Air Force": the command speaks
                return "body", _body(unit), offsets[0]
            first = max(i - 1, 0) if i and words[i - 1] in NATION_WORDS else i
            # "United Nations Human Rights Monitoring Mission": the UN's name is part of the body's as written
            written = i - _un_prefix(words[:i]) if first == i else first
            return "body", _body(" ".join(words[first:])), offsets[written]
    # a known body's branch named for its town: "DTEK Kyiv Electric Networks", "DTEK Odesa Grids" (the branch speaks, as
    # written; else the body); a person after the town ("UNHCR Ukraine Representative Karolina Lindholm") is left to the
    # name below
    for i in range(1, min(len(words) - 1, 4)):
        if (" ".join(words[:i]) in BODY_ALIASES and words[i] in PLACE_NAMES
                and not any(w in TITLES and w not in BRANCH_WORDS or w in GIVEN_NAMES for w in words[i + 1:])):
            branch = i + 1 + next((k for k, w in enumerate(words[i + 1:]) if w not in BRANCH_WORDS), len(words) - i - 1)
            return "body", " ".join(words[:branch]) if branch > i + 1 else _body(" ".join(words[:i])), offsets[0]
    # A name at the end of the run, after titles, places and bodies: "Kharkiv Oblast Governor Oleh Syniehubov".
    n = 0
    for j in range(len(words) - 1, -1, -1):
        word = words[j]
        # a town's name after a given name is a surname: "Ivan Gubkin", "Oleksandr Balta"
        place = word in PLACE_NAMES and not (j and words[j - 1] in GIVEN_NAMES)
        if (word in TITLES or word in BODY_HEADS or place or word in NOT_NAMES
                or word in NATION_WORDS or not NAME_WORD_RX.fullmatch(word)):
            break
        n += 1
    if 0 < n < len(words) - 1 and words[-n - 1] in ("for", "of") and words[-n - 2] in TITLES:
        # "Deputy Prime Minister for Restoration Oleksii Kuleba": the portfolio's words open the block, the name ends it
        given = next((p for p, w in enumerate(words[-n:]) if w in GIVEN_NAMES), None)
        if (n := n - given if given is not None else 2 if n >= 3 else 0) < 2:
            return "", "", 0
    name_start = offsets[len(words) - n] if n else offsets[0]
    if n and n < len(words) and words[-n - 1] in ("of", "for", "the") and any(w in BODY_HEADS for w in words[:-n]):
        # "Ministry for Reintegration of the Temporarily Occupied Territories": the words a body's name ends on
        return "body", _body(cleaned), offsets[0]
    if 2 <= n <= 3 and not has_lower_body:
        return "person", " ".join(words[-n:]), name_start
    if "of" in words and (unit := _unit_of(words, words.index("of") + 1)):
        return "body", _body(unit), offsets[0]   # "Operational Command South of the Armed Forces of Ukraine": the command
    if has_lower_body or any(w in BODY_HEADS for w in words):
        return "body", _body(cleaned), offsets[0]
    if n == 1 and len(words[-1]) >= 3 and not (len(words) == 1 and words[0].endswith(NOUN_ENDINGS)):
        return "surname", words[-1], name_start
    if len(words) == 1 and words[0] in METONYMS:
        return "group", METONYMS[words[0]], offsets[0]
    return "", "", 0


# the last words of the body names: a run can end on a known body only if its last word is one of them
_ALIAS_LAST_WORDS = {words[-1] for words in map(str.split, BODY_ALIASES) if words}
_GROUP = ACTOR_SCAN.pattern.groupindex


# a name a place noun follows, or one that follows "the village of", is an unlisted place's
_PLACE_AFTER_RX = regex.compile(r"\s++(?:district|region|community|oblast|raion|area|village|settlement|municipality)\b")
_PLACE_BEFORE_RX = regex.compile(r"\b(?:village|town|city|settlement|hamlet|community)\s++of\s++(?:the\s++)?$")


_TOWN_OWNER_RX = regex.compile(r"(\p{Lu}[\p{L}-]*+)['’]s\s++")
_TOWN_OFFICES = ("administration", "council", "office", "headquarters")
BODY_BY_LOWER = {alias.lower(): canonical for alias, canonical in BODY_ALIASES.items()}


def _actor(m: regex.Match, runs: dict) -> Actor | None:
    """runs: this article's capitalised runs already split, by their text (names recur through an article)."""
    groups = m.groups()
    phrase = groups[_GROUP["body"] - 1]
    if phrase:
        return Actor(m.start(), m.end(), "body", _body(phrase), bare=phrase.split()[0] not in NATION_WORDS)
    phrase = groups[_GROUP["run"] - 1]
    if phrase:
        key = (phrase, bool(groups[_GROUP["runlower"] - 1]))
        split = runs.get(key)
        if split is None:
            split = runs[key] = _split_run(*key)
        kind, cleaned, offset = split
        if kind in ("person", "surname") and (_PLACE_AFTER_RX.match(m.string, m.end())
                                 or _PLACE_BEFORE_RX.search(m.string, max(0, m.start() - 30), m.start())):
            return None   # "shelling of the Krasnaya Yaruga district", "the village of Nova Sloboda": a place
        if kind == "body" and (short := BODY_ALIASES.get("the " + cleaned)) and m.string.endswith(
                ("The ", "the "), 0, m.start() + offset):
            cleaned = short   # "The Mission verified ..." opens a sentence: the alias "the Mission" with its capital
        # "the Authority's own count", "the Ministry said": a body's head alone refers back to the body named in full
        bare = kind == "body" and " " not in cleaned and m.string.endswith(("The ", "the "), 0, m.start() + offset)
        return Actor(m.start() + offset, m.end(), kind, cleaned, bare=bare) if kind else None
    phrase = groups[_GROUP["lowerbody"] - 1]
    if phrase:
        phrase = LOWER_BODY_LEAD_RX.sub("", phrase)
        phrase = LOWER_BODY_OWNER_RX.sub(lambda owner: _ROLE_SPELLED[owner.group().lower()], phrase)
        if phrase.lower() == "ministry":
            return Actor(m.start(), m.end(), "role", "ministry")
        return Actor(m.start(), m.end(), "body", GROUP_NAMES.get("the " + phrase.lower(), _body(phrase)),
                     bare=phrase.split()[0] not in NATION_WORDS)
    phrase = groups[_GROUP["group"] - 1]
    if phrase:
        return Actor(m.start(), m.end(), "group", GROUP_NAMES.get(phrase.lower(), phrase.removeprefix("the ").removeprefix("The ")))
    phrase = groups[_GROUP["role"] - 1]
    if phrase:
        if (owner := _TOWN_OWNER_RX.match(phrase)) and (town := PLACE_NAMES.get(owner.group(1))) is not None \
                and town.kind == "city" and phrase.rsplit(None, 1)[-1].lower() in _TOWN_OFFICES:
            # "Ternopil's city council", "Kharkiv's regional administration": that town's office speaking, as a body
            name = f"{town.canonical} {phrase[owner.end():].lower()}"
            return Actor(m.start(), m.end(), "body", BODY_BY_LOWER.get(name.lower(), name))
        phrase = phrase.lower()
        if (words := phrase.split())[-1] == "ministry" and len(words) > 2 and words[-2] in _PORTFOLIOS and words[-3] in _PLACED:
            # "the regional health ministry said": a region's own ministry, not the state's ministry named before
            return Actor(m.start(), m.end(), "body", " ".join(words[-3:]))
        # "the head of the regional administration" is a person's role, not the administration speaking
        role = "" if "head" in phrase.split() else next((r for r in _ROLE_NOUNS if r in phrase), "")
        role = _ROLE_STANDS_FOR.get(role, role)
        if role not in _BODY_ROLES:   # "the foreign minister" → minister, "the spokeswoman" → spokesman
            role = role_of(phrase) or role
        if not role:   # "the head of the regional administration", "the regional head"
            role = "mayor" if "city" in phrase else "governor"
        if "deputy" in phrase.split():
            role = f"deputy {role}"   # "the deputy prime minister" is not the minister named before
        return Actor(m.start(), m.end(), "role", role)
    phrase = groups[_GROUP["pronoun"] - 1]
    if phrase:
        return Actor(m.start(), m.end(), "pronoun", phrase.lower())
    return None


def _merge_adjacent(actors: list[Actor], text: str) -> list[Actor]:
    """"United Nations (U.N.) Office of the High Commissioner (OHCHR)" is one body: the most specific name wins."""
    merged: list[Actor] = []
    for actor in actors:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "body" and actor.kind == "group"
                and IN_GAP_RX.fullmatch(text, prev.end, actor.start)):
            prev.end = actor.end
            continue   # "the Monitoring Mission in Ukraine (HRMMU)": the place belongs to the body's name
        if (prev is not None and prev.kind == "body" and actor.kind == "body"
                and MERGE_GAP_RX.match(text[prev.end:actor.start])):
            known = actor.name in _RULES["bodies"] or actor.name.removeprefix("Ukraine's ") in _RULES["bodies"]
            name = actor.name if known or prev.name == "UN" else prev.name
            merged[-1] = Actor(prev.start, actor.end + (1 if text[actor.end:actor.end + 1] == ")" else 0), "body", name)
            continue
        merged.append(actor)
    return merged


# the police of a region, as reporters name it: "Police of Donetsk region said", "the police of the Kharkiv region";
# "Police in Cherkasy region say" is the region's force, named as "the regional police in Kharkiv" is
_POLICE_OF_RX = regex.compile(r"(?:(?i:the)\s+)?([Pp]olice\s+(?P<prep>of|in)\s+)(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]+\s+(?:[Rr]egion|[Oo]blast))\b")


def _police_of(actors: list[Actor], text: str) -> list[Actor]:
    """"police" or a run "Police of Donetsk" before "of X region" → one body "police of Donetsk region"."""
    out, police_end = [], -1
    for actor in actors:
        written = text[actor.start:actor.end]
        if written.lower().removeprefix("the ").startswith("police") and (
                m := _POLICE_OF_RX.match(text, actor.start)) is not None and m.end() >= actor.end:
            name = ("police of " + m.group("place") if m.group("prep") == "of"
                    else m.group("place").split()[0] + " regional police")
            actor, police_end = Actor(actor.start, m.end(), "body", name), m.end()
            while out and out[-1].start >= actor.start:
                out.pop()
        elif actor.start < police_end:
            continue   # the place inside the name ("Donetsk") is no actor of its own
        out.append(actor)
    return out


# a listed body's name goes on with the state or armed forces it belongs to: "the Air Force Command of the Armed Forces
# of Ukraine", "the Defence Ministry of the Russian Federation" (not three speakers: the body, the armed forces, Ukraine)
_OF_STATE_RX = regex.compile(r"\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+(?:the\s+)?)?(?P<state>Ukraine|Russian\s+Federation|Russia)"
                             r"(?![\p{L}\p{M}'’-])")


def _of_state(actors: list[Actor], text: str) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if out and out[-1].kind == "body" and actor.start < out[-1].end:
            continue   # the armed forces or the state inside a body's name
        if actor.kind == "body" and (m := _OF_STATE_RX.match(text, actor.end)) is not None:
            nation = "Ukraine's" if m.group("state") == "Ukraine" else "Russia's"
            name = actor.name
            if name.startswith(("Ukraine's ", "Russia's ")):
                name = _national(name.split(" ", 1)[1], nation)
            actor = Actor(actor.start, m.end(), "body", name)
        out.append(actor)
    return out


def find_actors(text: str, lines) -> list[Actor]:
    """Every actor of the text, in text order, adjacent names of one body merged."""
    runs: dict = {}
    actors = [a for a in (_actor(m, runs) for m in ACTOR_SCAN.scan(text, lines)) if a is not None]
    if UNIT_HEADS and ("of Ukraine" in text or "of Russia" in text):
        actors = unit_of_nations_body(actors, text)
    if any(head in text for head in UNIT_HEADS):
        actors = quoted_unit_name(actors, text)
    if "olice of" in text or "olice in" in text:
        actors = _police_of(actors, text)
    if " of " in text:
        actors = _of_state(actors, text)
    from extract.acronymbodies import acronym_actors   # (it builds Actors: imported here, not above)
    return acronym_actors(_merge_adjacent(actors, text), text)
