import pytest

PAGE = """本报讯（记者 何振明）2月8日，我县开展全民清扫日活动，
广泛组织各方力量，全面清理节后垃圾。

活动当日，数千名干部职工积极响应，迅速投身到清扫工作
中，重点清理鞭炮碎屑和积存垃圾。

县农业银行多措并举

提升服务质效

本报讯 近年来，中国农业银行某支行持续优化服务，提升
服务质效，受到群众好评。

干群同心齐上阵 清理垃圾靓家园

新 春 走基层
"""


def test_roles_and_displaced_headline(blank_nlp):
    doc = blank_nlp(PAGE)
    roles = {s.text.split("\n")[0]: (s.label_, s._.article) for s in doc.spans["blocks"]}
    assert roles["县农业银行多措并举"] == ("KICKER", 2)
    assert roles["提升服务质效"] == ("HEADLINE", 2)
    assert roles["新 春 走基层"] == ("COLUMN", None)
    # the headline printed at the end of the page goes to the cleaning article
    assert roles["干群同心齐上阵 清理垃圾靓家园"] == ("HEADLINE", 1)
    arts = doc._.articles
    assert [a.number for a in arts] == [1, 2]
    assert arts[0].headline.text == "干群同心齐上阵 清理垃圾靓家园"
    assert arts[0].text.startswith("干群同心齐上阵")


def test_every_nonblank_line_in_one_block(blank_nlp):
    from govnlp.corpus import doc_to_page, page_problems

    rec = doc_to_page(blank_nlp(PAGE))
    assert page_problems(rec) == []


def test_line_classifier_features_and_training():
    from govnlp.line_roles import ROLES, LineRoleClassifier, N_OWN, page_features

    page = "县里召开会议\n\n本报讯（记者 何振明）近日，县里召开会议。\n会议要求做好工作。\n\n张三 摄\n"
    X = page_features(page)
    assert X.shape == (4, 3 * N_OWN + 2)
    assert page_features(page, ["HEADLINE", "BYLINE", "BODY", "CAPTION"]).shape == (4, 3 * N_OWN + 2 + len(ROLES))
    assert page_features("").shape[0] == 0
    y = ["HEADLINE", "BODY", "BODY", "CAPTION"]
    clf = LineRoleClassifier(X.shape[1]).fit(X, y, epochs=200, lr=0.1)
    assert clf.predict(X) == y
    assert clf.predict(X[:0]) == []


def test_two_line_crosshead_in_a_tagged_paper(blank_nlp):
    page = ("本报讯（记者 何振明）近日，县里召开全民清扫日动员会，\n部署全年环境整治工作，要求各单位\n"
            "迅速行动起来，全面清理积存垃圾，\n切实改善城乡人居环境质量。\n\n整合阵地资源\n构建联动格局\n\n县里坚持建强老阵地、用活新阵地，\n"
            "整合县域内各级各类阵地资源，实\n现全覆盖。\n\n"
            "本报讯（记者 王梦迪）近日，县人社局开展招聘活动，\n为群众提供就业岗位。\n")
    doc = blank_nlp(page)
    roles = {s.text.split("\n")[0]: (s.label_, s._.article) for s in doc.spans["blocks"]}
    assert roles["整合阵地资源"] == ("CROSSHEAD", 1)
    assert roles["县里坚持建强老阵地、用活新阵地，"] == ("BODY", 1)
    assert len(doc._.articles) == 2


def test_web_page_title_dated_source_and_meta_lines(blank_nlp):
    page = ("台南婦女節系列活動熱鬧登場 市長強調要讓台南成為對女性最尊重的城市\n"
            "2022-03-08\u3000新聞及國際關係處新聞傳播科\n發稿單位：新聞及國際關係處\n"
            "發稿時間：111年03月08日\u300009:30\n發稿人：藍惠娟\n聯絡電話：06-6322231#6080\n"
            "今天3月8日是國際婦女節，台南市政府今年推出系列活動，向婦女致敬。\n"
            "市長表示，感謝主辦單位舉辦活動。\n")
    doc = blank_nlp(page)
    bylines = [(s.text, s.label_) for s in doc.spans["bylines"]]
    assert ("新聞及國際關係處新聞傳播科", "BYLINE") in bylines
    roles = [(s.text.split("\n")[0][:8], s.label_, s._.article) for s in doc.spans["blocks"]]
    assert roles[0] == ("台南婦女節系列活", "HEADLINE", 1)
    assert ("發稿時間：111", "PAGE", None) in roles and ("聯絡電話：06-", "PAGE", None) in roles
    assert {a for _, label, a in roles if label != "PAGE"} == {1}


WEB_ARTICLE = """今天是
您当前所在位置:首页>网站首页>本地要闻
让村民看懂每一笔账 村务公开换来群众放心 镇纪委督促整改 多个村追回集体借款
2021年05月20日
本报记者  王梦迪《江城日报》（2021年05月20日第 3 版）
基层作风建设成效如何，要看群众是否满意。本报记者近日走访多个村庄，记录村务公开带来的新变化，倾听干部群众的真实感受。

——编  者

理旧账

一笔借款挂账多年终于还清

故事要从一次村务公开说起。“这笔钱为什么一直没有还？”去年春天，村民在群里发问。

■链接

某省加强农村集体资金监管

某省把农村集体资金监管作为整治群众身边问题的重点，建立了全程公开的监管平台。
上一条:某某县召开生态建设现场会
分享到
© 2021 某某县融媒体中心
"""


def test_one_web_article_with_crossheads_sidebar_and_furniture(blank_nlp):
    doc = blank_nlp(WEB_ARTICLE)
    roles, pos = [], 0
    for line in WEB_ARTICLE.split("\n"):
        if line.strip():
            (b,) = [b for b in doc.spans["blocks"] if b.start_char <= pos < b.end_char]
            roles.append((b.label_, b._.article))
        pos += len(line) + 1
    assert roles == [("PAGE", None), ("PAGE", None),                      # date banner, breadcrumb
                     ("HEADLINE", 1), ("PAGE", None), ("BYLINE", 1),      # a deck run into one line
                     ("BODY", 1), ("BODY", 1),                            # ——编  者 closes the note
                     ("CROSSHEAD", 1), ("CROSSHEAD", 1), ("BODY", 1),     # a later deck: crossheads
                     ("COLUMN", None), ("HEADLINE", 2), ("BODY", 2),      # ■链接 opens a sidebar
                     ("PAGE", None), ("PAGE", None), ("PAGE", None)]      # navigation, sharing, ©


def test_timestamped_meta_line_and_site_footer(blank_nlp):
    page = ("袁家军专题研究重大改革事项\n2021-08-28 16:50 来源：浙江日报 作者：刘乐平 余勤\n"
            "8月27日下午，省委书记袁家军主持召开会议。\n\n地址:眉县平阳街146号邮编:722300\n"
            "承办:眉县数字化信息服务中心\n链接：http://news.example.com/2015/c_12.htm\n")
    doc = blank_nlp(page)
    roles = [(b.label_, b._.article) for b in doc.spans["blocks"]]
    assert roles == [("HEADLINE", 1), ("BYLINE", 1), ("BODY", 1), ("PAGE", None)]
    assert [s.text for s in doc.spans["bylines"]] == ["来源：浙江日报", "作者：刘乐平 余勤"]


def line_roles(nlp, page):
    """The role of the one block holding each non-blank line of ``page``."""
    doc = nlp(page)
    roles, pos = [], 0
    for line in page.split("\n"):
        if line.strip():
            (b,) = [b for b in doc.spans["blocks"] if b.start_char <= pos < b.end_char]
            roles.append(b.label_)
        pos += len(line) + 1
    return roles


def test_tabs_breadcrumbs_and_contacts_are_page_furniture(blank_nlp):
    page = ("跳過導航\n您所在的位置: 鼓楼新闻网 >> 聚焦鼓楼 >> 正文\n\n麗池清淤工程現勘\n\n"
            "新竹市政府今日進行現勘，打造園區成為觀光亮點。\n\n概要\n內容\n市長說\n聯絡人\n"
            "活動聯絡人：文化局博物館科長 周素娟\n電話：03-5319756 分機280\n2011年10月10来源：\n")
    roles = line_roles(blank_nlp, page)
    assert roles == ["PAGE", "PAGE", "HEADLINE", "BODY"] + ["PAGE"] * 7


def test_shorter_line_of_figures_under_a_headline_is_a_subhead(blank_nlp):
    page = "浏阳招投标办为政府节资8000多万元\n\n    一年完成招投标300宗\n\n9月13日，受市工务局委托，公司进行公开招标，最终以较低价格中标，节约资金。\n"
    doc = blank_nlp(page)
    assert [b.label_ for b in doc.spans["blocks"]] == ["HEADLINE", "SUBHEAD", "BODY"]


def test_indented_paragraphs_and_a_boxed_section_name(blank_nlp):
    page = ("\u3000\u3000统计显示，全省现共有中小学专任教师87.2万人，高校专任教师7.15万人，中职专任教师5.95万人。\n"
            "\u3000\u3000□师者之尊缘自用心\n\u3000\u3000葛堂友：深山从教42年\n"
            "\u3000\u30009月7日，在位于深山区的博爱县寨豁乡大底村小学，葛堂友老师正在辅导一年级小学生写字，今年59周岁的他是该校唯一的一名教师。\n"
            )
    doc = blank_nlp(page)
    roles, pos = [], 0
    for line in page.split("\n"):
        if line.strip():
            (b,) = [b for b in doc.spans["blocks"] if b.start_char <= pos + len(line) - len(line.lstrip()) < b.end_char]
            roles.append(b.label_)
        pos += len(line) + 1
    assert roles == ["BODY", "COLUMN", "HEADLINE", "BODY"]


def test_spaced_credit_labels_editor_lines_and_symbol_lines(blank_nlp):
    page = ("王银保调研督导建设工作\n\n日期:2022-03-31\n\n3月29日,旗委书记王银保深入乌盖苏木调研督导农村公路建设工作。\n\n"
            "记 者:刘 欢\n编 辑:李 琰 米 乐\n审 核:刘冠骏\n:::\n分隔線\n")
    doc = blank_nlp(page)
    assert [b.label_ for b in doc.spans["blocks"]] == ["HEADLINE", "PAGE", "BODY", "BYLINE", "PAGE"]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"][-4:] == ["刘 欢", "李 琰", "米 乐", "刘冠骏"]


def test_e_paper_furniture_and_a_boxed_byline_before_the_source_tag(blank_nlp):
    page = ("通版阅读请点击:\n展开通版\n当前版:01版\n用户名: 密码: [注册][找回密码]\n"
            "第一书记变身村支书带着群众奔富路\n  □通讯员李继敏报道\n"
            "  本报讯 近日,迎着秋日的朝阳,杨家村党支部书记李桂发来到村合作社的辣椒种植基地,和村民一起拔辣椒秧。\n"
            "  脚下沾泥土,心中有真情。李桂发原是德州市科协办公室副主任,2016年到禹城市莒镇董屯村任第一书记,带领群众发展产业。\n"
            "  来到新岗位,李桂发有明确的发展思路:带领群众致富奔小康!在他的建议下,镇里牵头成立了产业联合体。\n")
    doc = blank_nlp(page)
    blocks = [(b.label_, b._.article) for b in doc.spans["blocks"]]
    assert [lab for lab, _ in blocks[:4]] == ["PAGE"] * 4
    assert blocks[4:] == [("HEADLINE", 1), ("BYLINE", 1), ("BODY", 1), ("BODY", 1), ("BODY", 1)]


def test_e_paper_navigation_is_page_furniture(blank_nlp):
    page = ("01版:头版\n\n02版:综合新闻\n\n前一版 下一版 2024年02月07日\n\n字号:\n\n天长先锋网>> 先锋动态>>正文内容\n\n"
            "周家斌在六届市纪委四次全会上强调 持续推动全面从严治党向纵深发展\n"
            "本报讯(记者周绍瑜)2月6日,六届市纪委四次全会召开,市委书记周家斌出席会议并讲话,强调要坚持以新思想为指导,推进全面从严治党。\n"
            "周家斌强调,全市各级党组织和广大党员干部要深刻领悟“两个确立”的决定性意义,增强“四个意识”、坚定“四个自信”。\n")
    doc = blank_nlp(page)
    assert [b.label_ for b in doc.spans["blocks"]] == ["PAGE"] * 5 + ["HEADLINE", "BODY"]


def test_site_furniture_back_issues_and_issue_topics(blank_nlp):
    page = ("详情\n第A02版:\n匡督縣政,反映民意南投縣議會歡迎您\nimage投文字-N 第0104期\n本期主題\n"
            "黄晓武会见上海城建集团公司负责人\n"
            "9月29日,市委书记黄晓武会见上海城建集团公司党委书记、董事长一行,双方就深化合作进行交流,达成共识。\n"
            "备案号:黑ICP 12002120号-1 黑公网安备23122202000103\n")
    doc = blank_nlp(page)
    assert [b.label_ for b in doc.spans["blocks"]] == ["PAGE", "COLUMN", "HEADLINE", "BODY", "PAGE"]


def test_navigation_bars_site_lines_counters_and_section_names(blank_nlp):
    page = ("国内要闻 省内要闻 本地要闻 精彩点击 专题新闻\n分类搜索 一网搜索\n今日永吉\n\n"
            "省生态环境厅包保组到永吉县开展帮扶工作\n\n"
            "今天是嘉義縣議會定期大會，縣府團隊前來進行施政報告，備感榮幸，在此首先感謝各位議員。\n\n"
            "713\n友善列印(開啟新視窗)\n永吉县人民政府网站 www.yongji.gov.cn\n吉icp备05003704号\n")
    roles = line_roles(blank_nlp, page)
    assert roles == ["PAGE", "PAGE", "COLUMN", "HEADLINE", "BODY"] + ["PAGE"] * 4


def test_link_lists_record_fields_share_buttons_and_picture_names(blank_nlp):
    page = ("标题: 关于印发工作方案的通知\n索引号: 11500383009338112H/2021-00021\n主题分类: 人事工作\n"
            "村里召开会议\n微信\nQQ截图20210925105328\n"
            "4月10日上午，村里召开会议，部署春耕生产工作，全体党员参加。\n"
            "相关新闻\n我市多举措保障秋粮颗粒归仓\n[2025-10-22] -\n我市首家公办托育综合服务中心启用\n")
    roles = line_roles(blank_nlp, page)
    assert roles[:3] == ["PAGE"] * 3 and roles[4:6] == ["PAGE", "PAGE"]
    assert roles[6] == "BODY" and roles[7:] == ["PAGE"] * 4
    from govnlp.components.articles import is_furniture

    # in OCR columns ■相关新闻 still opens a sidebar, not furniture
    assert is_furniture("Z04") and is_furniture("P:03") and not is_furniture("相关新闻")


def test_a_caption_runs_to_its_photo_credit(blank_nlp):
    page = ("苗栗縣政府今天揭牌\n苗栗縣政府今天揭牌，啟動普查。記者范榮達／攝影\n"
            "苗栗縣政府今天揭牌成立數位研考處，啟動5年一次農林漁牧業普查，縣長鍾東錦宣示因應智慧科技新紀元。\n")
    assert line_roles(blank_nlp, page)[1:] == ["CAPTION", "BODY"]


def test_record_fields_in_a_bulleted_list_and_a_title_printed_twice(blank_nlp):
    page = ("• 索引号 lanlingajj/2022-0000114\n• 公开目录 安全生产\n• 公开方式 主动公开\n生成日期\n是否有效\n"
            "\n上騰中學在原野牧場體驗日本茶道花藝\n\n上騰中學在原野牧場體驗日本茶道花藝\n\n記者張麗英/報導\n"
            "上騰中學學生日前到原野牧場體驗日本茶道與花藝，學習待客之道，收穫豐富。\n")
    roles = line_roles(blank_nlp, page)
    assert roles[:5] == ["PAGE"] * 5
    assert roles[5:] == ["HEADLINE", "HEADLINE", "BYLINE", "BODY"]


def test_site_names_link_bars_and_app_prompts_are_furniture():
    from govnlp.components.articles import is_furniture

    for line in ("新北市政府", "A004雅安日报", "孝感网 | 孝感日报 | 孝感晚报 | 版面导航", "打开APP", "回页首", "点阅次数:635"):
        assert is_furniture(line), line
    for line in ("聚焦两会|政协第十一届琼中黎族苗族自治县委员会第一次会议胜利闭幕", "本报记者 何振明", "县委书记到县政府调研"):
        assert not is_furniture(line), line


def test_calendar_widgets_copyright_and_follow_prompts_are_furniture():
    from govnlp.components.articles import is_furniture

    for line in ("31123456", "周一周二周三周四周五周六周日", "<2017年8月>", "版权声明:本网尊重知识产权",
                 "中共六安市委宣传部主办 承办:皖西日报社", "更多精彩内容请关注", "进入移动版,省流量,体验好"):
        assert is_furniture(line), line
    assert not is_furniture("广大市民请关注天气变化，做好防范。")


def test_the_shipped_splitter_classifies_lines_and_its_weights_round_trip(tmp_path):
    import spacy

    import govnlp

    nlp = govnlp.load()
    splitter = nlp.get_pipe("article_splitter")
    assert splitter.line_classifier and splitter.line_model is not None
    page = "村里召开会议\n\n4月10日上午，村里召开会议，部署春耕生产工作，全体党员参加。\n\n相关新闻\n我市多举措保障秋粮颗粒归仓\n"
    doc = nlp(page)
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")(page)
    assert [(s.label_, s._.article) for s in again.spans["blocks"]] == [(s.label_, s._.article) for s in doc.spans["blocks"]]
    # every non-blank line in exactly one block, whatever the classifier says
    lines = [ln for ln in page.split("\n") if ln.strip()]
    assert sum(len([ln for ln in s.text.split("\n") if ln.strip()]) for s in doc.spans["blocks"]) == len(lines)


def test_the_classifier_is_asked_only_on_pages_of_one_tagged_article(blank_nlp):
    from govnlp.components.articles import split_lines

    splitter = blank_nlp.get_pipe("article_splitter")
    one = split_lines("标题\n本报讯 村里召开会议，部署春耕生产工作。\n")
    two = split_lines("标题\n本报讯 村里召开会议。\n标题二\n本报讯 镇里召开会议。\n")
    assert splitter._one_article(one) and not splitter._one_article(two)


def test_record_fields_source_lines_and_photo_positions(blank_nlp):
    page = ("- 索引号:\n- 分类:\n- 名称:我县组织收看全市农村工作会议\n- 时效:\n"
            "市领导检查森林防火工作\n"
            "日期:2021-09-28    来源:七台河日报    作者:解洪旺\n"
            "9月27日，副市长陈志深入勃利县检查森林草原防火、疫情防控等重点工作，要求压实责任。\n"
            "县人大代表黄汶(左二)检查撤离人员安置情况\n"
            "您在此: 主頁 > 新聞及多媒體中心 > 新聞消息\n")
    doc = blank_nlp(page)
    roles = [(s.text.split("\n")[0][:6], s.label_) for s in doc.spans["blocks"]]
    assert [r for t, r in roles if t.startswith("- ")] == ["PAGE"] * len([t for t, _ in roles if t.startswith("- ")])
    assert ("日期:202", "BYLINE") in roles and ("县人大代表黄", "CAPTION") in roles and ("您在此: 主", "PAGE") in roles
    doc = blank_nlp("县委书记调研文明实践工作\n9月1日，县委书记李明到六米桥社区调研文明实践工作，要求做实服务。\n"
                    "▲调研六米桥社区新时代文明实践站\n高春雷(左后一)现场了解民意\n")
    last = doc.spans["blocks"][-1]
    assert last.label_ == "CAPTION" and last.text.startswith("▲") and "(左后一)" in last.text
    # a medium and its timestamp on a line of their own are the page's source
    doc = blank_nlp("包惠主持召开市委专题会\n\n达州日报 2020-03-24 08:46 大字\n\n本报讯 3月23日，市委书记包惠主持召开会议。")
    assert [(s.text, s._.source) for s in doc.spans["bylines"]][0] == ("达州日报", "达州日报")
    assert [s.label_ for s in doc.spans["blocks"]][:2] == ["HEADLINE", "BYLINE"]


@pytest.mark.parametrize("line", ["620724001/2020-00144", "镇政发〔2024〕7号", "• 名称 兰陵县县领导带队调研", "上一期  下一期",
                                  "[文章下载] [字号: ]", "今日高邮公众号", "2步打开 媒体云APP", "陇东报社出版 国内统一刊号:CN62-0013",
                                  "4 张相片", "网站声明", "作者:  编辑:陈茜", "(下转第二版)",
                                  "微信图片_20220303090914", "运城日报所有自采新闻独家授权运城新闻网发布,未经允许不得转载"])
def test_more_page_furniture(line):
    from govnlp.components.articles import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize("line", ["县委书记到县融媒体中心调研", "上一年度全县完成投资12亿元。", "打开发展新局面",
                                  "原标题:县委书记到县融媒体中心调研",
                                  "(上接1版)2021年,纪村党支部充分发挥示范引领作用。", "作者:李明"])
def test_content_is_not_furniture(line):
    from govnlp.components.articles import is_furniture

    assert not is_furniture(line)


def test_a_web_title_printed_twice_is_a_title_both_times(blank_nlp):
    doc = blank_nlp("全市干部群众热议全会精神\n全市干部群众热议全会精神\n以实际行动为辽源高质量发展贡献力量\n\n"
                    "10月20日，全市干部群众认真学习全会精神，大家表示要以实际行动推动全市经济社会高质量发展，为建设美丽家园贡献力量。\n\n"
                    "大家一致认为，全会精神鼓舞人心，必须认真贯彻落实，确保各项任务落到实处，取得实效。\n")
    blocks = [(s.label_, s.text) for s in doc.spans["blocks"]]
    assert blocks[0] == ("HEADLINE", "全市干部群众热议全会精神\n全市干部群众热议全会精神") and blocks[1][0] == "SUBHEAD"


def test_link_decks_repeated_titles_summaries_and_salutations(blank_nlp):
    from govnlp.components.articles import title_like
    from govnlp.line_roles import rule_roles

    page = ("东莞组团来松考察\n\n作者:杨秀远\n\n本网讯 4月16日,东莞组团来我县考察,双方座谈交流,签订了合作协议,推动协作。\n\n"
            "东莞组团来松考察\n\n座谈会现场\n\n东莞组团来松考察\n\n"
            "• 一大清早蝙蝠光临居民家\n• 修进山路 去鸡冠山更顺畅\n• 共享书橱开放助力文化兴村\n\n"
            "縣府爭取老人福利經費民眾應多加利用2011.12.15\n\n标题导航\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BYLINE", "BODY"] + ["CAPTION"] * 3 + ["PAGE"] * 5
    page = "宜兴市领导考察指导\n\n摘要:3月19日,市领导赴沛县考察。\n\n本报讯 3月19日,市领导率领代表团赴沛县考察,双方进行了座谈。\n"
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "SUBHEAD", "BODY"]
    assert not title_like("各位代表:") and title_like("河北青县：")


def test_placeholders_breadcrumbs_and_a_speech_lead(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("巫山网 > 巫山新闻\n\n福安市领导赴甘棠检查指导工作\n\n2021-07-23 09:58 今日福安\n\n"
            "7月22日上午,市委书记周祥祺赴甘棠开展调研,察看了镇区护城河及周边环境,并了解了工程规划建设情况。\n\n"
            "图片\n\n察看甘棠镇区的护城河\n\n林大茂强调\n\n周祥祺强调,要做好相关的服务保障,提高政治站位,抓好各项工作落实。\n\n"
            "新聞日期:108-10-26\n\n相关链接:\n")
    assert rule_roles(blank_nlp, page) == ["PAGE", "HEADLINE", "BYLINE", "BODY", "PAGE", "CAPTION", "BODY", "BODY",
                                           "PAGE", "PAGE"]


def test_empty_fields_comment_boxes_and_section_names_are_page_furniture(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("头版\n\n要闻\n\n花园口镇开展志愿服务活动启动仪式\n\n"
            "7月1日,花园口镇举行党员志愿服务活动启动仪式,镇党委书记讲话,全体党员参加了活动。\n\n"
            "标签:\n\n留言与评论(共有 0 条评论)\n\n验证码:\n\n分享至:\n\npdf阅读器免费下载 版面导航\n\n"
            "原始連接:https://www.example.gov.tw/News.aspx?n=1\n")
    assert rule_roles(blank_nlp, page) == ["PAGE", "PAGE", "HEADLINE", "BODY"] + ["PAGE"] * 6


def test_edition_title_lists_and_meta_lines_with_fields(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("第02版:要闻 上一版3  4下一版\n中外艺术 岱下齐鸣\n山东豆腐美食争霸赛 在我市举办\n置身清幽境 层林染斑斓\n"
            "版面导航\n\n记者庆佳节 湖韵映初心\n\n本报11月9日讯(记者 苏婷)8日,市委宣传部举办集中采风活动,记者代表参加。\n")
    assert rule_roles(blank_nlp, page) == ["PAGE"] * 5 + ["HEADLINE", "BODY"]
    page = ("花园口镇开展活动\n发布机构:惠济区花园口镇人民政府关 键 词:党员,志愿服务\n\n"
            "7月1日,花园口镇举行党员志愿服务活动启动仪式,镇党委书记讲话,全体党员参加了活动。\n")
    assert rule_roles(blank_nlp, page)[1] == "BYLINE"
    page = "座谈交流\n发布日期 : 2024-06-16 09:01:00 文章来源 : 潮州日报\n\n  6月14日,市领导与企业代表座谈交流,听取意见建议。\n"
    assert rule_roles(blank_nlp, page)[1] == "BYLINE"


def test_site_hosts_statements_file_names_and_speaker_tags(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("县政协会议开幕\n\n3月1日,县政协十届五次会议开幕,县委书记出席会议并讲话,委员们认真履职。\n"
            "南漳县人民政府办公室主办\n南漳县融媒体中心承办\n地 址:湖北省襄阳市南漳县水镜大道301号\n"
            "联系方式:0710-5231090\n政府网站识别码:4206240011\n豫都网版权与免责声明\n"
            "1、未经豫都网(以下简称本网)许可,任何人不得使用本网作品。\nQQ图片20180206175401\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BODY"] + ["PAGE"] * 8
    page = ("社区开展创文活动\n\n近日,社区开展文明实践活动,居民踊跃参加,现场气氛热烈。\n\n社区居民 刘大弟:\n\n"
            "这次活动内容特别实在,宣传的内容都是我们用得上的。\n")
    assert rule_roles(blank_nlp, page)[2] == "BODY"
    page = "送锦旗\n\n18-01-11 10:32 来源:中国甘肃网-兰州日报 编辑:张文良\n\n  岁末年初,村民送来锦旗,感谢镇党委。\n"
    assert rule_roles(blank_nlp, page)[1] == "BYLINE"


def test_comment_widgets_account_dialogs_and_site_credits_are_page_furniture(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("县长调研春耕\n\n3月1日,县长到乡镇调研春耕生产,要求各地抓好农资供应,确保不误农时。\n\n"
            "评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n注销须知 ×\n点击切换图像验证码\n确定\n"
            "确认注销账号\n登录黄河云账号\n网站制作:牡丹江艺通网络公司  站点地图\n你是第94911343位访问者\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BODY"] + ["PAGE"] * 11


def test_furniture_and_heads_read_from_29nn_and_30nn(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("站内检索\n\n县长调研春耕\n\n核心提示:3月1日,县长到乡镇调研春耕。\n\n展开\n\n"
            "3月1日,县长到乡镇调研春耕生产,要求各地抓好农资供应,确保不误农时。\n\n合影\n\n"
            "一审:徐梅芳  二审:唐有权  三审:刘彧\n【打印正文】\n(2025年1月6日)\n1 条记录 1/1 页\n名    称 :\n"
            "关于我们 - 诸城新闻 - 娱乐新闻 - 网站公告 - 版权声明\n【信息时间:2026-02-12阅读次数: 】\n【编辑:裴春梅】\n"
            "版权作品,未经授权严禁转载。\n11120223000200715W/2022-00084\n")
    assert rule_roles(blank_nlp, page) == ["PAGE", "HEADLINE", "SUBHEAD", "PAGE", "BODY", "CAPTION"] + ["PAGE"] * 10


def test_a_lead_in_is_no_title_line():
    from govnlp.components.articles import title_like

    assert not title_like("一年来,我们主要抓好以下工作:")
    assert title_like("河北青县：") and title_like("一、2021年工作回顾")


def test_browser_notices_and_archive_record_fields_are_page_furniture(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("抱歉,我們並不支援你正使用的瀏覽器。\n為達至最佳瀏覽效果,請更新至最新的瀏覽器版本。\n"
            "如有問題,歡迎電郵至 help@example.com 查詢。\n【报纸名称】:张家口日报\n【版次】第A1版(要闻)\n【全文】\n"
            "本报讯(记者 王大庆) 5月10日,内蒙古乌兰察布市党政代表团到我市考察,双方进行座谈,就深化合作达成共识。\n")
    assert rule_roles(blank_nlp, page) == ["PAGE"] * 6 + ["BODY"]


def test_link_lists_file_names_greetings_and_weather_are_page_furniture(blank_nlp):
    from govnlp.line_roles import rule_roles

    page = ("Hi~新朋友,记得点蓝字关注我们哟\n襄城天气:今天白天阴,东风1级,气温9~20℃\n图片1.jpg\n"
            "县委书记到县融媒体中心调研,看望慰问新闻工作者,向大家致以节日的问候和诚挚的祝福。\n"
            "- 贞丰县沙坪镇召开道路交通安全及森林防火工作部署 2015-02-26 13:00:20\npowered by 闻道\n频道推荐\n")
    assert rule_roles(blank_nlp, page) == ["PAGE", "PAGE", "PAGE", "BODY", "PAGE", "PAGE", "PAGE"]


def test_rights_notices_and_contribution_addresses_are_page_furniture():
    from govnlp.components.articles import is_furniture
    assert all(is_furniture(s) for s in ("投稿邮箱:yiduweb@126.com", "※本文版权为宜兰新闻网所有,欢迎转载,请务必注明出处※",
                                         "[免责声明] 本文来源于网络转载,仅供学习交流使用。",
                                         "如涉及版权问题,请尽快联系我们删除!我们的邮箱是wfwnw111@163.com,诚挚感谢。"))
    assert not is_furniture("请将申报材料于5月10日前报送县农业农村局。")


def test_desk_lines_sharing_prompts_and_meta_lines_with_publication_times(blank_nlp):
    from govnlp.components.articles import is_furniture
    from govnlp.line_roles import rule_roles
    assert all(is_furniture(s) for s in ("编辑丨叶梦圆", "责编丨陈驰骋", "组稿:焦世韵 王 霞", "CopyRight©2015 柘荣新闻网 All Rights Reserved",
                                         "使用“扫一扫”即可将网页分享至朋友圈", "綦江天气预报:正在获取最新信息……"))
    page = "宁乡县划分联组\n\n编辑:李慧芳 发表时间:2016-03-24 09:11 来源:三湘风纪网\n\n今年以来,县纪委把监督作为重点,划分四个联组。\n"
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BYLINE", "BODY"]


def test_a_caption_opened_by_tuwei_leaves_the_body_above_it(blank_nlp):
    from govnlp.line_roles import rule_roles
    page = ("随州市二届人大三次会议开幕\n\n  本报讯 记者董斌报道:昨日上午,随州市第二届人民代表大会第三次会议在神农大剧院隆重开幕。\n"
            "    上午8时30分,马清明宣布:会议开幕。全体起立,奏国歌。\n    昨日下午,与会人大代表继续参加培训。\n"
            "  图为大会会场。 (本报记者 孙洪涛摄)\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BODY", "BODY", "BODY", "CAPTION"]


def test_page_line_split_by_anchor_agrees_with_the_whole_pattern():
    from govnlp.components.articles import PAGE_LINE, PAGE_LINE_ANYWHERE, PAGE_LINE_START, _alternatives
    assert _alternatives(r"^a(b|c)|[|)]d|\\|e") == [r"^a(b|c)", r"[|)]d", r"\\", "e"]
    for line in ("首页 > 新闻", "当前位置：首页", "责任编辑：王明", "县委书记到县融媒体中心调研", "版权所有 某某网",
                 "2024年5月1日 星期三", "他说,要把工作做好。", "上一篇", "Copyright 2020", "投稿邮箱:a@b.cn"):
        assert bool(PAGE_LINE.search(line)) == bool(PAGE_LINE_START.match(line) or PAGE_LINE_ANYWHERE.search(line))


def test_feed_placeholders_and_a_bracketed_caption(blank_nlp):
    from govnlp.components.articles import is_furniture
    from govnlp.line_roles import rule_roles
    assert all(is_furniture(s) for s in ("Loading...", "查看原始文章", "查看更多", "阅读原文", "您好,欢迎来到准旗人大!",
                                         "首页 国内 时评 党建 省情 文化 法治"))
    assert not is_furniture("首页 国内 时评") and not is_furniture("您好,这里风景如画。")
    page = ("者腊乡召开人代会\n\n2022年1月7日,者腊乡十三届人民代表大会第一次会议召开。\n"
            "(图为:者腊乡第十三届人民代表大会第一次全体会议现场)\n会上,代表们表决通过了选举办法。\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BODY", "CAPTION", "BODY"]


def test_captions_ending_in_a_position_mark_or_naming_a_scene(blank_nlp):
    from govnlp.line_roles import rule_roles
    page = ("县委书记到西湖调研\n\n1月6日,县委书记石录明一行到西湖开展调研走访慰问。\n安化县委书记石录明(右一)\n"
            "石录明一行先后来到牧业小镇、新兴村,参观了草业基地。\n慰问现场\n石录明一行还走访慰问了老干部。\n")
    assert rule_roles(blank_nlp, page) == ["HEADLINE", "BODY", "CAPTION", "BODY", "CAPTION", "BODY"]


def test_link_titles_cut_short_are_furniture():
    from govnlp.components.articles import is_furniture
    assert is_furniture("金山区出席虹桥国际开...") and is_furniture("区七届人大常委会召开第42…")
    assert not is_furniture("托什干河的水,激起了欢腾的浪花……") and not is_furniture("他说:“我们一定……”")


def test_a_listed_mailbox_and_telephone_continue_the_body(blank_nlp):
    page = ("巡察公告\n\n县委第二巡察组巡察县人大机关。\n1.巡察信箱:设在县信访局等办公场所;\n"
            "2.举报电子邮箱:xc2@163.com;\n3.举报电话:0553-2595762;\n4.来信请寄:县行政四号楼。\n\n电话:0553-2595762\n")
    assert line_roles(blank_nlp, page) == ["HEADLINE"] + ["BODY"] * 5 + ["PAGE"]


def test_abstract_picture_lines_and_editors_read_from_59nn(blank_nlp):
    page = ("首页 新闻 文化 社区 视频 旅游 在线留言\n旗下栏目: 时政新闻 经济新闻 社会新闻 讲文明 树新风\n"
            "省政协副主席黄毅到腾冲调研\n来源:腾冲报社 作者:刘正凡 发布时间:2017-05-18\n"
            "摘要:5月8日至9日,省政协副主席黄毅一行,深入腾冲市开展调研,听取意见建议,全面了解当地发展情况,提出要求\n"
            "5月8日至9日,省政协副主席黄毅一行深入腾冲调研。他指出,要持续推进开放发展。\n"
            "圖為精雕細琢大型佛像。\n编辑 昌慧  审核 麦苗茵\n")
    assert line_roles(blank_nlp, page) == ["PAGE", "PAGE", "HEADLINE", "BYLINE", "SUBHEAD", "BODY", "CAPTION", "PAGE"]


def test_an_editor_glued_to_a_paragraph_leaves_it_in_the_body(blank_nlp):
    page = ("创城动态\n\n一是按照责任清单,层层召开工作会议,研究落实重点问题。\n"
            "三是持续组织开展夜间和白天双行动的重点问题专项整治工作,形成“发现问题—及时行动—跟踪解决”的常态化工作机制。(责任编辑:王严)\n")
    assert line_roles(blank_nlp, page)[-1] == "BODY"
