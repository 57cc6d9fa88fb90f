"""Reading input files into `Document`s: one reader per format, the same result for all."""

from __future__ import annotations

import sys
from pathlib import Path

from skillgap.documents.model import Document, Line, RawLine
from skillgap.documents.pdf import read_pdf
from skillgap.documents.text import decode_text
from skillgap.errors import EmptyDocumentError, InputNotFoundError, UnsupportedFormatError

__all__ = ["SUPPORTED_SUFFIXES", "Document", "Line", "RawLine", "read_document", "read_text"]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")
STDIN = "-"


def read_document(path: str | Path, *, password: str | None = None) -> Document:
    """Read a CV or a target from a file (or "-" for standard input) into a `Document`."""
    display_path = str(path)
    if display_path == STDIN:
        return _checked(read_text(sys.stdin.buffer.read(), "<stdin>"))
    file_path = Path(path)
    if not file_path.exists():
        raise InputNotFoundError("no such file; check the path", display_path)
    if file_path.is_dir():
        raise InputNotFoundError("this is a folder, not a file", display_path)
    suffix = file_path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = "save it as .docx or .pdf" if suffix in (".doc", ".odt", ".rtf", ".pages") else ("save the text as .txt")
        raise UnsupportedFormatError(
            f"skillgap cannot read {suffix or 'files without an extension'} "
            f"files; {hint} (it reads {', '.join(SUPPORTED_SUFFIXES)})",
            display_path,
        )
    try:
        if file_path.stat().st_size == 0:
            raise EmptyDocumentError("the file is empty (0 bytes)", display_path)
        if suffix == ".pdf":
            document = read_pdf(file_path, display_path, password)
        elif suffix == ".docx":
            from skillgap.documents.docx import read_docx

            document = read_docx(file_path, display_path)
        else:
            document = read_text(file_path.read_bytes(), display_path, markdown=suffix in (".md", ".markdown"))
    except PermissionError:
        raise InputNotFoundError("permission denied; check that you can read the file", display_path) from None
    return _checked(document)


def read_text(data: bytes | str, display_path: str, *, markdown: bool = False) -> Document:
    """A `Document` from the bytes (or already decoded text) of a plain-text or Markdown file."""
    text = data if isinstance(data, str) else decode_text(data, display_path)
    return Document.from_text(display_path, "md" if markdown else "txt", text)


def _checked(document: Document) -> Document:
    if document.is_blank:
        raise EmptyDocumentError("the document contains no text", document.path)
    return document
