"""DocContext + a figure's span → who the article attributes the figure to ("Vitali Klitschko", "Ukraine's Air Force")."""
from __future__ import annotations

import bisect
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
LOWER_HEADS = _longest_first(_RULES["body_heads"]["lower"])
TITLES = set(_RULES["titles"]["words"])
PEOPLE = _RULES["people"]
OUTLETS = set(_RULES["outlets"]["names"])
METONYMS = _RULES["metonyms"]
GROUP_NAMES = {k.lower(): v for k, v in _RULES["group_names"].items()}
UN_FAMILY = set(_RULES["un_family"]["bodies"])
NATION_WORDS = {w: nation for nation in ("ua", "ru") for w in _RULES["nations"][nation]}
UA_DEFAULT = set(_RULES["nations"]["ua_default"])
ROLES = _RULES["roles"]
PERSON_PRONOUNS = set(_RULES["pronouns"]["person"])
BODY_PRONOUNS = set(_RULES["pronouns"]["body"])
NOT_NAMES = set(_RULES["not_names"]["words"])
LEADING_WORDS = _RULES["not_names"]["leading"]
ABBREVIATIONS = _RULES["not_names"]["abbreviations"]
NATION_PREFIX = r"(?:(?:Ukraine's|Ukraine’s|Ukrainian|Russia's|Russia’s|Russian)\s+)"
# A capitalised word; a Title Case speech verb in a headline ("Klitschko Says 40% ...") ends the run instead.
CAP = (r"(?:(?:\L<abbr>)(?!\p{L})|(?!(?:\L<title_verbs>)\b)\p{Lu}[\p{L}\p{M}\-]*+(?:['’](?!s\b)\p{L}[\p{L}\p{M}\-]*+)?)")
ACTOR_RX = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(?:"
    r"(?P<body>" + NATION_PREFIX + r"?\L<bodies>(?!\s+\p{Lu}|['’]s\s+\p{Lu}))"
    r"|(?P<group>(?i:(?:the\s+)?\L<groups>))"
    r"|(?P<lowerbody>(?i:the\s+|its\s+|city's\s+|region's\s+)?" + NATION_PREFIX + r"?\L<lower>)"
    r"|(?P<pronoun>\L<pronouns>)(?![\p{L}\p{M}-])"
    r"|(?P<run>(?!(?:\L<leading>)\s)" + NATION_PREFIX + r"?" + CAP
    + r"(?:(?:\s+(?:(?:of|for|and|de)\s+(?:the\s+)?)?|['’]s\s+(?=Office|Service))" + CAP + r")*+"
    r"(?P<runlower>\s+\L<lower>)?)"
    r"|(?P<role>(?i:the)\s+(?:(?:regional|local|city|acting|region's|oblast|city's)\s+)?(?:governor|mayor|president"
    r"|minister|ministry|agency|mission|service|report|regional\s+head|head\s+of\s+the\s+region"
    r"|head\s+of\s+the\s+(?:regional|oblast|city)(?:\s+military|\s+state)?\s+administration))"
    r")(?![\p{L}\p{M}-])",
    bodies=_longest_first(BODY_ALIASES), abbr=_longest_first(ABBREVIATIONS), lower=LOWER_HEADS,
    groups=_longest_first(_RULES["groups"]["words"]), pronouns=list(PERSON_PRONOUNS | BODY_PRONOUNS),
    leading=LEADING_WORDS, title_verbs=[v.title() for v in _RULES["verbs"]["before_speaker"]],
)
GAP = (r"(?:\s*+\([^()]{1,60}\))?(?:\s++(?:\L<gap>)\b)*+(?P<appos>\s*+,[^,;:.]{1,160}?,)?(?:\s*+,\s*+who\b)?"
       r"(?:\s*+,)?(?:\s++(?:\L<gap>)\b)*+\s*+")
_VERBS = _RULES["verbs"]["after_speaker"]
VERB_AFTER_RX = regex.compile(r"^" + GAP + r"(?:\L<verbs>)\b", gap=_longest_first(_RULES["gaps"]["between"]),
                              verbs=_longest_first(_VERBS + [v.title() for v in _VERBS]))
INVERTED_RX = regex.compile(
    r"(?:(?:^|[,\"”’:;]|\s[-–—])\s*(?:\L<inverted>)(?:\s+on\s+\w+)?)\s+(?:(?:\L<lead>|\p{Lu}[\p{L}.'’-]*)\s+){0,5}$",
    inverted=_longest_first(_RULES["verbs"]["before_speaker"]), lead=_longest_first(_RULES["gaps"]["lead_ins"]))
PREPOSITION_RX = regex.compile(
    r"(?:(?i:\b(?:\L<preps>))|\b(?:\L<by_after>)(?:\s+\S+){0,4}?\s+by)"
    r"\s+(?:(?:\L<lead>|\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}.'’-]*)\s+){0,5}$",
    preps=_longest_first(_RULES["verbs"]["prepositions"]), by_after=_longest_first(_RULES["verbs"]["by_after"]),
    lead=_longest_first(_RULES["gaps"]["lead_ins"]))
# After an inverted speaker the clause ends: "..., said Kyrylo Tymoshenko." but not "..., said Russia fired 38".
CLAUSE_END_RX = regex.compile(r"^\s*(?:[,.;:)\"”]|$|\s(?:on|in|at|during|late|earlier|later|after)\s)")
POSSESSIVE_RX = regex.compile(r"^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:\L<nouns>)\b", nouns=_RULES["possessive"]["nouns"])
COLON_RX = regex.compile(r"^\s*:")
LINE_LEAD_RX = regex.compile(r"^(?:[-–—•*]\s*)?(?:UPDATE,?\s+[^-–—]{0,40}[-–—]\s*)?(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?"
                             r"(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,4}$")
LIST_ITEM_RX = regex.compile(r"\s*(?:[-–—•*]\s|[^.!?]{0,60}[:—–‒-]\s*(?:\p{L}+\s+){0,2}[\d(])")
DASH_CREDIT_RX = regex.compile(r"\s[-–—]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$")   # headline "... - Klitschko"
MERGE_GAP_RX = regex.compile(r"^\s*(?:in\s+\p{Lu}\p{L}+\s*)?\(?\s*$|^\s*\([^()]{1,20}\)\s*\(?\s*$")
# A sentence that opens on a new place starts a new report; it does not continue the last speaker's.
SCENE_CHANGE_RX = regex.compile(r"\W*(?:In|Across|Elsewhere\s+in|Meanwhile\s+in|Further\s+\w+\s+in)\s+(?:the\s+)?\p{Lu}\p{Ll}+,")
SOURCE_LINE_RX = regex.compile(r"(?m)^Source:\s*")
NAME_WORD_RX = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’\-]*\p{Ll}")


@dataclass
class Actor:
    start: int
    end: int
    kind: str         # person | surname | body | group | role | pronoun
    name: str         # resolved claimant text ("" for pronouns and roles until resolved)
    role: str = ""    # governor | mayor | president | ... for people
    bare: bool = False   # a body named without its nation or place ("the Air Force", "the regional administration")


@dataclass
class DocClaimants:
    actors: list[Actor]
    surnames: dict[str, str] = field(default_factory=dict)   # surname → full name
    links: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, claimant) of each attribution
    source: str | None = None   # "Source: X" line naming the article's source
    link_starts: list[int] = field(default_factory=list)   # links' start offsets, for bisection


def _role_of(context: str) -> str:
    context = context.lower()
    for role, cues in ROLES.items():
        if any(cue in context for cue in cues):
            return role
    return ""


def _national(name: str, nation_word: str | None) -> str:
    """The body's name with its nation as the text gives it ("Ukrainian Air Force", "Russia's Defense Ministry")."""
    base = name.removeprefix("Ukraine's ").removeprefix("Russia's ")
    if nation_word in ("Ukrainian", "Russian"):
        return f"{nation_word} {base}"
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
    return _national(BODY_ALIASES.get(rest, rest), nation_word)


def _split_run(text: str, start: int, end: int, has_lower_body: bool) -> tuple[str, str, int]:
    """A capitalised run → (kind, cleaned text, start offset of the cleaned text); kind "" when no speaker."""
    tokens = [(m.start(), m.group()) for m in regex.finditer(r"\S+", text[start:end])]
    while tokens and (tokens[0][1] in NOT_NAMES or tokens[0][1].lower() in ("of", "for", "and", "the", "on")):
        tokens.pop(0)
    if not tokens:
        return "", "", start
    words = [w for _, w in tokens]
    cleaned = " ".join(words)
    begin = start + tokens[0][0]
    for i in range(len(words)):   # a known body at the end: "Ukraine's Air Force", "the UN refugee agency UNHCR"
        if " ".join(words[i:]) in BODY_ALIASES:
            first = max(i - 1, 0) if i and words[i - 1] in NATION_WORDS else i
            return "body", _body(" ".join(words[first:])), start + tokens[first][0]
    # A name at the end of the run, after titles, places and bodies: "Kharkiv Oblast Governor Oleh Syniehubov".
    name_words: list[str] = []
    for word in reversed(words):
        if (word in TITLES or word in BODY_HEADS or word in PLACE_NAMES or word in NOT_NAMES
                or word in NATION_WORDS or not NAME_WORD_RX.fullmatch(word)):
            break
        name_words.insert(0, word)
    name_start = start + tokens[len(words) - len(name_words)][0] if name_words else begin
    if 2 <= len(name_words) <= 3 and not has_lower_body:
        return "person", " ".join(name_words), name_start
    if has_lower_body or any(w in BODY_HEADS for w in words):
        return "body", _body(cleaned), begin
    if len(name_words) == 1 and len(name_words[0]) >= 3:
        return "surname", name_words[0], name_start
    if len(words) == 1 and words[0] in METONYMS:
        return "group", METONYMS[words[0]], begin
    return "", "", start


def _actor(m: regex.Match, text: str) -> Actor | None:
    if m.group("body"):
        phrase = m.group("body")
        return Actor(m.start(), m.end(), "body", _body(phrase), bare=phrase.split()[0] not in NATION_WORDS)
    if m.group("run"):
        kind, cleaned, start = _split_run(text, m.start(), m.end(), bool(m.group("runlower")))
        return Actor(start, m.end(), kind, cleaned) if kind else None
    if m.group("lowerbody"):
        phrase = regex.sub(r"^(?i:the|its|city's|region's)\s+", "", m.group("lowerbody"))
        if phrase.lower() == "ministry":
            return Actor(m.start(), m.end(), "role", "ministry")
        return Actor(m.start(), m.end(), "body", GROUP_NAMES.get("the " + phrase.lower(), _body(phrase)),
                     bare=phrase.split()[0] not in NATION_WORDS)
    if m.group("group"):
        phrase = m.group("group")
        return Actor(m.start(), m.end(), "group", GROUP_NAMES.get(phrase.lower(), phrase))
    if m.group("role"):
        phrase = m.group("role").lower()
        role = next((r for r in ("governor", "mayor", "president", "minister", "ministry", "agency", "mission",
                                 "service", "report") if r in phrase), "")
        if not role:   # "the head of the regional administration", "the regional head"
            role = "mayor" if "city" in phrase else "governor"
        return Actor(m.start(), m.end(), "role", role)
    if m.group("pronoun"):
        return Actor(m.start(), m.end(), "pronoun", m.group("pronoun").lower())
    return None


def _merge_adjacent(actors: list[Actor], text: str) -> list[Actor]:
    """"United Nations (U.N.) Office of the High Commissioner (OHCHR)" is one body: the most specific name wins."""
    merged: list[Actor] = []
    for actor in actors:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "body" and actor.kind == "group"
                and regex.fullmatch(r"\s+in\s+", text[prev.end:actor.start])):
            continue   # "the Monitoring Mission in Ukraine (HRMMU)": the place belongs to the body's name
        if (prev is not None and prev.kind == "body" and actor.kind == "body"
                and MERGE_GAP_RX.match(text[prev.end:actor.start])):
            known = actor.name in _RULES["bodies"] or actor.name.removeprefix("Ukraine's ") in _RULES["bodies"]
            name = actor.name if known or prev.name == "UN" else prev.name
            merged[-1] = Actor(prev.start, actor.end + (1 if text[actor.end:actor.end + 1] == ")" else 0), "body", name)
            continue
        merged.append(actor)
    return merged


def _doc_claimants(ctx: DocContext) -> DocClaimants:
    cached = ctx.__dict__.get("_claimants")
    if cached is not None:
        return cached
    text = ctx.text
    actors = []
    for line_start, line_end in ctx.lines:   # line by line, so the timeout backstop is per line
        try:
            matches = list(ACTOR_RX.finditer(text, line_start, line_end, timeout=TIMEOUT))
        except TimeoutError:
            continue   # a pathological line loses its speakers, the article keeps the rest
        actors += [a for a in (_actor(m, text) for m in matches) if a is not None]
    doc = DocClaimants(_merge_adjacent(actors, text))
    for actor in doc.actors:
        if actor.kind == "person":
            sent_start, sent_end = ctx.sentence_at(actor.start)
            actor.role = _role_of(text[max(sent_start, actor.start - 80):min(sent_end, actor.end + 90)])
            doc.surnames.setdefault(actor.name.split()[-1], actor.name)
    _resolve_all(doc, ctx)
    doc.link_starts = [link[0] for link in doc.links]
    source = SOURCE_LINE_RX.search(text, 0, len(text) // 2)   # a credit line under the lead, not a footer
    if source:
        lo = bisect.bisect_left(doc.actors, source.end(), key=lambda a: a.start)
        following = [a for a in doc.actors[lo:lo + 3] if a.start < source.end() + 40 and a.name
                     and a.name not in OUTLETS]
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
    last_un = "UN"
    last_body_actor: Actor | None = None
    full_forms: dict[str, str] = {}   # body name without nation → the fullest form the article gave
    covered_until = -1   # end of a speaker's appositive: bodies named inside it are not the speaker
    for actor in doc.actors:
        if actor.kind == "surname":
            # A lone capitalised word is a speaker only when the article or the people list knows the surname.
            actor.name = doc.surnames.get(actor.name) or PEOPLE.get(actor.name) or ""
            actor.kind = "person"
        elif actor.kind == "role":
            if actor.name in ("ministry", "agency", "mission", "service", "report"):
                actor.name = last_body.get(actor.name, "") if actor.name != "report" else (last_speaker_body or "")
            else:
                actor.name = by_role.get(actor.name, "")
        elif actor.kind == "pronoun":
            if actor.name in ("he", "she"):
                same_sentence = last_person is not None and ctx.sentence_at(last_person.start) == ctx.sentence_at(actor.start)
                actor.name = (last_person.name if same_sentence else last_speaker_person
                              or (last_person.name if last_person else ""))
            else:
                same_sentence = last_body_actor is not None and ctx.sentence_at(last_body_actor.start) == ctx.sentence_at(actor.start)
                actor.name = last_body_actor.name if same_sentence else (last_speaker_body or "")
        if actor.kind == "body" and actor.name == "UN":
            actor.name = last_un
        if actor.kind == "person" and actor.name:
            last_person = actor
            if actor.role:
                by_role[actor.role] = actor.name
        if actor.kind == "body" and actor.name:
            _complete_body(actor, full_forms)
        if actor.kind in ("body", "group") and actor.name:
            last_body_actor = actor
        if actor.kind == "body":
            if actor.name in UN_FAMILY:
                last_un = actor.name
            for head in ("ministry", "agency", "mission", "service"):
                if head in actor.name.lower():
                    last_body[head] = actor.name
        if not actor.name or actor.start < covered_until:
            continue
        speech = _speech(actor, text)
        if speech is not None:
            appositive = speech.group("appos") if "appos" in speech.groupdict() else None
            if appositive and actor.kind != "person" and _names_person(doc, actor.end, actor.end + len(appositive)):
                continue   # "the head of the administration, Oleh Syniehubov, said": the person speaks
            if appositive:
                covered_until = actor.end + speech.end()
            doc.links.append((actor.start, actor.end, actor.name))
            if actor.kind == "person":
                last_speaker_person = actor.name
            elif actor.kind == "body":
                last_speaker_body = actor.name


def _base(name: str) -> str:
    return name.removeprefix("Ukraine's ").removeprefix("Russia's ").removeprefix("Ukrainian ").removeprefix("Russian ")


def _complete_body(actor: Actor, full_forms: dict[str, str]) -> None:
    """"the Air Force" → the article's "Ukrainian Air Force"; "the regional military administration" → the
    "Kharkiv Oblast Military Administration" named earlier. Fuller names are remembered for later mentions."""
    base = _base(actor.name)
    if not actor.bare:
        full_forms[base.lower()] = actor.name
        return
    if base.lower() in full_forms:
        actor.name = full_forms[base.lower()]
        return
    words = base.lower().split()
    if words and words[0] in ("regional", "city", "oblast", "municipal"):
        head = " ".join(words[1:])
        place_word = {"regional": ("oblast", "regional", "region"), "oblast": ("oblast", "regional", "region"),
                      "city": ("city",), "municipal": ("city",)}[words[0]]
        for written in reversed(list(full_forms.values())):
            low = written.lower()
            if head and low.endswith(head) and any(w in low.split() for w in place_word):
                actor.name = written
                return


def _names_person(doc: DocClaimants, start: int, end: int) -> bool:
    lo = bisect.bisect_left(doc.actors, start, key=lambda a: a.start)
    hi = bisect.bisect_left(doc.actors, end, key=lambda a: a.start)
    return any(a.kind == "person" and a.end <= end for a in doc.actors[lo:hi])


def _speech(actor: Actor, text: str) -> regex.Match | None:
    """The cue that makes actor a speaker ("X said", "according to X", "X:" opening a line), or None."""
    after = text[actor.end:actor.end + 200]
    found = VERB_AFTER_RX.match(after) or POSSESSIVE_RX.match(after)
    if found:
        return found
    before = text[max(0, actor.start - 80):actor.start]
    found = PREPOSITION_RX.search(before)
    if found:
        return found
    found = INVERTED_RX.search(before)
    if found and CLAUSE_END_RX.match(after):
        return found
    line_start = text.rfind("\n", 0, actor.start) + 1
    found = COLON_RX.match(after)
    if found and LINE_LEAD_RX.match(text[line_start:actor.start]):
        return found
    line_end = text.find("\n", actor.end)
    if not text[actor.end:line_end if line_end >= 0 else len(text)].strip(" ."):
        return DASH_CREDIT_RX.search(text[line_start:actor.start])
    return None


def _links_in(doc: DocClaimants, start: int, end: int) -> list[tuple[int, int, str]]:
    """Links inside [start, end); links are in text order, so this is a bisection, not a scan."""
    lo = bisect.bisect_left(doc.link_starts, start)
    hi = bisect.bisect_left(doc.link_starts, end)
    return [link for link in doc.links[lo:hi] if link[1] <= end]


def _last_link(doc: DocClaimants, start: int, end: int) -> tuple[int, int, str] | None:
    """The last link inside [start, end), found by bisection."""
    i = bisect.bisect_left(doc.link_starts, end) - 1
    while i >= 0 and doc.links[i][0] >= start:
        if doc.links[i][1] <= end:
            return doc.links[i]
        i -= 1
    return None


def _unit(ctx: DocContext, offset: int) -> tuple[int, int]:
    """The sentence holding offset, joined with the next ones while it ends in ";" or ":" inside one line."""
    i = ctx.sentence_index(offset)
    start, end = ctx.sentences[i] if ctx.sentences else (0, len(ctx.text))
    _, line_end = ctx.line_at(offset)
    while i + 1 < len(ctx.sentences) and ctx.sentences[i + 1][1] <= line_end and (
            ctx.text[end - 1:end] in (";", ":") or ctx.text.endswith(tuple(ABBREVIATIONS), 0, end)):
        i += 1
        end = ctx.sentences[i][1]
    return start, end


def _generic(name: str) -> bool:
    return name.lower().removeprefix("the ") in ("authorities", "officials", "regional authorities", "local authorities",
                                                 "regional officials", "local officials")


def claimant(ctx: DocContext, span_start: int, span_end: int) -> str | None:
    """Who the figure at text[span_start:span_end] is attributed to, or None when the outlet states it itself."""
    doc = _doc_claimants(ctx)
    text = ctx.text
    unit_start, unit_end = _unit(ctx, span_start)
    links = _links_in(doc, unit_start, max(unit_end, span_end))
    if links:
        def distance(link):
            gap = (span_end, link[0]) if link[0] >= span_end else (link[1], span_start)
            # a statement after a semicolon is another speaker's
            return max(gap[1] - gap[0], 0) + (300 if ";" in text[gap[0]:gap[1]] else 0)
        name = min(links, key=distance)[2]
        return doc.source if doc.source and _generic(name) else name
    line_start, _ = ctx.line_at(span_start)
    earlier = _last_link(doc, line_start, unit_start)
    if earlier and not SCENE_CHANGE_RX.match(text, unit_start):
        return earlier[2]
    return _from_list_intro(ctx, doc, line_start) or _from_section_lead(ctx, doc, line_start) or doc.source


def _from_list_intro(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A list item ("- Cherkasy region: 242,000") takes the speaker of the paragraph that introduces the list."""
    i = ctx._index(ctx.lines, line_start)
    if not LIST_ITEM_RX.match(ctx.text, *ctx.lines[i]):
        return None
    j = i - 1
    while j >= 0 and i - j <= 30 and LIST_ITEM_RX.match(ctx.text, *ctx.lines[j]):
        j -= 1
    # the intro lines end with ":"; the speaker is the first one named in them or the paragraph before them
    while j >= 0 and i - j <= 34:
        start, end = ctx.lines[j]
        lo = bisect.bisect_left(doc.link_starts, start)
        if lo < len(doc.links) and doc.links[lo][1] <= end:
            return doc.links[lo][2]
        if not ctx.text[max(start, end - 4):end].rstrip().endswith((":", ':"', ":”")):
            return None
        j -= 1
    return None


def _from_section_lead(ctx: DocContext, doc: DocClaimants, line_start: int) -> str | None:
    """A figure under a short heading ("Kharkiv region") in a report whose lead names its source."""
    i = ctx._index(ctx.lines, line_start)
    for j in range(i - 1, max(i - 3, -1), -1):
        start, end = ctx.lines[j]
        if end - start > 80:
            continue   # a heading is short; long lines are not copied
        heading = ctx.text[start:end].strip()
        if (len(heading.split()) <= 4 and not heading.endswith((".", ":", "!", "?"))
                and any(word in PLACE_NAMES for word in heading.split())):
            earlier = _last_link(doc, 0, start)
            return earlier[2] if earlier else None
    return None
