"""page-3609: 昌江黎族自治县委组织部 (昌江党建网, changjiangdj.gov.cn), 2021-12-22, one article:
昌化镇新城村开展“12·5”国际 志愿者日活动. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3609", "corpus/raw/pages/3609_changjiang_xinchengcun_zhiyuanzhe.txt",
         publisher="昌江黎族自治县委组织部", date="2021-12-22", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "昌化镇", line=1)
p.ent("ADMIN", "新城村", line=1)                    # “12·5”国际志愿者日: a dated day, no formula

# ---- line 4: source tag with dateline + body
p.byline("BYLINE", "本报新城村12月6日电(通讯员 王鹏)")
p.ent("ADMIN", "新城村", line=4)                    # place in the dateline (decision 12)
p.ent("PERSON", "王鹏", line=4)
p.ent("ORG", "新城村委会", line=4)                  # one named village's committee (decision 5)
p.ent("ADMIN", "新城村", line=4)                    # 新城村“两委”干部: 两委 is a count of bodies, no ORG/formula
#   乡村振兴工作队: a kind of team posted to villages, not a named team -> no span

# ---- line 6
p.ent("PERSON", "韦汉明", line=6)                   # 驻村第一书记…队长韦汉明
p.ent("ORG", "县委", line=6)                        # 在县委的指导下
#   我村, 村“两委”: deictic / count of bodies, no span

# ---- lines 8-9: site host lines (PAGE), bodies annotated
p.ent("ORG", "昌江县黎族自治县组织部", line=8)       # 主管单位 (sic, as printed)
p.ent("ADMIN", "海南省", line=9)
p.ent("ADMIN", "昌江县", line=9)
p.ent("ADMIN", "石碌镇", line=9)
p.ent("ADMIN", "昌江", line=9, after="石碌镇")     # 昌江大道: the county's name inside a road's name (decision 2)
#   县政府办公大楼: a building (decision 14), no ORG for 县政府 inside it
p.ent("ORG", "海南信息岛", line=9)                  # the web company / portal credited at the foot

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")           # 发布时间2021-12-22 (date-only meta line)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "BODY", article=1)
p.block(8, 9, "PAGE")           # 主管单位 / 地址 host lines

p.save()
