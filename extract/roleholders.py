"""A role credited in a sentence ("the regional governor said") + the article's actors → the person holding it, or the role as written; a speaker → the office they head."""
from __future__ import annotations

import regex

from extract.actors import _RULES, Actor
from extract.claimcues import (HEAD_OF_RX, NAME_GAP_RX, ROLE_APPOSITION_RX, SCENE_CHANGE_RX, SEPARATELY_RX, TAGGED_ROLE_RX,
                               TRAILING_VERB_RX, VERB_AFTER_RX)
from extract.context import DocContext
from extract.gazetteer import NAMES
from extract.regions import region_base

_ROLE_SPELLED = _RULES["role_phrases"]["spelled"]


# each holder by every way the article may write them: the surname and the people list's spellings ("Zelenskyy")
_SOLE_HOLDERS = {role: {name: regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(alias) for alias in
                        {name.split()[-1], *(k for k, v in _RULES["people"].items() if v == name)}) + r")(?!\p{L})")
                        for name in names}
                 for role, names in _RULES["sole_office_holders"].items()}


def sole_holder(role: str, text: str, before: int) -> str:
    """"the president wrote" after "Volodymyr Zelensky has admitted": the one holder of the office the article has
    named before the role; none when it named none or two ("Zelensky ... Putin ... the president said")."""
    if regex.sub(r"(?i)^the\s+", "", text[before:before + 40]).lower()[:len(role)] != role:
        return ""   # "the Russian president", "the country's president": a qualified office is someone else's
    holders = [name for name, rx in _SOLE_HOLDERS.get(role, {}).items() if rx.search(text, 0, before)]
    return holders[0] if len(holders) == 1 else ""


def role_as_written(phrase: str) -> str:
    """"the region's  governor" → "regional governor"."""
    words = phrase.split()
    words = words[1:] if words[0].lower() == "the" else words
    if len(words) == 4 and [w.lower() for w in words[:3]] == ["head", "of", "the"]:
        words = [words[3], "head"]   # "the head of the community" → "community head", as the office is titled
    return " ".join(_ROLE_SPELLED.get(word.lower(), word) for word in words)


def named_after(actors: list[Actor], i: int, text: str) -> str:
    """"according to the governor of Belgorod Oblast, Vyacheslav Gladkov, ...": the person a role introduces."""
    after = actors[i + 1] if i + 1 < len(actors) else None
    if after is not None and after.kind == "person" and ROLE_APPOSITION_RX.fullmatch(text, actors[i].end, after.start):
        return after.name
    return ""


def named_next(actors: list[Actor], i: int, ctx: DocContext) -> str:
    """"..., the regional governor said." then '"...," Oleh Kiper wrote': the untitled person speaking in the next
    sentence is the role's holder (news style names him once, after the credit); a person with a title of his own
    ("Kharkiv governor Oleh Synehubov said") or a new scene ("Separately, ...") is someone else."""
    text, role = ctx.text, actors[i]
    start = ctx.sentence_at(role.start)[0]
    if not (TAGGED_ROLE_RX.match(text, start, role.start) and TRAILING_VERB_RX.match(text, role.end)):
        return ""
    index = ctx.sentence_index(role.start)
    if index + 1 >= len(ctx.sentences):
        return ""
    next_start, next_end = ctx.sentences[index + 1]
    if SCENE_CHANGE_RX.match(text, next_start) or SEPARATELY_RX.match(text, next_start):
        return ""
    for after in actors[i + 1:]:
        if after.start < next_start:
            continue   # the rest of the credit's own sentence ("..., in the closest attack yet to a NATO member")
        if after.start >= next_end or after.kind not in ("person", "surname", "role"):
            break
        if after.kind == "person" and after.name and (verb := VERB_AFTER_RX.match(text[after.end:next_end])) and (
                not after.role or after.role == role.name and verb.group("appos") and _same_place(
                    verb.group("appos"), text[start:role.start])):
            # "Oleksandr Prokudin, head of the Kherson regional military administration, said": the title after the
            # name is the role's own, introduced once after the credit; a title before it names another holder
            return after.name
        break
    return ""


_CAPITALISED_RX = regex.compile(r"\b\p{Lu}[\p{L}'’-]+")


def _same_place(title: str, credited: str) -> bool:
    """"head of the Kherson regional military administration" holds the role credited in a sentence that names
    Kherson, or a town in its region: "Kremenchuk" for "the Poltava regional military administration" (or a title
    naming no place); one naming another region's is another holder."""
    places = [w for w in _CAPITALISED_RX.findall(title) if w.lower() not in ("head", "the", "chief")]
    if not places or any(regex.search(rf"\b{regex.escape(w[:5])}", credited) for w in places):
        return True
    regions = {region_base(w) for w in _CAPITALISED_RX.findall(credited)} - {None}
    return any(r.startswith(w[:5]) for r in regions for w in places)


_TITLE_OF_RX = regex.compile(r",\s*+(?:the\s++)?(?:[\p{Ll}-]++\s++){0,2}?(?:head|chief|spokes(?:man|woman|person)|commander|director|"
                             r"secretary|governor|mayor)\s++(?:of|for|at)\s++(?:the\s++)?")


# the office a head's title names: "the administration" said later is that office speaking
HEADED_OFFICE_RX = regex.compile(r"(?i)\bhead\s+of\s+the\s+((?:regional|oblast|city)(?:\s+military|\s+state)?\s+administration)$")


def title_body_end(actors: list[Actor], i: int, text: str) -> int:
    """"said Vadym Filashkin, the head of the regional administration, ...": the body after a speaker's title is
    who the speaker is, not a second speaker; the end of that body (else -1)."""
    after = actors[i + 1] if i + 1 < len(actors) else None
    if after is not None and after.kind == "body" and _TITLE_OF_RX.fullmatch(text, actors[i].end, after.start):
        return after.end
    return -1


def office_of_person(actors: list[Actor], i: int, text: str) -> str | None:
    """The administration or council a speaker heads: "the head of the Donetsk Regional Military Administration,
    Vadym Filashkin," or "Serhii Dobriak, head of the city military administration"."""
    end = title_body_end(actors, i, text)
    after = actors[i + 1] if end >= 0 else None
    before = actors[i - 1] if i > 0 else None
    for body in (after, before):
        if body is None or body.kind != "body" or not body.name:
            continue
        written = (body.name + " " + text[body.start:body.end]).lower()
        if "administration" not in written and "council" not in written:
            continue
        if body is after or (HEAD_OF_RX.search(text[max(0, body.start - 20):body.start])
                             and NAME_GAP_RX.fullmatch(text, body.end, actors[i].start)):
            return body.name
    return None


def own_office(actor: Actor, ctx: DocContext, last_at: dict[str, int], speakers_office: str | None) -> str | None:
    """"according to the administration" far from any administration named: the office of the last speaker who heads
    one (a regional summary quoting its head, after a town's own administration came up paragraphs before)."""
    if not speakers_office or actor.name not in speakers_office.lower():
        return None
    named_at = last_at.get(actor.name, -1)
    if named_at >= 0 and ctx.sentence_index(actor.start) - ctx.sentence_index(named_at) <= 1:
        return None   # named in this sentence or the one before: "the administration" is that one
    return speakers_office


# "his administration" after a governor or mayor: the office he heads, named as reporters name it (a place-less
# office takes the figure's place: "Zhytomyr regional military administration")
_HIS_OFFICE_RX = regex.compile(r"\s++(?:(?:regional|oblast|city|military|state)\s++){0,2}administration\b")
_HEADED_OFFICES = {"governor": "regional military administration", "mayor": "city military administration"}


def headed_office(pronoun: Actor, text: str, by_role: dict[str, str]) -> tuple[str, int] | None:
    """"According to his administration, ...": (the office, its end) the governor or mayor "his" stands for heads,
    when the article made him one; None for anyone else."""
    if text[pronoun.start:pronoun.end].lower() not in ("his", "her") or not (office := _HIS_OFFICE_RX.match(text, pronoun.end)):
        return None
    held = next((role for role, holder in by_role.items() if holder == pronoun.name), "")
    return (_HEADED_OFFICES[held], office.end()) if held in _HEADED_OFFICES else None


# a police force's members speaking for it ("Officers said ..."), right after the force was named
_FORCE_MEMBERS = ("Officers", "Policemen", "Investigators")


def force_speaking(written: str, actor: Actor, ctx: DocContext, last_body: dict[str, str], last_body_at: dict[str, int]) -> str | None:
    """The police force named in this sentence or the one before, when its members speak ("Officers said ...")."""
    if written not in _FORCE_MEMBERS or not (police := last_body.get("police")):
        return None
    return police if ctx.sentence_index(actor.start) - ctx.sentence_index(last_body_at["police"]) <= 1 else None


# an emergency service's crews speaking for it ("According to the rescuers, 13 people died"), right after it was named
_CREW_WORDS = frozenset(_RULES["crews"]["words"])


def crew_speaking(actor: Actor, ctx: DocContext, last_body: dict[str, str], last_body_at: dict[str, int]) -> str | None:
    """The emergency service named in this sentence or the one before, when its crews speak; else None."""
    service = last_body.get("service", "")
    if actor.name.lower() not in _CREW_WORDS or "emergenc" not in service.lower():
        return None
    return service if 0 <= ctx.sentence_index(actor.start) - ctx.sentence_index(last_body_at["service"]) <= 1 else None


_PORTFOLIO = r"(?P<portfolio>(?i:" + "|".join(sorted(_RULES["ministries"]["portfolios"], key=len, reverse=True)) + r"))"
_MINISTER_NATION = r"(?:(?P<nation>Ukraine['’]s|Ukrainian|Russia['’]s|Russian)\s++)?"
# the title before the name ("Russian Defence Minister Sergei Shoigu") or after it (", Ukraine's interior minister,")
_MINISTER_BEFORE_RX = regex.compile(_MINISTER_NATION + _PORTFOLIO + r"\s++[Mm]inister\s++$")
_MINISTER_AFTER_RX = regex.compile(r",\s++(?:the\s++)?" + _MINISTER_NATION + _PORTFOLIO + r"\s++[Mm]inister\b")


def ministry_of(person: Actor, text: str, aliases: dict[str, str]) -> str | None:
    """The ministry a minister's title names ("Russia's Defence Ministry" for "Russian Defence Minister Sergei Shoigu"),
    by the vocabulary's name where it has one; None for anyone else."""
    title = _MINISTER_BEFORE_RX.search(text, max(0, person.start - 60), person.start) or _MINISTER_AFTER_RX.match(text, person.end)
    if title is None:
        return None
    portfolio = " ".join(w.capitalize() for w in title.group("portfolio").split())
    nation = title.group("nation")
    if nation is None:
        return aliases.get(f"{portfolio} Ministry", f"{portfolio} Ministry")
    owner = "Russia's" if nation.startswith("Russia") else "Ukraine's"
    return aliases.get(f"{owner} {portfolio} Ministry", f"{owner} {portfolio} Ministry")


def _places_named(text: str, start: int, end: int, role: str) -> set[str]:
    """The towns (a mayor's) or regions (a governor's) text[start:end] names."""
    words = _CAPITALISED_RX.findall(text, start, end)
    if role == "mayor":
        return {NAMES[w].canonical for w in words if w in NAMES and NAMES[w].kind == "city"}
    return {base for w in words if (base := region_base(w))}


def holder_elsewhere(holder_at: int | None, role: Actor, ctx: DocContext) -> bool:
    """"In Lviv ... Mayor Andriy Sadovyi said ..." then "Zaporizhzhia was struck again; the city's acting mayor said":
    the role credited in a sentence about another town than the one the last holder was named in is another holder."""
    if holder_at is None or role.name not in ("mayor", "governor"):
        return False
    sentence_start = ctx.sentence_at(role.start)[0]
    here = _places_named(ctx.text, sentence_start, role.start, role.name)
    there = _places_named(ctx.text, ctx.line_at(holder_at)[0], holder_at, role.name)
    return bool(here and there and not here & there)


# a settlement as the owner of an office: "the town's administration", "the village's council"
_TOWN_OWNER_RX = regex.compile(r"(?i)(?:the\s++)?(city|town|village|settlement)['’]s\s++(?P<rest>.+)", regex.S)


def another_towns(role: Actor, ctx: DocContext, last_office: str) -> str | None:
    """"In neighbouring Bilozerske, 4,300 people remain, according to the town's administration" after the Dobropillia
    city military administration spoke: the office of the town the sentence names, as written ("town administration",
    named for its place later); a military administration keeps its title ("the town's military administration" → "city
    military administration")."""
    if (written := _office_elsewhere(_TOWN_OWNER_RX, role, ctx, "mayor", last_office)) is None:
        return None
    rest = " ".join(written.group("rest").lower().split())
    return f"{'city' if 'military' in rest else written.group(1).lower()} {rest}"


_REGIONAL_OFFICE_RX = regex.compile(r"(?i)(?:the\s++)?(?P<office>regional\s++(?:military\s++|state\s++)?administration)")


def another_regions(body: Actor, ctx: DocContext, completed: str) -> str | None:
    """"In the neighbouring Khmelnytskyi region, one drone was destroyed, the regional administration reported" after the
    Ternopil regional military administration spoke: that region's office, as written (named for its place later), not
    the one named before."""
    if (written := _office_elsewhere(_REGIONAL_OFFICE_RX, body, ctx, "governor", completed)) is None:
        return None
    return " ".join(written.group("office").lower().split())


def _office_elsewhere(office_rx: regex.Pattern, actor: Actor, ctx: DocContext, role: str, named_before: str) -> regex.Match | None:
    """The office as the actor's words write it, when its sentence names places before it and none is the place of the
    office named before."""
    written = office_rx.fullmatch(ctx.text, actor.start, actor.end)
    if written is None:
        return None
    here = _places_named(ctx.text, ctx.sentence_at(actor.start)[0], actor.start, role)
    return None if not here or any(named_before.startswith(place) for place in here) else written
