"""A page's first lines → an outlet's name over its date line: the masthead a section, headline or stamp stands under
("Kommersant" over "20.07.2025", "VEDOMOSTI" / "Society" / "13.05.2024, 11:02"), and the date, stamp and section lines
that tell a masthead from a headline."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from extract.selfnamed import MENU_ROW, SMALL_WORDS as _SMALL_WORDS, initials_of, title_case as _title_case
from extract.twolinemast import NOT_NAMES as _NOT_NAMES, place_alone as _place_alone, tagline_line
from extract.twolinemast import BODY_DATELINE as _BODY_DATELINE, address_spelled_out as _address_spelled_out

_VOCAB = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
H = r"[^\S\n]"
# the listed outlets' names, lower-cased, as extract/publisher.py's ALIAS_LOOKUP (built here too: publisher imports this module)
_ALIASES = {alias: canonical for canonical, aliases in _VOCAB["outlets"].items() for alias in aliases}
_LISTED = {a.lower(): c for a, c in _ALIASES.items()}


_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?"
# a line that is a date and little else: "20.07.2025", "14 August 2024, 18:40", "Moscow, January 18, 2025",
# "08.05.2024 | 11:20", "17. Oct 2025", "18 May 2022 - 23:41"
ONE_DATE = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d|\d{{1,2}}-\d{{1,2}}-(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th|\.)?{H}++"
             rf"{_MONTHS},?{H}++(?:19|20)\d\d|{_MONTHS}{H}++\d{{1,2}}(?:st|nd|rd|th)?(?:,{H}*+|{H}++)(?:19|20)\d\d)"
             rf"(?:(?:,|{H}[|·–—-]|{H}(?:в|at))?{H}*+\d{{1,2}}[:.]\d\d(?:{H}*+[AaPp]\.?[Mm]\.?)?)?(?:{H}++[A-Z]{{2,5}}(?:[+-]\d{{1,2}})?)?")
# ... with an update stamp after it ("4.4.2022 17:42 | updated 4.4.2022 19:05") or its time zone in words
# ("23 May 2023, 08:40 (Moscow time)"); "Updated / Monday, 5 Dec 2022 19:40" is a label and a weekday before it
# (the time may come first, "12:41, 30 August 2023"; a view count may follow, "21 December 2024, 13:20 | Views: 3 871")
# (a weekday may follow the date, and the update stamp be a time alone: "13 December 2023, Wednesday | last updated 18:20")
_DATE_LINE = regex.compile(rf"(?:[\p{{L}}|/,.:-]++{H}++){{0,3}}(?:\d{{1,2}}:\d\d,?{H}++)?{ONE_DATE}"
                           rf"(?:,?{H}++(?i:mon|tues|wednes|thurs|fri|satur|sun)day)?"
                           rf"(?:{H}*+[|/]{H}*+(?i:(?:last{H}++)?(?:updated|modified|edited)):?{H}*+(?:{ONE_DATE}|\d{{1,2}}:\d\d))?(?:{H}*+\((?:[\p{{L}} ]{{2,24}}|(?:GMT|UTC)(?:[+-−]\d{{1,2}}(?::\d\d)?)?)\))?"
                           rf"(?:{H}*+[|·,]{H}*+(?i:views|reads|comments):?{H}*+\d{{1,3}}(?:[ ,.]?\d{{3}})*+)?{H}*+")
# the kind of page and its day under a body's name ("Statement of the Director General | 9 July 2024, 10:30", "Field
# update | Donetsk Oblast | 23 August 2024", "Protection of Civilians in Ukraine — Update, 9 May 2025")
_KIND_STAMP = regex.compile(rf"\p{{Lu}}[^\n|—–]{{2,60}}?(?:{H}*+[|—–]{H}*+[^\n|—–]{{2,40}}?){{0,2}}{H}*+[|—–,]{H}*+{ONE_DATE}"
                            rf"(?:,?{H}*+\d{{1,2}}:\d\d)?{H}*+")
# the name on a masthead line, with a section or banner after it ("euronews. LIVE", "TEXTY.ORG.UA | DATA") or its
# acronym in brackets ("INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM)")
# initials too ("U.S. DEPARTMENT OF DEFENSE"); a word may hold digits after its capital ("Donbas24", "Kanal13"), but
# no word is a number alone: that is a headline's count ("Ukraine Downs 23 Shaheds")
# the word for "and" or "of" in a name another language gives ("Slovo i Dilo", "Dzerkalo Tyzhnia"): no word of its own
CONNECTORS = ("i", "y", "und", "di", "da", "van", "von", "del", "des", "dos")
_NAME_WORD = r"(?:(?:\p{Lu}\.){2,3}+|\p{Lu}[\p{L}\d&'’-]*+(?:\.[\p{L}]{2,})*+)"
HEAD_NAME = regex.compile(
    rf"(?P<name>(?:{_NAME_WORD}|[a-z]+(?:\.[a-z]{{2,}})*+)(?:{H}++(?:{_NAME_WORD}|of|for|and|the|from|de|la|du|der|OF|FOR|AND|THE|&"
    rf"|{'|'.join(CONNECTORS)})){{0,7}})"
    rf"(?:{H}*+(?:[.|:]|{H}[-–—]){H}*+(?P<tag>\p{{Lu}}++(?:{H}\p{{Lu}}++)?)|{H}*+\((?P<acronym>\p{{Lu}}{{2,8}})\)"
    # or a newspaper's section after a bar ("The Hindu | International")
    rf"|{H}*+\|{H}*+(?P<section>\p{{Lu}}\p{{Ll}}++)"
    # or its name in its own language ("TV Rain (Dozhd)"): the English name is the publisher
    rf"|{H}*+\((?P<native>\p{{Lu}}\p{{Ll}}{{2,20}}+(?:{H}\p{{Lu}}?\p{{Ll}}{{2,20}}+){{0,2}})\))?")


HEADLINE_WORDS = frozenset(_VOCAB["masthead_over_date"]["not_name_words"])
_BAR_SECTIONS = _NOT_NAMES | {w.upper() for w in _VOCAB["masthead_over_date"]["bar_sections"]}


MENU_BAR_ITEMS = 4


def _menu(line: str) -> bool:
    """A menu row, its items apart by runs of spaces or by bars ("Turkey | Politics | Business | World")."""
    return MENU_ROW.fullmatch(line) is not None or SECTION_LINE.fullmatch(line) is not None and line.count("|") >= MENU_BAR_ITEMS - 1


def _body_of(words: list[str]) -> bool:
    """"General Staff of the Armed Forces of Ukraine": a body's head word before "of", no headline's word."""
    from extract.actors import BODY_HEADS
    head = words[:words.index("of")] if "of" in words else []
    return bool(head) and head[-1] in BODY_HEADS and not any(w.lower() in HEADLINE_WORDS for w in words)


_OWN_SITE = regex.compile(rf"(?i)(?:official{H}+(?:web{H}*+)?(?:site|portal)|press{H}+(?:service|office|cent(?:re|er)))\b")
# the kind of page a body's site puts out ("Official statement", "Press release"): a headline may stand over it too
_PAGE_KIND = regex.compile(rf"(?i)(?:official{H}+(?:statements?|announcements?|communiqu[eé]s?|notices?)|press{H}+(?:releases?|statements?))")


def acronym_fits(m: regex.Match) -> bool:
    """"NORWEGIAN REFUGEE COUNCIL (NRC)": the bracket holds the initials of the name's words."""
    return "".join(w[0] for w in m.group("name").split() if w not in _SMALL_WORDS).upper() == m.group("acronym")


_TWO_LANGUAGE_LOGO = regex.compile(rf"(\p{{Lu}}{{2,6}}){H}{{2,}}+(\p{{Lu}}{{2,6}})")


def name_over_date(head: list[str]) -> str | None:
    """An outlet's name alone on the page's first line, over a date line ("Kommersant" over "20.07.2025"), with a
    banner or section after it ("euronews. LIVE") when it is a listed outlet, or with its acronym in brackets: the
    name (1-4 words, no digits, no word a headline needs: a lower-case verb or preposition) is the publisher."""
    lines = [line.strip() for line in head if line.strip()]
    if not lines:
        return None
    if (spelled := initials_spelled_out(lines[0])) is not None:
        return spelled
    lines[0] = _WIDE_KIND.sub("", lines[0])   # "NPC UKRENERGO          PRESS RELEASE": the name, then the kind of page
    if (two := _TWO_LANGUAGE_LOGO.fullmatch(lines[0])) and abs(len(two.group(1)) - len(two.group(2))) <= 1 \
            and two.group(2) not in _NOT_NAMES:
        return two.group(1)   # a logo's initials in two languages ("NATO  OTAN"): the first
    m = HEAD_NAME.fullmatch(lines[0])
    if m is None or m.group("section") and m.group("section").upper() not in _BAR_SECTIONS:
        return None
    name = m.group("name")
    if (spelled := _address_spelled_out(name, lines[1] if len(lines) > 1 else "")) is not None:
        return spelled
    words = name.split()
    # a body's long name ("Ukrainian Parliament Commissioner for Human Rights") stands over its site's or press
    # service's line; a headline has no such line under it
    own_site = len(lines) > 2 and (_OWN_SITE.fullmatch(lines[1]) is not None or _PAGE_KIND.fullmatch(lines[1]) is not None
                                   and not any(w.lower() in HEADLINE_WORDS for w in words))
    longest = 6 if own_site or len(lines) > 1 and (_OWN_SITE.match(lines[1]) or _KIND_STAMP.fullmatch(lines[1])) else 4
    if _body_of(words) or m.group("acronym") and acronym_fits(m):
        longest = max(longest, 7)   # "Air Force of the Armed Forces of Ukraine": a body of a body, no headline
    elif len(lines) > 2 and _SECTION_PATH.fullmatch(lines[1]) and dated_line(lines[2]) \
            and not any(w.lower() in HEADLINE_WORDS for w in words):
        longest = 6   # a body's long name over its site's section path and the page's day ("Appeals | Charity" / "4 March 2023")
    if len([w for w in words if w not in _SMALL_WORDS and w not in CONNECTORS]) > longest or words[-1] in _SMALL_WORDS + CONNECTORS \
            or words[0] in _SMALL_WORDS[:3]:
        return None
    if all(w.upper() in _NOT_NAMES for w in words) or _place_alone(name) or a_person(words):
        return None
    if own_site and not m.group("tag") and not name.islower():
        return _title_case(name)   # a body's name over "Official web portal" / "Press service": no headline stands so
    if (listed := _LISTED.get(name.lower())) is not None and (m.group("tag") or not name.islower()):
        return listed if m.group("tag") else None   # a listed name alone is the cues' to weigh
    # a name in lower case is the masthead only over a section path ("tagesschau" over "ARD | Ausland | ..."), and then
    # by the same head (headline, date) as any name; elsewhere it is a word of a sentence
    path = len(lines) > 1 and _SECTION_PATH.fullmatch(lines[1]) is not None
    if name.islower() and (not path or len(words) > 2):
        return None
    if m.group("acronym"):
        return _title_case(name) if acronym_fits(m) else None
    if m.group("tag") and "." in name:
        return _title_case(name)   # a site's address over its section ("TEXTY.ORG.UA | DATA")
    # (a tagline under the name and over its section path is the masthead's: "DAILY SABAH" / "Turkey's leading
    # English-language daily" / "World > Europe")
    # (or a menu row: "DAILY SABAH" / "Turkey | Politics | Business | World" / "WORLD > EUROPE")
    below = (lines[2:] if len(lines) > 3 and (tagline_line(lines[1]) and not SECTION_LINE.fullmatch(lines[1])
                                              or _menu(lines[1])) and _SECTION_PATH.fullmatch(lines[2]) else lines[1:])
    # a name over a section path and the page's date line, a preposition in it or not ("Notes from Poland" / "Society |
    # Ukraine war" / "14 March 2022, 18:20 | Daniel Tilles"): a headline has the story, not a section path, under it
    if len(below) > 2 and _SECTION_PATH.fullmatch(below[0]) and dated_line(below[1]) and not any(c.isdigit() for c in name):
        return _title_case(name)
    if any(w.lower() in HEADLINE_WORDS for w in words):
        return None   # "Kyiv Under Attack", "Drone Strike Kills Three"
    # a headline over its date has the story's text under it; a masthead has the headline under its date, and a body
    # of a body its statement ("Air Force of the Armed Forces of Ukraine" / "Official | 07.09.2025 09:40" / text)
    if len(lines) > 2 and (_DATE_LINE.fullmatch(lines[1]) or _KIND_STAMP.fullmatch(lines[1])) \
            and (_body_of(words) or any(_headline(line) for line in lines[2:4])):
        return _title_case(name)
    # or a section line ("Home / News", "Society | Incidents") and then the headline over the date (a byline between)
    section = bool(below) and (SECTION_LINE.fullmatch(below[0]) is not None or MENU_ROW.fullmatch(below[0]) is not None)
    rest = below[1:] if section else below
    if section and len(rest) > 1 and dated_line(rest[0]):
        return _title_case(name)   # "VEDOMOSTI" / "Society" / "13.05.2024, 11:02"
    # (one line between, or a dek and a byline: "Vox" / "World Politics" / headline / dek / "By ..." / "Mar 11, 2022";
    # or a tagline and a section path over the headline: "LSM.lv" / "Public Broadcasting of Latvia" / "English > World";
    # or the wire that wrote the story and its dateline's city: headline / dek / "Reuters" / "KYIV" / date)
    if len(rest) > 1 and _headline(rest[0]) and not _DATE_LINE.fullmatch(rest[0]):
        for j, line in enumerate(rest[1:6], 1):
            if dated_line(line):
                if (j <= 2 or all(between.endswith(".") or between.startswith("By ") for between in rest[1:j])
                        or (j == 3 and _SECTION_PATH.fullmatch(rest[1]) and _headline(rest[2]))
                        or all(_credit_line(between) for between in rest[2:j])):
                    return _title_case(name)
                break
    # or the site's crumbs from its home page, then the headline ("State Emergency Service of Ukraine" / "Main page »
    # News » All news" / headline): a headline stands under the crumbs, not over them
    if section and _HOME_CRUMBS.match(lines[1]) and rest and _headline(rest[0]):
        return _title_case(name)
    # or a section word, the headline and its byline ("The Baltic Times" / "OPINION" / headline / "By ..."): a headline
    # has its story, not a headline, under a section word
    if section and len(rest) > 1 and _headline(rest[0]) and _BYLINE_ALONE.fullmatch(rest[1]) and not _place_alone(name):
        return _title_case(name)
    # or a section word, the headline and the story opening on its dateline, the stamp at the page's foot
    # ("USA TODAY" / "WORLD" / headline / "SLOVIANSK, Ukraine – ..."): a headline has no section line under it
    if section and len(rest) > 1 and _headline(rest[0]) and _BODY_DATELINE.match(rest[1]) and (name.isupper() or len(words) > 1):
        return _title_case(name)
    # or it signs the story's date line ("KYODO NEWS - Feb 4, 2025 - 22:15", "Friday August 19 2022, 6.00pm BST, The Times")
    if any(_ONE_DATE_IN.search(line) and regex.search(rf"(?i)(?<!\w){regex.escape(name)}(?!\w)", line) for line in lines[1:8]):
        return _title_case(name)
    # or the page names it again as the story's credit ("Le Monde with AFP")
    if any(line == name or line.startswith(name + " with ") for line in lines[2:8]):
        return _title_case(name)
    return None


# an outlet's initials and its name in full, either way round ("APP - Associated Press of Pakistan")
_INITIALS_AND_NAME = regex.compile(rf"(?P<initials>\p{{Lu}}{{2,8}}){H}++[-–—|]{H}++(?P<name>\p{{Lu}}[\p{{L}}'’-]*+(?:{H}++[\p{{L}}'’-]++){{1,7}})"
                                   rf"|(?P<name>\p{{Lu}}[\p{{L}}'’-]*+(?:{H}++[\p{{L}}'’-]++){{1,7}}){H}++[-–—|]{H}++(?P<initials>\p{{Lu}}{{2,8}})")


def initials_spelled_out(line: str) -> str | None:
    m = _INITIALS_AND_NAME.fullmatch(line)
    return m.group("name") if m and initials_of(m.group("name")) == m.group("initials") else None


_HOME_CRUMBS = regex.compile(rf"(?i:home|main(?:{H}++page)?|головна|главная){H}*+[/|›>»]")
_BYLINE_ALONE = regex.compile(rf"(?i:by){H}++\p{{Lu}}[\p{{L}}'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}'’.-]*+|and|&)){{1,6}}")


def a_person(words: list[str]) -> bool:
    """"Oleh Syniehubov" over "Oleh Syniehubov, June 5, 2024": an official's post signed with his name, not an outlet."""
    from extract.actors import GIVEN_NAMES, PEOPLE
    return words[0].title() in GIVEN_NAMES or " ".join(words).title() in PEOPLE



# a credit line stamped with its day ("Thomson Reuters · Posted: Jul 23, 2023 6:48 AM EDT | Last Updated: ...")
# (or "Published Sunday, August 10, 2025 10:18 a.m. EDT" with its weekday, "Issued on: 27/12/2025 - 13:05 Modified: ...")
_STAMP = regex.compile(rf"(?i:\b(?:posted|published|updated|issued))(?:{H}+on)?(?:{H}*+:)?{H}*+"
                       rf"(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?{H}++)?{ONE_DATE}")
def is_stamp(line: str) -> bool:
    return bool(_STAMP.match(line) or _DATE_LINE.fullmatch(line))


# a date anywhere in a line, its year after the day or the month ("Friday August 19 2022, 6.00pm")
_ONE_DATE_IN = regex.compile(rf"{ONE_DATE}|{_MONTHS}{H}++\d{{1,2}}(?:st|nd|rd|th)?{H}++(?:19|20)\d\d")


# a section path or a site's tagline under its name: a few words, no figure, no sentence
# (parts of up to three words between separators, "Field update | Ukraine"; or one or two words alone, "World
# Politics": a headline has more)
_SECTION_PART = r"[\p{L}'’&-]++(?:[^\S\n]++[\p{L}'’&-]++){0,2}"
SECTION_LINE = regex.compile(rf"{_SECTION_PART}(?:[^\S\n]*+[/|›>»][^\S\n]*+{_SECTION_PART}){{1,5}}|[\p{{L}}'’&-]++(?:[^\S\n]++[\p{{L}}'’&-]++)?")


# a section line with separators ("ARD | Ausland | Russlands Krieg gegen die Ukraine"), not one or two words
_SECTION_PATH = regex.compile(rf"{_SECTION_PART}(?:[^\S\n]*+[/|›>»][^\S\n]*+(?:{_SECTION_PART}|[\p{{L}}'’&-]++(?:[^\S\n]++[\p{{L}}'’&-]++){{0,5}})){{1,5}}")


# a date line signed or stamped after a bar ("Kyiv, September 21, 2023 20:14 IST | Reuters, AFP", "April 04, 2022
# 01:13 am | Updated 11:46 am IST", "14 March 2022, 18:20 | Daniel Tilles")
_DATE_THEN_CREDIT = regex.compile(rf"(?:\p{{Lu}}[\p{{L}}-]++,{H}++)?{ONE_DATE}{H}*+[|·]{H}*+[^|\n]{{2,60}}")
# the kind of page after the name across a wide gap, as a press release's running head sets it
_WIDE_KIND = regex.compile(rf"{H}{{2,}}+(?i:press{H}++(?:releases?|statements?)|news{H}++release|media{H}++(?:release|advisory)"
                           rf"|official{H}++statement){H}*+$")


def kind_stamp(line: str) -> bool:
    """"Operational report No. 41 | Dnipropetrovsk region | 2 June 2024, 07:15": the kind of page and its day."""
    return _KIND_STAMP.fullmatch(line) is not None


def dated_line(line: str) -> bool:
    """A line with the page's day: a date line, a stamp ("Posted 30 October 2023 by ..."), a date and a credit."""
    return bool(_DATE_LINE.fullmatch(line) or _STAMP.search(line) or _DATE_THEN_CREDIT.fullmatch(line))


def _credit_line(line: str) -> bool:
    """A line of a story's credit block under its headline: the wire alone ("Reuters", "Anadolu Agency"), a byline, a
    reporter's name, the dateline's city ("KYIV")."""
    words = line.split()
    return (line.lower() in _LISTED or line.startswith("By ")
            or 1 <= len(words) <= 3 and not any(c.isdigit() for c in line) and (line.isupper() or _place_alone(line) or a_person(words)))


def _headline(line: str) -> bool:
    return len(line.split()) <= 25 and not line.endswith(".")
