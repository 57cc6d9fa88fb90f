"""PDF reading with pdfplumber: words grouped into lines, with the font size that marks headings.

This is the basic reading (one column, top to bottom). Layout work (columns, sidebars, fused words, headers
and footers) belongs here too, and nowhere else.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from skillgap.documents.model import Document, RawLine
from skillgap.errors import CorruptFileError, EncryptedFileError, NoTextLayerError, WrongContentError

# Words whose tops differ by less than this many points sit on the same line.
LINE_TOLERANCE = 3.0
# Horizontal gap (points) below which pdfplumber joins characters into one word. Its default (3) fuses the
# words of tightly set CVs; 1.5 keeps them apart and still joins the letters of a word.
WORD_GAP_TOLERANCE = 1.5
# A line whose font is this much larger than the body text is styled as a heading.
HEADING_SIZE_RATIO = 1.15
# Private-use code points: icon fonts (Font Awesome and similar) put their glyphs there.
_PRIVATE_USE = range(0xE000, 0xF900)


def read_pdf(path: Path, display_path: str, password: str | None = None) -> Document:
    import pdfplumber

    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise WrongContentError(
            "this is not a PDF, although its name says so; check the file or its extension", display_path
        )
    raw_lines: list[RawLine] = []
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            for page_number, page in enumerate(pdf.pages, start=1):
                raw_lines.extend(_page_lines(page, page_number))
    except Exception as error:  # pdfminer raises many error types on damaged files; pdfplumber wraps them
        cause = _root_cause(error)
        if type(cause).__name__ == "PDFPasswordIncorrect":
            hint = "the password is wrong" if password else "it is password-protected; pass --password"
            raise EncryptedFileError(f"cannot open this PDF: {hint}", display_path) from None
        if _is_encryption_error(cause):
            raise EncryptedFileError(
                "cannot decrypt this PDF (unsupported encryption); save an unprotected copy", display_path
            ) from None
        raise CorruptFileError(
            f"this PDF is damaged or truncated ({type(cause).__name__}); export or download it again", display_path
        ) from None
    if not any(line.text.strip() for line in raw_lines):
        raise NoTextLayerError(
            "this PDF has no text layer; it looks scanned. Run OCR first, for example "
            "`ocrmypdf in.pdf out.pdf`, or export the CV from your editor as PDF",
            display_path,
        )
    return Document.from_lines(display_path, "pdf", raw_lines)


def _root_cause(error: BaseException) -> BaseException:
    """The pdfminer error inside pdfplumber's PdfminerException wrapper."""
    while True:
        inner = (
            error.args[0]
            if error.args and isinstance(error.args[0], BaseException)
            else (error.__cause__ or error.__context__)
        )
        if inner is None or inner is error:
            return error
        error = inner


def _is_encryption_error(error: BaseException) -> bool:
    name = type(error).__name__.lower()
    return "encrypt" in name or "password" in name


def _page_lines(page, page_number: int) -> list[RawLine]:
    words = page.extract_words(
        x_tolerance=WORD_GAP_TOLERANCE,
        y_tolerance=LINE_TOLERANCE,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size"],
    )
    words = [w for w in words if not _is_icon(w["text"])]
    if not words:
        return []
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    grouped: list[list[dict]] = []
    for word in words:
        if grouped and abs(word["top"] - grouped[-1][0]["top"]) <= LINE_TOLERANCE:
            grouped[-1].append(word)
        else:
            grouped.append([word])
    body_size = statistics.median(w["size"] for w in words)
    lines = []
    for group in grouped:
        group.sort(key=lambda w: w["x0"])
        text = " ".join(w["text"] for w in group)
        size = max(w["size"] for w in group)
        lines.append(RawLine(text=text, page=page_number, heading_style=size >= body_size * HEADING_SIZE_RATIO))
    return lines


def _is_icon(text: str) -> bool:
    return all(ord(c) in _PRIVATE_USE for c in text)
