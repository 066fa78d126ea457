"""Property tests: any text gives a valid Doc whose layers all point into the input."""
import os

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govnlp.corpus import doc_to_page, page_problems

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=int(os.environ.get("GOVNLP_FUZZ_EXAMPLES", "10000")),
                          deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PIECES = st.sampled_from([
    "本报讯（记者 何振明）", "澤州縣", "泽州县委", "县住建\n局", "安 珊", "“六个一”", "“四抓四每”", "十四五",
    "（县人社局）", "(李晓敏 摄)", "□本报记者 周俊英", "◆ 聚焦", "——", "\n\n", "\n", " ", "\u3000", "\t",
    "<p>", "&nbsp;", "</div>", "１２３", "ABC", "8+N", "。", "，", "、", "\x00", "\x07", "\ufeff", "\u200b",
    "\ud800", "\udfff", "𠀀", "😀", "一户一本台账、一户一个脱贫计划", "陕西太白", "中国农业银行阜新蒙古族自治县支行",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def check(nlp, text):
    doc = nlp(text)
    # lone surrogates cannot live in a Doc: replaced one-for-one, so offsets still hold
    assert len(doc.text) == len(text)
    kept = [i for i, c in enumerate(text) if not "\ud800" <= c <= "\udfff"]
    assert all(doc.text[i] == text[i] for i in kept)
    assert doc.user_data.get("govnlp_replaced_surrogates", []) == [i for i in range(len(text)) if i not in set(kept)]
    rec = doc_to_page(doc)
    assert page_problems(rec) == []
    for item in rec["slogans"]:
        for a, b in item.get("expansion", []):
            assert 0 <= a < b <= len(text)


@given(TEXT)
def test_rule_pipeline_never_breaks(blank_nlp, text):
    check(blank_nlp, text)


@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=300))
def test_arbitrary_unicode(blank_nlp, text):
    check(blank_nlp, text)


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("GOVNLP_FUZZ_SHIPPED", "30")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_shipped_pipeline_never_breaks(nlp, text):
    check(nlp, text)
