import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 武定县人民政府 (ynwd.gov.cn, 云南省楚雄州武定县), county government website news page
# (info/2681/40574.htm): 云南农业大学新农村发展研究院 surveys 发窝乡 (July 2022).
# The stored opening has no title line; its last paragraph (在小石桥村,…) is cut off
# mid-sentence and was dropped.
p = Page("page-1205", "corpus/raw/pages/1205_wuding_fawo_diaoyan.txt",
         publisher="武定县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ======================================================================= spans
# --- line 1 -------------------------------------------------------------------
p.ent("ORG", "云南农业大学新农村发展研究院", line=1, nth=1)   # sub-unit with its parent, one span
p.ent("PERSON", "杜发春", line=1)                              # 专职副院长 杜发春 教授 (titles outside)
p.ent("ORG", "云南农业大学新农村发展研究院", line=1)           # 2nd mention
p.ent("ADMIN", "发窝乡", line=1)
p.ent("PERSON", "宁发金", line=1)
p.ent("PERSON", "鲁茸拉木", line=1)

# --- line 2 -------------------------------------------------------------------
p.ent("ORG", "发窝乡人民政府", line=2)
p.ent("PERSON", "陈光林", line=2)
p.ent("ADMIN", "发窝乡", line=2)                     # 发窝乡山品村… (chain: 乡 | 村)
p.ent("ADMIN", "山品村", line=2)
p.ent("ADMIN", "小石桥村", line=2)
p.ent("ADMIN", "发窝", after="小石桥村、")           # bare name of 发窝村 in the list
p.ent("ADMIN", "分多村", line=2)
p.ent("ADMIN", "阿过咪村", line=2)                  # …和阿过咪村村委会: 村委会 is the shared level word
p.ent("ADMIN", "发窝", after="村委会。“")            # “发窝”系彝语: the township's name explained
p.ent("ADMIN", "发窝", after="岩脚之义。")           # 发窝坐拥…三大名片 (= 发窝乡)
p.ent("ADMIN", "云南省", after="“国家级生态乡镇”")   # title 云南省民族团结进步示范乡镇 (dec. 2)
p.ent("ADMIN", "云南省", after="示范乡镇”")          # title 云南省卫生乡镇 (dec. 2)
p.ent("ADMIN", "代家村", line=2)
p.ent("ADMIN", "阿过咪", after="最低点位于")        # 阿过咪以纳古: the village's bare name + a spot in it

# --- line 3 -------------------------------------------------------------------
p.ent("ADMIN", "山品村", line=3)
p.ent("ORG", "村党总支", line=3)                    # 山品村's branch (dec. 5); 副书记 is a title
p.ent("PERSON", "杨成福", line=3)

# --- line 4 -------------------------------------------------------------------
p.ent("ADMIN", "山品村委会", line=4)                # the administrative village in a chain of places
                                                    # (dec. 3 analogy); 岔凹村 below it is a natural
                                                    # village / 村民小组: no span (dec. 3)
p.ent("PERSON", "王有强", line=4)
p.ent("ORG", "云南农业大学", line=4)

# --- line 5 -------------------------------------------------------------------
p.ent("ADMIN", "山品村", line=5, nth=1)
p.ent("ADMIN", "发窝乡", line=5)
p.ent("ORG", "乡政府", line=5)                      # level word + organ (like 鎮政府)
p.ent("ADMIN", "武定县", line=5)                    # 武定县城
p.ent("ADMIN", "禄劝县", line=5)
p.ent("ADMIN", "康照村", line=5)
p.ent("ADMIN", "田心乡", line=5)
p.ent("ADMIN", "发窝村", line=5)
# 稗子田、大永西等13个村民小组: below village level, no span (dec. 3)
p.ent("ADMIN", "山品村", after="车辆需绕行,")       # 对山品村及其全乡

# --- line 6 (caption) ---------------------------------------------------------
p.ent("ADMIN", "山品村", line=6)

# ===================================================================== slogans
# 发窝坐拥“国家级生态乡镇”“云南省民族团结进步示范乡镇”“云南省卫生乡镇”三大名片:
# a N大 + category formula like 六大文化名片 (seed-004, GROUP), items printed before it.
s = p.slogan("GROUP", "三大名片", line=2)[0]
items = ["国家级生态乡镇", "云南省民族团结进步示范乡镇", "云南省卫生乡镇"]
lo = p.line_bounds[1][0]
pairs = []
for it in items:
    st, en = p.find_all(it, lo, s["start"])[0]
    pairs.append([st, en]); lo = en
s["expansion"] = pairs

# ====================================================================== blocks
p.block(1, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)                 # photo caption (photo not stored)

p.save()
