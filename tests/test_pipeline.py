"""End-to-end tests of the shipped pipeline (slow: loads the trained model)."""
import pickle

import pytest

pytestmark = pytest.mark.slow

BAD_INPUTS = {
    "empty": "",
    "whitespace": " \n\n\t\u3000 \n",
    "latin": "The State Council held a press conference in Beijing on Monday.\n" * 20,
    "html": "<div class=\"art\"><p>本报讯（记者 何振明）</p><br/>&nbsp;&lt;县委&gt;</div><script>x=1</script>",
    "control": "县委\x00书记\x07周光辉\x1b[0m在\ufeff南岭乡\u200b调研\x7f",
    "surrogate_free_mix": "澤州縣ＡＢＣ１２３，泽州县abc123。\r\n\r\n第二段",
}


def check_doc(doc, text):
    assert doc.text == text
    for span in list(doc.ents) + [s for key in ("slogans", "bylines", "blocks") for s in doc.spans.get(key, [])]:
        assert 0 <= span.start_char < span.end_char <= len(text)
        assert not text[span.start_char].isspace() and not text[span.end_char - 1].isspace()
    from govnlp.corpus import doc_to_page, page_problems
    assert page_problems(doc_to_page(doc)) == []


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gives_a_valid_doc(nlp, name):
    text = BAD_INPUTS[name]
    check_doc(nlp(text), text)


def test_long_page_is_chunked_not_rejected(nlp, seed_pages):
    text = "\n".join(p["text"] for p in seed_pages) * 3
    old = nlp.chunk_chars
    nlp.chunk_chars = 20_000  # force several chunks on a 65k-char input
    try:
        doc = nlp(text)
    finally:
        nlp.chunk_chars = old
    check_doc(doc, text)
    arts = [a.number for a in doc._.articles]
    assert len(arts) == len(set(arts)) and len(arts) > 20
    assert len(doc.ents) > 500


def test_seed_page_layers_and_linking(nlp, seed_pages):
    page = seed_pages[2]
    doc = nlp(page["text"])
    check_doc(doc, page["text"])
    admins = [e for e in doc.ents if e.label_ == "ADMIN" and e.text == "文峰区"]
    assert admins and admins[0]._.admin["code"] == "410502"
    assert admins[0]._.admin["parents"][-2:] == ["河南省", "安阳市"]
    orgs = [e for e in doc.ents if e.label_ == "ORG" and e.text.startswith("区")]
    assert any(e._.org_admin and e._.org_admin["name"] == "文峰区" for e in orgs)
    assert {s.label_ for s in doc.spans["slogans"]} >= {"PARALLEL"}
    assert doc._.articles and all(a.blocks for a in doc._.articles)


def test_traditional_page(nlp, seed_pages):
    doc = nlp(seed_pages[1]["text"])
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("澤州縣", "ADMIN") in found
    (zz,) = {e._.admin["code"] for e in doc.ents if e.text == "澤州縣"}
    assert zz == "140525"


def test_pickle_and_disk_round_trip(nlp, seed_pages, tmp_path):
    import govnlp

    text = seed_pages[0]["text"]
    ref = nlp(text)
    key = lambda d: ([(e.start_char, e.end_char, e.label_) for e in d.ents],
                     [(s.start_char, s.end_char, s.label_, s._.article) for s in d.spans["blocks"]])
    nlp.to_disk(tmp_path / "p")
    again = govnlp.load(tmp_path / "p")
    assert key(again(text)) == key(ref)
    doc2 = pickle.loads(pickle.dumps(ref))
    assert key(doc2) == key(ref)


def test_docbin_keeps_custom_attributes(nlp, seed_pages):
    from spacy.tokens import DocBin

    doc = nlp(seed_pages[1]["text"])
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = DocBin(store_user_data=True).from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    s0, b0 = doc.spans["slogans"][0], back.spans["slogans"][0]
    # msgpack returns sequences as tuples: compare values, not container types
    assert (plain(b0._.numbers), b0._.template) == (plain(s0._.numbers), s0._.template)
    assert [i.text for i in b0._.items] == [i.text for i in s0._.items]
    assert plain([e._.admin for e in back.ents]) == plain([e._.admin for e in doc.ents])
    assert plain([s._.credits for s in back.spans["bylines"]]) == plain([s._.credits for s in doc.spans["bylines"]])


def plain(x):
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    return x


def test_two_processes_give_the_serial_result(nlp, seed_pages):
    texts = [p["text"] for p in seed_pages[:3]]
    key = lambda d: ([(e.start_char, e.end_char, e.label_) for e in d.ents],
                     [(s.start_char, s.end_char, s.label_) for s in d.spans["slogans"]],
                     [(s.start_char, s.end_char, s.label_, s._.article) for s in d.spans["blocks"]])
    serial = [key(d) for d in nlp.pipe(texts)]
    parallel = [key(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert parallel == serial


def test_occupancy_tracks_taken_characters():
    from govnlp.occupancy import Occupancy

    occ = Occupancy(10, [(2, 4)])
    assert occ.free(0, 2) and occ.free(4, 10) and not occ.free(3, 5) and not occ.free(0, 3)
    occ.take(6, 8)
    assert not occ.free(7, 9) and occ.free(8, 10)


def test_fast_character_doc_matches_spacys_segmenter():
    import random

    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces
    from spacy.vocab import Vocab

    from govnlp.language import char_doc

    vocab, rng = Vocab(), random.Random(0)
    pieces = ["泽", "州", " ", "  ", "\n", "\u3000", "\t", "a", "1", "。", "\r\n", " \n ", "\x1c", "\xa0"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        words, spaces = get_words_and_spaces(list(text), text)
        ref, got = Doc(vocab, words=words, spaces=spaces), char_doc(vocab, text)
        assert [(t.text, t.whitespace_) for t in got] == [(t.text, t.whitespace_) for t in ref], repr(text)
