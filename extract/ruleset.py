"""extract/rules/*.toml (metric rules, vocabularies, qualifiers, vetoes) → one validated, compiled Ruleset.

Patterns are written against a *masked* sentence in which every count reads `⟨nK⟩` and every
percentage `⟨pK⟩` (K: the quantity's index), so a rule says where a number stands, never what
digits look like. Placeholders expand at load time:

    {N:role}  a count that the rule turns into a claim of `role`   {N}  a count, not captured
    {P:role}  a percentage                                          {Q:role} either
    {NAME}    a fragment from a [placeholders] table (may use named lists: \\L<list>)

`role` is a metric, `launched` / `shot_down` (missiles or drones, decided by the weapon named
next to the number or before it), `same` (the metric of the nearest earlier claim), `whole` with
`shot_down` ("every one of the drones": all of the weapon's launch count told before), or several joined by `__`. Any unknown placeholder, bad regex, unknown role or rule whose own `example` does
not give its `expect` stops the load with RulesError.

A rule or veto may name `needs`: one trigger (a plain alternation, matched on lower-cased text) or a
list of triggers that must all occur in a sentence for its pattern to be tried there. A trigger must
be implied by the pattern; tests/test_rules.py checks that skipping by trigger changes no result.
All triggers that match a finite set of strings are read in one scan per document (TriggerScan).
A rule may also name a `context`: a pattern that must occur in its sentence or one near it (a few before,
the one after) for the rule to speak there (pipeline.CONTEXT_BACK).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
try:   # to read a trigger as the finite set of strings it matches; without it every trigger is searched alone
    from re import _parser as _sre
except ImportError:   # pragma: no cover
    _sre = None

import regex

from extract.schema import GROUPS, METRICS, QUALIFIERS, SIDES
from extract.vocab import alternation

RULES_DIR = Path(__file__).resolve().parent / "rules"
# Only these files are ours: other modules keep their own vocabularies in rules/ too.
RULE_FILES = ("lexicon.toml", "qualifiers.toml", "vetoes.toml",
              "air.toml", "air_tallies.toml", "air_lines.toml", "casualties.toml", "displacement.toml", "power.toml",
              "common.toml")
FLAGS = regex.IGNORECASE | regex.V1
# V1 turns full case folding on with IGNORECASE ("ß" matching "ss"); English news needs only simple folding, and
# full folding made compiling the rules take seconds at every start (and every worker's)
SIMPLE_CASE = "(?-f)"
AIR_ROLES = ("launched", "shot_down")
ROLES = set(METRICS) | set(AIR_ROLES) | {"same", "whole"}
_PLACEHOLDER = regex.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z_]+))?\}")
_SLOT = {"N": "n", "P": "p", "Q": "[np]"}


class RulesError(ValueError):
    """The rule files are inconsistent; the message names the file and rule."""


@dataclass(frozen=True)
class Rule:
    name: str                  # dotted, fills the `extractor` column
    regex: regex.Pattern
    roles: tuple[str, ...]     # capture-group names, each a role (several joined by "__")
    unless: regex.Pattern | None = None   # the rule stays silent in a sentence matching this
    attrs: dict = field(default_factory=dict)        # group / side / cumulative / qualifier set by the rule;
    #                                                  subset: its figures are part of another ("3 children among 12")
    #                                                  refers_back: its `same` figure names its referent ("the monthly
    #                                                  figure"), so may find it in a sentence before wherever it stands
    #                                                  lookback: how many sentences back its `same` figure may look
    #                                                  (weapons.LOOKBACK unless set)
    #                                                  context_back: its `context` only in its own sentence or
    #                                                  this many before it (an answer's question is the turn before)
    #                                                  context_header: its `context` only in the header of the
    #                                                  list its sentence is an item of (the line before the first)
    #                                                  impact: its figures count weapons that hit, a part of the
    #                                                  article's launch count of that weapon where it gives one
    #                                                  pair: its figure is told again as "both", so is read only
    #                                                  where it is two
    role_attrs: dict = field(default_factory=dict)   # role → attrs for that role only
    example: str = ""
    expect: str = ""
    # cheap patterns (over lower-cased text) the sentence must all contain for `regex` to match at all
    # (none: always try the rule); rules sharing a trigger share one compiled object
    needs: tuple[re.Pattern, ...] = ()
    # the rule speaks only where this matches its sentence or one of the few before it (a verbless "117 drones."
    # is an attack's count only in an article telling of attacks)
    context: regex.Pattern | None = None


@dataclass(frozen=True)
class Veto:
    name: str
    regex: regex.Pattern       # its `x` group marks the quantity that can never be a claim
    needs: tuple[re.Pattern, ...] = ()   # as for Rule


@dataclass
class Ruleset:
    rules: list[Rule]
    vetoes: list[Veto]
    lists: dict[str, list[str]]
    qualifier_before: regex.Pattern    # qualifier words just before a number, anchored at the end
    qualifier_words: dict[str, str]    # lower-cased phrase → qualifier
    weapon: regex.Pattern              # a weapon noun; groups mixed / drone / missile
    weapon_after: regex.Pattern        # the weapon a number counts, read to its right
    cues: dict[str, regex.Pattern]     # attribute cue patterns by name (cumulative, side, group ...)
    group_nouns: dict[str, str]        # victim noun → group
    timeout: float = 0.5
    # every distinct trigger, read in one pass (TriggerScan): which occur in a document's sentences
    triggers: "TriggerScan | None" = None
    # cue name → trigger over case-folded text: where it does not occur, the cue cannot match
    cue_needs: dict[str, re.Pattern] = field(default_factory=dict)
    glued_qualifiers: dict[str, str] = field(default_factory=dict)   # sign glued before a number → qualifier
    # "All of them were shot down." after a launch count (air.toml ALL_DOWNED_AFTER), as the rule naming those claims
    all_downed_after: Rule | None = None


@dataclass
class TriggerScan:
    """All triggers that match a finite set of strings, as one scan: `scan` finds, at each position of a text, the
    longest of those strings starting there (a lookahead, so no occurrence hides another); `proves_ids` maps each
    string to the triggers it shows present (its own and those of any string it starts with), by id(trigger), the
    key the per-document tables use. Triggers that match no finite set (`other`) are searched one by one."""
    scan: re.Pattern
    proves_ids: dict[str, tuple[int, ...]]
    scanned: tuple[re.Pattern, ...]    # the triggers the scan reads
    other: tuple[re.Pattern, ...]
    scanned_ids: tuple[int, ...] = ()  # id() of each of `scanned`


def _read(files=RULE_FILES, directory: Path = RULES_DIR) -> dict[str, dict]:
    data = {}
    for name in files:
        path = directory / name
        try:
            data[name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise RulesError(f"{path}: {exc}") from exc
    return data


def _text(pattern) -> str:
    # A pattern may be written as a list of pieces, to keep long rules readable in TOML.
    return "".join(pattern) if isinstance(pattern, list) else str(pattern)


def expand(pattern: str, placeholders: dict[str, str], where: str, depth: int = 0) -> str:
    """Replace every {NAME} / {N:role} in pattern; an unknown NAME is an error."""
    if depth > 8:
        raise RulesError(f"{where}: placeholders nest too deep (a cycle?)")

    def one(m: regex.Match) -> str:
        name, role = m.group(1), m.group(2)
        if name in _SLOT:
            token = rf"⟨{_SLOT[name]}\d+⟩"
            if role is None:
                return token
            if not any(part in ROLES for part in role.split("__")):
                raise RulesError(f"{where}: no known role in {m.group(0)}")
            return rf"(?P<{role}>{token})"
        if role is not None or name not in placeholders:
            raise RulesError(f"{where}: unknown placeholder {m.group(0)}")
        return expand(_text(placeholders[name]), placeholders, where, depth + 1)

    return _PLACEHOLDER.sub(one, pattern)


def _compile(pattern: str, lists: dict, where: str) -> regex.Pattern:
    try:
        return regex.compile(SIMPLE_CASE + pattern, FLAGS, **{k: v for k, v in lists.items() if f"\\L<{k}>" in pattern})
    except (regex.error, KeyError, TypeError) as exc:
        raise RulesError(f"{where}: bad pattern: {exc}") from exc


def compile_trigger(pattern: str, lists: dict, where: str) -> re.Pattern:
    """A rule's `needs` → a stdlib pattern over *lower-cased* text: named lists spelled out, no flags.
    (Case-blind alternations are several times faster this way than with regex.IGNORECASE.)"""
    unknown = [name for name in regex.findall(r"\\L<(\w+)>", pattern) if name not in lists]
    if unknown or regex.search(r"\\(?!L<)[A-Z]", pattern):
        raise RulesError(f"{where}: a trigger may use neither upper-case escapes nor unknown lists {unknown}")
    spelled = regex.sub(r"\\L<(\w+)>", lambda m: "(?:" + "|".join(
        re.escape(w) for w in sorted(lists[m.group(1)], key=len, reverse=True)) + ")", pattern)
    try:
        return re.compile(spelled.lower())
    except re.error as exc:
        raise RulesError(f"{where}: bad trigger: {exc}") from exc


def _needs(entry: dict, placeholders: dict, lists: dict, triggers: dict, where: str) -> tuple[re.Pattern, ...]:
    """`needs = "a|b"`: one trigger; `needs = ["a|b", "c"]`: every one of them must occur."""
    wanted = entry.get("needs") or ()
    out = []
    for pattern in ([wanted] if isinstance(wanted, str) else wanted):
        text = expand(pattern, placeholders, where)
        # rules and vetoes with the same trigger share one compiled object: a document is searched once per trigger
        if text not in triggers:
            triggers[text] = compile_trigger(text, lists, where)
        out.append(triggers[text])
    return tuple(out)


def _strings(pattern: str, cap: int = 2000) -> set[str] | None:
    """Every string a stdlib pattern matches, if it matches finitely many (literals, alternations, small classes,
    `?`) and no anchor, look-around or open class decides where; else None."""
    def seq(items) -> set[str] | None:
        out = {""}
        for op, av in items:
            alts = node(op, av)
            if alts is None:
                return None
            out = {a + b for a in out for b in alts}
            if len(out) > cap:
                return None
        return out

    def node(op, av) -> set[str] | None:
        if op is _sre.LITERAL:
            return {chr(av)}
        if op is _sre.SUBPATTERN:
            return None if av[1] or av[2] else seq(av[3])
        if op is _sre.BRANCH:
            branches = [seq(b) for b in av[1]]
            return None if any(b is None for b in branches) else set().union(*branches)
        if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
            return {chr(a) for _, a in av}
        if op is _sre.MAX_REPEAT and av[1] <= 3:
            lo, hi, sub = av
            once, out, run = seq(sub), set(), {""}
            if once is None:
                return None
            for k in range(hi + 1):
                out |= run if k >= lo else set()
                run = {a + b for a in run for b in once}
            return out
        return None

    if _sre is None:
        return None
    try:
        return seq(_sre.parse(pattern))
    except re.error:
        return None


def trigger_scan(triggers: list[re.Pattern]) -> TriggerScan:
    """Distinct compiled triggers → one TriggerScan."""
    owners: dict[str, list[re.Pattern]] = {}
    other = []
    for trigger in triggers:
        strings = _strings(trigger.pattern)
        if not strings or "" in strings:
            other.append(trigger)
            continue
        for s in strings:
            owners.setdefault(s, []).append(trigger)
    # a string holds every shorter string it starts with: the scan reports the longest one at each position
    proves_ids = {s: tuple(dict.fromkeys(id(t) for k in range(1, len(s) + 1) for t in owners.get(s[:k], ())))
                  for s in owners}
    scan = re.compile("(?=(" + alternation(owners, flexible_spaces=False) + "))") if owners else re.compile("(?!)")
    scanned = tuple(t for t in triggers if t not in other)
    return TriggerScan(scan, proves_ids, scanned, tuple(other), tuple(id(t) for t in scanned))


def _check_attrs(attrs: dict, where: str) -> dict:
    allowed = {"group": GROUPS, "side": SIDES, "qualifier": QUALIFIERS, "cumulative": (True, False),
               "subset": (True, False), "refers_back": (True, False), "lookback": tuple(range(1, 7)),
               "impact": (True, False), "context_back": tuple(range(0, 7)),
               "context_header": (True, False), "pair": (True, False)}
    for key, value in attrs.items():
        if key not in allowed or value not in allowed[key]:
            raise RulesError(f"{where}: bad attribute {key} = {value!r}")
    return attrs


def load(files=RULE_FILES, directory: Path = RULES_DIR) -> Ruleset:
    data = _read(files, directory)
    lists: dict[str, list[str]] = {}
    placeholders: dict[str, str] = {}
    for doc in data.values():
        lists.update(doc.get("lists", {}))
        placeholders.update(doc.get("placeholders", {}))

    quals = data["qualifiers.toml"]
    qualifier_words = {w.lower(): q for q, words in quals["qualifiers"].items() for w in words}
    for q in set(qualifier_words.values()):
        if q not in QUALIFIERS:
            raise RulesError(f"qualifiers.toml: unknown qualifier {q!r}")
    glued = {sign: q for q, signs in quals.get("glued", {}).items() for sign in signs}
    if set(glued.values()) - set(QUALIFIERS) or any(len(sign) != 1 for sign in glued):
        raise RulesError("qualifiers.toml [glued]: one-character signs of known qualifiers only")
    phrases = sorted(qualifier_words, key=len, reverse=True)
    # searched backwards ((?r)) from the number: every match ends there, so the first found, trying the longest
    # phrase first, is the leftmost one a forward search would find, without trying each of 40 start positions
    # a phrase right after one of its particle verbs is no qualifier: "handed over 909 bodies"
    guards = {p.lower(): ws for p, ws in quals.get("particle_of", {}).items()}
    qualifier_before = regex.compile(r"(?r)(?<![\w-])(?:" + "|".join(
        (r"(?<!\b(?:" + "|".join(map(regex.escape, guards[p])) + r") )" if p in guards else "") + regex.escape(p)
        for p in phrases) + r")[^\S\n]+$", FLAGS)
    cues = {name: _compile(expand(_text(p), placeholders, f"cue {name}"), lists, f"qualifiers.toml cue {name}")
            for name, p in quals.get("cues", {}).items()}
    cue_needs = {name: compile_trigger(expand(_text(p), placeholders, f"cue_needs {name}"), lists, f"qualifiers.toml cue_needs {name}")
                 for name, p in quals.get("cue_needs", {}).items()}
    if set(cue_needs) - set(cues):
        raise RulesError(f"qualifiers.toml: cue_needs for unknown cues {sorted(set(cue_needs) - set(cues))}")
    group_nouns = {w.lower(): g for g, words in quals["group_nouns"].items() for w in words}
    for g in set(group_nouns.values()):
        if g not in GROUPS:
            raise RulesError(f"qualifiers.toml: unknown group {g!r}")

    weapon = _compile(expand("{WEAPON_NOUN}", placeholders, "WEAPON_NOUN"), lists, "lexicon.toml WEAPON_NOUN")
    weapon_after = _compile(expand("{WEAPON_AFTER}", placeholders, "WEAPON_AFTER"), lists, "lexicon.toml WEAPON_AFTER")

    triggers: dict[str, re.Pattern] = {}
    vetoes = []
    for v in data["vetoes.toml"].get("veto", []):
        where = f"vetoes.toml veto {v.get('name')}"
        rx = _compile(expand(_text(v["pattern"]).replace("{X}", "(?P<x>⟨[np]\\d+⟩)"), placeholders, where), lists, where)
        vetoes.append(Veto(v["name"], rx, _needs(v, placeholders, lists, triggers, where)))

    rules, names = [], set()
    for fname in files:
        for r in data[fname].get("rule", []):
            name = r.get("name", "")
            where = f"{fname} rule {name!r}"
            if not name or name in names:
                raise RulesError(f"{where}: every rule needs a unique name")
            names.add(name)
            rx = _compile(expand(_text(r["pattern"]), placeholders, where), lists, where)
            roles = tuple(g for g in rx.groupindex if any(p in ROLES for p in g.split("__")))
            if not roles:
                raise RulesError(f"{where}: the pattern captures no {{N:role}} slot")
            unless = _compile(expand(_text(r["unless"]), placeholders, where), lists, where) if r.get("unless") else None
            attrs = _check_attrs({k: r[k] for k in ("group", "side", "cumulative", "qualifier", "subset", "refers_back",
                                                        "lookback", "impact", "context_back", "context_header", "pair")
                                  if k in r}, where)
            role_attrs = {k: _check_attrs(dict(v), f"{where} role {k}") for k, v in r.get("roles", {}).items()}
            for role in roles:
                # a part that is no role (e.g. "daily" in killed__daily) only tags the slot for `roles`
                if any(p not in ROLES for p in role.split("__")) and role not in role_attrs:
                    raise RulesError(f"{where}: slot {role!r} has an unknown role and no [roles] entry")
            context = _compile(expand(_text(r["context"]), placeholders, where), lists, where) if r.get("context") else None
            rules.append(Rule(name, rx, roles, unless, attrs, role_attrs, r.get("example", ""), r.get("expect", ""),
                              _needs(r, placeholders, lists, triggers, where), context))
    all_after = Rule("air.all_downed.after", _compile(expand("{ALL_DOWNED_AFTER}", placeholders, "ALL_DOWNED_AFTER"),
                                                      lists, "air.toml ALL_DOWNED_AFTER"), ())
    return Ruleset(rules, vetoes, lists, qualifier_before, qualifier_words, weapon, weapon_after, cues, group_nouns,
                   triggers=trigger_scan(list(triggers.values())), cue_needs=cue_needs, glued_qualifiers=glued,
                   all_downed_after=all_after)


def parse_expect(expect: str) -> set[tuple[str, float]]:
    """'missiles_shot_down=54; missiles_launched=69' → {(metric, value), ...}."""
    out = set()
    for item in filter(None, (p.strip() for p in expect.split(";"))):
        metric, _, value = item.partition("=")
        out.add((metric.strip(), float(value.split("[")[0])))
    return out


def validate_examples(ruleset: Ruleset, claims_in_text) -> None:
    """Every rule with an example must yield exactly its expect from that example, with the whole
    ruleset running (so a rule shadowed by an earlier one fails too; `same` roles find their referent).

    claims_in_text(text, ruleset) → objects with .metric, .value and .rule (the matcher lives in
    the pipeline; passing it in keeps this module free of it)."""
    failures = []
    for rule in ruleset.rules:
        if not rule.example:
            continue
        got = {(c.metric, c.value) for c in claims_in_text(rule.example, ruleset) if c.rule is rule}
        want = parse_expect(rule.expect)
        if got != want:
            failures.append(f"rule {rule.name!r}: example {rule.example!r} gives {sorted(got)}, expected {sorted(want)}")
    if failures:
        raise RulesError("\n".join(failures))
