"""The normaliser component: the lookup lemma in `token.lemma_` and a matching form in `token.norm_`."""

from __future__ import annotations

from itertools import chain

import numpy
from spacy.attrs import LEMMA, NORM
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc

from skillgap.nlp.doc_data import token_strings
from skillgap.nlp.normalise import normalise_word
from skillgap.nlp.words import lemma_table


@Language.factory("skill_normalizer", assigns=["token.lemma", "token.norm"])
def make_normalizer(nlp: Language, name: str) -> SkillNormalizer:
    return SkillNormalizer(nlp)


class SkillNormalizer:
    """Sets `token.lemma_` from spaCy's lemma lookup table (spacy-lookups-data, installed, never downloaded)
    and puts a matching form in `token.norm_`: lower case, lemma, US spelling, no plural.

    The same component runs over the taxonomy's surface forms and over documents, so both sides of a match
    are normalised the same way ("Mentoring"/"mentored", "optimisation"/"optimization", "APIs"/"API").
    It does the work of spaCy's lookup `lemmatizer` as well, in the same single pass: both values depend on the
    word alone, so they are cached per word and written to the `Doc` with one `from_array`.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._lemma_table: Table | None = None
        self._norms: dict[str, str] = {}
        self._hashes: dict[str, tuple[int, int]] = {}  # word -> (lemma hash, norm hash)

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self._lemma_table = lemma_table()  # one copy per process, shared with skillgap.gap

    @property
    def lemma_table(self) -> Table:
        if self._lemma_table is None:
            self.initialize()
        return self._lemma_table

    def normalise(self, word: str) -> str:
        """The norm of one word, as tokens get it."""
        norm = self._norms.get(word)
        if norm is None:
            # Looked up on the lower-case word too: the table is case-sensitive ("Mentoring" is not in it).
            norm = self._norms[word] = normalise_word(word, self.lemma_table.get)
        return norm

    def __call__(self, doc: Doc) -> Doc:
        texts, _ = token_strings(doc)
        if not texts:
            return doc
        hashes = self._hashes
        for word in {word for word in texts if word not in hashes}:
            strings = doc.vocab.strings
            lemma = self.lemma_table.get(word, word)  # as spaCy's lookup lemmatizer does
            hashes[word] = (strings.add(lemma), strings.add(self.normalise(word)))
        values = numpy.fromiter(chain.from_iterable(map(hashes.__getitem__, texts)), "uint64", 2 * len(texts))
        doc.from_array([LEMMA, NORM], values.reshape(-1, 2))
        return doc

    def set_norms(self, doc: Doc) -> Doc:
        """Only `token.norm_`, token by token: quicker than `__call__` for the taxonomy's thousands of
        two-word forms, where the array round trip costs more than it saves."""
        for token in doc:
            token.norm_ = self.normalise(token.text)
        return doc
