"""Article → ArticleResult: metadata, sentences, numbers, metric rules, attributes, rows.

This is the per-article unit of work every engine (local, process pool, Dask) calls. It is a pure
function of the article and the rules: the same input gives the same rows, in the same order.

Find, then resolve: numbers.find_quantities finds the figures; each sentence is masked (every count
reads ⟨nK⟩, every percentage ⟨pK⟩, qualifier words folded into the token) and the TOML rules
(extract/ruleset.py) decide which figures are claims of which metric.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import regex

from extract import attributes
from extract.article import Article, ArticleResult
from extract.claim_rows import add_event_dates, collapse, document_row, rows_for
from extract.context import DocContext
from extract.numbers import Quantity, find_quantities
from extract.ruleset import Rule, Ruleset, load, validate_examples
from extract.schema import METRICS

PACKAGE_DIR = Path(__file__).resolve().parent
COUNTABLE = ("cardinal", "percent", "range")
_TOKEN = regex.compile(r"⟨([np])(\d+)⟩")
_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‒": "—", "–": "—", "−": "—", "\u00a0": " "})
_SPACE = regex.compile(r"\s+")
# how far back (in sentences) an anaphor ("37 of them", "among them") may find what it refers to
LOOKBACK = 2


def fingerprint() -> str:
    """Hash of everything that decides the output: rule files and extractor code."""
    h = hashlib.sha256()
    files = sorted(PACKAGE_DIR.glob("rules/*.toml")) + sorted(PACKAGE_DIR.glob("*.py"))
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@dataclass
class Masked:
    """One sentence with its countable figures replaced by tokens."""
    start: int
    end: int
    text: str
    quantities: list[Quantity] = field(default_factory=list)   # local token index → figure
    phrase_qualifier: list[str | None] = field(default_factory=list)
    token_spans: list[tuple[int, int]] = field(default_factory=list)   # in the masked text


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


def _normalise(piece: str) -> str:
    return _SPACE.sub(" ", piece.translate(_CHAR_MAP))


def mask_sentence(text: str, start: int, end: int, quantities: list[Quantity], rules: Ruleset) -> Masked:
    out, cursor = [], start
    masked = Masked(start, end, "")
    length = 0
    for q in quantities:
        if q.kind not in COUNTABLE or q.start < cursor or q.end > end:
            continue
        token_start, phrase = q.start, None
        try:
            m = rules.qualifier_before.search(text, max(cursor, q.start - 40), q.start, timeout=rules.timeout)
        except TimeoutError:
            m = None
        if m:
            token_start = m.start()
            phrase = rules.qualifier_words.get(_SPACE.sub(" ", m.group().strip().lower()))
        piece = _normalise(text[cursor:token_start])
        out.append(piece)
        length += len(piece)
        token = f"⟨{'p' if q.unit == 'percent' else 'n'}{len(masked.quantities)}⟩"
        masked.token_spans.append((length, length + len(token)))
        masked.quantities.append(q)
        masked.phrase_qualifier.append(phrase)
        out.append(token)
        length += len(token)
        cursor = q.end
    out.append(_normalise(text[cursor:end]))
    masked.text = "".join(out).strip()
    # strip() may drop leading spaces: shift token spans accordingly
    lead = len("".join(out)) - len("".join(out).lstrip())
    masked.token_spans = [(a - lead, b - lead) for a, b in masked.token_spans]
    return masked


def _token_at(masked: Masked, pos: int) -> int | None:
    m = _TOKEN.match(masked.text, pos)
    return int(m.group(2)) if m else None


def _weapon_kind(m: regex.Match | None) -> str | None:
    if m is None:
        return None
    for kind in ("mixed", "drone", "missile"):
        if m.group(kind):
            return kind
    return None


def weapon_for(sentences: list[Masked], si: int, token: int, rules: Ruleset, timeout: float) -> str | None:
    """'missile' / 'drone' for the figure: the weapon named right after it, else the last one named before it."""
    masked = sentences[si]
    a, b = masked.token_spans[token]
    try:
        kind = _weapon_kind(rules.weapon_after.match(masked.text, b, timeout=timeout))
        for back in range(0, LOOKBACK + 1):
            if kind or si - back < 0:
                break
            text = masked.text[:a] if back == 0 else sentences[si - back].text
            last = None
            for last in rules.weapon.finditer(text, timeout=timeout):
                pass
            kind = _weapon_kind(last)
    except TimeoutError:
        return None   # no weapon, no claim: the figure is dropped rather than guessed
    return None if kind in (None, "mixed") else kind


def _metric_for(part: str, weapon: str | None) -> str | None:
    if part in ("launched", "shot_down"):
        return f"{weapon}s_{part}" if weapon else None
    return part


def match_sentences(text: str, sentences: list[Masked], rules: Ruleset, only: Rule | None = None,
                    warnings: list | None = None, doc_id: str = "") -> list[Found]:
    """Run vetoes then rules over every masked sentence; resolve weapons and `same` roles."""
    timeout = rules.timeout
    found: list[Found] = []
    pending_same: list[tuple[int, int, Rule, str]] = []
    taken: set[tuple[int, int]] = set()   # (sentence, token) already read as a claim
    dead_rules: set[str] = set()
    for si, masked in enumerate(sentences):
        if not masked.quantities:
            continue
        vetoed: set[int] = set()
        for veto in rules.vetoes:
            if veto.name in dead_rules:
                continue
            try:
                for m in veto.regex.finditer(masked.text, overlapped=True, timeout=timeout):
                    for a, _ in m.spans("x"):
                        vetoed.add(_token_at(masked, a))
            except TimeoutError:
                dead_rules.add(veto.name)
                if warnings is not None:
                    warnings.append(f"{doc_id}: veto {veto.name} timed out; skipped for this article")
        owner: dict[int, str] = {}
        for rule in ([only] if only else rules.rules):
            if rule.name in dead_rules:
                continue
            try:
                if rule.unless and rule.unless.search(masked.text, timeout=timeout):
                    continue
                matches = list(rule.regex.finditer(masked.text, overlapped=False, timeout=timeout))
            except TimeoutError:
                dead_rules.add(rule.name)
                if warnings is not None:
                    warnings.append(f"{doc_id}: rule {rule.name} timed out; skipped for this article")
                continue
            for m in matches:
                for slot in rule.roles:
                    for a, _ in m.spans(slot):
                        tok = _token_at(masked, a)
                        if tok is None or tok in vetoed or owner.get(tok, rule.name) != rule.name:
                            continue
                        q = masked.quantities[tok]
                        if (si, tok) in taken:
                            continue
                        attrs = {**rule.attrs, **rule.role_attrs.get(slot, {})}
                        qual = attributes.qualifier(attrs, q.qualifier, masked.phrase_qualifier[tok])
                        parts = slot.split("__")
                        if "same" in parts:
                            owner[tok] = rule.name
                            taken.add((si, tok))
                            pending_same.append((si, tok, rule, slot))
                            continue
                        weapon = None
                        if "launched" in parts or "shot_down" in parts:
                            weapon = weapon_for(sentences, si, tok, rules, timeout)
                        for part in parts:
                            metric = _metric_for(part, weapon)
                            if metric in METRICS:
                                # the first rule that makes a claim of a figure owns it
                                owner[tok] = rule.name
                                found.append(Found(metric, q, qual, si, tok, rule, attrs))
                        if owner.get(tok) == rule.name:
                            taken.add((si, tok))
    found.sort(key=lambda f: f.quantity.start)
    for si, tok, rule, slot in sorted(pending_same, key=lambda p: sentences[p[0]].quantities[p[1]].start):
        q = sentences[si].quantities[tok]
        earlier = [f for f in found if f.quantity.start < q.start and si - f.sentence <= LOOKBACK]
        if not earlier:
            continue
        ref = earlier[-1]
        attrs = {**rule.attrs, **rule.role_attrs.get(slot, {})}
        qual = attributes.qualifier(attrs, q.qualifier, sentences[si].phrase_qualifier[tok])
        found.append(Found(ref.metric, q, qual, si, tok, rule, attrs, ref))
        found.sort(key=lambda f: f.quantity.start)
    return found


def mask_document(text: str, bounds: list[tuple[int, int]], rules: Ruleset) -> list[Masked]:
    quantities = find_quantities(text)
    out, qi = [], 0
    for start, end in bounds:
        while qi < len(quantities) and quantities[qi].start < start:
            qi += 1
        inside = []
        j = qi
        while j < len(quantities) and quantities[j].start < end:
            inside.append(quantities[j])
            j += 1
        out.append(mask_sentence(text, start, end, inside, rules))
    return out


def claims_in_text(text: str, rules: Ruleset, only: Rule | None = None) -> list[Found]:
    """Claims found in a bare piece of text (a rule's example, a test case), one sentence per line."""
    ctx = DocContext.build(text)
    return match_sentences(text, mask_document(text, ctx.sentences, rules), rules, only=only)


RULES: Ruleset = load()
validate_examples(RULES, claims_in_text)


def extract_article(article: Article, rules: Ruleset = RULES) -> ArticleResult:
    warnings: list[str] = []
    document = document_row(article)
    ctx = DocContext.build(article.text, published=document["published"], title=document.get("title"))
    sentences = mask_document(article.text, ctx.sentences, rules)
    found = match_sentences(article.text, sentences, rules, warnings=warnings, doc_id=article.doc_id)
    claims = add_event_dates(collapse(rows_for(article, document, ctx, sentences, found, rules)), ctx)
    document["n_claims"] = len(claims)
    return ArticleResult(document=document, claims=claims, warnings=warnings)
