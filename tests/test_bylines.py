import pytest

from govnlp.components.bylines import parse_credits


def bylines(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]


def test_source_tag_with_credits(blank_nlp):
    (b,) = bylines(blank_nlp, "本报讯（记者 何振明）蛇年新春，万象更新。")
    assert b == ("本报讯（记者 何振明）", "BYLINE", "本报", [("记者", "何振明")])


def test_broken_line_and_layout_space(blank_nlp):
    text = "本报讯 （记者 王梦迪 见习\n记者 安 珊） 2月7日，县妇联联合县检察院走访。"
    (b,) = bylines(blank_nlp, text)
    assert b[0] == "本报讯 （记者 王梦迪 见习\n记者 安 珊）"
    assert b[3] == [("记者", "王梦迪"), ("见习记者", "安 珊")]


def test_box_byline_line(blank_nlp):
    (b,) = bylines(blank_nlp, "□本报记者 周俊英 通讯员 张梦珂\n\n自党史学习教育开展以来，文峰区开展活动。")
    assert b[1] == "BYLINE" and b[3] == [("本报记者", "周俊英"), ("通讯员", "张梦珂")]


def test_names_run_together():
    assert parse_credits("记者李铮通讯员王飞李永") == [("记者", "李铮"), ("通讯员", "王飞"), ("通讯员", "李永")]


def test_dateline_is_not_part_of_the_byline(blank_nlp):
    (b,) = bylines(blank_nlp, "本报讯 4月26日，县委召开会议。")
    assert b[0] == "本报讯"


def test_traditional_web_source(blank_nlp):
    (b,) = bylines(blank_nlp, "山西新聞網晉城訊 思想上補課,精神上補“鈣”。")
    assert b[0] == "山西新聞網晉城訊" and b[2] == "山西新闻网"


def test_end_credit_and_photo_credits(blank_nlp):
    text = "全力做好服务。 （县人社局）\n\n区委第三巡察组在施工现场督导(本报记者 刘斐 摄)\n\n群众在现场观看 李建平 摄"
    got = bylines(blank_nlp, text)
    assert [(t, lab) for t, lab, *_ in got] == [("（县人社局）", "CREDIT"), ("(本报记者 刘斐 摄)", "PHOTO"),
                                              ("李建平 摄", "PHOTO")]
    assert got[1][3] == [("本报记者", "刘斐")] or got[1][3] == [("摄影", "刘斐")] or ("本报记者", "刘斐") in got[1][3]


def test_correspondents_before_reporter():
    assert parse_credits("郭华平 黄晓平 本报记者 鄢朝晖") == [(None, "郭华平"), (None, "黄晓平"), ("本报记者", "鄢朝晖")]


@pytest.mark.parametrize("line,credits", [
    ("郭华平 黄晓平 本报记者 鄢朝晖", [(None, "郭华平"), (None, "黄晓平"), ("本报记者", "鄢朝晖")]),
    ("记者李铮通讯员王飞李永", [("记者", "李铮"), ("通讯员", "王飞"), ("通讯员", "李永")]),
    ("钟钊 冯阳阳", [(None, "钟钊"), (None, "冯阳阳")]),
])
def test_name_only_byline_lines(blank_nlp, line, credits):
    text = f"县农业银行多措并举提升服务质效\n{line}\n近年来，县农行持续优化网点服务，受到群众好评。"
    (b,) = bylines(blank_nlp, text)
    assert (b[0], b[1], b[3]) == (line, "BYLINE", credits)


def test_web_source_tag(blank_nlp):
    (b,) = bylines(blank_nlp, "央视网消息（新闻联播）：今年以来，福建老区苏区加快发展。")
    assert b[:3] == ("央视网消息（新闻联播）", "BYLINE", "央视网")


def test_web_meta_line_has_one_byline_per_credit(blank_nlp):
    text = "县人社局召开专题会议\n作者：张丽　发布时间：2020-05-06　来源：办公室\n5月6日，县人社局召开会议。"
    got = bylines(blank_nlp, text)
    assert [(t, lab) for t, lab, *_ in got] == [("作者：张丽", "BYLINE"), ("来源：办公室", "BYLINE")]
    doc = blank_nlp(text)
    roles = [(b.text[:4], b.label_) for b in doc.spans["blocks"]]
    assert roles[1] == ("作者：张", "BYLINE")
