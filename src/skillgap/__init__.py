"""skillgap: what a job ad, or the person who got the job, shows that your CV does not.

The stages, each usable on its own:

    read_document(path)             -> Document        (skillgap.documents)
    Analyzer().profiles(docs, kinds) -> [SkillProfile]  (spaCy pipeline, skillgap.nlp + skillgap.profile)
    compare(cv_profile, targets, taxonomy) -> GapReport (skillgap.gap)
    render_json / render_markdown / render_text         (skillgap.report)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public names and the modules they live in. Imported on first use, so that `skillgap --version` or
# `skillgap text` do not pay for importing spaCy.
_EXPORTS = {
    "Analyzer": "skillgap.analysis",
    "Document": "skillgap.documents",
    "read_document": "skillgap.documents",
    "ExitCode": "skillgap.errors",
    "SkillgapError": "skillgap.errors",
    "compare": "skillgap.gap",
    "Mention": "skillgap.profile",
    "SkillProfile": "skillgap.profile",
    "GapReport": "skillgap.report.model",
}

__all__ = [
    "Analyzer",
    "Document",
    "ExitCode",
    "GapReport",
    "Mention",
    "SkillProfile",
    "SkillgapError",
    "__version__",
    "compare",
    "read_document",
]

if TYPE_CHECKING:
    from skillgap.analysis import Analyzer
    from skillgap.documents import Document, read_document
    from skillgap.errors import ExitCode, SkillgapError
    from skillgap.gap import compare
    from skillgap.profile import Mention, SkillProfile
    from skillgap.report.model import GapReport


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'skillgap' has no attribute {name!r}")
