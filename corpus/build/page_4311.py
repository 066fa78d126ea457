"""page-4311: 大河报 (大河报·豫视频), copy on ousaite.com (云霞资讯网), undated (text: 转机始于2017年 … 八年,
初冬 -> winter 2025), one article: 河南省社旗县人民法院派驻书记郑永平:八年扎根,绘就乡村振兴新图景.
Text as returned by the `pages` store, from its title (the aggregator's name line 云霞资讯网 above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4311", "corpus/raw/pages/4311_dahebao_sheqi_zhucun_shuji.txt",
         publisher="大河报", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "河南省社旗县人民法院", line=1)      # one ORG with its admin prefix (§2)
p.ent("PERSON", "郑永平", line=1)                 # 派驻书记 is a title

# ---- line 3: byline under the headline (medium + brand + two reporters, names glued)
p.byline("BYLINE", "大河报·豫视频记者李春段晨曦", line=3)
p.ent("ORG", "大河报", line=3)
p.ent("ORG", "豫视频", line=3)                    # 大河报's video platform, a medium in the source
p.ent("PERSON", "李春", line=3)
p.ent("PERSON", "段晨曦", line=3)

# ---- line 5
p.ent("ADMIN", "完粮徐村", line=5)

# ---- line 7
p.ent("ORG", "社旗县法院", line=7)
p.ent("PERSON", "郑永平", line=7)                 # 老支书: a title, no name

# ---- line 9
p.ent("PERSON", "郑永平", line=9)

# ---- line 11
p.ent("PERSON", "郑永平", line=11)
p.ent("ADMIN", "四川", line=11)
p.ent("ADMIN", "贵州", line=11)
p.ent("PERSON", "郭来中", line=11)                # 能人郭来中: a person named after what he is
p.ent("ORG", "科得鑫薯业", line=11)               # the enterprise he founded; quotes wrap the whole name -> outside

# ---- line 13
p.ent("PERSON", "郑永平", line=13)
p.ent("ORG", "村“两委”", line=13)                 # this village's two committees (decision 5); quotes wrap part -> inside
p.ent("ORG", "完粮徐村党支部", line=13)
p.ent("ADMIN", "河南省", line=13)                 # 河南省基层党建示范村: unit inside an award title (decision 2)
p.slogan("GROUP", "五星", line=13)                # “五星党支部”: GROUP 五星, as pages 1402, 2308, 2708 (review, session 15)
#   “能人回引”“学历提升”: no numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)

p.save()
