import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds.jsonl"


@pytest.fixture(scope="session")
def seed_pages():
    return [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def blank_nlp():
    import govnlp

    return govnlp.blank()


@pytest.fixture(scope="session")
def nlp():
    import govnlp

    return govnlp.load()


def make_page(text, spans=(), slogans=(), bylines=(), blocks=None, id="t"):
    """A corpus page; by default every non-blank line is one BODY block of article 1."""
    from govnlp.corpus import line_spans

    if blocks is None:
        blocks = [{"start": a, "end": b, "label": "BODY", "article": 1} for a, b in line_spans(text)]
    return {"id": id, "text": text, "meta": {}, "spans": list(spans), "slogans": list(slogans),
            "bylines": list(bylines), "blocks": list(blocks)}


def span_of(text, s, label, nth=0, **extra):
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return dict({"start": i, "end": i + len(s), "label": label}, **extra)
