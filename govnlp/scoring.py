"""spaCy-side scorers: the components' ``score`` methods and ``spacy train`` logs.

They turn ``Example`` objects into corpus records and reuse
:mod:`govnlp.evaluate`, so training logs, ``spacy evaluate`` and
``python -m govnlp evaluate`` all compute the same numbers.
"""
from __future__ import annotations

from typing import Iterable

from spacy.training import Example
from spacy.util import registry

from .corpus import doc_to_page
from .evaluate import score_pages


def _pages(examples: Iterable[Example]):
    golds, preds = [], []
    for eg in examples:
        golds.append(doc_to_page(eg.reference))
        preds.append(doc_to_page(eg.predicted))
    return golds, preds


def score_slogan_examples(examples: Iterable[Example]) -> dict:
    g, p = _pages(examples)
    s = score_pages(g, p)["slogans"]
    return {"slogans_p": s["span"]["precision"], "slogans_r": s["span"]["recall"],
            "slogans_f": s["span"]["f1"], "slogans_labeled_f": s["labeled"]["f1"],
            "slogans_label_acc": s["label_accuracy"], "slogans_expansion_f": s["expansion"]["f1"]}


def score_byline_examples(examples: Iterable[Example]) -> dict:
    g, p = _pages(examples)
    b = score_pages(g, p)["bylines"]
    out = {"bylines_p": b["micro"]["precision"], "bylines_r": b["micro"]["recall"],
           "bylines_f": b["micro"]["f1"]}
    out["bylines_per_type"] = {k: v for k, v in b.items() if k != "micro"}
    return out


def score_block_examples(examples: Iterable[Example]) -> dict:
    g, p = _pages(examples)
    b = score_pages(g, p)["blocks"]
    return {"blocks_role_acc": b["role_accuracy"], "blocks_article_f": b["article_bcubed"]["f1"],
            "blocks_articles_exact": b["articles_exact"]}


@registry.scorers("govnlp.page_scorer.v1")
def make_page_scorer():
    """All four layers at once, for a pipeline's ``[training.score_weights]``."""
    def scorer(examples: Iterable[Example], **kwargs) -> dict:
        out = {}
        for fn in (score_slogan_examples, score_byline_examples, score_block_examples):
            out.update(fn(examples))
        return out
    return scorer
