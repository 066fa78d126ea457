"""The gold corpus: JSONL pages in the format of ANNOTATION.md, and their views.

One page per line with four layers (``spans``, ``slogans``, ``bylines``,
``blocks``).  This module validates pages (every error names file, line and
span), converts them to and from spaCy ``Doc`` objects, registers the
``govnlp.Corpus.v1`` reader for ``spacy train`` and loads the corpus as a
Hugging Face ``datasets.Dataset``.
"""
from __future__ import annotations

import bisect
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from .extensions import register_extensions

# committed development pages that join the NER's training (the shipped model's, and every fold's
# in crossval, where they are never scored): only batches already measured once as unseen
# (docs/unseen.md); a batch kept for a test is never listed here before its measurement
EXTRA_TRAIN = ("corpus/pages12.jsonl", "corpus/pages13.jsonl", "corpus/pages14.jsonl", "corpus/pages15.jsonl",
               "corpus/pages16.jsonl", "corpus/pages17.jsonl", "corpus/pages18.jsonl", "corpus/pages19.jsonl",
               "corpus/pages20.jsonl", "corpus/pages21.jsonl", "corpus/pages22.jsonl", "corpus/pages23.jsonl",
               "corpus/pages24.jsonl", "corpus/pages25.jsonl", "corpus/pages26.jsonl", "corpus/pages27.jsonl",
               "corpus/pages28.jsonl", "corpus/pages29.jsonl", "corpus/pages30.jsonl", "corpus/pages31.jsonl",
               "corpus/pages32.jsonl", "corpus/pages33.jsonl", "corpus/pages34.jsonl", "corpus/pages35.jsonl",
               "corpus/pages36.jsonl", "corpus/pages37.jsonl", "corpus/pages38.jsonl", "corpus/pages39.jsonl",
               "corpus/pages40.jsonl", "corpus/pages41.jsonl", "corpus/pages42.jsonl",
               "corpus/pages43.jsonl", "corpus/pages44.jsonl", "corpus/pages45.jsonl", "corpus/pages46.jsonl", "corpus/pages47.jsonl", "corpus/pages48.jsonl", "corpus/pages49.jsonl",
               "corpus/pages50.jsonl", "corpus/pages51.jsonl", "corpus/pages52.jsonl", "corpus/pages53.jsonl",
               "corpus/pages54.jsonl", "corpus/pages55.jsonl", "corpus/pages56.jsonl", "corpus/pages57.jsonl", "corpus/pages58.jsonl", "corpus/pages59.jsonl")
ENT_LABELS = ("ADMIN", "ORG", "PERSON")
SLOGAN_LABELS = ("COUNT", "GROUP", "PARALLEL", "PER_UNIT", "ONE", "PLAN", "PLUS")
BYLINE_LABELS = ("BYLINE", "CREDIT", "PHOTO")
BLOCK_LABELS = ("HEADLINE", "KICKER", "SUBHEAD", "BYLINE", "CROSSHEAD", "BODY",
                "CAPTION", "COLUMN", "PAGE")
LAYERS = {"spans": ENT_LABELS, "slogans": SLOGAN_LABELS, "bylines": BYLINE_LABELS,
          "blocks": BLOCK_LABELS}
NO_ARTICLE = ("COLUMN", "PAGE")


class CorpusError(ValueError):
    """A corpus line breaks the format; ``problems`` lists every message."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# ---------------------------------------------------------------- validation
def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


def page_problems(page: dict) -> list[str]:
    """Every way ``page`` breaks ANNOTATION.md sections 1 and 5 (empty if valid)."""
    probs: list[str] = []
    text = page.get("text")
    if not isinstance(text, str):
        return ["field 'text' missing or not a string"]
    if not isinstance(page.get("id"), str):
        probs.append("field 'id' missing or not a string")
    n = len(text)
    for layer, labels in LAYERS.items():
        items = page.get(layer)
        if items is None:
            items = []
        if not isinstance(items, list):
            probs.append(f"{layer}: not a list")
            continue
        good = []
        for s in items:
            st, en, lab = s.get("start"), s.get("end"), s.get("label")
            desc = f"{layer} span {st}-{en} {lab}"
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= n):
                probs.append(f"{desc}: offsets out of range (text has {n} chars)")
                continue
            desc += f" {text[st:en]!r}"
            if lab not in labels:
                probs.append(f"{desc}: unknown label {lab!r} (expected one of {', '.join(labels)})")
            if text[st].isspace() or text[en - 1].isspace():
                probs.append(f"{desc}: starts or ends on whitespace")
            if layer == "slogans":
                for pair in s.get("expansion") or []:
                    if not (isinstance(pair, (list, tuple)) and len(pair) == 2
                            and all(isinstance(x, int) for x in pair) and 0 <= pair[0] < pair[1] <= n):
                        probs.append(f"{desc}: bad expansion item {pair}")
                    elif text[pair[0]].isspace() or text[pair[1] - 1].isspace():
                        probs.append(f"{desc}: expansion item {text[pair[0]:pair[1]]!r} on whitespace")
            if layer == "blocks":
                art = s.get("article", "missing")
                if lab in NO_ARTICLE and art is not None:
                    probs.append(f"{desc}: {lab} block must have article null")
                elif lab not in NO_ARTICLE and (not isinstance(art, int) or isinstance(art, bool)):
                    probs.append(f"{desc}: block needs an integer article")
            good.append(s)
        good.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(good, good[1:]):
            if b["start"] < a["end"]:
                probs.append(f"{layer}: overlapping spans {a['start']}-{a['end']} "
                             f"{text[a['start']:a['end']]!r} and {b['start']}-{b['end']} "
                             f"{text[b['start']:b['end']]!r}")
        if layer == "blocks":
            probs.extend(_cover_problems(text, good))
    return probs


def line_blocks(text: str, blocks: list[dict]) -> list[tuple[int, int, dict | None]]:
    """Each non-blank line with the block holding its first character (None if no block)."""
    bl = sorted(blocks, key=lambda b: (b["start"], b["end"]))
    starts = [b["start"] for b in bl]
    out = []
    for st, en in line_spans(text):
        i = bisect.bisect_right(starts, st) - 1
        out.append((st, en, bl[i] if i >= 0 and st < bl[i]["end"] else None))
    return out


def _cover_problems(text: str, blocks: list[dict]) -> list[str]:
    return [f"blocks: line {st}-{en} {text[st:en][:30]!r} is in no block (or split between blocks)"
            for st, en, b in line_blocks(text, blocks) if b is None or en > b["end"]]


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """Yield (line number, page or None, JSON error or None) for each non-empty line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                yield lineno, json.loads(raw), None
            except json.JSONDecodeError as e:
                yield lineno, None, f"not valid JSON: {e}"


def validate_file(path: str | Path) -> list[str]:
    """All problems of a corpus file, each prefixed with ``file:line (id)``."""
    out = []
    for lineno, page, err in iter_jsonl(path):
        if err:
            out.append(f"{path}:{lineno}: {err}")
            continue
        if not isinstance(page, dict):
            out.append(f"{path}:{lineno}: not a JSON object")
            continue
        for p in page_problems(page):
            out.append(f"{path}:{lineno} ({page.get('id')}): {p}")
    return out


def read_pages(path: str | Path, *, validate: bool = True, include: Iterable[str] | None = None,
               exclude: Iterable[str] | None = None) -> list[dict]:
    """Load a corpus file; raise :class:`CorpusError` naming every bad line."""
    include = set(include) if include else None
    exclude = set(exclude or ())
    if validate:
        probs = validate_file(path)
        if probs:
            raise CorpusError(probs)
    pages = []
    for _, page, _err in iter_jsonl(path):
        if include is not None and page["id"] not in include:
            continue
        if page["id"] in exclude:
            continue
        pages.append(page)
    return pages


def read_corpus(paths: Iterable[str | Path], **kw) -> list[dict]:
    out = []
    for p in paths:
        out.extend(read_pages(p, **kw))
    return out


# ---------------------------------------------------------------- Doc views
def page_to_doc(nlp_or_vocab_doc: Language | Doc, page: dict) -> Doc:
    """A ``Doc`` of the page's raw text carrying its gold layers.

    ``doc.ents`` holds ``spans``; ``doc.spans["slogans"|"bylines"|"blocks"]``
    hold the other layers with their attributes (expansion items as
    ``span._.items``, block article as ``span._.article``).  Raises if a span
    does not align with the tokenizer, so no gold span is silently dropped.
    """
    register_extensions()
    doc = nlp_or_vocab_doc if isinstance(nlp_or_vocab_doc, Doc) else nlp_or_vocab_doc.make_doc(page["text"])

    def span(s, layer):
        sp = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="strict")
        if sp is None:
            raise CorpusError([f"{page.get('id')}: {layer} span {s['start']}-{s['end']} "
                               f"{page['text'][s['start']:s['end']]!r} does not align with tokens"])
        return sp

    ents = [span(s, "spans") for s in page.get("spans", [])]
    missing = [doc.char_span(a, b, alignment_mode="expand") for a, b in page.get("missing", [])]
    # "missing": characters whose entity label is unknown (partially labelled outside data)
    doc.set_ents(ents, missing=[m for m in missing if m is not None], default="outside")
    slogans = []
    for s in page.get("slogans", []):
        sp = span(s, "slogans")
        sp._.items = [doc.char_span(a, b, alignment_mode="strict") for a, b in s.get("expansion") or []]
        slogans.append(sp)
    doc.spans["slogans"] = slogans
    doc.spans["bylines"] = [span(s, "bylines") for s in page.get("bylines", [])]
    blocks = []
    for s in page.get("blocks", []):
        sp = span(s, "blocks")
        sp._.article = s.get("article")
        blocks.append(sp)
    doc.spans["blocks"] = blocks
    doc.user_data["govnlp_id"] = page.get("id")
    return doc


def doc_to_page(doc: Doc, page_id: str | None = None, meta: dict | None = None) -> dict:
    """The corpus-format record of a processed ``Doc`` (predictions become gold-shaped)."""
    register_extensions()
    key = lambda x: (x["start"], x["end"])
    rec = {"id": page_id or doc.user_data.get("govnlp_id") or "page",
           "text": doc.text, "meta": meta or {},
           "spans": [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents],
           "slogans": [], "bylines": [], "blocks": []}
    for sp in doc.spans.get("slogans", []):
        item = {"start": sp.start_char, "end": sp.end_char, "label": sp.label_}
        items = [it for it in (sp._.items or []) if it is not None]
        if items:
            item["expansion"] = [[it.start_char, it.end_char] for it in items]
        rec["slogans"].append(item)
    rec["bylines"] = [{"start": s.start_char, "end": s.end_char, "label": s.label_}
                      for s in doc.spans.get("bylines", [])]
    rec["blocks"] = [{"start": s.start_char, "end": s.end_char, "label": s.label_,
                      "article": s._.article} for s in doc.spans.get("blocks", [])]
    for layer in ("spans", "slogans", "bylines", "blocks"):
        rec[layer].sort(key=key)
    return rec


def chunk_page(page: dict, max_chars: int) -> list[dict]:
    """Cut a page at blank lines into pieces of about ``max_chars`` for training.

    Entity, slogan and byline spans that would straddle a cut keep the cut
    from happening there (cuts only fall between spans).  Blocks are dropped
    from chunks: chunking is for span-level training only.
    """
    text = page["text"]
    spans = [s for layer in ("spans", "slogans", "bylines") for s in page.get(layer, [])]
    covered = bytearray(len(text) + 1)
    for s in spans:
        for i in range(s["start"] + 1, s["end"]):
            covered[i] = 1
    cuts, last = [0], 0
    pos = text.find("\n\n")
    while pos != -1:
        cut = pos + 1
        if cut - last >= max_chars and not covered[cut]:
            cuts.append(cut)
            last = cut
        pos = text.find("\n\n", pos + 1)
    cuts.append(len(text))
    out = []
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if a == b:
            continue
        piece = {"id": f"{page['id']}#{k}", "text": text[a:b], "meta": page.get("meta", {}),
                 "blocks": []}
        for layer in ("spans", "slogans", "bylines"):
            items = []
            for s in page.get(layer, []):
                if a <= s["start"] and s["end"] <= b:
                    t = dict(s, start=s["start"] - a, end=s["end"] - a)
                    if "expansion" in s:
                        t["expansion"] = [[x - a, y - a] for x, y in s["expansion"] if a <= x and y <= b]
                    items.append(t)
            piece[layer] = items
        out.append(piece)
    return out


# ---------------------------------------------------------------- spaCy reader
@dataclass
class GovCorpus:
    """Iterate ``Example``s from corpus JSONL files, filtered by page id."""

    paths: list[str]
    include: list[str] | None = None
    exclude: list[str] | None = None
    chunk_chars: int = 0
    shuffle: bool = False
    msra_sentences: int = 0

    def __call__(self, nlp: Language) -> Iterator[Example]:
        pages = read_corpus(self.paths, include=self.include, exclude=self.exclude)
        if self.msra_sentences:
            from .external import msra_pages
            pages = pages + msra_pages("train", self.msra_sentences)
        if self.chunk_chars:
            pages = [c for p in pages for c in chunk_page(p, self.chunk_chars)]
        if self.shuffle:
            pages = list(pages)
            random.shuffle(pages)
        pre = self.rule_components(nlp)
        for page in pages:
            ref = page_to_doc(nlp, page)
            pred = nlp.make_doc(page["text"])
            for proc in pre:
                pred = proc(pred)
            yield Example(pred, ref)

    @staticmethod
    def rule_components(nlp: Language) -> list:
        """The untrained components before the first trainable one (normaliser, gazetteer,
        patterns): they run here, once per epoch, instead of as annotating components
        at every step, so the NER's candidate features cost nothing extra in training."""
        from spacy.pipeline import TrainablePipe

        out = []
        for _, proc in nlp.pipeline:
            if isinstance(proc, TrainablePipe):
                break
            out.append(proc)
        return out


def _split_ids(value) -> list[str] | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return list(value)


@spacy.registry.readers("govnlp.Corpus.v1")
def create_corpus_reader(path: str, include: str | list | None = None,
                         exclude: str | list | None = None, chunk_chars: int = 0,
                         shuffle: bool = False, msra_sentences: int = 0
                         ) -> Callable[[Language], Iterable[Example]]:
    """``spacy train`` reader: ``path`` is one file or a comma-separated list;
    ``include``/``exclude`` are page ids (comma-separated), so a held-out fold
    is a config override rather than a copied file.  ``msra_sentences`` adds
    that many partially labelled MSRA sentences (see :mod:`govnlp.external`)."""
    return GovCorpus(paths=[p for p in str(path).split(",") if p], include=_split_ids(include),
                     exclude=_split_ids(exclude), chunk_chars=chunk_chars, shuffle=shuffle,
                     msra_sentences=msra_sentences)


# ---------------------------------------------------------------- datasets
def dataset_features():
    from datasets import Features, Sequence, Value

    span = {"start": Value("int32"), "end": Value("int32"), "label": Value("string")}
    return Features({
        "id": Value("string"),
        "text": Value("string"),
        "meta": {"source": Value("string"), "script": Value("string"), "publisher": Value("string"),
                 "date": Value("string"), "origin": Value("string")},
        "spans": [span],
        "slogans": [dict(span, expansion=Sequence(Sequence(Value("int32"), length=2)))],
        "bylines": [span],
        "blocks": [dict(span, article=Value("int32"))],
    })


def load_dataset(path: str | Path | list):
    """The corpus as a ``datasets.Dataset`` with typed features for the four layers."""
    from datasets import Dataset

    paths = [path] if isinstance(path, (str, Path)) else list(path)
    rows = []
    for page in read_corpus(paths):
        meta = page.get("meta") or {}
        rows.append({
            "id": page["id"], "text": page["text"],
            "meta": {k: (None if meta.get(k) is None else str(meta.get(k)))
                     for k in ("source", "script", "publisher", "date", "origin")},
            "spans": [{k: s[k] for k in ("start", "end", "label")} for s in page.get("spans", [])],
            "slogans": [{"start": s["start"], "end": s["end"], "label": s["label"],
                         "expansion": [list(p) for p in s.get("expansion") or []]}
                        for s in page.get("slogans", [])],
            "bylines": [{k: s[k] for k in ("start", "end", "label")} for s in page.get("bylines", [])],
            "blocks": [{"start": s["start"], "end": s["end"], "label": s["label"],
                        "article": s.get("article")} for s in page.get("blocks", [])],
        })
    return Dataset.from_list(rows, features=dataset_features())


def stats_markdown(pages: list[dict]) -> str:
    """Corpus totals per page and overall, as a markdown table (docs/annotation.md)."""
    from collections import Counter

    cols = [p["id"] for p in pages] + ["total"]
    rows: dict[str, list] = {}

    def put(name, values):
        rows[name] = values + [sum(values)]

    put("characters", [len(p["text"]) for p in pages])
    put("lines", [len(line_spans(p["text"])) for p in pages])
    put("articles", [len({b.get("article") for b in p["blocks"]} - {None}) for p in pages])
    for layer, labels in LAYERS.items():
        put(f"**{layer}**", [len(p.get(layer, [])) for p in pages])
        counts = [Counter(s["label"] for s in p.get(layer, [])) for p in pages]
        for lab in labels:
            put(f"{layer} {lab}", [c[lab] for c in counts])
        if layer == "slogans":
            put("expansion items", [sum(len(s.get("expansion") or []) for s in p["slogans"]) for p in pages])
    out = ["| | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    for name, vals in rows.items():
        out.append(f"| {name} | " + " | ".join(str(v) for v in vals) + " |")
    return "\n".join(out)
