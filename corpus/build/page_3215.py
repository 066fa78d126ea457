"""page-3215: shiangchin.com (彰化 local news site), 2016-12-21, one article:
田尾鄉豐田村集會所活動中心興建工程 魏縣長出席開工動土典禮. Text as returned by the `pages`
store, from its title; its last paragraph (柳鳳村是…, cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3215", "corpus/raw/pages/3215_tianwei_fengtian_jihuisuo.txt",
         publisher="shiangchin.com", date="2016-12-21", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "田尾鄉", line=1)
p.ent("ADMIN", "豐田村", line=1)      # 豐田村集會所活動中心: a building; the village inside it (decision 2)
#   魏縣長: surname + title, no PERSON; 縣長 names no unit

# ---- line 2: date-only line (PAGE)

# ---- line 3
p.ent("ORG", "縣府", line=3)          # short for 縣政府 (like 市府)
p.ent("ORG", "內政部", line=3)
p.ent("ADMIN", "田尾鄉", line=3)
p.ent("ADMIN", "豐田村", line=3)
p.ent("ADMIN", "彰化縣", line=3)      # 彰化縣長 -> ADMIN + contracted title (decision 15)
p.ent("PERSON", "魏明谷", line=3)

# ---- line 4: the guests
p.ent("PERSON", "陳素月", line=4)     # 立法委員: a title
p.ent("ADMIN", "彰化縣", line=4, before="議員劉淑芳")   # 彰化縣議員: unit + title, as 屏東縣長
p.ent("PERSON", "劉淑芳", line=4)
p.ent("ORG", "田尾鄉民代表會", line=4)  # add before the bare 田尾鄉 of 田尾鄉長
p.ent("ORG", "田尾鄉農會", line=4)
p.ent("ADMIN", "田尾鄉", line=4, before="長陳君栓")
p.ent("PERSON", "陳君栓", line=4)
p.ent("PERSON", "林守政", line=4)
p.ent("PERSON", "黃坤煌", line=4)
p.ent("ORG", "縣府", line=4)          # 縣府參議
p.ent("PERSON", "陳君瑞", line=4)
p.ent("ORG", "民政處", line=4)        # 民政處長 -> the department (decision 15)
p.ent("PERSON", "杜國忠", line=4)
p.ent("ORG", "彰化縣警察局北斗分局田尾分駐所", line=4)   # 分駐所長: contracted title keeps the unit
p.ent("PERSON", "廖大雄", line=4)
p.ent("PERSON", "楊春枝", line=4)
p.ent("PERSON", "劉哲夫", line=4)
p.ent("ORG", "彰化縣婦聯會", line=4)
p.ent("PERSON", "鄭汝芬", line=4)
p.ent("ORG", "景泰營造有限公司", line=4)
p.ent("PERSON", "陳文章", line=4)
#   各級民意代表, 村里長 (the chiefs of 村 and 里), 地方仕紳: no span

# ---- line 5
p.ent("ORG", "彰化縣政府", line=5)
p.ent("ORG", "中央", line=5)          # 與中央每年都會固定補助: the central government acting
p.ent("ADMIN", "田尾鄉", line=5)
p.ent("ADMIN", "柳鳳村", line=5)
p.ent("ADMIN", "豐田村", line=5)
p.ent("ADMIN", "豐田社區", line=5)    # village-level community (§2 社区 examples); see notes

# ---- line 6
p.ent("ADMIN", "田尾鄉", line=6, nth=1)
p.ent("PERSON", "陳君栓", line=6)
p.ent("ADMIN", "豐田社區", line=6)
p.ent("ORG", "中央", line=6)          # 獲得中央與縣府的補助
p.ent("ORG", "縣府", line=6, every=True)   # three mentions
p.ent("ADMIN", "田尾鄉", line=6)      # 田尾鄉是花的故鄉

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                 # 2016年12月21日 (date-only line)
p.block(3, 6, "BODY", article=1)

p.save()
