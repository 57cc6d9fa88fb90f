"""Real third-party data from ../shared/corpus (SKILLGAP_CORPUS): every real CV PDF reads, and extraction
runs over every SkillSpan dev ad. Quality numbers are reported by benchmarks/eval_skillspan.py."""

from __future__ import annotations

import json
from pathlib import Path

from skillgap.documents import read_document


def test_every_corpus_cv_pdf_reads_into_pages_lines_and_headings(corpus: Path) -> None:
    """Basic reading of real template CVs (layout fidelity, columns included, is measured separately)."""
    pdfs = sorted((corpus / "cv_pdfs").rglob("*.pdf"))
    assert len(pdfs) >= 8
    for pdf in pdfs:
        document = read_document(pdf)
        assert len(document.text.split()) > 100, pdf
        assert document.pages >= 1 and all(1 <= line.page <= document.pages for line in document.lines)
        assert any(line.is_heading and line.section != "other" for line in document.lines), pdf


def test_extraction_over_skillspan_dev_finds_gold_knowledge(corpus: Path, analyzer) -> None:
    """Every dev ad goes through the pipeline; predicted mentions overlap gold KNOWLEDGE spans in most ads."""
    from skillgap.documents import read_text

    lines = (corpus / "skillspan" / "skillspan_dev_docs.jsonl").read_text(encoding="utf-8").splitlines()
    ads = [json.loads(line) for line in lines if line.strip()]
    documents = [read_text(ad["text"], ad["id"]) for ad in ads]
    profiles = analyzer.profiles(documents, ["ad"] * len(documents))
    ads_with_overlap = 0
    for ad, profile in zip(ads, profiles, strict=True):
        gold = [(s["start"], s["end"]) for s in ad["spans"] if s["label"] == "KNOWLEDGE"]
        for mention in profile.mentions:
            assert ad["text"][mention.start : mention.end] == mention.text
        if any(m.start < end and start < m.end for m in profile.mentions for start, end in gold):
            ads_with_overlap += 1
    assert ads_with_overlap >= 0.8 * len(ads)
