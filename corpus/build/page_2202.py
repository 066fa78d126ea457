"""page-2202: 辽源日报 (e-paper reader read.0437.com, Aid=25252), date not printed, one article:
全市干部群众热议市委七届七次全会精神 (two readers' voices, each with its reporter's credit).
Text as returned by the `pages` store, from its title (printed twice), complete to its last credit."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2202", "corpus/raw/pages/2202_liaoyuan_reyi_quanhui.txt",
         publisher="辽源日报", date=None, script="simplified", origin="pages")

# ---- lines 1 and 3: the title, printed twice
p.ent("ORG", "市委", line=1)                       # 市委七届七次全会: organ inside a meeting name
p.ent("ORG", "市委", line=3)

# ---- line 6: first voice's title
p.ent("ADMIN", "辽源", line=6)

# ---- line 9
p.ent("ADMIN", "龙山区", line=9)
p.ent("ADMIN", "东盛社区", line=9)
p.ent("PERSON", "李秋儒", line=9)

# ---- line 10
p.ent("ORG", "辽源日报", line=10)                  # 《辽源日报》: the paper, a medium
p.ent("ORG", "市委", line=10, every=True)          # 市委七届七次全会 / 市委全会 / 市委全会精神
p.ent("ADMIN", "辽源", line=10, every=True)        # 辽源发展 / 辽源发生 / 为辽源高质量发展

# ---- line 11: closing credit
p.byline("CREDIT", "(本报记者 于芯 整理)", line=11)
p.ent("PERSON", "于芯", line=11)

# ---- line 18
p.ent("ORG", "辽源市林业局计划与产业科", line=18)   # sub-unit written with its parent: one ORG
p.ent("PERSON", "王宇", line=18)

# ---- line 19
p.ent("ORG", "市委", line=19, every=True)          # 市委七届七次全体会议 / 市委领导
p.ent("PERSON", "柴伟", line=19, every=True)       # 柴伟书记, twice
p.ent("ADMIN", "辽源", line=19, every=True)        # 新辽源 / 更美好的辽源 / 辽源林业人 (x2)
p.slogan("PARALLEL", "一个中心、两个目标、三大工程、四大效益、五大板块", line=19)

# ---- line 20
p.ent("ADMIN", "辽源", line=20, every=True)        # 辽源林业人 / 绿色辽源 / 生态辽源

# ---- line 21: closing credit
p.byline("CREDIT", "(本报记者 田蓓蕾 整理)", line=21)
p.ent("PERSON", "田蓓蕾", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "HEADLINE", article=1)     # the web page's title printed twice: HEADLINE both times
p.block(6, 6, "CROSSHEAD", article=1)    # title of the first voice
p.block(9, 11, "BODY", article=1)        # 人物 / 声音 / credit (a credit-only line stays in BODY)
p.block(16, 16, "CROSSHEAD", article=1)  # title of the second voice
p.block(18, 21, "BODY", article=1)

p.save()
