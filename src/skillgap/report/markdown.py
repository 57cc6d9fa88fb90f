"""Markdown renderers, for sharing a report with an adviser or pasting into notes."""

from __future__ import annotations

from collections.abc import Sequence

from skillgap.profile import SkillProfile
from skillgap.report.model import GapReport, SkillGap
from skillgap.report.summary import (
    PHRASES_NOTE,
    PHRASES_TITLE,
    STATUS_TITLES,
    evidence_line,
    phrase_cv_cell,
    target_label,
)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def gap_markdown(report: GapReport) -> str:
    out = [f"# Skill gap for `{report.cv_path}`", ""]
    out += ["| Target | Kind | Score | Skills |", "|---|---|---:|---:|"]
    for target in report.targets:
        score = "n/a" if target.score is None else f"{target.score}/100"
        out.append(f"| `{_cell(target.path)}` | {target_label(target.kind)} | {score} | {target.skills} |")
    for status, title in STATUS_TITLES.items():
        rows = [s for s in report.skills if s.status == status]
        if not rows:
            continue
        out += [
            "",
            f"## {title} ({len(rows)})",
            "",
            "| Rank | Skill | Importance | Your CV | Target wording | Evidence |",
            "|---:|---|---|---|---|---|",
        ]
        out += [_gap_row(s) for s in rows]
    if report.phrases:
        out += ["", f"## {PHRASES_TITLE} ({len(report.phrases)})", "", PHRASES_NOTE, ""]
        out += ["| Rank | Ability | Importance | Your CV | Asked in |", "|---:|---|---|---|---|"]
        out += [
            f"| {p.rank} | {_cell(p.text)} | {p.importance} | {_cell(phrase_cv_cell(p))} | "
            f'"{_cell(p.target_sentence)}" ({_cell(p.target_path)}, line {p.target_line}) |'
            for p in report.phrases
        ]
    if report.suggestions:
        out += ["", "## What to change in your CV", ""]
        out += [f"{i}. **{s.type}**: {_cell(s.text)}" for i, s in enumerate(report.suggestions, start=1)]
    return "\n".join(out) + "\n"


def _gap_row(skill: SkillGap) -> str:
    cv = ", ".join(skill.cv_terms) or "—"
    wanted = ", ".join(skill.target_terms)
    return (
        f"| {skill.rank} | {_cell(skill.label)} | {skill.importance} | {_cell(cv)} | {_cell(wanted)} | "
        f"{_cell(evidence_line(skill))} |"
    )


def extract_markdown(profiles: Sequence[SkillProfile]) -> str:
    out: list[str] = []
    for profile in profiles:
        out += [f"# `{profile.path}` ({target_label(profile.kind)})", ""]
        if not profile.mentions:
            out += ["No skills found.", ""]
            continue
        out += ["| Skill | Requirement | Wording | Page | Line | Sentence |", "|---|---|---|---:|---:|---|"]
        out += [
            f"| {_cell(m.label)} | {m.requirement} | {_cell(m.text)} | {m.page} | {m.line} | {_cell(m.sentence)} |"
            for m in profile.mentions
        ]
        if profile.phrases:
            out += ["", f"{PHRASES_TITLE}:", ""]
            out += [f"- {_cell(p.text)} ({p.requirement}; line {p.line})" for p in profile.phrases]
        out.append("")
    return "\n".join(out)
