"""skillgap's spaCy components, registered as factories.

Pipeline order: `skillgap_sentencizer` -> spaCy `lemmatizer` (lookup mode) -> `skill_normalizer` ->
`skill_matcher` -> `fuzzy_skill_matcher` -> `candidate_skills` -> `requirement_levels`. Results live on the
`Doc`: sentence starts on tokens, a normalised form in `token.norm_`, canonical-skill spans in
`doc.spans["skills"]` (label = skill id), requested things the taxonomy does not know in
`doc.spans["skill_candidates"]` (label = their normalised wording), with the extension attributes below.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from skillgap.documents.sections import NON_REQUIREMENT_SECTIONS
from skillgap.nlp.normalise import normalise_word
from skillgap.taxonomy import Taxonomy, load_taxonomy

SPANS_KEY = "skills"
CANDIDATES_KEY = "skill_candidates"

# Set on the Doc before the pipeline runs: (start_char, end_char, section) for each line of the Document.
Doc.set_extension("line_sections", default=None, force=True)
Span.set_extension("requirement", default="mentioned", force=True)
Span.set_extension("years", default=None, force=True)
Span.set_extension("ambiguous", default=False, force=True)
Span.set_extension("section", default="", force=True)
Span.set_extension("fuzzy", default=False, force=True)  # read from a typo or near-variant

_BULLETS = frozenset("•·▪●○◦■□►▸‣⁃-–—*+>")
_TERMINAL = frozenset(".!?;")


# --------------------------------------------------------------------------------------------- sentences
@Language.factory("skillgap_sentencizer", assigns=["token.is_sent_start"])
def make_sentencizer(nlp: Language, name: str) -> LineSentencizer:
    return LineSentencizer()


class LineSentencizer:
    """Sentence boundaries for CV and ad text, where lines and bullets matter as much as full stops.

    A new sentence starts after `.`, `!`, `?`, `;` when the next word is capitalised or a bullet
    ("Python is essential; Kubernetes would be a plus" holds two requirements); at a bullet
    that opens a line; at a line that follows a blank line, a heading-like line (no final punctuation and
    capitalised continuation) or a line ending in `:`. A line that starts in lower case continues the
    sentence of the line before (a wrapped paragraph).
    """

    def __call__(self, doc: Doc) -> Doc:
        # Decided on plain strings, then only the starts are written to the Doc: a token left unset is not a
        # sentence start for `doc.sents`, and touching every Token object is what makes Python loops slow here.
        texts = [token.text for token in doc]
        spaces = [token.whitespace_ for token in doc]
        starts = self.sentence_starts(texts, spaces)
        for index in starts:
            doc[index].is_sent_start = True
        if len(starts) == 1 and len(doc) > 1:
            doc[1].is_sent_start = False  # spaCy looks past the first token to see that boundaries are set
        return doc

    @staticmethod
    def sentence_starts(texts: list[str], spaces: list[str]) -> list[int]:
        starts = [0] if texts else []
        last_word = -1  # index of the last non-space token seen
        for i in range(len(texts)):
            text = texts[i]
            if text.isspace():
                continue
            if i > 0 and _starts_sentence(
                text, texts[i - 1], spaces[i - 1], texts[last_word] if last_word >= 0 else None
            ):
                starts.append(i)
            last_word = i
        return starts


def _starts_sentence(text: str, previous: str, previous_space: str, last_word: str | None) -> bool:
    previous_is_space = previous.isspace()
    if (previous_is_space and "\n" in previous) or "\n" in previous_space:  # the token opens a line
        if text in _BULLETS or text.isdigit():
            return True
        if previous_is_space and previous.count("\n") >= 2:  # after a blank line
            return True
        if last_word is None or last_word in _TERMINAL or last_word == ":":
            return True
        # A wrapped line continues in lower case; a capitalised line after an unpunctuated one is new.
        return not text[:1].islower()
    if previous in _TERMINAL:
        return text[:1].isupper() or text in _BULLETS
    return text in _INLINE_BULLETS and not _is_punct(previous)


_INLINE_BULLETS = frozenset("•·▪●►▸‣")


def _is_punct(text: str) -> bool:
    return bool(text) and all(not ch.isalnum() for ch in text)


def sentence_of(span: Span) -> Span:
    """The sentence containing `span`. Same as `span.sent`, which walks every sentence of the Doc on each call;
    this keeps the sentence starts per Doc and bisects them."""
    doc = span.doc
    sentences = doc.user_data.get(_SENTENCES_KEY)
    if sentences is None or sentences[0] != len(doc):
        spans = list(doc.sents)
        sentences = (len(doc), [sentence.start for sentence in spans], spans)
        doc.user_data[_SENTENCES_KEY] = sentences
    _, starts, spans = sentences
    return spans[bisect.bisect_right(starts, span.start) - 1]


_SENTENCES_KEY = "skillgap.sentences"


# --------------------------------------------------------------------------------------------- normaliser
@Language.factory("skill_normalizer", assigns=["token.norm"], requires=["token.lemma"])
def make_normalizer(nlp: Language, name: str) -> SkillNormalizer:
    return SkillNormalizer(nlp)


class SkillNormalizer:
    """Puts a matching form in `token.norm_`: lower case, lemma, US spelling, no plural.

    The same component runs over the taxonomy's surface forms and over documents, so both sides of a match
    are normalised the same way ("Mentoring"/"mentored", "optimisation"/"optimization", "APIs"/"API").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lemma_table = None
        self._norms: dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        # The lemmatizer's lookup table (from spacy-lookups-data); looked up on the lower-case word because
        # the table is case-sensitive ("Mentoring" is not in it, "mentoring" is).
        self._lemma_table = (nlp or self.nlp).get_pipe("lemmatizer").lookups.get_table("lemma_lookup")

    def __call__(self, doc: Doc) -> Doc:
        if self._lemma_table is None:
            self.initialize()
        # Word -> norm, kept across Docs: normalisation depends on the word alone.
        cache = self._norms
        for token in doc:
            text = token.text
            norm = cache.get(text)
            if norm is None:
                norm = cache[text] = normalise_word(text, self._lemma_table.get)
            token.norm_ = norm
        return doc


# --------------------------------------------------------------------------------------------- matcher
@Language.factory(
    "skill_matcher",
    assigns=["doc.spans"],
    requires=["token.norm"],
    default_config={"taxonomy_path": "", "extensions": []},
)
def make_skill_matcher(nlp: Language, name: str, taxonomy_path: str, extensions: list[str]) -> SkillMatcher:
    """`taxonomy_path`: a compiled taxonomy ("" = the packaged one); `extensions`: TOML files merged into it."""
    base = Path(taxonomy_path) if taxonomy_path else None
    return SkillMatcher(nlp, load_taxonomy(base, tuple(Path(path) for path in extensions)))


# Words after an ambiguous form that show it is the skill ("Go services", "Excel spreadsheets").
_SKILL_CONTEXT_NEXT = frozenset(
    [
        "programming",
        "language",
        "developer",
        "development",
        "engineer",
        "engineering",
        "code",
        "coding",
        "service",
        "microservice",
        "application",
        "app",
        "framework",
        "library",
        "script",
        "scripting",
        "api",
        "backend",
        "stack",
        "spreadsheet",
        "formula",
        "macro",
        "pivot",
        "template",
        "certification",
        "certified",
        "skill",
        "proficiency",
        "experience",
        "expertise",
        "knowledge",
        "module",
        "package",
        "project",
        "tooling",
        "cluster",
        "pipeline",
        "job",
        "workbook",
        "model",
    ]
)
# Tokens that separate the items of a list ("Python, Go and Rust").
_LIST_SEPARATORS = frozenset({",", "/", "|", "&", "and", "or", "(", ")", ";", ":", "+", "•", "·", "-", "–"})
# Sections whose lines are lists of skills (CV skills; an ad's requirements and wishes).
_LIST_SECTIONS = frozenset({"skills", "languages", "certifications", "requirements", "preferred", "qualifications"})
_PREPOSITIONS = frozenset({"in", "with", "using", "on", "of", "via", "into"})


class SkillMatcher:
    """Finds canonical skills: surface forms matched on `token.norm_`; ambiguous forms on exact case, in context."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy) -> None:
        self.nlp = nlp
        self.taxonomy = taxonomy
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # Exact-case forms: "dbt" (not "DBT" therapy), and the ambiguous ones ("Go", "Excel"), checked in context.
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ambiguous_forms = {(p.skill_id, p.text) for p in taxonomy.patterns if p.mode == "ambiguous"}
        self.initialized = False

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Compile the surface forms into phrase matchers (once per process)."""
        nlp = nlp or self.nlp
        preprocess = [pipe for name, pipe in nlp.pipeline if name in ("lemmatizer", "skill_normalizer")]
        by_skill: dict[tuple[str, str], list[Doc]] = {}
        for pattern in self.taxonomy.patterns:
            doc = nlp.make_doc(pattern.text)
            for pipe in preprocess:
                doc = pipe(doc)
            by_skill.setdefault((pattern.skill_id, pattern.mode), []).append(doc)
        for (skill_id, mode), docs in by_skill.items():
            (self.matcher if mode == "norm" else self.exact_matcher).add(skill_id, docs)
        self.initialized = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.initialized:
            self.initialize()
        vocab_strings = doc.vocab.strings
        candidates: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            candidates.append(Span(doc, start, end, label=vocab_strings[match_id]))
        exact: list[Span] = []
        for match_id, start, end in self.exact_matcher(doc):
            span = Span(doc, start, end, label=vocab_strings[match_id])
            span._.ambiguous = (span.label_, span.text) in self.ambiguous_forms
            exact.append(span)
        line_sections = doc._.line_sections
        for span in (*candidates, *exact):
            span._.section = _section_at(line_sections, span.start_char)
        kept = filter_spans(candidates + exact)
        sure = [span for span in kept if not span._.ambiguous]
        kept = [span for span in kept if not span._.ambiguous or self._in_skill_context(span, sure)]
        doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _in_skill_context(self, span: Span, sure: list[Span]) -> bool:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        # Part of a hyphenated compound: "C-suite", "go-to".
        if after is not None and after.text in ("-", "–") and not span[-1].whitespace_:
            return False
        if (
            before is not None
            and before.text in ("-", "–")
            and not before.whitespace_
            and before.i > 0
            and (not doc[before.i - 1].is_space and not doc[before.i - 1].whitespace_)
        ):
            return False
        if after is not None and after.norm_ in _SKILL_CONTEXT_NEXT:
            return True
        # Otherwise it must stand as a list item ("Python, Go and Rust", a bullet "- Snowflake") or as the object
        # of a preposition ("pipelines on Snowflake"), and be backed by the section or by a sure skill nearby.
        if not _is_list_neighbour(after):
            return False
        listed = _is_list_neighbour(before)
        if not listed and (before is None or before.lower_ not in _PREPOSITIONS):
            return False
        if listed and span._.section in _LIST_SECTIONS:
            return True
        sentence = sentence_of(span)
        return any(other.start >= sentence.start and other.end <= sentence.end for other in sure)


def _is_list_neighbour(token: Token | None) -> bool:
    return token is None or token.is_space or token.lower_ in _LIST_SEPARATORS or token.text in ".!?"


def _section_at(line_sections, offset: int) -> str:
    if not line_sections:
        return ""
    low, high = 0, len(line_sections) - 1
    while low < high:  # last line whose start <= offset
        middle = (low + high + 1) // 2
        if line_sections[middle][0] <= offset:
            low = middle
        else:
            high = middle - 1
    return line_sections[low][2]


# --------------------------------------------------------------------------------------------- fuzzy matcher
@Language.factory(
    "fuzzy_skill_matcher",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"min_length": 5, "long_length": 10},
)
def make_fuzzy_matcher(nlp: Language, name: str, min_length: int, long_length: int) -> FuzzySkillMatcher:
    return FuzzySkillMatcher(nlp, min_length=min_length, long_length=long_length)


class FuzzySkillMatcher:
    """Reads typos and near-variants of longer names as the skill: "Kubernates", "Postgress", "Javascipt".

    Only words the exact matcher left over, that are not common English words, are tried, against the
    taxonomy's unambiguous forms with the same number of words and the same first letter. The match must be
    within one edit (two from `long_length` characters), counting a swap of neighbours as one edit, and must
    point to one skill only. Short names (under `min_length` characters: Java, SAS, React) are never matched
    fuzzily: one letter there makes another word.
    """

    def __init__(self, nlp: Language, *, min_length: int, long_length: int) -> None:
        self.nlp = nlp
        self.min_length = min_length
        self.long_length = long_length
        self.buckets: dict[tuple[int, str], tuple[list[str], list[str]]] = {}
        self.common: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import common_words

        self.common = common_words()
        taxonomy = (nlp or self.nlp).get_pipe("skill_matcher").taxonomy
        buckets: dict[tuple[int, str], dict[str, str]] = {}
        for pattern in taxonomy.patterns:
            words = pattern.text.lower().split()
            form = " ".join(words)
            if pattern.mode != "norm" or len(words) > 3 or len(form) < self.min_length:
                continue
            if not all(word.isalpha() for word in words):
                continue
            bucket = buckets.setdefault((len(words), form[0]), {})
            # A form two skills share stays out: a typo of it could not say which skill it means.
            bucket[form] = pattern.skill_id if bucket.get(form, pattern.skill_id) == pattern.skill_id else ""
        self.buckets = {
            key: ([form for form in forms if forms[form]], [forms[form] for form in forms if forms[form]])
            for key, forms in buckets.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        if not self.buckets:
            self.initialize()
        existing = list(doc.spans.get(SPANS_KEY, []))
        covered = {i for span in existing for i in range(span.start, span.end)}
        found: list[Span] = []
        for start, end, text in self._candidates(doc, covered):
            skill_id = self._lookup(text, end - start)
            if skill_id is not None:
                span = Span(doc, start, end, label=skill_id)
                span._.fuzzy = True
                span._.section = _section_at(doc._.line_sections, span.start_char)
                found.append(span)
        if found:
            kept = filter_spans(existing + found)  # longest first; exact and fuzzy never overlap anyway
            doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _candidates(self, doc: Doc, covered: set[int]):
        """(start, end, lower-case text) for runs of 1-3 uncovered words holding at least one unknown word."""
        words = [(token.i, token.lower_) if token.is_alpha and token.i not in covered else None for token in doc]
        for i, word in enumerate(words):
            if word is None:
                continue
            for n in (1, 2, 3):
                window = words[i : i + n]
                if len(window) < n or any(w is None for w in window):
                    break
                # Tokens must be separated by plain spaces in the text ("Google Analitics").
                if n > 1 and not doc[i + n - 2].whitespace_:
                    break
                texts = [w[1] for w in window]
                if all(t in self.common for t in texts) or max(len(t) for t in texts) < 4:
                    continue
                yield i, i + n, " ".join(texts)

    def _lookup(self, text: str, n_words: int) -> str | None:
        if len(text) < self.min_length:
            return None
        bucket = self.buckets.get((n_words, text[0]))
        if bucket is None:
            return None
        forms, skill_ids = bucket
        max_edits = 2 if len(text) >= self.long_length else 1
        matches = process.extract(text, forms, scorer=OSA.distance, score_cutoff=max_edits, limit=3)
        if not matches:
            return None
        best = min(distance for _, distance, _ in matches)
        winners = {skill_ids[index] for _, distance, index in matches if distance == best}
        return winners.pop() if len(winners) == 1 and best > 0 else None


# --------------------------------------------------------------------------------------------- candidates
@Language.factory("candidate_skills", assigns=["doc.spans"], requires=["doc.spans"])
def make_candidate_skills(nlp: Language, name: str) -> CandidateSkills:
    return CandidateSkills(nlp)


# "experience with X", "knowledge of X", "proficient in X": what follows is asked for, known or not.
_CANDIDATE_CUES = [
    [
        {"LOWER": {"IN": ["experience", "knowledge", "familiarity", "proficiency", "expertise", "fluency"]}},
        {"LOWER": {"IN": ["with", "in", "of", "using"]}},
    ],
    [
        {"LOWER": {"IN": ["proficient", "skilled", "fluent", "certified", "experienced", "versed"]}},
        {"LOWER": {"IN": ["in", "with"]}},
    ],
    [{"LOWER": "familiar"}, {"LOWER": "with"}],
    [{"LOWER": "understanding"}, {"LOWER": "of"}],
]
_CANDIDATE_SKIP = frozenset(
    ["a", "an", "the", "our", "their", "your", "its", "any", "some", "one", "modern", "relevant", "solid", "strong"]
)
_CANDIDATE_MAX_WORDS = 4
# Words rarer than this frequency rank can be names when capitalised ("Foobar" ranks about 42,000).
_RARE_WORD_RANK = 35_000


class CandidateSkills:
    """Clearly requested things the taxonomy does not know ("experience with Foobar", "knowledge of Quux"),
    kept as candidate skills so that a report can still show them, marked as not normalised.

    After a cue, the following words up to punctuation, a conjunction or a lower-case common word form the
    candidate; several may follow ("experience with Foobar and Quux"). A candidate must not overlap a known
    skill and must hold a word that is not common English (a name): "experience with customers" is no skill.
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("CUE", _CANDIDATE_CUES)
        self.ranks: dict[str, int] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import word_ranks

        self.ranks = word_ranks()

    def __call__(self, doc: Doc) -> Doc:
        if not self.ranks:
            self.initialize()
        covered = {i for span in doc.spans.get(SPANS_KEY, []) for i in range(span.start, span.end)}
        candidates: list[Span] = []
        for _, _, cue_end in self.matcher(doc):
            for start, end in self._items(doc, cue_end):
                if any(i in covered for i in range(start, end)):
                    continue
                if not any(self._is_name(token) for token in doc[start:end] if token.is_alpha):
                    continue
                label = " ".join(token.norm_ for token in doc[start:end])
                span = Span(doc, start, end, label=label)
                span._.section = _section_at(doc._.line_sections, span.start_char)
                candidates.append(span)
        doc.spans[CANDIDATES_KEY] = sorted(filter_spans(candidates), key=lambda span: span.start)
        return doc

    def _items(self, doc: Doc, start: int):
        """(start, end) of the items after a cue: runs of name-like words split at "and", "or", commas."""
        i = start
        while i < len(doc) and doc[i].lower_ in _CANDIDATE_SKIP:
            i += 1
        item_start = i
        while i < len(doc):
            token = doc[i]
            stop = token.is_space or "\n" in token.whitespace_ or (token.is_sent_start and i > start)
            if token.lower_ in ("and", "or", "&", ",", "/"):
                if i > item_start:
                    yield item_start, i
                item_start = i + 1
            elif stop or (token.is_punct and token.text not in ("-", "+", "#")) or not self._name_like(token):
                break
            elif i - item_start >= _CANDIDATE_MAX_WORDS:
                return
            i += 1
            if stop:
                break
        if item_start < i and (i == len(doc) or not doc[i - 1].is_punct):
            yield item_start, i

    def _is_name(self, token: Token) -> bool:
        """Not an English word, or a capitalised rare one ("Foobar"; but not "Customers" or "Stakeholders")."""
        rank = self.ranks.get(token.lower_)
        return rank is None or (token.text[:1].isupper() and rank > _RARE_WORD_RANK)

    def _name_like(self, token: Token) -> bool:
        """A word that can be part of a tool or method name: capitalised, unknown, or with digits/symbols."""
        text = token.text
        return (
            text[:1].isupper()
            or token.lower_ not in self.ranks
            or any(ch.isdigit() for ch in text)
            or text in ("-", "+", "#")
        )


# --------------------------------------------------------------------------------------------- requirements
_PREFERRED_CUES = re.compile(
    r"\b(nice[ -]to[ -]haves?|desirable|bonus|(?:is|would be|a|an added|big|huge|real)\s+plus|advantageous|"
    r"an advantage|preferred|preferably|ideally|beneficial|would be great|great to have|not essential|"
    r"not required|welcome|helpful|optional)\b",
    re.IGNORECASE,
)
_REQUIRED_CUES = re.compile(
    r"\b(must|required|requirement|essential|mandatory|need to have|needs to have|you will need|"
    r"you'll need|you need|you have|you'll have|you will have|proven|demonstrable|strong|solid|"
    r"minimum|at least|extensive|expert)\b|\b\d+\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(\d{1,2})\s*(?:\+|-\s*\d{1,2}|or more|plus)?\s*(?:years?|yrs?)\b", re.IGNORECASE)
_REQUIRED_SECTIONS = frozenset({"requirements", "qualifications"})


@Language.factory("requirement_levels", assigns=["span._.requirement", "span._.years"], requires=["doc.spans"])
def make_requirement_levels(nlp: Language, name: str) -> RequirementLevels:
    return RequirementLevels()


class RequirementLevels:
    """Marks each skill span required, preferred or mentioned, from its section and the cues in its sentence.

    Order of precedence: employer sections (About us, Benefits) never require; a preferred cue in the
    sentence ("would be a plus", "not essential"); a preferred heading ("Nice to have": "strong Kafka" there
    is still a wish); a required cue ("must have", "5+ years"); a required heading ("Essential"). Years of
    experience stated in the sentence before the skill are attached to it ("5+ years of Python").
    """

    def __call__(self, doc: Doc) -> Doc:
        doc_text = doc.text  # built from the tokens on every access: once per Doc
        cues: dict[int, str | None] = {}  # sentence start -> the level its own cues give, if any
        for span in (*doc.spans.get(SPANS_KEY, []), *doc.spans.get(CANDIDATES_KEY, [])):
            sentence = sentence_of(span)
            if sentence.start not in cues:
                cues[sentence.start] = _sentence_cue(doc_text[sentence.start_char : sentence.end_char])
            cue = cues[sentence.start]
            section = span._.section
            if section in NON_REQUIREMENT_SECTIONS:
                span._.requirement = "mentioned"
            elif cue == "preferred" or section == "preferred":
                span._.requirement = "preferred"
            elif cue == "required" or section in _REQUIRED_SECTIONS:
                span._.requirement = "required"
            else:
                span._.requirement = "mentioned"
            span._.years = _years_before(doc_text[sentence.start_char : span.start_char])
        return doc


def _sentence_cue(text: str) -> str | None:
    if _PREFERRED_CUES.search(text):
        return "preferred"
    if _REQUIRED_CUES.search(text):
        return "required"
    return None


def _years_before(prefix: str) -> int | None:
    """Years of experience stated in the sentence before the skill (`prefix`)."""
    matches = list(_YEARS.finditer(prefix))
    if not matches:
        return None
    last = matches[-1]
    # Only when the years sit close before the skill: "5+ years of Python", "3 years' experience with AWS".
    between = prefix[last.end() :]
    if len(between.split()) > 5:
        return None
    return int(last.group(1))


def skill_spans(doc: Doc) -> Iterable[Span]:
    return doc.spans.get(SPANS_KEY, [])


def candidate_spans(doc: Doc) -> Iterable[Span]:
    return doc.spans.get(CANDIDATES_KEY, [])
