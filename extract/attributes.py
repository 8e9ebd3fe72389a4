"""A matched figure in its masked sentence → qualifier, group and cumulative (claims-schema.md conventions; side: sides.py)."""
from __future__ import annotations

import regex

from extract.grouprefs import OF_THEM, last_group_before
from extract.nounphrases import noun_phrase as _noun_phrase
from extract.ruleset import Ruleset
from extract.vocab import alternation, load_rules

_OFFICERS_OF_FORCE = load_rules("qualifiers")["officers_of_force"]
_OFFICERS = frozenset(_OFFICERS_OF_FORCE["nouns"])
_FORCE_RX = regex.compile(r"\b(?:" + alternation(_OFFICERS_OF_FORCE["force"]) + r")\b", regex.IGNORECASE)

# a civil service's own people are civilians, however they are counted: "Police have lost 1,196 officers killed", "the
# State Emergency Service said 100 of its personnel had been killed" (not the army's "100 of its personnel")
_CIVIL_SERVICE = (r"\b(?:(?:National\s+)?[Pp]olice|State\s+Emergency\s+Service|SES|(?i:emergency|rescue)\s+services?|"
                  r"(?i:rescuers|firefighters))\b")
_SERVICE_LOST_RX = regex.compile(_CIVIL_SERVICE + r"(?:\s+force)?\s+(?:have\s+|has\s+|had\s+)?lost\s+(?:about\s+|some\s+|"
                                 r"more\s+than\s+|at\s+least\s+|over\s+)?$")
_SERVICE_LOSSES_RX = regex.compile(_CIVIL_SERVICE + r"(?:\s+force)?\s+(?:have\s+|has\s+|had\s+)?lost\b")
_SERVICE_SAID_RX = regex.compile(_CIVIL_SERVICE + r"[^⟨.;]{0,80}$")
_OF_ITS_STAFF_RX = regex.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:personnel|staff|employees|officers|members|workers)\b")

CASUALTY_METRICS = ("killed", "injured")
_WORD = regex.compile(r"[\w'-]+|[,.;:!?()⟨—]")
_TOTAL_BEFORE = regex.compile(r"\b((?:[\w-]++ )?[\w-]++) (?:casualties|victims)\b(?:[^⟨.;]|⟨[np]\d+⟩){0,90}?(?:,? (?:including|of whom|among them|among whom|with)"
                              r"(?: were| are)? |: | \()$", regex.I)
# bare people a part of a named total may be told as: "17,181 civilian casualties ...: 6,702 people killed"
_BARE_PEOPLE = {"people", "persons", "individuals"}
_TOLL_NOUN = regex.compile(r"\b(?:number|count|tally) of (?:the )?((?:[\w'-]++ )?[\w'-]++)|\b([\w'-]++) death toll\b", regex.I)
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
_AGENT_VERBS = {"killed", "killing", "kills", "kill", "wounded", "wounding", "wounds", "injured", "injuring", "injures",
                "hurt", "hurting", "left", "leaving", "eliminated", "liquidated"}
# Clause boundaries for cue words: a cue governs the figures of its own clause first (", an increase of 490 over the
# past day" is the day's figure's own time frame, not the running total's before it).
_INCREMENT = r", (?:an? )?(?:increase|rise|jump|addition) of |, up by "
# ", with 80,000 arriving in the past 24 hours" tells a figure of its own, whose time frame is not the one before it
_CLAUSE = regex.compile(r";|: |,? and that |, and |, when |, while |, but | while | whereas |, up from |, adding (?:that )?|, including |"
                        r", with (?=(?:another |a further )?⟨n\d+⟩)|" + _INCREMENT)
# A running evacuation count is told in the perfect: "have left", "had already been evacuated", "are believed to have
# been displaced", "About 1,400 evacuees have been placed in dormitories".
_PERFECT_DEPARTURE = regex.compile(
    r"\b(?:have|has|had|would have)(?: already| now| so far)? (?:been )?(?:evacuated|left|fled|moved|taken|brought|gone|"
    r"arrived|relocated|resettled|departed|found|displaced|forced to flee|forced to leave|placed|housed|accommodated|"
    r"sheltered|rehoused)\b", regex.I)


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
    if _SERVING.match(masked, token_end) or died_serving(masked, token_end):   # "1,040 Metinvest employees serving in the Armed Forces": soldiers now
        return "military"
    if found == "military" and words and words[0] in _OFFICERS and _FORCE_RX.search(masked, 0, token_start):
        return "civilians"   # "... of the police unit; two officers were wounded": police officers
    if found in ("military", "unspecified", None) and (
            _SERVICE_LOST_RX.search(masked, max(0, token_start - 80), token_start)
            or _OF_ITS_STAFF_RX.match(masked, token_end) and _SERVICE_SAID_RX.search(masked, max(0, token_start - 100), token_start)):
        return "civilians"
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
    if found is None or found == "unspecified" and words and words[0] in _BARE_PEOPLE:
        # a part of a mixed total keeps the total's group: "27,000 civilian casualties, including 10,500 (people) killed"
        total = _TOTAL_BEFORE.search(masked, max(0, token_start - 130), token_start)
        for w in total.group(1).lower().split() if total else ():
            if w == "military" or rules.group_nouns.get(w, "unspecified") != "unspecified":
                return "military" if w == "military" else rules.group_nouns[w]
    if found is None:
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


# the people's ages told after their noun: "three brothers aged seven, four and ten months", "two men, aged 15 and 17,"
_AGES_AFTER = regex.compile(r"(?: [\w'-]++){1,3}?,? aged (?:between |from )?⟨n(\d+)⟩(?: (?:years?|months?|weeks?|days?)(?: old)?)?"
                            r"(?:(?:,| and|, and| to| or|-|—) ?⟨n(\d+)⟩(?: (?:years?|months?|weeks?|days?)(?: old)?)?){0,5}")
ADULT_AGE = 18


def young_by_age(masked, token_end: int) -> bool:
    """Whether the people counted are all children by the ages told after their noun (a masked sentence with its
    figures: the ages are figures of their own)."""
    m = _AGES_AFTER.match(masked.text, token_end)
    if m is None:
        return False
    ages = [int(t) for g in (1, 2) for t in m.captures(g)]
    return all(int(masked.quantities[t].value) < ADULT_AGE for t in ages if t < len(masked.quantities))


def side_lead(masked: str, rules: Ruleset) -> tuple[str, str | None] | None:
    """(side, group) a sentence's opening names ("On the Russian side, ...": russian, None; "Among Ukrainian troops,
    ...": ukrainian, military), None when it opens on no side."""
    if not _has(rules, "side_lead", masked):
        return None
    lead = rules.cues["side_lead"].match(masked)
    return ("russian" if lead.group("ru") else "ukrainian",
            None if lead.group("noun").lower() in ("side", "losses", "casualties") else "military")


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


def clause_time_frame(masked: str, token_start: int, rules: Ruleset, own_sentence: bool = False) -> bool | None:
    """What the figure's own clause says of its time frame (running tally or not), None when the clause is its
    whole sentence (unless own_sentence: a part told in a sentence of its own, "Of them, 40 were killed this week")
    or names none."""
    clause, _ = _clause(masked, token_start)
    return _cue(clause, rules) if len(clause) < len(masked) or own_sentence else None


def cumulative_of(masked: str, token_start: int, metric: str, group: str | None, value: float, rules: Ruleset) -> bool:
    """True for a running tally of casualties or evacuations: a cue in the figure's clause (else its sentence),
    else a national military toll, or a large count of people told in the perfect ("have been evacuated").
    Air strikes and power cuts count one event unless counted since the war or year began; people
    remaining are a count at one time."""
    clause, own_time = _clause(masked, token_start)
    # who they are, by another's word (read before the relative clauses are cut)
    token = _TOKEN_AT.match(masked, token_start)
    told_by_other = bool(token and (who := _WHO_THEY_WERE.match(masked, token.end())) and _BY_WORD.search(who.group()))
    if metric == "evacuated" and _has(rules, "by_date", masked) and _ALL_BEFORE.search(masked, 0, token_start):
        return False   # "all 1,020 workers had been evacuated to the surface by 12:15": the whole, moved out once
    if metric == "evacuated" and (_has(rules, "by_date", masked) or _has(rules, "evac_tally", masked)):
        return True
    if metric == "evacuated" and _has(rules, "evac_span", clause) and not _has(rules, "not_cumulative", clause):
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
    if group == "military" or _SERVICE_LOSSES_RX.search(masked, 0, token_start):   # a national toll (or a civil service's), not one handover of bodies ("received the bodies of 1,000 people", nor
        # "1,000 people, which the Russian side says belong to soldiers, have been returned": who they are, by another's word)
        return value >= 1000 and not (_BODIES.search(clause) and (not _PERFECT_RETURN.search(clause) or told_by_other))
    if value >= 1000 and _has(rules, "displaced_stock", clause) and not _has(rules, "arrival_day", clause) \
            and not _CURRENTLY.search(clause):   # "200,000 displaced people are currently staying in the city": a count now
        return True   # "6.9 million refugees from Ukraine", "3.7 million people were internally displaced"
    departure = _PERFECT_DEPARTURE.search(clause)
    # one day's count told in the perfect: "7,144 people had been taken out ... on Friday" (not a day it was told on:
    # "have left since March, officials said on Friday")
    return value >= 1000 and bool(departure) and not _ONE_DAY.match(clause, departure.end())


_TOKEN_AT = regex.compile(r"⟨n\d+⟩")
# the day in the departure's own clause, not in one after it ("had been evacuated ... after the dam was destroyed on Tuesday")
_ONE_DAY = regex.compile(r"(?:(?!\b(?:after|when|since|before|while|because|which|that|who|as|until)\b)[^;⟨])*?"
                         r"(?<!\b(?:said|says|reported|announced|stated|wrote|added|confirmed|noted|told [\w-]+) )\bon "
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|that day|the same day)\b(?! (?:morning |evening |night )?(?:and|to|through|until))")
_ALL_BEFORE = regex.compile(r"\ball (?:the |of the )?$", regex.I)
_CURRENTLY = regex.compile(r"\b(?:currently|at present|presently|at the moment|right now)\b", regex.I)
_SERVING = regex.compile(r"(?: [\w'-]+){1,4}? (?:who (?:were |are |had been )?)?(?:serving|served|fighting|fought|mobili[sz]ed) "
                         r"(?:in|with|into|for) (?:the )?(?:(?:Ukrainian|Ukraine's|Russian|Russia's) )?"
                         r"(?:armed forces|army|military|national guard|territorial defen[cs]e)\b", regex.I)
# people who died as soldiers, told after the figure: "354 died defending Ukraine in the ranks of the Armed Forces", "81
# were killed while defending their country", "40 fell in the ranks of the army"
_DIED_SERVING = regex.compile(r"(?: [\w'-]+){0,2}? (?:(?:have |has |had )?(?:been )?(?:died|killed|fell|fallen|perished)|lost their lives)"
                              r"(?: while| when)? (?:defending (?:Ukraine|Russia|the country|their country|the homeland|their homeland|"
                              r"the motherland)\b|in the ranks of (?:the )?(?:(?:Ukrainian|Ukraine's|Russian|Russia's) )?"
                              r"(?:armed forces|army|military)\b)", regex.I)
died_serving = lambda masked, token_end: _DIED_SERVING.match(masked, token_end, token_end + 90) is not None  # noqa: E731
_LATER_REPORT = regex.compile(r"[,;]? and that |" + _INCREMENT)
_BY_WORD = regex.compile(r"\b(?:says?|said|claims?|claimed|identified|according)\b")
_TOTAL_TO = regex.compile(r",? (?:bringing|brings|bring|raising|taking|pushing) (?:(?:the|its|their) )?[^⟨.;]{0,40}?(?:total|toll|tally|number|count)"
                           r"[^⟨.;]{0,30}? to ⟨n\d+⟩", regex.I)
# a relative clause that tells who a speaker or unit is, with no figure: its "since March" dates no count
_DESCRIBING = regex.compile(r", (?:which|who) [^,;⟨]{3,120},")
_TOTAL_WORD = regex.compile(r"\b(?:total|tally)\b", regex.I)
_BARE_PERFECT = regex.compile(r" (?:more |others )?(?:had|have|has) (?:also |so far )?been (?:killed|injured|wounded|hurt)\b")
# ...or one that names only "people": "Earlier, the minister said 198 people had been killed", a toll with no time
# frame of its own right after a running one (a group noun of its own would tell other people)
_PEOPLE_PERFECT = regex.compile(r" (?:people|persons) (?:had|have|has) (?:also |so far )?been (?:killed|injured|wounded|hurt)\b"
                             # (or in the present perfect, as the tally before runs up to now: "More than 1,100 railway workers have been wounded")
                             r"| [\w-]+(?: [\w-]+)? (?:have|has) (?:also |so far )?been (?:killed|injured|wounded|hurt)\b")
_MORE_AFTER = regex.compile(r" (?:more|others?)\b")
# ...or a part of it told as among its people: "About 210 children were among the dead" after "nearly 5,000 residents
# had been killed since the siege began" (a part of a running total runs too)
_AMONG_TOLL = regex.compile(r" (?:[\w-]+ ){0,2}?(?:were|are|was|is) (?:also |reportedly )?among (?:the|those) "
                            r"(?:dead|killed|victims|fatalities|injured|wounded|hurt)\b")
# "people" killed in an attack or on a day of their own are not the tally's
_OWN_EVENT = regex.compile(r"\b(?:strikes?|struck|attacks?|attacked|shelling|blast|explosion|bombing|raid|missiles?|drones?|overnight|"
                           r"yesterday|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", regex.I)
# the wounded of the same toll: "198 people had been killed and 1,115 wounded by Saturday"
_WOUNDED_PAIR = regex.compile(r"\b(?:killed|dead|died) and $")
_FURTHER_WORDS = regex.compile(r"\b(?:a further|another|an additional)\b", regex.I)
_FURTHER = regex.compile(r"\b(?:a further|another|an additional) $", regex.I)
