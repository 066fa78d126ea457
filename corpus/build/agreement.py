"""Inter-annotator agreement: span F1 between the first pass (corpus/seeds.jsonl, corpus/pages*.jsonl)
and an independent second pass (corpus/parts/agree-*.json: agree-000 for seed-000, agree-page-3402 for
page-3402), per layer, exact offsets and label; the seeds and the web pages are pooled apart.

python corpus/build/agreement.py   (prints markdown tables)
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def keyset(page, layer):
    out = set()
    for s in page.get(layer, []):
        key = (s["start"], s["end"], s["label"])
        if layer == "blocks":
            key = key + (s.get("article"),)
        out.add(key)
        if layer == "slogans":
            out.update(("item", a, b) for a, b in s.get("expansion") or [])
    return out


def f1(a, b):
    tp = len(a & b)
    return 2 * tp / (len(a) + len(b)) if a or b else 1.0


def first_passes() -> dict[str, dict]:
    """The committed annotation of every page, by id (read once)."""
    pages = {}
    for path in [ROOT / "corpus" / "seeds.jsonl", *sorted((ROOT / "corpus").glob("pages*.jsonl"))]:
        for line in path.open(encoding="utf-8"):
            page = json.loads(line)
            pages[page["id"]] = page
    return pages


def table(rows) -> None:
    print("| page | entities F1 | slogans F1 (spans + items) | bylines F1 | blocks F1 |")
    print("|---|---|---|---|---|")
    for sid, d, _ in rows:
        print(f"| {sid} | " + " | ".join(f"{d[l][0]:.3f}" for l in LAYERS) + " |")
    pooled = []
    for layer in LAYERS:
        agree = sum(d[layer][3] for _, d, _ in rows)
        total = sum(d[layer][4] for _, d, _ in rows)
        pooled.append(2 * agree / total if total else 1.0)
    print("| pooled | " + " | ".join(f"{x:.3f}" for x in pooled) + " |")


LAYERS = ("spans", "slogans", "bylines", "blocks")


def main():
    rows = []
    first = first_passes()
    for part in sorted((ROOT / "corpus" / "parts").glob("agree-*.json")):
        second = json.loads(part.read_text(encoding="utf-8"))
        sid = second["id"].replace("agree-page-", "page-").replace("agree-", "seed-")
        one = first[sid]
        diffs = {}
        for layer in LAYERS:
            a, b = keyset(one, layer), keyset(second, layer)
            diffs[layer] = (f1(a, b), sorted(a - b, key=str), sorted(b - a, key=str), len(a & b), len(a) + len(b))
        rows.append((sid, diffs, one["text"]))
    for group in ("seed-", "page-"):
        if any(r[0].startswith(group) for r in rows):
            table([r for r in rows if r[0].startswith(group)])
            print()
    for sid, d, text in rows:
        for layer, (_, only1, only2, _, _) in d.items():
            for who, keys in (("first", only1), ("second", only2)):
                for k in keys:
                    a, b = (k[1], k[2]) if k[0] == "item" else (k[0], k[1])
                    print(f"- {sid} {layer}: {who} pass only {text[a:b]!r} {k}")


if __name__ == "__main__":
    main()
