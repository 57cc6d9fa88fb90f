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


# Issue 4's recall targets on SkillSpan dev, and the loose precision reached now (the aim, 0.85, is not met:
# see the README's Quality section); raise the floor whenever precision improves.
KNOWLEDGE_RECALL_TARGET = 0.75
SKILL_RECALL_TARGET = 0.45
LOOSE_PRECISION_FLOOR = 0.725


def test_skillspan_dev_quality_holds(corpus: Path, repo: Path) -> None:
    """The evaluation script's own numbers (benchmarks/eval_skillspan.py), so that no change lowers them
    unnoticed."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_skillspan", repo / "benchmarks" / "eval_skillspan.py")
    assert spec is not None and spec.loader is not None
    evaluation = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluation)
    result = evaluation.evaluate("dev")
    assert result["ads"] == 58
    assert result["loose_recall"]["KNOWLEDGE"] >= KNOWLEDGE_RECALL_TARGET
    assert result["loose_recall"]["SKILL"] >= SKILL_RECALL_TARGET
    assert result["loose_precision"] >= LOOSE_PRECISION_FLOOR
