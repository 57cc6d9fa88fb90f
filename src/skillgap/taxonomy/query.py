"""Looking into the taxonomy: counts, fuzzy search over every surface form, one skill with its links."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process, utils

from skillgap.taxonomy.model import Skill, Taxonomy


def stats(taxonomy: Taxonomy) -> dict[str, Any]:
    """{"skills", "aliases", "surface_forms", "ambiguous_forms", "domains": {...}, "types": {...}}."""
    return {
        "skills": len(taxonomy),
        "aliases": sum(len(s.aliases) + len(s.ambiguous) + len(s.exact) for s in taxonomy),
        "surface_forms": len(taxonomy.patterns),
        "ambiguous_forms": sum(1 for p in taxonomy.patterns if p.mode == "ambiguous"),
        "domains": dict(sorted(Counter(s.domain for s in taxonomy).items())),
        "types": dict(sorted(Counter(s.type for s in taxonomy).items())),
    }


@dataclass(frozen=True, slots=True)
class SearchHit:
    skill: Skill
    form: str  # the surface form that matched the query best
    score: float  # 0-100


def search(taxonomy: Taxonomy, query: str, limit: int = 10, score_cutoff: float = 60.0) -> list[SearchHit]:
    """Skills whose label or any alias resembles `query`, best first (rapidfuzz over the whole form table)."""
    # Forms much shorter than the query ("ER", "ATE" for "Kubernates") would match any query containing them.
    shortest = max(min(3, len(query.strip())), len(query.strip()) // 2)
    forms = [
        (skill.id, form)
        for skill in taxonomy
        for form in (skill.label, *skill.aliases, *skill.ambiguous, *skill.exact)
        if len(form) >= shortest
    ]
    matches = process.extract(
        query,
        [form for _, form in forms],
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit * 4,
        score_cutoff=score_cutoff,
    )
    hits: dict[str, SearchHit] = {}
    for form, score, index in matches:
        skill_id = forms[index][0]
        if skill_id not in hits:
            hits[skill_id] = SearchHit(taxonomy[skill_id], form, score)
    ranked = sorted(hits.values(), key=lambda hit: (-hit.score, hit.skill.label.lower(), hit.skill.id))
    return ranked[:limit]


def find(taxonomy: Taxonomy, name: str) -> Skill | None:
    """A skill by id, label or alias (case-insensitive)."""
    if name in taxonomy:
        return taxonomy[name]
    wanted = name.strip().lower()
    for skill in taxonomy:
        if wanted in {form.lower() for form in (skill.label, *skill.aliases, *skill.ambiguous, *skill.exact)}:
            return skill
    return None


def skill_data(skill: Skill, taxonomy: Taxonomy) -> dict[str, Any]:
    def labelled(ids: tuple[str, ...]) -> list[dict[str, str]]:
        return [{"id": i, "label": taxonomy[i].label} for i in ids]

    return {
        "id": skill.id,
        "label": skill.label,
        "type": skill.type,
        "domain": skill.domain,
        "aliases": list(skill.aliases),
        "ambiguous": list(skill.ambiguous),
        "exact": list(skill.exact),
        "broader": labelled(skill.broader),
        "narrower": labelled(skill.narrower),
        "related": labelled(skill.related),
        "context": list(skill.context),
    }
