"""Mutation fuzzing of the readers: damaged files must end in a SkillgapError (one line, an exit code), never
in another exception, and never hang.

Valid PDF, DOCX, HTML and text files are generated here, then mutated with a fixed seed: bits flipped, the end
cut off, chunks inserted, deleted, duplicated or zeroed, numbers replaced by absurd ones, markup inserted, and
(for DOCX) the XML inside the ZIP damaged. Every case is reproducible on its own: case i of a format uses the
random generator seeded with f"{SEED}{suffix}-{i}" (suffix ".pdf", ".docx", ".html" or ".txt").
"""

from __future__ import annotations

import contextlib
import datetime
import io
import random
import re
import signal
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from skillgap.documents import read_document
from skillgap.errors import EXIT_CODE_MEANINGS, ExitCode, SkillgapError
from tests.test_docx_textboxes import _anchor, _word_text_box
from tests.test_html import JOB_AD_PAGE

SEED = 20240501
CASES = {".pdf": 1500, ".docx": 1000, ".html": 1000, ".txt": 800}  # 4,300 mutated inputs
SECONDS_PER_INPUT = 10  # far above the few milliseconds each takes: only a hang trips it


# Valid inputs -----------------------------------------------------------------------------------------------


def _pdf(*, compress: bool) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    pdf.set_compression(compress)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=16)
    pdf.cell(w=0, h=10, text="Jordan Lee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=13)
    pdf.cell(w=0, h=8, text="Key Skills", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in ("- Python, SQL and Apache Spark", "- Kubernetes and Terraform", "- Stakeholder management"):
        pdf.cell(w=0, h=7, text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", size=13)
    pdf.cell(w=0, h=8, text="Experience", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(w=0, h=6, text="Data engineer at Acme, 2019-2024. Built streaming pipelines in Kafka and Flink.")
    return bytes(pdf.output())


def _repacked(data: bytes) -> bytes:
    """The same ZIP with fixed timestamps, so that the seed file is identical on every run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def _docx() -> bytes:
    word = docx.Document()
    word.core_properties.created = word.core_properties.modified = datetime.datetime(2024, 1, 1)
    word.add_heading("Jordan Lee", level=1)
    summary = word.add_paragraph("Data engineer in London.")
    _anchor(summary, _word_text_box(["Key Skills", "Python, SQL"]))
    word.add_heading("Skills", level=2)
    for skill in ("Apache Spark", "Kubernetes"):
        word.add_paragraph(skill, style="List Bullet")
    table = word.add_table(rows=2, cols=2)
    for row, (name, level) in enumerate((("Python", "expert"), ("German", "fluent"))):
        table.cell(row, 0).text = name
        table.cell(row, 1).text = level
    buffer = io.BytesIO()
    word.save(buffer)
    return _repacked(buffer.getvalue())


_SMALL_PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Chef</title></head>
<body><nav><a href="/">Home</a></nav><main><article><header><h1>Chef de partie – Café Lumière</h1></header>
<h2>What you'll bring</h2><ul><li>Food hygiene level 2<li>Pastry &amp; sauces</ul><p>Pay: £28,000</p>
</article></main><footer>© Café</footer></body></html>"""

_TEXT = """Data Analyst
Requirements:
• SQL and Python (pandas)
• Power BI or Tableau – dashboards for stakeholders
Nice to have: dbt, Snowflake, A/B testing
Benefits: 25 days’ holiday, café on site
"""


@cache
def _valid_inputs() -> dict[str, list[bytes]]:
    return {
        ".pdf": [_pdf(compress=True), _pdf(compress=False)],
        ".docx": [_docx()],
        ".html": [JOB_AD_PAGE.encode("utf-8"), _SMALL_PAGE.encode("cp1252")],
        ".txt": [_TEXT.encode("utf-8"), _TEXT.encode("utf-16"), _TEXT.encode("cp1252", errors="replace")],
    }


# Mutations --------------------------------------------------------------------------------------------------

_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
_ABSURD_NUMBERS = (b"0", b"-1", b"999999999", b"2147483648", b"-99999999999999999999", b"1e308", b"0.0000001")


def _flip_bits(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def _truncate(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(len(data)) :]


def _insert_chunk(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data) + 1)
    data[at:at] = rng.randbytes(rng.randint(1, 64))


def _delete_chunk(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data))
    del data[at : at + rng.randint(1, 256)]


def _duplicate_region(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    region = data[start : start + rng.randint(1, 512)]
    at = rng.randrange(len(data) + 1)
    data[at:at] = region


def _zero_range(data: bytearray, rng: random.Random) -> None:
    at = rng.randrange(len(data))
    length = min(rng.randint(1, 128), len(data) - at)
    data[at : at + length] = bytes(length)


def _replace_number(data: bytearray, rng: random.Random) -> None:
    numbers = list(_NUMBER.finditer(data))
    if numbers:
        match = rng.choice(numbers)
        data[match.start() : match.end()] = rng.choice(_ABSURD_NUMBERS)


# fmt: off
_MARKUP = tuple(
    token.encode()
    for token in (
        "<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<table>", "<tr>", "<td>", "</table>", "<br/>",
        "<main>", "</main>", "<article>", "<nav>", "<header>", "<h1>", "</h2>", "<pre>", "<form>", "<script>",
        "</script>", "<style>", "<!--", "-->", "<![", "]]>", "<![if !IE]>", "<!DOCTYPE html [", "<?xml ", "<", ">",
        "</", "&", "&#", "&#x", "&amp", "&nbsp;", '"', "'", " class='cookie-banner'", " hidden", " role=main",
        " aria-hidden=true", " style='display:none'", "<meta charset='utf-16'>", "<meta charset=bogus>",
    )
)
# fmt: on


def _insert_markup(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(data) + 1)
        data[at:at] = rng.choice(_MARKUP)


_MUTATIONS: tuple[Callable[[bytearray, random.Random], None], ...] = (
    _flip_bits,
    _truncate,
    _insert_chunk,
    _delete_chunk,
    _duplicate_region,
    _zero_range,
    _replace_number,
    _insert_markup,
)


def _mutated(data: bytes, rng: random.Random) -> bytes:
    result = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not result:
            result += rng.randbytes(1)
        rng.choice(_MUTATIONS)(result, rng)
    return bytes(result)


def _mutated_docx_part(data: bytes, rng: random.Random) -> bytes:
    """A well-formed ZIP whose XML inside is damaged: what the ZIP layer lets through to python-docx and lxml."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = [info.filename for info in source.infolist()]
    victim = rng.choice([name for name in names if name.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            fixed = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            target.writestr(fixed, _mutated(content, rng) if name == victim else content)
    return out.getvalue()


def _cases(suffix: str, count: int) -> Iterator[tuple[int, bytes]]:
    valid = _valid_inputs()[suffix]
    for index in range(count):
        rng = random.Random(f"{SEED}{suffix}-{index}")
        original = rng.choice(valid)
        if suffix == ".docx" and index % 2:
            yield index, _mutated_docx_part(original, rng)
        else:
            yield index, _mutated(original, rng)


# The checks -------------------------------------------------------------------------------------------------


class _Hang(BaseException):  # a BaseException, so that no reader's `except Exception` swallows it
    pass


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    # Then again every second: cleanup code on the way out (pdfplumber's close() lists the pages again) can
    # meet the same endless loop.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _outcome(path: Path) -> str:
    """The SkillgapError's class name, or "ok"; anything else is a failure description, prefixed "FAIL"."""
    try:
        with _time_limit(SECONDS_PER_INPUT):
            document = read_document(path)
    except _Hang:
        return f"FAIL: no result after {SECONDS_PER_INPUT} s"
    except SkillgapError as error:
        if "\n" in str(error) or error.exit_code in (ExitCode.OK, ExitCode.INTERNAL):
            return f"FAIL: {type(error).__name__} with exit code {int(error.exit_code)}: {error!s}"
        return type(error).__name__
    except Exception as error:
        return f"FAIL: {type(error).__name__}: {error}"
    if document.is_blank or any("\n" in document.line_text(line) for line in document.lines):
        return "FAIL: a blank document or a line with a line break"
    return "ok"


@pytest.mark.parametrize("suffix", list(CASES))
def test_mutated_inputs_end_in_skillgap_errors(tmp_path: Path, suffix: str) -> None:
    failures: list[str] = []
    outcomes: dict[str, int] = {}
    path = tmp_path / f"input{suffix}"
    for index, data in _cases(suffix, CASES[suffix]):
        path.write_bytes(data)
        outcome = _outcome(path)
        outcomes[outcome.split(":")[0]] = outcomes.get(outcome.split(":")[0], 0) + 1
        if outcome.startswith("FAIL"):
            kept = tmp_path / f"failure-{index}{suffix}"
            kept.write_bytes(data)
            failures.append(f"case {index} ({kept}): {outcome}")
    assert not failures, f"{len(failures)} of {CASES[suffix]} {suffix} inputs failed:\n" + "\n".join(failures[:10])
    # The mutations reach past the first check: some inputs still read, others fail in the parsers.
    assert outcomes.get("ok", 0) > 0 and len(outcomes) >= 3, outcomes


def test_at_least_two_thousand_inputs() -> None:
    assert sum(CASES.values()) >= 2000


def test_mutations_are_deterministic() -> None:
    for suffix in CASES:
        assert list(_cases(suffix, 20)) == list(_cases(suffix, 20))


def test_cli_on_mutated_files_is_one_line_and_a_documented_code(tmp_path: Path) -> None:
    """Mutated files that fail, through the real command: stderr holds one line, no traceback."""
    chosen: list[tuple[Path, ExitCode]] = []
    for suffix in CASES:  # per format, the first two failures with different exit codes
        codes: set[ExitCode] = set()
        for index, data in _cases(suffix, 300):
            path = tmp_path / f"mutated-{index}{suffix}"
            path.write_bytes(data)
            try:
                read_document(path)
            except SkillgapError as error:
                if error.exit_code not in codes:
                    codes.add(error.exit_code)
                    chosen.append((path, error.exit_code))
            if len(codes) == 2:
                break
    assert len(chosen) >= 6
    command = [sys.executable, "-m", "skillgap", "text"]
    running = [
        (path, code, subprocess.Popen([*command, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        for path, code in chosen
    ]
    for path, code, process in running:
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == code and code in EXIT_CODE_MEANINGS and code != ExitCode.OK, (path, stderr)
        assert stderr.startswith("skillgap: error: ") and stderr.count("\n") == 1, (path, stderr)
        assert "Traceback" not in stderr and stdout == "", (path, stderr)


def _pdf_with_objects(bodies: list[bytes]) -> bytes:
    """A PDF whose object i+1 is bodies[i] and whose catalog is object 1, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize(
    "bodies",
    [
        [b"1 0 R"],  # an object that is a reference to itself: pdfminer looped forever on it
        [b"2 0 R", b"3 0 R", b"2 0 R"],  # a longer ring
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"2 0 R"],  # the ring further in, at the page tree
    ],
)
def test_pdf_reference_cycles_end(tmp_path: Path, bodies: list[bytes]) -> None:
    path = tmp_path / "ring.pdf"
    path.write_bytes(_pdf_with_objects(bodies))
    assert _outcome(path) in ("CorruptFileError", "NoTextLayerError")
