"""Honest scores on the gold corpus: train without a publisher, test on it.

Folds group pages by ``meta.publisher`` (pages of one publisher never
straddle a split, ANNOTATION.md section 1); with one page per publisher this
is leave-one-page-out.  For each fold the NER is trained with ``spacy train``
on the other folds (config overrides, no copied files), the rule components
are added, and the pipeline is scored only on the held-out pages.  Per-page
and pooled reports go to ``docs/results.md`` and a JSON beside it.

Variants (``--variants``) measure what each part contributes.  A variant is
a training setting (``TRAININGS``: the gold pages alone, or with MSRA
sentences, with or without the candidate features) and an
``entity_resolver`` configuration, e.g. the shipped ``candidates+ner-person``
(gazetteer and pattern candidates for every label, the NER adding the people
they miss), ``ner`` (the NER alone) and ``candidates-only`` (no NER at all).
"""
from __future__ import annotations

import json
import time
from collections import OrderedDict
from pathlib import Path

from .corpus import EXTRA_TRAIN, read_pages
from .evaluate import build_report, predict_pages, report_markdown

TRAININGS = {
    "seeds": {"paths.msra": 0},                     # gold pages only
    "seeds+msra": {},                               # configs/ner.cfg as it is: plus 10,000 MSRA sentences
    "plain+msra": {"paths.msra": 10000,             # plus MSRA, without the candidate features
                   "components.ner.model.tok2vec.embed.candidate_keys": [],
                   "components.ner.model.tok2vec.embed.rows": [2000, 5000, 5000, 100]},
}
ALL = ["ADMIN", "ORG", "PERSON"]
SHIPPED_RESOLVER = {"mode": "candidates_first", "prefer": ALL, "ner_labels": ["PERSON"]}
# variant -> (training setting or None for no NER, entity_resolver config)
VARIANTS = {
    "candidates+ner-person": ("seeds", SHIPPED_RESOLVER),
    "candidates+ner-person (+msra)": ("seeds+msra", SHIPPED_RESOLVER),
    "candidates+ner": ("seeds", {"mode": "candidates_first", "prefer": ALL, "ner_labels": ALL}),
    "ner+candidates": ("seeds", {"mode": "ner_first", "ner_labels": ALL}),
    "ner": ("seeds", {"mode": "ner", "ner_labels": ALL}),
    "ner (+msra)": ("seeds+msra", {"mode": "ner", "ner_labels": ALL}),
    "ner without candidate features (+msra)": ("plain+msra", {"mode": "ner", "ner_labels": ALL}),
    "candidates-only": (None, {"mode": "candidates"}),
}
SHIPPED = "candidates+ner-person (+msra)"


def publisher_folds(pages: list[dict]) -> "OrderedDict[str, list[str]]":
    folds: OrderedDict[str, list[str]] = OrderedDict()
    for p in pages:
        pub = (p.get("meta") or {}).get("publisher") or p["id"]
        folds.setdefault(pub, []).append(p["id"])
    return folds


def train_ner(config: str | Path, output: Path, exclude: list[str], overrides: dict | None = None,
              max_steps: int | None = None, data: str | None = None) -> Path:
    """``spacy train`` with the held-out ids excluded from train and dev; returns model-last."""
    from spacy.cli.train import train

    ov = {"paths.exclude": ",".join(exclude), "paths.dev_exclude": ",".join(exclude)}
    if data:
        ov.update({"paths.train": data, "paths.dev": data})
    if max_steps:
        ov["training.max_steps"] = max_steps
    ov.update(overrides or {})
    train(Path(config), output, overrides=ov)
    return output / "model-last"


def full_pipeline(model_path: Path | None, resolver: dict | None = None):
    """The trained NER pipeline plus the rule components (no NER when ``model_path`` is None)."""
    import govnlp

    if model_path is None:
        return govnlp.blank()
    nlp = govnlp.load(model_path)
    for name in govnlp.RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=(resolver or {}) if name == "entity_resolver" else {})
    return nlp


def run(data: str = "corpus/seeds.jsonl", config: str = "configs/ner.cfg",
        workdir: str = "training/crossval", variants: list[str] | None = None,
        max_steps: int | None = None, markdown: str | None = "docs/results.md",
        json_path: str | None = "docs/results.json", reuse: bool = False,
        extra: tuple[str, ...] = EXTRA_TRAIN) -> dict:
    """Train per fold (or, with ``reuse``, take models already trained in ``workdir``)
    and score every variant on its held-out pages; ``extra`` files join every fold's training."""
    train_data = ",".join([data, *extra])
    pages = read_pages(data)
    folds = publisher_folds(pages)
    variants = variants or [SHIPPED]
    models: dict[tuple[str, int], Path] = {}   # one training per (setting, fold), shared by variants
    train_secs: dict[str, float] = {}
    results = {}
    for variant in variants:
        setting, resolver = VARIANTS[variant]
        golds, preds, seconds = [], [], 0.0
        for k, (pub, ids) in enumerate(folds.items()):
            held = [p for p in pages if p["id"] in ids]
            model = None
            if setting is not None:
                fold_dir = Path(workdir) / setting / f"fold{k}"
                if (setting, k) not in models and reuse and (fold_dir / "model-last").exists():
                    models[(setting, k)] = fold_dir / "model-last"
                if (setting, k) not in models:
                    t0 = time.time()
                    models[(setting, k)] = train_ner(config, fold_dir, ids, TRAININGS[setting], max_steps,
                                                     train_data)
                    train_secs[setting] = train_secs.get(setting, 0.0) + time.time() - t0
                model = models[(setting, k)]
            nlp = full_pipeline(model, resolver)
            p, s = predict_pages(nlp, held)
            golds += held
            preds += p
            seconds += s
            print(f"[crossval] {variant}: fold {k} ({pub}: {', '.join(ids)}) done", flush=True)
        report = build_report(golds, preds, seconds)
        report["folds"] = {pub: ids for pub, ids in folds.items()}
        report["train_seconds"] = train_secs.get(setting, 0.0) if setting else 0.0
        results[variant] = report
    if markdown:
        write_results(results, Path(markdown), folds, extra)
    if json_path:
        Path(json_path).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


def write_results(results: dict, path: Path, folds, extra: tuple[str, ...] = ()) -> None:
    lines = ["# Results", "",
             "Generated by `python -m govnlp crossval`. Every figure is on pages whose publisher",
             "was held out of training (folds by publisher: " +
             "; ".join(f"{pub}: {', '.join(ids)}" for pub, ids in folds.items()) + ")" +
             (f"; every fold's NER also trains on {', '.join(f'`{e}`' for e in extra)}, never scored here."
              if extra else "."),
             "The rule components (slogans, bylines, articles, gazetteer) are not trained, but they",
             "were written with the seed pages in view: their seed figures are development figures,",
             "not a test on unseen pages: see `docs/unseen.md` for held-out newspapers and an",
             "outside NER test, measured once on the frozen pipeline.", ""]
    if len(results) > 1:
        lines += ["## Variants (entities, pooled over held-out pages)", "",
                  "| variant | ADMIN F1 | ORG F1 | PERSON F1 | micro F1 |", "|---|---|---|---|---|"]
        for name, r in results.items():
            n = r["ner"]
            lines.append(f"| {name}{' (shipped)' if name == SHIPPED else ''} | {n['ADMIN']['f1']:.3f} | {n['ORG']['f1']:.3f} | "
                         f"{n['PERSON']['f1']:.3f} | {n['micro']['f1']:.3f} |")
        lines.append("")
    for name, r in results.items():
        lines.append(report_markdown(r, title=f"Held-out evaluation: {name}"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_slogans(data: str = "corpus/seeds.jsonl", config: str = "configs/slogans.cfg",
                workdir: str = "training/crossval_slogans", markdown: str | None = "docs/results_slogans.md",
                reuse: bool = False) -> dict:
    """Held-out-publisher comparison of the slogan layer: shape rules alone against the
    span categoriser of ``configs/slogans.cfg`` (trained per fold) over the same
    candidates.  Both get numbers, templates and items from ``slogan_finder``."""
    import govnlp

    from .evaluate import score_pages

    pages = read_pages(data)
    folds = publisher_folds(pages)
    rules = govnlp.blank()
    golds, by = [], {"rules": [], "spancat": []}
    per_fold, unseen = [], []
    for k, (pub, ids) in enumerate(folds.items()):
        held = [p for p in pages if p["id"] in ids]
        fold_dir = Path(workdir) / f"fold{k}"
        model = fold_dir / "model-last"
        if not (reuse and model.exists()):
            model = train_ner(config, fold_dir, ids, data=data)
        nlp = govnlp.load(model)
        nlp.add_pipe("slogan_finder", name="slogan_attributes", config={"mode": "annotate"})
        p_rules, _ = predict_pages(rules, held)
        p_cat, _ = predict_pages(nlp, held)
        golds += held
        by["rules"] += p_rules
        by["spancat"] += p_cat
        per_fold.append((pub, ids, score_pages(held, p_rules)["slogans"], score_pages(held, p_cat)["slogans"]))
        seen = {_form(p["text"], s) for p in pages if p["id"] not in ids for s in p["slogans"]}
        for gold, pr, pc in zip(held, p_rules, p_cat):
            found = {name: {(s["start"], s["end"]): s["label"] for s in pred["slogans"]}
                     for name, pred in (("rules", pr), ("spancat", pc))}
            for s in gold["slogans"]:
                form = _form(gold["text"], s)
                if form not in seen:
                    unseen.append((gold["id"], form, s["label"],
                                   {name: f.get((s["start"], s["end"])) for name, f in found.items()}))
        print(f"[crossval-slogans] fold {k} ({pub}) done", flush=True)
    results = {name: score_pages(golds, preds)["slogans"] for name, preds in by.items()}
    if markdown:
        lines = ["# Slogans: shape rules against the trained classifier", "",
                 "Generated by `python -m govnlp crossval-slogans`: for each publisher held out,",
                 "`configs/slogans.cfg` (a single-label span categoriser over the candidates the",
                 "numeral patterns propose) is trained on the other publishers' pages and both",
                 "finders are scored on the held-out pages. The shape rules were written with the",
                 "seed pages in view, so their figures here are development figures; the",
                 "classifier's are held out.", "",
                 "| finder | span P | span R | span F1 | labelled F1 | label accuracy | expansion F1 |",
                 "|---|---|---|---|---|---|---|"]
        for name, r in results.items():
            lines.append(f"| {name} | {r['span']['precision']:.3f} | {r['span']['recall']:.3f} | "
                         f"{r['span']['f1']:.3f} | {r['labeled']['f1']:.3f} | {r['label_accuracy']:.3f} | "
                         f"{r['expansion']['f1']:.3f} |")
        lines += ["", "| held-out publisher | pages | rules span F1 | classifier span F1 | classifier labelled F1 |",
                  "|---|---|---|---|---|"]
        for pub, ids, r_rules, r_cat in per_fold:
            lines.append(f"| {pub} | {', '.join(ids)} | {r_rules['span']['f1']:.3f} | {r_cat['span']['f1']:.3f} | "
                         f"{r_cat['labeled']['f1']:.3f} |")
        lines += ["", "## Formulas whose form no training page has", "",
                  "A formula that appears only on the held-out publisher's pages (compared in the",
                  "normalised script): did each finder find that mention (exact span), and with",
                  "which label?", ""]
        for name in ("rules", "spancat"):
            got = [u for u in unseen if u[3][name]]
            right = [u for u in got if u[3][name] == u[2]]
            lines.append(f"- {name}: {len(got)} of {len(unseen)} mentions found, {len(right)} with the gold label")
        lines += ["", "| page | formula | gold label | rules | spancat |", "|---|---|---|---|---|"]
        for pid, form, label, labels in unseen:
            lines.append(f"| {pid} | {form} | {label} | {labels['rules'] or '–'} | {labels['spancat'] or '–'} |")
        lines += ["", "The span categoriser sees each label on one to four pages only (PLAN and",
                  "ONE on one or two), so trained without a page it rarely has the label that",
                  "page's new formulas need; the shape rules classify by the formula's form,",
                  "which does not depend on having seen it."]
        Path(markdown).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return results


def _form(text: str, span: dict) -> str:
    from .normalize import normalize

    return "".join(normalize(text[span["start"]:span["end"]]).split())
