"""page-3705: 邵阳日报 e-paper (szb.shaoyangnews.net), 2020-06-02, 第05版 县域新闻, one article:
环境大整治 靓了小山村 (隆回县小沙江镇肖家垅村). Text as returned by the `pages` store, from the
top of the stored page (e-paper navigation kept as PAGE); the last paragraph, cut off mid-sentence
in the store (卫生状况变好了,…对村里实施亮), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3705", "corpus/raw/pages/3705_shaoyang_longhui_xiaojialong.txt",
         publisher="邵阳日报", date="2020-06-02", script="simplified", origin="pages")

# ---- lines 4-10: the edition's title navigation (PAGE), entities still annotated
p.ent("ADMIN", "武冈", line=4)                      # “武冈铜鹅” product name -> unit inside it (decision 2)
p.ent("ORG", "国网隆回县供电公司", line=7)           # enterprise, admin prefix attached
p.ent("PERSON", "罗素云", line=9)

# ---- line 17: byline under the headline
p.byline("BYLINE", "邵阳日报记者 肖燕 通讯员 彭丽梅 匡雅洁", line=17)
p.ent("ORG", "邵阳日报", line=17)
p.ent("PERSON", "肖燕", line=17)
p.ent("PERSON", "彭丽梅", line=17)
p.ent("PERSON", "匡雅洁", line=17)

# ---- line 20
p.ent("ADMIN", "隆回县", line=20)
p.ent("ADMIN", "小沙江镇", line=20)
p.ent("ADMIN", "肖家垅村", line=20)
#   该村11组: a villagers' group, no unit (decision 3)
p.ent("PERSON", "李叙平", line=20)

# ---- line 22
p.ent("ADMIN", "肖家垅村", line=22)
p.ent("ADMIN", "小沙江镇", line=22)
p.ent("ORG", "村“两委”", line=22)                  # 新一届村“两委”: this village's bodies (decision 5)
#   村级服务平台, 村学校: no named body

# ---- line 24
#   我市: deictic, no span
p.ent("ORG", "镇党委", line=24)                     # the town's Party committee; bare 政府 after 、 no span
p.slogan("GROUP", "门前三包", line=24)              # the three guarantees; items not spelled out

# ---- line 26
p.ent("PERSON", "李叙平", line=26)

# ---- blocks
p.block(1, 2, "PAGE")          # 第05版:县域新闻 / 上一版 下一版
p.block(4, 14, "PAGE")         # title navigation of the edition, 版面导航, search, date + font links
p.block(16, 16, "HEADLINE", article=1)
p.block(17, 17, "BYLINE", article=1)
p.block(20, 26, "BODY", article=1)

p.save()
