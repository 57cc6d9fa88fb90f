"""The README stays true: its test command is the one CI runs, and its exit-code table is the code's."""

from __future__ import annotations

import re
from pathlib import Path

from skillgap.errors import EXIT_CODE_MEANINGS


def _quick_start(repo: Path) -> list[str]:
    readme = (repo / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_quick_start_is_two_commands_and_ci_runs_the_test_one(repo: Path) -> None:
    commands = _quick_start(repo)
    assert len(commands) == 2 and all("\n" not in command for command in commands)
    run_command, test_command = commands
    assert "skillgap compare samples/" in run_command
    for path in re.findall(r"samples/\S+", run_command):
        assert (repo / path).is_file(), path
    ci_lines = (repo / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines
    assert any(line.startswith("export SKILLGAP_CORPUS=") for line in ci_lines)


def test_exit_code_table_matches_the_code(repo: Path) -> None:
    readme = (repo / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", readme, flags=re.MULTILINE))
    assert {int(code): meaning for code, meaning in table.items()} == {
        int(code): meaning for code, meaning in EXIT_CODE_MEANINGS.items()
    }


def test_library_example_runs(repo: Path, monkeypatch) -> None:
    """The README's Python example runs as written, from the repository root."""
    readme = (repo / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it as a library", 1)[1]
    (code,) = re.findall(r"```python\n(.+?)\n```", section, flags=re.DOTALL)[:1]
    monkeypatch.chdir(repo)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    report = namespace["report"]
    assert report.skills and report.skills[0].rank == 1
    assert namespace["profile"].kind == "ad" and namespace["profile"].mentions
