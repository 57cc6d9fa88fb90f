"""Fuzzy matching: typos and near-variants of longer names, never short names or common words."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillgap.nlp import skill_spans
from skillgap.nlp.words import build_common_words


def test_common_word_list_is_current(repo: Path) -> None:
    shipped = (repo / "models" / "compiled" / "common_words.txt").read_text(encoding="utf-8").split()
    assert shipped == build_common_words(), "run `skillgap taxonomy build`"
    assert {"scale", "spark", "excel", "the"} <= set(shipped)


def found(nlp, text: str) -> dict[str, tuple[str, bool]]:
    doc = nlp(text)  # spans need their Doc alive while they are read
    return {span.label_: (span.text, span._.fuzzy) for span in skill_spans(doc)}


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Skills: Kubernates", "kubernetes"),
        ("Used Postgress daily", "postgresql"),
        ("Javascipt and HTML", "javascript"),
        ("Pyhton scripting", "python"),
        ("Experience with Apache Airflwo", "apache-airflow"),
    ],
)
def test_typos_of_long_names_are_read_as_the_skill(mini_nlp, text: str, skill_id: str) -> None:
    assert found(mini_nlp, text)[skill_id][1] is True


@pytest.mark.parametrize(
    "text",
    [
        "We need to scale quickly",  # scale is a word, not a typo of Scala
        "Jav, Rect and Scal",  # too short to guess: one letter there makes another word
        "Mr Jenkinson will supervise",
        "Snowflakes fell in January",
    ],
)
def test_common_words_and_short_names_are_left_alone(mini_nlp, text: str) -> None:
    assert not any(fuzzy for _, fuzzy in found(mini_nlp, text).values())


def test_exact_match_wins_over_fuzzy(mini_nlp) -> None:
    assert found(mini_nlp, "Java and JavaScript") == {"java": ("Java", False), "javascript": ("JavaScript", False)}


def test_a_typo_in_the_cv_gives_a_spelling_suggestion(mini_analyzer) -> None:
    from skillgap.documents import read_text
    from skillgap.gap import compare

    cv, ad = mini_analyzer.profiles(
        [read_text("Skills\nKubernates, Python\n", "cv.txt"), read_text("Requirements\n- Kubernetes\n", "ad.txt")],
        ["cv", "ad"],
    )
    report = compare(cv, [ad], mini_analyzer.taxonomy)
    kubernetes = next(s for s in report.skills if s.id == "kubernetes")
    assert kubernetes.status == "matched"
    [suggestion] = [s for s in report.suggestions if s.skill_id == "kubernetes"]
    assert suggestion.type == "reword" and "spelling" in suggestion.text and '"Kubernates"' in suggestion.text
