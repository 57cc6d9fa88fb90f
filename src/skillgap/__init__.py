"""skillgap: what a job ad, or the person who got the job, shows that your CV does not.

The stages, each usable on its own:

    read_document(path)             -> Document        (skillgap.documents)
    Analyzer().profiles(docs, kinds) -> [SkillProfile]  (spaCy pipeline, skillgap.nlp + skillgap.profile)
    compare(cv_profile, targets, taxonomy) -> GapReport (skillgap.gap)
    render_json / render_markdown / render_text         (skillgap.report)
"""

from skillgap.analysis import Analyzer
from skillgap.documents import Document, read_document
from skillgap.errors import ExitCode, SkillgapError
from skillgap.gap import compare
from skillgap.profile import Mention, SkillProfile
from skillgap.report.model import GapReport

__version__ = "0.1.0"

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
