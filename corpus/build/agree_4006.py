"""agree-page-4006: 尚一网 (常德日报社's news site), an aggregator's copy converted to traditional
script; one article without a title: reactions to the 9th plenary (enlarged) session of the 7th
CPC 常德市 committee (12月14日; year not printed). Second, independent pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4006", "corpus/raw/pages/4006_changde_shangyi_quanhui.txt",
         publisher="尚一网", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: source tag + reporters (a line holding only the byline)
p.byline("BYLINE", "尚一網訊 記者 孫瑋懌 王偉傑 焦陽 徐睿 胡秋菊 姚懿容 李白 王自來 李張念", line=1)
p.ent("ORG", "尚一網", line=1)                        # a byline's source medium is ORG
for name in ["孫瑋懌", "王偉傑", "焦陽", "徐睿", "胡秋菊", "姚懿容", "李白", "王自來", "李張念"]:
    p.ent("PERSON", name, line=1)

# ---- line 2
p.ent("ORG", "中國共產黨常德市第七屆委員會", line=2)     # party + organ + term: one ORG; 第九次全體(擴大)會議 is the event
p.ent("ORG", "中共常德市委", line=2)                   # issuer inside the document title
p.ent("ADMIN", "常德市", line=2, after="關於制定")       # 常德市國民經濟和社會發展… inside the title (decision 2)
# 第十四個五年規劃: the plan's full ordinal name, not the 十四五 formula (ordinal + count of years)
p.slogan("PARALLEL", "三高四新", line=2)               # no expansion: the article never lists its items
p.ent("ADMIN", "常德", line=2, after="目標催人奮進,")    # 常德未來可期
# 中國特色社會主義 (twice): fixed political term, no span
p.ent("PERSON", "習近平", line=2)
p.slogan("PLAN", "十四五", line=2)
p.ent("ADMIN", "湖南", line=2)                        # 湖南新篇章
p.ent("ADMIN", "常德", line=2, after="新篇章")          # 常德貢獻

# ---- line 3 (我市: no span); three separate counts, each in its own clause (decision 10)
p.slogan("PLAN", "十四五", line=3)
p.slogan("COUNT", "一個中心", line=3)
p.slogan("COUNT", "兩個樞紐", line=3)
p.slogan("COUNT", "三個基地", line=3)

# ---- line 4
p.ent("ORG", "市財政局", line=4)
p.ent("PERSON", "楊天生", line=4)
p.slogan("PLAN", "十四五", line=4)
# 對標、傳承、創新: no numeral, no formula
p.slogan("COUNT", "三個基地", line=4)
p.ent("ADMIN", "常德", line=4, nth=1)                 # 常德有很好的基礎
p.ent("ADMIN", "常德", line=4)                        # 常德未來可期

# ---- line 5
p.ent("ORG", "市交通運輸局", line=5)
p.ent("PERSON", "龔霞波", line=5)
p.slogan("PARALLEL", "一樞紐四通道", line=5)
p.slogan("PARALLEL", "五通道四連線", line=5)
p.slogan("PARALLEL", "一港兩區三航道", line=5)
p.slogan("GROUP", "四好農村路", line=5)                # the national 四好农村路 (建好、管好、护好、运营好)

# ---- line 6
p.ent("ORG", "市經建投", line=6)                      # short form of the city's 经济建设投资 group
p.ent("PERSON", "曾克非", line=6)
# 北部高鐵新城: a planned district, not a unit: no span
p.slogan("COUNT", "兩個樞紐", line=6)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 6, "BODY", article=1)

p.save()
