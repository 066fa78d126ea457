"""page-4102: 巴彦淖尔市农牧局 (the bureau's own meeting report; copy stored at nmgfzw.cn, publisher
inferred), one article: 巴彦淖尔市农牧局召开2023年全市农牧局长工作会议. Text as returned by the `pages`
store, from its title; the last paragraph (会议强调,2023年是贯彻落实党…) is cut off mid-sentence and left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4102", "corpus/raw/pages/4102_bayannaoer_nongmuju_juzhang_huiyi.txt",
         publisher="巴彦淖尔市农牧局", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "巴彦淖尔市农牧局", line=1)
#   2023年全市农牧局长工作会议: an event, no span

# ---- line 2
p.ent("ORG", "市农牧局", line=2, after="会议在")          # 在市农牧局召开
p.ent("PERSON", "习近平", line=2)
p.slogan("GROUP", "三农", line=2, nth=1)                   # 关于“三农”工作重要论述
p.slogan("GROUP", "三农", line=2, nth=1)                   # 关于“三农”工作的决策部署 (the first is taken)
#   党的二十大: no formula; 中央农村工作会议: 中央 as a modifier of an event, no span
p.ent("ORG", "自治区党委", line=2)                         # 自治区党委农村牧区工作会议: organ inside an event name
p.ent("ORG", "市委", line=2, after="工作会议和")            # 市委农村牧区工作会议
#   各旗县区农牧和科技局(农牧局): a generic class of bodies, no span
p.ent("ORG", "市农牧局", line=2, after="局长,")            # 市农牧局局属二级单位党支部书记
#   局属二级单位, 局机关各科室, 局属处级单位: generic, no span
p.ent("ORG", "市农牧局党组", line=2, after="参加会议。")     # 市农牧局党组成员、调研员
p.ent("ORG", "市委农牧办", line=2, after="出席会议。")       # 市委农牧办副主任
p.ent("ORG", "市农牧局党组", line=2, after="副主任、")       # 市农牧局党组副书记
p.ent("ORG", "市乡村振兴局", line=2)
p.ent("PERSON", "孙立新", line=2)
p.ent("ORG", "市委农牧办", line=2, after="主持会议,")       # 市委农牧办主任
p.ent("ORG", "市农牧局党组", line=2, after="主任、")         # 市农牧局党组书记、局长
p.ent("PERSON", "奥林虎", line=2)
#   代表局党组: a bare organ type (like 机关党委, decision 13), no span

# ---- line 4
p.ent("ADMIN", "内蒙古自治区", line=4)                      # inside a document title (decision 2)
p.ent("ADMIN", "杭后", line=4)                              # 杭锦后旗
p.ent("ADMIN", "五原", line=4)                              # 五原县
p.ent("ADMIN", "中旗", line=4)                              # 乌拉特中旗
p.ent("ADMIN", "临河", line=4)                              # 临河区
# ---- line 5: 各旗县区: no span

# ---- line 7
p.ent("PERSON", "习近平", line=7)
p.ent("ADMIN", "内蒙古", line=7)                            # 对内蒙古重要指示批示精神
p.ent("ORG", "自治区农牧厅", line=7)
p.ent("ORG", "市委", line=7)                                # 市委市政府 -> two ORG
p.ent("ORG", "市政府", line=7)
p.slogan("PARALLEL", "三农三牧", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(4, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)

p.save()
