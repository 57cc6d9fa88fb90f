"""Skill profiles: what one document says about skills, as plain data (no spaCy objects)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from skillgap.documents import Document
from skillgap.documents.sections import NON_REQUIREMENT_SECTIONS
from skillgap.nlp import skill_spans
from skillgap.nlp.components import sentence_of
from skillgap.taxonomy import Taxonomy

DocumentKind = Literal["cv", "ad", "profile"]
Requirement = Literal["required", "preferred", "mentioned"]
MatchKind = Literal["exact", "fuzzy"]
REQUIREMENT_ORDER: tuple[Requirement, ...] = ("required", "preferred", "mentioned")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a document names a skill. `start`/`end` index `Document.text`."""

    skill_id: str
    label: str
    text: str
    form: str  # normalised wording ("postgres", "mentor"): two mentions worded alike share it
    match: MatchKind  # "exact": a taxonomy form; "fuzzy": read from a typo or near-variant ("Kubernates")
    start: int
    end: int
    sentence: str
    requirement: Requirement
    years: int | None
    line: int
    page: int
    section: str


@dataclass(frozen=True, slots=True)
class SkillCount:
    id: str
    label: str
    type: str
    count: int


@dataclass(frozen=True)
class SkillProfile:
    """The skills of one document, in order of first mention, with every mention as evidence."""

    path: str
    kind: DocumentKind
    mentions: tuple[Mention, ...]
    skills: tuple[SkillCount, ...]

    def mentions_of(self, skill_id: str) -> list[Mention]:
        return [mention for mention in self.mentions if mention.skill_id == skill_id]

    @property
    def skill_ids(self) -> frozenset[str]:
        return frozenset(skill.id for skill in self.skills)

    def requirement_of(self, skill_id: str) -> Requirement:
        """The strongest requirement among the skill's mentions."""
        levels = {mention.requirement for mention in self.mentions_of(skill_id)}
        return next((level for level in REQUIREMENT_ORDER if level in levels), "mentioned")


def build_profile(document: Document, doc: Doc, taxonomy: Taxonomy, kind: DocumentKind) -> SkillProfile:
    """Turn the skill spans of a processed `Doc` into a `SkillProfile`.

    In a job ad, mentions in sections about the employer (company description, benefits, equal opportunities,
    how to apply) are not requests: "a Snowflake partner" in About us does not ask for Snowflake.
    """
    mentions: list[Mention] = []
    sentences: dict[int, str] = {}  # sentence start -> its text, cleaned once
    for span in skill_spans(doc):
        if kind == "ad" and span._.section in NON_REQUIREMENT_SECTIONS:
            continue
        sentence = sentence_of(span)
        if sentence.start not in sentences:
            sentences[sentence.start] = _clean_sentence(document.text[sentence.start_char : sentence.end_char])
        line = document.line_at(span.start_char)
        skill = taxonomy[span.label_]
        mentions.append(
            Mention(
                skill_id=skill.id,
                label=skill.label,
                text=span.text,
                form=_form(span),
                match="fuzzy" if span._.fuzzy else "exact",
                start=span.start_char,
                end=span.end_char,
                sentence=sentences[sentence.start],
                requirement=span._.requirement if kind != "cv" else "mentioned",
                years=span._.years,
                line=line.number,
                page=line.page,
                section=line.section,
            )
        )
    return SkillProfile(
        path=document.path, kind=kind, mentions=tuple(mentions), skills=tuple(_count(mentions, taxonomy))
    )


def _count(mentions: Iterable[Mention], taxonomy: Taxonomy) -> list[SkillCount]:
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.skill_id] = counts.get(mention.skill_id, 0) + 1
    return [
        SkillCount(id=skill_id, label=taxonomy[skill_id].label, type=taxonomy[skill_id].type, count=count)
        for skill_id, count in counts.items()
    ]


def _form(span) -> str:
    return "".join(ch for token in span for ch in token.norm_ if ch.isalnum())


def _clean_sentence(text: str) -> str:
    """The sentence as one line: bullets and line breaks of the source collapsed."""
    return " ".join(text.split()).lstrip("•·▪●-–*> ").strip()
