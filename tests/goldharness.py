"""Gold sets in ../shared → (DocContext, evidence span, gold row) triples, to measure one attribute at a time.

Attribute modules (dates, places, claimants) can be scored against gold without the metric rules:
the gold `evidence` is located in the article text and stands in for the number's span.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import regex

from extract.context import DocContext

SETS = ("seeds", "dev2022", "dev2024")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def locate(text: str, evidence: str) -> tuple[int, int] | None:
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    # whitespace and quote styles may differ between the gold snippet and the text
    words = [regex.escape(w) for w in regex.findall(r"\w+", evidence)]
    if not words:
        return None
    m = regex.search(r"\W+".join(words), text, flags=regex.I)
    return (m.start(), m.end()) if m else None


def gold_docs(shared: Path, sets=SETS) -> dict[str, dict]:
    docs = {}
    for s in sets:
        for d in _jsonl(shared / "corpus" / s / "gold.docs.jsonl"):
            docs[d["doc_id"]] = {**d, "set": s, "path": shared / "corpus" / s / "articles" / f"{d['doc_id']}.txt"}
    return docs


def gold_claims_with_spans(shared: Path, sets=SETS):
    """Yield (ctx, start, end, gold) for every gold claim whose evidence is found in its article."""
    docs = gold_docs(shared, sets)
    contexts: dict[str, DocContext] = {}
    for s in sets:
        for g in _jsonl(shared / "corpus" / s / "gold.claims.jsonl"):
            d = docs.get(g["doc_id"])
            if d is None or not d["path"].exists():
                continue
            if g["doc_id"] not in contexts:
                pub = date.fromisoformat(d["published"]) if d.get("published") else None
                contexts[g["doc_id"]] = DocContext.build(d["path"].read_text(encoding="utf-8"), published=pub)
            ctx = contexts[g["doc_id"]]
            span = locate(ctx.text, g.get("evidence") or "")
            if span:
                yield ctx, span[0], span[1], g


def shared_scorer(shared: Path):
    """../shared/eval/score.py as a module (its score() and attr_ok())."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def attribute_accuracy(shared: Path, name: str, predict) -> tuple[int, int]:
    """(hits, scored) of predict(ctx, start, end, gold) for one attribute over every gold claim, as score.py judges it."""
    score = shared_scorer(shared)
    hits = total = 0
    for ctx, start, end, gold in gold_claims_with_spans(shared):
        ok = score.attr_ok(name, gold, {name: predict(ctx, start, end, gold)})
        if ok is not None:
            hits += ok
            total += 1
    return hits, total


def assert_accuracy_floor(shared: Path, name: str, predict, floor: float) -> None:
    """attribute_accuracy over the gold claims must reach floor; the figure is printed (pytest -s shows it)."""
    hits, total = attribute_accuracy(shared, name, predict)
    assert total > 100
    print(f"{name} accuracy on gold: {hits}/{total} = {hits / total:.3f}")
    assert hits / total >= floor, f"{name} accuracy {hits}/{total} = {hits / total:.3f}"


def build_and_score(shared: Path, article_dirs: list[Path], gold_dirs: list[Path], out: Path,
                    jobs: int = 1) -> dict:
    """The build `python -m extract build` runs, over article_dirs into out, then score.py's result against gold_dirs.

    It runs in this process: a new interpreter would spend about five seconds compiling the rules again for every
    gold set, while the build itself takes about one (tests/test_cli.py runs the command line itself)."""
    import io

    import pyarrow.parquet as pq

    from extract.build import EXIT_OK, BuildOptions, build

    log = io.StringIO()
    report = build(BuildOptions(roots=list(article_dirs), out=out, jobs=jobs, use_cache=False, progress=False), log=log)
    assert report.exit_code == EXIT_OK, log.getvalue()
    claims = pq.read_table(out).to_pylist()
    documents = pq.read_table(out.with_name("documents.parquet")).to_pylist()
    return shared_scorer(shared).score(claims, gold_dirs, documents)
