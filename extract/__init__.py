"""News articles → numeric claims about the Russia–Ukraine war (claims and documents tables).

SOURCES_SHA256 is taken when the package is first imported, before any of its modules load: it names the code and
rules this process runs. Hashing the files again at build time would label results of the code loaded earlier with
code edited since (a long build or a long-lived worker while someone edits the rules), and the cache would then
serve those results to the edited code.
"""
import hashlib
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def sources_sha256(folder: Path = PACKAGE_DIR) -> str:
    """Hash of everything that decides the output: rule files and extractor code, as they are on disk now."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("rules/*.toml")) + sorted(folder.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


SOURCES_SHA256 = sources_sha256()
