"""Entity candidates and their resolution, on tiny inline pages (rule pipeline)."""


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_org_with_prefix_chain_and_subunit(blank_nlp):
    got = ents(blank_nlp, "甘肃省嘉峪关市文明办召开会议，区委第三巡察组进驻区交通运输局。")
    assert ("甘肃省嘉峪关市文明办", "ORG") in got
    assert ("区委第三巡察组", "ORG") in got and ("区交通运输局", "ORG") in got


def test_bank_branch_under_a_county(blank_nlp):
    got = ents(blank_nlp, "近年来，中国农业银行阜新蒙古族\n自治县支行持续优化服务。")
    assert ("中国农业银行阜新蒙古族\n自治县支行", "ORG") in got


def test_coordinated_organs_are_separate(blank_nlp):
    got = ents(blank_nlp, "在市委、市政府的正确领导下，县妇联联合县检察院走访慰问。")
    assert [g for g in got if g[1] == "ORG"] == [("市委", "ORG"), ("市政府", "ORG"), ("县妇联", "ORG"),
                                                  ("县检察院", "ORG")]


def test_people_from_titles_speech_and_bylines(blank_nlp):
    got = ents(blank_nlp, "本报讯（记者 何振明）区长刘学平主持会议。“要抓落实。”周光辉表示。李阿姨说。")
    people = [g[0] for g in got if g[1] == "PERSON"]
    assert people == ["何振明", "刘学平", "周光辉"]


def test_admin_chain_is_split_per_level(blank_nlp):
    got = ents(blank_nlp, "青海省西宁市城东区周家泉街道为民社区开展活动")
    assert [g for g in got if g[1] == "ADMIN"] == [("青海省", "ADMIN"), ("西宁市", "ADMIN"), ("城东区", "ADMIN"),
                                                    ("周家泉街道", "ADMIN"), ("为民社区", "ADMIN")]


def test_column_break_inside_an_org(blank_nlp):
    assert ("县住建\n局", "ORG") in ents(blank_nlp, "此外，县住建\n局聚焦凯旋国际东门外街路，安排环卫工人。")


def test_bare_departments_and_offices_after_a_unit(blank_nlp):
    # decision 13: a functional department named without its level is ORG; a level-bearing
    # head (區公所, 市議會) keeps its unit (學甲區, 臺南市) inside the ORG span
    doc = blank_nlp("社會局、衛生局與勞工局合作，臺南市學甲區公所和臺南市議會也參與。今年各局都要做好。")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs == ["社會局", "衛生局", "勞工局", "臺南市學甲區公所", "臺南市議會"]


def test_national_leaders_and_central_organs(blank_nlp):
    doc = blank_nlp("深入学习习近平新时代中国特色社会主义思想。總統府與立法院今天表示。")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("习近平", "PERSON"), ("中国", "ADMIN"), ("總統府", "ORG"), ("立法院", "ORG")]


def test_names_listed_with_a_known_person(blank_nlp):
    got = ents(blank_nlp, "出席的有县长周光辉、王梦迪、欧阳晓东、蔡蘇秋金等。各部门、各单位参加。")
    assert [g[0] for g in got if g[1] == "PERSON"] == ["周光辉", "王梦迪", "欧阳晓东", "蔡蘇秋金"]


def test_taiwan_district_short_forms_and_names_with_function_characters(blank_nlp):
    got = ents(blank_nlp, "臺南市學甲區公所與臺南市政府警察局學甲分局合作，頒獎給臺南市和順國小學童。")
    orgs = [g[0] for g in got if g[1] == "ORG"]
    assert orgs == ["臺南市學甲區公所", "臺南市政府警察局學甲分局", "臺南市和順國小"]
