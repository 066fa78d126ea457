"""page-3615: peponews.tw (a Taichung local news site), undated (2020-2021 by its people), one article:
沙鹿區里長聯誼會長交接 民政局長吳世瑋:期許帶動沙鹿發展. Text as returned by the `pages` store, from its
title (the lead photo's caption printed above the title is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3615", "corpus/raw/pages/3615_taichung_shalu_lizhang_jiaojie.txt",
         publisher="peponews.tw", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "沙鹿區里長聯誼會", line=1)      # 里長聯誼會長 = 聯誼會 + 會長 contracted (decision 15)
p.ent("ORG", "民政局", line=1)                # 民政局長 -> 民政局 (decision 15)
p.ent("PERSON", "吳世瑋", line=1)
p.ent("ADMIN", "沙鹿", line=1)                # 沙鹿發展: bare name of the district

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "【特派記者丁薪叡/台中報導】")
p.ent("PERSON", "丁薪叡", line=3)
p.ent("ADMIN", "台中", line=3)                # desk place inside the tag (decision 12)
p.ent("ORG", "沙鹿區第3屆第1、2任里長聯誼會", line=3)   # numbered term inside the name (闪石乡第十八届人民代表大会)
p.ent("ORG", "沙鹿區公所", line=3)            # 沙鹿區公所禮堂: the office owning the hall
p.ent("ADMIN", "公明里", line=3)
p.ent("PERSON", "蔡水松", line=3)
p.ent("ADMIN", "沙鹿區", line=3, after="接任")  # 沙鹿區長 -> ADMIN (屏東縣長 -> 屏東縣)
p.ent("PERSON", "廖財崇", line=3)
p.ent("ORG", "民政局", line=3)
p.ent("PERSON", "吳世瑋", line=3)
p.ent("PERSON", "盧秀燕", line=3)             # 市長 is a title
p.ent("ADMIN", "斗抵里", line=3)
p.ent("PERSON", "王宏書", line=3)
#   蔡里長: surname + title, no PERSON
p.ent("ADMIN", "沙鹿區", line=3, after="帶動")

# ---- line 5: photo caption
p.ent("ORG", "民政局", line=5)
p.ent("PERSON", "吳世瑋", line=5)
p.ent("PERSON", "盧秀燕", line=5)
p.byline("PHOTO", "(圖/丁薪叡攝)")
p.ent("PERSON", "丁薪叡", line=5)

# ---- line 7
#   吳局長, 王里長, 蔡里長: title forms, no PERSON; 聯誼會 bare type word, no ORG
p.ent("ORG", "市府", line=7, nth=1)
p.ent("ORG", "市府", line=7, nth=1)           # second free hit (地方與市府、公所)
#   公所: a bare institution type (decision 13), no ORG
p.ent("ADMIN", "沙鹿區", line=7)

# ---- line 9
p.ent("ORG", "民政局", line=9)
p.ent("ADMIN", "斗抵里", line=9)
p.ent("PERSON", "王宏書", line=9)
p.ent("ADMIN", "公明里", line=9)
p.ent("PERSON", "蔡水松", line=9)
p.ent("ADMIN", "沙鹿區", line=9)

# ---- line 11
p.ent("ORG", "民政局", line=11)
p.ent("ORG", "台中市議會", line=11)
p.ent("PERSON", "顏莉敏", line=11)
p.ent("PERSON", "顏寬恒", line=11)            # 前立委 is a title
p.ent("ADMIN", "沙鹿區", line=11)
p.ent("PERSON", "陳柏惟", line=11)
p.ent("PERSON", "陳廷秀", line=11)
p.ent("PERSON", "楊典忠", line=11)
p.ent("PERSON", "王立任", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 11, "BODY", article=1)

p.save()
