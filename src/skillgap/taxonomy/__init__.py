"""The skills taxonomy: curated sources in `models/taxonomy/`, compiled to JSON, loaded once per process."""

from skillgap.taxonomy.compile import compile_skills, load_sources, validate
from skillgap.taxonomy.load import build_from_sources, load_taxonomy, write_compiled
from skillgap.taxonomy.model import SKILL_TYPES, Pattern, Skill, Taxonomy

__all__ = [
    "SKILL_TYPES",
    "Pattern",
    "Skill",
    "Taxonomy",
    "build_from_sources",
    "compile_skills",
    "load_sources",
    "load_taxonomy",
    "validate",
    "write_compiled",
]
