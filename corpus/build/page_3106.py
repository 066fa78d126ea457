"""page-3106: 黔东南文明网 (qdnwm.gov.cn, 村镇 column), 2025-10-16, one article on a township's
work: 锦屏县隆里乡:院坝会连民心 连心饭聚合力. Text as returned by the `pages` store, from its
title; its last paragraph (“感谢各帮扶单位…共同推动我们乡各项) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3106", "corpus/raw/pages/3106_jinping_longli_yuanbahui.txt",
         publisher="黔东南文明网", date="2025-10-16", script="simplified", origin="pages")

# ---- line 1: headline (chain 锦屏县|隆里乡)
p.ent("ADMIN", "锦屏县", line=1)
p.ent("ADMIN", "隆里乡", line=1)

# ---- line 2: web meta line: timestamp outside, labelled source is the BYLINE (decision 12)
p.byline("BYLINE", "来源:黔东南文明网", line=2)
p.ent("ORG", "黔东南文明网", line=2)

# ---- line 4
p.ent("ADMIN", "隆里乡", line=4)

# ---- line 7: “认识帮扶力量、解读惠民政策、征集群众意见”三大核心环节: the items printed
#      before the formula are its expansion (decision of batch 12NN/14NN)
p.slogan("GROUP", "三大核心环节", line=7)
items = ["认识帮扶力量", "解读惠民政策", "征集群众意见"]
lo, _ = p.line_bounds[6]
p.slogans[-1]["expansion"] = [list(p.find_all(it, lo)[0]) for it in items]
#   村“两委”: a count of bodies, generic here (each village's): no ORG, no formula
#   乡党政班子, 驻村工作队: generic, no span

# ---- line 10
p.ent("PERSON", "运光", line=10)                     # 运光书记: the (given) name of the secretary
p.ent("ORG", "云村公司", line=10)                    # an enterprise recruiting workers
p.ent("ORG", "乡政府", line=10)                      # the township government (like 镇政府)
p.ent("ADMIN", "隆里所村", line=10)
p.ent("PERSON", "杨爱英", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # 时间:… 来源:黔东南文明网
p.block(4, 12, "BODY", article=1)      # four paragraphs (blank lines split them)

if "--show" in sys.argv:
    p.show()
p.save()
