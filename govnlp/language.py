"""``zh_gov``: Chinese with two additions for raw input of any size and content.

Lone surrogates (which no Doc can hold) are replaced one-for-one by U+FFFD,
their positions kept in ``doc.user_data["govnlp_replaced_surrogates"]``;
every other character of the input is in ``doc.text`` unchanged.

A page above ``chunk_chars`` (default 20k characters) is cut at line breaks,
each piece runs through the pipeline, and the pieces are joined with
``Doc.from_docs``, so offsets, entities and span groups refer to the whole
input and no text is lost or rejected (spaCy's E088).  Article numbers are
renumbered so they stay unique across pieces.  Everything else is spaCy's
``Chinese`` language, registered through the ``spacy_languages`` entry point
so ``spacy.load`` of a saved govnlp pipeline gets the same behaviour.
"""
from __future__ import annotations

import re
import warnings
from typing import Iterator

from spacy.lang.zh import Chinese, ChineseTokenizer, Segmenter
from spacy.tokens import Doc
from spacy.util import registry

from .extensions import RAW_TEXT_KEY

DEFAULT_CHUNK_CHARS = 20_000
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, list[int]]:
    """Lone surrogates cannot be stored in a Doc (they are not encodable); each becomes
    U+FFFD, one code point for one, so every offset still maps to the raw input."""
    if not _SURROGATE.search(text):
        return text, []
    positions = [m.start() for m in _SURROGATE.finditer(text)]
    return _SURROGATE.sub("\ufffd", text), positions


def line_chunks(text: str, size: int) -> list[str]:
    """Pieces of at most ~``size`` chars cut after a newline (hard cut if a line is longer)."""
    out, pos, n = [], 0, len(text)
    while pos < n:
        end = min(pos + size, n)
        if end < n:
            cut = text.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        out.append(text[pos:end])
        pos = end
    return out


_CHARS = re.compile(r"\S|\s+")


def char_doc(vocab, text: str) -> Doc:
    """The doc of spaCy's ``ChineseTokenizer`` in ``char`` mode, made in one pass: every
    non-space character is a token, one plain space after a token is its trailing
    whitespace, and any other run of whitespace is a token of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    for m in _CHARS.finditer(text):
        w = m.group()
        if not w.isspace():
            words.append(w)
            spaces.append(False)
            continue
        if words and w[0] == " ":                      # (a whitespace run follows a character)
            spaces[-1] = True
            w = w[1:]
            if not w:
                continue
        words.append(w)
        spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)


class GovChinese(Chinese):
    lang = "zh_gov"
    chunk_chars = DEFAULT_CHUNK_CHARS

    def make_doc(self, text: str) -> Doc:
        """The tokenizer's doc, with its text kept for the normaliser, which takes it away:
        ``Doc.text`` rebuilds the string from one ``Token`` object per character (a sixth of
        the rule components' time on a page).  spaCy's character segmenter is replaced by
        :func:`char_doc`, which makes the same doc without aligning each character anew."""
        tok = self.tokenizer
        if isinstance(tok, ChineseTokenizer) and tok.segmenter == Segmenter.char and isinstance(text, str):
            if len(text) > self.max_length:
                return super().make_doc(text)           # spaCy's own error (E088)
            doc = char_doc(self.vocab, text)
        else:
            doc = super().make_doc(text)
        doc.user_data[RAW_TEXT_KEY] = text
        return doc

    def __call__(self, text, *, disable=[], component_cfg=None):  # noqa: B006 (spaCy's signature)
        replaced: list[int] = []
        if isinstance(text, str):
            text, replaced = replace_surrogates(text)
        doc = self._call(text, disable, component_cfg)
        if replaced:
            doc.user_data["govnlp_replaced_surrogates"] = replaced
        return doc

    def _call(self, text, disable, component_cfg):
        if isinstance(text, str) and len(text) > self.chunk_chars:
            pieces = line_chunks(text, self.chunk_chars)
            saved = self.max_length
            self.max_length = max(saved, self.chunk_chars + 1)
            try:
                docs = [super(GovChinese, self).__call__(p, disable=disable, component_cfg=component_cfg)
                        for p in pieces]
            finally:
                self.max_length = saved
            return join_docs(docs)
        return super().__call__(text, disable=disable, component_cfg=component_cfg)

    def pipe(self, texts, **kwargs) -> Iterator[Doc]:
        """As spaCy's, but long texts go through the chunking ``__call__``."""
        texts = list(texts) if not isinstance(texts, list) else texts
        as_tuples = kwargs.get("as_tuples", False)
        raw = [t[0] if as_tuples else t for t in texts]
        if any(isinstance(t, str) and (len(t) > self.chunk_chars or _SURROGATE.search(t)) for t in raw):
            for item in texts:
                if as_tuples:
                    yield self(item[0]), item[1]
                else:
                    yield self(item)
            return
        yield from super().pipe(texts, **kwargs)


def join_docs(docs: list[Doc]) -> Doc:
    """Concatenate chunk docs exactly: article numbers stay unique, slogan item offsets
    (values, which ``Doc.from_docs`` does not shift) move with their chunk, and the
    normalised view is the concatenation of the chunks' views."""
    art_offset = char_offset = 0
    norms = []
    for d in docs:
        arts = sorted({s._.article for s in d.spans.get("blocks", []) if s._.article is not None})
        for s in d.spans.get("blocks", []):
            if s._.article is not None:
                s._.article = s._.article + art_offset
        art_offset += max(arts) if arts else 0
        for s in d.spans.get("slogans", []):
            if s._.item_offsets:
                s._.item_offsets = [(a + char_offset, b + char_offset) for a, b in s._.item_offsets]
        norms.append(d._.norm_text if d._.norm_text is not None else d.text)
        char_offset += len(d.text)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W101\]")  # norm_text is rebuilt below
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    doc._.norm_text = "".join(norms)
    return doc


registry.languages.register("zh_gov", func=GovChinese)
