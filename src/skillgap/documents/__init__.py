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
        raise UnsupportedFormatError(
            f"skillgap cannot read {suffix or 'files without an extension'} "
            f"files; {hint} (it reads {', '.join(SUPPORTED_SUFFIXES)})",
            display_path,
        )
    try:
        size = file_path.stat().st_size
        if size == 0:
            raise EmptyDocumentError("the file is empty (0 bytes)", display_path)
        if max_bytes is not None and size > max_bytes:
            raise _too_large(size, max_bytes, display_path)
        if suffix == ".pdf":
            _guard_reference_cycles()
            if max_pages is not None:
                _check_pdf_pages(file_path, display_path, password, max_pages)
            document = read_pdf(file_path, display_path, password)
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


def _check_pdf_pages(path: Path, display_path: str, password: str | None, max_pages: int) -> None:
    """Refuse a PDF with too many pages before any text is extracted (counting pages is cheap)."""
    pages = _pdf_page_count(path, password)
    if pages is not None and pages > max_pages:
        raise InputTooLargeError(
            f"this PDF has {pages} pages, more than the limit of {max_pages}; pass a larger --max-pages to read "
            "it anyway",
            display_path,
        )


def _pdf_page_count(path: Path, password: str | None) -> int | None:
    """The number of pages, or None when the file does not open as a PDF (read_pdf then says why)."""
    with path.open("rb") as handle:
        if b"%PDF-" not in handle.read(1024):
            return None
    import pdfplumber

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            return len(pdf.pages)
    except Exception:  # damaged or encrypted: read_pdf meets the same problem and reports it precisely
        return None


def _guard_reference_cycles() -> None:
    """Make pdfminer treat a reference that leads back to itself as a missing object instead of looping forever.

    pdfminer (20260107) resolves a reference to a reference by following the chain until it reaches an
    object; in a damaged PDF an object can be a reference to itself ("1 0 obj 1 0 R endobj", or a longer
    ring), and opening the file then never ends. Found by tests/test_fuzz_inputs.py. Installed once, before the
    first PDF is opened; pdfminer already answers an unknown reference with the default (None).
    """
    from pdfminer.pdftypes import PDFObjRef

    resolve = PDFObjRef.resolve
    if getattr(resolve, "skillgap_guard", False):
        return

    def resolve_without_cycles(self: PDFObjRef, default: object = None) -> object:
        target = resolve(self, default)
        if isinstance(target, PDFObjRef):  # rare: an object that is only a reference to another one
            seen = {self.objid}
            probe: object = target
            while isinstance(probe, PDFObjRef):
                if probe.objid in seen:
                    return default
                seen.add(probe.objid)
                probe = resolve(probe, default)
        return target

    resolve_without_cycles.skillgap_guard = True  # type: ignore[attr-defined]
    PDFObjRef.resolve = resolve_without_cycles  # type: ignore[method-assign]
