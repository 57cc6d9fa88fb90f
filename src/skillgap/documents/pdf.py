"""PDF reading with pdfplumber, in reading order: columns and sidebars one after the other, never interleaved.

The layout (glyphs to words, columns, rows) is in pdf_layout.py; here the file is opened, running headers,
footers and page numbers are removed, the text is cleaned (ligatures, soft hyphens, words hyphenated across lines)
and lines in a font notably larger than the body text are marked as headings. Every decision comes from
coordinates and font attributes; the tolerances are the named constants below and in pdf_layout.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from skillgap.documents import pdf_layout
from skillgap.documents.model import Document, RawLine
from skillgap.documents.pdf_layout import Line, Word
from skillgap.documents.sections import heading_of
from skillgap.errors import (
    CorruptFileError,
    EncryptedFileError,
    InputTooLargeError,
    NoTextLayerError,
    WrongContentError,
)

# A line whose font (the size of most of its letters) is this much larger than the body text is styled as a
# heading. The body size is the size of most letters of the document.
HEADING_SIZE_RATIO = 1.15
# When lines with a known section name ("Experience", "Skills") are styled as headings, a styled line smaller than
# the smallest of them, by more than this factor, is a sub-heading (a job title): it does not open a section.
SECTION_HEADING_SIZE_TOLERANCE = 0.95
# Running headers and footers live in the top and bottom bands of a page, this share of the page height.
HEADER_FOOTER_BAND = 0.12
# A line of those bands is a running header or footer when a line with the same text (digits aside: page numbers
# and dates change) sits within this many points of the same place on at least HEADER_FOOTER_MIN_PAGES pages.
HEADER_FOOTER_POSITION_TOLERANCE = 4.0
HEADER_FOOTER_MIN_PAGES = 2
# A line of those bands that is only a page number ("2", "- 2 -", "Page 2 of 3", "2/3") is dropped on any page.
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")

# Typographic ligatures, written out.
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
SOFT_HYPHEN = "\u00ad"
# Hyphens that can end a line inside a word: ASCII, soft (LuaTeX maps its hyphen glyph to U+00AD) and U+2010.
_LINE_END_HYPHENS = ("-", SOFT_HYPHEN, "\u2010")
# A word broken over two lines is joined when the part before the hyphen ends in at least this many lower-case
# letters and the next line starts with a lower-case letter ("manage-" + "ment"; not "Co-" + "founder").
HYPHENATION_MIN_LOWER = 2


def read_pdf(path: Path, display_path: str, password: str | None = None, *, max_pages: int | None = None) -> Document:
    """A PDF's text in reading order. More than `max_pages` pages raises InputTooLargeError before any text is
    extracted (`None`: no limit)."""
    import pdfplumber

    _guard_reference_cycles()

    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise WrongContentError(
            "this is not a PDF, although its name says so; check the file or its extension", display_path
        )
    pages: list[tuple[list[dict], float]] = []
    fallback: dict[int, list[str]] = {}
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            if max_pages is not None and len(pdf.pages) > max_pages:
                raise InputTooLargeError(
                    f"this PDF has {len(pdf.pages)} pages, more than the limit of {max_pages}; pass a larger "
                    "--max-pages to read it anyway",
                    display_path,
                )
            for number, page in enumerate(pdf.pages, start=1):
                chars = page.chars
                if chars and not any(char.get("upright", True) for char in chars):
                    # Only rotated text (a landscape scan's OCR layer, say): pdfplumber reads it as it can.
                    fallback[number] = (page.extract_text() or "").splitlines()
                pages.append((chars, float(page.height)))
    except InputTooLargeError:
        raise
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
    raw_lines = lines_from_pages(pages, fallback)
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


def lines_from_pages(
    pages: Sequence[tuple[Sequence[dict], float]], fallback: dict[int, list[str]] | None = None
) -> list[RawLine]:
    """The lines of a document in reading order, cleaned, with heading styles, from each page's pdfplumber chars
    and page height. `fallback` holds ready lines for pages (by number) that are read otherwise."""
    fallback = fallback or {}
    words = [(pdf_layout.words_from_glyphs(pdf_layout.glyphs_from_chars(chars)), height) for chars, height in pages]
    kept = _without_headers_and_footers(words)
    page_lines: list[tuple[int, Line]] = []
    for number, words in enumerate(kept, start=1):
        page_lines.extend((number, line) for line in pdf_layout.reading_order(words))
    texts = _join_hyphenated(page_lines)
    headings = _heading_styles([line for _, line in page_lines], texts)
    raw_lines: list[RawLine] = []
    for number in sorted(fallback):  # pages read by pdfplumber's own reading (rotated text), before the rest
        raw_lines.extend(RawLine(text=t, page=number) for t in fallback[number] if t.strip())
    raw_lines.extend(
        RawLine(text=text, page=page, heading_style=heading)
        for (page, _), text, heading in zip(page_lines, texts, headings, strict=True)
        if text
    )
    raw_lines.sort(key=lambda line: line.page)  # stable: reading order within a page stays
    return raw_lines


def _heading_styles(lines: list[Line], texts: list[str]) -> list[bool]:
    """Lines set notably larger than the body text, or set in the style of the known section headings (weight,
    size, capitals: a bold capitalised "VOLUNTEERING" like "EXPERIENCE"); when lines with a known section name
    are set in one of the larger sizes, smaller styled lines (job titles, sub-headings) are not section headings."""
    body_size = pdf_layout.body_size(word for line in lines for word in line.words)
    sizes = [line.size for line in lines]
    styled = [size >= body_size * HEADING_SIZE_RATIO for size in sizes]
    known_styles = {
        _style(line, text) for line, text in zip(lines, texts, strict=True) if heading_of(text) not in (None, "other")
    }
    styled = [
        is_styled or (line.bold and _style(line, text) in known_styles and _short_label(text))
        for is_styled, line, text in zip(styled, lines, texts, strict=True)
    ]
    section_sizes = [
        size
        for size, is_styled, text in zip(sizes, styled, texts, strict=True)
        if is_styled and heading_of(text) not in (None, "other")
    ]
    if not section_sizes:
        return styled
    level = min(section_sizes) * SECTION_HEADING_SIZE_TOLERANCE
    return [is_styled and size >= level for is_styled, size in zip(styled, sizes, strict=True)]


def _style(line: Line, text: str) -> tuple[bool, float, bool]:
    """What sets a heading apart: weight, size (to a quarter point) and capitals."""
    letters = [c for c in text if c.isalpha()]
    return line.bold, round(line.size * 4) / 4, bool(letters) and all(c.isupper() for c in letters)


def _short_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and not text.rstrip().endswith((".", ",", ";"))


def _without_headers_and_footers(pages: list[tuple[list[Word], float]]) -> list[list[Word]]:
    """Each page's words without running headers, footers and page numbers (rows in the page's top or bottom
    band that repeat at the same place on several pages, or that are only a page number)."""
    candidates: list[list[tuple[str, float, list[Word]]]] = []
    for words, height in pages:
        page_candidates = []
        for row in pdf_layout.rows_of(words):
            if row.bottom <= height * HEADER_FOOTER_BAND:
                position = row.top  # headers: distance from the top edge
            elif row.top >= height * (1 - HEADER_FOOTER_BAND):
                position = row.bottom - height  # footers: distance from the bottom edge
            else:
                continue
            text = " ".join(" ".join(w.text for w in row.words).lower().split())
            # Page numbers and dates change from page to page: digits do not count, in a line with letters ("Jane
            # Doe - 2/3"); a line of digits only must repeat exactly (not "2019 - 2021" and "2015 - 2017").
            key = _DIGITS.sub("#", text) if any(c.isalpha() for c in text) else text
            page_candidates.append((key, position, row.words))
        candidates.append(page_candidates)
    kept = []
    for index, (words, _) in enumerate(pages):
        dropped: set[int] = set()
        for key, position, row_words in candidates[index]:
            text = " ".join(w.text for w in row_words)
            repeats = sum(
                any(k == key and abs(p - position) <= HEADER_FOOTER_POSITION_TOLERANCE for k, p, _ in other)
                for other in candidates
            )
            if repeats >= HEADER_FOOTER_MIN_PAGES or _PAGE_NUMBER.match(text.strip()):
                dropped.update(id(w) for w in row_words)
        remaining = [w for w in words if id(w) not in dropped]
        # A page that would be left empty held content, not furniture (pages that all say the same thing).
        kept.append(remaining if remaining else words)
    return kept


def _join_hyphenated(page_lines: list[tuple[int, Line]]) -> list[str]:
    """Line texts with ligatures written out, words hyphenated across two lines of one region joined (the second
    part moves up to the first), and the remaining soft hyphens written as hyphens.

    A line of a table (a date column beside the text) holds several segments, parts apart by a gutter; a segment
    that ends in a broken word continues in the segment of the next line below it ("mod-" ... "eling").
    """
    words = [[w.text.translate(LIGATURES) for w in line.words] for _, line in page_lines]
    for index in range(len(page_lines) - 1):
        (page, line), (next_page, next_line) = page_lines[index], page_lines[index + 1]
        if (page, line.region) != (next_page, next_line.region):
            continue
        current, following = words[index], words[index + 1]
        for start, end in _segments(line):
            if current[end - 1] and _ends_in_broken_word(current[end - 1]):
                x0, x1 = line.words[start].x0, line.words[end - 1].x1
                below = next(
                    (
                        first
                        for first, last in _segments(next_line)
                        if next_line.words[first].x0 < x1 and x0 < next_line.words[last - 1].x1
                    ),
                    None,
                )
                if below is not None and following[below][:1].islower():
                    current[end - 1] = current[end - 1][:-1] + following[below]
                    following[below] = ""
    return [" ".join(w for w in line_words if w).replace(SOFT_HYPHEN, "-") for line_words in words]


def _segments(line: Line) -> list[tuple[int, int]]:
    """(start, end) word indices of the line's parts, cut where words are a gutter apart."""
    segments = []
    start = 0
    for index in range(1, len(line.words) + 1):
        if index == len(line.words) or (
            line.words[index].x0 - line.words[index - 1].x1
            >= pdf_layout.GUTTER_MIN_WIDTH_EM * line.words[index - 1].size
        ):
            segments.append((start, index))
            start = index
    return segments


def _ends_in_broken_word(word: str) -> bool:
    if len(word) <= HYPHENATION_MIN_LOWER or not word.endswith(_LINE_END_HYPHENS):
        return False
    part = word[-1 - HYPHENATION_MIN_LOWER : -1]
    return all(c.islower() for c in part)


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
