"""page-4213: 邢台市农业农村局 (nync.xingtai.gov.cn, the bureau's own site), one article:
我局组织收看春季田管暨春耕备耕工作视频会议 (the national meeting of 2 February 2021; page date not
printed). Text as returned by the `pages` store, from its title (the site banner 邢台市农业农村局
above the title left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4213", "corpus/raw/pages/4213_xingtai_nongyenongcunju_chungeng.txt",
         publisher="邢台市农业农村局", date=None, script="simplified", origin="pages")

# ---- line 1: headline (我局: deictic, no span)

# ---- line 3
p.ent("ORG", "农业农村部", line=3, nth=1)               # 农业农村部召开…
#   全国春季田管暨春耕备耕工作视频会议: a meeting, no span
p.ent("ORG", "中央农办", line=3)                        # 中央农办主任: the office, title outside
p.ent("ORG", "农业农村部党组", line=3)                  # a known organ's 党组 belongs to it
p.ent("PERSON", "唐仁健", line=3)
p.ent("ORG", "邢台市农业农村局党组", line=3)
p.ent("PERSON", "尹雪峰", line=3)
p.ent("PERSON", "张志英", line=3)                       # 局长张志英: title outside

# ---- line 5
p.ent("ORG", "中国共产党", line=5)                      # 中国共产党成立100周年: the Party itself
p.slogan("PLAN", "十四五", line=5)
#   各级农业农村部门: generic, no span

# ---- line 7: no names (菜篮子, 舌尖上的安全: no numeral)

# ---- line 9
p.ent("ORG", "省农业农村厅", line=9)                    # 我省…省农业农村厅厅长
p.ent("PERSON", "王国发", line=9)

# ---- line 13: site footer (PAGE); the site's host is ORG
p.ent("ORG", "邢台市农业农村局", line=13)               # 版权所有:邢台市农业农村局
#   line 15 中文域名:邢台市农业农村局.政务 is a web address: no span (a URL names no one)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)
p.block(13, 15, "PAGE")

p.save()
