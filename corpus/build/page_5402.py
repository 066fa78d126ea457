"""page-5402: 唐山劳动日报 (e-paper, 版面 1 要闻; text on the 360elib 电子报阅读机, 当前报纸名称:唐山劳动日报),
河北, one article: 我市组织开展国际志愿者日 主题志愿服务活动 (日期:12-06; 第40个国际志愿者日 = 2025).
Taken from its title; the reader's header above it and the last paragraph, cut mid-sentence, are left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5402", "corpus/raw/pages/5402_tangshan_zhiyuanzhe_ri.txt",
         publisher="唐山劳动日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (我市: deictic, no span)
# ---- lines 3-5: e-paper meta (日期, 字号, 版面, 上一篇/下一篇): PAGE

# ---- line 7: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者景立华 通讯员杨海、赵冠群)")
p.ent("PERSON", "景立华", line=7)
p.ent("PERSON", "杨海", line=7)
p.ent("PERSON", "赵冠群", line=7)
p.ent("ADMIN", "曹妃甸", line=7)             # 曹妃甸区 by its bare name
p.ent("ADMIN", "丽景盛园社区", line=7)       # a named 社区 (village level); its 广场 is a place
#   “冀益唐馨·千行百业社区行”: a campaign brand; 冀, 唐 are one-character forms (no ADMIN)

# ---- line 9
p.ent("ORG", "市委社会工作部", line=9, every=True)   # x2
p.ent("ORG", "市委“两新”工委", line=9)              # quoted formula inside the organ's name stays inside
p.slogan("GROUP", "两新", line=9)                    # ... and is a formula of its own
p.ent("ORG", "市志愿者协会", line=9)
p.ent("PERSON", "习近平", line=9)
p.ent("ORG", "中国志愿服务联合会", line=9)           # organisation inside an event's name (第三届会员代表大会)

# ---- line 11
p.slogan("GROUP", "三新", line=11)                   # “三新” (brigade named by the formula); 11支…大队: a count
p.ent("PERSON", "马潮", line=11)
#   敬老院: bare institution type, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "PAGE")
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)

p.save()
