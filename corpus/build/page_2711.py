"""page-2711: 甘孜日报 (甘孜藏族自治州; the page is a copy of the paper's site 康巴传媒网, path
/html/xw/dzyw/, served in traditional characters by m.runtun.cn), 2019-03-19, one article:
鄉村振興繪美圖 大渡河畔展新篇. Text as returned by the `pages` store, from its source line;
its last paragraph (此次集中采訪活動,吸引了…四川) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2711", "corpus/raw/pages/2711_ganzi_daduhe_xiangcun.txt",
         publisher="甘孜日报", date="2019-03-19", script="traditional", origin="pages")

# ---- line 1: the paper with its date (the page's source line, decision 21NN)
p.ent("ORG", "甘孜日報", line=1)
p.byline("BYLINE", "甘孜日報", line=1)

# ---- line 2: headline (大渡河 is a river: no span); line 3: caption, no credit

# ---- line 4: source tag + first paragraph
p.byline("BYLINE", "本網訊", line=4)                 # 本网 is never ORG
p.ent("ORG", "鳳凰網四川頻道", line=4)               # a medium's channel: one ORG with its parent
p.ent("PERSON", "譚艷", line=4)
p.ent("ADMIN", "瀘定縣", line=4)
p.ent("ADMIN", "烹壩鎮", line=4)
p.ent("ADMIN", "沙灣村", line=4)
p.ent("ORG", "州委宣傳部", line=4)
p.ent("ADMIN", "瀘定縣", line=4, after="集中采訪活動")
#   大渡河流域鄉村振興示范區: a programme area over three counties, not a government-run zone

# ---- line 5
L5 = p.line_bounds[4]                                # (start, end) of line 5
def items_before(names, lo):
    """Offsets of the items printed before a formula, searched in order from lo (no typed offsets)."""
    out = []
    for n in names:
        a, b = p.find_all(n, lo, L5[1])[0]
        out.append([a, b]); lo = b
    return out
sev = p.slogan("COUNT", "七項行動", line=5)[0]          # items printed before the formula
sev["expansion"] = items_before(["精準脫貧攻堅", "特色產業融合", "生態宜居鄉村建設", "優秀文化傳承",
                                 "鄉村社會善治", "鄉村人才聚集", "全面奔康提升"],
                                p.find_all("全面實施", L5[0], L5[1])[0][1])
p.ent("ADMIN", "康定", line=5)
p.ent("ADMIN", "瀘定", line=5)
p.ent("ADMIN", "丹巴", line=5)
p.ent("ORG", "州委", line=5)
p.slogan("PARALLEL", "圍繞一個目標、突出兩個關鍵、抓好三件大事、補齊四大短板、夯實五大基礎、實施六大戰略",
         line=5)                                      # counts numbered 1..6 joined by 、: one formula
p.ent("ADMIN", "成都", line=5)                       # 成都后花園: the city inside a positioning phrase
three = p.slogan("COUNT", "三件大事", line=5, after="村風民俗建設")[0]
three["expansion"] = items_before(["特色產業培育", "村容村貌治理", "村風民俗建設"],
                                  p.find_all("主體定位,抓好", L5[0], L5[1])[0][1])

# ---- line 6
p.ent("ADMIN", "瀘定", line=6)
p.ent("ADMIN", "康定", line=6)
p.ent("ADMIN", "丹巴", line=6)
#   “五一”: a holiday, no formula

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 6, "BODY", article=1)

p.save()
