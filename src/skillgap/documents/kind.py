"""Is a target a job ad or the successful candidate's profile? Decided from the text's own wording."""

from __future__ import annotations

import re
from typing import Literal

TargetKind = Literal["ad", "profile"]

# Phrases typical of each kind; each distinct phrase found counts once.
_AD_CUES = re.compile(
    r"\b(we are looking for|we're looking for|you will|you'll|your responsibilities|responsibilities|"
    r"requirements|essential|desirable|nice to have|apply|applicants?|candidates?|salary|per annum|"
    r"job type|full[- ]time|part[- ]time|contract|permanent|benefits|what we offer|the role|this role|"
    r"about you|you have|must have|equal opportunit\w*|closing date|hybrid|remote|we offer|join our team)\b",
    re.IGNORECASE,
)
_PROFILE_CUES = re.compile(
    r"\b(please welcome|welcome to|welcoming|joins us|joined us|has joined|is joining|joining us|"
    r"our new|new starter|new hire|meet \w+|she|he|her|his|they bring|brings|previously|spent \w+ years|"
    r"before joining|i am|i'm|i have|i've|i’ve|i was|i joined|my|me|linkedin|about me|experienced \w+ with|"
    r"passionate about|excited to announce|thrilled to|happy to share|pleased to announce|starting a new|"
    r"new position|new role as|first day|first week)\b",
    re.IGNORECASE,
)


# CV section keys: a document with several of these headings and few ad cues is a CV.
_CV_SECTIONS = frozenset(
    {
        "summary",
        "skills",
        "experience",
        "education",
        "projects",
        "certifications",
        "languages",
        "interests",
        "references",
    }
)


def looks_like_cv(text: str, sections: set[str]) -> bool:
    """A CV has CV headings (Experience, Education, Skills...) and reads little like an ad."""
    ad_score = len({m.group(0).lower() for m in _AD_CUES.finditer(text)})
    return len(sections & _CV_SECTIONS) >= 3 and ad_score < 6


def detect_kind(text: str) -> TargetKind:
    """ "ad" or "profile". Ties go to "ad", the more common target."""
    ad_score = len({m.group(0).lower() for m in _AD_CUES.finditer(text)})
    profile_score = len({m.group(0).lower() for m in _PROFILE_CUES.finditer(text)})
    return "profile" if profile_score > ad_score else "ad"
