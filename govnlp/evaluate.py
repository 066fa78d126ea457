"""Score predicted pages against gold pages, layer by layer.

Both sides are corpus-format records (see :mod:`govnlp.corpus`), so any tool
whose output is converted to that format can be scored the same way.  Entity
and byline scores are exact-span matches computed with seqeval over a
character-level BIO view; slogans (which carry expansions) and blocks (which
carry articles) are scored directly.  The JSON shape is a contract read by
other tools: see ``report_schema_keys`` in the tests.
"""
from __future__ import annotations

import time
from collections import defaultdict
from typing import Iterable

from seqeval.metrics.sequence_labeling import precision_recall_fscore_support

from .corpus import BYLINE_LABELS, ENT_LABELS, NO_ARTICLE, line_blocks


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": n_gold, "predicted": n_pred}


def _bio(n: int, spans: list[dict]) -> list[str]:
    tags = ["O"] * n
    for s in spans:
        tags[s["start"]] = "B-" + s["label"]
        for i in range(s["start"] + 1, s["end"]):
            tags[i] = "I-" + s["label"]
    return tags


def seqeval_scores(golds: list[list[dict]], preds: list[list[dict]], lengths: list[int],
                   labels: Iterable[str]) -> dict:
    """Per-label and micro P/R/F1 of exact spans, via seqeval over BIO tags per char."""
    labels = list(labels)
    y_true = [_bio(n, g) for n, g in zip(lengths, golds)]
    y_pred = [_bio(n, p) for n, p in zip(lengths, preds)]
    out = {}
    if any(t != "O" for seq in y_true + y_pred for t in seq):
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, average=None, zero_division=0)
        # seqeval orders classes alphabetically over the labels it saw
        seen = sorted({t[2:] for seq in y_true + y_pred for t in seq if t != "O"})
        by = {lab: (float(p[i]), float(r[i]), float(f[i]), int(s[i])) for i, lab in enumerate(seen)}
        mp, mr, mf, _ = precision_recall_fscore_support(y_true, y_pred, average="micro", zero_division=0)
        micro = {"precision": float(mp), "recall": float(mr), "f1": float(mf)}
    else:
        by, micro = {}, {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    n_pred = {lab: sum(1 for page in preds for s in page if s["label"] == lab) for lab in labels}
    for lab in labels:
        p_, r_, f_, s_ = by.get(lab, (0.0, 0.0, 0.0, 0))
        out[lab] = {"precision": p_, "recall": r_, "f1": f_, "support": s_, "predicted": n_pred[lab]}
    micro["support"] = sum(out[lab]["support"] for lab in labels)
    micro["predicted"] = sum(n_pred.values())
    out["micro"] = micro
    return out


def score_slogans(golds: list[list[dict]], preds: list[list[dict]]) -> dict:
    """Span (unlabelled) and labelled P/R/F1, label accuracy on exactly found
    spans, and expansion P/R/F1 over item offsets (attached to their slogan)."""
    tp_span = tp_lab = n_pred = n_gold = 0
    correct_label = found = 0
    e_tp = e_pred = e_gold = 0
    for g, p in zip(golds, preds):
        gs = {(s["start"], s["end"]): s for s in g}
        ps = {(s["start"], s["end"]): s for s in p}
        n_gold += len(gs)
        n_pred += len(ps)
        for key, s in gs.items():
            if key in ps:
                tp_span += 1
                found += 1
                if ps[key]["label"] == s["label"]:
                    tp_lab += 1
                    correct_label += 1
        gi = {tuple(x) for s in g for x in s.get("expansion") or []}
        pi = {tuple(x) for s in p for x in s.get("expansion") or []}
        e_tp += len(gi & pi)
        e_pred += len(pi)
        e_gold += len(gi)
    span = _prf(tp_span, n_pred, n_gold)
    lab = _prf(tp_lab, n_pred, n_gold)
    lab.pop("support")
    lab.pop("predicted")
    exp = _prf(e_tp, e_pred, e_gold)
    return {"span": span, "labeled": lab,
            "label_accuracy": correct_label / found if found else 0.0,
            "expansion": exp}


def _line_assign(text: str, blocks: list[dict]) -> list[tuple[str | None, object]]:
    """For each non-blank line, the (label, article) of the block holding its first char."""
    return [(None, None) if b is None else
            (b["label"], None if b["label"] in NO_ARTICLE else b.get("article"))
            for _, _, b in line_blocks(text, blocks)]


def score_blocks(texts: list[str], golds: list[list[dict]], preds: list[list[dict]]) -> dict:
    """Role accuracy per non-blank line, B-cubed F1 of lines grouped by
    article (lines of no article are singletons), and exact article matches."""
    correct = total = 0
    bp_sum = br_sum = 0.0
    n_lines = 0
    exact = n_articles = 0
    for text, g, p in zip(texts, golds, preds):
        ga, pa = _line_assign(text, g), _line_assign(text, p)
        total += len(ga)
        correct += sum(1 for x, y in zip(ga, pa) if x[0] == y[0])
        gc = [a if a is not None else ("solo", i) for i, (_, a) in enumerate(ga)]
        pc = [a if a is not None else ("solo", i) for i, (_, a) in enumerate(pa)]
        gsets, psets = defaultdict(set), defaultdict(set)
        for i, (x, y) in enumerate(zip(gc, pc)):
            gsets[x].add(i)
            psets[y].add(i)
        for i in range(len(gc)):
            inter = len(gsets[gc[i]] & psets[pc[i]])
            bp_sum += inter / len(psets[pc[i]])
            br_sum += inter / len(gsets[gc[i]])
        n_lines += len(gc)
        pred_sets = {frozenset(s) for k, s in psets.items() if not (isinstance(k, tuple) and k[0] == "solo")}
        for k, s in gsets.items():
            if isinstance(k, tuple) and k[0] == "solo":
                continue
            n_articles += 1
            exact += frozenset(s) in pred_sets
    bp = bp_sum / n_lines if n_lines else 0.0
    br = br_sum / n_lines if n_lines else 0.0
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return {"role_accuracy": correct / total if total else 0.0,
            "article_bcubed": {"precision": bp, "recall": br, "f1": bf},
            "articles_exact": exact / n_articles if n_articles else 0.0,
            "lines": total}


def score_pages(golds: list[dict], preds: list[dict]) -> dict:
    """The report body (without speed) for aligned gold/predicted pages."""
    texts = [g["text"] for g in golds]
    lengths = [len(t) for t in texts]
    return {
        "pages": len(golds),
        "chars": sum(lengths),
        "ner": seqeval_scores([g.get("spans", []) for g in golds], [p.get("spans", []) for p in preds],
                              lengths, ENT_LABELS),
        "slogans": score_slogans([g.get("slogans", []) for g in golds], [p.get("slogans", []) for p in preds]),
        "bylines": seqeval_scores([g.get("bylines", []) for g in golds], [p.get("bylines", []) for p in preds],
                                  lengths, BYLINE_LABELS),
        "blocks": score_blocks(texts, [g.get("blocks", []) for g in golds], [p.get("blocks", []) for p in preds]),
    }


def build_report(golds: list[dict], preds: list[dict], seconds: float | None = None) -> dict:
    """Pooled scores, speed and a ``per_page`` breakdown."""
    report = score_pages(golds, preds)
    if seconds is not None:
        report["speed"] = {"chars_per_second": report["chars"] / seconds if seconds else 0.0,
                           "seconds": seconds}
    report["per_page"] = {g["id"]: score_pages([g], [p]) for g, p in zip(golds, preds)}
    return report


def predict_pages(nlp, pages: list[dict]) -> tuple[list[dict], float]:
    """Run ``nlp`` over each page's raw text; return predicted records and seconds."""
    from .corpus import doc_to_page

    t0 = time.perf_counter()
    docs = list(nlp.pipe([p["text"] for p in pages]))
    seconds = time.perf_counter() - t0
    preds = [doc_to_page(d, page_id=p["id"], meta=p.get("meta")) for d, p in zip(docs, pages)]
    return preds, seconds


def evaluate(nlp, pages: list[dict]) -> dict:
    preds, seconds = predict_pages(nlp, pages)
    return build_report(pages, preds, seconds)


# ---------------------------------------------------------------- markdown
def _row(name: str, d: dict) -> str:
    sup = d.get("support", "")
    return f"| {name} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} | {sup} |"


def _cell(d: dict) -> str:
    if d.get("support") == 0 and d.get("predicted") == 0:
        return "–"
    return f"{d['f1']:.3f}"


def report_markdown(report: dict, title: str = "Evaluation") -> str:
    """A compact markdown rendering of a report (pooled tables, then per page)."""
    lines = [f"## {title}", "",
             f"{report['pages']} pages, {report['chars']} characters."]
    if "speed" in report:
        lines.append(f"Speed: {report['speed']['chars_per_second']:.0f} chars/s.")
    lines += ["", "| layer / label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab in (*ENT_LABELS, "micro"):
        lines.append(_row(f"ner {lab}", report["ner"][lab]))
    sl = report["slogans"]
    lines.append(_row("slogans span", sl["span"]))
    lines.append(_row("slogans labeled", dict(sl["labeled"], support=sl["span"]["support"])))
    lines.append(_row("slogans expansion", sl["expansion"]))
    for lab in (*BYLINE_LABELS, "micro"):
        lines.append(_row(f"bylines {lab}", report["bylines"][lab]))
    bl = report["blocks"]
    lines.append(_row("blocks article B-cubed", dict(bl["article_bcubed"], support=bl.get("lines", ""))))
    lines += ["", f"Slogan label accuracy (on exactly found spans): {sl['label_accuracy']:.3f}. "
              f"Block role accuracy: {bl['role_accuracy']:.3f}. "
              f"Articles recovered exactly: {bl['articles_exact']:.3f}.", ""]
    if report.get("per_page"):
        lines += ["### Per page", "",
                  "| page | ADMIN F1 | ORG F1 | PERSON F1 | slogan F1 | byline F1 | role acc | article B3 F1 |",
                  "|---|---|---|---|---|---|---|---|"]
        for pid, r in report["per_page"].items():
            cells = [_cell(r["ner"][lab]) for lab in ENT_LABELS]
            cells += [_cell(r["slogans"]["span"]), _cell(r["bylines"]["micro"]),
                      f"{r['blocks']['role_accuracy']:.3f}", f"{r['blocks']['article_bcubed']['f1']:.3f}"]
            lines.append(f"| {pid} | " + " | ".join(cells) + " |")
        lines.append("")
        lines.append("(– : nothing to find on the page and nothing predicted.)")
        lines.append("")
    return "\n".join(lines)
