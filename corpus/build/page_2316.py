"""page-2316: 香港文匯報 (paper.wenweipo.com, e-paper of 2015-09-07), one article:
香港文昌社團聯會第二屆會董就職典禮. Text as returned by the `pages` store, from its start
(放大圖片 / photo caption / title line); the last paragraph (陳閃強調,…按香) is cut off
mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2316", "corpus/raw/pages/2316_wenweipo_wenchang_shelian.txt",
         publisher="香港文匯報", date="2015-09-07", script="traditional", origin="pages")

# ---- line 2: photo caption with its credit
p.ent("ORG", "香港文昌社團聯會", line=2)
p.ent("ADMIN", "中華人民共和國", line=2)            # inside the ceremony's name (decision 2)
p.byline("PHOTO", "彭子文 攝", line=2)
p.ent("PERSON", "彭子文", line=2)

# ---- line 3: title line (the guests who officiated), image file name glued to it
for name in ["陳閃", "吳仰偉", "王瓊珠", "何瓊妹", "譚耀宗", "康拜英", "鄭戰良", "王小玉",
             "張泰超", "黃華康"]:
    p.ent("PERSON", name, line=3)

# ---- line 4: byline tag opening the body
p.byline("BYLINE", "香港文匯報訊(記者 黃晨)", line=4)
p.ent("ORG", "香港文匯報", line=4)
p.ent("PERSON", "黃晨", line=4)
p.ent("ORG", "香港文昌社團聯會", line=4)
p.ent("ADMIN", "中華人民共和國", line=4)
#   會展中心: a venue, no span
p.ent("ORG", "海南省政協", line=4)                  # 海南省政協委員 -> the organ, title outside
p.ent("PERSON", "陳閃", line=4)
p.ent("ORG", "中聯辦港島工作部", line=4)
p.ent("PERSON", "吳仰偉", line=4)
p.ent("ORG", "海南省委統戰部", line=4)
p.ent("PERSON", "王瓊珠", line=4)
p.ent("ADMIN", "文昌市", line=4, nth=1)            # 文昌市市長 -> the city + a title
p.ent("PERSON", "何瓊妹", line=4)
p.ent("ORG", "香港立法會", line=4)                  # 香港立法會議員 -> the council
p.ent("PERSON", "譚耀宗", line=4)
p.ent("ORG", "海南省外事僑務辦公室", line=4)
p.ent("PERSON", "康拜英", line=4)
p.ent("ORG", "中聯辦社聯部", line=4)
p.ent("PERSON", "鄭戰良", line=4)
p.ent("ORG", "海南省僑聯", line=4)
p.ent("PERSON", "王小玉", line=4)
p.ent("ORG", "海南社團總會", line=4)
p.ent("PERSON", "張泰超", line=4)
p.ent("ORG", "港區省級政協委員聯誼會", line=4)
p.ent("PERSON", "黃華康", line=4)
p.ent("ADMIN", "海南省", line=4, after="蒞臨主禮")  # 海南省、文昌市領導
p.ent("ADMIN", "文昌市", line=4, after="蒞臨主禮")
p.ent("ORG", "中聯辦", line=4, after="文昌市領導")  # 中聯辦首長

# ---- line 5
p.ent("PERSON", "陳閃", line=5)
#   新中國: an epithet of the state's era, no span; 中央領導層: 中央 as a modifier, no span
p.ent("ORG", "亞投行", line=5)                      # a bank, quotes outside
p.slogan("PARALLEL", "一帶一路", line=5)

# ---- line 7
p.ent("ORG", "文昌社團聯會第二屆會董會", line=7)    # a term's board written after its organ
p.ent("ORG", "特區政府", line=7)
#   該會: deictic, no span

# ---- blocks
p.block(1, 1, "PAGE")            # 放大圖片 (site furniture)
p.block(2, 2, "CAPTION", article=1)
p.block(3, 3, "HEADLINE", article=1)
p.block(4, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 7, "BODY", article=1)

p.save()
