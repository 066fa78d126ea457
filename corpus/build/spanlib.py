"""Helpers for hand-annotating a corpus page by strings, never by typed offsets.

An annotation script builds a :class:`Page`, adds spans by the strings they
cover (whitespace-tolerant, so "县住建局" finds "县住建\\n局"), assigns block
roles by line number, prints every span back, validates the page against the
corpus contract and writes ``corpus/parts/<id>.json``.  ``corpus/build.py``
then assembles the parts into the corpus JSONL.

Typical use::

    p = Page("seed-000", "corpus/raw/000_x.txt", publisher="阜新日报", date=None)
    p.ent("ORG", "县住建局")                 # first occurrence not yet covered
    p.ent("ADMIN", "泽州", every=True)        # every uncovered occurrence
    p.ent("PERSON", "何振明", after="本报讯")  # first occurrence after a context string
    p.ent("ORG", "县委", line=12, nth=2)       # second free occurrence on line 12 (after=int: offset)
    p.slogan("COUNT", "六个一", expansion=["一个", "…"])
    p.byline("BYLINE", "本报讯（记者 何振明）")
    p.block(1, 9, "BODY", article=1)        # lines 1..9 (1-based, as printed by p.show())
    p.save()
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "corpus" / "parts"
WS = "[ \t\u3000\r\n]*"

SPAN_LABELS = {"ADMIN", "ORG", "PERSON"}
SLOGAN_LABELS = {"COUNT", "GROUP", "PARALLEL", "PER_UNIT", "ONE", "PLAN", "PLUS"}
BYLINE_LABELS = {"BYLINE", "CREDIT", "PHOTO"}
BLOCK_LABELS = {"HEADLINE", "KICKER", "SUBHEAD", "BYLINE", "CROSSHEAD", "BODY",
                "CAPTION", "COLUMN", "PAGE"}


def pattern(s: str) -> re.Pattern:
    """Regex for ``s`` allowing layout whitespace between any two characters."""
    chars = [c for c in s if not c.isspace()]
    return re.compile(WS.join(re.escape(c) for c in chars))


class Page:
    def __init__(self, id: str, raw_path: str, *, publisher: str, date: str | None = None,
                 script: str = "simplified", origin: str = "seed"):
        path = ROOT / raw_path
        self.text = path.read_text(encoding="utf-8")
        self.id = id
        self.meta = {"source": path.name, "script": script, "publisher": publisher,
                     "date": date, "origin": origin}
        self.spans: list[dict] = []
        self.slogans: list[dict] = []
        self.bylines: list[dict] = []
        self.blocks: list[dict] = []
        starts, pos = [], 0
        for line in self.text.split("\n"):
            starts.append((pos, pos + len(line)))
            pos += len(line) + 1
        self.line_bounds = starts  # 0-based list of (start, end) per line

    # ------------------------------------------------------------------ lookup
    def find_all(self, s: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        hi = len(self.text) if hi is None else hi
        return [(m.start(), m.end()) for m in pattern(s).finditer(self.text, lo, hi)]

    def _region(self, after, before, line):
        lo, hi = 0, len(self.text)
        if line is not None:
            lo, hi = self.line_bounds[line - 1]
        if isinstance(after, int):
            lo = max(lo, after)
        elif after is not None:
            hits = self.find_all(after, lo, hi)
            if not hits:
                raise ValueError(f"context {after!r} not found")
            lo = hits[0][1]
        if before is not None:
            hits = self.find_all(before, lo, hi)
            if not hits:
                raise ValueError(f"context {before!r} not found after {lo}")
            hi = hits[0][0]
        return lo, hi

    @staticmethod
    def _free(layer, st, en):
        return all(en <= x["start"] or st >= x["end"] for x in layer)

    def _add(self, layer, labels, label, s, *, nth=None, every=False, after=None,
             before=None, line=None, at=None, extra=None):
        if label not in labels:
            raise ValueError(f"unknown label {label}")
        if at is not None:
            hits = [h for h in self.find_all(s, at, at + 4 * len(s) + 10) if h[0] == at]
        else:
            lo, hi = self._region(after, before, line)
            hits = self.find_all(s, lo, hi)
        free = [h for h in hits if self._free(layer, *h)]
        if not free:
            raise ValueError(f"{label} {s!r}: no free occurrence (found {len(hits)})")
        if before is not None and nth is None and not every and len(free) > 1:
            # before= bounds the region; the FIRST free hit in it is taken, which is rarely
            # what "the one before X" means: make the reader say which with nth=
            print(f"WARNING {self.id}: {label} {s!r} before={before!r}: {len(free)} free hits, "
                  f"taking the first at {free[0][0]}", file=sys.stderr)
        chosen = free if every else [free[(nth or 1) - 1]]
        out = []
        for st, en in chosen:
            item = {"start": st, "end": en, "label": label}
            if extra:
                item.update(extra)
            layer.append(item)
            out.append(item)
        return out

    # ------------------------------------------------------------------ layers
    def ent(self, label, s, **kw):
        """Add an entity span; ``every=True`` takes every occurrence not yet covered."""
        return self._add(self.spans, SPAN_LABELS, label, s, **kw)

    def slogan(self, label, s, expansion=None, **kw):
        """Add a slogan; ``expansion`` items are looked up in order after the slogan
        (or after ``exp_after`` if given) and stored as offset pairs."""
        exp_after = kw.pop("exp_after", None)
        item = self._add(self.slogans, SLOGAN_LABELS, label, s, **kw)
        if expansion:
            for it in item:
                pos = it["end"]
                if exp_after is not None:
                    pos = self.find_all(exp_after, it["start"])[0][1]
                pairs = []
                for e in expansion:
                    hits = self.find_all(e, pos)
                    if not hits:
                        raise ValueError(f"expansion item {e!r} not found after {pos}")
                    pairs.append([hits[0][0], hits[0][1]])
                    pos = hits[0][1]
                it["expansion"] = pairs
        return item

    def byline(self, label, s, **kw):
        return self._add(self.bylines, BYLINE_LABELS, label, s, **kw)

    def block(self, first: int, last: int, label: str, article: int | None = None):
        """Lines ``first``..``last`` (1-based, inclusive) form blocks of ``label``.

        Blank lines inside the range split it into several blocks, as the
        guideline requires; COLUMN and PAGE blocks must have ``article=None``.
        """
        if label not in BLOCK_LABELS:
            raise ValueError(f"unknown block label {label}")
        run = []
        for ln in range(first, last + 1):
            st, en = self.line_bounds[ln - 1]
            line = self.text[st:en]
            if line.strip():
                run.append((st + len(line) - len(line.lstrip()), en - (len(line) - len(line.rstrip()))))
            elif run:
                self._close(run, label, article)
                run = []
        if run:
            self._close(run, label, article)

    def _close(self, run, label, article):
        self.blocks.append({"start": run[0][0], "end": run[-1][1], "label": label,
                            "article": article})

    # ------------------------------------------------------------------ output
    def show(self, lo: int = 1, hi: int | None = None):
        """Print the page's lines with 1-based numbers (for assigning blocks)."""
        hi = hi or len(self.line_bounds)
        for i in range(lo - 1, hi):
            st, en = self.line_bounds[i]
            print(f"{i + 1:4d} {st:6d} | {self.text[st:en]}")

    def readback(self):
        t = self.text
        for name in ("spans", "slogans", "bylines", "blocks"):
            print(f"== {name}")
            for x in sorted(getattr(self, name), key=lambda x: x["start"]):
                extra = ""
                if x.get("expansion"):
                    extra = " -> " + " | ".join(t[a:b] for a, b in x["expansion"])
                if "article" in x:
                    extra = f" art={x['article']}"
                    print(f"{x['start']:6d} {x['end']:6d} {x['label']:9s}{extra} {t[x['start']:x['end']][:30]!r}")
                else:
                    print(f"{x['start']:6d} {x['end']:6d} {x['label']:9s} {t[x['start']:x['end']]!r}{extra}")

    def record(self) -> dict:
        key = lambda x: (x["start"], x["end"])
        return {"id": self.id, "text": self.text, "meta": self.meta,
                "spans": sorted(self.spans, key=key), "slogans": sorted(self.slogans, key=key),
                "bylines": sorted(self.bylines, key=key), "blocks": sorted(self.blocks, key=key)}

    def save(self, quiet: bool = False):
        rec = self.record()
        sys.path.insert(0, str(ROOT.parent / "shared" / "hooks"))
        from contract_check import check_page  # the independent contract check
        errs = check_page(rec, self.id)
        if not quiet:
            self.readback()
        for e in errs:
            print("ERROR", e)
        PARTS.mkdir(parents=True, exist_ok=True)
        (PARTS / f"{self.id}.json").write_text(json.dumps(rec, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        print(f"{self.id}: {len(self.spans)} spans, {len(self.slogans)} slogans, "
              f"{len(self.bylines)} bylines, {len(self.blocks)} blocks, {len(errs)} errors")
        return errs
