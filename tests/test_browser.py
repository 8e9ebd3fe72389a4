"""Temp tables → `streamlit run app.py` in headless Chromium: charts draw, no error box, a screenshot of every tab."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fixtures.tables import synthetic_tables

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium")
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed in CI (`make browser` installs Debian's chromium)")
    pytest.skip("chromium is not installed (Debian package `chromium`; `make browser` installs it)")


@pytest.fixture(scope="module")
def served(chromium, screenshots, tmp_path_factory):
    """One server for the module: (screenshots helpers, base URL)."""
    shots = screenshots
    tables = synthetic_tables(tmp_path_factory.mktemp("tables"), n=600, days=45)
    with shots.serve(tables) as url:
        yield shots, url


def test_dashboard_draws_every_tab_without_errors(served, tmp_path):
    shots, url = served
    results = shots.shoot_tabs(url, tmp_path / "shots")
    assert list(results) == ["Air strikes", "Casualties", "Displacement", "Power", "Disputed figures", "Sources"]
    for label, result in results.items():
        assert result["errors"] == 0, (label, result["error_text"])
        assert result["path"].stat().st_size > 10_000, label
    for label in ("Air strikes", "Casualties", "Displacement", "Power"):
        assert results[label]["charts"] >= 1, f"no chart drawn on {label}"


def test_a_shared_link_opens_the_article_escaped_and_flagged_as_restated(served):
    shots, url = served
    text = shots.page_text(url + "/?metric=killed&running=0&article=hostile_doc", wait_for=".article-text")
    assert "<script>alert('x')</script>" in text        # shown as text, not run as HTML
    assert "restates the original report" in text


def test_the_filtered_csv_download_carries_the_view_and_its_dates(served):
    import csv
    import io

    shots, url = served
    name, body = shots.download(url + "/?tab=Sources&metric=killed&from=2024-03-05", "Filtered claims (CSV)")
    assert name == "war-figures-claims_2024-03-05_to_all.csv"
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))
    assert rows and {r["metric"] for r in rows} == {"killed"}
    assert min(r["event_date"] for r in rows) >= "2024-03-05"
