"""What the skill components share: span keys, extension attributes, and per-Doc caches of work that spaCy
would otherwise redo on every access (the text, the token strings, the sentences)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Span

SPANS_KEY = "skills"
CANDIDATES_KEY = "skill_candidates"
# Skills a CV or profile names only to say its writer does not hold them ("SMSTS - no", "I have not used Stata"),
# taken out of SPANS_KEY (skillgap.nlp.progress): no candidate skill is read in their words either.
NOT_HELD_KEY = "skills_not_held"
FORM_TOKENS_KEY = "skillgap.form_tokens"  # doc.user_data: tokens of any taxonomy form, kept or rejected
PHRASES_KEY = "skill_phrases"  # abilities asked for in the ad's own words (skillgap.nlp.phrases)
# doc.user_data: the kind of document ("ad", "cv", "profile") where the caller knows it before the pipeline runs; a
# component may then skip work whose result that kind does not read.
DOC_KIND_KEY = "skillgap.kind"
# doc.user_data of a CV or a profile: (start_char, end_char) of each clause said of others' work or of what the
# writer only watched ("Observed SSI data changes with the testing team"), whether or not it names a skill
# (skillgap.nlp.requirements).
OTHERS_CLAUSES_KEY = "skillgap.others_clauses"

# Set on the Doc before the pipeline runs: (start_char, end_char, section) for each line of the Document.
Doc.set_extension("line_sections", default=None, force=True)
Span.set_extension("requirement", default="mentioned", force=True)
Span.set_extension("years", default=None, force=True)  # whole years of experience stated for the skill
Span.set_extension("months", default=None, force=True)  # the same in months, exactly: "18 months", "3.5 years" (42)
Span.set_extension("ambiguous", default=False, force=True)
# The section of the line the span starts on: read from the Doc's line sections when asked, rather than written on
# every span the components make (each write through `span._` costs). Hot loops call `section_at` directly.
Span.set_extension("section", getter=lambda span: section_at(span.doc._.line_sections, span.start_char), force=True)
Span.set_extension("fuzzy", default=False, force=True)  # read from a typo or near-variant
# In an ad, said of the employer, not asked of the reader: an About-us or Benefits section, a sentence about
# "we"/"our" that asks nothing ("We are an e-commerce platform"), one that addresses no one and describes the
# setting ("The department is well equipped for mass spectrometry"), the name of the employer's unit
# ("Department of Proteomics"), or its staff ("The team consists of software engineers and data scientists").
Span.set_extension("about_employer", default=False, force=True)
# The skill is written as the name of a job or a post ("Senior DevOps Engineer", "PhD stipend"), not as a
# request; an ad's profile keeps such a mention only when nothing else in the ad mentions the skill, or when it
# carries a level or years ("5+ years as a Java developer").
Span.set_extension("names_role", default=False, force=True)
# Matched as a job title derived from the skill's names ("Quantity Surveyor" for quantity surveying): it names a
# role whatever its first word ("Engineering Manager").
Span.set_extension("job_title", default=False, force=True)
# The ad says the skill is not needed ("You don't need any experience of the energy industry"): no request.
Span.set_extension("not_needed", default=False, force=True)
# Said of life outside work ("In his spare time Tom coaches an under-12s football team", a profile's Interests
# section): a hobby, neither asked by an ad nor shown as a successful candidate's skill.
Span.set_extension("leisure", default=False, force=True)
# A channel to reach someone ("send her a message on Slack", "message us on WhatsApp"): how to say hello, not a
# skill the job or the person has.
Span.set_extension("contact_channel", default=False, force=True)
# The job title of someone the job or the writer works with ("report to the Project Manager", "worked alongside
# data scientists"), or what such people do or the writer only watched them do ("for the senior editors, who cut
# the promos on Avid", "shadowed the security team"): neither asked by an ad nor shown by a CV or a profile.
Span.set_extension("colleague", default=False, force=True)
# A qualification the writer is still working towards ("AAT Level 4 (studying)", "BSc Nursing, 2023 - present"),
# or any skill whose course is still to come ("PHTLS - course booked for next spring"): not held yet
# (skillgap.nlp.progress).
Span.set_extension("in_progress", default=False, force=True)
# A qualification held once and no longer ("ADR - lapsed 2019", "SIA CCTV licence - expired 2022").
Span.set_extension("lapsed", default=False, force=True)


class SpanValues:
    """The extension values of a Doc's spans, read and written where `span._` keeps them: in `doc.user_data` under
    ("._.", name, start_char, end_char), as spaCy's `Underscore` keys them. The level pass writes several values
    on every span and the profile reads them all back; through `span._`, each span builds an accessor and each
    access checks the name, several times the cost of the dictionary access itself. tests/test_nlp.py checks that
    `span._` reads what this writes, and the reverse."""

    __slots__ = ("_data",)

    def __init__(self, doc: Doc) -> None:
        self._data = doc.user_data

    def get(self, span: Span, name: str) -> Any:
        return self._data.get((_EXTENSION, name, span.start_char, span.end_char), _SPAN_DEFAULTS[name])

    def set(self, span: Span, name: str, value: Any) -> None:
        self._data[(_EXTENSION, name, span.start_char, span.end_char)] = value


_EXTENSION = "._."
# Only attributes with a default are stored values (a getter's, like `section`, is computed on each read).
_SPAN_DEFAULTS = {
    name: Span.get_extension(name)[0]
    for name in (
        "requirement",
        "years",
        "months",
        "ambiguous",
        "fuzzy",
        "about_employer",
        "names_role",
        "job_title",
        "not_needed",
        "leisure",
        "contact_channel",
        "colleague",
        "in_progress",
        "lapsed",
    )
}


def token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's text and trailing whitespace as plain strings, kept per Doc: the components that work on
    strings share them instead of creating Token objects again."""
    strings = doc.user_data.get(_TOKENS_KEY)
    if strings is None or len(strings[0]) != len(doc):
        # From the token array: iterating the Doc would create a Token object per token.
        table = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        strings = doc.user_data[_TOKENS_KEY] = ([table[orth] for orth in orths], [" " * space for space in spaces])
    return strings


_TOKENS_KEY = "skillgap.tokens"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        texts, spaces = token_strings(doc)
        text = doc.user_data[_TEXT_KEY] = "".join(t + w for t, w in zip(texts, spaces, strict=True))
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, the string `doc` was made from, as its `doc_text`: spaCy's tokenizer loses no character, so the
    two are equal, and joining the tokens again costs about as much as building the token strings themselves."""
    doc.user_data[_TEXT_KEY] = text


_TEXT_KEY = "skillgap.text"


def sentence_of(span: Span) -> Span:
    """The sentence containing `span`. Same as `span.sent`, which walks every sentence of the Doc on each call;
    this keeps the sentence bounds per Doc (as plain lists, so that the Doc still serialises) and bisects them."""
    start, end = sentence_bounds(span.doc, span.start)
    return span.doc[start:end]


def sentence_bounds(doc: Doc, token: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token `token`, without making a Span."""
    starts, ends = all_sentence_bounds(doc)
    index = bisect.bisect_right(starts, token) - 1
    return starts[index], ends[index]


def all_sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end token indices of every sentence, in order, as `doc.sents` gives them, kept per Doc."""
    sentences = doc.user_data.get(_SENTENCES_KEY)
    if sentences is None or sentences[0] != len(doc):
        if not doc.has_annotation("SENT_START"):
            list(doc.sents)  # spaCy's own error: no sentence boundaries are set
        # Read as `doc.sents` reads them (a sentence at token 0 and at every token flagged 1), from the token array
        # rather than from a Span per sentence.
        flags = doc.to_array(SENT_START)
        starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()] if len(doc) else []
        sentences = (len(doc), starts, [*starts[1:], len(doc)] if starts else [])
        doc.user_data[_SENTENCES_KEY] = sentences
    return sentences[1], sentences[2]


_SENTENCES_KEY = "skillgap.sentences"


def section_at(line_sections, offset: int) -> str:
    """The section of the line that holds character `offset` (from the Document, via Doc._.line_sections)."""
    if not line_sections:
        return ""
    return line_sections[_range_index(line_sections, offset)][2]


def section_finder(line_sections) -> Callable[[int], str]:
    """`section_at` for the many offsets of one Doc: the ranges' starts are taken out once and bisected in C, rather
    than by a binary search in Python on each call (the same range, as the starts are in order)."""
    if not line_sections:
        return lambda offset: ""
    starts = [start for start, _, _ in line_sections]
    if starts != sorted(starts):
        return lambda offset: section_at(line_sections, offset)  # out of order: as `section_at` reads them

    def section(offset: int) -> str:
        return line_sections[max(0, bisect.bisect_right(starts, offset) - 1)][2]

    return section


def section_start_at(line_sections, offset: int) -> int:
    """Where the range of `section_at` starts: its line's start, or a heading's inside the line."""
    if not line_sections:
        return 0
    return line_sections[_range_index(line_sections, offset)][0]


def starts_inside_a_line(text: str, start: int) -> bool:
    """Whether a section range starting at character `start` opens mid-line, at a heading inside the line, rather
    than at the line's start (after a line feed or a lone carriage return)."""
    return start > 0 and text[start - 1] not in "\r\n"


def _range_index(line_sections, offset: int) -> int:
    low, high = 0, len(line_sections) - 1
    while low < high:  # last range whose start <= offset
        middle = (low + high + 1) // 2
        if line_sections[middle][0] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def skill_spans(doc: Doc) -> Iterable[Span]:
    return doc.spans.get(SPANS_KEY, [])


def candidate_spans(doc: Doc) -> Iterable[Span]:
    return doc.spans.get(CANDIDATES_KEY, [])


def phrase_spans(doc: Doc) -> Iterable[Span]:
    return doc.spans.get(PHRASES_KEY, [])


# The words that join the items of a list: "civil, structural or geotechnical", "2:2 or 3:1", "Design and build".
LIST_JOINS = frozenset({",", "and", "or", "&", "/"})
# Legal forms that end an organisation's name ("Ashby Cold Chain Distribution Ltd").
LEGAL_FORMS = frozenset(
    ["ltd", "ltd.", "limited", "llp", "plc", "inc", "inc.", "llc", "gmbh", "corp", "corp.", "corporation", "lp"]
)
_NAME_REACH = 5


def inside_organisation_name(span: Span) -> bool:
    """A capitalised form inside an organisation's name, which a legal form ends within a few capitalised words
    ("Cold Chain" in "Ashby Cold Chain Distribution Ltd", "Cloud" in "Northwind Cloud (UK) Ltd"): a name, not a
    skill, in an ad's header and in a CV's employment history alike. The legal form must close the name, so that
    "Corporation Tax" and "PLC systems" stay words of a skill list. A public body's noun closes a name too ("...
    Ambulance Service NHS Trust", "National Lottery Community Fund"), and so does an agency's after a proper name
    or a contact's words ("Severn IT Recruitment", "at Vantage Tech Recruitment"; not "experience in IT
    Recruitment"). So is a name whose things are an organisation's: "As part of Oracle's employment process".
    """
    texts, _ = token_strings(span.doc)  # plain strings: this runs for every span found
    if not texts[span.start][:1].isupper():
        return False
    if _after_employment_words(texts, span.start):
        return True  # "joins us from Oracle", "previously at Sage", "ex-Monzo", "a Senior Scientist at Halvorsen ..."
    if span.end + 1 < len(texts) and texts[span.end] in ("'s", "’s"):
        following = (texts[k].lower() for k in range(span.end + 1, min(len(texts), span.end + 1 + _OWNED_REACH)))
        return any(word in _ORGANISATION_HAS for word in following)
    last = texts[span.end - 1]
    if (last in _AGENCY_NAMES or last in _BODY_NAMES) and _named_before(texts, span.start):
        return True  # "call Dan at Northgate Tech Recruitment", "Kelbrook Borough Council owns 6,800 homes"
    for k in _rest_of_the_name(texts, span.end):
        text = texts[k]
        following = texts[k + 1] if k + 1 < len(texts) else ""
        if text.lower() in LEGAL_FORMS:
            if text in _AMBIGUOUS_LEGAL_FORMS:  # "PLC systems", "Corporation Tax": only at the name's end
                return not following[:1].isalnum()
            return not following[:1].isupper()  # "Acme Ltd is hiring", "Acme Ltd, Leeds"; not "Limited Edition"
        if text in _BODY_NAMES and not _starts_a_form(span.doc, k):
            # "Northern Counties Ambulance Service NHS Trust", "Azure Housing Group, Slough"; a body's noun that
            # starts a skill's name is none ("Azure AD Group Policy").
            return not following[:1].isupper()
        if text in _AGENCY_NAMES:
            return _named_before(texts, span.start)  # "Severn IT Recruitment"; not "experience in IT Recruitment"
    return False


def _rest_of_the_name(texts: list[str], end: int) -> Iterator[int]:
    """The tokens from `end` on that may close the name a form stands in: its capitalised words and joiners, up to
    `_NAME_REACH` past the form, and the first other token (a legal form may be in lower case: "plc")."""
    for k in range(end, min(len(texts), end + _NAME_REACH + 1)):
        yield k
        text = texts[k]
        if not (text in _NAME_JOINERS or (text.isalpha() and text[:1].isupper())):
            return


def closes_a_firms_name(span: Span) -> bool:
    """Whether a form inside an organisation's name (`inside_organisation_name`) names a firm's line of business: the
    name is closed by a legal form or a firm's noun ("Halden Pharma UK Ltd", "Lloyds Banking Group"), or the form
    itself ends in a body's noun ("Leeds Teaching Hospitals NHS Trust", "Kelbrook Borough Council"). Not a funder's
    or a charity's name closed by "Trust" or "Fund" ("British Gas Energy Trust", "National Lottery Community
    Fund"), which a CV names for other reasons than having worked there."""
    texts, _ = token_strings(span.doc)
    if texts[span.end - 1].lower() in _BODY_NOUNS:
        return True
    for k in _rest_of_the_name(texts, span.end):
        text = texts[k]
        if text.lower() in LEGAL_FORMS or text.lower() in _FIRMS_NOUNS:
            return True
        if text in _BODY_NAMES:
            return False
    return False


_FIRMS_NOUNS = frozenset({"group", "partners", "associates", "holdings"})


def _starts_a_form(doc: Doc, k: int) -> bool:
    """Whether token `k` and the next are both in some skill's form (as the matcher recorded them)."""
    forms = doc.user_data.get(FORM_TOKENS_KEY, ())
    return k + 1 in forms and k in forms


def _after_employment_words(texts: list[str], start: int) -> bool:
    """Whether a capitalised name at token `start` is where someone works or worked, by the words before it (and
    at most one rarer capitalised word of the name between): "joins us from Oracle", "coming from Shopify",
    "previously at Sage", "formerly of Monzo", "ex-Monzo", "four years at Snowflake", "Karen joined Redmarsh
    Civils", "a Senior Scientist at Halvorsen Biologics". Not "experience in Oracle", "expert at Excel", "moved from
    Java to Kotlin"."""
    from skillgap.nlp.words import GOOD_AT, role_nouns, word_ranks

    k = start - 1
    if k >= 1 and texts[k].isalpha() and texts[k][:1].isupper():
        if word_ranks().get(texts[k].lower(), _PROPER_NAME_RANK) < _PROPER_NAME_RANK:
            return False
        k -= 1  # a name's first word: "at Halvorsen Biologics"
    if k < 1:
        return False
    cue, before = texts[k].lower(), texts[k - 1].lower()
    if cue == "-":
        return before == "ex" and k == start - 1
    if cue == "from":
        joiner = texts[k - 2].lower() if before == "us" and k >= 2 else before
        return joiner in _JOINING_VERBS
    if cue in ("joined", "joins"):
        return k < start - 1  # with a rarer name word: "Karen joined Redmarsh Civils"
    if cue in ("at", "with", "of"):
        if before in ("previously", "formerly", "currently"):
            return True
        if cue != "at" or before in GOOD_AT:
            return False  # "expert at Excel"
        return before in ("years", "months") or before.rstrip("s") in role_nouns()
    return False


# Verbs before "from" and a former employer: "joins us from Oracle", "coming from Shopify".
_JOINING_VERBS = frozenset({"joins", "joined", "joining", "comes", "came", "coming", "arrives"})


def _named_before(texts: list[str], start: int) -> bool:
    """Whether capitalised words run right up to token `start` from a proper name (a word that is no common English
    word: "Northgate Tech ...", "Brightwater ..."), or from the words that lead to a contact ("at Vantage ...")."""
    from skillgap.nlp.words import word_ranks

    ranks = word_ranks()
    k = start - 1
    while k >= 0 and k >= start - _NAME_REACH and texts[k].isalpha() and texts[k][:1].isupper():
        if ranks.get(texts[k].lower(), _PROPER_NAME_RANK) >= _PROPER_NAME_RANK:
            return True
        k -= 1
    # Or after the words that lead to a contact's name: "reach out to Priya at Vantage Tech ...".
    return k < start - 1 and k >= 0 and texts[k].lower() in _CONTACT_WORDS


_NAME_JOINERS = frozenset({"&", "(", ")", "UK"})
# Nouns that close an organisation's name as a legal form does, capitalised: "... NHS Trust", "County Council",
# "National Lottery Community Fund", "Azure Housing Group", "Sage Lane Partners". Not "foundation": "ITIL v4
# Foundation".
_BODY_NOUNS = frozenset({"trust", "council", "fund", "group", "partners", "associates", "holdings"})
# Words that close a recruitment agency's name: "Brightwater Recruitment", "Severn IT Recruitment".
_AGENCY_WORDS = frozenset({"recruitment", "resourcing", "staffing"})
# As written in a name: capitalised or in capitals.
_BODY_NAMES = frozenset(word.title() for word in _BODY_NOUNS) | frozenset(word.upper() for word in _BODY_NOUNS)
_AGENCY_NAMES = frozenset(word.title() for word in _AGENCY_WORDS) | frozenset(word.upper() for word in _AGENCY_WORDS)
# Words before an organisation's name in an ad's contact line: "at", "through", "contact", "call".
_CONTACT_WORDS = frozenset({"at", "through", "via", "contact", "call"})
# A capitalised word rarer than this (or unknown) is a proper name: "Northgate", "Brightwater".
_PROPER_NAME_RANK = 30_000
# What only an organisation has, after a name and "'s" (an adjective may come between): "Oracle's employment
# process", "Celonis's global customers"; not "Salesforce's API", "Python's type hints".
_ORGANISATION_HAS = frozenset(
    {"employment", "hiring", "recruitment", "recruiting", "mission", "values", "culture", "customers", "clients"}
    | {"employees", "staff", "workforce", "offices", "headquarters", "founders", "history", "growth", "careers"}
)
_OWNED_REACH = 2
# Legal forms that are also words of skills: the programmable logic controller, corporation tax.
_AMBIGUOUS_LEGAL_FORMS = frozenset({"PLC", "Corporation", "Corp"})


# Words that name a unit of an organisation, before its field ("Department of Proteomics", "Centre for Energy")
# or after it ("Finance Department").
# Not "institute" or "college": they name professional bodies as often ("the Institute of Risk Management").
_UNIT_NOUNS_BEFORE = frozenset({"department", "dept", "faculty", "division", "section", "school", "centre", "center"})
_UNIT_NOUNS_AFTER = frozenset({"department", "dept", "division", "faculty"})
UNIT_NOUNS = _UNIT_NOUNS_BEFORE | _UNIT_NOUNS_AFTER  # every word of a unit name `inside_unit_name` reads
_UNIT_LINKS = frozenset({"of", "for", "on"})
_UNIT_JOINERS = frozenset({"and", "&", ",", "of"})
# Words that make a unit this employer's own: "the Department of Proteomics", "our finance department"; not "a
# Department of Physics" or "a Payroll Department", which say what kind of place the reader has worked in.
_UNIT_DETERMINERS = frozenset({"the", "our", "its", "this", "their"})
_UNIT_REACH = 6  # words of a unit's field before the span ("Department of Genetics, Ecology and Evolution")
_UNIT_NOUN_REACH = 3  # words between the span and a unit noun after it ("Project Management Support Department")


def inside_unit_name(span: Span) -> bool:
    """A form inside the name of a unit of the employer: "Proteomics" in "the Department of Proteomics",
    "Genetics" in "the Section for Genetics, Ecology and Evolution", "Finance" in "our Finance Department". Such a
    name says where the job sits, not what it asks. The field must be written as a name (capitalised) after the
    unit noun; a unit noun after it may follow a field in any case ("the finance department"). A unit without a
    determiner of its own opens the text or a line ("Department of Proteomics, Copenhagen")."""
    texts, _ = token_strings(span.doc)
    if texts[span.start][:1].isupper():
        k = span.start - 1
        while k >= 1 and span.start - k <= _UNIT_REACH:
            text = texts[k]
            if text.lower() in _UNIT_LINKS and texts[k - 1].lower().rstrip(".") in _UNIT_NOUNS_BEFORE:
                return _owned(texts, k - 1)
            if not (text in _UNIT_JOINERS or (text[:1].isupper() and text.isalpha())):
                break
            k -= 1
    end = min(len(texts), span.end + _UNIT_NOUN_REACH)
    for k in range(span.end, end):
        text = texts[k]
        if text.lower().rstrip(".") in _UNIT_NOUNS_AFTER:
            first = span.start
            while first > 0 and texts[first - 1][:1].isupper() and texts[first - 1].isalpha():
                first -= 1  # the whole capitalised name: "the Global Finance Department"
            return _owned(texts, first)
        if not (text[:1].isupper() and text.isalpha()):
            return False
    return False


def _owned(texts: list[str], name_start: int) -> bool:
    """Whether the unit name starting at token `name_start` is the employer's: after a determiner of its own, or
    at the start of the text or a line."""
    before = texts[name_start - 1] if name_start > 0 else "\n"
    return before.lower() in _UNIT_DETERMINERS or "\n" in before or not before.strip()


class cached_attribute:  # lower case: a decorator, like functools.cached_property
    """`functools.cached_property` without its lock (Python 3.11 takes one on every first read): for the many
    short-lived objects of one Doc's pass, read from one thread, where the lock is most of the cost. The value
    computed on the first read is stored in the instance, which then shadows this descriptor."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
