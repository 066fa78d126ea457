"""page-5209: 远安县融媒体中心 (m-yuanan.cjyun.org, the 远安 channel of 长江云; inferred from the domain,
no site name on the stored page), 2024-03-05, one article: 远安县召开2023年度党委(党组)书记抓基层党建工作
述职评议会议. Text as returned by the `pages` store, from its title; the last paragraph (cut off
mid-sentence: 各乡镇党委书记、组织委员,县委党的建设工作) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5209", "corpus/raw/pages/5209_yuanan_dangjian_shuzhi.txt",
         publisher="远安县融媒体中心", date="2024-03-05", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "远安县", line=1)
#   党委(党组)书记: generic office, no span

# ---- line 3: date line only -> PAGE, no span

# ---- line 5: first paragraph
p.ent("ADMIN", "远安县", line=5)
p.ent("ORG", "县委", line=5, nth=1)              # 县委书记汤明
p.ent("PERSON", "汤明", line=5, nth=1)
p.ent("ORG", "县委", line=5, nth=1)              # 在家县委常委 (contracted title keeps the organ)
#   7名乡镇党委书记: generic, no span
p.ent("ORG", "县自然资源规划局", line=5)
p.ent("ORG", "县退役军人事务局", line=5)
p.ent("ORG", "县生态环境分局", line=5)
#   3名县直单位党组书记, 其他县直单位党委(党组)书记: generic, no span
p.ent("PERSON", "汤明", line=5, nth=1)            # 汤明逐一进行点评
p.ent("ORG", "宜昌市党员电化教育中心", line=5)
p.ent("PERSON", "曹亮", line=5)

# ---- line 7: second paragraph (汤明强调 ...)
p.ent("PERSON", "汤明", line=7)
p.ent("PERSON", "习近平", line=7)                 # 习近平新时代中国特色社会主义思想
p.ent("ORG", "县委", line=7)                      # 对标县委“…”的目标任务
p.slogan("GROUP", "双集中", line=7)               # 加快双集中 (双 as a numeral in a fixed formula); items not spelled out
p.ent("ADMIN", "宜昌", line=7)                    # 构建世界级宜昌重要支撑
#   长江大保护典范城市样板县: no unit named; 共同缔造、联村共建、湾组治理: no numeral
p.slogan("GROUP", "两新", line=7)                 # “两新” (new economic and social organisations), as 区委“两新”工委
p.slogan("PARALLEL", "一岗双责", line=7)          # established formula (26NN)
#   1至2件党建重点项目: a count in prose, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                              # 2024-03-05 18:01 (date-only meta line)
p.block(5, 7, "BODY", article=1)

p.save()
