"""page-2309: 珠海特区报 (e-paper zhuhaidaily.hizh.cn, 02版 要闻), 2019-08-22, one article:
全市城乡社区治理推进会召开 / 进一步加强和完善社区治理, then the e-paper's 标题导航 and page list.
Text as returned by the `pages` store, from its title (the line 当前版: 02版 上一版 下一版 above
the title dropped; the last nav line 第12版: cut off in the store, dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2309", "corpus/raw/pages/2309_zhuhai_shequ_zhili.txt",
         publisher="珠海特区报", date="2019-08-22", script="simplified", origin="pages")

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯 记者许晖报道")
p.ent("PERSON", "许晖", line=5)                        # 报道 is the verb, outside the name
p.ent("ADMIN", "珠海", line=5, nth=1)                  # ‘珠海模式’: unit inside a model's name (decision 2)
p.ent("ADMIN", "珠海", line=5, nth=1)                  # 珠海城乡社区治理工作
p.ent("ADMIN", "金湾区", line=5)
p.ent("PERSON", "刘嘉文", line=5)                      # 副市长: title, no ORG

# ---- line 7
p.ent("ADMIN", "金湾区", line=7, nth=1)
p.ent("ADMIN", "海澄村", line=7)
p.ent("ADMIN", "中心村", line=7)                       # 中心村综合服务平台: the village (三灶镇中心村), platform is a facility
p.ent("ORG", "市民政局", line=7)
p.ent("ADMIN", "香洲区", line=7)                       # 香洲区、金湾区民政局: elided first organ -> ADMIN only
p.ent("ORG", "金湾区民政局", line=7)
p.ent("PERSON", "刘嘉文", line=7)
p.ent("ADMIN", "金湾区", line=7, after="刘嘉文表示")
p.ent("ADMIN", "珠海", line=7)                         # “珠海模式”

# ---- line 9
p.ent("PERSON", "刘嘉文", line=9)
#   “二次创业”: 二次 is an ordinal ("a second start-up"), no formula

# ---- lines 13-18: 标题导航 (e-paper navigation, PAGE)
p.ent("ORG", "市政府", line=13)                        # 市政府新闻发布会: organ inside an event's name
p.ent("ORG", "横琴自贸试验片区专家委员会", line=15)      # 第二届 before the organ stays outside
p.ent("ADMIN", "珠海", line=17)
p.ent("ADMIN", "金湾区", line=18)
p.slogan("PLUS", "1+1+N", line=18)

# ---- lines 19-29: page list (PAGE)
for ln in (23, 24, 25, 26):
    p.ent("ADMIN", "中山", line=ln)                    # 走马大湾区·中山篇: unit inside a series name
p.ent("ADMIN", "斗门", line=27)                        # 斗门新闻: 斗门区 by its bare name
p.ent("ADMIN", "高栏", line=28)                        # 高栏新闻: 高栏港经济区 (a government-run zone) by its bare name

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(5, 9, "BODY", article=1)
p.block(12, 29, "PAGE")

p.save()
