"""Command line: ``govnlp <command>`` or ``python -m govnlp <command>``.

    validate FILE...            check corpus JSONL against ANNOTATION.md
    stats FILE...               corpus totals per page and label
    convert FILE... -o X.spacy  gold pages as a spaCy DocBin (for spacy evaluate)
    evaluate --data F [--model P] --output R.json [--markdown R.md]
    crossval [--variants ...]   train per held-out publisher, write docs/results.md
    crossval-slogans            slogan rules vs the trained classifier (configs/slogans.cfg)
    crossval-lines              line-role rules vs a trained line classifier
    train                       train the NER on the corpus and package the shipped pipeline
    outside [--sentences N]     entity scores on MSRA test sentences (outside test)
    annotate INPUT... [-o OUT]  run the pipeline, write corpus-format JSONL
    slogans INPUT...            table of the slogan formulas found, counted per template
    render PAGE.txt -o P.html   draw entities, slogans, bylines and articles as HTML
    sample [FILE]               annotate a sample page and print what was found
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .corpus import EXTRA_TRAIN, validate_file

ROOT = Path(__file__).resolve().parents[1]


def cmd_validate(args) -> int:
    total = 0
    for path in args.files:
        probs = validate_file(path)
        for p in probs:
            print(p)
        total += len(probs)
        if not probs:
            print(f"{path}: OK")
    if total:
        print(f"{total} problem(s)", file=sys.stderr)
    return 1 if total else 0


def cmd_convert(args) -> int:
    """Corpus JSONL → spaCy DocBin with the gold layers (for ``spacy evaluate``)."""
    import spacy
    from spacy.tokens import DocBin

    from . import language  # noqa: F401
    from .corpus import page_to_doc, read_corpus

    nlp = spacy.blank("zh_gov", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    db = DocBin(store_user_data=True)
    pages = read_corpus(args.files)
    for page in pages:
        db.add(page_to_doc(nlp, page))
    db.to_disk(args.output)
    print(f"{len(pages)} pages -> {args.output}")
    return 0


def cmd_stats(args) -> int:
    from .corpus import read_corpus, stats_markdown

    print(stats_markdown(read_corpus(args.files)))
    return 0


def _load(model: str | None):
    import govnlp

    return govnlp.load(model)


def cmd_evaluate(args) -> int:
    from .corpus import read_pages
    from .evaluate import evaluate, report_markdown

    pages = read_pages(args.data)
    report = evaluate(_load(args.model), pages)
    Path(args.output).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    md = report_markdown(report, title=f"Evaluation of {args.model or 'the shipped pipeline'} on {args.data}")
    if args.markdown:
        Path(args.markdown).write_text(md + "\n", encoding="utf-8")
    print(md)
    return 0


def cmd_crossval(args) -> int:
    from .crossval import VARIANTS, run

    variants = list(VARIANTS) if args.variants == ["all"] else args.variants  # None: the shipped variant
    results = run(data=args.data, config=args.config, workdir=args.workdir, variants=variants,
                  max_steps=args.max_steps, markdown=args.markdown, json_path=args.json, reuse=args.reuse,
                  extra=tuple(args.extra))
    from .evaluate import report_markdown

    for name, r in results.items():
        print(report_markdown(r, title=f"Held-out (by publisher): {name}"))
    return 0


def cmd_crossval_slogans(args) -> int:
    from .crossval import run_slogans

    results = run_slogans(data=args.data, config=args.config, workdir=args.workdir, markdown=args.markdown,
                          reuse=args.reuse)
    for name, r in results.items():
        print(f"{name:8s} span F1 {r['span']['f1']:.3f}  labelled F1 {r['labeled']['f1']:.3f}  "
              f"label acc {r['label_accuracy']:.3f}  expansion F1 {r['expansion']['f1']:.3f}")
    return 0


def cmd_crossval_lines(args) -> int:
    from .line_roles import crossval

    pooled = crossval(data=args.data, markdown=args.markdown, batches=args.batches)["pooled"]
    print("  ".join(f"{name} {acc:.3f}" for name, acc in pooled.items()))
    return 0


def cmd_train(args) -> int:
    from .packaging import build_shipped_pipeline

    build_shipped_pipeline(config=args.config, data=args.data, output=args.output,
                           workdir=args.workdir, max_steps=args.max_steps, model=args.model)
    return 0


def cmd_outside(args) -> int:
    """Entity scores on MSRA test sentences (an outside test nobody tuned on)."""
    from .external import score_outside

    nlp = _load(args.model)
    r = score_outside(nlp, args.sentences)
    lines = [f"Outside test: {r['sentences']} MSRA test sentences, model {args.model or 'shipped'}", "",
             "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab in ("ADMIN", "ORG", "PERSON", "micro"):
        d = r[lab]
        lines.append(f"| {lab} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} | {d['support']} |")
    text = "\n".join(lines)
    print(text)
    if args.output:
        Path(args.output).write_text(json.dumps(r, indent=1), encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(text + "\n", encoding="utf-8")
    return 0


def cmd_annotate(args) -> int:
    from .annotate import annotate_paths

    return annotate_paths(args.inputs, args.output, model=args.model, n_process=args.n_process,
                          batch_size=args.batch_size, fmt=args.format, engine=args.engine)


def cmd_render(args) -> int:
    from .render import render_html

    text = Path(args.file).read_text(encoding="utf-8")
    html = render_html(_load(args.model)(text), title=Path(args.file).name)
    Path(args.output).write_text(html, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


def cmd_slogans(args) -> int:
    from .annotate import iter_inputs
    from .slogan_table import as_json, markdown, tabulate

    failures: list[str] = []
    pages = [(p.id if p.source == "stdin" or ":" in p.source else p.source, p.text)
             for p in iter_inputs(args.inputs, failures)]
    rows = tabulate(pages)
    print(markdown(rows, len(pages), args.forms))
    if args.json:
        Path(args.json).write_text(json.dumps(as_json(rows), ensure_ascii=False, indent=1), encoding="utf-8")
    for f in failures:
        print(f"skipped: {f}", file=sys.stderr)
    return 2 if failures else 0


def cmd_sample(args) -> int:
    """Annotate one page and print a readable summary of every layer."""
    text = Path(args.file).read_text(encoding="utf-8")
    nlp = _load(args.model)
    doc = nlp(text)
    print(f"{args.file}: {len(text)} characters\n")
    print("Entities:")
    for e in doc.ents:
        extra = ""
        if e.label_ == "ADMIN" and e._.admin:
            a = e._.admin
            extra = f"  [{a.get('level')}{' ' + a['code'] if a.get('code') else ''}" \
                    f"{' < ' + ' < '.join(reversed(a['parents'][1:])) if a.get('parents') else ''}]"
        elif e.label_ == "ORG" and e._.org_admin:
            extra = f"  [unit: {e._.org_admin.get('name')}]"
        print(f"  {e.label_:7s} {e.text.replace(chr(10), '')}{extra}")
    print("\nSlogans:")
    for s in doc.spans.get("slogans", []):
        items = " | ".join(i.text.replace("\n", "") for i in (s._.items or []))
        print(f"  {s.label_:9s} {s.text.replace(chr(10), '')}  numbers={s._.numbers} "
              f"template={s._.template}{'  items: ' + items if items else ''}")
    print("\nBylines:")
    for s in doc.spans.get("bylines", []):
        print(f"  {s.label_:7s} {s.text.replace(chr(10), ' ')}  source={s._.source} credits={s._.credits}")
    print("\nArticles:")
    for art in doc._.articles:
        head = art.headline.text.replace("\n", "") if art.headline else "(no headline)"
        roles = ", ".join(sorted({b.label_ for b in art.blocks}))
        print(f"  {art.number:2d}. {head}  [{roles}; chars {art.start}-{art.end}]")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="govnlp", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="validate corpus JSONL files")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("convert", help="corpus JSONL to a spaCy DocBin (.spacy) with gold layers")
    p.add_argument("files", nargs="+")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("stats", help="corpus totals per page and label (markdown)")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("evaluate", help="score a pipeline against gold pages")
    p.add_argument("--data", required=True)
    p.add_argument("--model", default=None, help="pipeline folder (default: the shipped one)")
    p.add_argument("--output", required=True)
    p.add_argument("--markdown", default=None)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("crossval", help="held-out-publisher training and evaluation")
    p.add_argument("--data", default="corpus/seeds.jsonl")
    p.add_argument("--config", default="configs/ner.cfg")
    p.add_argument("--workdir", default="training/crossval")
    p.add_argument("--variants", nargs="+", default=None,
                   help="names from govnlp.crossval.VARIANTS, or all (default: the shipped one)")
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--markdown", default="docs/results.md")
    p.add_argument("--json", default="docs/results.json")
    p.add_argument("--reuse", action="store_true", help="score fold models already in --workdir")
    p.add_argument("--extra", nargs="*", default=list(EXTRA_TRAIN),
                   help="corpus files added to every fold's training, never scored (default: %(default)s)")
    p.set_defaults(func=cmd_crossval)

    p = sub.add_parser("crossval-slogans", help="slogan rules vs the trained classifier, by held-out publisher")
    p.add_argument("--data", default="corpus/seeds.jsonl")
    p.add_argument("--config", default="configs/slogans.cfg")
    p.add_argument("--workdir", default="training/crossval_slogans")
    p.add_argument("--markdown", default="docs/results_slogans.md")
    p.add_argument("--reuse", action="store_true")
    p.set_defaults(func=cmd_crossval_slogans)

    p = sub.add_parser("crossval-lines", help="line-role rules vs a trained line classifier, by held-out publisher")
    p.add_argument("--data", default="corpus/seeds.jsonl")
    p.add_argument("--markdown", default="docs/results_lines.md")
    p.add_argument("--batches", nargs="*", default=None,
                   help="corpus files of web pages, each a held-out fold (trained with --data and the others)")
    p.set_defaults(func=cmd_crossval_lines)

    p = sub.add_parser("train", help="train the NER on the corpus and build the shipped pipeline")
    p.add_argument("--data", default=",".join(("corpus/seeds.jsonl",) + EXTRA_TRAIN))
    p.add_argument("--config", default="configs/ner.cfg")
    p.add_argument("--output", default=None, help="default: govnlp/data/pipeline")
    p.add_argument("--workdir", default="training/shipped")
    p.add_argument("--max-steps", type=int, default=None)
    p.add_argument("--model", default=None, help="package this trained NER instead of training one")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("outside", help="entity scores on MSRA test sentences (outside test)")
    p.add_argument("--model", default=None)
    p.add_argument("--sentences", type=int, default=500)
    p.add_argument("--output", default=None, help="JSON file for the scores")
    p.add_argument("--markdown", default=None)
    p.set_defaults(func=cmd_outside)

    p = sub.add_parser("annotate", help="annotate text files / JSONL / stdin")
    p.add_argument("inputs", nargs="*", default=["-"])
    p.add_argument("-o", "--output", default="-")
    p.add_argument("--model", default=None)
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--format", choices=["jsonl", "docbin"], default="jsonl")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="ray: Ray Data workers (--n-process of them; RAY_ADDRESS for a cluster)")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("render", help="draw a page's layers as HTML (displaCy)")
    p.add_argument("file")
    p.add_argument("-o", "--output", default="page.html")
    p.add_argument("--model", default=None)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("slogans", help="table of slogan formulas across files, counted per template")
    p.add_argument("inputs", nargs="+", help="text files, directories, JSONL files (text field) or -")
    p.add_argument("--forms", type=int, default=5, help="surface forms listed per template")
    p.add_argument("--json", default=None, help="also write the table as JSON")
    p.set_defaults(func=cmd_slogans)

    p = sub.add_parser("sample", help="annotate a page and print what was found")
    p.add_argument("file", nargs="?", default=str(ROOT / "corpus" / "raw" / "002_10cad8e984222598.txt"))
    p.add_argument("--model", default=None)
    p.set_defaults(func=cmd_sample)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
