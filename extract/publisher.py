"""Article text → its publisher: the outlet the bylines, mastheads and sign-offs name, with the most weight."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import regex

from extract.datewords import _WORD_CHAR
from extract.pagefoot import ADDRESS as _ADDRESS, OUTLET_NAME as _OUTLET_NAME, named_at_both_ends, signed_footer
from extract.nameoverdate import HEAD_NAME, HEADLINE_WORDS, ONE_DATE, a_person, acronym_fits, is_stamp, name_over_date
from extract.pagehead import (address_masthead, channel_name, copyright_signed_masthead, name_before_bar, name_before_dash,
                              name_over_address, name_over_edition, self_credited, site_of_name)
from extract.bodyhead import body_masthead
from extract.twoscripts import two_script_masthead
from extract.pagenames import (feed_item_site, issuer_name, name_after_headline, name_in_credit_line, newsletter_name,
                               publication_of_story, sender_name, service_name)
from extract.selfnamed import as_the_text_spells as _as_the_text_spells, follow_initials, initials_masthead, initials_of
from extract.selfnamed import spelt_otherwise, usual_name
from extract.selfnamed import NON_LATIN, name_in_use, named_over_tagline, self_described_masthead, self_named_masthead
from extract.selfnamed import title_case as _title_case
from extract.twolinemast import NOT_NAMES as _NOT_NAMES, TAGLINE as _TAGLINE
from extract.firstline import first_line_masthead, over_credited, reader_copy
from extract.twolinemast import fuller_on_masthead as _fuller_on_masthead, place_alone as _place_alone
from extract.twolinemast import name_over_stamp, one_line_masthead, two_line_masthead as _two_line_masthead

VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
H = r"[^\S\n]"


def _alias_pattern(alias: str) -> str:
    escaped = regex.escape(alias)
    # short all-capital names (AP, DW, NPR) are matched only as written, also inside the cues' case-blind patterns
    # (a wire's slug "sda-ats/afp/dpa" names no outlet); the rest ignore case
    return f"(?-i:{escaped})" if (alias.isupper() and len(alias) <= 4) else f"(?i:{escaped})"


_ALIASES = {alias: canonical for canonical, aliases in VOCAB["outlets"].items() for alias in aliases}
_NAME = "(?P<name>" + "|".join(_alias_pattern(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![\w])"
# cues are read within one line: white space in them never crosses a line break (and never backtracks over
# a run of blank lines, which made these patterns quadratic)
_CUES = [(regex.compile(rf"(?im:{cue['pattern'].replace(chr(92) + 's', H).replace('{name}', _NAME)})"), cue["weight"])
         for cue in VOCAB["cues"]]
ALIAS_LOOKUP = {a.lower(): c for a, c in _ALIASES.items()}
_ANY_NAME = regex.compile(r"(?i:" + "|".join(regex.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![\w])")
# the first word of every outlet name: only where one stands is the name pattern tried (a regex over
# the whole page cost more than everything else metadata does)
_NAME_FIRST_WORDS = frozenset(regex.match(r"[^\W_]+", a.lower()).group() for a in _ALIASES)
_WORD = regex.compile(r"[^\W_]+")
_UNLISTED = [regex.compile(p.replace("{name}", _OUTLET_NAME), regex.M) for p in (
    r"\b[Bb]y[^\S\n]+(?:[Tt]he[^\S\n]+)?{name}[^\S\n]+(?:[Nn]ews[^\S\n]*[Dd]esk|[Nn]ewsroom)\b",
    r"\bJoin[^\S\n]+[\d,.]+\+?[^\S\n]+{name}[^\S\n]+(?:members|readers)\b",
    # "Warsaw/Lviv (X) -", "Moscow / Kyiv (X).-", "Kyiv/Prague, March 1 (X) –"; an agency that writes its name in
    # lower case ("Kiev (dpa) -")
    r"^[A-Z][A-Za-z .,'’/-]{2,40}(?:\d{1,2}[^\S\n]*)?\((?:{name}|(?P<name>[a-z]{3,4}))\)\.?[^\S\n]*[-–—]",
    # a broadcast greeting its viewers by the outlet's name ("you are watching the X telethon")
    r"\b(?i:you(?:'re|’re|[^\S\n]+are)[^\S\n]+(?:watching|listening[^\S\n]+to))[^\S\n]+(?:the[^\S\n]+)?{name}(?![\w-])",
    # (with no year after a sentence on its line, a photo's credit: "A view of the dam. © AFP")
    r"(?:(?<![.!?][^\S\n]{1,3})(?:©|ⓒ|\([Cc]\)|Copyright)[^\S\n]*|(?:©|ⓒ|\([Cc]\)|Copyright)[^\S\n]*\d{4}(?:[^\S\n]*[-–—][^\S\n]*\d{4})?[^\S\n]*){name}",
    # a site's address signed before its copyright at the foot ("zn.ua  © 1994–2024"), or its name ("The Frontline Ledger
    # © 2025" over "Powered by Ghost")
    r"^[^\S\n]*(?P<name>[\p{L}\d][\p{L}\d-]*+(?:\.[a-z]{2,6})+)[^\S\n]*(?:©|ⓒ|\([Cc]\))[^\S\n]*\d{4}(?:[^\S\n]*[-–—][^\S\n]*\d{4})?\.?[^\S\n]*$",
    r"^[^\S\n]*{name}[^\S\n]*(?:©|ⓒ|\([Cc]\))[^\S\n]*\d{4}(?:[^\S\n]*[-–—][^\S\n]*\d{4})?\.?[^\S\n]*$",
)]
# a masthead on one of the page's first lines: an outlet's name and its tagline or section, the tagline ending
# in a word that names an outlet or its desk ("UNHCR - The UN Refugee Agency", "DTEK | Press centre"); a
# headline ("Kharkiv - two killed") ends in no such word
# (a site's address is its name too: "061.ua | Zaporizhzhia city website"; "Vchasno | News of Donetsk region")
_MASTHEAD = regex.compile(
    rf"(?:{_OUTLET_NAME}|(?P<name>[\p{{Ll}}\d][\w-]*+(?:\.[a-z]{{2,6}})+)){H}*(?:[-–—|]){H}*(?![Ll]ive\b|[Ll]atest\b|[Bb]reaking\b)"
    rf"(?:(?:[Tt]he{H}+)?(?:[\w'’-]+{H}+){{0,4}}"
    rf"(?:[Aa]gency|[Pp]ress{H}+(?:[Cc]ent(?:re|er)|[Oo]ffice|[Ss]ervice|[Rr]eleases?)|[Nn]ews(?:room)?|[Nn]ewswire|[Mm]edia{H}+[Cc]ent(?:re|er)"
    rf"|[Oo]fficial{H}+(?:[Ss]ite|[Ww]ebsite)|(?:[Nn]ews{H}+)?(?:[Ww]ebsite|[Pp]ortal)"
    # a parliament's record under its own name ("Hansard – UK Parliament")
    rf"|[Pp]arliament|[Ss]enate|[Cc]ongress)"
    rf"|[Nn]ews{H}+(?:of|from){H}+(?:the{H}+)?\p{{Lu}}[\w'’-]*+(?:{H}+[\w'’-]+){{0,3}}){H}*$")
MASTHEAD_LINES = 3


# a listed outlet's full name with its acronym in brackets, alone on a line ("United Nations Office for ... (OCHA)")
_NAMED_WITH_ACRONYM = regex.compile(rf"\p{{Lu}}[\p{{L}}\p{{M}}'’ ,.&-]{{5,120}}?\({H}*{_NAME}{H}*\)")


def is_masthead(line: str) -> bool:
    """Whether a line is an outlet's name with its tagline or desk ("DTEK | Press centre"), or its full name with its
    acronym ("... Humanitarian Affairs (OCHA)"): never a title."""
    line = line.strip()
    return bool(_MASTHEAD.fullmatch(line) or one_line_masthead([line]) is not None or line.endswith(")") and (
        _NAMED_WITH_ACRONYM.fullmatch(line) or (m := HEAD_NAME.fullmatch(line)) and m.group("acronym") and acronym_fits(m)))
_PLACE_WORD = r"[A-Z][A-Za-z'’.-]+"
_DATE_WORDS = rf"(?:[A-Za-z]{{3,9}}\.?{H}+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?{H}+[A-Za-z]{{3,9}}\.?)(?:,?{H}+(?:19|20)\d\d)?"
# a dateline opens the story: the reporter's place (with its country or region), the day, and the
# outlet in brackets or slashes right after it ("KHERSON, Ukraine, Nov. 12, 2023 (Outlet) -",
# "BELGOROD, May 2. /Outlet/.", "Kyiv, 9 October 2024 –")
DATELINE = regex.compile(
    rf"^{H}*{_PLACE_WORD}(?:{H}+{_PLACE_WORD}){{0,2}}(?:,{H}*{_PLACE_WORD}(?:{H}+{_PLACE_WORD}){{0,2}})?,{H}*"
    rf"(?P<date>{_DATE_WORDS})\.?(?:{H}+\d{{1,2}}[:.]\d\d)?{H}*(?:(?:[-–—]{H}*)?\({H}*{_OUTLET_NAME}{H}*\){H}*[-–—]|/{H}*{_OUTLET_NAME}{H}*/|[-–—])",
    regex.M)
_SPACE_RUN = regex.compile(r"\s+")
_PHOTO = regex.compile(r"(?i)\b(?:photo|image|getty|shutterstock)")


_ASCII_RUN = re.compile(r"[a-z0-9]+")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# the names each first word may open, lower-cased: a quick look before the full name pattern is tried
_ALIASES_BY_FIRST_WORD = {first: re.compile("|".join(re.escape(a.lower()) for a in _ALIASES
                                                      if regex.match(r"[^\W_]+", a.lower()).group() == first))
                          for first in _NAME_FIRST_WORDS}


def _name_first_words(lowered: str) -> list[tuple[int, str]]:
    """(offset, word) wherever one of _NAME_FIRST_WORDS stands in the lower-cased text: a superset of the
    words whose lower case is one (the caller checks each), found by substring search for the words present."""
    found = []
    # a word whose lower case is an ASCII name word is a run of ASCII letters and digits once lowered
    for first in _NAME_FIRST_WORDS.intersection(_ASCII_RUN.findall(lowered)):
        at = lowered.find(first)
        while at >= 0:
            found.append((at, first))
            at = lowered.find(first, at + 1)
    found.sort()
    return found


def _lines_naming_an_outlet(text: str) -> list[tuple[int, int, list[int] | None]]:
    """(start, end, offsets of the names in it) of each line that names a known outlet: the only lines a cue
    can match, found in one pass. The offsets are None when the page is read word by word (see below)."""
    spans: list[tuple[int, int, list[int] | None]] = []
    lowered = text.lower()
    # "ſ" matches "s" when case is ignored, and "İ" lowers to two characters: read such a page word by word
    by_word = len(lowered) != len(text) or "ſ" in text
    for at, first in ((w.start(), None) for w in _WORD.finditer(text)) if by_word else _name_first_words(lowered):
        if spans and at < spans[-1][1] and by_word:
            continue   # inside a line already taken
        if first is not None:
            end = at + len(first)
            if (at and lowered[at - 1] in _ASCII_ALNUM) or (end < len(text) and lowered[end] in _ASCII_ALNUM):
                continue   # part of a longer word
            if (at and lowered[at - 1] >= "\x80" and _WORD_CHAR.match(text, at - 1)) or (end < len(text) and lowered[end] >= "\x80"):
                first = None   # a letter of another script next to it: read the word as it is cut
            elif not _ALIASES_BY_FIRST_WORD[first].match(lowered, at):
                continue
        if first is None:
            if at and _WORD_CHAR.match(text, at - 1):
                continue
            word = _WORD.match(text, at)
            if word is None or word.group().lower() not in _NAME_FIRST_WORDS:
                continue
        if not (m := _ANY_NAME.match(text, at)):
            continue
        if spans and at < spans[-1][1]:
            spans[-1][2].append(at)   # another name on a line already taken
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        spans.append((start, len(text) if end < 0 else end, None if by_word else [at]))
    return spans


def _top_level_alternative(pattern: str) -> bool:
    """Whether a cue pattern has a "|" outside any group (then it may open anywhere)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1:i + 3] == "^]" else 1 if pattern[i + 1:i + 2] == "]" else 0
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


# Where a cue may match in a line naming an outlet: a cue that opens with "^" only at the line's start; one
# that opens with "\b{name}" only where a name starts; any other anywhere (a scan of the line).
_CUE_OPENS = ["scan" if _top_level_alternative(cue["pattern"]) else "line" if cue["pattern"].startswith("^")
              else "name" if cue["pattern"].startswith(r"\b{name}") else "scan" for cue in VOCAB["cues"]]


# A match tried at a name may first look for a word the cue needs all the way to the line's end: past this
# many characters in all (names × line length), one scan of the line is cheaper (and stays linear)
NAME_TRIES_SPAN = 20_000


def _cue_matches(pattern: regex.Pattern, where: str, text: str, start: int, end: int, names: list[int] | None):
    if where == "line":
        return [m] if (m := pattern.match(text, start, end)) else []
    if where == "scan" or names is None or len(names) * (end - start) > NAME_TRIES_SPAN:
        return pattern.finditer(text, start, end)
    found, free = [], start   # what finditer would find: the first match at or after the last one's end
    for at in names:
        if at >= free and (m := pattern.match(text, at, end)):
            found.append(m)
            free = m.end()
    return found


def find_publisher(text: str) -> str | None:
    """The outlet that published the page, or None where the text does not tell."""
    name = reader_copy(text) or _find_publisher(text)
    name = first_line_masthead(text) if name is None else over_credited(name, text, ALIAS_LOOKUP) or name
    return usual_name(name) if name else None


def _find_publisher(text: str) -> str | None:
    # the page's own name in its layout outweighs the agencies its text credits (extract/pagehead.py); a listed
    # outlet's address is the cues' to weigh ("kyivpost.com" is the Kyiv Post)
    two_scripts = None if (site := site_of_name(text) or channel_name(text) or publication_of_story(text)
                           or newsletter_name(text) or sender_name(text) or issuer_name(text)) \
        else two_script_masthead(text)
    if two_scripts is not None and two_scripts.lower() in ALIAS_LOOKUP:
        return _as_written(ALIAS_LOOKUP[two_scripts.lower()], text)   # a masthead in two scripts is the page's own name
    layout = (site or two_scripts or address_masthead(text) or name_over_address(text) or name_over_edition(text)
              or copyright_signed_masthead(text) or self_credited(text) or service_name(text) or name_before_bar(text)
              or name_before_dash(text)
              or name_after_headline(text) or name_in_credit_line(text))
    if layout is not None and layout.lower() not in ALIAS_LOOKUP:
        if layout.isupper():
            return spelt_otherwise(layout, text) or _as_the_text_spells(_title_case(layout), text)
        if any(w.isupper() and len(w) >= 3 for w in layout.split()) and (spelt := spelt_otherwise(layout, text)):
            return spelt   # a logo's mixed capitals ("KING'S College LONDON" ... "© 2024 King's College London")
        return name_in_use(_outlet_only(layout), text.lstrip().split("\n", 1)[-1])   # ("KTV TV Channel | Kharkiv news")
    # an unlisted outlet's masthead over its section, headline and stamp outweighs every wire the page credits, however
    # it credits it: alone under the headline ("Arab News" / "World" / headline / "AFP" / "Updated 28 September 2024"),
    # in a byline ("The Japan Times" / "WORLD" / headline / "by A and B, Reuters"), in the story's dateline ("THE
    # STRAITS TIMES" / "World | Europe" / headline / "Published ..." / "KYIV (REUTERS) -") or in a sign-off: the
    # agency wrote the story, the masthead's outlet published it
    # (not one holding a listed name: "Support Ukrainska Pravda", "NHK WORLD-JAPAN News" are the cues' to weigh; nor a
    # page whose first line is a menu's)
    head = text.lstrip().split("\n", 12)[:12]
    if (own := name_over_date(head)) is not None and not _holds_listed(own) and not _chrome(head[:1]) \
            and _ANY_NAME.search(text) is not None:
        return _masthead_name(own, text)
    if (body := body_masthead(text)) is not None and not _holds_listed(body):
        return body   # a body's own page, whatever outlets its text cites
    scores: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for start, end, names in _lines_naming_an_outlet(text):
        for (pattern, weight), where in zip(_CUES, _CUE_OPENS):
            for m in _cue_matches(pattern, where, text, start, end, names):
                canonical = ALIAS_LOOKUP[m.group("name").lower()]
                scores[canonical] = scores.get(canonical, 0) + weight
                first_seen[canonical] = min(first_seen.get(canonical, m.start()), m.start())
    if not scores:
        # (a listed outlet the layout names, with no cue for it: "NV (New Voice of Ukraine) | Opinion")
        listed = _as_written(ALIAS_LOOKUP[layout.lower()], text) if layout is not None else None
        # (or a feed item's site, as the vocabulary names it when listed: "ukrinform.net" is Ukrinform)
        feed = ALIAS_LOOKUP.get(feed_site, feed_site) if (feed_site := feed_item_site(text)) else None
        return _followed_outlet(text) or listed or feed or _unlisted_publisher(text)
    return _as_written(max(scores, key=lambda name: (scores[name], -first_seen[name])), text)


def _followed_outlet(text: str) -> str | None:
    """The listed outlet the page names in full whose initials its "follow us" button carries ("HR in Google News" …
    "on the air of Hromadske Radio")."""
    if (initials := follow_initials(text)) is None:
        return None
    for m in _ANY_NAME.finditer(text):
        canonical = ALIAS_LOOKUP[m.group().lower()]
        if initials_of(canonical) == initials or initials_of(m.group()) == initials:
            return canonical
    return None


_SPELLING = {}
for _alias in _ALIASES:
    _SPELLING.setdefault(_alias.lower(), _alias)
_PARTS = frozenset(name.lower() for name in VOCAB["outlet_parts"]["names"])


_LEADING_NAME = regex.compile(r"[^|·•(\n]*+")
_BAR_SPLIT = regex.compile(r"[|·•/]")


def _as_written(canonical: str, text: str) -> str:
    """The outlet as its masthead writes it when its name stands alone on the page's first line ("NV" above "The New
    Voice of Ukraine"), in the vocabulary's spelling; a sister title or service there ("Economichna Pravda") and an
    address stand for the canonical name."""
    stripped = text.lstrip()
    first = stripped[:stripped.find("\n")] if "\n" in stripped else stripped
    key = first.strip().lower()
    if key not in _SPELLING:
        # the name that opens the line before its bar or its full name in brackets ("NV (New Voice of Ukraine) | Week
        # in review"); not where the bar's other side is the outlet's canonical name ("NV | The New Voice of Ukraine")
        parts = _BAR_SPLIT.split(key)
        if any(ALIAS_LOOKUP.get(part.strip()) == canonical and part.strip() == canonical.lower() for part in parts[1:]):
            return canonical
        # (or the Latin half of a name in two scripts: "Радіо Свобода | Radio Svoboda")
        parts = [part.strip() for part in _BAR_SPLIT.split(_LEADING_NAME.match(key).group())]
        key = parts[1] if len(parts) > 1 and NON_LATIN.search(parts[0]) else parts[0]
    spelled = _SPELLING.get(key)
    if spelled is None or ALIAS_LOOKUP[key] != canonical or key in _PARTS or _ADDRESS.fullmatch(key):
        return canonical
    # (the name without its "News", "BBC" of "BBC News", is the logo's: the outlet keeps its name; "LRT" of "LRT
    # English" is the masthead's own)
    if canonical.lower().removeprefix("the ") == spelled.lower().removeprefix("the ") + " news":
        return canonical
    return canonical if spelled.lower().removeprefix("the ") == canonical.lower().removeprefix("the ") else spelled




_CHROME = [regex.compile(p) for p in VOCAB["chrome"]["patterns"]]


def _chrome(lines: list[str]) -> bool:
    """"All Sections" over "Support Us": the page's menu, not its masthead."""
    return any(p.search(line) for p in _CHROME for line in lines)


def _holds_listed(name: str) -> bool:
    # (an address holds the name its stem spells: "ERR.ee" is ERR's own site)
    words = [w.split(".")[0] if _ADDRESS.fullmatch(w) else w for w in name.lower().split()]
    return any(" ".join(words[i:j]) in ALIAS_LOOKUP for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _masthead_name(name: str, text: str) -> str:
    words = name.split()
    if len(words) > 1 and regex.fullmatch(r"\p{Lu}{2,8}", words[0]) and not name.isupper() and _country(" ".join(words[1:])):
        return words[0]   # an agency's country office ("UNICEF Ukraine", "UNHCR Moldova") is the agency's page; a
    # broadcaster's regional station keeps its city ("GTRK Belgorod")
    # (a generic last word its dateline leaves off: "dpa International" ... "Kiev (dpa) -")
    body = text.lstrip().split("\n", 1)[-1]
    if (short := name_in_use(name, body)) != name and f"({short.lower()})" in body.lower():
        name = short
    if name.isupper() and (spelt := spelt_otherwise(name, text)):
        return _outlet_only(spelt)   # a logo's capitals ("DAWN") where the page writes the name ("Published in Dawn")
    return _outlet_only(_as_the_text_spells(name, text))


def _country(name: str) -> bool:
    from extract.gazetteer import NAMES
    return (entry := NAMES.get(name.title())) is not None and entry.kind == "country"


def _not_a_name(name: str) -> bool:
    words = name.split()
    return (all(w.upper() in _NOT_NAMES for w in words) or _place_alone(name) or a_person(words)
            or any(w.lower() in HEADLINE_WORDS for w in words) or ALIAS_LOOKUP.get(name.lower()) is not None
            or _LEGAL_FORM_WORDS.fullmatch(name) is not None)


# a company's legal form in words under its name ("Private Joint Stock Company"): no name of its own
_LEGAL_FORM_WORDS = regex.compile(r"(?i)(?:(?:private|public|open|closed)[^\S\n]++)?(?:joint[\s-]+stock|limited[\s-]+liability)[^\S\n]++company")



def _unlisted_publisher(text: str) -> str | None:
    """An outlet missing from the vocabulary, named where only the publisher stands: "by the X news desk",
    "Join 5,000+ X members", "CITY, date (X) -" and "CITY, date. /X/." datelines, "© 2024 X" (not photo credits)."""
    for m in DATELINE.finditer(text):
        if m.group("name"):
            return _fuller_on_masthead(_SPACE_RUN.sub(" ", m.group("name")).strip(), text)
    head = text.lstrip().split("\n", MASTHEAD_LINES)[:MASTHEAD_LINES]
    if (name := name_over_date(text.lstrip().split("\n", 12)[:12])) is not None:
        return _masthead_name(name, text)
    if (name := name_over_stamp(text.lstrip().split("\n", 12)[:12], is_stamp, _not_a_name)) is not None:
        return name
    if (name := self_named_masthead(text, _not_a_name)) is not None:
        return _as_the_text_spells(_title_case(name), text)
    if (name := named_over_tagline(text, _not_a_name)) is not None:
        return name
    # (the foot's description is the evidence: a name with a headline's word in it, "Notes from Poland", stands)
    if (name := self_described_masthead(text, lambda n: _place_alone(n) or a_person(n.split()))) is not None:
        return name
    # (the initials the page uses are the evidence: a name with a headline's word in it, "... Study of War", stands)
    if (name := initials_masthead(text, lambda n: _place_alone(n) or a_person(n.split()))) is not None:
        return name
    for line in head:
        if (m := _MASTHEAD.fullmatch(line.strip())) and not _place_alone(name := _SPACE_RUN.sub(" ", m.group("name")).strip()):
            return _outlet_only(name)
    if (name := _two_line_masthead(head)) is not None:
        return _as_the_text_spells(name_in_use(name, text.lstrip().split("\n", 1)[-1]), text)
    if (name := one_line_masthead(head)) is not None:
        return _as_the_text_spells(_title_case(name), text)
    if (name := signed_footer(text)) is not None or (name := named_at_both_ends(text, _not_a_name)) is not None:
        return name
    for pattern in _UNLISTED:
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if not _PHOTO.search(text, line_start, line_end if line_end >= 0 else len(text)) and not _place_alone(m.group("name")):
                return _SPACE_RUN.sub(" ", m.group("name")).strip()
    return None


# a newsletter's name after the outlet's ("Semafor Flagship", "Politico Playbook") and a broadcaster's kind after its
# acronym ("MTM TV Company", "ICTV Channel"): the outlet is the name before them
_NEWSLETTER = regex.compile(r"(?P<name>.+?)[^\S\n]+(?:" + "|".join(VOCAB["newsletter_names"]["words"]) + ")")
_KIND_AFTER_ACRONYM = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}\d]{1,5})[^\S\n]+(?i:(?:TV|television|radio)(?:[^\S\n]+and[^\S\n]+radio)?[^\S\n]+(?:company|channel|station)|TV|broadcasting[^\S\n]+company)")


def _outlet_only(name: str) -> str:
    # (a newsletter named for its writer keeps its kind: "Phillips's Newsletter" is no outlet "Phillips's")
    m = _NEWSLETTER.fullmatch(name) or _KIND_AFTER_ACRONYM.fullmatch(name)
    return m.group("name") if m and not m.group("name").endswith(("'s", "’s")) else name
