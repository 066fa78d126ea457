"""page-4006: 尚一网 (常德日报社), text credited 尚一網訊, copy on ppfocus.com converted to
traditional script; reactions to the 常德市委 7th committee's 9th plenary session (December 14,
year not printed; the 十四五 proposal puts it in 2020). The stored text opens with the byline (no
title); the last paragraph (常德高新區黨工委書記楊學平…明確清) was cut off mid-sentence by the store
and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4006", "corpus/raw/pages/4006_changde_shangyi_quanhui.txt",
         publisher="尚一网 (常德日报社)", date=None, script="traditional", origin="pages")

# ---- line 1: byline (source tag + nine reporters)
p.byline("BYLINE", "尚一網訊 記者 孫瑋懌 王偉傑 焦陽 徐睿 胡秋菊 姚懿容 李白 王自來 李張念")
p.ent("ORG", "尚一網", line=1)
for name in ["孫瑋懌", "王偉傑", "焦陽", "徐睿", "胡秋菊", "姚懿容", "李白", "王自來", "李張念"]:
    p.ent("PERSON", name, line=1)

# ---- line 2
p.ent("ORG", "中國共產黨常德市第七屆委員會", line=2)   # party + organ + term: one ORG
p.ent("ORG", "中共常德市委", line=2)                   # organ inside a document title
p.ent("ADMIN", "常德市", line=2, after="中共常德市委關於制定")  # 常德市國民經濟…: unit in the title
#   第十四個五年規劃: the plan's full ordinal name, not the 十四五 formula: no slogan
p.slogan("PARALLEL", "三高四新", line=2)
p.ent("ADMIN", "常德", line=2, after="目標催人奮進")   # 常德未來可期
#   中國特色社會主義 (twice): fixed political term, no span
p.ent("PERSON", "習近平", line=2)
p.slogan("PLAN", "十四五", line=2)
p.ent("ADMIN", "湖南", line=2)                         # 湖南新篇章
p.ent("ADMIN", "常德", line=2, after="湖南新篇章作出")  # 常德貢獻

# ---- line 3
p.slogan("PLAN", "十四五", line=3)
p.slogan("COUNT", "一個中心", line=3)
p.slogan("COUNT", "兩個樞紐", line=3)
p.slogan("COUNT", "三個基地", line=3)

# ---- line 4
p.ent("ORG", "市財政局", line=4)
p.ent("PERSON", "楊天生", line=4)
p.slogan("PLAN", "十四五", line=4)
p.slogan("COUNT", "三個基地", line=4)
p.ent("ADMIN", "常德", line=4, every=True)             # 平臺常德有…, 常德未來可期

# ---- line 5
p.ent("ORG", "市交通運輸局", line=5)
p.ent("PERSON", "龔霞波", line=5)
p.slogan("PARALLEL", "一樞紐四通道", line=5)
p.slogan("PARALLEL", "五通道四連線", line=5)
p.slogan("PARALLEL", "一港兩區三航道", line=5)
p.slogan("GROUP", "四好農村路", line=5)

# ---- line 6
p.ent("ORG", "市經建投", line=6)                       # the city's construction-investment company
p.ent("PERSON", "曾克非", line=6)
#   北部高鐵新城: a planning area, no span
p.slogan("COUNT", "兩個樞紐", line=6)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 6, "BODY", article=1)

p.save()
