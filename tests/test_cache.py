"""Result cache: unchanged articles come from the cache, a changed article or rule redoes what it must, damage heals."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import extract
from extract import pipeline
from extract.article import Article, ArticleResult
from extract.build import documents_path
from extract.cache import CACHE_FILE, ResultCache, article_key, pack, unpack
from test_build import corpus, digit_claims, run


@pytest.fixture
def digits(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_article", digit_claims)


def tables_of(out):
    return pq.read_table(out).to_pylist(), pq.read_table(documents_path(out)).to_pylist()


def test_second_build_takes_every_article_from_the_cache(tmp_path, digits):
    root = corpus(tmp_path)
    first, out, _ = run(tmp_path, [root])
    before = tables_of(out)
    second, _, log = run(tmp_path, [root], force=True)
    assert (first.n_extracted, first.n_from_cache) == (first.n_articles, 0)
    assert (second.n_extracted, second.n_from_cache) == (0, second.n_articles)
    assert tables_of(out) == before
    assert f"0 extracted, {second.n_articles} from cache" in log


def test_changing_one_article_redoes_only_that_article(tmp_path, digits):
    root = corpus(tmp_path)
    run(tmp_path, [root])
    (root / "sub" / "art01.txt").write_text("Rewritten: 321 killed, 45 injured.\n", encoding="utf-8")
    report, out, _ = run(tmp_path, [root])
    assert (report.n_extracted, report.n_from_cache) == (1, report.n_articles - 1)
    rows = [r for r in pq.read_table(out).to_pylist() if r["doc_id"] == "art01"]
    assert sorted(r["value"] for r in rows) == [45.0, 321.0]


def test_changing_manifest_metadata_redoes_the_article_it_names(tmp_path, digits):
    root = corpus(tmp_path)
    run(tmp_path, [root])
    (root / "manifest.csv").write_text("doc_id,publisher,url,published\nart00,Reuters,,2022-10-11\n")
    report, out, _ = run(tmp_path, [root])
    assert report.n_extracted == 1
    doc = {r["doc_id"]: r for r in pq.read_table(documents_path(out)).to_pylist()}["art00"]
    assert doc["publisher"] == "Reuters"


def test_a_rule_change_redoes_everything_and_drops_stale_entries(tmp_path, digits, monkeypatch):
    root = corpus(tmp_path)
    first, out, _ = run(tmp_path, [root])
    monkeypatch.setattr(pipeline, "fingerprint", lambda: "0" * 64)
    second, _, _ = run(tmp_path, [root])
    assert second.n_extracted == second.n_articles and not second.up_to_date
    cache = ResultCache(out.parent / ".cache", "0" * 64)
    rows = cache.db.execute("SELECT DISTINCT rules FROM results").fetchall()
    cache.close()
    assert rows == [("0" * 64,)]


def test_no_cache_builds_the_same_tables_and_writes_no_cache(tmp_path, digits):
    root = corpus(tmp_path)
    _, cached_out, _ = run(tmp_path, [root], out=tmp_path / "c" / "claims.parquet")
    run(tmp_path, [root], out=tmp_path / "c" / "claims.parquet", force=True)
    report, plain_out, _ = run(tmp_path, [root], out=tmp_path / "p" / "claims.parquet", use_cache=False)
    assert not (plain_out.parent / ".cache").exists() and report.n_from_cache == 0
    assert tables_of(cached_out) == tables_of(plain_out)


def test_cache_dir_option_puts_the_cache_there(tmp_path, digits):
    root = corpus(tmp_path)
    run(tmp_path, [root], cache_dir=tmp_path / "elsewhere")
    assert (tmp_path / "elsewhere" / CACHE_FILE).is_file()
    assert not (tmp_path / "out" / ".cache").exists()


def test_a_damaged_cache_file_is_replaced_and_the_build_goes_on(tmp_path, digits):
    root = corpus(tmp_path)
    (tmp_path / "out" / ".cache").mkdir(parents=True)
    (tmp_path / "out" / ".cache" / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    report, _, log = run(tmp_path, [root])
    assert report.exit_code == 0 and "was unreadable" in log
    again, _, _ = run(tmp_path, [root], force=True)
    assert again.n_from_cache == again.n_articles


@pytest.mark.parametrize("change", [
    {"text": "5 killed."}, {"doc_id": "other"}, {"source_path": "b/a.txt"}, {"known": {"publisher": "AP"}}])
def test_the_key_changes_with_everything_the_extractor_sees(change):
    base = dict(doc_id="a", text="4 killed.", source_path="a.txt", known={})
    assert article_key(Article(**base), "r") != article_key(Article(**{**base, **change}), "r")
    assert article_key(Article(**base), "r") != article_key(Article(**base), "s")
    assert article_key(Article(**base), "r") == article_key(Article(**base), "r")


def test_pack_leaves_out_the_article_text_and_unpack_restores_it():
    # numbers that do not repeat, so the size check below fails if the text were packed (zlib can't hide it)
    article = Article(doc_id="a", text=" ".join(str(i * 7919 % 100003) for i in range(5000)))
    result = ArticleResult(document={"doc_id": "a", "text": article.text}, claims=[{"value": 1.0}], warnings=["w"])
    blob = pack(result, article)
    assert len(blob) < len(article.text) // 10
    back = unpack(blob, article)
    assert (back.document, back.claims, back.warnings) == (result.document, result.claims, result.warnings)


def test_the_rules_hash_names_the_code_loaded_not_files_edited_since(tmp_path):
    # a copy of the package in a fresh interpreter: import, edit a rule file, build: the build must still be labelled
    # with the rules it ran (else the cache would hand those results to the edited rules); a new process sees the edit
    shutil.copytree(extract.PACKAGE_DIR, tmp_path / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    rule_file = sorted((tmp_path / "extract" / "rules").glob("*.toml"))[0]
    script = (
        "import json, sys\nfrom pathlib import Path\nfrom extract import pipeline, sources_sha256\n"
        "loaded = pipeline.fingerprint()\n"
        f"path = Path({str(rule_file)!r}); path.write_text(path.read_text(encoding='utf-8') + '\\n# edited\\n', encoding='utf-8')\n"
        "print(json.dumps([loaded, pipeline.fingerprint(), sources_sha256()]))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded, after_edit, on_disk = json.loads(done.stdout)
    assert loaded == after_edit != on_disk
    assert on_disk == extract.sources_sha256(tmp_path / "extract")
