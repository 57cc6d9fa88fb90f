"""Section headings of CVs and job ads, mapped to canonical section keys.

A heading is recognised from its name ("Key Skills", "What you'll bring", "Nice to have") and from its form:
a Markdown `#`, capitals, a trailing colon, or a style the reader reported (a DOCX heading style, a larger or
bold PDF font). Every line then belongs to the section of the heading above it.
"""

from __future__ import annotations

import functools
import re

# Canonical key -> heading names (lowercase, apostrophes straightened, no trailing colon).
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    # CV sections
    "summary": (
        "summary",
        "profile",
        "personal profile",
        "professional profile",
        "professional summary",
        "about me",
        "personal statement",
        "career summary",
        "objective",
        "career objective",
        "executive summary",
        "introduction",
    ),
    "skills": (
        "skills",
        "key skills",
        "technical skills",
        "core skills",
        "core competencies",
        "competencies",
        "skills and competencies",
        "skills & competencies",
        "technologies",
        "tech stack",
        "tools",
        "key tools",
        "stack",
        "our stack",
        "the stack",
        "tools we use",
        "our tools",
        "expertise",
        "areas of expertise",
        "skills summary",
        "technical expertise",
        "it skills",
        "skills and experience",
        "skills & experience",
        "key skills and experience",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "career",
        "positions held",
        "experience and achievements",
    ),
    "education": (
        "education",
        "education and training",
        "education & training",
        "academic background",
        "academic qualifications",
        "education and qualifications",
    ),
    "qualifications": ("qualifications", "qualifications and training"),
    "projects": ("projects", "personal projects", "selected projects", "key projects"),
    "certifications": (
        "certifications",
        "certificates",
        "certification",
        "licences",
        "licenses",
        "certifications and licences",
        "certifications & licenses",
        "training",
        "courses",
        "professional development",
        "memberships",
        "professional memberships",
    ),
    "languages": ("languages", "language skills"),
    "interests": ("interests", "hobbies", "hobbies and interests", "hobbies & interests", "personal interests"),
    "references": ("references", "referees"),
    "volunteering": ("volunteering", "volunteer experience", "voluntary work"),
    "publications": ("publications",),
    "awards": ("awards", "achievements", "honours", "honors", "awards and achievements"),
    # Job ad sections
    "about_company": (
        "about us",
        "who we are",
        "about the company",
        "the company",
        "our company",
        "company overview",
        "our story",
        "our mission",
        "who are we",
        "company description",
        "about the employer",
        "about the organisation",
        "about the organization",
        "our culture",
        "what we do",
        "what do we do",
    ),
    "role": (
        "about the role",
        "the role",
        "role overview",
        "job description",
        "overview",
        "position summary",
        "the opportunity",
        "job summary",
        "role summary",
        "the position",
        "about the job",
        "job purpose",
        "purpose of the role",
        "main purpose of the role",
    ),
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "what you'll do",
        "what you will do",
        "your responsibilities",
        "your tasks",
        "tasks",
        "duties",
        "main duties",
        "key duties",
        "day to day",
        "day-to-day",
        "the job",
        "in this role you will",
        "what you'll be doing",
        "what you will be doing",
        "your role",
        "duties and responsibilities",
        "main responsibilities",
        "key accountabilities",
        "accountabilities",
        "main duties of the job",
        "job responsibilities",
        "what you'll work on",
        "what you will work on",
        "what you'll be working on",
        "first 90 days",
        "your first 90 days",
        "the first 90 days",
        "your first 30 days",
        "your first year",
        "your first few months",
        "your mission",
    ),
    "requirements": (
        "requirements",
        "essential",
        "essential criteria",
        "essential skills",
        "essential requirements",
        "what we're looking for",
        "what we are looking for",
        "who we're looking for",
        "who we are looking for",
        "who are we looking for",
        "what you'll bring",
        "what you will bring",
        "you should bring",
        "what you should bring",
        "what you'll need",
        "what you will need",
        "who you are",
        "about you",
        "you have",
        "must have",
        "must",
        "musts",
        "must haves",
        "must-have",
        "must-haves",
        "minimum qualifications",
        "required skills",
        "required qualifications",
        "what we need",
        "person specification",
        "the ideal candidate",
        "ideal candidate",
        "the candidate",
        "candidate profile",
        "candidate requirements",
        "your skills",
        "key requirements",
        "experience required",
        "requirements and qualifications",
        "what you need",
        "what you bring",
        "skills required",
        "key skills required",
        "what we ask",
        "what we ask for",
        "what we're asking for",
        "what we are asking for",
        "need",
        "needs",
        "you'll have",
        "is this you",
        "sound like you",
        "does this sound like you",
        "your profile",
        "your qualifications",
        "your experience",
        "what you offer",
        "what we ask of you",
        "what we expect",
        "what we expect from you",
        "basic qualifications",
        "skills & experience required",
        "skills and experience required",
        "experience & skills required",
        "experience and skills required",
        "you will need",
        "you'll need",
        "what we need from you",
        "the successful candidate will have",
        "the ideal candidate will have",
        "you should have",
        "skills needed",
        "essential experience",
        "the essentials",
        "essentials",
        "you need",
        "required",
        "what you must have",
        "you must have",
        "non-negotiables",
        "the must-haves",
        "our must-haves",
        "need-to-haves",
        "need to haves",
        "qualifications we require",
        "skills we need",
        "skills we need you to have",
        "technical skills we need you to have",
        "what you need to succeed",
        "minimum certification",
        "minimum certifications",
        "minimum qualifications",
    ),
    "preferred": (
        "desirable",
        "advantage",
        "advantages",
        "an advantage",
        "advantageous",
        "nice extras",
        "extras",
        "desired",
        "desired skills",
        "desired qualifications",
        "desired experience",
        "assets",
        "plus",
        "desirable criteria",
        "desirable skills",
        "nice to have",
        "nice",
        "nice-to-have",
        "nice to haves",
        "nice-to-haves",
        "bonus points",
        "bonus points if",
        "plus points",
        "brownie points",
        "extra points",
        "bonus",
        "preferred qualifications",
        "preferred",
        "preferred skills",
        "it would be great if",
        "extra credit",
        "even better if",
        "it would be nice if",
        "desirable experience",
        "additional skills",
        "pluses",
        "bonus skills",
        "good to have",
        "good to haves",
        "good-to-have",
        "good-to-haves",
        "what would make you stand out",
        "what will make you stand out",
        "what makes you stand out",
        "you'll stand out if",
        "you will stand out if",
        "even better",
    ),
    "benefits": (
        "benefits",
        "what we offer",
        "what we offer you",
        "what we can offer",
        "what we can offer you",
        "we offer",
        "we offer you",
        "we can offer you",
        "in return",
        "in return we offer",
        "in return we'll offer",
        "in return we will offer",
        "what you get",
        "what you'll receive",
        "our benefits",
        "the benefits",
        "rewards and benefits",
        "perks",
        "why join us",
        "why join our team",
        "why join the team",
        "what's in it for you",
        "salary and benefits",
        "rewards",
        "perks and benefits",
        "refer a friend",
        "referral scheme",
        "referral bonus",
        "referrals",
        "benefits and perks",
        "what you'll get",
        "what you will get",
        "our offer",
        "the package",
        "package",
        "compensation",
        "compensation and benefits",
        "why work for us",
        "why work with us",
        "staff benefits",
        "employee benefits",
        "benefits package",
        "key benefits",
        "your benefits",
        "salary & benefits",
        "pay & benefits",
        "pay and benefits",
        "what awaits you",
    ),
    "equal_opportunity": (
        "equal opportunities",
        "equal opportunity",
        "diversity",
        "diversity and inclusion",
        "diversity & inclusion",
        "equal opportunity employer",
        "our commitment",
        "inclusion",
        "equality, diversity and inclusion",
        "equality and diversity",
        "eeo statement",
        "eeo",
        "equal employment opportunity",
    ),
    "how_to_apply": (
        "how to apply",
        "application process",
        "application procedure",
        "application and contact",
        "application deadline",
        "next steps",
        "interview process",
        "to apply",
        "apply",
    ),
    # Headings of what is not asked, or of what the employer asks of itself: a section of no kind, so that the
    # list above them ends there.
    "other": (
        "what we don't ask",
        "what we do not ask",
        "what we don't need",
        "what we don't expect",
        "what you don't need",
        "what you won't need",
        "you don't need",
        "what we ask of ourselves",
        "not required",
        "not needed",
        "what you won't do",
        "what you will not do",
        "what you won't be doing",
        "what this role isn't",
        "what this role is not",
        # A job board's field for the post's seniority ("Experience level: / Senior"), no list of experience.
        "experience level",
        "seniority",
        "seniority level",
        "career level",
    ),
    # What a job board adds after the ad, pasted along with it: other jobs' titles ask nothing of this one.
    "other_jobs": (
        "similar jobs",
        "related jobs",
        "more jobs",
        "more jobs like this",
        "jobs like this",
        "other jobs",
        "other vacancies",
        "similar vacancies",
        "recommended jobs",
        "jobs you may like",
        "jobs you may be interested in",
        "you may also like",
        "people also viewed",
        "people also searched for",
        "related searches",
    ),
}

# Ad sections whose text is not about the job's needs (the employer, the offer, the application, other jobs):
# mentions there are not requirements.
NON_REQUIREMENT_SECTIONS = frozenset({"about_company", "benefits", "equal_opportunity", "how_to_apply", "other_jobs"})

_NAME_TO_SECTION = {name: key for key, names in SECTION_NAMES.items() for name in names}

# For headings not in the list above: a keyword inside the heading decides. Order matters.
_KEYWORD_SECTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^not (?:required|needed|necessary|essential)$", "other"),  # "Not required:" lists what is not asked
        # What is not asked, or what the employer asks of itself: "What we don't ask", "What we ask of ourselves"
        (r"\b(?:don't|do not|won't|will not)\b|\bof ourselves\b", "other"),
        # What the employer provides: "Essentials we provide:", also in a wish's words: "We'd love to offer you:"
        (r"\b(?:we provide|we'll provide|we will provide|provided|we supply|offer you)\b", "benefits"),
        (
            r"\b(desirables?|nice[ -]to[ -]haves?|good[ -]to[ -]haves?|bonus|preferred|a plus|advantageous|stand out|"
            r"even better|extra credit|useful|helpful|would be (?:great|nice|a bonus|a plus)|plus if|"
            r"(?:increase|improve|boost) your chances|set you apart|(?:we'd|we would) love|extras)\b",
            "preferred",
        ),
        (
            r"\b(essentials?|mandatory|requirements?|required|must[ -]haves?|qualifications|criteria|you'll bring|"
            r"you will bring|looking for|about you|you(?:'ll| will) need|need from you|non-negotiables?|"
            r"things you need|you need to have|"
            r"(?:successful|ideal) candidate will have)\b",
            "requirements",
        ),
        (r"\b(responsibilit\w*|duties|you'll do|you will do|day[ -]to[ -]day)\b", "responsibilities"),
        (r"\b(benefits?|perks|we (?:can )?offer|offer you|salary|package|wellbeing|well-being)\b", "benefits"),
        # labels of what the employer gives: "Learning: free Coursera", "Volunteering: two paid days"
        (r"^(?:learning|volunteering|learning (?:and|&) development|l&d|development budget)$", "benefits"),
        (r"\b(equal opportunit\w*|equal employment|eeo|diversity|inclusion)\b", "equal_opportunity"),
        (r"\b(skills|competenc\w+|technolog\w+)\b", "skills"),
        # The terms of a job ("Employment conditions:", "Terms of employment", "Employment type") are no list of
        # experience: a heading of no kind skillgap knows.
        (r"\b(?:terms|conditions|type) of employment\b|\bemployment (?:conditions|terms|type|status)\b", "other"),
        (r"\b(experience|employment)\b", "experience"),
        (r"\b(education|academic)\b", "education"),
        (r"\b(certificat\w+|licen[cs]es?)\b", "certifications"),
        (r"\b(projects?)\b", "projects"),
        (r"^about (the )?(role|job|position)$", "role"),
        (r"^about ", "about_company"),
    )
)

# "Life at Quillio", "Life at the Trust": what working there gives, a benefits section by its words alone.
_LIFE_AT = re.compile(r"^life at (?:the |our )?[\w&'.-]+(?: [\w&'.-]+){0,2}$")
# "About the Institute", "About our practice": a heading by its words alone, without a colon (unlike "About
# Brightwater", which may begin a sentence).
_ABOUT_THE_ORGANISATION = re.compile(
    r"^about (?:the|our|this) (?:company|organi[sz]ation|employer|business|firm|institute|institution|university|"
    r"college|school|trust|charity|foundation|council|practice|hospital|group|agency|brand|studio|lab|laboratory|"
    r"department|centre|center|faculty|club|hotel|restaurant|store|shop|museum|society|association|authority|"
    r"partnership|consultancy|academy|nursery|client|clinic|surgery|board|network|library)$"
)
_QUALIFIED_LIST = re.compile(r"^(?P<list>.+?)\s+(?P<level>desirable|preferred|required|essential)$")
_QUALIFYING_LIST = re.compile(r"^(?P<level>desirable|preferred|required|essential)\s+(?P<list>.+)$")
_LIST_HEADINGS = frozenset({"skills", "experience", "qualifications", "requirements", "education", "certifications"})
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# Marks around a heading's words: Markdown, rules, bullets, colons, emoji and arrows ("💰 Salary & benefits",
# "Must-haves 👇", "Bonus points if…", "Is this you?").
_DECORATION = re.compile(r"^[^\w(]+|[^\w)]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Marks that open a list item in CVs and ads, as pasted from Word, PDFs and web pages.
BULLET_MARKS = "•·▪●○◦■□►▸‣⁃⌲☞➢➤✓✔-–—*+>"
_LIST_ITEM = re.compile(r"^\s*(?:[" + re.escape(BULLET_MARKS) + r"]|\d{1,2}[.)])")
# Heading names that are also ordinary words or places: "Nice" is a wish's heading or the city.
_WORDS_AS_HEADINGS = frozenset({"nice", "must", "musts"})
_KIND_OF_TOOLS = re.compile(
    r"^(?:[\w&/+.'-]+ ){0,2}(?:tools|tooling|software|systems|platforms|technologies|frameworks|engines|"
    r"methodologies|databases|libraries|applications|apps|packages|programs|programmes)$"
)
_PLACE_NAMES = frozenset({"nice"})  # of those
# Sections whose lines are lists: an item there may carry its level in parentheses.
_LEVELLED_LIST_SECTIONS = frozenset(
    {"requirements", "preferred", "qualifications", "skills", "experience", "responsibilities", "certifications"}
)
_PLACE_NAME_WORDS = 3  # "Milton Keynes", "Newcastle upon Tyne"
_PLACE_LABELS = frozenset(
    {"location", "locations", "office", "offices", "office location", "based in", "base", "city", "where", "site"}
    | {"region", "sites", "cities"}
    | {"work location", "job location", "workplace", "place of work"}
)
_QUALIFIED = re.compile(r"^([^()]+)\(([^()]+)\)$")
# A qualifier in parentheses after a list's name gives its level: "Key skills (must)", "Extras (a plus, not a must)".
_WISHING_QUALIFIER = re.compile(
    r"\b(?:optional|a plus|plus|nice to have|nice|helpful|useful|desirable|preferred|bonus|not a must|not essential)\b"
)
# Sections whose heading a qualifier may give a level: not "Benefits (optional)".
_LEVELLED_SECTIONS = frozenset(
    {"skills", "requirements", "preferred", "qualifications", "experience", "certifications", "languages", "education"}
)
# General words of a list's name, and the kinds of thing a list of skills names ("Software (helpful)").
_LIST_NAME_WORDS = frozenset(
    {"skills", "extras", "experience", "qualifications", "requirements", "knowledge", "tools", "technologies"}
    | {"certifications", "competencies", "criteria", "key", "other", "core", "additional", "technical", "extra"}
    | {"soft", "hard", "professional", "personal", "secondary", "&", "and"}
    | {"software", "systems", "platforms", "frameworks", "languages", "databases", "certificates", "licences"}
    | {"licenses", "tech", "technology", "stack", "programming", "tooling", "apps", "applications", "packages"}
)
_REQUIRING_QUALIFIER = re.compile(r"\b(?:must|essential|required|mandatory)\b")
_NEGATED_QUALIFIER = re.compile(r"\bnot (?:a must|essential|required|mandatory)\b")
_PARENTHESIS = re.compile(r"\([^()]*\)\s*$")
_MAX_HEADING_WORDS = 7
_ARROWS_DOWN = ("👇", "⬇", "⬇️", "↓", "⤵", "⤵️")
_MAX_LABEL_HEADING_WORDS = 7  # "It would be great if you have:"
_MAX_LABEL_WORDS_ANY = 5  # any other label: "Core technologies used in the application:" is a sentence


def normalise_heading(text: str) -> str:
    """Lowercase heading text without decoration, trailing colon or curly apostrophes."""
    text = text.replace("’", "'").replace("‘", "'")
    text = _DECORATION.sub("", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _known_name(name: str, *, list_item: bool = False) -> str | None:
    """The key of a known heading name, also when qualified: "What we're looking for (essential)", "Cloud
    (preferred)". `list_item`: the line opens with a list marker."""
    if name in _NAME_TO_SECTION:
        return _NAME_TO_SECTION[name]
    match = _QUALIFIED.match(name)
    if match and "?" not in match.group(1):  # not a question with its mark: "Do you have Zendesk? (nice to have)"
        outer, inner = match.group(1).strip(), match.group(2).strip()
        # The qualifier is the more specific word: "Nice to have (desirable)", "Skills (essential)", "Key skills
        # (must)", "Extras (a plus, not a must)".
        # A list's name of general words only: "Key skills", "Extras", "Core"; not "Payroll experience", nor a
        # list item ("OCaml (nice)").
        list_name = set(outer.split()) <= _LIST_NAME_WORDS
        outer_key = _NAME_TO_SECTION.get(outer)
        if inner in _NAME_TO_SECTION and (
            outer_key in _LEVELLED_SECTIONS or list_name or (outer_key is None and not list_item)
        ):
            # Not for a list item ("- OCaml (nice)"), nor a heading the qualifier cannot level ("Perks (nice)").
            return _NAME_TO_SECTION[inner]
        if _NAME_TO_SECTION.get(outer) in _LEVELLED_SECTIONS or list_name:
            # One level only: "Criteria (essential / desirable)" is a person specification's heading, of both.
            wishes = _WISHING_QUALIFIER.search(inner) is not None
            requires = _REQUIRING_QUALIFIER.search(_NEGATED_QUALIFIER.sub(" ", inner)) is not None
            if wishes != requires:
                return "preferred" if wishes else "requirements"
        return _NAME_TO_SECTION.get(outer)
    return None


def _item_with_a_level(text: str, name: str) -> bool:
    """Whether a line (`name`: its normalised text) is a list item with its level: a name of no known heading or
    list, without a colon ("Python (desirable)", "Clinical skills (desirable)": the items after it may or may not
    be of its kind); not "Skills (essential)", "Any of the following (desirable):"."""
    if text.rstrip().endswith(":"):
        return False
    match = _QUALIFIED.match(name)
    if match is None:
        return False
    outer = match.group(1).strip()
    return outer not in _NAME_TO_SECTION and not set(outer.split()) <= _LIST_NAME_WORDS


def _names_a_kind(name: str) -> bool:
    """Whether a line's normalised name names a kind of thing by a list's word: "clinical skills (desirable)",
    "cloud experience (nice to have)", "accounting software (desirable)"; not "python (desirable)", "forklift
    licence (desirable)"."""
    match = _QUALIFIED.match(name)
    return match is not None and bool(set(match.group(1).split()) & _LIST_NAME_WORDS)


@functools.lru_cache(maxsize=4096)  # labels repeat from ad to ad ("Job type:", "Salary:")
def section_for_heading(text: str) -> str:
    """Canonical key for heading text; "other" when the heading names nothing skillgap knows."""
    name = normalise_heading(text)
    known = _known_name(name)
    if known:
        return known
    for pattern, key in _KEYWORD_SECTIONS:
        if pattern.search(name):
            return key
    return "other"


def heading_of(text: str, *, markdown: bool = False) -> str | None:
    """The section key if `text` is a heading line, else None."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return None
    if markdown:
        match = _MARKDOWN_HEADING.match(text)
        if match:
            return section_for_heading(match.group(2))
    name = normalise_heading(stripped)
    words = _WORD.findall(name)
    if words and len(words) > _MAX_HEADING_WORDS and _PARENTHESIS.search(name):
        # A known heading with a long aside in parentheses: "Nice-to-haves (seriously, don't self-select out over
        # these):"; not a line that ends in one ("2. Do you have experience with Zendesk? (nice to have)").
        outer = _PARENTHESIS.sub("", name).strip()
        if outer in _NAME_TO_SECTION:
            return _NAME_TO_SECTION[outer]
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    known = _known_name(name, list_item=_LIST_ITEM.match(stripped) is not None)
    if known:
        return known
    if _ABOUT_THE_ORGANISATION.match(name):
        return "about_company"
    if _LIFE_AT.match(name):
        return "benefits"
    # A known list heading qualified as wished or as required: "Skills & Experience Desirable", "Required Skills &
    # Experience".
    qualified = _QUALIFIED_LIST.match(name) or _QUALIFYING_LIST.match(name)
    if qualified and _known_name(qualified.group("list")) in _LIST_HEADINGS:
        return "preferred" if qualified.group("level") in ("desirable", "preferred") else "requirements"
    # The same heading in two languages: "Requisitos / Requirements".
    if " / " in name:
        for part in name.split(" / "):
            known = _known_name(part.strip())
            if known:
                return known
    # Two known headings joined in one: "Qualifications & Training", "Certifications and Memberships". The first
    # says what the section is, unless the other gives a level: "Technical skills and requirements".
    keys = [_known_name(part) for part in _JOINED_HEADINGS.split(name, maxsplit=1)]
    if len(keys) == 2 and all(keys):
        return next((key for key in keys if key in ("requirements", "preferred")), keys[0])
    # A CV's heading in capitals that ends in a section's name, with words that say which: "COACHING EXPERIENCE",
    # "KEY ACHIEVEMENTS", "CLINICAL SKILLS". Not a name in capitals ("JORDAN ASANTE"), nor a title.
    if stripped.isupper() and len(words) <= _MAX_CAPITALS_HEADING_WORDS:
        last = _NAME_TO_SECTION.get(words[-1])
        if last in _CV_SECTIONS_NAMED_LAST:
            return last
    # Beyond the known names, a short label ending in a colon ("Key requirements:") or set in bold Markdown
    # is a heading when a keyword says what it is. Capitals or a bold font alone are not enough: they also
    # mark employer names and job titles ("DATA ENGINEER, ACME TECHNOLOGIES").
    # An arrow down leads into what follows as a colon does: "Hard requirements 👇".
    colon_label = stripped.endswith((":", *_ARROWS_DOWN)) and len(words) <= _MAX_LABEL_HEADING_WORDS
    emphasised = markdown and re.fullmatch(r"(\*\*|__).+(\*\*|__):?", stripped) is not None
    if colon_label or emphasised:
        key = section_for_heading(stripped)
        if key == "other" or (len(words) > _MAX_LABEL_WORDS_ANY and key not in ("requirements", "preferred")):
            return None  # a longer label is a heading only when it asks: "It would be great if you have:"
        return key
    return None


_JOINED_HEADINGS = re.compile(r" (?:&|and|\+) ")
_MAX_CAPITALS_HEADING_WORDS = 3
_CV_SECTIONS_NAMED_LAST = frozenset(
    {"experience", "awards", "skills", "education", "qualifications", "certifications", "projects", "interests"}
)
_INLINE_LABEL = re.compile(r"^\s*([^\W\d_][^:\n]{1,40}?)\s*:\s+\S")
_MAX_LABEL_WORDS = 4


def inline_label_of(text: str) -> str | None:
    """The section key of a label that opens a line of content ("Job benefits: pension, gym", "Skills: Python,
    SQL"): a known heading name, or a short label with a section keyword. None for other lines."""
    match = _INLINE_LABEL.match(text)
    if match is None:
        return None
    name = normalise_heading(match.group(1))
    if len(_WORD.findall(name)) > _MAX_LABEL_WORDS:
        return None
    key = section_for_heading(name)
    return None if key == "other" else key


# A heading that lost its line break and now stands inside a line of content, as when a page is pasted as one
# line: "... strong communication skills Job benefits: Free fruit ...", "... MySQL WHAT WE OFFER A diverse team".
# A label with a colon whose first word has a capital, or a run of words in capitals; never across a sentence's
# end ("Python. Must have: SQL" is a sentence with its own label, which the level pass reads).
_LABEL_WORDS = re.compile(r"(?:[^\W\d_][\w'’&/-]*|&)")
_LABEL_MARK = re.compile(r"[:?](?=\s)")  # a colon, or a question mark: "... in English Why join our team? ..."
# (The first capital comes before the lookbehind, so that the regex engine can skip to capitals.)
_CAPITALS_RUN = re.compile(r"[A-Z](?<![\w'’][A-Z])[A-Z'’]+(?:\s+(?:[A-Z][A-Z'’]+|&))+(?![\w'’:])")
_CAPITALS_WORD = re.compile(r"\S+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{2,}")  # the first word after a heading, of two letters or more
_MAX_INLINE_LABEL_WORDS = 5
# Inside a line, a heading says whose text follows or how much it is wanted; one that names a kind of thing
# ("Tools:", "Languages:") only ends the section a heading before it opened.
_INLINE_SECTIONS = NON_REQUIREMENT_SECTIONS | {"requirements", "preferred", "qualifications", "responsibilities"}
# Words that join a label to the words before it: "Technologies and Languages:" is one label, not "Languages:".
_JOINING_WORDS = frozenset({"and", "or", "&", "of", "on", "in", "for", "with", "to", "the", "a", "an", "our", "your"})
_LABEL_REACH = 60  # characters before a colon searched for its label
_RUN_ON_LINE = 200  # characters: a line this long may hold headings that lost their line breaks
_FIGURE = re.compile(r"\s*[£$€¥\d]")  # the value of a field: "Salary: £27,000", "Compensation: 65k"


def inline_headings(text: str) -> list[tuple[int, str | None]]:
    """(offset, section key) of each heading inside a line of content (see `_LABEL_MARK`): a known heading name
    ("What we offer:", "YOUR PROFILE", "Company description:"), or a label whose keyword says the text after it is
    about the employer or its offer ("Job benefits:"). A single word in capitals counts only with a colon: "a
    MUST", "NICE guidance" are words of a sentence. A label that opens its line is the line's (`inline_label_of`);
    one that opens a sentence starts a section too ("... 2 years. Job benefits: pension"). In a long line, a known
    name in plain case counts too (`_plain_headings`). Key None: a label of no section ("Contract: permanent") ends
    a section about the employer or its offer before it, and the line's own section goes on."""
    found: list[tuple[int, str | None]] = []
    if ":" in text or "?" in text:
        for colon in _LABEL_MARK.finditer(text):
            reach = max(0, colon.start() - _LABEL_REACH)
            words = [
                word
                for word in _LABEL_WORDS.finditer(text, reach, colon.start())
                if word.start() > reach or reach == 0 or not text[reach - 1].isalnum()  # no cut word
            ][-_MAX_INLINE_LABEL_WORDS:]
            # Labels: the words before the colon from one with a capital, within its sentence; not one that opens
            # the line, which is the line's own (`inline_label_of`).
            labels = [
                word.start()
                for word in words
                if word.group()[0].isupper() and not any(mark in text[word.end() : colon.start()] for mark in ".!?;:")
            ]
            if not labels or labels[0] == 0 or text.count("(", 0, colon.start()) > text.count(")", 0, colon.start()):
                # None; the line's own, whole ("Preferred Qualifications:" is no "Qualifications:"); or one inside
                # parentheses: "( Advantage: .NET Core )".
                continue
            question = colon.group() == "?"
            label = _inline_label(text, labels, colon.start(), question=question)
            if label is not None and label[1] in NON_REQUIREMENT_SECTIONS and _FIGURE.match(text, colon.end()):
                label = (label[0], None)  # a field with its figure, not a section: "Salary: £27,000 The lab ..."
            if label is not None:
                found.append(label)
            elif not question:
                # Any other label ends what a label before it heads, as in "Salary: £40k Contract: permanent": its
                # value takes the line's section (None).
                found.append((labels[-1], None))
    if _CAPITALS_RUN.search(text):
        for run in _CAPITALS_RUN.finditer(text):
            heading = _known_part_of_run(run.group())
            # Content in another case follows a heading; a sentence in capitals goes on in capitals ("DO YOU NEED
            # PRINCE2? NO, BUT IT'S A BIG PLUS.").
            following = _CONTENT_WORD.search(text, run.end())
            if heading is not None and following is not None and not following.group().isupper():
                found.append((run.start() + heading[0], heading[1]))
    if len(text) >= _RUN_ON_LINE:
        found.extend(_plain_headings(text))
    headings: list[tuple[int, str | None]] = []
    for start, key in sorted(dict(found).items()):
        # A label of no section ends only one about the employer or its offer ("Compensation: €60k Job type:
        # Full-time"), not a list of requirements with labels of its own ("Your profile: ...; Multithreading: GCD").
        if key is not None or (headings and headings[-1][1] in NON_REQUIREMENT_SECTIONS):
            headings.append((start, key))
    return headings


def _inline_label(text: str, starts: list[int], end: int, *, question: bool) -> tuple[int, str | None] | None:
    """(start, key) of the heading among the labels starting at `starts` and ending at `end`: the longest known
    heading name ("What we offer:" in "... MQTT Benefits What we offer:"; key None for one that says neither whose
    text follows nor how much it is wanted: "Role:", "Tools:"), else the shortest label whose keyword says it is
    about the employer or its offer ("Job benefits:"); a question only by its known name ("Why join us?", not "Do
    you want to hear about our benefits?")."""
    starts = [start for start in starts if start > 0 and _word_before(text, start) not in _JOINING_WORDS]
    for start in starts:
        known = _known_label(text[start:end])
        if known is not None:
            return (start, known if known in _INLINE_SECTIONS else None) if known != "other" else None
    for start in reversed(starts if not question else []):
        key = section_for_heading(text[start:end])
        if key in NON_REQUIREMENT_SECTIONS:
            return start, key
    return None


@functools.lru_cache(maxsize=4096)  # labels repeat from ad to ad ("Job type:", "Location options:")
def _known_label(label: str) -> str | None:
    name = normalise_heading(label)
    known = _known_name(name)
    if known is None and _ABOUT_THE_ORGANISATION.match(name):
        return "about_company"  # "... About the department The Department of Bioinformatics combines ..."
    return known


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 20) : start].split()
    return before[-1].lower() if before else ""


def _plain_headings(text: str) -> list[tuple[int, str | None]]:
    """Headings in plain case inside a run-on line, where nothing but their words marks them: a known name that
    starts with a capital after a word in lower case, a figure or a mark, and before a word with a capital ("...
    Salary: £30,000 About us We are a group of dental practices The role Managing the purchase ledger ...
    Requirements Bookkeeping experience ..."); not inside a title in Title Case ("Payroll & Benefits
    Administrator"), nor a word that is one only over a list ("Nice", "Must")."""
    found: list[tuple[int, str | None]] = []
    words = list(_LABEL_WORDS.finditer(text))
    for index, word in enumerate(words):
        if not word.group()[0].isupper() or word.group().isupper():
            continue  # runs in capitals are read whole (`_CAPITALS_RUN`)
        before = text[max(0, word.start() - 40) : word.start()].split()
        previous = before[-1] if before and word.start() > 0 and not text[word.start() - 1].isalnum() else ""
        if (previous[:1].isupper() and not previous.endswith((".", ",", ";", ":", "!", "?", ")"))) or (
            previous.lower() in _JOINING_WORDS
        ):
            continue  # inside a name in Title Case, or joined to the words before it
        for length in range(min(_MAX_INLINE_LABEL_WORDS, len(words) - index - 1), 0, -1):
            last, following = words[index + length - 1], words[index + length]
            if not following.group()[0].isupper() or any(mark in text[word.start() : last.end()] for mark in ".!?;:"):
                continue
            name = text[word.start() : last.end()]
            if length == 1 and name.lower() in _WORDS_AS_HEADINGS:
                continue
            known = _known_label(name)
            if known is not None and known != "other" and (length > 1 or known in _INLINE_SECTIONS):
                found.append((word.start(), known if known in _INLINE_SECTIONS else None))
                break
    return found


def _known_part_of_run(run: str) -> tuple[int, str | None] | None:
    """(offset, key) of the longest heading of two words or more that ends a run of words in capitals: "MYSQL AWS
    YOUR PROFILE" holds one after two product names; key None for one that says neither whose text follows nor how
    much it is wanted ("THE ROLE")."""
    words = list(_CAPITALS_WORD.finditer(run))
    for first in range(len(words) - 1):  # the run's end, from the longest
        known = _known_label(run[words[first].start() :])
        if known is not None and known != "other":
            return words[first].start(), known if known in _INLINE_SECTIONS else None
    return None


class SectionTracker:
    """Feeds lines in order; returns each line's (section, is_heading).

    A line the reader styled as a heading (DOCX heading style, larger PDF font) with a name skillgap does not
    know still opens a section, "other", so that its lines are not filed under the previous heading.
    """

    def __init__(self) -> None:
        self.section = ""
        self.under_place_label = False  # whether the lines since a place's label ("Location") are its values
        self.after_blank = True  # whether the last line was blank (or there was none)
        self.sub_list_parent: str | None = None  # the list a sub-list heading ("Clinical skills (desirable)") is in

    def feed(
        self, text: str, *, markdown: bool = False, heading_style: bool = False, next_line: str | None = None
    ) -> tuple[str, bool]:
        """`next_line`: the line after `text`, when known. A heading name that is also an ordinary word or a place
        ("Nice", "Must") is no heading as the value of a place's label ("Location / Nice") or when the next line
        goes on with its sentence ("Nice / to meet you!")."""
        key = heading_of(text, markdown=markdown)
        after_blank, self.after_blank = self.after_blank, not text.strip()
        # Under a place's label, the short lines after it are its values, up to a blank line or another heading:
        # "Offices: / London / Paris / Nice".
        among_places = self.under_place_label
        name = normalise_heading(text)
        if name in _PLACE_LABELS:
            self.under_place_label = True
        elif (
            not text.strip()
            or (key is not None and name not in _WORDS_AS_HEADINGS)
            or len(_WORD.findall(name)) > _PLACE_NAME_WORDS
            or not text.strip()[:1].isupper()
        ):
            self.under_place_label = False
        # A sub-list under a line with a level ends at the first line that is no list item: its parent list goes on.
        if self.sub_list_parent is not None and text.strip() and key is None and not _LIST_ITEM.match(text):
            self.section, self.sub_list_parent = self.sub_list_parent, None
        heads_sub_list = False
        if (
            key is not None
            and self.section in _LEVELLED_LIST_SECTIONS
            and not after_blank
            and _item_with_a_level(text, name)
        ):
            # Inside a list, an item with its level: "Requirements / SQL (essential) / Python (desirable) / Excel";
            # after a blank line or outside a list the same shape heads one, and so does a kind of thing over
            # bulleted examples of it ("Clinical skills (desirable) / - Phlebotomy / - Cannulation").
            heads_sub_list = (
                next_line is not None
                and _LIST_ITEM.match(next_line) is not None
                and not _LIST_ITEM.match(text)
                and _names_a_kind(name)
            )
            if not heads_sub_list:
                key = None
        if (
            key is not None
            and name in _WORDS_AS_HEADINGS
            and not text.rstrip().endswith(":")
            and (
                # the value of a label: "Location / Nice", "Offices: / London / Nice"; not before a list item
                (among_places and name in _PLACE_NAMES and (next_line is None or not _LIST_ITEM.match(next_line)))
                or (next_line is not None and next_line.strip()[:1].islower())  # "Nice / to meet you!"
            )
        ):
            key = None
        if key is None and heading_style and self._styled_heading(text):
            key = "other"
        if key is None and next_line is not None and _LIST_ITEM.match(next_line) and _KIND_OF_TOOLS.match(name):
            key = "skills"  # a short line naming a kind of tools over a list: "Audio software", "PM tools", "Engines"
        if key is None:
            label = inline_label_of(text)
            if label is not None:
                # "Job benefits: pension, gym": that line is content of the section its label names; the lines
                # after it stay in the section of the heading above ("Experience: 5 years" in a Requirements
                # list does not end the list).
                return label, False
            return self.section, False
        if heads_sub_list:
            self.sub_list_parent = self.sub_list_parent or self.section
        else:
            self.sub_list_parent = None
        self.section = key
        return key, True

    @staticmethod
    def _styled_heading(text: str) -> bool:
        stripped = text.strip()
        return 0 < len(_WORD.findall(stripped)) <= _MAX_HEADING_WORDS and not stripped.endswith(".")
