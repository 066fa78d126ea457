"""page-2306: 上海市人民政府参事室 (css.sh.gov.cn, 工作动态), 2025-08-11, one item:
市政府参事赴杨浦区调研. Text as returned by the `pages` store, from its title; its last
paragraph (王剑华参事代表调研组…他表示) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2306", "corpus/raw/pages/2306_shcss_yangpu_diaoyan.txt",
         publisher="上海市人民政府参事室", date="2025-08-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政府", line=1)                      # 市政府参事: title of 市政府
p.ent("ADMIN", "杨浦区", line=1)

# ---- line 3: the delegation and its hosts
p.ent("ORG", "市政府", line=3, nth=1)               # 市政府参事、…
p.ent("ORG", "参事临时党支部", line=3)               # a named (temporary) Party branch of the counsellors
p.ent("ORG", "市信访办", line=3)                    # 市信访办原主任: organ + former title
p.ent("PERSON", "王剑华", line=3)
p.ent("ADMIN", "杨浦区", line=3)
p.ent("ORG", "市政府参事室党组", line=3)             # 党组 kept inside (docs/annotation.md, 21NN)
p.ent("ORG", "市政府", line=3)                      # 市政府参事关保英 (the free one left)
for name in ["关保英", "阮忠良", "沈志刚", "胡卫", "陈晶莹", "张继明"]:
    p.ent("PERSON", name, line=3)
p.ent("PERSON", "才华", line=3)                     # 副主任才华: a personal name
p.ent("ORG", "区委", line=3, every=True)            # 区委书记, 区委常委 ×2 (3)
p.ent("PERSON", "薛侃", line=3)
p.ent("PERSON", "徐建华", line=3)                   # 副区长: level word, no span
p.ent("ORG", "政法委", line=3)                      # 区委常委、政法委书记: one specific body (decision 13)
p.ent("PERSON", "陆志斌", line=3)

# ---- line 4: sites visited
p.ent("ADMIN", "杨浦区", line=4, nth=1)             # 杨浦区“百年市政”
p.ent("ADMIN", "上海特别市", line=4)                 # “旧上海特别市政府”大楼: a building, the unit inside
p.ent("ORG", "上海体育大学", line=4)                 # 上海体育大学行政办公楼: the university, its building a place
p.ent("ADMIN", "杨浦区", line=4)                    # 杨浦区图书馆总馆: visited as a building, no ORG
p.ent("ORG", "上海市第一康复医院", line=4)            # a hospital (§2 ORG)
p.ent("ADMIN", "杨浦", line=4)                      # 感受杨浦在传承与创新中
p.slogan("ONE", "一站式", line=4)                   # 一站式易康服务中心 (service centre: a facility, no ORG)

# ---- line 5
p.ent("ADMIN", "上海", line=5, nth=1)               # 上海人民城市实践展示馆: venue, unit inside
p.ent("ADMIN", "杨浦", line=5, nth=1)               # 杨浦滨江: a place, unit inside
#   杨树浦电厂遗迹公园, 复兴岛, 滨江中北段: places, no unit
p.ent("ORG", "杨浦区委", line=5)
p.ent("ORG", "区政府", line=5)                      # 杨浦区委区政府 -> two ORG
#   习总书记: surname + title, no PERSON (decision 6)
s = p.slogan("GROUP", "三岛", line=5)               # “数字岛、设计岛、人民岛”三岛定位: items printed before
lo = p.line_bounds[4][0]
items = []
for it in ["数字岛", "设计岛", "人民岛"]:
    a, b = p.find_all(it, lo, s[0]["start"])[0]
    items.append([a, b]); lo = b
s[0]["expansion"] = items
p.ent("ORG", "小红书", line=5)                      # the company that holds the event

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")              # 发布日期: a date-only meta line
p.block(3, 5, "BODY", article=1)

p.save()
