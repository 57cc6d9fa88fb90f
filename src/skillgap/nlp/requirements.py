"""Requirement levels: required, preferred or mentioned, and years of experience, for every mention."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from typing import Any

from spacy.attrs import IDX, NORM
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.documents.sections import BULLET_MARKS, NON_REQUIREMENT_SECTIONS, heading_of
from skillgap.nlp import ad_cues
from skillgap.nlp.doc_data import (
    CANDIDATES_KEY,
    DOC_KIND_KEY,
    OTHERS_CLAUSES_KEY,
    PHRASES_KEY,
    SPANS_KEY,
    SpanValues,
    all_sentence_bounds,
    cached_attribute,
    doc_text,
    inside_unit_name,
    section_finder,
    sentence_bounds,
    token_strings,
)
from skillgap.nlp.people import staff_words
from skillgap.nlp.phrases import action_verbs
from skillgap.nlp.words import POSSESSIVE_MARKS, role_nouns
from skillgap.taxonomy import Taxonomy

# Skill types that name what a person knows or does; a soft skill before a role noun ("a collaborative
# engineer") and a certification ("AWS Certified Developer") are still asked for.
_ROLE_NAMING_TYPES = frozenset({"hard_skill", "tool", "knowledge", "language", "certification"})
# Words just after a role noun that make the whole a qualification's name, not a job's ("Associate Diploma").
_QUALIFICATION_WORDS = ("diploma", "qualif", "degree", "award", "exam")
# Domains whose skills are what a job works with, like tools: a sentence naming one describes the job's stack.
_STACK_DOMAINS = frozenset(
    {"programming_languages", "frameworks_libraries", "databases", "cloud_devops", "dev_tools_platforms"}
)
# The domain of degrees: one that names the post ("PhD stipend") is not asked for.
_DEGREE_DOMAIN = "degrees_qualifications"
# Different benefits named in one sentence that make it a list of what the employer gives.
_BENEFITS_OF_A_LIST = 2


_A_WORD = re.compile(r"\S+")  # a word with its punctuation, as the reach of a clause counts words


@Language.factory(
    "requirement_levels",
    assigns=[
        "span._.requirement",
        "span._.years",
        "span._.months",
        "span._.about_employer",
        "span._.names_role",
        "span._.not_needed",
        "span._.leisure",
        "span._.contact_channel",
    ],
    requires=["doc.spans", "token.norm"],
)
def make_requirement_levels(nlp: Language, name: str) -> RequirementLevels:
    return RequirementLevels(nlp)


class RequirementLevels:
    """Marks each skill span required, preferred or mentioned, from its section and the cues in its sentence.

    Order of precedence: what is said of the employer never requires (About us, Benefits; outside a
    requirements, skills or duties section, sentences about "we" or "our" that ask nothing of the reader, and
    sentences that address no one and describe the setting; in any section, when the sentence asks nothing, the
    names of its units, "Department of Proteomics", and sentences opening with the employer in the third person;
    wherever they stand, equal-opportunity text, what the ad says of applying, contact blocks, an agency client's
    description, other teams and their tools, the clients' sector, and a degree that names the post, "PhD
    stipend"), nor what the ad says is not needed ("You don't need a degree", training the employer gives); a
    preferred cue in the skill's clause, else its sentence ("would be a plus", "not essential"); a preferred
    heading ("Nice to have": "strong Kafka" there is still a wish); a required cue ("must have", "5+ years"); a
    required heading ("Essential"), unless the sentence is a statement about the employer or its stack; a light cue
    ("familiarity with", "exposure to") makes the rest preferred. A question of what the job needs ("Do I need
    SQL?") takes its level from its answer. Years or months of experience stated for the skill are attached to it
    ("5+ years of Python", "Python (5+ years)", "At least 12 months' phlebotomy experience": `span._.months`, and
    the whole years in `span._.years`) and require it; years that measure the post ("The contract is for 2 years")
    are no experience. A skill that names a role ("DevOps Engineer", "PhD stipend") is marked `names_role`; in the
    plural, such roles are the job's colleagues, said of the employer, when the job works with them ("working
    closely with analysts and data scientists") or the sentence neither asks, addresses nor hires anyone ("The
    team consists of software engineers").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        strings = nlp.vocab.strings
        self.role_hashes = frozenset(strings.add(noun) for noun in role_nouns())
        self.verb_hashes = frozenset(strings.add(verb) for verb in action_verbs())
        self.not_colleague_hashes = frozenset(strings.add(noun) for noun in ad_cues.NOT_COLLEAGUES)

    @functools.cached_property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy of the pipeline's skill_matcher (read when first needed: it is built after this)."""
        if "skill_matcher" not in self.nlp.pipe_names:
            raise ValueError("requirement_levels needs the skill_matcher component before it in the pipeline")
        matcher: Any = self.nlp.get_pipe("skill_matcher")  # a SkillMatcher, typed by spaCy as any callable
        return matcher.taxonomy

    @functools.cached_property
    def skill_types(self) -> dict[str, str]:
        """Skill id -> type."""
        return {skill.id: skill.type for skill in self.taxonomy}

    @functools.cached_property
    def stack_skills(self) -> frozenset[str]:
        """What a job works with: tools, and the languages, frameworks and platforms of the stack domains (not
        their fields of knowledge: "statistics" describes a company as well as a job)."""
        return frozenset(
            skill.id
            for skill in self.taxonomy
            if skill.type == "tool" or (skill.domain in _STACK_DOMAINS and skill.type != "knowledge")
        )

    @functools.cached_property
    def work_skills(self) -> frozenset[str]:
        """Tools, hard skills and the stack: what a job's work is done with or is (not a quality or a field)."""
        return self.stack_skills | {skill.id for skill in self.taxonomy if skill.type in ("tool", "hard_skill")}

    @functools.cached_property
    def degree_skills(self) -> frozenset[str]:
        """Degrees and other academic qualifications."""
        return frozenset(skill.id for skill in self.taxonomy if skill.domain == _DEGREE_DOMAIN)

    def __call__(self, doc: Doc) -> Doc:
        types = self.skill_types
        text = doc_text(doc)
        sentences: dict[int, _SentenceCues] = {}
        skills = list(doc.spans.get(SPANS_KEY, []))  # a span group makes new Span objects on every pass
        words = _DocWords(doc, skills, self.stack_skills, self.verb_hashes, self.role_hashes, self.work_skills)
        others = (*doc.spans.get(CANDIDATES_KEY, []), *doc.spans.get(PHRASES_KEY, []))
        taxonomy_spans = [(span, True) for span in skills]  # candidates and phrases name no role
        marks = ad_cues.criteria_marks(text)
        contact_blocks = ad_cues.contact_blocks(text)
        section_of = section_finder(doc._.line_sections)
        values = SpanValues(doc)
        frames = _ListFrames(text, [span.start_char for span in skills])
        # Whose work a mention is (`span._.colleague`) is read for CVs and profiles only: an ad's colleagues are said of
        # the employer, below.
        reads_colleagues = doc.user_data.get(DOC_KIND_KEY) != "ad"
        for span, in_taxonomy in (*taxonomy_spans, *((span, False) for span in others)):
            sentence_start, sentence_end = sentence_bounds(doc, span.start)
            cues = sentences.get(sentence_start)
            section = section_of(span.start_char)
            # A list item takes the level of the line that frames its list, as it would a heading's, unless it has
            # a cue of its own: "Any of the following would be an advantage:", "Both are essential.".
            framed = frames.level_at(span.start_char)
            framed_section = _FRAMED_SECTIONS.get(framed, section)
            if cues is None:
                listed = framed_section in ad_cues.REQUIRED_SECTIONS or framed_section == "preferred"
                cues = sentences[sentence_start] = _SentenceCues(sentence_start, sentence_end, text, words, listed)
            offset = span.start_char - cues.start_char
            leisure = (
                section == "interests" or offset >= cues.leisure_from or _after_an_amateur_word(text, span.start_char)
            )
            contact_channel = _names_a_contact_channel(text, cues, span)
            cue = _cue_of(span, cues.level_at(offset), text, marks)
            if cue in (None, "light"):  # as under a heading: "Some experience of Xero" under "You will need:"
                section = framed_section
            not_needed = cues.not_needed_at(offset) or (framed == "not needed" and cue is None)
            about_employer = (
                _said_of_the_employer(span, cues, offset, section, cue)
                or (
                    in_taxonomy
                    and span.label_ in self.degree_skills
                    and not cues.asks_anyway  # "Applicants must have completed a PhD project"
                    and _names_the_post(span, words)
                )
                or (bool(contact_blocks) and any(start <= span.start_char < end for start, end in contact_blocks))
                or (framed == "employer" and cue is None)  # under "Who we work with:", "Our research themes:"
            )
            # Years of experience stated for the skill ask for it: "You bring 3 years of Python".
            months = ad_cues.months_of(*_around(text, cues, span)) if cues.states_a_time else None
            if about_employer or not_needed or leisure or contact_channel:
                requirement = "mentioned"
            elif cue == "preferred" or (
                section == "preferred"
                and not (cue == "required" and (cues.demands or cues.in_aside(offset)))
                and not (cue is None and (cues.employer_statement or cues.stack_statement or cues.duty_statement))
            ):
                # A hard cue of its own beats a wishing heading: "Good to have: plants. Must have: retail", "Nice to
                # have: Docker, Kubernetes (essential), Helm". Nor does the heading wish for the tools a duty or a
                # statement about the employer or its stack names: "Cloud (preferred) / AWS certification. / You
                # will deploy services to Kubernetes".
                requirement = "preferred"
            elif (
                cue == "required"
                or months is not None
                or (section in ad_cues.REQUIRED_SECTIONS and not cues.employer_statement and not cues.stack_statement)
            ):
                # A statement about the employer or its stack is no item of the list above it: "Whitlow uses Xero for
                # most clients", "Snowflake is our data warehouse" name the job's tools, they do not require them.
                requirement = "required"
            elif cue == "light":
                requirement = "preferred"  # "familiarity with X" outside an Essential list
            else:
                requirement = "mentioned"
            if (
                requirement == "required"
                and "learn" in text[max(0, span.start_char - 60) : span.start_char]
                and ad_cues.LEARNING.search(text, max(0, span.start_char - 60), span.start_char)
            ):
                requirement = "preferred"  # a willingness to learn it is asked, not the skill: "keen to learn Kotlin"
            # Flags are written only when set: they default to False.
            if not_needed:
                values.set(span, "not_needed", True)
            if leisure:
                values.set(span, "leisure", True)
            if contact_channel:
                values.set(span, "contact_channel", True)
            if about_employer:
                values.set(span, "about_employer", True)
            if reads_colleagues and _done_by_someone_else(span, words, cues, offset):
                values.set(span, "colleague", True)
            values.set(span, "requirement", requirement)
            if months is not None:
                values.set(span, "months", months)
                if months >= 12:
                    values.set(span, "years", months // 12)  # whole years, as said to the user
            if in_taxonomy:
                skill_type = types.get(span.label_)
                if values.get(span, "job_title"):
                    role_noun: int | None = span.end - 1  # "Engineering Manager", not an activity like "interviewing"
                    if requirement != "mentioned" and months is None and not words.asks_to_be(span.start, span.end - 1):
                        # A title names the post, or other people ("Our customers aren't accountants"); it asks
                        # only for what the reader is to be or to have been.
                        requirement = "mentioned"
                        values.set(span, "requirement", requirement)
                elif skill_type in _ROLE_NAMING_TYPES:
                    role_noun = self._role_noun_of(span, words, tool=skill_type == "tool")
                else:
                    role_noun = None
                if role_noun is not None:
                    values.set(span, "names_role", True)
                    if (
                        requirement == "required"
                        and months is None
                        and role_noun + 1 < len(words.texts)
                        and words.texts[role_noun + 1].lower() == "who"
                    ):
                        # The title of the person sought, before what they must have: "a UX Designer who can run
                        # user research" asks for user research, not for the title.
                        requirement = "mentioned"
                        values.set(span, "requirement", requirement)
                    # People in the plural are the job's colleagues when the job works with them ("working
                    # closely with analysts and data scientists"), or in a sentence that neither asks, nor
                    # addresses anyone, nor hires ("The team consists of software engineers").
                    # One person is a colleague after "your" or after a link and a determiner ("report to the
                    # Project Manager"); "As a Data Analyst", "The Project Manager will ..." name the post.
                    plural = words.texts[role_noun].lower().endswith("s")
                    colleague = (
                        months is None
                        and words.norms[role_noun] not in self.not_colleague_hashes
                        and (
                            words.after_colleague_link(span.start, cues.start, people=True, plural=True)
                            or words.owned_by_the_employer(span.start, cues.start)
                            if plural
                            else words.names_a_colleague(span.start, role_noun, cues.start)
                        )
                    )
                    if colleague:
                        values.set(span, "colleague", True)
                    if colleague or (
                        plural
                        and months is None
                        and requirement == "mentioned"
                        and section not in ad_cues.SETTING_ASKING_SECTIONS
                        and cues.speaks_of_others
                    ):
                        values.set(span, "about_employer", True)
                        values.set(span, "requirement", "mentioned")
        if reads_colleagues:
            doc.user_data[OTHERS_CLAUSES_KEY] = _others_clauses(doc, text, words, sentences)
        return doc

    def _role_noun_of(self, span: Span, words: _DocWords, tool: bool) -> int | None:
        """The role noun, when the skill is written as (part of) the name of a job or a post: it ends in one ("Site
        Reliability Engineer"), or a role noun follows it across other skills and capitalised words ("DevOps
        engineers", "Android Software Engineer", "SAP Cloud Solution Specialist", "UI/UX Designer"); and it is
        not a certificate's name ("AWS DevOps Engineer certification")."""
        texts = words.texts
        end = span.end
        # A form that itself ends in a role noun names the role ("Site Reliability Engineer"), unless it is a
        # product ("Google Tag Manager", "Altium Designer") or an activity ("interviewing candidates").
        own_noun = words.role_noun(end - 1)
        if own_noun and (tool or any(text.endswith("ing") for text in texts[span.start : end - 1])):
            return None
        noun = end - 1
        if not own_noun:
            while end < len(texts) and end - span.end < ad_cues.TITLE_REACH and not words.role_noun(end):
                text = texts[end]
                if not (end in words.skill_tokens or text in ad_cues.TITLE_JOINERS or text.istitle() or text.isupper()):
                    return None
                end += 1
            if end >= len(texts) or not words.role_noun(end):
                return None
            noun = end
        if any(word.lower().startswith("certif") for word in texts[span.end : end + 4]):
            return None  # a certificate's name: "AWS DevOps Engineer certification"
        if noun + 1 < len(texts) and texts[noun + 1].lower().startswith(_QUALIFICATION_WORDS):
            return None  # a qualification's name: "CIPD Level 5 Associate Diploma"
        return noun


# Words before one person's title that make them someone the job or the writer works with: "your line manager", "my
# supervisor", "her team leader".
_SOMEONES = frozenset({"your", "my", "his", "her"})


class _DocWords:
    """What the sentence cues read of the Doc, taken out once: token texts and norm hashes, and where the skills
    and the tools among them are."""

    def __init__(
        self,
        doc: Doc,
        skills: list[Span],
        stack: frozenset[str],
        verb_hashes: frozenset[int],
        role_hashes: frozenset[int],
        work: frozenset[str],
    ) -> None:
        self.doc = doc
        self.texts = token_strings(doc)[0]
        self.norms: list[int] = doc.to_array(NORM).tolist()
        self.skill_tokens = {k for span in skills for k in range(span.start, span.end)}
        self.tool_starts = [span.start for span in skills if span.label_ in stack]
        # Where a skill of the work itself (a tool, a hard skill, the stack) starts, not a quality or a field.
        self.work_starts = [span.start for span in skills if span.label_ in work]
        self.verb_hashes = verb_hashes
        self.role_hashes = role_hashes
        self.verb_texts = action_verbs()

    @cached_attribute
    def offsets(self) -> list[int]:
        """The character offset of each token."""
        return self.doc.to_array(IDX).tolist()

    def char_bounds(self, start: int, end: int) -> tuple[int, int]:
        """(start_char, end_char) of tokens [start, end), as `doc[start:end]` gives them, without making a Span."""
        offsets = self.offsets
        return offsets[start], offsets[end - 1] + len(self.texts[end - 1])

    @cached_attribute
    def title_roles(self) -> frozenset[str]:
        """The posts of the role nouns on the document's first line with words, its title as ads open with one
        ("Full Stack Developer")."""
        roles: set[str] = set()
        for k, text in enumerate(self.texts):
            if "\n" in text:
                if roles or any(t.strip() for t in self.texts[:k]):
                    break
                continue
            if self.role_noun(k):
                roles.add(self.post_of(k))
        return frozenset(roles)

    def post_of(self, k: int) -> str:
        """The post a role noun names, one for words used alike ("developer", "engineer")."""
        norm = self.doc.vocab.strings[self.norms[k]]
        return ad_cues.SAME_POSTS.get(norm, norm)

    def after_colleague_link(self, k: int, sentence_start: int, *, people: bool = False, plural: bool = False) -> bool:
        """Whether the words before token `k` say whom the job works with ("with", "alongside", "among"), across a
        list of people and their descriptions ("with analysts and data scientists", "alongside other software
        developers and DevOps engineers"), not across a verb ("mentoring Java developers"). Before `people` (role
        nouns, not a team), also for or to whom (`links_to_someone`: "explain it to engineers, project managers",
        "support business analysts"). Even after words of experience: "Experience working with mental health
        nurses" asks for that experience, not for nursing (people a job serves are no colleagues: see
        `ad_cues.NOT_COLLEAGUES`). Before people in the plural (`plural`), "to" links before any word of their title
        that is no verb: "presenting to fund managers", not "used to onboard new testers"."""
        for j in range(k - 1, max(sentence_start - 1, k - 1 - ad_cues.COLLEAGUE_REACH), -1):
            text = self.texts[j]
            lower = text.lower()
            if self.links_to_someone(j) if people else lower in ad_cues.COLLEAGUE_LINKS:
                return True
            if plural and lower == "to" and self.texts[j + 1].lower() not in action_verbs():
                return True  # (what follows it, up to the people, is their title), not a verb: "to onboard testers"
            if not (lower in ad_cues.PEOPLE_LIST_WORDS or self.in_a_title(j, sentence_start)):
                return False
        return False

    def after_collaboration(self, span: Span, sentence_start: int) -> bool:
        """Whether `span` is an item of a list of the fields the job collaborates with, after a word of collaboration
        and "with": "a collaborative approach with design, animation and code", "work closely with product
        management and development" name the colleagues' disciplines, not skills asked of the reader. Not a skill
        that names the working itself ("collaborate with cross-functional teams"), an activity ("liaise with clients
        and mentor junior staff"), nor the head of a longer phrase ("... with academia project management skills")."""
        texts = self.texts
        k, end = span.start, span.end
        if texts[end - 1].lower() in ad_cues.TEAM_NOUNS or self.norms[k] in self.verb_hashes:
            return False
        if end < len(texts) and texts[end].isalnum() and texts[end].lower() not in STOP_WORDS:
            return False
        for j in range(k - 1, max(sentence_start - 1, k - 1 - ad_cues.COLLEAGUE_REACH), -1):
            lower = texts[j].lower()
            if lower == "with":
                # "collaborate with", "a collaborative approach with", "working closely with"
                return any(
                    texts[i].lower().startswith(ad_cues.COLLABORATION_WORDS)
                    for i in range(max(sentence_start, j - 2), j)
                )
            if lower in ad_cues.TEAM_NOUNS:
                return False  # a new phrase after the colleagues: "with quality colleagues and take ownership"
            if not (lower in ad_cues.PEOPLE_LIST_WORDS or j in self.skill_tokens or self._names_a_field(j)):
                return False
        return False

    def _names_a_field(self, j: int) -> bool:
        """Whether token `j` may be a word of a discipline's name in a list ("design", "animation"): a word, not a
        function word, nor a verb unless it is a whole item ("design, animation": not "to deliver")."""
        text = self.texts[j]
        if not text.isalpha() or text.lower() in STOP_WORDS:
            return False
        return self.norms[j] not in self.verb_hashes or self.texts[j + 1].lower() in ad_cues.PEOPLE_LIST_WORDS

    def in_a_title(self, j: int, sentence_start: int) -> bool:
        """Whether token `j` can stand in the title of people the walks back from a role noun cross: a role noun, a
        skill, a capitalised word, or a participle after a determiner ("the assigned Project Manager")."""
        return (
            self.role_noun(j)
            or j in self.skill_tokens
            or self.texts[j][:1].isupper()
            or self.describes_people(j, sentence_start)
        )

    def names_a_colleague(self, k: int, role_noun: int, sentence_start: int) -> bool:
        """Whether the title of one person that starts at token `k` (its role noun at `role_noun`) names someone the
        job or the writer works with, not the post: after "your" ("your line manager"), a CV's "my" or "his" ("by my
        independent prescriber"), or after a link and a
        determiner, across a list of such people ("report to the Project Manager", "supporting the General
        Manager", "with the Data Analyst and the Graphic Designer", "with the client and the Occupational
        Therapist").
        Not "As a Data Analyst", "The Project Manager will ...", "our new Quantity Surveyor", "promoted to Project
        Manager", "Candidates with AWS Certified Solutions Architect", nor the name of the post ("for the Data
        Analyst role")."""
        texts = self.texts
        if texts[role_noun].lower() in ad_cues.TEAM_NOUNS:
            return False  # a team a skill names is the field the job works in: "support the purchase ledger team"
        if role_noun + 1 < len(texts) and texts[role_noun + 1].lower() in ad_cues.POST_WORDS:
            return False
        for j in range(k - 1, max(sentence_start - 1, k - 1 - ad_cues.COLLEAGUE_REACH), -1):
            text = texts[j]
            lower = text.lower()
            if lower in _SOMEONES:
                return True
            definite = lower in ad_cues.DEFINITE_DETERMINERS
            if definite or lower in ad_cues.INDEFINITE_DETERMINERS:
                before = texts[j - 1].lower() if j > sentence_start else ""
                if (j > sentence_start and self.links_to_someone(j - 1)) or (definite and before == "for"):
                    return True
                if before not in ad_cues.COORDINATORS:
                    return False
            elif not (
                lower in ad_cues.COORDINATORS
                or self.in_a_title(j, sentence_start)
                or self.modifies_a_person(j)
                or lower + "s" in ad_cues.PEOPLE_LIST_WORDS  # one served, listed first: "with the client and the OT"
            ):
                return False
        return False

    def asks_to_be(self, k: int, role_noun: int) -> bool:
        """Whether the job title from token `k` to `role_noun` says what the reader is to be or to have been:
        after "as" ("Experience as a Store Manager", "as a Product Owner or Product Manager"), after "be", "you
        are" or "are you" and an article ("You'll need to be an experienced UI Developer"), after a word of
        qualification ("a qualified accountant", "Time-served plumber"), or before a qualification's noun ("SOC
        analyst experience", "internal auditor certificate")."""
        texts = self.texts
        if role_noun + 1 < len(texts) and texts[role_noun + 1].lower() in ad_cues.TITLE_QUALIFICATION_NOUNS:
            return True
        for j in range(k - 1, max(-1, k - 1 - ad_cues.TITLE_CUE_REACH), -1):
            lower = texts[j].lower()
            if lower == "as" or lower in ad_cues.TITLE_QUALIFIERS:
                return True
            if lower in ad_cues.INDEFINITE_DETERMINERS:
                before = texts[j - 1].lower() if j > 0 else ""
                earlier = texts[j - 2].lower() if j > 1 else ""
                return before == "as" or before in ad_cues.TITLE_BE or {before, earlier} == {"you", "are"}
            if lower in ad_cues.COORDINATORS or lower == "-" or texts[j][:1].isupper():
                continue  # across other titles and names: "a Product Owner or Product Manager", "ACCA or CIMA"
            if not lower.isalpha() or lower in ad_cues.TITLE_STOP_WORDS:
                return False  # "looking for a", "with our", "in the"
        return False

    def modifies_a_person(self, j: int) -> bool:
        """Whether token `j` is a lower-case word before a role noun that says which person: "the ward psychologist
        and the CBT therapist"; not a verb ("to mentor") or a word that links or introduces ("with", "the")."""
        text = self.texts[j]
        return (
            j + 1 < len(self.texts)
            and self.role_noun(j + 1)
            and text.isalpha()
            and text.islower()
            and text not in ad_cues.TITLE_STOP_WORDS
            and self.norms[j] not in self.verb_hashes
        )

    def describes_people(self, j: int, sentence_start: int) -> bool:
        """Whether token `j` is a participle that describes the people after a determiner: "our visiting speech and
        language therapists", "the assigned Project Manager"; not a verb whose object they are ("with mentoring
        Java developers")."""
        return (
            j > sentence_start
            and self.texts[j].endswith(("ing", "ed"))
            and self.texts[j - 1].lower() in ad_cues.PEOPLE_DETERMINERS
        )

    def links_to_someone(self, j: int) -> bool:
        """Whether token `j` links the job to the people after it (`ad_cues.LINKS_TO_SOMEONE`). "to" does only
        before a determiner, a capital or people in the plural ("report to the Project Manager", "explain it to
        engineers"), not before a verb ("step up to mentor other team members", "to interact with customer team
        members")."""
        lower = self.texts[j].lower()
        if lower not in ad_cues.LINKS_TO_SOMEONE:
            return False
        if lower != "to":
            return True
        if j + 1 >= len(self.texts):
            return False
        after = self.texts[j + 1]
        return (
            after.lower() in ad_cues.DEFINITE_DETERMINERS
            or after.lower() in ad_cues.INDEFINITE_DETERMINERS
            or after[:1].isupper()
            or (after.endswith("s") and not after.endswith(_NOT_PLURAL_ENDINGS))  # "to claims managers"
        )

    def owned_by_the_employer(self, k: int, sentence_start: int) -> bool:
        """Whether the words before token `k` make what follows the employer's own people or team: "our Android
        developers", "our team of Gas Safe engineers", "for our red team"; not the team the job joins or runs
        ("join our Data Engineering team", "lead our team of Java developers")."""
        for j in range(k - 1, max(sentence_start - 1, k - 1 - ad_cues.COLLEAGUE_REACH), -1):
            lower = self.texts[j].lower()
            if lower in ("our", "their"):
                before = self.texts[j - 1].lower() if j > sentence_start else ""
                welcomed = before == "to" and j - 2 >= sentence_start and self.texts[j - 2].lower() == "you"
                return (
                    before not in ad_cues.OWN_TEAM_BEFORE and not welcomed
                )  # "We'd love to welcome you to our ... team"
            if not (
                lower in ad_cues.PEOPLE_LIST_WORDS
                or self.role_noun(j)
                or j in self.skill_tokens
                or self.describes_people(j, sentence_start)
                or self.describes_the_employers_people(j, sentence_start)
            ):
                return False
        return False

    def describes_the_employers_people(self, j: int, sentence_start: int) -> bool:
        """Whether token `j` is a lower-case word just after "our" or "their", which describes the people after it:
        "our local guides, cooks and porters", "their senior engineers"."""
        text = self.texts[j]
        return (
            j > sentence_start and text.isalpha() and text.islower() and self.texts[j - 1].lower() in ("our", "their")
        )

    def names_a_line_of_business(self, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
        """Whether the skill at tokens [start, end) qualifies an organisation's noun that a determiner of the
        employer introduces, across skills coordinated with it: "our physiotherapy and sports massage clinic",
        "I run a small plastering business"; not "SaaS company experience"."""
        texts = self.texts
        k = end - 1  # the skill may end with the noun: "a busy veterinary practice"
        if texts[k].lower() not in ad_cues.BUSINESS_NOUNS:
            following = texts[end].lower() if end < len(texts) else ""
            if following not in ad_cues.BUSINESS_NOUNS and following not in ad_cues.COORDINATORS:
                return False  # the common case: no organisation's noun, nor a coordinated skill, comes next
            k = end
            while k < sentence_end and (texts[k].lower() in ad_cues.COORDINATORS or k in self.skill_tokens):
                k += 1
            if k >= sentence_end or texts[k].lower() not in ad_cues.BUSINESS_NOUNS:
                return False
        following = texts[k + 1] if k + 1 < sentence_end else ""
        if following.isalpha() and following.lower() not in ad_cues.BUSINESS_NOUN_CLOSERS:
            return False  # a compound goes on: "SaaS company experience", "a big data business application"
        for j in range(start - 1, max(sentence_start - 1, start - 1 - ad_cues.DETERMINER_REACH), -1):
            lower = texts[j].lower()
            if lower in ad_cues.BUSINESS_DETERMINERS:
                # Not a unit the job acts on: "You will manage our cybersecurity practice", "Improve our employer
                # brand"; but "I run a small plastering business".
                before = texts[j - 1].lower() if j > sentence_start else ""
                if lower == "our":
                    return before in ad_cues.BEFORE_THE_EMPLOYERS
                # "a" introduces the employer after what says who it is ("We're a", "Acme, a", "joining a"), not
                # an item of a list ("services include ... and a private travel clinic").
                return before in ad_cues.BUSINESS_INTRODUCERS
            hyphenated = texts[j + 1] == "-" or (j > sentence_start and texts[j - 1] == "-")
            if (
                not (lower.replace("-", "").isalpha() or lower in ("-", ","))
                or lower in ad_cues.STOP_BEFORE_BUSINESS
                or (lower in self.verb_texts and not hyphenated)  # "family-run"
                or (j not in self.skill_tokens and ad_cues.PLURAL_ENDING.search(lower) is not None)
            ):
                return False  # no adjective of the organisation's: "Our customers need Kubernetes expertise"
        return False

    def counted_people(self, k: int) -> bool:
        """Whether token `k` is a plural counted or owned: "300 researchers", "our engineers", "many nurses"."""
        if not self.texts[k].endswith("s"):
            return False
        return any(
            self.texts[j].replace(",", "").replace("+", "").isdigit()
            or self.texts[j].lower() in ad_cues.PEOPLE_COUNTERS
            for j in range(max(0, k - 2), k)
        )

    def role_noun(self, k: int) -> bool:
        """Whether token `k` names a job or a post. On the norm, so that plurals count ("engineers"), but not a
        field named by its -ing form, whose lemma is the role's ("software engineering" -> "engineer")."""
        return self.norms[k] in self.role_hashes and not self.texts[k].lower().endswith("ing")

    def names_a_profession(self, k: int) -> bool:
        """Whether token `k` names people by their job: a role noun, or a profession by its ending ("audiologist",
        "technician", "radiographer"), which the role nouns need not list to tell a colleague. Not for the name
        of a post, where an organisation's name ends so too ("Registration Council for Clinical Physiologists")."""
        return self.role_noun(k) or self.texts[k].lower().removesuffix("s").endswith(_ROLE_ENDINGS)

    def names_a_skill(self, tokens: range) -> bool:
        """Whether any of `tokens` is part of a skill span."""
        return any(k in self.skill_tokens for k in tokens)


_ROLE_ENDINGS = ("ologist", "ician", "ographer", "ionist", "apist", "macist")
# Endings of words in "s" that are no plural: "to discuss", "to focus", "this".
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")
# The section a list's framing level stands for.
_FRAMED_SECTIONS: dict[str | None, str] = {"preferred": "preferred", "required": "requirements"}


class _ListFrames:
    """The level that the lines framing a list give its items: the line just above the list's run of item lines
    ("Any of the following would be an advantage:"), else the line just below it ("Both are essential."), when
    that names no skill of its own ("Experience in both B2B and SaaS is essential"). Worked out once per list."""

    def __init__(self, text: str, skill_starts: list[int]) -> None:
        self.text = text
        self.skill_starts = sorted(skill_starts)
        self._levels: dict[int, str | None] = {}  # an item line's start -> its list's level

    def level_at(self, offset: int) -> str | None:
        """The level of the list the line holding character `offset` belongs to: "required", "preferred", "not
        needed", "employer" (the employer's business), or None (no frame, or not a list item)."""
        text = self.text
        start = text.rfind("\n", 0, offset) + 1
        if start in self._levels:
            return self._levels[start]
        if not _is_item(self._line(start)):
            self._levels[start] = None
            return None
        first = last = start
        while first > 0 and _is_item(self._line(text.rfind("\n", 0, first - 1) + 1)):
            first = text.rfind("\n", 0, first - 1) + 1
        while (following := self._next_line(last)) is not None and _is_item(self._line(following)):
            last = following
        level = None
        # The last sentence of the line above: "We're a family-run workshop. We need a mechanic who has:". A heading
        # too: its cues read more than its keywords ("None of the following are essential:").
        above = self._line(text.rfind("\n", 0, first - 1) + 1).strip() if first > 0 else ""
        if above and ad_cues.LIST_LEAD_IN.search(above):
            level = ad_cues.framing_level(ad_cues.SENTENCE_END.split(above)[-1].lower())
        below_start = self._next_line(last)
        below = self._line(below_start).strip().lower() if below_start is not None else ""
        if (
            level is None
            and below_start is not None
            and below
            and ad_cues.LIST_CLOSER.search(below)
            and not self._names_a_skill(below_start)
        ):
            level = ad_cues.framing_level(below)
        line: int | None = first
        while line is not None and line <= last:  # every item line of the list
            self._levels[line] = level
            line = self._next_line(line)
        return level

    def _names_a_skill(self, line_start: int) -> bool:
        index = bisect.bisect_left(self.skill_starts, line_start)
        return index < len(self.skill_starts) and self.skill_starts[index] < line_start + len(self._line(line_start))

    def _line(self, start: int) -> str:
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end < 0 else end]

    def _next_line(self, start: int) -> int | None:
        end = self.text.find("\n", start)
        return None if end < 0 or end + 1 >= len(self.text) else end + 1


def _asks(text: str) -> bool:
    """Whether a sentence ends in a question mark, inside bold or italic marks too: "**Do I need Sage?**"."""
    return text.rstrip().rstrip("*_").endswith("?")


def _is_item(line: str) -> bool:
    """Whether a line is a list item: a bullet or number, or a symbol before a space ("→ C+E licence", "🌱 RHS")."""
    if ad_cues.LIST_ITEM.match(line):
        return True
    stripped = line.lstrip()
    return len(stripped) > 2 and stripped[1] == " " and unicodedata.category(stripped[0]) in ("So", "Sm")


class _SentenceCues:
    """What a sentence's own words say, each worked out once and only when asked for (on the lower-cased
    text: the patterns hold no capitals, and a case-insensitive search is slower)."""

    def __init__(
        self, start: int, end: int, doc_text: str, words: _DocWords, under_level_heading: bool = False
    ) -> None:
        """The sentence of tokens [start, end). `under_level_heading`: it stands under a heading (or label) that
        gives its lists a level."""
        self.start, self.end = start, end
        self.start_char, self.end_char = words.char_bounds(start, end)
        self.doc_text = doc_text
        self.original = doc_text[self.start_char : self.end_char]
        self.text = self.original.lower()
        # What opens the sentence's line before it, if anything: a list marker ("1. ", "- ") split off as a
        # sentence of its own.
        line_start = doc_text.rfind("\n", 0, self.start_char) + 1
        self.line_opening = doc_text[line_start : self.start_char]
        # A question is answered by the sentence after it: "Hands-on with Ansible? Even better.", "No A Levels? No
        # problem."
        self.words = words
        self.answer = self._next_sentence[2] if _asks(self.text) and self._next_sentence else ""
        self.under_level_heading = under_level_heading
        self._employer_parts: dict[int, bool] = {}  # start of a part between semicolons -> said of "we"
        # Parts whose cues are their own ("SIEM tools (Microsoft Sentinel preferred)"): the sentence's cues are
        # read without them.
        self.asides = self._asides(self.original) if ad_cues.holds_any(self.text, ad_cues.ASIDE_MARKS) else []
        self.cue_text = self.text
        for start, end, _ in self.asides:
            self.cue_text = self.cue_text[:start] + " " * (end - start) + self.cue_text[end:]
        if ad_cues.holds_any(self.cue_text, ad_cues.QUALITY_ANCHORS) and self._employer_speaks_of_itself:
            # Its qualities are no request: "We are strong believers in Open Source" (blanked, keeping offsets).
            self.cue_text = ad_cues.QUALITY_CUES.sub(lambda match: " " * len(match.group()), self.cue_text)

    @property
    def _employer_speaks_of_itself(self) -> bool:
        """Whether the sentence opens with the employer as its subject, "we", "our" or in the third person, and
        seeks no one: "Our tech team is 5 strong today"; not "We are looking for someone with strong SQL"."""
        if ad_cues.SEEKS_SOMEONE.search(self.text) is not None:
            return False
        return ad_cues.FIRST_PERSON_OPENING.match(self.text) is not None or self.opens_with_the_employer

    def _asides(self, original: str) -> list[tuple[int, int, str]]:
        """(start, end, level) of the parts of the sentence whose cues are their own:
        - parentheses that name something and say how much it is wanted: "(Microsoft Sentinel preferred)", "(Jamf
          experience is a must)", each part of "(AWS required, Azure preferred)";
        - a bare cue in parentheses, for the item just before it: "Degree in a science subject (essential) and
          experience of LIMS (desirable)";
        - a relative clause between commas: "The successful candidate, who must hold SC clearance, will ...";
        - words between two dashes that name something and say how much it is wanted: "Linux – RHEL preferred –"."""
        asides, bare = [], []
        for match in ad_cues.PARENTHESES.finditer(self.text):
            breaks = [match.start() + m.start() for m in ad_cues.LIST_CLAUSE_BREAKS.finditer(match.group())]
            bounds = itertools.pairwise([match.start(), *breaks, match.end()])
            parts = [(start, end, ad_cues.level_of(self.text[start:end])) for start, end in bounds]
            cued = [level for _, _, level in parts if level in ("required", "preferred")]
            if not cued:
                continue
            if not self._names_something(match.start(), match.end(), original) and ad_cues.bare_cue(match.group()):
                before = self.text[: match.start()]
                item_start = max(before.rfind(mark) for mark in (",", ";", " and ", " or ", "(", ":"))
                list_item_start = max(before.rfind(mark) for mark in (",", ";", "(", ":"))
                bare.append((max(item_start, 0), match.end(), cued[-1], max(list_item_start, 0)))
            elif len(set(cued)) == 1:
                asides.append((match.start(), match.end(), cued[0]))
            else:
                asides += [(start, end, level) for start, end, level in parts if level in ("required", "preferred")]
        # A bare cue is for its own item when the sentence has other cues ("Degree (essential) and LIMS
        # (desirable)") or stands under a heading that gives its list a level ("Requirements: Terraform, AWS,
        # Ansible (helpful)"); alone, it is for the sentence ("Very good German and English (at least C1)").
        outside = self.text
        for start, end, _, _ in bare:
            outside = outside[:start] + " " * (end - start) + outside[end:]
        if len(bare) > 1 or (bare and ad_cues.level_of(outside) is not None):
            asides += [(start, end, level) for start, end, level, _ in bare]
        elif bare and (
            self.under_level_heading
            or (bare[0][2] == "preferred" and (bare[0][3] > 0 or "," in self.text[bare[0][1] :]))
        ):
            # Under a heading that levels the list, or a wish for one item of a list ("You'll write Terraform, AWS
            # CDK (nice) and Python"): the whole item between commas ("Python and SQL (nice to have)" wishes for
            # both).
            asides += [(list_item_start, end, level) for _, end, level, list_item_start in bare]
        if " – " in self.text or " — " in self.text or " - " in self.text:
            # Between two dashes, like parentheses: "Linux administration – RHEL preferred – and scripting in Bash".
            for match in ad_cues.DASH_ASIDE.finditer(self.text):
                inside = match.start("inside"), match.end("inside")
                level = ad_cues.level_of(match.group("inside"))
                if level in ("required", "preferred") and self._names_something(*inside, original):
                    asides.append((match.start(), match.end(), level))
        for match in ad_cues.WHO_ASIDE.finditer(self.text):
            level = ad_cues.level_of(match.group())
            if level in ("required", "preferred"):
                asides.append((match.start(), match.end(), level))
        return sorted(asides)

    @cached_attribute
    def _colon_head_level(self) -> str | None:
        """The level a short lead-in before a colon gives the parts after it: "The following would be a plus:
        Excel; knowledge of SQL"."""
        colon = self.cue_text.find(":")
        if colon < 0 or colon > ad_cues.COLON_HEAD_REACH:
            return None
        return ad_cues.level_of(self.cue_text[:colon])

    def _names_something(self, start: int, end: int, original: str) -> bool:
        """Whether characters [start, end) of the sentence hold a skill or a capitalised name besides cue words
        ("Manhattan" in "(Manhattan preferred)"; not "(Essential)", "(E)")."""
        if self.words.names_a_skill(self._tokens_between(start, end)):
            return True
        return any(
            len(word) > 1 and ad_cues.level_of(word.lower()) is None
            for word in ad_cues.CAPITALISED.findall(original[start:end])
        )

    @cached_attribute
    def level(self) -> str | None:
        """The level its cues give: "preferred", "required", "light" or None."""
        return ad_cues.level_of(self.cue_text)

    @cached_attribute
    def _asking_level(self) -> str | None:
        """The level its cues give, leaving out words that praise an organisation ("a university with a strong
        commitment to research") and what is important to it ("data is crucial to our business")."""
        if self.level != "required":
            return self.level
        return ad_cues.level_of(ad_cues.IMPORTANCE.sub(" ", ad_cues.PRAISE.sub(" ", self.cue_text)))

    @cached_attribute
    def states_a_time(self) -> bool:
        return "year" in self.text or "yr" in self.text or "month" in self.text

    def level_at(self, offset: int) -> str | None:
        """The level for a skill at character `offset`: its own aside's or clause's cues when they give one
        ("Salesforce isn't essential, but SQL is a must"), else the sentence's ("Must have: Python, and Kafka
        too"), else the answer to it when it is a question ("Hands-on with Ansible? Even better.")."""
        level = self._level_in_sentence(offset) if not self.need_question else None
        if self.need_question and self.answer:
            # "Do you need to know SQL? It'd be handy.", "Is Kubernetes required? Nope.": the answer decides.
            if self._answer_goes_on_level is not None:
                return self._answer_goes_on_level  # "Do I need a degree? No. It's a plus, though."
            if ad_cues.YES.match(self.answer):
                return "required"
            return self._answer_level
        if level is None and self.answer:
            if self._answer_goes_on_level is not None:
                return self._answer_goes_on_level  # "Can I still apply? Yes! It's desirable rather than essential."
            if self._answered_without_it == "required":
                return "required"  # "Is it OK if I don't have a CSCS card? No."
            if len(self.answer.split()) <= ad_cues.ANSWER_MAX_WORDS or self._answer_level is not None:
                return self._answer_level
        if level is None and self._screening_question:
            return "required"  # "Do you hold a Level 3 Early Years Educator qualification?"
        return level

    @cached_attribute
    def _screening_question(self) -> bool:
        """Whether the sentence asks whether the reader has something (`ad_cues.SCREENING_QUESTION`)."""
        return ad_cues.SCREENING_QUESTION.match(self.text) is not None and self._is_question

    @cached_attribute
    def _answer_level(self) -> str | None:
        """The level the answer says: all its cues when it is short or names no skill of its own ("Not essential,
        but it would certainly help."), else what it says of the thing asked about ("Do you hold a CISSP? It's a
        requirement of our contract, like SC clearance")."""
        start, end, answer = self._next_sentence
        if len(answer.split()) <= ad_cues.ANSWER_MAX_WORDS or not self.words.names_a_skill(range(start, end)):
            return ad_cues.level_of(answer)
        said = ad_cues.ANSWERED_LEVEL.search(answer)
        return ad_cues.level_of(said.group()) if said else None

    @cached_attribute
    def _answered_without_it(self) -> str | None:
        """For a question asked from without the skill, what its yes or no says: "not needed" ("Can I apply without
        Welsh? Of course!", "Does it matter if I haven't used Jira? No.") or "required" ("Is it OK if I don't have a
        CSCS card? No."); None for any other sentence or answer."""
        if not self.answer:
            return None
        if ad_cues.WITHOUT_IT_OK.match(self.text):
            yes, no = "not needed", "required"
        elif ad_cues.WITHOUT_IT_MATTERS.match(self.text):
            yes, no = "required", "not needed"
        else:
            return None
        if ad_cues.YES_TO_IT.match(self.answer):
            return yes
        return no if ad_cues.NO_TO_IT.match(self.answer) else None

    @cached_attribute
    def _answer_goes_on_level(self) -> str | None:
        """When the answer is only a yes or a no, the level the sentence after it says: "Can I still apply? Yes!
        It's desirable rather than essential." (what it says of the skill, in a longer sentence)."""
        if not self.answer or not ad_cues.BARE_ANSWER.match(self.answer):
            return None
        _, answer_end, _ = self._next_sentence
        after = self._sentence_at(answer_end)
        doc = self.words.doc
        if after is None or "\n" in self.doc_text[doc[answer_end - 1].idx : doc[after[0]].idx]:
            return None  # on the answer's line only: a line below may be a heading ("Nice to have")
        if self.words.names_a_skill(range(after[0], after[1])):
            return None  # it speaks of another skill: "Do I need Python? No. SQL is essential."
        return ad_cues.level_of(after[2])

    @cached_attribute
    def need_question(self) -> bool:
        """Whether the sentence asks what the job needs, as FAQ-style ads do: "Do I need to know SQL?", "Is a PhD
        required?"."""
        return _asks(self.text) and ad_cues.NEED_QUESTION.match(self.text) is not None

    @cached_attribute
    def _is_question(self) -> bool:
        """Whether the sentence asks, also before an aside: "Do you hold a Security+ certification? (A 'yes' is
        needed to proceed)"."""
        return _asks(ad_cues.PARENTHESES.sub("", self.text))

    def in_aside(self, offset: int) -> bool:
        """Whether character `offset` is inside an aside with cues of its own."""
        return self._aside_level(offset) is not None

    def _aside_level(self, offset: int) -> str | None:
        """The level of the aside holding character `offset`, if any."""
        for start, end, level in self.asides:
            if start <= offset < end:
                return level
        return None

    def _level_in_sentence(self, offset: int) -> str | None:
        level = self._aside_level(offset)
        if level is not None:
            return level
        clauses = self._contrasted_clauses
        if len(clauses) > 1:
            # Found by bisection, as are list items below: a pasted line may hold thousands of clauses.
            index = bisect.bisect_right(self._clause_starts, offset) - 1
            start, end = clauses[index]
            level = self._contrasted_levels[index] if start <= offset < end else None
            # A list in the clause is read item by item: "– 2 years of AP required, Sage 50 helpful".
            listed = level == "preferred" and self._listed_levels and ad_cues.requires(self.cue_text, start, end)
            if level is not None and not listed:
                return level
            colon = self.cue_text.find(":")
            if not listed and colon >= 0 and offset > colon and self._colon_head_level is not None:
                return self._colon_head_level
            if level is None and self._wish_only_after(index):
                return None  # a later clause's wish is said of its own subject: "A degree; a Masters is a plus"
            if (
                level is None
                and index > 0
                and ad_cues.NEW_SUBJECT.match(self.cue_text, start, end) is not None
                and all(later is None for later in self._contrasted_levels[index + 1 :])
            ):
                # A later clause with a subject of its own and no cue says what the job or the employer does:
                # "SolidWorks is necessary - you'll be producing 3D models and BOMs", "Kubernetes is a must - we
                # run everything on EKS".
                return None
        if self.level == "preferred" and self._listed_levels:
            # A wish closing one item of a list: "NMC registration, with a mentorship qualification welcome",
            # "Python essential, knowledge of SQL helpful". An item without cues of its own takes the line's level
            # without that wish, unless it is a bare name the wish lists too ("AWS, Azure or GCP helpful").
            items = self._listed_levels
            index = bisect.bisect_right(self._item_starts, offset) - 1
            start, end, level = items[index]
            if start <= offset < end:
                if level is not None:
                    return level
                if self._wished_with_the_next(index) or (
                    index > 0 and ad_cues.WISH_ADVERB.match(self.cue_text[items[index - 1][0] : items[index - 1][1]])
                ):
                    return "preferred"  # "..., and, ideally, experience of autism support"
                if self._first_required_item < index:
                    return self._level_without_wishes  # a requirement opens the list
                return self._level_without_clause_wishes
        return self.level

    def _wish_only_after(self, index: int) -> bool:
        """Whether the sentence's cues all come after contrasted clause `index` and only wish, for a subject of their
        own: "A degree or equivalent experience; a Masters is a plus", "Python, but Django is a plus"; not "Python,
        SQL – both a plus" or "Hibernate – nice to have", which say it of what comes before."""
        levels = self._contrasted_levels
        if any(level is not None for level in levels[:index]) or "preferred" not in levels[index + 1 :]:
            return False
        if any(level not in (None, "preferred") for level in levels[index + 1 :]):
            return False
        if ad_cues.level_of(self.cue_text[: self._contrasted_clauses[index][1]]) is not None:
            return False
        later = self.cue_text[self._contrasted_clauses[index + 1][0] :]
        return ad_cues.BACK_REFERENCE.search(later) is None and ad_cues.BARE_WISH_CLAUSE.match(later) is None

    @cached_attribute
    def _clause_starts(self) -> list[int]:
        return [start for start, _ in self._contrasted_clauses]

    @cached_attribute
    def _item_starts(self) -> list[int]:
        return [start for start, _, _ in self._listed_levels]

    @cached_attribute
    def _first_required_item(self) -> int:
        """The index of the first list item that requires by its own cues; the number of items when none does."""
        levels = [level for _, _, level in self._listed_levels]
        return levels.index("required") if "required" in levels else len(levels)

    def _wished_with_the_next(self, index: int) -> bool:
        """Whether list item `index` and the items after it up to a wish are bare names the wish closes: "AWS,
        Azure or GCP helpful"; not "CSCS card, SSSTS helpful" or "QTS, with SEN experience welcome"."""
        if self._first_required_item < index:
            return False  # a requirement opens the list: "Must be proficient in Excel, Word and Outlook, Sage helpful"
        first_start = self._listed_levels[index][0]
        for start, end, level in self._listed_levels[index:]:
            item = ad_cues.LEAD_IN.sub("", self.cue_text[start:end].strip(" ,;").lstrip(BULLET_MARKS + " "))
            if level == "preferred":
                # Not a wish of its own after a semicolon or a contrast: "A degree; a Masters is a plus", "Python,
                # but Django is a plus".
                apart = ";" in self.cue_text[first_start:start] or item.split(" ", 1)[0] in ad_cues.CONTRAST_WORDS
                return not (item.startswith("with ") or apart)
            if level is not None or not ad_cues.BARE_NAME.fullmatch(item) or ad_cues.QUALIFIER_WORDS.search(item):
                return False
        return False

    @cached_attribute
    def _level_without_clause_wishes(self) -> str | None:
        return ad_cues.level_of(self.cue_text, clause_wishes=False)

    @cached_attribute
    def _level_without_wishes(self) -> str | None:
        """The level of the list without its wishing items: "Required: 3+ years' litigation experience; proficiency
        with Westlaw; notary public commission a plus" requires Westlaw."""
        kept = " ".join(self.cue_text[start:end] for start, end, level in self._listed_levels if level != "preferred")
        return ad_cues.level_of(kept, clause_wishes=False)

    @cached_attribute
    def _contrasted_levels(self) -> list[str | None]:
        """The level each contrasted clause gives by its own cues."""
        levels = []
        for start, end in self._contrasted_clauses:
            clause = self.cue_text[start:end]
            level = ad_cues.level_of(clause)
            if level == "required" and ad_cues.level_of(ad_cues.IMPORTANCE.sub(" ", clause)) is None:
                level = None  # "Knowledge of Xero is important but not essential": the sentence's word decides
            levels.append(level)
        return levels

    @cached_attribute
    def _listed_levels(self) -> list[tuple[int, int, str | None]]:
        """For a sentence whose wish closes one of its comma-separated items, or that both wishes and requires
        ("Python essential, knowledge of SQL helpful"): each item with the level of its own cues. Empty otherwise
        (the common case)."""
        if "," not in self.cue_text and ";" not in self.cue_text:
            return []
        if ad_cues.WISH_OPENER.match(self.cue_text):
            return []  # "Ideally, you have worked in payments and know PCI DSS": the wish is for the whole sentence
        if not (
            ad_cues.requires(self.cue_text)
            or self._level_without_clause_wishes != "preferred"
            # "5+ years writing Golang in production, ideally in high-throughput services"
            or (self.states_a_time and ad_cues.asks_for_years(self.cue_text))
        ):
            return []  # the wish is said of the whole line ("Xero, Sage and QuickBooks would all be helpful")
        bounds = [
            0,
            *(match.start() for match in ad_cues.LIST_CLAUSE_BREAKS.finditer(self.cue_text)),
            len(self.cue_text),
        ]
        return [(start, end, ad_cues.level_of(self.cue_text[start:end])) for start, end in itertools.pairwise(bounds)]

    @cached_attribute
    def _contrasted_clauses(self) -> list[tuple[int, int]]:
        text = self.cue_text
        cue_then_and = (
            " and " in text
            and ad_cues.holds_any(text, ad_cues.CUE_THEN_AND_CUES)  # a cue's word: most sentences have none
            and ad_cues.CUE_THEN_AND.search(text) is not None
        )
        if (
            ";" not in text
            and " – " not in text
            and " — " not in text
            and " - " not in text
            and " | " not in text
            and not cue_then_and
            and not ad_cues.holds_any(text, ad_cues.CONTRAST_WORDS)
        ):
            return [(0, len(text))]  # the common case, decided without a regex
        breaks = [match.start() for match in ad_cues.CONTRASTS.finditer(text)]
        if cue_then_and:
            breaks = sorted({*breaks, *(match.end() for match in ad_cues.CUE_THEN_AND.finditer(text))})
        return list(itertools.pairwise([0, *breaks, len(text)]))

    @cached_attribute
    def about_employer(self) -> bool:
        # "We" in an aside does not make the sentence the employer's: "At least one of Java, Kotlin or Scala (we use
        # all three)".
        outside = ad_cues.PARENTHESES.sub(" ", self.text) if "(" in self.text else self.text
        if ad_cues.asks(self.text) or self.level == "preferred":
            return False  # it asks, or wishes: "Romanian speakers particularly welcome, as many of our tenants ..."
        if (
            ad_cues.JOB_HOLDER.search(outside) is not None
            or self.taken_up_next
            or (ad_cues.TAKEN_UP.search(outside) is not None and self._speaks_of_the_post_holder(outside))
        ):
            return False  # it speaks of the job: "The role sits in the Identity team, which owns Okta, our SSO ..."
        if ad_cues.EMPLOYER_WORDS.search(outside) is None and not self.opens_with_the_employer:
            # An award the employer won: "Winner – Best Use of Artificial Intelligence, Retail Systems Awards 2023"
            return ad_cues.AWARD.search(self.text) is not None and ad_cues.ADDRESSING_WORDS.search(self.text) is None
        # Unless it gives the job's duty: "Implement OAuth 2.0 flows for our partner APIs", "Responsibilities
        # include configuring Cisco switches across our sites".
        # Nor when it names the tools the job works with: "Our stack: Next.js on Vercel, Node, Postgres", "We use
        # Python and Kafka".
        duty = self.opens_with_duty and ad_cues.EMPLOYER_AFTER_OPENING.search(self.text) is None
        return not (duty or ad_cues.DUTY_LEAD.search(self.text) or ad_cues.STACK_USE.search(self.text))

    def about_employer_at(self, offset: int) -> bool:
        """Whether the part of the sentence at character `offset` (between semicolons) speaks of "we" and asks
        nothing: "Confident using Excel; we also welcome applications" asks for Excel; "We provide Power BI
        training; SQL is required" does not ask for Power BI. Unless another part points back to what the "we"
        part names ("Our developers use Python; experience with these is essential")."""
        if ";" not in self.text:
            return self.about_employer
        start = self.text.rfind(";", 0, offset) + 1
        if start not in self._employer_parts:  # once per part: a long sentence may hold many skills
            self._employer_parts[start] = self._part_about_employer(start)
        return self._employer_parts[start]

    def _tokens_between(self, start: int, end: int) -> range:
        """The sentence's tokens within characters [start, end) of its text."""
        offsets = self.words.offsets
        first = bisect.bisect_left(offsets, self.start_char + start, self.start, self.end)
        last = bisect.bisect_left(offsets, self.start_char + end, self.start, self.end)
        return range(first, last)

    def _part_about_employer(self, start: int) -> bool:
        end = self.text.find(";", start)
        end = len(self.text) if end < 0 else end
        part = self.text[start:end]
        if ad_cues.EMPLOYER_WORDS.search(part) is None or ad_cues.asks(part) or ad_cues.JOB_HOLDER.search(part):
            return False  # no "we"; or it asks, or it says what the job does ("The engineer will develop ... on our
            # cluster"); not what the employer will do ("We will provide SAP training")
        if any(match.group() != "will" for match in ad_cues.ADDRESSING_WORDS.finditer(part)):
            return False  # "We require an enhanced DBS check", "This job requires use of our SAP system"
        if any(self.words.role_noun(k) for k in self._tokens_between(start, end)):
            return False  # "The Research Associate will run simulations on our cluster"
        opener = part.split(maxsplit=1)[0] if part.strip() else ""
        if opener in self.words.verb_texts:
            return False  # a duty: "Lead our team of six engineers; ..."
        return ad_cues.BACK_REFERENCE.search(self.text[:start] + " " + self.text[end:]) is None

    @cached_attribute
    def _not_needed_ranges(self) -> list[tuple[int, int]]:
        """(start, end) in the sentence of what a "not needed" cue governs: from the cue to the clause's end
        ("don't need ..."), or from the clause's start to the cue ("... is not required")."""
        text = self.text
        past_use = ad_cues.holds_any(text, ad_cues.PAST_USE_ANCHORS)
        if not past_use and not ad_cues.holds_any(text, ad_cues.NOT_NEEDED_ANCHORS):
            return []  # the common case, decided without a regex
        if ad_cues.NOT_CONSIDERED.search(text):
            return []
        breaks: list[int] = []  # where clauses start: worked out for the first cue that needs them

        def clause_breaks() -> list[int]:
            if not breaks:
                breaks.extend([0, *(match.start() for match in ad_cues.CLAUSE_BREAKS.finditer(text)), len(text)])
            return breaks

        ranges = []
        if past_use:
            # What the employer no longer uses: named after the cue, or before it in its clause.
            for match in ad_cues.PAST_USE_OF.finditer(text):
                ranges.append((match.start(), match.end(), match.start(), match.start(), match.end()))
            for match in ad_cues.PAST_USE_SAID.finditer(text):
                clauses = clause_breaks()
                start = clauses[bisect.bisect_right(clauses, match.start()) - 1]
                ranges.append((start, match.end(), start, start, match.end()))
        # Each range with where a wish about the same thing may be said, and where what follows the range begins.
        for match in ad_cues.NOT_NEEDED_BEFORE.finditer(text):
            # From the cue's start: the skill may stand inside it ("no prior Salesforce experience needed"); on
            # through a list that follows it ("the opportunity to learn Python, dbt and Airflow").
            clauses = clause_breaks()
            start, end = match.start(), ad_cues.list_end(text, clauses, bisect.bisect_left(clauses, match.end()))
            ranges.append((start, end, match.start(), min(end, match.end() + ad_cues.WISH_REACH), end))
        if "includ" in text:
            # What training includes, to the end of its list: "Full training is given, including the Care
            # Certificate", "We'll train you in everything you need, including Java, Spring Boot and SQL".
            for match in ad_cues.TRAINING_INCLUDES.finditer(text):
                clauses = clause_breaks()
                end = ad_cues.list_end(text, clauses, bisect.bisect_left(clauses, match.end()))
                ranges.append((match.start(), end, match.start(), end, end))
        if ad_cues.holds_any(text, ad_cues.NOT_NEEDED_WITHIN_ANCHORS) or ad_cues.NO_AND_SPACE.search(text):
            for match in ad_cues.NOT_NEEDED_WITHIN.finditer(text):
                ranges.append((match.start(), match.end(), match.start(), match.end(), match.end()))
        after_cues = (
            ad_cues.NOT_NEEDED_AFTER.finditer(text) if ad_cues.holds_any(text, ad_cues.NOT_NEEDED_AFTER_ANCHORS) else ()
        )
        for match in after_cues:
            # "SQL is not required, but it would be a plus": what is said of the skill goes on past the clause.
            clauses = clause_breaks()
            index = bisect.bisect_right(clauses, match.start()) - 1
            if (
                index > 0
                and not ad_cues.NO_SUBJECT.sub("", text[clauses[index] : match.start()]).strip(" -–—,;")
                and ad_cues.level_of(text[clauses[index - 1] : clauses[index]]) is None
            ):
                # The cue opens its clause, with no subject of its own: "the ITIL 4 course in your first months -
                # fully funded by us", "Kotlin is used by our Android team but is not needed for this role".
                index -= 1
            start = clauses[index]
            if match.group().startswith(("all", "both", "everything")):
                start = 0  # said of a whole list: "Laptop, Slack, Notion - all provided on day one"
            # To the cue's end: what it names inside itself too ("Phonics training (Read Write Inc) will be provided").
            ranges.append(
                (
                    start,
                    match.end(),
                    max(start, match.start() - ad_cues.WISH_REACH),
                    match.end() + ad_cues.WISH_REACH,
                    match.end(),
                )
            )
        # A wish about the same skill keeps it asked for, as a preference: "SQL is not required, but it would be a
        # plus"; not a wish about something named after it: "A PhD is not required, but experience of research
        # environments is desirable".
        kept = sorted(
            (start, end)
            for start, end, wish_start, wish_end, after in ranges
            if not self._wish_of_the_same(wish_start, wish_end, after)
        )
        merged: list[tuple[int, int]] = []  # disjoint, so that each skill's test is a bisection
        for start, end in kept:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def _wish_of_the_same(self, start: int, end: int, after: int) -> bool:
        """Whether a wish in [start, end) of the sentence is said of what a "not needed" cue governs: said before
        `after` (where the cue's part ends), or after it with nothing else named in between (a skill, or what is
        asked by its kind: "experience of ...")."""
        wishes = [
            m
            for m in (
                ad_cues.PREFERRED_CUES.search(self.text, start, end),
                ad_cues.OTHER_WISHES.search(self.text, start, end),
            )
            if m
        ]
        if not wishes:
            return False
        wish = min(wishes, key=lambda match: match.start())
        if wish.start() <= after:
            return True
        between = self.text[after : wish.start()]
        if ad_cues.OTHER_ASKED_THING.search(between):
            return False
        return not self.words.names_a_skill(self._tokens_between(after, wish.start()))

    def not_needed_at(self, offset: int) -> bool:
        """Whether a "not needed" cue of the sentence governs character `offset` (a skill's start), or the
        sentence is a question answered as not needed ("Never used Tableau? Not a problem.")."""
        if self._answer_goes_on_level is not None or (
            self.answer
            and self._answer_level in ("required", "preferred")
            and not ad_cues.REASSURANCE.match(self.answer)
            and not ad_cues.NO.match(self.answer)
            and not (self._answer_level == "required" and ad_cues.NEGATED_REQUIREMENT.search(self.answer))
        ):
            # Its answer decides: "Never used Tableau? No problem! It's a bonus if you have.", "What if I don't have
            # my SIA licence yet? Sorry, we can only consider applicants who already hold one."; not a no or a
            # reassurance that goes on ("No - our cover supervisor roles do not require a teaching qualification").
            return False
        if self.answer and (
            ad_cues.REASSURANCE.match(self.answer)
            or (ad_cues.NO.match(self.answer) and self.need_question)
            or ad_cues.OTHER_LISTING.match(self.answer)  # "Looking for a Swift role? See our separate listing."
            or self._answered_without_it == "not needed"  # "Can I apply without Welsh? Of course!"
        ):
            return True  # "Never used Tableau? Not a problem.", "Do I need a degree? Nope."
        ranges = self._not_needed_ranges
        index = bisect.bisect_right(ranges, (offset, len(self.text) + 1)) - 1
        return index >= 0 and ranges[index][0] <= offset < ranges[index][1]

    @cached_attribute
    def describes_setting(self) -> bool:
        """A full sentence that addresses no one, asks nothing and gives no duty: not a bullet, not a list of
        skills, not opening with a work verb ("Design and build..."), without the reader, the person sought
        or the job in it."""
        listed = ad_cues.LIST_ITEM.match(self.text) or ad_cues.LIST_ITEM.match(self.line_opening)
        if listed or self._asking_level is not None or ad_cues.asks(self.text):
            return False
        if ad_cues.ADDRESSING_WORDS.search(self.text):
            return False
        if _asks(self.text) and ad_cues.FIRST_PERSON.search(self.text):
            return False  # the reader's question in an FAQ: "Is it OK if I don't have a CSCS card?"
        start, end, words = self.start, self.end, self.words
        alphabetic = [k for k in range(start, end) if words.texts[k].isalpha()]
        if len(alphabetic) < ad_cues.DESCRIPTION_MIN_WORDS:
            return False
        if any(words.role_noun(k) and not words.counted_people(k) for k in alphabetic):
            # Speaks of the person in the job: "The Band 6 Physiotherapist provides ..."; people counted or owned
            # are others ("with over 300 researchers across four sites"), not "when teachers are absent".
            return False
        if self.opens_with_duty:
            return False
        if any(start <= k < end for k in words.tool_starts):
            return False  # names the job's tools: "The platform is built with Python on AWS"
        skill_words = sum(1 for k in alphabetic if k in words.skill_tokens)
        return skill_words < ad_cues.LIST_SKILL_SHARE * len(alphabetic)

    @cached_attribute
    def leisure_from(self) -> int:
        """Where the sentence starts to speak of life outside work (`ad_cues.LEISURE`); its length when it does
        not."""
        if not ad_cues.holds_any(self.text, ad_cues.LEISURE_ANCHORS):
            return len(self.text)  # the common case, decided without a regex
        match = ad_cues.LEISURE.search(self.text)
        return match.start() if match else len(self.text)

    @cached_attribute
    def opens_with_the_employer(self) -> bool:
        """Whether the sentence opens with the employer as its subject, in the third person: "The Trust operates
        three sites and uses Epic EHR", "Vireo is a Microsoft partner specialising in Dynamics 365", "Founded in
        2009 as a Rails consultancy, Tallow now builds ..."; not with a skill ("Python is essential") nor with
        what the job will do ("The team will ...")."""
        if ad_cues.EMPLOYER_NOUN_SUBJECT.match(self.text):
            return ad_cues.ADDRESSING_WORDS.search(self.text) is None
        named = ad_cues.NAMED_SUBJECT.match(self.original)
        if named is None:
            return False
        if ad_cues.NAME_PLACEHOLDER in named.group():
            return True  # an anonymised ad's placeholder for a name: "<ORGANIZATION> is a global leader in ..."
        # A name, not a word that opens any sentence ("Applications are invited", "This is a fixed term post").
        first = next((k for k in range(self.start, self.end) if self.words.texts[k].isalpha()), None)
        if first is not None and first in self.words.skill_tokens:
            return self.company_named_as_a_product is not None  # "Celonis has grown 5,000%"
        if first is None or self.words.role_noun(first):
            return False
        return ad_cues.common_word_rank(self.words.texts[first].lower()) >= ad_cues.NAME_MIN_RANK

    @cached_attribute
    def names_a_unit(self) -> bool:
        """Whether a word that names a unit of an organisation is in the sentence ("the Department of ...")."""
        return ad_cues.holds_any(self.text, ad_cues.UNIT_WORDS)

    @cached_attribute
    def employer_statement(self) -> bool:
        """Whether the sentence opens with the employer in the third person and neither asks nor addresses anyone:
        "Whitlow Accountants is a practice of 40 staff", "Whitlow uses Xero for most clients"; unless the next
        sentence takes it up as the job's (`taken_up_next`)."""
        return (
            self.opens_with_the_employer
            and not self.asks_something
            and ad_cues.ADDRESSING_WORDS.search(self.text) is None
            and not self.taken_up_next
        )

    @cached_attribute
    def _next_sentence(self) -> tuple[int, int, str] | None:
        """(start token, end token, lower-case text) of the sentence after this one, if any, past marks that close
        this one on their own: "**Do I need Sage?**" ends in a "**" sentence."""
        following = self._sentence_at(self.end)
        while following is not None and not any(char.isalnum() for char in following[2]):
            following = self._sentence_at(following[1])
        return following

    def _sentence_at(self, token: int) -> tuple[int, int, str] | None:
        """(start token, end token, lower-case text) of the sentence holding `token`, if the Doc goes that far."""
        doc = self.words.doc
        if token >= len(doc):
            return None
        start, end = sentence_bounds(doc, token)
        start_char, end_char = self.words.char_bounds(start, end)
        return start, end, self.doc_text[start_char:end_char].lower()

    @cached_attribute
    def taken_up_next(self) -> bool:
        """Whether the next sentence, on the same line, speaks of the job and takes up what this one names:
        "Harbour Lane runs on EMIS Web. As our new Prescription Clerk you'll process repeat requests through it."."""
        if self._next_sentence is None or "\n" in self.words.texts[self.end - 1]:
            return False
        start, end, following = self._next_sentence
        if "\n" in self.doc_text[self.end_char : self.words.offsets[start]]:
            return False  # another line
        return ad_cues.TAKEN_UP.search(following) is not None and (
            ad_cues.JOB_HOLDER.search(following) is not None
            or ad_cues.POST_HOLDER.search(following) is not None
            or self._names_the_job_holder(start, end)
        )

    def _speaks_of_the_post_holder(self, outside: str) -> bool:
        """Whether the sentence (`outside`: its text without asides in parentheses) names the person in the job:
        "the technician in this post", "This Network Engineer"."""
        return ad_cues.POST_HOLDER.search(outside) is not None or (
            ("this " in outside or " new " in outside) and self._names_the_job_holder(self.start, self.end)
        )

    def _names_the_job_holder(self, start: int, end: int) -> bool:
        """Whether tokens [start, end) name the person in the job by a role noun: "This Network Engineer owns
        ...", "As our new Prescription Clerk ...", "our new Head of Data"; not "our analysts", colleagues."""
        texts = self.words.texts
        for k in range(start, end):
            lower = texts[k].lower()
            opens = lower == "this" or (lower == "new" and k > start and texts[k - 1].lower() in ("our", "your"))
            if opens and any(self.words.role_noun(j) for j in range(k + 1, min(end, k + 1 + ad_cues.ROLE_NOUN_REACH))):
                return True
        return False

    @cached_attribute
    def we_speak_of_ourselves(self) -> bool:
        """Whether the sentence opens with "we" or "our", names no tool or hard skill (the work: "We write Java", "We
        do daily standups"), and neither hires nor looks for anyone."""
        return (
            ad_cues.FIRST_PERSON_OPENING.match(self.text) is not None
            and not any(self.start <= k < self.end for k in self.words.work_starts)
            and ad_cues.HIRING_WORDS.search(self.text) is None
            and ad_cues.LOOKS_FOR_SOMEONE.search(self.text) is None
        )

    @cached_attribute
    def stack_statement(self) -> bool:
        """Whether the sentence states the team's stack and asks nothing: "We use Python and Kafka", "Snowflake is our
        data warehouse"."""
        return ad_cues.STACK_USE.search(self.text) is not None and not self.asks_something

    @cached_attribute
    def duty_statement(self) -> bool:
        """Whether the sentence gives the reader a duty: "You'll write Go and deploy to Kubernetes", after the items
        of a list; right under a wishing heading the same words describe whom it wishes for ("Nice to have / You'll
        speak German")."""
        if ad_cues.DUTY_STATEMENT.match(self.text) is None:
            return False
        line_start = self.doc_text.rfind("\n", 0, self.start_char)
        previous = ""
        while line_start > 0 and not previous.strip():
            above = self.doc_text.rfind("\n", 0, line_start) + 1
            previous, line_start = self.doc_text[above:line_start], above - 1
        return heading_of(previous) is None

    @cached_attribute
    def names_tools(self) -> bool:
        """Whether the sentence names a tool, or a language, framework or platform of the stack domains (not the
        company it opens with, named like its product: "Celonis has grown 5,000%")."""
        company = self.company_named_as_a_product
        return any(self.start <= k < self.end and k != company for k in self.words.tool_starts)

    @cached_attribute
    def company_named_as_a_product(self) -> int | None:
        """The first word of the sentence when it names a company by what only a company does, and the company
        shares its name with a product: "Celonis has grown 5,000% and is hiring"."""
        if ad_cues.COMPANY_PREDICATE.match(self.original) is None:
            return None
        first = next((k for k in range(self.start, self.end) if self.words.texts[k].isalpha()), None)
        return first if first is not None and first in self.words.skill_tokens else None

    @cached_attribute
    def opens_with_duty(self) -> bool:
        """Whether the sentence opens with a duty, in the imperative or as a gerund ("Develop ...", "Developing REST
        APIs ..."), also after a short label ("Daily work: drafting press releases, ...")."""
        words = self.words
        first = next((k for k in range(self.start, self.end) if words.texts[k].isalpha()), None)
        if first is None:
            return False
        openers = [first]
        label = ad_cues.LABEL.match(self.text)
        if label is not None:
            # After a label, its first word is no verb: "Partner ecosystem: we're a certified Atlassian partner".
            openers = list(self._tokens_between(label.end(), len(self.text))[:1])
        if (
            len(openers) == 1
            and words.texts[openers[0]].lower().endswith("ly")
            and openers[0] + 1 < self.end
            and not words.texts[openers[0] + 1].lower().endswith(("ed", "en"))  # "Originally written for ..."
        ):
            openers.append(openers[0] + 1)  # past an adverb: "Mostly answering live chat", "Occasionally cover ..."
        for k in openers:
            opener = words.texts[k].lower()
            if opener in ad_cues.NO_DUTY_OPENERS:
                continue
            if words.norms[k] in words.verb_hashes or opener.endswith("ing") or opener in ad_cues.IMPERATIVE_OPENERS:
                return True
        return False

    @cached_attribute
    def says_of_itself_from(self) -> int:
        """Where the sentence starts to speak of the ad itself, by its own words: equal-opportunity text, from the
        start of the clause that holds them (`_equal_opportunity_start`); what it says of applying, from the words
        that say so (`_applying_start`), unless the sentence asks anyway ("The application must document teaching
        experience"). The sentence's length when it does not."""
        starts = [len(self.text)]
        if self._equal_opportunity_start is not None and not self.asks_anyway:
            starts.append(self._equal_opportunity_start)  # not "You must be committed to diversity and hold a CSCS"
        if self._applying_start is not None and not self.asks_anyway and not ad_cues.READER_NEEDS.search(self.text):
            starts.append(self._applying_start)
        return min(starts)

    @cached_attribute
    def clients_named_from(self) -> int:
        """Where a list of the employer's clients starts (`ad_cues.CLIENTS_NAMED`), when the sentence asks no
        experience of them; the sentence's length when it has none."""
        if "client" not in self.text and "customer" not in self.text:
            return len(self.text)
        match = ad_cues.CLIENTS_NAMED.search(self.text)
        return len(self.text) if match is None or self.asks_anyway else match.end()

    @cached_attribute
    def clients_named_end(self) -> int:
        """Where that list ends: at the clause's end, or where the employer or the reader speaks again ("Our
        clients include major contractors and we coordinate models in Navisworks")."""
        end = ad_cues.CLIENTS_NAMED_END.search(self.text, self.clients_named_from)
        return end.start() if end else len(self.text)

    @cached_attribute
    def client_description_end(self) -> int:
        """Where the description of an agency's client ends, when the sentence opens with one: "Our client, a
        leading fintech known for its open banking APIs, is hiring ..."; 0 when it does not."""
        if "client" not in self.text:
            return 0
        match = ad_cues.CLIENT_DESCRIPTION.match(self.text)
        return match.end() if match else 0

    @cached_attribute
    def _equal_opportunity_start(self) -> int | None:
        """After a colon or semicolon: "Responsible for budgeting ... Remuneration & Benefits: Acme is an equal
        opportunities employer and ..." is one sentence when a list loses its full stops."""
        text = self.text
        if not ad_cues.holds_any(text, ad_cues.EQUAL_OPPORTUNITY_ANCHORS):
            return None  # the common case, decided without a regex
        match = ad_cues.EQUAL_OPPORTUNITY.search(text)
        if match is None:
            return None
        return max(text.rfind(":", 0, match.start()), text.rfind(";", 0, match.start())) + 1

    @cached_attribute
    def _applying_start(self) -> int | None:
        """Whom to contact, how to send the application, what happens to it (`ad_cues.ABOUT_APPLYING`): from those
        words on ("Strong communication skills Qualified applicants should send their CV ..." is one sentence when a
        list loses its full stops)."""
        if not ad_cues.holds_any(self.text, ad_cues.ABOUT_APPLYING_ANCHORS):
            return None
        if self.opens_with_duty and not ad_cues.APPLICANT_WORDS.search(self.text):
            return None  # a duty: "Manage recruitment agencies and our ATS"
        for match in ad_cues.ABOUT_APPLYING.finditer(self.text):
            if match.group("handling") is not None:
                if self.opens_with_duty:
                    continue  # the job's: "Use Workday to process all applications"
                return match.start()
            if match.group("process") is None:
                return match.start()
            # The process is the job's when a duty opens the sentence or a work verb governs it: "Support hiring
            # initiatives across the recruitment process", "handling the recruitment process".
            verb = match.group("process_of") or ""
            if self.opens_with_duty or verb in self.words.verb_texts or (verb.endswith("ing") and verb != "during"):
                continue
            return match.start()
        return None

    @cached_attribute
    def asks_something(self) -> bool:
        """Whether the sentence speaks to the reader or asks anything ("you", "experience", "degree")."""
        return ad_cues.asks(self.text)

    @cached_attribute
    def speaks_of_others(self) -> bool:
        """A sentence, not a title, that neither asks, nor addresses anyone, nor hires: it speaks of other people
        ("The team consists of software engineers")."""
        if self.asks_something or ad_cues.ADDRESSING_WORDS.search(self.text) or ad_cues.HIRING_WORDS.search(self.text):
            return False
        return (
            sum(1 for k in range(self.start, self.end) if self.words.texts[k].isalpha()) >= ad_cues.COLLEAGUES_MIN_WORDS
        )

    def said_of_others(self, offset: int) -> bool:
        """Whether character `offset` lies in what the sentence says of others than the person sought: other
        vacancies (`_other_jobs_clauses`) or colleagues (`_colleague_clauses`)."""
        ranges = self._others_ranges
        return bool(ranges) and any(start <= offset < end for start, end in ranges)

    @cached_attribute
    def _others_ranges(self) -> list[tuple[int, int]]:
        return self._other_jobs_clauses + self._colleague_clauses

    def _names_a_colleague(self, start: int, end: int, colleague_nouns: frozenset[str]) -> bool:
        """Whether characters [start, end) of the sentence name people: a role noun, one of `colleague_nouns`, or a
        job title in capitals that names no skill."""
        return any(
            self.words.names_a_profession(k)
            or self.words.texts[k].lower() in colleague_nouns
            or self._a_title_in_capitals(k)
            for k in self._tokens_between(start, end)
        )

    def _a_title_in_capitals(self, k: int) -> bool:
        """Whether token `k` is a job title in capitals that names no skill: "The FC prepared the accounts", "The GM
        owns the P&L"; not "Our CRM handles all bookings", a tool."""
        text = self.words.texts[k]
        return 2 <= len(text) <= 4 and text.isupper() and text.isalpha() and k not in self.words.skill_tokens

    def done_by_others(self, offset: int) -> bool:
        """Whether character `offset` lies in what the sentence says colleagues do (`_colleague_clauses`, and in a CV
        `_a_named_colleagues_clauses`), the writer only watched (`_watched_clauses`), hopes to do next
        (`_hoped_for_clauses`) or hands over to others (`_handed_over_clauses`)."""
        ranges = self.done_by_others_ranges
        return bool(ranges) and any(start <= offset < end for start, end in ranges)

    @cached_attribute
    def done_by_others_ranges(self) -> list[tuple[int, int]]:
        """The character ranges in the sentence of what it says others do or the writer only watched (see
        `done_by_others`)."""
        return (
            self._colleague_clauses
            + self._watched_clauses
            + self._a_named_colleagues_clauses
            + self._done_after_a_noun_clauses
            + self._hoped_for_clauses
            + self._handed_over_clauses
        )

    @cached_attribute
    def _handed_over_clauses(self) -> list[tuple[int, int]]:
        """What the writer passes on to others, who do it: "Refer customers to our protection specialist for life
        and critical illness cover", "pass RDM queries to another team"; and what goes to another team ("Inward
        processing entries go to our special procedures team")."""
        if "to " not in self.text or not ad_cues.holds_any(self.text, ad_cues.HANDED_OVER_ANCHORS):
            return []
        clauses = []
        for match in ad_cues.HANDED_OVER.finditer(self.text):
            if ad_cues.HANDED_OVER_REQUESTS.search(match.group("what")):
                clauses.append((match.start("what"), match.end("what")))  # "pass RDM queries to another team"
            if match.group("for"):
                # What the others do for them: "Refer customers to our protection specialist for life cover".
                end = ad_cues.WATCHED_CLAUSE_END.search(self.text, match.end())
                clauses.append((match.end(), end.start() if end else len(self.text)))
        for match in ad_cues.GOES_TO_ANOTHER_TEAM.finditer(self.text):
            start = max(
                (m.end() for m in ad_cues.WATCHED_CLAUSE_START.finditer(self.text, 0, match.start())), default=0
            )
            clauses.append((start, match.end()))
        return clauses

    @cached_attribute
    def _hoped_for_clauses(self) -> list[tuple[int, int]]:
        """What a CV's writer hopes to do next, read in CVs only (`done_by_others`): "Now looking for my first full
        supervisory role", "keen to develop into medical optometry" (see `ad_cues.HOPED_FOR`)."""
        if not ad_cues.holds_any(self.text, ad_cues.HOPED_FOR_ANCHORS):
            return []
        clauses = []
        for match in ad_cues.HOPED_FOR.finditer(self.text):
            start = match.start("wish")
            reach = min(len(self.text), start + ad_cues.HOPED_FOR_REACH)
            ends = (
                ad_cues.WATCHED_CLAUSE_END.search(self.text, match.end(), reach),
                ad_cues.HOPED_FOR_END.search(self.text, match.end(), reach),
            )
            clauses.append((start, min((end.start() for end in ends if end is not None), default=reach)))
        return clauses

    def _passive_clauses(
        self,
        pattern: re.Pattern[str],
        clause_start: re.Pattern[str] = ad_cues.PASSIVE_CLAUSE_START,
        words_before: int | None = None,
    ) -> list[tuple[int, int]]:
        """The clauses of the sentence in which `pattern` finds a deed done by others, in the passive, from the last
        match of `clause_start` before it, and at most `words_before` words before it."""
        clauses = []
        for match in pattern.finditer(self.text):
            # The doer's words name people, by the last ("our senior analyst") or a title's first ("the Head of
            # Counter Fraud").
            if match.group("doer") not in ad_cues.DOING_GROUPS and not self._names_a_colleague(
                match.start("doers"), match.end("doers"), ad_cues.COLLEAGUE_NOUNS
            ):
                continue  # "handled by Salesforce": a tool, not people
            start = max((m.end() for m in clause_start.finditer(self.text, 0, match.start())), default=0)
            if words_before is not None:
                word_starts = [word.start() for word in _A_WORD.finditer(self.text, start, match.start())]
                if len(word_starts) > words_before:
                    start = word_starts[-words_before]
            end_match = ad_cues.PASSIVE_CLAUSE_END.search(self.text, match.end())
            end = end_match.start() if end_match else len(self.text)
            # The person sought, outside the doer's own words: "by a colleague" is the doer, not the reader.
            sought = ad_cues.SOUGHT_IN_CLAUSE.search(self.text, start, match.start("doers")) or (
                ad_cues.SOUGHT_IN_CLAUSE.search(self.text, match.end("doers"), end)
            )
            if sought is None and not ad_cues.JOINS_THE_TEAM.search(self.text, match.end()):
                clauses.append((start, end))
        return clauses

    @cached_attribute
    def _done_after_a_noun_clauses(self) -> list[tuple[int, int]]:
        """A deed said done by others right after the noun it describes, in CVs only (`done_by_others`): "CI
        pipelines owned by the platform team", "the TAFs issued by the aviation desk"."""
        if " by " not in self.text:
            return []
        clauses = self._passive_clauses(
            ad_cues.DONE_BY_OTHERS_AFTER_A_NOUN, ad_cues.NOUN_PHRASE_START, ad_cues.NOUN_PHRASE_REACH
        )
        # What the writer made, which others then used: "Built Python scripts that were used by the whole team".
        return [clause for clause in clauses if not ad_cues.MADE_FOR_OTHERS_TO_USE.search(self.text, *clause)]

    @cached_attribute
    def _a_named_colleagues_clauses(self) -> list[tuple[int, int]]:
        """Clauses of what one colleague does, after "the", "our" or "my" ("The FC prepared the statutory accounts; I
        supplied the TB", "our principal ecologist writes the EcIA chapters"): read in CVs only (`done_by_others`),
        for in an ad "the" + a role is the job itself."""
        if not ad_cues.holds_any(self.text, ("the ", "our ", "my ")) or not ad_cues.holds_any(
            self.text, ad_cues.THE_COLLEAGUE_DOES_ANCHORS
        ):
            return []
        clauses = []
        for match in ad_cues.THE_COLLEAGUE_DOES.finditer(self.text):
            if not self._names_a_colleague(match.start("doer"), match.end("doer"), ad_cues.SINGLE_COLLEAGUES):
                continue
            end = ad_cues.COLLEAGUE_CLAUSE_END.search(self.text, match.end())
            clauses.append((match.start(), end.start() if end else len(self.text)))
        return clauses

    @cached_attribute
    def _watched_clauses(self) -> list[tuple[int, int]]:
        """Clauses of what the writer only watched others do: "Shadowed the security team who built the policies",
        "Observed our OT colleague setting up an AAC device", "Attended an ELKLAN tutor training day as an
        observer", "Joined the domiciliary team on two observation days", "Sat in on return-to-work meetings"; with a
        heading before them ("Cisco ISE rollout - shadowed the security team"). Not "observed infection control
        procedures", which keeps to them: an observer of people only."""
        if not ad_cues.holds_any(self.text, ad_cues.WATCHED_ANCHORS):
            return []
        words = self.words
        clauses = []
        for k in range(self.start, self.end):
            word = words.texts[k].lower()
            if word in ad_cues.WATCHING_VERBS and k + 1 < self.end and words.texts[k + 1].lower() == "only":
                # Said of the clause before it: "Visited a landfill gas compound to see wellfield balancing - observed
                # only".
                clauses.append((0, words.offsets[k + 1] + len(words.texts[k + 1]) - self.start_char))
                continue
            if (
                word in ad_cues.WATCHING_VERBS
                and k > self.start
                and words.texts[k - 1].lower() == "only"
                and not (k - 1 > self.start and words.texts[k - 2].lower() == "not")
            ):
                # Said of its object, whatever it is: "Only observed the Halcyon commissioning"; not "Not only
                # observed the audits but led two".
                at = words.offsets[k] - self.start_char
                end = ad_cues.WATCHED_CLAUSE_END.search(self.text, at)
                clauses.append((at, end.start() if end else len(self.text)))
                continue
            if word in ad_cues.ASSISTING_VERBS:
                if self._assisted_a_colleague(k):
                    at = words.offsets[k] - self.start_char
                    end = ad_cues.WATCHED_CLAUSE_END.search(self.text, at)
                    clauses.append((at, end.start() if end else len(self.text)))
                continue
            if word in ad_cues.WATCHING_VERBS:
                if not any(
                    words.names_a_profession(j)
                    or words.texts[j].lower() in ad_cues.COLLEAGUE_NOUNS
                    or words.texts[j].lower() in ad_cues.WATCHED_EVENTS
                    for j in range(k + 1, min(self.end, k + 1 + ad_cues.WATCHED_REACH))
                ) and not self._alongside_colleagues(k + 1):
                    continue
            elif not (
                # "as an observer", "attended as observer only"
                (word == "observer" and self._after_as(k))
                # To sit in on something is to watch it: "Sat in on return-to-work meetings led by my manager"; so
                # is to sit with someone to see it done: "Sat with our management accountant to see how accruals
                # are done".
                or (
                    word in ("sat", "sitting", "sit", "sits")
                    and k + 2 < self.end
                    and words.texts[k + 1].lower() == "in"
                    and words.texts[k + 2].lower() == "on"
                )
                # A study's scribe records what others decide: "HAZOP scribe on 3 studies".
                or (word == "scribe" and k + 1 < self.end and words.texts[k + 1].lower() in ("on", "for", "at"))
                or (
                    word in ("sat", "sitting")
                    and k + 1 < self.end
                    and words.texts[k + 1].lower() == "with"
                    and ad_cues.TO_SEE_IT_DONE.search(self.text, words.offsets[k] - self.start_char) is not None
                )
                or (
                    word == "observation"  # "Joined the domiciliary team on two observation days"
                    and k + 1 < self.end
                    and words.texts[k + 1].lower() in ad_cues.OBSERVATION_NOUNS
                )
            ):
                continue
            at = words.offsets[k] - self.start_char
            start = max((m.end() for m in ad_cues.WATCHED_CLAUSE_START.finditer(self.text, 0, at)), default=0)
            end = ad_cues.WATCHED_CLAUSE_END.search(self.text, at)
            clauses.append((start, end.start() if end else len(self.text)))
        return clauses

    def _assisted_a_colleague(self, k: int) -> bool:
        """Whether the verb at `k` ("assisted", "helped") takes one colleague or tradesperson, after a determiner, and
        the work after "with" or "on": "Assisted our freelance gilder with water gilding"."""
        texts = self.words.texts
        if k + 1 >= self.end or texts[k + 1].lower() not in ad_cues.ASSISTED_DETERMINERS:
            return False
        for j in range(k + 2, min(self.end - 1, k + 1 + ad_cues.ASSISTED_REACH)):
            if texts[j + 1].lower() not in ad_cues.ASSISTED_WORK_LINKS:
                continue
            # One person, not a group the writer works in ("Helped the team with Excel reporting").
            person = texts[j].lower()
            return (
                person + "s" not in ad_cues.PEOPLE_LIST_WORDS  # one of the people served: "the customer"
                and person not in ("team", "staff")
                and not person.endswith("s")
                and (self.words.names_a_profession(j) or person in ad_cues.COLLEAGUE_NOUNS or person.endswith("er"))
            )
        return False

    def _after_as(self, k: int) -> bool:
        """Whether word `k` follows "as", with or without an article: "as an observer", "as observer"."""
        texts = self.words.texts
        if k - 1 >= self.start and texts[k - 1].lower() == "as":
            return True
        return k - 2 >= self.start and texts[k - 2].lower() == "as" and texts[k - 1].lower() in ("a", "an")

    def _alongside_colleagues(self, k: int) -> bool:
        """Whether the clause from token `k` goes on to say whom the writer watched with: "Observed SMETA audits at
        two factories alongside our Ethical Trading Manager"."""
        words = self.words
        for j in range(k, min(self.end, k + ad_cues.WATCHED_ALONGSIDE_REACH)):
            if words.texts[j] in (";", ".") or words.texts[j].lower() not in ad_cues.ALONGSIDE:
                continue
            return any(
                words.names_a_profession(n) or words.texts[n].lower() in ad_cues.COLLEAGUE_NOUNS
                for n in range(j + 1, min(self.end, j + 1 + ad_cues.WATCHED_REACH))
            )
        return False

    @cached_attribute
    def _colleague_clauses(self) -> list[tuple[int, int]]:
        """Clauses said of colleagues: what another team does ("Our QA team handles all regression testing"), and
        relative clauses of colleagues ("our Group Tax Manager, who looks after corporation tax", "alongside
        bioinformaticians who handle the RNA-seq analysis"); not of the person sought ("a Nurse who holds NMC
        registration", "engineers who know Go")."""
        clauses = []
        if ad_cues.holds_any(self.text, ad_cues.OTHERS_DO_ANCHORS) and ad_cues.holds_any(
            self.text, ad_cues.OTHERS_DO_SUBJECTS
        ):
            # What another team does: "Our QA team handles all regression testing, so you can focus on ..."; not "the
            # team handles ...", the job's own.
            for match in ad_cues.OTHERS_DO.finditer(self.text):
                group = "doer" if match.group("doer") is not None else "doers" if match.group("doers") else None
                if group is not None and not self._names_a_colleague(
                    match.start(group), match.end(group), ad_cues.SINGLE_COLLEAGUES
                ):
                    continue  # "Our CRM handles all bookings", "Our apps build with Expo": tools, not colleagues
                end_match = ad_cues.CLAUSE_END.search(self.text, match.end())
                end = end_match.start() if end_match else len(self.text)
                # Unless the sentence asks for it anyway: "Our SRE team manages Prometheus; you'll join that team,
                # so experience with both is required." The team's name counts: "Our bid writing team produces ...".
                rest = self.text[: match.start()] + " " + self.text[end:]
                if (
                    ad_cues.SOUGHT_IN_CLAUSE.search(self.text, match.end(), end) is None
                    and ad_cues.level_of(rest) is None
                ):
                    clauses.append((match.start(), end))
        if " by " in self.text:
            # Another team's tool or task: "Trino is used by our analytics team", "Infrastructure is owned by our
            # platform team in Terraform"; not "... by our team, which you'll join". In a CV, what the writer made
            # that others use is still the writer's: "Built Python scripts that were used by the whole team".
            in_cv = self.words.doc.user_data.get(DOC_KIND_KEY) in ("cv", "profile")
            clauses.extend(
                clause
                for clause in self._passive_clauses(ad_cues.USED_BY_OTHERS)
                if not (in_cv and ad_cues.MADE_FOR_OTHERS_TO_USE.search(self.text, clause[0], clause[1]))
            )
        if ad_cues.holds_any(self.text, ad_cues.COLLEAGUE_IS_ANCHORS):
            # What a colleague is: "Your line manager is a Certified Kubernetes Administrator and will mentor you", "My
            # room leader is Makaton trained".
            for match in ad_cues.COLLEAGUE_IS.finditer(self.text):
                end_match = ad_cues.COLLEAGUE_IS_END.search(self.text, match.end())
                clauses.append((match.end(), end_match.start() if end_match else len(self.text)))
        if ad_cues.holds_any(self.text, ad_cues.COLLEAGUE_CONTRAST_ANCHORS):
            clauses.extend(self._contrasted_colleague_clauses())
        if " who " not in self.text:
            return clauses
        words = self.words
        for k in range(self.start + 1, self.end):
            if words.texts[k].lower() != "who":
                continue
            antecedent = k - 1 if words.texts[k - 1] != "," else k - 2
            noun = words.texts[antecedent].lower() if antecedent >= self.start else ""
            if not (words.role_noun(antecedent) or noun in ad_cues.COLLEAGUE_NOUNS):
                # A title whose last word names a field: "our VP Engineering, who ...", "the Head of Data, who ...".
                title = antecedent
                while (
                    title > self.start
                    and antecedent - title < ad_cues.TITLE_REACH
                    and (words.texts[title][:1].isupper() or words.texts[title] == "of")
                    and not (words.role_noun(title) or words.texts[title].lower() in ad_cues.COLLEAGUE_NOUNS)
                ):
                    title -= 1
                if not (words.role_noun(title) or words.texts[title].lower() in ad_cues.COLLEAGUE_NOUNS):
                    continue
                antecedent = title
            if noun in ad_cues.SOUGHT_NOUNS:
                continue
            # What comes before the people says who they are: "the/our ..." or "with/alongside ..." are others;
            # "a/an ...", "for ...", "be ..." are the person sought.
            decided = False
            for j in range(antecedent - 1, max(self.start - 1, antecedent - 1 - ad_cues.COLLEAGUE_REACH), -1):
                lower = words.texts[j].lower()
                if lower in ad_cues.SOUGHT_BEFORE:
                    break
                if lower in ad_cues.COLLEAGUE_BEFORE:
                    decided = True
                    break
            if decided:
                # Set off by commas, the clause ends at its comma ("Working with our partners, who specialise in X,
                # you will ..."); without, it runs to the clause's end ("clinicians who deliver CBT, EMDR and ...").
                start = words.offsets[k] - self.start_char
                closing = ad_cues.CLAUSE_END if words.texts[k - 1] == "," else ad_cues.CLAUSE_END_NOT_COMMA
                end_match = closing.search(self.text, start)
                end = end_match.start() if end_match else len(self.text)
                # A clause that speaks of the reader or the person sought is the job's: "who rely on you to
                # build pipelines in Spark", "who are looking for someone with strong Go".
                if ad_cues.SOUGHT_IN_CLAUSE.search(self.text, start, end) is None:
                    clauses.append((start, end))
        return clauses

    def _contrasted_colleague_clauses(self) -> list[tuple[int, int]]:
        """Clauses said of colleagues that the sentence sets apart from the job: "Heads up: our data team writes
        Scala, but you won't touch it", "Our analysts use Alteryx; this role sits in the web team", "You'll share the
        studio with our designers (the InDesign wizards), but your focus is the back end", "The Data Science team
        (a separate function) builds models with statsmodels". Not a clause that speaks of the reader, nor the
        job's own team ("Our team uses Python, so you won't need to learn a new language")."""
        text = self.text
        contrast = ad_cues.JOB_CONTRAST.search(text)
        separate = ad_cues.SEPARATE_TEAM.search(text)
        if contrast is None and separate is None:
            return []
        clauses = []
        bounds = [0, *(match.start() for match in ad_cues.COLLEAGUE_CLAUSE_BREAKS.finditer(text)), len(text)]
        for start, end in itertools.pairwise(bounds):
            if contrast is not None and start <= contrast.start() < end:
                continue
            if ad_cues.SOUGHT_IN_CLAUSE.search(text, start, end) is not None:
                # Only a description of colleagues in parentheses: "with our designers (the InDesign wizards)".
                clauses.extend(self._colleagues_described(start, end))
                continue
            if (separate is not None and start <= separate.start() < end) or self._names_colleagues(start, end):
                clauses.append((start, end))
        return clauses

    def _names_colleagues(self, start: int, end: int) -> bool:
        """Whether characters [start, end) of the sentence name other people of the employer (`_colleagues_at`)."""
        tokens = self._tokens_between(start, end)
        return any(self._colleagues_at(k, tokens.start) for k in tokens)

    def _colleagues_at(self, k: int, floor: int) -> bool:
        """Whether token `k` names other people of the employer: a group with a name of its own ("our data team",
        "the wider Data org"; not the job's own "our team"), or a role noun after "our", "the" or "their" ("our
        analysts", "our part-time bookkeeper"), no earlier than token `floor`."""
        words = self.words
        group = words.texts[k].lower() in ad_cues.GROUP_OF_COLLEAGUES
        if not (group or words.role_noun(k)):
            return False
        for j in range(k - 1, max(floor - 1, k - 1 - ad_cues.DETERMINER_REACH), -1):
            before = words.texts[j].lower()
            if before in ("our", "the", "their"):
                return not group or j < k - 1
            if not (before.replace("-", "").isalpha() or before == "-"):
                return False
        return False

    def _colleagues_described(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parentheses in characters [start, end) that describe the colleagues named right before them and
        speak of no one else: "our research scientists (they live in PyTorch)"."""
        described = []
        position = self.text.find("(", start, end)
        while position >= 0:
            close = self.text.find(")", position, end)
            close = end if close < 0 else close
            tokens = self._tokens_between(start, position)
            if (
                len(tokens)
                and ad_cues.SOUGHT_IN_CLAUSE.search(self.text, position, close) is None
                and self._colleagues_at(tokens[-1], tokens.start)
            ):
                described.append((position, close))
            position = self.text.find("(", close, end)
        return described

    @cached_attribute
    def _other_jobs_clauses(self) -> list[tuple[int, int]]:
        """The clauses that name other vacancies ("We're also hiring a Senior Rust Engineer", up to a dash or
        semicolon), or the whole sentence when its line opens with such a label ("ALSO HIRING: Lead iOS Developer ·
        Data Engineer", split at each "·")."""
        opening = self.line_opening.lower()
        if (
            ("hiring" in opening or "other" in opening)
            and ad_cues.OTHER_JOBS.search(opening)
            and ad_cues.SENTENCE_END.search(opening) is None  # a label, not the sentences before this one
        ):
            return [(0, len(self.text))]
        if not ad_cues.holds_any(
            self.text, ("hiring", "other", "see our", "see the", "also", "companion", "sister", "separately")
        ):
            return []
        starts = [match.end() for match in ad_cues.OTHER_JOBS.finditer(self.text)]
        # "We're also looking for an Office Manager with Sage": another post, named by its title; not "also
        # looking for a team player".
        if ad_cues.THIS_POST.search(self.text) is None:  # not "also looking for a Data Engineer ... for this role"
            starts += [
                match.end() for match in ad_cues.ALSO_SEEKING.finditer(self.text) if self._names_a_post(match.end())
            ]
        clauses = []
        for start in starts:
            end = ad_cues.CLAUSE_END_NOT_COMMA.search(self.text, start)
            clauses.append((0, end.start() if end else len(self.text)))
        return clauses

    def _names_a_post(self, start: int) -> bool:
        """Whether the few words from character `start` of the sentence name a post: "a Scala engineer", "an Office
        Manager"; not the person sought ("a candidate", "someone who")."""
        for k in self._tokens_between(start, start + ad_cues.POST_NAME_REACH):
            text = self.words.texts[k].lower()
            if text in ad_cues.SOUGHT_NOUNS or text in (",", ".", "who", "that", "to"):
                return False
            if self.words.role_noun(k) or text in ad_cues.WORKER_GROUPS:
                if k + 1 < self.end and self.words.texts[k + 1].lower() == "who":
                    # "an engineer who knows GraphQL" is the person sought, as "someone who" is, unless the ad's title
                    # names another post ("QA Analyst ... We're also looking for an engineer who knows Appium").
                    titles = self.words.title_roles
                    return bool(titles) and self.words.post_of(k) not in titles
                return True
        return False

    @cached_attribute
    def demands(self) -> bool:
        return ad_cues.HARD_REQUIRED.search(ad_cues.without_not_needed(self.cue_text)) is not None

    @cached_attribute
    def asks_the_applicant(self) -> bool:
        """Whether the sentence speaks of the applicant, not of what the employer or its staff must do."""
        return ad_cues.APPLICANT.search(self.text) is not None

    @cached_attribute
    def asks_the_reader(self) -> bool:
        return ad_cues.READER_ASKED.search(self.text) is not None

    @cached_attribute
    def asks_anyway(self) -> bool:
        return ad_cues.STRONG_ASKING_WORDS.search(self.text) is not None

    @cached_attribute
    def states_pay(self) -> bool:
        """Whether the sentence gives an amount of pay or a rate: "£13.00/hr", "€75k–€95k", "per day"."""
        return ad_cues.holds_any(self.text, ad_cues.PAY_ANCHORS) and ad_cues.PAY.search(self.text) is not None

    @cached_attribute
    def offers_the_reader(self) -> bool:
        """Whether the employer offers the reader something and the sentence asks for nothing: "We offer a salary
        of £90k and a generous conference budget" after a list of wishes, or a list of benefits ("£18 an hour,
        holiday pay and pension auto-enrolment"). Not when it names the person sought: "We offer opportunities for
        engineers with the expertise to solve problems in distributed services"."""
        text = self.text
        if not ad_cues.holds_any(text, ad_cues.OFFER_OR_BENEFIT_ANCHORS):
            return False  # the common case: none of the words of an offer or a benefit
        offer = ad_cues.holds_any(text, ad_cues.OFFER_ANCHORS) and ad_cues.OFFER_STATEMENT.search(text) is not None
        if not offer and not ad_cues.holds_any(text, ad_cues.BENEFIT_ANCHORS):
            return False
        if self.asks_anyway or ad_cues.HARD_REQUIRED.search(text) is not None:
            return False
        if offer:
            return not any(self.words.role_noun(k) for k in range(self.start, self.end))
        # A list of benefits without a heading: "Civil Service pension, flexible working and 25 days leave".
        benefits = {match.group().lower() for match in ad_cues.BENEFIT_MARKERS.finditer(text)}
        return len(benefits) >= _BENEFITS_OF_A_LIST and not self.opens_with_duty


def _others_clauses(
    doc: Doc, text: str, words: _DocWords, sentences: dict[int, _SentenceCues]
) -> list[tuple[int, int]]:
    """The character ranges of every clause of a CV or profile said of others' work or of what the writer only
    watched, in sentences with skills or without: where a sentence's own words show no skill of the writer's."""
    clauses: list[tuple[int, int]] = []
    for sentence_start, sentence_end in zip(*all_sentence_bounds(doc), strict=True):
        start_char, end_char = words.char_bounds(sentence_start, sentence_end)
        if not ad_cues.holds_any(text[start_char:end_char].lower(), ad_cues.OTHERS_ANCHORS):
            continue  # most sentences say nothing of anyone else: a substring test spares their cues
        cues = sentences.get(sentence_start) or _SentenceCues(sentence_start, sentence_end, text, words)
        clauses.extend((cues.start_char + start, cues.start_char + end) for start, end in cues.done_by_others_ranges)
    return clauses


def _done_by_someone_else(span: Span, words: _DocWords, cues: _SentenceCues, offset: int) -> bool:
    """Whether a mention is another team's ("Partnered with the data science team"), received from someone ("Was
    mentored by a senior engineer": the writer was the mentee), or what others do or the writer only watched ("for
    the senior editors, who cut the promos on Avid", "Shadowed the security team who built the ISE policies"). A CV
    does not show it (an ad's is said of the employer)."""
    if (
        span.end < len(words.texts)
        and words.texts[span.end].lower() in ad_cues.TEAM_NOUNS
        and words.after_colleague_link(span.start, cues.start, people=True)
    ):
        return True
    if span.end + 1 < len(words.texts) and words.role_noun(span.end) and words.texts[span.end + 1] in POSSESSIVE_MARKS:
        return True  # the person it describes owns what follows: "shake flask work for a PhD student's project"
    return _received_from_someone(span, words) or cues.done_by_others(offset)


def _cue_of(span: Span, level: str | None, text: str, marks: dict[int, str]) -> str | None:
    """The level of the cues for `span`: its sentence's (`level`), unless a person specification marks its line or the
    skill itself ("JavaScript (E), TypeScript (D)")."""
    if marks:
        level = marks.get(text.rfind("\n", 0, span.start_char) + 1, level)
    if "(" in text[span.end_char : span.end_char + 3]:
        mark = ad_cues.INLINE_MARK.match(text, span.end_char)
        if mark is not None:
            level = "required" if mark.group(1) == "E" else "preferred"
    return level


def _said_of_the_employer(span: Span, cues: _SentenceCues, offset: int, section: str, cue: str | None) -> bool:
    """Whether the mention at `offset` of the sentence says nothing of the job: it is in a section about the
    employer, said of others, of "we", or of the setting."""
    words = cues.words
    if offset >= cues.says_of_itself_from:
        return True  # equal-opportunity text, or what the ad says of applying
    if offset < cues.client_description_end and span.start not in words.tool_starts:
        return True  # "Our client, a leading law firm specialising in personal injury claims, needs a receptionist"
    following = words.texts[span.end].lower() if span.end < len(words.texts) else ""
    if following in ad_cues.BENEFIT_NOUNS and not cues.asks_something and _ends_a_benefit(words.texts, span.end + 1):
        # A benefit: "NHS pension", "Local Government Pension Scheme", "SEN allowance"; not in a sentence that asks
        # ("UK payroll knowledge (PAYE, NI, auto-enrolment pensions)").
        return True
    provided = (
        ad_cues.PROVIDED_NOUNS_BEFORE.get(words.texts[span.end - 1].lower()) if span.end - span.start == 1 else None
    )
    if provided is not None:
        before = cues.doc_text[max(cues.start_char, span.start_char - ad_cues.PROVIDED_REACH) : span.start_char]
        if provided.search(before.lower()):
            return True  # given to the reader: "a dedicated learning budget", "you'll get a mentor"
    if following in ad_cues.CLIENT_NOUNS and words.owned_by_the_employer(span.start, cues.start):
        return True  # the clients' sector: "whitepapers for our cybersecurity clients"
    if cue is None and cues.clients_named_from <= offset < cues.clients_named_end:
        return True  # "a broker whose clients range from Lloyd's Market syndicates to regional MGAs"
    if (
        cue is None
        and section not in ad_cues.CANDIDATE_SECTIONS
        and words.names_a_line_of_business(span.start, span.end, cues.start, cues.end)
        and not cues.asks_anyway
    ):
        return True  # the employer's line of business: "Our busy dog grooming salon needs a receptionist"
    team_after = following in ad_cues.TEAM_NOUNS
    if (
        (team_after and words.after_colleague_link(span.start, cues.start))
        or words.after_collaboration(span, cues.start)
        or (
            (team_after or words.texts[span.end - 1].lower() in ad_cues.TEAM_NOUNS)
            and words.owned_by_the_employer(span.start, cues.start)
        )
    ):
        # Another team's name: "work closely with our SRE team", "schedule engagements for our red team"; not
        # "collaborate with cross-functional teams", a skill.
        return True
    if (
        cue is None
        and ((cues.employer_statement and not cues.names_tools) or (cues.names_a_unit and inside_unit_name(span)))
        and not cues.asks_something
    ):
        # Where the job sits and who the employer is, under any heading: "The Department of Bioinformatics and
        # Data Mining combines ...", "Morgan is a global leader in financial services" after the requirements.
        return True
    if (
        cues.doc_text[span.start_char : span.end_char].lower() in ad_cues.PAY_TERMS
        and cues.states_pay
        and not cues.asks_something
        and not cues.opens_with_duty
    ):
        return True  # how the job is paid: "£25.50 per hour PAYE / £31 CIS", "18 000 PLN + VAT (B2B)"
    if cue is None and cues.offers_the_reader:
        return True  # a benefit, under any heading: "We will support you with a £1,000 CPD budget"
    if section in NON_REQUIREMENT_SECTIONS:
        # A request to the reader under a heading about the employer is still one ("About the Trust ... You will
        # need strong Excel and SQL"). Equal-opportunity text asks nothing, even of experience ("applications from
        # people with experience of the care system"), unless a sentence of its own demands ("Applicants must hold a
        # full UK driving licence").
        if section == "equal_opportunity":
            return not (cues.demands and cues.asks_the_applicant)
        return not (cues.asks_anyway or (section == "about_company" and cues.asks_the_reader))
    if cues.said_of_others(offset):
        # "We're also hiring a Senior Rust Engineer": another vacancy asks nothing; nor does what a colleague does
        # ("You'll support the Transport Manager, who holds the Transport Manager CPC").
        return True
    if (
        section not in ad_cues.ASKING_SECTIONS or (section == "role" and cue is None and cues.we_speak_of_ourselves)
    ) and cues.about_employer_at(offset):
        # Under the role's heading too, where whole ads sit ("Job description"), when "we" open a sentence that
        # names no tool and hires no one: "We are highly motivated collaborative and fun-loving team with an
        # entrepreneurial spirit"; not "We write Java", "We're recruiting a Night Transport Planner to plan
        # ... our primary distribution operation", "we look first for people who are passionate about ...".
        return True
    return section not in ad_cues.SETTING_ASKING_SECTIONS and cues.describes_setting


def _after_an_amateur_word(text: str, start: int) -> bool:
    """Whether a word just before character `start` makes the skill there a pastime (`ad_cues.AMATEUR_BEFORE`)."""
    before = max(0, start - _AMATEUR_REACH)
    if not ad_cues.holds_any(text[before:start].lower(), _AMATEUR_ANCHORS):
        return False  # the common case, decided without a regex
    return ad_cues.AMATEUR_BEFORE.search(text, before, start) is not None


_AMATEUR_REACH = 25  # characters before a mention where the word may stand
# A substring of every match of `ad_cues.AMATEUR_BEFORE`, in lower case. Its letters have no other case than ASCII's
# under the pattern's IGNORECASE ("recreational" would miss "RECREATıONAL", dotless i).
_AMATEUR_ANCHORS = ("amateur", "hobby", "recreat")


def _names_a_contact_channel(text: str, cues: _SentenceCues, span: Span) -> bool:
    """Whether the words just before the mention make it a channel to reach someone: "send her a message on
    Slack"."""
    start = max(cues.start_char, span.start_char - ad_cues.CONTACT_CHANNEL_REACH)
    before = text[start : span.start_char].lower()
    if not before.endswith((" on ", " via ", " over ", " through ", " the ")):
        return False  # the common case, decided without a regex
    return ad_cues.CONTACT_CHANNEL_BEFORE.search(before) is not None


def _ends_a_benefit(texts: list[str], k: int) -> bool:
    """Whether the benefit noun before token `k` ends its phrase ("NHS pension, flexible working", "Local
    Government Pension Scheme"): not "auto-enrolment pension duties", where it is one noun of a duty's."""
    following = texts[k].lower() if k < len(texts) else ""
    return not (following.isalpha() and following not in ad_cues.BENEFIT_NAME_ENDS and following.islower())


def _names_the_post(span: Span, words: _DocWords) -> bool:
    """Whether a degree names the post or its programme by the noun after it ("PhD stipend", "the PhD degree
    students"), so that the ad does not ask for it."""
    texts, k = words.texts, span.end
    if k < len(texts) and texts[k].lower() == "degree":
        k += 1
    return k < len(texts) and texts[k].lower() in ad_cues.POST_NOUNS


def _around(text: str, cues: _SentenceCues, span: Span) -> tuple[str, str]:
    """The lower-case words of the sentence just before and just after `span`, as far as years can be read: a
    window, so that a sentence thousands of words long costs no more per skill. Cut at a space, so that no
    number is cut ("15 years" is not read as "5 years")."""
    start = max(cues.start_char, span.start_char - ad_cues.YEARS_PREFIX_REACH)
    prefix = text[start : span.start_char]
    if start > cues.start_char:
        prefix = prefix[prefix.find(" ") + 1 :]
    return prefix.lower(), text[span.end_char : min(cues.end_char, span.end_char + ad_cues.YEARS_SUFFIX_REACH)].lower()


def _received_from_someone(span: Span, words: _DocWords) -> bool:
    """Whether the skill is named by a passive verb whose doer is a person: "mentored by a senior engineer",
    "coached by the Head of Research" (a title in capitals), "cooked by our chef"; the writer received it, or
    someone else did it; or is the subject of one: "define.xml was created by the lead programmer". Not "reduced
    costs by 20%", "motivated by the idea of ..."."""
    last, texts = span.end - 1, words.texts
    # The skill in the subject of a passive: "define.xml was created by the lead programmer", "LOLER exams on the
    # tail lifts were done by the agent" (the passive's verb a few words on, in the same clause).
    auxiliary = next(
        (
            k
            for k in range(span.end, min(span.end + _SUBJECT_REACH, len(texts) - 3))
            if texts[k].lower() in _PASSIVE_AUXILIARIES or texts[k] in _CLAUSE_MARKS
        ),
        None,
    )
    if (
        auxiliary is not None
        and texts[auxiliary].lower() in _PASSIVE_AUXILIARIES
        and (auxiliary == span.end or _opens_its_clause(span, words))
        and not any(texts[k].lower() in _RELATIVE_PRONOUNS for k in range(span.end, auxiliary))
        and texts[auxiliary + 1].lower() not in _SHARED_PARTICIPLES
    ):
        participle = texts[auxiliary + 1].lower()
        last = auxiliary + 1
        if last + 2 < len(texts) and texts[last + 1].lower() in _PARTICLES:
            last += 1  # "carried out by", "set up by"
    else:
        participle = texts[last].lower()
        if not participle.endswith("ed"):
            return False
    if not (
        last + 2 < len(texts)
        and (participle.endswith("ed") or participle in _IRREGULAR_PARTICIPLES)
        and texts[last + 1].lower() == "by"
    ):
        return False
    doer = range(last + 2, min(last + 2 + _DOER_REACH, len(texts)))
    return (
        texts[last + 2].lower() in _PERSONAL_DETERMINERS
        or any(words.role_noun(k) or texts[k].lower() in staff_words() for k in doer)
        or (last + 3 < len(texts) and texts[last + 2].lower() in ("a", "the") and texts[last + 3].istitle())
    )


_DOER_REACH = 4  # tokens after "by" read for the doer's role noun: "by a senior software engineer"
_SUBJECT_REACH = 6  # tokens after a skill read for the passive it is the subject of: "exams on the tail lifts were"
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")", "-", "–", "—"})
_PARTICLES = frozenset({"out", "up", "over"})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
# What others did with it too, not instead of the writer: "Python scripts were used by the whole team".
_SHARED_PARTICIPLES = frozenset({"used", "adopted", "shared", "read", "praised", "reviewed", "approved", "signed"})
# Participles not ending in "-ed": "were done by the agent", "was written by the lead".
_IRREGULAR_PARTICIPLES = frozenset(
    {"done", "made", "run", "taken", "given", "written", "built", "set", "kept", "led", "held", "taught", "drawn"}
)


def _opens_its_clause(span: Span, words: _DocWords) -> bool:
    """Whether a skill opens its line or clause, or follows only a determiner there: the subject of what follows."""
    k = span.start - 1
    if k >= 0 and words.texts[k].lower() in ("the", "our", "all", "any", "some"):
        k -= 1
    return k < 0 or words.texts[k] in _CLAUSE_MARKS or words.texts[k] in BULLET_MARKS or "\n" in words.texts[k]


_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "got"})
# A doer who is a person by the determiner alone: "by my manager", "by our chef".
_PERSONAL_DETERMINERS = frozenset({"my", "our", "his", "her", "their"})
