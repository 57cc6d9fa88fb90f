"""Clashes that only show after normalisation: two skills whose forms read the same to the matcher
("neurosciences" and "Neuroscience" both become "neuroscience"). The source check cannot see these; they need
the tokenizer and lemma table the matcher uses."""

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
        if pattern.mode == "norm":
            owners[tuple(normalise_word(token.text, lemma) for token in tokenizer(pattern.text))].add(pattern.skill_id)
    return [
        f"{', '.join(sorted(ids))}: forms read the same once normalised ({' '.join(key)!r})"
        for key, ids in sorted(owners.items())
        if len(ids) > 1
    ]
