"""page-4115: 高雄市議會 (kcc.gov.tw, 高雄市議會全球網-中文網, news section), date not printed
(今(2)日, 去(108)年 -> 2020, inferred, left null). One council press release:
陳麗珍、陳慧文、方信淵議員總質詢摘要 (only section (一) stored). Text as returned by the
`pages` store, from its title; the last paragraph (公園是民眾生活…區公), cut off mid-sentence,
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4115", "corpus/raw/pages/4115_kcc_chenlizhen_zongzhixun.txt",
         publisher="高雄市議會", date=None, script="traditional", origin="pages")

# ---- line 1: headline (three councillors)
p.ent("PERSON", "陳麗珍", line=1)
p.ent("PERSON", "陳慧文", line=1)
p.ent("PERSON", "方信淵", line=1)

# ---- line 2: web meta line, labelled source unit (decision 12)
p.byline("BYLINE", "發布單位:公共關係室", line=2)
p.ent("ORG", "公共關係室", line=2)           # the council's PR office (one specific body)

# ---- line 4: numbered section heading
p.ent("PERSON", "陳麗珍", line=4)

# ---- line 6
p.ent("ADMIN", "台灣", line=6)               # Taiwan used as a place (held-out decision)
#   全台: 全 + one-character short form, no span; 蓮池潭: a lake (place), no span
p.ent("PERSON", "陳麗珍", line=6)
p.ent("ORG", "觀光局", line=6)               # bare department meaning the city's bureau (decision 13)

# ---- line 8
#   陳議員: surname + title, no PERSON; 孔廟, 高鐵站, 艇庫: sites, no span
p.ent("ADMIN", "左營", line=8)               # 左營舊部落: the district inside a place name (decision 2)
p.ent("ADMIN", "高雄", line=8)               # 高雄物產館: a venue, the city inside its name
p.ent("ORG", "觀光局", line=8, every=True)   # twice

# ---- line 10
p.ent("ORG", "觀光局", line=10)

# ---- line 12
p.ent("ORG", "市立聯合醫院", line=12)        # a hospital (§2 ORG)

# ---- line 14
p.ent("ORG", "衛生局", line=14)
p.ent("ORG", "聯合醫院", line=14)            # the same hospital by its short name

# ---- line 16
#   政府 (generic, twice): no span
p.ent("ORG", "市府", line=16)                # short for 市政府 (held-out decision)
p.ent("ADMIN", "左營區", line=16)
p.ent("ADMIN", "楠梓區", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)           # 發布單位: meta line
p.block(4, 4, "CROSSHEAD", article=1)        # (一)… numbered heading
p.block(6, 16, "BODY", article=1)

p.save()
