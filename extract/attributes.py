"""A matched figure in its masked sentence → qualifier, group, side and cumulative (claims-schema.md conventions)."""
from __future__ import annotations

import regex

from extract.grouprefs import OF_THEM, last_group_before
from extract.regions import held_since_2014, nation_of
from extract.ruleset import Ruleset

CASUALTY_METRICS = ("killed", "injured")
_WORD = regex.compile(r"[\w'-]+|[,.;:!?()⟨—]")
# words between a subset's number and its noun: "five of them children", "21 were soldiers", "one of them a child"
_SUBSET_GLUE = {"of", "them", "whom", "which", "were", "are", "was", "a", "an"}
_TOTAL_BEFORE = regex.compile(r"\b((?:[\w-]++ )?[\w-]++) (?:casualties|victims)\b(?:[^⟨.;]|⟨[np]\d+⟩){0,40}?(?:,? (?:including|of whom|among them|among whom|with)"
                              r"(?: were| are)? |: | \()$", regex.I)
_TOLL_NOUN = regex.compile(r"\b(?:number|count|tally) of (?:the )?((?:[\w'-]++ )?[\w'-]++)|\b([\w'-]++) death toll\b", regex.I)
_REGION = regex.compile(r"\b(\p{Lu}[\p{L}-]++) (region|oblast|Oblast|krai|Krai)\b")
_REGION_KIND = {"region": "Oblast", "oblast": "Oblast", "krai": "Krai"}
_OWN_LOSSES = regex.compile(r"\b(?:its|their) (?:own |total |overall |combat |personnel )*losses\b")
# "does not publish its own losses; the last update gave 5,937 dead": a bare count of dead where a side's losses are told
_BARE_DEAD = {"dead", "deaths", "killed", "fatalities"}
# a relative clause naming who the people were: "1,000 people that the Russian side says are Ukrainian servicemen"
_WHO_THEY_WERE = regex.compile(r"(?: people| persons| individuals| bodies)?,? (?:that|who|whom|which) [^⟨.;]{0,50}?\b(?:are|were|as|belongs?\ to|belonged\ to|are\ those\ of) "
                               r"((?:[\w'-]++ ){0,2}[\w'-]++)")
# who they all were, in an apposition: "Ten ethnic Greeks, all of them civilians, were killed"
_ALL_OF_THEM = regex.compile(r"(?: [\w'-]++){1,3}?, (?:all|both) of them ([\w'-]++)(?=[,;.]| [—–])")
_BODIES = regex.compile(r"\b(?:bodies|remains)\b")
_RETURNED = regex.compile(r"\b(?:returned|repatriated|handed over|handed back|transferred|brought back|brought home|sent back)"
                          r" to (Ukraine|Russia)\b|\b(Ukraine|Kyiv|Russia|Moscow) (?:has |had |have )?(?:received|got back|took back|"
                          r"recovered|repatriated|brought home)\b")
# a repatriation of the dead ("501 bodies were brought back"), not bodies found or recovered from rubble
_REPATRIATED = regex.compile(r"\b(?:repatriated|repatriation|handed (?:over|back)|brought (?:back|home)|sent back|returned to (?:Ukraine|Russia)|"
                             r"were returned|have been returned|had been returned|was returned|took back|got back)\b")
_PERFECT_RETURN = regex.compile(r"\b(?:have|has|had) (?:so far |now |already |in total )?been (?:returned|repatriated|handed over|brought back)\b")
_CAPTIVES = {"prisoners", "prisoner", "pows", "pow", "captives", "pow's", "inmates"}
_AGENT_VERBS = {"killed", "killing", "kills", "kill", "wounded", "wounding", "wounds", "injured", "injuring", "injures",
                "hurt", "hurting", "left", "leaving", "eliminated", "liquidated"}
# "across the border from Belgorod region", "launched from Kursk region": a neighbour or launch site, not where people were hit
_NEIGHBOUR = regex.compile(r"(?i)\b(?:border(?:s|ing)?\s+(?:with\s+|from\s+)?|from\s+)(?:the\s+)?(?:Russia's\s+|Russian\s+)?$")
_IN_RUSSIA = regex.compile(r"\b(?:in|inside|across|within|into) Russia\b")
_OWN_PEOPLE = regex.compile(r" of (?:its|their|his|her) (?:own )?")
# where a speaker's own report starts in a sentence of several: "...; Prigozhin said that 94 of his fighters"
_REPORT_BREAK = regex.compile(r"; | while | whereas ")
_OF_THE_TOLL = regex.compile(r" of (?:those|the) (?:killed|dead|injured|wounded|hurt)\b", regex.I)
_RU_STATE = regex.compile(r"\b(?:Russia|Moscow)\b")
_UA_STATE = regex.compile(r"\b(?:Ukraine|Kyiv)\b")
# a verb or conjunction ends the noun phrase: "2 killed as Russian missiles hit Kyiv" names no Russian victims
_NOUN_PHRASE_STOP = {"were", "was", "have", "had", "are", "is", "in", "at", "on", "and", "from", "who", "among",
                     "including", "when", "after", "since", "during", "across", "over", "as", "by", "while",
                     "killed", "died", "injured", "wounded", "hurt", "to", "near", "under", "due", "because",
                     # a relative clause tells of others: "1,000 people that the Russian side says are Ukrainian"
                     "that", "which", "whom", "whose"}
# Clause boundaries for cue words: a cue governs the figures of its own clause first (", an increase of 490 over the
# past day" is the day's figure's own time frame, not the running total's before it).
_INCREMENT = r", (?:an? )?(?:increase|rise|jump|addition) of |, up by "
_CLAUSE = regex.compile(r";|: |, and (?:that )?|, when |, while |, but | while | whereas |, up from |, adding (?:that )?|, including |" + _INCREMENT)
# A running evacuation count is told in the perfect: "have left", "had already been evacuated", "are believed to have
# been displaced".
_PERFECT_DEPARTURE = regex.compile(
    r"\b(?:have|has|had|would have)(?: already| now| so far)? (?:been )?(?:evacuated|left|fled|moved|taken|brought|gone|"
    r"arrived|relocated|resettled|departed|found|displaced|forced to flee|forced to leave)\b", regex.I)


def _has(rules: Ruleset, name: str, text: str) -> bool:
    """Does cue `name` occur in text? A cue that times out counts as absent."""
    needs = rules.cue_needs.get(name)
    # case-folded, not lower-cased: the cue's full case folding reads "ſ" as "s", and so does casefold()
    if needs is not None and needs.search(text.casefold()) is None:
        return False
    try:
        return rules.cues[name].search(text, timeout=rules.timeout) is not None
    except TimeoutError:
        return False


def qualifier(rule_attrs: dict, number_hint: str | None, phrase_hint: str | None) -> str:
    """The rule's own qualifier, else what the number says ("10,000+", a range), else the words before it."""
    return rule_attrs.get("qualifier") or number_hint or phrase_hint or "exact"


def _noun_phrase(masked: str, token_end: int) -> list[str]:
    """Lower-cased words after a figure up to the first punctuation, token or verb-like stop word."""
    # "three of those killed were police officers": the part's people come after its whole
    whole = _OF_THE_TOLL.match(masked, token_end)
    token_end = whole.end() if whole else token_end
    words = [w.lower() for w in _WORD.findall(masked[token_end:token_end + 80])]
    while words and words[0] in _SUBSET_GLUE:
        words = words[1:]
    out = []
    for i, w in enumerate(words):
        if not w[0].isalnum() and w != "'":
            break
        # "deaths of 406 civilians", "bodies of civilians": the noun comes after "of"
        if w == "of" and not (out and out[-1] in ("bodies", "deaths", "death", "remains")):
            break
        if w in _NOUN_PHRASE_STOP:
            break
        out.append(w)
        if len(out) >= 6:
            break
    return out


def group_of(masked: str, token_start: int, token_end: int, rules: Ruleset) -> str | None:
    """The group named by the noun phrase after the figure ("7 civilians", "22 Ukrainian servicemen",
    "civilian deaths"), else by a noun just before it ("the number of prisoners killed at 50");
    None when neither names people."""
    words = _noun_phrase(masked, token_end)
    named = []
    for i in range(len(words)):
        for size in (3, 2, 1):
            phrase = " ".join(words[i:i + size])
            if phrase in rules.group_nouns:
                named.append(rules.group_nouns[phrase])
                break
    # the most specific noun wins: "bodies of civilians", "civilian women"
    found = next((g for g in named if g != "unspecified"), named[0] if named else None)
    if found in (None, "unspecified") and (who := _WHO_THEY_WERE.match(masked, token_end)):
        # "the bodies of 1,000 people that the Russian side says are Ukrainian servicemen": who they were
        named = [rules.group_nouns[w] for w in who.group(1).lower().split() if rules.group_nouns.get(w, "unspecified") != "unspecified"]
        if named:
            return named[-1]
    if found in (None, "unspecified") and (allof := _ALL_OF_THEM.match(masked, token_end)):
        found = rules.group_nouns.get(allof.group(1).lower(), found)
    if found in (None, "unspecified") and "civilian" in words:
        return "civilians"
    if found in (None, "unspecified") and words and words[0] in ("bodies", "remains") and (
            _REPATRIATED.search(masked) or _RETURNED.search(masked)):
        # "501 bodies were brought back": a repatriation's dead are the fallen soldiers'; bodies found are anyone's, and
        # "the bodies of 757 people" names people
        return "military"
    if found in (None, "unspecified") and "military" in words:   # "106,745 Russian military deaths"
        return "military"
    if (found is None or words and words[0] in _BARE_DEAD and len(named) <= 1) and _OWN_LOSSES.search(masked):
        return "military"
    if found is None:
        # a part of a mixed total keeps the total's group: "27,000 civilian casualties, including 10,500 killed"
        total = _TOTAL_BEFORE.search(masked, max(0, token_start - 80), token_start)
        for w in total.group(1).lower().split() if total else ():
            if w == "military" or rules.group_nouns.get(w, "unspecified") != "unspecified":
                return "military" if w == "military" else rules.group_nouns[w]
        before = [w.lower() for w in _WORD.findall(masked[max(0, token_start - 40):token_start])]
        if before and before[-1] in _AGENT_VERBS:   # "Russian troops killed 2": the noun before is who killed
            before = []
        for w in reversed(before):
            if not w[0].isalnum() or w in ("among", "including", "and", "with", "were", "are", "was", "is"):
                break
            if w in rules.group_nouns and rules.group_nouns[w] != "unspecified":
                return rules.group_nouns[w]
        # a key-figure line names its people first: "Civilians killed in Donetsk Oblast (September): 74"
        if masked[:token_start].rstrip().endswith(":"):
            head = [w.lower() for w in _WORD.findall(masked[:token_start])[:1]]
            if head and rules.group_nouns.get(head[0], "unspecified") != "unspecified":
                return rules.group_nouns[head[0]]
        # "struck places where intelligence officers and mercenaries were stationed, killing up to 200 of them": the
        # people named last before it in the sentence, not those who fired ("Russian troops shelled a bus of miners")
        if OF_THEM.match(masked, token_end) and (named_before := last_group_before(masked, token_start, rules.group_nouns)):
            return named_before
        # a toll named by its people further back: "the number of civilians killed ... has reached 300"
        toll = None
        for toll in _TOLL_NOUN.finditer(masked, max(0, token_start - 120), token_start):
            pass
        for w in (toll.group(1) or toll.group(2)).lower().split() if toll else ():
            if rules.group_nouns.get(w, "unspecified") != "unspecified":
                return rules.group_nouns[w]
    return found


def side_lead(masked: str, rules: Ruleset) -> tuple[str, str | None] | None:
    """(side, group) a sentence's opening names ("On the Russian side, ...": russian, None; "Among Ukrainian troops,
    ...": ukrainian, military), None when it opens on no side."""
    if not _has(rules, "side_lead", masked):
        return None
    lead = rules.cues["side_lead"].match(masked)
    return ("russian" if lead.group("ru") else "ukrainian",
            None if lead.group("noun").lower() in ("side", "losses", "casualties") else "military")


def _first(*found):
    """The earliest of the matches found (None when none is)."""
    return min((m for m in found if m), key=lambda m: m.start(), default=None)


def side_of(masked: str, token_start: int, token_end: int, group: str, location: str | None, rules: Ruleset,
            nation: str | None = None, speaker: str | None = None) -> str:
    """Whose people: an adjective on the noun phrase, the army that lost them, else where they were hit (nation:
    the place's nation where the gazetteer does not know it, as its article sets it; speaker: the claimant's nation)."""
    phrase = " ".join(_noun_phrase(masked, token_end))
    if _has(rules, "russian_side", phrase):
        return "russian"
    if _has(rules, "ukrainian_side", phrase):
        return "ukrainian"
    if lead := side_lead(masked, rules):   # "On the Russian side, the officials estimated up to 120,000 dead"
        return lead[0]
    if who := _WHO_THEY_WERE.match(masked, token_end):
        if _has(rules, "russian_side", who.group(1)):
            return "russian"
        if _has(rules, "ukrainian_side", who.group(1)):
            return "ukrainian"
    bodies = _BODIES.search(masked, 0, token_start) or _BODIES.search(phrase)   # (or the figure's own noun: "6,900 bodies")
    if (returned := _RETURNED.search(masked)) and bodies:
        # bodies repatriated are the receiving side's dead: "Ukraine received the bodies of 757 people"
        return "russian" if (returned.group(1) or returned.group(2)) in ("Russia", "Moscow") else "ukrainian"
    if bodies and _REPATRIATED.search(masked):
        location = nation = None   # "501 bodies were brought back": the story's place is not where they fell
    total = _TOTAL_BEFORE.search(masked, max(0, token_start - 80), token_start)
    if total:   # a part of "Russian casualties ..., including 200,000 killed" is Russia's
        if _has(rules, "russian_side", total.group(1)):
            return "russian"
        if _has(rules, "ukrainian_side", total.group(1)):
            return "ukrainian"
    clause_start = max(masked.rfind(p, 0, token_start) for p in (". ", "; ", ": ", ", "))
    before = masked[max(0, clause_start, token_start - 100):token_start]
    if group in ("military", "unspecified"):
        if group == "military" and _OWN_PEOPLE.match(masked, token_end):
            # "Russia's defence ministry said 89 of its soldiers": the army of the side named first
            # or the state itself as the subject: "Russia took back the bodies of 24 of its soldiers"
            own = max((m.end() for m in _REPORT_BREAK.finditer(masked, 0, token_start)), default=0)
            ru = _first(rules.cues["russian_side"].search(masked, own, token_start), _RU_STATE.search(masked, own, token_start))
            ua = _first(rules.cues["ukrainian_side"].search(masked, own, token_start), _UA_STATE.search(masked, own, token_start))
            if ru or ua:
                return "russian" if ua is None or (ru and ru.start() < ua.start()) else "ukrainian"
        if _OWN_LOSSES.search(before):
            # "Russia had lost 1,230 troops, bringing its total losses to 620,000": the army that lost them earlier
            before = masked[:token_start]
        # the army that lost them nearest before the figure: "the Ukrainian military's spokesman said Russian forces had lost"
        ua_lost = [m.start() for m in rules.cues["ukraine_lost"].finditer(before)] if _has(rules, "ukraine_lost", before) else []
        ru_lost = [m.start() for m in rules.cues["russia_lost"].finditer(before)] if _has(rules, "russia_lost", before) else []
        if ua_lost or ru_lost:
            return "ukrainian" if max(ua_lost, default=-1) > max(ru_lost, default=-1) else "russian"
    if group == "military" and held_since_2014(location):
        # soldiers hit in Crimea, held by Russia since 2014, are Russia's ("34 officers were killed ... in Sevastopol")
        # (its civilians stay with the place's nation, as the gold reads them)
        return "russian"
    nation = nation_of(location) or nation
    if location == "Russia" and not _IN_RUSSIA.search(masked):
        nation = None   # "Russia's aggression" names the attacker, not where the people were hit
    if nation == "ru":   # a strike inside Russia's regions: the people hit are Russia's own
        return "russian"
    if nation == "other":
        return "unspecified"
    if nation is None:
        # an unlisted village "in Belgorod region", or hit by Ukraine's strike
        regions = {nation_of(f"{m.group(1)} {_REGION_KIND[m.group(2).lower()]}") for m in _REGION.finditer(masked)
                   if not _NEIGHBOUR.search(masked, max(0, m.start() - 50), m.start())}
        if "ru" in regions and "ua" not in regions or _has(rules, "ukrainian_attack", masked):
            return "russian"
    # a Russian speaker or jailer in the sentence names no side of prisoners: "Russia's Defence Ministry put the toll at
    # 50 prisoners of war dead" counts the captives it held, who are where they were held
    # (or a Russian body credited with soldiers no word of the sentence places: "The ministry last published one in
    # September 2022, when it said 5,937 servicemen had been killed" reports its own)
    if (group == "military" and not _CAPTIVES.intersection(phrase.split())
            and (_has(rules, "russian_side", masked) or speaker == "ru") and not _has(rules, "ukrainian_side", masked)):
        # (but those its forces killed are the other side's: "destroyed a base of mercenaries and killed 90 of them")
        return "ukrainian" if _KILLED_BY_THEM.search(masked, max(0, token_start - 120), token_start) else "russian"
    return "ukrainian"


def _clause(masked: str, token_start: int) -> tuple[str, bool]:
    """The clause holding the figure, and whether it opens with "when" (its own time frame)."""
    start, end, opener = 0, len(masked), ""
    for m in _CLAUSE.finditer(masked):
        if m.end() <= token_start:
            start, opener = m.end(), m.group()
        elif m.start() >= token_start:
            end = m.start()
            break
    if "when" in opener and (closed := masked.rfind(", ", start, token_start)) >= 0:
        start, opener = closed + 2, ", "   # "since August 2024, when troops entered, the toll has exceeded 320": the when clause closed before it
    return masked[start:end], "when" in opener


def _cue(text: str, rules: Ruleset) -> bool | None:
    if _has(rules, "not_cumulative", text):
        return False
    if _has(rules, "cumulative", text):
        return True
    return None


def clause_time_frame(masked: str, token_start: int, rules: Ruleset) -> bool | None:
    """What the figure's own clause says of its time frame (running tally or not), None when the clause is its
    whole sentence or names none."""
    clause, _ = _clause(masked, token_start)
    return _cue(clause, rules) if len(clause) < len(masked) else None


def cumulative_of(masked: str, token_start: int, metric: str, group: str | None, value: float, rules: Ruleset) -> bool:
    """True for a running tally of casualties or evacuations: a cue in the figure's clause (else its sentence),
    else a national military toll, or a large count of people told in the perfect ("have been evacuated").
    Air strikes and power cuts count one event unless counted since the war or year began; people
    remaining are a count at one time."""
    clause, own_time = _clause(masked, token_start)
    # who they are, by another's word (read before the relative clauses are cut)
    token = _TOKEN_AT.match(masked, token_start)
    told_by_other = bool(token and (who := _WHO_THEY_WERE.match(masked, token.end())) and _BY_WORD.search(who.group()))
    if metric == "evacuated" and _has(rules, "by_date", masked):
        return True
    if metric not in CASUALTY_METRICS and metric != "evacuated":
        return metric != "residents_remaining" and _has(rules, "since_start", clause) \
            and not _has(rules, "not_cumulative", clause)
    # the running total a day's figure brings things to is not that figure's time frame
    for m in _TOTAL_TO.finditer(masked):
        if m.start() <= token_start < m.end():
            if "toll" in m.group() or not _TOTAL_WORD.search(m.group()):
                break   # one attack's toll or count is no running tally: "raised the number of injured to 25"
            return True   # the total itself: "..., bringing its total losses to 620,000"
        clause, masked = clause.replace(m.group(), ""), masked.replace(m.group(), "")
    for m in _DESCRIBING.finditer(masked):   # "the regiment, which has fought since March, said three were killed"
        clause, masked = clause.replace(m.group(), ""), masked.replace(m.group(), "")
    if metric in CASUALTY_METRICS and _has(rules, "since_today", clause) and not _has(rules, "since_start", clause):
        return False   # "Five people have been killed in the region since midnight": one day's toll
    verdict = _cue(clause, rules)
    if verdict is None and not own_time and len(clause) < len(masked):   # a clause as long as its sentence is it
        # (not from a later report of a figure of its own: "said 250 had been moved on Tuesday night, and that some
        # 2,000 tourists had left since Tuesday evening", nor from the day's increment after a total: "about 700,000, an
        # increase of 1,200 over the past day")
        later = _LATER_REPORT.search(masked, token_start)
        verdict = _cue(masked[:later.start()] if later and _TOKEN_AT.search(masked, later.end()) else masked, rules)
    if verdict is not None:
        return verdict
    if group == "military":   # a national toll, not one handover of bodies ("received the bodies of 1,000 people", nor
        # "1,000 people, which the Russian side says belong to soldiers, have been returned": who they are, by another's word)
        return value >= 1000 and not (_BODIES.search(clause) and (not _PERFECT_RETURN.search(clause) or told_by_other))
    if value >= 1000 and _has(rules, "displaced_stock", clause) and not _has(rules, "arrival_day", clause):
        return True   # "6.9 million refugees from Ukraine", "3.7 million people were internally displaced"
    return value >= 1000 and bool(_PERFECT_DEPARTURE.search(clause))


_TOKEN_AT = regex.compile(r"⟨n\d+⟩")
_LATER_REPORT = regex.compile(r"[,;] and that |" + _INCREMENT)
# a ministry's "destroyed" of people may name a target first: 'destroyed a workshop ... and "up to 40" foreign fighters'
_KILLED_BY_THEM = regex.compile(r"\b(?:killed|killing|eliminated|eliminating|liquidated|liquidating)(?: [a-z]+){0,2} $"
                                r"|\bdestroy(?:ed|ing)\b(?: [^⟨.;]{0,80}?,? and)?(?: [a-z]+){0,2} $")
_BY_WORD = regex.compile(r"\b(?:says?|said|claims?|claimed|identified|according)\b")
_TOTAL_TO = regex.compile(r",? (?:bringing|brings|bring|raising|taking|pushing) (?:(?:the|its|their) )?[^⟨.;]{0,40}?(?:total|toll|tally|number|count)"
                           r"[^⟨.;]{0,30}? to ⟨n\d+⟩", regex.I)
# a relative clause that tells who a speaker or unit is, with no figure: its "since March" dates no count
_DESCRIBING = regex.compile(r", (?:which|who) [^,;⟨]{3,120},")
_TOTAL_WORD = regex.compile(r"\b(?:total|tally)\b", regex.I)
_BARE_PERFECT = regex.compile(r" (?:more |others )?(?:had|have|has) (?:also |so far )?been (?:killed|injured|wounded|hurt)\b")
# ...or one that names only "people": "Earlier, the minister said 198 people had been killed", a toll with no time
# frame of its own right after a running one (a group noun of its own would tell other people)
_PEOPLE_PERFECT = regex.compile(r" (?:people|persons) (?:had|have|has) (?:also |so far )?been (?:killed|injured|wounded|hurt)\b")
_MORE_AFTER = regex.compile(r" (?:more|others?)\b")
# "people" killed in an attack or on a day of their own are not the tally's
_OWN_EVENT = regex.compile(r"\b(?:strikes?|struck|attacks?|attacked|shelling|blast|explosion|bombing|raid|missiles?|drones?|overnight|"
                           r"yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", regex.I)
# the wounded of the same toll: "198 people had been killed and 1,115 wounded by Saturday"
_WOUNDED_PAIR = regex.compile(r"\b(?:killed|dead|died) and $")
_FURTHER_WORDS = regex.compile(r"\b(?:a further|another|an additional)\b", regex.I)
_FURTHER = regex.compile(r"\b(?:a further|another|an additional) $", regex.I)


# "This likely includes 40,000-60,000 killed": a part of the total the sentence before told
# ... or tells what the events it counted did: "WHO verified 2,254 attacks between ... These attacks killed 210 people"
_INCLUDES_BEFORE = regex.compile(r"[\W_]*(?:(?:This|These|That|Those|The (?:figure|figures|total|number|toll|count))(?: \w+ly)? "
                                 r"(?:includes?|included|comprises?|comprised)\b|(?:These|Those) (?:\w+ ){0,2}?(?:attacks|strikes|"
                                 r"incidents|assaults|shellings|bombardments|raids)(?: have| had)? (?:killed|injured|wounded|claimed|left)\b)")


def includes_before(masked: str, previous: str, rules: Ruleset) -> bool:
    """Whether a sentence that only breaks down the one before ("This includes ...") counts a running tally
    because that one does ("175,000 casualties since the start of the invasion"), naming no time frame of its own."""
    return bool(_INCLUDES_BEFORE.match(masked)) and _cue(masked, rules) is None and _cue(previous, rules) is True


_SAME_PERIOD = regex.compile(r"\b(?:over|during|in|for) the same (?:period|time|week|month|days?)\b", regex.I)


def same_period(masked: str) -> bool:
    """Whether the figure's sentence counts "over the same period" as the figure before it."""
    return bool(_SAME_PERIOD.search(masked))


def more_of_them(masked: str, token_start: int, token_end: int) -> bool:
    """"Ten more were wounded", "Another 48 were injured", a bare "27,000 had been injured": more of the people
    just named."""
    return bool(_MORE_AFTER.match(masked, token_end) or _BARE_PERFECT.match(masked, token_end)
                or _FURTHER.search(masked, 0, token_start))


def continues_tally(masked: str, token_start: int, metric: str, sentences_back: int, previous: dict,
                    rules: Ruleset) -> bool:
    """"A further 24,000 civilians have been injured", a bare "More than 27,000 had been injured", or the other side's
    "On the Russian side, ... up to 120,000 dead", right after a running casualty total continues that tally, unless its
    own clause names a time frame of its own ("overnight", "in the past day")."""
    if metric not in CASUALTY_METRICS or previous["metric"] not in CASUALTY_METRICS or not previous["cumulative"]:
        return False
    if sentences_back > 1:
        return False
    after = masked.find("⟩", token_start) + 1
    clause, _ = _clause(masked, token_start)
    if not _FURTHER.search(masked, 0, token_start) and not _BARE_PERFECT.match(masked, after) and not side_lead(masked, rules) \
            and not (_PEOPLE_PERFECT.match(masked, after) and not _OWN_EVENT.search(clause)) \
            and not (sentences_back == 0 and _WOUNDED_PAIR.search(masked, max(0, token_start - 40), token_start)):
        return False
    return not _has(rules, "not_cumulative", _FURTHER_WORDS.sub("", clause))


_INCLUDES_RX = regex.compile(r"(?:This|That|These|Those|It|The (?:figure|figures|estimate|estimates|total|toll|number|"
                             r"tally|count))(?: [\w-]++){0,2}? includ(?:es|ed|e)\b(?: [\w-]++){0,2}? $")
_TOTAL_IN_RX = regex.compile(r"⟨n\d+⟩ (?:[\w-]++ ){0,2}?(?:casualties|losses)\b")
_NATION_RX = regex.compile(r"\b(?:(Russia|Russian|Russia's|Moscow)|(Ukraine|Ukrainian|Ukraine's|Kyiv))\b")
_MILITARY_WORDS = regex.compile(r"\b(?:military|forces|troops|soldiers|army|servicemen|personnel|combat)\b")


def included_in_total(previous: str, masked: str, token_start: int, rules: Ruleset) -> tuple | None:
    """"Russia has likely suffered 175,000-200,000 casualties since the start of the invasion. This likely includes
    40,000-60,000 killed.": (group, side, cumulative) of the total the sentence before told, whose part the figure is;
    None when the figure's sentence does not open on such a reference. A nation's casualties in the war are its
    forces' unless called civilian."""
    if not _INCLUDES_RX.fullmatch(masked, 0, token_start):
        return None
    total = None
    for total in _TOTAL_IN_RX.finditer(previous):
        pass
    if total is None:
        return None
    nation = _NATION_RX.search(previous, 0, total.end())
    side = None if nation is None else "russian" if nation.group(1) else "ukrainian"
    if "civilian" in total.group():
        group = "civilians"
    elif nation is not None or _MILITARY_WORDS.search(previous):
        group = "military"
    else:
        group = None
    return group, side, _cue(previous, rules)
