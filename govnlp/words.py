"""Two-character Chinese words, from the dictionary that ships with spacy-pkuseg.

The wheel carries no segmentation model but does carry its word list
(``spacy_pkuseg/dicts/default.pkl``, 390k entries).  Where a name ends is often
decided by where the next word starts: 市长胡志强|安排 (安排 is a word, 强安 is not),
党委书记张天然|充分.  Loaded on first use (0.1 s, 7 MB), never at ``govnlp.load()``.
"""
from __future__ import annotations

import os
import pickle
import re
from functools import lru_cache


@lru_cache(maxsize=1)
def two_char_words() -> frozenset[str]:
    import spacy_pkuseg

    path = os.path.join(os.path.dirname(spacy_pkuseg.__file__), "dicts", "default.pkl")
    try:
        with open(path, "rb") as f:
            text = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError):
        return frozenset()                  # no dictionary: no word is known, no rule fires
    return frozenset(re.findall(r"(?m)^[\u4e00-\u9fff]{2}$", text)) if isinstance(text, str) else frozenset()


def opens_word(text: str, i: int) -> bool:
    """Whether a two-character word of the dictionary starts at ``text[i]``."""
    return text[i:i + 2] in two_char_words()
