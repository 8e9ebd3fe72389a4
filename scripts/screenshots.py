"""Tables folder → one full-page PNG per dashboard tab, taken in headless Chromium (docs/screenshots/<tab>.png).

    .venv/bin/python scripts/screenshots.py [--data DIR] [--out docs/screenshots]

Also the helpers tests/test_browser.py drives the real app with: `serve` starts
`streamlit run app.py` on a free port, `shoot_tabs` opens it, waits for the charts and clicks each tab.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ERROR_SELECTOR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
CHART_SELECTOR = ".vega-embed > canvas, .vega-embed > svg"
CHART_CONTAINER = ".vega-embed"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(data_dir: Path, timeout: float = 60.0):
    """Run the dashboard on `data_dir` in a subprocess; yield its base URL; stop it afterwards."""
    with serve_process(data_dir, timeout=timeout) as (url, _):
        yield url


@contextlib.contextmanager
def serve_process(data_dir: Path, timeout: float = 60.0, repo: Path = REPO):
    """Like `serve`, for `repo`'s app.py (another checkout, for before/after benchmarks); yields (URL, process)."""
    port = free_port()
    env = {**os.environ, "WAR_FIGURES_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "streamlit", "run", str(Path(repo) / "app.py"), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
                    raise RuntimeError(f"streamlit did not start on {url}:\n{output}") from None
                time.sleep(0.3)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def first_load(url: str, timeout_ms: int = 180_000) -> int:
    """Open `url` in headless Chromium, wait until the first tab's charts are drawn; how many there are."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, timeout=timeout_ms)
            # The page shell (tabs included) can settle before the script's first run has sent any chart.
            page.wait_for_selector(CHART_SELECTOR, timeout=timeout_ms)
            _settle(page, timeout_ms)
            panel = page.locator('[role="tabpanel"]:visible').first
            return _drawn_charts(panel, timeout_ms) if panel.count() else 0
        finally:
            browser.close()


def memory_mb(pid: int) -> dict:
    """Resident memory of a process (Linux /proc): now and its peak, in MB."""
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(rest.split()[0]) / 1024  # kB
    return {"rss": fields.get("VmRSS", float("nan")), "peak": fields.get("VmHWM", float("nan"))}


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def _settle(page, timeout_ms: int) -> None:
    """Wait until Streamlit has finished the rerun: no running-status widget and no faded (stale) element."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_timeout(400)  # a rerun triggered by the last click may not have started yet
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-stale=\"true\"]')", timeout=timeout_ms)
    page.wait_for_timeout(600)


def _drawn_charts(panel, timeout_ms: int) -> int:
    """How many charts in the panel have drawn (vega-embed made a canvas or svg); waits for all of them."""
    containers = panel.locator(CHART_CONTAINER)
    expected = containers.count()
    if expected:
        drawn = panel.locator(CHART_SELECTOR)
        drawn.nth(expected - 1).wait_for(state="attached", timeout=timeout_ms)
    return panel.locator(CHART_SELECTOR).count()


def _fit_viewport(page, width: int = 1400, min_height: int = 1000) -> None:
    """Streamlit scrolls inside its own container, so a "full page" shot needs a viewport as tall as that content."""
    page.set_viewport_size({"width": width, "height": min_height})
    page.wait_for_timeout(300)
    height = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-testid=\"stMain\"], [data-testid=\"stAppViewContainer\"]')]"
        ".map(e => e.scrollHeight), 0)")
    page.set_viewport_size({"width": width, "height": max(min_height, min(int(height) + 40, 12000))})
    page.wait_for_timeout(600)


def shoot_tabs(url: str, out_dir: Path, full_page: bool = True, timeout_ms: int = 90_000) -> dict:
    """Open `url`, screenshot the first view and every tab; return {tab: {path, charts, errors}}."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, timeout=timeout_ms)
            page.wait_for_selector('[data-testid="stTab"]', timeout=timeout_ms)
            _settle(page, timeout_ms)
            tabs = page.locator('[data-testid="stTab"]')
            labels = [tabs.nth(i).inner_text().strip() for i in range(tabs.count())]
            for i, label in enumerate(labels):
                tabs.nth(i).click()
                _settle(page, timeout_ms)
                panel = page.locator('[role="tabpanel"]:visible').first
                charts = _drawn_charts(panel, timeout_ms) if panel.count() else 0
                path = out_dir / f"{slug(label)}.png"
                if full_page:
                    _fit_viewport(page)
                page.screenshot(path=str(path), full_page=full_page)
                results[label] = {"path": path, "charts": charts, "errors": page.locator(ERROR_SELECTOR).count(),
                                  "error_text": [page.locator(ERROR_SELECTOR).nth(k).inner_text()
                                                 for k in range(page.locator(ERROR_SELECTOR).count())]}
        finally:
            browser.close()
    return results


def page_text(url: str, wait_for: str | None = None, timeout_ms: int = 90_000) -> str:
    """The visible text of the page at `url` once the app has settled and `wait_for` (a selector) is there."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, timeout=timeout_ms)
            _settle(page, timeout_ms)
            page.wait_for_selector('[data-testid="stTab"]', timeout=timeout_ms)
            page.locator('[data-testid="stTab"]', has_text="Sources").click()
            _settle(page, timeout_ms)
            if wait_for:
                page.wait_for_selector(wait_for, timeout=timeout_ms)
            return page.locator('[data-testid="stMain"]').inner_text()
        finally:
            browser.close()


def download(url: str, button_label: str, timeout_ms: int = 90_000) -> tuple[str, bytes]:
    """Open `url` (a Sources-tab link), click the download button with that label; (file name, bytes)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page.goto(url, timeout=timeout_ms)
            page.wait_for_selector('[data-testid="stTab"]', timeout=timeout_ms)
            _settle(page, timeout_ms)
            with page.expect_download(timeout=timeout_ms) as info:
                page.get_by_role("button", name=button_label).click()
            done = info.value
            return done.suggested_filename, Path(done.path()).read_bytes()
        finally:
            browser.close()


def busiest_article(documents: Path) -> str | None:
    import pyarrow.parquet as pq

    if not documents.exists():
        return None
    docs = pq.read_table(documents, columns=["doc_id", "n_claims"]).to_pandas()
    return None if docs.empty else str(docs.sort_values("n_claims", ascending=False)["doc_id"].iloc[0])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data", help="folder with claims.parquet, documents.parquet")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--article", help="doc_id to open in the Sources tab (default: the one with most claims)")
    args = parser.parse_args(argv)
    article = args.article or busiest_article(args.data / "documents.parquet")
    if not shutil.which("chromium"):
        print("chromium is not installed (Debian package `chromium`)", file=sys.stderr)
        return 2
    with serve(args.data.resolve()) as url:
        results = shoot_tabs(url + ("/?" + urllib.parse.urlencode({"article": article}) if article else ""), args.out)
    for label, r in results.items():
        print(f"{label}: {r['path']} ({r['charts']} charts, {r['errors']} errors)")
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
