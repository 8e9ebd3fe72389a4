"""Page text → the page's own name as its layout gives it, before any name its text cites.

A head line saying whose site it is ("Information portal of the Kharkiv Human Rights Protection Group"); a channel's
name over its subscribers; a site's address on the first line over a section bar or its tagline, or named again by
the page ("057.ua" over "Kharkiv city site", "ekathimerini.com" over "NEWS | DIPLOMACY"); a name over its bare address
("... Protection Group" over "khpg.org"); the first line's name signed again at the foot ("© 2023 Global News, a
division of ...", "Lviv City Council, 2023"); the page crediting itself ("Thanks for reading X!", "Le Monde with
AFP"); the first line's name before a bar and the platform, edition or address of the page ("Vyacheslav Gladkov |
Telegram", "VoxCheck | Fact-check", "20 Minutes Vinnytsia | 20minut.ua"). Each outweighs an agency's byline or credit
on the page ("By The Associated Press", "sda-ats/afp/dpa"): the agency wrote the story, the page published it.
"""
from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

import regex

from extract.nameoverdate import HEADLINE_WORDS, ONE_DATE, a_person, dated_line, initials_spelled_out, is_stamp
from extract.selfnamed import MENU_ROW, NON_LATIN, initials_of
from extract.twolinemast import KIND_WORD, NOT_NAMES, ORGANISATION, TAGLINE, place_alone, tagline_line

H = r"[^\S\n]"
_METADATA = tomllib.loads((Path(__file__).resolve().parent / "rules" / "metadata.toml").read_text(encoding="utf-8"))
_NAME_BAR_VOCAB = _METADATA["name_bar"]
_PLATFORMS = frozenset(p.lower() for p in _NAME_BAR_VOCAB["platforms"])
_EDITIONS = frozenset(e.lower() for e in _NAME_BAR_VOCAB["editions"])
# a site's address, with a short brand in capitals before it ("SWI swissinfo.ch")
_ADDRESS_LINE = regex.compile(r"(?:(?P<brand>\p{Lu}{2,6})[^\S\n]++)?(?P<address>[\p{L}\d][\p{L}\d-]*+(?:\.[\p{L}]{2,6}){1,2})")
# a section bar under it: short parts between separators ("NEWS | DIPLOMACY", "Olympics · Paris 2024 · Ukraine",
# "Rostov-on-Don news · Incidents"); no sentence
_BAR = regex.compile(rf"[\p{{L}}\d'’&-]++(?:{H}++[\p{{L}}\d'’&-]++){{0,3}}(?:{H}*+[|·•›>»/]{H}*+[\p{{L}}\d'’&-]++(?:{H}++[\p{{L}}\d'’&-]++){{0,3}}){{1,5}}")
# the address and its tagline on one line ("057.ua — Kharkiv city site")
_ADDRESS_TAGLINE = regex.compile(rf"(?P<site>[^\s|–—]++(?:{H}++[^\s|–—]++)?){H}++[-–—|]{H}++(?P<tagline>[^\n]{{3,60}})")
# the first line as a name: one to five capitalised words, no figure, not a sentence
_NAME_LINE = regex.compile(rf"\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the)){{0,4}}")
# (signed again by the copyright, a longer name holds: "INSTITUTE FOR THE STUDY OF WAR" over "©2023 | Institute ...")
SIGNED_NAME_LINE = regex.compile(rf"\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the)){{0,6}}")
_COPYRIGHT = r"(?:©|ⓒ|\([Cc]\)|Copyright)"


def first_lines(text: str, n: int) -> list[str]:
    return [line.strip() for line in text.lstrip().split("\n", n * 2)[: n * 2] if line.strip()][:n]


def address_masthead(text: str) -> str | None:
    """The address standing alone on the page's first line, over a section bar or named again in the page's text; an
    address of digits in capitals is written in lower case ("161.RU" → "161.ru": only its domain had capitals)."""
    lines = first_lines(text, 2)
    # (the tagline may share its line: "057.ua — Kharkiv city site")
    if lines and address_with_tagline(lines[0]):
        site = _ADDRESS_TAGLINE.fullmatch(lines[0]).group("site")
        return _address_as_name(site, _ADDRESS_LINE.fullmatch(site))
    if len(lines) < 2 or (m := _ADDRESS_LINE.fullmatch(lines[0])) is None:
        return None
    body = text.lstrip().split("\n", 1)[1]
    if not (_BAR.fullmatch(lines[1]) or MENU_ROW.fullmatch(lines[1]) or _tagline(lines[1])
            or regex.search(rf"(?<![\w.]){regex.escape(lines[0])}(?![\w.])", body)):
        # (a brand before the address, the page crediting the address alone: "SWI swissinfo.ch" ...
        # "Keystone-SDA/swissinfo.ch")
        address = m.group("address")
        if m.group("brand") and regex.search(rf"(?<![\w.]){regex.escape(address)}(?![\w.])", body):
            return _address_as_name(address, m)
        return None
    return _address_as_name(lines[0], m)


def _address_as_name(name: str, m: regex.Match) -> str:
    bare = m.group("address").split(".")[0]
    return name.lower() if bare.isdigit() and name.isupper() else name


def address_over_tagline(head: list[str]) -> bool:
    """"057.ua" over "Kharkiv city site": the page's first two lines are its masthead, neither is the title."""
    return len(head) >= 2 and _ADDRESS_LINE.fullmatch(head[0].strip()) is not None and _tagline(head[1].strip())


def address_with_tagline(line: str) -> bool:
    """"057.ua — Kharkiv city site": the page's first line is its masthead, not the title."""
    own = _ADDRESS_TAGLINE.fullmatch(line.strip())
    return own is not None and _tagline(own.group("tagline")) and _ADDRESS_LINE.fullmatch(own.group("site")) is not None


def _tagline(line: str) -> bool:
    """"Kharkiv city site", "News of Donetsk region" under the address: a few words saying what the site is."""
    return len(line.split()) <= 8 and not any(c.isdigit() for c in line) and not line.endswith((".", ":")) \
        and TAGLINE.search(line) is not None


FOOT_LINES = 3


def copyright_signed_masthead(text: str) -> str | None:
    """The name alone on the page's first line that the page's copyright line signs again ("© 2023 X, a division of
    ...", "Copyright 2024 X. All rights reserved"), or one of its last lines with the year ("X, 2023")."""
    lines = first_lines(text, 1)
    if not lines or len(lines[0]) > 60 or not SIGNED_NAME_LINE.fullmatch(lines[0]):
        return None
    name = lines[0]
    # (the copyright may sign the masthead's fuller name: "ESPRESO" over "© 2013–2023 Espreso TV", as it writes it)
    # ("© Copyright 2024, X | Terms", "©2023 | X")
    signed = regex.compile(rf"{_COPYRIGHT}{H}*+(?:{_COPYRIGHT}{H}*+)?(?:\d{{4}}(?:{H}*+[-–—]{H}*+\d{{4}})?[.,]?{H}*+(?:[|·]{H}*+)?)?"
                           rf"(?P<signed>(?i:{regex.escape(name)})(?:{H}++{KIND_WORD})?)(?![\w-])")
    if m := signed.search(text):
        return name if m.group("signed").lower() == name.lower() else m.group("signed")
    # ... or signs at its foot with the year ("Lviv City Council, 2023")
    foot = [line.strip() for line in text.rstrip().rsplit("\n", FOOT_LINES * 3)[1:] if line.strip()][-FOOT_LINES:]
    # ... or names it after its owner's copyright ("© 2025 Metamorphic Media. All rights reserved. War on the Rocks")
    named = regex.compile(rf"(?<![\w-])(?i:{regex.escape(name)})(?![\w-])")
    if len(name) > 4 and any(regex.search(_COPYRIGHT, line) and (m := named.search(line)) and m.start() > 0 for line in foot):
        return name
    year_signed = regex.compile(rf"{regex.escape(name)},?{H}*+\d{{4}}(?:{H}*+[-–—]{H}*+\d{{4}})?\.?")
    # (not a place: "Kyiv" over a story signed "Kyiv, 2024" is a dateline's town)
    return name if any(year_signed.fullmatch(line) for line in foot) and not place_alone(name) else None


# "Official website of the Kharkiv City Council", "Information portal of the X": the head says whose site it is
_SITE_OF = regex.compile(
    rf"(?i:(?:the{H}++)?(?:official{H}++)?(?:information{H}++|news{H}++)?(?:web{H}*+site|site|portal|web{H}++page))"
    rf"{H}++of{H}++(?:the{H}++)?(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the|on|in)){{0,7}})")
SITE_OF_LINES = 6


def site_of_name(text: str) -> str | None:
    """The name a head line says the site belongs to, among the page's first lines."""
    for line in first_lines(text, SITE_OF_LINES):
        # (not a town's name: "Official website of Odesa" under "Odesa City Council" is the council's)
        if ((m := _SITE_OF.fullmatch(line)) is not None and m.group("name").split()[-1] not in ("of", "for", "and", "the", "on", "in")
                and not place_alone(m.group("name"))):
            return m.group("name")
    return None


def name_over_address(text: str) -> str | None:
    """"Kharkiv Human Rights Protection Group" over "khpg.org": a name over the site's bare address is its masthead."""
    lines = first_lines(text, 2)
    if len(lines) < 2 or len(lines[0]) > 60 or not _NAME_LINE.fullmatch(lines[0]):
        return None
    m = _ADDRESS_LINE.fullmatch(lines[1])
    if m is not None and not m.group("brand") and lines[1].islower():
        return lines[0]
    # (or its address and its edition, the address's stem the name's initials: "RADIO ROMANIA INTERNATIONAL" over
    # "rri.ro · English Service")
    if (m := _ADDRESS_AND_EDITION.fullmatch(lines[1])) is not None \
            and m.group("stem") == initials_of(lines[0]).lower():
        return lines[0]
    return None


_ADDRESS_AND_EDITION = regex.compile(rf"(?P<stem>[a-z\d-]{{2,}})(?:\.[a-z]{{2,6}}){{1,2}}{H}*+[·|•]{H}*+\p{{Lu}}[\p{{L}} ]{{2,30}}")


_NAME_WORD = r"\p{Lu}[\p{L}&'’-]*+(?:\.\p{L}++)*+"   # "Ledger", "Kyiv.Letter", not "Letter." at a sentence's end
# a newsletter's sign-off with its own name ("Thanks for reading Frontline Ledger! Subscribe for free ...")
_THANKS_FOR_READING = regex.compile(
    rf"(?m:^{H}*+Thanks{H}++for{H}++reading{H}++(?P<name>{_NAME_WORD}(?:{H}++(?:{_NAME_WORD}|of|the|and)){{0,5}})[!.])")
# the page's own outlet crediting the wire it drew on, on a line of its own ("Le Monde with AFP", "By Euronews with AP",
# "X and agencies"; not a byline's "Staff and agencies")
_WITH_WIRE = regex.compile(
    rf"(?m:^{H}*+(?:[Bb]y{H}++)?(?!(?:Staff|Reporters?|Correspondents?|Agencies|Wires|Editors?)\b)"
    rf"(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++\p{{Lu}}[\p{{L}}&'’.-]*+){{0,3}}){H}++(?:with|and){H}++"
    rf"(?:AFP|Reuters|AP|dpa|(?:news{H}++)?agencies|wires){H}*+$)")


def self_credited(text: str) -> str | None:
    """The page's own name where it credits itself: a newsletter's thanks for reading it, or its outlet beside the wire."""
    m = _THANKS_FOR_READING.search(text) or _WITH_WIRE.search(text)
    # (a byline's "By Jane Doe with AFP" credits a reporter, not the page: "By Euronews with AP" is the outlet's)
    return m.group("name") if m and not a_person(m.group("name").split()) else None


# a channel's copy: its name over its address or its count of subscribers ("478.3K subscribers")
# (digits grouped by spaces too: "1 041 237 subscribers")
# (after the kind of channel: "channel · 412K subscribers")
_SUBSCRIBERS = regex.compile(rf"(?:(?i:(?:public{H}++)?channel){H}*+[·•|]{H}*+)?\d++(?:[.,\u00a0\u202f ]\d++)*+[KkMm]?+[^\S\n]++(?i:subscribers|followers|members)")
_SCRIPTS_SPLIT = regex.compile(rf"{H}++[/|]{H}++")
_CHANNEL_NAME = regex.compile(rf"\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the|in|on)){{0,9}}")


# a post's copy: the account's name over its handle ("@KpsZSU") or the post's age ("3h · 🌐", "Yesterday at 21:14"),
# under the platform's own label ("Post", "← Tweet")
_HANDLE = regex.compile(r"@[\w.]{2,30}+(?:@[\w-]++(?:\.[\w-]++)++)?")   # "@ovdinfo.bsky.social", "@bellingcat@mastodon.social"
_POST_AGE = regex.compile(rf"(?i:\d{{1,2}}{H}?(?:h|hrs?|m|mins?|d|w)|yesterday(?:{H}++at{H}++\d{{1,2}}[:.]\d\d(?:{H}?[ap]m)?)?|just{H}++now)"
                          rf"(?:{H}*+·[^\n]{{0,20}})?")
_PLATFORM_UI = regex.compile(rf"(?i:search|log{H}*+in|sign{H}*+up|open{H}++(?:in{H}++)?app|create{H}++new{H}++account)(?:{H}++\p{{L}}++)?")
_HANDLE_FOLLOW = regex.compile(rf"@?[\w.]{{2,30}}+(?:{H}*+[✔✓☑])?{H}*+[·•]{H}*+(?i:follow)")
_PLATFORM_LABEL = regex.compile(rf"(?:[←<]{H}*+)?(?i:post|tweet|thread|conversation|facebook|instagram|threads|telegram|bluesky"
                             rf"|mastodon|linkedin|x)|(?i:mastodon\.[\w.]++|[\w-]++\.social)")   # (a fediverse server: "mastodon.social")
_SHARED_BY = regex.compile(rf"(?:🔁{H}*+)?\p{{Lu}}[^\n]{{0,40}}{H}(?i:boosted|reposted|retweeted|shared{H}++this)")


def channel_name(text: str) -> str | None:
    return _channel_at_top(text) or _name_over_audience(first_lines(text, AUDIENCE_LINES))


def _channel_at_top(text: str) -> str | None:
    """"Повітряні Сили ЗС України / Air Force of the Armed Forces of Ukraine" over "1.2M subscribers", its handle or a
    post's age: a channel's or an account's name (in two scripts, its Latin one)."""
    lines = first_lines(text, 8)
    platform = bool(lines) and _PLATFORM_LABEL.fullmatch(lines[0]) is not None
    # the platform's own bars: "Facebook" / "Search Facebook", "Bluesky" / its menu, "🔁 Eliot Higgins boosted"
    while lines and (_PLATFORM_LABEL.fullmatch(lines[0]) or _PLATFORM_UI.fullmatch(lines[0])
                     or platform and (MENU_ROW.fullmatch(lines[0]) or _SHARED_BY.fullmatch(lines[0]))):
        lines = lines[1:]
    if len(lines) > 2 and _HANDLE_FOLLOW.fullmatch(lines[0]) and _CHANNEL_NAME.fullmatch(lines[1]):
        return lines[1]   # an account's handle and its Follow button over its display name, the account's owner
    if platform and len(lines) > 1 and _HANDLE.fullmatch(lines[0]) and _CHANNEL_NAME.fullmatch(lines[1]):
        return lines[1]   # its handle over its name ("@mintsyfra" / "Ministry of Digital Transformation of Ukraine")
    if len(lines) < 2 or not any(_SUBSCRIBERS.fullmatch(line) or _HANDLE.fullmatch(line) or _POST_AGE.fullmatch(line)
                                 for line in lines[1:3]):
        return None
    parts = [part for part in _SCRIPTS_SPLIT.split(lines[0]) if part.strip()]
    latin = [part.strip() for part in parts if not NON_LATIN.search(part)]
    name = latin[0] if latin else None
    if name and not any(_SUBSCRIBERS.fullmatch(line) for line in lines[1:3]) \
            and any(w.lower() in HEADLINE_WORDS for w in name.split() if w not in ("of", "in", "on")):
        return None   # a headline over its age ("Drones Hit Odesa Overnight" / "3h") is no account
    return name if name and _CHANNEL_NAME.fullmatch(name) else None


# an account's name over its audience further down a platform's page, its kind or buttons beside it ("Times Radio" /
# "854K subscribers", "ECFR" / "Think Tank · 148,220 followers", "ABC News (Australia)" / "2.3M subscribers   Join")
AUDIENCE_LINE = regex.compile(rf"(?:\p{{L}}[\p{{L}} \t-]{{1,30}}[·•|]{H}*+)?\d++(?:[.,\u00a0\u202f ]\d++)*+[KkMm]?+{H}++"
                               rf"(?i:subscribers|followers|members)(?:{H}*+[·•]{H}*+[^\n]{{0,30}}|(?:{H}++\p{{L}}++){{0,3}})")
_BRACKETED = regex.compile(rf"(?P<name>[^()\n]+?){H}++\(\p{{Lu}}[\p{{L}} ]{{1,30}}\)")   # "ABC News (Australia)"
AUDIENCE_LINES = 10


def _name_over_audience(lines: list[str]) -> str | None:
    for above, line in zip(lines, lines[1:]):
        if AUDIENCE_LINE.fullmatch(line):
            core = m.group("name") if (m := _BRACKETED.fullmatch(above)) else above
            return above if _CHANNEL_NAME.fullmatch(core) and not place_alone(core) else None
    return None


_BAR_NAME_WORD = r"(?:\p{Lu}[\p{L}\d&'’-]*+(?:\.\p{L}++)*+|\d++)"
# "Name — what it is" on the first line: a description in lower case ending in an organisation's noun ("Vostok Evac Fund
# — volunteer evacuation group"), an edition ("Stuttgarter Zeitung – English Edition"), a platform ("... — Telegram
# channel (translated from Russian)") or a numbered or periodic kind of page ("Caritas Ukraine – Situation report No.
# 41", "Centre for Defence Strategies (Kyiv) — Daily Russia-Ukraine War Brief"); a town in brackets is the outlet's home
_NAME_BEFORE_DASH = regex.compile(
    rf"(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the)){{0,7}})(?:{H}++\([^()\n]{{2,40}}\))?"
    rf"{H}++(?P<dash>[—–]|-(?={H})){H}*+(?P<what>[^\n]{{2,80}}?){H}*+")
_PAGE_KIND_AFTER_DASH = regex.compile(
    rf"(?i)(?:[\p{{L}}-]++{H}++){{0,4}}(?:report|brief|briefing|bulletin|update|digest|newsletter|review|summary|tally|round-?up"
    rf"|sitrep|(?:official{H}++)(?:page|site|website|account|channel))"
    rf"(?:{H}++(?:no\.?|№){H}*+[\d,]++)?")
STAMP_LINE_WORDS = 14
# a column's or a story's own words after the dash ("War in Numbers — our weekly tally"): an outlet's kind has none
_ARTICLE_AND_KIND = regex.compile(rf"(?i:an?|the){H}++(?:[\p{{L}}-]++{H}++){{0,2}}?(?i:{'|'.join(_METADATA['outlet_kinds']['words'])})\b")
_NOT_A_NAME_OF = frozenset(("a", "an", "our", "the", "this", "my", "your", "their"))
_LONG_DESCRIPTION = regex.compile(rf"\p{{Ll}}[\p{{Ll}}-]*+(?:{H}++[\p{{L}}-]++){{3,11}}")
_LOWER_DESCRIPTION = regex.compile(rf"\p{{Ll}}[\p{{Ll}}-]*+(?:{H}++\p{{Ll}}[\p{{Ll}}-]*+){{0,5}}")
# "Name | what the page is" on the first line: a name of up to five words (a figure may open it, "20 Minutes
# Vinnytsia"), or a site's address; its full name in brackets after it ("NV (New Voice of Ukraine)") is the name's
_NAME_BEFORE_BAR = regex.compile(
    rf"(?P<name>{_BAR_NAME_WORD}(?:{H}++(?:{_BAR_NAME_WORD}|of|for|and|the|to)){{0,4}}|[\p{{L}}\d][\p{{L}}\d-]*+(?:\.\p{{L}}{{2,6}})+)"
    rf"(?:{H}++\((?P<bracket>[^()\n]{{3,60}})\))?(?:{H}++(?P<frequency>\d{{2,3}}(?:[.,]\d)?{H}*+(?:FM|MHz)))?"
    rf"{H}*+[|·•]{H}*+(?P<what>[^\n]{{1,120}}?){H}*+")
_TIGHT_BAR = regex.compile(r"\p{Lu}\|\p{Lu}")
_BAR_PARTS = regex.compile(rf"{H}*+[|·•]{H}*+")
# the platform's address in brackets after it ("Telegram channel (t.me/synegubov)")
_AFTER_BRACKETS = regex.compile(rf"{H}*+\([^()\n]{{2,60}}\)$")
# a short section between the name and the page's stamp ("Kyodo News | World | Apr 24, 2025 - 22:41 | JST")
_SECTION = regex.compile(rf"\p{{L}}[\p{{L}}'’&-]*+(?:{H}++[\p{{L}}'’&-]++){{0,2}}")


def name_before_dash(text: str) -> str | None:
    """The first line's name before a dash and what the outlet or the page is (see _NAME_BEFORE_DASH)."""
    lines = first_lines(text, 1)
    if not lines or (m := _NAME_BEFORE_DASH.fullmatch(lines[0])) is None:
        return None
    name, what = m.group("name"), m.group("what")
    if place_alone(name) or a_person(name.split()) or name.split()[-1] in ("of", "for", "and", "the"):
        return None
    if _ARTICLE_AND_KIND.match(what) and not name.isupper():   # (an acronym's, "UNHCR - The UN Refugee Agency", below)
        return name   # what kind of outlet it is, with an article ("— a podcast about the war in Ukraine")
    platform = regex.sub(rf"{H}*+\([^()\n]*\)$", "", what).lower()
    if m.group("dash") != "-" and (platform in _PLATFORMS or platform in _EDITIONS or _PAGE_KIND_AFTER_DASH.fullmatch(what)
            or _LOWER_DESCRIPTION.fullmatch(what) and (ORGANISATION.search(what) or TAGLINE.search(what))):
        return name
    below = first_lines(text, 2)[1:]
    # what kind of outlet it is over the page's stamp ("Vil'na Dumka — Ukrainian Weekly in Australia" / "Sydney |
    # Community | 12 June 2022"): a headline's second half names no kind of outlet
    if tagline_line(what) and what.split()[0].lower() not in _NOT_A_NAME_OF and below and len(below[0].split()) <= STAMP_LINE_WORDS and regex.search(ONE_DATE, below[0]):
        return name
    # its sections after the dash, the page's stamp under the headline ("RNZ — World", "AgroPortal.ua — Markets |
    # Logistics"): a headline's name has a headline's words, a series' part no section
    sections = _BAR_PARTS.split(what)
    if len(sections[0].split()) <= 3 and not any(w.lower() in HEADLINE_WORDS for w in name.split()) \
            and not all(w.upper() in NOT_NAMES for w in name.split()) and _kinds_then_stamp(sections, text):
        return name
    # a longer description of what the outlet does, over the page's stamp, the name signed again below ("Open Sky
    # Ledger - independent open-source tracking of ..." / "Tally | 2 June 2023 | by the Open Sky Ledger team")
    if _LONG_DESCRIPTION.fullmatch(what) and below and len(below[0].split()) <= STAMP_LINE_WORDS \
            and regex.search(ONE_DATE, below[0]) \
            and regex.search(rf"(?<![\w.]){regex.escape(name)}(?![\w])", text.lstrip().split("\n", 1)[-1]):
        return name
    return None


def name_before_bar(text: str) -> str | None:
    """The first line's name before a bar and the platform the page is on ("Vyacheslav Gladkov | Telegram"), an edition
    or kind of page ("VoxCheck | Fact-check", "Suspilne Kharkiv | Evening bulletin | Transcript"), a section and the
    page's stamp ("Latifundist.com | Markets | 24 November 2022, 12:15"), or the site's address that spells it ("20
    Minutes Vinnytsia | 20minut.ua")."""
    lines = first_lines(text, 1)
    if lines and (spelled := initials_spelled_out(lines[0])) is not None:
        return spelled   # "GNA | Georgian News Agency"
    if not lines or (m := _NAME_BEFORE_BAR.fullmatch(lines[0])) is None or m.group("name").isdigit() \
            or _TIGHT_BAR.match(lines[0], m.end("name") - 1):
        return None   # (a bar tight between capitals is the name's own: "UA|TV")
    name = m.group("name")
    parts = [_AFTER_BRACKETS.sub("", part).lower().removeprefix("www.") for part in _BAR_PARTS.split(m.group("what"))]
    what = parts[0]
    if place_alone(name) or all(w.upper() in NOT_NAMES for w in name.split()):
        return None   # (a menu's first item: "News | Analysis | Opinion")
    if m.group("frequency"):
        return name   # a station's name and its frequency ("Radio Sumy 102.4 FM | Morning phone-in")
    if what in _PLATFORMS:
        return name   # whoever the channel is, a person too, it publishes its own posts
    if a_person(name.split()):
        return None
    if any(part in _EDITIONS for part in parts) or (m.group("bracket") or "").lower().startswith("english"):
        return name   # (or an edition in brackets: "Verstka (English digest) | Society")
    if is_stamp(parts[0]):
        return name   # the page's dateline and stamp after it: "IPN News Agency (Moldova) | Chisinau, October 31, 2022, 17:42"
    if any(w.lower() in HEADLINE_WORDS for w in name.split() if w != "to"):
        return None   # a headline ("Russia Strikes Kyiv | Analysis"); a name may hold "to" ("Helping to Leave")
    if _kinds_then_stamp(parts, text):
        return name   # "Memorial | Stories of the killed | 9 March 2024", "Seyminfo | Kursk | Society" over "8 July 2025, 11:30"
    if len(parts) > 1:
        return None
    what = _LANGUAGE_EDITION.sub("", what)   # the site's address and its edition ("TVN24 | TVN24.pl in English")
    joined = regex.sub(r"[\W_]+", "", name.lower())
    initials = "".join(w[0] for w in name.lower().split())
    # (the address's labels may run in another order than the name's words: "Nashe Misto Dnipro" at
    # dnipro.nashemisto.com.ua)
    labels = [label for label in what.split(".")[:-1] if len(label) >= 3 and label not in _GENERIC_LABELS] \
        if _ANY_ADDRESS.fullmatch(what) else []
    stem = labels[0] if labels else ""
    return name if len(stem) >= 3 and (joined.startswith(stem) or stem == initials or sorted(joined) == sorted("".join(labels))) \
        else None


_GENERIC_LABELS = frozenset(("com", "org", "net", "gov", "edu"))
# an edition in English after a name or address ("in English", "English Section", "English service")
_LANGUAGE_EDITION = regex.compile(rf"(?i){H}*+(?:in{H}++)?english(?:{H}++(?:edition|version|service|section|desk))?$")


def name_over_edition(text: str) -> str | None:
    """A name alone on the first line over a bar one of whose parts is its English edition ("NewsMaker" / "Moldova |
    English", "Radio Prague International" / "Český rozhlas | English Section"): a headline has no edition under it."""
    lines = first_lines(text, 2)
    if len(lines) < 2 or (m := _NAME_BEFORE_BAR.fullmatch(lines[0] + " | x")) is None or m.group("name") != lines[0]:
        return None
    parts = _BAR_PARTS.split(lines[1])
    if len(parts) < 2 or not any(_LANGUAGE_EDITION.fullmatch(" " + part) for part in parts):
        return None
    name = lines[0]
    if place_alone(name) or a_person(name.split()) or any(w.lower() in HEADLINE_WORDS for w in name.split()):
        return None
    return name
_ANY_ADDRESS = regex.compile(r"[\p{L}\d][\p{L}\d-]*+(?:\.[\p{L}\d-]{2,20}){1,3}")
# a kind of page or a section between the name and the stamp: a few words ("Field diary", "Notice to consumers",
# "Ukraine Update (podcast)", "Episode 214"), no sentence
# (a programme's name may hold a full stop and a dash the kind of page: "Fakty. Night News — programme transcript")
_KIND_PART = regex.compile(rf"[\p{{L}}\d'’&-]++\.?(?:{H}++[\p{{L}}\d'’&()-]++\.?){{0,3}}")
_KIND_DASH = regex.compile(rf"{H}++[—–]{H}++")
# the story's dateline opening the first paragraph ("Tbilisi, 25 November 2023, 11:48 (IPN). Russia attacked ...")
_OPENING_DATELINE = regex.compile(rf"\p{{Lu}}[\p{{L}}'’ -]{{1,30}},{H}++{ONE_DATE}")
STAMP_LINES_BELOW = 3


def _kinds_then_stamp(parts: list[str], text: str) -> bool:
    """The parts after the name are sections or kinds of page, then the page's stamp (on the line or in the few lines
    under it, a headline between): a headline has no stamp over its story."""
    parts = [kind for part in parts for kind in _KIND_DASH.split(part)]
    kinds = list(itertools.takewhile(lambda part: not is_stamp(part), parts))
    if not kinds or not all(_KIND_PART.fullmatch(kind) for kind in kinds):
        return False
    if len(kinds) < len(parts):
        return True
    below = first_lines(text, 1 + STAMP_LINES_BELOW)[1:]
    return any(dated_line(line) or _OPENING_DATELINE.match(line) for line in below)
