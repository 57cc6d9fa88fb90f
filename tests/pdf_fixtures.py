"""PDF files generated for tests (fpdf2), so that no binary fixture needs to be committed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def simple_pdf(path: Path, lines: Sequence[str], *, heading_size: float | None = None) -> Path:
    """One page, one text line per entry."""
    pdf = _pdf()
    for line in lines:
        pdf.cell(w=0, h=8, text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path, text: str, *, password: str) -> Path:
    pdf = _pdf()
    pdf.cell(w=0, h=8, text=text)
    pdf.set_encryption(
        owner_password=password + "-owner", user_password=password, encryption_method=EncryptionMethod.AES_128
    )
    pdf.output(str(path))
    return path


def imageonly_pdf(path: Path) -> Path:
    """A page with drawing but no text: what a scanned CV looks like to a text extractor."""
    pdf = _pdf()
    pdf.rect(20, 20, 120, 60, style="F")
    pdf.line(20, 100, 150, 100)
    pdf.output(str(path))
    return path
