"""page-1409: 嘉定报 (上海市嘉定区 district paper), e-paper 2020-06-02, 02版 要闻, one article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1409", "corpus/raw/pages/1409_jiadingbao_shoucheng.txt",
         publisher="嘉定报", date="2020-06-02", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- line 1: headline
p.ent("ADMIN", "嘉定", line=1)

# ---------------------------------------------------------------- line 5
p.byline("BYLINE", "本报讯", line=5)                 # bare source tag opening the body
p.ent("ADMIN", "嘉定工业区", line=5)                 # township-level unit heading 娄塘村 (decision 3, zone word in a chain)
p.ent("ADMIN", "娄塘村", line=5)
# 桃溪苑休闲绿地公园: a park, no unit in its name -> no span
p.ent("ADMIN", "嘉定", line=5)                       # 是嘉定创城工作的开展

# ---------------------------------------------------------------- line 7
p.ent("ADMIN", "嘉定", line=7, every=True)           # 嘉定一直在路上; 嘉定城市管理水平
# “全国文明城区”: a title, 全国 is no unit -> no span

# ---------------------------------------------------------------- line 9
p.ent("ORG", "嘉定工业区娄塘村党总支", line=9)        # a named village's Party branch, with its prefix
p.ent("PERSON", "徐寅", line=9)
p.ent("ORG", "村委会", line=9)                       # 娄塘村's committee (decision 5)
p.ent("ADMIN", "娄塘村", line=9)                     # 娄塘村村民王女士 (王女士: no PERSON)

# ---------------------------------------------------------------- line 11
p.ent("ADMIN", "嘉定", line=11)
p.ent("ADMIN", "南翔", line=11)                      # 南翔老街景区 -> 南翔 (decision 2, like 大阳古镇)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                                 # 阅读量/本文字数 counter
p.block(5, 11, "BODY", article=1)

p.save()
