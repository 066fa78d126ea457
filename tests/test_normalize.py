from govnlp.normalize import compact, fold_char, is_traditional, normalize


def test_length_and_offsets_preserved():
    raw = "山西新聞網晉城訊\u3000澤州縣開展“六個一”活動，ＡＢＣ１２３"
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert norm.startswith("山西新闻网晋城讯 泽州县开展")
    assert "六个一" in norm and "ABC123" in norm


def test_newline_kept_other_space_folded():
    assert normalize("县住建\n局\t\u3000x") == "县住建\n局  x"
    assert fold_char("\u3000") == " " and fold_char("\n") == "\n"


def test_compact_maps_back_to_raw():
    raw = "县住建\n局 安 珊"
    comp, index = compact(raw)
    assert comp == "县住建局安珊"
    assert [raw[i] for i in index] == list(comp)


def test_detect_traditional():
    assert is_traditional("澤州縣開展了活動")
    assert not is_traditional("泽州县开展了活动")
    assert not is_traditional("")


def test_small_form_brackets_fold():
    from govnlp.normalize import normalize

    assert normalize("﹙記者顏高/攝﹚") == "(记者颜高/摄)"


def test_layout_spans_find_names_over_layout_gaps_within_bounds():
    from govnlp.normalize import layout_spans, normalize
    norm = normalize("记者 安 珊、县住建\n局和县住建局。安珊")
    assert list(layout_spans(norm, ["县住建局", "安珊"])) == [(3, 6), (7, 12), (13, 17), (18, 20)]
    assert list(layout_spans(norm, ["安珊"], 4, 20)) == [(18, 20)]       # a mention must start and end inside
    assert list(layout_spans(norm, ["安 珊"], 0, 6)) == [(3, 6)]          # whitespace inside a name is not part of it


def test_literal_mentions_agree_with_one_alternation():
    import random
    import re
    from govnlp.normalize import literal_mentions
    rng = random.Random(7)
    for _ in range(2000):
        comp = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 24)))
        names = ["".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        lo = rng.randint(0, len(comp))
        hi = rng.randint(lo, len(comp))
        want = [m.span() for m in re.compile("|".join(map(re.escape, names))).finditer(comp, lo, hi)]
        assert list(literal_mentions(comp, names, lo, hi)) == want


def test_pinyin_gloss_reads_as_layout_space():
    # a mirror's pinyin glued after a character is noise in the view; Latin in brackets is text
    raw = "阿榮旗市場監(jiān)督管理局(abc)"
    norm = normalize(raw)
    assert len(norm) == len(raw)
    assert "".join(norm.split()) == "阿荣旗市场监督管理局(abc)"
