"""claimants.toml → the compiled cue patterns extract/claimants.py reads: speech verbs, gaps, lead-ins, line shapes."""
from __future__ import annotations

import regex

from extract.actors import _RULES, ABBREVIATIONS
from extract.gazetteer import _CUES as PLACE_CUES
from extract.vocab import alternation, load_rules, longest_first as _longest_first

# Word lists as tries rather than named lists: the engine walks a trie a character at a time instead of hashing
# every length of the text ahead; both try the longer of two phrases first and fall back to the shorter.
_GAPS = alternation(_RULES["gaps"]["between"], flexible_spaces=False)
_GAPS = "(?:" + "|".join(_RULES["gaps"]["times"]) + ")|" + _GAPS   # a time phrase before the single words ("on Sunday")
_PLACE_NOUNS = alternation(_RULES["gaps"]["place_nouns"], flexible_spaces=False)
# "officials in the neighbouring Ivano-Frankivsk region": the gazetteer's words between a preposition and a place
_PLACE_FILLERS = alternation([w for w in PLACE_CUES["fillers"] if w.islower() and " " not in w], flexible_spaces=False)
# "in the occupied part of Ukraine's Zaporizhzhia region", "in Russian-held parts of Kherson Oblast": a part of a place
_PART_OF = r"(?:(?:[\p{L}-]++\s++){0,2}?(?:part|parts|areas|outskirts)\s++of\s++(?:the\s++)?)?"
_SEAT = (r"(?:\s++(?:in|from)\s++(?:the\s++)?" + _PART_OF + r"(?:(?:" + _PLACE_FILLERS + r")\s++)?(?:\p{Lu}[\p{L}'’-]*+(?:[^\S\n]++(?:and[^\S\n]++)?\p{Lu}[\p{L}'’-]*+){0,2}(?:\s++(?:" + _PLACE_NOUNS
         + r"))?|(?:" + _PLACE_NOUNS + r"))(?![\p{L}'’-]))?")
# an appositive or a bracket never runs over a line break: "BBC News, Kyiv" above a story is no speaker of it
_AGENTS = alternation(_RULES["gaps"]["agents"], flexible_spaces=False)
# (not when the agent is named after it: "Ukraine's representative, Sergiy Kyslytsya, said" is Kyslytsya's)
GAP = (r"(?:['’]s?\s++(?:" + _AGENTS + r")(?![\p{L}'’-])(?!\s*+,\s*+\p{Lu}))?(?:\s*+\([^()\n]{1,60}\))?" + _SEAT + r"(?:\s++(?:" + _GAPS + r")\b)*+(?P<appos>\s*+,[^,;:.\n]{1,160}?,(?:\s*+(?:where|which|whose|who|when)\b[^,;:.\n]{1,120}?,)?)?(?:\s*+,\s*+(?:who|which)\b)?"
       r"(?:\s*+,)?(?:\s++(?:" + _GAPS + r")\b)*+\s*+")
_VERBS = _RULES["verbs"]["after_speaker"]
_FINAL_VERBS = _RULES["verbs"]["after_speaker_final"]
NEXT_WORD_RX = regex.compile(r"[^\S\n]++(\p{Ll}[\p{Ll}-]*+)")
# the lower-case words a cue after a speaker may open with (verbs, gaps, time phrases, seats, count nouns)
_AFTER_FIRST_WORDS = frozenset(w.split()[0] for w in [*_VERBS, *_FINAL_VERBS, *_RULES["gaps"]["between"], *_RULES["possessive"]["bare"],
                                                      "in", "from", "on", "late", "early", "last", "earlier", "later", "by",
                                                      "at", "who", "which"])
VERB_AFTER_RX = regex.compile(r"^" + GAP + r"(?:(?:" + alternation(_VERBS + [v.title() for v in _VERBS], flexible_spaces=False)
                              + r")\b|(?:" + alternation(_FINAL_VERBS, flexible_spaces=False)
                              + r")(?=\s*+[.,;:!?\n]|\s++(?:in|on|last|this|after)\b|$))")
INVERTED_RX = regex.compile(
    # a title before the name may be lower-case: ", said air force spokesman Yurii Ihnat"
    r"(?:(?:^|[,\"”’:;]|\s[-–—])\s*(?:\L<inverted>)(?:\s+on\s+\w+)?)[^\S\n]+"
    r"(?:(?:\L<lead>|\L<abbr>|\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}'’-]*),?[^\S\n]+){0,5}$",   # ", said the mayor of Kharkiv, Ihor Terekhov"
    inverted=_longest_first(_RULES["verbs"]["before_speaker"]), lead=_longest_first(_RULES["gaps"]["lead_ins"]),
    abbr=_longest_first(ABBREVIATIONS))
PREPOSITION_RX = regex.compile(
    # "per" cites ("per the ministry") but not as a rate: "40 per cent of consumers in the Kyiv region"
    r"(?:(?i:\b(?!per[^\S\n]++(?:cent|capita|day|night|week|month|year|hour|person|head)\b)(?:\L<preps>))"
    r"|\b(?<!\b(?i:\L<things>)(?:[^\S\n]++(?:that|which)[^\S\n]++(?:was|were|is|are|had\s++been|has\s++been))?[^\S\n]++)"
    r"(?:\L<by_after>)(?:\s+\S+){0,4}?\s+by)"
    # the words before the speaker stay in its sentence: no line break, and a full stop only in an abbreviation ("Gov.")
    r"[^\S\n]+(?:(?:\L<lead>|\L<abbr>|\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}'’-]*)[^\S\n]+){0,5}$",
    preps=_longest_first(_RULES["verbs"]["prepositions"]), by_after=_longest_first(_RULES["verbs"]["by_after"]),
    things=_longest_first(_RULES["verbs"]["by_after_not"]), lead=_longest_first(_RULES["gaps"]["lead_ins"]), abbr=_longest_first(ABBREVIATIONS))
_PREPOSITIONS = tuple(p.casefold() for p in _RULES["verbs"]["prepositions"])
_INVERTED = tuple(_RULES["verbs"]["before_speaker"])
# After an inverted speaker the clause ends: "..., said Kyrylo Tymoshenko." but not "..., said Russia fired 38".
# a line's end closes the clause too: a headline's credit "..., says border guard"
CLAUSE_END_RX = regex.compile(r"^\s*(?:[,.;:)\"”]|$|\s(?:on|in|at|during|late|earlier|later|after)\s)|^[^\S\n]*\n")
POSSESSIVE_RX = regex.compile(r"^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:\L<nouns>)\b", nouns=_RULES["possessive"]["nouns"])
# "a Reuters tally shows", "an AFP count found": the name as an adjective of its count
COUNT_NOUN_RX = regex.compile(r"^\s+(?:\L<nouns>)\b", nouns=_RULES["possessive"]["bare"])
_HEAD_ROLES = r"(?i:(?:regional\s+|city\s+|acting\s+)?(?:governor|mayor))"
HEADLINE_ROLE_RX = regex.compile(r"^\s*+(?P<lead>" + _HEAD_ROLES + r")\s*+:\s*+\S|\s[-–—]\s*+(?P<tail>" + _HEAD_ROLES
                                 + r")\s*+$")
# what may stand before a sentence's subject: a bullet, "The", a nation ("Russia's Defence Ministry does not ...")
# (after a live entry's time, and through a unit of the body: "21:45 — Air defence of the Southern Defence Forces shot
# down 36 drones ..., the command reported")
SUBJECT_LEAD_RX = regex.compile(r"[-–—•*\s]*+(?:\d{1,2}[:.]\d{2}\s*+[-–—]?\s*+)?(?:(?:[Aa]ir\s++defen[cs]e(?:\s++(?:forces|units))?"
                                r"|[Uu]nits|[Ff]orces|[Cc]rews|[Tt]roops|[Ss]oldiers)\s++of\s++)?(?:[Tt]he\s++)?")
# "Russia launched 539 drones, it said.": a pronoun tagged on after the words it speaks; what it stands for was named
# before that sentence, never inside the words it reports
TRAILING_TAG_RX = regex.compile(r"[,\"”]\s*+$")
# (the verb ends the clause: ", it said." / ", it said on Telegram"; ", it put Russian losses at 266,650" opens words of
# its own, whose "it" is the body named before it in the sentence)
TRAILING_VERB_RX = regex.compile(r"\s++(?:also\s++)?(?:" + alternation(_VERBS, flexible_spaces=False) + r")\b"
                                 r"(?=\s*+(?:[,.;:!?)\"”]|$)|\s++(?:on|in|late|early|earlier|later|overnight|yesterday|today|"
                                 r"citing|adding|without|after|via|following)\b)")
CONTRAST_RX = regex.compile(r",\s*(?:while|but|whereas)\s")
HEAD_OF_RX = regex.compile(r"\b(?:head|chief|spokes(?:man|woman|person)|commander|director|secretary)\s+(?:of|for)\s+(?:the\s+)?$")
NAME_GAP_RX = regex.compile(r"\s*+,?\s*+")
# a body's head told after the body, then named: "the Sumy regional military administration head, Oleh Hryhorov",
# "the Zaporizhzhia regional military administration chief Ivan Fedorov"
HEAD_AFTER_GAP_RX = regex.compile(r"(?:['’]s)?\s++(?:head|chief|director|commander|spokes(?:man|woman|person))\s*+,?\s*+")
COMPILER_RX = regex.compile(r"(?i)\b(?:" + alternation(_RULES["verbs"]["compilers"]) + r")\s++(?:here\s++)?by\s++(?:the\s++)?$")
CITING_RX = regex.compile(r"\s*,\s*(?:citing|according\s+to|quoting)\s")
# between a role and the person it introduces: "the governor of Belgorod Oblast, "
# (or with no comma, the name right after the role: "according to the regional governor Andrei Vorobyov")
ROLE_APPOSITION_RX = regex.compile(r"(?:\s+of\s+(?:the\s+)?[^,.;:()\n]{1,50}+)?\s*+,\s*+|[^\S\n]++")
COLON_RX = regex.compile(r"^\s*+:")
# a person's title may stand before the colon: "Oleksandr Prokudin, the governor of Kherson region:"
# ...or a bracketed note on the post: "Andrei Vorobyov (repost):", "Syniehubov (Telegram):"
PERSON_COLON_RX = regex.compile(r"^(?:\s*+,[^,:;.\n]{1,80}+)?(?:[^\S\n]*+\([^()\n]{1,30}\))?\s*+:")
_LINE_LEAD = r"^(?:[-–—•*]\s*)?(?:UPDATE,?\s+[^-–—]{0,40}[-–—]\s*)?(?:\d{1,2}[:.]\d{2}\s*[-–—]?\s*)?"
LINE_LEAD_RX = regex.compile(_LINE_LEAD + r"(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,4}$")
# a person's title before the name may be lower-case: "Kherson governor Oleksandr Prokudin:"
PERSON_LINE_LEAD_RX = regex.compile(_LINE_LEAD + r"(?:[\p{L}.'’-]++,?\s+){0,4}$")
# a list item: a bullet, a label and its figure, or a line opening on a count ("3 people were killed in Nikopol;")
# (a clock time's colon inside a sentence is no label's: "As a result of the attack, as of 10:00 about 1.2 million ..." is
# a sentence; a time opening the line stamps a log's entry: '09:55 "So far, 1,200 children have been taken ..."')
LIST_ITEM_RX = regex.compile(r"\s*(?:[-–—•*]\s|\d{1,2}:\d\d\s|[^.!?]{0,60}(?::(?!\d)|[—–‒-])\s*(?:\p{L}+\s+){0,2}[\d(]|\d[\d,.]*+\s+\p{L})")
TIME_LEAD_RX = regex.compile(r"(?:[-–—•*]\s*)?\d{1,2}[:.]\d{2}\s*[-–—]?\s*$")
# a live entry's label may give the speaker's office before the name: "18:40 — Kyiv City Military Administration head
# Tymur Tkachenko: ...", "07:30 — Kharkiv regional governor Oleh Syniehubov: ..." (words only: no clause before it)
TIME_TITLE_LEAD_RX = regex.compile(r"(?:[-–—•*]\s*)?\d{1,2}[:.]\d{2}\s*[-–—]?\s*(?:[\p{L}.'’-]++[^\S\n]++){0,7}$")
# ...or name what the speaker gave before the colon: "10:00 — Air Force final tally: ...", "Klitschko update: ..."
_HEAD_NOUN_COLON = (r"[^\S\n]++(?:(?:final|latest|updated|preliminary|morning|evening|overnight|official|new)[^\S\n]++)?"
                    r"(?:tally|update|count|figures|data|toll|summary|report|statement)[^\S\n]*+:")
HEAD_NOUN_COLON_RX = regex.compile("^" + _HEAD_NOUN_COLON)
# ...or where the speaker opening its line gave it: "Zelensky in his evening address: ...", "Klitschko on Telegram: ..."
VENUE_COLON_RX = regex.compile(
    r"^[^\S\n]++(?:(?:in|during)[^\S\n]++(?:his|her|its|their|a|an|the)[^\S\n]++(?:[\p{L}-]++[^\S\n]++){0,3}?(?:"
    + alternation(_RULES["venues"]["nouns"]) + r")|on[^\S\n]++(?:the[^\S\n]++)?(?:" + alternation(_RULES["venues"]["channels"])
    + r"))[^\S\n]*+:(?=[^\S\n]*+\S)")
DASH_CREDIT_RX = regex.compile(r"\s[-–—]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$")   # headline "... - Klitschko"
# A sentence that opens on a new place starts a new report; it does not continue the last speaker's.
# ("In Kherson, ...", "In Chornomorsk in the Odesa region, ...", "In Bila Tserkva district, ...")
_SCENE_PLACE = r"(?:the\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*+(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*+){0,2}(?:\s+(?:region|oblast|district|province|community))?"
# Without the comma when the figure follows the place at once: "In Khmelnytskyi region one person was killed", "In
# Zaporizhzhia nine people were injured".
# A time told after the place does not tie it back to the last speaker: "In the Odesa region that day, ...", "In Sumy
# on Monday, ...", "In Kherson overnight, ..."
_SCENE_TIME = (r"(?:\s+(?:(?:that|the\s+same|later\s+that|earlier\s+that)\s+(?:day|night|morning|afternoon|evening)|overnight"
               r"|on\s+(?:the\s+same\s+day|\p{Lu}\p{Ll}+day|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})))?")
# ...and so does one whose subject is a third country, telling the outlet's background on it: "Romania hosts more than
# 5,000 allied troops and has let 80,000 refugees settle", "Poland, a country of 38 million, has taken in 1.5 million"
# (not Ukraine or Russia, whose strikes and losses are what the speaker goes on to tell; not "Poland's border guard")
_THIRD_STATES = sorted((name for state, aliases in load_rules("places")["countries"].items() if state not in ("Ukraine", "Russia")
                        for name in (state, *aliases)), key=len, reverse=True)
SCENE_CHANGE_RX = regex.compile(r"\W*(?:(?:In|Across|Elsewhere\s+in|Meanwhile\s+in|Further\s+\w+\s+in)\s+" + _SCENE_PLACE
                                + r"(?:\s+(?:in|of)\s+" + _SCENE_PLACE + r")?" + _SCENE_TIME + r"(?:,|\s+(?=\d|(?i:one|two|three|four|five|six|"
                                r"seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b))"
                                r"|(?:Neighbouring\s+|Neighboring\s+)?(?P<state>" + "|".join(map(regex.escape, _THIRD_STATES)) + r")"
                                r"(?:\s*+,[^,.;\n]{1,80},)?\s++(?:has|have|had|hosts|is|was|now|also|still|alone|\p{Ll}+ed)\b)")


def scene_change(text: str, offset: int, speaker: str, told: tuple[int, int]) -> bool:
    """Whether the sentence at offset starts a new report, not the speaker's: a new place, or a third country not his own
    after a speaker whose sentence (told) gave no figure ("the UNHCR said 450,000 entered Poland. Hungary has received
    116,000" goes on with the agency's list)."""
    m = SCENE_CHANGE_RX.match(text, offset)
    return m is not None and not (m.group("state") and (m.group("state") in speaker or regex.search(r"\d", text[told[0]:told[1]])))


# a credit tagged on at a sentence's end (", the regional governor said."): the words before it are the figures
TAGGED_ROLE_RX = regex.compile(r"[^\n]*,\s*+(?:the\s++)?(?:\p{Ll}[\p{Ll}'’]*+\s++){0,2}$")
# a sentence that turns to another matter ("Separately, ...", "Elsewhere, ...")
SEPARATELY_RX = regex.compile(r"\W*(?:Separately|Elsewhere|Meanwhile|Also|Earlier|Later)\b")
MAX_JOINED = 6   # sentences a figure's unit may run on over ";" and ":"
_ABBREVIATIONS = tuple(ABBREVIATIONS)
LEDE_LINES = 3   # the headline, perhaps a dateline or standfirst, then the lede paragraph
# a lede opening on its body: "The UN human rights monitoring mission ...", "KYIV (Wire) - The mission ..."
REPORT_OPENING_RX = regex.compile(r"(?:[^\n]{0,60}?\s[-–—]\s+)?(?:[Tt]he\s+)?"
                                  r"(?:(?:UN|U\.N\.|United\s+Nations|\p{Ll}[\p{L}-]*)\s+){0,4}")
SOURCE_LINE_RX = regex.compile(r"(?m)^Source:\s*")
SOURCE_REACH = 600
BACKGROUND_RX = regex.compile(r"\s*(?:Background|Context|Reminder|Recall|For reference|Prehistory|Earlier)\s*:")
# a sentence that credits the report as a whole: "This was reported by the General Staff on Facebook."
REPORTED_BY_RX = regex.compile(r"(?m)(?:^|(?<=[.!?]\s))(?:This|That|It) (?:was|is|has been) (?:reported|announced|stated) by\s+")
# A sentence opening on another event told on another day does not go on with the last speaker's words: "..., killing
# two, according to Kyrylenko. Another strike on July 7 killed one man", "..., Filashkin said. On Wednesday, a glide
# bomb struck ..., killing one woman". The day words, and the openings of a new event.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|"
          r"Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
DAY_NAMED_RX = regex.compile(rf"\b(?:{_WEEKDAY}|{_MONTH}\s+[0-3]?\d(?!\d)|[0-3]?\d\s+{_MONTH})")
NEW_EVENT_LEAD_RX = regex.compile(
    rf"\W*(?:(?:Later\s+|Then\s+|And\s+)?[Oo]n\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?(?:{_WEEKDAY}|{_MONTH}\s+[0-3]?\d|[0-3]?\d\s+{_MONTH})"
    r"|(?:Another|A\s+(?:second|third|further|separate|later|new))\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:strike|attack|shelling|missile|rocket|drone|bomb|raid|explosion|blast|assault)s?\b)")


# a sentence opening on a time before the news ("Earlier in the week, on 9 December, a strike ... killed one", "Last
# week, ...", "A month ago, ...") tells a past event: background, not the last speaker's report of the day
PAST_LEAD_RX = regex.compile(r"\W*(?:Earlier\s+(?:in\s+the|this|that|last)\s+(?:week|month|year)|(?:Last|The\s+previous)\s+"
                             r"(?:week|month|year|" + _WEEKDAY + r")|(?:A|One|Two|Three)\s+(?:days?|weeks?|months?)\s+(?:ago|earlier)"
                             r"|Days\s+earlier|Weeks\s+earlier)\b")


def another_day(text: str, unit: tuple[int, int], before: tuple[int, int]) -> bool:
    """Does the unit open on a new event told on a day the sentence before names none of (its own day named too), or
    on a time before the news?"""
    if PAST_LEAD_RX.match(text, *unit):
        return True
    return bool(NEW_EVENT_LEAD_RX.match(text, *unit)) and days_differ(text, unit, before)


def days_differ(text: str, unit: tuple[int, int], other: tuple[int, int]) -> bool:
    """Do both sentences name their events' days, and no day in common ("On Tuesday ... three were wounded." / "...
    struck a building on Wednesday, injuring two more, the administration said.")?"""
    days, told = _event_days(text, *unit), _event_days(text, *other)
    return bool(days) and bool(told) and not days & told


# the day a speaker spoke is no event's: "Prokudin said on Tuesday that two were killed. On Monday, ..."
_SAID_ON_RX = regex.compile(r"\b(?:said|says|reported|wrote|announced|stated|added|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?)\s+(?:on\s+)?(?:late\s+|early\s+)?$")


def _event_days(text: str, start: int, end: int) -> set[str]:
    return {regex.sub(r"\s+|\.", " ", m.group()).strip() for m in DAY_NAMED_RX.finditer(text, start, end)
            if not _SAID_ON_RX.search(text, max(start, m.start() - 40), m.start())}


# a turn's label opening its line, after a time stamp or a dash: "09:20 — Starukh: ...", "Klitschko: ..."
# (with no time, a title of a few words may still stand before the name: "Bryansk region governor Alexander Bogomaz: ...")
_LABEL_LEAD_RX = regex.compile(r"[^\S\n]*+(?:\d{1,2}[:.]\d{2}[^\S\n]*+(?:[—–-][^\S\n]*+)?(?:[\p{L}.'’-]++[^\S\n]++){0,7}"
                               r"|(?:[—–-][^\S\n]*+)?(?:[\p{L}.'’-]++[^\S\n]++){0,5})")
_LABEL_COLON_RX = regex.compile(r"(?:[^\S\n]*+\([^()\n]{1,30}\))?[^\S\n]*+:|" + _HEAD_NOUN_COLON)


def line_label(text: str, line_start: int, link: tuple) -> bool:
    """Is the link the speaker's label opening the line ("09:20 — Starukh: ..."), who speaks the whole line, past a
    semicolon and past the body he cites for another figure?"""
    return (_LABEL_LEAD_RX.fullmatch(text, line_start, link[0]) is not None
            and _LABEL_COLON_RX.match(text, link[1]) is not None)


def new_event_between(text: str, sentences: list[tuple[int, int]]) -> bool:
    """Does a sentence between a credit and a figure open a new event on a day of its own ("... the regional police
    recorded 11 killed. On 21 August, a guided bomb struck Selydove, killing two women. A strike on Pokrovsk's market
    wounded 6 people")? Then the credit does not reach the figure."""
    return any(NEW_EVENT_LEAD_RX.match(text, start, end) and _event_days(text, start, end) or PAST_LEAD_RX.match(text, start, end)
               for start, end in sentences)


# a speaker no actor reads, speaking between a credit and a figure: "Today the city said the toll had risen to 25. More
# than 60 people were injured" after "Tkachenko was saying 23 people had been killed": another voice has spoken since
# (not "the police of the city said": the city only names whose police)
_OTHER_VOICE_RX = regex.compile(r"(?<!\b(?:of|in|for|from|across|around|near|to)\s++)\b[Tt]he\s++(?:city|town|village|region|capital|district|community|hromada)\s++"
                                r"(?:has\s++|had\s++|later\s++|then\s++)?(?:said|says|reported|reports|announced|confirmed|wrote|posted)\b")


def other_voice_between(text: str, sentences: list[tuple[int, int]]) -> bool:
    """Does one of the sentences, from the one after a credit to the figure's own, speak in a voice no actor reads
    ("the city said")? Then the credit does not reach the figure."""
    return any(_OTHER_VOICE_RX.search(text, start, end) for start, end in sentences)
