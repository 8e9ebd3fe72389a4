"""Page text → what weighs a place mention towards the main place: the page head, landmarks, credit lines, nested regions."""
from __future__ import annotations

import regex

from extract.context import DocContext
from extract.vocab import in_range

# "south-east of", "north west of", "southwest of": a compass bearing from a place; not "in the east of the Kharkiv
# region" (a part of the place itself) unless "to the south of"
DIRECTION_OF = r"(?<!(?<!\bto\s)\bthe\s)(?<![\w-])(?<!\b(?:north|south)\s)(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s++of(?:\s++the)?"
# what stands before a place that only tells where another one lies
_LANDMARK = (r"(?:\b(?:near|outside|off)|\bclose\s+to|\bnot\s+far\s+from|\b(?:km|kilometres|kilometers|miles)\)?"
             r"(?:\s*+\([^()]{0,20}\))?\s++(?:(?:north|south|east|west)[\w-]*+\s++)?(?:of|from|off)|" + DIRECTION_OF + ")")
LANDMARK_RX = regex.compile(r"(?i)" + _LANDMARK + r"\s++$")
# between a town and the landmark that locates it: "Cherkaska Lozova on the northern edge of Kharkiv", "Pidhorodne, a
# village near Dnipro", "Vilkhivka just outside Kharkiv"
TOWN_BY_LANDMARK_RX = regex.compile(r"(?i)(?:,\s*+(?:a|the)\s++(?:[\w-]++\s++){0,2}?(?:village|town|settlement|suburb|city)\s++|\s++)"
                                    r"(?:on\s++the\s++(?:[\w-]++\s++)?(?:edge|outskirts)\s++of|(?:just\s++)?(?:near|outside)|"
                                    r"close\s++to|not\s++far\s++from)\s++(?:the\s++(?:city|town)\s++of\s++)?")
# where the wounded were taken for treatment: "taken to hospitals in Lviv and Novoiavorivsk", "hospitalised in Kyiv"
# the page's own team's seat, where its work sets out from: "Two vans left our base in Pokrovsk", "our office in Kharkiv"
OWN_BASE_BEFORE_RX = regex.compile(r"(?i)\bour\s++(?:[\w-]++\s++)?(?:base|office|headquarters|HQ|warehouse|hub|depot|"
                                   r"newsroom|studio|shelter|centre|center)\s++(?:in|at)\s++(?:the\s++)?(?:(?:city|town)\s++of\s++)?$")
HOSPITAL_BEFORE_RX = regex.compile(r"(?i)\b(?:(?:taken|brought|admitted|rushed|transported|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?"
                                   r"(?:hospitals?|clinics?|medical\s+facilit(?:y|ies))|hospitali[sz]ed|treated)\s+in\s+(?:the\s+)?"
                                   r"(?:(?:city|town)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]+(?:,\s+|\s+and\s+))?$")
# a weapon's impact, not a journey's end: "Russian missile slams into Dnipro high-rise" names the place hit, which a bare
# "into" (a destination: "fled into Poland") does not
IMPACT_INTO_RX = regex.compile(r"(?i)\b(?:slam|crash|smash|plough|plow|tear|rip|slamm|ripp)(?:s|es|ed|ing)?+\s++into\s++$")
# a sign-off crediting reporters: the places in it are where they sat, not where things happened
# ("Reporting from Kyiv, Ukraine" under a byline; "X contributed reporting from Kramatorsk")
CREDIT_LINE_RX = regex.compile(r"(?m)^\s*+\(?(?:Reporting|Additional\s+reporting|Writing|Editing)\s+(?:by|from)\b"
                               r"|\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|reporting)"
                               # a byline of names and desk words only: "By Europe correspondent Emily Hallam in Kyiv and wires"
                               r"|^[^\S\n]*+By(?:[^\S\n]++(?:\p{Lu}[\p{L}'’.-]*+,?|(?i:correspondent|reporter|editor|staff|writer|"
                               r"bureau|chief|senior|foreign|our|in|and|with|the|wires|agencies|news|desk)))++[^\S\n]*+$"
                               # a post's byline, its day and author, the writers' seat at its end: "Posted 30 October
                               # 2023 by the evacuation team, Pokrovsk", "Published 12 March by Daria Zubkova in Odesa"
                               r"|^[^\S\n]*+(?:Posted|Published|Written|Filed|Updated|Sent)\b[^\n.]{0,40}?\d[^\n.]{0,20}?\bby\b[^\n]{0,90}$")
# between a town and the region that only locates it: "Serhiivka in Ukraine's Odesa region", "Lgov, Kursk region"
REGION_NEST_RX = regex.compile(r",\s*+|\s++in\s++(?:the\s++)?(?:\p{Lu}[\p{L}-]*+['’]s\s++)?(?:[\p{Ll}-]++\s++){0,2}")


def head_end(ctx: DocContext) -> int:
    """The end of the page's head: its first three lines, but no paragraph after the first one (a text without its
    headline opens on the lede, and the places of the paragraphs after it are the story's, not its headline's)."""
    end = 0
    for k, (start, line_end) in enumerate(ctx.lines[:HEAD_LINES_TO_TITLE]):
        line = ctx.text[start:line_end]
        # (a masthead, its site line and a section over the headline: the head reaches the page's title line)
        if k < 3 or (ctx.title and line.strip() == ctx.title.strip()):
            end = line_end
        if len(line.split()) > HEAD_PARAGRAPH_WORDS:
            break
    return end


HEAD_PARAGRAPH_WORDS = 20   # more words than any headline
HEAD_LINES_TO_TITLE = 8     # the title line under a masthead, its site and section lines and the blanks between


# "a railway station in central Ukraine", "the market of a town in eastern Ukraine": one site told by the part of the
# country it lies in, which in a story about one town is that town ("strikes in eastern Ukraine" stay the country's)
SITE_IN_PART_RX = regex.compile(r"(?i)\b(?:a|an|the)\s++(?:[\w-]++\s++){1,3}?(?:in|of)\s++(?:the\s++)?"
                                r"(?:central|(?:north|south)?(?:east|west)ern|northern|southern|north|south|east|west)\s++$")


# "Near the capital, eight civilians were killed when mortar fire hit a road residents of Irpin used to flee": a sentence
# that opens on a landmark ("Near X,", "Outside X,", "Not far from X,", "South-east of X,") sets no place of its own;
# a town the sentence names is where the figure happened
# (the landmark phrase is all that stands before the place: "Shelling near Bilopillia killed ..." is no opening)
_OPENING_RX = regex.compile(r"(?i)\W*+(?:(?:some|about|around|roughly|just)\s++)?(?:\d[\d,.]*+\s*+)?" + _LANDMARK + r"\s++")


def opening_landmark(text: str, mention, candidates: list, sent_start: int) -> bool:
    """True for a landmark opening the sentence when another town or district of the sentence may be the place."""
    if mention.start - sent_start > 40 or not _OPENING_RX.fullmatch(text, sent_start, mention.start):
        return False
    return any(o.kind in ("city", "district") and o.name != mention.name and o.start > mention.end
               and not LANDMARK_RX.search(text, max(0, o.start - 40), o.start) for o in candidates)


def locates_town(m, mentions: list, text: str) -> bool:
    """A landmark that locates a town named just before it ("Pidhorodne, a village near Dnipro"); not one that locates
    a thing ("a power line near Kamensk-Shakhtinsky ... residents of the city": the city is the landmark's)."""
    if LANDMARK_RX.search(text, max(0, m.start - 40), m.start) is None:
        return False
    if _NEAR_RX.search(text, max(0, m.start - 20), m.start) is None:
        return True   # "Some 40 km from Kharkiv, the town ...", "south-east of Pokrovsk": a distance locates a town
    floor = max(0, m.start - 60, text.rfind("\n", 0, m.start) + 1, text.rfind(". ", 0, m.start) + 1)   # its own sentence
    return in_range(mentions, floor, m.start) != [] or _TOWN_NOUN_RX.search(text, floor, m.start) is not None


_NEAR_RX = regex.compile(r"(?i)\b(?:near|outside|close\s+to|not\s+far\s+from)\s++$")
# "the mining town south-east of Pokrovsk": a town the landmark locates, though unnamed there
_TOWN_NOUN_RX = regex.compile(r"(?i)\b(?:town|village|city|settlement|suburb|hamlet|community)\b")
