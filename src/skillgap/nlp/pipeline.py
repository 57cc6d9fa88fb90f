"""Building skillgap's spaCy pipeline once per process, and running documents through it."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from skillgap.documents import Document
from skillgap.nlp import components  # noqa: F401  (registers the factories)
from skillgap.taxonomy import Taxonomy


def build_pipeline(taxonomy_path: Path | None = None, extensions: tuple[Path, ...] = ()) -> Language:
    """A fresh pipeline: blank English, line-aware sentences, lookup lemmas and matching forms, then the skill
    components (order documented in skillgap.nlp.components and the README)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("skillgap_sentencizer")
    nlp.add_pipe("skill_normalizer")
    matcher_config = {
        "taxonomy_path": str(taxonomy_path) if taxonomy_path else "",
        "extensions": [str(path) for path in extensions],
    }
    nlp.add_pipe("skill_matcher", config=matcher_config)
    nlp.add_pipe("fuzzy_skill_matcher")
    nlp.add_pipe("candidate_skills")
    nlp.add_pipe("skill_phrases")
    nlp.add_pipe("requirement_levels")
    nlp.initialize()
    return nlp


@functools.cache
def get_pipeline(taxonomy_path: Path | None = None, extensions: tuple[Path, ...] = ()) -> Language:
    """The process-wide pipeline for a taxonomy (the packaged one by default) and its extensions."""
    return build_pipeline(taxonomy_path, extensions)


def pipeline_taxonomy(nlp: Language) -> Taxonomy:
    return nlp.get_pipe("skill_matcher").taxonomy


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenised `Doc` of the document's text carrying its line sections for the components."""
    doc = nlp.make_doc(document.text)
    doc._.line_sections = document.section_ranges()
    return doc


def process(nlp: Language, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Doc]:
    """Run documents through the pipeline with `nlp.pipe`, in order."""
    return nlp.pipe((make_doc(nlp, document) for document in documents), batch_size=batch_size)
