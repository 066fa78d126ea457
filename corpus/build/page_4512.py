"""page-4512: 万福万宁网 (wfwn.com.cn, 镇区风采 section; 中共万宁市委宣传部主办, 万宁市融媒体中心承办),
2019-07-19, one article: 山根镇党委 organises its Party members to clean the beaches of 万宁市山根镇.
Text as returned by the `pages` store, from its title; the last stored line
(中共万宁市委宣传部主办 万宁市融媒体中心承…) is cut off mid-word and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4512", "corpus/raw/pages/4512_wanning_shangen_qingjie.txt",
         publisher="万福万宁网", date="2019-07-19", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "山根", line=1)                      # 美化山根: the town by its bare name (like 春满泽州)

# ---- line 3: web meta line, one BYLINE span per labelled credit (decision 12), time outside
p.byline("BYLINE", "来源:万福万宁网", line=3)
p.byline("BYLINE", "作者:王清云", line=3)
p.ent("ORG", "万福万宁网", line=3)
p.ent("PERSON", "王清云", line=3)

# ---- line 5
p.ent("ORG", "山根镇党委", line=5)
p.ent("ADMIN", "山根", line=5, after="清洁家园")      # “清洁家园、美化山根”党员义务活动: unit inside an activity's name
p.ent("ORG", "市委", line=5)                        # 市委常委 -> the committee (shortened title keeps the organ)
p.ent("PERSON", "黄忆军", line=5)

# ---- line 7
p.ent("PERSON", "黄忆军", line=7)
p.ent("ORG", "海南师范大学马克思主义学院“海之蓝”环保宣讲团", line=7)  # a school's named team acting (带领…的师生参加): one ORG with its parents
p.ent("ORG", "山根镇中心学校", line=7)              # a school
p.slogan("GROUP", "三下乡", line=7)                 # 文化、科技、卫生“三下乡”: items not listed here
p.ent("ADMIN", "大石岭", line=7)                    # 大石岭海滩: a village (listed on line 11) inside a beach's name

# ---- line 9
#   供销社党支部: a bare institution type + 党支部 (decision 13) -> no span
p.ent("ADMIN", "山根", line=9)                      # 美丽山根清洁行动: unit inside a campaign's name

# ---- line 11: 我镇沿海村庄(排溪、大石岭、横山及华明): villages of the town listed by their bare names
for v in ["排溪", "大石岭", "横山", "华明"]:
    p.ent("ADMIN", v, line=11)

# ---- line 13
p.ent("ADMIN", "山根镇", line=13)
p.ent("ADMIN", "山根", line=13, after="清洁家园")     # “清洁家园、美化山根”党员义务系列活动
p.ent("ADMIN", "山根", line=13, after="美丽")         # 共建美丽山根
#   树党旗、亮身份、立标杆: three verb phrases with no numeral -> no formula

# ---- line 18: site footer
p.ent("ORG", "万福万宁网", line=18)                 # 版权所有@万福万宁网 (琼 in 琼ICP备: a one-character form, no span)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)
p.block(15, 16, "PAGE")        # 版权声明: …
p.block(18, 18, "PAGE")        # 网站备案编号… 版权所有… 举报电话…

p.save()
