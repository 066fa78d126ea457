"""Assemble corpus/parts/<id>.json (written by the per-page annotation scripts)
into one corpus JSONL file: `python corpus/build/assemble.py seed corpus/seeds.jsonl`."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(prefix: str, out: str) -> None:
    parts = sorted((ROOT / "corpus" / "parts").glob(f"{prefix}-*.json"))
    with open(ROOT / out, "w", encoding="utf-8") as fh:
        for p in parts:
            fh.write(json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) + "\n")
    print(f"{len(parts)} pages -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
