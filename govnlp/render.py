"""``govnlp render``: one HTML page showing every layer govnlp found.

Entities, slogans (with their items) and bylines are drawn by displaCy's
``span`` style from one combined span group, so overlapping layers stay
readable; the articles are listed below with their headline and blocks, each
block coloured by role.
"""
from __future__ import annotations

import html

from spacy import displacy
from spacy.tokens import Doc, Span

COLORS = {"ADMIN": "#7aecec", "ORG": "#bfeeb7", "PERSON": "#aa9cfc", "COUNT": "#feca74",
          "GROUP": "#feca74", "PARALLEL": "#feca74", "PER_UNIT": "#feca74", "ONE": "#feca74",
          "PLAN": "#feca74", "PLUS": "#feca74", "ITEM": "#ffeb80", "BYLINE": "#ff9561",
          "CREDIT": "#ff9561", "PHOTO": "#ff9561"}
ROLE_COLORS = {"HEADLINE": "#ffd6d6", "KICKER": "#ffe9d6", "SUBHEAD": "#fff3d6", "BYLINE": "#e6f0ff",
               "CROSSHEAD": "#eef7e6", "BODY": "#ffffff", "CAPTION": "#f3e6ff", "COLUMN": "#eeeeee",
               "PAGE": "#eeeeee"}


def render_html(doc: Doc, title: str = "govnlp") -> str:
    spans = list(doc.ents)
    for s in doc.spans.get("slogans", []):
        spans.append(Span(doc, s.start, s.end, label=s.label_))
        for it in s._.items or []:
            if it is not None:
                spans.append(Span(doc, it.start, it.end, label="ITEM"))
    spans += [Span(doc, s.start, s.end, label=s.label_) for s in doc.spans.get("bylines", [])]
    doc.spans["govnlp_render"] = spans
    marked = displacy.render(doc, style="span", page=False,
                             options={"spans_key": "govnlp_render", "colors": COLORS})
    del doc.spans["govnlp_render"]
    arts = []
    for art in doc._.articles:
        head = html.escape(art.headline.text.replace("\n", "")) if art.headline else "(no headline)"
        blocks = "".join(
            f'<div class="block" style="background:{ROLE_COLORS.get(b.label_, "#fff")}">'
            f'<span class="role">{b.label_}</span> {html.escape(b.text)}</div>' for b in art.blocks)
        arts.append(f'<section class="article" data-article="{art.number}"><h2>{art.number}. {head}</h2>'
                    f"{blocks}</section>")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; }}
.block {{ white-space: pre-wrap; padding: .3em .5em; border-left: 4px solid #ccc; margin: .2em 0; }}
.role {{ font-size: 70%; color: #666; margin-right: .5em; }}
.article {{ border: 1px solid #ddd; padding: .5em 1em; margin: 1em 0; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
<h2>Entities, slogans and bylines</h2>
<div id="spans">{marked}</div>
<h2>Articles</h2>
<div id="articles">{''.join(arts)}</div>
</body></html>"""
