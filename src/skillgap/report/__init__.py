"""Report model and renderers. Renderers only format; every decision is made in `skillgap.gap`."""

from skillgap.report.json import document_data, dumps, extract_data, gap_data
from skillgap.report.markdown import extract_markdown, gap_markdown
from skillgap.report.model import (
    SCHEMA_VERSION,
    Evidence,
    GapReport,
    PhraseGap,
    SkillGap,
    Suggestion,
    TargetSummary,
)
from skillgap.report.text import print_extract, print_gap, to_text

__all__ = [
    "SCHEMA_VERSION",
    "Evidence",
    "GapReport",
    "PhraseGap",
    "SkillGap",
    "Suggestion",
    "TargetSummary",
    "document_data",
    "dumps",
    "extract_data",
    "extract_markdown",
    "gap_data",
    "gap_markdown",
    "print_extract",
    "print_gap",
    "to_text",
]
