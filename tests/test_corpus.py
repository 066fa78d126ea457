import json

import pytest

from govnlp.corpus import (CorpusError, chunk_page, create_corpus_reader, doc_to_page, load_dataset,
                           page_problems, page_to_doc, read_pages, validate_file)

from .conftest import SEEDS, make_page, span_of


def write(tmp_path, lines):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_seeds_validate():
    assert validate_file(SEEDS) == []


@pytest.mark.parametrize("mutate,needle", [
    (lambda p: p["spans"].append({"start": 0, "end": 999, "label": "ORG"}), "out of range"),
    (lambda p: p["spans"].append({"start": 3, "end": 5, "label": "ORG"}), "whitespace"),
    (lambda p: p["spans"].append({"start": 0, "end": 2, "label": "LOC"}), "unknown label"),
    (lambda p: p["spans"].extend([{"start": 0, "end": 2, "label": "ORG"},
                                  {"start": 1, "end": 2, "label": "ORG"}]), "overlapping"),
    (lambda p: p["blocks"].pop(), "in no block"),
    (lambda p: p["blocks"][0].update(label="PAGE"), "article null"),
])
def test_each_problem_is_named(tmp_path, mutate, needle):
    page = make_page("县委书记\n\n周光辉说")
    mutate(page)
    path = write(tmp_path, [json.dumps(make_page("好")), json.dumps(page, ensure_ascii=False)])
    probs = validate_file(path)
    assert probs and all(p.startswith(f"{path}:2 (t)") for p in probs)
    assert any(needle in p for p in probs)
    with pytest.raises(CorpusError):
        read_pages(path)


def test_bad_json_line_is_reported(tmp_path):
    path = write(tmp_path, ["{not json"])
    (msg,) = validate_file(path)
    assert msg.startswith(f"{path}:1") and "JSON" in msg


def test_every_gold_span_survives_conversion(blank_nlp, seed_pages):
    for page in seed_pages:
        doc = page_to_doc(blank_nlp, page)
        back = doc_to_page(doc, page["id"])
        for layer in ("spans", "bylines"):
            assert back[layer] == sorted(page[layer], key=lambda s: (s["start"], s["end"]))
        assert [(s["start"], s["end"], s["label"]) for s in back["slogans"]] == \
               [(s["start"], s["end"], s["label"]) for s in page["slogans"]]
        assert sum(len(s.get("expansion", [])) for s in back["slogans"]) == \
               sum(len(s.get("expansion", [])) for s in page["slogans"])
        assert [(b["start"], b["end"], b["label"], b["article"]) for b in back["blocks"]] == \
               [(b["start"], b["end"], b["label"], b["article"]) for b in page["blocks"]]


def test_reader_include_exclude(blank_nlp):
    reader = create_corpus_reader(str(SEEDS), exclude="seed-001,seed-002")
    ids = [eg.reference.user_data["govnlp_id"] for eg in reader(blank_nlp)]
    assert ids == ["seed-000", "seed-003", "seed-004"]
    reader = create_corpus_reader(str(SEEDS), include=["seed-004"])
    assert len(list(reader(blank_nlp))) == 1


def test_chunks_keep_spans(seed_pages):
    page = seed_pages[0]
    chunks = chunk_page(page, 300)
    assert len(chunks) > 3
    assert "".join(c["text"] for c in chunks) == page["text"]
    assert sum(len(c["spans"]) for c in chunks) == len(page["spans"])
    gold = {page["text"][s["start"]:s["end"]] for s in page["spans"]}
    offset = 0
    for c in chunks:
        for s in c["spans"]:
            assert c["text"][s["start"]:s["end"]] in gold
            assert {"start": s["start"] + offset, "end": s["end"] + offset, "label": s["label"]} in page["spans"]
        offset += len(c["text"])


def test_datasets_loader():
    ds = load_dataset(SEEDS)
    assert len(ds) == 5
    assert set(ds.features) >= {"id", "text", "spans", "slogans", "bylines", "blocks", "meta"}
    row = ds[1]
    s = row["slogans"][0]
    assert row["text"][s["start"]:s["end"]] == "六個一"
    assert len(s["expansion"]) == 6


def test_page_problems_empty_for_minimal_page():
    text = "县委书记周光辉"
    assert page_problems(make_page(text, spans=[span_of(text, "周光辉", "PERSON")])) == []
