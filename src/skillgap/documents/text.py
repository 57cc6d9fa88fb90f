"""Plain text and Markdown: decoded exactly, so that offsets index the file's text."""

from __future__ import annotations

import codecs

from skillgap.errors import DecodeError, WrongContentError

# Signatures of binary formats that people save under a text name by mistake.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF; rename it to .pdf"),
    (b"PK\x03\x04", "a ZIP container (perhaps a .docx); rename it to .docx if it is a Word file"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Office file; save it as .docx or .txt"),
    (b"\x89PNG", "a PNG image; skillgap reads text, not images"),
    (b"\xff\xd8\xff", "a JPEG image; skillgap reads text, not images"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Text with more control characters than this share is not text.
_MAX_CONTROL_SHARE = 0.02


def decode_text(data: bytes, path: str) -> str:
    """Decode a text file: by its BOM (UTF-8/16/32), else UTF-16 by its zero bytes, else UTF-8, else cp1252."""
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise WrongContentError(f"this is not a text file, it looks like {what}", path)
    text = _decode(data, path)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise WrongContentError("this does not look like text (it contains binary data)", path)
    return text


def _decode(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"the file starts with a {encoding} mark but is not valid {encoding} "
                    f"({error.reason}); save it as UTF-8",
                    path,
                ) from None
    # Before UTF-8: UTF-16 text without a BOM is also valid UTF-8, full of NUL characters.
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError("the text is neither UTF-8, UTF-16 nor Windows-1252; save it as UTF-8", path) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a zero byte in every other position for ASCII characters."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) // 2
    encoding = (
        "utf-16-le"
        if odd_zeros > 0.4 * half and even_zeros == 0
        else ("utf-16-be" if even_zeros > 0.4 * half and odd_zeros == 0 else None)
    )
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
