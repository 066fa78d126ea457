"""agree-page-4702 (second pass): 明光市人民政府网, 2026-01-21, one article:
市政协十一届五次会议举行第二次全体会议. Publisher from the page's own line 来源: 明光市人民政府网."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4702", "corpus/raw/pages/4702_mingguang_zhengxie_quanti.txt",
         publisher="明光市人民政府网", date="2026-01-21", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "市政协", line=1)                 # 十一届五次会议 is the session (event), outside

# ---- line 3: source meta line (line 2 holds only a time: PAGE)
p.byline("BYLINE", "来源: 明光市人民政府网", line=3)
p.ent("ORG", "明光市人民政府网", line=3)         # an organ's own web site is ORG

# ---- line 4
p.ent("ORG", "中国人民政治协商会议第十一届明光市委员会", line=4)   # one ORG, term inside; 第五次会议 outside

# ---- line 5: 政协委员 (a title / kind of member): no span

# ---- line 6: the platform
for name in ["田海松", "曹迎春", "张言平", "薛如林", "冉磊", "姚正玉", "江家海", "陈晓燕", "郑昕", "张德莉"]:
    p.ent("PERSON", name, line=6)
p.ent("ORG", "市政协", line=6)                 # 市政协秘书长
p.ent("PERSON", "刘胜田", line=6)

# ---- line 7
p.ent("ORG", "市政协", line=7)                 # 市政协副主席
p.ent("PERSON", "郑昕", line=7)

# ---- line 8: speakers
for name in ["王晓丽", "王迪爽", "夏泽民", "王召伟", "岳彩伍", "葛发玉", "张庆君", "杨辉", "薛花"]:
    p.ent("PERSON", name, line=8)
p.ent("ADMIN", "明光", line=8)                 # 立足明光发展实际

# ---- line 9: 优秀政协委员, 政协提案: no span

# ---- line 10: invited guests
p.ent("ORG", "市委", line=10)                  # 市委常委 -> 市委
p.ent("ORG", "市政府", line=10)                # 市政府副市长
p.ent("ORG", "市人民法院", line=10)
p.ent("ORG", "市人民检察院", line=10)
p.ent("ORG", "市委党校", line=10)
p.ent("ORG", "张八岭镇党委", line=10)           # 张八岭镇党委、政府: the bare 政府 gets no span (糜镇党委政府 rule)

# ---- line 11
p.ent("ORG", "滁州市政协", line=11)             # 住明滁州市政协委员: 住明 = resident in 明光 (one-character short form, no ADMIN)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                          # 时间:2026-01-21 09:22:17 (time only)
p.block(3, 3, "BYLINE", article=1)             # 来源: 明光市人民政府网
p.block(4, 11, "BODY", article=1)

p.save()
