"""skillgap's spaCy components, registered as factories when this module is imported.

Pipeline order: `skillgap_sentencizer` -> `skill_normalizer` (lookup lemmas and matching forms) ->
`skill_matcher` -> `fuzzy_skill_matcher` -> `compound_skills` -> `people_skills` -> `qualification_progress` ->
`candidate_skills` -> `skill_phrases` -> `requirement_levels`.
Results live on the `Doc`: sentence starts on tokens, lemmas and a normalised form in `token.lemma_` and
`token.norm_`, canonical-skill spans in `doc.spans["skills"]` (label = skill id), requested things the
taxonomy does not know in `doc.spans["skill_candidates"]` (label = their normalised wording), abilities in the
ad's own words in `doc.spans["skill_phrases"]` (label = the verb's lemma), with the extension attributes of
`skillgap.nlp.doc_data`. One module per component.
"""

from skillgap.nlp.candidates import CandidateSkills
from skillgap.nlp.compounds import CompoundSkills
from skillgap.nlp.doc_data import (
    CANDIDATES_KEY,
    PHRASES_KEY,
    SPANS_KEY,
    candidate_spans,
    phrase_spans,
    sentence_of,
    skill_spans,
)
from skillgap.nlp.fuzzy import FuzzySkillMatcher
from skillgap.nlp.matcher import SkillMatcher
from skillgap.nlp.normalizer import SkillNormalizer
from skillgap.nlp.people import PeopleSkills
from skillgap.nlp.phrases import SkillPhrases
from skillgap.nlp.progress import QualificationProgress
from skillgap.nlp.requirements import RequirementLevels
from skillgap.nlp.sentences import LineSentencizer

__all__ = [
    "CANDIDATES_KEY",
    "PHRASES_KEY",
    "SPANS_KEY",
    "CandidateSkills",
    "CompoundSkills",
    "FuzzySkillMatcher",
    "LineSentencizer",
    "PeopleSkills",
    "QualificationProgress",
    "RequirementLevels",
    "SkillMatcher",
    "SkillNormalizer",
    "SkillPhrases",
    "candidate_spans",
    "phrase_spans",
    "sentence_of",
    "skill_spans",
]
