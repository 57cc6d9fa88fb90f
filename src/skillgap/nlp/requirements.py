"""Requirement levels: required, preferred or mentioned, and years of experience, for every mention."""

from __future__ import annotations

import functools
import itertools
import re

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.documents.sections import NON_REQUIREMENT_SECTIONS
from skillgap.nlp.doc_data import CANDIDATES_KEY, PHRASES_KEY, SPANS_KEY, doc_text, sentence_of, token_strings
from skillgap.nlp.phrases import action_verbs
from skillgap.taxonomy.load import models_dir

# Numbers of years as ads write them: "5+", "3-5", "three", "two or more".
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=1
    )
}
_YEARS_COUNT = (
    r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\+|-\s*\d{1,2}|to \d{1,2}|or more|plus)?\s*(?:years?|yrs?)"
    r"(?!\s+ago\b)"  # "5 years ago we moved to Python" is no experience asked for
)
_PREFERRED_CUES = re.compile(
    r"\b(nice[ -]to[ -]haves?|desirable|bonus|(?:is|would be|a|an added|big|huge|real)\s+plus|advantageous|"
    r"an advantage|preferred|preferably|ideally|beneficial|would be great|great to have|not essential|"
    r"welcome|helpful|optional)\b"
)
# Said not to be needed, in the skill's own clause: "You don't need any experience of the energy industry, as we
# train you"; "A degree is not required". Unless the sentence still wishes for it ("not required, but a plus").
_NOT_NEEDED_CUES = re.compile(
    r"\b(?:don't|don’t|do not|doesn't|doesn’t|does not|won't|won’t|will not)\s+(?:need|require)\b|\bno need\b|"
    r"\b(?:not|isn't|isn’t|aren't|aren’t)\s+(?:necessary|needed|required|a requirement|a must|compulsory|mandatory)\b|"
    r"\bno (?:previous |prior )?experience (?:is )?(?:needed|necessary|required)\b|"
    r"\bwithout (?:any )?(?:previous |prior )?experience\b"
)
_CLAUSE_BREAKS = re.compile(r"\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|;")
_REQUIRED_CUES = re.compile(
    r"\b(must|required|requirement|essential|mandatory|need to have|needs to have|you will need|"
    r"you'll need|you need|you have|you'll have|you will have|proven|demonstrable|strong|solid|"
    r"minimum|at least|extensive|expert)\b|\b" + _YEARS_COUNT + r"\b"
)
# A lighter ask: a wish outside a requirements list, still a requirement inside one ("Essential: familiarity
# with Git").
_LIGHT_CUES = re.compile(
    r"\b(familiarity with|familiar with|exposure to|awareness of|some experience|basic knowledge|basic "
    r"understanding|an interest in|interest in|appreciation of|willingness to learn)\b"
)
_YEARS = re.compile(r"\b" + _YEARS_COUNT + r"\b")
# Years written right after the skill: "Python (5+ years)", "Python: 4 years", "Java (3 years minimum)"; not
# when they lead on to another skill ("Python (3 years of Django)").
_YEARS_AFTER = re.compile(
    r"^\s*[(:,\-–—]?\s*(?:for\s+)?" + _YEARS_COUNT + r"\b(?!'?\s*(?:of|with|in|using|experience)\b)"
)
_REQUIRED_SECTIONS = frozenset({"requirements", "qualifications"})
# A sentence about the employer speaks of "we" or "our" and neither to the reader nor of what the job needs.
_EMPLOYER_WORDS = re.compile(r"\b(we|we're|we’re|we've|we’ve|our|ours|us)\b")
_ASKING_WORDS = re.compile(
    r"\b(you|your|you're|you’re|you'll|you’ll|you've|you’ve|yourself|candidates?|applicants?|experience|experienced|"
    r"knowledge|ability|able|skills?|degree|required|requirements?|must|should|proficien\w*|familiar\w*|"
    r"understanding|background|expertise|qualifications?|looking for|seeking|ideally|plus|bonus|want|need|hiring)\b"
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
# A sentence that addresses no one, asks nothing and gives no duty describes the setting: the employer, its
# products, a department, a research project ("The department is well equipped for mass spectrometry and cell
# biology"). Beyond the asking words (the reader, candidates), words of the person sought or of the job keep a
# sentence a request.
_ADDRESSING_WORDS = re.compile(
    r"\b(he or she|person|successful|ideal|individual|incumbent|hire|role|position|job|responsib\w*|tasks?|duty|"
    r"duties|day-to-day|entails?|requires?|expected|will|join)\b"
)
# Shorter sentences are list items and fragments ("Agile and Lean methodologies"), not descriptions.
_DESCRIPTION_MIN_WORDS = 10
# A sentence that is mostly skill names is a list ("Our stack: Go, Kafka, Postgres and Kubernetes on GCP").
_LIST_SKILL_SHARE = 0.4
_BULLETS = frozenset("-•·*–—▪◦●■►⌲☞>+")
ROLE_NOUNS_FILE = "role_nouns.txt"
# Skill types that name what a person knows or does; a soft skill before a role noun ("a collaborative
# engineer") and a certification ("AWS Certified Developer") are still asked for.
_ROLE_NAMING_TYPES = frozenset({"hard_skill", "tool", "knowledge", "language"})


@functools.cache
def role_nouns() -> frozenset[str]:
    path = models_dir() / "lexicons" / ROLE_NOUNS_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@Language.factory(
    "requirement_levels",
    assigns=["span._.requirement", "span._.years", "span._.about_employer", "span._.names_role", "span._.not_needed"],
    requires=["doc.spans", "token.norm"],
)
def make_requirement_levels(nlp: Language, name: str) -> RequirementLevels:
    return RequirementLevels(nlp)


class RequirementLevels:
    """Marks each skill span required, preferred or mentioned, from its section and the cues in its sentence.

    Order of precedence: what is said of the employer never requires (About us, Benefits; outside a
    requirements, skills or duties section, sentences about "we" or "our" that ask nothing of the reader, and
    sentences that address no one and describe the setting); a preferred cue in the
    sentence ("would be a plus", "not essential"); a preferred heading ("Nice to have": "strong Kafka" there
    is still a wish); a required cue ("must have", "5+ years"); a required heading ("Essential"); a light cue
    ("familiarity with", "exposure to") makes the rest preferred. Years of
    experience stated in the sentence before the skill are attached to it ("5+ years of Python").
    A skill that names a role ("DevOps Engineer", "PhD stipend") is marked `names_role`.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._skill_types: dict[str, str] | None = None
        strings = nlp.vocab.strings
        self.role_hashes = frozenset(strings.add(noun) for noun in role_nouns())
        self.verb_hashes = frozenset(strings.add(verb) for verb in action_verbs())

    @property
    def skill_types(self) -> dict[str, str]:
        """Skill id -> type, from the pipeline's taxonomy (read once, when first needed)."""
        if self._skill_types is None:
            matcher = self.nlp.get_pipe("skill_matcher") if "skill_matcher" in self.nlp.pipe_names else None
            taxonomy = getattr(matcher, "taxonomy", None)
            self._skill_types = {skill.id: skill.type for skill in taxonomy} if taxonomy is not None else {}
        return self._skill_types

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sentences: dict[int, _SentenceCues] = {}
        skills = list(doc.spans.get(SPANS_KEY, []))  # a span group makes new Span objects on every pass
        words = _DocWords(doc, [(span.start, span.end) for span in skills], self.verb_hashes)
        types = self.skill_types
        others = (*doc.spans.get(CANDIDATES_KEY, []), *doc.spans.get(PHRASES_KEY, []))
        for index, span in enumerate((*skills, *others)):
            sentence = sentence_of(span)
            cues = sentences.get(sentence.start)
            if cues is None:
                cues = sentences[sentence.start] = _SentenceCues(sentence, text, words)
            cue = cues.level
            attributes = span._  # each `span._` builds an accessor: build it once
            section = attributes.section
            not_needed = cue != "preferred" and cues.not_needed_at(span.start_char - sentence.start_char)
            if section in NON_REQUIREMENT_SECTIONS:
                about_employer = not cues.asks_anyway
            else:
                about_employer = section not in _ASKING_SECTIONS and (cues.about_employer or cues.describes_setting)
            if about_employer or not_needed:
                requirement = "mentioned"
            elif cue == "preferred" or section == "preferred":
                requirement = "preferred"
            elif cue == "required" or section in _REQUIRED_SECTIONS:
                requirement = "required"
            elif cue == "light":
                requirement = "preferred"  # "familiarity with X" outside an Essential list
            else:
                requirement = "mentioned"
            attributes.not_needed = not_needed
            attributes.about_employer = about_employer
            attributes.requirement = requirement
            attributes.years = _years_of(
                text[sentence.start_char : span.start_char].lower(), text[span.end_char : sentence.end_char].lower()
            )
            if index < len(skills):  # a taxonomy skill, not a candidate or a phrase
                attributes.names_role = types.get(span.label_) in _ROLE_NAMING_TYPES and self.names_role(span, words)
        return doc

    def names_role(self, span: Span, words: _DocWords) -> bool:
        """Whether the skill is written as (part of) the name of a job or a post: it ends in a role noun ("Site
        Reliability Engineer"), or a role noun follows it across other skills and capitalised words ("DevOps
        engineers", "Android Software Engineer", "SAP Cloud Solution Specialist", "UI/UX Designer"); and it is
        not a certificate's name ("AWS DevOps Engineer certification")."""
        texts = words.texts
        end = span.end
        if not self._is_role_noun(end - 1, words):
            while end < len(texts) and end - span.end < _TITLE_REACH and not self._is_role_noun(end, words):
                text = texts[end]
                if not (end in words.skill_tokens or text in _TITLE_JOINERS or text.istitle() or text.isupper()):
                    return False
                end += 1
            if end >= len(texts) or not self._is_role_noun(end, words):
                return False
        return not any(word.lower().startswith("certif") for word in texts[span.end : end + 4])

    def _is_role_noun(self, k: int, words: _DocWords) -> bool:
        # On the norm, so that plurals count ("engineers"), but not a field named by its -ing form, whose
        # lemma is the role's ("software engineering" -> "engineer").
        return words.norms[k] in self.role_hashes and not words.texts[k].lower().endswith("ing")


# How far a role noun may follow a skill in a job title, and what may stand between them.
_TITLE_REACH = 4
_TITLE_JOINERS = frozenset({"/", "-", "&", "+"})


class _DocWords:
    """What the sentence cues read of the Doc, taken out once: token texts, norm hashes and skill bounds."""

    def __init__(self, doc: Doc, skill_bounds: list[tuple[int, int]], verb_hashes: frozenset[int]) -> None:
        self.texts = token_strings(doc)[0]
        self.norms: list[int] = doc.to_array(NORM).tolist()
        self.skill_bounds = skill_bounds
        self.skill_tokens = {k for start, end in skill_bounds for k in range(start, end)}
        self.verb_hashes = verb_hashes


class _SentenceCues:
    """What a sentence's own words say, each worked out once and only when asked for (on the lower-cased
    text: the patterns hold no capitals, and a case-insensitive search is slower)."""

    def __init__(self, sentence: Span, doc_text: str, words: _DocWords) -> None:
        self.start, self.end = sentence.start, sentence.end
        self.text = doc_text[sentence.start_char : sentence.end_char].lower()
        self.words = words

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
    def _negated_clauses(self) -> list[tuple[int, int]]:
        """(start, end) in the sentence of the clauses that say something is not needed."""
        if _NOT_NEEDED_CUES.search(self.text) is None:
            return []
        bounds = [0, *(m.start() for m in _CLAUSE_BREAKS.finditer(self.text)), len(self.text)]
        return [
            (start, end) for start, end in itertools.pairwise(bounds) if _NOT_NEEDED_CUES.search(self.text, start, end)
        ]

    def not_needed_at(self, offset: int) -> bool:
        """Whether the clause at character `offset` of the sentence says its skill is not needed."""
        return any(start <= offset < end for start, end in self._negated_clauses)

    @functools.cached_property
    def describes_setting(self) -> bool:
        """A full sentence that addresses no one, asks nothing and gives no duty: not a bullet, not a list of
        skills, not opening with a work verb ("Design and build..."), without the reader, the person sought
        or the job in it."""
        if self.text.lstrip()[:1] in _BULLETS or self.level is not None or _ASKING_WORDS.search(self.text):
            return False
        if _ADDRESSING_WORDS.search(self.text):
            return False
        start, end, doc = self.start, self.end, self.words
        alphabetic = [k for k in range(start, end) if doc.texts[k].isalpha()]
        if len(alphabetic) < _DESCRIPTION_MIN_WORDS or doc.norms[alphabetic[0]] in doc.verb_hashes:
            return False
        skill_tokens = sum(min(e, end) - max(s, start) for s, e in doc.skill_bounds if s < end and start < e)
        return skill_tokens < _LIST_SKILL_SHARE * len(alphabetic)

    @functools.cached_property
    def asks_anyway(self) -> bool:
        return _STRONG_ASKING_WORDS.search(self.text) is not None


def _years_of(prefix: str, suffix: str) -> int | None:
    """Years of experience stated for the skill, from the sentence before it (`prefix`) and after it (`suffix`),
    both lower case: right after it ("Python (5+ years)"), else close before it ("5+ years of Python")."""
    after = _YEARS_AFTER.match(suffix[:40])
    if after is not None:
        return _count_of(after.group(1))
    matches = list(_YEARS.finditer(prefix))
    if not matches:
        return None
    last = matches[-1]
    # Only when the years sit close before the skill, with no other number or closed bracket between ("5+ years
    # of Python", "3 years' experience with AWS"; not "Java (3 years) and Go", "10 years in finance, 2 with C").
    between = prefix[last.end() :]
    if len(between.split()) > 5 or ")" in between or any(ch.isdigit() for ch in between):
        return None
    return _count_of(last.group(1))


def _count_of(number: str) -> int:
    return int(number) if number.isdigit() else _NUMBER_WORDS[number]
