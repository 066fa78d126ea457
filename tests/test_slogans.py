import pytest

from govnlp.slogan_shapes import classify, numbers, template


@pytest.mark.parametrize("s,label", [
    ("六个一", "COUNT"), ("六个一批", "COUNT"), ("两个大局", "COUNT"), ("三个+", "COUNT"),
    ("八大行动", "GROUP"), ("三心", "GROUP"), ("三警融合", "GROUP"), ("双减", "GROUP"),
    ("四抓四每", "PARALLEL"), ("两学一做", "PARALLEL"), ("两环、六射、四横、四纵", "PARALLEL"),
    ("一周一擦", "PER_UNIT"), ("一对一", "PER_UNIT"), ("一户一本台账", "PER_UNIT"), ("一小组一特色", "PER_UNIT"),
    ("一表通", "ONE"), ("一网通办", "ONE"), ("一站式", "ONE"), ("一条龙", "ONE"),
    ("十四五", "PLAN"), ("8+N", "PLUS"), ("快递1+N", "PLUS"),
])
def test_shapes(s, label):
    assert classify(s) == label


@pytest.mark.parametrize("s", ["三个方面", "一个小时", "五大片区", "六项内容", "八棵树精神", "第十六个全民",
                               "最后一公里", "二十大", "三年行动", "十佳美丽乡村", "400余台次", "一机在手"])
def test_prose_is_not_a_formula(s):
    assert classify(s) is None


def test_numbers_and_templates():
    assert numbers("六个一") == [6, 1]
    assert numbers("四聚四抓一拓展") == [4, 4, 1]
    assert numbers("8+N") == [8]
    assert numbers("十四五") == [14, 5]
    assert template("四抓四每", "PARALLEL") == "N抓N每"
    assert template("六个一批", "COUNT") == "N个一批"


def test_component_finds_items_and_every_mention(blank_nlp):
    text = "网点推行“三心”（爱心、耐心、细心）服务。坚持三心服务，做到“一周一擦”。"
    doc = blank_nlp(text)
    got = [(s.text, s.label_) for s in doc.spans["slogans"]]
    assert got == [("三心", "GROUP"), ("三心", "GROUP"), ("一周一擦", "PER_UNIT")]
    first = doc.spans["slogans"][0]
    assert [i.text for i in first._.items] == ["爱心", "耐心", "细心"]
    assert doc.spans["slogans"][1]._.items == []


def test_traditional_script_same_label(blank_nlp):
    doc = blank_nlp("開展“六個一”活動")
    (s,) = doc.spans["slogans"]
    assert (s.text, s.label_, s._.numbers) == ("六個一", "COUNT", [6, 1])


def test_quoted_prose_is_not_a_slogan(blank_nlp):
    assert list(blank_nlp("从“三个方面”入手，开展第十六个全民“清扫日”")
                .spans["slogans"]) == []


def test_items_from_crossheads_and_quoted_openers(blank_nlp):
    text = ("县里采取“两抓一拓展”举措，推动工作。\n\n"
            "◆ 抓硬件设施建设\n\n今年以来完善设施。\n\n"
            "◆ 抓窗口服务提升\n\n优化服务。\n\n"
            "◆ 拓展文明实践“三个+”\n\n"
            "“入脑+入心”。多形式宣传。\n\n“实践+实效”。开展调研。\n\n“评比+评选”。培树典型。\n")
    doc = blank_nlp(text)
    got = {s.text: [i.text for i in s._.items] for s in doc.spans["slogans"]}
    assert got["两抓一拓展"] == ["抓硬件设施建设", "抓窗口服务提升", "拓展文明实践“三个+”"]
    assert got["三个+"] == ["入脑+入心", "实践+实效", "评比+评选"]


def test_headings_that_do_not_add_up_are_not_items(blank_nlp):
    # three quoted openers, but 三警融合's content (合) is in none of them; 两抓 needs two 抓 heads
    text = ("推行“三警融合”和“两抓”机制。\n\n"
            "◆ 抓学习\n\n内容。\n\n“入脑+入心”。宣传。\n\n“实践+实效”。调研。\n\n“评比+评选”。典型。\n")
    doc = blank_nlp(text)
    assert {s.text: s._.items for s in doc.spans["slogans"]} == {"三警融合": [], "两抓": []}


def test_slogans_command_counts_templates_across_files(tmp_path, capsys):
    import json

    from govnlp.cli import main

    (tmp_path / "a.txt").write_text("推行“六个一”工作法，落实“六个一”要求，开展“两学一做”。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("開展“三個一”活動，堅持“一戶一策”。", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "p1", "text": "做到“五个一”。"}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    out = tmp_path / "t.json"
    assert main(["slogans", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.jsonl"),
                 "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "6 formula mentions, 3 templates, 3 pages" in table
    rows = {r["template"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert rows["N个一"]["mentions"] == 4 and len(rows["N个一"]["pages"]) == 3
    assert rows["N个一"]["forms"] == {"六个一": 2, "三个一": 1, "五个一": 1}
    assert rows["N学N做"]["label"] == "PARALLEL" and rows["一户一策"]["label"] == "PER_UNIT"


def test_items_listed_before_the_formula_without_the_opening_verb(blank_nlp):
    text = ("建设,打造班子清廉、权力清源、村务清爽、民风清朗、监督清晰的“五清村居”,不断推进。"
            "实现资金政策、资金分配、项目申报、项目评审、项目实施、项目验收“六公开”。")
    doc = blank_nlp(text)
    got = {s.text: [i.text for i in s._.items] for s in doc.spans["slogans"]}
    assert got == {"五清村居": ["班子清廉", "权力清源", "村务清爽", "民风清朗", "监督清晰"],
                   "六公开": ["资金政策", "资金分配", "项目申报", "项目评审", "项目实施", "项目验收"]}


@pytest.mark.parametrize("s,label", [("三条底线", "COUNT"), ("七个方面先行示范", "COUNT"), ("1310", "PARALLEL"),
                                     ("153", "PARALLEL"), ("2021", None), ("12345", None), ("三个方面", None),
                                     ("五项内容", None)])
def test_shapes_of_a_whole_quote(s, label):
    from govnlp.slogan_shapes import classify_quoted

    assert classify_quoted(s) == label


def test_quoted_counts_and_codes_on_a_page(blank_nlp):
    doc = blank_nlp("守住“三条底线”，落实省委“1310”具体部署，拨打“12345”热线，抓好三条道路。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("三条底线", "COUNT"), ("1310", "PARALLEL")]


def test_unquoted_lists_of_counts_and_items_before(blank_nlp):
    doc = blank_nlp("围绕三精准、三保障、三落实,谋划工作,做到户、卡、机三对照;抓好两年、三年计划。推进“千百工程”。“10元三双，随便挑”。"
                    "“两院”院士。")
    got = [(s.text, s.label_, [i.text for i in s._.items]) for s in doc.spans["slogans"]]
    assert got == [("三精准", "GROUP", []), ("三保障", "GROUP", []), ("三落实", "GROUP", []),
                   ("三对照", "GROUP", ["户", "卡", "机"]), ("千百工程", "PARALLEL", [])]


def test_formulas_joined_by_plus_n_in_one_and_one_by_one(blank_nlp):
    doc = blank_nlp("推出“九宫格+六个组”托底，去年底五合一地方选举，班子成员采取“一个一个过”的方式。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("九宫格+六个组", "PLUS"), ("五合一", "GROUP")]


def _slogans(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, [i.text for i in s._.items]) for s in doc.spans["slogans"]]


def test_unquoted_formulas_named_by_what_they_are_but_no_idioms(blank_nlp):
    got = _slogans(blank_nlp, "推行四述一评制度，开展三联行动，落实五民机制。他三心二意，三三两两，五年行动，三项行动。")
    assert got == [("四述一评", "PARALLEL", []), ("三联行动", "GROUP", []), ("五民机制", "GROUP", [])]


def test_items_in_a_quote_a_quoted_run_or_a_semicolon_list_before_the_formula(blank_nlp):
    assert _slogans(blank_nlp, "我們鎖定「低汙染、低耗能、低耗水與高產值」三低一高產業") == \
        [("三低一高", "PARALLEL", ["低汙染", "低耗能", "低耗水", "高產值"])]
    assert _slogans(blank_nlp, "坐拥“国家级生态乡镇”“云南省民族团结进步示范乡镇”“云南省卫生乡镇”三大名片。") == \
        [("三大名片", "GROUP", ["国家级生态乡镇", "云南省民族团结进步示范乡镇", "云南省卫生乡镇"])]
    got = _slogans(blank_nlp, "会议提出要厚植甲基础优势；厚植乙后发优势；厚植丙集群优势的“三个优势”，对全市提出要求。")
    assert got == [("三个优势", "COUNT", ["厚植甲基础优势", "厚植乙后发优势", "厚植丙集群优势"])]
    # a parallel formula's items add up to all its parts: two quoted goals are not the items of “2233”
    assert _slogans(blank_nlp, "聚焦“2233”发展战略，围绕“工业强县、教育强县”") == [("2233", "PARALLEL", [])]


def test_items_found_near_a_later_mention_belong_to_the_first(blank_nlp):
    text = ("福州市乡村振兴“五大工程”主题采访活动举行。\n\n"
            "明确重点实施“产业带动、美好家园、文明铸魂、网格治理、强基固本”五大工程，全面推进乡村振兴。")
    got = _slogans(blank_nlp, text)
    assert got == [("五大工程", "GROUP", ["产业带动", "美好家园", "文明铸魂", "网格治理", "强基固本"]),
                   ("五大工程", "GROUP", [])]


def test_sentences_ratings_and_items_that_do_not_add_up(blank_nlp):
    assert _slogans(blank_nlp, "“一定要抓住这一机遇”，创建“十星级”文明户。") == []
    # 以“A+B” gives the two parts of a two-part formula, but no items to a one-per-unit rule
    assert _slogans(blank_nlp, "米脂县打造“一红一黄”产业，以“山地苹果+小米”促进发展。") == \
        [("一红一黄", "PARALLEL", ["山地苹果", "小米"])]
    assert _slogans(blank_nlp, "发展“一村一品”，以“山地苹果+小米”促进发展。") == [("一村一品", "PER_UNIT", [])]


def test_counts_after_their_listed_items_and_the_parts_of_a_long_quote(blank_nlp):
    assert _slogans(blank_nlp, "包括产业、人才、文化、生态、组织五大振兴,特别是") == \
        [("五大振兴", "GROUP", ["产业", "人才", "文化", "生态", "组织"])]
    assert _slogans(blank_nlp, "要持续强化 “属地、部门、单位、个人”四方责任,严格落实") == \
        [("四方责任", "GROUP", ["属地", "部门", "单位", "个人"])]
    assert _slogans(blank_nlp, "实施“百县千镇万村高质量发展工程”的契机，“四聚四抓一拓展”工作法") == \
        [("百县千镇万村", "PARALLEL", []), ("四聚四抓一拓展", "PARALLEL", [])]


def test_items_after_baokuo_and_items_ending_in_the_formulas_character(blank_nlp):
    assert _slogans(blank_nlp, "要坚持“三不”原则，“三不”包括不推诿，不拖延，不敷衍。") == \
        [("三不", "GROUP", ["不推诿", "不拖延", "不敷衍"]), ("三不", "GROUP", [])]
    assert _slogans(blank_nlp, "桐乡“三治融合”建设走在前列，尤其是自治、法治、德治相结合的治理体系。") == \
        [("三治融合", "GROUP", ["自治", "法治", "德治"])]
    # items that do not all end in the character are no expansion
    assert _slogans(blank_nlp, "推进“三治融合”，抓好自治、法治、教育。") == [("三治融合", "GROUP", [])]


def test_items_lose_list_openers_quantities_and_the_clause_before(blank_nlp):
    doc = blank_nlp("开展“三清三拆”，即清理村庄垃圾、乱堆乱放、池塘沟渠，拆除乱搭乱盖、广告招牌、废弃建筑。")
    (s,) = doc.spans["slogans"]
    assert [i.text for i in s._.items][:2] == ["清理村庄垃圾", "乱堆乱放"]
    doc = blank_nlp("拉开我省今冬明春文化、科技、卫生“三下乡”活动序幕。")
    assert [i.text for i in doc.spans["slogans"][0]._.items] == ["文化", "科技", "卫生"]


def test_run_in_openers_are_items_and_a_parallel_core_drops_its_noun(blank_nlp):
    page = ("坡头区坚持“四个抓”。\n抓经济，产业提速。\n抓民生，办好实事。\n抓环境，绿富结合。\n抓作风，筑牢阵地。\n"
            "处置中心通过“双派双考平台”派单。坚持“一年召开两次人大会”制度。")
    doc = blank_nlp(page)
    got = {s.text: [i.text for i in s._.items] for s in doc.spans["slogans"]}
    assert got == {"四个抓": ["抓经济", "抓民生", "抓环境", "抓作风"], "双派双考": []}


def test_numbered_items_of_a_list_are_formulas_but_idioms_are_not(blank_nlp):
    doc = blank_nlp("实地考察我县产业发展、双招双引、乡村振兴工作，开展四下基层、四解四促活动。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [
        ("双招双引", "PARALLEL"), ("四下基层", "GROUP"), ("四解四促", "PARALLEL")]
    doc = blank_nlp("千方百计、一心一意为群众办实事，万朵紫薇、百年银杏竞相开放。")
    assert list(doc.spans["slogans"]) == []
    doc = blank_nlp("一乡一业，一村一品，是义县的特色。")
    assert [s.text for s in doc.spans["slogans"]] == ["一乡一业", "一村一品"]


def test_rising_parts_digit_codes_holidays_and_quoted_lists_before_a_count(blank_nlp):
    doc = blank_nlp("制定“一个中心、两个目标、三大工程、四大效益、五大板块”的规划，践行“八八战略”。庆祝“七一”。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [
        ("一个中心、两个目标、三大工程、四大效益、五大板块", "PARALLEL"), ("八八战略", "PARALLEL")]
    doc = blank_nlp("以「家在中西、興在青年、愛在家庭、樂在社區」四大主題為核心。")
    (s,) = doc.spans["slogans"]
    assert [i.text for i in s._.items] == ["家在中西", "興在青年", "愛在家庭", "樂在社區"]
    assert classify("一二三产业") is None and classify("五一节") is None and classify("五八") == "PARALLEL"


def test_numbered_congresses_shared_tails_and_list_clauses(blank_nlp):
    assert classify("学习二十大•建功新时代") is None and classify("十九届") is None
    doc = blank_nlp("听取了复兴岛“数字岛、设计岛、人民岛”三岛定位的情况。")
    assert [(s.text, [i.text for i in s._.items]) for s in doc.spans["slogans"]] == [("三岛", ["数字岛", "设计岛", "人民岛"])]
    doc = blank_nlp("报道将突出珠江源头、古鱼王国、红色沃土“三张名片”和区位优势、资源优势、产业优势“三大优势”。")
    got = {s.text: [i.text for i in s._.items] for s in doc.spans["slogans"]}
    assert got == {"三张名片": ["珠江源头", "古鱼王国", "红色沃土"], "三大优势": ["区位优势", "资源优势", "产业优势"]}


def test_parts_made_one_count_their_first_numeral(blank_nlp):
    doc = blank_nlp("打造集绿化、美丽庭院、厕所革命、污水治理、坑塘治理,“五位一体”的示范村。")
    (s,) = doc.spans["slogans"]
    assert s.text == "五位一体" and [i.text for i in s._.items] == ["绿化", "美丽庭院", "厕所革命", "污水治理", "坑塘治理"]


def found(nlp, text):
    """(text, label, items) of every formula on ``text`` (the Doc stays alive while its SpanGroup is read)."""
    doc = nlp(text)
    return [(s.text, s.label_, [i.text for i in s._.items]) for s in doc.spans["slogans"]]


def test_formulas_read_from_26nn(blank_nlp):
    assert found(blank_nlp, "全面落实一岗双责,严格遵守八项规定。") == [("一岗双责", "PARALLEL", []), ("八项规定", "COUNT", [])]
    assert found(blank_nlp, "坚持“五个 坚持”,推进“三 个提质”。") == [("五个 坚持", "COUNT", []), ("三 个提质", "COUNT", [])]
    assert found(blank_nlp, "要写好融合发展、社会民生、全面深化改革“三篇文章”。") == [
        ("三篇文章", "COUNT", ["融合发展", "社会民生", "全面深化改革"])]
    assert found(blank_nlp, "他写好了三篇文章。") == []


def test_items_lose_the_words_before_their_verb(blank_nlp):
    doc = blank_nlp("积极做好乡村振兴、工业转型、服务业优化“三 个提质”。")
    assert [[i.text for i in s._.items] for s in doc.spans["slogans"]] == [["乡村振兴", "工业转型", "服务业优化"]]


def test_formulas_read_from_28nn(blank_nlp):
    assert found(blank_nlp, "对环境整治实行“定区域、定人员、定时间”三定责任制,对各村实行承包管理。") == [
        ("三定", "GROUP", ["定区域", "定人员", "定时间"])]
    assert found(blank_nlp, "提出了“抓一条主线,办好十二项实事”的思路。") == [("一条主线", "COUNT", []), ("十二项实事", "COUNT", [])]
    assert found(blank_nlp, "坚持“抓党建,促发展”。") == []
    assert found(blank_nlp, "探索打造医养乐三位一体基本公共服务,秉持辦會20字方針。") == [
        ("三位一体", "PARALLEL", []), ("20字方針", "GROUP", [])]
    assert found(blank_nlp, "发扬我市双拥模范城的传统。凉山是“一步跨千年”的直过区,要一心一意。") == [("双拥", "GROUP", [])]


def test_per_unit_rules_before_their_noun_counts_by_the_game_and_verb_clauses(blank_nlp):
    assert found(blank_nlp, "建國鎮被評為全國一村一品示范村鎮。我們承諾會發展一地方一特色。") == [
        ("一村一品", "PER_UNIT", []), ("一地方一特色", "PER_UNIT", [])]
    assert found(blank_nlp, "展示“践行金华精神,打赢九场硬战”的显著成效。") == [("九场硬战", "COUNT", [])]
    assert found(blank_nlp, "他打了三场比赛。在五大振兴上齐发力。") == [("五大振兴", "GROUP", [])]


def test_items_opening_with_the_formulas_character_and_a_quote_made_one(blank_nlp):
    assert found(blank_nlp, "她在協會內提出提昇服務質量、提高入住價格、提供所需備品。這『三提』遭多數反對。") == [
        ("三提", "GROUP", ["提昇服務質量", "提高入住價格", "提供所需備品"])]
    assert found(blank_nlp, "打造“政治统领、宜居生态、产业发展、文化传承、村级治理服务”为一体的五个中心,详细列出任务。") == [
        ("五个中心", "COUNT", ["政治统领", "宜居生态", "产业发展", "文化传承", "村级治理服务"])]


def test_a_quoted_big_count_before_its_kind(blank_nlp):
    doc = blank_nlp("坚持陶瓷、食品、生化“三大”产业发展定位,打好“十大”攻坚战。")
    assert [(s.text, s.label_, [i.text for i in s._.items]) for s in doc.spans["slogans"]] == [
        ("三大", "GROUP", ["陶瓷", "食品", "生化"]), ("十大", "GROUP", [])]
    doc = blank_nlp("他说“三大”。")
    assert len(doc.spans["slogans"]) == 0


def test_items_before_a_count_and_quoted_back_to_back(blank_nlp):
    assert found(blank_nlp, "院坝会紧扣“认识帮扶力量、解读惠民政策、征集群众意见”三大核心环节。") == [
        ("三大核心环节", "GROUP", ["认识帮扶力量", "解读惠民政策", "征集群众意见"])]
    assert found(blank_nlp, "打造“共同富裕·青年有声”基层宣讲、“建圈强链·青年有为”岗位建功五大工作品牌,开展活动。") == [
        ("五大工作品牌", "GROUP", [])]                     # two items for five: none
    assert found(blank_nlp, "打造“共同富裕·青年有声”基层宣讲、“建圈强链·青年有为”岗位建功两大工作品牌,开展活动。") == [
        ("两大工作品牌", "GROUP", ["“共同富裕·青年有声”基层宣讲", "“建圈强链·青年有为”岗位建功"])]
    assert found(blank_nlp, "通过建立用好“三个三”(即“三个中心”“三类机构”“三支队伍”)机制。")[0] == (
        "三个三", "COUNT", ["三个中心", "三类机构", "三支队伍"])


def test_a_plenary_session_and_a_place_opened_by_a_numeral_are_no_formulas(blank_nlp):
    for text in ("深入学习贯彻党的二十届四中全会精神。", "这些稿件在学习强国、四川观察、达州观察等平台发布。"):
        assert found(blank_nlp, text) == []
    assert [f[0] for f in found(blank_nlp, "以“一区、三园、四平台”为载体。")] == ["一区、三园、四平台"]


def test_counts_with_a_quoted_key_word_and_counts_of_places(blank_nlp):
    got = found(blank_nlp, "聚焦三个“需要”、两个“确立”、五大“历史意义”。他有三个“犟”。坚决做到两个“维护”。")
    assert [(f[0], f[1]) for f in got] == [("三个“需要”", "COUNT"), ("两个“确立”", "COUNT"), ("五大“历史意义”", "GROUP"),
                                           ("两个“维护”", "COUNT")]
    assert found(blank_nlp, "双方就深化两地合作、加强两岸交流进行座谈。") == []


def test_unquoted_rules_per_unit_or_period(blank_nlp):
    assert [f[:2] for f in found(blank_nlp, "开展地毯式一村一户一档文明创建。我市将采取三天一通报、一周一评比的办法。")] == [
        ("一村一户一档", "PER_UNIT"), ("三天一通报", "PER_UNIT"), ("一周一评比", "PER_UNIT")]
    assert found(blank_nlp, "奋战一天一夜。一年一度的盛会。古人说三十而立。") == []
    assert found(blank_nlp, "多家企业入围“2024大连市企业100强”。") == []


def test_what_every_item_says_after_the_formulas_word_is_no_part_of_them(blank_nlp):
    got = found(blank_nlp, "工作成效主要表现在“三个度”,即安全保障度不断提升,建管统筹度不断提升,群众感受度不断提升。")
    assert got == [("三个度", "COUNT", ["安全保障度", "建管统筹度", "群众感受度"])]
    assert found(blank_nlp, "发挥“三大优势”,即区位优势、资源优势、产业优势。")[0][2] == ["区位优势", "资源优势", "产业优势"]
    assert found(blank_nlp, "加大“两节”项目督查力度。展出书法、美术、摄影、诗词、征文五个板块。") == []


def test_quoted_items_before_a_formula_and_its_particle(blank_nlp):
    doc = blank_nlp("制定出“山顶戴帽子,山腰系带子,坡地铺毯子,大田种谷子,山下抓票子”的“五子登科”治理方案。")
    (sp,) = [s for s in doc.spans["slogans"] if s.text == "五子登科"]
    assert [doc.text[i.start_char:i.end_char] for i in sp._.items] == ["山顶戴帽子", "山腰系带子", "坡地铺毯子", "大田种谷子", "山下抓票子"]


def test_no_items_from_the_halves_of_a_quote(blank_nlp):
    doc = blank_nlp("小区环境大为改观,同时‘人人都参与、家园更美丽’的城市‘双清’氛围也更加浓厚了。")
    assert [(s.text, s._.items) for s in doc.spans["slogans"]] == [("双清", [])]


def test_quoted_topic_counts_and_dual_words():
    from govnlp.slogan_shapes import classify, classify_quoted
    assert [classify_quoted(s) for s in ("门前五包", "开局八好", "四条例", "绿色三明", "约法三章")] == [
        "GROUP", "GROUP", "GROUP", None, None]
    assert [classify(s) for s in ("双重效忠", "双料议员", "九年一贯制", "三天一通报")] == [None, None, None, "PER_UNIT"]


def test_games_numbers_and_items_over_a_paragraph(blank_nlp):
    from govnlp.slogan_shapes import classify
    assert classify("迎十四运") is None and classify("五星") == "GROUP"
    doc = blank_nlp("首页   三农服务 \n当前位置: 工作动态\n县应急管理局\n\n为了强化乡镇场党委、政府和县直单位的主动性、积极性。")
    assert [(s.text, s._.items) for s in doc.spans["slogans"]] == [("三农", [])]


def test_rules_per_place_and_period(blank_nlp):
    from govnlp.slogan_shapes import classify
    assert [classify(s) for s in ("一地一品", "一月两报", "一周三查", "一年两次")] == ["PER_UNIT", "PER_UNIT", "PER_UNIT", "PARALLEL"]
    doc = blank_nlp("要强化汇报意识,实行一月两报制度;要强化监督考核。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("一月两报", "PER_UNIT")]


def test_plans_by_their_kind_and_holiday_awards(blank_nlp):
    from govnlp.slogan_shapes import classify
    assert [classify(s) for s in ("十三五规划", "十四五规划纲要", "五一劳动奖章", "三八红旗手")] == [None, None, None, None]
    doc = blank_nlp("今年是“十三五规划”收官之年,也是全面建成小康社会之年。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("十三五", "PLAN")]


def test_counts_after_their_quoted_items(blank_nlp):
    doc = blank_nlp("以“文明家园”、“快乐家园”、“学习家园”、“平安家园”、“宜业家园”五个家园为一体。")
    (s,) = doc.spans["slogans"]
    assert (s.text, s.label_, len(s._.items)) == ("五个家园", "COUNT", 5)
    doc = blank_nlp("打造基层党建“大品牌”、产业发展“靓名片”、乡村旅游“新天地”三张靓丽名片。“美丽乡村”“幸福乡村”两个阶段。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("三张靓丽名片", "COUNT")]
    assert [i.text for i in doc.spans["slogans"][0]._.items] == ["基层党建“大品牌”", "产业发展“靓名片”", "乡村旅游“新天地”"]
    doc = blank_nlp("奉节县政协四个“双百行动”激活乡村。开化正是这样一个“五养”大花园。坚持两手抓,两手都要硬。以“两办”名义印发。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [
        ("四个“双百行动”", "COUNT"), ("五养", "GROUP"), ("两手抓", "GROUP"), ("两手都要硬", "GROUP")]


def test_a_run_of_units_from_one(blank_nlp):
    from govnlp.slogan_shapes import classify, numbers
    assert classify("一十百千万") == "PARALLEL" and numbers("一十百千万") == [1, 10, 100, 1000, 10000]
    doc = blank_nlp("推进文化旅游“一十百千万”工程建设。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("一十百千万", "PARALLEL")]


def test_fusions_counted_from_their_listed_parts(blank_nlp):
    doc = blank_nlp("探索自治、法治、德治三治融合的治理模式。推进三产融合。促进一、二、三产融合发展。经过二次融合。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("三治融合", "GROUP"), ("三产融合", "GROUP")]
    assert [i.text for i in doc.spans["slogans"][0]._.items] == ["自治", "法治", "德治"]


def test_a_reform_named_by_its_promise(blank_nlp):
    doc = blank_nlp("“最多跑一次”改革持续推进。")
    assert [(s.text, s.label_) for s in doc.spans["slogans"]] == [("最多跑一次", "ONE")]


def test_a_pinyin_gloss_is_no_layout_gap(blank_nlp):
    # 百縣千鎮(zhèn)萬村: the gloss belongs to 鎮 and does not cut the quoted formula
    assert [s for s, _, _ in found(blank_nlp, "實施“百縣千鎮(zhèn)萬村高質量發展工程”。")] == ["百縣千鎮(zhèn)萬村"]


def test_items_defined_after_the_formula_or_opened_by_ordinals(blank_nlp):
    assert found(blank_nlp, "制定了‘两带一中心’的发展思路。‘两带一中心’是沿溪示范带、红色研学带和古镇产业中心。")[0] == (
        "两带一中心", "PARALLEL", ["沿溪示范带", "红色研学带", "古镇产业中心"])
    text = ("街道围绕“三个升级”靶向发力:一是升级资源对接机制,健全平台;二是升级激励保障体系,完善制度;"
            "三是升级阵地功能内涵,拓展效能。")
    assert found(blank_nlp, text) == [("三个升级", "COUNT", ["升级资源对接机制", "升级激励保障体系", "升级阵地功能内涵"])]
    # four ordinals for a count of three: another list, no items
    assert found(blank_nlp, text.replace("。", ";四是升级队伍,壮大力量。"))[0][2] == []
    assert found(blank_nlp, "全体镇村干部、两代表一委员参加会议。") == [("两代表一委员", "PARALLEL", [])]


def test_a_numeral_inside_a_word_counts_nothing(blank_nlp):
    assert found(blank_nlp, "学习贯彻党的二十大精神“声入百姓”微宣讲活动。") == []
    assert found(blank_nlp, "建立完善“三个一”系列(即一系列主题、一系列宣传组合、一系列长效机制)。") == [
        ("三个一", "COUNT", ["一系列主题", "一系列宣传组合", "一系列长效机制"])]


def test_an_items_own_bracket_stays_the_lists_closing_one_goes(blank_nlp):
    # a bracket the item opens is its own: 發一條微信(微博)
    assert found(blank_nlp, "开展“三个一”活动(即做一件好事、发一条微信(微博)、清一片垃圾)。")[0][2] == [
        "做一件好事", "发一条微信(微博)", "清一片垃圾"]
