"""Shared fixtures: the repository's paths, a small test taxonomy and a pipeline built on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true), property-based tests draw the same examples on every run, so that a result repeats; run
# locally, they keep exploring new ones.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def mini_taxonomy_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture taxonomy in tests/fixtures/mini_taxonomy, compiled into a temporary file."""
    from skillgap.taxonomy import build_from_sources, write_compiled

    path = tmp_path_factory.mktemp("taxonomy") / "mini.json"
    write_compiled(build_from_sources(FIXTURES / "mini_taxonomy"), path)
    return path


@pytest.fixture(scope="session")
def mini_taxonomy(mini_taxonomy_path: Path):
    from skillgap.taxonomy import load_taxonomy

    return load_taxonomy(mini_taxonomy_path)


@pytest.fixture(scope="session")
def mini_nlp(mini_taxonomy_path: Path):
    from skillgap.nlp import get_pipeline

    return get_pipeline(mini_taxonomy_path)


@pytest.fixture(scope="session")
def mini_analyzer(mini_taxonomy_path: Path):
    from skillgap import Analyzer

    return Analyzer(mini_taxonomy_path)


@pytest.fixture(scope="session")
def analyzer():
    """An analyzer on the packaged taxonomy, as users get it."""
    from skillgap import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus, from SKILLGAP_CORPUS. Skips only when the variable is unset; .ci/run sets it."""
    value = os.environ.get("SKILLGAP_CORPUS")
    if not value:
        pytest.skip("SKILLGAP_CORPUS is not set")
    path = Path(value)
    if not path.is_absolute():
        path = (REPO / path).resolve()
    assert path.is_dir(), f"SKILLGAP_CORPUS={value} does not exist"
    return path
