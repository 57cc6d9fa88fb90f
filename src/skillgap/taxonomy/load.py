"""Finding and loading the compiled taxonomy, from an installed wheel or from a source checkout."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.compile import AgentNoun, compile_skills, from_json, load_sources, sources_digest, to_json
from skillgap.taxonomy.model import Taxonomy

COMPILED_NAME = "taxonomy.json"


def models_dir() -> Path:
    """`models/` as shipped in the wheel (skillgap/models) or, in a source checkout, at the repo root."""
    packaged = Path(str(resources.files("skillgap"))) / "models"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "models"
    if checkout.is_dir():
        return checkout
    raise TaxonomyError("cannot find skillgap's models folder; reinstall skillgap")


def read_lexicon(name: str) -> frozenset[str]:
    """The entries of a curated word list in models/lexicons/: one per line, '#' starts a comment."""
    lines = (models_dir() / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


AGENT_NOUNS_FILE = "agent_nouns.txt"


def agent_nouns() -> dict[str, AgentNoun]:
    """Activity -> the person who does it ("surveying" -> "surveyor"), from models/lexicons/agent_nouns.txt."""
    agents = {}
    for line in read_lexicon(AGENT_NOUNS_FILE):
        activity, person, *mark = line.split()
        agents[activity] = AgentNoun(person, alone=mark == ["alone"])
    return agents


def sources_dir() -> Path:
    return models_dir() / "taxonomy"


def compiled_path() -> Path:
    return models_dir() / "compiled" / COMPILED_NAME


@functools.cache
def load_taxonomy(path: Path | None = None, extensions: tuple[Path, ...] = ()) -> Taxonomy:
    """The compiled taxonomy (the packaged one unless `path` is given), merged with user extensions (TOML files
    in the source format). Cached per process."""
    target = path or compiled_path()
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        raise TaxonomyError("the compiled taxonomy is missing; run `skillgap taxonomy build`", str(target)) from None
    base = from_json(text, str(target))
    return extend(base, extensions) if extensions else base


def extend(base: Taxonomy, extension_paths: tuple[Path, ...]) -> Taxonomy:
    """Merge user TOML files into a taxonomy. A skill whose id already exists replaces the built-in one (the
    user's definition wins); new ids are added; the result is validated like the built-in sources."""
    extra = load_sources(extension_paths)
    replaced = {skill.id for skill in extra}
    kept = [skill for skill in base if skill.id not in replaced]
    # Links from kept skills to a replaced skill stay valid (same id); derived fields are derived again.
    sources = [skill._replace(narrower=()) for skill in kept]
    names = ", ".join(str(path) for path in extension_paths)
    try:
        return compile_skills(
            [*sources, *extra], f"{base.source_digest}+{sources_digest(extension_paths)}", agent_nouns()
        )
    except TaxonomyError as error:
        raise TaxonomyError(f"cannot merge {names}: {error}") from None


def build_from_sources(source_dir: Path | None = None) -> Taxonomy:
    """Compile every `*.toml` file in the sources folder."""
    folder = source_dir or sources_dir()
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise TaxonomyError("no taxonomy sources (*.toml) found", str(folder))
    return compile_skills(load_sources(paths), sources_digest(paths), agent_nouns())


def write_compiled(taxonomy: Taxonomy, path: Path | None = None) -> Path:
    target = path or compiled_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(to_json(taxonomy), encoding="utf-8")
    return target
