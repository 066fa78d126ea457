"""``govnlp_normalizer``: the normalised view of the page, offsets untouched.

Sets ``doc._.norm_text`` (same length as ``doc.text``: simplified, half-width,
whitespace folded) and ``token.norm_`` where it differs from the raw token,
so later components read one script while spans keep pointing at raw text.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..normalize import normalize


class Normalizer:
    def __init__(self, nlp: Language, name: str = "govnlp_normalizer"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        norm = normalize(doc.text)
        doc._.norm_text = norm
        for tok in doc:
            n = norm[tok.idx: tok.idx + len(tok.text)]
            if n != tok.text and not tok.is_space:
                tok.norm_ = n
        return doc


@Language.factory("govnlp_normalizer", assigns=["token.norm"], default_config={})
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer(nlp, name)
