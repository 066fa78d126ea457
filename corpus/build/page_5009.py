"""page-5009: 青州新闻网 (qzxww.com, 青州市's county-level news site; 青州市融媒体中心, inferred),
2020-06-09, one article: 云门山街道:完善社区功能助力文明城市创建. Text as returned by the `pages`
store, from its title; the last 精选专题 item, cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5009", "corpus/raw/pages/5009_qingzhou_yunmenshan_wenming.txt",
         publisher="青州新闻网", date="2020-06-09", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "云门山街道", line=1)

# ---- line 3: web meta line with its labelled source (decision 12), timestamp outside
p.byline("BYLINE", "来源:青州新闻网", line=3)
p.ent("ORG", "青州新闻网", line=3)

# ---- line 6: source tag with dateline and reporter, then the lead
p.byline("BYLINE", "青州新闻网6月9日讯(记者  张庆  报道)", line=6)
p.ent("ORG", "青州新闻网", line=6)
p.ent("PERSON", "张庆", line=6)
p.ent("ADMIN", "云门山街道", line=6)
p.ent("ADMIN", "夏钦园社区", line=6)

# ---- line 8
p.ent("ADMIN", "云门山街道", line=8)
p.ent("ADMIN", "夏钦园社区", line=8)     # its 新时代文明实践站 is a venue (走进…): no ORG
p.slogan("ONE", "一站式", line=8)        # 一站式服务大厅 (guideline example)
p.ent("PERSON", "雷锋", line=8)          # 学雷锋志愿服务站: a real person inside a site name (seed 学雷鋒)

# ---- line 12
p.ent("ADMIN", "夏钦园社区", line=12)    # 该社区 (twice): deictic, no span

# ---- line 16: editor line 编辑:小谭 -- 小 + surname is an address form, no PERSON
# ---- line 21: related-article teaser (site furniture), its unit keeps its span
p.ent("ORG", "市园林绿化中心", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(6, 12, "BODY", article=1)
p.block(16, 17, "PAGE")          # 编辑:小谭 / 文章推荐:
p.block(19, 19, "PAGE")          # 精选专题
p.block(21, 21, "PAGE")          # recommended article teaser

p.save()
