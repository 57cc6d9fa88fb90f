"""skillgap's spaCy components, registered as factories when this module is imported.

Pipeline order: `skillgap_sentencizer` -> `skill_normalizer` (lookup lemmas and matching forms) ->
`skill_matcher` -> `fuzzy_skill_matcher` -> `candidate_skills` -> `requirement_levels`. Results live on the
`Doc`: sentence starts on tokens, a normalised form in `token.norm_`, canonical-skill spans in
`doc.spans["skills"]` (label = skill id), requested things the taxonomy does not know in
`doc.spans["skill_candidates"]` (label = their normalised wording), with the extension attributes of
`skillgap.nlp.doc_data`. One module per component.
"""

from skillgap.nlp.candidates import CandidateSkills
from skillgap.nlp.doc_data import CANDIDATES_KEY, SPANS_KEY, candidate_spans, sentence_of, skill_spans
from skillgap.nlp.fuzzy import FuzzySkillMatcher
from skillgap.nlp.matcher import SkillMatcher
from skillgap.nlp.normalizer import SkillNormalizer
from skillgap.nlp.requirements import RequirementLevels
from skillgap.nlp.sentences import LineSentencizer

__all__ = [
    "CANDIDATES_KEY",
    "SPANS_KEY",
    "CandidateSkills",
    "FuzzySkillMatcher",
    "LineSentencizer",
    "RequirementLevels",
    "SkillMatcher",
    "SkillNormalizer",
    "candidate_spans",
    "sentence_of",
    "skill_spans",
]
