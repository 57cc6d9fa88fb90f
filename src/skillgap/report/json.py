"""JSON renderers: the documented, versioned contracts (see README, "JSON output")."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from skillgap.documents import Document
from skillgap.profile import SkillProfile
from skillgap.report.model import SCHEMA_VERSION, GapReport


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def extract_data(profiles: Sequence[SkillProfile]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [
            {
                "path": profile.path,
                "kind": profile.kind,
                "mentions": [
                    {
                        "skill_id": m.skill_id,
                        "label": m.label,
                        "text": m.text,
                        "start": m.start,
                        "end": m.end,
                        "sentence": m.sentence,
                        "requirement": m.requirement,
                        "match": m.match,
                        "years": m.years,
                        "months": m.months,
                        "page": m.page,
                        "line": m.line,
                        "section": m.section,
                        "in_progress": m.in_progress,
                        "lapsed": m.lapsed,
                        "period": _period(m.period),
                    }
                    for m in profile.mentions
                ],
                "skills": [{"id": s.id, "label": s.label, "type": s.type, "count": s.count} for s in profile.skills],
                "phrases": [
                    {
                        "text": p.text,
                        "verb": p.verb,
                        "words": list(p.words),
                        "start": p.start,
                        "end": p.end,
                        "sentence": p.sentence,
                        "requirement": p.requirement,
                        "page": p.page,
                        "line": p.line,
                        "section": p.section,
                    }
                    for p in profile.phrases
                ],
            }
            for profile in profiles
        ],
    }


def gap_data(report: GapReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "scoring_version": report.scoring_version,
        "cv": {"path": report.cv_path, "skills": report.cv_skills},
        "targets": [{"path": t.path, "kind": t.kind, "score": t.score, "skills": t.skills} for t in report.targets],
        "skills": [
            {
                "id": s.id,
                "label": s.label,
                "type": s.type,
                "status": s.status,
                "importance": s.importance,
                "rank": s.rank,
                "targets": list(s.targets),
                "cv_terms": list(s.cv_terms),
                "target_terms": list(s.target_terms),
                "related_in_cv": list(s.related_in_cv),
                "years": s.years,
                "shortfall": s.shortfall,
                "months_shown": s.months_shown,
                "months_asked": s.months_asked,
                "evidence": [
                    {
                        "source": e.source,
                        "path": e.path,
                        "skill_id": e.skill_id,
                        "text": e.text,
                        "sentence": e.sentence,
                        "page": e.page,
                        "line": e.line,
                        "section": e.section,
                        "start": e.start,
                        "end": e.end,
                        "requirement": e.requirement,
                        "match": e.match,
                        "in_progress": e.in_progress,
                        "lapsed": e.lapsed,
                        "period": _period(e.period),
                    }
                    for e in s.evidence
                ],
            }
            for s in report.skills
        ],
        "suggestions": [{"type": s.type, "skill_id": s.skill_id, "text": s.text} for s in report.suggestions],
        "phrases": [
            {
                "text": p.text,
                "verb": p.verb,
                "importance": p.importance,
                "rank": p.rank,
                "shown": p.shown,
                "target": {
                    "path": p.target_path,
                    "sentence": p.target_sentence,
                    "page": p.target_page,
                    "line": p.target_line,
                },
                "cv": (
                    {
                        "sentence": p.cv_sentence,
                        "page": p.cv_page,
                        "line": p.cv_line,
                        "shared_words": list(p.shared_words),
                    }
                    if p.shown
                    else None
                ),
            }
            for p in report.phrases
        ],
    }


def document_data(document: Document) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "path": document.path,
        "format": document.format,
        "pages": document.pages,
        "text": document.text,
        "lines": [
            {
                "number": line.number,
                "page": line.page,
                "section": line.section,
                "heading": line.is_heading,
                # sections that start inside the line, at a heading that lost its line break
                "inline_sections": [{"start": start, "section": key} for start, key in line.inline_sections],
                "start": line.start,
                "end": line.end,
                "text": document.line_text(line),
            }
            for line in document.lines
        ],
    }


def _period(period: tuple[int, int] | None) -> dict[str, str] | None:
    """A job's months as ISO year-months: {"from": "2021-09", "to": "2024-08"}."""
    if period is None:
        return None
    return {key: f"{month // 12:04d}-{month % 12 + 1:02d}" for key, month in zip(("from", "to"), period, strict=True)}
