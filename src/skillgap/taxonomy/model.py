"""The skill model: canonical skills with aliases, types, domains and links between them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

# How a surface form is matched: on normalised words, on its exact characters, or exactly and only in context; a
# "title" (a job title derived from the skill's names, "quantity surveyor") on normalised words, as a role.
PatternMode = Literal["norm", "exact", "ambiguous", "title"]
PATTERN_MODES: tuple[PatternMode, ...] = ("norm", "exact", "ambiguous", "title")
SKILL_TYPES = ("hard_skill", "tool", "knowledge", "certification", "language", "soft_skill")


class Skill(NamedTuple):
    """A canonical skill. A named tuple rather than a dataclass: thousands are built each time the compiled
    taxonomy loads, and tuples build several times faster (the load must stay under 150 ms)."""

    id: str
    label: str
    type: str
    domain: str
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # surface forms that are also ordinary words: exact case, need context
    exact: tuple[str, ...] = ()  # surface forms matched only with this exact case ("dbt", not "DBT" therapy)
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # symmetric once compiled
    narrower: tuple[str, ...] = ()  # derived from the other skills' `broader`
    # Words that, in the same sentence, show that an ambiguous form means this skill ("invoices" for AP).
    context: tuple[str, ...] = ()
    # How a CV shows the skill without naming it ("delivered team briefings" for communication): read in CV
    # sentences only, by their content words in any order and form, as "there, but not by its name".
    described_as: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The forms matched on their normalised words (case, lemma, spelling)."""
        special = (*self.ambiguous, *self.exact)
        return (self.label, *self.aliases) if self.label not in special else self.aliases


class Pattern(NamedTuple):
    """One surface form the matcher looks for (a named tuple, for load speed like `Skill`)."""

    text: str
    skill_id: str
    mode: PatternMode

    @property
    def ambiguous(self) -> bool:
        return self.mode == "ambiguous"


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
        """Skills whose presence in a CV is close evidence for this one: its siblings (`related`: Flask for
        Django) and its specialisations (`narrower`: Django for Python), and theirs (Contentful, a headless CMS, for
        "a CMS"). Not its generalisations: a CV that says "ETL" does not show dbt, and "AWS" does not show Amazon
        ECS."""
        return self.kinds(skill_id) | frozenset(self.skills[skill_id].related)

    def kinds(self, skill_id: str) -> frozenset[str]:
        """Its specialisations (`narrower`: Django for Python) and theirs (Contentful, a headless CMS, for "a CMS")."""
        skill = self.skills[skill_id]
        grandchildren = (grand for child in skill.narrower for grand in self.skills[child].narrower)
        return frozenset((*skill.narrower, *grandchildren))


def content_words(form: str) -> list[str]:
    """The words of a name that say what it is, lower case: three letters or more, not a linking word ("and",
    "the", "with"). A description of a skill is matched by these (skillgap.gap)."""
    return [word for word in _WORD.findall(form.lower()) if len(word) >= 3 and word not in _LINKING_WORDS]


_WORD = re.compile(r"[A-Za-z]+")
_LINKING_WORDS = frozenset({"and", "the", "for", "with", "from", "into", "your", "our", "their", "its"})
# A description names two to four content words: one word alone is a keyword, not a description.
DESCRIPTION_WORDS = (2, 4)
