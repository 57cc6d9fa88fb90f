"""The reading stage: file -> Document, for every format, and every kind of bad input."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.documents import read_document, read_text
from skillgap.documents.sections import heading_of
from skillgap.errors import (
    CorruptFileError,
    DecodeError,
    EmptyDocumentError,
    EncryptedFileError,
    ExitCode,
    InputNotFoundError,
    NoTextLayerError,
    SkillgapError,
    UnsupportedFormatError,
    WrongContentError,
)
from tests.pdf_fixtures import encrypted_pdf, imageonly_pdf, simple_pdf

AD = """Senior Data Engineer
About us
We are a Snowflake partner in Leeds.

What we're looking for (essential)
- Python and SQL
- Docker

Nice to have:
- Terraform

Benefits
- Cycle to work scheme
"""


def test_plain_text_lines_index_the_text_exactly() -> None:
    text = "First line\r\nSecond line\n\nFourth — line with ünïcode\rFifth"
    document = read_text(text.encode("utf-8"), "a.txt")
    assert document.text == text
    assert [document.line_text(line) for line in document.lines] == [
        "First line",
        "Second line",
        "",
        "Fourth — line with ünïcode",
        "Fifth",
    ]
    assert [line.number for line in document.lines] == [1, 2, 3, 4, 5]
    for line in document.lines:
        assert document.line_at(line.start) == line
        assert "\n" not in document.line_text(line) and "\r" not in document.line_text(line)


@given(st.text(alphabet=st.sampled_from("ab \n\r\t—é•"), max_size=200))
@settings(max_examples=300, deadline=None)
def test_lines_cover_every_character_and_line_at_agrees(text: str) -> None:
    document = read_text(text, "x.txt")
    for line in document.lines:
        assert 0 <= line.start <= line.end <= len(text)
        for offset in range(line.start, line.end):
            assert document.line_at(offset) == line
    starts = [line.start for line in document.lines]
    assert starts == sorted(starts)


def test_ad_sections_follow_headings() -> None:
    document = read_text(AD, "ad.txt")
    section_of = {document.line_text(line).strip(): line.section for line in document.lines}
    assert section_of["We are a Snowflake partner in Leeds."] == "about_company"
    assert section_of["- Python and SQL"] == "requirements"
    assert section_of["- Terraform"] == "preferred"
    assert section_of["- Cycle to work scheme"] == "benefits"
    headings = [document.line_text(line) for line in document.lines if line.is_heading]
    assert headings == ["About us", "What we're looking for (essential)", "Nice to have:", "Benefits"]


@pytest.mark.parametrize(
    ("line", "markdown", "expected"),
    [
        ("SKILLS", False, "skills"),
        ("Work Experience", False, "experience"),
        ("Key requirements:", False, "requirements"),
        ("Bonus points if you have:", False, "preferred"),
        ("## What you'll do", True, "responsibilities"),
        ("**Desirable**", True, "preferred"),
        ("About Brightwater", False, None),  # not a heading by form: a sentence-like line without a colon
        ("About the Institute", False, "about_company"),  # but "About the <organisation>" is one by its words
        ("About our practice", False, "about_company"),
        ("About the role", False, "role"),
        ("What would make you stand out", False, "preferred"),
        ("Good to have:", False, "preferred"),
        ("Need:", False, "requirements"),
        ("What we're asking for:", False, "requirements"),
        ("Hard requirements 👇", False, "requirements"),  # an arrow down leads into a list as a colon does
        ("Would be a bonus ⬇", False, "preferred"),
        ("Would be a bonus", False, None),
        ("Key skills required", False, "requirements"),
        # what the person will do or will have: duties may follow the first, requirements the second
        ("The successful candidate will:", False, None),
        ("The successful candidate will have:", False, "requirements"),
        ("What we ask", False, "requirements"),
        ("Basic Qualifications", False, "requirements"),
        ("Skills & Experience Required", False, "requirements"),
        ("Essentials:", False, "requirements"),
        ("Main duties of the job", False, "responsibilities"),
        ("Staff benefits", False, "benefits"),
        ("ACME TECHNOLOGIES LTD", False, None),  # capitals alone do not make an employer name a section
        ("I have five years of experience in Python.", False, None),
        # The terms of a job are no list of experience.
        ("Employment conditions:", False, None),
        ("Terms of employment:", False, None),
        ("Employment history", False, "experience"),
        # Two known headings joined: the first says what it is, unless the other gives a level.
        ("QUALIFICATIONS & TRAINING", False, "qualifications"),
        ("Certifications and Memberships", False, "certifications"),
        ("Skills & requirements", False, "requirements"),
        ("Fish and Chips", False, None),
        # A CV's heading in capitals that ends in a section's name; not a name or a title in capitals.
        ("COACHING EXPERIENCE", False, "experience"),
        ("KEY ACHIEVEMENTS", False, "awards"),
        ("JORDAN ASANTE", False, None),
        ("FOOTBALL COACH", False, None),
        ("Coaching Experience", False, None),
        # Who is sought, what the job gives, the job's mission, the employer's culture, applying.
        ("Who we're looking for", False, "requirements"),
        ("WHO WE ARE LOOKING FOR", False, "requirements"),
        ("Who are we looking for?", False, "requirements"),
        ("What awaits you", False, "benefits"),
        ("Your mission", False, "responsibilities"),
        ("Our culture", False, "about_company"),
        ("What we do", False, "about_company"),
        ("Application procedure", False, "how_to_apply"),
        # A job board's seniority field is no list of experience.
        ("Experience level:", False, "other"),
    ],
)
def test_heading_recognition(line: str, markdown: bool, expected: str | None) -> None:
    assert heading_of(line, markdown=markdown) == expected


def test_markdown_headings(tmp_path: Path) -> None:
    path = tmp_path / "profile.md"
    path.write_text("# Welcome Priya\n\nShe joins us.\n\n## Skills\n- Python\n", encoding="utf-8")
    document = read_document(path)
    assert document.format == "md"
    assert document.lines[-1].section == "skills"
    assert document.text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_text_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = "Café manager – Python, SQL and “Excel” skills\nSecond line\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_utf16_without_bom_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("Kubernetes and Docker\n".encode("utf-16-le"))
    assert not path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    assert read_document(path).text == "Kubernetes and Docker\n"


def test_sample_cv_pdf_has_pages_sections_and_lines(samples: Path) -> None:
    document = read_document(samples / "cv" / "jordan_lee_cv.pdf")
    assert document.format == "pdf"
    assert document.pages == 2
    assert {line.page for line in document.lines} == {1, 2}
    sections = {line.section for line in document.lines}
    assert {"summary", "skills", "experience", "education"} <= sections
    skills_lines = [document.line_text(line) for line in document.lines if line.section == "skills"]
    assert any("Postgres" in text for text in skills_lines)
    for line in document.lines:  # lines are joined by exactly one newline
        assert document.text[line.end : line.end + 1] in ("\n", "")


def test_sample_cv_docx_reads_paragraphs_and_table(samples: Path) -> None:
    document = read_document(samples / "cv" / "jordan_lee_cv.docx")
    assert document.format == "docx"
    assert "Postgres" in document.text  # in the skills table
    assert "skills" in {line.section for line in document.lines}
    assert any(line.is_heading for line in document.lines)


def test_pdf_fixture_reads(tmp_path: Path) -> None:
    path = simple_pdf(tmp_path / "ok.pdf", ["SKILLS", "Python, SQL and Docker"])
    document = read_document(path)
    assert document.text.splitlines() == ["SKILLS", "Python, SQL and Docker"]
    assert document.lines[1].section == "skills"


def test_encrypted_pdf_needs_password(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "locked.pdf", "Python and SQL", password="secret")
    with pytest.raises(EncryptedFileError, match="--password"):
        read_document(path)
    with pytest.raises(EncryptedFileError, match="wrong"):
        read_document(path, password="nope")
    assert "Python and SQL" in read_document(path, password="secret").text


def test_pdf_without_text_layer_says_scanned(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError, match=r"scanned.*ocrmypdf"):
        read_document(imageonly_pdf(tmp_path / "scan.pdf"))


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    whole = simple_pdf(tmp_path / "whole.pdf", ["Python"]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CorruptFileError):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("cv.pdf", b"Just some text pretending to be a PDF", WrongContentError),
        ("cv.docx", b"Not a zip at all", WrongContentError),
        ("cv.txt", b"%PDF-1.7 binary", WrongContentError),
        ("cv.txt", b"PK\x03\x04 zip", WrongContentError),
        ("cv.txt", b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 50, WrongContentError),
        ("cv.txt", b"", EmptyDocumentError),
        ("cv.pdf", b"", EmptyDocumentError),
        ("cv.md", b"   \n\t\n", EmptyDocumentError),
        ("cv.doc", b"old word", UnsupportedFormatError),
        ("cv.odt", b"odt", UnsupportedFormatError),
        ("cv.txt", b"\xef\xbb\xbfvalid bom then \xff\xfe bad", DecodeError),
    ],
)
def test_bad_inputs_raise_clear_errors(tmp_path: Path, name: str, content: bytes, error: type) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        read_document(path)
    message = str(raised.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert raised.value.exit_code not in (ExitCode.OK, ExitCode.INTERNAL)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not word")
    with pytest.raises(CorruptFileError):
        read_document(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        read_document(tmp_path / "nope.pdf")
    with pytest.raises(InputNotFoundError, match="folder"):
        read_document(tmp_path)


@given(st.binary(max_size=400))
@settings(max_examples=300, deadline=None)
def test_random_bytes_never_escape_as_unexpected_errors(data: bytes) -> None:
    for suffix in (".txt", ".pdf", ".docx"):
        # Any outcome but a SkillgapError (the one-line, exit-coded kind) fails the test.
        with contextlib.suppress(SkillgapError):
            read_document(_write_temp(data, suffix))


_TEMP = Path(__import__("tempfile").mkdtemp(prefix="skillgap-fuzz-"))


def _write_temp(data: bytes, suffix: str) -> Path:
    path = _TEMP / f"input{suffix}"
    path.write_bytes(data)
    return path


def test_who_we_are_looking_for_opens_a_list_of_requirements_and_what_awaits_you_ends_it() -> None:
    document = read_text(
        "Job description\nWe build route-planning software.\nWho we are looking for\n3+ years of TypeScript\n"
        "WHAT AWAITS YOU\nSubsidised public transport ticket\n",
        "ad.txt",
    )
    sections = {document.text[line.start : line.end]: line.section for line in document.lines}
    assert sections["3+ years of TypeScript"] == "requirements"
    assert sections["Subsidised public transport ticket"] == "benefits"


@pytest.mark.parametrize("heading", ["We can offer you", "In return", "What we can offer you", "We offer"])
def test_offer_headings_open_benefits(heading: str) -> None:
    document = read_text(f"Desirable:\n- Phonics training\n\n{heading}\n- A dedicated mentor\n", "ad.txt")
    assert [line.section for line in document.lines if "mentor" in document.text[line.start : line.end]] == ["benefits"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A heading that lost its line break, inside a line of content: a label with a capital and a colon ...
        ("Teamplayer, strong communication skills Job benefits: free fruit, gym", [("Job benefits", "benefits")]),
        ("... in Go and Rust Company description: We build payment APIs", [("Company description", "about_company")]),
        # ... also where it opens a sentence, or asks its known question
        ("Python and SQL. What we offer: a pension", [("What we offer", "benefits")]),
        ("fluent English Why join us? Flexible hours", [("Why join us", "benefits")]),
        # ... or a known name in capitals, even after product names in capitals
        ("Kafka and Storm WHAT WE OFFER A diverse team", [("WHAT WE OFFER", "benefits")]),
        ("Redis AWS YOUR PROFILE Completed degree", [("YOUR PROFILE", "requirements")]),
        # A label of no section ends a section about the employer's offer, not a list of requirements.
        ("x Perks: free gym, cycle scheme Job type: Full-time", [("Perks", "benefits"), ("Job type", None)]),
        ("x Perks: free gym THE ROLE You will build", [("Perks", "benefits"), ("THE ROLE", None)]),
        # A field with its figure is no section: the text after it is not the offer.
        ("Technician Salary: £27,000 The lab studies cancer", []),
        ("x Your profile: Swift; Multithreading: GCD", [("Your profile", "requirements")]),
        # Not a heading: the line's own label, one word in capitals, a question of no known name, a label inside
        # parentheses, the last word of a longer label, lower-case words.
        ("Benefits: pension, gym", []),
        ("You MUST have Python; NICE guidance applies", []),
        ("Do you want to hear about our benefits? Read on", []),
        ("5 years of C# ( Advantage: .NET Core ) Solid OOP", []),
        ("Sound understanding of Technologies and Languages: Go, Python", []),
        ("We have two key requirements: Python and SQL", []),
        ("Preferred Qualifications: Experience with Workday Financials", []),  # the line's own label, whole
        ("DO YOU NEED PRINCE2? NO, BUT IT'S A BIG PLUS.", []),  # a sentence in capitals
        # In a run-on line, a known name in plain case between a word in lower case and one with a capital;
        # not inside a title in Title Case.
        (
            "Group Bookkeeper Salary: £30,000 About us We are a group of eight dental practices offering implants "
            "and whitening The role Managing the purchase ledger for all practices and preparing monthly reports "
            "Requirements Bookkeeping experience with Xero",
            [("About us", "about_company"), ("The role", None), ("Requirements", "requirements")],
        ),
        (
            "Payroll & Benefits Administrator Industry: Renewable Energy Company size: 201-500 people Location: "
            "Glasgow Job description Join our people team to run the monthly payroll for 400 colleagues",
            [],
        ),
        # "About the <organisation>", a heading by its words, also where a long line opens with it.
        (
            "About the department The Department of Bioinformatics and Data Mining combines strong computational "
            "skills with biological insights through the integrative analysis of internal and external biomedical data",
            [("About the department", "about_company")],
        ),
    ],
)
def test_headings_inside_a_line(line: str, expected: list[tuple[str, str | None]]) -> None:
    from skillgap.documents.sections import inline_headings

    found = inline_headings(line)
    assert [key for _, key in found] == [key for _, key in expected]
    for (start, _), (label, _) in zip(found, expected, strict=True):
        assert line[start:].startswith(label)


def test_a_heading_inside_a_line_opens_a_section_to_the_line_end() -> None:
    text = "Requirements\nStrong SQL and Python skills Job benefits: free gym, MacBook or Linux laptop\n- Python\n"
    document = read_text(text, "ad.txt")
    sql, gym, python = text.index("SQL"), text.index("gym"), text.index("- Python")
    assert [document.section_at(offset) for offset in (sql, gym, python)] == [
        "requirements",
        "benefits",
        "requirements",
    ]
    line = document.line_at(gym)
    assert line.section == "requirements"  # the line's own section, where it starts
    ranges = document.section_ranges()
    assert [(text[start:end], section) for start, end, section in ranges] == [
        ("Requirements", "requirements"),
        ("Strong SQL and Python skills ", "requirements"),
        ("Job benefits: free gym, MacBook or Linux laptop", "benefits"),
        ("- Python", "requirements"),
    ]


def test_a_kind_of_tools_over_a_list_heads_a_skills_list() -> None:
    document = read_text("Podcast Producer\nAudio software\n- Audition\n- Reaper\n", "cv.txt")
    assert [line.section for line in document.lines] == ["", "skills", "skills", "skills"]
    # Not over anything but a list: a degree's name in an Education section.
    document = read_text("Education\nBSc Information Systems\nFirst class honours\n", "cv.txt")
    assert [line.section for line in document.lines] == ["education"] * 3
