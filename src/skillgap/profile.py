"""Skill profiles: what one document says about skills, as plain data (no spaCy objects)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from skillgap.documents import Document
from skillgap.nlp import candidate_spans, skill_spans
from skillgap.nlp.doc_data import sentence_of
from skillgap.taxonomy import Taxonomy

DocumentKind = Literal["cv", "ad", "profile"]
Requirement = Literal["required", "preferred", "mentioned"]
MatchKind = Literal["exact", "fuzzy", "candidate"]
REQUIREMENT_ORDER: tuple[Requirement, ...] = ("required", "preferred", "mentioned")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a document names a skill. `start`/`end` index `Document.text`."""

    skill_id: str
    label: str
    text: str
    form: str  # normalised wording ("postgres", "mentor"): two mentions worded alike share it
    match: MatchKind  # "exact": a taxonomy form; "fuzzy": a typo or near-variant ("Kubernates"); "candidate":
    # asked for but not in the taxonomy ("experience with Foobar"), not normalised
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


CANDIDATE_PREFIX = "candidate:"
CANDIDATE_TYPE = "candidate"


def build_profile(document: Document, doc: Doc, taxonomy: Taxonomy, kind: DocumentKind) -> SkillProfile:
    """Turn the skill spans of a processed `Doc` into a `SkillProfile`.

    In a job ad, what is said of the employer is not a request (sections such as About us, Benefits, How to
    apply; sentences about "we" that ask nothing): "a Snowflake partner" in About us does not ask for
    Snowflake. Requested things the taxonomy does not know become candidate skills, ids
    "candidate:<wording>", type "candidate".
    """
    mentions: list[Mention] = []
    sentences: dict[int, str] = {}  # sentence start -> its text, cleaned once
    for span in (*skill_spans(doc), *candidate_spans(doc)):
        if kind == "ad" and span._.about_employer:
            continue
        sentence = sentence_of(span)
        if sentence.start not in sentences:
            sentences[sentence.start] = _clean_sentence(document.text[sentence.start_char : sentence.end_char])
        line = document.line_at(span.start_char)
        if span.label_ in taxonomy:
            skill_id, label = span.label_, taxonomy[span.label_].label
            match: MatchKind = "fuzzy" if span._.fuzzy else "exact"
        else:
            skill_id, label, match = CANDIDATE_PREFIX + span.label_, " ".join(span.text.split()), "candidate"
        mentions.append(
            Mention(
                skill_id=skill_id,
                label=label,
                text=span.text,
                form=_form(span),
                match=match,
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
    mentions.sort(key=lambda mention: mention.start)
    return SkillProfile(
        path=document.path,
        kind=kind,
        mentions=tuple(mentions),
        skills=tuple(_count(mentions, lambda mention: taxonomy[mention.skill_id].type)),
    )


def with_wordings(profile: SkillProfile, document: Document, wordings: dict[str, str]) -> SkillProfile:
    """Add mentions of candidate skills (id -> wording) wherever the document uses the same words: a CV that
    says "Foobar" has the "experience with Foobar" an ad asks for, though no taxonomy knows Foobar."""
    found: list[Mention] = []
    for skill_id, wording in wordings.items():
        pattern = re.compile(rf"(?<!\w){re.escape(wording)}(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(document.text):
            line = document.line_at(match.start())
            found.append(
                Mention(
                    skill_id=skill_id,
                    label=wording,
                    text=match.group(0),
                    form="".join(ch for ch in match.group(0).lower() if ch.isalnum()),
                    match="candidate",
                    start=match.start(),
                    end=match.end(),
                    sentence=_clean_sentence(document.line_text(line)),
                    requirement="mentioned",
                    years=None,
                    line=line.number,
                    page=line.page,
                    section=line.section,
                )
            )
    if not found:
        return profile
    mentions = sorted((*profile.mentions, *found), key=lambda mention: mention.start)
    types = {skill.id: skill.type for skill in profile.skills}
    return SkillProfile(
        profile.path, profile.kind, tuple(mentions), tuple(_count(mentions, lambda m: types.get(m.skill_id, "")))
    )


def _count(mentions: Iterable[Mention], type_of: Callable[[Mention], str]) -> list[SkillCount]:
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        counts[mention.skill_id] = counts.get(mention.skill_id, 0) + 1
        first.setdefault(mention.skill_id, mention)
    return [
        SkillCount(
            id=skill_id,
            label=first[skill_id].label,
            type=CANDIDATE_TYPE if first[skill_id].match == "candidate" else type_of(first[skill_id]),
            count=count,
        )
        for skill_id, count in counts.items()
    ]


def _form(span) -> str:
    return "".join(ch for token in span for ch in token.norm_ if ch.isalnum())


def _clean_sentence(text: str) -> str:
    """The sentence as one line: bullets and line breaks of the source collapsed."""
    return " ".join(text.split()).lstrip("•·▪●-–*> ").strip()
