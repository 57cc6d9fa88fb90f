"""The report model: everything a renderer shows, decided before rendering."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from skillgap.profile import DocumentKind, MatchKind, Requirement

SCHEMA_VERSION = 2
# "unstated": a quality the CV does not name ("attention to detail"), which a CV shows by what its writer did more
# often than by name; "missing": anything else the CV does not show.
Status = Literal["matched", "related", "unstated", "missing"]
# How a skill the CV names falls short of what the targets ask, where that makes it related.
Shortfall = Literal[
    "lapsed",
    "out_of_date",
    "in_progress",
    "older_version",
    "fewer_years",
    "introduction",
    "smaller_scale",
    "less_fluent",
    "another_variant",
    "another_subject",
    "lower_level",
    "other_category",
    "not_certified",
    "outside_work",
    "not_clean",
]
SuggestionType = Literal["reword", "add", "highlight"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that shows a claim, with where it is."""

    source: Literal["cv", "target"]
    path: str
    skill_id: str
    text: str  # the words as written
    sentence: str
    page: int
    line: int
    section: str
    start: int
    end: int
    requirement: Requirement | None  # for target evidence
    years: int | None
    match: MatchKind = "exact"
    in_progress: bool = False  # CV evidence of a qualification still being studied for
    lapsed: bool = False  # CV evidence of a qualification held once and no longer
    period: tuple[int, int] | None = None  # CV evidence: the months of the dated job it is written under


@dataclass(frozen=True, slots=True)
class SkillGap:
    id: str
    label: str
    type: str
    status: Status
    importance: Requirement
    rank: int  # 1 = act on this first
    targets: tuple[str, ...]  # paths of the targets that name the skill
    cv_terms: tuple[str, ...]  # how the CV words it (or a related skill, when status is "related")
    target_terms: tuple[str, ...]
    related_in_cv: tuple[str, ...]  # ids of CV skills that made the status "related"
    years: int | None  # the most years of experience a target asks for
    worded_alike: bool  # matched with the same wording on both sides (no rewording needed)
    evidence: tuple[Evidence, ...]
    # Where the CV names the skill itself but it is related: how it falls short, and for fewer years than asked the
    # months it shows (stated, or from the dated jobs it and its narrower skills are named under).
    shortfall: Shortfall | None = None
    months_shown: int | None = None
    months_asked: int | None = None  # the same as `years`, exactly: "At least 18 months' experience" 18


@dataclass(frozen=True, slots=True)
class Suggestion:
    type: SuggestionType
    skill_id: str
    text: str


@dataclass(frozen=True, slots=True)
class TargetSummary:
    path: str
    kind: DocumentKind
    score: int | None  # 0-100, share of the target's weighted skills the CV shows; None without skills
    skills: int


@dataclass(frozen=True, slots=True)
class PhraseGap:
    """An ability a target asks for in its own words, and the CV sentence that shows it, if one does."""

    text: str  # as the target words it ("mentor junior engineers")
    verb: str
    importance: Requirement
    rank: int  # 1 = act on this first: not shown and required first
    shown: bool
    target_path: str
    target_sentence: str
    target_page: int
    target_line: int
    cv_sentence: str | None  # the CV sentence sharing the most of its words, when it shows the ability
    cv_page: int | None
    cv_line: int | None
    shared_words: tuple[str, ...]  # the phrase's words the CV sentence has


@dataclass(frozen=True)
class GapReport:
    cv_path: str
    cv_skills: int
    targets: tuple[TargetSummary, ...]
    skills: tuple[SkillGap, ...]  # sorted by rank
    suggestions: tuple[Suggestion, ...]
    scoring_version: int
    phrases: tuple[PhraseGap, ...] = ()  # abilities asked for in the targets' own words
