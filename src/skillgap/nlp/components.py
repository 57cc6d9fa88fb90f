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
        texts, spaces = token_strings(doc)
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


def token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and trailing whitespace as plain strings, kept per Doc: the components that work on
    strings share them instead of creating Token objects again."""
    strings = doc.user_data.get(_TOKENS_KEY)
    if strings is None or len(strings[0]) != len(doc):
        strings = doc.user_data[_TOKENS_KEY] = ([t.text for t in doc], [t.whitespace_ for t in doc])
    return strings


_TOKENS_KEY = "skillgap.tokens"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        texts, spaces = token_strings(doc)
        text = doc.user_data[_TEXT_KEY] = "".join(t + w for t, w in zip(texts, spaces, strict=True))
    return text


_TEXT_KEY = "skillgap.text"


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

    def normalise(self, word: str) -> str:
        """The norm of one word, as tokens get it."""
        if self._lemma_table is None:
            self.initialize()
        norm = self._norms.get(word)
        if norm is None:
            norm = self._norms[word] = normalise_word(word, self._lemma_table.get)
        return norm

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
        "cookbook",
        "recipe",
        "manifest",
        "playbook",
        "middleware",
        "table",
        "channel",
        "calendar",
        "inbox",
        "mailbox",
        "handler",
        "function",
        "notebook",
        "workspace",
        "bot",
        "agent",
        "test",
        "suite",
        "spec",
        "server",
        "instance",
        "deployment",
        "monolith",
        "component",
        "plugin",
        "extension",
        "integration",
        "sdk",
        "query",
        "dashboard",
        "report",
        "document",
        "file",
        "state",
        "pillar",
        "build",
        "release",
        "repository",
        "repo",
        "codebase",
        "program",
        "firmware",
        "driver",
        "tenant",
        "licence",
        "license",
        "course",
        "qualification",
    ]
)
# Tokens that separate the items of a list ("Python, Go and Rust").
_LIST_SEPARATORS = frozenset({",", "/", "|", "&", "and", "or", "(", ")", ";", ":", "+", "•", "·", "-", "–"})
# Sections whose lines are lists of skills (CV skills; an ad's requirements and wishes).
_LIST_SECTIONS = frozenset({"skills", "languages", "certifications", "requirements", "preferred", "qualifications"})
_PREPOSITIONS = frozenset({"in", "with", "using", "on", "of", "via", "into"})
# Kindred words must be rarer than this frequency rank: "team" or "management" say nothing of a field.
_KINDRED_MIN_RANK = 5_000
_WORD_RE = re.compile(r"[A-Za-z]+")
# Before a form used as an object or a quality: "written in C", "managed via Puppet", "I am reliable".
_BEFORE_OBJECT = _PREPOSITIONS | {"to", "from", "through", "over", "within", "am", "is", "are", "be", "being"}
# After it: "in R to track", "in C for ARM", "Puppet at scale".
_AFTER_OBJECT = _PREPOSITIONS | {"to", "for", "at", "from", "across", "over", "behind"}
# Domains whose skills vouch for each other's ambiguous forms ("Docker, Go and PostgreSQL").
_TECH_DOMAINS = frozenset(
    {
        "programming_languages",
        "frameworks_libraries",
        "databases",
        "cloud_devops",
        "data_ml",
        "security",
        "it_support_networking",
        "software_engineering",
        "dev_tools_platforms",
        "office_tools",
        "design_creative",
    }
)


class SkillMatcher:
    """Finds canonical skills: surface forms matched on `token.norm_`; ambiguous forms on exact case, in context."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy) -> None:
        self.nlp = nlp
        self.taxonomy = taxonomy
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # Exact-case forms: "dbt" (not "DBT" therapy), and the ambiguous ones ("Go", "Excel"), checked in context.
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ambiguous_forms = {(p.skill_id, p.text) for p in taxonomy.patterns if p.mode == "ambiguous"}
        # The same ambiguous forms in any case, for lists of skills: "react, node, aws", tag lines.
        self.list_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._kindred: dict[str, frozenset[str]] = {}
        self.initialized = False

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Compile the surface forms into phrase matchers (once per process)."""
        nlp = nlp or self.nlp
        normalizer = nlp.get_pipe("skill_normalizer")
        # Plain words split on spaces exactly as the tokenizer would split them, unless a tokenizer exception
        # applies ("cannot"): a Doc made from the words directly saves tokenizing 40,000 forms at start-up.
        exceptions = set(nlp.tokenizer.rules or {})
        by_skill: dict[tuple[str, str], list[Doc]] = {}
        for pattern in self.taxonomy.patterns:
            words = pattern.text.split(" ")
            if all(word.isalnum() and word not in exceptions for word in words):
                doc = Doc(nlp.vocab, words=words)
            else:
                doc = nlp.make_doc(pattern.text)
            if pattern.mode == "norm":  # exact and ambiguous forms match on their characters (ORTH, LOWER)
                doc = normalizer(doc)
            by_skill.setdefault((pattern.skill_id, pattern.mode), []).append(doc)
        for (skill_id, mode), docs in by_skill.items():
            (self.matcher if mode == "norm" else self.exact_matcher).add(skill_id, docs)
            if mode == "ambiguous":
                self.list_matcher.add(skill_id, docs)
        self.initialized = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.initialized:
            self.initialize()
        strings = doc.vocab.strings
        line_sections = doc._.line_sections
        spans = [Span(doc, start, end, label=strings[match_id]) for match_id, start, end in self.matcher(doc)]
        for match_id, start, end in self.exact_matcher(doc):
            span = Span(doc, start, end, label=strings[match_id])
            span._.ambiguous = (span.label_, span.text) in self.ambiguous_forms
            spans.append(span)
        for span in spans:
            span._.section = _section_at(line_sections, span.start_char)
        sure = [span for span in spans if not span._.ambiguous]
        context = _Context(doc)
        kept = sure + [span for span in spans if span._.ambiguous and self._in_skill_context(span, spans, context)]
        kept += self._listed_in_other_case(doc, spans, sure)
        kept = self._one_skill_per_place(kept, sure)
        kept = [span for span in filter_spans(kept) if self._fits_its_type(span, kept, context)]
        doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _in_skill_context(self, span: Span, spans: list[Span], context: _Context) -> bool:
        """Is an ambiguous form ("Go", "Excel", "Teams") the skill here? From its neighbours and its sentence."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        # Part of a hyphenated compound: "C-suite", "go-to".
        if after is not None and after.text in ("-", "–") and not span[-1].whitespace_:
            return False
        glued_before = before is not None and before.i > 0 and not doc[before.i - 1].whitespace_
        if glued_before and before.text in ("-", "–") and not before.whitespace_ and not doc[before.i - 1].is_space:
            return False
        if after is not None and after.norm_ in _SKILL_CONTEXT_NEXT and span.text[:1].isupper():
            # A name before a noun of its kind: "Go services", "Excel spreadsheets", "Chef cookbooks". Field words
            # in lower case are not names: "our mobile app", "the security team" need other evidence.
            return True
        if context.proper_name_use(span) and after is not None and after.like_num:
            return True  # a version: "Rails 7", "Ruby 3.2"
        sentence = sentence_of(span)
        if self._kindred_words(span.label_) & {
            token.norm_ for token in sentence if token.i not in range(span.start, span.end)
        }:
            return True  # the sentence speaks of the skill's own field: "Processing AP invoices"
        neighbours = [
            other
            for other in spans
            if other.label_ != span.label_ and sentence.start <= other.start and other.end <= sentence.end
        ]
        supported = any(self._akin(span.label_, other.label_) for other in neighbours)
        if context.proper_name_use(span) and (supported or (before is not None and before.lower_ in _BEFORE_OBJECT)):
            # A product name inside a sentence: "pipelines in Spark on Databricks", "written in Rust".
            return True
        # Otherwise it must stand as a list item ("Python, Go and Rust", a bullet "- Snowflake") or as the object
        # of a preposition ("written in C"), and be backed by the section or by kindred skills in the sentence.
        if not _is_list_neighbour(after) and not (after is not None and after.lower_ in _AFTER_OBJECT):
            return False
        listed = _is_list_neighbour(before)
        if not listed and (before is None or before.lower_ not in _BEFORE_OBJECT):
            return False
        if listed and span._.section in _LIST_SECTIONS and (supported or not neighbours):
            # A skills list, unless the other items are all of another field ("wound care, plastering").
            return True
        return supported or (len(span.text) <= 2 and context.technical(sentence))

    def _kindred_words(self, skill_id: str) -> frozenset[str]:
        """Words of the skill's own names and of its linked skills' names, except common ones: the field an
        ambiguous form belongs to ("invoice" for AP, accounts payable). Normalised like tokens; cached."""
        words = self._kindred.get(skill_id)
        if words is None:
            from skillgap.nlp.words import word_ranks

            ranks = word_ranks()
            skill = self.taxonomy[skill_id]
            names = [skill.label, *skill.aliases]
            for linked in (*skill.broader, *skill.narrower, *skill.related):
                names += [self.taxonomy[linked].label, *self.taxonomy[linked].aliases]
            lemma = self.nlp.get_pipe("skill_normalizer").normalise
            # The ambiguous words themselves prove nothing: a second "Chef" is no evidence for the first.
            own = {lemma(word) for form in (*skill.ambiguous, *skill.exact) for word in _WORD_RE.findall(form)}
            words = frozenset(
                lemma(word)
                for name in names
                for word in _WORD_RE.findall(name)
                if len(word) >= 4 and ranks.get(word.lower(), _KINDRED_MIN_RANK) >= _KINDRED_MIN_RANK
            ) - own
            self._kindred[skill_id] = words
        return words

    def _akin(self, skill_id: str, other_id: str) -> bool:
        """Skills close enough to vouch for each other: linked, same domain, or both technical."""
        skill, other = self.taxonomy[skill_id], self.taxonomy[other_id]
        if skill.domain == other.domain or other_id in (*skill.broader, *skill.narrower, *skill.related):
            return True
        return skill.domain in _TECH_DOMAINS and other.domain in _TECH_DOMAINS

    def _listed_in_other_case(self, doc: Doc, spans: list[Span], sure: list[Span]) -> list[Span]:
        """Ambiguous forms written in another case inside a list of skills ("react, node, aws, spring"): an item
        of a line that names at least two sure skills, between separators or other skills."""
        exact_places = {(span.start, span.end) for span in spans}
        covered = {i for span in sure for i in range(span.start, span.end)}
        found = []
        for match_id, start, end in self.list_matcher(doc):
            if (start, end) in exact_places:
                continue
            span = Span(doc, start, end, label=doc.vocab.strings[match_id])
            text = doc_text(doc)
            line_start = text.rfind("\n", 0, span.start_char) + 1
            line_end = text.find("\n", span.end_char)
            line_end = len(text) if line_end < 0 else line_end
            others = {s.label_ for s in sure if line_start <= s.start_char < line_end and s.label_ != span.label_}
            before = doc[start - 1] if start > 0 else None
            after = doc[end] if end < len(doc) else None
            # Between separators ("react, node, aws") or between two other skills of a tag line ("docker react
            # aws"); not a word in front of a skill it modifies ("Safe medication administration").
            separated = all(_is_list_neighbour(token) for token in (before, after))
            between_skills = all(token is not None and token.i in covered for token in (before, after))
            listed = separated or between_skills
            if len(others) >= 2 and listed:
                span._.ambiguous = True
                span._.section = _section_at(doc._.line_sections, span.start_char)
                found.append(span)
        return found

    def _one_skill_per_place(self, spans: list[Span], sure: list[Span]) -> list[Span]:
        """Where one form names two skills (SAR: subject access request or suspicious activity report), keep the
        one whose domain the rest of the document speaks of; if neither is favoured, keep none."""
        by_place: dict[tuple[int, int], list[Span]] = {}
        for span in spans:
            by_place.setdefault((span.start, span.end), []).append(span)
        if all(len(group) == 1 for group in by_place.values()):
            return spans
        sure_ids = [span.label_ for span in sure]
        kept = []
        for group in by_place.values():
            labels = {span.label_ for span in group}
            if len(labels) == 1:
                kept.append(group[0])
                continue
            support = sorted(((self._support(label, sure_ids), label) for label in labels), reverse=True)
            if support[0][0] > support[1][0]:
                kept.append(next(span for span in group if span.label_ == support[0][1]))
        return kept

    def _support(self, skill_id: str, sure_ids: list[str]) -> int:
        """How much the document's sure skills speak for this skill: a linked skill counts 3, same domain 1."""
        skill = self.taxonomy[skill_id]
        linked = {*skill.broader, *skill.narrower, *skill.related}
        return sum(3 if other in linked else self.taxonomy[other].domain == skill.domain for other in sure_ids)

    def _fits_its_type(self, span: Span, spans: list[Span], context: _Context) -> bool:
        """A spoken language needs language context: "fluent French", a Languages section, or a list of
        languages; not "French doors", "Italian restaurant", "Welsh Government"."""
        if self.taxonomy[span.label_].type != "language":
            return True
        if span._.section == "languages":
            return True
        sentence = sentence_of(span)
        if context.speaks_of_languages(sentence):
            return True
        return any(
            other is not span
            and other.label_ != span.label_
            and self.taxonomy[other.label_].type == "language"
            and sentence.start <= other.start < sentence.end
            for other in spans
        )


class _Context:
    """Per-Doc facts about sentences, computed once: is it in title case, is it technical, is it about
    languages."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._title_case: dict[int, bool] = {}

    def proper_name_use(self, span: Span) -> bool:
        """A capitalised form inside running text, as product names are written ("migrated to Snowflake").
        Not at the start of a sentence or bullet, not in a title-case line, not inside a longer capitalised
        name ("Team Lead", "Vue Cinemas"), and not for one- or two-letter forms ("grade C")."""
        text = span.text
        # Capitals tell a name from a word only where the word has lower case: "Teams" / "teams", not "SAR".
        if len(text) < 3 or not text[:1].isupper() or text.isupper():
            return False
        sentence = sentence_of(span)
        first_word = next((t.i for t in sentence if t.is_alpha), sentence.start)
        if span.start <= first_word or self._is_title_case(sentence):
            return False
        doc = self.doc
        before = doc[span.start - 1]
        if before.is_alpha and before.text[:1].isupper() and before.i != first_word:
            return False
        after = doc[span.end] if span.end < len(doc) else None
        return not (after is not None and after.is_alpha and after.text[:1].isupper())

    def technical(self, sentence: Span) -> bool:
        return any(token.norm_ in _TECHNICAL_WORDS for token in sentence)

    def speaks_of_languages(self, sentence: Span) -> bool:
        return any(token.norm_ in _LANGUAGE_WORDS for token in sentence) or bool(_CEFR_LEVEL.search(sentence.text))

    def _is_title_case(self, sentence: Span) -> bool:
        if sentence.start not in self._title_case:
            # Judged on ordinary words after the first: product names are capitalised in any sentence.
            from skillgap.nlp.words import word_ranks

            ranks = word_ranks()
            words = [t for t in list(sentence)[1:] if t.is_alpha and len(t) > 3 and t.lower_ in ranks]
            capitals = sum(1 for t in words if t.text[:1].isupper())
            self._title_case[sentence.start] = len(words) >= 2 and capitals / len(words) >= 0.6
        return self._title_case[sentence.start]


# Words that make a sentence technical, for one- or two-letter forms: "firmware written in C".
_TECHNICAL_WORDS = frozenset(
    [
        "code",
        "coding",
        "program",
        "programming",
        "software",
        "firmware",
        "script",
        "scripting",
        "develop",
        "developer",
        "development",
        "statistical",
        "statistic",
        "analysis",
        "model",
        "modelling",
        "dashboard",
        "library",
        "package",
        "compiler",
        "embedded",
        "algorithm",
        "microcontroller",
        "data",
        "query",
    ]
)
_LANGUAGE_WORDS = frozenset(
    [
        "speak",
        "spoken",
        "speaking",
        "speaker",
        "fluent",
        "fluency",
        "native",
        "bilingual",
        "multilingual",
        "language",
        "languages",
        "conversational",
        "proficiency",
        "proficient",
        "tongue",
        "written",
        "verbal",
        "oral",
        "translate",
        "translation",
        "interpreting",
        "interpreter",
    ]
)
_CEFR_LEVEL = re.compile(r"\b[ABC][12]\b|\bCEFR\b")


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
    default_config={"min_length": 5, "long_length": 12},
)
def make_fuzzy_matcher(nlp: Language, name: str, min_length: int, long_length: int) -> FuzzySkillMatcher:
    return FuzzySkillMatcher(nlp, min_length=min_length, long_length=long_length)


class FuzzySkillMatcher:
    """Reads variants and typos of the taxonomy's names as the skill: split or joined words and stray punctuation
    ("Word Press", "Git Hub", "CI CD", "React.JS"), and typos of longer names ("Kubernates", "Postgress").

    Words the exact matcher left over are compared on a compact key: lower case, letters and digits only, so
    that spacing and punctuation do not count. Equal keys match. Otherwise a typo is allowed in keys of at least
    `min_length` characters that hold a word that is not common English: one edit (two from `long_length`
    characters), a swap of neighbours counting as one, against forms with the same first letter, and only
    when one skill is that close. Short names (Java, SAS, React) are never matched by a typo: one letter there
    makes another word.
    """

    def __init__(self, nlp: Language, *, min_length: int, long_length: int) -> None:
        self.nlp = nlp
        self.min_length = min_length
        self.long_length = long_length
        self.exact_keys: dict[str, str] = {}
        self.buckets: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self.common: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import common_words

        self.common = common_words()
        taxonomy = (nlp or self.nlp).get_pipe("skill_matcher").taxonomy
        owners: dict[str, set[str]] = {}
        for pattern in taxonomy.patterns:
            key = _compact(pattern.text)
            if pattern.mode == "norm" and len(key) >= 4:
                owners.setdefault(key, set()).add(pattern.skill_id)
        # A key two skills share stays out: a variant of it could not say which skill it means.
        self.exact_keys = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}
        # By first letter and length: a typo is tried only against keys it could be within reach of.
        self.buckets = {}
        for key, skill_id in self.exact_keys.items():
            if len(key) >= self.min_length:
                self.buckets.setdefault((key[0], len(key)), []).append((key, skill_id))

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact_keys:
            self.initialize()
        existing = list(doc.spans.get(SPANS_KEY, []))
        covered = {i for span in existing for i in range(span.start, span.end)}
        found: list[Span] = []
        for start, end, key, uncommon in self._candidates(doc, covered):
            skill_id = self._lookup(key, end - start, uncommon)
            if skill_id is not None:
                span = Span(doc, start, end, label=skill_id)
                span._.fuzzy = True
                span._.section = _section_at(doc._.line_sections, span.start_char)
                found.append(span)
        if found:
            kept = filter_spans(existing + found)  # longest first; exact spans are never covered by these
            doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _candidates(self, doc: Doc, covered: set[int]):
        """(start, end, compact key, holds an uncommon word) for runs of 1-3 uncovered tokens on one line that
        start and end with a letter or digit. Worked on plain strings: Token objects make Python loops slow."""
        texts, spaces = token_strings(doc)
        common = self.common
        uncommon = [text.isalpha() and text.lower() not in common for text in texts]
        keys: dict[int, str] = {}  # compact keys, made only for the tokens a window reaches
        for i, text in enumerate(texts):
            if i in covered or not text[:1].isalnum():
                continue
            # A run of lower-case common words ("on time") is no name written apart: only one-word typos there.
            if not uncommon[i] and text.islower() and text.isalpha():
                continue
            key = ""
            for end in range(i + 1, min(i + 4, len(texts)) + 1):
                last = texts[end - 1]
                if end - 1 in covered or last.isspace() or (end - 1 > i and "\n" in spaces[end - 2]):
                    break
                if end - 1 not in keys:
                    keys[end - 1] = _compact(last)
                key += keys[end - 1]
                if last[-1:].isalnum():
                    yield i, end, key, any(uncommon[i:end])

    def _lookup(self, key: str, n_tokens: int, uncommon: bool) -> str | None:
        if len(key) < 4:
            return None
        if key in self.exact_keys and (n_tokens > 1 or uncommon):
            return self.exact_keys[key]  # "Word Press", "CI CD", "NodeJS"
        if len(key) < self.min_length or not uncommon:
            return None
        max_edits = 2 if len(key) >= self.long_length else 1
        near = [
            form
            for length in range(len(key) - max_edits, len(key) + max_edits + 1)
            for form in self.buckets.get((key[0], length), ())
        ]
        if not near:
            return None
        forms = [form for form, _ in near]
        skill_ids = [skill_id for _, skill_id in near]
        matches = process.extract(key, forms, scorer=OSA.distance, score_cutoff=max_edits, limit=3)
        if not matches:
            return None
        best = min(distance for _, distance, _ in matches)
        winners = {skill_ids[index] for _, distance, index in matches if distance == best}
        return winners.pop() if len(winners) == 1 and best > 0 else None


def _compact(text: str) -> str:
    """Lower case, letters and digits only: "Node.js" and "NodeJS" both become "nodejs"."""
    return _NOT_ALNUM.sub("", text.lower())


_NOT_ALNUM = re.compile(r"[\W_]+")


# --------------------------------------------------------------------------------------------- candidates
@Language.factory("candidate_skills", assigns=["doc.spans"], requires=["doc.spans"])
def make_candidate_skills(nlp: Language, name: str) -> CandidateSkills:
    return CandidateSkills(nlp)


# "experience with X", "knowledge of X", "proficient in X": what follows is asked for, known or not.
_CANDIDATE_CUES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ["experience", "knowledge", "familiarity", "proficiency", "expertise", "fluency"],
        frozenset({"with", "in", "of", "using"}),
    ),
    **dict.fromkeys(
        ["proficient", "skilled", "fluent", "certified", "experienced", "versed"], frozenset({"in", "with"})
    ),
    "familiar": frozenset({"with"}),
    "understanding": frozenset({"of"}),
}
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
        self.ranks: dict[str, int] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import word_ranks

        self.ranks = word_ranks()

    def __call__(self, doc: Doc) -> Doc:
        if not self.ranks:
            self.initialize()
        covered = {i for span in doc.spans.get(SPANS_KEY, []) for i in range(span.start, span.end)}
        candidates: list[Span] = []
        texts, _ = token_strings(doc)
        lower = [text.lower() for text in texts]
        cue_ends = [i + 2 for i in range(len(lower) - 1) if lower[i + 1] in _CANDIDATE_CUES.get(lower[i], ())]
        for cue_end in cue_ends:
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
# A lighter ask: a wish outside a requirements list, still a requirement inside one ("Essential: familiarity
# with Git").
_LIGHT_CUES = re.compile(
    r"\b(familiarity with|familiar with|exposure to|awareness of|some experience|basic knowledge|basic "
    r"understanding|an interest in|interest in|appreciation of|willingness to learn)\b",
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
    is still a wish); a required cue ("must have", "5+ years"); a required heading ("Essential"); a light cue
    ("familiarity with", "exposure to") makes the rest preferred. Years of
    experience stated in the sentence before the skill are attached to it ("5+ years of Python").
    """

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cues: dict[int, str | None] = {}  # sentence start -> the level its own cues give, if any
        for span in (*doc.spans.get(SPANS_KEY, []), *doc.spans.get(CANDIDATES_KEY, [])):
            sentence = sentence_of(span)
            if sentence.start not in cues:
                cues[sentence.start] = _sentence_cue(text[sentence.start_char : sentence.end_char])
            cue = cues[sentence.start]
            section = span._.section
            if section in NON_REQUIREMENT_SECTIONS:
                span._.requirement = "mentioned"
            elif cue == "preferred" or section == "preferred":
                span._.requirement = "preferred"
            elif cue == "required" or section in _REQUIRED_SECTIONS:
                span._.requirement = "required"
            elif cue == "light":
                span._.requirement = "preferred"  # "familiarity with X" outside an Essential list
            else:
                span._.requirement = "mentioned"
            span._.years = _years_before(text[sentence.start_char : span.start_char])
        return doc


def _sentence_cue(text: str) -> str | None:
    if _PREFERRED_CUES.search(text):
        return "preferred"
    if _REQUIRED_CUES.search(text):
        return "required"
    if _LIGHT_CUES.search(text):
        return "light"
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
