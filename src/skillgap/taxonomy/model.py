"""The skill model: canonical skills with aliases, types, domains and links between them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

SKILL_TYPES = ("hard_skill", "tool", "knowledge", "certification", "language", "soft_skill")


@dataclass(frozen=True, slots=True)
class Skill:
    id: str
    label: str
    type: str
    domain: str
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # surface forms that are also ordinary words: exact case, need context
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # symmetric once compiled
    narrower: tuple[str, ...] = ()  # derived from the other skills' `broader`

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.label, *self.aliases) if self.label not in self.ambiguous else self.aliases


@dataclass(frozen=True, slots=True)
class Pattern:
    """One surface form the matcher looks for."""

    text: str
    skill_id: str
    ambiguous: bool


@dataclass(frozen=True)
class Taxonomy:
    skills: Mapping[str, Skill]
    patterns: tuple[Pattern, ...]
    source_digest: str = ""

    def __len__(self) -> int:
        return len(self.skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self.skills.values())

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self.skills

    def __getitem__(self, skill_id: str) -> Skill:
        return self.skills[skill_id]

    def neighbours(self, skill_id: str) -> frozenset[str]:
        """Skills close enough that having one is worth mentioning when the other is asked for."""
        skill = self.skills[skill_id]
        return frozenset((*skill.broader, *skill.narrower, *skill.related))
