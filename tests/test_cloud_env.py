"""requirements.txt alone → a clean venv that runs app.py under AppTest, as Streamlit Community Cloud would."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# What Cloud runs after copying the repo and installing requirements.txt: the entry file from the root.
PROBE = textwrap.dedent("""
    import json, resource, sys
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file("app.py", default_timeout=120).run()
    report = {
        "exceptions": [str(e.value) for e in at.exception],
        "errors": [str(e.value) for e in at.error],
        "tabs": len(at.tabs),
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print("REPORT " + json.dumps(report))
""")


def repo_files() -> list[Path]:
    """The files a clone would hold: tracked plus new, not ignored."""
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True, text=True, check=True)
    return [Path(line) for line in out.stdout.splitlines() if (REPO / line).is_file()]


def snapshot(root: Path) -> dict[str, float]:
    return {str(p.relative_to(root)): p.stat().st_mtime for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_app_runs_in_a_venv_built_only_from_requirements_txt(tmp_path):
    if not (REPO / "app.py").exists():
        pytest.fail("app.py is missing at the repo root")
    clone = tmp_path / "repo"
    for rel in repo_files():
        (clone / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, clone / rel)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                              "-r", str(clone / "requirements.txt")], capture_output=True, text=True)
    assert install.returncode == 0, f"pip install -r requirements.txt failed:\n{install.stderr[-3000:]}"

    before = snapshot(clone)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "WAR_FIGURES"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    run = subprocess.run([str(python), "-c", PROBE], cwd=clone, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"AppTest in the clean venv failed:\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
    report = json.loads(next(line for line in run.stdout.splitlines() if line.startswith("REPORT "))[7:])
    assert report["exceptions"] == [], report
    assert report["errors"] == [], report
    assert report["tabs"] >= 4, report
    # Cloud gives an app under 1 GB; the bundled data must leave most of it free.
    assert report["max_rss_mb"] < 700, report
    assert snapshot(clone) == before, "the app wrote files at run time"
