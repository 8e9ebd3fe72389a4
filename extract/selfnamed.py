"""A page's first line → an unlisted outlet's name when it is a masthead over a section bar and the page names the
outlet again in its own text ("DER SPIEGEL | International" over "World > Ukraine" ... "DER SPIEGEL: Mr. Senkevych";
"Digi24" over "Externe | Războiul din Ucraina" ... "Residents told Digi24")."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from extract.twolinemast import tagline_line

_VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
_SUFFIXES = frozenset(_VOCAB["self_named"]["generic_suffixes"])
H = r"[^\S\n]"
_WORD = r"(?:\p{Lu}[\p{L}\d&'’-]*+(?:\.\p{L}{2,6})*+|the|of|for|and)"
_NAME = rf"(?P<name>{_WORD}(?:{H}++{_WORD}){{0,4}})"
# the first line: a name alone, a name and its section ("DER SPIEGEL | International"), or the name in two scripts
# ("ФОНТАНКА.ру / Fontanka.ru": the Latin one is taken)
_FIRST = regex.compile(rf"{_NAME}(?:{H}*+[|/›>»]{H}*+(?P<after>[^\n|/›>»]{{1,40}}))?")
_LATIN = regex.compile(r"[A-Za-z]")
NON_LATIN = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
# the second line is the page's chrome, never its story: a section bar ("Ukraine | War", "Newsroom | Press releases",
# "Incidents | 18 September 2024, 14:35")
_BAR = regex.compile(rf"[^\n|›>»]{{1,40}}(?:{H}*+[|›>»]{H}*+[^\n|›>»]{{1,40}}){{1,4}}")
_ADDRESS = regex.compile(r"(?P<bare>[\p{L}\d-]+)(?:\.\p{L}{2,6})+")


def self_named_masthead(text: str, not_a_name) -> str | None:
    """The outlet a page's first line names, when the second line is a section bar (or the first of a menu written an
    item a line) and the text names it again.
    not_a_name(name) rejects places, persons, banners and headline words (the caller's checks)."""
    lines = [line.strip() for line in text.lstrip().split("\n", 6)[:6] if line.strip()]
    if len(lines) < 3 or not (_BAR.fullmatch(lines[1]) or _menu(lines[1:]) or MENU_ROW.fullmatch(lines[1])) or any(c.isdigit() for c in lines[1].split("|")[0]):
        return None
    m = _FIRST.fullmatch(lines[0])
    after = m.group("after") if m else None
    if m and after and NON_LATIN.search(m.group("name")) and _LATIN.search(after):
        m = regex.fullmatch(rf"{H}*+{_NAME}{H}*+", after)   # the masthead in two scripts: its Latin name
        bilingual = True
    else:
        bilingual = False
    if m is None or (after and not bilingual and not regex.fullmatch(r"[\p{L}'’&-]++(?:\s[\p{L}'’&-]++){0,2}", after.strip())):
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in ("the", "of", "for", "and") or words[-1] in ("the", "of", "for", "and") or not_a_name(name):
        return None
    body = text.lstrip().split("\n", 1)[1]
    if bilingual and (address := _ADDRESS.fullmatch(name)) and not _names(body, name) and _names(body, address.group("bare")):
        return address.group("bare")   # the page calls itself by the name both scripts share ("Fontanka will update")
    if _names(body, name):
        return name
    # a generic last word the page's own text never repeats ("Save the Children International" ... "Save the Children said")
    if (shorter := name_in_use(name, body)) != name:
        return shorter
    # a name in capitals whose first word the page writes so again ("FAKTY ICTV" ... "the editors of FAKTY")
    if name.isupper() and len(words) > 1 and len(words[0]) >= 4 and regex.search(rf"(?<!\w){regex.escape(words[0])}(?!\w)", body):
        return name
    return None


def named_over_tagline(text: str, not_a_name) -> str | None:
    """A name in capitalised words on the first line over a tagline that says what kind of outlet it is, when the page
    names it again ("The Russian Reader" over "Translations from the Russian independent press" ... "Translated by the
    Russian Reader"); a headline over its standfirst is not named again."""
    lines = [line.strip() for line in text.lstrip().split("\n", 4)[:4] if line.strip()]
    if len(lines) < 3 or (m := regex.fullmatch(_NAME, lines[0])) is None or not_a_name(name := m.group("name")):
        return None
    if not tagline_line(lines[1]):
        return None
    words = name.split()
    if words[-1] in ("the", "of", "for", "and") or name.isupper():
        return None
    body = text.lstrip().split("\n", 2)[-1]
    bare = name.removeprefix("The ")
    return name if _names(body, bare) else None


# an organisation's name of three or more words alone on the first line ("Institute for the Study of War")
_LONG_NAME = regex.compile(rf"\p{{Lu}}[\p{{L}}'’-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}'’-]*+|of|for|and|the|on|in)){{2,7}}")
INITIALS_USES = 2


def initials_masthead(text: str, not_a_name) -> str | None:
    """The name on the page's first line whose initials the page then uses as its own short name, more than once
    ("Institute for the Study of War" ... "ISW does not receive ...", "ISW is a non-partisan ...")."""
    first = text.lstrip().split("\n", 1)
    if len(first) < 2 or not _LONG_NAME.fullmatch(name := first[0].strip()) or not_a_name(name):
        return None
    initials = initials_of(name)
    if len(initials) < 3:
        return None
    # an acronym may skip one inner word ("Kharkiv Human Rights Protection Group" is "KHPG")
    skipping = [initials[:i] + initials[i + 1:] for i in range(1, len(initials) - 1)] if len(initials) >= 4 else []
    acronyms = "|".join([initials] + skipping)
    uses = regex.findall(rf"(?<![\w.-])(?:{acronyms})(?![\w-])", first[1])
    return (title_case(name) if name.isupper() else name) if len(uses) >= INITIALS_USES else None


_PLATFORMS = "|".join(regex.escape(p).replace(r"\ ", H + "++") for p in _VOCAB["follow_widget"]["platforms"])
_FOLLOW_INITIALS = regex.compile(
    rf"^{H}*+(?:(?i:read|follow|subscribe{H}++to){H}++)?(?P<initials>\p{{Lu}}{{2,5}}){H}++(?i:in|on){H}++(?i:{_PLATFORMS}){H}*+$",
    regex.M)


def follow_initials(text: str) -> str | None:
    """The initials on a page's "follow us" button ("HR in Google News"), which the caller expands to a name."""
    m = _FOLLOW_INITIALS.search(text)
    return m.group("initials") if m else None


def initials_of(name: str) -> str:
    # (a name in capitals keeps its small words out: "INSTITUTE FOR THE STUDY OF WAR" is "ISW")
    return "".join(w[0] for w in name.split() if w[0].isupper() and w not in SMALL_WORDS)


# the page's foot saying what the outlet on its first line is ("Notes from Poland is run by a small editorial team and
# published by a foundation", "X is an independent, non-profit newsroom")
_SELF_DESCRIBED = regex.compile(
    rf"{H}++(?:is|are){H}++(?:(?:run|published|produced|edited|owned|operated|funded){H}++by|an?{H}++(?:independent|non-profit|"
    rf"nonprofit|reader-funded|online|digital|regional|local)\b)")
FOOT_LINES = 6
_DESCRIBED_NAME = regex.compile(rf"\p{{Lu}}[\p{{L}}\d&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}\d&'’.-]*+|of|for|and|the|from|in|on)){{0,4}}")


def self_described_masthead(text: str, not_a_name) -> str | None:
    """The name alone on the page's first line that a line at the page's foot opens with, saying what the outlet is."""
    first = text.lstrip().split("\n", 1)
    if len(first) < 2 or not _DESCRIBED_NAME.fullmatch(name := first[0].strip()) or not_a_name(name):
        return None
    foot = [line.strip() for line in first[1].rstrip().rsplit("\n", FOOT_LINES * 2)[1:] if line.strip()][-FOOT_LINES:]
    return name if any((opening := line.removeprefix("The ")).startswith(name) and _SELF_DESCRIBED.match(opening, len(name))
                       for line in foot) else None


# a menu written down the page, an item a line ("Live" / "News" / "Programs" / "Video")
_MENU_ITEM = regex.compile(r"\p{Lu}[\p{L}&'’-]*+(?:[^\S\n]\p{L}[\p{L}&'’-]*+)?")
MENU_ITEMS = 3


def _menu(lines: list[str]) -> bool:
    return len(lines) >= MENU_ITEMS and all(_MENU_ITEM.fullmatch(line) for line in lines[:MENU_ITEMS])


# ... or along one line, its items apart by runs of spaces as a copy keeps them ("News   Politics   World   Sport")
_ROW_ITEM = r"\p{Lu}[\p{L}&'’.-]*+(?:[^\S\n][\p{L}&'’.-]++){0,2}"
MENU_ROW = regex.compile(rf"{_ROW_ITEM}(?:(?:[^\S\n]{{2,}}+|\t)++{_ROW_ITEM}){{{MENU_ITEMS - 1},}}")


def name_in_use(name: str, body: str) -> str:
    """The masthead's name without a generic last word when the page's own text only ever uses the shorter name
    ("Metinvest Group | Press centre" ... "Metinvest employs ..."); else the name."""
    words = name.split()
    if _names(body, name):
        return name
    # (two generic words may end it: "MTM TV Company" ... "MTM camera crew")
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
        if _names(body, shorter := " ".join(words)):
            return shorter
    return name


def _names(body: str, name: str) -> bool:
    return regex.search(rf"(?<![\w.]){regex.escape(name)}(?![\w]|\.\w)", body, regex.I) is not None


SMALL_WORDS = ("of", "for", "and", "the", "OF", "FOR", "AND", "THE", "&")


def title_case(name: str) -> str:
    """"INTERNATIONAL ORGANIZATION FOR MIGRATION" → "International Organization for Migration", "TEXTY.ORG.UA" → "Texty.org.ua"."""
    if not name.isupper():
        return name
    # (a Turkish dotted capital I lower-cases to "i" and a combining dot: "HÜRRİYET" is "Hürriyet")
    name = name.replace("İ", "I")
    words = name.split()
    if len(words) == 1 and sum(c.isalpha() for c in name) <= 4:
        return name   # a short name in capitals is an acronym or written so ("RBC", "MOST", "ZN.UA"): as written
    if len(words) == 1 and (stem := _ADDRESS_STEM.fullmatch(name)) and (
            len(stem.group(1)) <= 3 or _ACRONYM_WORD.fullmatch(stem.group(1))):
        return name   # an address whose stem is initials ("UA.NEWS", "TSN.INFO", "DSNS.GOV.UA") keeps its capitals
    # an acronym among words keeps its capitals: one with no vowel ("PBS NEWSHOUR") or a channel's ("FAKTY ICTV")
    return " ".join(w.lower() if i and w.lower() in SMALL_WORDS else w if _ACRONYM_WORD.fullmatch(w) or _INITIALS.fullmatch(w)
                    else "-".join(part.capitalize() for part in w.split("-")) for i, w in enumerate(words))


_ADDRESS_STEM = regex.compile(r"(\p{Lu}++)(?:\.\p{Lu}{2,6}){1,2}")   # a site's address in capitals, its stem grouped
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")   # "U.S.", "U.K." keep their capitals
# (a country's or union's initials too: "USA TODAY" is "USA Today", "UK DEFENCE JOURNAL" "UK Defence Journal")
_ACRONYM_WORD = regex.compile(r"[B-DF-HJ-NP-TV-XZ]{2,5}|\p{Lu}{1,3}TV|USA|UAE|EU|UN|UK|US")


def as_the_text_spells(name: str, text: str) -> str:
    """A masthead in capitals title-cased ("Gazeta.ru" from "GAZETA.RU") as the page's own text spells it where
    that spelling has a capital a title-casing would not give ("the Gazeta.Ru English desk"): never re-cased."""
    written_so = [m.group() for m in regex.finditer(rf"(?<![\w.]){regex.escape(name)}(?![\w]|\.\w)", text, regex.I)]
    if len(written_so) > 1 and "." in name and all(w.isupper() for w in written_so):
        return written_so[0]   # an address its own text writes in capitals throughout ("a comment to OBOZ.UA") is its name so
    for written in written_so:
        # (not a sentence's lower-case "the": "the Kharkiv Courier's print edition")
        if written != name and written[1:] != name[1:] and not written.isupper() and any(c.isupper() for c in written[1:]) and (
                written.lower() == name.lower()):
            return written
    # ... and word by word: "Pbs Newshour" → "PBS NewsHour" where the page's copyright line writes "NewsHour"
    return " ".join(_word_as_written(word, text) for word in name.split()) if " " in name else name


def _word_as_written(word: str, text: str) -> str:
    for m in regex.finditer(rf"(?<![\w.]){regex.escape(word)}(?![\w])", text, regex.I):
        if m.group().lower() == word.lower() and not m.group().isupper() and any(c.isupper() for c in m.group()[1:]):
            return m.group()
    return word


def spelt_otherwise(name: str, text: str) -> str | None:
    """A name in capitals ("DAWN") as the page writes it elsewhere ("Published in Dawn"), or None."""
    # (not a sentence's first word: "Most of those who stay" is no "MOST")
    return next((m.group() for m in regex.finditer(rf"(?<![\w.]){regex.escape(name)}(?![\w])", text, regex.I)
                 if not m.group().isupper() and m.group()[0].isupper()
                 and not regex.search(r"(?:^|[.!?:\"“]|\n)[^\S\n]*+$", text[max(0, m.start() - 3):m.start()])), None)


# a company's legal form before its name ("NPC Ukrenergo", "PrJSC Kyivoblenergo"): the outlet is the name
_LEGAL_FORM = regex.compile(r"(?:NPC|NEC|(?:P|Pr|O|N|C)?JSC|PJSC|LLC|PLC|SE|I\.?S\.|Î\.?S\.)[^\S\n]++(?=\p{Lu})")
# ... or after it ("Khersonoblenergo JSC", "Kyivstar PJSC", "Acme Media Ltd.")
# (the short European forms only after a name of two words or more: "Radio SA" is South Africa's radio)
_LEGAL_FORM_AFTER = regex.compile(r"(?<=\w)[^\S\n]++(?:(?:P|Pr|O|N|C)?JSC|LLC|Ltd\.?|PLC|Inc\.?|GmbH)$"
                                  r"|(?<=\S[^\S\n]+\S+)[^\S\n]++(?:AG|S\.?A\.?|S\.p\.A\.|S\.L\.(?:U\.)?|B\.?V\.?|Oy|AB|ASA?)$")


def usual_name(name: str) -> str:
    """A company's or a logo's name as it is usually written: no legal form, no logo's full stop ("FIRSTPOST.")."""
    if name.endswith(".") and name.count(".") == 1 and len(name) > 4:
        name = name[:-1]
    if m := _LEGAL_FORM_AFTER.search(name):
        name = name[:m.start()]
    return name[m.end():] if (m := _LEGAL_FORM.match(name)) else name
