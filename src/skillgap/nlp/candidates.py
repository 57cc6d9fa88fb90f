"""Candidate skills: what an ad clearly asks for that no taxonomy knows."""

from __future__ import annotations

from itertools import compress

from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from skillgap.nlp.doc_data import (
    CANDIDATES_KEY,
    DOC_KIND_KEY,
    LEGAL_FORMS,
    NOT_HELD_KEY,
    SPANS_KEY,
    doc_text,
    inside_organisation_name,
    token_strings,
)
from skillgap.nlp.progress import said_not_held_before
from skillgap.nlp.words import ADJECTIVE_ENDINGS, NAME_RANK, POSSESSIVE_MARKS


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


def _an_adjective(token: Token) -> bool:
    """A word in lower case with an adjective's ending ("triennial", "cryogenic"); not a tool in lower case
    ("kubectl", "pytest")."""
    return token.is_lower and token.is_alpha and token.text.endswith(ADJECTIVE_ENDINGS)


class CandidateSkills:
    """Clearly requested things the taxonomy does not know ("experience with Foobar", "knowledge of Quux"),
    kept as candidate skills so that a report can still show them, marked as not normalised.

    After a cue, the following words up to punctuation, a conjunction or a lower-case common word form the
    candidate; several may follow ("experience with Foobar and Quux"). A candidate must not overlap a known
    skill and must hold a word that is not common English (a name): "experience with customers" is no skill.
    """

    def __init__(self, nlp: Language) -> None:
        self.ranks: dict[str, int] = {}
        self.inflections: Table | dict[str, str] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import lemma_table, word_ranks

        self.ranks = word_ranks()
        self.inflections = lemma_table()  # word -> lemma, for the words that are inflections of another

    def __call__(self, doc: Doc) -> Doc:
        if not self.ranks:
            self.initialize()
        # Not in the words of a skill, nor of one the writer says they do not hold ("No experience of QuickBooks").
        covered = {
            i
            for key in (SPANS_KEY, NOT_HELD_KEY)
            for span in doc.spans.get(key, [])
            for i in range(span.start, span.end)
        }
        reads_writer = doc.user_data.get(DOC_KIND_KEY) in ("cv", "profile")
        candidates: list[Span] = []
        texts, _ = token_strings(doc)
        lower = list(map(str.lower, texts))
        # The cue words found in one C-level pass; then the word after each.
        cues = compress(range(len(lower) - 1), map(_CANDIDATE_CUES.__contains__, lower))
        cue_ends = [i + 2 for i in cues if lower[i + 1] in _CANDIDATE_CUES[lower[i]]]
        for cue_end in cue_ends:
            for start, end in self._items(doc, cue_end, covered):
                if any(i in covered for i in range(start, end)):
                    continue
                # A word that starts with a letter must be a name: "DHIS2", "Foobar"; not "customers", "3rd",
                # "10k+".
                if not any(self._is_name(token) for token in doc[start:end] if token.text[:1].isalpha()):
                    continue
                if inside_organisation_name(doc[start:end]) or doc[end - 1].lower_ in LEGAL_FORMS:
                    continue  # "worked with Acme Data Ltd": an employer, not a tool
                if reads_writer and said_not_held_before(doc_text(doc), doc[start].idx):
                    continue  # "I have never worked with Foobar"
                candidates.append(self._candidate(doc, start, end))
        doc.spans[CANDIDATES_KEY] = sorted(filter_spans(candidates), key=lambda span: span.start)
        return doc

    @staticmethod
    def _candidate(doc: Doc, start: int, end: int) -> Span:
        return Span(doc, start, end, label=" ".join(token.norm_ for token in doc[start:end]))

    def _items(self, doc: Doc, start: int, covered: set[int]):
        """(start, end) of the items after a cue: runs of name-like words split at "and", "or", commas. `covered`:
        the tokens of skills found."""
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
                while item_start < len(doc) and doc[item_start].lower_ in _CANDIDATE_SKIP:
                    item_start += 1  # "experience with, e.g. Zorblax"
                i = item_start - 1
            elif token.lower_ in POSSESSIVE_MARKS and i + 1 in covered:
                return  # the owner of a skill asked, not a thing of its own: "knowledge of Shropshire's archaeology"
            elif stop or (token.is_punct and token.text not in ("-", "+", "#")):
                break
            elif not self._name_like(token):
                if token.is_alpha and i - item_start == 1 and _an_adjective(doc[item_start]):
                    return  # a rare adjective before a common noun qualifies it: "triennial valuations"
                break
            elif i - item_start >= _CANDIDATE_MAX_WORDS:
                return
            i += 1
            if stop:
                break
        if item_start < i and (i == len(doc) or not doc[i - 1].is_punct):
            yield item_start, i

    def _is_name(self, token: Token) -> bool:
        """Not an English word, or a capitalised rare one ("Foobar"; but not "Customers" or "Stakeholders"). A verb's
        form the lemma table lists is an English word, however rare ("liaising")."""
        rank = self.ranks.get(token.lower_)
        if rank is None:
            # A verb's form the lemma table lists ("liaising"); a plural may still name a thing ("consolidations").
            return not (token.lower_.endswith(("ing", "ed")) and token.lower_ in self.inflections)
        return token.text[:1].isupper() and rank > NAME_RANK

    def _name_like(self, token: Token) -> bool:
        """A word that can be part of a tool or method name: capitalised, unknown, or with digits/symbols."""
        text = token.text
        return (
            text[:1].isupper()
            or token.lower_ not in self.ranks
            or any(ch.isdigit() for ch in text)
            or text in ("-", "+", "#")
        )
