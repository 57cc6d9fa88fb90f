"""The spaCy stage: a pipeline that puts canonical-skill spans on `doc.spans["skills"]`."""

from skillgap.nlp.components import CANDIDATES_KEY, SPANS_KEY, candidate_spans, skill_spans
from skillgap.nlp.pipeline import build_pipeline, get_pipeline, make_doc, pipeline_taxonomy, process

__all__ = [
    "CANDIDATES_KEY",
    "SPANS_KEY",
    "build_pipeline",
    "candidate_spans",
    "get_pipeline",
    "make_doc",
    "pipeline_taxonomy",
    "process",
    "skill_spans",
]
