"""``admin_gazetteer``: candidate administrative units from the packaged list.

Writes ``doc.spans["admin_candidates"]``; each span's label says how it
matched (``full``, ``short``, ``short?`` for a short form without context,
``full?`` for a full name that is the tail of a common word (形|成县), ``zone``,
``village`` for a listed village or community name with its suffix); the
unconfirmed ones (``?``) are features for the NER, never entities by themselves.  These are *candidates*: the NER reads them as features
(:mod:`govnlp.ml`) and decides; the linker uses the list again for codes.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..gazetteer import admin_trie, find_admin, village_names
from ..ml import GAZ_KEY


class AdminGazetteer:
    def __init__(self, nlp: Language, name: str = "admin_gazetteer"):
        register_extensions()
        self.name = name

    def initialize(self, get_examples=None, *, nlp=None):
        admin_trie()  # load the lists once, at initialisation rather than first call
        village_names()

    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text
        spans = []
        for h in find_admin(norm, norm) if norm else find_admin(doc.text):
            kind = h.kind if h.kind in ("full", "zone", "village") else "short"
            label = kind if h.confirmed else kind + "?"
            sp = doc.char_span(h.start, h.end, label=label, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc.spans[GAZ_KEY] = spans
        return doc


@Language.factory("admin_gazetteer", assigns=["doc.spans"], default_config={})
def make_admin_gazetteer(nlp: Language, name: str) -> AdminGazetteer:
    return AdminGazetteer(nlp, name)
