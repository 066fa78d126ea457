"""page-3210: 安阳市教育局 (jyj.anyang.gov.cn), 河南 安阳, published 2022-06-22: the record page of
中共安阳市委教育工作领导小组关于进一步加强我市教育工作的意见 (安教组〔2022〕4号), one article.
Text as returned by the `pages` store, from its title; its last paragraph ((二)主要目标。… 完善区域内
学龄人口动态) was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3210", "corpus/raw/pages/3210_anyang_jiaoyuju_yijian.txt",
         publisher="安阳市教育局", date="2022-06-22", script="simplified", origin="pages")

# ---- line 1: headline (the issuing body inside the document's title)
p.ent("ORG", "中共安阳市委教育工作领导小组", line=1)   # party name + committee + its working group: one ORG

# ---- lines 2-3: labelled credits of the record (decision 12: one BYLINE span per labelled credit)
p.byline("BYLINE", "信息来源 :党工委办", line=2)
p.ent("ORG", "党工委办", line=2)                   # the office of the bureau's Party working committee
p.byline("BYLINE", "发文机关 :安阳市教育局", line=3)   # like 发布机构: its unit
p.ent("ORG", "安阳市教育局", line=3)

# ---- lines 4-9: record fields and widgets (PAGE)
#   发文字号 :安教组〔2022〕4号 -- an issuer's code inside a document number: no ORG
p.ent("PERSON", "冯兴荣", line=6)                  # 编辑人: an editor line, PAGE, name still PERSON

# ---- line 11: salutation -- 各县(市、区)党委教育工作领导小组, 市直各有关单位: generic, no span

# ---- line 13
#   市第十二次党代会: a congress as an event, no ORG; 区域教育供给中心: a goal, no ORG
p.ent("ORG", "中共中央", line=13, nth=1)            # 《中共中央 国务院关于印发…的通知》
p.ent("ORG", "国务院", line=13, nth=1)
p.ent("ORG", "中共中央办公厅", line=13)              # 《中共中央办公厅 国务院办公厅关于…的意见》
p.ent("ORG", "国务院办公厅", line=13)
p.ent("ORG", "中共河南省委", line=13, nth=1)          # 《中共河南省委 河南省人民政府关于深化…的实施意见》
p.ent("ORG", "河南省人民政府", line=13, nth=1)
p.ent("ORG", "中共河南省委", line=13, nth=1)          # 《中共河南省委 河南省人民政府关于学前教育…的实施意见》
p.ent("ORG", "河南省人民政府", line=13, nth=1)

# ---- line 17
p.ent("PERSON", "习近平", line=17)                 # 习近平新时代中国特色社会主义思想 (no ADMIN 中国: fixed term)
p.ent("ADMIN", "安阳", line=17)                    # 活力古都出彩安阳: the city inside a slogan-like name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "BYLINE", article=1)     # 信息来源 / 发文机关: the record's labelled credits
p.block(4, 9, "PAGE")                  # 信息索引, 发文字号, 编辑人, 发布日期, 浏览字号/收藏, 分享
p.block(11, 11, "BODY", article=1)     # salutation
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "CROSSHEAD", article=1)  # 一、总体要求
p.block(17, 17, "BODY", article=1)     # (一)指导思想。… run-in head stays BODY

p.save()
