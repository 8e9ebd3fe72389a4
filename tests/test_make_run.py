"""`make run` → a Streamlit server that answers on its port and serves the dashboard page."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, deadline: float) -> str:
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8", "replace")
        except OSError as exc:  # not listening yet
            last = exc
            time.sleep(0.5)
    raise AssertionError(f"{url} did not answer: {last}")


@pytest.mark.slow
def test_make_run_serves_the_dashboard(tmp_path, screenshots):
    if not (REPO / "data" / "claims.parquet").exists():
        pytest.fail("data/claims.parquet is missing: run `make data` and commit the tables")
    port = free_port()
    log = (tmp_path / "make-run.log").open("w")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    server = subprocess.Popen(["make", "--no-print-directory", "run", f"PORT={port}"], cwd=REPO, env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        assert wait_for(f"http://127.0.0.1:{port}/_stcore/health", deadline).strip() == "ok"
        page = wait_for(f"http://127.0.0.1:{port}/", deadline)
        assert '<div id="root">' in page
        if not shutil.which("chromium"):
            if os.environ.get("CI") == "true":
                pytest.fail("chromium is not installed in CI (`make browser` installs Debian's chromium)")
            return  # the server answered; rendering needs the browser
        tabs = screenshots.shoot_tabs(f"http://127.0.0.1:{port}", tmp_path / "shots", full_page=False)
        assert tabs, "no tabs rendered"
        assert all(t["errors"] == 0 for t in tabs.values()), {k: t["error_text"] for k, t in tabs.items()}
        assert sum(t["charts"] for t in tabs.values()) > 0, tabs
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
