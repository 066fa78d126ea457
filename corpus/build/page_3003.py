"""page-3003: 天津市静海区人民政府 (tjjh.gov.cn, 政务公开 > 政策文件), notice 津静海政发〔2022〕11号
publishing nine 十四五 plans, page "7.静海镇篇". Text as returned by the `pages` store, from its
opening; the last paragraph (十四五时期(20212025年)是静海镇…第一个五) was cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3003", "corpus/raw/pages/3003_jinghai_shisiwu_guihua.txt",
         publisher="天津市静海区人民政府", date="2022-03-07", script="simplified", origin="pages")

# ---- line 1: site banner with a stale date banner (PAGE), the site's owner is an ORG
p.ent("ORG", "天津市静海区人民政府", line=1)

# ---- line 5: breadcrumb (PAGE)
p.ent("ORG", "静海区政府", line=5)                 # the site / organ named in the breadcrumb
p.ent("ADMIN", "静海区", line=5, after="政策文件")   # 静海区政策文件: a unit inside a category name
p.ent("ORG", "区政府", line=5, after="静海区政策文件")  # 区政府: documents of the district government

# ---- line 7: record field 名称 (PAGE): the document's title
p.ent("ORG", "天津市静海区人民政府", line=7)        # the issuing organ
p.ent("ADMIN", "天津市", line=7, after="关于印发")
p.ent("ADMIN", "静海区", line=7, after="关于印发")
p.slogan("PLAN", "十四五", line=7)
p.ent("ADMIN", "静海镇", line=7)                    # (7.静海镇篇)

# ---- lines 10-11: 发布机构 field = the page's BYLINE (decision 12, 16NN/17NN rule)
p.byline("BYLINE", "发 布 机 构 :\n天津市静海区人民政府")
p.ent("ORG", "天津市静海区人民政府", line=11)
#   line 13: 津静海政发〔2022〕11号 -- an issuer's code inside a document number: no ORG

# ---- lines 22-26: the notice's title, broken over three lines
p.ent("ORG", "天津市静海区人民政府", line=22)
p.ent("ADMIN", "天津市", line=24)
p.ent("ADMIN", "静海区", line=24)
p.slogan("PLAN", "十四五", line=24)

# ---- line 29: salutation (各乡镇人民政府、街道办事处…): generic, no spans

# ---- line 31: the list of plans (document titles: units inside are ADMIN, decision 2)
L = 31
p.ent("ADMIN", "天津市", line=L, nth=1)
p.ent("ADMIN", "静海区", line=L, nth=1)
p.slogan("PLAN", "十四五", line=L, nth=1)
p.ent("ADMIN", "天津市", line=L, after="文化和旅游融合")
p.ent("ADMIN", "静海区", line=L, after="文化和旅游融合")
p.slogan("PLAN", "十四五", line=L, after="城市管理精细化")
p.ent("ADMIN", "天津市", line=L, after="城市管理精细化")
p.ent("ADMIN", "静海区", line=L, after="城市管理精细化")
p.slogan("PLAN", "十四五", line=L, after="装配式建筑发展")
p.ent("ADMIN", "天津市", line=L, after="装配式建筑发展")
p.ent("ADMIN", "静海区", line=L, after="装配式建筑发展")
p.slogan("PLAN", "十四五", line=L, after="知识产权")
# 《天津健康产业发展合作示范区十四五规划》: a 示范区 is no unit (decision 3), the unit inside is ADMIN
p.ent("ADMIN", "天津", line=L, after="知识产权十四五规划》")
p.slogan("PLAN", "十四五", line=L, after="合作示范区")
# 天津子牙经济技术开发区高新产业园发展十四五规划》: a named 开发区 is ADMIN; 天津 is its own level
p.ent("ADMIN", "天津", line=L, after="合作示范区十四五规划》")
p.ent("ADMIN", "子牙经济技术开发区", line=L)
p.slogan("PLAN", "十四五", line=L, after="高新产业园发展")
# the three township plans (第十四个五年规划: the plan's full name, an ordinal, no formula)
p.ent("ADMIN", "天津市", line=L, after="高新产业园发展十四五规划》、《")
p.ent("ADMIN", "静海区", line=L, after="高新产业园发展十四五规划》、《")
p.ent("ADMIN", "静海镇", line=L)
p.ent("ADMIN", "天津市", line=L, after="静海镇国民经济")
p.ent("ADMIN", "静海区", line=L, after="静海镇国民经济")
p.ent("ADMIN", "唐官屯镇", line=L)
p.ent("ADMIN", "天津市", line=L, after="唐官屯镇国民经济")
p.ent("ADMIN", "静海区", line=L, after="唐官屯镇国民经济")
p.ent("ADMIN", "中旺镇", line=L)
p.ent("ORG", "区政府", line=L)                      # 区政府第122次常务会议: the organ of a meeting

# ---- line 35: signing unit over the date line = closing CREDIT (24NN rule), inside BODY
p.byline("CREDIT", "天津市静海区人民政府", line=35)
p.ent("ORG", "天津市静海区人民政府", line=35)

# ---- lines 44-48: title of the attached 静海镇 plan (its text was cut off)
p.ent("ADMIN", "天津市", line=44)
p.ent("ADMIN", "静海区", line=44)
p.ent("ADMIN", "静海镇", line=44)
#   三五年远景目标纲要 (二〇 lost in the source): a year, no formula

# ---- blocks
p.block(1, 1, "PAGE")             # site banner + date banner
p.block(3, 3, "PAGE")             # 无障碍 简体| 繁体
p.block(5, 9, "PAGE")             # breadcrumb, record fields 名称, 索引号
p.block(10, 11, "BYLINE", article=1)   # 发布机构: the unit
p.block(12, 19, "PAGE")           # 发文字号 … 有效性
p.block(22, 26, "HEADLINE", article=1)  # the notice's title (three blocks: blank lines between)
p.block(29, 29, "BODY", article=1)      # salutation
p.block(31, 31, "BODY", article=1)
p.block(35, 35, "BODY", article=1)      # signing unit (CREDIT)
p.block(37, 37, "PAGE")                 # 20223: a date-only line
p.block(44, 48, "CROSSHEAD", article=1)  # the attached plan's title deck (one byline: one article)

p.save()
