"""Word .docx reading with python-docx: paragraphs, tables and text boxes in document order.

A text box's paragraphs follow the paragraph (or table row) it is anchored in. Word stores most text boxes twice,
as a DrawingML shape and as a VML fallback inside `mc:AlternateContent`; only one of the two copies is read.
python-docx's `Paragraph.text` covers the paragraph's own runs only, never the text boxes anchored in them.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from skillgap.documents import MEGABYTE
from skillgap.documents.model import Document, RawLine
from skillgap.errors import CorruptFileError, InputTooLargeError, WrongContentError

# What python-docx, zipfile, zlib and lxml raise on a damaged package.
_DAMAGED: tuple[type[Exception], ...] = (
    PackageNotFoundError,
    KeyError,
    ValueError,
    EOFError,
    OSError,  # seeking to a negative offset that a damaged ZIP directory gives (PermissionError is re-raised)
    NotImplementedError,  # a ZIP compression method zipfile does not have
    # python-docx's own code tripping over parts that are missing or of the wrong type ("'Part' object has no
    # attribute 'styles'", a relationship without a target)
    AttributeError,
    TypeError,
    IndexError,
    zipfile.BadZipFile,
    zlib.error,
    etree.LxmlError,
)
_NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
# Paragraphs of the text boxes inside an element, in document order, without the VML copy of a box whose
# DrawingML copy (the mc:Choice next to it) is read. A box inside a box is found once, through its paragraphs.
_TEXTBOX_PARAGRAPHS = etree.XPath(
    ".//w:txbxContent//w:p[not(ancestor::mc:Fallback[preceding-sibling::mc:Choice//w:txbxContent])]",
    namespaces=_NAMESPACES,
)


def read_docx(path: Path, display_path: str, *, max_unpacked: int | None = None) -> Document:
    """`max_unpacked`: the most bytes the package may unpack to (a small .docx can unpack to gigabytes)."""
    if not zipfile.is_zipfile(path):
        raise WrongContentError(
            "this is not a Word .docx file, although its name says so; open it in Word and save it as .docx",
            display_path,
        )
    try:
        if max_unpacked is not None:
            _check_unpacked_size(path, display_path, max_unpacked)
        word_document = docx.Document(str(path))
        raw_lines = list(_body_lines(word_document))
    except PermissionError:
        raise
    except _DAMAGED as error:
        raise CorruptFileError(
            f"this .docx is damaged or not a Word document ({type(error).__name__}); open it in Word and save it again",
            display_path,
        ) from None
    return Document.from_lines(display_path, "docx", raw_lines)


def _check_unpacked_size(path: Path, display_path: str, max_unpacked: int) -> None:
    # zipfile never unpacks more than a member's declared size, so the declared sizes bound the work.
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > max_unpacked:
        raise InputTooLargeError(
            f"this .docx unpacks to {unpacked / MEGABYTE:.1f} MB, more than the {max_unpacked / MEGABYTE:g} MB "
            "limit; pass a larger --max-size to read it anyway",
            display_path,
        )


def _body_lines(word_document) -> Iterator[RawLine]:
    for block in word_document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield from _paragraph_lines(block)
            yield from _textbox_lines(block._p, block)
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
                yield from _textbox_lines(row._tr, block)


def _textbox_lines(element, parent) -> Iterator[RawLine]:
    for p in _TEXTBOX_PARAGRAPHS(element):
        yield from _paragraph_lines(Paragraph(p, parent))


def _paragraph_lines(paragraph) -> Iterator[RawLine]:
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    heading = style.startswith("Heading") or style == "Title"
    bullet = style.startswith("List") or (paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None)
    # Soft line breaks inside a paragraph become lines of their own.
    for part in paragraph.text.split("\n"):
        if part.strip():
            text = f"• {part}" if bullet and not heading else part
            yield RawLine(text, heading_style=heading)
