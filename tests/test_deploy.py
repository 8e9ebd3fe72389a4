"""Repo files → checks that a fresh clone and Streamlit Community Cloud install and run the same thing."""
from __future__ import annotations

import ast
import importlib.metadata as md
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP_SOURCES = [p for p in (REPO / "app.py", *sorted((REPO / "figures").glob("*.py")), *sorted((REPO / "extract").glob("*.py")))
               if p.exists()]
# Cloud reads the first of these it finds; only requirements.txt may exist so there is one source.
CLOUD_DEPENDENCY_FILES = ("uv.lock", "Pipfile", "environment.yml", "requirements.txt")


def requirements() -> dict[str, str]:
    pins = {}
    for raw in (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep and version, f"requirements.txt: {raw!r} is not pinned with =="
        pins[name.strip().lower()] = version.strip()
    return pins


def canonical(name: str) -> str:
    return name.lower().replace("_", "-")


def test_requirements_is_the_single_dependency_source():
    present = [f for f in CLOUD_DEPENDENCY_FILES if (REPO / f).exists()]
    assert present == ["requirements.txt"], f"Cloud would read {present[0]!r} first; keep only requirements.txt"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "dependencies" in project["project"].get("dynamic", []), "pyproject must take dependencies from requirements.txt"
    assert "dependencies" not in project["project"], "dependencies listed in pyproject.toml would drift from requirements.txt"
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"]["file"] == ["requirements.txt"]
    assert "poetry" not in project.get("tool", {}), "a [tool.poetry] table would make Cloud read pyproject as Poetry"


def test_installed_versions_agree_with_the_pins():
    wrong = {}
    for name, pinned in requirements().items():
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            installed = None
        if installed != pinned:
            wrong[name] = (pinned, installed)
    assert not wrong, f"pinned vs installed: {wrong} — run `make install` (or recreate .venv)"


def _top_level_imports(path: Path) -> set[tuple[str, bool]]:
    """(module, at_top_level) for every absolute import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top_nodes = set(map(id, tree.body))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add((alias.name.split(".")[0], id(node) in top_nodes))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add((node.module.split(".")[0], id(node) in top_nodes))
    return found


def test_every_third_party_import_of_the_app_and_extractor_is_a_requirement():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    extras = {canonical(req.split("==")[0].split("[")[0]) for reqs in project["project"]["optional-dependencies"].values() for req in reqs}
    pinned = {canonical(n) for n in requirements()}
    dists = md.packages_distributions()
    local = {"extract", "figures", "app"}
    missing = []
    for path in APP_SOURCES:
        for module, at_top in _top_level_imports(path):
            if module in local or module in sys.stdlib_module_names or module == "__future__":
                continue
            owners = {canonical(d) for d in dists.get(module, [module])}
            if owners & pinned:
                continue
            # optional engines (dask) are imported lazily, inside functions, and come from an extra
            if not at_top and owners & extras:
                continue
            missing.append(f"{path.relative_to(REPO)} imports {module} ({', '.join(sorted(owners))})")
    assert not missing, "not in requirements.txt:\n" + "\n".join(missing)
