"""A page URL → what headless Chromium sees there: error boxes, drawn charts, a screenshot."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Without these flags Chromium keeps dialling Google's hosts, which this sandbox refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
CHART_SELECTOR = ".vega-embed canvas, .vega-embed svg"


def chromium_path() -> str:
    """Debian's chromium; skip where it cannot be had, but never in CI (it must be installed there)."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("chromium is not installed in CI: `make test` should have installed Debian's chromium")
    pytest.skip("chromium is not installed (Debian package `chromium`)")


def render_page(url: str, screenshot: Path, timeout_ms: int = 90_000) -> dict:
    """Open url, wait for the app to settle and draw its charts, save a full-page screenshot."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
            page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
            try:
                page.wait_for_selector(CHART_SELECTOR, timeout=timeout_ms)
            except Exception:  # noqa: BLE001 - reported below as zero charts
                pass
            # the script may still be running; wait until Streamlit says it is idle
            page.wait_for_function(
                "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms)
            page.screenshot(path=str(screenshot), full_page=True)
            return {
                "errors": page.locator(ERROR_SELECTOR).all_inner_texts(),
                "charts": page.locator(CHART_SELECTOR).count(),
                "title": page.title(),
            }
        finally:
            browser.close()
