"""``govnlp_normalizer``: the normalised view of the page, offsets untouched.

Sets ``doc._.norm_text`` (same length as ``doc.text``: simplified, half-width,
whitespace folded) and ``token.norm_`` where it differs from the raw token,
so later components read one script while spans keep pointing at raw text.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, NORM
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import RAW_TEXT_KEY, register_extensions
from ..normalize import normalize


def _codepoints(s: str) -> numpy.ndarray:
    return numpy.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)


class Normalizer:
    def __init__(self, nlp: Language, name: str = "govnlp_normalizer"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.pop(RAW_TEXT_KEY, None)     # kept by GovChinese.make_doc
        if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
            text = doc.text                                 # a doc made elsewhere (or edited since)
        norm = normalize(text)
        doc._.norm_text = norm
        if norm == text:
            return doc
        # token.norm_ for the tokens that change, found with arrays: per-character
        # Token objects would cost more than the normalisation itself
        diff = numpy.flatnonzero(_codepoints(text) != _codepoints(norm))
        if not len(diff):
            return doc
        arr = doc.to_array([IDX, LENGTH, NORM])
        strings = doc.vocab.strings
        for i in numpy.unique(numpy.searchsorted(arr[:, 0], diff, side="right") - 1).tolist():
            a, n = int(arr[i, 0]), int(arr[i, 1])
            t = norm[a:a + n]
            if t != text[a:a + n] and not t.isspace():
                arr[i, 2] = strings.add(t)
        doc.from_array([NORM], arr[:, 2:3])
        return doc


@Language.factory("govnlp_normalizer", assigns=["token.norm"], default_config={})
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer(nlp, name)
