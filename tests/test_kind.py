"""Telling job ads from successful candidates' profiles, and CVs from both."""

from __future__ import annotations

import pytest

from skillgap.analysis import detect_document_kind
from skillgap.documents import read_text
from skillgap.documents.kind import detect_kind, looks_like_cv

ADS = {
    "data_engineer": """Senior Data Engineer
Location: Leeds (hybrid)
Salary: £55,000 - £65,000 per annum

The role
You will design and run our data pipelines in Python and Airflow.

Requirements
- 5+ years of SQL
- Experience with Snowflake

How to apply: send your CV by the closing date, 30 June.""",
    "frontend_short": """We're looking for a Frontend Developer to join our team.
Responsibilities: build React components, write tests, review code.
Nice to have: TypeScript, GraphQL.
Full-time, permanent contract. Remote within the UK.""",
    "nurse": """Staff Nurse - Paediatrics (Band 5)
Job type: Permanent, part-time (30 hours)
About you: you have NMC registration and paediatric experience.
Essential: current NMC PIN. Desirable: mentorship qualification.
We offer 27 days' annual leave plus bank holidays. Applicants must have the right to work in the UK.""",
    "accountant": """Junior Accountant
What you'll do
- Prepare monthly management accounts
- Reconcile bank statements
What we're looking for
- AAT Level 3 or equivalent
- Strong Excel skills
Benefits: pension, private healthcare, cycle to work scheme.""",
    "customer_success": """Customer Success Manager (12-month contract)
In this role you will own a portfolio of 40 accounts and run quarterly reviews.
Must have: 3 years in a SaaS customer-facing role.
Candidates should apply via our careers page. We are an equal opportunities employer.""",
    "warehouse": """Warehouse Operative - nights
£12.50 per hour, full time, immediate start.
Duties: picking and packing orders, loading vans, forklift driving (licence desirable).
Apply now; successful applicants will be contacted within 5 days.""",
}

PROFILES = {
    "welcome_post": """Please welcome Priya Shah, who joins us this week as our new Senior Data Engineer!
Priya spent six years at Monzo building data pipelines in Python and Airflow, and before joining
she led the move to Snowflake. Say hi to her on Slack.""",
    "first_person_summary": """I am a backend engineer passionate about distributed systems. I have spent the last
eight years building Go and Kubernetes services at fintech start-ups, and I love mentoring
junior developers. My current focus is platform reliability.""",
    "new_hire_note": """Meet Tom, our new hire in the finance team! Tom has joined us from KPMG, where he
spent four years in audit. He brings deep Excel knowledge and a love of cycling.""",
    "linkedin_about": """Experienced product designer with a demonstrated history of working in e-commerce.
Skilled in Figma, user research and design systems. I'm currently leading design at a
small marketplace and previously worked at ASOS.""",
    "consultant_announcement": """We are delighted to announce that Dr. Amara Okafor has joined the paediatrics
department as a consultant. She previously worked at Great Ormond Street Hospital, and her research
focuses on childhood asthma.""",
    "about_me": """About me
I'm a data analyst who turns messy spreadsheets into clear dashboards. Over the past five
years I have worked with SQL, Power BI and Python at a housing association. Connect with me on LinkedIn.""",
    "new_job_post": """Excited to announce that I've joined Monzo as a Data Engineer! Huge thanks to everyone
who helped along the way.""",
}


@pytest.mark.parametrize("name", sorted(ADS))
def test_job_ads_are_ads(name):
    assert detect_kind(ADS[name]) == "ad"


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_welcome_posts_and_summaries_are_profiles(name):
    assert detect_kind(PROFILES[name]) == "profile"


def test_detection_is_about_wording_not_skills():
    # The same skills in both texts; only the framing differs.
    ad = "We are looking for a Python developer. Requirements: Django, PostgreSQL. Salary £50k, hybrid."
    profile = "Please welcome Sam, who has joined us as a Python developer. She brings Django and PostgreSQL."
    assert detect_kind(ad) == "ad"
    assert detect_kind(profile) == "profile"


def test_text_without_any_cue_defaults_to_ad():
    assert detect_kind("Python, Django, PostgreSQL") == "ad"


CV = """Jane Doe
jane.doe@example.com | 07700 900123 | Manchester

Summary
Backend developer with six years of experience building APIs in Python and Go.

Experience
Senior Software Engineer, Acme Ltd (2020 - present)
- Built REST APIs in Python and Django serving 2m requests a day
- Mentored three junior developers

Software Engineer, Widgets plc (2017 - 2020)
- Maintained the PostgreSQL databases and CI/CD pipelines

Education
BSc Computer Science, University of Leeds, 2017

Skills
Python, Go, PostgreSQL, Kubernetes, Docker
"""


def test_cv_with_cv_headings_is_a_cv():
    assert detect_document_kind(read_text(CV, "cv.txt")) == "cv"


def test_cv_detection_survives_crlf_and_markdown():
    assert detect_document_kind(read_text(CV.replace("\n", "\r\n"), "cv.txt")) == "cv"
    markdown = (
        CV.replace("Summary\n", "## Summary\n")
        .replace("Experience\n", "## Experience\n")
        .replace("Education\n", "## Education\n")
        .replace("Skills\n", "## Skills\n")
    )
    assert detect_document_kind(read_text(markdown, "cv.md", markdown=True)) == "cv"


def test_ad_with_cv_like_headings_is_not_a_cv():
    ad = """Data Engineer (remote)

The role
You will build our data platform. Salary £60,000 per annum, full-time, permanent.

Skills
- Python
- SQL

Experience
- 3+ years in a similar role

Education
- A degree in a numerate subject

Benefits
25 days' holiday. We are an equal opportunities employer. Apply by the closing date.
"""
    assert detect_document_kind(read_text(ad, "ad.txt")) == "ad"


@pytest.mark.parametrize("name", sorted(ADS))
def test_ads_are_not_cvs(name):
    assert detect_document_kind(read_text(ADS[name], "ad.txt")) != "cv"


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_profiles_are_not_cvs(name):
    assert detect_document_kind(read_text(PROFILES[name], "p.txt")) != "cv"


def test_looks_like_cv_needs_several_cv_sections():
    assert looks_like_cv("anything", {"experience", "education", "skills"})
    assert not looks_like_cv("anything", {"experience", "skills"})
    assert not looks_like_cv("anything", set())
