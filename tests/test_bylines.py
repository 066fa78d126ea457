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


def test_web_meta_labels_give_a_source_or_a_credit(blank_nlp):
    doc = blank_nlp("婦女節活動\n發稿單位：新聞及國際關係處新聞傳播科\n發稿人：藍惠娟\n來源：人民日報\n今天是國際婦女節。")
    got = [(b.text, b._.source, b._.credits) for b in doc.spans["bylines"]]
    assert got == [("發稿單位：新聞及國際關係處新聞傳播科", "新闻及国际关系处新闻传播科", []),
                   ("發稿人：藍惠娟", None, [("发稿人", "蓝惠娟")]),
                   ("來源：人民日報", "人民日报", [])]
    assert ("藍惠娟", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_web_meta_label_without_colon_and_an_empty_label(blank_nlp):
    text = "调研组到我县调研\n\n2011/4/18 作者 刘明强\n\n来源: 发布时间:2020-04-11\n14日，市委政研室调研组到我县调研。"
    doc = blank_nlp(text)
    got = [(b.text, b.label_, b._.credits) for b in doc.spans["bylines"]]
    assert got == [("作者 刘明强", "BYLINE", [("作者", "刘明强")])]


def test_role_lines_open_or_close_an_article(blank_nlp):
    text = ("让村民看懂每一笔账\n本报记者  周晓明《江城日报》（2021年05月20日）\n"
            "村党支部书记把账本摊在桌上。\n\n——编  者\n\n全省推进会召开。高校、企业代表参加会议。\n"
            "江南日报记者 刘文 赵晓东 孙丽\n通讯员 陈平 林海\n\n开新局 出新彩\n记者基层行\n")
    doc = blank_nlp(text)
    got = [(b.text, b.label_, b._.source) for b in doc.spans["bylines"]]
    assert got == [("本报记者  周晓明", "BYLINE", "本报"), ("——编  者", "CREDIT", None),
                   ("江南日报记者 刘文 赵晓东 孙丽", "CREDIT", "江南日报"), ("通讯员 陈平 林海", "CREDIT", None)]


def test_closing_brackets_with_a_unit_or_paper_and_spaced_meta_names(blank_nlp):
    text = ("阳城县开展观摩活动\n来源:阳城县委新闻办      作者:张伟 王芳 文/图\n\n村党组织标准化建设取得实效。(县委组织部 高峰 白俊成)\n"
            "主城区建设取得新进展。\n\n（山西日报记者 何振明 杜思源）\n")
    doc = blank_nlp(text)
    got = [(b.text, b.label_, b._.source, b._.credits) for b in doc.spans["bylines"]]
    assert got == [("来源:阳城县委新闻办", "BYLINE", "阳城县委新闻办", []),
                   ("作者:张伟 王芳 文/图", "BYLINE", None, [("作者", "张伟"), ("作者", "王芳")]),
                   ("(县委组织部 高峰 白俊成)", "CREDIT", "县委组织部", [(None, "高峰"), (None, "白俊成")]),
                   ("（山西日报记者 何振明 杜思源）", "CREDIT", "山西日报", [("记者", "何振明"), ("记者", "杜思源")])]


def test_media_centre_dateline_and_publishing_agency(blank_nlp):
    doc = blank_nlp("甘州融媒讯(记者 蒋婷 王凯)10月20日，节目录制。\n\n發布機關：臺北市政府秘書處媒體事務組\n")
    got = [(s.text, s.label_, s._.source) for s in doc.spans["bylines"]]
    assert got == [("甘州融媒讯(记者 蒋婷 王凯)", "BYLINE", "甘州融媒"),
                   ("發布機關：臺北市政府秘書處媒體事務組", "BYLINE", "台北市政府秘书处媒体事务组")]
    assert doc.spans["bylines"][0]._.credits == [("记者", "蒋婷"), ("记者", "王凯")]


def test_credits_without_a_source_tag(blank_nlp):
    doc = blank_nlp("\u3000\u3000（记者冯芸）百年大计，教育为本。\n为此，王生英无怨无悔。（据新华社郑州9月9日电）\n"
                    "节日快乐。 王铮 杨东辉 摄\n学生们在上课 李明 摄\n“灵溪大讲堂”。通讯员 供图\n"
                    "荆楚网(湖北日报网)讯(通讯员 张友江、周沁)全域推进工作。\n")
    got = [(s.text, s.label_) for s in doc.spans["bylines"]]
    assert got == [("（记者冯芸）", "BYLINE"), ("（据新华社郑州9月9日电）", "CREDIT"), ("王铮 杨东辉 摄", "PHOTO"),
                   ("李明 摄", "PHOTO"), ("通讯员 供图", "PHOTO"), ("荆楚网(湖北日报网)讯(通讯员 张友江、周沁)", "BYLINE")]


def test_joined_media_glued_credits_and_page_references(blank_nlp):
    doc = blank_nlp("市政协会议开幕\n\n  滨州日报/滨州网讯(记者裴庆力报道)12月27日上午,会议开幕。\n"
                    "路线图是有效的。本报记者  屠瑜  通讯员  朱文轩\n普陀区  专车接送患者\n"
                    "  (下转第三版)\n(全媒体记者 胡肖艺)7月1日,大渡口区举行活动。\n")
    got = [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]
    assert got == [("滨州日报/滨州网讯(记者裴庆力报道)", "BYLINE", "滨州日报/滨州网", [("记者", "裴庆力")]),
                   ("本报记者  屠瑜  通讯员  朱文轩", "CREDIT", "本报", [("记者", "屠瑜"), ("通讯员", "朱文轩")]),
                   ("(全媒体记者 胡肖艺)", "BYLINE", None, [("全媒体记者", "胡肖艺")])]
    assert {"滨州日报", "滨州网"} <= {e.text for e in doc.ents if e.label_ == "ORG"}


def test_agency_datelines_desk_credits_and_bracketed_media(blank_nlp):
    doc = blank_nlp("中央社／ 屏東縣12日電\n\n屏東縣政府今天表揚村里長。\n生活中心/綜合報導\n南投縣長許淑華19日下午會勘。\n"
                    "天水日报讯【新天水·天水日报记者马放】10月12日至13日，调研组调研。\n"
                    "我们得把温暖传递下去。”\n\n  沈阳日报、沈报全媒体\n\n  记者 张晶 许非\n")
    got = [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]
    assert got == [("中央社／ 屏東縣12日電", "BYLINE", "中央社", []),
                   ("生活中心/綜合報導", "BYLINE", None, []),
                   ("天水日报讯【新天水·天水日报记者马放】", "BYLINE", "天水日报", [("记者", "马放")]),
                   ("沈阳日报、沈报全媒体\n\n  记者 张晶 许非", "CREDIT", "沈阳日报、沈报全媒体", [("记者", "张晶"), ("记者", "许非")])]


def test_unit_author_lines_photo_labels_and_bracketed_reports(blank_nlp):
    doc = blank_nlp("太宽河保护区管理局召开专题学习研讨会\n太宽河保护区党支部\n2019-07-04\n3月6日，管理局召开研讨会。\n"
                    "地點:莒光\n攝影:宋幸儒\n【記者宋幸儒報導】農曆春節腳步近,縣長出發。\n")
    got = [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]
    assert got == [("太宽河保护区党支部", "BYLINE", "太宽河保护区党支部", []),
                   ("攝影:宋幸儒", "BYLINE", None, [("摄影", "宋幸儒")]),
                   ("【記者宋幸儒報導】", "BYLINE", None, [("记者", "宋幸儒")])]


def test_labelled_credits_name_people_without_a_surname_and_media_photo_credits(blank_nlp):
    doc = blank_nlp("时间:2013年08月19日\n消息来源:刚察县新闻中心\n新刚察的光荣使命。\n摄像:才项仁增 撰稿:张娜\n"
                    "客运船舶进行巡查。\n\n    YMG全媒体记者 唐克 摄\n")
    got = [(s.text, s.label_) for s in doc.spans["bylines"]]
    assert got == [("消息来源:刚察县新闻中心", "BYLINE"), ("摄像:才项仁增", "BYLINE"), ("撰稿:张娜", "BYLINE"),
                   ("YMG全媒体记者 唐克 摄", "PHOTO")]
    assert {"才项仁增", "张娜", "唐克"} <= {e.text for e in doc.ents if e.label_ == "PERSON"}


def test_site_and_government_release_tags(blank_nlp):
    (b,) = bylines(blank_nlp, "标题\n本网讯(区融媒体中心 张畅)5月28日，区长周玲深入调研。")
    assert b[:3] == ("本网讯(区融媒体中心 张畅)", "BYLINE", "本网")
    (b,) = bylines(blank_nlp, "標題\n【新北市訊】新北市政府今天舉辦表揚大會。")
    assert b == ("【新北市訊】", "BYLINE", "新北市", [])


def test_taiwan_reporter_lines_with_their_desk(blank_nlp):
    assert bylines(blank_nlp, "標題\n記者張麗英/報導\n民勤社區發展協會30日邀請縣長。") == \
        [("記者張麗英/報導", "BYLINE", None, [("记者", "张丽英")])]
    (b,) = bylines(blank_nlp, "標題\n[ 台東電子報 ] 記者 陳維玠 / 台東報導\n臺東縣政府農業處表示。")
    assert b[0] == "[ 台東電子報 ] 記者 陳維玠 / 台東報導" and b[3] == [("记者", "陈维玠")]


def test_web_meta_credit_with_roles_inside(blank_nlp):
    got = bylines(blank_nlp, "标题\n作者: 记者杨勘 徐文 通讯员何浩 陈英明 来源:孝感晚报\n正文。")
    assert got[0][3][:2] == [("记者", "杨勘"), ("记者", "徐文")]


def test_photo_credits_of_a_media_centre_and_a_medium_before_the_reporter(blank_nlp):
    assert bylines(blank_nlp, "群众欢庆元宵节。□融媒体中心记者李华摄\n正文。") == \
        [("□融媒体中心记者李华摄", "PHOTO", None, [("记者", "李华")])]
    got = bylines(blank_nlp, "標題\n聯合報／ 記者范榮達／苗栗報導\n縣府今天揭牌。記者范榮達／攝影\n")
    assert got[0] == ("聯合報／ 記者范榮達／苗栗報導", "BYLINE", "联合报", [("记者", "范荣达")])
    assert got[1][:2] == ("記者范榮達／攝影", "PHOTO")


def test_reporter_line_with_baodao_and_lines_that_are_no_names(blank_nlp):
    assert bylines(blank_nlp, "标题\n本报记者李狮报道 7月27日,中共榆林市委召开会议。") == \
        [("本报记者李狮报道", "BYLINE", "本报", [("记者", "李狮")])]
    assert bylines(blank_nlp, "标题\n海關呼籲\n任何人士攜帶物品出入境應遵守相關法律規定，切勿貪圖利益。") == []
    assert bylines(blank_nlp, "新画卷\n青岛西海岸报\n2024年06月03日") == []
    assert bylines(blank_nlp, "发电站全景(无人机拍摄)。 □融媒体中心记者李华摄") == \
        [("□融媒体中心记者李华摄", "PHOTO", None, [("记者", "李华")])]


def test_a_photo_credit_keeps_its_role(blank_nlp):
    assert bylines(blank_nlp, "座谈会召开。记者 吴丹/摄\n\n会上,与会人员发言。") == \
        [("记者 吴丹/摄", "PHOTO", None, [("记者", "吴丹")])]


def test_boxed_names_reported_and_a_tag_after_a_meta_source(blank_nlp):
    doc = blank_nlp("搭建起互动平台。\n□于向阳 陈文 徐雯雯 报道\n本报莱芜讯 近日，钢城区召开会议。")
    assert [s.text for s in doc.spans["bylines"]][0] == "□于向阳 陈文 徐雯雯 报道"
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["于向阳", "陈文", "徐雯雯"]
    # a blank line parts a meta line's medium from the next article's tag (酒泉日报⏎⏎本报讯)
    doc = blank_nlp("来源:酒泉日报\n\n  本报讯(记者范昊帆)1月11日下午，会议举行。")
    assert [(s.text, s._.source) for s in doc.spans["bylines"]] == [("来源:酒泉日报", "酒泉日报"), ("本报讯(记者范昊帆)", "本报")]


def test_meta_labels_with_bars_and_site_accounts(blank_nlp):
    doc = blank_nlp("图文丨吕宏\n编辑丨马宁欣\n3月4日，考核组到西和县。")
    assert [s.text for s in doc.spans["bylines"]] == ["图文丨吕宏"]
    assert "马宁欣" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    doc = blank_nlp("[双击自动滚屏] 文章来源:浦北县人大   发布者:admin   发布时间:2023-09-13")
    assert [s.text for s in doc.spans["bylines"]] == ["文章来源:浦北县人大"]


def test_media_joined_by_a_dot_a_medium_with_a_bracketed_reporter_and_prefixed_roles(blank_nlp):
    doc = blank_nlp("湖南日报·新湖南客户端12月23日讯 (通讯员 陈曾伟)12月21日，澧县县委召开会议。")
    assert [s.text for s in doc.spans["bylines"]] == ["湖南日报·新湖南客户端12月23日讯 (通讯员 陈曾伟)"]
    doc = blank_nlp("攸县融媒体中心【记者:刘志刚】1月14日，县委副书记刘明主持会议。")
    assert [(s.text, s._.credits) for s in doc.spans["bylines"]] == [("攸县融媒体中心【记者:刘志刚】", [("记者", "刘志刚")])]
    doc = blank_nlp("部书记宋达先表示。\n全媒体记者:谢瑜 李金泽\n作者: 记者杨勘 徐文 通讯员何浩 陈英明 来源:孝感晚报\n")
    assert [s._.credits for s in doc.spans["bylines"]][:2] == [
        [("全媒体记者", "谢瑜"), ("全媒体记者", "李金泽")],
        [("记者", "杨勘"), ("记者", "徐文"), ("通讯员", "何浩"), ("通讯员", "陈英明")]]


def test_bylines_read_from_22nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_) for s in doc.spans["bylines"]]

    assert found("县长\n梨树县人民政府   2021-08-06 09:23:00\n") == [("梨树县人民政府", "BYLINE")]
    assert found("第一书记下乡来\n\n来源:运城晚报发布者:时间:2019-11-15\n") == [("来源:运城晚报", "BYLINE")]
    assert found("09:20     来源:禄劝彝族苗族自治县人民政府]\n") == [("来源:禄劝彝族苗族自治县人民政府", "BYLINE")]
    assert found("  浙江在线-安吉新闻网9月14日讯(浙江在线记者 欧阳爱琼)昨天下午，会议召开。") == [
        ("浙江在线-安吉新闻网9月14日讯(浙江在线记者 欧阳爱琼)", "BYLINE")]
    assert found("来源:法治日报\n法治日报全媒体记者 梁平妮\n") == [("来源:法治日报", "BYLINE"), ("法治日报全媒体记者 梁平妮", "BYLINE")]
    assert found("【記者譚杰、趙奇濤/宜蘭報導】\n\n宜蘭縣長今天出席。") == [("【記者譚杰、趙奇濤/宜蘭報導】", "BYLINE")]
    assert found("本报讯 记者任晓莉报道:“在乡村振兴的道路上。") == [("本报讯 记者任晓莉报道", "BYLINE")]
    # a reporter's bracket after the body's last sentence closes the article
    assert found("把青春献给林业。\n    (本报记者 于芯 整理)\n") == [("(本报记者 于芯 整理)", "CREDIT")]


def test_bylines_read_from_23nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_) for s in doc.spans["bylines"]]

    assert found("村集体经济不断壮大\n哈尔滨新闻网-哈尔滨日报2020-07-27 07:41\n") == [("哈尔滨新闻网-哈尔滨日报", "BYLINE")]
    assert found("周军平说。\n记者:张园园 王婵(通讯员)\n") == [("记者:张园园 王婵(通讯员)", "BYLINE")]
    assert found("开心地说。\n\n【资料图】\n\n孟南村以五星为抓手。") == [("【资料图】", "PHOTO")]
    assert found("——2023年1月6日在县人民代表大会上\n\n保亭县人民政府县长 王惠仙\n\n各位代表:\n") == [
        ("保亭县人民政府县长 王惠仙", "BYLINE")]
    assert found("政府工作报告\n\n来源: 发布日期:2023-01-28 10:32\n") == []
    assert found("中国搜索\n关注河南热线\n\n“创建五星党支部,我们村所有党员干部都要成为追星族。”") == []


def test_bylines_read_from_24nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source) for s in doc.spans["bylines"]]

    assert found("嘉宾参观。\n□武胜记者站 颜伟 实习生 黄钟锐 本报记者 龙俊帆 文/图\n金秋九月,秋高气爽。") == [
        ("□武胜记者站 颜伟 实习生 黄钟锐 本报记者 龙俊帆 文/图", "BYLINE", "武胜记者站")]
    assert found("检查指导工作\n2021-07-23 09:58 今日福安\n\n7月22日上午,市委书记周祥祺赴甘棠调研。") == [
        ("今日福安", "BYLINE", "今日福安")]
    assert found("市民正在分类投放垃圾。■李孜 摄\n村容村貌整潔。故城縣鄉村振興局供圖\n")[0][:2] == ("■李孜 摄", "PHOTO")
    assert found("村容村貌整潔。故城縣鄉村振興局供圖\n") == [("故城縣鄉村振興局供圖", "PHOTO", None)]
    assert found("主题分类: 其他\n发布机构: 城南新区(三江街道) 公开日期: 2017-03-28\n") == [
        ("发布机构: 城南新区(三江街道)", "BYLINE", "城南新区(三江街道)")]
    assert found("认真抓好落实。\n中宁县人民政府\n2026年2月9日\n") == [("中宁县人民政府", "CREDIT", "中宁县人民政府")]
    assert found("全国100优\n\n  新报讯(记者  刘  睿)  12月25日,记者从玉泉区获悉。")[0][:2] == ("新报讯(记者  刘  睿)", "BYLINE")
    assert found("展现出新的活力。(视频、图片均为无人机拍摄)\n提出殷切期望。(贺信全文另发)\n") == []
    assert found("刘华 袁茂润 道吉\n时值盛夏,夏河大地处处生机盎然,各项工作扎实推进。") == [("刘华 袁茂润 道吉", "BYLINE", None)]


def test_bylines_read_from_25nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source) for s in doc.spans["bylines"]]

    assert found("本报凌云讯 为进一步贯彻落实会议精神,县里开展了宣讲。")[0][:2] == ("本报凌云讯", "BYLINE")
    assert found("推睦鄰互助\n\n【本報消息】街總舉行二○二三街坊節開幕禮。")[0][:2] == ("【本報消息】", "BYLINE")
    assert found("党的二十大胜利召开!(区政府办供稿)\n") == [("(区政府办供稿)", "CREDIT", "区政府办")]
    assert found("滨水公园。 惠州东江图片社供图\n荔枝。 惠州日报记者许文昌 摄\n") == [
        ("惠州东江图片社供图", "PHOTO", None), ("惠州日报记者许文昌 摄", "PHOTO", "惠州日报")]
    assert found("来源:中国永修 作者:消息 责任编辑:康康\n")[0][0] == "来源:中国永修"
    doc = blank_nlp("     浙江在线-兰溪新闻网(见习记者 徐桢瑾 记者 冯亦柔)  10月25日,金华市委宣传部组织采访。")
    assert [c for s in doc.spans["bylines"] for c in s._.credits] == [("见习记者", "徐桢瑾"), ("记者", "冯亦柔")]


def test_bylines_read_from_26nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source) for s in doc.spans["bylines"]]

    assert found("项目建设开工奠基\n\n吉战顺 2016-11-01\n\n11月1日,市领导参加奠基仪式。")[0][:2] == ("吉战顺", "BYLINE")
    assert found("会议纪要\n岳阳县人民政府办公室 2016-4-13\n\n4月13日,县长主持会议。")[0] == (
        "岳阳县人民政府办公室", "BYLINE", "岳阳县人民政府办公室")
    assert found("作者:\n\n《内蒙古日报》消息 1月26日,我区各界热议。") == [("《内蒙古日报》消息", "BYLINE", "内蒙古日报")]
    assert found("发布日期 : 2024-06-16 09:01:00 文章来源 : 潮州日报\n")[0][::2] == ("文章来源 : 潮州日报", "潮州日报")
    assert found("發佈部門:社會課\n")[0][0] == "發佈部門:社會課"
    assert found("发布机构:惠济区花园口镇人民政府关 键 词:党员\n")[0][0] == "发布机构:惠济区花园口镇人民政府"
    assert found("他在《人民日报》消息中看到。") == []


def test_county_media_brands(blank_nlp):
    doc = blank_nlp("云上赤壁消息(通讯员 胡新华)7月23日,省领导到赤壁调研。")
    assert [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]] == [
        ("云上赤壁消息(通讯员 胡新华)", "云上赤壁", [("通讯员", "胡新华")])]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("云上赤壁", "ORG"), ("胡新华", "PERSON")]
    doc = blank_nlp("《钱江晚报·今日桐乡》\n今日福鼎天气晴。")
    assert [(e.text, e.label_) for e in doc.ents] == [("钱江晚报", "ORG"), ("今日桐乡", "ORG")]


def test_bylines_read_from_28nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]

    doc = blank_nlp("彝家新寨。 本报特约记者 俄底尔以 摄\n\n布拖县拖觉镇")
    assert [(s.text, s.label_, s._.credits) for s in doc.spans["bylines"]] == [
        ("本报特约记者 俄底尔以 摄", "PHOTO", [("特约记者", "俄底尔以")])]
    assert "俄底尔以" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert found("关键词:暗访\n\n稿源:中国迁西\n责任编辑:\n") == [("稿源:中国迁西", "BYLINE", "中国迁西", [])]
    assert found("  中国甘肃网1月11日讯 据兰州日报报道 (记者 王忠德)岁末年初,村民送来锦旗。") == [
        ("中国甘肃网1月11日讯 据兰州日报报道 (记者 王忠德)", "BYLINE", "中国甘肃网", [("记者", "王忠德")])]


def test_record_issuers_glued_credits_and_correspondents(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("常务会议\n  • 发文机构:上海市长宁区人民政府办公室\n  • 索引号:123\n") == [
        ("发文机构:上海市长宁区人民政府办公室", "上海市长宁区人民政府办公室", [])]
    assert found("新水平\n\n文/图茂名日报社全媒体记者 陈琴 莫积均\n\n  9月17日,茂名市举行活动。") == [
        ("文/图茂名日报社全媒体记者 陈琴 莫积均", None, [("全媒体记者", "陈琴"), ("全媒体记者", "莫积均")])]
    assert found("廠商\n\n【嘉雲特派員陳信利/嘉義縣報導】五月天氣炎熱,縣府舉辦活動。") == [
        ("【嘉雲特派員陳信利/嘉義縣報導】", None, [("特派员", "陈信利")])]


def test_bylines_read_from_29nn_and_30nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("民生实事。长沙晚报通讯员 聂芬 摄\n\n  长沙县") == [
        ("长沙晚报通讯员 聂芬 摄", "PHOTO", None, [("通讯员", "聂芬")])]
    assert found("肇庆全面推进百千万工程\n\n2023年10月11日 西江日报\n\n  金秋十月,处处")[-1][:3] == (
        "西江日报", "BYLINE", "西江日报")
    assert found("全国精神文明建设\n\n2022年7月20日 星期三\n\n本报讯(记者 王明)今天") == [
        ("本报讯(记者 王明)", "BYLINE", "本报", [("记者", "王明")])]
    assert found("乡村振兴新图景\n新闻作者: 陈武帅  发布时间:  查看次数:\n")[0][::3] == ("新闻作者: 陈武帅", [("作者", "陈武帅")])
    assert [s[0] for s in found("来源:新疆日报\n新疆日报讯(记者沈雅屏 许庆光)巴音郭楞州")] == [
        "来源:新疆日报", "新疆日报讯(记者沈雅屏 许庆光)"]
    assert found("  中新网湖北新闻8月27日电 (张倩龙 尚进)近日,")[0][:3] == (
        "中新网湖北新闻8月27日电 (张倩龙 尚进)", "BYLINE", "中新网")
    assert found("昆明信息港讯(昆明日报 记者胡耀元) 在盘龙区")[0][2:] == ("昆明信息港", [("记者", "胡耀元")])
    assert found("起動跑。(廉政公署圖片)\n\n【點新聞報道】廉政公署慶祝成立") == [
        ("(廉政公署圖片)", "PHOTO", None, []), ("【點新聞報道】", "BYLINE", "点新闻", [])]
    assert found("初衷\n\n記者:里報.tw 林家慶 / 新竹縣 報導 發佈時間:2024/10/10\n")[-1][0] == "記者:里報.tw 林家慶 / 新竹縣 報導"


def test_speaker_lines_of_a_digest_and_a_report(blank_nlp):
    doc = blank_nlp("发言摘登\n\n黑龙江牡丹江日报副总编 于航\n\n内蒙古通辽日报副总编、首席记者 郝文秀\n\n"
                    "政府工作报告\n县委副书记、县长 木合塔尔·丝迪克\n")
    assert [(s.text, s._.credits) for s in doc.spans["bylines"]] == [
        ("黑龙江牡丹江日报副总编 于航", [(None, "于航")]), ("内蒙古通辽日报副总编、首席记者 郝文秀", [(None, "郝文秀")]),
        ("县委副书记、县长 木合塔尔·丝迪克", [(None, "木合塔尔·丝迪克")])]
    assert "木合塔尔·丝迪克" in [e.text for e in doc.ents]


def test_a_unit_line_in_the_pages_second_half_signs_it(blank_nlp):
    doc = blank_nlp("关于开展政府开放日活动的公告\n" + "现将有关事项公告如下,欢迎各界人士报名参加活动。\n" * 3
                    + "联系邮箱:a@163.com\n海原县林业和草原局\n2025年9月8日\n")
    assert [(s.text, s.label_) for s in doc.spans["bylines"]] == [("海原县林业和草原局", "CREDIT")]


def test_bylines_read_from_31nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s.label_, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("村党支部书记\n新华社记者\n他们是离群众最近的人。") == [("新华社记者", "BYLINE", "新华社", [])]
    assert found("□ 河北法制报记者 张哲\n随着经济发展。") == [
        ("□ 河北法制报记者 张哲", "BYLINE", "河北法制报", [("记者", "张哲")])]
    assert found("来源: 河北日报客户端  薛惠娟 任学光 郭东\n2018-10-22\n") == [
        ("来源: 河北日报客户端  薛惠娟 任学光 郭东", "BYLINE", "河北日报客户端",
         [(None, "薛惠娟"), (None, "任学光"), (None, "郭东")])]
    assert found("东昌府讯 9月6日,东昌府区召开会议。传来喜讯 9月6日。") == [("东昌府讯", "BYLINE", "东昌府", [])]
    assert found("作了书面发言。\n\n(东昌府融媒:王洪伟)\n") == [
        ("(东昌府融媒:王洪伟)", "CREDIT", "东昌府融媒", [(None, "王洪伟")])]
    doc = blank_nlp("紛紛發文悼念。\n\n截取自臉書/賴坤成\n\n林正杰近年罹癌。")
    assert [(s.text, s.label_) for s in doc.spans["bylines"]] == [("截取自臉書/賴坤成", "PHOTO")]
    assert [s.label_ for s in doc.spans["blocks"] if s.text == "截取自臉書/賴坤成"] == ["CAPTION"]


def test_a_desk_place_after_the_reporter_and_an_editors_code(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]], \
            [e.text for e in doc.ents if e.label_ == "PERSON"]

    assert found("標題\n\n南部最大聲/記者 吳佳宜 嘉義報導\n\n遠見雜誌公布") == (
        [("南部最大聲/記者 吳佳宜 嘉義報導", "南部最大声", [("记者", "吴佳宜")])], ["吳佳宜"])
    assert found("本报记者 李狮报道\n正文") == ([("本报记者 李狮报道", "本报", [("记者", "李狮")])], ["李狮"])
    assert found("责任编辑:李孟展 DN029\n联系人:洪莹 联系电话:0955\n")[1] == ["李孟展", "洪莹"]


def test_meta_fields_split_by_a_bar(blank_nlp):
    doc = blank_nlp("發佈時間:2019-07-31 15:20丨來源:通遼日報丨作者:楊朝東 張啟民丨責任編輯:蘇文彥\n")
    assert [(s.text, s._.credits) for s in doc.spans["bylines"]] == [
        ("來源:通遼日報", []), ("作者:楊朝東 張啟民", [("作者", "杨朝东"), ("作者", "张启民")])]


def test_bylines_read_from_32nn_and_33nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("语音阅读:\n\n本报记者 陶涛 实习记者 陈潇\n\n“人民对美好")[0][2] == [("记者", "陶涛"), ("实习记者", "陈潇")]
    assert found("• 2021-05-07 作者:丁枫林 张彪浏览:3534\n")[0][0] == "作者:丁枫林 张彪"
    assert found("\n(辽宁区域经济/丁枫林 张彪)5月5日,县委书记调研。") == [
        ("(辽宁区域经济/丁枫林 张彪)", "辽宁区域经济", [(None, "丁枫林"), (None, "张彪")])]
    assert found("胜利召开!\n\n来源:莒南县坪上镇 打印\n\n6月28日")[0][:2] == ("来源:莒南县坪上镇", "莒南县坪上镇")
    doc = blank_nlp("关于加强教育工作的意见\n信息来源 :党工委办\n发文机关 :安阳市教育局\n信息索引 :-01-2022-00102\n"
                    "编辑人 :冯兴荣\n各县(市、区)党委教育工作领导小组:为深入贯彻落实会议精神,现提出如下意见。\n")
    assert [s.text for s in doc.spans["bylines"]] == ["信息来源 :党工委办", "发文机关 :安阳市教育局"]
    assert [s.label_ for s in doc.spans["blocks"]][1:3] == ["BYLINE", "PAGE"]


def test_bylines_read_from_34nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source) for s in doc.spans["bylines"]]

    assert found("【漾新聞記者陳雯萍/高雄報導】高雄市議會今日閉幕。") == [("【漾新聞記者陳雯萍/高雄報導】", "漾新闻")]
    assert found("廣告\n\n【Now新聞台】港澳辦主任夏寶龍展開考察。") == [("【Now新聞台】", "Now新闻台")]
    assert found("【黄冈新闻网】神奇而美丽的长兴村\n") == []             # a title it opens
    assert found("作者: 出版日期:2014.05.12 点击数:0\n") == []          # an empty author field


def test_bylines_read_from_35nn_and_36nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("2017-06-13 来源:嘉兴日报 作者:记 者 田 野 通讯员 黄永晓\n\n“王阿姨")[1] == (
        "作者:记 者 田 野 通讯员 黄永晓", None, [("记者", "田 野"), ("通讯员", "黄永晓")])
    assert found("落实。\n记 者 | 张子鹤 赵 鑫\n视 觉 | 方 堃\n") == [
        ("记 者 | 张子鹤 赵 鑫", None, [("记者", "张子鹤"), ("记者", "赵 鑫")]), ("视 觉 | 方 堃", None, [("摄影", "方 堃")])]
    assert found("發展\n\n【特派記者丁薪叡/台中報導】沙鹿區今日舉行典禮。")[0][2] == [("特派记者", "丁薪叡")]
    assert found("2011-09-02\n\n【特訊】澳門南海同鄉會昨晚舉行就職典禮。") == [("【特訊】", "本报", [])]
    assert found("公开方式 主动公开 发布机构 隆德县人民政府办公室 责任部门\n\n3月31日,县长主持会议。") == [
        ("发布机构 隆德县人民政府办公室", "隆德县人民政府办公室", [])]


def test_bylines_read_from_37nn(blank_nlp):
    def found(text):
        doc = blank_nlp(text)
        return [(s.text, s._.source, s._.credits) for s in doc.spans["bylines"]]

    assert found("本报讯8月2日上午,县委副书记孙泉到开发区调研。") == [("本报讯", "本报", [])]
    assert found("力度\n\n本港讯  (记者 许世芳)镇远县委召开会议。") == [("本港讯  (记者 许世芳)", "本港", [("记者", "许世芳")])]
    assert found("发布日期:2024-03-18 09:47 信息来源:区委办公室浏览次数:\n\n南湖区") == [
        ("信息来源:区委办公室", "区委办公室", [])]
    assert found("鄉親\n\n墨新聞|記者張游舜/台北報導\n\n雲林縣") == [("墨新聞|記者張游舜/台北報導", "墨新闻", [("记者", "张游舜")])]
    assert found("本港今日天氣晴朗。") == []


def test_bylines_read_from_38nn(blank_nlp):
    def found(text):
        return bylines(blank_nlp, text)

    assert found("欢腾的托什干河\n\n文/图 郭爱成 通讯员 热孜万古丽·买买提\n\n2020年1月底,记者来到乌什县。") == [
        ("文/图 郭爱成 通讯员 热孜万古丽·买买提", "BYLINE", None, [("作者", "郭爱成"), ("通讯员", "热孜万古丽·买买提")])]
    assert found("標題\n\n【亞太新聞網/特派記者張建奎/竹縣報導】\n\n新竹縣議會開幕。") == [
        ("【亞太新聞網/特派記者張建奎/竹縣報導】", "BYLINE", "亚太新闻网", [("特派记者", "张建奎")])]
    assert found("名單\n\n△政府發言人辦公室訊:特區政府昨日公布。") == [("△政府發言人辦公室訊", "BYLINE", "政府发言人办公室", [])]
    assert found("2023-12-12 10:41  来源:武进新闻  作者:阳湖网\n洛阳镇位于武进。")[1] == ("作者:阳湖网", "BYLINE", "阳湖网", [])
    got = found("——毕节脱贫,从“五子登科”到“新五子再登科”\n\n潘健、何晶茹、李瑞桥、申亚欣、王钦、宋子节、王捷\n\n"
                "2020年09月11日09:49\n\n西风烈,长空雁叫霜晨月。")
    assert [(t, lab) for t, lab, *_ in got] == [("潘健、何晶茹、李瑞桥、申亚欣、王钦、宋子节、王捷", "BYLINE")]


def test_bylines_read_from_39nn_and_40nn(blank_nlp):
    def found(text):
        return bylines(blank_nlp, text)

    assert found("標題\n\n尚一網訊 記者 孫瑋懌 王偉傑 焦陽\n12月14日,中國共產黨常德市委員會召開。") == [
        ("尚一網訊 記者 孫瑋懌 王偉傑 焦陽", "BYLINE", "尚一网", [("记者", "孙玮怿"), ("记者", "王伟杰"), ("记者", "焦阳")])]
    assert found("題\n\n香港新聞網11月21日電 民政及青年事務局局長出席。") == [("香港新聞網11月21日電", "BYLINE", "香港新闻网", [])]
    assert found("2023-11-21 16:42 | 稿件來源:香港新聞網\n\n正文。") == [("稿件來源:香港新聞網", "BYLINE", "香港新闻网", [])]
    assert found("发布时间:2015-11-13\n来源:\n宣汉县纪委\n“县纪委今天在召开会议。”") == [("来源:\n宣汉县纪委", "BYLINE", "宣汉县纪委", [])]
    assert found("麥美娟在座談會上發言。(政府新聞處)") == [("(政府新聞處)", "CREDIT", "政府新闻处", [])]
    assert found("“疗伤”\n\n    ■记者基层行\n\n    9月19日,记者来到乌达区。") == []
    assert found("调度会议\n\n2022-11-22 分享\n\n11月21日晚,县委召开会议。") == []


def test_source_labels_of_archives_and_portals(blank_nlp):
    def found(text):
        return [(t, source) for t, _, source, _ in bylines(blank_nlp, text)]

    assert found("发布者: cs小编网网| 评论: 0|来自: 湘东发布\n\n摘要: 6月10日") == [("来自: 湘东发布", "湘东发布")]
    assert found("析出资源\n内容出处: 《盘锦日报》 报纸\n唯一号: 0") == [("内容出处: 《盘锦日报》", "《盘锦日报》")]
    assert found("来自全县的代表参加会议。") == []


def test_credits_read_from_41nn_and_42nn(blank_nlp):
    got = bylines(blank_nlp, "标题\n咸宁新闻网讯 特约记者沈忱、通讯员伍天良报道:1月13日,会议召开。")
    assert got[0][:3] == ("咸宁新闻网讯 特约记者沈忱、通讯员伍天良报道", "BYLINE", "咸宁新闻网")
    got = bylines(blank_nlp, "标题\n图为现场。记者 左黎韵 摄\\视觉重庆\n正文。")
    assert got == [("记者 左黎韵 摄\\视觉重庆", "PHOTO", "视觉重庆", [("摄影", "左黎韵")])]
    got = bylines(blank_nlp, "标题\n本报记者 弓华静 谭 啸 王家恒 文/图\n中桥集团集成电路项目投产。")
    assert [n for _, n in got[0][3]] == ["弓华静", "谭 啸", "王家恒"]
    assert [b[0] for b in bylines(blank_nlp, "标题\n\n石邦林率队\n\n来源 鹤岗新闻联播\n\n【单位:舒城县教育局】【单位:万元】")] == [
        "来源 鹤岗新闻联播", "单位:舒城县教育局"]
    assert [b[:2] for b in bylines(blank_nlp, "凌杰等参加活动。\n\n齐晓兵 范红霞\n")] == [("齐晓兵 范红霞", "CREDIT")]
    assert bylines(blank_nlp, "標題\n拚。(記者彭新茹攝)記者彭新茹∕新竹報導新竹縣政府")[1][3] == [("记者", "彭新茹")]


def test_credits_read_from_43nn_and_44nn(blank_nlp):
    assert bylines(blank_nlp, "标题\n版次:38    作者:苏盛宇2023年02月01日\n\n李市镇开展活动。")[0][:2] == ("作者:苏盛宇", "BYLINE")
    assert bylines(blank_nlp, "代表关注什么\n\n  记者:黄南藏族自治州成为国家级热贡文化生态保护区,并申请非遗成功的优势在哪里?") == []
    assert bylines(blank_nlp, "标题\n\n通讯员(陈正果 王波)1月12日,县自然资源局召开会议。")[0][3] == [("通讯员", "陈正果"), ("通讯员", "王波")]
    got = bylines(blank_nlp, "标题\n长春晚报全媒体记者 侯丹/文 王强/图\n一城文明风")
    assert [n for _, n in got[0][3]] == ["侯丹", "王强"]
    assert bylines(blank_nlp, "頒發特優里長肯定。圖:市府提供\n\n鄭文燦指出") == [("圖:市府提供", "PHOTO", "市府", [])]
    assert bylines(blank_nlp, "半山 讚民生做得好\n【有線新聞】行政長官李家超宣布下。")[0][:3] == ("【有線新聞】", "BYLINE", "有线新闻")


def test_credits_read_from_45nn_and_46nn(blank_nlp):
    got = bylines(blank_nlp, "桃園市議會開議\n\n【記者鍾陽正桃園報導】桃園市議會於昨日上午舉行定期會。")
    assert got[0][:3] == ("【記者鍾陽正桃園報導】", "BYLINE", None) and got[0][3] == [("记者", "钟阳正")]
    got = bylines(blank_nlp, "曾瑞华督查园博园建设\n2025-09-08 瓯海新闻网 记者 陈杨杨 许凯光\n\n来源\n\n瓯海新闻网\n\n9月7日,曾瑞华率队督查。\n\n"
                             "本文转自:瓯海新闻网 ohnews.cn")
    assert [g[:2] for g in got] == [("瓯海新闻网 记者 陈杨杨 许凯光", "BYLINE"), ("来源\n\n瓯海新闻网", "BYLINE"),
                                    ("本文转自:瓯海新闻网", "BYLINE")]
    assert bylines(blank_nlp, "督促推动解决39个。(供稿 席广虎 编辑 毛玉煜)\n原文链接:http://x")[0][:2] == (
        "(供稿 席广虎 编辑 毛玉煜)", "CREDIT")
    assert bylines(blank_nlp, "行了测评。\n(编辑:卢征)\n") == []             # an editor alone: furniture
    assert bylines(blank_nlp, "社区活力全面提升。光明新闻记者 李立治 摄\n\n步入马田街道")[0][:3] == (
        "光明新闻记者 李立治 摄", "PHOTO", "光明新闻")


def test_credits_read_from_47nn(blank_nlp):
    got = bylines(blank_nlp, "座谈会 助力乡村振兴\n\n猛犸新闻 2022-06-10 11:20:16\n\n大象新闻•东方今报记者 杨选举 通讯员 平党申/文图\n\n近日,夏店镇召开座谈会。")
    assert [g[:2] for g in got] == [("猛犸新闻", "BYLINE"), ("大象新闻•东方今报记者 杨选举 通讯员 平党申/文图", "BYLINE")]
    assert got[1][3] == [("记者", "杨选举"), ("通讯员", "平党申")]
    assert bylines(blank_nlp, "标题\n\n本报静宁讯(记者李晓明刘英娜)“静宁苹果”远销。")[0][3] == [("记者", "李晓明"), ("记者", "刘英娜")]
    assert bylines(blank_nlp, "提出殷切期望。(贺信全文另发)\n") == []
    assert [g[:2] for g in bylines(blank_nlp, " 来源:柘荣新闻网 作者:郑章华 评论(0)\n\n6月11日,县委书记调研。")] == [
        ("来源:柘荣新闻网", "BYLINE"), ("作者:郑章华", "BYLINE")]
    assert bylines(blank_nlp, "组配分类 计划总结 发布机构 蒲鞋市街道\n生成日期 2021-01-28")[0][:2] == ("发布机构 蒲鞋市街道", "BYLINE")
    assert bylines(blank_nlp, "賓在酒會上大合照。\n【橙訊】由香港客屬總會主辦的酒會舉行。")[0][:2] == ("【橙訊】", "BYLINE")
    assert bylines(blank_nlp, "八人登記,參選爆炸。圖/陳崑福翻攝(以下同)\n\n記者陳崑福/屏東報導")[0][:2] == ("圖/陳崑福翻攝(以下同)", "PHOTO")


def test_credits_read_from_48nn(blank_nlp):
    assert bylines(blank_nlp, "鉅額毒品流入本島\n\n【爆報】法務部檢察署澎湖地方檢察署於今日宣布。")[0][:3] == ("【爆報】", "BYLINE", "爆报")


def test_credits_read_from_49nn(blank_nlp):
    got = bylines(blank_nlp, "現承諾「屏東更好」。圖_屏東縣政府提供\n屏東縣長表示。落實對長照的承諾。\n圖_屏東縣政府提供\n三年來")
    assert [g[:3] for g in got] == [("圖_屏東縣政府提供", "PHOTO", "屏东县政府"), ("圖_屏東縣政府提供", "PHOTO", "屏东县政府")]
    assert bylines(blank_nlp, "居民到路政署提供請願信。攝:林振東/端傳媒\n香港 公民社會")[0][:3] == ("攝:林振東/端傳媒", "PHOTO", "端传媒")


def test_credits_read_from_50nn_and_51nn(blank_nlp):
    got = bylines(blank_nlp, "  • 下一篇\n  • 株洲日报讯(全媒体记者/陈正明) 2月6日,市委召开会议。")
    assert got[0][:2] == ("株洲日报讯(全媒体记者/陈正明)", "BYLINE")
    assert bylines(blank_nlp, "小编\n\n  廉政中国讯(李长贵  张聪利)基层党建是关键。")[0][:2] == ("廉政中国讯(李长贵  张聪利)", "BYLINE")
    assert bylines(blank_nlp, "王文胜列席会议。\n\n  又讯 昨天下午,政协常委会召开。")[0][:2] == ("又讯", "BYLINE")
    got = bylines(blank_nlp, "营造美好的氛围。(供稿/供图:旌阳区融媒体中心)\n")
    assert got[0][:3] == ("(供稿/供图:旌阳区融媒体中心)", "CREDIT", "旌阳区融媒体中心")
    assert bylines(blank_nlp, "委员视察养殖车间 奉节县政协供图\n近日,委员们来到。")[0][:2] == ("奉节县政协供图", "PHOTO")
    assert bylines(blank_nlp, "美好愿景。\n\n图片何柳林  摄\n\n自古以来。")[0][:2] == ("何柳林  摄", "PHOTO")
    assert bylines(blank_nlp, "2026-02-03\nBy 苗栗人新聞網\n節慶市集")[0][:3] == ("By 苗栗人新聞網", "BYLINE", "苗栗人新闻网")


def test_credits_read_from_52nn(blank_nlp):
    got = bylines(blank_nlp, "(觀傳媒中彰投新聞)【記者周厚賢／彰化報導】在聖誕節前夕，大村鄉舉辦說明會。")
    assert got[0][:2] == ("(觀傳媒中彰投新聞)【記者周厚賢／彰化報導】", "BYLINE")
    got = bylines(blank_nlp, "(记者徐志强实习记者 赵凤娟)9月12日,市美丽办组织了会议。")
    assert got[0][:2] == ("(记者徐志强实习记者 赵凤娟)", "BYLINE") and got[0][3] == [("记者", "徐志强"), ("实习记者", "赵凤娟")]


def test_credits_read_from_53nn(blank_nlp):
    got = bylines(blank_nlp, "682d7dbab6217.jpg\n\n自贡融媒记者 邓莉 王汉卿\n\n6月17日上午,大安区召开会议。")
    assert got[0][:2] == ("自贡融媒记者 邓莉 王汉卿", "BYLINE") and got[0][3] == [("融媒记者", "邓莉"), ("融媒记者", "王汉卿")]


def test_credits_read_from_54nn(blank_nlp):
    got = bylines(blank_nlp, "让丽州“更美丽”\n文/本刊记者 余建红 通讯员 何 晔\n新春伊始,永康排出治水。")
    assert got[0][:2] == ("文/本刊记者 余建红 通讯员 何 晔", "BYLINE") and got[0][3] == [("本刊记者", "余建红"), ("通讯员", "何 晔")]
    got = bylines(blank_nlp, "港闻\n- 记者:黄 可儿编辑:容倩文\n- 2021-09-14\n行政长官出席会议。")
    assert got[0][:2] == ("记者:黄 可儿", "BYLINE") and got[0][3] == [("记者", "黄 可儿")]
    got = bylines(blank_nlp, "共享发展成果。\n县融媒体中心记者:陈庆彬\n编 辑:苏 伟\n")
    assert got[0][:2] == ("县融媒体中心记者:陈庆彬", "BYLINE")
    got = bylines(blank_nlp, "廉政无处不在。\n(来源:云上谷城 通讯员 刘江 李世香)\n")
    assert got[0][2:] == ("云上谷城", [("通讯员", "刘江"), ("通讯员", "李世香")])
    assert [g[:2] for g in bylines(blank_nlp, "宣誓就职\n\n(圖片來源:馬祖日報)\n\n連江縣25日舉行典禮。")] == [("(圖片來源:馬祖日報)", "PHOTO")]
    assert bylines(blank_nlp, "欢迎访问桐城新闻网! (桐城市融媒体中心主办)\n首页 要闻") == []


def test_credits_read_from_56nn(blank_nlp):
    got = bylines(blank_nlp, "标题\n云上大冶报道(通讯员 叶光华 记者 陈婷)9月27日下午,镇召开会议。\n又讯(通讯员夏萍记者冯鑫)9月28日,镇召开会议。")
    assert [g[1:] for g in got] == [("BYLINE", "云上大冶", [("通讯员", "叶光华"), ("记者", "陈婷")]),
                                    ("BYLINE", None, [("通讯员", "夏萍"), ("记者", "冯鑫")])]
    got = bylines(blank_nlp, "(中評社 盧哲攝)\n  中評社香港6月29日電(記者 盧哲)香港特區立法會主席梁君彥出席。")
    assert [g[1:] for g in got] == [("PHOTO", None, [("摄影", "卢哲")]), ("BYLINE", "中评社", [("记者", "卢哲")])]
    got = bylines(blank_nlp, "營口之窗   閱讀:\n\n(营口之窗网讯)营口市西市区人大换届选举工作已经开始。")
    assert got[0][:3] == ("(营口之窗网讯)", "BYLINE", "营口之窗")
    got = bylines(blank_nlp, "3510010236\n\n『記者:康建成 屏東報導』\n\n屏東縣長周春米就任滿週年。")
    assert got[0][1:] == ("BYLINE", None, [("记者", "康建成")]) and got[0][0] == "『記者:康建成 屏東報導』"


def test_box_lines_with_their_second_line_and_a_government_head(blank_nlp):
    got = bylines(blank_nlp, "基层治理创新\n\n  □潍坊日报社全媒体记者 于菲\n    通讯员 孙娟 袁建青\n\n  7月4日,在滨海区。")
    assert got[0][:3] == ("□潍坊日报社全媒体记者 于菲\n    通讯员 孙娟 袁建青", "BYLINE", "潍坊日报社")
    assert got[0][3] == [("全媒体记者", "于菲"), ("通讯员", "孙娟"), ("通讯员", "袁建青")]
    got = bylines(blank_nlp, "——2021年3月17日在区第十八届人民代表大会第六次会议上\n\n重庆市南岸区人民政府区长陈一清\n\n各位代表:")
    assert got[0][1:] == ("BYLINE", None, [(None, "陈一清")]) and got[0][0] == "重庆市南岸区人民政府区长陈一清"


def test_shapes_read_from_57nn(blank_nlp):
    got = bylines(blank_nlp, "记者走遍了傅家路村。\n\n□金报记者 陈嫣然 章萍\n\n摄影 记者 张培坚\n\n正文从这里开始了。")
    assert [(t, lab, c) for t, lab, _, c in got] == [
        ("□金报记者 陈嫣然 章萍", "BYLINE", [("记者", "陈嫣然"), ("记者", "章萍")]),
        ("摄影 记者 张培坚", "BYLINE", [("摄影", "张培坚")])]
    (b,) = bylines(blank_nlp, "分享:\n\n(文:才仁当智 摄影:索南文扎)4月2日至5日,正值清明。")
    assert b[:2] == ("(文:才仁当智 摄影:索南文扎)", "BYLINE") and b[3] == [("作者", "才仁当智"), ("摄影", "索南文扎")]
    # meta fields with the body run on after them, from its date
    got = bylines(blank_nlp, "座谈会召开\n发布日期:2025-11-13 20:21:34 文章来源:武汉市商务局11月11日,市商务局召开座谈会。")
    assert [(t, s) for t, _, s, _ in got] == [("文章来源:武汉市商务局", "武汉市商务局")]
    assert bylines(blank_nlp, "会议强调,文章来源于群众的实践11月11日要落实。") == []


def test_shapes_read_from_58nn(blank_nlp):
    got = bylines(blank_nlp, "有关人员参加调研。\n文字丨记者 韩陆\n摄影丨记者 马克\n来源:大庆油田报")
    assert [t for t, *_ in got] == ["文字丨记者 韩陆", "摄影丨记者 马克", "来源:大庆油田报"]
    got = bylines(blank_nlp, "周春米推動五大策略\n\n【互傳媒/記者 范家豪/屏東 報導】  屏東縣長周春米29日在縣議會報告。")
    assert [(t, s, c) for t, _, s, c in got] == [("【互傳媒/記者 范家豪/屏東 報導】", "互传媒", [("记者", "范家豪")])]
