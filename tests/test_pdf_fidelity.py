"""PDF reading fidelity: reading order (columns, sidebars, tables), words neither fused nor broken, clean text.

The corpus part measures every real template CV in ../shared/corpus/cv_pdfs against its source with
benchmarks/pdf_fidelity.py (thresholds there). The synthetic part builds pages glyph by glyph, the way pdfplumber
reports them, to pin each layout mechanism down on layouts the corpus does not have.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from skillgap.documents import read_document
from skillgap.documents.model import Document
from skillgap.documents.pdf import lines_from_pages

REPO = Path(__file__).resolve().parents[1]
PAGE_HEIGHT = 842.0


def _benchmark():
    name = "skillgap_pdf_fidelity_benchmark"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / "pdf_fidelity.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# ---------------------------------------------------------------------------------------------------------------
# The corpus of real template CVs


@pytest.fixture(scope="module")
def fidelity(corpus: Path) -> list:
    bench = _benchmark()
    pairs = bench.corpus_pairs(corpus)
    assert len(pairs) >= 8, "every corpus PDF has its source beside it"
    return [bench.measure(pdf, source) for pdf, source in pairs]


def test_extracted_words_occur_in_the_source(fidelity: list) -> None:
    bench = _benchmark()
    low = {r.name: f"{r.found_share:.1%} ({sorted(set(r.missing))[:20]})" for r in fidelity}
    assert all(r.found_share >= bench.MIN_FOUND_SHARE for r in fidelity), low


def test_no_fused_words(fidelity: list) -> None:
    bench = _benchmark()
    fused = {r.name: (f"{r.fused_share:.2%}", sorted(set(r.fused))[:10]) for r in fidelity if r.fused}
    assert all(r.fused_share <= bench.MAX_FUSED_SHARE for r in fidelity), fused


def test_columns_are_not_interleaved(fidelity: list) -> None:
    bench = _benchmark()
    interleaved = {r.name: r.interleaved_lines[:5] for r in fidelity if r.interleaved_lines}
    assert all(len(r.interleaved_lines) <= bench.MAX_INTERLEAVED_LINES for r in fidelity), interleaved
    split = {r.name: r.split_source_lines[:5] for r in fidelity if r.split_source_lines}
    assert all(len(r.split_source_lines) <= bench.MAX_SPLIT_SOURCE_LINES for r in fidelity), split


def test_corpus_text_is_clean(corpus: Path) -> None:
    """No icon glyphs, unmapped glyphs, soft hyphens or ligatures reach the text; headings and pages stay."""
    for pdf in sorted((corpus / "cv_pdfs").rglob("*.pdf")):
        document = read_document(pdf)
        text = document.text
        assert "(cid:" not in text, pdf
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text), pdf
        assert "\u00ad" not in text and not any(c in text for c in "ﬀﬁﬂﬃﬄ"), pdf
        assert all(line.strip() == line and line for line in text.split("\n")), pdf
        assert any(line.is_heading and line.section != "other" for line in document.lines), pdf


def test_two_column_template_reads_column_after_column(corpus: Path) -> None:
    """altacv: the left column (experience ... a day of my life) comes whole before the right one."""
    document = read_document(corpus / "cv_pdfs" / "altacv" / "sample.pdf")
    lines = document.text.split("\n")
    left = [lines.index(t) for t in ("EXPERIENCE", "PROJECTS", "A DAY OF MY LIFE")]
    right = [lines.index(t) for t in ("MY LIFE PHILOSOPHY", "STRENGTHS", "EDUCATION")]
    assert max(left) < min(right)
    assert "• Job description 1" in lines and "more details about it of course" in lines


def test_sidebar_template_reads_sidebar_then_body(corpus: Path) -> None:
    document = read_document(corpus / "cv_pdfs" / "twenty-seconds-cv" / "Twenty-Seconds_cv.pdf")
    lines = document.text.split("\n")
    assert lines.index("understanding of the world.") < lines.index("interests")
    assert "1865 Chapter One, Down the Rabbit Hole." in lines  # a year column stays beside its entry
    assert "herself in a strange world ruled by imagination" in lines  # "imag-" + "ination" joined


def test_tight_luatex_spacing_and_footers(corpus: Path) -> None:
    document = read_document(corpus / "cv_pdfs" / "awesome-cv" / "resume.pdf")
    assert "infrastructure operations, and security engineering" in document.text
    assert "evaluating Istio, Cilium, Kuma, Consul," in document.text  # "Con-" + "sul" across lines
    assert "Résumé" not in document.text  # the running footer "date · name · Résumé · page" is gone
    assert document.pages == 3


# ---------------------------------------------------------------------------------------------------------------
# Synthetic pages, glyph by glyph


def glyphs(
    text: str,
    x: float,
    baseline: float,
    *,
    size: float = 10.0,
    font: str = "ABCDEF+Helvetica",
    advance: float = 0.5,
    letter_gap: float = 0.0,
    word_gap: float | None = None,
) -> list[dict]:
    """pdfplumber-like chars of `text` from `x` on `baseline`: glyphs `advance` em wide, `letter_gap` em apart. A
    space is a space glyph when `word_gap` is None, else only a gap of `word_gap` em (as TeX writes spaces)."""
    chars = []
    position = x
    for char in text:
        if char == " " and word_gap is not None:
            position += (word_gap - letter_gap) * size
            continue
        top = baseline - 0.8 * size
        width = advance * size
        chars.append(
            {
                "text": char,
                "x0": position,
                "x1": position + width,
                "top": top,
                "bottom": baseline + 0.2 * size,
                "y1": PAGE_HEIGHT - top,
                "matrix": (1.0, 0.0, 0.0, 1.0, position, PAGE_HEIGHT - baseline),
                "size": size,
                "fontname": font,
                "upright": True,
            }
        )
        position += width + letter_gap * size
    return chars


def read(*pages: Sequence[dict]) -> Document:
    return Document.from_lines("synthetic.pdf", "pdf", lines_from_pages([(page, PAGE_HEIGHT) for page in pages]))


def texts(*pages: Sequence[dict]) -> list[str]:
    return read(*pages).text.split("\n")


def test_words_stay_apart_at_tight_spacing_without_space_glyphs() -> None:
    line = "infrastructure operations, and security engineering"
    assert texts(glyphs(line, 40, 100, word_gap=0.14, letter_gap=-0.02)) == [line]
    assert texts(glyphs(line, 40, 100)) == [line]  # with space glyphs (Typst, Word)


def test_letter_spaced_words_stay_whole() -> None:
    assert texts(glyphs("Work Experience", 40, 100, letter_gap=0.2, word_gap=0.7)) == ["Work Experience"]
    # A heading whose first letters are set apart (a coloured prefix): 0.10 em is not a word space.
    heading = glyphs("edu", 40, 100, size=17) + glyphs("cation", 40 + 3 * 8.5 + 1.7, 100, size=17)
    assert texts(heading) == ["education"]


def _column(lines: Sequence[str], x: float, first_baseline: float, leading: float, **style) -> list[dict]:
    return [c for i, text in enumerate(lines) for c in glyphs(text, x, first_baseline + i * leading, **style)]


LEFT = [f"left {word} line about data pipelines" for word in ("one", "two", "three", "four", "five", "six")]
RIGHT = [f"right {word} item" for word in ("one", "two", "three", "four", "five")]


def test_two_columns_below_a_header_are_read_one_after_the_other() -> None:
    page = (
        glyphs("Jane Doe Data Engineer jane@example.com Manchester United Kingdom", 40, 60)
        + _column(LEFT, 40, 100, 12)
        + _column(RIGHT, 330, 104, 15)
    )
    assert texts(page) == ["Jane Doe Data Engineer jane@example.com Manchester United Kingdom", *LEFT, *RIGHT]


def test_sidebar_is_read_before_the_body() -> None:
    sidebar = ["Contact", "jane@example.com", "Skills", "Python", "SQL", "Docker"]
    body = [f"Body paragraph line {n} with a long sentence about a project" for n in range(1, 8)]
    page = _column(sidebar, 20, 90, 11, size=9) + _column(body, 180, 93, 13)
    assert texts(page) == [*sidebar, *body]


def test_columns_on_one_baseline_grid_are_still_columns() -> None:
    left = [f"left column text line number {n} wide" for n in range(1, 7)]
    right = [f"right column text line number {n} wide" for n in range(1, 7)]
    assert texts(_column(left, 40, 100, 12) + _column(right, 330, 100, 12)) == [*left, *right]


def test_table_rows_stay_together() -> None:
    """A date column beside job titles shares their baselines: it is read row by row."""
    page: list[dict] = []
    expected = []
    for n, baseline in enumerate((100, 150, 200)):
        page += glyphs(f"Data Engineer {n}", 40, baseline) + glyphs(f"Jan 201{n} – Dec 201{n}", 480, baseline)
        page += glyphs("• Built pipelines in Python", 40, baseline + 12) + glyphs("• Ran Postgres", 40, baseline + 24)
        expected += [f"Data Engineer {n} Jan 201{n} – Dec 201{n}", "• Built pipelines in Python", "• Ran Postgres"]
    assert texts(page) == expected


def test_year_column_rows_stay_together() -> None:
    page = [
        c
        for n in range(6)
        for c in glyphs(f"201{n}", 40, 100 + 12 * n) + glyphs(f"Award {n} for work", 90, 100 + 12 * n)
    ]
    assert texts(page) == [f"201{n} Award {n} for work" for n in range(6)]


def test_running_headers_footers_and_page_numbers_are_removed() -> None:
    pages = [
        glyphs("Jane Doe - Curriculum Vitae", 40, 30)
        + _column([f"Page {n} body text about Kubernetes", f"more text {n}"], 40, 200, 12)
        + glyphs(f"Page {n} of 3", 280, 815)
        for n in (1, 2, 3)
    ]
    assert texts(*pages) == [t for n in (1, 2, 3) for t in (f"Page {n} body text about Kubernetes", f"more text {n}")]
    single = _column(["Skills", "Python and SQL", "2020"], 40, 200, 12) + glyphs("1", 300, 815)
    assert texts(single) == ["Skills", "Python and SQL", "2020"]


def test_icons_and_unmapped_glyphs_are_dropped() -> None:
    page = (
        glyphs("@", 40, 100, font="XYZ+FontAwesome5Free-Solid")
        + glyphs("jane@example.com", 52, 100)
        + [dict(glyphs("x", 200, 100)[0], text="(cid:131)")]
        + glyphs("07700 900123", 212, 100)
        + glyphs("\uf0e0", 320, 100, font="XYZ+Lato")
        + glyphs("github.com/jane", 332, 100)
    )
    assert texts(page) == ["jane@example.com 07700 900123 github.com/jane"]


def test_symbol_font_bullets_start_lines() -> None:
    page = glyphs("\uf0b7", 40, 100, font="Symbol") + glyphs("Python and SQL", 55, 100)
    page += glyphs("Phone", 40, 112) + glyphs("\uf028", 75, 112, font="Wingdings") + glyphs("07700", 90, 112)
    assert texts(page) == ["• Python and SQL", "Phone 07700"]


def test_ligatures_soft_hyphens_and_hyphenation() -> None:
    page = _column(
        [
            "ﬁnance and workﬂow teams, high\u00adimpact",
            "change manage\u00ad",
            "ment of data teams as Co-",
            "founder of a start-",
            "Up in Leeds",
        ],
        40,
        100,
        12,
    )
    assert texts(page) == [
        "finance and workflow teams, high-impact",
        "change management",
        "of data teams as Co-",
        "founder of a start-",
        "Up in Leeds",
    ]


def test_hyphenation_joins_across_a_table_row() -> None:
    """A broken word whose line ends beside a date column continues in the line below it."""
    page = (
        glyphs("Research Intern, NVIDIA", 40, 100)
        + glyphs("May 2022", 480, 100)
        + glyphs("• Built a framework for language mod-", 40, 112)
        + glyphs("4 months", 480, 112)
        + glyphs("eling on GPUs", 50, 124)
        + glyphs("Data Engineer, Acme", 40, 150)
        + glyphs("June 2020", 480, 150)
        + glyphs("• Ran Spark jobs", 40, 162)
    )
    assert texts(page) == [
        "Research Intern, NVIDIA May 2022",
        "• Built a framework for language modeling 4 months",
        "on GPUs",
        "Data Engineer, Acme June 2020",
        "• Ran Spark jobs",
    ]


def test_superscripts_stay_in_their_word() -> None:
    page = (
        glyphs("Won 1", 40, 100) + glyphs("st", 40 + 5 * 5, 96, size=6) + glyphs(" place in 2019", 40 + 5 * 5 + 6, 100)
    )
    assert texts(page) == ["Won 1st place in 2019"]


def test_section_headings_by_size_and_job_titles_below_them() -> None:
    page = (
        glyphs("Jane Doe", 40, 60, size=24)
        + glyphs("Experience", 40, 100, size=16)
        + glyphs("Senior Data Engineer", 40, 125, size=12)
        + _column(["Built ETL pipelines in Python", "Ran Kubernetes clusters"], 40, 140, 12)
        + glyphs("Volunteering Abroad", 40, 180, size=16)
        + glyphs("Taught coding", 40, 200)
    )
    document = read(page)
    section = {document.line_text(line): (line.section, line.is_heading) for line in document.lines}
    assert section["Senior Data Engineer"] == ("experience", False)
    assert section["Built ETL pipelines in Python"] == ("experience", False)
    assert section["Volunteering Abroad"] == ("other", True)  # a styled heading of a name skillgap does not know
    assert section["Taught coding"] == ("other", False)


def test_styled_lines_are_headings_when_no_known_name_calibrates_them() -> None:
    document = read(glyphs("Profile Overview", 40, 60, size=16) + glyphs("I build data pipelines in Python", 40, 90))
    assert [line.is_heading for line in document.lines] == [True, False]


# ---------------------------------------------------------------------------------------------------------------
# Real PDF files (fpdf2, core fonts): the same mechanisms through pdfplumber


def test_two_column_pdf_file(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(40, 60, "Jane Doe, Data Engineer, Manchester, jane@example.com, 07700 900123")
    for n, text in enumerate(LEFT):
        pdf.text(40, 100 + 12 * n, text)
    for n, text in enumerate(RIGHT):
        pdf.text(330, 105 + 15 * n, text)
    for page in (2, 3):
        pdf.add_page()
        pdf.text(40, 100, f"Page {page} text about Terraform")
    for page in range(1, 4):
        pdf.page = page
        pdf.text(280, 815, f"Page {page} of 3")
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    lines = read_document(path).text.split("\n")
    assert lines == [
        "Jane Doe, Data Engineer, Manchester, jane@example.com, 07700 900123",
        *LEFT,
        *RIGHT,
        "Page 2 text about Terraform",
        "Page 3 text about Terraform",
    ]


def test_bullets_set_off_the_baseline_start_their_lines() -> None:
    page = glyphs("•", 40, 97, size=6) + glyphs("Built pipelines in Python", 52, 100)
    page += glyphs("▪", 40, 109, size=14) + glyphs("Ran Kubernetes", 55, 112)
    assert texts(page) == ["• Built pipelines in Python", "▪ Ran Kubernetes"]


def test_blocks_stacked_beside_a_gap_are_not_columns() -> None:
    """A contact block right of the name, above a short skills list: the gap beside both splits no columns."""
    contact = ["jane@example.com", "07700 900222", "London, UK", "github.com/jane"]
    page = glyphs("Jane Doe", 40, 50, size=20)
    page += [c for n, text in enumerate(contact) for c in glyphs(text, 560 - 5 * len(text), 62 + 10 * n, size=9)]
    page += _column(["Skills", "Python", "SQL", "Airflow", "dbt", "Terraform"], 400, 110, 12)
    assert texts(page) == ["Jane Doe", *contact, "Skills", "Python", "SQL", "Airflow", "dbt", "Terraform"]


def test_headings_in_the_style_of_known_ones_open_sections(tmp_path: Path) -> None:
    """A bold capitalised heading with a name skillgap does not know ("MOUNTAINEERING") is set like "EXPERIENCE":
    it opens a section of its own, so its lines are not filed under Experience. A bold line in another style
    (an employer in smaller bold type) opens nothing."""
    from fpdf import FPDF

    from skillgap.documents import read_document

    pdf = FPDF()
    pdf.add_page()
    for text, style, size in [
        ("EXPERIENCE", "B", 11),
        ("ACME LOGISTICS LTD", "B", 9),
        ("Built data pipelines in Python.", "", 11),
        ("MOUNTAINEERING", "B", 11),
        ("Coached a youth football team.", "", 11),
    ]:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.cell(w=0, h=8, text=text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    document = read_document(path)
    by_text = {document.line_text(line): line for line in document.lines}
    assert by_text["EXPERIENCE"].is_heading and by_text["MOUNTAINEERING"].is_heading
    assert not by_text["ACME LOGISTICS LTD"].is_heading
    assert by_text["Built data pipelines in Python."].section == "experience"
    assert by_text["Coached a youth football team."].section == "other"
