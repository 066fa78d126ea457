"""``govnlp slogans FILES…``: the numbered formulas of a corpus, counted by template.

Researchers of policy language want families of formulas (N个一, N抓N每) and
how often each occurs across pages, not one page's spans.  This runs the
normaliser and the slogan finder only (the rest of the pipeline is not
needed for slogans, so a large corpus is read at rule speed) over files,
directories, JSONL or stdin, and tabulates mentions and pages per template,
with the surface forms of each template in simplified script.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class TemplateRow:
    template: str
    label: str
    mentions: int = 0
    pages: set = field(default_factory=set)
    forms: Counter = field(default_factory=Counter)


def slogan_pipeline():
    import govnlp

    nlp = govnlp.empty()
    nlp.add_pipe("govnlp_normalizer")
    nlp.add_pipe("slogan_finder")
    return nlp


def tabulate(pages, nlp=None) -> list[TemplateRow]:
    """Rows per (template, label), most mentioned first, from ``(page_id, text)`` pairs."""
    nlp = nlp or slogan_pipeline()
    rows: dict[tuple[str, str], TemplateRow] = {}
    ids = [pid for pid, _ in pages]
    for pid, doc in zip(ids, nlp.pipe(text for _, text in pages)):
        norm = doc._.norm_text or doc.text
        for sp in doc.spans.get("slogans", []):
            key = (sp._.template, sp.label_)
            row = rows.setdefault(key, TemplateRow(*key))
            row.mentions += 1
            row.pages.add(pid)
            row.forms["".join(norm[sp.start_char:sp.end_char].split())] += 1
    return sorted(rows.values(), key=lambda r: (-r.mentions, -len(r.pages), r.template))


def markdown(rows: list[TemplateRow], n_pages: int, top_forms: int = 5) -> str:
    out = [f"{sum(r.mentions for r in rows)} formula mentions, {len(rows)} templates, {n_pages} pages", "",
           "| template | label | mentions | pages | forms |", "|---|---|---:|---:|---|"]
    for r in rows:
        forms = ", ".join(f"{f} ×{c}" if c > 1 else f for f, c in r.forms.most_common(top_forms))
        more = f" (+{len(r.forms) - top_forms})" if len(r.forms) > top_forms else ""
        out.append(f"| {r.template} | {r.label} | {r.mentions} | {len(r.pages)} | {forms}{more} |")
    return "\n".join(out)


def as_json(rows: list[TemplateRow]) -> list[dict]:
    return [{"template": r.template, "label": r.label, "mentions": r.mentions, "pages": sorted(r.pages),
             "forms": dict(r.forms.most_common())} for r in rows]
