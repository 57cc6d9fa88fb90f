"""What an ad asks for, and what it only says of itself: descriptions of the setting and job titles.

Written from the product's side: a skill the employer only describes itself with, or that only names the job
while the body asks for it anyway, is no request of the reader and no gap."""

from __future__ import annotations

import pytest

from skillgap import Analyzer
from skillgap.documents import read_text
from skillgap.nlp import make_doc, skill_spans
from skillgap.nlp.requirements import role_nouns


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _profile(analyzer: Analyzer, text: str, kind: str = "ad"):
    return analyzer.profiles([read_text(text, "target.txt")], [kind])[0]


def _assert_level(analyzer: Analyzer, text: str, skill_id: str, level: str, years: int | str | None = "any") -> None:
    """The ad's profile finds the skill, at that level in every mention, with those years ("any": not checked)."""
    mentions = _profile(analyzer, text).mentions_of(skill_id)
    assert mentions, f"{skill_id} not found"
    assert {mention.requirement for mention in mentions} == {level}
    if years != "any":
        assert {mention.years for mention in mentions} == {years}


def _assert_not_asked(analyzer: Analyzer, text: str, skill_id: str) -> None:
    """The pipeline reads the skill in the text, and the ad's profile sets it aside: it asks nothing of the reader."""
    assert skill_id in _labels(analyzer, text), "the skill is read in the text"
    assert skill_id not in {mention.skill_id for mention in _profile(analyzer, text).mentions}


def _spans(analyzer: Analyzer, text: str) -> list[tuple[str, bool, bool]]:
    nlp = analyzer.nlp
    doc = nlp(make_doc(nlp, read_text(text, "ad.txt")))
    return [(span.text, span._.about_employer, span._.names_role) for span in skill_spans(doc)]


# ------------------------------------------------------------------------------------ describing the setting
SETTING = (
    "The department is well equipped for functional studies by molecular biology and cell biology techniques "
    "and assays."
)


def test_a_sentence_describing_the_setting_asks_for_nothing(analyzer) -> None:
    profile = _profile(analyzer, f"{SETTING}\nYou have experience in cell biology.\n")
    mentions = [(mention.text, mention.requirement) for mention in profile.mentions]
    assert mentions == [("cell biology", "required")]  # only the sentence that speaks to the reader
    assert profile.mentions[0].sentence.startswith("You have")


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader, the person sought or the job is named
        "You will work in a department equipped for molecular biology and cell biology techniques and assays.",
        "The successful candidate joins a department equipped for molecular biology and cell biology assays.",
        "The role covers functional studies in a lab equipped for molecular biology and cell biology assays.",
        # a duty, a bullet, an ask
        "Perform functional studies in a lab that is equipped for molecular biology and cell biology assays.",
        "- Functional studies in a lab that is well equipped for molecular biology and cell biology assays",
        "Knowledge of molecular biology and cell biology techniques and assays is an advantage in the lab.",
    ],
)
def test_sentences_that_address_someone_or_ask_stay_requests(analyzer, sentence: str) -> None:
    assert {mention.skill_id for mention in _profile(analyzer, sentence + "\n").mentions} >= {"molecular-biology"}


@pytest.mark.parametrize(
    "text",
    [
        "The work involves developing REST APIs in Python and deploying them on AWS with Terraform.",  # the job
        "1. Maintenance of the Python services that run on AWS and Kubernetes in the London data centre.",
        "Developing REST APIs in Python and deploying them on AWS with Terraform for the whole company.",
        "The platform is built with Python services deployed on AWS with Terraform and Kubernetes today.",  # tools
        "Experience\nThe clinic offers phlebotomy and ECG services to patients across the county every week.",
    ],
)
def test_duties_list_items_and_the_tools_of_the_job_are_no_setting(analyzer, text: str) -> None:
    assert not any(about_employer for _, about_employer, _ in _spans(analyzer, text + "\n"))


def test_under_the_role_heading_a_company_description_is_still_the_setting(analyzer) -> None:
    text = "The role\nThe firm was founded in 2014 to bring investment management and wealth management online.\n"
    assert _profile(analyzer, text).mentions == ()
    stack = "The role\nThe team is currently using JavaScript-based front-end tech for every product it builds.\n"
    assert "javascript" in {mention.skill_id for mention in _profile(analyzer, stack).mentions}
    wanted = "The role\nWe look first and foremost for people who are passionate about investment management.\n"
    assert "investment-management" in {mention.skill_id for mention in _profile(analyzer, wanted).mentions}


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # the person in the job, named by the job
        ("The Senior Accountant is accountable for bookkeeping and month-end close across the group.", "bookkeeping"),
        ("The Band 6 Physiotherapist provides manual therapy to outpatients across the whole trust.", "manual-therapy"),
        ("The jobholder prepares payroll for 400 staff and handles all the HMRC submissions.", "payroll"),
        ("Day to day, the team handles safeguarding referrals and case reviews.", "safeguarding-practice"),
        ("Be an advocate for users across every product team and every release in the company.", "customer-focus"),
    ],
)
def test_third_person_duties_under_the_role_are_asked(analyzer, text: str, skill_id: str) -> None:
    assert skill_id in {mention.skill_id for mention in _profile(analyzer, "The role\n" + text + "\n").mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 2012, Acme has grown into a leading provider of statistics and data analysis for retailers.",
        "At Acme we look for new ways to put renewable energy and battery storage into every home in Britain.",
    ],
)
def test_company_introductions_stay_the_setting(analyzer, text: str) -> None:
    assert _profile(analyzer, text + "\n").mentions == ()


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        (
            "The role\nStrong grounding in econometrics and a solid command of statistical methods from industry.\n",
            "econometrics",
        ),
        (
            "Strong clinical reasoning, solid wound care and extensive medication management in a busy acute ward.\n",
            "wound-care",
        ),
    ],
)
def test_a_phrase_that_opens_with_praise_asks(analyzer, text: str, skill_id: str) -> None:
    assert _profile(analyzer, text).requirement_of(skill_id) == "required"


def test_praise_of_the_employer_is_no_requirement(analyzer) -> None:
    """ "Strong" asks only of the reader: a university "with a strong commitment to research" asks nothing."""
    sentence = "Acme University is a modern, research-intensive place with a strong commitment to molecular biology."
    assert _profile(analyzer, sentence + "\n").mentions == ()
    asked = _profile(analyzer, "A strong commitment to molecular biology is expected of the post.\n")
    assert asked.requirement_of("molecular-biology") == "required"


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        (
            "What you'll do\nBuild services in Go.\nWe are strong believers in Open Source and contribute to the "
            "tools we use.\n",
            "open-source-software",
        ),
        ("About the role\nOur engineers have solid experience of Kubernetes and share it.\n", "kubernetes"),
        (
            "Assistant professor\nThe Biological and Chemical Engineering Section has strong research expertise "
            "within materials engineering.\n",
            "materials-science",
        ),
    ],
)
def test_the_employers_praise_of_itself_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    """ "Strong", "solid", "extensive", "proven" ask for a skill when said of the reader, not when the employer speaks
    of itself ("we", "our", or its name as the subject)."""
    assert _profile(analyzer, text).requirement_of(skill_id) == "mentioned"


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("About the role\nWe are looking for someone with strong Kubernetes experience.\n", "kubernetes"),
        ("About the role\nWe expect that you have a solid background in materials engineering.\n", "materials-science"),
        ("About the role\nOur ideal candidate has extensive experience of Kubernetes.\n", "kubernetes"),
        ("About the role\nStrong Kubernetes experience.\n", "kubernetes"),
    ],
)
def test_a_quality_said_of_the_person_sought_asks(analyzer, text: str, skill_id: str) -> None:
    assert _profile(analyzer, text).requirement_of(skill_id) == "required"


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        (
            "The starting salary for candidates with an MSc degree will be a minimum of DKK 300,174 per year.\n",
            "msc",
            "mentioned",
        ),
        ("Pay is at least £28,000 for applicants with a CSCS card.\n", "cscs-card", "mentioned"),
        ("A minimum 2:1 degree in Chemistry.\n", "chemistry", "required"),
        ("At least 3 years of Python.\n", "python", "required"),
    ],
)
def test_a_minimum_of_pay_asks_nothing(analyzer, text: str, skill_id: str, level: str) -> None:
    """ "Minimum" and "at least" ask when they measure what the reader must have, not when they measure pay."""
    profile = _profile(analyzer, text)
    assert profile.mentions_of(skill_id)
    assert profile.requirement_of(skill_id) == level


def test_what_we_say_of_ourselves_under_the_roles_heading_asks_nothing(analyzer) -> None:
    """Whole ads sit under "Job description": a sentence that opens with "we", names no tool and hires no one is
    said of the employer there too."""
    text = "Job description\nWe are a highly motivated, collaborative team with an entrepreneurial spirit.\n"
    assert _profile(analyzer, text).mentions == ()


@pytest.mark.parametrize(
    ("sentence", "skill_id"),
    [
        (
            "We're recruiting a Night Transport Planner to plan and manage our overnight primary distribution "
            "operation.",
            "distribution-management",
        ),
        (
            "We look first and foremost for people who are passionate about solving business problems.",
            "problem-solving",
        ),
        ("We use Go and Kafka for our payment services.", "apache-kafka"),
    ],
)
def test_we_hiring_looking_or_naming_tools_under_the_roles_heading_still_speak_of_the_job(
    analyzer, sentence: str, skill_id: str
) -> None:
    assert _profile(analyzer, f"Job description\n{sentence}\n").mentions_of(skill_id)


def test_a_role_named_before_a_unit_noun_is_no_employer(analyzer) -> None:
    """The job holder opening a sentence is no employer's unit, though a unit's noun follows within four words: the
    budget is the job's ("on budget")."""
    text = (
        "The role\nThe Costume Supervisor leads the department's work on each production, turning the designer's "
        "vision into costumes on stage, on time and on budget.\n"
    )
    assert _profile(analyzer, text).mentions_of("budgeting")


def test_a_list_of_skills_is_no_description(analyzer) -> None:
    line = "Tools and services on AWS: Docker on ECS, Lambda, SQS, S3, CloudFront, BigQuery, Segment and Amplitude\n"
    mentions = _profile(analyzer, line).mentions
    assert {"aws", "aws-lambda", "google-bigquery"} <= {mention.skill_id for mention in mentions}
    assert len(mentions) >= 8


def test_under_a_requirements_heading_every_sentence_is_a_request(analyzer) -> None:
    # Unless it opens with the employer or one of its units ("The department is well equipped for ..."): that is
    # said of the employer under any heading (`test_what_the_ad_says_of_itself_is_not_asked`).
    text = "Requirements\nFunctional studies by molecular biology and cell biology techniques and assays.\n"
    assert {mention.skill_id for mention in _profile(analyzer, text).mentions} == {"molecular-biology", "cell-biology"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The research at the Department of Proteomics is headed by Prof. Jensen.",
        "The place of employment is the Centre on Energy, Climate and Sustainable Development.",
        # short, or naming the job: no description of the setting, only the unit's name sets them aside
        "The role sits in the Department of Proteomics.",
        "The job sits within the Data Analytics Department.",
    ],
)
def test_the_name_of_a_unit_says_where_the_job_sits(analyzer, sentence: str) -> None:
    spans = _spans(analyzer, sentence + "\n")
    assert spans and all(about_employer for _, about_employer, _ in spans)
    assert _profile(analyzer, sentence + "\n").mentions == ()


@pytest.mark.parametrize(
    ("sentence", "skill_id"),
    [
        ("You have experience in a Project Management department.", "project-management"),
        ("A degree in Finance is required; you join the Finance Department.", "finance"),
        ("You have a PhD in Proteomics and will work with cell biology.", "proteomics"),
        ("Knowledge of Proteomics, as practised in our department of mass spectrometry.", "proteomics"),
        # in a requirements list, or a unit of another employer ("a ... Department"), the field is asked for
        ("Requirements\n- Background working in a Payroll Department", "payroll"),
        ("Requirements\n- Associate of the Institute of Risk Management", "risk-management"),
        ("A PhD from a Department of Physics or Chemistry.", "physics"),
        ("You will join the Section for Genetics, Ecology and Evolution.", "genetics"),  # said to the reader
    ],
)
def test_a_unit_name_does_not_hide_what_the_sentence_asks(analyzer, sentence: str, skill_id: str) -> None:
    assert skill_id in {mention.skill_id for mention in _profile(analyzer, sentence + "\n").mentions}


def test_a_successful_candidates_profile_keeps_third_person_sentences(analyzer) -> None:
    """The setting filter is for ads: a welcome post describes its new starter in the third person."""
    text = "Priya joins the research group from a university lab, where she worked on proteomics for a decade.\n"
    assert [mention.skill_id for mention in _profile(analyzer, text, "profile").mentions] == ["proteomics"]
    assert _profile(analyzer, text, "ad").mentions == ()  # in an ad, the same sentence describes the setting


# ------------------------------------------------------------------------------------------ naming the role
def test_a_skill_in_the_job_title_names_the_role(analyzer) -> None:
    spans = _spans(analyzer, "Senior DevOps Engineer\nYou have built CI/CD pipelines with Jenkins.\n")
    assert ("DevOps Engineer", False, True) in spans
    assert ("Jenkins", False, False) in spans


def test_a_title_mention_is_dropped_when_the_body_asks_for_the_skill(analyzer) -> None:
    profile = _profile(analyzer, "Senior Python Developer\nRequirements\n- 5+ years of Python\n")
    assert [(mention.text, mention.requirement, mention.years) for mention in profile.mentions] == [
        ("Python", "required", 5)
    ]


def test_a_title_mention_stays_when_it_is_the_only_one(analyzer) -> None:
    """A role called DevOps Engineer whose body never says DevOps still tells the reader their CV should."""
    profile = _profile(analyzer, "Senior DevOps Engineer\nRequirements\n- Jenkins and Terraform\n")
    assert "devops" in {mention.skill_id for mention in profile.mentions}


def test_a_role_mention_that_says_more_is_kept(analyzer) -> None:
    """ "5+ years as a Java developer" names a role, but its level and years are the ad's strongest words on Java."""
    text = "Requirements\n- 5+ years as a Java developer\nThe role\nOur backend is written in Java and Kotlin.\n"
    profile = _profile(analyzer, text)
    assert profile.requirement_of("java") == "required"
    assert 5 in {mention.years for mention in profile.mentions_of("java")}


@pytest.mark.parametrize(
    ("sentence", "skill_id"),
    [
        ("The team consists of software engineers, QA engineers and data scientists.", "data-science"),
        ("The wider group includes DevOps engineers and data analysts across three sites.", "devops"),
        # whom the job works with, in any section
        ("You will work closely alongside DevOps engineers and data analysts.", "devops"),
        ("Responsibilities\n- Own the data models, working closely with analysts and data scientists", "data-science"),
        ("Requirements\n- Experience working alongside software engineers and UX designers", "software-engineering"),
        ("Requirements\n- Experience working with mental health nurses", "mental-health-nursing"),
        # to whom the job speaks, the words of their title after "to"
        ("Requirements\n- Confidence presenting to fund managers and company management", "investment-management"),
    ],
)
def test_people_in_the_plural_are_colleagues_not_requests(analyzer, sentence: str, skill_id: str) -> None:
    profile = _profile(analyzer, sentence + "\n")
    assert skill_id not in {mention.skill_id for mention in profile.mentions}
    # the mention is found, and marked as naming people said of the employer
    roles = [(about_employer, names_role) for text, about_employer, names_role in _spans(analyzer, sentence + "\n")]
    assert (True, True) in roles


@pytest.mark.parametrize(
    ("sentence", "skill_id"),
    [
        ("We are hiring DevOps engineers to run our platform.", "devops"),  # whom the employer hires
        ("Requirements\n- 3+ years leading DevOps engineers\n", "devops"),  # years
        ("You must have managed data scientists before.", "data-science"),  # a level
        ("You will write Linux device drivers in C.", "device-driver-development"),  # software, not people
        ("Java Developers x3 - Leeds\nRequirements\n- Spring Boot\n", "java"),  # a title, not a sentence
        ("Successful candidates will be experienced Python developers.", "python"),
        ("Applications are invited from Salesforce administrators.", "salesforce"),
        ("Skills\n- Experience mentoring Java developers\n", "java"),
        ("Requirements\n- Experience working with SEN students\n", "special-educational-needs-and-disabilities"),
        ("Requirements\n- Experience with device drivers\n", "device-driver-development"),
        ("Responsibilities\n- Collaborate with designers while mentoring Java developers\n", "java"),
        ("Requirements\n- Build the terminology sheets we use to onboard new testers\n", "onboarding"),
    ],
)
def test_plural_roles_that_are_asked_for_stay(analyzer, sentence: str, skill_id: str) -> None:
    assert skill_id in {mention.skill_id for mention in _profile(analyzer, sentence + "\n").mentions}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Strong Google Tag Manager skills are essential\n", "Google Tag Manager"),  # a product, not a role
        ("- Experience interviewing candidates\n", "interviewing candidates"),  # an activity
    ],
)
def test_forms_ending_in_a_role_noun_that_are_no_role(analyzer, text: str, skill: str) -> None:
    assert (skill, False, False) in _spans(analyzer, text)


@pytest.mark.parametrize(
    ("title", "role_naming"),
    [
        ("Android Software Engineer", ["Android", "Software Engineer"]),  # across another skill
        ("Senior UI/UX Designer", ["UI", "UX Designer"]),  # across a joiner; "UX Designer" is a title of UX design
        ("Python and Java developers", ["Java"]),  # "and" ends a title: Python is asked
    ],
)
def test_a_role_noun_names_the_skills_written_before_it(analyzer, title: str, role_naming: list[str]) -> None:
    assert [text for text, _, names_role in _spans(analyzer, title + "\n") if names_role] == role_naming


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # a field named by its -ing form has the role's lemma, but names no one
        ("You have 6 years of experience in software engineering.\n", "software engineering"),
        ("Experience working in a network operations role.\n", "network operations"),  # a role held before
        ("Python\nDeveloper tools are provided.\n", "Python"),  # a role noun on the next line
        ("Requirements\n- AWS DevOps Engineer or Azure DevOps certification\n", "DevOps Engineer"),  # certificate
        ("We want a curious and collaborative engineer.\n", "collaborative"),  # a soft skill is asked of a person
    ],
)
def test_skills_that_name_no_role_are_asked(analyzer, text: str, skill: str) -> None:
    assert (skill, False, False) in _spans(analyzer, text)


def test_a_job_title_heads_an_ad_without_asking_more_than_its_skill(analyzer) -> None:
    # The title names van driving (the post); what the line below says is not needed stays unasked.
    profile = _profile(analyzer, "Van Driver\nNo HGV licence required, you will drive a 3.5t van.\n")
    assert [(mention.skill_id, mention.requirement) for mention in profile.mentions] == [("van-driving", "mentioned")]


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # One person's job title after a link and a determiner, or after "your": someone the job works with.
        ("You will report to the Project Manager.\n", "project-management"),
        ("You will report to the Lead Data Engineer.\n", "data-engineering"),  # a curated form too
        ("Your Project Manager will brief you every week.\n", "project-management"),
        ("Working closely with the Data Analyst and the Graphic Designer.\n", "data-analysis"),
        ("Working closely with the Data Analyst and the Graphic Designer.\n", "graphic-design"),
        ("You should be able to explain a confidence interval to a product manager.\n", "product-management"),
        ("You'll prepare monthly reports for the Finance Manager and the Store Manager.\n", "retail-management"),
        ("Supporting the Quantity Surveyor with valuations.\n", "quantity-surveying"),
        # After one of the people the job serves: "with the client and the Occupational Therapist".
        ("Agree a practical scheme with the client and the Occupational Therapist.\n", "occupational-therapy"),
        # People in the plural after "to" or a verb of support, as after "with".
        (
            "Ability to explain technical risks to engineers, project managers and product managers.\n",
            "product-management",
        ),
        ("Support business analysts in validating data.\n", "business-analysis"),
        # Listed with the people the job serves.
        ("What you will bring\n- Explaining treatment plans to homeowners and site managers\n", "site-management"),
        ("Collaborate with backend engineers (Python, Go), product managers and QA.\n", "product-management"),
    ],
)
def test_a_colleagues_job_title_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # The post itself, however it is introduced.
        ("Requirements:\n- Proven experience as a Project Manager\n", "project-management", "required"),
        ("As a Data Analyst you will build dashboards.\n", "data-analysis", "mentioned"),
        ("The Project Manager will be responsible for budgets.\n", "project-management", "mentioned"),
        ("We are looking for a Quantity Surveyor to join our team.\n", "quantity-surveying", "mentioned"),
        # "searching for" hires as "looking for" does, after the employer's name too
        ("Vestas is searching for a Sales Manager for the Nordic markets.\n", "sales-management", "mentioned"),
        ("Applications are invited for the Data Analyst role.\n", "data-analysis", "mentioned"),
        # A verb after "to" is no person: "mentor" here is what the reader does.
        ("You will step up to mentor other team members.\n", "mentoring", "mentioned"),
        # "with" after a noun says what someone has, not whom they work with.
        (
            "Candidates with AWS Certified Solutions Architect will have an advantage.\n",
            "aws-certified-solutions-architect",
            "preferred",
        ),
    ],
)
def test_the_posts_own_title_keeps_its_level(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # A title asks only for what the reader is to be or to have been.
        (
            "Requirements:\n- Our customers aren't accountants, and they shouldn't need to be.\n",
            "accounting",
            "mentioned",
        ),
        (
            "Requirements:\n- We are seeking a Senior Project Manager to lead our projects.\n",
            "project-management",
            "mentioned",
        ),
        ("Requirements:\n- You are a qualified accountant (ACA/ACCA/CPA).\n", "chartered-accountant", "required"),
        ("Requirements:\n- You'll need to be an experienced UI Developer.\n", "front-end-development", "required"),
        ("Requirements:\n- Time-served plumber with NVQ Level 3\n", "plumbing", "required"),
        ("Requirements:\n- 2+ years SOC analyst experience\n", "security-operations", "required"),
        ("Requirements:\n- HCPC registration as a Physiotherapist\n", "physiotherapy", "required"),
        ("Nice to have:\n- Lead Auditor qualification\n", "iso-lead-auditor", "preferred"),
        # The activity is no title, whatever its lemma: "nursing" reads as "nurse".
        ("Requirements:\n- Experience of acute adult nursing\n", "adult-nursing", "required"),
    ],
)
def test_a_job_title_asks_only_what_the_reader_is_to_be(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_role_nouns_are_written_as_tokens_normalise_them(analyzer) -> None:
    """The lexicon is compared with `token.norm_`: an entry that is not its own norm ("Engineers",
    "programme") would never match."""
    normaliser = analyzer.nlp.get_pipe("skill_normalizer")
    nouns = role_nouns()
    assert {"engineer", "developer", "stipend"} <= nouns
    assert [noun for noun in sorted(nouns) if normaliser.normalise(noun) != noun] == []


def test_every_person_a_job_title_is_derived_with_is_a_role_noun(analyzer) -> None:
    """A title derived from a skill's name ("Quantity Surveyor") must read as a role, in an ad's headline as in a
    CV's job history: its person is a role noun once normalised ("counsellor" -> "counselor")."""
    from skillgap.taxonomy.load import agent_nouns

    normaliser = analyzer.nlp.get_pipe("skill_normalizer")
    people = {agent.person for agent in agent_nouns().values()}
    assert {"surveyor", "analyst", "manager"} <= people
    assert sorted(person for person in people if normaliser.normalise(person) not in role_nouns()) == []


# ----------------------------------------------------------------------------------------- said not needed
@pytest.mark.parametrize(
    "sentence",
    [
        "You don't need any experience of the energy industry, as our training programme covers it.",
        "Python experience is not necessary; we will train you.",
        "No previous experience required in Zendesk.",
    ],
)
def test_a_skill_said_not_to_be_needed_is_no_request(analyzer, sentence: str) -> None:
    assert _profile(analyzer, "Requirements\n" + sentence + "\n").mentions == ()


@pytest.mark.parametrize(
    ("sentence", "skill_id", "level"),
    [
        # the negation governs its own clause only
        ("You do not need a degree, but you must have Python experience.", "python", "required"),
        ("A degree is not required and you must have Microsoft Excel skills.", "microsoft-excel", "required"),
        ("A degree is not required if you have 3+ years of Python.", "python", "required"),
        ("You don't need a degree as long as you have strong SQL skills.", "sql", "required"),
        ("Industry experience not required, strong Excel skills essential.", "microsoft-excel", "required"),
        ("No need for a degree - strong Python skills are what matter.", "python", "required"),
        ("Degree not required / Python essential", "python", "required"),
        ("Candidates without experience in Python will not be considered.", "python", "required"),  # double negative
        # a wish about the same skill is a preference
        ("SQL is not required, but it would be a plus.", "sql", "preferred"),
        ("You don't need Java experience, but Python would be a plus.", "python", "preferred"),
        # each clause keeps its own level
        ("Knowledge of Salesforce isn't essential but SQL is a must.", "salesforce", "preferred"),
        ("Knowledge of Salesforce isn't essential but SQL is a must.", "sql", "required"),
        ("Salesforce would be a plus; experience with kubernetes is essential.", "kubernetes", "required"),  # ";" too
    ],
)
def test_not_needed_stays_in_its_clause(analyzer, sentence: str, skill_id: str, level: str) -> None:
    levels = {mention.skill_id: mention.requirement for mention in _profile(analyzer, sentence + "\n").mentions}
    assert levels.get(skill_id) == level


@pytest.mark.parametrize(
    ("sentence", "unneeded"),
    [
        ("You don't need Java experience, but Python would be a plus.", "java"),
        ("No prior knowledge of Salesforce required.", "salesforce"),
        ("You don't need Python or Java experience.", "java"),
    ],
)
def test_what_a_cue_says_is_not_needed_is_dropped(analyzer, sentence: str, unneeded: str) -> None:
    assert unneeded not in {mention.skill_id for mention in _profile(analyzer, sentence + "\n").mentions}


# ------------------------------------------------------------------------------------------ years asked for
@pytest.mark.parametrize(
    "sentence",
    [
        "The position is for 3 years and involves proteomics and mass spectrometry.",  # the post's duration
        "The contract is for 2 years and you will be developing Python tools.",
        "The team has grown tenfold in 4 years and now runs its analytics on Tableau.",  # the team's age
        "Holiday rises to 30 days after 2 years; the job involves Salesforce administration.",  # a benefit
    ],
)
def test_years_that_measure_time_ask_for_nothing(analyzer, sentence: str) -> None:
    mentions = _profile(analyzer, sentence + "\n").mentions
    assert mentions and {mention.requirement for mention in mentions} == {"mentioned"}


@pytest.mark.parametrize(
    "sentence",
    [
        "3 years of experience with Python.",
        "5+ years Python.",
        "Three or more years writing Python.",
        "You bring 4 years in a data engineering role using Python.",
        # years stated for the skill ask for it
        "You bring 3 years of Python and SQL.",
        "3-5 years Python",
        "Over 5 years with Python",
        "3 years as a Python developer.",
        "You should have 3 years with Python.",
    ],
)
def test_years_of_experience_are_required(analyzer, sentence: str) -> None:
    assert _profile(analyzer, sentence + "\n").requirement_of("python") == "required"


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Requirements\n- Strong Python, and helpful to colleagues\n", "required"),  # a trait of the person
        ("Requirements\n- Python is welcome\n", "preferred"),  # a wish about the skill
        ("Requirements\n- Python would be helpful\n", "preferred"),
        ("Requirements\n- Knowledge of Python is also helpful\n", "preferred"),
        ("Requirements\n- Experience with Python helpful\n", "preferred"),
        ("Requirements\n- Helpful: Python\n", "preferred"),
        ("Requirements\n- Knowledge of Python would be a welcome addition\n", "preferred"),
        ("The role\nYou will join co-workers who are motivated, helpful and fluent in Python.\n", "mentioned"),
    ],
)
def test_helpful_and_welcome_make_a_wish_only_when_said_of_the_skill(analyzer, sentence: str, level: str) -> None:
    assert _profile(analyzer, sentence).requirement_of("python") == level


def test_other_jobs_a_board_lists_after_the_ad_are_no_requests(analyzer) -> None:
    """Pasted from a job board, an ad ends with other jobs' titles; they ask nothing of this job."""
    text = "Requirements\n- Python and Django\n\nSimilar jobs\nDevOps Engineer\nSalesforce Administrator\n"
    assert {mention.skill_id for mention in _profile(analyzer, text).mentions} == {"python", "django"}


# ------------------------------------------------------------ cases from a second review of the rules above
@pytest.mark.parametrize(
    ("text", "skill_id", "level", "years"),
    [
        # "welcome" and "helpful" said of people, or a greeting, wish for nothing
        ("Requirements\n- Strong SQL and Excel essential, graduates welcome\n", "sql", "required", None),
        (
            "You must be friendly, polite and helpful, with strong cash handling skills.\n",
            "cash-handling",
            "required",
            None,
        ),
        ("Requirements\n- Knowledge of Sage is essential and a helpful, patient manner\n", "sage", "required", None),
        ("Requirements\n- Applicants are welcome from all backgrounds; Python required\n", "python", "required", None),
        ("You will receive a welcome pack and a Salesforce login.\n", "salesforce", "mentioned", None),
        # years of experience, whatever post word stands before them
        ("Post-qualification experience of 3 years in conveyancing.\n", "conveyancing", "required", 3),
        ("You should have worked in a similar position for 3 years using Sage.\n", "sage", "required", 3),
        ("2 years previous care experience in domiciliary care\n", "domiciliary-care", "required", 2),
        # the apostrophe of "years'" is no word between them and the skill
        ("At least 3 years' experience in regulatory or study-based toxicology\n", "toxicology", "required", 3),
        ("At least 1 year's payroll experience, ideally bureau\n", "payroll", "required", 1),
        # years the job gives or lasts are no experience
        ("You will complete 3 years of ACCA exams alongside the role.\n", "acca", "mentioned", None),
        ("You'll spend 3 years on site learning bricklaying and plastering.\n", "bricklaying", "mentioned", None),
        ("The contract is for 2 years and you will be developing Python tools.\n", "python", "mentioned", None),
        # a professional body is no unit of the employer
        (
            "Associate membership of the Institute of Risk Management or equivalent.\n",
            "risk-management",
            "mentioned",
            None,
        ),
        # cues of a level in a sentence about "we"
        (
            "Mainframe exposure is advantageous as we will deal with end of day batches.\n",
            "mainframe",
            "preferred",
            None,
        ),
        ("Image optimisation and code efficiency are key\n", "web-performance-optimisation", "required", None),
    ],
)
def test_levels_and_years_hold_in_reviewed_cases(analyzer, text: str, skill_id: str, level: str, years) -> None:
    _assert_level(analyzer, text, skill_id, level, years)


@pytest.mark.parametrize(
    "text",
    [
        "A friendly practice with a strong reputation for orthodontics and implant dentistry in central Leeds.\n",
        "Department of Proteomics, University of Copenhagen\n",  # a unit that opens a line
        "Welcome to Acme Logistics, a leading provider of warehouse management and freight forwarding in the UK.\n",
    ],
)
def test_what_an_employer_says_of_itself_asks_nothing(analyzer, text: str) -> None:
    assert _spans(analyzer, text), "the skills are found"
    assert {mention.requirement for mention in _profile(analyzer, text).mentions} <= {"mentioned"}


# ------------------------------------------------------------ cases from a third review of the rules above
@pytest.mark.parametrize(
    ("text", "skill_id", "level", "years"),
    [
        # verbs after "you will" that ask, not give
        ("You will demonstrate 5+ years of experience in Python.\n", "python", "required", 5),
        ("We'll consider 4 years of SQL experience in place of a degree.\n", "sql", "required", 4),
        # "helpful" said of the person, "welcome" said of requests or applications
        (
            "Requirements\n- You must be helpful, reliable and hold a full UK driving licence\n",
            "full-uk-driving-licence",
            "required",
            None,
        ),
        (
            "NMC registration is essential and flexible working requests are welcome.\n",
            "nmc-registration",
            "required",
            None,
        ),
        (
            "Requirements\n- Excel; we also welcome applications from career changers\n",
            "microsoft-excel",
            "required",
            None,
        ),
        (
            "Confident using Excel; we also welcome applications from career changers.\n",
            "microsoft-excel",
            "mentioned",
            None,
        ),
        # a wish and a requirement in one line are read clause by clause
        ("Requirements\n- Python essential, knowledge of SQL helpful\n", "python", "required", None),
        ("Requirements\n- Python essential, knowledge of SQL helpful\n", "sql", "preferred", None),
        ("Requirements\n- Knowledge of Xero, Sage and QuickBooks would all be helpful\n", "xero", "preferred", None),
        ("Requirements\n- Experience of Salesforce would be useful\n", "salesforce", "preferred", None),
        # the employer's training and the importance it gives to things ask nothing
        ("Requirements\n- Knowledge of Xero is important but not essential\n", "xero", "preferred", None),
        # years said of the company or the contract, not of the person
        ("This is a 2 year fixed term contract, working with Python and AWS.\n", "python", "mentioned", None),
        ("You will be developing Python tools and the contract is for 2 years.\n", "python", "mentioned", None),
        ("As an apprentice you will study plumbing for 3 years at college.\n", "plumbing", "mentioned", None),
    ],
)
def test_levels_hold_in_cases_of_the_third_review(analyzer, text: str, skill_id: str, level: str, years) -> None:
    _assert_level(analyzer, text, skill_id, level, years)


@pytest.mark.parametrize(
    "text",
    [
        "The School has strong research groups in machine learning, robotics and computer vision.\n",
        "We provide all mandatory training, including safeguarding and first aid.\n",
        "For over 30 years, Acme has provided payroll services to schools.\n",
    ],
)
def test_what_the_employer_has_or_gives_asks_nothing(analyzer, text: str) -> None:
    assert _spans(analyzer, text)
    assert {mention.requirement for mention in _profile(analyzer, text).mentions} <= {"mentioned"}


# ------------------------------------------- cases where today's first rules did worse than the session's start
@pytest.mark.parametrize(
    ("text", "skill_id", "level", "years"),
    [
        (
            "Our developers use Python, Django and PostgreSQL; experience with these is essential.\n",
            "django",
            "required",
            None,
        ),
        ("We use HubSpot; experience with it is desirable.\n", "hubspot", "preferred", None),
        ("5 years+ in project management.\n", "project-management", "required", 5),
        ("Requirements\n- 3 years+ Java\n", "java", "required", 3),
        (
            "Applications are welcome from candidates with a background in accounting.\n",
            "accounting",
            "preferred",
            None,
        ),
        ("Requirements\n- CompTIA A+ helpful\n", "comptia-a-plus", "preferred", None),
        ("Requirements\n- Spanish speaker welcome\n", "spanish", "preferred", None),
        ("Degree required, Master's helpful, PhD welcome.\n", "master-s-degree", "preferred", None),
        ("Degree required, Master's helpful, PhD welcome.\n", "bachelor-s-degree", "required", None),
        ("Knowledge of Excel is essential, with VBA helpful.\n", "vba", "preferred", None),
    ],
)
def test_levels_hold_in_cases_of_the_regression_hunt(analyzer, text: str, skill_id: str, level: str, years) -> None:
    _assert_level(analyzer, text, skill_id, level, years)


def test_whether_or_not_you_have_it_is_no_request(analyzer) -> None:
    text = "Everyone is welcome to apply, whether or not you have used Tableau.\n"
    assert _spans(analyzer, text)
    assert "tableau" not in {mention.skill_id for mention in _profile(analyzer, text).mentions}


# ----------------------------------------------------- cases from a check of the regression hunt's own fixes
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a wish closing a list is for the whole list
        ("Requirements\n- AWS, Azure or GCP helpful\n", "aws", "preferred"),
        ("Requirements\n- Docker, Kubernetes, Terraform helpful\n", "docker", "preferred"),
        # whatever the bullet mark (one list of marks for sentences and items)
        ("Requirements\n✓ Python and SQL\n✓ AWS, Azure or GCP helpful\n", "aws", "preferred"),
        ("Requirements\n+ Docker, Kubernetes, Terraform helpful\n", "docker", "preferred"),
        # "helpful" of the person, "welcome" as a greeting
        ("You must hold a CSCS card and always be helpful.\n", "cscs-card", "required"),
        (
            "Requirements\n- Greet patients warmly and welcome visitors with a smile; EMIS Web essential\n",
            "emis",
            "required",
        ),
        # "whether or not" in a duty asks
        (
            "You will assess whether or not patients need physiotherapy, so HCPC registration is essential.\n",
            "physiotherapy",
            "required",
        ),
        # a "we" part that nothing points back to asks nothing
        ("We offer training in Power BI; SQL is essential.\n", "sql", "required"),
        ("Must be confident with Excel; our team uses Power BI.\n", "microsoft-excel", "required"),
    ],
)
def test_levels_hold_in_cases_of_the_second_regression_check(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("We do not use Java; Python is required.\n", "java"),
        ("We offer training in Power BI; SQL is essential.\n", "power-bi"),
        ("Must be confident with Excel; our team uses Power BI.\n", "power-bi"),
    ],
)
def test_a_we_part_that_nothing_points_back_to_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def _labels(analyzer: Analyzer, text: str) -> list[str]:
    nlp = analyzer.nlp
    doc = nlp(make_doc(nlp, read_text(text, "ad.txt")))  # the spans need their Doc alive while they are read
    return [span.label_ for span in skill_spans(doc)]


def test_an_age_is_no_experience(analyzer) -> None:
    mentions = _profile(analyzer, "Aged 18 years+ with a full driving licence\n").mentions
    assert mentions and all(mention.years is None and mention.requirement == "mentioned" for mention in mentions)


# ------------------------------------------------------------------- cases from a check of the last fixes
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a "we" part that says what the job does is still the job's: a duty (the wish after the semicolon is for
        # MPI, its own subject)
        (
            "The Research Software Engineer will develop scientific software in C++ and Python, running on our HPC "
            "cluster; experience with MPI is desirable.\n",
            "python",
            "mentioned",
        ),
        (
            "Lead our team of 6 engineers, setting direction in Go and Kubernetes; you will need AWS.\n",
            "kubernetes",
            "required",
        ),
        # wishes for people who have something
        ("We welcome graduates with experience in social work.\n", "social-work", "preferred"),
        ("Knowledge of SQL is essential, with Spark being helpful.\n", "apache-spark", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_last_check(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_whether_or_not_you_are_expert_in_it_asks_nothing_of_it(analyzer) -> None:
    text = "Whether or not you are a Python expert, you must have experience of Git.\n"
    assert "python" not in {mention.skill_id for mention in _profile(analyzer, text).mentions}
    _assert_level(analyzer, text, "git", "required")


# --------------------------------------------------------------- a wish closing one item, or a whole list
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        (
            "Essential criteria\n- NMC registration, with a mentorship qualification welcome\n",
            "nmc-registration",
            "required",
        ),
        ("Essential\n- QTS, with SEN experience welcome\n", "qualified-teacher-status", "required"),
        ("Requirements\n- CSCS card, SSSTS helpful\n", "cscs-card", "required"),
        ("Requirements\n- CSCS card, SSSTS helpful\n", "sssts", "preferred"),
        ("Requirements\n- Fluent German, French helpful\n", "german", "required"),
        ("Requirements\n- 3 years' experience in payroll, CIPP helpful\n", "payroll", "required"),
        ("Requirements\n- Knowledge of Python, R, SAS helpful\n", "python", "preferred"),
        ("Requirements\n- AWS, Azure or GCP helpful\n", "aws", "preferred"),
    ],
)
def test_a_wish_closing_a_list_item_or_a_whole_list(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_what_the_employer_will_provide_is_no_request(analyzer) -> None:
    text = "We will provide training in SAP; a forklift licence is required.\n"
    assert "sap" in _labels(analyzer, text)
    assert "sap" not in {mention.skill_id for mention in _profile(analyzer, text).mentions}


# ------------------------------------------------------------------------ cases from the last check
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("We require an enhanced DBS check; a driving licence is helpful.\n", "enhanced-dbs-check", "required"),
        ("Must be proficient in Excel, Word and Outlook, Sage helpful.\n", "microsoft-word", "required"),
        ("Our ideal hire will know Salesforce inside out; a driving licence is required.\n", "salesforce", "required"),
        ("This job requires use of our SAP system; Excel is essential.\n", "sap", "required"),
        ("Requirements\n- Experience with React, Vue or Angular helpful\n", "react", "preferred"),
        ("Qualifications: ACCA, CIMA or AAT welcome\n", "acca", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_last_check_too(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_a_we_part_naming_the_person_in_the_job_asks(analyzer) -> None:
    text = "The Research Associate will run simulations in GROMACS on our HPC cluster; Python is essential.\n"
    assert "gromacs" in {mention.skill_id for mention in _profile(analyzer, text).mentions}


# ------------------------------------------------- rules from the first run of the labelled ad excerpts
# tests/data/requirement_levels.jsonl (written blind) showed these mechanisms missing; the sentences here are
# new ones of the same shapes, not the set's own.
@pytest.mark.parametrize(
    "text",
    [
        # "no" before the skill and the word it qualifies
        "No prior Xero experience necessary.\n",
        "Delivery runs in the South West.\nNo HGV licence required, you will drive a 3.5t van.\n",
        # what the job leaves out
        "This role does not involve any Java development.\n",
        "You won't be running PPC campaigns.\n",
        # what the employer gives
        "We'll pay for your CSCS card and PPE.\n",
        "You will be trained on Sage in your first month.\n",
        "Full Tableau training provided.\n",
        "Your development is important to us: we fund CIPD qualifications.\n",
        "You will receive a welcome pack and Salesforce training.\n",
        "You will receive 3 years of ACCA training, fully funded by the firm.\n",
        "We provide full Team Teach training before your first shift.\n",
        "New to tills? We'll show you how our EPOS system works.\n",
        "In your first month you'll sit the Azure Fundamentals exam, fully paid.\n",
        "Perks: cycle to work, sponsored CIPD qualifications.\n",
        # what the employer is, not taken up as the job's
        "Acme is a leading fintech. You'll love it here.\n",
        "Office Junior wanted for a broker whose clients range from Lloyd's Market syndicates to regional MGAs.\n",
        "Graduate Test Technician\nNo MATLAB required - data analysis is done by the engineering team.\n",
        "Hours 9-5.\nWarm leads only - no cold calling, no targets!\n",
        "Estimator\nAll drawings are produced by our in-house Revit team.\n",
        "Our tanker drivers all hold an ADR licence; this Transport Clerk role is office-based.\n",
        "Caretaker at Oakfield Primary, a proud Read Write Inc school.\n",
        "Staff can join a free ILM Level 3 programme after probation.\n",
        "All temps complete a compulsory induction covering GDPR.\n",
        "Our Dataverse consultancy is highly regarded by Microsoft.\n",
        "Our sister company installs solar PV across the county - this vacancy is for a Receptionist.\n",
        # what the employer no longer uses
        "Blue Yonder was switched off last spring.\n",
        "Until 2022 we ran month-end in Hyperion.\n",
        "Our teams used Salesforce until last year.\n",
        "The hotel retired Opera PMS in favour of a cloud system.\n",
        "Good news: the Trust switched from Cerner to a new system in March.\n",
        "Never used Tableau? That's fine.\n",
        "No Bachelor's degree required; half our team is self-taught.\n",
        # what a colleague does
        "You'll support the Transport Manager, who holds the Transport Manager CPC and oversees compliance.\n",
        # other vacancies
        "We're also hiring a Kubernetes engineer - see our careers page.\n",
        "Other open roles: Data Engineer (Snowflake), QA Lead.\n",
        "We are also advertising for a KS2 class teacher; please apply separately.\n",
        "We're also after an experienced brickwork gang for the same site.\n",
        "A companion post in Proteomics is advertised separately.\n",
        "We are also looking for freelancers for colour grading.\n",
    ],
)
def test_what_is_not_needed_given_or_another_job_is_not_asked(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # training the job gives to others, and training beside a request
        ("You will provide manual handling training to new starters.\n", "manual-handling", "mentioned"),
        ("We offer flexible working. Strong SQL skills are essential.\n", "sql", "required"),
        # what replaced an old system, a migration under way, a system used until a date to come
        ("We migrated from Oracle to PostgreSQL last year; you'll tune it daily.\n", "postgresql", "mentioned"),
        ("We are migrating from Jenkins to GitHub Actions and you'll lead the move.\n", "jenkins", "mentioned"),
        ("You will use SAP until 2027, when we move to a new ERP.\n", "sap", "mentioned"),
        ("Hyperion was retired in favour of Anaplan, which this role will own.\n", "anaplan", "mentioned"),
        # what the employer runs, taken up as the job's by the next words
        (
            "Harbour Lane runs on EMIS Web. As our new Prescription Clerk you'll process repeat requests through it.\n",
            "emis",
            "mentioned",
        ),
        (
            "Cloudflare sits in front of all we serve. This Network Engineer owns our DNS there.\n",
            "cloudflare",
            "mentioned",
        ),
        (
            "Our dispensary runs a BD Rowa robot, and the technician in this post loads it daily.\n",
            "bd-rowa",
            "mentioned",
        ),
        # "also looking for" the person sought, not another post
        ("We're also looking for a team player with strong Python.\n", "python", "required"),
        # "no" that negates something else
        ("There is no substitute for hands-on Python experience, which is essential.\n", "python", "required"),
        # "we" in an aside
        ("At least one of Java, Kotlin or Scala (we use all three).\n", "scala", "required"),
        # a wish in an aside is for what the aside names
        ("Must have experience with SIEM tools (Splunk preferred).\n", "siem", "required"),
        ("Must have experience with SIEM tools (Splunk preferred).\n", "splunk", "preferred"),
        # a duty after a label is no description of the setting
        (
            "Typical day: drafting press releases, building media lists and pitching stories to regional editors.\n",
            "press-releases",
            "mentioned",
        ),
        # more ways to wish
        ("We'd love it if you had used Terraform.\n", "terraform", "preferred"),
        ("Extra credit for Rust experience.\n", "rust", "preferred"),
        ("Ideally, you have worked with Kafka and know Avro.\n", "apache-kafka", "preferred"),
        ("Useful but not required: Power BI\n", "power-bi", "preferred"),
        ("Knowledge of Siemens TIA Portal would be a distinct advantage.\n", "siemens-tia-portal", "preferred"),
        ("Experience mentoring junior engineers would be valued.\n", "mentoring", "preferred"),
        # a wish for the setting after years of the skill
        ("What you'll need\n- 5+ years writing Golang in production, ideally in fintech\n", "go", "required"),
        # a person specification's columns
        (
            "Criteria\nFHEA or equivalent | D\nPhD in a relevant subject | E\n",
            "fellowship-of-the-higher-education-academy",
            "preferred",
        ),
        (
            "Criteria\nExperience of managing rent arrears cases (E)\nCIH Level 3 Certificate in Housing (D)\n",
            "rent-arrears-management",
            "required",
        ),
        # one mark alone may end a title
        ("Assistant Cook - Site (D)\nLevel 2 Food Hygiene essential.\n", "cooking", "mentioned"),
        # the person sought is no colleague
        ("We are looking for a nurse who holds NMC registration.\n", "nmc-registration", "required"),
        # the person sought, by what they must have
        ("We need someone who already knows Kotlin inside out.\n", "kotlin", "required"),
        # a "we" sentence naming the tools the job works with is the job's stack
        ("Our stack: Django on AWS, Postgres and Redis. You'll own features end to end.\n", "django", "mentioned"),
        ("We use Terraform and Ansible for all infrastructure changes.\n", "terraform", "mentioned"),
        # a "we" sentence that gives the job's duty
        ("Implement OAuth 2.0 flows for our partner APIs.\n", "oauth", "mentioned"),
        ("Responsibilities include configuring Cisco switches across our 14 sites.\n", "cisco-networking", "mentioned"),
        # an item without cues in a list that a requirement opens, whatever closes it
        (
            "Conveyancing Assistant (Leeds)\nRequired: 2+ years' conveyancing experience; proficiency with Tableau; "
            "a notary public commission a plus.\n",
            "tableau",
            "required",
        ),
    ],
)
def test_levels_from_the_first_run_of_the_labelled_excerpts(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------ cases from the regression hunt on the labelled-excerpt rules
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a requirement in parentheses stays the sentence's; a wish there is for what it names
        ("Cloud platforms (AWS required, Azure preferred)\n", "aws", "required"),
        ("Cloud platforms (AWS required, Azure preferred)\n", "microsoft-azure", "preferred"),
        ("You'll support users on Windows and macOS (Jamf experience is a must).\n", "macos", "mentioned"),
        ("You'll support users on Windows and macOS (Jamf experience is a must).\n", "jamf", "required"),
        # "Ideally" of something else, or of one item only
        (
            "Ideally located within commuting distance of Leeds, you will have 5+ years of Kotlin.\n",
            "kotlin",
            "required",
        ),
        (
            "You must have a full UK driving licence and, ideally, experience of dementia care.\n",
            "dementia-care",
            "preferred",
        ),
        # a dash sets clauses apart
        ("A CSCS card is required – even better, we'll fund your IPAF licence.\n", "cscs-card", "required"),
        (
            "We are also hiring Senior Carers – for this post, manual handling experience is essential.\n",
            "manual-handling",
            "required",
        ),
        # a "who" clause of the person sought, or one that speaks of the reader, is the job's
        ("The successful candidate, who must be ACCA qualified, will manage 60 clients.\n", "acca", "required"),
        (
            "You'll work alongside our data scientists, who rely on you to build feature pipelines in Spark.\n",
            "apache-spark",
            "mentioned",
        ),
        # cue words inside other phrases
        ("You will also cover extra credit control duties.\n", "credit-control", "mentioned"),
        ("We'd love to welcome you to our Tissue Viability team.\n", "tissue-viability", "mentioned"),
        ("You won't be doing VAT returns alone - the tax manager helps.\n", "vat", "mentioned"),
        # people in the plural that are not counted or owned may be the job's concern
        (
            "Supervise classes when teachers are absent, delivering pre-set work and managing behaviour.\n",
            "behaviour-management",
            "mentioned",
        ),
        # a request under a heading about the employer
        (
            "About the Trust\nWe are one of the largest NHS trusts.\nYou will need strong Excel and SQL.\n",
            "sql",
            "required",
        ),
        ("Applicants who hold Security+ will be prioritised.\n", "comptia-security-plus", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_hunt_on_the_excerpt_rules(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    "text",
    [
        "Providing dementia care since 1990, our family-run group is recruiting a chef.\n",
        "No Hadoop here: we use Databricks.\n",
        "Training in Microsoft Azure will be provided.\n",
    ],
)
def test_the_employers_business_and_what_it_gives_are_not_asked_in_hunt_cases(analyzer, text: str) -> None:
    profile = _profile(analyzer, text)
    named_first = _labels(analyzer, text)[0]
    assert named_first not in {mention.skill_id for mention in profile.mentions}


# ------------------------------------------ rules from the third labelled set (its first run is in the tests' notes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Active SC clearance is a prerequisite for this post.\n", "sc-clearance", "required"),
        # "-strong" after a number is a size, not a cue
        ("Manage paid social campaigns for our 2m-strong community.\n", "paid-social", "mentioned"),
        # a question answered by a wish
        ("You know Linux.\nHands-on with Terraform? Even better.\n", "terraform", "preferred"),
    ],
)
def test_levels_from_the_third_labelled_set(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    "text",
    [
        "Never used Xero? Don't worry.\n",  # a question answered as not needed
        "Our support team handles all password resets in ServiceNow, so you can focus on projects.\n",
        "You will not be required to carry out venepuncture.\n",
        "Applications may be submitted in Welsh or English.\n",
        "Full training is given on induction, including manual handling.\n",
        "You'll complete the PRINCE2 Foundation course in your first months - fully funded by us.\n",
        "We are proud to hold Cyber Essentials Plus.\n",  # "plus" asks only as "a plus"
        "You'll be supported by our clinical psychologists who deliver EMDR to clients.\n",
    ],
)
def test_what_the_third_labelled_set_shows_is_not_asked(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


# ------------------------------------------ cases from the second regression hunt (on the rules of the third set)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # parentheses: one level for what they name; a bare cue for its item when the sentence has others
        (
            "Advanced Excel (including Power Query, required) and some Power BI (desirable).\n",
            "power-query",
            "required",
        ),
        (
            "Degree in a science subject (essential) and experience of LIMS (desirable).\n",
            "natural-sciences",
            "required",
        ),
        ("Your profile\n- Very good German and English (at least C1)\n", "german", "required"),
        # a relative clause between commas keeps its cue
        (
            "The successful candidate, who must hold SC clearance, will administer our VMware estate.\n",
            "vmware",
            "mentioned",
        ),
        (
            "The successful candidate, who must hold SC clearance, will administer our VMware estate.\n",
            "sc-clearance",
            "required",
        ),
        # another team's work that the sentence asks for anyway
        (
            "Our SRE team manages Prometheus and Grafana; you'll be joining that team, so experience with both is "
            "required.\n",
            "prometheus",
            "required",
        ),
        # a prerequisite for something else
        (
            "Holding ITIL 4 Foundation is a prerequisite for progression to the senior grade.\n",
            "itil-foundation",
            "mentioned",
        ),
        # E/D marks right after a skill
        ("Skills: JavaScript (E), TypeScript (D)\n", "typescript", "preferred"),
        ("Skills: JavaScript (E), TypeScript (D)\n", "javascript", "required"),
        # a hard cue of its own beats a wishing label
        (
            "Good to have: knowledge of plants. Must have: retail experience and cash handling.\n",
            "cash-handling",
            "required",
        ),
        # headings: a list heading qualified as wished; what is not asked ends the list above
        (
            "Skills & Experience Required\n- Ansible\nSkills & Experience Desirable\n- Packer\n",
            "hashicorp-packer",
            "preferred",
        ),
        ("What we ask\n- Python\nWhat we don't ask\n- Experience with Airflow\n", "apache-airflow", "mentioned"),
        # a willingness to learn it is no requirement of it
        ("What we ask\nThat you bring a willingness to learn Kotlin.\n", "kotlin", "preferred"),
        # requirements in the imperative, or as what the person will be
        ("The successful candidate will:\n- hold a CIPP qualification\n", "cipp", "required"),
        ("You'll be a qualified accountant (ACCA, CIMA or ACA).\n", "acca", "required"),
        ("Visual merchandising experience would be nice.\n", "visual-merchandising", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_second_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Kubernetes is not a prerequisite - we'll train you.\n",
        "Essentials we provide:\n- Uniform, PPE and manual handling training\n",
        "Laptop, Slack and Notion - all provided on day one.\n",
        "Laptop, Slack and Figma - all provided on day one.\n",  # without "no" in a name ("Notion") too
    ],
)
def test_what_the_second_hunt_shows_is_not_asked(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


@pytest.mark.parametrize(
    "text",
    [
        # the employer in the third person, opening the sentence
        "The Trust operates three hospital sites and uses Epic EHR across all inpatient areas.\n",
        "Northwind is a Microsoft partner specialising in Dynamics 365 for housing associations.\n",
        "Founded in 2011 as a Django consultancy, Brightloop now builds tools for insurers.\n",
        "Our client is a leading logistics provider running SAP across 40 depots.\n",
        "Acme has grown tenfold in 4 years and now runs its analytics on Tableau.\n",
    ],
)
def test_the_employer_in_the_third_person_asks_nothing(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a skill or the job as the subject is no employer
        ("Python is essential for this role.\n", "python", "required"),
        ("Acme uses Python, so you must know it well.\n", "python", "required"),
    ],
)
def test_a_skill_or_the_reader_is_no_employer_subject(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------------- rules from the fifth labelled set (first run 0.935)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Required Skills & Experience\n- CCNP (current)\n", "ccnp", "required"),  # a list heading qualified first
        ("Requisitos / Requirements\n- Advanced SQL\n", "sql", "required"),  # the same heading in two languages
        ("It would be great if you have:\n- Knowledge of Snowplow\n", "snowplow", "preferred"),
        ("Helpful but not required: familiarity with Sketch.\n", "sketch", "preferred"),
        ("Mandatory before mobilisation:\n- GWO Basic Safety Training\n", "gwo-basic-safety-training", "required"),
    ],
)
def test_levels_from_the_fifth_labelled_set(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    "text",
    [
        "Winner – Best Use of Artificial Intelligence, Retail Systems Awards 2023\n",  # an award the employer won
        "No prior programming experience required – our academy teaches you everything, including Kotlin.\n",
        "Wellbeing:\n- Mental Health First Aiders in every office\n",  # a benefits label (not a plain line: duties)
        "After probation, we'll sponsor your PRINCE2 Foundation.\n",
        "Candidates must not use generative AI tools to complete the exercise.\n",  # forbidden, not asked
        "What we offer: study support towards your AAT qualification, plus a £500 bonus.\n",  # pay, not a wish
        "Our commitment\nWe are committed to diversity and inclusion and encourage applications from people with "
        "experience of the care system.\n",
        "VAT returns are prepared by our external accountants, so no VAT experience is needed.\n",  # others do it
        "You'll sit alongside our Financial Controller who leads on statutory accounts.\n",
        "You'll join a friendly admin team supporting clinicians who deliver CBT, EMDR and family therapy.\n",
    ],
)
def test_what_the_fifth_labelled_set_shows_is_not_asked(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


# ------------------------------------------------------------- cases from the third regression hunt
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Management Accountant\nACCA or CIMA qualified (or finalist).\n", "acca", "mentioned"),  # no award
        # a plain "Wellbeing" line is no benefits heading: duties may follow it
        (
            "Wellbeing\nSupport residents with personal care and medication administration.\n",
            "personal-care",
            "mentioned",
        ),
        ("Code reviews are done by the whole team, including you.\n", "code-review", "mentioned"),
        (
            "Nothing here is a dealbreaker: if you know some SQL and want to learn Python, apply.\n",
            "python",
            "mentioned",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_third_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_what_others_do_and_what_the_job_does_are_told_apart(analyzer) -> None:
    text = "Statutory accounts are prepared by our auditors, while management accounts are prepared by you.\n"
    levels = {mention.skill_id: mention.requirement for mention in _profile(analyzer, text).mentions}
    assert levels == {"management-accounting": "mentioned"}


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # what colleagues use, set apart from the job by the sentence itself
        ("Our mobile team writes Kotlin, but you won't touch it - this role is all web.\n", {}),
        ("The analytics team (a separate function) builds dashboards in Tableau.\n", {}),
        ("Our data scientists use PyTorch; this role sits in the platform team.\n", {}),
        (
            "Our payroll clerk looks after PAYE, so your focus will be reception and diary management.\n",
            {"diary-management": "mentioned"},
        ),
        ("You'll share an office with our product designers (Figma experts), but your focus is the back end.\n", {}),
        # the job's own team and what the job does stay the job's
        ("Our team uses Python, so you won't need to learn a new language.\n", {"python": "mentioned"}),
        ("You will work with our data team, but your focus is dbt.\n", {"dbt": "mentioned"}),
        ("Experience with Kafka is essential; this role sits in the platform team.\n", {"apache-kafka": "required"}),
        (
            "In this role you'll run penetration tests and present findings to their technical teams.\n",
            {"penetration-testing": "mentioned", "presentation-skills": "mentioned"},
        ),
    ],
)
def test_colleagues_the_sentence_sets_apart_from_the_job_are_no_request(analyzer, text: str, levels: dict) -> None:
    assert _labels(analyzer, text), "skills are read in the text"
    profile = _profile(analyzer, text)
    assert {mention.skill_id: mention.requirement for mention in profile.mentions} == levels


def test_the_employers_internal_training_is_no_request(analyzer) -> None:
    text = "Before starting:\n- Completion of our internal Linux onboarding module\n"
    assert _labels(analyzer, text)
    assert not _profile(analyzer, text).mentions


def test_help_the_employer_gives_after_a_skill_is_no_request(analyzer) -> None:
    text = "Mandatory before starting:\n- Enhanced DBS check\n- Care Certificate (we'll help you complete it)\n"
    levels = {mention.skill_id: mention.requirement for mention in _profile(analyzer, text).mentions}
    assert levels == {"enhanced-dbs-check": "required"}


# ------------------------------------------------------- rules from the sixth labelled set (first run 0.922)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Must-haves 👇\n→ Figma, daily\n", "figma", "required"),  # a heading with an emoji
        ("Bonus points if…\n- you've used Grafana for dashboards\n", "grafana", "preferred"),
        ("Is this you?\n- You've written UI tests in Playwright\n", "playwright", "required"),
        ("Plus if you have:\n* experience with Azure Bicep\n", "azure-bicep", "preferred"),
        ("We're looking for a backend engineer who has built services in Go and Kafka.\n", "apache-kafka", "required"),
        ("The engineer we hire will have 3-5 years of Swift and UIKit.\n", "uikit", "required"),
        ("People management experience is a must, not a nice-to-have.\n", "people-management", "required"),
        (
            "Have you worked with Kafka Streams? Great – that's a bonus, not a requirement.\n",
            "kafka-streams",
            "preferred",
        ),
        (
            "Do you hold a full UK driving licence? It's essential for this role.\n",
            "full-uk-driving-licence",
            "required",
        ),
        ("Do you hold a Level 3 Early Years Educator qualification?\n", "level-3-early-years-educator", "required"),
        (
            "Active SC Clearance is mandatory for this role – we are unable to sponsor clearance.\n",
            "sc-clearance",
            "required",
        ),
        ("The following would be a plus: Excel; knowledge of SQL.\n", "sql", "preferred"),  # a lead-in before ":"
        ("Candidates with Kaizen experience will be looked upon favourably.\n", "kaizen", "preferred"),
        ("What you'll need:\nA track record in field sales (ideally selling into farms).\n", "field-sales", "required"),
        ("How we work: two-week sprints, with Jira for tickets and Confluence for docs.\n", "confluence", "mentioned"),
    ],
)
def test_levels_from_the_sixth_labelled_set(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    "text",
    [
        "💰 Salary & benefits\n- Free Udemy access, including Kubernetes and Docker courses\n",
        "Nobody expects you to know Haskell on day one.\n",
        "Not required: previous experience in fintech, a CS degree, or knowledge of Solidity.\n",
        "Our dedicated bid writing team produces all tender documents, leaving you free to focus on clients.\n",
        "Our registered nurses handle all medication administration, so you'll focus on personal support.\n",
        "You'll complete IPAF and PASMA training in your first fortnight, at our expense.\n",
        "Free barista training for all new starters.\n",
        "If you'd like this advert in an alternative format, such as a British Sign Language video, please ask.\n",
    ],
)
def test_what_the_sixth_labelled_set_shows_is_not_asked(analyzer, text: str) -> None:
    assert _labels(analyzer, text), "the skill is read in the text"
    assert not _profile(analyzer, text).mentions


def test_what_a_colleague_is_is_no_request(analyzer) -> None:
    text = "Your line manager is a Certified Kubernetes Administrator and will mentor you.\n"
    assert "certified-kubernetes-administrator" in _labels(analyzer, text)
    assert "certified-kubernetes-administrator" not in {
        mention.skill_id for mention in _profile(analyzer, text).mentions
    }


# ------------------------------------------------ cases from the fourth regression hunt (on the sixth set's rules)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("You will be working with a client who has autism and epilepsy.\n", "autism-spectrum-conditions", "mentioned"),
        ("We are looking for a UX Designer who can run user research.\n", "ux-design", "mentioned"),  # the title
        ("We are looking for a UX Designer who can run user research.\n", "user-research", "required"),
        ("Candidates with a Level 3 Diploma in Childcare are encouraged to apply.\n", "childcare", "preferred"),
        ("Do you know Next.js? If so, that's a real bonus.\n", "next-js", "preferred"),
        ("You will join our Data Engineering team and build pipelines in Airflow.\n", "data-engineering", "mentioned"),
    ],
)
def test_levels_hold_in_cases_of_the_fourth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("The engineer we hire will work closely with our SRE team.\n", "site-reliability-engineering"),
        ("Do you have SC clearance? It's not essential.\n", "sc-clearance"),
        ("Free Level 2 Food Hygiene training for all new starters.\n", "level-2-food-hygiene-certificate"),
    ],
)
def test_what_the_fourth_hunt_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_anchor_words_hold_in_every_match_of_their_patterns() -> None:
    """The long cue patterns run only when one of their anchor words is in the text (a speed-up): an alternative
    added to a pattern without its anchor would silently never fire. Every match in the labelled excerpts must hold
    an anchor."""
    import json
    from pathlib import Path

    from skillgap.nlp import ad_cues as rules

    pairs = [
        (rules.NOT_NEEDED_BEFORE, rules.NOT_NEEDED_ANCHORS),
        (rules.NOT_NEEDED_WITHIN, rules.NOT_NEEDED_ANCHORS),
        (rules.NOT_NEEDED_AFTER, rules.NOT_NEEDED_ANCHORS),
        (rules.NOT_NEEDED_AFTER, rules.NOT_NEEDED_AFTER_ANCHORS),
        (rules.PREFERRED_CUES, rules.WISH_ANCHORS),
        (rules.OTHER_WISHES, rules.WISH_ANCHORS),
        (rules.LIGHT_CUES, rules.LIGHT_ANCHORS),
        (rules.OTHERS_DO, rules.OTHERS_DO_ANCHORS),
        (rules.THE_COLLEAGUE_DOES, rules.THE_COLLEAGUE_DOES_ANCHORS),
        (rules.COLLEAGUE_IS, rules.COLLEAGUE_IS_ANCHORS),
        (rules.HOPED_FOR, rules.HOPED_FOR_ANCHORS),
        (rules.ABOUT_APPLYING, rules.ABOUT_APPLYING_ANCHORS),
        (rules.EQUAL_OPPORTUNITY, rules.EQUAL_OPPORTUNITY_ANCHORS),
    ]
    data = Path(__file__).resolve().parent / "data"
    lines = [
        line.lower()
        for name in ("requirement_levels.jsonl", "requirement_levels_holdout.jsonl")
        for item in map(json.loads, (data / name).read_text(encoding="utf-8").splitlines())
        for line in item["text"].splitlines()
    ]
    matched = 0
    for pattern, anchors in pairs:
        for line in lines:
            match = pattern.search(line)
            if match:
                matched += 1
                assert rules.holds_any(line, anchors), (pattern.pattern[:60], match.group(), line)
    assert matched > 100  # the check has matches to check


# --------------------------------------- text about the ad that SkillSpan's ads run on with, without a heading
@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # equal-opportunity text by its own words, under whatever heading stands above it
        (
            "Requirements\n- 5+ years of Python\nAcme provides equal employment opportunities to all applicants "
            "without regard to race, religion, genetics or disability.\n",
            "genetics",
        ),
        (
            "Requirements\n- 5+ years of Python\nWe are an equal opportunity employer and value diversity and "
            "inclusion.\n",
            "diversity-and-inclusion",
        ),
        # how to apply, whom to contact, what happens to applications
        (
            "Requirements\n- 5+ years of Python\nIf you have questions about the recruitment process, please contact "
            "our HR Business Partner, Jo Bloggs.\n",
            "recruitment",
        ),
        ("Questions? Please contact our HR Business Partner, Jo Bloggs.\n", "hr-business-partnering"),
        ("No third-party recruitment agencies, please.\n", "recruitment"),
        ("Once the recruitment process is completed, every applicant will be notified.\n", "recruitment"),
        # how interviews are held and applications handled
        ("Second-stage interviews will be held on Zoom in the week of 9 June.\n", "zoom"),
        ("Interviews can be conducted with a BSL interpreter on request.\n", "british-sign-language"),
        ("We use Workday to manage all applications.\n", "workday"),
        ("Applications made in Welsh are treated no less favourably than those made in English.\n", "welsh"),
        ("We process your personal data under UK GDPR.\n", "gdpr"),
        # where the job sits and who the employer is, also under a heading that asks
        (
            "Requirements\n- 5+ years of Python\nThe Department of Proteomics occupies a new building on the main "
            "campus.\n",
            "proteomics",
        ),
        (
            "Requirements\n- 5+ years of Python\nVireo is a global leader in financial services, with offices in "
            "twelve countries.\n",
            "financial-services",
        ),
        # a centre, faculty or department of the employer as the subject
        (
            "Requirements\n- 5+ years of C#\nThe Centre comprises a wide range of resources from proteomics to "
            "protein production.\n",
            "proteomics",
        ),
        (
            "Requirements\n- 5+ years of C#\nThe department focuses on projects in signal transduction and "
            "proteomics.\n",
            "proteomics",
        ),
        # the same in an anonymised ad, its names replaced by a placeholder
        (
            "Qualifications:\n* 5+ years of Python\n<ORGANIZATION> <ORGANIZATION>\n<ORGANIZATION> is a global leader "
            "in financial services providing strategic advice to the world's most prominent corporations .\n",
            "financial-services",
        ),
        # a degree that names the post or its programme
        ("A 3-year PhD scholarship in marine biology is available at the Department of Biology.\n", "phd"),
        ("The PhD student will join a team of postdocs and technicians.\n", "phd"),
        ("The appointment terms follow the rules for PhD degree students.\n", "phd"),
        # cases from a regression hunt on these rules
        ("Contact the recruitment team if you need any support.\n", "recruitment"),
        ("Send your CV to the IT recruitment team, or call for details.\n", "recruitment"),
        ("Questions regarding this vacancy can be directed to our Talent Acquisition team.\n", "talent-acquisition"),
        ("Shortlisted applicants will be invited to an assessment day.\n", "assessment-centres"),
        (
            "We are committed to equality and diversity and encourage applications from all.\n",
            "diversity-and-inclusion",
        ),
        ("PhD Opportunities - Marine Biology\nThree funded studentships in coral reef ecology.\n", "phd"),
        ("A PhD is not required, but experience of research environments is desirable.\n", "phd"),
    ],
)
def test_what_the_ad_says_of_itself_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # the same words where the job runs the process, or the ad asks anyway
        ("Responsibilities\n- Manage the recruitment process for new starters\n", "recruitment", "mentioned"),
        ("Responsibilities\n- Handling our recruitment process end to end\n", "recruitment", "mentioned"),
        ("Your application must include evidence of teaching experience.\n", "classroom-teaching", "required"),
        ("Strong SQL skills are essential. Please attach your CV and a cover letter.\n", "sql", "required"),
        ("Use Workday to process all applications and schedule interviews.\n", "workday", "mentioned"),
        ("Interviews will be held in person; you must hold a CSCS card.\n", "cscs-card", "required"),
        ("Responsibilities\n- Interview candidates and keep records in Workday\n", "workday", "mentioned"),
        # a degree asked for, not named as the post
        ("You must hold a PhD in chemistry.\n", "phd", "required"),
        ("PhD holders in statistics are preferred.\n", "phd", "preferred"),
        ("Candidates should hold a PhD in Accounting or Finance.\n", "phd", "required"),
        ("The post holder will have a PhD in Chemical Engineering.\n", "phd", "required"),
        # cases from a regression hunt on these rules: the words of applying in a duty
        (
            "Responsibilities\n- Maintain contact details in the CRM and update asset records\n",
            "customer-relationship-management",
            "mentioned",
        ),
        ("Support diversity hiring initiatives across the recruitment process.\n", "recruitment", "mentioned"),
        # a wish after "not required" about the same thing
        ("SQL is not required, but it would be a plus.\n", "sql", "preferred"),
        # what the job gives after "you will have" is no requirement
        ("The successful candidate will have access to Pluralsight and AWS training.\n", "aws", "mentioned"),
        # nor the job itself, or an advantage it brings; what the reader brings still is
        (
            "You will have a challenging and independent job in a dynamic environment with both suits and welding "
            "masks.\n",
            "welding",
            "mentioned",
        ),
        (
            "You will have the advantage of gaining professional leverage and building business acumen across "
            "business areas.\n",
            "commercial-awareness",
            "mentioned",
        ),
        (
            "You will have a role converting requirements for the wind turbine into design parameters.\n",
            "wind-turbine-technology",
            "mentioned",
        ),
        # nor what the employer's own pages say of it, under a heading that asks: it names the job's tools
        (
            "Requirements\n- 5+ years of C#\nBrightwave inspires donors with Microsoft Dynamics 365 dashboards.\n",
            "microsoft-dynamics-365",
            "mentioned",
        ),
        ("You will have a strong background in welding.\n", "welding", "required"),
        ("You will have a post-graduate qualification in nursing.\n", "postgraduate-qualification", "required"),
        ("You will have a degree in mechanical engineering.\n", "mechanical-engineering", "required"),
    ],
)
def test_the_ads_own_words_do_not_hide_what_it_asks(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the seventh labelled set and the sixth hunt
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Knowledge of Tableau is considered an asset.\n", "tableau", "preferred"),
        ("Looker experience would help.\n", "looker", "preferred"),
        ("You'd stand out if you have used Terraform.\n", "terraform", "preferred"),
        ("Plus points:\n- Terraform\n", "terraform", "preferred"),
        ("THE CANDIDATE\n- Fluent in Haskell\n", "haskell", "required"),
        (
            "Skills    E/D\nAble to administer medication safely    E\nExperience with Tableau    D\n",
            "tableau",
            "preferred",
        ),
        ("Forklift licence holders only.\n", "forklift-licence", "required"),
        ("Spanish speakers particularly welcome, as many of our customers are in Madrid.\n", "spanish", "preferred"),
        (
            "Our client, a leading FMCG manufacturer, needs a Production Planning Coordinator to schedule its lines.\n",
            "production-planning",
            "mentioned",
        ),
        # a pair of dashes sets an aside apart, like parentheses
        (
            "The role requires solid Linux skills – Ubuntu preferred – and scripting in Haskell.\n",
            "haskell",
            "required",
        ),
        (
            "The role requires solid Linux skills – Ubuntu preferred – and scripting in Haskell.\n",
            "ubuntu",
            "preferred",
        ),
        # a list inside a clause after a dash, item by item
        ("Bookkeeper – 2 years of Payroll required, Tableau helpful.\n", "payroll", "required"),
        (
            "Able to offer Football Coaching as an after-school club? That would be welcome but is not expected.\n",
            "football-coaching",
            "preferred",
        ),
        (
            "Requirements\n- Java 17\nTallow Ltd is a consultancy of 40 staff.\n"
            "Tallow uses Terraform for every client.\n",
            "terraform",
            "mentioned",
        ),
        ("Snowflake is our data warehouse.\n", "snowflake", "mentioned"),
        ("Requirements\n- Java 17\n- ISTQB is nice but not mandatory\n", "istqb-foundation-level", "preferred"),
        (
            "You'll support the Programme Management Office (PMO) in the Digital Division.\n",
            "project-management-office",
            "mentioned",
        ),
    ],
)
def test_levels_from_the_seventh_labelled_set(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("We'll give you full training on Xero, so no prior knowledge is needed.\n", "xero"),
        ("You'll be enrolled on the Care Certificate during your first 12 weeks.\n", "care-certificate"),
        ("Night staff do not do Medication Administration; the nurse on shift does.\n", "medication-administration"),
        ("Our sister team in Leeds is hiring Rust engineers; this role is a front-end one.\n", "rust"),
        ("You will report to Priya, our VP Engineering, who spent ten years writing Haskell.\n", "haskell"),
        ("Our Customer Service team takes all the bookings, so you can focus on driving.\n", "customer-service"),
        (
            "Apply now.\nTom Reilly\nPrincipal Recruitment Consultant – Cloud & DevOps\n"
            "Harbour Tech | tom.reilly@harbourtech.example | 0161 555 0192\n",
            "devops",
        ),
        ("Requirements\n- Java 17\n- Kotlin is used by our Android team but is not needed for this role\n", "kotlin"),
        ("Blue light driving training (IHCD) will be provided.\n", "blue-light-driving"),
    ],
)
def test_what_the_seventh_labelled_set_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_a_number_in_a_line_of_the_ad_makes_no_contact_block(analyzer) -> None:
    text = "Small plumbing firm looking for help. Gas Safe registration a must, own tools. Ring Dave on 07700 900321\n"
    _assert_level(analyzer, text, "gas-safe-registration", "required")


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a sentence that speaks of the job is not the employer's, "our" or not
        ("The role sits in the Identity team, which owns Okta and our SSO integrations.\n", "okta", "mentioned"),
        # a label's first word is no duty: the sentence after it is the employer's
        (
            "Partner ecosystem: we're an Atlassian partner and resell Confluence and Jira to enterprises.\n",
            "jira",
            None,
        ),
    ],
)
def test_the_job_and_the_employer_are_told_apart_by_who_the_sentence_speaks_of(
    analyzer, text: str, skill_id: str, level: str | None
) -> None:
    if level is None:
        _assert_not_asked(analyzer, text, skill_id)
    else:
        _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the seventh hunt (on the seventh set's rules)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Ansible would be an asset to the team.\n", "ansible", "preferred"),
        ("Requirements\n- TOGAF certification – an asset\n", "togaf", "preferred"),
        ("AutoCAD essential; Revit would help you.\n", "autodesk-revit", "preferred"),
        ("This role would help you grow your SQL skills.\n", "sql", "mentioned"),
        ("HCPC registered podiatrists only.\n", "hcpc-registration", "required"),
        ("You should be confident with Microsoft Word.\n", "microsoft-word", "required"),
        ("Requirements\n- Go\nSnowflake is our data warehouse and Looker sits on top.\n", "snowflake", "mentioned"),
        ("Kafka is used by our platform team, which you will join.\n", "apache-kafka", "mentioned"),
    ],
)
def test_levels_hold_in_cases_of_the_seventh_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Phonics training (Read Write Inc) will be provided.\n", "read-write-inc"),
        ("Full training given on COSHH.\n", "coshh"),
        ("Requirements\n- Go\nYou will have the opportunity to learn Rust on our ledger service.\n", "rust"),
        ("You will have the opportunity to learn Kotlin.\n", "kotlin"),
        ("The candidate\nExpert in Spark.\nTrino is used by our analytics team.\n", "presto"),
        ("Python is used by our data science team, who build all the pricing models.\n", "python"),
    ],
)
def test_what_the_seventh_hunt_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_to_be_put_in_place_is_no_training_given(analyzer) -> None:
    nlp = analyzer.nlp
    text = "Impact measures to be put in place: capacity building and monitoring of community enterprises.\n"
    doc = nlp(make_doc(nlp, read_text(text, "ad.txt")))
    spans = [span for span in skill_spans(doc) if span.label_ == "capacity-development"]
    assert spans
    assert not any(span._.not_needed for span in spans)


# ------------------------------------------------ cases from the eighth development set (FAQ, posts, agencies)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("FAQ\nDo I need to know SQL? Yes - you'll be tested on joins in the first interview.\n", "sql", "required"),
        ("Screening questions\n1. Do you hold a current CCNA? (A 'yes' is needed to proceed)\n", "ccna", "required"),
        ("Experience with causal inference is a strong plus.\n", "causal-inference", "preferred"),
        ("It'd be handy if you held a CSCS card, but it's not a must.\n", "cscs-card", "preferred"),
        ("Experience with Xero is preferable.\n", "xero", "preferred"),
        ("If you've used Amplitude before, great, but I care more about how you think.\n", "amplitude", "preferred"),
        ("Nice-to-haves (seriously, don't self-select out over these):\n• Rust\n", "rust", "preferred"),
        ("The essentials\n• ITIL Foundation\n", "itil-foundation", "required"),
        ("You need:\n- OSCP (non-negotiable)\n", "oscp", "required"),
        ("What you'll work on:\n1. Our Flutter app (iOS + Android)\n", "flutter", "mentioned"),
        ("First 90 days\n• Days 1–30: get to know our Grafana dashboards\n", "grafana", "mentioned"),
        ("You should already be fluent in C#; we won't be teaching it on the job.\n", "c-sharp", "required"),
        ("I'm looking for someone with real Xero experience - I can't teach it this time.\n", "xero", "required"),
        (
            "Is the ACCA qualification already on your CV? It needs to be - we can't consider others.\n",
            "acca",
            "required",
        ),
        ("Any of those will increase your chances:\n- Terraform\n", "terraform", "preferred"),
    ],
)
def test_levels_from_the_eighth_labelled_set(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("FAQ\nDo I need a Bachelor's degree?\nNope. We care about what you've built.\n", "bachelor-s-degree"),
        ("We don't care about your LeetCode score or whether you know Haskell.\n", "haskell"),
        (
            "This is an individual-contributor role with no Engineering Management responsibilities.\n",
            "engineering-management",
        ),
        ("This is not a machine learning role; see our ML Engineer opening instead.\n", "machine-learning"),
        ("No experience of care work needed - we'll train you, including the Care Certificate.\n", "care-certificate"),
        (
            "We're also looking for a Sous Chef with kitchen management experience - see our separate listing.\n",
            "kitchen-management",
        ),
        ("To apply, fill in the short Google Form linked below - no CV needed.\n", "google-forms"),
        (
            "Our client, a leading law firm specialising in personal injury claims, needs a receptionist.\n",
            "personal-injury-law",
        ),
        ("Our bookkeeper handles the QuickBooks side, so you won't need to.\n", "quickbooks"),
        (
            "As IT Project Coordinator you'll schedule engagements for our red team, handling logistics.\n",
            "red-teaming",
        ),
        ("As our UI designer you'll hand off designs to our Android developers.\n", "android-development"),
    ],
)
def test_what_the_eighth_labelled_set_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # the job's own team, and a verb that is no application
        ("You'll work on our onboarding squad, building sign-up flows in React.\n", "onboarding", "mentioned"),
        ("We'd love to welcome you to our Tissue Viability team.\n", "tissue-viability", "mentioned"),
        ("You will join our Data Engineering team and build pipelines in Airflow.\n", "data-engineering", "mentioned"),
        ("Your role is to apply hazard management in operations.\n", "safety-engineering", "mentioned"),
        (
            "Collaborate with cross-functional teams to define features.\n",
            "cross-functional-working",
            "mentioned",
        ),
    ],
)
def test_the_eighth_sets_rules_keep_the_jobs_own(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the eighth hunt (on the eighth set's rules)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Security Engineer\nTo apply, you'll need to pass SC clearance.\n", "sc-clearance", "required"),
        ("To apply lean principles on the line you will work with our CI team.\n", "lean-methodology", "mentioned"),
        # the team's stack, also as an item of a requirements list (two hunts of three read it so)
        ("You need\n- 5+ years analytics\n- Google BigQuery is our warehouse\n", "google-bigquery", "mentioned"),
        (
            "Support Engineer\n2. Do you have Zendesk? (nice to have)\n3. Are you fine with on-call rotations?\n",
            "on-call-support",
            "mentioned",
        ),
        (
            "Our client, a leading games studio specialising in Unreal Engine, is hiring a programmer.\n",
            "unreal-engine",
            "mentioned",
        ),
        # FAQ questions of what the job needs: the answer decides
        ("FAQ\nDo you need to know SQL? It'd be handy.\n", "sql", "preferred"),
        ("Is NEC3 experience required? Preferably.\n", "nec-contracts", "preferred"),
        ("Q: Do I need SIEM experience? A: Yes.\n", "siem", "required"),
        ("Do you have strong SQL skills?\n", "sql", "required"),
        ("If you've used D3.js, great.\n", "d3-js", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_eighth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Is Kubernetes required? Nope.\n", "kubernetes"),
        ("We'll train you in everything you need, including Java, Spring Boot and SQL.\n", "spring-boot"),
        ("You'll have the opportunity to learn Python, dbt and Airflow on the job.\n", "apache-airflow"),
        ("Their engineers handle the deep integrations in Java.\n", "java"),
        ("What you'll work on\n- Blog posts and whitepapers for our cybersecurity clients\n", "cybersecurity"),
        ("If you need any adjustments to our recruitment process, speak to our recruitment team.\n", "recruitment"),
    ],
)
def test_what_the_eighth_hunt_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


# ------------------------------------------------ cases from the ninth hunt (on the eighth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Data Engineer\nRequirements\n- Python and SQL\n- Snowflake is our warehouse\n", "python", "required"),
        ("Requirements\n- Go\nSnowflake is our data warehouse and Looker sits on top.\n", "snowflake", "mentioned"),
        # list items above an application line are no signature of it
        (
            "About you\n- Commercial experience with Django\n- Docker is a bonus\n"
            "To apply, send your CV to jo@finly.example\n",
            "docker",
            "preferred",
        ),
        ("Do I need Python? Nope, but it'd help.\n", "python", "preferred"),
        ("Key skills (must)\n- Tableau\n", "tableau", "required"),
        ("Extras (a plus, not a must)\n- Tableau\n", "tableau", "preferred"),
        (
            "Warehouse Team Leader\n2+ yrs Warehouse Operations experience (FMCG preferred)\nStrong people skills\n",
            "interpersonal-skills",
            "required",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_ninth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("You'll learn Gainsight and Intercom on the job, but you must already know Salesforce.\n", "gainsight"),
        ("Our platform team maintains Kubernetes and Kafka; you'll build the APIs.\n", "kubernetes"),
    ],
)
def test_what_the_ninth_hunt_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


# ------------------------------------------------ cases from the tenth hunt (on the ninth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("What we need\n- Payroll experience (multi-site preferred)\n- Sage Payroll\n", "sage-payroll", "required"),
        ("Requirements\n- Event management experience (weddings preferred)\n", "event-management", "required"),
        ("Other skills (optional)\n- SharePoint\nWhat you must have\n- Intune\n", "microsoft-intune", "required"),
        ("Other skills (optional)\nPython scripting\nRequired\nMATLAB, Simulink\n", "matlab", "required"),
        ("Extras (a plus, not a must)\nSpanish\nCore (a must)\nEnglish at C1\n", "english", "required"),
        ("Key skills (must)\nTeamwork\nKey tools (we use them daily)\nSlack, Notion, Asana\n", "asana", "mentioned"),
        ("FAQs\nIs a CSCS card required? Yes/No - yes, you must have one on day one.\n", "cscs-card", "required"),
        ("About you\n- 5+ years of Java\nYou will learn to lead a team of four engineers.\n", "leadership", "required"),
    ],
)
def test_levels_hold_in_cases_of_the_tenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the eleventh hunt (on the tenth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("What you must have\n- Unity\n- C#\n- Blender (helpful)\n", "blender", "preferred"),
        ("Required\n- Haskell\n- OCaml (nice)\n", "ocaml", "preferred"),
        ("What you must have\n- Strong SQL\n- Python (would be useful)\n", "python", "preferred"),
        ("Core (a must)\n- Fluent German\nCore (plus)\n- SAP FI\n", "sap-fico", "preferred"),
        ("Core (a must)\n- Kubernetes\nNice\n- Istio\n", "istio", "preferred"),
        ("Core (a must)\n- Strong SQL\nSecondary (helpful)\n- Airflow\n", "apache-airflow", "preferred"),
        ("Required\n- Bash\nStack\n- Prometheus and Grafana for monitoring\n", "grafana", "mentioned"),
        # a wish whose only anchor is "'d be": the anchor list must hold it
        ("It'd be good if you knew Terraform.\n", "terraform", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_eleventh_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("What you must have\n- Machine operation\n- IOSH (we can arrange this)\n", "iosh-managing-safely"),
        ("About the role\nYou will learn to use Xero and Sage from day one.\n", "xero"),
    ],
)
def test_what_the_eleventh_hunt_shows_is_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


# ------------------------------------------------ cases from a review of this session's rules
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("You must be committed to diversity and hold a CSCS card.\n", "cscs-card", "required"),
        ("Attach the receipts in Xero.\n", "xero", "mentioned"),
        ("Manage recruitment agencies and our ATS (Workday).\n", "workday", "mentioned"),
        ("We're also looking for a team player with Kubernetes experience.\n", "kubernetes", "mentioned"),
        ("Requirements\nPython\nKubernetes\nTerraform\nSend your CV to jobs@acme.example\n", "terraform", "required"),
        ("Essential: Linux; 2 years of Python required, Terraform helpful\n", "terraform", "preferred"),
        ("Secondary\nQTS essential\n", "qualified-teacher-status", "required"),
        ("Applicants must have completed a PhD project in chemistry.\n", "phd", "required"),
        ("Terraform isn't required, but would be useful.\n", "terraform", "preferred"),
        ("If you've used Terraform, brilliant.\n", "terraform", "preferred"),
    ],
)
def test_levels_hold_in_cases_of_the_review(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_an_answer_of_absolutely_not_asks_nothing(analyzer) -> None:
    _assert_level(analyzer, "Do you need AWS? Absolutely not.\n", "aws", "mentioned")


def test_a_long_run_of_spaces_or_a_long_word_reads_quickly(analyzer) -> None:
    """Patterns with no nested repetition: a person-specification mark after a long run of spaces, and a process
    after a long pasted word, are read (correctness only: their time is in benchmarks/bench_speed.py)."""
    text = (
        "Knowledge    E/D\nExperience of Python"
        + " " * 400
        + "E\nExperience of SQL    D\n"
        + "a" * 5000
        + " the recruitment process\n"
    )
    _assert_level(analyzer, text, "python", "required")


# ------------------------------------------------ cases from the twelfth hunt (on the eleventh hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a bare wish in parentheses is for its item, not a heading for the items below it
        (
            "What you need\n* 3+ years of Python\n* OCaml (nice)\n* PostgreSQL\n* Rust (plus)\n",
            "postgresql",
            "required",
        ),
        ("What you need\n* 3+ years of Python\n* OCaml (nice)\n* PostgreSQL\n", "ocaml", "preferred"),
        (
            "Essential\n- Excel\n- Power BI (nice)\n- SQL\n- Stakeholder management\n",
            "stakeholder-management",
            "required",
        ),
        # under a heading that gives the list its level, a bare wish is for its own item (between commas)
        ("Requirements: Terraform, AWS, Ansible (helpful).\n", "terraform", "required"),
        ("Requirements: Terraform, AWS, Ansible (helpful).\n", "ansible", "preferred"),
        ("Requirements: SQL, Python (helpful), Tableau.\n", "sql", "required"),
        ("Skills needed: Java, Kotlin (nice), Spring, Gradle.\n", "kotlin", "preferred"),
        ("Requirements\n- Python and SQL (nice to have)\n- Linux\n", "python", "preferred"),
        # "Nice" and "Must" alone head a list only before a list item (or with a colon)
        ("Location\nNice\nHybrid, 2 days in our Nice office. You will build services in Java.\n", "java", "mentioned"),
        ("Junior Developer\nMust\n- JavaScript\n- CSS\nNice\n- Vue.js\n", "javascript", "required"),
        ("Junior Developer\nMust\n- JavaScript\n- CSS\nNice\n- Vue.js\n", "vue-js", "preferred"),
        # a qualifier after the kind of things a list names
        ("Languages (a plus)\nFrench, German\nEssential\nFluent English\n", "french", "preferred"),
        ("Accounts Assistant\nSoftware (helpful)\n- NetSuite\n- Excel\n", "netsuite", "preferred"),
        # a refresher keeps what it refreshes asked
        (
            "Requirements\n- Python (we can arrange a refresher course if you're rusty)\n- 2 years of Django\n",
            "python",
            "required",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_twelfth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # another post, named by its title after "also looking for"
        ("We're also looking for a Scala engineer to join our data team. This role requires Python.\n", "scala"),
        ("We're also looking for an Office Manager with Sage experience - apply separately.\n", "sage"),
        (
            "We are also looking for a Registered Nurse (RGN) for nights.\nThis vacancy is for a Care Assistant.\n",
            "registered-general-nurse",
        ),
        # what the job teaches, to the end of the clause ("learn to lead a team" is the job's: below)
        ("You will learn to use Xero and to prepare management accounts.\n", "xero"),
        ("You will learn to use Xero and to prepare management accounts.\n", "management-accounting"),
    ],
)
def test_set_aside_in_cases_of_the_twelfth_hunt(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("We're also looking for a candidate who knows Python.\n", "python", "required"),
        ("Warehouse Team Leader\nYou will learn to use our WMS and to lead a team of 15.\n", "leadership", "mentioned"),
    ],
)
def test_still_asked_in_cases_of_the_twelfth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the thirteenth hunt (on the twelfth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # "Nice" and "Must" head what follows, prose or a list after a blank line, but for the value of a place's label
        (
            "Nice\nSome knowledge of Tableau or Power BI.\n\nAbout us\nWe are a retailer in Nice.\n",
            "tableau",
            "preferred",
        ),
        ("Requirements\n- Python\n- SQL\n\nNice\n\n- Docker\n- Helm\n", "docker", "preferred"),
        (
            "Must\nBe fluent in Spanish and comfortable with Zendesk.\nNice\nPrevious use of Salesforce.\n",
            "salesforce",
            "preferred",
        ),
        ("Office\nNice\nRole\nBackend developer using Python and PostgreSQL.\n", "postgresql", "mentioned"),
        # a heading of a kind of skill with a level in parentheses, unbulleted; not a list item, nor benefits
        ("Cloud (preferred)\n- GCP\n- BigQuery\n\nMust\n- Python\n", "google-bigquery", "preferred"),
        ("Accounting software (desirable)\n- Xero\n- QuickBooks\n\nEssential\n- AAT Level 3\n", "xero", "preferred"),
        ("Experience\n- Payroll experience (preferred)\n- Sage Payroll\n", "sage-payroll", "mentioned"),
        (
            "You should bring:\n- Figma (nice to have)\n- User research experience\n- Prototyping\n",
            "prototyping",
            "required",
        ),
        # a wish for one item of a list in a duty or stack sentence is for that item
        (
            "Role overview\nYou'll write Terraform, AWS CDK (nice) and Python.\nYou must know Linux.\n",
            "python",
            "mentioned",
        ),
        (
            "Role overview\nYou'll write Terraform, AWS CDK (nice) and Python.\nYou must know Linux.\n",
            "aws-cdk",
            "preferred",
        ),
        ("What you'll need:\n- Rust (plus)\n- Solid C++ experience\n- Git\n", "rust", "preferred"),
        # a hard cue in parentheses beats a wishing heading
        ("Nice to have: Docker, Kubernetes (essential), Helm\n", "kubernetes", "required"),
        ("Nice to have: Docker, Kubernetes (essential), Helm\n", "helm", "preferred"),
        # what the employer runs, taken up as the job's by the next words
        (
            "Harbour Lane runs on EMIS Web. As our new Prescription Clerk you'll process repeat requests through it.\n",
            "emis",
            "mentioned",
        ),
        (
            "Cloudflare sits in front of all we serve. This Network Engineer owns our DNS there.\n",
            "cloudflare",
            "mentioned",
        ),
        (
            "Our dispensary runs a BD Rowa robot, and the technician in this post loads it daily.\n",
            "bd-rowa",
            "mentioned",
        ),
        # "also looking for" the person sought, not another post
        (
            "Full Stack Developer\nYou know Node.js and React.\n"
            "We're also looking for an engineer who knows GraphQL.\n",
            "graphql",
            "required",
        ),
        (
            "Data Engineer\nSnowflake essential.\n"
            "We're also looking for a Data Engineer who has used dbt - is that you?\n",
            "dbt",
            "required",
        ),
        # from the hunt's list of what both versions got wrong
        ("A degree is not required but experience of Python is desirable and SQL is essential.\n", "sql", "required"),
        (
            "A degree is not required but experience of Python is desirable and SQL is essential.\n",
            "python",
            "preferred",
        ),
        ("FAQ\nDo I need Salesforce experience? Not really, but it helps.\n", "salesforce", "preferred"),
        (
            "Equal opportunities\nWe welcome applications from all backgrounds.\n"
            "Applicants must hold an Enhanced DBS.\n",
            "enhanced-dbs-check",
            "required",
        ),
        (
            "We're also hiring a Scala engineer - see our separate listing. This role requires 3 years of Python.\n",
            "python",
            "required",
        ),
        (
            "PhD studentship\nApplicants need a first degree in Chemistry and experience with Python.\n",
            "python",
            "required",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_thirteenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Perks (nice)\n- Free lunch\n- AWS certification paid for\n", "aws"),
        ("You'll learn to use Xero and to prepare VAT returns, with support from our senior bookkeeper.\n", "vat"),
        (
            "If you have any questions about the role or our use of Kubernetes, contact Raj at raj@firm.io.\n",
            "kubernetes",
        ),
    ],
)
def test_set_aside_in_cases_of_the_thirteenth_hunt(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_a_level_after_a_name_makes_it_the_product(analyzer) -> None:
    _assert_level(analyzer, "Knowledge of Toast, Lightspeed and Excel preferred.\n", "microsoft-excel", "preferred")


def test_years_before_a_name_make_it_the_product(analyzer) -> None:
    # "3+ years React": the stack names React, the requirement asks for it
    profile = _profile(analyzer, "Stack:\n- Frontend: React, TypeScript\nRequirements\n- 3+ years React\n")
    assert profile.requirement_of("react") == "required"


# ------------------------------------------------ cases from the fourteenth hunt (on the thirteenth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # inside a list, an unbulleted item with its level is an item, not a heading; after a blank line it heads one
        ("Requirements\nSQL (essential)\nPython (desirable)\nExcel\nPower BI\n", "power-bi", "required"),
        ("Requirements\nSQL (essential)\nPython (desirable)\nExcel\nPower BI\n", "python", "preferred"),
        (
            "Responsibilities\nAnswer customer calls\nZendesk (preferred)\nProcess refunds in Shopify\n",
            "shopify",
            "mentioned",
        ),
        ("Requirements\n- Python\n\nCloud (preferred)\n- GCP\n", "google-cloud-platform", "preferred"),
        # a wishing heading does not wish for what a duty or a statement of the stack names
        (
            "Cloud (preferred)\nAWS certification.\nYou will deploy services to Kubernetes and write Go.\n",
            "kubernetes",
            "mentioned",
        ),
        (
            "Design tools (nice to have)\nSketch\nAbout the team\nWe use Figma and Miro every day.\n",
            "figma",
            "mentioned",
        ),
        (
            "Nice\nOur office overlooks the sea. The engineering team works in Python and Django.\n",
            "django",
            "mentioned",
        ),
        ("Offices:\nLondon\nParis\nNice\nYou'll work with Kotlin and Spring Boot.\n", "kotlin", "mentioned"),
        # "it helps" wishes only as said of a thing
        ("We use Notion to document everything; it helps new starters settle in.\n", "notion", "mentioned"),
        ("It helps that our stack is just Python and PostgreSQL.\n", "postgresql", "mentioned"),
        # "need not", a condition
        ("Candidates need not have used Jira before.\n", "jira", "mentioned"),
        ("If you need training in Xero, we offer courses.\n", "xero", "mentioned"),
        # a duty bullet that starts with learning stays a duty
        (
            "Responsibilities\n- Learn to use our Salesforce CRM and keep customer records up to date\n",
            "salesforce",
            "mentioned",
        ),
        # "also looking for an engineer who ..." in an ad for another post is another vacancy; for the same, the hire
        (
            "Full Stack Developer\nYou know Node.js and React.\n"
            "We're also looking for an engineer who knows GraphQL.\n",
            "graphql",
            "required",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_fourteenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("QA Analyst\nSelenium is required.\nWe're also looking for an engineer who knows Appium.\n", "appium"),
        ("Frontend Developer\nMust have: React.\nWe're also looking for a designer who knows Figma.\n", "figma"),
        ("Equal opportunities\nWe must make reasonable adjustments; requests are logged in Workday.\n", "workday"),
    ],
)
def test_set_aside_in_cases_of_the_fourteenth_hunt(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_a_heading_word_is_no_skill(analyzer) -> None:
    profile = _profile(analyzer, "Data Analyst\nMUST\n\n- SQL\n- Excel\nNICE\n\n- Tableau\n- Python\n")
    assert "nice-guidelines" not in {mention.skill_id for mention in profile.mentions}
    assert profile.requirement_of("tableau") == "preferred"


# ------------------------------------------------ cases from the fifteenth hunt (on the fourteenth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # inside a list, a line with a level is an item unless it ends in a colon: the items after it may or may
        # not be of its kind (the fifteenth hunt read "Clinical skills (desirable)" as heading a sub-list, the
        # sixteenth read "Accounting software (desirable) / Excel / Driving licence" as items)
        (
            "Requirements\nSQL (essential)\nAny of the following (desirable):\nPython\nSpark\n",
            "apache-spark",
            "preferred",
        ),
        ("Requirements\nAccounting software (desirable)\nExcel\nDriving licence\n", "microsoft-excel", "required"),
        ("Payroll Administrator\nRequirements\nPayroll experience (preferred)\nSage\nExcel\n", "sage", "required"),
        ("Data Engineer\nRequirements\nCloud experience (nice to have)\nPython\nSQL\nGit\n", "git", "required"),
        # right under a wishing heading, "You'll ..." describes whom it wishes for; after its items, it is a duty
        ("Nice to have\nYou'll speak German.\n", "german", "preferred"),
        ("Bonus\nYou'll understand GDPR.\n", "gdpr", "preferred"),
        (
            "Cloud (preferred)\nAWS certification.\nYou will deploy services to Kubernetes and write Go.\n",
            "kubernetes",
            "mentioned",
        ),
        # "It helps that you ..." wishes
        ("It helps that you know SQL.\n", "sql", "preferred"),
        ("It helps to have used Git.\n", "git", "preferred"),
        # "need not", "need no", "should you need"
        ("You need not have used Kubernetes before.\n", "kubernetes", "mentioned"),
        ("Should you need to use AutoCAD, training is available.\n", "autocad", "mentioned"),
        # "Nice" among the values of a place's label
        ("Offices:\nLondon\nParis\nNice\nYou'll work with Kotlin and Spring Boot.\n", "kotlin", "mentioned"),
    ],
)
def test_levels_hold_in_cases_of_the_fifteenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_building_services_is_matched_as_written(analyzer) -> None:
    # the name as written; its lemmas would read "build services in Java" as building services engineering
    profile = _profile(analyzer, "You will build services in Java.\nKnowledge of building services.\n")
    mentions = profile.mentions_of("building-services-engineering")
    assert [mention.text for mention in mentions] == ["building services"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the values of a place's label run to a blank line or a heading; "Nice" before a list item heads it
        ("Location\nRemote\nNice\n- Docker\n", "preferred"),
        ("Location\nLondon\n\nNice\n- Docker\n", "preferred"),
        ("Location\nNice\nYou will run Docker in production.\n", "mentioned"),
    ],
)
def test_nice_among_places_and_as_a_heading(analyzer, text: str, level: str) -> None:
    _assert_level(analyzer, text, "docker", level)


# ------------------------------------------------ cases from the seventeenth hunt (on the sixteenth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # in an Experience list, a product beside a kindred one named in the ad
        (
            "DevOps Engineer\nExperience\n- Chef (essential)\n- Puppet or Ansible (desirable)\n- Jenkins (essential)\n",
            "chef",
            "required",
        ),
        ("iOS Developer\nExperience\nSwift (essential)\nObjective-C (desirable)\nXcode\n", "swift", "required"),
        # an unbulleted line with a level over bulleted items heads them; over unbulleted lines it is one of them
        ("Requirements\nClinical skills (desirable)\n- Phlebotomy\n- Cannulation\n", "cannulation", "preferred"),
        ("Skills\nAccounting software (desirable)\n- Sage\n- Xero\n", "xero", "preferred"),
        (
            "Essential\n- SQL\n- Python\nVisualisation tools (desirable)\n- Tableau\n- Power BI\n",
            "tableau",
            "preferred",
        ),
        ("Requirements\nAccounting software (desirable)\nExcel\nDriving licence\n", "microsoft-excel", "required"),
    ],
)
def test_levels_hold_in_cases_of_the_seventeenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ cases from the eighteenth hunt (on the seventeenth hunt's fixes)
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # only a kind of thing ("Clinical skills", "Cloud experience") heads the bulleted examples under it
        (
            "Essential\nRCVS registration\nAnaesthesia monitoring (desirable)\n- Dental care\n- Radiography\n",
            "dentistry",
            "required",
        ),
        ("Requirements\nGo (nice to have)\n- Kubernetes\n- Helm\n", "kubernetes", "required"),
        ("Requirements\nClinical skills (desirable)\n- Phlebotomy\n- Cannulation\n", "phlebotomy", "preferred"),
        # and the parent list goes on after the examples
        ("What you need\nCloud experience (nice to have)\n- AWS\n- Azure\nPython\n", "python", "required"),
        (
            "Requirements\nAccounting software (desirable)\n- Sage\n- QuickBooks\nAttention to detail\n",
            "attention-to-detail",
            "required",
        ),
    ],
)
def test_levels_hold_in_cases_of_the_eighteenth_hunt(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


# --------------------------------------------- cases from an audit of skill identity on 200 ordinary ads (session 13)
@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # The employer offering something is a benefit under any heading, also after a list of wishes.
        (
            "Bonus points\n- Experience with vector databases\n\nWe offer a salary of £90k, equity, and a generous "
            "conference budget.\n",
            "budgeting",
        ),
        ("Desirable:\n- Experience with sports teams\n\nWe will support you with a £1,000 CPD budget.\n", "budgeting"),
        (
            "Desirable:\n- Unvented (G3)\n\nWe offer 26 days holiday and a Local Government Pension Scheme.\n",
            "local-government",
        ),
        (
            "Skills:\n- Linux administration - essential\n\nBenefits include a defined benefit pension.\n",
            "pensions-industry",
        ),
    ],
)
def test_an_offer_to_the_reader_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    "text",
    ["Celonis has grown 5,000% in three years.\n", "Celonis was founded in 2011 in Munich.\n"],
)
def test_a_company_named_like_its_product_asks_nothing(analyzer, text: str) -> None:
    # What only a company does: the sentence speaks of the employer, not of the Celonis product.
    _assert_not_asked(analyzer, text, "celonis")


def test_a_product_said_to_be_needed_is_still_asked(analyzer) -> None:
    _assert_level(analyzer, "Requirements\nCelonis is essential.\n", "celonis", "required")


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # Unless it asks, or names the person sought.
        ("Requirements\n- We offer full training, but you must know Excel.\n", "microsoft-excel", "required"),
        ("Desirable:\n- Unvented (G3)\n\nWe offer 26 days holiday.\n", "g3-unvented", "preferred"),
        (
            "Desirable\n- Go\n\nWe offer opportunities for engineers with the passion to solve problems in distributed "
            "systems.\n",
            "distributed-systems",
            "preferred",
        ),
    ],
)
def test_an_offer_that_asks_still_asks(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # A later clause's wish with a subject of its own is said of that subject only.
        ("Requirements\n- A degree or equivalent experience; a Masters is a plus.\n", "bachelor-s-degree", "required"),
        ("Requirements\n- A degree or equivalent experience; a Masters is a plus.\n", "master-s-degree", "preferred"),
        ("Requirements\n- Python, but Django is a plus.\n", "python", "required"),
        ("You will need Python, but Django is a plus.\n", "python", "required"),
        (
            "Requirements\n- Confident using Microsoft Office; experience of Planning Pod is a bonus\n",
            "microsoft-365",
            "required",
        ),
        # A bare wish says it of what comes before.
        ("Requirements\n• Hibernate – nice to have\n", "hibernate", "preferred"),
        ("SQL is not required, but would be useful.\n", "sql", "preferred"),
        ("Python, SQL – both a plus.\n", "python", "preferred"),
    ],
)
def test_a_later_wish_is_said_of_its_own_subject(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_experience_that_is_great_is_a_wish(analyzer) -> None:
    text = "Svelte experience is great but React/Vue people who are keen to switch are welcome.\n"
    _assert_level(analyzer, text, "svelte", "preferred")
    _assert_level(analyzer, "Requirements\n- Python\n- Kafka experience is great\n", "apache-kafka", "preferred")


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # A list of benefits without a heading: two benefits named by their own words.
        (
            "€75k–€95k, 28 vacation days, pension, public transport reimbursement, and an on-call allowance.\n",
            "public-transport",
        ),
        ("Requirements\n- Weekly pay, holiday pay, and pension auto-enrolment.\n", "auto-enrolment"),
        (
            "Full training is provided. Civil Service pension, flexible working and 25 days leave.\n",
            "central-government",
        ),
        ("£50,000, remote UK. 25 days holiday, pension, private medical, £1,000 training budget.\n", "budgeting"),
        # A skill's name before a benefit's noun names the benefit.
        (
            "Requirements\n- QTS\nMPS/UPS + SEN allowance (TLR considered)\n",
            "special-educational-needs-and-disabilities",
        ),
        ("Requirements\n- Local Government Pension Scheme\n", "local-government"),
    ],
)
def test_benefits_without_a_heading_ask_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        (
            "Requirements\n- Managing auto-enrolment pension duties and submissions to NEST\n",
            "auto-enrolment",
            "required",
        ),
        (
            "Requirements\n- Experience of pension auto-enrolment and holiday pay calculations\n",
            "auto-enrolment",
            "required",
        ),
    ],
)
def test_a_duty_with_benefit_words_still_asks(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


def test_a_benefit_noun_in_a_sentence_that_asks_is_no_benefit(analyzer) -> None:
    text = "- Strong UK payroll knowledge (PAYE, NI, auto-enrolment pensions, statutory payments)\n"
    assert "auto-enrolment" in {mention.skill_id for mention in _profile(analyzer, text).mentions}


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # Terms of pay beside an amount of pay say how the job is paid.
        ("Rate: £25.50 - £27.00 per hour PAYE / £31-£33 CIS\n", "paye"),
        ("Kraków, Poland · 18 000 – 26 000 PLN + VAT (B2B)\n", "b2b"),
    ],
)
def test_terms_of_pay_ask_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_pay_terms_in_a_duty_are_the_job(analyzer) -> None:
    _assert_level(analyzer, "You will process PAYE for 300 staff on salaries from £20,000.\n", "paye", "mentioned")
    _assert_level(analyzer, "Requirements\n- Experience of PAYE, VAT returns and B2B sales\n", "paye", "required")


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Our family-run veterinary practice in Bath needs a receptionist to manage bookings.", "veterinary-sector"),
        ("I run a small roofing business and need a labourer two days a week.", "roofing-work"),
        ("You'll be joining a fast-growing cybersecurity consultancy that works with banks.", "cybersecurity"),
        ("Our clients rely on our payroll expertise.\nThe role: Office Administrator", "payroll"),
        ("We are an award-winning digital marketing agency in Leeds, seeking an office manager.", "digital-marketing"),
        ("Our physiotherapy and sports massage clinic is open six days a week.", "physiotherapy"),
        ("Our physiotherapy and sports massage clinic is open six days a week.", "sports-massage"),
    ],
)
def test_the_employers_line_of_business_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    """A skill that qualifies the employer's own organisation says what the employer does, not what the job needs."""
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        ("Requirements\n- Worked in a B2B SaaS company\n- Strong Excel", "saas", "required"),
        ("SaaS company experience is essential.", "saas", "required"),
        ("Experience in a busy veterinary practice is essential.", "veterinary-sector", "required"),
        ("You will manage our cybersecurity practice and grow its client base.", "cybersecurity", "mentioned"),
        ("Improve our candidate experience and employer brand in tech.", "employer-branding", "mentioned"),
        ("We'd also need you to cover our phlebotomy clinic on Tuesdays.", "phlebotomy", "mentioned"),
        # what is non-negotiable for the employer asks nothing more of the reader
        (
            "Flexible hours are non-negotiable for us; we trust you to manage your own time.",
            "time-management",
            "mentioned",
        ),
        ("Services include flu jabs, blood pressure checks and a private travel clinic.", "travel-health", "mentioned"),
    ],
)
def test_an_organisation_the_job_works_in_or_runs_still_asks(analyzer, text: str, skill_id: str, level: str) -> None:
    """Experience of such an organisation is asked; a unit the job runs, or a service in a list, is the job's."""
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # wishes said after the skill, or as what tips the balance
        ("Experience with Terraform would set you apart.\n", "terraform", "preferred"),
        ("Knowing Xero will count in your favour.\n", "xero", "preferred"),
        ("Applicants with Salesforce experience will be fast-tracked to interview.\n", "salesforce", "preferred"),
        (
            "We would favour candidates with NEBOSH, though it is not a must.\n",
            "nebosh-general-certificate",
            "preferred",
        ),
        # who alone is considered
        ("A full UK driving licence is non-negotiable.\n", "full-uk-driving-licence", "required"),
        ("To be considered, you will hold a valid CSCS card.\n", "cscs-card", "required"),
        ("Please only apply if you hold a Personal Licence.\n", "personal-licence", "required"),
        ("We only shortlist people whose portfolio shows strong Figma work.\n", "figma", "required"),
        ("We can't consider applications without QTS.\n", "qualified-teacher-status", "required"),
        # what the reader has already
        ("You'll need to hold CeMAP before you start with us.\n", "cemap", "required"),
        ("You'll already be comfortable writing SQL against large tables.\n", "sql", "required"),
        ("You're fluent in Spanish and happy to travel.\n", "spanish", "required"),
        ("Experience of Xero is highly regarded.\n", "xero", "preferred"),
        ("Some knowledge of VBA wouldn't hurt.\n", "vba", "preferred"),
        ("Dysphagia experience would be welcomed.\n", "dysphagia-management", "preferred"),
        ("Any Sage experience really helps.\n", "sage", "preferred"),
        ("Only CSCS card holders need apply.\n", "cscs-card", "required"),
        ("We are only able to consider candidates who are MCIPS qualified.\n", "cips-qualification", "required"),
        ("You're Gas Safe registered and happy to travel.\n", "gas-safe-registration", "required"),
        ("An enhanced DBS check is a condition of all placements.\n", "enhanced-dbs-check", "required"),
        ("We need a Data Scientist who genuinely knows causal inference.\n", "causal-inference", "required"),
        # plainer and non-native wordings
        ("Is obligatory have CELTA certificate or similar.\n", "celta", "required"),
        ("Necessary knowledge of Sage 50 and VAT returns.\n", "sage", "required"),
        ("Gotta have 18th Edition and be able to test.\n", "18th-edition-wiring-regulations", "required"),
        ("ELECTRICAL QUALIFICATION IS MUST. PLC PROGRAMMING WILL BE PLUS.\n", "plc-programming", "preferred"),
        ("Language Italian is advantage. Good English obligatory.\n", "italian", "preferred"),
        ("If you know Shopify that'd be amazing!\n", "shopify", "preferred"),
        ("Core is SQL Server. Any Python is a nice extra.\n", "python", "preferred"),
        (
            "Three things we can't do without: a forklift licence, weekend availability, steel toe caps.\n",
            "forklift-licence",
            "required",
        ),
        ("Security Architect | London | CISSP required | DV desirable\n", "cissp", "required"),
        (
            "Would suit someone with a bit of bookkeeping knowledge, though that's not a must.\n",
            "bookkeeping",
            "preferred",
        ),
        ("Heating Engineer\nEssential: ACS gas\nAdvantage: G3 Unvented\n", "g3-unvented", "preferred"),
        ("Developer\nOur must-haves\n- Vue.js\nNice extras\n- GraphQL\n", "graphql", "preferred"),
        # a later clause with a subject of its own says what the job or the employer does
        ("SolidWorks is necessary - you'll be producing 3D models and BOMs.\n", "bill-of-materials", "mentioned"),
        ("Experience with AWS is required and we use Terraform for everything.\n", "terraform", "mentioned"),
        (
            "You have strong Figma skills; and you reference design patterns in your work.\n",
            "design-patterns",
            "required",
        ),
        # a hiring headline, and a duty after an adverb, are the job's
        ("Therapist needed for our spa - days will be mostly massage and facials.\n", "massage-therapy", "mentioned"),
        ("Q: What will I do?\nA: Mostly answering live chat from customers.\n", "live-chat-support", "mentioned"),
        # not a wish when said of the employer
        ("You will join a well regarded team that runs Salesforce.\n", "salesforce", "mentioned"),
        (
            "Claims experience would set you apart, but telephone skills are what we really need.\n",
            "telephone-manner",
            "required",
        ),
        # headings by their words
        ("Analyst\nDesired Skills\n- Scala\n", "scala", "preferred"),
        ("Guest Agent\nAssets:\n- Opera PMS\n", "opera-pms", "preferred"),
        ("Engineer\nNeed-to-haves\n- Figma fluency\n", "figma", "required"),
        ("Deckhand\nMinimum certification:\n- ENG1 medical\n", "eng1-medical", "required"),
        ("Head Chef\nLife at The Anchor\n• Free meals on shift and Udemy courses in Python\n", "python", "none"),
        ("Barista\nRefer a friend\nKnow a great Vue developer? Send them our way.\n", "vue-js", "none"),
        ("Analyst\nWhat's non-negotiable:\n- Power BI\n", "power-bi", "required"),
        ("Coordinator\nExtras we'd love: Notion, basic Canva.\n", "canva", "preferred"),
    ],
)
def test_cues_and_headings_in_more_wordings(analyzer, text: str, skill_id: str, level: str) -> None:
    if level == "none":
        _assert_not_asked(analyzer, text, skill_id)
    else:
        _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ an answer that is only a yes or a no goes on in its next sentence
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        (
            "FAQ\nDon't have a CSCS card - can I still apply?\nYes! It's desirable rather than essential.\n",
            "cscs-card",
            "preferred",
        ),
        ("Do I need a degree in Accounting? No. It's a plus, though.\n", "accounting", "preferred"),
        ("Never used Tableau? No problem! It's a nice bonus if you have.\n", "tableau", "preferred"),
        ("Do I need SQL? Yes! It's essential.\n", "sql", "required"),
        # what the next sentence says of another skill is not the answer's
        ("Do I need Python? No. SQL is essential.\n", "python", "none"),
        ("Do I need Python? No. SQL is essential.\n", "sql", "required"),
        # nor is a line below the answer, which may be a heading
        ("Do you need a CSCS card? Yes.\nNice to have\n- Tableau\n", "cscs-card", "required"),
        # an answer that goes on without a level leaves the question as it was
        ("Never used Tableau? No problem! We'll train you.\n", "tableau", "none"),
        # "unfortunately not", "sorry", "of course" answer too
        (
            "Can I apply without a DBS check? Unfortunately not. An enhanced one is required before you start.\n",
            "dbs-check",
            "required",
        ),
        (
            "Q: Is a Full UK Driving Licence needed? A: Of course! You'll visit clients daily.\n",
            "full-uk-driving-licence",
            "required",
        ),
        ("Do I need to know VLOOKUP? No - though it's a useful bonus.\n", "vlookup", "preferred"),
        # a no or a reassurance that goes on with a requirement of something else still rules the skill out
        ("Never used SAP before? Doesn't matter - we'll show you everything you need.\n", "sap", "none"),
        (
            "Do I need a PGCE?\nNo - our cover supervisor roles do not require a teaching qualification.\n",
            "postgraduate-certificate-in-education",
            "none",
        ),
        (
            "Do you have SC clearance? It's not essential - we can sponsor it - but you must be eligible.\n",
            "sc-clearance",
            "none",
        ),
        # a question in bold, and its answer after the closing marks
        (
            "**Do I need experience with HubSpot?**\nNot necessarily. It would be a real advantage, though.\n",
            "hubspot",
            "preferred",
        ),
        (
            "**Do I need to be NMC registered?**\nYes. It is a condition of employment.\n",
            "nmc-registration",
            "required",
        ),
        ("Q: What if I don't have a CCNA?\nA: Not a problem at all. Nobody on the team has one.\n", "ccna", "none"),
        # a question asked from without the skill, answered the other way round
        ("Can I apply without speaking Welsh? Of course! Everything here is done in English.\n", "welsh", "none"),
        ("Does it matter if I haven't used Jira? No.\n", "jira", "none"),
        ("Is it OK if I don't have a CSCS card? No.\n", "cscs-card", "required"),
        ("Does it matter if I haven't used Jira? Yes, it's core to the role.\n", "jira", "required"),
        # an answer of any length that names no skill of its own is read whole
        (
            "Infrastructure Engineer - FAQ\nDo I need Ansible? Not essential, but it would certainly help.\n",
            "ansible",
            "preferred",
        ),
        (
            "Got a reach truck licence? You'll need one for this role - we don't train on site.\n",
            "reach-truck-licence",
            "required",
        ),
        (
            "Do I need HubSpot? Not necessarily. Familiarity with it would be a real advantage, though.\n",
            "hubspot",
            "preferred",
        ),
    ],
)
def test_a_bare_yes_or_no_is_answered_on_its_line(analyzer, text: str, skill_id: str, level: str) -> None:
    if level == "none":
        _assert_not_asked(analyzer, text, skill_id)
    else:
        _assert_level(analyzer, text, skill_id, level)


# ------------------------------------------------ the line that frames a list gives its items their level
@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # a lead-in above the list
        (
            "Barista\nAbout you\n- Friendly\nThe following would be an advantage:\n- Latte art\n",
            "barista-skills",
            "preferred",
        ),
        ("Bookkeeper\nThe job\nExperience of the following is essential\n- Sage 50\n- Xero\n", "xero", "required"),
        (
            "Barista\nIt would be a bonus if you have:\n- Latte art\n- Food hygiene certificate\n",
            "food-hygiene",
            "preferred",
        ),
        (
            "Engineer\nIt would be great if you also have:\n- Experience with React Native\n",
            "react-native",
            "preferred",
        ),
        # the lead-in's last sentence frames the list, not what comes before it
        (
            "Driver\nYou don't need railway experience. You will need:\n- GCSE English and Maths\n",
            "gcse-maths",
            "required",
        ),
        # a closing line below it, pointing back at its items
        ("Barista wanted.\n- Latte art\n- Food hygiene certificate\nBoth are essential.\n", "food-hygiene", "required"),
        ("We use:\n- Sage 50\n- Xero\nExperience of either is a plus.\n", "xero", "preferred"),
        ("Requirements\n- Python\n- Docker\nThe above are desirable but not essential.\n", "docker", "preferred"),
        # a heading that frames a list is read by its cues: "Plus if you have:" wishes
        ("Analyst\nYou'll have:\n- SQL\nPlus if you have:\n- Xero\n", "xero", "preferred"),
        # a line naming both levels says nothing of any one item
        (
            "Designer\nThe essential and desirable skills are listed below.\n- Photoshop\n",
            "adobe-photoshop",
            "mentioned",
        ),
        # an item's own cue is its own
        ("Analyst\nIt would be a bonus if you have:\n- SQL (essential)\n", "sql", "required"),
        # an arrow down points at the list; "brownie points" wish
        ("Frontend Developer\nThese would be a bonus 👇\n- TypeScript\n- GraphQL\n", "graphql", "preferred"),
        ("Frontend Developer\nExtra brownie points for:\n- TypeScript\n- GraphQL\n", "graphql", "preferred"),
        # the team's stack is the job's: no business of the employer's
        ("Developer\nOur stack:\n- Elixir\n- PostgreSQL\n", "elixir", "mentioned"),
        # not a closing line: a sentence of its own about candidates
        ("We use:\n- Xero\nAll candidates must hold a DBS check.\n", "xero", "mentioned"),
        # nor one that names skills of its own
        ("We use:\n- Xero\nExperience in both SQL and Python is essential.\n", "xero", "mentioned"),
        # a phrase that can only point back, anywhere in the closing line
        ("Systems we use:\n- Microsoft Excel\n- Sage 200\nYou'll need to be confident in both.\n", "sage", "required"),
        (
            "Support Engineer\n1. CCNA\n2. Fortinet firewalls\nApplicants without these will not be considered.\n",
            "ccna",
            "required",
        ),
        # symbols as bullets
        (
            "We'd love it if you had some of these:\n🌱 RHS Level 2\n🌱 Chainsaw tickets\n",
            "rhs-qualifications",
            "preferred",
        ),
        # an item's own cue wins over the frame's, as it does not over a heading's
        (
            "Any of the following would be an advantage:\n- Sage 50\n- AAT Level 3 (this one is essential)\n",
            "aat",
            "required",
        ),
    ],
)
def test_the_line_that_frames_a_list_gives_its_level(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        (
            "About the role\nYou'll be working with:\n- Python\n- Kafka\nNeither is required, we'll teach you.\n",
            "python",
        ),
        ("Analyst\nNone of the following are essential:\n- Tableau\n- Looker\n", "tableau"),
        ("Analyst\nYou don't need any of the following:\n- Tableau\n", "tableau"),
        ("Analyst\nNot essential - full training given:\n- Sage 50\n- Credit control\n", "sage"),
        ("Analyst\nDon't worry if you haven't used:\n- Jira\n- Trello\n", "trello"),
        ("Tools we use\n- Figma\n- Miro\nYou don't need experience with any of these - we'll show you.\n", "miro"),
        # the employer's own business
        (
            "Office Administrator\nWho we work with:\n- NHS trusts\n- Local Government\n- Universities\n",
            "local-government",
        ),
        (
            "Finance Officer\nWe're recruiting. Our research themes:\n1. Cancer biology\n2. Neuroscience\n",
            "neuroscience",
        ),
        # benefits, even in the words of a wish
        (
            "Care Assistant\nWe'd love to offer you:\n- Free gym membership\n- Mental Health First Aid training\n",
            "mental-health-first-aid",
        ),
    ],
)
def test_a_list_framed_as_not_needed_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # A page pasted as one line keeps its headings' sections inside the line: what follows "Job benefits:" or
        # "WHAT WE OFFER" is the employer's offer, and "Company description:" the employer.
        (
            "Data Engineer Your profile: 3+ years of Python and Spark Strong SQL Job benefits: Free fruit A choice "
            "to work from Mac or Linux A company supported retirement plan",
            "linux",
        ),
        (
            "Backend Developer Solid Kotlin and PostgreSQL skills WHAT WE OFFER Yearly education budget Team-building "
            "events and an annual summer trip",
            "team-building",
        ),
        (
            "Frontend Developer. Experience with React. Company description: We are a fast-growing HR software "
            "company and we connect all separate HR processes",
            "human-resources",
        ),
    ],
)
def test_a_heading_inside_a_line_sets_its_text_aside(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_a_heading_inside_a_line_gives_its_level(analyzer) -> None:
    text = "Mobile Developer MUSTS: Unity (C#), 3+ shipped titles. NICE: Addressables, Firebase."
    _assert_level(analyzer, text, "firebase", "preferred")
    text = "Technical Lead Developer Tasks Lead our team YOUR PROFILE Kubernetes and Terraform in production"
    _assert_level(analyzer, text, "terraform", "required")
    # The first word after such a heading opens its list, as it would after a colon: an ambiguous form there is
    # read among its neighbours ("Storybook" is an ordinary word too).
    text = (
        "Frontend Engineer MUST HAVE React and TypeScript NICE TO HAVE Storybook, visual regression testing, "
        "Playwright WHAT WE OFFER remote work"
    )
    _assert_level(analyzer, text, "storybook", "preferred")
    # Not a word that opens a sentence there: "Spring" is a season.
    text = "Garden Centre Assistant THE ROLE Water plants and serve customers ABOUT US Spring is our busiest season"
    assert not _profile(analyzer, text).mentions_of("spring-framework")


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # Whom the employer welcomes, by who they are, is equal-opportunity text, in a sentence or over a list.
        ("Engineer\nWe actively welcome neurodivergent applicants, including people with:\n- ADHD\n- Autism\n", "adhd"),
        (
            "Engineer\nWe particularly welcome applications from neurodivergent candidates, including people with "
            "ADHD.\n",
            "adhd",
        ),
    ],
)
def test_welcoming_people_by_who_they_are_asks_nothing(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


def test_welcoming_applicants_with_a_skill_is_a_wish(analyzer) -> None:
    _assert_level(
        analyzer, "Analyst\nRequirements\n- Excel\nWe welcome applicants with SQL experience.\n", "sql", "preferred"
    )


def test_a_heading_inside_a_line_starts_a_sentence(analyzer) -> None:
    # Each part of a run-on ad is read with its own cues: "Preferred" later in the line is no wish for what the
    # "Essential" part asks, nor for the duties of "The role".
    text = (
        "Assistant Site Manager Contract: Permanent Salary: £45,000 + car allowance The company A regional "
        "housebuilder The role Supporting the site manager, managing subcontractors and keeping the site safe "
        "Essential CSCS Black Card or working towards it Preferred SMSTS, First Aid at Work Benefits car allowance"
    )
    _assert_level(analyzer, text, "cscs-card", "required")
    _assert_level(analyzer, text, "smsts", "preferred")
    doc = analyzer.nlp(make_doc(analyzer.nlp, read_text(text, "ad.txt")))
    assert [sentence.text.split()[0] for sentence in doc.sents] == ["Assistant", "The", "The", "Essential", "Preferred"]


@pytest.mark.parametrize(
    ("text", "hobbies", "skills"),
    [
        # What the hired person does outside work is no skill the job called for, in the sentence that says so
        # or in an Interests section; what the same profile says of the job stays.
        (
            "Please welcome Tom, our new Finance Business Partner. He has led budget setting in Power BI. In his "
            "spare time Tom coaches an under-12s football team and plays bass guitar in a covers band.\n",
            {"coaching", "bass-guitar"},
            {"budgeting", "power-bi"},
        ),
        (
            "Priya joins as a Data Engineer and has run Kafka in production. Outside work, Priya plays the guitar "
            "in a folk band.\n",
            {"guitar"},
            {"apache-kafka"},
        ),
        (
            "Senior Chef at The Ivy, running the pass.\nInterests\nBaking, bass guitar\n",
            {"baking", "bass-guitar"},
            set(),
        ),
        # A pastime named by its own word: "amateur".
        (
            "Kenji joins our lab as a research technician. He's a keen runner and a decent amateur photographer.\n",
            {"photography"},
            set(),
        ),
        # Not when the job is done outside office hours, nor a hobby named as work.
        ("He supported our Linux estate on call outside office hours.\n", set(), {"linux"}),
        ("When she's not coding in Rust, she's climbing.\n", set(), {"rust"}),
    ],
)
def test_a_profile_leaves_out_life_outside_work(analyzer, text: str, hobbies: set[str], skills: set[str]) -> None:
    document = read_text(text, "target.txt")
    nlp_doc = analyzer.nlp(make_doc(analyzer.nlp, document))
    read = {span.label_ for span in skill_spans(nlp_doc)}
    assert hobbies <= read  # the words are read as skills, and then left out of the profile
    found = {mention.skill_id for mention in _profile(analyzer, text, "profile").mentions}
    assert skills <= found
    assert not (hobbies & found)


def test_a_cv_keeps_its_interests(analyzer) -> None:
    text = "Jordan Lee\nExperience\nSous chef at The Ivy\nInterests\nBaking, bass guitar\n"
    found = {mention.skill_id for mention in _profile(analyzer, text, "cv").mentions}
    assert {"baking", "bass-guitar"} <= found


@pytest.mark.parametrize(
    ("text", "channel", "kind"),
    [
        # How to greet someone is no skill: not the hired person's, nor one an ad asks for.
        (
            "Priya has run Kubernetes in production. Please drop by, or send her a message on Slack.\n",
            "slack",
            "profile",
        ),
        ("Tom knows Power BI inside out. Ping him on Teams if you need a dashboard.\n", "microsoft-teams", "profile"),
        ("Experience with Jira is essential; say hello on Slack before you apply!\n", "slack", "ad"),
    ],
)
def test_a_channel_to_reach_someone_is_no_skill(analyzer, text: str, channel: str, kind: str) -> None:
    document = read_text(text, "target.txt")
    nlp_doc = analyzer.nlp(make_doc(analyzer.nlp, document))
    assert channel in {span.label_ for span in skill_spans(nlp_doc)}  # read, then left out
    profile = _profile(analyzer, text, kind)
    assert channel not in {mention.skill_id for mention in profile.mentions}
    assert profile.mentions  # the rest of the text is still read


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # A verb that takes no person: a place of work, not a channel to reach someone.
        ("You will find bugs on Linux and fix them.\n", "linux"),
        ("You will reply to customers via Zendesk.\n", "zendesk"),
    ],
)
def test_tools_used_on_the_job_are_no_contact_channel(analyzer, text: str, skill_id: str) -> None:
    assert skill_id in {mention.skill_id for mention in _profile(analyzer, text).mentions}


def test_a_profile_asks_for_nothing(analyzer) -> None:
    """A welcome post's words may read as cues ("must-have", "essential"), but it asks nothing: every mention is
    mentioned, as in a CV; the same words in an ad require."""
    text = "Priya's Terraform skills are essential to the platform team, and her AWS certification is a must-have.\n"
    assert {m.requirement for m in _profile(analyzer, text, "profile").mentions} == {"mentioned"}
    assert "required" in {m.requirement for m in _profile(analyzer, text, "ad").mentions}


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        # What the employer gives the reader, named by a word that also names a skill: a budget for their
        # learning, a person to guide them.
        ("You'll build pipelines for our customers, and get a mentor and a dedicated learning budget.\n", "budgeting"),
        ("You'll build pipelines for our customers, and get a mentor and a dedicated learning budget.\n", "mentoring"),
        ("Benefits 30 days leave, conference budget, 4% pension match\n", "budgeting"),
        ("Complete a chartership development plan with a mentor, aligned to IChemE requirements.\n", "mentoring"),
    ],
)
def test_what_the_employer_provides_is_no_skill(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("You will mentor junior engineers and manage a budget of £2m.\n", "budgeting"),
        ("Experience as a mentor is desirable.\n", "mentoring"),
        ("You will act as a mentor to apprentices.\n", "mentoring"),
    ],
)
def test_a_budget_or_a_mentor_of_the_readers_own_stays(analyzer, text: str, skill_id: str) -> None:
    assert skill_id in {mention.skill_id for mention in _profile(analyzer, text).mentions}


@pytest.mark.parametrize(
    ("text", "not_the_persons", "theirs"),
    [
        # Life outside work by other words: away from school, off duty.
        (
            "Daniel teaches A-level physics with a focus on practical work. Away from school he plays tenor sax in "
            "a jazz big band.\n",
            "saxophone",
            "physics",
        ),
        (
            "Grace runs our front desk on Opera PMS. Off duty she coaches her daughter's netball team.\n",
            "coaching",
            "opera-pms",
        ),
        # A channel to reach someone, past a few words.
        (
            "Sam leads on Local Plan policy. You can reach Sam through the Planning Policy mailbox or on Microsoft "
            "Teams.\n",
            "microsoft-teams",
            None,
        ),
        # Where someone worked, by the words before the name: a former employer is no skill.
        ("Dmitri joins us from Shopify, where he worked on their Rails monolith.\n", "shopify", "ruby-on-rails"),
        (
            "Oliver joins us from Oracle's UK finance function, where he built forecasting models in Excel.\n",
            "oracle-database",
            None,
        ),
        ("Karen joined Redmarsh Civils in 2021 and holds the NEBOSH General Certificate.\n", "civil-engineering", None),
    ],
)
def test_a_profile_leaves_out_what_is_not_the_persons_skill(
    analyzer, text: str, not_the_persons: str, theirs: str | None
) -> None:
    found = {mention.skill_id for mention in _profile(analyzer, text, "profile").mentions}
    assert not_the_persons not in found
    if theirs is not None:
        assert theirs in found


@pytest.mark.parametrize(
    "text",
    [
        # Products after words of moving between them, or of skill, stay.
        "Dave moved from Java to Kotlin last year.\n",
        "Priya is fluent in Java and joins the payments team.\n",
    ],
)
def test_a_former_employer_rule_keeps_products(analyzer, text: str) -> None:
    assert "java" in {mention.skill_id for mention in _profile(analyzer, text, "profile").mentions}


# ------------------------------------------- the fields of the people the job collaborates with (set AO's reading)
@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Requirements\n- Collaborative approach with design, animation and code\n", "animation"),
        ("Work closely with product management and development to evaluate findings.\n", "product-management"),
        ("You'll be working closely with our valuation and agency teams.\n", "valuation"),
    ],
)
def test_the_fields_the_job_collaborates_with_are_not_asked(analyzer, text: str, skill_id: str) -> None:
    _assert_not_asked(analyzer, text, skill_id)


@pytest.mark.parametrize(
    ("text", "skill_id", "level"),
    [
        # The working itself is the skill; an activity after the colleagues is the job's; a tool is no colleague.
        (
            "Requirements\n- Collaborate with cross-functional teams to define and ship features\n",
            "cross-functional-working",
            "required",
        ),
        ("Requirements\n- Liaise with clients and mentor junior staff\n", "mentoring", "required"),
        ("Requirements\n- Collaborate with stakeholders using Jira\n", "jira", "required"),
        # The head of a longer phrase is no list item: "... with industry and academia project management skills".
        (
            "Requirements\n- Collaborations with industry and academia project management skills\n",
            "project-management",
            "required",
        ),
    ],
)
def test_what_a_collaboration_sentence_still_asks(analyzer, text: str, skill_id: str, level: str) -> None:
    _assert_level(analyzer, text, skill_id, level)
