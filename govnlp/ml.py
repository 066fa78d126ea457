"""Character features for govnlp's statistical components.

Chinese NER on single characters needs context a character alone lacks, and
OCR'd columns break words with newlines.  The embedding therefore hashes, per
token: the normalised character (simplified, half-width), the bigrams with the
previous and next *non-space* character (so "建\\n局" still yields 建局), a
coarse character class with the layout around it, and the admin-gazetteer
and pattern tags of the character (from the span groups named in
``candidate_keys``, e.g. ``admin_candidates`` and ``pattern_candidates``), so
list and pattern knowledge enters the model as a feature rather than
overriding it.
"""
from __future__ import annotations

from typing import List

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from .normalize import normalize

GAZ_KEY = "admin_candidates"
BASE_COLUMNS = ("char", "left bigram", "right bigram", "class")


def char_class(ch: str) -> str:
    if ch == "\n":
        return "NL"
    if ch.isspace():
        return "SP"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "P"


def doc_norms(doc: Doc) -> list[str]:
    """Per-token normalised strings (the normalizer's ``norm_`` if it ran)."""
    text = doc._.norm_text if doc.has_extension("norm_text") and doc._.norm_text else None
    if text is None:
        text = normalize(doc.text)
    return [text[t.idx: t.idx + len(t.text)] for t in doc]


def candidate_tags(doc: Doc, key: str) -> list[str]:
    """BIO tags of the candidate spans in ``doc.spans[key]`` (absent group: all O)."""
    tags = ["O"] * len(doc)
    for sp in doc.spans.get(key, []):
        lab = sp.label_
        tags[sp.start] = "B-" + lab
        for i in range(sp.start + 1, sp.end):
            tags[i] = "I-" + lab
    return tags


def doc_features(doc: Doc, candidate_keys: tuple[str, ...] = (GAZ_KEY,)) -> numpy.ndarray:
    norms = doc_norms(doc)
    n = len(norms)
    prev_solid = [None] * n
    next_solid = [None] * n
    j = None
    for i in range(n):
        prev_solid[i] = j
        if not norms[i].isspace():
            j = i
    j = None
    for i in range(n - 1, -1, -1):
        next_solid[i] = j
        if not norms[i].isspace():
            j = i
    cands = [candidate_tags(doc, key) for key in candidate_keys]
    out = numpy.zeros((n, len(BASE_COLUMNS) + len(cands)), dtype="uint64")
    texts = [t.text for t in doc]
    for i in range(n):
        c = norms[i]
        p = norms[prev_solid[i]] if prev_solid[i] is not None else "<s>"
        nx = norms[next_solid[i]] if next_solid[i] is not None else "</s>"
        cls = char_class(texts[i][:1] or " ")
        # layout: is there a line break right before / after this char?
        before = "b" if i > 0 and "\n" in texts[i - 1] else ""
        after = "a" if i + 1 < n and "\n" in texts[i + 1] else ""
        out[i, 0] = get_string_id(c)
        out[i, 1] = get_string_id("L" + p + c)
        out[i, 2] = get_string_id("R" + c + nx)
        out[i, 3] = get_string_id(cls + before + after)
        for k, tags in enumerate(cands):
            out[i, 4 + k] = get_string_id(tags[i])
    return out


def CharFeatureExtractor(candidate_keys: tuple[str, ...]) -> Model[List[Doc], List[Ints2d]]:
    def forward(model, docs, is_train):
        feats = [model.ops.asarray2i(doc_features(d, candidate_keys), dtype="uint64") for d in docs]
        return feats, lambda d: []

    return Model("govnlp_char_features", forward)


@registry.architectures("govnlp.CharFeatureEmbed.v1")
def CharFeatureEmbed(width: int, rows: List[int], candidate_keys: List[str] = (GAZ_KEY,)
                     ) -> Model[List[Doc], List[Floats2d]]:
    """Hash-embed the character features and mix them to ``width``."""
    keys = tuple(candidate_keys)
    n_cols = len(BASE_COLUMNS) + len(keys)
    if len(rows) != n_cols:
        raise ValueError(f"rows needs {n_cols} entries ({', '.join(BASE_COLUMNS + keys)}), got {len(rows)}")
    embeds = [HashEmbed(width, rows[i], column=i, seed=11 + i, dropout=0.0) for i in range(n_cols)]
    return chain(
        CharFeatureExtractor(keys),
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * n_cols, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
