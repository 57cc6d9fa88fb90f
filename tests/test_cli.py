"""The command line, end to end on the samples, and its error contract: one line, documented exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from skillgap import __version__
from skillgap.cli import main
from skillgap.errors import EXIT_CODE_MEANINGS, ExitCode
from tests.pdf_fixtures import encrypted_pdf, imageonly_pdf

CV = "cv/jordan_lee_cv.pdf"
AD = "targets/job_ad.txt"
PROFILE = "targets/successful_candidate.md"


@pytest.fixture()
def run(samples: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(samples)

    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_version_and_help(run) -> None:
    assert run("--version").output.strip() == f"skillgap, version {__version__}"
    help_text = run("--help").output
    for command in ("compare", "extract", "text"):
        assert command in help_text
    compare_help = run("compare", "--help").output
    assert "Examples:" in compare_help and "skillgap compare cv.pdf job_ad.txt" in compare_help
    for code in ExitCode:  # the exit codes are documented in the help
        assert EXIT_CODE_MEANINGS[code] in help_text


def test_compare_json_contract_on_samples(run) -> None:
    result = run("compare", CV, AD, PROFILE, "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["cv"]["path"] == CV
    assert [(t["path"], t["kind"]) for t in report["targets"]] == [(AD, "ad"), (PROFILE, "profile")]
    assert all(0 <= t["score"] <= 100 for t in report["targets"])
    skills = {s["id"]: s for s in report["skills"]}
    assert [s["rank"] for s in report["skills"]] == list(range(1, len(skills) + 1))
    # What the ad asks for and the CV lacks; the samples' README names these as the real gaps.
    for gap in ("apache-airflow", "dbt"):
        assert skills[gap]["status"] == "missing" and skills[gap]["importance"] == "required", skills[gap]
    for gap in ("terraform", "apache-kafka", "snowflake", "scala"):
        assert skills[gap]["status"] == "missing" and skills[gap]["importance"] == "preferred", skills[gap]
    # Worded differently, but present: no false gaps, and a reword suggestion instead.
    for present in ("postgresql", "kubernetes", "javascript", "python", "docker"):
        assert skills[present]["status"] == "matched", skills[present]
    assert skills["postgresql"]["cv_terms"] == ["Postgres"]
    reworded = {s["skill_id"] for s in report["suggestions"] if s["type"] == "reword"}
    assert {"postgresql", "kubernetes", "javascript"} <= reworded
    assert "go" not in skills  # "go the extra mile" is not the Go language
    # Missing, required skills come first.
    first = report["skills"][0]
    assert first["status"] == "missing" and first["importance"] == "required"
    for skill in report["skills"]:
        assert any(e["source"] == "target" for e in skill["evidence"])
        if skill["status"] != "missing":
            assert any(e["source"] == "cv" for e in skill["evidence"])


def test_compare_repeats_exactly(run) -> None:
    first = run("compare", CV, AD, PROFILE, "--format", "json").output
    second = run("compare", CV, AD, PROFILE, "--format", "json").output
    assert first == second


def test_compare_as_of_fixes_what_present_means(run) -> None:
    # Jordan's data engineering job runs "Apr 2022 - Present": its months depend on the date asked.
    def periods(as_of: str) -> set[str]:
        report = json.loads(run("compare", CV, AD, "--format", "json", "--as-of", as_of).output)
        return {
            e["period"]["to"] for s in report["skills"] for e in s["evidence"] if e["source"] == "cv" and e["period"]
        }

    assert "2025-06" in periods("2025-06-30")
    assert "2026-11" in periods("2026-11-01")
    result = run("compare", CV, AD, "--as-of", "June 2025")
    assert result.exit_code == 2 and "--as-of" in result.output  # a clear usage error, no traceback


def test_compare_text_and_markdown_outputs(run, tmp_path: Path) -> None:
    text = run("compare", CV, AD)
    assert text.exit_code == 0
    assert "Missing from your CV" in text.output and "Apache Airflow" in text.output
    out = tmp_path / "gap.md"
    result = run("compare", CV, AD, "--format", "markdown", "-o", str(out))
    assert result.exit_code == 0 and result.output == ""
    markdown = out.read_text(encoding="utf-8")
    assert markdown.startswith("# Skill gap") and "| Apache Airflow |" in markdown
    assert "What to change in your CV" in markdown


def test_compare_reads_a_pasted_target_from_stdin(run, samples: Path) -> None:
    pasted = (samples / AD).read_text(encoding="utf-8")
    result = run("compare", CV, "-", "--format", "json", input=pasted)
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["targets"][0]["path"] == "<stdin>" and report["targets"][0]["kind"] == "ad"
    assert any(s["id"] == "apache-airflow" for s in report["skills"])


def test_kind_override(run) -> None:
    report = json.loads(run("compare", CV, AD, "--kind", "profile", "--format", "json").output)
    assert report["targets"][0]["kind"] == "profile"
    assert {s["importance"] for s in report["skills"]} == {"mentioned"}


def test_extract_many_files_in_input_order_with_exact_offsets(run, samples: Path) -> None:
    files = [AD, "ads/registered_nurse.txt", PROFILE, CV, "ads/hr_advisor.docx"]
    result = run("extract", *files, "--format", "json")
    assert result.exit_code == 0
    documents = json.loads(result.output)["documents"]
    assert [d["path"] for d in documents] == files
    assert [d["kind"] for d in documents] == ["ad", "ad", "profile", "cv", "ad"]
    for document in documents:
        assert set(document) == {"path", "kind", "mentions", "skills", "phrases"}
        assert document["skills"], document["path"]
        if document["path"].endswith((".txt", ".md")):
            text = (samples / document["path"]).read_text(encoding="utf-8")
            for mention in document["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        counts = {s["id"]: s["count"] for s in document["skills"]}
        assert sum(counts.values()) == len(document["mentions"])


def test_extract_goes_on_past_a_bad_file(run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", AD, str(empty), PROFILE, "--format", "json"])
    assert result.exit_code == ExitCode.PARTIAL
    documents = json.loads(result.stdout)["documents"]
    assert [d["path"] for d in documents] == [AD, str(empty), PROFILE]
    assert documents[1]["error"]["exit_code"] == ExitCode.EMPTY
    assert documents[0]["skills"] and documents[2]["skills"]
    assert result.stderr.count("\n") == 1 and "empty" in result.stderr


def test_text_prints_exactly_what_was_read(run, samples: Path) -> None:
    result = run("text", AD)
    assert result.output == (samples / AD).read_text(encoding="utf-8")
    lines = json.loads(run("text", CV, "--format", "json").output)["lines"]
    assert {line["page"] for line in lines} == {1, 2}
    assert any(line["heading"] and line["section"] == "skills" for line in lines)


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda d: d / "missing.pdf", ExitCode.FILE_NOT_FOUND, "no such file"),
        (lambda d: _write(d / "cv.pdf", b"hello, not a pdf"), ExitCode.WRONG_CONTENT, "not a PDF"),
        (lambda d: _write(d / "cv.pdf", b"%PDF-1.4\n1 0 obj <<"), ExitCode.CORRUPT, "damaged"),
        (lambda d: encrypted_pdf(d / "cv.pdf", "Python", password="pw"), ExitCode.ENCRYPTED, "--password"),
        (lambda d: imageonly_pdf(d / "cv.pdf"), ExitCode.NO_TEXT, "scanned"),
        (lambda d: _write(d / "cv.txt", b""), ExitCode.EMPTY, "empty"),
        (lambda d: _write(d / "cv.rtf", b"{\\rtf1}"), ExitCode.UNSUPPORTED_FORMAT, "cannot read .rtf files;"),
        (
            lambda d: _write(d / "cv", b"Python"),
            ExitCode.UNSUPPORTED_FORMAT,
            "cannot read a file without an extension;",
        ),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(tmp_path: Path, samples: Path, make, code, words) -> None:
    """Run as a real process: stderr must hold one line and no traceback."""
    bad = make(tmp_path)
    for args in (
        ["compare", str(bad), str(samples / AD)],
        ["compare", str(samples / CV), str(bad)],
        ["text", str(bad)],
    ):
        process = subprocess.run(
            [sys.executable, "-m", "skillgap", *args], capture_output=True, text=True, timeout=120, check=False
        )
        assert process.returncode == code, (args, process.stderr)
        assert process.stderr.count("\n") == 1 and "Traceback" not in process.stderr
        assert words in process.stderr and process.stderr.startswith("skillgap: error: ")
        assert process.stdout == ""


def test_unwritable_output_is_a_clear_error(run, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["text", AD, "-o", str(tmp_path / "no" / "such" / "dir" / "out.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_a_reader_that_goes_away_is_no_error(samples: Path, output_format: str) -> None:
    """`skillgap ... | head -1`: no traceback, no error message, exit 0. The output (about 170 kB, plain and
    as rich tables) is larger than a pipe holds, so the writer does meet the closed pipe."""
    files = sorted(str(path) for path in (samples / "ads").iterdir())
    process = subprocess.Popen(
        [sys.executable, "-m", "skillgap", "extract", *files, "--format", output_format],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stdout.readline()
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0 and stderr == b""
