"""page-4702: 明光市人民政府 (wmmg.gov.cn, 明光市人民政府网), 2026-01-21, one article:
市政协十一届五次会议举行第二次全体会议. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4702", "corpus/raw/pages/4702_mingguang_zhengxie_quanti.txt",
         publisher="明光市人民政府", date="2026-01-21", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政协", line=1)                   # 十一届五次会议: the session (event), outside

# ---- line 3: source line (decision 12)
p.byline("BYLINE", "来源: 明光市人民政府网", line=3)
p.ent("ORG", "明光市人民政府网", line=3)          # an organ's own web site is ORG (21NN)

# ---- line 4
p.ent("ORG", "中国人民政治协商会议第十一届明光市委员会", line=4)   # formal name with term: one ORG

# ---- line 6: the leaders on the rostrum
for name in ["田海松", "曹迎春", "张言平", "薛如林", "冉磊", "姚正玉", "江家海", "陈晓燕", "郑昕", "张德莉"]:
    p.ent("PERSON", name, line=6)
p.ent("ORG", "市政协", line=6)                   # 市政协秘书长
p.ent("PERSON", "刘胜田", line=6)

# ---- line 7
p.ent("ORG", "市政协", line=7)
p.ent("PERSON", "郑昕", line=7)

# ---- line 8: the speakers
for name in ["王晓丽", "王迪爽", "夏泽民", "王召伟", "岳彩伍", "葛发玉", "张庆君", "杨辉", "薛花"]:
    p.ent("PERSON", name, line=8)
p.ent("ADMIN", "明光", line=8)                   # 立足明光发展实际

# ---- line 10: the invited officials (titles only)
p.ent("ORG", "市委", line=10)                    # 市委常委 -> ORG 市委
p.ent("ORG", "市政府", line=10)                  # 市政府副市长
p.ent("ORG", "市人民法院", line=10)
p.ent("ORG", "市人民检察院", line=10)
p.ent("ORG", "市委党校", line=10)
p.ent("ORG", "张八岭镇党委", line=10)             # 张八岭镇党委、政府: the bare 政府 gets no span (糜镇党委政府 rule)

# ---- line 11
p.ent("ORG", "滁州市政协", line=11)               # 住明滁州市政协委员: 住明 = resident in 明光 (one-character form, no ADMIN)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                            # 时间:… (date-only meta line)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 11, "BODY", article=1)

p.save()
