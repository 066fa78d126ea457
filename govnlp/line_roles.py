"""A trained line-role classifier, measured against the rule roles of ``article_splitter``.

Issue #5 asks that what varies between newspapers be learned, and both ways
measured.  This module turns every non-blank line of a page into a feature
vector (its length against the page's column width, punctuation at its end
and inside, blank lines around it, markers that open it: ◆, ——, 本报讯, □,
list numerals; a closing 摄; digits; its position on the page; the same
signals for its neighbours) and trains a small softmax classifier (thinc) on
the gold block roles.  ``with_rules=True`` adds the rule component's role as
a one-hot feature, so the model learns where the rules go wrong.

``crossval`` scores, for each held-out publisher, the rules, the classifier
alone and the classifier with the rule role, on the same lines
(``python -m govnlp crossval-lines`` writes ``docs/results_lines.md``).
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy

from .components.articles import CAPTION_END, COLUMN_WORDS, SENT_END, SENT_PUNCT, SOURCE_OPEN, \
    column_width, is_furniture, spaced_chars, split_lines, title_like
from .corpus import line_blocks, read_pages

ROLES = ("HEADLINE", "KICKER", "SUBHEAD", "BYLINE", "CROSSHEAD", "BODY", "CAPTION", "COLUMN", "PAGE")
MARKERS = re.compile(r"^(?:[◆■●▲★◇◎]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def _own(text: str, prev_blank: bool, next_blank: bool, width: int | None) -> list[float]:
    n = len(text)
    w = width or 40
    return [min(n, 80) / 40, float(n <= 12), float(n <= 24), float(abs(n - w) <= 1), float(n < w - 2),
            float(text[-1] in SENT_END), float(text[-1] in "，,、；;：:"), float(any(p in text for p in SENT_PUNCT)),
            float(text.count("，") + text.count(",") >= 2), float(title_like(text)),
            float(bool(SOURCE_OPEN.match(text))), float(text.startswith(("——", "--", "—"))),
            float(bool(MARKERS.match(text))), float(text.startswith(("□", "■"))),
            float(bool(CAPTION_END.search(text))), float(is_furniture(text)),
            float(bool(COLUMN_WORDS.search(text))), float(spaced_chars(text)),
            sum(c.isdigit() for c in text) / n, float(text.startswith(("“", "\""))),
            float(prev_blank), float(next_blank), float("记者" in text or "通讯员" in text)]


N_OWN = len(_own("x", False, False, None))


def page_features(text: str, rule_roles: list[str] | None = None, lines: list | None = None) -> numpy.ndarray:
    """One row per non-blank line (in ``corpus.line_spans`` order): the line's own
    features, its neighbours', its position on the page, and optionally the rule role.
    ``lines``: the page's ``split_lines(text)`` where the caller has them already."""
    lines = split_lines(text) if lines is None else lines
    width = column_width(lines)
    own = []
    for i, ln in enumerate(lines):
        prev_blank = i == 0 or lines[i - 1].para != ln.para
        next_blank = i + 1 == len(lines) or lines[i + 1].para != ln.para
        own.append(_own(ln.text, prev_blank, next_blank, width))
    own = numpy.asarray(own, dtype="float32").reshape(len(lines), N_OWN)
    zero = numpy.zeros((1, N_OWN), dtype="float32")
    prev = numpy.vstack([zero, own[:-1]]) if len(lines) else own
    nxt = numpy.vstack([own[1:], zero]) if len(lines) else own
    pos = numpy.asarray([[i / max(1, len(lines) - 1), float(width is None)] for i in range(len(lines))],
                        dtype="float32").reshape(len(lines), 2)
    parts = [own, prev, nxt, pos]
    if rule_roles is not None:
        onehot = numpy.zeros((len(lines), len(ROLES)), dtype="float32")
        for i, r in enumerate(rule_roles):
            onehot[i, ROLES.index(r)] = 1.0
        parts.append(onehot)
    return numpy.hstack(parts)


def rule_roles(nlp, text: str) -> list[str]:
    """The rule pipeline's role for every non-blank line."""
    doc = nlp(text)
    blocks = [{"start": s.start_char, "end": s.end_char, "label": s.label_} for s in doc.spans["blocks"]]
    return [b["label"] if b else "BODY" for _, _, b in line_blocks(text, blocks)]


def gold_roles(page: dict) -> list[str]:
    return [b["label"] if b else "BODY" for _, _, b in line_blocks(page["text"], page["blocks"])]


class LineRoleClassifier:
    """Softmax regression over line features (a hidden layer did not help on the seeds)."""

    def __init__(self, n_features: int, hidden: int = 0, seed: int = 0):
        from thinc.api import Relu, Softmax, chain, fix_random_seed

        fix_random_seed(seed)
        self.model = chain(Relu(hidden, n_features), Softmax(len(ROLES), hidden)) if hidden else \
            Softmax(len(ROLES), n_features)

    def fit(self, X: numpy.ndarray, y: list[str], epochs: int = 300, lr: float = 0.05) -> "LineRoleClassifier":
        from thinc.api import Adam

        Y = numpy.zeros((len(y), len(ROLES)), dtype="float32")
        for i, r in enumerate(y):
            Y[i, ROLES.index(r)] = 1.0
        self.model.initialize(X=X[:5], Y=Y[:5])
        opt = Adam(lr)
        for _ in range(epochs):
            P, backprop = self.model.begin_update(X)
            backprop((P - Y) / len(Y))
            self.model.finish_update(opt)
        return self

    def predict(self, X: numpy.ndarray) -> list[str]:
        if not len(X):
            return []
        return [ROLES[i] for i in self.model.predict(X).argmax(axis=1)]


def train_line_model(paths: list[str]):
    """The classifier over line features and the rule role, trained on every line of the gold
    pages in ``paths`` (the shipped splitter's, ``python -m govnlp train``): a thinc model."""
    import govnlp

    nlp = govnlp.blank()
    pages = [p for path in paths for p in read_pages(path)]
    X = numpy.vstack([page_features(p["text"], rule_roles(nlp, p["text"])) for p in pages])
    y = [r for p in pages for r in gold_roles(p)]
    return LineRoleClassifier(X.shape[1]).fit(X, y).model


def crossval(data: str = "corpus/seeds.jsonl", markdown: str | None = "docs/results_lines.md",
             batches: list[str] | None = None) -> dict:
    """Held-out scores of the rules and the classifier.  Folds are the publishers of
    ``data``; with ``batches`` (corpus files of web pages), each batch is a fold instead,
    trained on ``data`` and the other batches: a test on pages of unseen publishers and
    sites, fold by fold as they were annotated."""
    import govnlp

    from .crossval import publisher_folds

    pages = read_pages(data)
    folds = publisher_folds(pages)
    if batches:
        folds = {}
        for path in batches:
            batch = read_pages(path)
            folds[Path(path).stem] = [p["id"] for p in batch]
            pages += batch
    nlp = govnlp.blank()
    rules = {p["id"]: rule_roles(nlp, p["text"]) for p in pages}
    gold = {p["id"]: gold_roles(p) for p in pages}
    feats = {p["id"]: (page_features(p["text"]), page_features(p["text"], rules[p["id"]])) for p in pages}
    rows, totals = [], {"rules": [0, 0], "classifier": [0, 0], "classifier + rule role": [0, 0]}
    for pub, ids in folds.items():
        train = [p["id"] for p in pages if p["id"] not in ids]
        row = {"publisher": pub, "pages": ids}
        for name, k in (("classifier", 0), ("classifier + rule role", 1)):
            X = numpy.vstack([feats[i][k] for i in train])
            y = [r for i in train for r in gold[i]]
            clf = LineRoleClassifier(X.shape[1]).fit(X, y)
            pred = [r for i in ids for r in clf.predict(feats[i][k])]
            row[name] = _acc(pred, [r for i in ids for r in gold[i]], totals[name])
        row["rules"] = _acc([r for i in ids for r in rules[i]], [r for i in ids for r in gold[i]], totals["rules"])
        rows.append(row)
    result = {"folds": rows, "pooled": {k: c / n if n else 0.0 for k, (c, n) in totals.items()}}
    if markdown:
        what = "batch" if batches else "publisher"
        lines = ["# Line roles: rules against a trained classifier", "",
                 f"Generated by `python -m govnlp crossval-lines{' --batches …' if batches else ''}`. For each "
                 f"held-out {what} a",
                 "softmax classifier over line features (`govnlp/line_roles.py`) is trained on the",
                 f"other {what}{'es' if batches else 's'}' lines" + (f" and `{data}`" if batches else "")
                 + " and scored on the held-out "
                 "lines, alone and with the rule",
                 "role as an extra feature. The rules were written with these pages in view, so their",
                 "figures are development figures; the classifier's are held out.", "",
                 f"| held-out {what} | lines | rules | classifier | classifier + rule role |",
                 "|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {r['publisher']} | {r['rules'][1]} | {r['rules'][0]:.3f} | {r['classifier'][0]:.3f} | "
                         f"{r['classifier + rule role'][0]:.3f} |")
        p = result["pooled"]
        lines.append(f"| pooled | {totals['rules'][1]} | {p['rules']:.3f} | {p['classifier']:.3f} | "
                     f"{p['classifier + rule role']:.3f} |")
        Path(markdown).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return result


def _acc(pred: list[str], gold: list[str], total: list[int]) -> tuple[float, int]:
    correct = sum(a == b for a, b in zip(pred, gold))
    total[0] += correct
    total[1] += len(gold)
    return (correct / len(gold) if gold else 0.0, len(gold))
