"""The character-tagging NER: decoding, gold conversion, learning and serialisation."""
import numpy
import pytest
from spacy.training import Example

from govnlp.components.char_ner import FastNumpyOps, biluo_to_bio, bio_tags, decode


def test_bio_tags_and_gold_conversion():
    assert bio_tags(["ORG", "PERSON"]) == ["O", "B-ORG", "I-ORG", "B-PERSON", "I-PERSON"]
    assert [biluo_to_bio(t) for t in ["U-ORG", "B-PERSON", "I-PERSON", "L-PERSON", "O", "-", None, ""]] == \
        ["B-ORG", "B-PERSON", "I-PERSON", "I-PERSON", "O", None, None, None]


@pytest.mark.parametrize("ids, spans", [
    ([0, 1, 2, 2, 0], [(1, 4, 0)]),                 # B I I
    ([3, 4, 1, 2], [(0, 2, 1), (2, 4, 0)]),         # two adjacent entities of different labels
    ([2, 2, 0, 4], [(0, 2, 0), (3, 4, 1)]),         # I without B opens an entity
    ([1, 1], [(0, 1, 0), (1, 2, 0)]),               # B B: two entities
    ([1, 4], [(0, 1, 0), (1, 2, 1)]),               # I of another label starts a new one
    ([0, 0], []),
    ([], []),
])
def test_decode_repairs_invalid_sequences(ids, spans):
    assert decode(numpy.asarray(ids, dtype="int64"), 2) == spans


def test_fast_ops_gemm_matches_numpy():
    ops = FastNumpyOps()
    x, y = numpy.random.rand(5, 3).astype("f"), numpy.random.rand(4, 3).astype("f")
    assert numpy.allclose(ops.gemm(x, y, trans2=True), x @ y.T)
    out = numpy.zeros((3, 3), dtype="f")
    assert numpy.allclose(ops.gemm(x, x, trans1=True, out=out), x.T @ x) and out.any()


def _examples(nlp):
    texts = [("本报记者周俊英报道", [(4, 7, "PERSON")]), ("县人社局召开会议", [(0, 4, "ORG")]),
             ("通讯员 张梦珂 摄", [(4, 7, "PERSON")]), ("记者何振明说", [(2, 5, "PERSON")])]
    out = []
    for text, ents in texts:
        doc = nlp.make_doc(text)
        out.append(Example.from_dict(doc, {"entities": [(a, b, lab) for a, b, lab in ents]}))
    return out


def test_char_ner_learns_and_round_trips(tmp_path, monkeypatch):
    import spacy

    import govnlp

    nlp = govnlp.empty()
    ner = nlp.add_pipe("char_ner", name="ner", config={"model": {"tok2vec": {"embed": {
        "width": 16, "rows": [200, 200, 200, 20], "candidate_keys": []},
        "encode": {"width": 16, "depth": 1}}}})
    examples = _examples(nlp)
    optimizer = nlp.initialize(lambda: examples)
    assert set(ner.labels) == {"ORG", "PERSON"}
    for _ in range(60):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    doc = nlp("本报记者周俊英报道")
    assert [(e.text, e.label_) for e in doc.ents] == [("周俊英", "PERSON")]
    nlp.to_disk(tmp_path / "m")
    again = spacy.load(tmp_path / "m")
    assert [(e.text, e.label_) for e in again("本报记者周俊英报道").ents] == [("周俊英", "PERSON")]
    assert again("").ents == ()
    scores = nlp.evaluate(examples)
    assert scores["ents_f"] > 0.5
    # docs go through the network in bounded groups; grouping never changes a result
    texts = ["本报记者周俊英报道", "", "通讯员 张梦珂 摄", "县人社局召开会议"] * 3
    alone = [[(e.text, e.label_) for e in nlp(t).ents] for t in texts]
    monkeypatch.setattr("govnlp.components.char_ner.MAX_BATCH_TOKENS", 10)
    assert [[(e.text, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=5)] == alone
