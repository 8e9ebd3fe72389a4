"""Page text → the outlet its first line names, when no other reading of the page names one: a short name over the
page's own furniture (a menu, a section path, its address, a tagline) and over its headline, or named again at its foot."""
from __future__ import annotations

import regex

from extract.nameoverdate import HEADLINE_WORDS, SECTION_LINE, a_person, dated_line
from extract.selfnamed import MENU_ROW, as_the_text_spells, title_case
from extract.twoscripts import OTHER_SCRIPT_FIRST
from extract.twolinemast import NOT_NAMES, TAGLINE, place_alone, tagline_line
from extract.vocab import load_rules

H = r"[^\S\n]"
_RULES = load_rules("metadata")
_VOCAB = _RULES["first_line"]
_NOT_NAMES = frozenset(n.lower() for n in _VOCAB["not_names"])
_PART = regex.compile(rf"{H}++(?:{'|'.join(regex.escape(w) for w in _VOCAB['part_words'])})$")
_SUFFIXES = frozenset(_RULES["self_named"]["generic_suffixes"])
_CHROME = [regex.compile(p) for p in _RULES["chrome"]["patterns"]]
_COLUMN_WORDS = frozenset(w.lower() for w in _VOCAB["column_words"])
_READER_APPS = frozenset(a.lower() for a in _VOCAB["reader_apps"])
WIRES = frozenset(w.lower() for w in _VOCAB["wires"])
BARE_HEADS = frozenset(_VOCAB["bare_heads"])
_NON_LATIN = regex.compile(r"[\p{Cyrillic}\p{Greek}\p{Arabic}\p{Han}]")
# the small words a name holds ("Embassy of Ukraine in the USA", "Lessons from Kyiv"); a headline's verbs it has not
_JOINERS = ("of", "for", "and", "the", "in", "on", "from", "&", "de", "del", "la", "di", "da", "des", "du", "der", "y")
# (a brand's inner capital or bar: "iStories", "UA|TV"; a site's address: "048.ua")
_WORD = r"(?:\p{Ll}?\p{Lu}[\p{L}\d'’.&-]*+(?:\|\p{Lu}++)?|\d[\p{L}\d-]*+(?:\.\p{L}{2,6})++)"
_NAME = regex.compile(rf"(?:The{H}++)?{_WORD}(?:{H}++(?:{_WORD}|(?:{'|'.join(sorted(_JOINERS, key=len, reverse=True))})(?!\w))){{0,11}}")
# what may follow the name on its line: a tagline or the edition after a dash, bar or dot, the name in another
# script in brackets, or the kind of page in capitals ("iStories (Važnye istorii) — English edition", "TIMES RADIO -
# PROGRAMME TRANSCRIPT")
_TAIL = regex.compile(rf"(?:{H}*+\([^()\n]{{2,40}}\))?(?:{H}++[-–—|·]{H}++[^\n]{{2,60}})?{H}*+")
# links to other stories between the masthead and the headline ("RELATED: ... (April 17, 2024)", "Read also: ...")
_RELATED = regex.compile(r"(?i)(?:related|read\s+also|see\s+also|also\s+read|more\s+on\s+this)\b\s*:")
_STORY_BY = regex.compile(r"(?i)(?:story\s+)?by\s+\p{Lu}")
_URL_LINE = regex.compile(r"(?i)https?://\S++")
_SITE = regex.compile(r"(?i)(?:[\p{L}\d-]++\.)++[a-z]{2,6}(?:/\S*+)?")
_NAV = regex.compile(rf"[^\n]*?(?:{H}[/|›>»]{H}|{H}·{H}|\S{H}{{2,}}\S)[^\n]*+")
# a body's city under its name ("Washington, D.C.", "Kyiv, Ukraine")
_PLACE_LINE = regex.compile(rf"\p{{Lu}}[\p{{L}}'’.-]*+(?:{H}++\p{{Lu}}[\p{{L}}'’.-]*+)?(?:,{H}*+\p{{Lu}}[\p{{L}}.]*+(?:{H}++\p{{Lu}}[\p{{L}}.]*+)?)?")
CONTENT_WORDS = 6
LOOK_BELOW = 5
HEADLINE_MAX_WORDS = 25
READER_BAR_LINES = 6


def _bar(line: str) -> bool:
    """A menu row, a path or a line of items apart by dots, or a site's address (not one or two words alone)."""
    return MENU_ROW.fullmatch(line) is not None or _NAV.fullmatch(line) is not None or _SITE.fullmatch(line) is not None


def _menu_like(line: str) -> bool:
    return (MENU_ROW.fullmatch(line) is not None or SECTION_LINE.fullmatch(line) is not None
            or _NAV.fullmatch(line) is not None and not line.endswith(".") or _SITE.fullmatch(line) is not None) \
        and not dated_line(line)


def _furniture(line: str) -> bool:
    """A menu, a section path, the site's address or a tagline: what a masthead has under it (a headline has its day
    and its story)."""
    return _menu_like(line) or tagline_line(line) and not dated_line(line) or _RELATED.match(line) is not None


def _headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= HEADLINE_MAX_WORDS and not line.endswith((".", ":")) and not dated_line(line) \
        and not _menu_like(line)


def _over_furniture(lines: list[str]) -> bool:
    """The name, then its furniture (its city, menus, crumbs, the day), then a headline: a headline has no menu under
    it."""
    furnished = False
    for line in lines[1:1 + LOOK_BELOW]:
        if furnished and _headline(line):
            return True
        if _furniture(line):
            furnished = True
        elif not (dated_line(line) or _PLACE_LINE.fullmatch(line) and ("," in line or place_alone(line))):
            return False
    return False


def _name_shaped(name: str) -> bool:
    words = name.split()
    content = [w for w in words if w.lower() not in _JOINERS]
    if not content or len(content) > CONTENT_WORDS or words[-1].lower() in _JOINERS:
        return False
    if name.lower() in _NOT_NAMES or words[-1].lower() in _COLUMN_WORDS or _NON_LATIN.search(name):
        return False
    if any(w.lower() in HEADLINE_WORDS and w.lower() not in _JOINERS for w in words):
        return False   # "Drone Strike Kills Three": a headline in title case
    return not (all(w.upper() in NOT_NAMES for w in content) or place_alone(name) or a_person(words))


def first_line_masthead(text: str, furnished_only: bool = False) -> str | None:
    lines = [line.strip() for line in text.lstrip().split("\n", 12)[:12] if line.strip()]
    if lines and _URL_LINE.fullmatch(lines[0]):
        lines = lines[1:]   # the page's address printed above it
    if len(lines) < 2:
        return None
    first = lines[0]
    if any(p.search(first) for p in _CHROME):
        return None   # "All Sections" over "Support Us": the page's menu
    if (m := _NAME.match(first)) is None or _TAIL.fullmatch(first, m.end()) is None:
        return None
    name = m.group().strip()
    if _NON_LATIN.search(name):
        name = _latin_name(name, first[m.end():], text)   # "НОВЫЕ ИЗВЕСТИЯ · Novye Izvestia", "ВГОЛОС" … "Vgolos (Вголос)"
    if name is None or not _name_shaped(name):
        return None
    furnished = _over_furniture(lines)
    # (or the page names it again past its head: "Read the Lviv Evening Courier in print every Friday")
    past_head = text[text.find(lines[min(3, len(lines) - 1)]):]
    again = (_furniture(lines[1]) or _headline(lines[1]) or dated_line(lines[1])) and \
        regex.search(rf"(?i)(?<![\w-]){regex.escape(name)}(?![\w-])", past_head) is not None
    if not (furnished or again) or furnished_only and not furnished:
        return None
    return _usual(as_the_text_spells(title_case(name), text) if name.isupper() and len(name) > 5 else name)


_LATIN_NAME = regex.compile(r"[A-Z][\p{Latin}'’.& -]{1,40}")


def _latin_name(name: str, tail: str, text: str) -> str | None:
    """A masthead in another script, named in Latin letters after a dot, bar or slash on its line, or beside its own
    spelling in brackets elsewhere on the page."""
    if (m := OTHER_SCRIPT_FIRST.fullmatch(name + tail)) is not None and _LATIN_NAME.fullmatch(m.group("latin")):
        # (not a tagline in Latin letters: "ДУМСЬКА ТБ · Odesa TV news" says what the outlet is, not its name)
        return None if TAGLINE.search(m.group("latin")) else m.group("latin")
    spelled = f"(?i:{regex.escape(name)})"
    pair = regex.search(rf"(?P<latin>\p{{Lu}}[\p{{Latin}}'’.-]*+(?:{H}\p{{Lu}}[\p{{Latin}}'’.-]*+){{0,3}}){H}*+\({H}*+{spelled}{H}*+\)"
                        rf"|{spelled}{H}*+\({H}*+(?P<latin>\p{{Lu}}[\p{{Latin}}'’.-]*+(?:{H}\p{{Lu}}[\p{{Latin}}'’.-]*+){{0,3}}){H}*+\)", text)
    return pair.group("latin") if pair else None


def reader_copy(text: str) -> str | None:
    """A reader app's copy of a story ("Flipboard" / its menu / "Flipped into ..." / "The Christian Science Monitor" /
    headline): the outlet named alone over the headline, past the app's own bars."""
    lines = [line.strip() for line in text.lstrip().split("\n", 16)[:16] if line.strip()]
    if not lines or not any(part.strip().lower() in _READER_APPS for part in lines[0].split("|")):
        return None
    for i in range(1, min(len(lines) - 1, READER_BAR_LINES + 1)):
        line = lines[i]
        if _NAME.fullmatch(line) is None or _bar(line) or line.lower() in _READER_APPS \
                or not (_headline(lines[i + 1]) or _STORY_BY.match(lines[i + 1])):
            continue
        # (a name with a headline's word in it stands where the app's bars name it too: "Feeds > Defense > Defense One")
        if _name_shaped(line) or text.count(line) > 1 and len(line.split()) <= CONTENT_WORDS:
            return as_the_text_spells(title_case(line), text) if line.isupper() else line
    return None


def over_credited(name: str, text: str, aliases: dict[str, str]) -> str | None:
    """The page's furnished masthead instead of a name read elsewhere: a body's bare kind ("Embassy" from "© Embassy")
    the masthead goes on from, or a news agency the page credits for its story under its own masthead."""
    # (a listed outlet other than a wire stands as read: most pages' publishers, so the masthead is not read for them)
    if name not in BARE_HEADS and name.lower() not in WIRES and name.lower() in aliases:
        return None
    if (masthead := first_line_masthead(text, furnished_only=True)) is None:
        return None
    if name in BARE_HEADS and masthead.startswith(name + " "):
        return masthead
    shared = {w.lower() for w in masthead.split()} & {w.lower() for w in name.split()} - set(_JOINERS)
    if not shared and name.lower() not in aliases and _only_in_copyright(name, text):
        return masthead   # the owner the foot's copyright names is a company; the masthead names its outlet
    if name.lower() in WIRES and not any(
            (masthead.lower() + " ").startswith(alias + " ") for alias, canonical in aliases.items() if canonical == aliases.get(name.lower())):
        # (a section bar may credit the agency: "U.S. News & World Report" / "World News | Reuters"; the agency's own
        # page has it on the first line)
        return masthead if name.lower() not in text.lstrip().split("\n", 1)[0].lower() else None
    return None


_COPYRIGHT_LINE = regex.compile(r"(?im)^[^\n]*(?:©|ⓒ|\([Cc]\)|copyright)[^\n]*$")


def _only_in_copyright(name: str, text: str) -> bool:
    """The name stands only on the page's copyright lines ("© INFOR PL S.A.", "© 2023 Unidad Editorial ...")."""
    found = [m.start() for m in regex.finditer(rf"(?<![\w-]){regex.escape(name.split()[0])}(?![\w-])", text)]
    foot = [(m.start(), m.end()) for m in _COPYRIGHT_LINE.finditer(text)]
    return bool(found) and all(any(a <= at < b for a, b in foot) for at in found)


def _usual(name: str) -> str:
    """"DefenceTalk Forum" is DefenceTalk, "UNHCR Ukraine" (a body's office in a country) UNHCR, "Mir Belogorya TV" Mir
    Belogorya: the part of a site or the office is no part of the outlet's name."""
    name = _PART.sub("", name)
    words = name.split()
    if len(words) == 2 and words[0].isupper() and len(words[0]) >= 3 and place_alone(words[1]):
        return words[0]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)
