"""page-4706: 随州日报 (szrb.sz-news.com.cn, e-paper, 第A1版:要闻), 2008-08-28, one article:
(引题) 发扬奥运拼搏精神 加快“四个随州”建设 / 随州市二届人大三次会议开幕. Text as returned by the
`pages` store, from its title (the e-paper bar 今日 首页 -往期报纸 / 文章搜索: above it left out, and the
last line, a copyright line cut off mid-word "Copyright© 2007-2019 by .a", dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4706", "corpus/raw/pages/4706_suizhou_renda_kaimu_sige_suizhou.txt",
         publisher="随州日报", date="2008-08-28", script="simplified", origin="pages")

# ---- line 1: kicker with the formula (the city's "四个随州"; items not spelled out on the page)
p.slogan("COUNT", "四个随州", line=1)
p.ent("ADMIN", "随州", line=1)                    # unit inside the formula (decision 2)

# ---- line 2: headline; line 18 repeats it in the e-paper's navigation
p.ent("ORG", "随州市二届人大", line=2)             # a congress of a numbered term: one ORG, session outside

# ---- line 3: subhead
for name in ["马清明", "刘晓鸣", "冯仲凯", "刘安民"]:
    p.ent("PERSON", name, line=3)

# ---- line 4: the site's author field (a photographer's credit): labelled credit, BYLINE
p.byline("BYLINE", "作者:孙洪涛摄)", line=4)
p.ent("PERSON", "孙洪涛", line=4)

# ---- line 6: byline opening the body
p.byline("BYLINE", "本报讯 记者董斌、见习记者白萌报道", line=6)
p.ent("PERSON", "董斌", line=6)
p.ent("PERSON", "白萌", line=6)
p.ent("ORG", "随州市第二届人民代表大会", line=6)   # 神农大剧院: venue, no span

# ---- line 8: the platform
p.ent("ORG", "市委", line=8, nth=1)
p.ent("ORG", "市人大常委会", line=8)
p.ent("PERSON", "马清明", line=8, nth=1)
for name in ["马清明", "赵效援", "何光中", "余俊杰", "程菊华", "陈德培", "周世平", "严新国",
             "梅行全", "袁慧敏", "刘先令", "谭志勇"]:
    p.ent("PERSON", name, line=8, after="大会执行主席")
p.ent("ORG", "市委", line=8, after="就座。")          # 市委副书记、代理市长刘晓鸣
p.ent("PERSON", "刘晓鸣", line=8)
p.ent("ORG", "市委", line=8, after="刘晓鸣")          # 市委副书记冯仲凯
p.ent("PERSON", "冯仲凯", line=8)
p.ent("PERSON", "刘安民", line=8)
p.ent("ORG", "市政协", line=8, nth=1)
p.ent("PERSON", "樊建国", line=8)
for name in ["肖伏清", "雷文洁", "万学斌", "彭明方", "涂胜华", "李雅君", "黄志群", "熊宗荣",
             "向用海", "夏明权", "严红兵"]:
    p.ent("PERSON", name, line=8)
#   大会主席团: the session's presidium, named only by its kind: no span
p.ent("ORG", "市政协", line=8, after="严红兵")
for name in ["王洪霞", "张书文", "朱朝林", "孔令才", "任文泽", "黄秋菊", "包毅国"]:
    p.ent("PERSON", name, line=8)

# ---- line 9
p.ent("ORG", "市二届人大", line=9)

# ---- line 10
p.ent("PERSON", "马清明", line=10)
p.ent("ORG", "随州市第二届人民代表大会", line=10)

# ---- line 11: organ inside a document title
p.ent("ORG", "随州市第二届人民代表大会", line=11)

# ---- line 14: caption with the photo credit
p.byline("PHOTO", "(本报记者 孙洪涛摄)", line=14)
p.ent("PERSON", "孙洪涛", line=14)

# ---- e-paper furniture
p.ent("ORG", "随州日报", line=15)
p.ent("ORG", "随州市二届人大", line=18)
p.ent("ORG", "随州日报", line=22)

# ---- blocks
p.block(1, 1, "KICKER", article=1)
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(6, 13, "BODY", article=1)
p.block(14, 14, "CAPTION", article=1)
p.block(15, 15, "PAGE")          # 更多>> 随州日报近期报纸查看
p.block(17, 20, "PAGE")          # 本文所在版面导航 / link / 本文所在版面 / 【第 A1 版:要闻】
p.block(22, 22, "PAGE")          # copyright line

p.save()
