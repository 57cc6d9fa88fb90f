"""Reading input files into `Document`s: one reader per format, the same result for all."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from skillgap.documents.model import Document, Line, RawLine
from skillgap.documents.pdf import read_pdf
from skillgap.documents.text import decode_text
from skillgap.errors import EmptyDocumentError, InputNotFoundError, InputTooLargeError, UnsupportedFormatError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PAGES",
    "SUPPORTED_SUFFIXES",
    "Document",
    "Line",
    "RawLine",
    "read_document",
    "read_text",
]

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text", ".html", ".htm")
STDIN = "-"
MEGABYTE = 1024 * 1024
# Limits that keep a stray huge file from taking the machine's memory and minutes of time; `None` turns one off.
DEFAULT_MAX_BYTES = 20 * MEGABYTE  # per input file (a .docx counts by what it unpacks to)
DEFAULT_MAX_PAGES = 50  # per PDF

# pdfminer and pdfplumber log a warning for each oddity of a damaged PDF. With no logging configured, Python
# would print them on stderr, where the CLI promises one line per error; an application that configures logging
# still gets them.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_SAVE_AS_HINTS = {
    ".doc": "save it as .docx or .pdf",
    ".odt": "save it as .docx or .pdf",
    ".rtf": "save it as .docx or .pdf",
    ".pages": "save it as .docx or .pdf",
    ".mht": "save the page as HTML only (.html)",
    ".mhtml": "save the page as HTML only (.html)",
    ".webarchive": "save the page as HTML only (.html)",
}


def read_document(
    path: str | Path,
    *,
    password: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    max_pages: int | None = DEFAULT_MAX_PAGES,
) -> Document:
    """Read a CV or a target from a file (or "-" for standard input) into a `Document`.

    Files larger than `max_bytes` and PDFs with more than `max_pages` pages raise `InputTooLargeError`
    (`None`: no limit).
    """
    display_path = str(path)
    if display_path == STDIN:
        return _checked(read_text(_read_stdin(max_bytes), "<stdin>"))
    file_path = Path(path)
    if not file_path.exists():
        raise InputNotFoundError("no such file; check the path", display_path)
    if file_path.is_dir():
        raise InputNotFoundError("this is a folder, not a file", display_path)
    suffix = file_path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = _SAVE_AS_HINTS.get(suffix, "save the text as .txt")
        kind = f"{suffix} files" if suffix else "a file without an extension"
        raise UnsupportedFormatError(
            f"skillgap cannot read {kind}; {hint} (it reads {', '.join(SUPPORTED_SUFFIXES)})", display_path
        )
    try:
        size = file_path.stat().st_size
        if size == 0:
            raise EmptyDocumentError("the file is empty (0 bytes)", display_path)
        if max_bytes is not None and size > max_bytes:
            raise _too_large(size, max_bytes, display_path)
        if suffix == ".pdf":
            document = read_pdf(file_path, display_path, password, max_pages=max_pages)
        elif suffix == ".docx":
            from skillgap.documents.docx import read_docx

            document = read_docx(file_path, display_path, max_unpacked=max_bytes)
        elif suffix in (".html", ".htm"):
            from skillgap.documents.html import read_html

            document = read_html(file_path, display_path)
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


def _read_stdin(max_bytes: int | None) -> bytes:
    if max_bytes is None:
        return sys.stdin.buffer.read()
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"standard input holds more than the {max_bytes / MEGABYTE:g} MB limit; pass a larger --max-size to "
            "read it anyway",
            "<stdin>",
        )
    return data


def _too_large(size: int, max_bytes: int, display_path: str) -> InputTooLargeError:
    return InputTooLargeError(
        f"the file is {size / MEGABYTE:.1f} MB, more than the {max_bytes / MEGABYTE:g} MB limit; pass a larger "
        "--max-size to read it anyway",
        display_path,
    )
