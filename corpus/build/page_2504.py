"""page-2504: 黄海晨刊 (日照日报社's city paper, e-paper epaper.rznews.cn, 2022-05-27), one article:
“党报记者进社区”专项行动启动. Text as returned by the `pages` store, from its title deck (the
e-paper's navigation line and 文章搜索: before it are left out); the last paragraph, cut off
mid-sentence (在现场,一群穿荧光绿马甲的人…赶往城), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2504", "corpus/raw/pages/2504_rizhao_jizhe_jinshequ.txt",
         publisher="黄海晨刊", date="2022-05-27", script="simplified", origin="pages")

# ---- line 3: subhead
p.ent("ORG", "黄海晨刊", line=3)                    # 《黄海晨刊·社区》: the paper named inside its section's title

# ---- line 5: byline under the title deck
p.byline("BYLINE", "全媒体记者 刘彦美 李珊 报道", line=5)
p.ent("PERSON", "刘彦美", line=5)
p.ent("PERSON", "李珊", line=5)

# ---- line 6: source tag + first paragraph
p.byline("BYLINE", "本报讯", line=6)
p.ent("ADMIN", "东港区", line=6)
p.ent("ADMIN", "秦楼街道", line=6)
p.ent("ADMIN", "城市花园社区", line=6)
p.ent("ORG", "市委", line=6)                        # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=6)                      # 宣传部部长 -> ORG 宣传部
p.ent("PERSON", "李波", line=6)
p.ent("PERSON", "张金梅", line=6)                   # 副市长张金梅

# ---- line 7: organisers
p.ent("ORG", "日照市文明办", line=7)
p.ent("ORG", "日照市民政局", line=7)
p.ent("ORG", "日照日报社", line=7)
#   “熟人社区”, “社区之家”: civilisation-building concepts, no span

# ---- line 9
p.ent("PERSON", "隋言晨", line=9)

# ---- line 10
p.ent("ORG", "秦楼街道城市花园社区党委", line=10)  # a community's Party committee, one span with its units
p.ent("PERSON", "秦玉霞", line=10)

# ---- line 11
p.ent("PERSON", "王娜", line=11)                    # 小区居民王娜

# ---- blocks
p.block(1, 1, "KICKER", article=1)     # 推进共建共享 打造熟人社区 (引题)
p.block(2, 2, "HEADLINE", article=1)   # “党报记者进社区”专项行动启动
p.block(3, 3, "SUBHEAD", article=1)    # 《黄海晨刊·社区》每周五与您相约
p.block(5, 5, "BYLINE", article=1)
p.block(6, 11, "BODY", article=1)

p.save()
