"""The spaCy stage: pipe layout, sentences, normalisation, skill matching and requirement levels.

Everything runs on the small fixture taxonomy (tests/fixtures/mini_taxonomy), so the expected skill ids
below are the ones defined there.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from skillgap.documents import read_text
from skillgap.nlp import SPANS_KEY, make_doc
from skillgap.nlp.doc_data import SpanValues, doc_text
from skillgap.nlp.normalise import normalise_word

EXPECTED_PIPES = [
    "skillgap_sentencizer",
    "skill_normalizer",
    "skill_matcher",
    "fuzzy_skill_matcher",
    "compound_skills",
    "people_skills",
    "qualification_progress",
    "candidate_skills",
    "skill_phrases",
    "requirement_levels",
]


def run(nlp, text: str):
    return nlp(make_doc(nlp, read_text(text, "x.txt")))


def skill_spans(nlp, text: str) -> list:
    doc = run(nlp, text)  # a SpanGroup needs its Doc alive while it is read
    return list(doc.spans[SPANS_KEY])


def skill_ids(nlp, text: str) -> list[str]:
    return [span.label_ for span in skill_spans(nlp, text)]


def spans_of(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.label_, span.text) for span in skill_spans(nlp, text)]


def sentences(nlp, text: str) -> list[str]:
    return [sent.text.strip() for sent in run(nlp, text).sents if sent.text.strip()]


def span_for(nlp, text: str, skill_id: str):
    found = [span for span in skill_spans(nlp, text) if span.label_ == skill_id]
    assert found, f"{skill_id} not found in {text!r}"
    return found[0]


# --------------------------------------------------------------------------------------------- pipeline
def test_pipe_names_in_documented_order(mini_nlp):
    assert mini_nlp.pipe_names == EXPECTED_PIPES


@pytest.mark.parametrize("name", EXPECTED_PIPES)
def test_components_are_registered_factories(mini_nlp, name):
    assert Language.has_factory(name)
    assert mini_nlp.get_pipe_meta(name).factory == name


def test_component_metadata_declares_what_it_assigns(mini_nlp):
    assert "doc.spans" in mini_nlp.get_pipe_meta("skill_matcher").assigns
    assert "token.norm" in mini_nlp.get_pipe_meta("skill_normalizer").assigns
    assert "token.is_sent_start" in mini_nlp.get_pipe_meta("skillgap_sentencizer").assigns
    problems = mini_nlp.analyze_pipes(pretty=False)["problems"]
    assert all(not missing for missing in problems.values()), problems


def test_spans_live_on_skills_key_labelled_with_skill_ids(mini_nlp, mini_taxonomy):
    doc = run(mini_nlp, "We use Postgres, Kubernetes and Django every day.")
    assert SPANS_KEY == "skills"
    spans = list(doc.spans["skills"])
    assert [span.label_ for span in spans] == ["postgresql", "kubernetes", "django"]
    assert [span.text for span in spans] == ["Postgres", "Kubernetes", "Django"]
    for span in spans:
        assert span.label_ in mini_taxonomy
        assert doc.text[span.start_char : span.end_char] == span.text


def test_text_without_skills_gives_no_spans(mini_nlp):
    assert skill_ids(mini_nlp, "I enjoy long walks and reading novels.") == []
    assert skill_ids(mini_nlp, "") == []


# --------------------------------------------------------------------------------------------- sentences
def test_each_bullet_is_its_own_sentence(mini_nlp):
    text = "Requirements\n• Python experience\n• Kubernetes in production\n- Mentoring junior staff\n* Postgres\n"
    assert sentences(mini_nlp, text) == [
        "Requirements",
        "• Python experience",
        "• Kubernetes in production",
        "- Mentoring junior staff",
        "* Postgres",
    ]


def test_inline_bullets_split_a_single_line(mini_nlp):
    text = "Skills: Python • Kubernetes • Postgres"
    sents = sentences(mini_nlp, text)
    assert len(sents) == 3
    assert sents[1].startswith("•") and "Kubernetes" in sents[1]


def test_wrapped_lower_case_line_continues_the_sentence(mini_nlp):
    text = (
        "Experience\nSenior Engineer, Acme\nBuilt data pipelines in Python and\n"
        "maintained the Postgres cluster for\nthree teams.\nLed the migration to K8s.\n"
    )
    sents = sentences(mini_nlp, text)
    wrapped = "Built data pipelines in Python and\nmaintained the Postgres cluster for\nthree teams."
    assert wrapped in sents
    assert "Led the migration to K8s." in sents
    assert "Senior Engineer, Acme" in sents  # a capitalised line after an unpunctuated one is new
    by_id = {span.label_: span for span in skill_spans(mini_nlp, text)}
    assert by_id["python"].sent == by_id["postgresql"].sent
    assert by_id["kubernetes"].sent != by_id["python"].sent


def test_full_stop_splits_sentences_on_one_line(mini_nlp):
    assert sentences(mini_nlp, "I like Python. I also build Go services.") == [
        "I like Python.",
        "I also build Go services.",
    ]


def test_a_full_stop_inside_a_written_word_ends_no_sentence(mini_nlp):
    # "Vue.JS", "Ph.D": no space after the stop; a lost space before a capitalised word still ends one.
    assert sentences(mini_nlp, "Built apps in Vue.JS and Node.JS today. Then a Ph.D in Leeds.") == [
        "Built apps in Vue.JS and Node.JS today.",
        "Then a Ph.D in Leeds.",
    ]
    assert len(sentences(mini_nlp, "I left Leeds in May.Then I moved to York.")) == 2


def test_the_stop_of_an_abbreviation_ends_no_sentence(mini_nlp):
    assert sentences(mini_nlp, "Full licence, cat. B since 2014. GCSEs incl. Maths and English") == [
        "Full licence, cat. B since 2014.",
        "GCSEs incl. Maths and English",
    ]


def test_blank_line_separates_sentences(mini_nlp):
    assert sentences(mini_nlp, "Built things in Python\n\nand then more things") == [
        "Built things in Python",
        "and then more things",
    ]


def test_crlf_bullets_are_their_own_sentences(mini_nlp):
    text = "Skills\r\n• Python\r\n• Go\r\n• Postgres\r\n"
    assert sentences(mini_nlp, text) == ["Skills", "• Python", "• Go", "• Postgres"]


# --------------------------------------------------------------------------------------------- normalise
def _lookup(mini_nlp):
    return mini_nlp.get_pipe("skill_normalizer").lemma_table.get


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("mentoring", "mentored"),
        ("Mentoring", "mentoring"),
        ("MENTORING", "mentor"),
        ("organisation", "organization"),
        ("organisations", "organization"),
        ("APIs", "API"),
        ("modelling", "modeling"),
        ("modelled", "modeling"),
        ("analyse", "analyze"),
        ("visualisation", "visualization"),
        ("&", "and"),
        # Clipped forms a CV writes for the whole word.
        ("calcs", "calculations"),
        ("comms", "communications"),
        ("mgmt", "management"),
        ("certs", "certificate"),
    ],
)
def test_normalise_word_maps_variants_together(mini_nlp, left, right):
    lookup = _lookup(mini_nlp)
    assert normalise_word(left, lookup) == normalise_word(right, lookup)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Java", "JavaScript"),
        ("mentor", "monitor"),
        ("organization", "organ"),
        ("API", "app"),
    ],
)
def test_normalise_word_keeps_different_words_apart(mini_nlp, left, right):
    lookup = _lookup(mini_nlp)
    assert normalise_word(left, lookup) != normalise_word(right, lookup)


def test_normalise_word_is_lower_case_and_us_spelt(mini_nlp):
    lookup = _lookup(mini_nlp)
    assert normalise_word("Organisation", lookup) == "organization"
    assert normalise_word("APIs", lookup) == "api"
    assert normalise_word("C++", lookup) == "c++"  # not alphabetic: only lower-cased


def test_token_norm_is_set_by_the_pipeline(mini_nlp):
    doc = run(mini_nlp, "Mentoring mentored organisation organization APIs API modelling modeling")
    norms = [token.norm_ for token in doc]
    assert norms[0] == norms[1]
    assert norms[2] == norms[3]
    assert norms[4] == norms[5] == "api"
    assert norms[6] == norms[7]


def test_mentoring_matches_in_any_inflection(mini_nlp):
    for text in ("Mentoring junior staff", "I mentored two graduates", "mentoring", "Mentors new starters"):
        assert skill_ids(mini_nlp, text) == ["mentoring"], text


def test_uk_and_us_spellings_match_the_same_skill(mini_nlp):
    assert skill_ids(mini_nlp, "Strong data visualization.") == ["data-visualisation"]
    assert skill_ids(mini_nlp, "Strong data visualisation.") == ["data-visualisation"]


# --------------------------------------------------------------------------------------------- matching
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Used Postgres daily", [("postgresql", "Postgres")]),
        ("Used PostgreSQL daily", [("postgresql", "PostgreSQL")]),
        ("Ran K8s clusters", [("kubernetes", "K8s")]),
        ("Deployed on Kubernetes", [("kubernetes", "Kubernetes")]),
        ("Backend in Node.js", [("node-js", "Node.js")]),
        ("Owned the CI/CD pipeline", [("ci-cd", "CI/CD")]),
        ("Wrote Python 3.11 code", [("python", "Python")]),
        ("Wrote Python3 scripts", [("python", "Python3")]),
        ("Golang microservices", [("go", "Golang")]),
        ("Team player and team working", [("teamwork", "Team player"), ("teamwork", "team working")]),
    ],
)
def test_aliases_match_canonical_skill(mini_nlp, text, expected):
    assert spans_of(mini_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Experience in front-end development",
        "Experience in front end development",
        "Experience in frontend development",
        "Experience in Front-End Development",
    ],
)
def test_front_end_development_spellings(mini_nlp, text):
    assert skill_ids(mini_nlp, text) == ["front-end-development"]


def test_c_family_is_told_apart(mini_nlp):
    assert spans_of(mini_nlp, "Wrote C++ for embedded boards") == [("c-plus-plus", "C++")]
    assert spans_of(mini_nlp, "Wrote C# for Unity games") == [("c-sharp", "C#")]
    assert spans_of(mini_nlp, "Languages: C, C++ and C#") == [("c", "C"), ("c-plus-plus", "C++"), ("c-sharp", "C#")]


def test_javascript_is_not_java_and_java_is_not_javascript(mini_nlp):
    assert skill_ids(mini_nlp, "Five years of JavaScript.") == ["javascript"]
    assert skill_ids(mini_nlp, "Five years of Java.") == ["java"]
    assert skill_ids(mini_nlp, "Java and JavaScript") == ["java", "javascript"]


def test_plural_and_possessive_forms_match(mini_nlp):
    assert spans_of(mini_nlp, "Python's ecosystem is huge") == [("python", "Python")]
    assert spans_of(mini_nlp, "Designed REST APIs") == [("rest-api", "REST APIs")]
    assert spans_of(mini_nlp, "We want team players") == [("teamwork", "team players")]


@pytest.mark.parametrize(
    ("word", "skill_id"),
    [
        ("python", "python"),
        ("PYTHON", "python"),
        ("JAVA", "java"),
        ("MENTORING", "mentoring"),
        ("postgres", "postgresql"),
        ("kubernetes", "kubernetes"),
        ("POSTGRES", "postgresql"),
        ("KUBERNETES", "kubernetes"),
    ],
)
def test_matching_ignores_case_of_unambiguous_forms(mini_nlp, word, skill_id):
    # CVs often set skill lists in capitals; unambiguous forms are matched case-insensitively.
    assert skill_ids(mini_nlp, f"Skills\n{word}, SQL\n") == [skill_id, "sql"]


@pytest.mark.parametrize(
    ("upper", "mixed"), [("POSTGRES", "Postgres"), ("KUBERNETES", "Kubernetes"), ("PYTHON", "Python")]
)
def test_normalise_word_does_not_depend_on_case(mini_nlp, upper, mixed):
    lookup = _lookup(mini_nlp)
    assert normalise_word(upper, lookup) == normalise_word(mixed, lookup) == normalise_word(mixed.lower(), lookup)


def test_overlapping_matches_keep_the_longest(mini_nlp):
    # "Flask framework" (alias) covers the ambiguous "Flask"; "MS Excel" covers "Excel".
    assert spans_of(mini_nlp, "Built APIs with the Flask framework") == [("flask", "Flask framework")]
    assert spans_of(mini_nlp, "Advanced MS Excel skills") == [("microsoft-excel", "MS Excel")]


# --------------------------------------------------------------------------------------------- ambiguous forms
@pytest.mark.parametrize(
    "text",
    [
        "We always go the extra mile for our clients.",
        "Go the extra mile!",
        "Always ready to Go the extra mile.",
        "You will excel at handling complaints.",
        "Excel at communication with customers.",
        "Presenting to the C-suite every quarter.",
        "Lead the team through a reorganisation.",
        "Team Lead at Acme Ltd.",
        "Take the Lead on new projects.",
    ],
)
def test_ambiguous_words_in_ordinary_use_give_nothing(mini_nlp, text):
    assert skill_ids(mini_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with Python, Go and Rust.", ["python", "go"]),
        ("We build Go services on AWS.", ["go"]),
        ("Skills\nPython, Go", ["python", "go"]),
        ("Skills\nGo", ["go"]),
        ("Advanced MS Excel skills.", ["microsoft-excel"]),
        ("Good Excel spreadsheet skills.", ["microsoft-excel"]),
        ("Flask and Django web apps", ["flask", "django"]),
    ],
)
def test_ambiguous_words_used_as_skills_match(mini_nlp, text, expected):
    assert skill_ids(mini_nlp, text) == expected


def test_ambiguous_forms_need_exact_case(mini_nlp):
    assert skill_ids(mini_nlp, "Skills\npython, go") == ["python"]


def test_spans_from_ambiguous_forms_are_flagged(mini_nlp):
    span = span_for(mini_nlp, "We build Go services.", "go")
    assert span._.ambiguous is True
    assert span_for(mini_nlp, "Golang services", "go")._.ambiguous is False


# --------------------------------------------------------------------------------------------- requirements
def requirement(nlp, text: str, skill_id: str) -> str:
    return span_for(nlp, text, skill_id)._.requirement


AD = """Senior Backend Engineer

Essential
- Python
- Postgres

Desirable:
- Kubernetes

Nice to have
- Snowflake
"""


@pytest.mark.parametrize(
    ("skill_id", "expected"),
    [
        ("python", "required"),
        ("postgresql", "required"),
        ("kubernetes", "preferred"),
        ("snowflake", "preferred"),
    ],
)
def test_requirement_from_simple_headings(mini_nlp, skill_id, expected):
    assert requirement(mini_nlp, AD, skill_id) == expected


def test_requirement_from_qualified_headings(mini_nlp):
    text = (
        "What we're looking for (essential)\nExperience with Java\n\n"
        "Nice to have (desirable)\nExperience with Snowflake\n"
    )
    assert requirement(mini_nlp, text, "java") == "required"
    assert requirement(mini_nlp, text, "snowflake") == "preferred"


@pytest.mark.parametrize(
    "heading",
    [
        "Requirements",
        "Essential",
        "Essential criteria:",
        "Requirements:",
        "Qualifications",
        "What you'll bring",
        "About you",
    ],
)
def test_skill_under_required_heading_is_required(mini_nlp, heading):
    assert requirement(mini_nlp, f"{heading}\n- Kubernetes\n", "kubernetes") == "required"


@pytest.mark.parametrize(
    "heading",
    [
        "Desirable",
        "Desirable:",
        "Nice to have",
        "Nice-to-have",
        "Bonus points",
        "Preferred qualifications",
        "Desirable criteria:",
    ],
)
def test_skill_under_preferred_heading_is_preferred(mini_nlp, heading):
    assert requirement(mini_nlp, f"{heading}\n- Kubernetes\n", "kubernetes") == "preferred"


@pytest.mark.parametrize(
    "line",
    [
        "Kubernetes would be a plus",
        "Kubernetes is a plus",
        "Kubernetes is nice to have",
        "Kubernetes (desirable)",
        "Kubernetes is not essential",
        "Ideally some Kubernetes",
    ],
)
def test_preferred_cue_beats_requirements_heading(mini_nlp, line):
    text = f"Requirements\n- Python\n- {line}\n"
    assert requirement(mini_nlp, text, "python") == "required"
    assert requirement(mini_nlp, text, "kubernetes") == "preferred"


@pytest.mark.parametrize(
    "sentence",
    [
        "You must have Kubernetes experience.",
        "Kubernetes experience is essential.",
        "Kubernetes is required.",
        "Proven experience with Kubernetes.",
    ],
)
def test_required_cue_without_heading(mini_nlp, sentence):
    assert requirement(mini_nlp, f"The role\n{sentence}\n", "kubernetes") == "required"


def test_plain_mention_without_cue_or_heading_is_mentioned(mini_nlp):
    assert requirement(mini_nlp, "The role\nOur platform runs on Kubernetes.\n", "kubernetes") == "mentioned"


def test_cue_only_applies_to_its_own_sentence(mini_nlp):
    text = "You must have Python. Kubernetes would be a plus."
    assert requirement(mini_nlp, text, "python") == "required"
    assert requirement(mini_nlp, text, "kubernetes") == "preferred"


def test_semicolon_separated_clauses_keep_their_own_level(mini_nlp):
    # The sentencizer's contract: a new sentence starts after ";" when the next word is capitalised.
    text = "Python is essential; Kubernetes would be a plus."
    assert requirement(mini_nlp, text, "kubernetes") == "preferred"
    assert requirement(mini_nlp, text, "python") == "required"


def test_familiarity_with_under_desirable_heading_stays_preferred(mini_nlp):
    assert requirement(mini_nlp, "Desirable\n- Familiarity with Kubernetes\n", "kubernetes") == "preferred"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5),
        ("At least 3 years' experience with Python", 3),
        ("You have 7 years of experience in Python", 7),
        ("3-5 years of Python", 3),
        ("Python (5+ years)", 5),  # after the skill
        ("Python: 4 years", 4),
        ("At least three years of Python development", 3),  # in words
        ("Two or more years working with Python", 2),
        ("Django (3 years) and Python", None),  # the years belong to Django
        ("10 years in finance, 2 with Python", None),  # another number between
        ("Python (3 years of Django)", None),  # the years lead on to Django
        ("3–5 years of Python", 3),  # an en dash
        ("three to five years of Python", 3),
        ("Python (5+ years' experience)", 5),
        ("Python (minimum 3 years)", 3),
        ("Python | 5+ years | Essential", 5),  # a table row read as a line
        ("ten years in finance, two with Python", None),  # another number between, in words
        ("5 years building components in Python", 5),  # "one" inside a word is no number
        ("3 years in 2nd line support with Python", None),  # another figure between
        ("over the past two years our team moved to Python", None),  # a span of time
        ("2 yrs Python", 2),
        ("3.5 years of Python", 3),  # a decimal counts its whole years, not the 5 after the point
        ("2.5+ years of Python", 2),
        ("Python with two years' commercial experience", 2),  # years after the skill, joined by "with"
        ("Python with 3 years of Django", None),  # the years lead on to Django
    ],
)
def test_years_stated_for_the_skill(mini_nlp, text, years):
    assert span_for(mini_nlp, text, "python")._.years == years


@pytest.mark.parametrize(
    ("text", "months", "years"),
    [
        # Months exactly, whether counted in years or months; whole years only from one year up.
        ("3.5 years of Python", 42, 3),
        ("18 months' experience with Python", 18, 1),
        ("At least 6 months of Python", 6, None),
        ("Python (9 months)", 9, None),
        # Not the end of a range of time to come.
        ("You will build out the Python team over the next 12-18 months", None, None),
        # A half more; just short of a count; years in the post the skill names, not in another skill.
        ("Python (two and a half years)", 30, 2),
        ("nearly two years' experience in Python", 23, 1),
        ("Python with 2 years in the role", 24, 2),
        ("Python with 3 years in Django", None, None),
    ],
)
def test_months_stated_for_the_skill(mini_nlp, text, months, years):
    span = span_for(mini_nlp, text, "python")
    assert (span._.months, span._.years) == (months, years)


def test_years_of_experience_make_a_requirement(mini_nlp):
    assert requirement(mini_nlp, "The role\n5+ years of Python\n", "python") == "required"


def test_years_plus_written_as_word_is_still_required(mini_nlp):
    span = span_for(mini_nlp, "5 plus years of Python required.", "python")
    assert span._.years == 5
    assert span._.requirement == "required"


def test_years_do_not_attach_to_distant_or_absent_context(mini_nlp):
    assert span_for(mini_nlp, "We use Python daily.", "python")._.years is None
    far = "5 years ago we moved our whole company and every team over to Python"
    assert span_for(mini_nlp, far, "python")._.years is None
    assert span_for(mini_nlp, "5 years ago we moved to Python", "python")._.years is None  # a date, not experience
    other_sentence = "Founded 10 years ago.\nWe use Python."
    assert span_for(mini_nlp, other_sentence, "python")._.years is None


def test_employer_sections_are_only_mentions(mini_nlp):
    text = "Requirements\n- Python\n\nAbout us\nWe are a Snowflake partner.\n\nBenefits\nFree Kubernetes training\n"
    assert requirement(mini_nlp, text, "python") == "required"
    assert span_for(mini_nlp, text, "snowflake")._.section == "about_company"
    assert requirement(mini_nlp, text, "snowflake") == "mentioned"
    assert requirement(mini_nlp, text, "kubernetes") == "mentioned"


def test_span_values_are_the_extension_attributes(mini_nlp):
    # SpanValues reads and writes where spaCy's `span._` keeps a span's values: each must see what the other wrote.
    text = "Requirements\n- 5+ years of Python\n- Kubernetes would be a plus\n\nAbout us\nWe are a Snowflake partner."
    doc = run(mini_nlp, text)
    values = SpanValues(doc)
    spans = list(doc.spans[SPANS_KEY])
    assert {values.get(span, "requirement") for span in spans} == {"required", "preferred", "mentioned"}
    for span in spans:
        for name in ("requirement", "years", "ambiguous", "fuzzy", "about_employer", "names_role", "not_needed"):
            assert values.get(span, name) == getattr(span._, name)
    first, second = spans[0], spans[1]
    values.set(first, "years", 11)
    assert first._.years == 11
    second._.names_role = True
    assert values.get(second, "names_role") is True
    assert values.get(first, "names_role") is False  # the default, where nothing was written


def test_section_is_read_from_the_line_the_span_starts_on(mini_nlp):
    doc = run(mini_nlp, "Requirements\n- Python\n\nBenefits\nFree Kubernetes training\n")
    assert [(span.text, span._.section) for span in doc.spans[SPANS_KEY]] == [
        ("Python", "requirements"),
        ("Kubernetes", "benefits"),
    ]


# --------------------------------------------------------------------------------------------- nlp.pipe
def _signature(doc):
    return [(s.label_, s.start_char, s.end_char, s._.requirement, s._.years, s._.section) for s in doc.spans[SPANS_KEY]]


def test_pipe_over_many_texts_equals_one_by_one_in_order(mini_nlp):
    texts = [
        "Requirements\n- 5+ years of Python\n- Kubernetes would be a plus\n",
        "Skills\nPython, Go\nMS Excel",
        "We go the extra mile.",
        "Desirable:\n- Postgres\n",
        "",
        "Languages: C, C++ and C#",
        "About us\nA Snowflake partner.\nRequirements\nJava",
    ] * 6
    documents = [read_text(text, f"doc{i}.txt") for i, text in enumerate(texts)]
    one_by_one = [_signature(mini_nlp(make_doc(mini_nlp, d))) for d in documents]
    piped = [_signature(doc) for doc in mini_nlp.pipe((make_doc(mini_nlp, d) for d in documents), batch_size=4)]
    assert piped == one_by_one
    assert len(piped) == len(texts)
    assert [doc.text for doc in mini_nlp.pipe(make_doc(mini_nlp, d) for d in documents)] == texts
    assert any(piped) and not all(piped)  # the texts do differ: some have skills, some none


def test_light_cues_make_a_wish_outside_a_requirements_list(mini_nlp):
    from skillgap.documents import read_text
    from skillgap.nlp import make_doc

    text = (
        "About the role\nYou will build services. Familiarity with Kubernetes helps.\n\n"
        "Essential\n- Familiarity with Python\n"
    )
    doc = mini_nlp(make_doc(mini_nlp, read_text(text, "ad.txt")))
    levels = {span.label_: span._.requirement for span in doc.spans["skills"]}
    assert levels == {"kubernetes": "preferred", "python": "required"}


def test_processed_docs_serialise_with_their_spans(mini_nlp):
    """Doc.to_bytes must work (nlp.pipe with n_process and DocBin rely on it): user_data holds no spaCy objects."""
    from spacy.tokens import Doc

    doc = run(mini_nlp, "Requirements\n- 5+ years of Python and Go services\n")
    restored = Doc(mini_nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.label_) for s in restored.spans[SPANS_KEY]] == [(s.text, s.label_) for s in doc.spans[SPANS_KEY]]


def test_context_words_show_the_sense_of_an_ambiguous_form(mini_taxonomy_path, tmp_path):
    """A skill's curated `context` words in the sentence are evidence for its ambiguous form."""
    from skillgap.nlp import get_pipeline

    extra = tmp_path / "extra.toml"
    extra.write_text(
        'domain = "finance"\n\n[[skills]]\nid = "accounts-payable"\nlabel = "Accounts payable"\ntype = "hard_skill"\n'
        'ambiguous = ["AP"]\ncontext = ["purchase ledger", "invoice"]\n',
        encoding="utf-8",
    )
    nlp = get_pipeline(mini_taxonomy_path, (extra,))

    def ids(text: str) -> list[str]:
        doc = nlp(make_doc(nlp, read_text(text, "x.txt")))
        return [span.label_ for span in doc.spans[SPANS_KEY]]

    assert "accounts-payable" in ids("Kept the AP purchase ledger tidy.\n")
    assert "accounts-payable" not in ids("Wrote AP style copy for the press office.\n")


_CHUNKS = [
    "don't",
    "e.g.",
    "(e.g.",
    "Inc.",
    ":)",
    "U.K.",
    "...",
    "C++",
    "Node.js",
    "we're",
    "Python,",
    "etc.)",
    "a",
    "experience",
    "—",
    "5+",
    "years'",
    "CI/CD",
    "x",
    "\n",
    "  ",
    "A.B.",
    "it's",
]


@given(st.lists(st.sampled_from(_CHUNKS), min_size=1, max_size=40), st.lists(st.sampled_from([" ", "\n", "  "])))
@settings(max_examples=200, deadline=None)
def test_cached_chunks_tokenize_exactly_as_spacy_does(words, gaps):
    """make_doc tokenizes new chunks on their own first so that spaCy caches them; the tokens must be exactly
    those of a fresh blank English tokenizer, special cases ("e.g.", "don't") and whitespace included."""
    import spacy

    from skillgap.nlp import get_pipeline

    nlp = get_pipeline()
    text = "".join(word + (gaps[i % len(gaps)] if gaps else " ") for i, word in enumerate(words))
    ours = make_doc(nlp, read_text(text, "x.txt")) if text.strip() else None
    if ours is None:
        return
    reference = spacy.blank("en").tokenizer(read_text(text, "x.txt").text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in reference]


@given(st.text(alphabet=st.sampled_from(list("ab C.,-'()\t\n\r  é€🙂")), min_size=1, max_size=80))
@settings(max_examples=200, deadline=None)
def test_kept_document_text_is_the_text_of_the_tokens(text):
    """make_doc keeps the Document's text as the Doc's (`doc_text`) instead of joining the tokens again: spaCy's
    tokenizer must lose no character of it, whatever the whitespace."""
    from skillgap.nlp import get_pipeline

    document = read_text(text, "x.txt") if text.strip() else None
    if document is None:
        return
    doc = make_doc(get_pipeline(), document)
    assert doc_text(doc) == document.text == "".join(token.text_with_ws for token in doc)


def test_every_form_of_the_taxonomy_written_alone_is_found_whole_by_its_matcher(analyzer) -> None:
    """The matchers are compiled from the forms' token attributes, not from Docs (start-up speed): each form,
    tokenized and normalised as a document would be, must still be found whole, under its skill's key."""
    nlp = analyzer.nlp
    matcher = nlp.get_pipe("skill_matcher")
    normalizer = nlp.get_pipe("skill_normalizer")
    strings = nlp.vocab.strings
    missed = []
    for pattern in matcher.taxonomy.patterns:
        doc = normalizer.set_norms(nlp.make_doc(pattern.text))
        if pattern.mode in ("norm", "title"):
            key = ("title:" if pattern.mode == "title" else "") + pattern.skill_id
            found = {strings[k] for k, start, end in matcher.matcher(doc) if (start, end) == (0, len(doc))}
            ok = key in found
        else:
            whole = {strings[k] for k, start, end in matcher.exact_matcher(doc) if (start, end) == (0, len(doc))}
            ok = pattern.skill_id in whole
            if pattern.mode == "ambiguous":
                lower = normalizer.set_norms(nlp.make_doc(pattern.text.lower()))
                listed = matcher.list_matcher(lower)
                ok = ok and pattern.skill_id in {strings[k] for k, s, e in listed if (s, e) == (0, len(lower))}
        if not ok:
            missed.append((pattern.skill_id, pattern.mode, pattern.text))
    assert not missed, missed[:20]
