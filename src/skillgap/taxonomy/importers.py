"""Importers: ESCO and O*NET skill lists turned into skillgap's TOML source format, to extend the taxonomy.

    skillgap taxonomy import-esco skills_en.csv -o esco.toml
    skillgap taxonomy import-onet "Technology Skills.txt" -o onet.toml
    skillgap compare cv.pdf ad.txt --taxonomy esco.toml

Imported skills that the taxonomy already knows (same label or alias) are left out, and imported aliases
that another skill already uses are dropped, so that the result merges cleanly.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.model import Skill, Taxonomy

ESCO_COLUMNS = ("conceptUri", "preferredLabel", "altLabels", "skillType", "reuseLevel", "description")
ONET_COLUMNS = ("O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology")
# ESCO alternative labels longer than this are descriptions, not names anyone writes in a CV.
_MAX_ALIAS_WORDS = 6


def slugify(label: str) -> str:
    """The id rule of models/taxonomy/README.md: C++ -> c-plus-plus, C# -> c-sharp, .NET -> dot-net."""
    text = label.strip().lower().replace("+", " plus ").replace("#", " sharp ")
    text = re.sub(r"^\.", "dot ", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def import_esco(path: Path) -> list[Skill]:
    """Skills from ESCO's `skills_en.csv` (comma-separated, altLabels one per line inside the cell)."""
    rows = _read_rows(path, ",", ESCO_COLUMNS)
    skills: list[Skill] = []
    used: set[str] = set()
    for row in rows:
        label = row["preferredLabel"].strip()
        if not label:
            continue
        skill_id = _unique_id(slugify(label), row["conceptUri"], used)
        aliases = [a.strip() for a in re.split(r"[\n|]", row.get("altLabels") or "") if a.strip()]
        aliases = [
            a for a in dict.fromkeys(aliases) if a.lower() != label.lower() and len(a.split()) <= _MAX_ALIAS_WORDS
        ]
        skill_type = "knowledge" if "knowledge" in row["skillType"].lower() else "hard_skill"
        if (row.get("reuseLevel") or "").strip().lower() == "transversal" and skill_type == "hard_skill":
            skill_type = "soft_skill"
        skills.append(Skill(id=skill_id, label=label, type=skill_type, domain="esco", aliases=tuple(aliases)))
    return skills


def import_onet(path: Path) -> list[Skill]:
    """Skills from O*NET's `Technology Skills.txt` (tab-separated): each example a tool, under its commodity
    category (a knowledge skill such as "Spreadsheet software")."""
    rows = _read_rows(path, "\t", ONET_COLUMNS)
    categories: dict[str, Skill] = {}
    tools: dict[str, Skill] = {}
    used: set[str] = set()
    for row in rows:
        title, example = row["Commodity Title"].strip(), row["Example"].strip()
        if not title or not example:
            continue
        category_key = title.lower()
        if category_key not in categories:
            category_id = _unique_id(slugify(title), row["Commodity Code"], used)
            categories[category_key] = Skill(id=category_id, label=title, type="knowledge", domain="onet")
        if example.lower() not in tools and example.lower() != category_key:
            tool_id = _unique_id(slugify(example), row["Commodity Code"], used)
            tools[example.lower()] = Skill(
                id=tool_id, label=example, type="tool", domain="onet", broader=(categories[category_key].id,)
            )
    return [*categories.values(), *tools.values()]


def without_known(skills: Sequence[Skill], base: Taxonomy) -> list[Skill]:
    """Drop imported skills the base already has, and aliases another skill already uses.

    An imported skill is known when its id is taken, its label is any known form, or one of its aliases is a
    known skill's label (ESCO's "Python (computer programming)" has the alias "Python")."""
    taken = {form.lower() for skill in base for form in (skill.label, *skill.aliases, *skill.ambiguous, *skill.exact)}
    labels = {skill.label.lower() for skill in base}
    kept: list[Skill] = []
    kept_ids: set[str] = set()
    for skill in skills:
        if skill.id in base or skill.label.lower() in taken or any(a.lower() in labels for a in skill.aliases):
            continue
        taken.add(skill.label.lower())
        aliases = []
        for alias in skill.aliases:
            if alias.lower() not in taken:
                taken.add(alias.lower())
                aliases.append(alias)
        kept.append(
            Skill(
                id=skill.id,
                label=skill.label,
                type=skill.type,
                domain=skill.domain,
                aliases=tuple(aliases),
                broader=skill.broader,
                related=skill.related,
            )
        )
        kept_ids.add(skill.id)
    # A link to a skill that was left out points into the base only if the base has that id.
    return [_keep_links(skill, kept_ids | set(base.skills)) for skill in kept]


def to_toml(skills: Iterable[Skill], domain: str, header: str = "") -> str:
    """Skills in the source format of models/taxonomy/README.md."""
    lines = [f"# {line}" for line in header.splitlines()] + [f"domain = {_string(domain)}", ""]
    for skill in skills:
        lines += [
            "[[skills]]",
            f"id = {_string(skill.id)}",
            f"label = {_string(skill.label)}",
            f"type = {_string(skill.type)}",
        ]
        for name in ("aliases", "ambiguous", "exact", "broader", "related"):
            values = getattr(skill, name)
            if values:
                lines.append(f"{name} = [{', '.join(_string(v) for v in values)}]")
        lines.append("")
    return "\n".join(lines)


def _string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _keep_links(skill: Skill, known: set[str]) -> Skill:
    return Skill(
        id=skill.id,
        label=skill.label,
        type=skill.type,
        domain=skill.domain,
        aliases=skill.aliases,
        broader=tuple(i for i in skill.broader if i in known),
        related=tuple(i for i in skill.related if i in known),
    )


def _unique_id(slug: str, source_key: str, used: set[str]) -> str:
    candidate = slug or "skill"
    if candidate in used:
        suffix = re.sub(r"[^a-z0-9]+", "", source_key.lower())[-8:] or str(len(used))
        candidate = f"{candidate}-{suffix}"
    while candidate in used:
        candidate += "-x"
    used.add(candidate)
    return candidate


def _read_rows(path: Path, delimiter: str, required: Sequence[str]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=delimiter)
            missing = [column for column in required if column not in (reader.fieldnames or [])]
            if missing:
                raise TaxonomyError(f"missing column(s) {', '.join(missing)}; is this the right file?", str(path))
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise TaxonomyError(f"cannot read the file ({error})", str(path)) from None
