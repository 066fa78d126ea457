"""A normalised view of raw OCR text that never moves an offset.

Models and gazetteers should see one script and one width, but every span
must point into the raw input.  So normalisation here is strictly
character-for-character: ``normalize(text)`` returns a string of exactly the
same length, with traditional characters folded to simplified (OpenCC
``t2s``), full-width ASCII folded to half-width, and every whitespace
character but the line break folded to a plain space (lines are layout the
structure components read); a pinyin gloss glued after a character (監(jiān)) reads as
spaces.  ``compact(text)`` additionally drops
whitespace (the column-break problem: "县住建\\n局" → "县住建局") and returns
the map from compact positions back to raw offsets.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import Iterator

import opencc

_T2S = None


def _converter():
    global _T2S
    if _T2S is None:
        _T2S = opencc.OpenCC("t2s")
    return _T2S


# Clause punctuation as patterns over the normalised view must spell it: full-width
# ，；：！？ fold to ASCII there, while 、 and 。 have no half-width form and stay.
CLAUSE_PUNCT = "，。、；：！？,;:!?"


# look-alike characters that OCR and typists put for common ones: 巿 (fú) for 市 in 巿長, 巿府, and the
# hyphenation point ‧ for the middle dot of transliterated names (吉娃斯‧吉果)
LOOKALIKES = {"巿": "市", "‧": "·"}

# a pinyin gloss glued after a character by sites that mirror simplified pages into traditional
# script (監(jiān)督, 鎮(zhèn)): layout noise like a column break, so the view reads it as spaces and a
# name runs through it (阿榮旗市場監(jiān)督管理局); a toned vowel keeps Latin in brackets out
PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)")


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """One character, simplified and half-width; whitespace other than \n becomes ' '."""
    if ch.isspace():
        return "\n" if ch == "\n" else " "
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII block
        return chr(code - 0xFEE0)
    if ch.isascii():
        return ch
    if ch in LOOKALIKES:
        return LOOKALIKES[ch]
    if 0xFE50 <= code <= 0xFE6B:  # small form variants (﹙記者顏高/攝﹚, ﹐): their plain forms
        plain = unicodedata.normalize("NFKC", ch)
        return plain if len(plain) == 1 else ch
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def normalize(text: str) -> str:
    """Simplified, half-width, whitespace-folded text of the same length as ``text``.

    OpenCC converts phrases with context (better than char by char); its result
    is used wherever it keeps the length, else the text is folded char by char.
    """
    if not text:
        return text
    conv = _converter().convert(text)
    if len(conv) != len(text):
        conv = text
    folded = "".join(fold_char(c) for c in conv)
    if "(" in folded:
        folded = PINYIN_GLOSS.sub(lambda m: " " * len(m.group()), folded)
    return folded


def compact(text: str) -> tuple[str, list[int]]:
    """Drop whitespace; return the compact string and, per compact char, its raw offset."""
    chars, index = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            index.append(i)
    return "".join(chars), index


@lru_cache(maxsize=4)
def compact_view(norm: str) -> tuple[str, tuple[int, ...]]:
    """:func:`compact` of a whole page's normalised text, memoised: the gazetteer,
    the patterns and the slogan finder all read the same view of the same page
    (the string's hash is cached by Python, so a hit costs nothing)."""
    comp, index = compact(norm)
    return comp, tuple(index)


# a blank line: where a paragraph ends on the page
BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")


def layout_spans(norm: str, names, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Raw offsets of the mentions of ``names`` (non-empty, longest first where they overlap)
    in the normalised page between ``start`` and ``end``, leftmost first, a layout space or
    line break allowed between any two characters (安 珊, 县住建⏎局); whitespace inside a name
    is not part of it.  The search runs over the page's compact view (the normaliser leaves
    no whitespace but spaces and line breaks), with no per-page pattern of layout gaps to
    compile."""
    comp, index = compact_view(norm)
    lo = bisect.bisect_left(index, start)
    hi = len(comp) if end is None else bisect.bisect_left(index, end)
    for a, b in literal_mentions(comp, ["".join(n.split()) for n in names], lo, hi):
        yield index[a], index[b - 1] + 1


def literal_mentions(comp: str, names: list[str], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """What ``re.finditer`` of the names as one alternation yields over ``comp[lo:hi]`` (leftmost
    first; at one position, the first name listed; no overlaps), by ``str.find``: a page's names
    differ from every other page's, and compiling a pattern for each costs more than the search."""
    names = [n for n in names if n]
    nxt = {k: comp.find(n, lo, hi) for k, n in enumerate(names)}
    pos = lo
    while True:
        live = [(at, k) for k, at in nxt.items() if at != -1]
        if not live:
            return
        at, k = min(live)
        yield at, at + len(names[k])
        pos = at + len(names[k])
        for j, found in nxt.items():
            if found != -1 and found < pos:
                nxt[j] = comp.find(names[j], pos, hi)


def is_traditional(text: str, threshold: float = 0.02) -> bool:
    """True if a noticeable share of the CJK characters change under t2s."""
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return False
    changed = sum(1 for c in cjk if fold_char(c) != c)
    return changed / len(cjk) >= threshold
