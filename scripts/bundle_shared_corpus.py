"""../shared/corpus/<set>/ → data/articles/<set>/ (articles plus a manifest filled from gold.docs.jsonl).

Run once when the shared corpus changes: python scripts/bundle_shared_corpus.py
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
SETS = {"seeds": False, "dev2022": True, "dev2024": True}   # set → its texts restate an original report


def main() -> int:
    for name, restated in SETS.items():
        src, dst = SHARED / name, REPO / "data" / "articles" / name
        if not src.is_dir():
            print(f"{src}: missing", file=sys.stderr)
            return 1
        dst.mkdir(parents=True, exist_ok=True)
        for txt in sorted((src / "articles").glob("*.txt")):
            shutil.copyfile(txt, dst / txt.name)
        docs = [json.loads(line) for line in (src / "gold.docs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        with (dst / "manifest.csv").open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["doc_id", "publisher", "url", "published", "restated"])
            for d in sorted(docs, key=lambda d: d["doc_id"]):
                out.writerow([d["doc_id"], d.get("publisher") or "", d.get("url") or "", d.get("published") or "",
                              "true" if restated else "false"])
        print(f"{name}: {len(docs)} articles → {dst.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
