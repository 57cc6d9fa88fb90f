"""Report contracts: the JSON shapes, offsets that index the input text, and the human renderers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from skillgap.documents import read_text
from skillgap.gap import compare
from skillgap.report import (
    SCHEMA_VERSION,
    document_data,
    dumps,
    extract_data,
    gap_data,
    gap_markdown,
    print_gap,
    to_text,
)

EXTRACT_DOCUMENT_KEYS = {"path", "kind", "mentions", "skills", "phrases"}
PHRASE_KEYS = {"text", "verb", "words", "start", "end", "sentence", "requirement", "page", "line", "section"}
GAP_PHRASE_KEYS = {"text", "verb", "importance", "rank", "shown", "target", "cv"}
MENTION_KEYS = {"skill_id", "label", "text", "start", "end", "sentence", "requirement"}
EXTRACT_SKILL_KEYS = {"id", "label", "type", "count"}
GAP_KEYS = {"schema_version", "scoring_version", "cv", "targets", "skills", "suggestions", "phrases"}
TARGET_KEYS = {"path", "kind", "score"}
GAP_SKILL_KEYS = {
    "id",
    "label",
    "type",
    "status",
    "importance",
    "rank",
    "targets",
    "cv_terms",
    "target_terms",
    "evidence",
    "shortfall",
    "months_shown",
}

CV_TEXT = """Jordan Lee

Skills
Python, Go
Snowflake

Experience
- Built APIs with the Flask framework.
- Ran Postgres and K8s in production.
"""
AD_TEXT = """Senior Data Engineer

Requirements
- 5+ years of Python
- Django
- PostgreSQL
- Java

Desirable
- Kubernetes
- Apache Airflow would be a plus

About us
We are a Snowflake partner.
"""


def extract(analyzer, text: str, kind: str = "ad", path: str = "x.txt"):
    return extract_data(analyzer.profiles([read_text(text, path)], [kind]))


def make_report(analyzer, cv_text: str = CV_TEXT, ad_text: str = AD_TEXT):
    documents = [read_text(cv_text, "cv.txt"), read_text(ad_text, "ad.txt")]
    cv, target = analyzer.profiles(documents, ["cv", "ad"])
    return compare(cv, [target], analyzer.taxonomy)


# --------------------------------------------------------------------------------------------- extract JSON
def test_extract_contract_keys(mini_analyzer):
    data = extract(mini_analyzer, AD_TEXT)
    assert set(data) == {"schema_version", "documents"}
    assert data["schema_version"] == SCHEMA_VERSION
    [document] = data["documents"]
    assert set(document) == EXTRACT_DOCUMENT_KEYS
    assert (document["path"], document["kind"]) == ("x.txt", "ad")
    assert document["mentions"] and document["skills"]
    for mention in document["mentions"]:
        assert set(mention) >= MENTION_KEYS
        assert mention["requirement"] in ("required", "preferred", "mentioned")
    for skill in document["skills"]:
        assert set(skill) == EXTRACT_SKILL_KEYS


def test_extract_skill_counts_match_mentions(mini_analyzer):
    data = extract(mini_analyzer, "Python and Java.\nMore Python.\nPython again, with Postgres.\n", kind="cv")
    [document] = data["documents"]
    counts = {skill["id"]: skill["count"] for skill in document["skills"]}
    assert counts == {"python": 3, "java": 1, "postgresql": 1}
    assert [skill["id"] for skill in document["skills"]] == ["python", "java", "postgresql"]  # first mention
    labels = {skill["id"]: (skill["label"], skill["type"]) for skill in document["skills"]}
    assert labels["postgresql"] == ("PostgreSQL", "tool")


def test_extract_several_documents_keep_order(mini_analyzer):
    documents = [read_text("Python", "a.txt"), read_text("Java", "b.txt"), read_text("nothing", "c.txt")]
    data = extract_data(mini_analyzer.profiles(documents, ["cv", "ad", "profile"]))
    assert [(d["path"], d["kind"]) for d in data["documents"]] == [
        ("a.txt", "cv"),
        ("b.txt", "ad"),
        ("c.txt", "profile"),
    ]
    assert data["documents"][2]["mentions"] == [] and data["documents"][2]["skills"] == []


def test_extract_mention_values(mini_analyzer):
    [document] = extract(mini_analyzer, AD_TEXT)["documents"]
    python = next(m for m in document["mentions"] if m["skill_id"] == "python")
    assert python["label"] == "Python"
    assert python["text"] == "Python"
    assert python["sentence"] == "5+ years of Python"
    assert python["requirement"] == "required"
    assert python["years"] == 5
    assert python["line"] == 4
    assert python["section"] == "requirements"
    airflow = next(m for m in document["mentions"] if m["skill_id"] == "apache-airflow")
    assert airflow["requirement"] == "preferred"
    assert "snowflake" not in {m["skill_id"] for m in document["mentions"]}  # About us is not a request


# --------------------------------------------------------------------------------------------- offsets
def assert_offsets(data, text: str) -> None:
    for document in data["documents"]:
        for mention in document["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"], mention


def test_offsets_index_plain_text(mini_analyzer):
    data = extract(mini_analyzer, AD_TEXT)
    assert_offsets(data, AD_TEXT)
    assert len(data["documents"][0]["mentions"]) == 6


def test_offsets_with_crlf_line_endings(mini_analyzer):
    text = AD_TEXT.replace("\n", "\r\n")
    data = extract(mini_analyzer, text)
    assert_offsets(data, text)
    [document] = data["documents"]
    assert {m["skill_id"] for m in document["mentions"]} == {
        "python",
        "django",
        "postgresql",
        "java",
        "kubernetes",
        "apache-airflow",
    }
    kubernetes = next(m for m in document["mentions"] if m["skill_id"] == "kubernetes")
    assert (kubernetes["line"], kubernetes["requirement"]) == (10, "preferred")


def test_offsets_after_non_ascii_text(mini_analyzer):
    text = "Café résumé — naïve 😀 日本語 “quoted” Python\r\nZürich • Kubernetes, Postgres…\n"
    data = extract(mini_analyzer, text, kind="cv")
    assert_offsets(data, text)
    [document] = data["documents"]
    assert [m["text"] for m in document["mentions"]] == ["Python", "Kubernetes", "Postgres"]
    assert [m["line"] for m in document["mentions"]] == [1, 2, 2]


def test_gap_evidence_offsets_index_their_own_document(mini_analyzer):
    texts = {"cv.txt": CV_TEXT.replace("\n", "\r\n"), "ad.txt": "Ünïcödé ✓\n" + AD_TEXT}
    data = gap_data(make_report(mini_analyzer, texts["cv.txt"], texts["ad.txt"]))
    evidence = [e for skill in data["skills"] for e in skill["evidence"]]
    assert {e["source"] for e in evidence} == {"cv", "target"}
    for e in evidence:
        assert texts[e["path"]][e["start"] : e["end"]] == e["text"]


def test_document_data_lines_index_the_text():
    text = "Skills\r\nPython, Go\r\n\r\nCafé ☕ Postgres\nlast line"
    data = document_data(read_text(text, "x.txt"))
    assert data["text"] == text
    assert data["schema_version"] == SCHEMA_VERSION
    assert [line["text"] for line in data["lines"]] == ["Skills", "Python, Go", "", "Café ☕ Postgres", "last line"]
    for line in data["lines"]:
        assert text[line["start"] : line["end"]] == line["text"]
    assert data["lines"][0]["heading"] is True and data["lines"][1]["section"] == "skills"
    assert json.loads(dumps(data)) == data


FILLER = [
    "the",
    "team",
    "we",
    "build",
    "and",
    "with",
    "experience",
    "in",
    "of",
    "café",
    "naïve",
    "über",
    "—",
    "😀",
    "日本",
    "5+",
    "years",
    "would",
    "be",
    "a",
    "plus",
    "must",
    "have",
    "Requirements",
    "Desirable:",
    "About",
    "us",
    "Benefits",
    "Skills",
    ",",
    ".",
    ";",
    "!",
    "(",
    ")",
    "•",
    "-",
    "'s",
    "C-suite",
    "go",
    "Go",
    "excel",
    "Lead",
    "extra",
    "mile",
]
SKILL_NAMES = [
    "Python",
    "Python 3.11",
    "Postgres",
    "PostgreSQL",
    "K8s",
    "Kubernetes",
    "C",
    "C++",
    "C#",
    "Java",
    "JavaScript",
    "Node.js",
    "CI/CD",
    "front-end development",
    "MS Excel",
    "Excel",
    "Flask",
    "Flask framework",
    "Django",
    "mentoring",
    "Mentored",
    "REST APIs",
    "Snowflake",
    "Airflow",
    "R",
    "Golang",
    "team players",
    "stakeholder management",
    "data visualisation",
]
SEPARATORS = [" ", "  ", "\n", "\r\n", "\r\n\r\n", "\n\n", "\t", ", ", "\u00a0", ""]

words = st.one_of(st.sampled_from(FILLER), st.sampled_from(SKILL_NAMES))
texts = st.lists(st.tuples(words, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(word + separator for word, separator in parts)
)


@settings(max_examples=120, deadline=None)
@given(ad_text=texts, cv_text=texts, kind=st.sampled_from(["ad", "profile"]))
def test_generated_texts_offsets_and_no_exceptions(mini_analyzer, ad_text, cv_text, kind):
    documents = [read_text(cv_text, "cv.txt"), read_text(ad_text, "ad.txt")]
    cv, target = mini_analyzer.profiles(documents, ["cv", kind])
    data = extract_data([cv, target])
    assert_offsets({"documents": [data["documents"][0]]}, cv_text)
    assert_offsets({"documents": [data["documents"][1]]}, ad_text)
    for document in data["documents"]:
        counts = {s["id"]: s["count"] for s in document["skills"]}
        assert sum(counts.values()) == len(document["mentions"])
    report = compare(cv, [target], mini_analyzer.taxonomy)
    gap = gap_data(report)
    assert json.loads(dumps(gap)) == gap
    assert [s["rank"] for s in gap["skills"]] == list(range(1, len(gap["skills"]) + 1))
    assert {s["id"] for s in gap["skills"]} == {s["id"] for s in data["documents"][1]["skills"]}
    score = gap["targets"][0]["score"]
    if gap["skills"]:
        assert 0 <= score <= 100
    else:
        assert score is None
    gap_markdown(report)
    to_text(print_gap, report)


# --------------------------------------------------------------------------------------------- gap JSON
def test_gap_contract_keys(mini_analyzer):
    data = gap_data(make_report(mini_analyzer))
    assert set(data) == GAP_KEYS
    assert data["schema_version"] == SCHEMA_VERSION
    assert isinstance(data["scoring_version"], int)
    assert data["cv"]["path"] == "cv.txt"
    [target] = data["targets"]
    assert set(target) >= TARGET_KEYS
    assert (target["path"], target["kind"]) == ("ad.txt", "ad")
    assert isinstance(target["score"], int)
    assert data["skills"]
    for skill in data["skills"]:
        assert set(skill) >= GAP_SKILL_KEYS
        assert skill["status"] in ("matched", "related", "missing")
        assert skill["importance"] in ("required", "preferred", "mentioned")
        assert skill["targets"] == ["ad.txt"]
        assert skill["evidence"]
        assert skill["shortfall"] is None or skill["status"] == "related"
        for evidence in skill["evidence"]:
            assert {"source", "path", "text", "sentence", "start", "end", "line", "period"} <= set(evidence)
    for suggestion in data["suggestions"]:
        assert set(suggestion) >= {"type", "skill_id", "text"}
        assert suggestion["type"] in ("add", "highlight", "reword")


def test_gap_json_values(mini_analyzer):
    data = gap_data(make_report(mini_analyzer))
    skills = {skill["id"]: skill for skill in data["skills"]}
    assert set(skills) == {"python", "django", "postgresql", "java", "kubernetes", "apache-airflow"}
    assert skills["python"]["status"] == "matched"
    assert skills["postgresql"]["cv_terms"] == ["Postgres"]
    assert skills["postgresql"]["target_terms"] == ["PostgreSQL"]
    assert skills["django"]["status"] == "related"
    assert set(skills["django"]["related_in_cv"]) == {"flask"}  # Python is broader: no evidence of Django
    assert skills["java"]["status"] == "missing"
    assert skills["java"]["cv_terms"] == []
    assert skills["python"]["years"] == 5
    assert data["cv"]["skills"] == 6  # python, go, snowflake, flask, postgresql, kubernetes
    # required (3): python matched 3 + django related 1.5 + postgresql matched 3 + java missing 0;
    # preferred (2): kubernetes matched 2 + airflow missing 0.  9.5 of 16 -> 59.4 -> 59
    assert data["targets"][0]["score"] == 59


def test_gap_json_is_serialisable_and_stable(mini_analyzer):
    first = dumps(gap_data(make_report(mini_analyzer)))
    second = dumps(gap_data(make_report(mini_analyzer)))
    assert first == second
    assert json.loads(first) == gap_data(make_report(mini_analyzer))


# --------------------------------------------------------------------------------------------- renderers
def test_markdown_contains_every_label_and_suggestion_type(mini_analyzer):
    report = make_report(mini_analyzer)
    assert {s.type for s in report.suggestions} == {"add", "highlight", "reword"}
    markdown = gap_markdown(report)
    for skill in report.skills:
        assert skill.label in markdown, skill.label
    for suggestion in report.suggestions:
        assert f"**{suggestion.type}**" in markdown
    assert f"{report.targets[0].score}/100" in markdown
    assert markdown.count("\n| ") >= len(report.skills)


def test_text_contains_every_label_and_suggestion_type(mini_analyzer):
    report = make_report(mini_analyzer)
    text = to_text(print_gap, report)
    for skill in report.skills:
        assert skill.label in text, skill.label
    for kind in ("add", "highlight", "reword"):
        assert f"[{kind}]" in text
    assert f"{report.targets[0].score}/100" in text
    assert "\x1b[" not in text  # plain text, no colour codes


def test_text_with_long_labels_in_a_wide_console(mini_analyzer):
    report = make_report(
        mini_analyzer,
        CV_TEXT,
        "Requirements\n- Stakeholder management\n- Data visualisation\n- Front-end development\n",
    )
    text = to_text(print_gap, report, width=200)
    for skill in report.skills:
        assert skill.label in text, skill.label
    assert "[add]" in text


def test_renderers_show_no_suggestions_section_when_all_match(mini_analyzer):
    report = make_report(mini_analyzer, "Python\n", "Requirements\n- Python\n")
    assert report.suggestions == ()
    assert "What to change" not in gap_markdown(report)
    assert "What to change" not in to_text(print_gap, report)
    assert "Python" in gap_markdown(report)


# ------------------------------------------------------------------------------------------ ability phrases
PHRASE_AD = "Responsibilities\n- Mentor junior engineers\n- Negotiate supplier contracts\n"
PHRASE_CV = "Experience\n- Mentored three junior engineers through their first year.\n"


def test_phrase_contracts_in_extract_and_gap_json(mini_analyzer):
    cv, target = mini_analyzer.profiles([read_text(PHRASE_CV, "cv.txt"), read_text(PHRASE_AD, "ad.txt")], ["cv", "ad"])
    (document,) = extract_data([target])["documents"]
    assert [p["text"] for p in document["phrases"]] == ["Mentor junior engineers", "Negotiate supplier contracts"]
    for phrase in document["phrases"]:
        assert set(phrase) == PHRASE_KEYS
        assert PHRASE_AD[phrase["start"] : phrase["end"]] == phrase["text"]
    data = gap_data(compare(cv, [target], mini_analyzer.taxonomy))
    assert [set(p) for p in data["phrases"]] == [GAP_PHRASE_KEYS] * 2
    # Not shown first: negotiating is nowhere in the CV; mentoring is, worded differently.
    assert [(p["text"], p["shown"], p["rank"]) for p in data["phrases"]] == [
        ("Negotiate supplier contracts", False, 1),
        ("Mentor junior engineers", True, 2),
    ]
    assert data["phrases"][1]["cv"]["sentence"] == "Mentored three junior engineers through their first year."
    assert data["phrases"][1]["cv"]["shared_words"] == ["mentor", "junior", "engineer"]
    assert data["phrases"][0]["cv"] is None


def test_phrases_in_the_human_renderers(mini_analyzer):
    cv, target = mini_analyzer.profiles([read_text(PHRASE_CV, "cv.txt"), read_text(PHRASE_AD, "ad.txt")], ["cv", "ad"])
    report = compare(cv, [target], mini_analyzer.taxonomy)
    for rendered in (gap_markdown(report), to_text(print_gap, report)):
        assert "Abilities asked for" in rendered
        assert "Negotiate supplier contracts" in rendered and "not shown" in rendered
