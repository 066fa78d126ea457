"""page-4314: 西海都市报 (青海日报社's daily), 2012-10-30, one interview republished on
青海省人民政府网 (qh.gov.cn, 互动交流 > 在线访谈 > 往期回顾; 来源: 西海都市报):
喜迎十八大两新青海:黄南篇——访…李选生. Text as returned by the `pages` store, from its title;
the last paragraph (the answer to the second question, cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4314", "corpus/raw/pages/4314_xihai_huangnan_lixuansheng.txt",
         publisher="西海都市报", date="2012-10-30", script="simplified", origin="pages")

# ---- line 1: headline (series title + the interview's subject)
p.slogan("GROUP", "两新", line=1)                  # 青海's “两新”目标 (建设新青海、创造新生活); items not on the page
p.ent("ADMIN", "青海", line=1)                     # 两新青海: the province inside the series name (decision 2)
p.ent("ADMIN", "黄南", line=1)                     # 黄南篇: short form of 黄南藏族自治州
p.ent("ORG", "省政协", line=1)
p.ent("ORG", "黄南藏族自治州州委", line=1)          # 州委 with its prefix, one ORG
p.ent("PERSON", "李选生", line=1)
#   我省, 十八大代表: no span

# ---- line 3: meta line
p.byline("BYLINE", "来源: 西海都市报", line=3)
p.ent("ORG", "西海都市报", line=3)
p.ent("PERSON", "马燕燕", line=3)                  # 编辑: an editor's name, PERSON, no byline span

# ---- line 7: question
p.ent("ADMIN", "黄南藏族自治州", line=7)
#   国家级热贡文化生态保护区: a designated area, not a unit; 热贡 is a cultural region

# ---- line 9: answer
p.ent("PERSON", "李选生", line=9)                  # speaker tag
p.ent("ADMIN", "黄南", line=9)                     # 黄南热贡地区

# ---- line 11
p.ent("ADMIN", "黄南藏族自治州", line=11)
p.ent("ORG", "联合国教科文组织", line=11)
p.ent("ADMIN", "青海", line=11)
p.ent("ADMIN", "黄南", line=11)                    # 黄南被设立为…保护区

# ---- line 15: second question
p.ent("ADMIN", "黄南", line=15, every=True)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源/发布时间/编辑 meta line (decision 12)
p.block(5, 5, "COLUMN")                # 我省十八大代表关注什么: the series' rubric over the Q&A
p.block(7, 15, "BODY", article=1)

p.save()
