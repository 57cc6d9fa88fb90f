"""A plain (non-editable) install works from any directory: everything the program needs is in the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def wheel(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel offline (hatchling comes with the test extra) from a copy-free source tree."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(repo)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("skillgap-*.whl")
    return built


def test_wheel_carries_the_compiled_models_and_sources(wheel: Path, repo: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "skillgap/models/compiled/taxonomy.json" in names
    assert "skillgap/models/compiled/skill_phrases.json" in names
    assert "skillgap/models/lexicons/action_verbs.txt" in names
    for source in (repo / "models" / "taxonomy").glob("*.toml"):
        assert f"skillgap/models/taxonomy/{source.name}" in names
    assert "skillgap/cli.py" in names
    assert not any(name.startswith(("tests/", "samples/", "src/")) for name in names)


def test_installed_wheel_runs_compare_from_another_directory(wheel: Path, samples: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # The installed copy comes first on the path; dependencies come from this environment.
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import skillgap.taxonomy.load as l; print(l.models_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(site), where
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "skillgap",
            "compare",
            str(samples / "cv" / "jordan_lee_cv.pdf"),
            str(samples / "targets" / "job_ad.txt"),
            "--format",
            "json",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert any(skill["status"] == "missing" for skill in report["skills"])
    assert any(skill["status"] == "matched" for skill in report["skills"])
