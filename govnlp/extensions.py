"""Every custom Doc and Span attribute govnlp sets, declared in one place.

Doc:
    ``doc._.norm_text``   the normalised view (same length as ``doc.text``)
    ``doc._.articles``    list of :class:`govnlp.components.articles.Article`,
                          read from ``doc.spans["blocks"]`` (nothing extra stored)
Span (``doc.ents``):
    ``span._.admin``      ADMIN linking: dict with ``level``, ``code``,
                          ``parents`` and ranked ``candidates``
    ``span._.org_admin``  for ORG: the admin unit its prefix refers to
Span (``doc.spans["slogans"]``):
    ``span._.numbers``, ``span._.template``, ``span._.items`` (spans of the
    listed items; stored as ``span._.item_offsets`` so serialisation keeps them)
Span (``doc.spans["bylines"]``):
    ``span._.source``, ``span._.credits`` (list of (role, name) pairs)
Span (``doc.spans["blocks"]``):
    ``span._.article``    the article number, ``None`` for COLUMN/PAGE
"""
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {"norm_text": None}
# doc.user_data key under which GovChinese.make_doc keeps the input text until the normaliser takes it
RAW_TEXT_KEY = "govnlp_raw_text"
SPAN_EXTENSIONS = {"admin": None, "org_admin": None, "numbers": None, "template": None,
                   "item_offsets": None, "source": None, "credits": None, "article": None}


def _get_items(span: Span):
    offsets = span._.item_offsets
    if offsets is None:
        return None
    return [span.doc.char_span(a, b, alignment_mode="expand") for a, b in offsets]


def _get_articles(doc: Doc):
    from .components.articles import articles_of  # computed from doc.spans["blocks"]
    return articles_of(doc)


def _set_items(span: Span, items) -> None:
    # Stored as plain offsets so DocBin/pickle round-trips keep them.
    span._.item_offsets = None if items is None else [
        (it.start_char, it.end_char) if isinstance(it, Span) else tuple(it) for it in items if it is not None]


def register_extensions() -> None:
    """Idempotent: safe to call from every module that needs the attributes."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("articles"):
        Doc.set_extension("articles", getter=_get_articles)
    if not Span.has_extension("items"):
        Span.set_extension("items", getter=_get_items, setter=_set_items)
