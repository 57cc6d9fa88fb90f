"""DOCX text boxes: read once each (Word stores a DrawingML copy and a VML fallback), after their anchor."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

from skillgap.documents import read_document

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box_paragraphs(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space='preserve'>{line}</w:t></w:r></w:p>" for line in lines)


def _drawing(lines: list[str]) -> str:
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="900000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Box"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{_box_paragraphs(lines)}'
        "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )


def _vml(lines: list[str]) -> str:
    return (
        '<w:pict><v:shape style="width:200pt;height:80pt"><v:textbox><w:txbxContent>'
        f"{_box_paragraphs(lines)}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )


def _word_text_box(lines: list[str]) -> str:
    """A text box as Word 2010+ saves it: DrawingML, with the same box in VML as the fallback."""
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps">{_drawing(lines)}</mc:Choice>'
        f"<mc:Fallback>{_vml(lines)}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _vml_text_box(lines: list[str]) -> str:
    """A text box as older Word versions save it: VML only."""
    return f"<w:r {_NS}>{_vml(lines)}</w:r>"


def _anchor(paragraph: Paragraph, run_xml: str) -> None:
    paragraph._p.append(parse_xml(run_xml))


def _cv_with_text_boxes(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Jordan Lee", level=1)
    intro = document.add_paragraph("Data engineer in London.")
    _anchor(intro, _word_text_box(["Key Skills", "Python, SQL and Apache Spark"]))
    document.add_heading("Experience", level=2)
    document.add_paragraph("Built pipelines at Acme.")
    old = document.add_paragraph("")
    _anchor(old, _vml_text_box(["Certified Kubernetes Administrator"]))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Languages"
    cell_paragraph = table.cell(0, 1).paragraphs[0]
    cell_paragraph.add_run("English")
    _anchor(cell_paragraph, _word_text_box(["Fluent German"]))
    document.add_paragraph("References on request.")
    document.save(str(path))
    return path


def test_text_boxes_are_read_once_after_their_anchor(tmp_path: Path) -> None:
    document = read_document(_cv_with_text_boxes(tmp_path / "cv.docx"))
    lines = document.text.split("\n")
    assert lines == [
        "Jordan Lee",
        "Data engineer in London.",
        "Key Skills",
        "Python, SQL and Apache Spark",
        "Experience",
        "Built pipelines at Acme.",
        "Certified Kubernetes Administrator",
        "Languages | English",
        "Fluent German",
        "References on request.",
    ]
    assert document.text.count("Python, SQL") == 1  # not once from DrawingML and again from the VML copy


def test_python_docx_paragraph_text_leaves_text_boxes_out(tmp_path: Path) -> None:
    """Why the reader reads boxes itself: python-docx's paragraph text holds the paragraph's own runs only."""
    word = docx.Document(str(_cv_with_text_boxes(tmp_path / "cv.docx")))
    assert word.paragraphs[1].text == "Data engineer in London."


def test_text_box_lines_take_sections(tmp_path: Path) -> None:
    document = read_document(_cv_with_text_boxes(tmp_path / "cv.docx"))
    skills_line = next(line for line in document.lines if document.line_text(line).startswith("Python, SQL"))
    assert skills_line.section == "skills"


def test_a_box_inside_a_box_is_read_once(tmp_path: Path) -> None:
    inner = _word_text_box(["Inner box: Terraform"])
    outer = (
        f"<w:r {_NS}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Outer box</w:t></w:r>"
        f"{inner}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document = docx.Document()
    paragraph = document.add_paragraph("Anchor paragraph")
    _anchor(paragraph, outer)
    path = tmp_path / "nested.docx"
    document.save(str(path))
    assert read_document(path).text.split("\n") == ["Anchor paragraph", "Outer box", "Inner box: Terraform"]
