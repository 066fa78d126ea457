"""``admin_linker``: link ADMIN entities to units, and ORG prefixes to their unit.

For each ADMIN span, ``span._.admin`` is a dict with the best unit's
``level``, ``code`` and ``parents`` and all ``candidates`` ranked by the
other units on the page (朝阳区 goes to Beijing on a page that names 北京).
A name the list lacks still gets a ``level`` from its suffix (崔庄村 →
village).  For each ORG span, ``span._.org_admin`` names the unit its prefix
refers to: an explicit unit (泽州县委 → 泽州县) or a bare level prefix
resolved to the page's most frequent unit of that level (县人社局 → 泽州县).
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..gazetteer import admin_table, admin_trie, infer_level, longest_matches, rank_candidates
from ..normalize import compact

LEVEL_PREFIX = {"省": "province", "市": "prefecture", "州": "prefecture", "县": "county",
                "区": "county", "旗": "county", "镇": "township", "乡": "township",
                "街道": "township", "村": "village", "社区": "village"}


class AdminLinker:
    def __init__(self, nlp: Language, name: str = "admin_linker", max_candidates: int = 5):
        register_extensions()
        self.name = name
        self.max_candidates = max_candidates

    def initialize(self, get_examples=None, *, nlp=None):
        admin_trie()

    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        table = admin_table()
        mentions = []
        for ent in doc.ents:
            if ent.label_ == "ADMIN":
                mentions.append((ent, compact(norm[ent.start_char:ent.end_char])[0]))
        first = {}
        for _, name in mentions:
            if name not in first:
                cands = table.lookup(name)
                if len(cands) == 1:
                    first[name] = cands[0].id
        page_units = set(first.values())
        level_counts: dict[str, Counter] = {}
        for ent, name in mentions:
            ranked = rank_candidates(name, page_units - {first.get(name)})
            if ranked:
                best = ranked[0]
                info = best.as_dict(table)
                info["candidates"] = [u.as_dict(table) for u in ranked[: self.max_candidates]]
                page_units.add(best.id)
            else:
                info = {"id": None, "name": name, "level": infer_level(name), "code": None,
                        "status": None, "parents": [], "candidates": []}
            ent._.admin = info
            if info["level"]:
                level_counts.setdefault(info["level"], Counter())[info["name"]] += 1
        for ent in doc.ents:
            if ent.label_ == "ORG":
                ent._.org_admin = self._org_unit(compact(norm[ent.start_char:ent.end_char])[0],
                                                 page_units, level_counts)
        return doc

    def _org_unit(self, name: str, page_units: set[int], level_counts) -> dict | None:
        table, trie = admin_table(), admin_trie()
        hits = longest_matches(trie, name)
        if hits and hits[0][0] == 0:
            st, en, _ = hits[0]
            ranked = rank_candidates(name[st:en], page_units)
            if ranked:
                return ranked[0].as_dict(table)
        for prefix, level in LEVEL_PREFIX.items():
            if name.startswith(prefix) or name.startswith("团" + prefix):
                counts = level_counts.get(level) or (level_counts.get("county") if level == "county" else None)
                if counts:
                    top = counts.most_common(1)[0][0]
                    ranked = rank_candidates(top, page_units)
                    return ranked[0].as_dict(table) if ranked else {"name": top, "level": level}
                return None
        return None


@Language.factory("admin_linker", assigns=["span._.admin", "span._.org_admin"],
                  default_config={"max_candidates": 5})
def make_admin_linker(nlp: Language, name: str, max_candidates: int) -> AdminLinker:
    return AdminLinker(nlp, name, max_candidates)
