"""spaCy components of govnlp, one module per factory (see pyproject's spacy_factories).

Importing this package registers every factory, for use without installed
entry points (e.g. from a source checkout).
"""
from . import (admin_gazetteer, admin_linker, articles, bylines, char_ner,  # noqa: F401
               entity_patterns, entity_resolver, normalizer, slogans)
