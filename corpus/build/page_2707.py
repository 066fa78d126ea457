"""page-2707: 云上通城 (通城县融媒体中心, 长江云 m-tongcheng.cjyun.org), 湖北, date printed only as
03-15 (no year): one article, 见贤思齐 奋起直追 通城党政代表团赴赤壁、嘉鱼、崇阳考察学习.
Text as returned by the `pages` store, from its title; its last paragraph (诗经嘉鱼,二乔故里。…
东湖学) is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2707", "corpus/raw/pages/2707_tongcheng_kaocha.txt",
         publisher="云上通城", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "通城", line=1)                    # 通城党政代表团: a delegation, no ORG
p.ent("ADMIN", "赤壁", line=1)
p.ent("ADMIN", "嘉鱼", line=1)
p.ent("ADMIN", "崇阳", line=1)

# ---- line 3: 03-15 10:46 (time only): PAGE

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "【全媒体记者 吴雷】")
p.ent("PERSON", "吴雷", line=5)
p.ent("ORG", "县委", line=5)                      # 县委书记 -> ORG + title
p.ent("PERSON", "刘中英", line=5)
p.ent("ADMIN", "通城县", line=5)                  # 通城县党政代表团
p.ent("ADMIN", "赤壁市", line=5)
p.ent("ADMIN", "嘉鱼县", line=5)
p.ent("ADMIN", "崇阳县", line=5)
#   三地党委政府: generic, no span
for name in ["张胜", "刘季平", "汤会礼", "刘波", "阮仕林", "罗小虎", "王功辉",
             "杜艳珍", "丁元华", "雷玲", "续红林"]:
    p.ent("PERSON", name, line=5)

# ---- line 7: 赤壁 visit
p.ent("ADMIN", "赤壁", line=7)                    # run-in head 茶香源赤壁
p.ent("ORG", "赤壁市委", line=7)                  # 赤壁市委书记
p.ent("PERSON", "董方平", line=7)
p.ent("ORG", "市委", line=7)                      # 市委副书记、市长葛军 (市长: title of a bare level)
p.ent("PERSON", "葛军", line=7)
p.ent("ADMIN", "通城县", line=7)
p.ent("ADMIN", "羊楼洞", line=7)                  # 羊楼洞古镇: place, unit inside (decision 2, 大阳古镇)
p.ent("ADMIN", "羊楼洞", line=7)                  # 羊楼洞茶文化生态产业园: park, unit inside
p.ent("ORG", "湖北人福药用辅料股份有限公司", line=7)
p.ent("ORG", "高正新材料", line=7)                # 高正新材料项目: the company inside a project's name
p.ent("ORG", "保诺科技", line=7)                  # 保诺科技体外诊断试剂项目: likewise
p.ent("ORG", "赤壁市高质量发展研究院", line=7)
p.ent("ADMIN", "赤壁市", line=7)                  # 赤壁市重点项目建设
p.ent("ADMIN", "赤壁", line=7, every=True)        # the rest: 赤壁青砖茶 x3 (product name, unit inside)

# ---- line 9
p.ent("PERSON", "刘中英", line=9)
p.ent("ADMIN", "赤壁市", line=9)
p.ent("ADMIN", "通城", line=9)
p.ent("ADMIN", "赤壁", line=9)                    # 学习赤壁重商亲企举措
#   各部门: generic

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                            # 03-15 10:46: a time-only line
p.block(5, 9, "BODY", article=1)

p.save()
