"""A page's first lines → an unlisted outlet's name: its masthead over a tagline, or its credit line over the page's stamp."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

_VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
_TWO_LINE = _VOCAB["two_line_masthead"]
_CAPS_NAME = regex.compile(r"\p{Lu}[\p{Lu}&'’.-]*+(?:[^\S\n]\p{Lu}[\p{Lu}&'’.-]*+){0,3}")
# an acronym and a word or two after it, as the outlet writes its name ("QHA media"): kept as written
_ACRONYM_NAME = regex.compile(r"\p{Lu}{2,6}(?:[^\S\n][\p{L}'’-]++){1,2}")
# a company's legal form and its name in quotes ('JSC "CHERNIHIVOBLENERGO"'): the name is the masthead's
# (or its kind in words: 'NATIONAL POWER COMPANY "UKRENERGO"', 'Municipal Enterprise "Kyivteploenergo"')
_COMPANY = regex.compile(r"(?:(?:P|Pr|O|N)?JSC|LLC|PLC|SE|PJSC|(?:\p{Lu}[\p{L}-]*+[^\S\n]++){0,3}(?i:company|enterprise))"
                         r"[^\S\n]++[\"«“'](?P<name>[^\"«»“”'\n]{2,40})[\"»”']")
KIND_WORD = "(?:" + "|".join(_TWO_LINE["kind_words"]) + ")"
TAGLINE = regex.compile(r"(?i)\b(?:" + "|".join(_TWO_LINE["tagline_words"]) + r")\b")
NOT_NAMES = frozenset(_TWO_LINE["not_names"])
TAGLINE_LINE_WORDS = 8   # a masthead's tagline is short ("Saratov regional information agency"); a standfirst is longer


def tagline_line(line: str) -> bool:
    """A masthead's tagline on its own line: a few words saying what kind of outlet it is, no figure, no sentence."""
    line = line.strip()
    return (len(line.split()) <= TAGLINE_LINE_WORDS and not line.endswith((".", ":")) and not any(c.isdigit() for c in line)
            and TAGLINE.search(line) is not None)


_TITLE_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++\p{Lu}[\p{L}'’.-]*+){0,3}")


def two_line_masthead(head: list[str]) -> str | None:
    """"KHARKIV TODAY" over "News of Kharkiv and the region": the name in capitals, title-cased ("Kharkiv Today");
    "QHA media" over "Crimean News Agency" as written; not a banner ("LIVE") nor a place alone ("UKRAINE") over a title."""
    if len(head) < 2:
        return None
    name, tagline = head[0].strip(), head[1].strip()
    if company := _COMPANY.fullmatch(name):
        name = company.group("name").strip()
    # (a company's name in quotes is a name however it is written: 'JSC "Poltavaoblenergo"')
    as_written = (_ACRONYM_NAME.fullmatch(name) is not None or company is not None) and not name.isupper()
    # (a name as written over what kind of outlet it is, in lower case: "Holos Ukrainy" / "newspaper of the Verkhovna
    # Rada"; a headline's standfirst opens with a capital)
    as_written = as_written or (_TITLE_NAME.fullmatch(name) is not None and tagline[:1].islower()
                                and TAGLINE.match(tagline.split()[0] if tagline else "") is not None
                                and not _a_writer(name))   # ("Olena Example" / "news editor")
    if not (_CAPS_NAME.fullmatch(name) or as_written) or all(w in NOT_NAMES for w in name.upper().split()) or place_alone(name):
        return None
    if len(tagline.split()) > 10 or tagline.endswith((".", ":")) or any(c.isdigit() for c in tagline):
        return None
    if not (TAGLINE.search(tagline) or (TAGLINE.search(name) and _slogan(tagline))):
        return None
    if as_written or (" " not in name and sum(c.isalpha() for c in name) <= 4):
        return name   # a short name in capitals is an acronym ("UPI"): as written
    return " ".join(w.capitalize() for w in name.split())


def _a_writer(name: str) -> bool:
    from extract.nameoverdate import a_person
    return a_person(name.split())


def _slogan(line: str) -> bool:
    """"UN News" over "Global perspective Human stories": under a name that says it is an outlet, a motto of a few
    words naming no place ("Russia strikes Kharkiv again" under it is a headline)."""
    from extract.gazetteer import NAMES
    words = line.split()
    return len(words) <= 6 and not any(w.strip(",;'’").removesuffix("'s").removesuffix("’s") in NAMES for w in words)


ORGANISATION = regex.compile(r"(?i)\b(?:" + "|".join(_TWO_LINE["organisation_words"]) + r")$")
# "NAME | Description in Capitalised Words": a bar or a dash between, a description of a few words without digits
_NAME_BAR_TAGLINE = regex.compile(r"(?P<name>[^|–—\n]+?)[^\S\n]+[|–—][^\S\n]+(?P<tagline>\p{Lu}[\p{L}'’&-]*+(?:[^\S\n]+[\p{L}'’&-]++){0,5})")


# ... or before the page's section path ("ESPRESO · News · Sumy region"): its first part a newspaper's section
_NAME_SECTION_PATH = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}&'’.-]*+(?:[^\S\n]\p{Lu}[\p{Lu}&'’.-]*+){0,2})[^\S\n]+[·|›>/][^\S\n]+(?P<section>\p{L}++)"
    r"(?:[^\S\n]+[·|›>/][^\S\n]+[\p{L}'’ -]{2,30}){0,3}")


def one_line_masthead(head: list[str]) -> str | None:
    """"ZMINA | Human Rights Centre" on the page's first line: the name in capitals (as two_line_masthead spells it),
    before a bar and a description that says what kind of organisation or outlet it is; not a banner or section
    ("WORLD | Europe", "LIVE | Updates") nor a place ("KHARKIV | City Centre"); or before a section path."""
    if head and (m := _NAME_SECTION_PATH.fullmatch(head[0].strip())) and m.group("section").upper() in NOT_NAMES:
        name = m.group("name")
        if not any(w in NOT_NAMES for w in name.split()) and not place_alone(name):
            return name
    if not head or not (m := _NAME_BAR_TAGLINE.fullmatch(head[0].strip())):
        return None
    name, tagline = m.group("name").strip(), m.group("tagline")
    if not _CAPS_NAME.fullmatch(name) or all(w in NOT_NAMES for w in name.split()) or place_alone(name) \
            or not (TAGLINE.search(tagline) or ORGANISATION.search(tagline)):
        return None
    return name


def place_alone(name: str) -> bool:
    from extract.gazetteer import NAMES
    return name.title() in NAMES or name.title().removesuffix(" Oblast") in NAMES


# the dateline's short name ("(Yonhap) --") written out in full on the page's first line ("Yonhap News Agency")
_AGENCY_KIND = regex.compile(r"[^\S\n]++(?:News[^\S\n]++Agency|News[^\S\n]++Service|Agency|News)")


# ... or with a word or two more in capitals ("Sputnik International" over "MOSCOW, May 7 (Sputnik) -"), none a word a
# headline needs ("Sputnik Says", "Reuters Exclusive" are no names) nor a kind of publication ("Weekly")
_MORE_NAME = regex.compile(r"(?:[^\S\n]++\p{Lu}[\p{Ll}&'’-]*+){1,2}")
_HEADLINE_WORDS = frozenset(_VOCAB["masthead_over_date"]["not_name_words"]) | NOT_NAMES


def fuller_on_masthead(name: str, text: str) -> str:
    stripped = text.lstrip()
    first = stripped[:stripped.find("\n")].strip() if "\n" in stripped else stripped.strip()
    if not first.startswith(name):
        return name
    if _AGENCY_KIND.fullmatch(first, len(name)):
        return first
    more = _MORE_NAME.fullmatch(first, len(name))
    # (a sister title named for its kind is not the wire's page: "Tanjug Weekly" over "(Tanjug) --" is Tanjug's)
    return first if more and not any(w.lower() in _HEADLINE_WORDS or w.upper() in NOT_NAMES or TAGLINE.fullmatch(w)
                                     for w in more.group().split()) else name


# an outlet's name on a line of its own (1-4 words, no figure) under the headline and over the page's stamp
_CREDIT_NAME = regex.compile(r"(?:The[^\S\n]++)?\p{Lu}[\p{L}&'’.-]*+(?:[^\S\n]++(?:of|and|&|\p{Lu}[\p{L}&'’.-]*+)){0,3}")


def name_over_stamp(head: list[str], is_stamp, not_a_name) -> str | None:
    """"The Canadian Press" between the headline and "Published Sunday, August 10, 2025 10:18 a.m. EDT": a wire's
    credit over its time stamp. Only a name no person has: one opening on "The" or holding an outlet's word ("Press",
    "News", "Media"); a reporter's name over the date ("Olena Marchenko" / "11 June 2025") is a byline."""
    lines = [line.strip() for line in head if line.strip()]
    for k in range(1, min(len(lines) - 1, 6)):
        name = lines[k]
        if not _CREDIT_NAME.fullmatch(name) or not (name.startswith("The ") or TAGLINE.search(name)):
            continue
        if is_stamp(lines[k + 1]) and not not_a_name(name):
            return name
    return None


# a story opening on its dateline: the place in capitals, its country, a dash or colon ("SLOVIANSK, Ukraine – ")
BODY_DATELINE = regex.compile(r"\p{Lu}{2}[\p{Lu}'’-]*+(?:[^\S\n]\p{Lu}{2}[\p{Lu}'’-]*+){0,2},[^\S\n]++\p{Lu}\p{L}++(?:[^\S\n]\p{Lu}\p{L}++)?[^\S\n]*+(?:[–—:]|-[^\S\n])")


def address_spelled_out(name: str, under: str) -> str | None:
    """A site's address over the outlet's name spelled out ("MK.RU" over "Moskovsky Komsomolets"): the address's stem
    is the initials of the line under it, which is the outlet's name; a tagline that is no such name ("LSM.lv" over
    "Public Broadcasting of Latvia") leaves the address."""
    if "." not in name or " " in name or not regex.fullmatch(r"\p{Lu}[\p{L}'’-]++(?:[^\S\n]++\p{Lu}[\p{L}'’-]++){1,3}", under):
        return None
    stem = name.split(".")[0]
    return under if 2 <= len(stem) <= 5 and "".join(w[0] for w in under.split()).upper() == stem.upper() else None
