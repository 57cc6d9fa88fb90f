"""Input limits: --max-size (bytes of a file, or what a .docx unpacks to) and --max-pages (PDF pages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from fpdf import FPDF

from skillgap.cli import main
from skillgap.documents import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, MEGABYTE, read_document
from skillgap.errors import EXIT_CODE_MEANINGS, ExitCode, InputTooLargeError

AD = "We are hiring a data engineer: Python, SQL and Apache Spark.\n"


def _pages_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        for line, skill in enumerate(("Python", "SQL", "Apache Spark", "Kubernetes")):
            text = f"Page {number}, line {line}: {skill}, {number + line} years"
            pdf.cell(w=0, h=8, text=text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _text_file(path: Path, size: int) -> Path:
    path.write_text((AD * (size // len(AD) + 1))[:size], encoding="utf-8")
    return path


def test_defaults_and_exit_code() -> None:
    assert DEFAULT_MAX_BYTES == 20 * MEGABYTE and DEFAULT_MAX_PAGES == 50
    assert ExitCode.TOO_LARGE == 13 and InputTooLargeError.exit_code == ExitCode.TOO_LARGE
    assert "--max-size" in EXIT_CODE_MEANINGS[ExitCode.TOO_LARGE]


def test_file_size_limit(tmp_path: Path) -> None:
    path = _text_file(tmp_path / "ad.txt", 5000)
    assert read_document(path, max_bytes=5000).text.startswith("We are hiring")  # the limit itself is allowed
    with pytest.raises(InputTooLargeError) as raised:
        read_document(path, max_bytes=4999)
    message = str(raised.value)
    assert message.startswith(str(path)) and "--max-size" in message and "\n" not in message
    assert read_document(path, max_bytes=None).text  # None: no limit


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_size_limit_comes_before_reading(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"x" * 2000)  # not even a valid file: the size is checked first
    with pytest.raises(InputTooLargeError):
        read_document(path, max_bytes=1000)


def test_pdf_page_limit_is_checked_before_text_is_extracted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _pages_pdf(tmp_path / "cv.pdf", 3)
    assert read_document(path, max_pages=3).pages == 3
    assert read_document(path, max_pages=None).pages == 3

    import pdfplumber.page

    def no_extraction(self):
        raise AssertionError("text extracted before the page limit was checked")

    # Reading any page's characters is extracting text; the limit must refuse the file before that.
    monkeypatch.setattr(pdfplumber.page.Page, "chars", property(no_extraction))
    with pytest.raises(InputTooLargeError, match=r"3 pages, more than the limit of 2.*--max-pages"):
        read_document(path, max_pages=2)


def test_default_page_limit(tmp_path: Path) -> None:
    with pytest.raises(InputTooLargeError, match="51 pages"):
        read_document(_pages_pdf(tmp_path / "long.pdf", DEFAULT_MAX_PAGES + 1))


def test_page_limit_of_an_encrypted_pdf_uses_the_password(tmp_path: Path) -> None:
    from tests.pdf_fixtures import encrypted_pdf

    path = encrypted_pdf(tmp_path / "cv.pdf", "Python", password="pw")
    assert "Python" in read_document(path, password="pw", max_pages=1).text


def test_docx_counts_what_it_unpacks_to(tmp_path: Path) -> None:
    word = docx.Document()
    for _ in range(300):
        word.add_paragraph("Python and SQL " * 200)  # compresses to a small file
    path = tmp_path / "cv.docx"
    word.save(str(path))
    assert path.stat().st_size < 100_000
    with pytest.raises(InputTooLargeError, match="unpacks to"):
        read_document(path, max_bytes=500_000)
    assert read_document(path, max_bytes=5 * MEGABYTE).text.startswith("Python and SQL")


def test_cli_options_and_standard_input(tmp_path: Path) -> None:
    big = _text_file(tmp_path / "ad.txt", 3 * 1024)
    runner = CliRunner()
    ok = runner.invoke(main, ["text", str(big), "--max-size", "0.01"])  # 10 KB
    assert ok.exit_code == 0
    too_large = runner.invoke(main, ["text", str(big), "--max-size", "0.001"])
    assert too_large.exit_code == ExitCode.TOO_LARGE
    assert too_large.stderr.startswith("skillgap: error: ") and too_large.stderr.count("\n") == 1
    assert runner.invoke(main, ["text", str(big), "--max-size", "0"]).exit_code == 0  # 0: no limit
    assert runner.invoke(main, ["text", str(big), "--max-size", "-1"]).exit_code == ExitCode.USAGE
    pdf = _pages_pdf(tmp_path / "cv.pdf", 2)
    assert runner.invoke(main, ["text", str(pdf), "--max-pages", "1"]).exit_code == ExitCode.TOO_LARGE
    assert runner.invoke(main, ["text", str(pdf), "--max-pages", "0"]).exit_code == 0
    stdin = runner.invoke(main, ["text", "-", "--max-size", "0.001"], input=AD * 100)
    assert stdin.exit_code == ExitCode.TOO_LARGE and "<stdin>" in stdin.stderr
    help_text = runner.invoke(main, ["compare", "--help"]).output
    assert "--max-size MB" in help_text and "--max-pages N" in help_text


def test_extract_reports_a_too_large_file_and_goes_on(tmp_path: Path, mini_taxonomy_path: Path) -> None:
    small = _text_file(tmp_path / "small.txt", 200)
    big = _text_file(tmp_path / "big.txt", 5000)
    args = ["extract", str(small), str(big), "--max-size", "0.002", "--format", "json"]
    result = CliRunner().invoke(main, [*args, "--taxonomy", str(mini_taxonomy_path)])
    assert result.exit_code == ExitCode.PARTIAL
    assert result.stderr.count("\n") == 1 and "big.txt" in result.stderr and "--max-size" in result.stderr
    assert '"exit_code": 13' in result.output


@pytest.mark.parametrize("side", ["cv", "target", "text"])
def test_limit_errors_are_one_line_and_exit_13_from_a_real_process(tmp_path: Path, samples: Path, side: str) -> None:
    pdf = _pages_pdf(tmp_path / "long.pdf", 3)
    ad = samples / "targets" / "job_ad.txt"
    args = {
        "cv": ["compare", str(pdf), str(ad), "--max-pages", "2"],
        "target": ["compare", str(samples / "cv" / "jordan_lee_cv.pdf"), str(ad), "--max-size", "0.001"],
        "text": ["text", str(pdf), "--max-pages", "2"],
    }[side]
    process = subprocess.run(
        [sys.executable, "-m", "skillgap", *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert process.returncode == ExitCode.TOO_LARGE, process.stderr
    assert process.stderr.startswith("skillgap: error: ") and process.stderr.count("\n") == 1
    assert "Traceback" not in process.stderr and process.stdout == ""
