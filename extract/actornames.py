"""Actors + article text → the names an article gives bodies (acronym or written-out form), a nation's body named
in full for its short form, and a bare mention completed to the fuller name the article gave before."""
from __future__ import annotations

import regex

from extract.actors import _RULES, BODY_ALIASES, NATION_PREFIX, NATION_WORDS, OUTLETS, Actor
from extract.gazetteer import NAMES as PLACE_NAMES


# Bodies the vocabulary knows by an acronym ("HRMMU", "OHCHR", "SES"): an article may name them either way.
ACRONYM_RX = regex.compile(r"\p{Lu}{2,}")
ACRONYM_WORD_RX = regex.compile(r"(?<![\p{L}.])\p{Lu}{2,}(?!\p{L})")
# (a city's office keeps its city's name: "KCMA" is shown as the Kyiv City Military Administration)
ABBREVIATED = {canonical for canonical, aliases in _RULES["bodies"].items()
               if canonical not in OUTLETS and canonical != "UN" and any(ACRONYM_RX.fullmatch(a) for a in aliases)
               and canonical.split()[0] not in PLACE_NAMES}
WRITTEN_LEAD_RX = regex.compile(r"^(?:(?i:the|its)\s+)?(?:" + NATION_PREFIX + r")?")
UN_BEFORE_RX = regex.compile(r"(?<![\p{L}.])(?:UN|U\.N\.|United\s+Nations)(?:\s+\p{Ll}[\p{L}-]*+){0,3}\s+$")
# the names a body is written out by ("state emergency service"), not its acronym or a bare "the mission"
LONG_FORMS = {name: [a.lower() for a in _RULES["bodies"][name] if " " in a and not ACRONYM_WORD_RX.search(a)
                     and not a.lower().startswith("the ")] for name in ABBREVIATED}
BRACKETED_RX = regex.compile(r"\(\p{Lu}{2,}\)")
SMALL_WORDS = {"of", "the", "for", "in", "and", "on", "to", "de"}


# the capitalised name a bracketed acronym follows: "the UN Human Rights Monitoring Mission in Ukraine (HRMMU)"
NAME_BEFORE_BRACKET_RX = regex.compile(r"(?:(?:\p{Lu}[\p{L}.'’-]*+|of|the|for|in|on|and|de)\s++){2,12}$")


def introduced_name(text: str, bracket: int, acronym: str) -> str | None:
    """"… the UN Human Rights Monitoring Mission in Ukraine (HRMMU) said" → "UN Human Rights Monitoring Mission in
    Ukraine (HRMMU)": a reader knows the body by the full name the article introduces it with, the acronym kept beside
    it for its later mentions; None when the words before the bracket do not spell the acronym's letters."""
    before = NAME_BEFORE_BRACKET_RX.search(text, max(0, bracket - 120), bracket)
    if not before:
        return None
    words = before.group().split()
    # the shortest run of words ending at the bracket whose initials hold the acronym's letters in order ("On Friday the"
    # is not part of the name), widened by the "UN" / "United Nations" that heads a UN body's name
    start = next((i for i in range(len(words) - 1, -1, -1) if words[i][0].isupper() and spells(acronym, words[i:])), None)
    if start is None or len(words) - start < 2:
        return None
    if start >= 1 and words[start - 1] in ("UN", "U.N."):
        start -= 1
    elif start >= 2 and words[start - 2:start] == ["United", "Nations"]:
        start -= 2
    words = words[start:]
    if all(w.isupper() or w in SMALL_WORDS for w in words):
        return None   # a heading set in capitals ("INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM)"): the acronym
    return " ".join(words) + f" ({acronym})"


def spells(acronym: str, words: list[str]) -> bool:
    letters = iter(acronym.lower())
    wanted = next(letters, None)
    for word in words:
        if wanted is not None and word[0].lower() == wanted:
            wanted = next(letters, None)
    return wanted is None


def display_names(actors: list[Actor], text: str) -> dict[str, str]:
    """Body (vocabulary name) → the name this article gives it: the acronym where the article uses one
    ("… in Ukraine (HRMMU)", "HRMMU reported"), otherwise, for a body the vocabulary calls by an acronym,
    its long name as the article writes it, in title case ("UN Human Rights Monitoring Mission")."""
    shown: dict[str, str] = {}
    # a body written out in full ("the State Emergency Service said") keeps that name when the article only uses the
    # acronym in passing ("psychologists of the SES"); the acronym it introduces in brackets is the name it goes by
    long_form = {a.name for a in actors if a.kind == "body" and a.name in ABBREVIATED
                 and not ACRONYM_WORD_RX.search(text, a.start, a.end)
                 and any(form in text[a.start:a.end].lower() for form in LONG_FORMS[a.name])}
    for m in ACRONYM_WORD_RX.finditer(text):
        canonical = BODY_ALIASES.get(m.group())
        if canonical in ABBREVIATED and (canonical not in long_form or BRACKETED_RX.match(text, m.start() - 1)):
            introduced = BRACKETED_RX.match(text, m.start() - 1) and introduced_name(text, m.start() - 1, m.group())
            shown.setdefault(canonical, introduced or (canonical if ACRONYM_RX.fullmatch(canonical) else m.group()))
    written_forms: dict[str, list[str]] = {}
    for actor in actors:
        if (actor.kind == "body" and actor.name in ABBREVIATED and actor.name not in shown
                and ACRONYM_RX.fullmatch(actor.name)):
            # "the UN human rights monitoring mission": the UN's name and descriptive words before the alias
            un = UN_BEFORE_RX.search(text, max(0, actor.start - 60), actor.start)
            written = [w.removesuffix("'s").removesuffix("’s") if w.startswith(("UN", "U.N.")) else w
                       for w in WRITTEN_LEAD_RX.sub("", text[un.start() if un else actor.start:actor.end]).split()]
            if len(written) >= 2:   # "the mission" alone does not name the body
                written_forms.setdefault(actor.name, []).append(
                    " ".join(w if (i and w in SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:]
                             for i, w in enumerate(written)))
    # "the UN reported", "the U.N. said": a reader names the body in full, as the article would when it writes it out
    if any(a.kind == "body" and a.name == "UN" for a in actors):
        shown["UN"] = "United Nations"
    for name, forms in written_forms.items():
        shown[name] = max(forms, key=lambda form: len(form.split()))   # the fullest form the article gives
    return shown


def same_nation_body(name: str, full_forms) -> str | None:
    """"Russian ministry" (a nation's adjective before a lower-case body) → the one body of that nation named in full
    before whose name it ends ("Russia's Defence Ministry"); None when there is none, or several (Defence and Health:
    which one the text does not say)."""
    nation, _, head = name.partition(" ")
    if not NATION_WORDS.get(nation) or not head.islower():
        return None
    named = {written for written in full_forms if (parts := written.partition(" "))
             and NATION_WORDS.get(parts[0]) == NATION_WORDS[nation] and parts[2].lower().endswith(head) and parts[2].lower() != head}
    return named.pop() if len(named) == 1 else None


def nation_free(name: str) -> str:
    return name.removeprefix("Ukraine's ").removeprefix("Russia's ").removeprefix("Ukrainian ").removeprefix("Russian ")


def complete_body(actor: Actor, full_forms: dict[str, str]) -> None:
    """"the Air Force" → the article's "Ukrainian Air Force"; "the regional military administration" → the
    "Kharkiv Oblast Military Administration" named earlier. Fuller names are remembered for later mentions."""
    base = nation_free(actor.name)
    if named := same_nation_body(actor.name, full_forms.values()):
        actor.name = named   # "the Russian ministry" after "Russia's Defence Ministry"
        return
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
        return
    # "the border guard" after "the Polish Border Guard": the body named in full whose name it ends
    for written in reversed(list(full_forms.values())):
        if written.lower().endswith(" " + base.lower()):
            actor.name = written
            return
    # a known body by its proper name without a nation ("the State Emergency Service"): the full form a later head
    # alone ("according to the Service") ends
    if " " in base and all(w[:1].isupper() for w in base.split()):
        full_forms.setdefault(base.lower(), actor.name)


# a nation's forces told again without the nation: "the military said" after "Ukraine's armed forces said"
_FORCES_AGAIN = ("the military", "the armed forces", "the army")


def forces_named_before(actor: Actor, text: str, spoke: list[str]) -> str | None:
    """"the military" / "the armed forces" → the nation's armed forces or military the article made speak before
    ("Ukraine's armed forces said"), else None (the vocabulary's default name stays)."""
    if text[actor.start:actor.end].lower() not in _FORCES_AGAIN or not spoke:
        return None
    return spoke[-1]


# a capital speaking for its state: the state's body named before it in its sentence ("Russia's Defence Ministry described the strike
# as retaliation for a raid during which, Moscow said, two civilians were shot dead")
_CAPITAL_NATION = {"Moscow": ("Russia's ", "Russian "), "Kyiv": ("Ukraine's ", "Ukrainian "), "Kiev": ("Ukraine's ", "Ukrainian ")}


def capital_body(actor: Actor, text: str, last: Actor | None, sentences_apart: int) -> str | None:
    """"Moscow" / "Kyiv" → the body of its state named last in the same sentence, else None (a body named in the sentence
    before may be a target: "Kalibr missiles struck a meeting of Ukraine's air force command. Kyiv says 23 died")."""
    prefixes = _CAPITAL_NATION.get(text[actor.start:actor.end])
    if not prefixes or last is None or last.kind != "body" or sentences_apart > 0 or not last.name.startswith(prefixes):
        return None
    return last.name


# bodies a bare "the mission" may stand for ([missions] in claimants.toml)
MISSIONS = frozenset(_RULES["missions"]["bodies"])
_BARE_MISSION_RX = regex.compile(r"(?i:the\s+)?[Mm]ission")


def mission_named_before(actor: Actor, text: str, last_mission: str | None) -> str:
    """"the mission" → the monitoring mission named last before it ("the DPR's representation in the JCCC ... the mission
    said": the JCCC), else the vocabulary's reading; a mission named by its name keeps it."""
    if last_mission and _BARE_MISSION_RX.fullmatch(text, actor.start, actor.end):
        return last_mission
    return actor.name


_UTILITIES = _RULES["utilities"]
_UTILITY_ROLES = frozenset(_UTILITIES["roles"])
_UTILITY_NAME_RX = regex.compile(r"(?:" + "|".join(regex.escape(e) for e in _UTILITIES["name_ends"]) + r")$", regex.I)


def utility_named_before(name: str, utilities: list[str]) -> str:
    """"the regional power distributor" → the power utility named last before it ("Lvivoblenergo"; a regional role
    never the national grid operator), else the name as it is; a utility's own name is remembered in utilities."""
    if name.lower() in _UTILITY_ROLES:
        regional = name.lower().startswith("regional")
        return next((u for u in reversed(utilities) if not (regional and u in _UTILITIES["national"])), name)
    if _UTILITY_NAME_RX.search(name) or name in _UTILITIES["national"]:
        utilities.append(name)
    return name
