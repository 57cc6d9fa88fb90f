"""Candidate skills: what an ad clearly asks for that no taxonomy knows."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from skillgap.nlp.doc_data import (
    CANDIDATES_KEY,
    LEGAL_FORMS,
    SPANS_KEY,
    inside_organisation_name,
    section_at,
    token_strings,
)
from skillgap.taxonomy.load import models_dir


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
    {"a", "an", "the", "our", "their", "your", "its", "any", "some", "one", "modern", "relevant", "solid", "strong"}
    | {"e.g", "e.g.", "eg", "i.e", "i.e.", "ie", "incl", "incl.", "including", "such"}  # "experience with e.g. Jira"
)
_CANDIDATE_MAX_WORDS = 4
# Words rarer than this frequency rank can be names when capitalised ("Foobar" ranks about 42,000).
_RARE_WORD_RANK = 35_000
# A field named in ordinary words needs one word rarer than this ("supply chains": "chain" ranks about 6,000).
_FIELD_WORD_RANK = 3_000
_LONE_FIELD_WORD_RANK = 12_000
_ADVERB_STEM_RANK = 20_000
# Words of a wish, which end a field's name: "knowledge of financial products is highly desirable".
_WISH_WORDS = frozenset(
    {"desirable", "favourable", "favorable", "preferable", "essential", "advantageous", "beneficial", "optimum"}
)
GENERIC_WORDS_FILE = "generic_words.txt"


@functools.cache
def generic_words() -> frozenset[str]:
    path = models_dir() / "lexicons" / GENERIC_WORDS_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


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
            field = self._field_phrase(doc, cue_end, covered)
            if field is not None:
                candidates.append(self._candidate(doc, *field))
            for start, end in self._items(doc, cue_end):
                if any(i in covered for i in range(start, end)):
                    continue
                # A word that starts with a letter must be a name: "DHIS2", "Foobar"; not "customers", "3rd",
                # "10k+".
                if not any(self._is_name(token) for token in doc[start:end] if token.text[:1].isalpha()):
                    continue
                if inside_organisation_name(doc[start:end]) or doc[end - 1].lower_ in LEGAL_FORMS:
                    continue  # "worked with Acme Data Ltd": an employer, not a tool
                candidates.append(self._candidate(doc, start, end))
        doc.spans[CANDIDATES_KEY] = sorted(filter_spans(candidates), key=lambda span: span.start)
        return doc

    @staticmethod
    def _candidate(doc: Doc, start: int, end: int) -> Span:
        span = Span(doc, start, end, label=" ".join(token.norm_ for token in doc[start:end]))
        span._.section = section_at(doc._.line_sections, span.start_char)
        return span

    def _field_phrase(self, doc: Doc, start: int, covered: set[int]) -> tuple[int, int] | None:
        """A field of knowledge named in ordinary words after a cue ("knowledge of supply chains", "experience
        with container platforms"): up to four words, none of them a stop word or part of a known skill, with one
        less common word that is not a general one ("recent technologies", "related areas" are no field)."""
        generic = generic_words()

        def is_generic(token: Token) -> bool:  # on the word and its norm: "related" has the norm "relate"
            return token.lower_ in generic or token.norm_ in generic

        i = start
        while i < len(doc) and (doc[i].is_stop or is_generic(doc[i]) or doc[i].lower_ in _CANDIDATE_SKIP):
            i += 1
        if i >= len(doc) or doc[i].lower_.endswith("ing"):
            return None  # an activity ("developing roadmaps"): the ability phrases take those
        end = i
        while end < len(doc) and end - i < _CANDIDATE_MAX_WORDS:
            token = doc[end]
            if not token.is_alpha or token.is_stop or end in covered or self._ends_a_field(token.lower_):
                break
            if end > i and (token.is_sent_start or "\n" in doc[end - 1].whitespace_ or token.text[:1].isupper()):
                break  # the next sentence or bullet, run on
            end += 1
        if end == i or end in covered or any(self._is_name(token) for token in doc[i:end]):
            return None  # nothing, or it runs into a known skill, or it holds a name (the other path's)
        field_words = [token.lower_ for token in doc[i:end] if not is_generic(token)]
        # One word alone must be rarer than in a phrase: "containers", "elicitation"; not "clients", "geography".
        needed = _FIELD_WORD_RANK if end - i > 1 else _LONE_FIELD_WORD_RANK
        if not any(self.ranks.get(word, needed + 1) > needed for word in field_words):
            return None
        return i, end

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

    def _ends_a_field(self, word: str) -> bool:
        """An adverb or a wish, which no field's name holds: "preferably", "highly", "desirable"."""
        if word in _WISH_WORDS or word.endswith(("ably", "ibly")):
            return True
        # "highly", "strongly": a common word before "ly"; not "supply" ("supp") nor "assembly".
        return word.endswith("ly") and self.ranks.get(word[:-2], _ADVERB_STEM_RANK) < _ADVERB_STEM_RANK

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
