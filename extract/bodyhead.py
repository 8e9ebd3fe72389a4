"""Page text → the body whose own page it is: its name on the first line over the kind of page and the page's day."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from extract.nameoverdate import HEADLINE_WORDS, ONE_DATE, a_person, dated_line, kind_stamp
from extract.pagehead import first_lines
from extract.twolinemast import place_alone

_VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
_INSTITUTIONS = frozenset(_VOCAB["body_page"]["institution_heads"])
H = r"[^\S\n]"
_JOINERS = ("of", "the", "and", "for", "in", "on")
# the name, then perhaps a unit after a bar ("State Emergency Service of Ukraine | Mine Rescue Unit") or the name in
# the other language in brackets ('Kyiv Metro (KP "Kyivskyi Metropoliten")')
_BODY_LINE = regex.compile(rf"(?P<name>\p{{Lu}}[\p{{L}}'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}'’.-]*+|No\.{H}*+\d{{1,4}}|{'|'.join(_JOINERS)})){{1,11}})"
                           rf"(?:{H}*+\|{H}*+[^\n|]{{2,50}}|{H}++\([^()\n]{{2,60}}\))?")
_OWNER_AFTER_NUMBER = regex.compile(rf"(?<=No\.{H}*+\d{{1,4}}){H}++of{H}++the{H}++[^\n]+$")
# the kind of page or the body's section over the day ("Statement of the Presidium", "Press service | Daily summary",
# "Passengers | Notices"): short, no sentence
_KIND_LINE = regex.compile(rf"\p{{Lu}}[\p{{L}}'’-]*+(?:{H}++[\p{{L}}'’-]++){{0,5}}(?:{H}*+[|·]{H}*+\p{{L}}[\p{{L}}'’-]*+(?:{H}++[\p{{L}}'’-]++){{0,4}}){{0,2}}")


# its own site's address and section path ("minre.gov.ua › For citizens › Evacuation")
_SITE_PATH = regex.compile(rf"(?:www\.)?[\w-]++(?:\.[\w-]++)++(?:{H}*+[›>»/]{H}*+[^\n›>»/]{{2,40}}){{1,4}}")
# a post's header under its page's name ("Facebook · 20 August 2024 at 18:35 ·")
_PLATFORM_DAY = regex.compile(rf"(?i:facebook|telegram|instagram|threads|linkedin|x){H}*+[·•|]{H}*+(?P<day>[^\n]{{6,50}})")


def _posted(line: str) -> bool:
    return (m := _PLATFORM_DAY.fullmatch(line)) is not None and regex.search(ONE_DATE, m.group("day")) is not None


def _ends_in_head(words: list[str], heads) -> bool:
    """After one of its head words a body's name has only its number or what it is of ("... Service of Ukraine", "...
    Lyceum No. 89"); a headline goes on with its verb ("Russian Army Shells Kharkiv Again")."""
    for i, word in enumerate(words):
        if word in heads or word in _INSTITUTIONS:
            rest = words[i + 1:]
            rest = rest[2:] if rest[:1] == ["No."] else rest
            if not rest or rest[0] in ("of", "for", "in", "on"):
                return True
    return False


def body_masthead(text: str) -> str | None:
    """"Trade Union of Railway Workers and Transport Builders of Ukraine" / "Statement of the Presidium" / "Kyiv, 27
    November 2023": a body's or an institution's name over its page's kind and day, or over a stamped kind line
    ("Operational report No. 41 | Dnipropetrovsk region | 2 June 2024, 07:15"); a headline names no body so."""
    from extract.actors import BODY_HEADS
    lines = first_lines(text, 3)
    if len(lines) < 2 or (m := _BODY_LINE.fullmatch(lines[0])) is None:
        return None
    name = m.group("name")
    words = name.split()
    if words[-1] in _JOINERS or place_alone(name) or a_person(words) \
            or any(w.lower() in HEADLINE_WORDS for w in words) or not _ends_in_head(words, BODY_HEADS):
        return None
    stamped = dated_line(lines[1]) or kind_stamp(lines[1]) or _posted(lines[1]) or _SITE_PATH.fullmatch(lines[1]) or (len(lines) > 2 and _KIND_LINE.fullmatch(lines[1]) is not None and dated_line(lines[2]))
    # (a numbered institution's owner after it is no part of its usual name: "Kharkiv Lyceum No. 89 of the Kharkiv City
    # Council" is Kharkiv Lyceum No. 89)
    return _OWNER_AFTER_NUMBER.sub("", name) if stamped else None
