"""Gap analysis: `skillgap.gap.compare` on profiles of small texts, built with the fixture taxonomy."""

from __future__ import annotations

import pytest

from skillgap.documents import read_text
from skillgap.gap import IMPORTANCE_WEIGHT, STATUS_CREDIT, compare
from skillgap.report import dumps, gap_data

STATUS_ORDER = {"missing": 0, "unstated": 1, "related": 2, "matched": 3}
IMPORTANCE_ORDER = {"required": 0, "preferred": 1, "mentioned": 2}


def profiles(analyzer, *items: tuple[str, str, str]):
    """Profiles of (path, kind, text) items, in order."""
    documents = [read_text(text, path) for path, _, text in items]
    return analyzer.profiles(documents, [kind for _, kind, _ in items])


def gap(analyzer, cv_text: str, *targets: tuple[str, str, str]):
    cv, *target_profiles = profiles(analyzer, ("cv.txt", "cv", cv_text), *targets)
    return compare(cv, target_profiles, analyzer.taxonomy)


def by_id(report):
    return {skill.id: skill for skill in report.skills}


def suggestions_for(report, skill_id):
    return [s for s in report.suggestions if s.skill_id == skill_id]


def ad(text: str, path: str = "ad.txt") -> tuple[str, str, str]:
    return (path, "ad", text)


# --------------------------------------------------------------------------------------------- statuses
def test_flask_in_cv_makes_django_related(mini_analyzer):
    report = gap(mini_analyzer, "Built APIs with the Flask framework.\n", ad("Requirements\n- Django\n"))
    django = by_id(report)["django"]
    assert django.status == "related"
    assert django.related_in_cv == ("flask",)
    assert django.cv_terms == ("Flask framework",)
    [suggestion] = suggestions_for(report, "django")
    assert suggestion.type == "highlight"
    assert "Django" in suggestion.text and "Flask" in suggestion.text


def test_broader_skill_in_cv_does_not_show_the_narrower_one(mini_analyzer):
    # Python in a CV is no evidence of Django: still a gap.
    report = gap(mini_analyzer, "Five years of Python.\n", ad("Requirements\n- Django\n"))
    assert by_id(report)["django"].status == "missing"
    assert by_id(report)["django"].related_in_cv == ()


def test_narrower_skill_in_cv_makes_broader_skill_related(mini_analyzer):
    # Django in a CV is close evidence of Python: related, with a suggestion to name Python.
    report = gap(mini_analyzer, "Five years of Django.\n", ad("Requirements\n- Python\n"))
    assert by_id(report)["python"].status == "related"
    assert by_id(report)["python"].related_in_cv == ("django",)
    assert [s.type for s in suggestions_for(report, "python")] == ["highlight"]


@pytest.mark.parametrize(
    ("cv_line", "status"),
    [
        # The taxonomy's descriptions of a skill, in other forms and order: there, but not by its name.
        ("- Liaised with directors of three partner charities", "related"),
        ("- Reported to the board each month", "related"),
        # A description's words far apart, or only some of them, show nothing.
        ("- Directors of three charities were our clients; I liaised with suppliers", "missing"),
    ],
)
def test_a_skill_the_cv_describes_in_the_taxonomys_words_is_related(mini_analyzer, cv_line, status):
    report = gap(mini_analyzer, f"Experience\n{cv_line}\n", ad("Requirements\n- Stakeholder management\n"))
    skill = by_id(report)["stakeholder-management"]
    assert skill.status == status
    if status == "related":
        assert [s.type for s in suggestions_for(report, "stakeholder-management")] == ["reword"]


def test_unrelated_cv_skill_leaves_the_skill_missing(mini_analyzer):
    report = gap(mini_analyzer, "Five years of Java.\n", ad("Requirements\n- Django\n"))
    django = by_id(report)["django"]
    assert django.status == "missing"
    assert django.related_in_cv == ()
    assert django.cv_terms == ()


def test_postgres_in_cv_matches_postgresql_and_suggests_rewording(mini_analyzer):
    report = gap(mini_analyzer, "Used Postgres daily.\n", ad("Requirements\n- PostgreSQL\n"))
    postgres = by_id(report)["postgresql"]
    assert postgres.status == "matched"
    assert postgres.cv_terms == ("Postgres",)
    assert postgres.target_terms == ("PostgreSQL",)
    [suggestion] = suggestions_for(report, "postgresql")
    assert suggestion.type == "reword"
    assert '"Postgres"' in suggestion.text and '"PostgreSQL"' in suggestion.text


def test_same_wording_matches_without_reword(mini_analyzer):
    report = gap(mini_analyzer, "Five years of Python.\n", ad("Requirements\n- Python\n"))
    assert by_id(report)["python"].status == "matched"
    assert by_id(report)["python"].worded_alike is True
    assert suggestions_for(report, "python") == []


def test_inflected_wording_matches_without_reword(mini_analyzer):
    report = gap(
        mini_analyzer, "Mentored two junior developers.\n", ad("Requirements\n- Experience mentoring junior staff\n")
    )
    mentoring = by_id(report)["mentoring"]
    assert mentoring.status == "matched"
    assert suggestions_for(report, "mentoring") == []


def test_only_target_skills_are_reported(mini_analyzer):
    report = gap(mini_analyzer, "Python, Java and Kubernetes.\n", ad("Requirements\n- Python\n"))
    assert [skill.id for skill in report.skills] == ["python"]
    assert report.cv_skills == 3


# --------------------------------------------------------------------------------------------- importance
def test_importance_is_the_strongest_across_ads(mini_analyzer):
    first = ad(
        "Requirements\n- Python\n\nDesirable\n- Kubernetes\n\nThe role\nOur dashboards use Snowflake.\n", "first.txt"
    )
    second = ad("Requirements\n- Kubernetes\n\nNice to have\n- Snowflake\n\nThe role\nWe write Java.\n", "second.txt")
    report = gap(mini_analyzer, "Nothing relevant here.\n", first, second)
    skills = by_id(report)
    assert skills["kubernetes"].importance == "required"  # preferred in one ad, required in the other
    assert skills["snowflake"].importance == "preferred"  # mentioned in one, preferred in the other
    assert skills["python"].importance == "required"
    assert skills["java"].importance == "mentioned"
    assert skills["kubernetes"].targets == ("first.txt", "second.txt")
    assert skills["python"].targets == ("first.txt",)


def test_importance_does_not_depend_on_target_order(mini_analyzer):
    first = ad("Desirable\n- Kubernetes\n", "first.txt")
    second = ad("Requirements\n- Kubernetes\n", "second.txt")
    forward = gap(mini_analyzer, "Java\n", first, second)
    backward = gap(mini_analyzer, "Java\n", second, first)
    assert by_id(forward)["kubernetes"].importance == by_id(backward)["kubernetes"].importance == "required"


def test_profile_target_only_gives_mentioned(mini_analyzer):
    profile = (
        "priya.md",
        "profile",
        "Please welcome Priya! She must have been the only applicant with 5+ years of Python "
        "and strong Kubernetes experience.\n",
    )
    report = gap(mini_analyzer, "Java\n", profile)
    assert {skill.id for skill in report.skills} == {"python", "kubernetes"}
    assert all(skill.importance == "mentioned" for skill in report.skills)
    assert report.targets[0].kind == "profile"


# --------------------------------------------------------------------------------------------- ranking
RANKING_AD = """Requirements
- Python
- Django
- Java
- PostgreSQL
- Kubernetes would be a plus

Responsibilities
- Maintain Snowflake dashboards
- Stakeholder management across teams
"""
RANKING_CV = "Skills\nPython\nSnowflake\nBuilt APIs with the Flask framework.\n"


def test_ranking_order(mini_analyzer):
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    ids = [skill.id for skill in report.skills]
    # Gaps first, by importance, missing before related: required Java, PostgreSQL (alphabetical), required
    # but related Django, preferred Kubernetes, mentioned stakeholder management; then the matches: required
    # Python, mentioned Snowflake.
    assert ids == ["java", "postgresql", "django", "kubernetes", "stakeholder-management", "python", "snowflake"]


def test_ranks_are_one_to_n_gaps_first_then_importance_then_status(mini_analyzer):
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    assert [skill.rank for skill in report.skills] == list(range(1, len(report.skills) + 1))
    keys = [(s.status == "matched", IMPORTANCE_ORDER[s.importance], STATUS_ORDER[s.status]) for s in report.skills]
    assert keys == sorted(keys)
    assert {s.status for s in report.skills} == {"missing", "related", "matched"}


def test_skill_more_targets_ask_for_ranks_first(mini_analyzer):
    first = ad("Requirements\n- Kubernetes\n- Java\n", "first.txt")
    second = ad("Requirements\n- Kubernetes\n", "second.txt")
    report = gap(mini_analyzer, "Python\n", first, second)
    # both missing and required; Kubernetes is asked for by two ads (and would lose on the label tie-break)
    assert [skill.id for skill in report.skills] == ["kubernetes", "java"]


# --------------------------------------------------------------------------------------------- score
def test_score_hand_computed(mini_analyzer):
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    skills = by_id(report)
    assert (skills["python"].status, skills["python"].importance) == ("matched", "required")
    assert (skills["django"].status, skills["django"].importance) == ("related", "required")
    assert (skills["kubernetes"].status, skills["kubernetes"].importance) == ("missing", "preferred")
    assert (skills["snowflake"].status, skills["snowflake"].importance) == ("matched", "mentioned")
    # required 3, preferred 2, mentioned 1; matched counts fully, related half, missing nothing.
    #   Python 3*1 + Django 3*0.5 + Java 0 + PostgreSQL 0 + Kubernetes 0 + Snowflake 1*1 + stakeholder 0
    #   = 5.5 out of 3+3+3+3+2+1+1 = 16  ->  34.375  ->  34
    assert report.targets[0].score == 34
    assert report.targets[0].skills == 7


def test_score_weights_are_the_documented_ones():
    assert IMPORTANCE_WEIGHT == {"required": 3, "preferred": 2, "mentioned": 1}
    assert STATUS_CREDIT == {"matched": 1.0, "related": 0.5, "unstated": 0.0, "missing": 0.0}


PYTHON_AD = "Requirements\n- Python\n\nDesirable\n- Kubernetes\n"
DJANGO_AD = "Requirements\n- Django\n\nDesirable\n- Kubernetes\n"


@pytest.mark.parametrize(
    ("cv_text", "ad_text", "expected"),
    [
        ("Python\n", PYTHON_AD, 60),  # required 3 of (3 + preferred 2)
        ("Kubernetes\n", PYTHON_AD, 40),  # 2 of 5
        ("Python and Kubernetes\n", PYTHON_AD, 100),
        ("Java\n", PYTHON_AD, 0),
        ("Flask framework\n", DJANGO_AD, 30),  # Django related: 3 * 0.5 of 5
        ("Flask framework and K8s\n", DJANGO_AD, 70),  # (1.5 + 2) of 5
    ],
)
def test_score_small_cases(mini_analyzer, cv_text, ad_text, expected):
    assert gap(mini_analyzer, cv_text, ad(ad_text)).targets[0].score == expected


def test_each_target_gets_its_own_score(mini_analyzer):
    report = gap(
        mini_analyzer, "Python\n", ad("Requirements\n- Python\n", "a.txt"), ad("Requirements\n- Java\n", "b.txt")
    )
    assert [(t.path, t.score) for t in report.targets] == [("a.txt", 100), ("b.txt", 0)]


def test_profile_target_score_weights_every_skill_equally(mini_analyzer):
    profile = ("p.md", "profile", "Please welcome Sam! She has 5+ years of Python and knows Kubernetes.\n")
    report = gap(mini_analyzer, "Python\n", profile)
    assert report.targets[0].score == 50


def test_target_without_skills_has_no_score(mini_analyzer):
    report = gap(mini_analyzer, "Python\n", ad("We are hiring a friendly person.\n"))
    assert report.targets[0].score is None
    assert report.skills == ()


# --------------------------------------------------------------------------------------------- determinism
def test_same_inputs_give_identical_reports_and_json(mini_analyzer):
    targets = (ad(RANKING_AD, "a.txt"), ad("Requirements\n- Kubernetes\n- Go services\n", "b.txt"))
    first = gap(mini_analyzer, RANKING_CV, *targets)
    second = gap(mini_analyzer, RANKING_CV, *targets)
    assert first == second
    assert dumps(gap_data(first)) == dumps(gap_data(second))


# --------------------------------------------------------------------------------------------- evidence
def test_every_skill_has_evidence(mini_analyzer):
    texts = {"cv.txt": RANKING_CV, "ad.txt": RANKING_AD}
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    assert report.skills
    for skill in report.skills:
        target = [e for e in skill.evidence if e.source == "target"]
        cv = [e for e in skill.evidence if e.source == "cv"]
        assert target, skill.id
        assert all(e.skill_id == skill.id and e.requirement is not None for e in target)
        if skill.status in ("matched", "related"):
            assert cv, skill.id
            assert {e.skill_id for e in cv} <= {skill.id, *skill.related_in_cv}
        else:
            assert cv == []
        for e in skill.evidence:
            assert texts[e.path][e.start : e.end] == e.text
            assert e.text in e.sentence


def test_evidence_points_at_the_line(mini_analyzer):
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    [evidence] = by_id(report)["kubernetes"].evidence
    assert (evidence.line, evidence.page, evidence.section) == (6, 1, "requirements")
    assert evidence.sentence == "Kubernetes would be a plus"


# --------------------------------------------------------------------------------------------- suggestions
def test_add_suggestion_quotes_the_ad_sentence(mini_analyzer):
    report = gap(mini_analyzer, "Python\n", ad("Requirements\n- 5+ years of Java in production\n"))
    [suggestion] = suggestions_for(report, "java")
    assert suggestion.type == "add"
    assert '"5+ years of Java in production"' in suggestion.text
    assert "Java" in suggestion.text and "5+ years" in suggestion.text


# A quality (teamwork) the CV does not name is unstated, not missing: most CVs that show one do so by what they did.
# A practice (mentoring, leadership) a CV names when its writer has done it, so not naming it is a gap.
@pytest.mark.parametrize(
    ("ask", "skill_id", "status"),
    [
        ("- A strong team player", "teamwork", "unstated"),
        ("- Experience mentoring junior engineers", "mentoring", "missing"),
        ("- Leadership experience", "leadership", "missing"),
    ],
)
def test_a_quality_the_cv_does_not_name_is_unstated_not_missing(mini_analyzer, ask, skill_id, status):
    report = gap(mini_analyzer, "Experience\n- Built APIs in Python for three clients\n", ad(f"Requirements\n{ask}\n"))
    gap_of_it = by_id(report)[skill_id]
    assert gap_of_it.status == status
    [suggestion] = suggestions_for(report, skill_id)
    assert suggestion.type == "add"
    assert ("does not name it" in suggestion.text) == (status == "unstated")


def test_a_quality_the_cv_names_is_matched_and_ranks_after_a_missing_skill_of_its_level(mini_analyzer):
    named = gap(mini_analyzer, "Skills\n- Team player\n", ad("Requirements\n- A strong team player\n"))
    assert by_id(named)["teamwork"].status == "matched"
    report = gap(mini_analyzer, "Skills\n- Python\n", ad("Requirements\n- Java\n- A strong team player\n"))
    assert [(s.id, s.status) for s in report.skills] == [("java", "missing"), ("teamwork", "unstated")]
    # Scored as the CV shows it: not at all, like a missing skill.
    assert report.targets[0].score == 0
    assert gap_data(report)["skills"][1]["status"] == "unstated"


def test_every_missing_skill_gets_an_add_suggestion(mini_analyzer):
    report = gap(mini_analyzer, RANKING_CV, ad(RANKING_AD))
    missing = [s.id for s in report.skills if s.status == "missing"]
    adds = [s.skill_id for s in report.suggestions if s.type == "add"]
    assert adds == missing
    related = [s.id for s in report.skills if s.status == "related"]
    assert [s.skill_id for s in report.suggestions if s.type == "highlight"] == related


# --------------------------------------------------------------------------------------------- employer sections
ABOUT_US_AD = """Data Engineer

About us
We are a Snowflake partner and a proud Apache Airflow contributor.

Requirements
- Python
- PostgreSQL

Benefits
- Free Kubernetes training
"""


def test_about_us_and_benefits_mentions_are_not_requirements(mini_analyzer):
    [profile] = profiles(mini_analyzer, ad(ABOUT_US_AD))
    assert profile.skill_ids == {"python", "postgresql"}
    assert "snowflake" not in profile.skill_ids


def test_about_us_skill_is_not_a_gap(mini_analyzer):
    report = gap(mini_analyzer, "Python and Postgres\n", ad(ABOUT_US_AD))
    assert {skill.id for skill in report.skills} == {"python", "postgresql"}
    assert report.targets[0].score == 100


def test_same_text_as_cv_keeps_the_mentions(mini_analyzer):
    # The filter is about ads: a CV's own words are all evidence.
    [profile] = profiles(mini_analyzer, ("cv.txt", "cv", ABOUT_US_AD))
    assert {"snowflake", "python", "postgresql"} <= profile.skill_ids


# ------------------------------------------------------------------------------------------ ability phrases
def test_an_ability_is_shown_by_a_sentence_with_its_verb_and_another_of_its_words(mini_analyzer):
    report = gap(
        mini_analyzer,
        "Experience\n- Negotiated contracts with 40 suppliers.\n- Wrote the supplier handbook.\n",
        ad("Requirements\n- Negotiate supplier contracts\n- Forecast stock levels\n"),
    )
    phrases = {p.text: p for p in report.phrases}
    assert phrases["Negotiate supplier contracts"].shown
    assert phrases["Negotiate supplier contracts"].cv_sentence == "Negotiated contracts with 40 suppliers."
    assert not phrases["Forecast stock levels"].shown
    assert phrases["Forecast stock levels"].importance == "required"


def test_one_shared_word_without_the_verb_shows_no_ability(mini_analyzer):
    report = gap(mini_analyzer, "Skills\n- Supplier onboarding\n", ad("Requirements\n- Negotiate supplier contracts\n"))
    (phrase,) = report.phrases
    assert not phrase.shown and phrase.cv_sentence is None


def test_an_ability_asked_twice_is_listed_once_at_its_strongest(mini_analyzer):
    report = gap(
        mini_analyzer,
        "Nothing relevant here.\n",
        ad("Nice to have\n- Negotiate supplier contracts\n", "first.txt"),
        ad("Requirements\n- Negotiate supplier contracts\n", "second.txt"),
    )
    assert [(p.text, p.importance, p.target_path) for p in report.phrases] == [
        ("Negotiate supplier contracts", "required", "second.txt")
    ]


def test_what_an_ad_says_of_its_employer_is_no_gap(mini_analyzer):
    report = gap(mini_analyzer, "Nothing relevant here.\n", ad("We build everything in Django.\nYou know Python.\n"))
    assert set(by_id(report)) == {"python"}


def test_extract_each_goes_on_past_bad_files_in_order(mini_analyzer, tmp_path):
    """The library, not only the CLI, keeps one result per path: a profile, or the error of a file it could
    not read."""
    from skillgap.errors import ExitCode, SkillgapError

    good = tmp_path / "ad.txt"
    good.write_text("Requirements\n- Python\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    results = mini_analyzer.extract_each([empty, good, missing], kind="ad")
    assert [type(r).__name__ for r in results][1] == "SkillProfile"
    assert isinstance(results[0], SkillgapError) and results[0].exit_code == ExitCode.EMPTY
    assert isinstance(results[2], SkillgapError) and results[2].exit_code == ExitCode.FILE_NOT_FOUND
    assert results[1].skill_ids == {"python"}


@pytest.mark.parametrize(
    ("source", "words", "occurrence", "at"),
    [
        # The second "biology" of a sentence that names it twice, past a bullet and a line break collapsed.
        ("- MBO level 4 in biology,\n  or a BSc in biology", "biology", 1, 36),
        ("- MBO level 4 in biology,\n  or a BSc in biology", "biology", 0, 15),
        # Words the cleaned sentence holds with one space where the source had a line break.
        ("• Project\nManagement in practice, and Project Management again", "Project\nManagement", 0, 0),
    ],
)
def test_a_mentions_place_in_its_sentence_is_its_own(source: str, words: str, occurrence: int, at: int) -> None:
    from skillgap.profile import SentencePlaces, _clean_sentence

    start = -1
    for _ in range(occurrence + 1):
        start = source.find(words, start + 1)
    sentence = _clean_sentence(source)
    assert SentencePlaces(source).offset(sentence, 0, len(source), start, words) == at
    assert sentence[at:].startswith(" ".join(words.split()))


def test_cleaned_offsets_follow_the_cleaning() -> None:
    from skillgap.profile import _clean_sentence, cleaned_offsets

    source = "  •  Budgets,\n\n   forecasting   and  in-year spend "
    cleaned = _clean_sentence(source)
    offsets = cleaned_offsets(source)
    for at, character in enumerate(source):
        if not character.isspace() and at >= source.index("B"):
            assert cleaned[offsets[at]] == character
