"""page-5304: 青田县纪委监委 (inferred), a notice on 青田县人民政府's portal qingtian.gov.cn, 2020-09-01:
the second batch of five cases of village cadres letting village works contracts improperly.
Text as returned by the `pages` store: it has no title line (the stored page opens with the
notice's first sentence); the last paragraph (case 5's facts, 2014年至2016年,…) was cut
mid-sentence and dropped, so the page ends with case 5's heading."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5304", "corpus/raw/pages/5304_qingtian_jiwei_cungan_tongbao.txt",
         publisher="青田县纪委监委", date="2020-09-01", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: lead sentence (全县: level word, no span; no formula: 第二批5起 is a count)

# ---- line 3: case 1 heading
p.ent("ORG", "三溪口街道下坦村党支部", line=3)        # a named village's branch, with its prefix (§2, 5)
p.ent("PERSON", "郭足平", line=3)

# ---- line 4
p.ent("PERSON", "郭足平", line=4)
p.ent("ADMIN", "下坦村", line=4)                      # 下坦村三回店至郭富元家水泥路工程项目 (decision 2)
#   三回店: a place below village level, no span
p.ent("PERSON", "郭富元", line=4)                     # 郭富元家: a person's house on the road's route
p.ent("ADMIN", "下坦村", line=4)                      # 下坦村涵洞排水工程项目
#   时任村监会委员: a former holder's office names no organ (as 原党委书记)
p.ent("PERSON", "叶爱成", line=4)
p.ent("PERSON", "郭足平", line=4)

# ---- line 5: case 2 heading
p.ent("ORG", "海口镇海林村党支部", line=5)
p.ent("PERSON", "陈伯敏", line=5)

# ---- line 6 (田埔拦水坝, 小门头塘, 乌坑口大桥: works and sites, no span)
p.ent("PERSON", "陈伯敏", line=6)
p.ent("PERSON", "陈伯南", line=6, every=True)         # twice
p.ent("ORG", "村两委", line=6)                        # 村两委会议: 海林村's two committees (decision 5)
p.ent("PERSON", "陈伯敏", line=6)

# ---- line 7: case 3 heading
p.ent("ORG", "北山镇仁村村党支部", line=7)
p.ent("PERSON", "陈金荣", line=7)
p.ent("ORG", "村委会", line=7)                        # 村委会主任: 仁村村's committee (decision 5)
p.ent("PERSON", "陈长平", line=7)

# ---- line 8 (砍头桥底堤坝: a work, no span)
p.ent("PERSON", "陈金荣", line=8, every=True)         # twice
p.ent("PERSON", "陈长平", line=8, every=True)         # twice
p.ent("ORG", "村监会", line=8)                        # 村监会委员: 仁村村's supervisory committee (decision 5)
p.ent("PERSON", "陈斋伟", line=8)

# ---- line 9: case 4 heading (原党支部书记, 原村委会主任: former holders' offices, no ORG)
p.ent("ADMIN", "北山镇", line=9)
p.ent("ADMIN", "高桥背村", line=9)
p.ent("PERSON", "刘宝青", line=9)
p.ent("PERSON", "徐志旺", line=9)

# ---- line 10 (时任村委委员: no ORG)
p.ent("PERSON", "刘宝青", line=10, every=True)        # twice
p.ent("PERSON", "徐志旺", line=10, every=True)        # twice
p.ent("PERSON", "刘石旺", line=10)
p.ent("PERSON", "刘石敏", line=10)

# ---- line 11: case 5 heading (its facts were cut off in the store and dropped)
p.ent("ADMIN", "舒桥乡", line=11)
p.ent("ADMIN", "根山村", line=11)
p.ent("PERSON", "邹岳军", line=11)

# ---- blocks: one article, no title stored
p.block(1, 1, "BODY", article=1)
p.block(2, 3, "CROSSHEAD", article=1)    # 问责篇 + case 1's heading: consecutive lines of one label
#                                          and one article make one block (§5); numbered case
#                                          headings are crossheads
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(10, 10, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)

p.save()
