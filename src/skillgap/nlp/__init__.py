"""The spaCy stage: a pipeline that puts canonical-skill spans on `doc.spans["skills"]`, and abilities in the
ad's own words on `doc.spans["skill_phrases"]`."""

from skillgap.nlp.components import (
    CANDIDATES_KEY,
    PHRASES_KEY,
    SPANS_KEY,
    candidate_spans,
    phrase_spans,
    skill_spans,
)
from skillgap.nlp.pipeline import build_pipeline, get_pipeline, make_doc, pipeline_taxonomy, process

__all__ = [
    "CANDIDATES_KEY",
    "PHRASES_KEY",
    "SPANS_KEY",
    "build_pipeline",
    "candidate_spans",
    "get_pipeline",
    "make_doc",
    "phrase_spans",
    "pipeline_taxonomy",
    "process",
    "skill_spans",
]
