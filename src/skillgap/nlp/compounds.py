"""Coordinated compounds: a taxonomy form that joins two skills ("cell and molecular biology", "accounting and
finance") is matched as one skill, the longest match; the skill its other part names is added here, so that a CV
that says "cell and molecular biology" shows molecular biology too, and an ad that asks for it asks for both.

The same holds where the shared head is written once but no form joins both parts: "electrical or mechanical
engineering" names electrical engineering too, "written and verbal communication skills" written communication."""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.doc_data import LIST_JOINS, SPANS_KEY, token_strings
from skillgap.nlp.matcher import DEGREES_DOMAIN, HIGHER_DEGREE_WORDS, SECTOR_OF
from skillgap.taxonomy import Taxonomy

# Words that join the two parts of a compound form.
_JOINS = frozenset({"and", "&"})
# A part shorter than this is too easily another thing ("A and R": R is no programming language there).
_MIN_PART_LENGTH = 4
_ELIDED_REACH = 3  # parts read before the written one
_JOINS_BEFORE_THE_HEAD = frozenset({"and", "&", "or", "/"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# The types of a degree's subject: a field ("degree in business") or a practice ("nursing degree").
_SUBJECT_TYPES = frozenset({"knowledge", "hard_skill"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "these", "those"}
)


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
    def taxonomy(self) -> Taxonomy:
        """The skill_matcher's taxonomy, looked up once (the parts below and each Doc read it)."""
        matcher: Any = self.nlp.get_pipe("skill_matcher")  # a SkillMatcher, typed by spaCy as any callable
        return matcher.taxonomy

    @functools.cached_property
    def parts(self) -> dict[tuple[str, str], tuple[tuple[int, str], ...]]:
        """(skill id, compound form in lower case) -> ((side, other skill id), ...); side 0 is the part before
        the join word, 1 the part after."""
        taxonomy = self.taxonomy
        owners = self.owners
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
                    others = owners.get(text, frozenset()) - {skill.id}
                    if len(text) >= _MIN_PART_LENGTH and len(others) == 1:
                        [other] = others
                        if sector and SECTOR_OF.get(taxonomy[other].domain) not in (None, sector):
                            continue  # a word of another trade: "coagulation and filtration" at a water works
                        found.append((side, other))
                if found:
                    parts[(skill.id, form)] = tuple(found)
        return parts

    @functools.cached_property
    def owners(self) -> dict[str, frozenset[str]]:
        """Plain form in lower case -> the skills it is a form of."""
        owners: dict[str, set[str]] = {}
        for skill in self.taxonomy:
            for form in skill.surface_forms:
                owners.setdefault(form.lower(), set()).add(skill.id)
        return {form: frozenset(ids) for form, ids in owners.items()}

    def _one_field(self, skill_id: str, other_id: str) -> bool:
        """Whether two skills are of one domain, or of one sector's domains."""
        taxonomy = self.taxonomy
        domain, other_domain = taxonomy[skill_id].domain, taxonomy[other_id].domain
        return domain == other_domain or SECTOR_OF.get(domain, domain) == SECTOR_OF.get(other_domain, other_domain)

    def _elided(self, doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
        """The skills named by words listed before a matched form that share its head: "electrical" in
        "electrical or mechanical engineering" (a form of exactly one skill with the head, and no skill alone)."""
        owners = self.owners
        named = {i for span in spans for i in range(span.start, span.end)}
        added: list[Span] = []
        for span in spans:
            if span.end - span.start < 2:
                continue
            head = " ".join(texts[span.start + 1 : span.end]).lower()
            k = span.start
            for n in range(_ELIDED_REACH):
                # The written part follows "and" or "or" ("civil, structural or geotechnical engineering"): after
                # a comma only, it is the next item of a list ("materials, timber engineering").
                joins = LIST_JOINS if n else _JOINS_BEFORE_THE_HEAD
                if k < 2 or texts[k - 1].lower() not in joins:
                    break
                word = doc[k - 2]
                if not (word.is_alpha or _ORDINAL.fullmatch(word.text)) or word.is_stop or word.i in named:
                    break  # a word or an ordinal: "17th/18th Edition" names the 17th Edition too
                others = owners.get(f"{word.lower_} {head}", frozenset()) - {span.label_}
                if len(others) != 1:
                    break
                [skill_id] = others
                if not self._one_field(skill_id, span.label_):
                    break  # another field's words: "answering the door and data entry" is no door entry
                if not any(other.label_ == skill_id for other in spans):
                    added.append(Span(doc, word.i, word.i + 1, label=skill_id))
                k = word.i
        return added

    def _elided_after(self, doc: Doc, spans: list[Span], texts: list[str]) -> tuple[list[Span], set[int]]:
        """The skills named by a word joined after a matched form of two words that shares its first word:
        "Adults" in "Safeguarding Children and Adults at Risk" (with the first word, a form of exactly one skill).
        A word read alone as another skill is read with the first word instead: "audits" in "stock counts and
        audits" is stock audits, not auditing. Returns the spans added and the starts of the one-word spans they
        replace."""
        owners = self.owners
        named = {i for span in spans for i in range(span.start, span.end)}
        alone = {span.start: span for span in spans if span.end - span.start == 1}
        added: list[Span] = []
        replaced: set[int] = set()
        for span in spans:
            k = span.end
            if span.end - span.start != 2 or k + 1 >= len(doc) or texts[k].lower() not in _JOINS_BEFORE_THE_HEAD:
                continue
            word = doc[k + 1]
            if not word.is_alpha or word.is_stop or (word.i in named and word.i not in alone):
                continue
            if word.i + 1 < len(doc) and doc[word.i + 1].lower_ in _DETERMINERS:
                continue  # a verb and its object: "Prepare technical documentation and support our claims work"
            others = owners.get(f"{texts[span.start].lower()} {word.lower_}", frozenset())
            if word.i not in alone:
                others -= {span.label_}  # the form's own skill again: nothing to add
            if len(others) != 1:
                continue
            [skill_id] = others
            if word.i in alone:
                # After "or" the word is as likely a choice of its own: "Pharmaceutical Sciences or Chemistry".
                if texts[k].lower() == "or" or alone[word.i].label_ == skill_id:
                    continue
                if skill_id == span.label_ or self._kindred(skill_id, span.label_):
                    added.append(Span(doc, word.i, word.i + 1, label=skill_id))
                    replaced.add(word.i)
            elif self._kindred(skill_id, span.label_) and not any(other.label_ == skill_id for other in spans):
                added.append(Span(doc, word.i, word.i + 1, label=skill_id))
        return added, replaced

    @functools.cached_property
    def degree_words(self) -> dict[str, str]:
        """A degree's common word in lower case -> the degree ("degree" -> bachelor's degree): the ambiguous forms in
        lower case of the degrees domain."""
        taxonomy = self.taxonomy
        return {
            form: skill.id
            for skill in taxonomy
            if skill.domain == DEGREES_DOMAIN
            for form in skill.ambiguous
            if form.islower()
        }

    def _degrees_inside(self, doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
        """The degree named inside a subject's form: "degree" in "a Bachelor degree in Business Management", read as
        business studies by its form "degree in business", names a degree too."""
        words = self.degree_words
        taxonomy = self.taxonomy
        held = {(span.start, span.end) for span in spans if taxonomy[span.label_].domain == DEGREES_DOMAIN}
        added: list[Span] = []
        for span in spans:
            if span.end - span.start < 2 or taxonomy[span.label_].type not in _SUBJECT_TYPES:
                continue
            # Not a higher degree, by a word just before its subject's form or just after its word.
            before = {text.lower() for text in texts[max(0, span.start - 2) : span.start]}
            if before & HIGHER_DEGREE_WORDS:
                continue  # "a postgraduate degree in economics", "a finance degree at masters level" is no first degree
            for k in range(span.start, span.end):
                degree = words.get(texts[k].lower())
                if (
                    degree is not None
                    and not any(start <= k < end for start, end in held)
                    and not HIGHER_DEGREE_WORDS.intersection(text.lower() for text in texts[k + 1 : k + 4])
                ):
                    added.append(Span(doc, k, k + 1, label=degree))
        return added

    def _kindred(self, skill_id: str, other_id: str) -> bool:
        """Whether two skills are of one field, or kinds of one skill (safeguarding children and adults)."""
        taxonomy = self.taxonomy
        shared = set(taxonomy[skill_id].broader) & set(taxonomy[other_id].broader)
        return bool(shared) or self._one_field(skill_id, other_id)

    def __call__(self, doc: Doc) -> Doc:
        parts = self.parts
        spans = list(doc.spans.get(SPANS_KEY, []))
        texts, _ = token_strings(doc)
        read_after, replaced = self._elided_after(doc, spans, texts)
        if replaced:
            spans = [span for span in spans if not (span.start in replaced and span.end - span.start == 1)]
        added: list[Span] = [*self._elided(doc, spans, texts), *read_after, *self._degrees_inside(doc, spans, texts)]
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
        if added or replaced:
            doc.spans[SPANS_KEY] = sorted([*spans, *added], key=lambda span: (span.start, span.end))
        return doc
