"""Requirement levels: required, preferred or mentioned, and years of experience, for every mention."""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from skillgap.documents.sections import NON_REQUIREMENT_SECTIONS
from skillgap.nlp.doc_data import CANDIDATES_KEY, PHRASES_KEY, SPANS_KEY, doc_text, sentence_of

_PREFERRED_CUES = re.compile(
    r"\b(nice[ -]to[ -]haves?|desirable|bonus|(?:is|would be|a|an added|big|huge|real)\s+plus|advantageous|"
    r"an advantage|preferred|preferably|ideally|beneficial|would be great|great to have|not essential|"
    r"not required|welcome|helpful|optional)\b"
)
_REQUIRED_CUES = re.compile(
    r"\b(must|required|requirement|essential|mandatory|need to have|needs to have|you will need|"
    r"you'll need|you need|you have|you'll have|you will have|proven|demonstrable|strong|solid|"
    r"minimum|at least|extensive|expert)\b|\b\d+\s*\+?\s*(?:years?|yrs?)\b"
)
# A lighter ask: a wish outside a requirements list, still a requirement inside one ("Essential: familiarity
# with Git").
_LIGHT_CUES = re.compile(
    r"\b(familiarity with|familiar with|exposure to|awareness of|some experience|basic knowledge|basic "
    r"understanding|an interest in|interest in|appreciation of|willingness to learn)\b"
)
_YEARS = re.compile(r"\b(\d{1,2})\s*(?:\+|-\s*\d{1,2}|or more|plus)?\s*(?:years?|yrs?)\b")
_REQUIRED_SECTIONS = frozenset({"requirements", "qualifications"})
# A sentence about the employer speaks of "we" or "our" and neither to the reader nor of what the job needs.
_EMPLOYER_WORDS = re.compile(r"\b(we|we're|we’re|we've|we’ve|our|ours|us)\b")
_ASKING_WORDS = re.compile(
    r"\b(you|your|you're|you’re|you'll|you’ll|you've|you’ve|yourself|candidates?|applicants?|experience|experienced|"
    r"knowledge|ability|able|skills?|degree|required|requirements?|must|should|proficien\w*|familiar\w*|"
    r"understanding|background|expertise|qualifications?|looking for|seeking|ideally|plus|bonus)\b"
)
# Words that make a sentence ask for something wherever it stands ("Knowledge of UI/UX" under a heading read as
# Benefits).
_STRONG_ASKING_WORDS = re.compile(
    r"\b(experience (?:with|in|of)|knowledge (?:of|in)|skills? in|ability to|degree in|required|must|proficien\w*|"
    r"familiar\w*|background in|expertise in|qualifications?)\b"
)
# Sections where every line asks or describes the job, whatever its wording ("Our stack: Python" under
# Requirements; "We write Java" under The role).
_ASKING_SECTIONS = frozenset({"requirements", "qualifications", "preferred", "skills", "responsibilities", "role"})


@Language.factory(
    "requirement_levels",
    assigns=["span._.requirement", "span._.years", "span._.about_employer"],
    requires=["doc.spans"],
)
def make_requirement_levels(nlp: Language, name: str) -> RequirementLevels:
    return RequirementLevels()


class RequirementLevels:
    """Marks each skill span required, preferred or mentioned, from its section and the cues in its sentence.

    Order of precedence: what is said of the employer never requires (About us, Benefits, and sentences about
    "we" or "our" that ask nothing of the reader, outside a requirements or skills list); a preferred cue in the
    sentence ("would be a plus", "not essential"); a preferred heading ("Nice to have": "strong Kafka" there
    is still a wish); a required cue ("must have", "5+ years"); a required heading ("Essential"); a light cue
    ("familiarity with", "exposure to") makes the rest preferred. Years of
    experience stated in the sentence before the skill are attached to it ("5+ years of Python").
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sentences: dict[int, _SentenceCues] = {}
        for span in (
            *doc.spans.get(SPANS_KEY, []),
            *doc.spans.get(CANDIDATES_KEY, []),
            *doc.spans.get(PHRASES_KEY, []),
        ):
            sentence = sentence_of(span)
            cues = sentences.get(sentence.start)
            if cues is None:
                cues = sentences[sentence.start] = _SentenceCues(text[sentence.start_char : sentence.end_char])
            cue = cues.level
            section = span._.section
            if section in NON_REQUIREMENT_SECTIONS:
                about_employer = not cues.asks_anyway
            else:
                about_employer = section not in _ASKING_SECTIONS and cues.about_employer
            span._.about_employer = about_employer
            if about_employer:
                span._.requirement = "mentioned"
            elif cue == "preferred" or section == "preferred":
                span._.requirement = "preferred"
            elif cue == "required" or section in _REQUIRED_SECTIONS:
                span._.requirement = "required"
            elif cue == "light":
                span._.requirement = "preferred"  # "familiarity with X" outside an Essential list
            else:
                span._.requirement = "mentioned"
            span._.years = _years_before(text[sentence.start_char : span.start_char].lower())
        return doc


class _SentenceCues:
    """What a sentence's own words say, each worked out once and only when asked for (on the lower-cased
    text: the patterns hold no capitals, and a case-insensitive search is slower)."""

    def __init__(self, text: str) -> None:
        self.text = text.lower()

    @functools.cached_property
    def level(self) -> str | None:
        """The level its cues give: "preferred", "required", "light" or None."""
        if _PREFERRED_CUES.search(self.text):
            return "preferred"
        if _REQUIRED_CUES.search(self.text):
            return "required"
        if _LIGHT_CUES.search(self.text):
            return "light"
        return None

    @functools.cached_property
    def about_employer(self) -> bool:
        return _EMPLOYER_WORDS.search(self.text) is not None and _ASKING_WORDS.search(self.text) is None

    @functools.cached_property
    def asks_anyway(self) -> bool:
        return _STRONG_ASKING_WORDS.search(self.text) is not None


def _years_before(prefix: str) -> int | None:
    """Years of experience stated in the sentence before the skill (`prefix`, lower case)."""
    matches = list(_YEARS.finditer(prefix))
    if not matches:
        return None
    last = matches[-1]
    # Only when the years sit close before the skill: "5+ years of Python", "3 years' experience with AWS".
    between = prefix[last.end() :]
    if len(between.split()) > 5:
        return None
    return int(last.group(1))
