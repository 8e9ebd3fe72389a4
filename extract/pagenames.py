"""Page text → the outlet's name as a platform's or a browser's page gives it: the publication a blog platform's story
ran in, a feed item's site, a newsletter's name over its subscribe row, a newsletter e-mail's sender, a press release's issuer, a body's English service after its own name, and the site's name
after a browser title's headline."""
from __future__ import annotations

import regex

from extract.nameoverdate import HEADLINE_WORDS, a_person
from extract.pagehead import SIGNED_NAME_LINE, first_lines
from extract.twolinemast import NOT_NAMES, TAGLINE, place_alone

H = r"[^\S\n]"


# a blog platform's story page: the publication it ran in ("Published in Eastern Front Dispatch"), not the platform
_PUBLISHED_IN = regex.compile(rf"(?i:published{H}++in){H}++(?P<name>(?:the{H}++)?\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the|&|from|on|in|at|to)){{0,5}}(?<!{H}(?:from|on|in|at|to)))")
# a newsletter's head: its name, perhaps a line saying what it is, and the platform's subscribe row
_SUBSCRIBE_ROW = regex.compile(rf"(?i)(?:subscribe|sign{H}*+in|sign{H}*+up|log{H}*+in)(?:{H}*+[|·•]?{H}*+(?:subscribe|sign{H}*+in|sign{H}*+up|log{H}*+in)){{1,2}}")
PUBLISHED_IN_LINES = 12


def publication_of_story(text: str) -> str | None:
    """"Published in X" in the page's head: the publication a platform's story ran in."""
    for line in first_lines(text, PUBLISHED_IN_LINES):
        if (m := _PUBLISHED_IN.fullmatch(line)) and not place_alone(m.group("name")):
            return m.group("name")
    return None


# a feed item copied as text: its link's site names the outlet ("link: https://www.ukrinform.net/rubric-ato/...")
_FEED_LINK = regex.compile(rf"(?im)^{H}*+(?:link:{H}*+|<link>{H}*+)https?://(?:www\.)?(?P<site>[\p{{L}}\d-]++(?:\.[\p{{L}}\d-]++)++)")
_FEED_DATE = regex.compile(rf"(?im)^{H}*+(?:pubDate:|<pubDate>|published:|<published>|dc:date:)")
FEED_HEAD_CHARS = 1500


def feed_item_site(text: str) -> str | None:
    """A feed item's text (title, link, pubDate lines): the site its link is on is the publisher."""
    head = text.lstrip()[:FEED_HEAD_CHARS]
    if (link := _FEED_LINK.search(head)) is None or _FEED_DATE.search(head) is None:
        return None
    site = link.group("site").lower()
    # (an edition's label before the site's own: "english.nv.ua" is nv.ua)
    labels = site.split(".")
    return ".".join(labels[-3:]) if len(labels) > 2 and len(labels[-2]) <= 3 else ".".join(labels[-2:])


def newsletter_name(text: str) -> str | None:
    """A newsletter's name over its subscribe row ("Sirens & Numbers" / "A weekly look at ..." / "Subscribe  Sign in"):
    the first line is the newsletter's, whoever signs its issues."""
    lines = first_lines(text, 4)
    # (or a lone "Subscribe" under the issue's title: "Frontline Ledger" / "A weekly newsletter ..." / title / "Subscribe")
    if len(lines) < 2 or not (any(_SUBSCRIBE_ROW.fullmatch(line) for line in lines[1:3])
                              or len(lines) > 3 and TAGLINE.search(lines[1]) and lines[3].lower() == "subscribe"):
        return None
    name = lines[0]
    words = name.split()
    if not SIGNED_NAME_LINE.fullmatch(name.replace(" & ", " and ")) or place_alone(name) or a_person(words) \
            or all(w.upper() in NOT_NAMES for w in words):
        return None
    return name


# an e-mail's sender: a name and the address it writes from ("From: Foreign Policy <newsletters@foreignpolicy.com>")
_FROM_LINE = regex.compile(rf"(?im)^{H}*+from:{H}*+(?P<name>[^<>\n@]{{2,60}}?){H}*+<[\w.+-]++@(?P<domain>[\w-]++(?:\.[\w-]++)++)>")
SENDER_LINES = 8


def sender_name(text: str) -> str | None:
    """A newsletter e-mail's sender, where the address it writes from spells the name (its words run together, or
    its initials): the outlet that sent it; a person writing from a mail service is nobody's masthead."""
    head = "\n".join(text.lstrip().split("\n", SENDER_LINES)[:SENDER_LINES])
    if (m := _FROM_LINE.search(head)) is None:
        return None
    name = m.group("name").strip().strip('"')
    labels = [label for label in m.group("domain").lower().split(".")[:-1] if len(label) >= 2]
    initials = "".join(w[0] for w in name.lower().split() if w not in ("of", "the", "and", "for"))
    words = name.split()
    for label in labels:
        # (the words the address spells, without an edition's: "Meduza in English" at meduza.io is Meduza)
        for k in range(1, len(words) + 1):
            if regex.sub(r"[\W_]+", "", " ".join(words[:k]).lower()).removeprefix("the") == label:
                return " ".join(words[:k])
        if label == initials:
            return name
    return None


# a press release as a distribution service carries it: the issuer under "News provided by", or the subject of the
# release's first sentence after the service's mark ("SAN FRANCISCO--(BUSINESS WIRE)--Nova Ukraine, a nonprofit,
# today announced", "KYIV, Aug. 24, 2023 /PRNewswire/ -- Razom for Ukraine ..."); the service is no publisher
_PROVIDED_BY = regex.compile(rf"(?im)^{H}*+news{H}++provided{H}++by:?{H}*+(?:\n{H}*+)?(?P<name>\p{{Lu}}[^\n]{{1,70}}?){H}*+$")
_SERVICE = r"(?i:business[^\S\n]++wire|globe[^\S\n]++newswire|pr[^\S\n]*+newswire|accesswire|newsfile)"
# (the mark opens the release's first line after its dateline: quoted in a story's sentence, it is the story's)
_WIRE_MARK = regex.compile(rf"(?m)^[^\n\"“”]{{0,80}}?(?:{H}*+--{H}*+\({_SERVICE}\){H}*+--|{H}*+\({_SERVICE}\){H}*+--|{H}*+/{_SERVICE}/{H}*+--){H}*+(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the)){{0,7}})"
                           rf"(?=,|{H}++(?:today|announced|has|have|is|said|will)\b)")
ISSUER_REACH = 2500


def issuer_name(text: str) -> str | None:
    """The issuer of a press release that a distribution service carries."""
    head = text.lstrip()[:ISSUER_REACH]
    if m := _PROVIDED_BY.search(head):
        return m.group("name")
    return m.group("name") if (m := _WIRE_MARK.search(head)) else None


# a body's name and, after a bar or a dash, the name of its service that runs the page, in English ("Polskie Radio |
# Radio Poland", "Straż Graniczna | Polish Border Guard", "Bulgarian National Radio - Radio Bulgaria")
_NAME_WORDS = r"\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++(?:\p{Lu}[\p{L}'’.-]*+|of|for|and|the)){0,5}"
_OFFICE_WORDS = frozenset(("Press", "Media", "Information", "News", "Service", "Office", "Centre", "Center", "Department",
                           "Unit", "Communications"))
_PARENT_AND_SERVICE = regex.compile(rf"(?P<parent>{_NAME_WORDS}){H}++[|–—-]{H}++(?P<service>{_NAME_WORDS})")


def service_name(text: str) -> str | None:
    """The service's name after its parent's on the first line: both are a body's or a broadcaster's names (or the
    parent's is in another language), the service's in English is the page's."""
    from extract.actors import BODY_HEADS
    lines = first_lines(text, 1)
    if not lines or (m := _PARENT_AND_SERVICE.fullmatch(lines[0])) is None:
        return None
    parent, service = m.group("parent").split(), m.group("service").split()
    if len(service) < 2 or service[-1] in ("of", "for", "and", "the") or place_alone(m.group("service")) \
            or all(w in _OFFICE_WORDS for w in service):
        return None   # (a body's own office is no service of its own: "Kharkiv City Council | Press Service")
    def a_body(words: list[str]) -> bool:
        return any(w in BODY_HEADS for w in words)
    foreign = any(not c.isascii() for c in m.group("parent"))
    return m.group("service") if a_body(service) and (a_body(parent) or foreign) else None


# the page's title as a browser keeps it: the headline, a bar and the site's name ("Drones hit Odesa port overnight |
# Odesa Journal"); after a dash stands a headline's source instead ("... exceed 720,000 – General Staff", "... -
# Klitschko"), no site
_HEADLINE_BAR_NAME = regex.compile(rf"(?P<headline>[^\n|]{{20,200}}?){H}++\|{H}++(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+"
                                   rf"(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the)){{0,3}}){H}*+")
_LOWER_WORD = regex.compile(r"\b\p{Ll}{2,}\b")


def headline_before_bar(line: str) -> regex.Match | None:
    """"Drones hit Odesa port overnight | Odesa Journal": a headline (words in lower case among its four or more), a
    bar and a few capitalised words after it (a site's name, a section, a speaker)."""
    m = _HEADLINE_BAR_NAME.fullmatch(line.strip())
    return m if m and len(_LOWER_WORD.findall(m.group("headline"))) >= 2 and len(m.group("headline").split()) >= 4 else None


def name_after_headline(text: str) -> str | None:
    """The site's name after the headline and a bar on the first line; the name is no place, person, banner or
    section."""
    from extract.actors import BODY_HEADS
    lines = first_lines(text, 1)
    if not lines or (m := headline_before_bar(lines[0])) is None:
        return None
    name, words = m.group("name"), m.group("name").split()
    # (one word alone is as often a section, "| Energy": listed outlets' one-word names are the cues' to find)
    if len(words) < 2 or place_alone(name) or a_person(words) or any(w.upper() in NOT_NAMES for w in words) or words[-1] in BODY_HEADS \
            or any(w.lower() in HEADLINE_WORDS for w in words):
        return None
    return name


# a reader app's or a site's credit line under the headline: the outlet, its writer and the day, set apart by dots,
# slashes or bars ("Defense News  ·  by Stephen Losey  ·  Wed, 17 Jul 2024 14:03:00 GMT", "The Conversation / Jennifer
# Mathers, Aberystwyth University / Mar 3, 2023")
_CREDIT_LINE = regex.compile(rf"(?P<name>\p{{Lu}}[\p{{L}}&'’.-]*+(?:{H}++(?:\p{{Lu}}[\p{{L}}&'’.-]*+|of|for|and|the|on)){{0,5}})"
                             rf"{H}*+(?P<sep>[·•/|]){H}*+(?i:by{H}++)?(?P<writer>\p{{Lu}}[^·•/|\n]{{2,60}}?){H}*+(?P=sep){H}*+(?P<day>[^\n]{{6,40}})")
# the writer: a name of two to four words, perhaps with where the writer works after a comma
_WRITER = regex.compile(rf"\p{{Lu}}[\p{{Ll}}'’.-]++(?:{H}++\p{{Lu}}[\p{{L}}'’.-]++){{1,3}}(?:,{H}*+[^\n,]{{2,50}})?")
CREDIT_LINES = 12


def name_in_credit_line(text: str) -> str | None:
    """The outlet opening a credit line that names a writer and ends in the day (never a person's name first, nor a
    place: "Kyiv / Olena Example / 3 March 2024" is a dateline)."""
    from extract.nameoverdate import ONE_DATE
    for line in first_lines(text, CREDIT_LINES):
        if (m := _CREDIT_LINE.fullmatch(line)) and _WRITER.fullmatch(m.group("writer")) and regex.search(ONE_DATE, m.group("day")) \
                and not place_alone(m.group("name")) and not a_person(m.group("name").split()):
            return m.group("name")
    return None
