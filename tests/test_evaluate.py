import pytest

from govnlp.evaluate import build_report, score_blocks, score_pages

from .conftest import make_page, span_of

TEXT = "泽州县委书记周光辉在南岭乡调研"


def gold():
    return make_page(TEXT, spans=[span_of(TEXT, "泽州县委", "ORG"), span_of(TEXT, "周光辉", "PERSON"),
                                  span_of(TEXT, "南岭乡", "ADMIN")])


def test_perfect():
    r = score_pages([gold()], [gold()])
    assert r["ner"]["micro"]["f1"] == 1.0
    for lab in ("ADMIN", "ORG", "PERSON"):
        assert r["ner"][lab] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1, "predicted": 1}


def test_empty_prediction_scores_zero_not_missing():
    pred = make_page(TEXT)
    r = score_pages([gold()], [pred])
    assert r["ner"]["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 3, "predicted": 0}
    assert r["slogans"]["span"]["f1"] == 0.0 and "expansion" in r["slogans"]
    assert set(r["bylines"]) == {"BYLINE", "CREDIT", "PHOTO", "micro"}


def test_one_miss():
    pred = gold()
    pred["spans"] = pred["spans"][:2]
    r = score_pages([gold()], [pred])
    assert r["ner"]["ADMIN"]["recall"] == 0.0
    assert r["ner"]["micro"]["precision"] == 1.0
    assert r["ner"]["micro"]["recall"] == pytest.approx(2 / 3)


def test_boundary_error_is_a_miss_and_a_false_positive():
    pred = gold()
    pred["spans"][0] = span_of(TEXT, "泽州县", "ORG")
    r = score_pages([gold()], [pred])
    assert r["ner"]["ORG"]["precision"] == 0.0 and r["ner"]["ORG"]["recall"] == 0.0
    assert r["ner"]["micro"]["f1"] == pytest.approx(2 / 3)


def test_slogans_label_accuracy_and_expansion():
    text = "开展“三心”（爱心、耐心、细心）服务"
    g = make_page(text, slogans=[span_of(text, "三心", "GROUP", expansion=[
        [text.index(w), text.index(w) + 2] for w in ("爱心", "耐心", "细心")])])
    p = make_page(text, slogans=[span_of(text, "三心", "COUNT", expansion=[
        [text.index("爱心"), text.index("爱心") + 2]])])
    s = score_pages([g], [p])["slogans"]
    assert s["span"]["f1"] == 1.0 and s["labeled"]["f1"] == 0.0 and s["label_accuracy"] == 0.0
    assert s["expansion"]["precision"] == 1.0 and s["expansion"]["recall"] == pytest.approx(1 / 3)


def test_blocks_bcubed_and_roles():
    text = "标题一\n正文一。\n\n标题二\n正文二。"
    blocks = lambda arts, labels: [{"start": a, "end": b, "label": lab, "article": art}
                                   for (a, b), lab, art in zip(
                                       [(0, 3), (4, 8), (10, 13), (14, 18)], labels, arts)]
    g = blocks([1, 1, 2, 2], ["HEADLINE", "BODY", "HEADLINE", "BODY"])
    assert score_blocks([text], [g], [g])["article_bcubed"]["f1"] == 1.0
    p = blocks([1, 1, 1, 1], ["HEADLINE", "BODY", "BODY", "BODY"])
    r = score_blocks([text], [g], [p])
    assert r["role_accuracy"] == 0.75
    assert r["article_bcubed"]["recall"] == 1.0 and r["article_bcubed"]["precision"] == 0.5
    assert r["articles_exact"] == 0.0


def test_report_schema():
    r = build_report([gold()], [gold()], seconds=0.5)
    assert {"pages", "chars", "ner", "slogans", "bylines", "blocks", "speed", "per_page"} <= set(r)
    assert set(r["slogans"]) >= {"span", "labeled", "label_accuracy", "expansion"}
    assert set(r["blocks"]) >= {"role_accuracy", "article_bcubed", "articles_exact"}
    assert r["speed"]["chars_per_second"] == pytest.approx(len(TEXT) / 0.5)
    assert set(r["per_page"]["t"]) >= {"ner", "slogans", "bylines", "blocks"}
