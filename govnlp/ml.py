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
from spacy.attrs import IDX, LENGTH
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


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Token start and end offsets, read as arrays (creating ``Token`` objects
    per character cost more than the whole feature extraction)."""
    arr = doc.to_array([IDX, LENGTH])
    starts = arr[:, 0].tolist()
    return starts, [a + b for a, b in zip(starts, arr[:, 1].tolist())]


def doc_norms(doc: Doc) -> list[str]:
    """Per-token normalised strings (the normalizer's ``norm_text`` view if it ran).

    ``doc.text`` is avoided where the view exists: spaCy builds it by visiting
    every token, which on single-character tokens costs microseconds a character."""
    text = doc._.norm_text if doc.has_extension("norm_text") and doc._.norm_text else None
    if text is None:
        text = normalize(doc.text)
    starts, ends = _token_bounds(doc)
    return [text[a:b] for a, b in zip(starts, ends)]


_HASHES: dict[str, int] = {}
_CLASSES: dict[str, str] = {}


def _hashes(strings: list[str]) -> list[int]:
    """String ids of ``strings``, memoised in a plain dict (the feature strings of a
    page repeat: a few thousand distinct ones per page, never more than the vocabulary
    of characters and bigrams)."""
    cache = _HASHES
    out = list(map(cache.get, strings))
    if None in out:
        if len(cache) > 500_000:
            cache.clear()
        for i, v in enumerate(out):
            if v is None:
                out[i] = cache[strings[i]] = get_string_id(strings[i])
    return out


def _classes(norms: list[str], nl: list[bool]) -> list[str]:
    cache = _CLASSES
    n = len(norms)
    base = [cache.get(t) or cache.setdefault(t, char_class(t[:1] or " ")) for t in norms]
    before = [False] + nl[:-1]
    after = nl[1:] + [False]
    return [c + ("b" if b else "") + ("a" if a else "") for c, b, a in zip(base, before, after)] if n else []


def doc_features(doc: Doc, candidate_keys: tuple[str, ...] = (GAZ_KEY,)) -> numpy.ndarray:
    """Per-token feature hashes: char, left/right bigram over non-space neighbours,
    class with layout, and one column per candidate span group."""
    norms = doc_norms(doc)
    n = len(norms)
    # neighbours skipping whitespace tokens, so a column break does not cut a bigram
    solid = ["" if x.isspace() else x for x in norms]
    prev_c, next_c = ["<s>"] * n, ["</s>"] * n
    last = "<s>"
    for i in range(n):
        prev_c[i] = last
        if solid[i]:
            last = solid[i]
    last = "</s>"
    for i in range(n - 1, -1, -1):
        next_c[i] = last
        if solid[i]:
            last = solid[i]
    nl = ["\n" in t for t in norms]
    out = numpy.zeros((n, len(BASE_COLUMNS) + len(candidate_keys)), dtype="uint64")
    out[:, 0] = _hashes(norms)
    out[:, 1] = _hashes(["L" + p + c for p, c in zip(prev_c, norms)])
    out[:, 2] = _hashes(["R" + c + x for c, x in zip(norms, next_c)])
    out[:, 3] = _hashes(_classes(norms, nl))
    outside = _hashes(["O"])[0]
    tags: dict[str, list[int]] = {}              # a label's B and I hashes, looked up once a page
    for k, key in enumerate(candidate_keys):
        col = out[:, 4 + k]
        col[:] = outside
        for sp in doc.spans.get(key, []):        # BIO tags of the group's spans, hashed (absent: all O)
            label = sp.label_
            b, i = tags.get(label) or tags.setdefault(label, _hashes(["B-" + label, "I-" + label]))
            start, end = sp.start, sp.end
            col[start] = b
            col[start + 1:end] = i
    return out


def CharFeatureExtractor(candidate_keys: tuple[str, ...]) -> Model[List[Doc], List[Ints2d]]:
    def forward(model, docs, is_train):
        feats = [model.ops.asarray2i(doc_features(d, candidate_keys), dtype="uint64") for d in docs]
        return feats, lambda d: []

    return Model("govnlp_char_features", forward)


@registry.architectures("govnlp.CharFeatureEmbed.v1")
def CharFeatureEmbed(width: int, rows: List[int], candidate_keys: List[str] = (GAZ_KEY,),
                     mix_pieces: int = 3) -> Model[List[Doc], List[Floats2d]]:
    """Hash-embed the character features and mix them to ``width`` (a maxout layer
    of ``mix_pieces`` pieces, the costliest product of the whole model)."""
    keys = tuple(candidate_keys)
    n_cols = len(BASE_COLUMNS) + len(keys)
    if len(rows) != n_cols:
        raise ValueError(f"rows needs {n_cols} entries ({', '.join(BASE_COLUMNS + keys)}), got {len(rows)}")
    embeds = [HashEmbed(width, rows[i], column=i, seed=11 + i, dropout=0.0) for i in range(n_cols)]
    return chain(
        CharFeatureExtractor(keys),
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * n_cols, nP=mix_pieces, dropout=0.0, normalize=True)),
        ragged2list(),
    )
