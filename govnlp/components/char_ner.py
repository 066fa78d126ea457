"""``char_ner``: entities as one BIO tag per character, decided independently.

spaCy's ``ner`` is a transition-based parser: on single-character tokens it
walks two transitions per character through Python-facing code, and profiles
showed that walk (and the ``Token`` objects it creates) costing as much as the
network itself.  Chinese character tagging does not need a state machine: a
softmax over ``O``/``B-X``/``I-X`` per character on top of the same
``CharFeatureEmbed`` tok2vec learns the same decisions and is decoded in one
pass over a NumPy array.  Invalid sequences are repaired on decoding (an
``I-X`` after anything but ``B-X``/``I-X`` opens a new entity), so the output
is always a valid set of non-overlapping spans.

The matrix products go through NumPy's BLAS (``FastNumpyOps``), which on this
project's machines is 2-3x faster than thinc's bundled BLIS kernels.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Optional

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples, validate_get_examples
from thinc.api import Config, Model, NumpyOps, SequenceCategoricalCrossentropy, set_dropout_rate

DEFAULT_MODEL = Config().from_str("""
[model]
@architectures = "spacy.Tagger.v2"
nO = null

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "govnlp.CharFeatureEmbed.v1"
width = 64
rows = [2000,5000,5000,100,50,50]
candidate_keys = ["admin_candidates","pattern_candidates"]

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 2
window_size = 1
maxout_pieces = 2
""")["model"]


MAX_BATCH_TOKENS = 8192


class FastNumpyOps(NumpyOps):
    """NumpyOps whose ``gemm`` is NumPy's BLAS instead of thinc's BLIS."""

    name = "govnlp_numpy"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.dot(x, y)
        numpy.dot(x, y, out=out)
        return out


def use_fast_ops(model: Model) -> None:
    """Point every CPU layer of ``model`` at :class:`FastNumpyOps`."""
    ops = FastNumpyOps()
    for node in model.walk():
        if type(node.ops) is NumpyOps:
            node.ops = ops


def bio_tags(labels: Iterable[str]) -> list[str]:
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in ("B", "I")]


def biluo_to_bio(tag: Optional[str]) -> Optional[str]:
    """spaCy's aligned BILUO gold tag as BIO (None and "-" stay missing)."""
    if not tag or tag == "-":
        return None
    if tag == "O":
        return "O"
    move, label = tag.split("-", 1)
    return ("B-" if move in ("B", "U") else "I-") + label


def decode(tag_ids: numpy.ndarray, n_labels: int) -> list[tuple[int, int, int]]:
    """(start, end, label index) of the entities of a BIO id sequence.

    Id 0 is O; id 1 + 2k is B of label k, 2 + 2k is I of label k.  An I that
    does not continue an entity of its label starts one.
    """
    out = []
    start, cur = -1, -1
    for i, t in enumerate(tag_ids.tolist()):
        lab = (t - 1) // 2 if t else -1
        inside = t and t % 2 == 0
        if inside and lab == cur:
            continue
        if cur >= 0:
            out.append((start, i, cur))
        start, cur = (i, lab) if t else (-1, -1)
    if cur >= 0:
        out.append((start, len(tag_ids), cur))
    return out


class CharNER(TrainablePipe):
    def __init__(self, vocab, model: Model, name: str = "ner", *, scorer: Optional[Callable] = None):
        self.vocab = vocab
        self.model = model
        self.name = name
        self.scorer = scorer
        self.cfg = {"labels": []}
        use_fast_ops(model)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    @property
    def tags(self) -> list[str]:
        return bio_tags(self.labels)

    def add_label(self, label: str) -> int:
        if label in self.cfg["labels"]:
            return 0
        self._allow_extra_label()
        self.cfg["labels"].append(label)
        self.vocab.strings.add(label)
        return 1

    def predict(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """Arg-max tag ids per doc.  Docs go through the network in groups of at most
        ``MAX_BATCH_TOKENS`` tokens: the activations of a whole ``nlp.pipe`` batch of
        pages at once would cost hundreds of MB of peak memory for no speed."""
        out: list[numpy.ndarray] = []
        group: list[Doc] = []
        size = 0
        for doc in list(docs) + [None]:
            if doc is None or (group and size + len(doc) > MAX_BATCH_TOKENS):
                if any(len(d) for d in group):
                    out.extend(self.model.ops.to_numpy(s).argmax(axis=1) for s in self.model.predict(group))
                else:
                    out.extend(numpy.zeros((0,), dtype="int64") for _ in group)
                group, size = [], 0
            if doc is not None:
                group.append(doc)
                size += len(doc)
        return out

    def set_annotations(self, docs: list[Doc], tag_ids: list[numpy.ndarray]) -> None:
        labels = self.labels
        for doc, ids in zip(docs, tag_ids):
            doc.set_ents([Span(doc, s, e, label=labels[k]) for s, e, k in decode(ids, len(labels))],
                         default="outside")

    def _truths(self, examples: list[Example]) -> list[list[Optional[str]]]:
        return [[biluo_to_bio(t) for t in eg.get_aligned_ner()] for eg in examples]

    def get_loss(self, examples, scores):
        validate_examples(examples, "CharNER.get_loss")
        loss_func = SequenceCategoricalCrossentropy(names=self.tags, normalize=False)
        d_scores, loss = loss_func(scores, self._truths(examples))
        return float(loss), d_scores

    def update(self, examples, *, drop: float = 0.0, sgd=None, losses=None):
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        validate_examples(examples, "CharNER.update")
        if not any(len(eg.predicted) for eg in examples):
            return losses
        set_dropout_rate(self.model, drop)
        scores, backprop = self.model.begin_update([eg.predicted for eg in examples])
        loss, d_scores = self.get_loss(examples, scores)
        backprop(d_scores)
        if sgd not in (None, False):
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def initialize(self, get_examples, *, nlp=None, labels=None):
        validate_get_examples(get_examples, "CharNER.initialize")
        if labels is None:
            labels = sorted({e.label_ for eg in get_examples() for e in eg.reference.ents})
        for lab in labels:
            self.add_label(lab)
        self._require_labels()
        tags = self.tags
        xs, ys = [], []
        for eg in islice(get_examples(), 10):
            xs.append(eg.x)
            truth = [biluo_to_bio(t) or "O" for t in eg.get_aligned_ner()]
            ys.append(self.model.ops.asarray2f([[float(t == g) for t in tags] for g in truth]))
        self.model.initialize(X=xs, Y=ys)


@Language.factory("char_ner", assigns=["doc.ents"], requires=["doc.spans"],
                  default_config={"model": DEFAULT_MODEL,
                                  "scorer": {"@scorers": "spacy.ner_scorer.v1"}},
                  default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0,
                                         "ents_per_type": None})
def make_char_ner(nlp: Language, name: str, model: Model, scorer: Optional[Callable]) -> CharNER:
    return CharNER(nlp.vocab, model, name, scorer=scorer)
