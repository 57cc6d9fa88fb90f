"""Coordinated compounds: a taxonomy form that joins two skills ("cell and molecular biology", "accounting and
finance") is matched as one skill, the longest match; the skill its other part names is added here, so that a CV
that says "cell and molecular biology" shows molecular biology too, and an ad that asks for it asks for both."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.doc_data import SPANS_KEY, token_strings
from skillgap.nlp.matcher import SECTOR_OF

# Words that join the two parts of a compound form.
_JOINS = frozenset({"and", "&"})
# A part shorter than this is too easily another thing ("A and R": R is no programming language there).
_MIN_PART_LENGTH = 4


@Language.factory("compound_skills", assigns=["doc.spans"], requires=["doc.spans"])
def make_compound_skills(nlp: Language, name: str) -> CompoundSkills:
    return CompoundSkills(nlp)


class CompoundSkills:
    """Adds, inside a matched compound form, the skill its part names ("molecular biology" in "cell and
    molecular biology"). Only for compounds written in lower case in the taxonomy (proper names such as "Food and
    Drug Administration" are one thing), and only for parts that are a plain form of exactly one other skill."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @functools.cached_property
    def parts(self) -> dict[tuple[str, str], tuple[tuple[int, str], ...]]:
        """(skill id, compound form in lower case) -> ((side, other skill id), ...); side 0 is the part before
        the join word, 1 the part after."""
        taxonomy = self.nlp.get_pipe("skill_matcher").taxonomy
        owners: dict[str, set[str]] = {}
        for skill in taxonomy:
            for form in skill.surface_forms:
                owners.setdefault(form.lower(), set()).add(skill.id)
        parts: dict[tuple[str, str], tuple[tuple[int, str], ...]] = {}
        for skill in taxonomy:
            for form in skill.surface_forms:
                if form != form.lower():
                    continue
                words = form.split()
                joins = [n for n, word in enumerate(words) if word in _JOINS]
                if len(joins) != 1:
                    continue
                sides = (" ".join(words[: joins[0]]), " ".join(words[joins[0] + 1 :]))
                found = []
                sector = SECTOR_OF.get(skill.domain)
                for side, text in enumerate(sides):
                    others = owners.get(text, set()) - {skill.id}
                    if len(text) >= _MIN_PART_LENGTH and len(others) == 1:
                        other = others.pop()
                        if sector and SECTOR_OF.get(taxonomy[other].domain) not in (None, sector):
                            continue  # a word of another trade: "coagulation and filtration" at a water works
                        found.append((side, other))
                if found:
                    parts[(skill.id, form)] = tuple(found)
        return parts

    def __call__(self, doc: Doc) -> Doc:
        parts = self.parts
        spans = list(doc.spans.get(SPANS_KEY, []))
        texts, _ = token_strings(doc)
        added: list[Span] = []
        for span in spans:
            words = texts[span.start : span.end]
            # Written with "&" too: "Carpentry & Joinery" is the compound "carpentry and joinery".
            implied = parts.get((span.label_, " ".join("and" if word == "&" else word for word in words).lower()))
            if not implied:
                continue
            join = span.start + next(n for n, word in enumerate(words) if word.lower() in _JOINS)
            for side, skill_id in implied:
                start, end = (span.start, join) if side == 0 else (join + 1, span.end)
                if any(other.label_ == skill_id and other.start < end and start < other.end for other in spans):
                    continue
                added.append(Span(doc, start, end, label=skill_id))
        if added:
            doc.spans[SPANS_KEY] = sorted([*spans, *added], key=lambda span: (span.start, span.end))
        return doc
