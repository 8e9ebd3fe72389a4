"""Article → ArticleResult: metadata, sentences, numbers, metric rules, attributes, rows.

This is the per-article unit of work every engine (local, process pool, Dask) calls. It is a pure
function of the article and the rules: the same input gives the same rows, in the same order.

Find, then resolve: numbers.find_quantities finds the figures; each sentence is masked (every count
reads ⟨nK⟩, every percentage ⟨pK⟩, qualifier words folded into the token) and the TOML rules
(extract/ruleset.py) decide which figures are claims of which metric.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from extract import SOURCES_SHA256, attributes
from extract.article import Article, ArticleResult
from extract.claim_rows import add_event_dates, document_row, rows_for
from extract.repeats import collapse
from extract.context import DocContext
from extract.masking import TOKEN as _TOKEN, Masked, mask_document, mask_sentence  # noqa: F401 - mask_* re-exported
from extract.numbers import Quantity
from extract.reportdays import CLOCK_ENTRY
from extract.ruleset import Rule, Ruleset, load, validate_examples
from extract.schema import METRICS
from extract.teasers import teaser_spans
from extract.triggers import can_match, candidate_rules, triggered_sentences
from extract.weapons import LOOKBACK, NEXT_WORD, PASS_OVER, weapon_for, weapon_kind

_LIST_ITEM = regex.compile(r"[-•*] ")
# a line of a list under its own header may open with a dash of any length ("— 747 enemy UAVs of various types;"); only
# there: lines of an interview open with one too ("— And in Stepnohirsk?"), and reach no further back for them
_HEADED_ITEM = regex.compile(r"[-•*—–] ")
# a transcript's speaker label alone: "R. MROCHKO.", "PRESENTER:", "J. SMITH-JONES:" (capitals, initials)
_SPEAKER_LABEL = regex.compile(r"(?:[A-Z]\. ){0,2}[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}[.:]?$")
# how many sentences before a rule's own one its `context` may stand in (or in the one after it: "131 drones;"
# then "75 of them were shot down")
CONTEXT_BACK = 3
# how far into its (masked) sentence a figure still "opens" it
OPENING = 40
_CLOCK_FIGURE = regex.compile(r"\d{1,2}[:.]\d\d")


def fingerprint() -> str:
    """Hash of the rule files and extractor code this process loaded (see extract.SOURCES_SHA256)."""
    return SOURCES_SHA256


@dataclass
class Found:
    """A figure a rule read as a claim, before attributes."""
    metric: str
    quantity: Quantity
    qualifier: str
    sentence: int
    token: int
    rule: Rule
    attrs: dict
    ref: "Found | None" = None   # for a `same` role: the claim it continues or is a subset of

    @property
    def value(self) -> float:
        return self.quantity.value


def _token_at(masked: Masked, pos: int) -> int | None:
    m = _TOKEN.match(masked.text, pos)
    return int(m.group(2)) if m else None


def _metric_for(part: str, weapon: str | None) -> str | None:
    if part in ("launched", "shot_down"):
        return f"{weapon}s_{part}" if weapon else None
    return part


def _vetoed_tokens(masked: Masked, rules: Ruleset, dead: set[str], warnings: list, doc_id: str,
                   si: int = 0, allowed: dict[int, set[int]] | None = None) -> set[int]:
    vetoed: set[int] = set()
    for veto in rules.vetoes:
        if veto.name in dead or not can_match(veto, si, allowed):
            continue
        try:
            for m in veto.regex.finditer(masked.text, overlapped=True, timeout=rules.timeout):
                vetoed.update(_token_at(masked, a) for a, _ in m.spans("x"))
        except TimeoutError:
            dead.add(veto.name)
            warnings.append(f"{doc_id}: veto {veto.name} timed out; skipped for this article")
    return vetoed


def _in_context(rule: Rule, sentences: list[Masked], si: int, rules: Ruleset) -> bool:
    # a list item's context reaches back to its list's header however long the list ("Among those confirmed dead:"
    # over four "- mobilised men - 16,834;" lines)
    first = si
    while first > 0 and _LIST_ITEM.match(sentences[first - 1].text):
        first -= 1
    if rule.attrs.get("context_header"):
        # which list a line belongs to is told by its own header alone: a launch list just before a header of weapons
        # downed is no list of weapons downed
        first = si
        while first > 0 and _HEADED_ITEM.match(sentences[first - 1].text):
            first -= 1
        if first == 0 or not _HEADED_ITEM.match(sentences[si].text):
            return False
        try:
            return bool(rule.context.search(sentences[first - 1].text, timeout=rules.timeout))
        except TimeoutError:
            return False
    back = rule.attrs.get("context_back")
    if back is not None:
        # a speaker's label that the splitter leaves as a sentence of its own ("R. MROCHKO." before the answer) is no
        # turn: the question stands before it
        start = si
        while back > 0 and start > 0:
            start -= 1
            if not _SPEAKER_LABEL.match(sentences[start].text):
                back -= 1
    window = range(max(0, min(si - CONTEXT_BACK, first - 1)), min(len(sentences), si + 2)) if back is None \
        else range(start, si + 1)
    try:
        return any(rule.context.search(sentences[j].text, timeout=rules.timeout) for j in window)
    except TimeoutError:
        return False


def _rule_matches(rule: Rule, sentences: list[Masked], si: int, rules: Ruleset, dead: set[str], warnings: list,
                  doc_id: str) -> list:
    masked = sentences[si]
    if rule.name in dead:
        return []
    try:
        matches = list(rule.regex.finditer(masked.text, timeout=rules.timeout))
        # the `unless` pattern only silences matches: asked for where there are some (a third of the runs)
        if matches and rule.unless and rule.unless.search(masked.text, timeout=rules.timeout):
            return []
        if matches and rule.context and not _in_context(rule, sentences, si, rules):
            return []
        return matches
    except TimeoutError:
        dead.add(rule.name)
        warnings.append(f"{doc_id}: rule {rule.name} timed out; skipped for this article")
        return []


def match_sentences(sentences: list[Masked], rules: Ruleset, warnings: list | None = None, doc_id: str = "",
                    prefilter: bool = True) -> list[Found]:
    """Run rules (and, where one matches, vetoes) over every masked sentence with a figure; resolve weapons
    and `same` roles. Found in text order. With prefilter, a rule runs only in sentences holding its
    trigger (`needs`), which never changes the result, only the time."""
    warnings = [] if warnings is None else warnings
    found: list[Found] = []
    pending_same: list[tuple[int, int, Rule, str]] = []
    pending_whole: list[Found] = []   # "every one of the drones": downed, as many as were launched
    taken: set[tuple[int, int]] = set()   # (sentence, token) already read as a claim
    dead: set[str] = set()                # rules and vetoes that timed out on this article
    allowed = triggered_sentences(sentences, rules) if prefilter else None
    for si, candidates in candidate_rules(sentences, rules, allowed).items():
        masked = sentences[si]
        vetoed = None   # vetoes only matter for figures a rule reads, so they run on a sentence's first match
        for rule in candidates:
            for m in _rule_matches(rule, sentences, si, rules, dead, warnings, doc_id):
                if vetoed is None:
                    vetoed = _vetoed_tokens(masked, rules, dead, warnings, doc_id, si, allowed)
                for slot in rule.roles:
                    for a, _ in m.spans(slot):
                        tok = _token_at(masked, a)
                        if tok is None or tok in vetoed or (si, tok) in taken:
                            continue
                        q = masked.quantities[tok]
                        if rule.attrs.get("pair") and q.value != 2:   # "both" tells of two, whatever else was counted
                            continue
                        attrs = {**rule.attrs, **rule.role_attrs.get(slot, {})}
                        qual = attributes.qualifier(attrs, q.qualifier, masked.phrase_qualifier[tok])
                        parts = slot.split("__")
                        if "same" in parts:
                            taken.add((si, tok))
                            pending_same.append((si, tok, rule, slot))
                            continue
                        weapon = None
                        if "launched" in parts or "shot_down" in parts:
                            weapon = weapon_for(sentences, si, tok, rules, rules.timeout)
                        if "whole" in parts:
                            taken.add((si, tok))
                            if weapon:
                                pending_whole.append(Found(f"{weapon}s_shot_down", q, qual, si, tok, rule, attrs))
                            continue
                        for part in parts:
                            metric = _metric_for(part, weapon)
                            if metric in METRICS:
                                found.append(Found(metric, q, qual, si, tok, rule, attrs))
                                # the first rule that makes a claim of a figure owns it; a rule may give
                                # one figure two metrics ("all 10 drones were destroyed")
                                taken.add((si, tok))
    found.sort(key=lambda f: f.quantity.start)
    found = _all_downed_after(_resolve_whole(found, pending_whole), sentences, rules)
    found = _resolve_same(_drop_counted_impacts(found, sentences), pending_same, sentences, rules)
    return _paired_firsts(found, sentences, taken, rules, dead, warnings, doc_id, allowed)


def _paired_firsts(found: list[Found], sentences: list[Masked], taken: set, rules: Ruleset, dead: set, warnings: list,
                   doc_id: str, allowed) -> list[Found]:
    """"around 4,500 and 1,200 people remain", "300 and 200 people were killed": a bare figure joined by "and" to a
    claim's figure shares its noun and verb, so its metric (the rules read the figure the noun follows)."""
    added = []
    for f in found:
        masked, a = sentences[f.sentence], f.token - 1
        if a < 0 or (f.sentence, a) in taken or f.ref is not None \
                or masked.text[masked.token_spans[a][1]:masked.token_spans[f.token][0]] != " and " \
                or _PAIR_BEFORE.search(masked.text, 0, masked.token_spans[a][0]) \
                or a in _vetoed_tokens(masked, rules, dead, warnings, doc_id, f.sentence, allowed):
            continue
        q = masked.quantities[a]
        taken.add((f.sentence, a))
        added.append(replace(f, quantity=q, token=a,
                             qualifier=attributes.qualifier(f.attrs, q.qualifier, masked.phrase_qualifier[a])))
    return sorted(found + added, key=lambda x: x.quantity.start) if added else found


# a pair that is no two counts: "between 10 and 15 people", "aged 7 and 10", "buildings of 3 and 5 storeys"
_PAIR_BEFORE = regex.compile(r"\b(?:between|from|aged|ages|of) $", regex.I)


def _resolve_whole(found: list[Found], pending: list[Found]) -> list[Found]:
    """"every one of the drones were destroyed": as many downed as the launch count of that weapon told last before
    it (in its sentence or the LOOKBACK before); none told, no claim (the "one" is no figure)."""
    for f in pending:
        launched = f.metric.replace("_shot_down", "_launched")
        ref = next((r for r in reversed(found) if r.metric == launched and r.quantity.start < f.quantity.start
                    and f.sentence - r.sentence <= LOOKBACK), None)
        if ref is not None:
            whole = replace(f.quantity, value=ref.quantity.value, qualifier=ref.quantity.qualifier)
            bisect.insort(found, replace(f, quantity=whole, qualifier=ref.qualifier, ref=ref),
                          key=lambda x: x.quantity.start)
    return found


def _all_downed_after(found: list[Found], sentences: list[Masked], rules: Ruleset) -> list[Found]:
    """"Russia launched 25 drones at Odesa. All of them were shot down.": each launch count of the sentence before (or
    of the weapon the sentence names) downed whole, unless a downed figure of that weapon is told in either sentence;
    "Both were shot down." only a count of two."""
    rule = rules.all_downed_after
    launched_in = sorted({f.sentence for f in found if f.metric.endswith("_launched")})
    added = []
    for si in launched_in:
        if si + 1 >= len(sentences) or not any(w in sentences[si + 1].text.lower() for w in ("all", "both", "every")):
            continue
        try:
            m = rule.regex.search(sentences[si + 1].text, timeout=rules.timeout)
        except TimeoutError:
            continue
        if m is None:
            continue
        kind = None if m.group("them") or weapon_kind(m) == "mixed" else weapon_kind(m)
        downed = {f.metric for f in found if f.sentence in (si, si + 1) and f.metric.endswith("_shot_down")}
        launches = [f for f in found if f.sentence == si and f.metric.endswith("_launched")
                    and (kind is None or f.metric.startswith(f"{kind}s_"))]
        # "both" is one count of two: after "2 missiles and 20 drones" it may as well mean both kinds
        if m.group("both") and (len(launches) != 1 or launches[0].value != 2):
            continue
        for f in launches:
            metric = f.metric.replace("_launched", "_shot_down")
            if metric not in downed:
                added.append(replace(f, metric=metric, rule=rule, attrs={}, ref=f))
    return sorted(found + added, key=lambda f: f.quantity.start) if added else found


def _drop_counted_impacts(found: list[Found], sentences: list[Masked]) -> list[Found]:
    """"Seven missiles hit apartment blocks" counts the attack only where nothing else does: beside a launch
    count of that weapon ("fired 12 S-300 missiles") the weapons that hit are a part of a launch, no claim. Beside
    means in the same live-blog entry: an entry under another time stamp is a report of its own."""
    if not any(f.rule.attrs.get("impact") for f in found):
        return found
    entry, n = [], 0
    for masked in sentences:
        n += _opens_entry(masked)
        entry.append(n)
    counted = {(f.metric, entry[f.sentence]) for f in found if not f.rule.attrs.get("impact")}
    return [f for f in found if not (f.rule.attrs.get("impact") and (f.metric, entry[f.sentence]) in counted)]


def _opens_entry(masked: Masked) -> bool:
    # a stamp that reads as a decimal ("12.05 BST") is masked as a figure: its own text tells the clock
    if masked.text.startswith("⟨n0⟩") and masked.quantities:
        return bool(_CLOCK_FIGURE.fullmatch(masked.quantities[0].text))
    return bool(CLOCK_ENTRY.match(masked.text))


def _resolve_same(found: list[Found], pending: list, sentences: list[Masked], rules: Ruleset) -> list[Found]:
    """A `same` figure takes the metric of the nearest claim before it, at most LOOKBACK sentences back."""
    for si, tok, rule, slot in sorted(pending, key=lambda p: sentences[p[0]].quantities[p[1]].start):
        q = sentences[si].quantities[tok]
        i = bisect.bisect_left(found, q.start, key=lambda f: f.quantity.start)
        if i == 0 or si - found[i - 1].sentence > rule.attrs.get("lookback", LOOKBACK):
            continue
        ref = found[i - 1]
        # a referent in an earlier sentence only for a figure that opens its sentence ("Among them were
        # 26 children."); mid-sentence ("320 passengers, including 70 children") it must be in the sentence
        if ref.sentence != si and sentences[si].token_spans[tok][0] > OPENING and not rule.attrs.get("refers_back"):
            continue
        # "25 residents ... had been placed in temporary housing, and that 27 apartments ... and 40 in neighbouring
        # blocks were damaged": a figure between them that counts something else is what the bare figure continues
        if ref.sentence == si and _counts_other(sentences[si], ref.token, tok, found, rules):
            continue
        if _part_of_part(sentences[si], ref.token + 1 if ref.sentence == si else 0, tok, found):
            continue
        # "including 5 Kinzhals" after "60 drones and 10 missiles": a weapon named with the figure must be the referent's
        try:
            named = weapon_kind(rules.weapon_after.match(sentences[si].text, sentences[si].token_spans[tok][1],
                                                          timeout=rules.timeout))
        except TimeoutError:
            continue
        if named and not ref.metric.startswith(f"{named}s_"):
            ref = _nearest_of_weapon(found, i - 1, named)
            if ref is None:
                continue
        attrs = {**rule.attrs, **rule.role_attrs.get(slot, {})}
        qual = attributes.qualifier(attrs, q.qualifier, sentences[si].phrase_qualifier[tok])
        found.insert(i, Found(ref.metric, q, qual, si, tok, rule, attrs, ref))
    return found


def _nearest_of_weapon(found: list[Found], i: int, weapon: str) -> "Found | None":
    """"launched 35 missiles and 23 drones, including 10 Iskander-M missiles": the nearest claim of the weapon named
    with a part, in the sentence of the claim at i and past air claims of the other weapon only."""
    sentence = found[i].sentence
    for f in reversed(found[:i + 1]):
        if f.sentence != sentence or not f.metric.startswith(("drones_", "missiles_")):
            return None
        if f.metric.startswith(f"{weapon}s_"):
            return f
    return None


_FUNCTION_WORDS = frozenset({"of", "in", "on", "at", "and", "or", "to", "from", "more", "were", "was", "are", "is",
                             "had", "have", "has", "who", "that", "which", "percent", "per", "a", "the"})


_CLAUSE_OPEN = regex.compile(r"(?:,|\band|\bthat|\bwhile|\bbut) (?:about |some |roughly |another |nearly |almost )?$")


def _counts_other(masked: Masked, ref_tok: int, tok: int, found: list[Found], rules: Ruleset) -> bool:
    """Is there a figure between the referent and the bare figure, made no claim, with a noun of its own?"""
    stops = rules.lists["mod_stops"]
    for t in range(ref_tok + 1, tok):
        if any(f.token == t and f.quantity is masked.quantities[t] for f in found):
            continue
        # only a figure that opens a clause of its own ("and that 27 apartments"), not one inside the referent's
        # ("killed 5 people in 3 villages and 2 in Kherson")
        if not _CLAUSE_OPEN.search(masked.text, 0, masked.token_spans[t][0]):
            continue
        word = NEXT_WORD.match(masked.text, masked.token_spans[t][1])
        w = word.group(1).lower() if word else ""
        if w and w not in stops and w not in PASS_OVER and w not in _FUNCTION_WORDS:
            return True
    return False


_PART_OF = regex.compile(r" of (?:the|those|these|them|whom)\b")


def _part_of_part(masked: Masked, first: int, tok: int, found: list[Found]) -> bool:
    """"Four of the injured, including one child, were taken to hospital": a part told after a part that is no claim
    (those in hospital, in a serious condition) is a part of that part, no claim either (claims-schema.md: hospital
    counts are not claims)."""
    for t in range(first, tok):
        if any(f.token == t and f.quantity is masked.quantities[t] for f in found):
            continue
        if _PART_OF.match(masked.text, masked.token_spans[t][1]):
            return True
    return False


def claims_in_text(text: str, rules: Ruleset, prefilter: bool = True) -> list[Found]:
    """Claims found in a bare piece of text (a rule's example, a test case), before attributes."""
    ctx = DocContext.build(text)
    return match_sentences(mask_document(text, ctx.sentences, rules, ctx.table_rows), rules, prefilter=prefilter)


RULES: Ruleset = load()
validate_examples(RULES, claims_in_text)


def extract_article(article: Article, rules: Ruleset = RULES) -> ArticleResult:
    warnings: list[str] = []
    document = document_row(article)
    ctx = DocContext.build(article.text, published=document["published"], title=document.get("title"),
                           publisher=document.get("publisher"))
    sentences = mask_document(article.text, ctx.sentences, rules, ctx.table_rows)
    found = match_sentences(sentences, rules, warnings=warnings, doc_id=article.doc_id)
    if teasers := teaser_spans(article.text):   # other stories' headlines under "Related" / "Read more"
        found = [f for f in found if not any(a <= f.quantity.start < b for a, b in teasers)]
    claims = add_event_dates(collapse(rows_for(article, document, ctx, sentences, found, rules), ctx), ctx)
    document["n_claims"] = len(claims)
    return ArticleResult(document=document, claims=claims, warnings=warnings)
