"""Wording shared by the human-readable renderers."""

from __future__ import annotations

from skillgap.report.model import PhraseGap, SkillGap

STATUS_TITLES = {
    "missing": "Missing from your CV",
    "unstated": "Not named in your CV: qualities a CV often shows by what you did",
    "related": "Related: your CV shows something close",
    "matched": "Matched",
}
_KIND_LABELS = {"cv": "CV", "ad": "job ad", "profile": "successful candidate's profile"}


def target_label(kind: str) -> str:
    return _KIND_LABELS.get(kind, kind)


def location(page: int, line: int, section: str) -> str:
    where = f"p. {page}, line {line}"
    return f"{where}, {section.replace('_', ' ')}" if section else where


def evidence_line(skill: SkillGap) -> str:
    """The first target sentence that names the skill, with where it is."""
    first = next(e for e in skill.evidence if e.source == "target")
    name = first.path.replace("\\", "/").rsplit("/", 1)[-1]
    return f'"{first.sentence}" ({name}, {location(first.page, first.line, first.section)})'


PHRASES_TITLE = "Abilities asked for in the targets' own words"
PHRASES_NOTE = (
    "Shown in your CV when a sentence shares the verb and another of the phrase's words. Where it is not shown "
    "and you have done it, add a line that says so, in those words."
)


def phrase_cv_cell(phrase: PhraseGap) -> str:
    if not phrase.shown:
        return "not shown"
    return f'"{phrase.cv_sentence}" (p. {phrase.cv_page}, line {phrase.cv_line})'
