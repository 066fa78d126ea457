"""page-2112: 酒泉日报 (e-paper paper.chinajiuquan.com, 02版), 2021-01-12, one article:
酒泉市第四届人民代表大会第五次会议举行预备会议. Text as returned by the `pages` store, from its
title; the e-paper navigation above the title was dropped and the last paragraph (王洁岚强调…),
cut off mid-sentence by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2112", "corpus/raw/pages/2112_jiuquan_renda_yubei.txt",
         publisher="酒泉日报", date="2021-01-12", script="simplified", origin="pages")

# ---- line 1: headline; the congress of one term is a body, its 第五次会议 the event
p.ent("ORG", "酒泉市第四届人民代表大会", line=1)

# ---- line 3: web meta line (paper + section, date, source)
p.ent("ORG", "酒泉日报", line=3, nth=1)
p.ent("ORG", "酒泉日报", line=3, nth=1)              # the one inside 来源:酒泉日报
p.byline("BYLINE", "来源:酒泉日报", line=3)           # labelled source credit; the date stays outside

# ---- line 5
p.byline("BYLINE", "本报讯(记者范昊帆)", line=5)
p.ent("PERSON", "范昊帆", line=5)
p.ent("ORG", "酒泉市第四届人民代表大会", line=5)

# ---- line 6
p.ent("ORG", "市人大常委会", line=6, every=True)     # three times: 主任, 副主任, 秘书长
p.ent("PERSON", "王洁岚", line=6)
for s in ["李如檀", "宋丽文", "黄从光", "马世军", "杨军"]:
    p.ent("PERSON", s, line=6)
p.ent("PERSON", "李如檀", line=6)                    # 李如檀主持会议

# ---- line 8
p.ent("ORG", "酒泉市第四届人民代表大会", line=8)     # …人民代表大会代表变动
#   大会主席团, 大会议案审查委员会: bodies of the session named only by 大会, no span
p.ent("ORG", "市人大常委会", line=8)
p.ent("ORG", "市四届人大", line=8, nth=1)           # term inside the name as written: one ORG
p.ent("ORG", "市政府", line=8)
p.ent("ORG", "市四届人大", line=8, nth=1)

# ---- line 9
p.ent("PERSON", "王洁岚", line=9)
p.slogan("PLAN", "十四五", line=9)
p.ent("ORG", "市四届人大", line=9)
p.ent("PERSON", "习近平", line=9, every=True)         # 习近平新时代…思想; 习近平总书记
p.ent("ADMIN", "甘肃", line=9)
p.ent("ORG", "中央", line=9)                          # 中央和省、市委决策部署: the centre issuing
p.ent("ORG", "市委", line=9)                          # 省、市委 = 省委、市委; the bare 省 is one character
#   我市: deictic; 富民兴陇: one-character 陇, no span; 十九届二中、三中…全会: ordinals, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 酒泉日报 新闻  时间:…  来源:酒泉日报 (decision 12)
p.block(5, 9, "BODY", article=1)

p.save()
