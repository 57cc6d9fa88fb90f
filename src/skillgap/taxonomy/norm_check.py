"""Problems that only show with the matcher's view of words: forms of two skills that read the same once
normalised ("neurosciences" and "Neuroscience" both become "neuroscience"), and abbreviations that are also
English words ("CART"). The source check cannot see these; they need the tokenizer, the lemma table and the
common-word list the matcher uses."""

from __future__ import annotations

from collections import defaultdict

from skillgap.taxonomy.model import Taxonomy


def normalised_clashes(taxonomy: Taxonomy) -> list[str]:
    import spacy
    from spacy.lookups import load_lookups

    from skillgap.nlp.normalise import normalise_word

    tokenizer = spacy.blank("en").tokenizer
    lemma = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup").get
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for pattern in taxonomy.patterns:
        if pattern.mode in ("norm", "title"):
            owners[tuple(normalise_word(token.text, lemma) for token in tokenizer(pattern.text))].add(pattern.skill_id)
    return [
        f"{', '.join(sorted(ids))}: forms read the same once normalised ({' '.join(key)!r})"
        for key, ids in sorted(owners.items())
        if len(ids) > 1
    ]


# Common words: among this many of the most frequent words of English web text ("cart", "ish", "comb"; not
# "sql" or "php", which are mostly written for the thing itself).
_COMMON_WORD_RANK = 13_000


def acronyms_that_are_words(taxonomy: Taxonomy) -> list[str]:
    """Capitalised abbreviations matched case-insensitively although they are also English words: "CART" would
    match "cart", "ISH" would match "-ish". Such a form belongs in `exact` (or `ambiguous`), not in `aliases`."""
    from skillgap.nlp.words import word_ranks

    ranks = word_ranks()
    return [
        f"{pattern.skill_id}: {pattern.text!r} is also the word {pattern.text.lower()!r}; list it in `exact` "
        "(or `ambiguous`) instead of `aliases`"
        for pattern in taxonomy.patterns
        if pattern.mode == "norm"
        and len(pattern.text) >= 2
        and pattern.text.isalpha()
        and pattern.text.isupper()
        and ranks.get(pattern.text.lower(), _COMMON_WORD_RANK) < _COMMON_WORD_RANK
    ]
