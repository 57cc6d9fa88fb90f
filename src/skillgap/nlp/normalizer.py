"""The normaliser component: a matching form for every token in `token.norm_`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from skillgap.nlp.normalise import normalise_word


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
        normalise = self.normalise  # cached per word: normalisation depends on the word alone
        for token in doc:
            token.norm_ = normalise(token.text)
        return doc
