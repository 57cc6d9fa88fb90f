"""Building skillgap's spaCy pipeline once per process, and running documents through it."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from skillgap.documents import Document
from skillgap.nlp import components  # noqa: F401  (registers the factories)
from skillgap.nlp.doc_data import DOC_KIND_KEY, keep_text
from skillgap.taxonomy import Taxonomy


def build_pipeline(taxonomy_path: Path | None = None, extensions: tuple[Path, ...] = ()) -> Language:
    """A fresh pipeline: blank English, line-aware sentences, lookup lemmas and matching forms, then the skill
    components (order documented in skillgap.nlp.components and the README)."""
    nlp = spacy.blank("en")
    # A full stop after a name joined by "+" or "&" ends the sentence: "including C+E.", "worked at M&S." (spaCy
    # keeps it on the token, as on an abbreviation's last letter).
    suffixes = (*nlp.Defaults.suffixes, _STOP_AFTER_A_JOINED_NAME, _POSSESSIVE_WITH_AN_ACCENT)
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    infixes = (*nlp.Defaults.infixes, _SLASH_BETWEEN_ORDINALS)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("skillgap_sentencizer")
    nlp.add_pipe("skill_normalizer")
    matcher_config = {
        "taxonomy_path": str(taxonomy_path) if taxonomy_path else "",
        "extensions": [str(path) for path in extensions],
    }
    nlp.add_pipe("skill_matcher", config=matcher_config)
    nlp.add_pipe("fuzzy_skill_matcher")
    nlp.add_pipe("compound_skills")
    nlp.add_pipe("people_skills")
    nlp.add_pipe("qualification_progress")
    nlp.add_pipe("candidate_skills")
    nlp.add_pipe("skill_phrases")
    nlp.add_pipe("requirement_levels")
    nlp.initialize()
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    return nlp


@functools.cache
def get_pipeline(taxonomy_path: Path | None = None, extensions: tuple[Path, ...] = ()) -> Language:
    """The process-wide pipeline for a taxonomy (the packaged one by default) and its extensions."""
    return build_pipeline(taxonomy_path, extensions)


def pipeline_taxonomy(nlp: Language) -> Taxonomy:
    return nlp.get_pipe("skill_matcher").taxonomy


_STOP_AFTER_A_JOINED_NAME = r"(?<=[+&][A-Z0-9])\."
# An acute accent or a mis-decoded Windows quote (U+0092) for the apostrophe of "'s", split off as spaCy splits "'s":
# "a master´s degree" (skillgap.nlp.normalise reads it as "'s").
_POSSESSIVE_WITH_AN_ACCENT = r"(?<=[A-Za-z])[\u00b4\u0092][sS]"
# A slash between ordinals joins two names: "17th/18th Edition" is the 17th and the 18th Edition (spaCy splits a slash
# before a letter only, keeping "24/7" and "2/3").
_SLASH_BETWEEN_ORDINALS = r"(?<=[0-9](?:st|nd|rd|th))/(?=[0-9])"
# Space-separated chunks the tokenizer keeps its analysis of (spaCy's default is 10,000).
TOKENIZER_CACHE_SIZE = 200_000
# Per pipeline: the chunks already tokenized on their own, so that spaCy has cached them.
_SEEN_CHUNKS: weakref.WeakKeyDictionary[Language, set[str]] = weakref.WeakKeyDictionary()


def make_doc(nlp: Language, document: Document, kind: str | None = None) -> Doc:
    """A tokenised `Doc` of the document's text carrying its line sections for the components, and its kind ("ad",
    "cv", "profile") when known."""
    _cache_chunks(nlp, document.text)
    doc = nlp.make_doc(document.text)
    keep_text(doc, document.text)
    doc._.line_sections = document.section_ranges()
    if kind is not None:
        doc.user_data[DOC_KIND_KEY] = kind
    return doc


def process(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32, kinds: Sequence[str] | None = None
) -> Iterator[Doc]:
    """Run documents through the pipeline with `nlp.pipe`, in order; `kinds`, when known, one per document."""
    docs = (make_doc(nlp, document, kinds[n] if kinds is not None else None) for n, document in enumerate(documents))
    return nlp.pipe(docs, batch_size=batch_size)


def _cache_chunks(nlp: Language, text: str) -> None:
    """Tokenize each new space-separated chunk of `text` on its own first, so that spaCy caches its analysis.

    spaCy's tokenizer stops caching for the rest of a text once one chunk there is a special case ("e.g.",
    "don't"), so an ad was analysed afresh chunk by chunk on every call (1.7 ms of 5). A chunk tokenized on its
    own is cached unless it is itself a special case; the tokens are the same, since spaCy splits each chunk
    independently and applies the special cases to the whole text afterwards as before.
    """
    seen = _SEEN_CHUNKS.setdefault(nlp, set())
    if len(seen) >= TOKENIZER_CACHE_SIZE:
        return
    tokenizer = nlp.tokenizer
    for chunk in text.split():
        if chunk not in seen:
            seen.add(chunk)
            tokenizer(chunk)
