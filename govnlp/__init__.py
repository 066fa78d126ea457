"""govnlp: a spaCy pipeline for Chinese official and local-government news pages.

    import govnlp
    nlp = govnlp.load()          # the trained pipeline shipped in the package
    doc = nlp(page_text)         # raw OCR'd page, simplified or traditional

Nothing heavy happens at import time: gazetteers and models load in ``load()``.
"""
from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"
RULE_COMPONENTS = ("entity_resolver", "admin_linker", "slogan_finder", "byline_tagger", "article_splitter")


def shipped_pipeline_path() -> Path:
    """Folder of the trained pipeline inside the installed package."""
    from importlib import resources

    return Path(str(resources.files("govnlp") / "data" / "pipeline"))


def _register() -> None:
    """Factories, the ``zh_gov`` language and the custom attributes, for a source
    checkout as for an installed package."""
    from . import components  # noqa: F401  (registers factories when not installed)
    from . import language  # noqa: F401  (registers zh_gov)
    from .extensions import register_extensions

    register_extensions()


def load(path: str | Path | None = None, **kwargs):
    """The govnlp pipeline: the shipped one (``path`` None or empty), or a saved one at ``path``.

    Raises ``FileNotFoundError`` with the command that builds it if the
    package was installed without its trained model.
    """
    import spacy

    _register()
    path = Path(path) if path else shipped_pipeline_path()
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no govnlp pipeline at {path}: build it with `python -m govnlp train`")
    return spacy.load(path, **kwargs)


def blank():
    """An untrained pipeline: normaliser, candidate layers and the rule components.

    Entities come from the gazetteer and patterns alone (``entity_resolver``
    in ``candidates`` mode): the rule baseline, and a pipeline for tests."""
    nlp = empty()
    nlp.add_pipe("govnlp_normalizer")
    nlp.add_pipe("admin_gazetteer")
    nlp.add_pipe("entity_patterns")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name, config={"mode": "candidates"} if name == "entity_resolver" else {})
    nlp.initialize()
    return nlp


def empty():
    """A ``zh_gov`` pipeline with character tokens and no components yet."""
    import spacy

    _register()
    return spacy.blank("zh_gov", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
