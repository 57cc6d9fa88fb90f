"""Terminal renderer (rich): tables for people, plain when the output is not a terminal."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from skillgap.profile import SkillProfile
from skillgap.report.model import GapReport
from skillgap.report.summary import (
    PHRASES_NOTE,
    PHRASES_TITLE,
    STATUS_TITLES,
    evidence_line,
    location,
    phrase_cv_cell,
    target_label,
)

_STATUS_STYLE = {"missing": "bold red", "unstated": "magenta", "related": "yellow", "matched": "green"}


def print_gap(report: GapReport, console: Console) -> None:
    console.print(Text(f"Skill gap for {report.cv_path}", style="bold"))
    targets = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=False)
    for column in ("Target", "Kind", "Score", "Skills"):
        targets.add_column(
            column, justify="right" if column in ("Score", "Skills") else "left", overflow="fold", no_wrap=False
        )
    for target in report.targets:
        score = "n/a" if target.score is None else f"{target.score}/100"
        targets.add_row(target.path, target_label(target.kind), score, str(target.skills))
    console.print(targets)
    for status, title in STATUS_TITLES.items():
        rows = [s for s in report.skills if s.status == status]
        if not rows:
            continue
        table = Table(
            title=f"{title} ({len(rows)})",
            title_justify="left",
            title_style=_STATUS_STYLE[status],
            show_lines=False,
            expand=True,
        )
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("Skill", style="bold", min_width=12, max_width=28)
        table.add_column("Importance", no_wrap=True)
        table.add_column("Your CV", min_width=8, max_width=24)
        table.add_column("Where it is asked for", ratio=1)
        for skill in rows:
            table.add_row(
                str(skill.rank), skill.label, skill.importance, ", ".join(skill.cv_terms) or "—", evidence_line(skill)
            )
        console.print()
        console.print(table)
    if report.phrases:
        table = Table(title=f"{PHRASES_TITLE} ({len(report.phrases)})", title_justify="left", expand=True)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("Ability", style="bold", ratio=2)
        table.add_column("Importance", no_wrap=True)
        table.add_column("Your CV", ratio=3)
        for phrase in report.phrases:
            table.add_row(str(phrase.rank), phrase.text, phrase.importance, phrase_cv_cell(phrase))
        console.print()
        console.print(table)
        console.print(Text(PHRASES_NOTE, style="dim"))
    if report.suggestions:
        console.print()
        console.print(Text("What to change in your CV", style="bold"))
        for number, suggestion in enumerate(report.suggestions, start=1):
            console.print(f"{number:>3}. [{suggestion.type}] {suggestion.text}", markup=False, highlight=False)


def print_extract(profiles: Sequence[SkillProfile], console: Console) -> None:
    for index, profile in enumerate(profiles):
        if index:
            console.print()
        console.print(
            Text(f"{profile.path} ({target_label(profile.kind)}): {len(profile.skills)} skills", style="bold")
        )
        table = Table(expand=True)
        table.add_column("Skill", style="bold", ratio=2)
        table.add_column("Requirement", no_wrap=True)
        table.add_column("Wording", ratio=2)
        table.add_column("Where", no_wrap=True)
        table.add_column("Sentence", ratio=6)
        for m in profile.mentions:
            table.add_row(m.label, m.requirement, m.text, location(m.page, m.line, m.section), m.sentence)
        console.print(table)
        if profile.phrases:
            phrases = Table(title=f"{PHRASES_TITLE} ({len(profile.phrases)})", title_justify="left", expand=True)
            phrases.add_column("Ability", style="bold", ratio=2)
            phrases.add_column("Requirement", no_wrap=True)
            phrases.add_column("Where", no_wrap=True)
            phrases.add_column("Sentence", ratio=4)
            for p in profile.phrases:
                phrases.add_row(p.text, p.requirement, location(p.page, p.line, p.section), p.sentence)
            console.print(phrases)


def to_text(render, *args, width: int = 120) -> str:
    """Render with a printer above into plain text (no colour), for files and pipes."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system=None, force_terminal=False, highlight=False, soft_wrap=True
    )
    render(*args, console)
    return buffer.getvalue()
