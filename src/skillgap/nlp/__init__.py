"""The spaCy stage: a pipeline that puts canonical-skill spans on `doc.spans["skills"]`."""

from skillgap.nlp.components import SPANS_KEY, skill_spans
from skillgap.nlp.pipeline import build_pipeline, get_pipeline, make_doc, pipeline_taxonomy, process

__all__ = ["SPANS_KEY", "build_pipeline", "get_pipeline", "make_doc", "pipeline_taxonomy", "process", "skill_spans"]
