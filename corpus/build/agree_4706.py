"""agree-page-4706: 随州日报 e-paper (第 A1 版:要闻), one article: 随州市二届人大三次会议开幕.
Second, independent pass. Date not printed (null)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4706", "corpus/raw/pages/4706_suizhou_renda_kaimu_sige_suizhou.txt",
         publisher="随州日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-3: title deck (引题 / 主题 / 副题)
p.slogan("COUNT", "四个随州", line=1)
p.ent("ADMIN", "随州", line=1)                      # inside the campaign formula (decision 2)
p.ent("ORG", "随州市二届人大", line=2)               # congress with its term (21NN rule)
for name in ["马清明", "刘晓鸣", "冯仲凯", "刘安民"]:
    p.ent("PERSON", name, line=3)

# ---- line 4: e-paper meta field 作者: (holds the photo credit, cut)
p.byline("BYLINE", "作者:孙洪涛摄)", line=4)
p.ent("PERSON", "孙洪涛", line=4)

# ---- line 6: source tag + body
p.byline("BYLINE", "本报讯 记者董斌、见习记者白萌报道", line=6)
p.ent("PERSON", "董斌", line=6)
p.ent("PERSON", "白萌", line=6)
p.ent("ORG", "随州市第二届人民代表大会", line=6)      # 第三次会议 (the session) outside; 神农大剧院: venue

# ---- line 8
p.ent("ORG", "市人大常委会", line=8)
p.ent("ORG", "市委", line=8, every=True)             # 市委书记, 市委副书记 x2
p.ent("ORG", "市政协", line=8, every=True)           # 市政协主席, 市政协副主席
p.ent("PERSON", "马清明", line=8, every=True)
for name in ["赵效援", "何光中", "余俊杰", "程菊华", "陈德培", "周世平", "严新国", "梅行全",
             "袁慧敏", "刘先令", "谭志勇",
             "刘晓鸣", "冯仲凯", "刘安民", "樊建国",
             "肖伏清", "雷文洁", "万学斌", "彭明方", "涂胜华", "李雅君", "黄志群", "熊宗荣",
             "向用海", "夏明权", "严红兵",
             "王洪霞", "张书文", "朱朝林", "孔令才", "任文泽", "黄秋菊", "包毅国"]:
    p.ent("PERSON", name, line=8)
# 大会主席团: the session's presidium, no named body -> no span; 市领导: no span

# ---- line 9-11
p.ent("ORG", "市二届人大", line=9)
p.ent("PERSON", "马清明", line=10)
p.ent("ORG", "随州市第二届人民代表大会", line=10)
p.ent("ORG", "随州市第二届人民代表大会", line=11)      # inside the document title 《…选举办法》
# line 13 与会人大代表: bare 人大 with no level -> no span

# ---- line 14: caption with photo credit
p.byline("PHOTO", "(本报记者 孙洪涛摄)", line=14)
p.ent("PERSON", "孙洪涛", line=14)

# ---- page furniture
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
p.block(15, 22, "PAGE")

p.save()
