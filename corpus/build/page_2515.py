"""page-2515: 澎湖日報 (penghudaily.blogspot.com), July 2021 (no date printed on the stored page),
one article: 議會定期會、總質詢時程表排定. Text as returned by the `pages` store, from its title,
with the site's footer after the article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2515", "corpus/raw/pages/2515_penghu_daily_yihui_zhixun.txt",
         publisher="澎湖日報", date=None, script="traditional", origin="pages")

# ---- line 1: headline. 議會 alone is a bare institution type (decision 13): no span.

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "【記者鄭家瑜報導】", line=3)
p.ent("PERSON", "鄭家瑜", line=3)
p.ent("ORG", "澎湖縣議會", line=3)          # 第19屆第五次定期會: the term and session name the meeting

# ---- line 5
p.ent("ORG", "縣府", line=5)                 # short for 縣政府 (like 市府)
p.ent("ADMIN", "沙港", line=5)               # 沙港航道: 沙港 (湖西鄉沙港村) inside a site's name (decision 2)
#   送議會審查: bare 議會, no span

# ---- line 7: 縣長 (title), 各單位, 各審查委員會 (generic): no spans

# ---- line 11: order of the general interpellation
for name in ["胡松榮", "藍凱元", "蔡清續", "魏長源", "張再興", "宋昀芝", "許育愷", "蘇陳綉色",
             "陳振中", "呂光宇", "呂黃春金", "歐中慨", "陳佩真", "夏晨榮", "陳雙全", "陳慧玲",
             "李添進", "陳海山"]:
    p.ent("PERSON", name, line=11)

# ---- line 13: the five review committees of the council
for org, names in [("第一審查委員會", ["呂光宇", "陳慧玲", "許育愷"]),
                   ("第二審查委員會", ["胡松榮", "呂黃春金", "宋昀芝", "陳雙全"]),
                   ("第三審查委員會", ["歐中慨", "張再興", "李添進", "陳振中"]),
                   ("第四審查委員會", ["藍凱元", "蘇陳綉色", "陳佩真", "夏晨榮"]),
                   ("第五審查委員會", ["陳海山", "魏長源", "蔡清續"])]:
    p.ent("ORG", org, line=13)
    for n in names:
        p.ent("PERSON", n, line=13, after=org)
#   議長總結: title, no span

# ---- footer
p.ent("ORG", "澎湖日報", line=17)
p.ent("ORG", "澎湖日報", line=18)
p.ent("ORG", "瑋瑜有限公司", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 13, "BODY", article=1)
p.block(16, 19, "PAGE")        # site footer: policy links, copyright, designer

p.save()
