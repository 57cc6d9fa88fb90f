"""The taxonomy: sources are valid, the compiled file is current, and integrity checks catch real problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillgap.errors import TaxonomyError
from skillgap.taxonomy import SKILL_TYPES, Skill, build_from_sources, compile_skills, load_taxonomy, validate
from skillgap.taxonomy.compile import AgentNoun, surface_variants, to_json


def test_sources_are_valid_and_compiled_file_is_current(repo: Path) -> None:
    fresh = build_from_sources(repo / "models" / "taxonomy")
    compiled = (repo / "models" / "compiled" / "taxonomy.json").read_text(encoding="utf-8")
    assert to_json(fresh) == compiled, "models/compiled is stale: run `skillgap taxonomy build`"


def test_compiling_twice_gives_identical_bytes(repo: Path) -> None:
    assert to_json(build_from_sources(repo / "models" / "taxonomy")) == to_json(
        build_from_sources(repo / "models" / "taxonomy")
    )


def test_packaged_taxonomy_is_broad_and_typed() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy) >= 500
    assert {skill.type for skill in taxonomy} == set(SKILL_TYPES)
    domains = {skill.domain for skill in taxonomy}
    assert len(domains) >= 15
    for skill in taxonomy:
        for link in (*skill.broader, *skill.related, *skill.narrower):
            assert link in taxonomy, (skill.id, link)
        for other in skill.related:
            assert skill.id in taxonomy[other].related  # symmetric after compilation
        for parent in skill.broader:
            assert skill.id in taxonomy[parent].narrower


def test_the_practised_soft_skills_are_soft_skills_of_the_taxonomy() -> None:
    # The lexicon that keeps practices (mentoring, negotiation) "missing" where a CV does not name them names them by
    # id: a misspelt or retyped id would quietly make that practice "unstated".
    from skillgap.gap import PRACTISED_SOFT_SKILLS_FILE
    from skillgap.taxonomy.load import read_lexicon

    taxonomy = load_taxonomy()
    practices = read_lexicon(PRACTISED_SOFT_SKILLS_FILE)
    assert len(practices) >= 20
    for skill_id in practices:
        assert skill_id in taxonomy and taxonomy[skill_id].type == "soft_skill", skill_id


def test_the_qualities_of_service_are_skills_of_the_taxonomy_that_are_no_soft_skills() -> None:
    # Soft skills are qualities already; a misspelt id would quietly leave its skill "missing" where unnamed.
    from skillgap.gap import QUALITIES_OF_SERVICE_FILE
    from skillgap.taxonomy.load import read_lexicon

    taxonomy = load_taxonomy()
    qualities = read_lexicon(QUALITIES_OF_SERVICE_FILE)
    assert qualities
    for skill_id in qualities:
        assert skill_id in taxonomy and taxonomy[skill_id].type != "soft_skill", skill_id


def _skill(skill_id: str, **fields) -> Skill:
    return Skill(
        id=skill_id,
        label=fields.pop("label", skill_id.title()),
        type=fields.pop("type", "tool"),
        domain="test",
        **fields,
    )


def test_job_titles_are_derived_from_multi_word_names_of_activities() -> None:
    agents = {
        "surveying": AgentNoun("surveyor"),
        "analysis": AgentNoun("analyst"),
        "development": AgentNoun("developer"),
        "welding": AgentNoun("welder"),
        "plumbing": AgentNoun("plumber", alone=True),
    }
    skills = [
        _skill("quantity-surveying", label="Quantity Surveying", type="hard_skill", aliases=("QS work",)),
        _skill("data-analysis", label="Data analysis", type="knowledge"),
        _skill("welding", label="Welding", type="hard_skill"),  # one word, not marked `alone`: no title
        _skill("plumbing", label="Plumbing", type="hard_skill"),  # one word, marked `alone`
        _skill("l-and-d", label="Learning and development", type="hard_skill"),  # no "learning and developer"
        _skill("code-analysis", label="Code Analysis", type="tool"),  # a product's name names no job
        _skill("risk-analysis", label="Risk analysis", type="hard_skill"),
        _skill("risks-analysis", label="Risks analysis", type="knowledge"),  # two skills, one title: neither
        _skill("web-development", label="Web development", type="hard_skill"),
        _skill("web-developer-tools", label="Web Developer", type="tool"),  # the title is already a form
    ]
    titles = {(p.text, p.skill_id) for p in compile_skills(skills, agent_nouns=agents).patterns if p.mode == "title"}
    assert titles == {
        ("Quantity Surveyor", "quantity-surveying"),
        ("Data analyst", "data-analysis"),
        ("Plumber", "plumbing"),
    }
    assert not [p for p in compile_skills(skills).patterns if p.mode == "title"]  # only with the lexicon


@pytest.mark.parametrize(
    ("skills", "problem"),
    [
        ([_skill("a"), _skill("a")], "defined twice"),
        ([_skill("Bad_Id")], "lowercase"),
        ([_skill("a", type="gadget")], "type"),
        ([_skill("a", broader=("nope",))], "unknown id"),
        ([_skill("a", broader=("b",)), _skill("b", broader=("a",))], "cycle"),
        ([_skill("a", broader=("b",)), _skill("b", broader=("c",)), _skill("c", broader=("a",))], "cycle"),
        ([_skill("a", aliases=("Shared",)), _skill("b", aliases=("shared",))], "shared by"),
        ([_skill("a", ambiguous=("Go",)), _skill("b", aliases=("go",))], "shared by"),
        ([_skill("a", related=("a",))], "itself"),
        ([_skill("a", aliases=("will writing",))], "modal verb"),  # by lemma it reads "you will write"
        # A description of one word is a keyword, not a description; "on time" has one word of three letters.
        ([_skill("a", described_as=("met deadlines", "on time"))], "description 'on time'"),
    ],
)
def test_validation_catches(skills: list[Skill], problem: str) -> None:
    problems = validate(skills)
    assert any(problem in p for p in problems), problems
    with pytest.raises(TaxonomyError):
        compile_skills(skills)


def test_ambiguous_forms_may_be_shared() -> None:
    skills = [_skill("go-lang", ambiguous=("Go",)), _skill("go-board-game", ambiguous=("Go",))]
    assert validate(skills) == []


def test_exact_forms_may_differ_in_case_only() -> None:
    tool = _skill("dbt", label="dbt", exact=("dbt",))
    therapy = "Dialectical behaviour therapy"
    assert validate([tool, _skill("dbt-therapy", label=therapy, exact=("DBT",))]) == []
    assert validate([tool, _skill("dbt-therapy", label=therapy, aliases=("DBT",))])
    assert validate([tool, _skill("dbt-therapy", label=therapy, exact=("dbt",))])


def test_sound_taxonomy_compiles_with_symmetric_links() -> None:
    taxonomy = compile_skills(
        [
            _skill("python"),
            _skill("django", broader=("python",), related=("flask",)),
            _skill("flask", broader=("python",)),
        ]
    )
    assert taxonomy["python"].narrower == ("django", "flask")
    assert taxonomy["flask"].related == ("django",)
    # Close evidence: siblings and specialisations, never the generalisation ("Python" does not show Django).
    assert taxonomy.neighbours("django") == {"flask"}
    assert taxonomy.neighbours("python") == {"django", "flask"}


@pytest.mark.parametrize(
    ("form", "variants"),
    [
        ("front-end", ["front-end", "front end", "frontend"]),
        ("e-mail marketing", ["e-mail marketing", "e mail marketing", "email marketing"]),
        ("front-end development", ["front-end development", "front end development", "frontend development"]),
        ("infrastructure-as-code", ["infrastructure-as-code", "infrastructure as code"]),
        ("machine learning", ["machine learning", "machine-learning"]),
        ("C++", ["C++"]),
        ("CI/CD", ["CI/CD"]),
        # The level of an NVQ or SVQ, however written; "in" before a subject of two words or more.
        ("NVQ 2", ["NVQ 2", "NVQ Level 2", "NVQ2", "NVQ L2", "Level 2 NVQ"]),
        (
            "NVQ 3 Electrical",
            [
                "NVQ 3 Electrical",
                "NVQ Level 3 Electrical",
                "NVQ3 Electrical",
                "NVQ L3 Electrical",
                "Level 3 NVQ Electrical",
            ],
        ),
        (
            "Level 3 NVQ in Professional Cookery",
            [
                "Level 3 NVQ in Professional Cookery",
                "NVQ Level 3 Professional Cookery",
                "NVQ Level 3 in Professional Cookery",
                "NVQ 3 Professional Cookery",
                "NVQ 3 in Professional Cookery",
                "NVQ3 Professional Cookery",
                "NVQ3 in Professional Cookery",
                "NVQ L3 Professional Cookery",
                "NVQ L3 in Professional Cookery",
                "Level 3 NVQ Professional Cookery",
            ],
        ),
        (
            "NVQ Level 3 Professional Cookery",
            [
                "NVQ Level 3 Professional Cookery",
                "NVQ 3 Professional Cookery",
                "NVQ3 Professional Cookery",
                "NVQ L3 Professional Cookery",
                "Level 3 NVQ Professional Cookery",
            ],
        ),
        (
            "SVQ Level 3 Diploma in Hospitality",
            [
                "SVQ Level 3 Diploma in Hospitality",
                "SVQ 3 Diploma in Hospitality",
                "SVQ3 Diploma in Hospitality",
                "SVQ L3 Diploma in Hospitality",
                "Level 3 SVQ Diploma in Hospitality",
            ],
        ),
        ("Level 2 Diploma", ["Level 2 Diploma"]),
    ],
)
def test_surface_variants(form: str, variants: list[str]) -> None:
    assert surface_variants(form) == variants


def test_bad_toml_is_a_taxonomy_error(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('domain = "x"\n[[skills]]\nid = \n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"broken\.toml"):
        build_from_sources(tmp_path)
    (tmp_path / "broken.toml").write_text('[[skills]]\nid = "a"\nlabel = "A"\ntype = "tool"\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="domain"):
        build_from_sources(tmp_path)


def test_no_two_skills_read_the_same_once_normalised() -> None:
    """Forms that only clash after lemmas and spelling ("neurosciences" / "Neuroscience") are caught too."""
    from skillgap.taxonomy.norm_check import normalised_clashes

    assert normalised_clashes(load_taxonomy()) == []
    clashing = compile_skills(
        [_skill("a", label="Neuroscience"), _skill("b", label="Neurology", aliases=("neurosciences",))]
    )
    assert normalised_clashes(clashing) and "a, b" in normalised_clashes(clashing)[0]


def test_no_abbreviation_that_is_also_a_word_matches_in_any_case() -> None:
    """An alias "CART" would match "cart": such forms must be exact or ambiguous, also as generated variants
    ("CAR-T" joined)."""
    from skillgap.taxonomy.norm_check import acronyms_that_are_words

    assert acronyms_that_are_words(load_taxonomy()) == []
    flagged = compile_skills([_skill("a", label="Therapy", aliases=("CAR-T", "ATMP"))])
    assert [problem.split(":")[0] for problem in acronyms_that_are_words(flagged)] == ["a"]
    assert "'CART'" in acronyms_that_are_words(flagged)[0]
    fine = compile_skills([_skill("a", label="Therapy", aliases=("ATMP",), exact=("CAR-T",))])
    assert acronyms_that_are_words(fine) == []


def test_descriptions_are_compiled_and_loaded(mini_taxonomy) -> None:
    assert mini_taxonomy["stakeholder-management"].described_as == ("liaised with directors", "reported to the board")
    assert mini_taxonomy["teamwork"].described_as == ()
