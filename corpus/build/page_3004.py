"""page-3004: 大同日报 (e-paper epaper.dtnews.cn/dtrb), 2021-12-16, 02版 综合新闻, one article:
市委统战部助力文明城市创建, followed by the e-paper's 标题导航 (editions and the titles of the
edition's articles). Text as returned by the `pages` store, from its opening."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3004", "corpus/raw/pages/3004_datong_tongzhanbu_chuangcheng.txt",
         publisher="大同日报", date="2021-12-16", script="simplified", origin="pages")

# ---- line 3: headline
p.ent("ORG", "市委统战部", line=3)

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者 丰曼)")
p.ent("PERSON", "丰曼", line=5)
p.ent("ORG", "市委统战部", line=5)
p.ent("ADMIN", "文瀛湖街道", line=5)
p.ent("ADMIN", "永固社区", line=5)
p.ent("ADMIN", "大同", line=5)                      # 为大同创建全国文明城市
#   line 7: 《市民文明认知手册》, 党员志愿者: no spans; line 9: none

# ---- lines 21-33: titles of the edition's articles (e-paper navigation, PAGE); their
#      people and units keep their spans
p.ent("PERSON", "崔巍", line=21)                    # 我市: deictic, no span
p.ent("ADMIN", "大同", line=22)
p.ent("PERSON", "梁晓旭", line=23)
p.ent("ADMIN", "广灵县", line=23)
#   line 24 七部门: a count of bodies, no span
p.ent("PERSON", "白永旺", line=26)
p.ent("ORG", "市委统战部", line=27)
p.ent("ORG", "中共大同", line=28)                  # 《中共大同执政实录(2022)》: the Party with its place = the
                                                   # local Party organisation (中共滨州市委 rule), one ORG
p.ent("ADMIN", "大同", line=28, after="执政实录")             # 《大同年鉴(2022)》
#   line 29 我市, 全省; line 30 全市乡镇(街道): level words, no spans
p.ent("ADMIN", "山西", line=31)                     # 山西石窟考古田野工作坊: a unit inside an event's name
p.ent("ADMIN", "广灵县", line=32)
p.slogan("GROUP", "双减", line=33)                  # decision 10: 双减 is GROUP

# ---- blocks
p.block(1, 1, "PAGE")                  # 当前版: 02版 上一版  下一版
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 9, "BODY", article=1)       # three paragraphs (blank lines between: three blocks)
p.block(12, 33, "PAGE")                # 标题导航: editions and the edition's titles

p.save()
