"""Word .docx reading with python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from skillgap.documents.model import Document, RawLine
from skillgap.errors import CorruptFileError, WrongContentError


def read_docx(path: Path, display_path: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        raise WrongContentError(
            "this is not a Word .docx file, although its name says so; open it in Word and save it as .docx",
            display_path,
        )
    try:
        word_document = docx.Document(str(path))
        raw_lines = list(_body_lines(word_document))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError) as error:
        raise CorruptFileError(
            f"this .docx is damaged or not a Word document ({type(error).__name__}); open it in Word and save it again",
            display_path,
        ) from None
    return Document.from_lines(display_path, "docx", raw_lines)


def _body_lines(word_document) -> Iterator[RawLine]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in word_document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield from _paragraph_lines(block)
        elif isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if text:
                        cells.append(text)
                if cells:
                    yield RawLine(" | ".join(cells))


def _paragraph_lines(paragraph) -> Iterator[RawLine]:
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    heading = style.startswith("Heading") or style == "Title"
    bullet = style.startswith("List") or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None)
    # Soft line breaks inside a paragraph become lines of their own.
    for part in paragraph.text.split("\n"):
        if part.strip():
            text = f"• {part}" if bullet and not heading else part
            yield RawLine(text, heading_style=heading)
