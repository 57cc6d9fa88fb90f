"""The skill matcher: taxonomy forms on normalised words, ambiguous forms on exact case and in context."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, NORM, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from skillgap.documents.sections import BULLET_MARKS, heading_of, normalise_heading
from skillgap.nlp.acronyms import acronyms_of_other_things, spelt_out_before_as_other_things
from skillgap.nlp.doc_data import (
    DOC_KIND_KEY,
    FORM_TOKENS_KEY,
    LIST_JOINS,
    SPANS_KEY,
    SpanValues,
    closes_a_firms_name,
    doc_text,
    inside_organisation_name,
    section_at,
    section_start_at,
    starts_inside_a_line,
    token_strings,
)
from skillgap.nlp.normalise import letters_and_digits
from skillgap.nlp.phrases import action_verbs
from skillgap.nlp.words import FUNCTION_WORD_RANK, GOOD_AT, role_nouns, word_ranks
from skillgap.taxonomy import Skill, Taxonomy, load_taxonomy
from skillgap.taxonomy.load import read_lexicon


@Language.factory(
    "skill_matcher",
    assigns=["doc.spans"],
    requires=["token.norm"],
    default_config={"taxonomy_path": "", "extensions": []},
)
def make_skill_matcher(nlp: Language, name: str, taxonomy_path: str, extensions: list[str]) -> SkillMatcher:
    """`taxonomy_path`: a compiled taxonomy ("" = the packaged one); `extensions`: TOML files merged into it."""
    base = Path(taxonomy_path) if taxonomy_path else None
    return SkillMatcher(nlp, load_taxonomy(base, tuple(Path(path) for path in extensions)))


# Words after an ambiguous form that show it is the skill ("Go services", "Excel spreadsheets").
_SKILL_CONTEXT_NEXT = frozenset(
    [
        "programming",
        "language",
        "developer",
        "development",
        "engineer",
        "engineering",
        "code",
        "coding",
        "service",
        "microservice",
        "application",
        "app",
        "framework",
        "library",
        "script",
        "scripting",
        "api",
        "backend",
        "stack",
        "spreadsheet",
        "formula",
        "macro",
        "pivot",
        "template",
        "certification",
        "certified",
        "skill",
        "proficiency",
        "experience",
        "expertise",
        "knowledge",
        "module",
        "package",
        "project",
        "tooling",
        "cluster",
        "pipeline",
        "job",
        "workbook",
        "model",
        "cookbook",
        "recipe",
        "manifest",
        "playbook",
        "middleware",
        "table",
        "channel",
        "calendar",
        "inbox",
        "mailbox",
        "handler",
        "function",
        "notebook",
        "workspace",
        "bot",
        "agent",
        "test",
        "suite",
        "spec",
        "server",
        "instance",
        "deployment",
        "monolith",
        "component",
        "plugin",
        "extension",
        "integration",
        "sdk",
        "query",
        "dashboard",
        "report",
        "document",
        "file",
        "state",
        "pillar",
        "build",
        "release",
        "repository",
        "repo",
        "codebase",
        "program",
        "firmware",
        "driver",
        "tenant",
        "licence",
        "license",
        "course",
        "qualification",
        "implementation",
        "rollout",
        "migration",
        "upgrade",
        "administration",
        "admin",
        "administrator",
        "user",
        "consultant",
        "system",
        "platform",
        "environment",
        "webinar",
        "meeting",
        "screen",
        "device",
        "chatbot",
        "experiment",
    ]
)
# "MTD-compatible", "ISO-certified": the abbreviation before such a word names the thing itself.
_NAMED_THING_SUFFIXES = frozenset(
    ["compatible", "compliant", "certified", "accredited", "approved", "registered", "based", "enabled", "ready"]
)
# After an acronym, nouns of work also tell the sense: "AP invoices", "TA team", "SAR requests", "GTM plan".
_ACRONYM_CONTEXT_NEXT = _SKILL_CONTEXT_NEXT | frozenset(
    [
        "team",
        "lead",
        "plan",
        "strategy",
        "request",
        "process",
        "training",
        "background",
        "invoice",
        "role",
        "function",
        "department",
        "practice",
        "policy",
        "procedure",
        "audit",
        "score",
        "assessment",
        "delivery",
        "campaign",
        "specialist",
        "expert",
        "network",
        "session",
        "therapy",
        "programme",
        # its paperwork: "signing off the QC sheets", "HACCP records", "LOLER checks"
        "sheet",
        "check",
        "checklist",
        "record",
    ]
)
# Tokens that separate the items of a list ("Python, Go and Rust").
_LIST_SEPARATORS = frozenset({",", "/", "|", "&", "and", "or", "(", ")", ";", ":", "+", "•", "·", "-", "–"})
# Sections whose lines are lists of skills (CV skills; an ad's requirements and wishes).
# Not Experience: an ad's Experience list holds towns, jobs and seasons as often as products ("Jersey", "Chef",
# "Spring").
_SKILL_LIST_SECTIONS = frozenset(
    {"skills", "languages", "certifications", "requirements", "preferred", "qualifications"}
)
_PREPOSITIONS = frozenset({"in", "with", "using", "on", "of", "via", "into"})
# Kindred words must be rarer than this frequency rank ("team" or "management" say nothing of a field), or
# rarer than the second and named in the skills of at most a few domains ("hotel", "invoice", "school").
_KINDRED_MIN_RANK = 5_000
_FIELD_WORD_MIN_RANK = 1_000
_FIELD_WORD_MAX_DOMAINS = 3
_EVERYDAY_DOMAINS = frozenset({"soft_skills"})
# The domain of industries and sectors, which a CV's employers' names may name (`_names_a_sector`).
_SECTORS_DOMAIN = "industries_sectors"
# Curated context words among the most frequent English words ("team", "work") show nothing.
_CONTEXT_WORD_MIN_RANK = 500


def _rank(ranks: dict[str, int], word: str, norm: str, unranked: int) -> int:
    """How common a word of the taxonomy's names is, as written or as its lemma: tokens are compared by lemma, so a
    rare inflection of a common word would speak for every use of that word ("5 Whys" made any "why" a word of its
    field)."""
    return min(ranks.get(word, unranked), ranks.get(norm, unranked))


_WORD_RE = re.compile(r"[A-Za-z]+")
# Before a form used as an object or a quality: "written in C", "managed via Puppet", "I am reliable".
_BEFORE_OBJECT = _PREPOSITIONS | {
    "to",
    "from",
    "through",
    "over",
    "within",
    "am",
    "is",
    "are",
    "be",
    "being",
    "use",
    "uses",
    "used",
    "utilise",
    "utilize",
    "leverage",
    # knowing or writing a named thing: "someone who knows Flutter", "if you've written Rust"
    "know",
    "knows",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "learn",
    "learned",
    "learnt",
    "learning",
    # years of a named thing: "3+ years React", "2 yrs Salesforce"
    "years",
    "yrs",
    # working on a named thing: "maintain Cypress suites", "configure Jenkins", "deploying to Heroku"
    *("maintain", "maintains", "maintaining", "configure", "configures", "configuring", "deploy", "deploys"),
    *("deploying", "administer", "administers", "administering", "automate", "automates", "automating"),
}
# A level right after a name: "Excel preferred", "Julia essential".
_CUES_AFTER_A_NAME = frozenset({"essential", "required", "preferred", "desirable", "mandatory", "preferable"})
# What says of a name that it is asked for: "Excel is essential", "Julia would be a plus".
_PREDICATE_VERBS = frozenset({"is", "are", "would", "will"})
_PREDICATE_REACH = 5
_ASKED_PREDICATE = re.compile(
    r"(?:is|are|would be|will be)\s+(?:(?:a|an|very|highly|also|really|definitely|always|an added|a big|a real)\s+)?"
    r"(?:essential|required|mandatory|must|plus|advantage|desirable|preferred|beneficial|useful|bonus|asset|"
    r"requirement|advantageous)\b"
)
# Words of ability before "at": "expert at Excel", "good at Go".
# After it: "in R to track", "in C for ARM", "Puppet at scale".
_AFTER_OBJECT = _PREPOSITIONS | {"to", "for", "at", "from", "across", "over", "behind"}
# Words that make "degree" a higher one than a first degree: "a postgraduate degree in a relevant field", "a PhD
# degree", "a finance degree at masters level".
HIGHER_DEGREE_WORDS = frozenset(
    {"postgraduate", "post-graduate", "graduate", "doctoral", "masters", "master", "higher", "advanced", "research"}
    | {"phd", "doctorate"}
)
DEGREES_DOMAIN = "degrees_qualifications"
# Domains whose skills vouch for each other's ambiguous forms ("Docker, Go and PostgreSQL").
_TECH_DOMAINS = frozenset(
    {
        "programming_languages",
        "frameworks_libraries",
        "databases",
        "cloud_devops",
        "data_ml",
        "security",
        "it_support_networking",
        "software_engineering",
        "dev_tools_platforms",
        "office_tools",
        "design_creative",
    }
)
# After a soft skill's word, nouns that make it the name of a group or a scheme: "the senior leadership team",
# "our Communications team", "the Trust leadership programme".
_GROUP_NOUNS = frozenset({"team", "board", "committee", "group", "forum", "programme", "program", "function"})
# After the group's noun, nouns that make it a verb's object: "mentoring team members".
_GROUP_MEMBER_NOUNS = frozenset({"member", "members", "leads", "leaders", "players", "colleagues"})
# The endings of the adjectives soft skills are written as: "analytical", "creative", "curious", "reliable",
# "resilient", "motivated".
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ble", "ful", "ic", "ent", "ant", "ed")
# Nouns with an adjective's ending, whose next word may be a verb: "takes responsibility and initiative takes the lead".
_NOUNS_LIKE_ADJECTIVES = frozenset({"initiative", "potential", "professional", "individual", "rational"})
# Nouns of a person's traits and ways, which such an adjective describes as a skill: "analytical mind",
# "flexible approach", "calm manner", "creative flair".
_TRAIT_NOUNS = frozenset(
    {"mind", "mindset", "approach", "attitude", "manner", "nature", "personality", "outlook", "disposition", "eye"}
    | {"flair", "streak", "spirit", "temperament", "thinking", "thinker", "skill", "skills", "ability", "abilities"}
    | {"person", "people", "individual", "individuals", "self", "character", "style", "way", "ways"}
    | {"communicator", "learner", "worker", "leader", "player", "colleague", "professional", "professionals"}
    | {"expertise", "capability", "capabilities", "competence", "strengths", "acumen", "judgement", "insight"}
    # what a person makes that shows the trait: "find pragmatic solutions", "creative ideas"
    | {"solution", "solutions", "idea", "ideas", "decision", "decisions", "approaches"}
)
# After a one-word soft skill, nouns it only qualifies: "thorough knowledge", "creative understanding".
# Nouns a single letter labels, so that "C" or "R" after them is no language: "a Series C company", "Band C".
_NOUNS_LABELLED_BY_A_LETTER = frozenset(
    {"series", "band", "grade", "grades", "type", "class", "category", "level", "part", "section", "schedule"}
    | {"tier", "phase", "plan", "vitamin", "hepatitis", "hep", "zone", "block", "appendix", "annex", "option"}
)
_LEARNER_NOUNS = frozenset({"learners", "learner", "pupils", "pupil", "cohort", "cohorts", "classes"})
_KNOWING_NOUNS = frozenset({"knowledge", "understanding", "grasp", "awareness", "familiarity"})
# Nouns of machines and software after a soft skill's noun, which make it a technology: "communication stacks",
# "collaboration tools", "BLE communication between devices"; not the skill of a person.
_TECHNICAL_HEADS = frozenset(
    {"stack", "stacks", "protocol", "protocols", "interface", "interfaces", "bus", "layer", "layers", "module"}
    | {"modules", "software", "tool", "tools", "platform", "platforms", "suite", "app", "apps", "api", "apis"}
)
# A soft skill's noun, not its verb or adjective: "Troubleshoot API issues" names the skill.
_ABSTRACT_NOUN_ENDINGS = ("tion", "tions", "ship")
_MACHINE_NOUNS = frozenset(
    {"devices", "systems", "services", "components", "nodes", "modules", "machines", "microservices", "processes"}
    | {"ecus", "applications", "apps", "servers", "sensors", "controllers", "boards", "chips", "vehicles"}
)
# Coarse sectors of the taxonomy's domains, for telling two readings of one form apart ("GCP").
SECTOR_OF = {
    **dict.fromkeys(_TECH_DOMAINS - {"office_tools", "design_creative"}, "software"),
    **dict.fromkeys(("allied_health_pharmacy", "healthcare_nursing", "mental_health_therapy", "social_care"), "health"),
    **dict.fromkeys(("engineering_disciplines", "engineering_manufacturing", "construction_trades"), "engineering"),
}


# Pattern modes matched on normalised words.
_NORM_MODES = frozenset({"norm", "title"})
_TITLE_KEY = "title:"


class SkillMatcher:
    """Finds canonical skills: surface forms matched on `token.norm_`; ambiguous forms on exact case, in context."""

    def __init__(self, nlp: Language, taxonomy: Taxonomy) -> None:
        self.nlp = nlp
        self.taxonomy = taxonomy
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        # Exact-case forms: "dbt" (not "DBT" therapy), and the ambiguous ones ("Go", "Excel"), checked in context.
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.ambiguous_forms = {(p.skill_id, p.text) for p in taxonomy.patterns if p.mode == "ambiguous"}
        # Acronyms of three letters or more that two skills share ("GCP": Google Cloud Platform, Good Clinical
        # Practice): no English word, so the question is only which skill; the evidence for each decides.
        readings: dict[str, set[str]] = {}
        for skill_id, text in self.ambiguous_forms:
            readings.setdefault(text, set()).add(skill_id)
        self.shared_acronyms = frozenset(
            text
            for text, ids in readings.items()
            if len(ids) > 1 and len(text) >= 3 and text.isalpha() and text.isupper()
        )
        # The names of spoken languages, lower case: a CEFR level beside one is the language's ("English (C1)").
        self.language_names = frozenset(skill.label.lower() for skill in taxonomy if skill.type == "language")
        # The same ambiguous forms in any case, for lists of skills: "react, node, aws", tag lines.
        self.list_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # The skill a bare "degree" names (a bachelor's): after a named degree, "degree ..." is that degree's.
        self.generic_degree = next((p.skill_id for p in taxonomy.patterns if p.text.lower() == "degree"), None)
        self.title_keys: dict[int, int] = {}  # the matcher's key for a skill's job titles -> the skill id
        self._kindred: dict[str, frozenset[str]] = {}
        self._kindred_hash_sets: dict[str, frozenset[int]] = {}
        # Of the kindred words, those read off the taxonomy's names, not curated as context.
        self._derived: dict[str, frozenset[str]] = {}
        self._derived_hashes: dict[str, frozenset[int]] = {}
        self._link_sets: dict[str, frozenset[str]] = {}
        self._field: tuple[frozenset[str], dict[str, frozenset[str]]] | None = None
        # skill id hash -> the norms of the past participles that open its names ("Looked After Children"), where
        # no name of the skill opens with that verb's "-ing" form.
        self._participle_openings: dict[int, frozenset[int]] = {}
        self.initialized = False

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Compile the surface forms into phrase matchers (once per process)."""
        nlp = nlp or self.nlp
        normalizer = nlp.get_pipe("skill_normalizer")
        # Plain words are split on spaces exactly as the tokenizer would split them, unless a tokenizer exception
        # applies ("cannot") or a figure runs into letters, which the tokenizer may split off as a unit ("5G" is
        # "5" and "G", as "11g" and "21G" are): those forms need no tokenizing at start-up.
        exceptions = set(nlp.tokenizer.rules or {})
        # The other forms go through a copy of the tokenizer: tokenizing them with the pipeline's own would fill
        # its cache with thousands of entries, which makes every later document about 20% slower to tokenize.
        tokenizer = _same_tokenizer(nlp)
        # The tokenizer splits each space-separated chunk on its own: only the chunks that are not plain words are
        # tokenized, each once ("C++", "front-end", "(CIPD)" recur across thousands of forms).
        chunk_tokens: dict[str, list[str]] = {}

        def tokens_of(text: str) -> list[str]:
            chunks = text.split(" ")
            if "" in chunks:  # a run of spaces is a token of its own (an extension's form): the form is read whole
                return [token.text for token in tokenizer(text)]
            words: list[str] = []
            for chunk in chunks:
                if chunk.isalnum() and chunk not in exceptions and not _FIGURE_THEN_LETTER.search(chunk):
                    words.append(chunk)
                    continue
                if chunk not in chunk_tokens:
                    chunk_tokens[chunk] = [token.text for token in tokenizer(chunk)]
                words.extend(chunk_tokens[chunk])
            return words

        by_skill: dict[tuple[str, str], list[list[str]]] = {}
        for pattern in self.taxonomy.patterns:
            by_skill.setdefault((pattern.skill_id, pattern.mode), []).append(tokens_of(pattern.text))
        self._participle_openings = _participle_openings(by_skill, normalizer.normalise, nlp.vocab.strings.add)
        # Each form goes to its matcher as the hashes of its tokens' matched attribute (as spaCy's own unpickling of a
        # PhraseMatcher does), not as a Doc: building 60,000 Docs was most of the pipeline's start-up. The values
        # are those the tokens of a Doc would hold: the normaliser's norm (NORM), the text (ORTH), its lower case
        # (LOWER).
        add = nlp.vocab.strings.add
        norm = normalizer.normalise
        for (skill_id, mode), forms in by_skill.items():
            if mode in _NORM_MODES:  # exact and ambiguous forms match on their characters (ORTH, LOWER)
                keywords = [[add(norm(word)) for word in words] for words in forms]
                if mode == "title":
                    # In the same matcher as the other forms, under a key of their own: one pass over the Doc.
                    key = _TITLE_KEY + skill_id
                    self.title_keys[add(key)] = add(skill_id)
                    self.matcher.add(key, keywords)
                else:
                    self.matcher.add(skill_id, keywords)
                continue
            self.exact_matcher.add(skill_id, [[add(word) for word in words] for words in forms])
            if mode == "ambiguous":
                self.list_matcher.add(skill_id, [[add(word.lower()) for word in words] for words in forms])
        self.initialized = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.initialized:
            self.initialize()
        strings = doc.vocab.strings
        spans: list[Span] = []
        # Job titles ("Quantity Surveyor") name their skill, but say nothing of the field of the words around them:
        # they are kept apart from the forms that back an ambiguous one ("SWIFT" beside "engineering manager").
        titles: list[Span] = []
        title_keys = self.title_keys
        texts, whitespace = token_strings(doc)
        values = SpanValues(doc)  # writes what `span._.name = value` writes, without an accessor per span
        participle_openings = self._participle_openings
        for match_id, start, end in self.matcher(doc):
            skill = title_keys.get(match_id)
            if skill is None:
                if (
                    match_id in participle_openings
                    and end - start > 1
                    and texts[start].lower().endswith("ing")
                    and doc[start].norm in participle_openings[match_id]
                ):
                    continue
                spans.append(Span(doc, start, end, label=match_id))
            elif texts[end - 1].lower().endswith("ing"):
                # The activity, matched by its lemma ("adult nursing" reads as "adult nurse"): no title.
                spans.append(Span(doc, start, end, label=skill))
            else:
                title = Span(doc, start, end, label=skill)
                values.set(title, "job_title", True)
                titles.append(title)
        ambiguous_places: set[tuple[int, int]] = set()
        for match_id, start, end in self.exact_matcher(doc):
            span = Span(doc, start, end, label=match_id)
            if (strings[match_id], _text_of(texts, whitespace, start, end)) in self.ambiguous_forms:
                values.set(span, "ambiguous", True)
                ambiguous_places.add((start, end))
            spans.append(span)
        # Where an ambiguous form stands, any other match there is as ambiguous ("backup" read by its lemma too),
        # as spaCy keys span extensions by place. Kept apart here rather than read back from `span._` (each read
        # costs).
        sure: list[Span] = []
        ambiguous: list[Span] = []
        for span in spans:
            (ambiguous if (span.start, span.end) in ambiguous_places else sure).append(span)
        list_matches = self.list_matcher(doc)
        exact_places = {(span.start, span.end) for span in spans}
        for match_id, start, end in list_matches:
            if (start, end) in exact_places or not texts[start][:1].isupper():
                continue
            # A lower-case form capitalised only because it opens a sentence or bullet ("Picking orders ...") is
            # the same word: it is checked in context like the form itself.
            text = "".join(texts[k] + whitespace[k] for k in range(start, end - 1)) + texts[end - 1]
            form = text[:1].lower() + text[1:]
            label = strings[match_id]
            if (label, form) not in self.ambiguous_forms:
                continue
            before = doc[start - 1] if start > 0 else None
            # Opens a sentence, a line, or a bullet ("- Picking orders").
            opens = (
                doc[start].is_sent_start
                or before is None
                or before.is_space
                or (before.is_sent_start and not before.is_alpha and not before.like_num)
            )
            if opens:
                span = Span(doc, start, end, label=label)
                values.set(span, "ambiguous", True)
                ambiguous.append(span)
                spans.append(span)
        named = {i for span in (*spans, *titles) for i in range(span.start, span.end)}
        # Words that are forms of some skill, kept or not: never read as a typo of another ("Aruba" is not a
        # misspelt "Ariba"). The fuzzy matcher reads them from here.
        doc.user_data[FORM_TOKENS_KEY] = sorted(named)  # a list: user_data must survive Doc.to_bytes
        # Product names are capitalised in any sentence: they do not make a sentence title case.
        context = _Context(
            doc,
            named=named,
            sure=sure,
            close=self._close,
            same_domain=lambda a, b: self.taxonomy[a].domain == self.taxonomy[b].domain,
            everyday=frozenset(
                k
                for span in sure
                if self.taxonomy[span.label_].domain in _EVERYDAY_DOMAINS
                for k in range(span.start, span.end)
            ),
        )
        sure_tokens = {i for span in sure for i in range(span.start, span.end)}
        # Words read as two skills ("GCP"): only ambiguous forms may have two readings.
        readings: dict[tuple[int, int], int] = {}
        undecided = set()
        for span in ambiguous:
            place = (span.start, span.end)
            if readings.setdefault(place, span.label) != span.label:
                undecided.add(place)
        # A degree's common word, still to be decided ("a degree in ..."), makes no list of another field.
        degrees = self._degrees
        neutral = {(span.start, span.end) for span in ambiguous if span.label_ in degrees}
        sentence_skills = _SentenceSkills(context.by_sentence(spans), self._akin, undecided, neutral, degrees)
        bullet_items = _BulletItems(doc, sure, ambiguous)
        sure_by_end = {span.end: span for span in sure}
        kept = (
            sure
            + titles
            + [
                span
                for span in ambiguous
                if (
                    (span.end - span.start == 1 and texts[span.start] in self.shared_acronyms)
                    or self._in_skill_context(span, sentence_skills, sure_tokens, context)
                    or bullet_items.backed(span, self._akin)
                )
                and not self._example_of_another_kind(span, sure_by_end, texts)
                and not _listed_beside_its_shape_naming_nothing(span, texts, named)
            ]
        )
        kept += self._listed_in_other_case(doc, spans, sure, sure_tokens, context, list_matches)
        kept = self._one_skill_per_place(kept, sure, context)
        if self.generic_degree is not None and any(span.label_ == self.generic_degree for span in kept):
            kept = [span for span in kept if not self._names_a_degree_named_before(span, kept)]
        # In a CV, an employer's name says the sector its writer worked in: "Halden Pharma UK Ltd".
        writer_worked_there = doc.user_data.get(DOC_KIND_KEY) in ("cv", "profile")
        kept = [
            span
            for span in longest_spans(kept)
            if self._fits_its_type(span, kept, context)
            # (Only a capitalised form can be inside a name: asked first, as that function does.)
            and not (
                texts[span.start][:1].isupper()
                and inside_organisation_name(span)
                and not (writer_worked_there and self._names_a_sector(span.label_) and closes_a_firms_name(span))
            )
            and not _before_a_level_number(span, texts)
            and not _readiness_for_it(span, texts)
            and not _a_postcode_district(span, texts, sure_tokens)
            and not self._an_acronym_read_as_an_inflection(span, texts, context)
            # In an ad, a sector in lower case with "'s" is one body of it, whom the post deals with: "present them
            # to the local authority's Safety Advisory Group" asks no local government experience; so is one that
            # funds or runs a thing: "local authority funded residents". (In a CV, "the council's housing team" says
            # where its writer worked; "the NHS's" is a name, read as the others are.)
            and not (
                not writer_worked_there
                and texts[span.start].islower()
                and self._names_a_sector(span.label_)
                and _a_body_of_it_after(span, texts)
            )
        ]
        kept = self._without_awarding_bodies(kept, texts)
        spelt_otherwise = spelt_out_before_as_other_things(
            kept,
            self.taxonomy,
            # Words of its field keep it the skill: "Maison Lumen [...] a fascinating ML problem" of search.
            backed=lambda span: bool(self._kindred_in(span.label_, context.sentence(span.start), context)),
        )
        if spelt_otherwise:
            kept = [span for span in kept if span.start not in spelt_otherwise]
        if kept and "(" in doc_text(doc):
            # "the Center for Protein Research (CPR)": every "CPR" in the document is the centre.
            other_acronyms = acronyms_of_other_things(kept, self.taxonomy)
            if other_acronyms:
                kept = [span for span in kept if span.text not in other_acronyms]
        doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _in_skill_context(
        self, span: Span, sentence_skills: _SentenceSkills, sure_tokens: set[int], context: _Context
    ) -> bool:
        """Is an ambiguous form ("Go", "Excel", "Teams") the skill here? From its neighbours and its sentence."""
        doc = span.doc
        form = span.text  # read once: each read of a Span's text builds its tokens
        if _is_heading_line(span):
            return False  # a heading's own word: "NICE" over a list of wishes, "MUST", "Spring"
        if (
            form.islower()
            and span.end < len(doc)
            and context.texts[span.end] == "of"
            and self.taxonomy[span.label_].domain == DEGREES_DOMAIN
        ):
            return False  # a measure: "a high degree of accuracy" (a degree's own names are capitalised before "of")
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        # Their texts, as plain strings.
        texts = context.texts
        before_text = texts[span.start - 1] if before is not None else None
        after_text = texts[span.end] if after is not None else None
        if _is_label_word(form, after_text):
            return False  # a label's own word, inside a line: "Must: SQL, Python. Nice: Airflow, dbt."
        if after is not None and form.isupper() and _STANDARD_NUMBER.fullmatch(after.text):
            return False  # a standard's name: "PAS 2035:2023", "PAS 2035" (no patient administration system)
        # Part of a hyphenated compound: "C-suite", "go-to"; but an abbreviation before "-compatible", "-certified"
        # names the thing: "MTD-compatible software".
        if after is not None and after.text in ("-", "–") and not span[-1].whitespace_:
            compound_end = doc[after.i + 1] if after.i + 1 < len(doc) else None
            named_thing = len(form) >= 2 and form.isupper() and compound_end is not None
            return named_thing and compound_end.lower_ in _NAMED_THING_SUFFIXES
        glued_before = before is not None and before.i > 0 and not doc[before.i - 1].whitespace_
        if glued_before and before.text in ("-", "–") and not before.whitespace_ and not doc[before.i - 1].is_space:
            return False
        if before is not None and before.lower_ == "at" and form[:1].isupper():
            # A name after "at" is where someone works or is: "engineer at Hive", "assistant at Opera North"; unless
            # it says how good they are at it ("expert at Excel").
            ability = doc[before.i - 1].lower_ if before.i > 0 else ""
            if ability not in GOOD_AT:
                return False
        if form[:1].isupper() and _followed_by_its_place(span, before_text):
            return False
        if len(form) == 1 and before is not None and before.lower_ in _NOUNS_LABELLED_BY_A_LETTER:
            return False  # a letter that labels a category: "Series C", "Band C", "Hep C", "Grade C"
        if _CEFR_LEVEL.fullmatch(form) and _a_language_level(span, texts, self.language_names):
            return False  # a language's level, not the licence category "C1": "English (C1)", "Spanish at C1 level"
        if (
            form[:1].isupper()
            and self.taxonomy[span.label_].type == "language"
            and ((before is not None and before.norm_ in _LANGUAGE_WORDS) or _language_named_as_skill(span))
        ):
            return True  # a language spoken: "speaks Polish", "fluent Polish", "Polish speaker"
        acronym = len(form) >= 2 and form.isupper()
        nouns_of_its_kind = _ACRONYM_CONTEXT_NEXT if acronym else _SKILL_CONTEXT_NEXT
        # (By its lower case too: the lemma of "training" or "meeting" is a verb.)
        if (
            after is not None
            and form[:1].isupper()
            and (after.norm_ in nouns_of_its_kind or after.lower_ in nouns_of_its_kind)
            and not (
                after.text[:1].isupper()
                and after.norm_ not in role_nouns()
                and (
                    (before is not None and before.is_alpha and before.text[:1].isupper())
                    # or a capital in a sentence in sentence case: "preparing children for the 11+ (GL Assessment)"
                    or (not after.is_upper and context.in_sentence_case(span.start))
                )
            )
        ):
            # A name before a noun of its kind: "Go services", "Excel spreadsheets", "Chef cookbooks". Field words
            # in lower case are not names: "our mobile app", "the security team" need other evidence. Nor is a word
            # inside a longer name in capitals ("Ofcom's Code on Television Access Services"), unless the name is a
            # job's ("Senior React Developer").
            return True
        if context.proper_name_use(span, form) and after is not None and after.like_num:
            return True  # a version: "Rails 7", "Ruby 3.2"
        if after is not None and form[:1].isupper() and after.lower_ in _CUES_AFTER_A_NAME and span.start > 0:
            # A name with its level after it: "Knowledge of Toast, Lightspeed and Excel preferred", "Excel essential".
            return True
        if after is not None and form[:1].isupper() and after.lower_ in _PREDICATE_VERBS:
            # A name said to be asked for: "Excel is essential", "Julia would be a plus" (not "Spring is a busy
            # season").
            following = " ".join(token.lower_ for token in doc[after.i : after.i + _PREDICATE_REACH])
            if _ASKED_PREDICATE.match(following):
                return True
        if _after_its_town(span, before, after, sure_tokens):
            return False  # a state or county after its town: "Atlanta, GA", "Medway, Kent"
        sentence = context.sentence(span.start)
        # The form's own words are never kindred words, so the whole sentence's words can be compared.
        if self._kindred_in(span.label_, sentence, context):
            return True  # the sentence speaks of the skill's own field: "Processing AP invoices"
        has_neighbours, supported, akin_beside = sentence_skills.around(span, sentence)
        if (
            not supported
            and before is not None
            and before.lower_ in _PLACE_PREPOSITIONS
            and form in places_written_out()
        ):
            return False  # a place, with no skill of its field beside it: "volunteering in Fiji", "based in Jersey"
        object_of_a_verb = before is not None and before.lower_ in _BEFORE_OBJECT
        if context.proper_name_use(span, form) and (supported or object_of_a_verb):
            # A product name inside a sentence: "pipelines in Spark on Databricks", "written in Rust".
            return True
        if any(not other._.ambiguous and _coordinated(span, other) for other in akin_beside):
            # One item of a list with a kindred skill: "Exchange, Active Directory and Group Policy".
            return True
        if acronym and (
            context.field_support(span.label_, sentence) >= 1
            or context.field_support(span.label_, section=context.section(span) if context.is_ad else None) >= 2
        ):
            # An abbreviation among skills of its own field: "SAR requests under UK GDPR"; "NEWS" in a CV that
            # names two other clinical skills.
            return True
        if (
            not acronym
            and self.taxonomy[span.label_].type != "soft_skill"
            and context.field_support(span.label_, sentence, same_domain=True) >= 1
        ):
            # A field word beside a skill of its own domain: "Picking orders using RF scanners" (order picking and
            # RF scanning are both logistics).
            return True
        if (
            _after_expertise_cue(span)
            and not _a_gerund_before_its_object(span)
            and not (
                form.endswith("ing")
                and texts[span.start - 2].lower() == "experience"
                and after_text is not None
                and after_text.lower() in _SETTING_PREPOSITIONS
                and context.sure_in_sentence(sentence) >= 1
                and context.field_support(span.label_, sentence) == 0
            )
        ):
            # What someone knows or studied: "experience in fabrication", "a degree in engineering"; not an activity
            # whose object says what it is done to ("Experience of testing and recording fire alarm systems"), nor
            # experience of an activity set in another field, whose skills are the sentence's ("experience of
            # testing in an electrical manufacturing environment (switchgear)" is no software testing; "a degree in
            # marketing" still names the subject, "experience of teaching or demonstrating cookery" the activity).
            return True
        if self.taxonomy[span.label_].type == "soft_skill" and _describes_a_person(span):
            # "I am honest", "able to be flexible", "Diplomatic and calm when ...".
            return True
        if (
            after_text == "in"
            and span.end + 1 < len(doc)
            and self.taxonomy[span.label_].domain == DEGREES_DOMAIN
            and texts[span.end + 1].isalpha()
            and texts[span.end + 1].lower() not in STOP_WORDS
        ):
            # A degree and its subject: "a degree in fashion", "Degree in Construction Management" (not "a high
            # degree of accuracy", "to a degree in some cases").
            return True
        # Otherwise it must stand as a list item ("Python, Go and Rust", a bullet "- Snowflake"; a neighbouring
        # skill counts as a separator in lists without commas) or as the object of a preposition ("written in
        # C"), and be backed by the section or by kindred skills in the sentence.
        if (
            len(span) > 1
            and all(token.is_lower for token in span[1:])
            and not _is_list_neighbour(after_text)
            and after.i not in sure_tokens
        ):
            # A common noun phrase ("route knowledge", "isolation procedures"), no name, going on past its words: an
            # item of the list only in part ("- Route knowledge of North Yorkshire roads"), which shows nothing of its
            # sense.
            return supported
        listed_after = (
            _is_list_neighbour(after_text) and not _joined_to_a_common_noun(span, texts, sure_tokens)
        ) or after.i in sure_tokens
        if not listed_after and after.lower_ not in _AFTER_OBJECT:
            return False
        if (
            before_text in ("and", "or", "&")
            and form.islower()
            and span.start >= 3
            and texts[span.start - 2].endswith("ing")
            and texts[span.start - 2].islower()
            and span.start - 2 not in context.named
            and texts[span.start - 3].isalpha()
            and texts[span.start - 3].lower() not in STOP_WORDS
        ):
            # The second of two activities done to the thing named before them, no list item: "Concrete cube making
            # and testing" (while "Python, SQL and testing", "coding and testing", "picking, marshalling and
            # despatch" list them).
            return False
        listed = (
            _is_list_neighbour(before_text) or before.i in sure_tokens or _opens_an_inline_section(span)
        ) and not _heads_a_bracketed_compound(span, texts)
        if not listed and (before is None or before.lower_ not in _BEFORE_OBJECT):
            return False
        section = context.section(span)
        if (
            listed
            and section in _SKILL_LIST_SECTIONS
            and (
                supported
                or not (has_neighbours or (form[:1].isupper() and _listed_with_other_names(span, context.named)))
            )
        ):
            # A skills list, unless the other items are all of another field ("wound care, plastering") or names no
            # skill's ("Laboratory analysis (SO2, pH, TA, YAN)").
            return True
        if listed and section == "experience" and (supported or context.field_support(span.label_) >= 1):
            # An ad's Experience list holds towns, jobs and trades as often as products ("Jersey", "Chef"): there a
            # product needs a kindred one named in the document ("Chef (essential)" beside Puppet and Ansible).
            return True
        if listed and context.proper_name_use(span, form) and _in_a_tools_line(span):
            # An item of a line that says it lists tools, whatever the field of the others: "Tools: CostX, Excel and
            # COINS".
            return True
        if (
            listed
            and context.proper_name_use(span, form)
            and (
                (before is not None and before.i - 1 in sure_tokens)
                or (after is not None and after.i + 1 in sure_tokens)
            )
            and context.sure_in_sentence(sentence) >= 2
        ):
            # A name in a list of products, beside one of them: "You will need Salesforce, Excel and HubSpot".
            return True
        # A letter or two in a technical sentence names a language ("R", "Go", "C") or a tool; not another field's
        # acronym ("Laboratory analysis (SO2, pH, TA, YAN)" has no talent acquisition).
        return supported or (
            len(form) <= 2 and self.taxonomy[span.label_].domain in _TECH_DOMAINS and context.technical(sentence)
        )

    def _without_awarding_bodies(self, spans: list[Span], texts: list[str]) -> list[Span]:
        """Leaves out the name of an awarding body (models/lexicons/awarding_bodies.txt) written just before the
        certificate it awards, which is the skill: "Lantra Emergency First Aid +F", "NPORS or Lantra telehandler
        ticket" (bodies joined by "or" or "/" qualify it alike). `texts`: the Doc's token texts."""
        bodies = _awarding_bodies()
        dropped: set[int] = set()
        for n in range(len(spans) - 1, -1, -1):
            span = spans[n]
            if n + 1 == len(spans) or span.end - span.start != 1 or texts[span.start] not in bodies:
                continue
            following = spans[n + 1]
            if following.start == span.end or (
                n + 1 in dropped and following.start == span.end + 1 and texts[span.end].lower() in ("or", "/")
            ):
                dropped.add(n)
        return [span for n, span in enumerate(spans) if n not in dropped] if dropped else spans

    def _kindred_in(self, skill_id: str, sentence: tuple[int, int], context: _Context) -> frozenset[int]:
        """The skill's kindred words in a sentence (as hashes). A word read off the taxonomy's names is not read
        inside the name of an everyday skill ("attention to detail" is no draughting detail); a curated context
        word still is ("negotiation skills" beside sales)."""
        found = self._kindred_hashes(skill_id) & context.sentence_norms(sentence)
        if not found or self.taxonomy[skill_id].domain in _EVERYDAY_DOMAINS:
            return found
        derived = self._derived_hashes[skill_id] & found
        return found - (derived - context.field_norms(sentence)) if derived else found

    def _kindred_hashes(self, skill_id: str) -> frozenset[int]:
        """`_kindred_words` as the string store's hashes, to compare with a sentence's `token.norm` values."""
        hashes = self._kindred_hash_sets.get(skill_id)
        if hashes is None:
            hashes = self._kindred_hash_sets[skill_id] = frozenset(map(hash_string, self._kindred_words(skill_id)))
            self._derived_hashes[skill_id] = frozenset(map(hash_string, self._derived[skill_id]))
        return hashes

    def _kindred_words(self, skill_id: str) -> frozenset[str]:
        """Words that speak of the field an ambiguous form belongs to, normalised like tokens; cached:
        - words of the skill's own names and of its linked skills' names, except common ones ("ledger" for AP,
          accounts payable; "hotel" for housekeeping);
        - words that only the skills of its domain use ("anxiety" for CBT in mental health);
        - the skill's curated `context` words ("invoices" for AP)."""
        words = self._kindred.get(skill_id)
        if words is None:
            skill = self.taxonomy[skill_id]
            names = [skill.label, *skill.aliases]
            everyday = skill.domain in _EVERYDAY_DOMAINS
            for linked in (*skill.broader, *skill.narrower, *skill.related):
                # A field skill's linked soft skill is named in praise ("excellent writing skills" for written
                # communication, linked to technical writing): no word of the field.
                if everyday or self.taxonomy[linked].domain not in _EVERYDAY_DOMAINS:
                    names += _names_of_its_own(self.taxonomy[linked])
            lemma = self.nlp.get_pipe("skill_normalizer").normalise
            # The ambiguous words themselves prove nothing: a second "Chef" is no evidence for the first.
            own = {lemma(word) for form in (*skill.ambiguous, *skill.exact) for word in _WORD_RE.findall(form)}
            field_words, domain_words = self._field_words()
            named = {lemma(word) for name in names for word in _WORD_RE.findall(name.lower()) if len(word) >= 4}
            # Curated context words count unless they are among the most frequent words of English.
            ranks = word_ranks()
            context = {
                lemma(word)
                for phrase in skill.context
                for word in _WORD_RE.findall(phrase.lower())
                if len(word) >= 3 and ranks.get(word, _CONTEXT_WORD_MIN_RANK) >= _CONTEXT_WORD_MIN_RANK
            }
            words = frozenset((named & field_words) | domain_words.get(skill.domain, frozenset()) | context) - own
            self._kindred[skill_id] = words
            self._derived[skill_id] = words - context
        return words

    def _field_words(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """The field words of the taxonomy's names (lemmas), and by domain the field words only its skills use.
        A field word is rare in English, or fairly rare and used by the skills of few domains ("team",
        "management" or "software" are not)."""
        if self._field is None:
            ranks = word_ranks()
            lemma = self.nlp.get_pipe("skill_normalizer").normalise
            # Each distinct word once: the taxonomy's names repeat their words tens of thousands of times, and this
            # runs on a process's first ad.
            word_domains: dict[str, set[str]] = {}
            for skill in self.taxonomy:
                for name in (skill.label, *skill.aliases):
                    for word in _WORD_RE.findall(name.lower()):
                        if len(word) >= 4:
                            word_domains.setdefault(word, set()).add(skill.domain)
            domains: dict[str, set[str]] = {}
            rank: dict[str, int] = {}
            for word, used_by in word_domains.items():
                norm = lemma(word)
                domains.setdefault(norm, set()).update(used_by)
                rank[norm] = min(rank.get(norm, _KINDRED_MIN_RANK), _rank(ranks, word, norm, _KINDRED_MIN_RANK))
            field_words = {
                word
                for word, used_by in domains.items()
                if rank[word] >= _KINDRED_MIN_RANK
                or (rank[word] >= _FIELD_WORD_MIN_RANK and len(used_by) <= _FIELD_WORD_MAX_DOMAINS)
            }
            domain_words: dict[str, set[str]] = {}
            for word in field_words:
                (domain, *others) = domains[word]
                # Soft skills are named in everyday words ("maintain", "develop"): no field vocabulary there.
                if not others and domain not in _EVERYDAY_DOMAINS:
                    domain_words.setdefault(domain, set()).add(word)
            self._field = (frozenset(field_words), {domain: frozenset(words) for domain, words in domain_words.items()})
        return self._field

    def _close(self, skill_id: str, other_id: str) -> bool:
        """Skills of one field: of the same domain (not merely both technical), or linked directly or through
        a skill they share."""
        if self.taxonomy[skill_id].domain == self.taxonomy[other_id].domain:
            return True
        links = self._links(skill_id)
        return other_id in links or not links.isdisjoint(self._links(other_id))

    def _example_of_another_kind(self, span: Span, sure_by_end: dict[int, Span], texts: list[str]) -> bool:
        """Whether an ambiguous form is given as an example of a skill named just before the examples, one it has
        nothing to do with: "Entity management software (e.g. Diligent Entities, Blueprint)" names a product of that
        kind, not Unreal's Blueprints (while "Cloud platforms (e.g. AWS, GCP)" keeps Google Cloud)."""
        cue = None
        for k in range(span.start - 1, max(-1, span.start - 1 - _EXAMPLE_REACH), -1):
            word = texts[k].lower()
            if word in _EXAMPLE_CUES or (word == "as" and k > 0 and texts[k - 1].lower() == "such"):
                cue = k - 1 if word == "as" else k
                break
            if "\n" in word or word in _EXAMPLES_END:
                return False
        if cue is None:
            return False
        end = cue
        while end > 0 and texts[end - 1] in ("(", ",", ":", "-", "–"):
            end -= 1
        kind = sure_by_end.get(end)
        return (
            kind is not None
            and kind.label != span.label
            # A kind of product: not "NHS contract management, including UDA monitoring".
            and self.taxonomy[kind.label_].type == "tool"
            and not self._akin(span.label_, kind.label_)
        )

    def _names_a_sector(self, skill_id: str) -> bool:
        """Whether a skill is an industry or sector the writer may have worked in (knowledge of the sectors' domain,
        not one of its regulations' or tools' names, which no employer's name holds)."""
        skill = self.taxonomy[skill_id]
        return skill.domain == _SECTORS_DOMAIN and skill.type == "knowledge"

    @functools.cached_property
    def _degrees(self) -> frozenset[str]:
        """The skills of the degrees domain."""
        return frozenset(skill.id for skill in self.taxonomy if skill.domain == DEGREES_DOMAIN)

    def _akin(self, skill_id: str, other_id: str) -> bool:
        """Skills close enough to vouch for each other: linked, same domain, or both technical."""
        skill, other = self.taxonomy[skill_id], self.taxonomy[other_id]
        if skill.domain == other.domain or other_id in self._links(skill_id):
            return True
        return skill.domain in _TECH_DOMAINS and other.domain in _TECH_DOMAINS

    def _listed_in_other_case(
        self,
        doc: Doc,
        spans: list[Span],
        sure: list[Span],
        sure_tokens: set[int],
        context: _Context,
        list_matches: list,
    ) -> list[Span]:
        """Ambiguous forms written in another case inside a list of skills ("react, node, aws, spring"): an item
        of a line that names at least two sure skills, between separators or other skills. `sure_tokens`: the
        tokens of the sure spans."""
        exact_places = {(span.start, span.end) for span in spans}
        span_ends = {span.end for span in spans}
        covered = sure_tokens
        listed_tokens = covered | {i for _, start, end in list_matches for i in range(start, end)}
        item_starts = {span.start for span in sure} | {start for _, start, _ in list_matches}
        found = []
        text = doc_text(doc)
        texts, whitespace = context.texts, context.whitespace
        line_labels: dict[int, list[tuple[str, int]]] = {}  # line start -> its sure skills and their first tokens
        for match_id, start, end in list_matches:
            if (start, end) in exact_places:
                continue
            # The neighbouring tokens' texts (None at the Doc's ends).
            before = texts[start - 1] if start > 0 else None
            after = texts[end] if end < len(texts) else None
            # Between separators ("react, node, aws") or between two other skills of a tag line ("docker react
            # aws"); not a word in front of a skill it modifies ("Safe medication administration").
            # A hyphen glued to the form makes a compound, not a list: "Summer season May-Oct".
            glued = (before is not None and before in _HYPHENS and not whitespace[start - 1]) or (
                after is not None and after in _HYPHENS and not whitespace[end - 1]
            )
            separated = not glued and _is_list_neighbour(before) and _is_list_neighbour(after)
            if separated and before == "(" and start - 1 in span_ends:
                continue  # a word in parentheses after a skill says something of it: "Airflow (nice)"
            if separated and before == ")" and texts[start].islower():
                continue  # the noun a bracket was set inside of: "working in Agile (Scrum or Kanban) teams"
            if _is_label_word(_text_of(texts, whitespace, start, end), after):
                continue  # "SQL, Python. Nice: Airflow"
            if before is not None and before[-1:].isdigit():
                continue  # a figure's unit: "Outdoor First Aid (16 hr)" names no HR
            if separated and _first_of_two_acts_on_one_object(texts, start, end, listed_tokens):
                continue  # "commissioning and reviewing fire risk assessments": no plant commissioning
            # An abbreviation, its stop inside the sentence: "Full Irish licence, cat. B since 2014".
            abbreviated = after == "." and end + 1 < len(texts) and not texts[end + 1].isspace()
            if abbreviated and not doc[end + 1].is_sent_start:
                continue
            between_skills = before is not None and after is not None and start - 1 in covered and end in covered
            # In a line made only of skills, one sure skill besides is enough ("java cloud testing"). Asked only
            # when needed: the first question builds the Doc's lines.
            tag_line: bool | None = None
            if not (separated or between_skills):
                tag_line = context.tag_line(start, listed_tokens, item_starts)
                if not tag_line:
                    continue
            span = Span(doc, start, end, label=match_id)
            line_start = text.rfind("\n", 0, span.start_char) + 1
            line_end = text.find("\n", span.end_char)
            line_end = len(text) if line_end < 0 else line_end
            # The sure skills of its line: in other sentences of a paragraph, only those of its own field ("van doors,
            # windows. [...] Gold leaf where ..." names no Windows; "tractors (JD, Fendt) essential; combine or
            # telehandler experience a bonus" names a combine).
            sentence_start, sentence_end = context.sentence(start)
            on_line = line_labels.get(line_start)
            if on_line is None:
                on_line = line_labels[line_start] = [
                    (s.label_, s.start) for s in sure if line_start <= s.start_char < line_end
                ]
            others = {
                label
                for label, other_start in on_line
                if label != span.label_
                and (sentence_start <= other_start < sentence_end or self._akin(span.label_, label))
            }
            if len(others) >= 2 or (
                others and (tag_line if tag_line is not None else context.tag_line(start, listed_tokens, item_starts))
            ):
                SpanValues(doc).set(span, "ambiguous", True)
                found.append(span)
        return found

    def _names_a_degree_named_before(self, span: Span, spans: list[Span]) -> bool:
        """Whether `span` is the generic degree ("degree in a relevant field") right after a degree it only goes on
        naming: "a Master's degree in a relevant field", "MSc/PhD degree", "a postgraduate degree or equivalent"."""
        if span.label_ != self.generic_degree or span[0].lower_ != "degree" or span.start == 0:
            return False
        if span.doc[span.start - 1].lower_ in HIGHER_DEGREE_WORDS:
            return True
        return any(
            other.start < span.start <= other.end  # right before, or overlapping: "postgraduate degree or equivalent"
            and other.label_ != self.generic_degree
            and self.taxonomy[other.label_].domain == DEGREES_DOMAIN
            for other in spans
        )

    def _one_skill_per_place(self, spans: list[Span], sure: list[Span], context: _Context) -> list[Span]:
        """Where one form names two skills (SAR: subject access request or suspicious activity report), keep the
        one the evidence favours: the words of its field in the sentence ("money laundering"), then the
        document's skills of its field; if neither is favoured, keep none."""
        by_place: dict[tuple[int, int], list[Span]] = {}
        for span in spans:
            by_place.setdefault((span.start, span.end), []).append(span)
        if all(len(group) == 1 for group in by_place.values()):
            return spans
        sure_ids = [span.label_ for span in sure]
        kept = []
        for group in by_place.values():
            labels = {span.label_ for span in group}
            if len(labels) == 1:
                kept.append(group[0])
                continue
            sentence = context.sentence(group[0].start)
            support = sorted(
                (
                    (
                        len(self._kindred_in(label, sentence, context)),
                        self._support(label, sure_ids),
                        self._sector_support(label, sure_ids),
                        label,
                    )
                    for label in labels
                ),
                reverse=True,
            )
            if support[0][:3] > support[1][:3]:
                kept.append(next(span for span in group if span.label_ == support[0][3]))
        return kept

    def _sector_support(self, skill_id: str, sure_ids: list[str]) -> int:
        """How many of the document's sure skills are of the skill's sector (software, health, engineering), the
        last tie-break between two readings: "GCP" beside Python is Google Cloud, beside venepuncture Good Clinical
        Practice."""
        sector = SECTOR_OF.get(self.taxonomy[skill_id].domain)
        if sector is None:
            return 0
        return sum(SECTOR_OF.get(self.taxonomy[other].domain) == sector for other in sure_ids)

    def _support(self, skill_id: str, sure_ids: list[str]) -> int:
        """How much the document's sure skills speak for this skill: a linked skill counts 3, a skill two links
        away 2 ("UK GDPR" and subject access requests both under data protection), same domain 1."""
        skill = self.taxonomy[skill_id]
        linked = self._links(skill_id)
        total = 0
        for other in sure_ids:
            if other in linked:
                total += 3
            elif linked & self._links(other):
                total += 2
            else:
                total += self.taxonomy[other].domain == skill.domain
        return total

    def _links(self, skill_id: str) -> frozenset[str]:
        """The skills linked to this one (broader, narrower, related); kept per skill, as the taxonomy is fixed."""
        links = self._link_sets.get(skill_id)
        if links is None:
            skill = self.taxonomy[skill_id]
            links = self._link_sets[skill_id] = frozenset((*skill.broader, *skill.narrower, *skill.related))
        return links

    def _an_acronym_read_as_an_inflection(self, span: Span, texts: list[str], context: _Context) -> bool:
        """Whether one word in capitals inside a sentence in other case matched a skill's name only by its lemma:
        "TILE" (the moving and handling assessment) is no "Tiling", while "WELDING" is "Welding" in any case."""
        if span.end - span.start != 1:
            return False
        text = texts[span.start]
        if len(text) < _SHORTEST_CAPITALISED_WORD or not text.isupper() or not text.isalpha():
            return False
        if context.in_capitals(span.start):
            return False  # a heading or a line in capitals: its words are the skill's in any case
        lower = text.lower()
        skill = self.taxonomy[span.label_]
        # (An acronym named in the plural or with its punctuation is the same one: "GCSE" is "GCSEs", "LCMS"
        # "LC-MS".)
        forms = (*skill.surface_forms, *skill.ambiguous, *skill.exact)
        return all(letters_and_digits(form.lower()) not in (lower, lower + "s") for form in forms)

    def _fits_its_type(self, span: Span, spans: list[Span], context: _Context) -> bool:
        """A spoken language needs language context: "fluent French", a Languages section, or a list of
        languages; not "French doors", "Italian restaurant", "Welsh Government". A soft skill must be said of a
        person: not the name of a group ("the senior leadership team", "our Communications team"), nor a word
        that only qualifies knowledge ("Thorough knowledge of the Mental Health Act") or describes a thing
        ("resilient code", "reliable transport")."""
        skill_type = self.taxonomy[span.label_].type
        if skill_type == "soft_skill" and span.end < len(span.doc):
            doc, last = span.doc, span[-1]
            following = doc[span.end].lower_
            if len(span) == 1 and following in _KNOWING_NOUNS:
                return False
            if (
                len(span) == 1
                and following in _TECHNICAL_HEADS
                and last.lower_.endswith(_ABSTRACT_NOUN_ENDINGS)
                and not doc[span.end].is_title  # "driven Software Development Engineer" is a title
            ):
                return False  # "communication stacks", "collaboration tools like Confluence"
            if following == "between" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _MACHINE_NOUNS:
                return False  # "Bluetooth Low Energy communication between devices"
            if (
                following == "in"
                and last.lower_ in ("communicate", "converse")
                and any(
                    other.start == span.end + 1 and self.taxonomy[other.label_].type == "language" for other in spans
                )
            ):
                return False  # "Ability to communicate in Welsh": the language is asked (not "communication skills in")
            if len(span) == 1 and _qualifies_a_thing(span[0], doc[span.end]):
                return False  # "analytical testing", "resilient code", "reliable transport", "enthusiastic children"
            if len(span) == 1 and last.text.istitle() and _listed_with_other_names(span, context.named):
                return False  # a name among names: "Layer 2 networks (Arbitrum, Optimism, Base)"
            if last.lower_ == "help" and following in action_verbs():
                return False  # helping with the work that follows: "Happy to help train our apprentice"
            # A noun before a group's noun names the group; not a verb with its object ("coach teams", "mentoring
            # team members").
            after_group = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
            return not (
                following in _GROUP_NOUNS
                and after_group not in _GROUP_MEMBER_NOUNS
                and not last.lower_.endswith("ing")
                and not last.is_stop  # "working closely with programme and finance colleagues"
            )
        if skill_type == "certification" and span.end < len(span.doc):
            # The course the writer's learners take, not a qualification held: "teaching Level 3 Diploma
            # learners", "GCSE pupils". ("ACCA students" and "CSCS card holders" may be the applicant.)
            return span.doc[span.end].lower_ not in _LEARNER_NOUNS
        if skill_type != "language":
            return True
        if context.section(span) == "languages" or _names_only_a_language(span):
            return True
        sentence = context.sentence(span.start)
        if context.speaks_of_languages(sentence) or _language_named_as_skill(span):
            return True
        if _languages_before_a_noun(span):
            return False  # a list of them qualifying a thing: "Korean and Japanese flavours"
        return any(
            other is not span
            and other.label_ != span.label_
            and self.taxonomy[other.label_].type == "language"
            and sentence[0] <= other.start < sentence[1]
            for other in spans
        )


def _participle_openings(
    by_skill: dict[tuple[str, str], list[list[str]]], normalise: Callable[[str], str], add: Callable[[str], int]
) -> dict[int, frozenset[int]]:
    """For each skill, the norms of the past participles that open its names of two words or more, where none of
    its names opens with that verb's "-ing" form. Such a participle names a kind ("looked after children" are
    children in care, "distributed systems", "managed services"); the "-ing" form its lemma would also match is an
    act upon the noun ("looking after children" is childcare), no mention of the skill."""
    participles: dict[str, set[int]] = {}
    acts: dict[str, set[int]] = {}
    for (skill_id, mode), forms in by_skill.items():
        if mode not in _NORM_MODES:
            continue
        for words in forms:
            first = words[0].lower()
            if len(words) < 2 or not first.isalpha():
                continue
            if first.endswith("ed") and len(first) > 4:
                participles.setdefault(skill_id, set()).add(add(normalise(words[0])))
            elif first.endswith("ing"):
                acts.setdefault(skill_id, set()).add(add(normalise(words[0])))
    openings = {skill_id: frozenset(norms - acts.get(skill_id, set())) for skill_id, norms in participles.items()}
    return {add(skill_id): norms for skill_id, norms in openings.items() if norms}


def longest_spans(spans: Iterable[Span]) -> list[Span]:
    """`spacy.util.filter_spans`, the same spans in the same order: the longest of overlapping spans (the first of
    equally long ones by place, from the end), sorted by start. Each span's place is read once here, rather than in
    every comparison of the sorts."""
    spans = list(spans)
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    keys = [(end - start, -start) for start, end in zip(starts, ends, strict=True)]
    kept: list[int] = []
    seen_tokens: set[int] = set()
    for n in sorted(range(len(spans)), key=keys.__getitem__, reverse=True):  # stable, as spaCy's sort
        start, end = starts[n], ends[n]
        if start not in seen_tokens and end - 1 not in seen_tokens:
            kept.append(n)
            seen_tokens.update(range(start, end))
    kept.sort(key=starts.__getitem__)
    return [spans[n] for n in kept]


class _Context:
    """Per-Doc facts about sentences, computed once: is it in title case, is it technical, is it about
    languages. Sentences are (start, end) token indices: the checks ask for a span's sentence many times, and a
    Span per question costs more than the answer."""

    def __init__(
        self,
        doc: Doc,
        named: set[int] = frozenset(),
        sure: list[Span] = (),
        close: Callable[[str, str], bool] | None = None,
        same_domain: Callable[[str, str], bool] | None = None,
        everyday: frozenset[int] = frozenset(),
    ) -> None:
        self.doc = doc
        self.texts, self.whitespace = token_strings(doc)  # plain strings, shared with the other components
        self.line_sections = doc._.line_sections  # read once: each read through `doc._` costs
        self.named = named  # tokens of skill names, capitalised in any sentence
        self.sure = sure  # the spans of unambiguous forms
        self.close = close  # are two skills of one field
        self._field_support: dict[tuple[str, int, bool, str | None], int] = {}
        # An ad's acronym is read beside the skills of its own section: every ad's closing words name the employer's
        # hiring ("equality, diversity and inclusion", "pre-employment checks"), no reason to read "ATS" as HR's.
        self.is_ad = doc.user_data.get(DOC_KIND_KEY) == "ad"
        self._sure_sections: dict[int, str | None] | None = None
        self.same_domain = same_domain
        self._sentence_starts: list[int] | None = None
        self._sentence_ends: list[int] = []
        self._sure_by_sentence: dict[int, list[Span]] | None = None
        self._title_case: dict[int, bool] = {}
        self._in_capitals: dict[int, bool] = {}
        self._sentence_norms: dict[int, frozenset[int]] = {}
        self.everyday = everyday  # tokens of sure mentions of everyday skills ("attention to detail")
        self._field_norms: dict[int, frozenset[int]] = {}
        self._norm_hashes: list[int] | None = None
        self._proper_names: dict[tuple[int, int], bool] = {}  # a span's place -> `proper_name_use`
        self._line_ends: list[int] | None = None  # the tokens that end a line (hold a line break)
        self._tag_lines: dict[int, bool] = {}  # line index -> whether it is a tag line
        self._sure_counts: dict[int, int] = {}  # sentence start -> different skills of sure forms in it

    def sentence(self, token: int) -> tuple[int, int]:
        """(start, end) of the sentence holding token `token`: the bounds `sentence_bounds` gives, read here from one
        pair of lists per Doc."""
        starts = self._starts()
        index = bisect.bisect_right(starts, token) - 1
        return starts[index], self._sentence_ends[index]

    def by_sentence(self, spans: Iterable[Span]) -> dict[int, list[Span]]:
        """The spans grouped by the start of the sentence holding their first token, in their order."""
        starts = self._starts()
        grouped: dict[int, list[Span]] = {}
        for span in spans:
            grouped.setdefault(starts[bisect.bisect_right(starts, span.start) - 1], []).append(span)
        return grouped

    def _starts(self) -> list[int]:
        starts = self._sentence_starts
        if starts is None:
            doc = self.doc
            if not doc.has_annotation("SENT_START"):
                list(doc.sents)  # spaCy's own error: no sentence boundaries are set
            # As `doc.sents` reads them: a sentence at token 0 and at every token flagged 1.
            flags = doc.to_array(SENT_START)
            starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()] if len(doc) else []
            self._sentence_starts, self._sentence_ends = starts, [*starts[1:], len(doc)]
        return starts

    def section(self, span: Span) -> str:
        """`span._.section`, without the extension's accessor."""
        return section_at(self.line_sections, span.start_char)

    def _sure_in(self, sentence: tuple[int, int]) -> list[Span]:
        """The sure spans inside `sentence`, in their order; grouped once per Doc."""
        if self._sure_by_sentence is None:
            self._sure_by_sentence = self.by_sentence(self.sure)
        start, end = sentence
        return [s for s in self._sure_by_sentence.get(start, ()) if s.end <= end]

    def field_support(
        self,
        skill_id: str,
        sentence: tuple[int, int] | None = None,
        *,
        same_domain: bool = False,
        section: str | None = None,
    ) -> int:
        """How many different skills of the skill's field the sure forms name, in `sentence`, in a `section` or in
        the Doc (with `same_domain`, of its own domain only)."""
        key = (skill_id, sentence[0] if sentence is not None else -1, same_domain, section)
        count = self._field_support.get(key)
        if count is None:
            spans = self.sure
            if sentence is not None:
                spans = self._sure_in(sentence)
            if section is not None:
                if self._sure_sections is None:
                    # Read once per Doc.
                    self._sure_sections = {id(s): self.section(s) for s in self.sure}
                spans = [s for s in spans if self._sure_sections[id(s)] == section]
            labels = {s.label_ for s in spans if s.label_ != skill_id}
            close = self.same_domain if same_domain else self.close
            count = self._field_support[key] = sum(1 for label in labels if close(skill_id, label))
        return count

    def sure_in_sentence(self, sentence: tuple[int, int]) -> int:
        """How many different skills the sure forms name in `sentence`."""
        count = self._sure_counts.get(sentence[0])
        if count is None:
            labels = {s.label_ for s in self._sure_in(sentence)}
            count = self._sure_counts[sentence[0]] = len(labels)
        return count

    def sentence_norms(self, sentence: tuple[int, int]) -> frozenset[int]:
        """The hashes of the normalised words of a sentence (as `token.norm`), read from the token array once per
        Doc: compared with the hashes of a set of words, they answer as the words would, without a string per
        token."""
        norms = self._sentence_norms.get(sentence[0])
        if norms is None:
            norms = self._sentence_norms[sentence[0]] = frozenset(self._norms()[sentence[0] : sentence[1]])
        return norms

    def field_norms(self, sentence: tuple[int, int]) -> frozenset[int]:
        """`sentence_norms` without the words of everyday skills named there: "attention to detail" says nothing
        of draughting's details, nor "problem solving" of a field's problems."""
        norms = self._field_norms.get(sentence[0])
        if norms is None:
            start, end = sentence
            if self.everyday.isdisjoint(range(start, end)):
                norms = self.sentence_norms(sentence)
            else:
                hashes = self._norms()
                norms = frozenset(hashes[k] for k in range(start, end) if k not in self.everyday)
            self._field_norms[start] = norms
        return norms

    def _norms(self) -> list[int]:
        if self._norm_hashes is None:
            self._norm_hashes = self.doc.to_array(NORM).tolist()
        return self._norm_hashes

    def tag_line(self, start: int, listed_tokens: set[int], item_starts: set[int]) -> bool:
        """Is the token at `start` one word of a line made only of skills, three or more ("docker agile selenium
        jenkins"; not a wrapped line "customer service teams.")? `listed_tokens`: the tokens of sure skills and
        of ambiguous forms in any case; `item_starts`: where those begin (the same on every call for a Doc: the
        answer is kept per line)."""
        texts = self.texts
        if self._line_ends is None:
            # Only whitespace tokens hold a line break (the tokenizer splits on every whitespace character).
            spaces = numpy.flatnonzero(self.doc.to_array(IS_SPACE)).tolist()
            self._line_ends = [i for i in spaces if "\n" in texts[i]]
        ends = self._line_ends
        index = bisect.bisect_left(ends, start)  # the line's end is the first line-ending token at or after it
        answer = self._tag_lines.get(index)
        if answer is None:
            line = range(ends[index - 1] + 1 if index > 0 else 0, ends[index] + 1 if index < len(ends) else len(texts))
            # Every word listed, three or more: stops at the first word that is not (most lines' first).
            words = 0
            for i in line:
                if texts[i].isalpha():
                    if i not in listed_tokens:
                        words = 0
                        break
                    words += 1
            answer = self._tag_lines[index] = words >= 3 and sum(1 for i in line if i in item_starts) >= 3
        return answer

    def proper_name_use(self, span: Span, text: str | None = None) -> bool:
        """A capitalised form inside running text, as product names are written ("migrated to Snowflake").
        Not at the start of a sentence or bullet, not in a title-case line, not inside a longer capitalised
        name ("Team Lead", "Vue Cinemas"), and not for one- or two-letter forms ("grade C"). `text`: the span's,
        when the caller has it. Kept per place: a form's checks ask several times."""
        place = (span.start, span.end)
        answer = self._proper_names.get(place)
        if answer is None:
            answer = self._proper_names[place] = self._proper_name_use(span, span.text if text is None else text)
        return answer

    def _proper_name_use(self, span: Span, text: str) -> bool:
        # Capitals tell a name from a word only where the word has lower case: "Teams" / "teams", not "SAR".
        if len(text) < 3 or not text[:1].isupper() or text.isupper():
            return False
        if not self.in_sentence_case(span.start):
            return False
        texts = self.texts
        before = texts[span.start - 1]
        if before.isalpha() and before[:1].isupper() and span.start - 1 != self._first_word(self.sentence(span.start)):
            return False
        after = texts[span.end] if span.end < len(texts) else None
        return not (after is not None and after.isalpha() and after[:1].isupper())

    def technical(self, sentence: tuple[int, int]) -> bool:
        return not _TECHNICAL_HASHES.isdisjoint(self.sentence_norms(sentence))

    def speaks_of_languages(self, sentence: tuple[int, int]) -> bool:
        return not _LANGUAGE_HASHES.isdisjoint(self.sentence_norms(sentence)) or bool(
            _CEFR_IN_TEXT.search(self.doc[sentence[0] : sentence[1]].text)
        )

    def in_sentence_case(self, token: int) -> bool:
        """Whether token `token` stands after the first word of a sentence that is not in title case, where a
        capital marks a name."""
        sentence = self.sentence(token)
        return token > self._first_word(sentence) and not self._is_title_case(sentence)

    def in_capitals(self, token: int) -> bool:
        """Whether the sentence of token `token` is written all in capitals, as a heading is (cached per sentence:
        a line of thousands of words is asked once, not once per word)."""
        start, end = self.sentence(token)
        found = self._in_capitals.get(start)
        if found is None:
            found = self._in_capitals[start] = "".join(self.texts[start:end]).isupper()
        return found

    def _first_word(self, sentence: tuple[int, int]) -> int:
        """The sentence's first token with letters (its start when it has none)."""
        return next((i for i in range(*sentence) if self.texts[i].isalpha()), sentence[0])

    def _is_title_case(self, sentence: tuple[int, int]) -> bool:
        start, end = sentence
        if start not in self._title_case:
            # Judged on ordinary words after the first: product names are capitalised in any sentence.
            ranks = word_ranks()
            texts, named = self.texts, self.named
            words = [
                texts[i]
                for i in range(start + 1, end)
                if texts[i].isalpha() and len(texts[i]) > 3 and texts[i].lower() in ranks and i not in named
            ]
            capitals = sum(1 for word in words if word[:1].isupper())
            self._title_case[start] = len(words) >= 2 and capitals / len(words) >= 0.6
        return self._title_case[start]


# Words that make a sentence technical, for one- or two-letter forms: "firmware written in C".
_TECHNICAL_WORDS = frozenset(
    [
        "code",
        "coding",
        "program",
        "programming",
        "software",
        "firmware",
        "script",
        "scripting",
        "develop",
        "developer",
        "development",
        "statistical",
        "statistic",
        "analysis",
        "model",
        "modelling",
        "dashboard",
        "library",
        "package",
        "compiler",
        "embedded",
        "algorithm",
        "microcontroller",
        "data",
        "query",
    ]
)
_LANGUAGE_WORDS = frozenset(
    [
        "speak",
        "spoken",
        "speaking",
        "speaker",
        "fluent",
        "fluency",
        "native",
        "bilingual",
        "multilingual",
        "language",
        "languages",
        "conversational",
        "proficiency",
        "proficient",
        "tongue",
        "written",
        "verbal",
        "oral",
        "translate",
        "translation",
        "interpreting",
        "interpreter",
        "communicate",
        "communicator",
    ]
)
# Next to a language, words that make it a skill: "English skills", "business-level Japanese", "good German".
_LANGUAGE_SKILL_NEXT = frozenset({"skill", "level", "speaker", "proficiency", "fluency", "communication"})
# A language's level said after it, past a dash, colon or bracket: "English - good", "Polish: native", "French
# (conversational)".
_LEVEL_SEPARATORS = frozenset({"-", "–", "—", ":", "("})
_LEVEL_WORDS_AFTER = frozenset(
    {"good", "excellent", "strong", "fluent", "native", "basic", "working", "conversational", "intermediate"}
    | {"advanced", "proficient", "bilingual", "beginner", "elementary", "spoken", "written", "mother", "limited"}
)
_LANGUAGE_SKILL_BEFORE = frozenset(
    {"level", "excellent", "good", "strong", "fluent", "native", "basic", "working", "professional", "business"}
)
# Before "in" or "of" and a language, words that make it a skill: "skills in English", "command of German"; not
# "communication with Chinese suppliers".
_LANGUAGE_SKILL_OF = frozenset({"skills", "skill", "command", "mastery", "competence", "knowledge", "proficiency"})
# A language's level in a sentence's text ("C1", "CEFR"); not inside a word ("B2B"). (The token's own form is
# `_CEFR_LEVEL`.)
_CEFR_IN_TEXT = re.compile(r"\b[ABC][12]\b|\bCEFR\b")
# The same words as the string store's hashes, to compare with `token.norm` values read from the token array.
_TECHNICAL_HASHES = frozenset(map(hash_string, _TECHNICAL_WORDS))
_LANGUAGE_HASHES = frozenset(map(hash_string, _LANGUAGE_WORDS))


# The number of a standard after its body's letters in capitals: "PAS 2035", "2035:2023", "5839-1". A product's
# version is shorter ("SPSS 26"), and products written with a year are not in capitals ("Excel 2016").
_STANDARD_NUMBER = re.compile(r"\d{3,5}(?:[:-]\d{1,4})?")


# Shorter words in capitals are acronyms as often as words in any line.
_SHORTEST_CAPITALISED_WORD = 3


def _a_body_of_it_after(span: Span, texts: list[str]) -> bool:
    """Whether the span stands before a possessive "'s" ("the local authority's") or a participle of what a body
    does to a thing ("local authority funded residents", "council run leisure centres")."""
    return span.end < len(texts) and (texts[span.end] in ("'s", "’s") or texts[span.end].lower() in _DONE_BY_A_BODY)


_DONE_BY_A_BODY = frozenset({"funded", "run", "owned", "commissioned", "maintained", "operated", "sponsored"})


def _before_a_level_number(span: Span, texts: list[str]) -> bool:
    """Whether a form ending in "level" stands before a number, which makes it an article and a numbered level:
    "A Level 3 in Early Years" asks for a Level 3 qualification, not for A Levels; or one ending in "up" before
    "to" and a number ("managed up to 40 operatives"). `texts`: the Doc's token texts."""
    end = span.end
    if end >= len(texts):
        return False
    last = texts[end - 1].lower()
    if last == "level":
        return span.doc[end].like_num
    # "up" before "to" and a number is a quantity: "Managed up to 40 operatives" is no managing up.
    return last == "up" and texts[end].lower() == "to" and end + 1 < len(texts) and span.doc[end + 1].like_num


def _readiness_for_it(span: Span, texts: list[str]) -> bool:
    """Whether a word in lower case is glued to "-ready" or "-proof": what a thing is ready for or withstands, not a
    skill asked: "files complete and audit-ready", "inspection-ready wards". (A name before it is the thing named:
    "MTD-ready software".) `texts`: the Doc's token texts."""
    end = span.end
    if end - span.start != 1 or end + 1 >= len(texts) or not texts[span.start].islower():
        return False
    return (
        texts[end] in ("-", "–")
        and not span.doc[span.start].whitespace_
        and not span.doc[end].whitespace_
        and texts[end + 1].lower() in _READINESS_WORDS
    )


_READINESS_WORDS = frozenset({"ready", "proof"})


def _a_postcode_district(span: Span, texts: list[str], sure_tokens: set[int]) -> bool:
    """Whether a form written like a UK postcode district ("EC2", "BS4") is one: after a town's name that is no
    skill, at the end of its line or phrase or before the postcode's inward part: "London EC2", "Harcourt Lane |
    London EC2 (3 days in the office)", "Bristol BS4 3QT"; not "AWS EC2 instances", "Python BS4"."""
    if span.end - span.start != 1 or span.start == 0:
        return False
    district = _POSTCODE_DISTRICT.fullmatch(texts[span.start])
    if district is None or district.group("area") not in _postcode_areas() or _CEFR_LEVEL.fullmatch(district.group()):
        return False  # not a UK postcode area ("KS2", "P6", "GA4"); a language's level is read as one ("B2")
    town = texts[span.start - 1]
    if not (town[:1].isupper() and town.isalpha()) or span.start - 1 in sure_tokens:
        return False
    if span.end == len(texts):
        return True
    following = texts[span.end]
    return following.isspace() or following in _AFTER_A_POSTCODE or _POSTCODE_INWARD.fullmatch(following) is not None


_POSTCODE_DISTRICT = re.compile(r"(?P<area>[A-Z]{1,2})\d[A-Z\d]?")  # its area: models/lexicons/postcode_areas.txt
_POSTCODE_INWARD = re.compile(r"\d[A-Z]{2}")
_AFTER_A_POSTCODE = frozenset({"|", ",", "(", ")", ";", ".", "-", "–", "—", "/", "\n"})


class _BulletItems:
    """Bullet items, by block of consecutive items: a bare ambiguous form as an item ("- Helm") is the skill when
    its sibling items are skills too ("Tooling / - Docker / - Helm / - Storybook"), as in a sentence that lists
    them."""

    def __init__(self, doc: Doc, sure: list[Span], ambiguous: list[Span]) -> None:
        self.doc, self.sure, self.ambiguous = doc, sure, ambiguous
        # Built when first asked for: most ambiguous forms are decided before.
        self._items: dict[tuple[int, int], int] | None = None  # an item's (start, end) characters -> its block
        self._item_starts: dict[int, int] = {}  # an item's first character -> its block
        self._siblings: dict[int, list[tuple[int, str, bool]]] | None = None

    def backed(self, span: Span, akin: Callable[[str, str], bool]) -> bool:
        """Whether `span` is a whole item whose block holds two other items that are skills akin to it, one of them
        sure: a sure skill that opens its item ("- Docker", "- Excel (pivot tables)") or an ambiguous form that is
        all of it ("- Helm"). Not a lone word ("- Spring"), nor one among items of other kinds ("- Chef / - Sous
        chef")."""
        block = self._blocks().get((span.start_char, span.end_char))
        if block is None:
            return False
        label = span.label_
        others = [
            (other, is_sure)
            for start, other, is_sure in self._skill_items().get(block, [])
            if start != span.start_char and akin(label, other)
        ]
        kinds = len({other for other, _ in others})
        # Three kindred skills beside it vouch for it even when each is an ambiguous form: "- Word / - Excel /
        # - Outlook / - Teams" is a list of products, not of words.
        return kinds >= _ALL_AMBIGUOUS_SIBLINGS or (kinds >= 2 and any(is_sure for _, is_sure in others))

    def _blocks(self) -> dict[tuple[int, int], int]:
        if self._items is None:
            self._items = {}
            block, previous_end = 0, -1
            # Each line from the line break before it (one put before the first line, so offsets are one more).
            for item in _BULLET_ITEM.finditer("\n" + doc_text(self.doc)):
                if item.start() != previous_end:  # not on the line right after the last item
                    block += 1
                previous_end = item.end()
                start = item.start("content") - 1
                self._items[(start, start + len(item.group("content").rstrip(_ITEM_END_MARKS)))] = block
                self._item_starts[start] = block
        return self._items

    def _skill_items(self) -> dict[int, list[tuple[int, str, bool]]]:
        """Block -> (start, label, sure) of its items that are skills: a sure skill that opens the item, an
        ambiguous form that is all of it."""
        if self._siblings is None:
            self._siblings = {}
            items = self._blocks()
            for span in self.sure:
                block = self._item_starts.get(span.start_char)
                if block is not None:
                    self._siblings.setdefault(block, []).append((span.start_char, span.label_, True))
            for span in self.ambiguous:
                block = items.get((span.start_char, span.end_char))
                if block is not None:
                    self._siblings.setdefault(block, []).append((span.start_char, span.label_, False))
        return self._siblings


# A bullet item's line, from the line break before it (a literal start: the regex engine skips to line breaks):
# its mark, the spaces after it, its content; the marks and spaces that may close it.
_BULLET_ITEM = re.compile(r"\n[ \t]*(?:[" + re.escape(BULLET_MARKS) + r"]|\d{1,2}[.)])[ \t]+(?P<content>[^\n]*)")
_ITEM_END_MARKS = " \t\r.,;"
_ALL_AMBIGUOUS_SIBLINGS = 3  # kindred skills among a bare item's siblings when none of them is sure


def _listed_beside_its_shape_naming_nothing(span: Span, texts: list[str], named: set[int]) -> bool:
    """Whether a one-word form with figures ("2:2") is an item of a list whose item beside it has the same shape and
    names no skill: "12-hour shift, 2:2 or 3:1 roster" lists rosters ("3:1" is no degree class), not degree classes
    as "2:1 or 2:2" does."""
    if len(span) != 1 or not any(char.isdigit() for char in texts[span.start]):
        return False
    shape = span[0].shape_
    doc = span.doc
    for join, other in ((span.start + 1, span.start + 2), (span.start - 1, span.start - 2)):
        if (
            0 <= other < len(texts)
            and texts[join].lower() in LIST_JOINS
            and other not in named
            and doc[other].shape_ == shape
        ):
            return True
    return False


def _is_label_word(form: str, after: str | None) -> bool:
    """Whether a form before a colon (`after`: the next token's text) is a heading's name, a label inside a line:
    "Nice:", "Must:"."""
    return after == ":" and heading_of(form + ":") is not None


def _text_of(texts: list[str], whitespace: list[str], start: int, end: int) -> str:
    """The text of tokens `start` to `end` (as `Span.text`: without the last token's whitespace), from the Doc's
    token strings."""
    if end - start == 1:
        return texts[start]
    return "".join(texts[k] + whitespace[k] for k in range(start, end - 1)) + texts[end - 1]


def _opens_an_inline_section(span: Span) -> bool:
    """Whether the span is the first word after a heading inside a line, which opens a list as a colon would:
    "... 3 years of frontend work NICE TO HAVE Storybook, visual regression testing, Playwright"."""
    text = doc_text(span.doc)
    start = section_start_at(span.doc._.line_sections, span.start_char)
    if not starts_inside_a_line(text, start) or start >= span.start_char:
        return False  # the line's own start, not a heading inside it
    label = text[start : span.start_char]
    return len(label) <= _HEADING_REACH and heading_of(label) is not None


def _in_a_tools_line(span: Span) -> bool:
    """Whether the span's line opens with a label saying it lists tools: "Tools:", "Software used:", "Systems:"."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    return _TOOLS_LABEL.match(text, start, span.start_char) is not None


_TOOLS_LABEL = re.compile(
    r"[^\w\n]*(?:tools|software|systems|packages|applications|technologies|tech stack|it skills|it)(?: used)?\s*:",
    re.IGNORECASE,
)


# Words that introduce examples of the kind named before them: "software (e.g. Diligent Entities, Blueprint)",
# "a board portal such as Diligent Boards". Searched back from a form over at most _EXAMPLE_REACH tokens of its list,
# which ends at a line break or a mark that closes a clause.
_EXAMPLE_CUES = frozenset({"e.g.", "e.g", "eg", "eg.", "like", "including", "incl", "incl."})
_EXAMPLES_END = frozenset({".", ";", ":", ")", "!", "?"})
_EXAMPLE_REACH = 8


def _is_heading_line(span: Span) -> bool:
    """Whether the span is all the words of its line, and the line a heading."""
    text = doc_text(span.doc)
    # Walk out to the line's ends, no further than a heading's length (a pasted line may be a hundred thousand
    # characters long); most forms stop at once, at a word beside them on the line.
    end = span.end_char
    while end < len(text) and text[end] != "\n":
        if text[end].isalnum() or end - span.end_char >= _HEADING_REACH:
            return False
        end += 1
    start = span.start_char
    while start > 0 and text[start - 1] != "\n":
        if text[start - 1].isalnum() or span.start_char - start >= _HEADING_REACH:
            return False
        start -= 1
    line = text[start:end]
    return normalise_heading(line) == span.text.lower() and heading_of(line) is not None


_HEADING_REACH = 80  # characters: no longer line is a heading (see `heading_of`)


def _qualifies_a_thing(word: Token, following: Token) -> bool:
    """Whether a soft skill's one word (an adjective: "analytical", "resilient") stands before a noun it describes
    that is no person nor a trait: "analytical testing", "resilient code"; not "analytical mind", "motivated
    individual", "creative engineer", "organised, ..."."""
    if (
        not word.lower_.endswith(_ADJECTIVE_ENDINGS)
        or word.lower_ in _NOUNS_LIKE_ADJECTIVES
        or not following.is_alpha
        or not following.is_lower
    ):
        return False
    if following.is_stop or following.lower_ in _TRAIT_NOUNS or following.norm_ in _TRAIT_NOUNS:
        return False
    # A noun, not another adjective of a list ("curious hardworking and ..."), that closes a two-word phrase: not
    # the first noun of a longer one ("proactive problem solver", "motivated warehouse workers").
    if following.lower_.endswith((*_ADJECTIVE_ENDINGS, "ing", "ly", "ate", "y")) or following.norm_ in role_nouns():
        return False
    after = following.doc[following.i + 1] if following.i + 1 < len(following.doc) else None
    if after is not None and after.text in ("-", "–") and not following.whitespace_:
        return False  # "Proactive problem-solving habits"
    return after is None or not after.is_alpha or after.is_stop


# Punctuation between the names of a list, and the "or" before its last ("Christie, Barco or NEC" names projector
# makers, not NEC contracts): not "and" or "/", which join the words of one name as often ("Leadership and
# Management", "Mentorship / Practice Assessor"); nor a bracket, which glosses a name ("Team Facilitation (ICP-ATF)").
_NAME_LIST_SEPARATORS = frozenset({",", ";", "or"})


AWARDING_BODIES_FILE = "awarding_bodies.txt"


def awarded_by_a_body(span: Span) -> bool:
    """Whether the skill is named as a certificate, after the awarding body's name: "NPORS Slinger/Signaller"."""
    return span.start > 0 and span.doc[span.start - 1].text in _awarding_bodies()


@functools.cache
def _postcode_areas() -> frozenset[str]:
    return read_lexicon("postcode_areas.txt")


@functools.cache
def _awarding_bodies() -> frozenset[str]:
    return read_lexicon(AWARDING_BODIES_FILE)


_CEFR_LEVEL = re.compile(r"[ABC][12]")
_LANGUAGE_LEVEL_REACH = 4  # tokens between a language's name and its level: "Spanish - written and spoken (C1)"


def _a_language_level(span: Span, texts: list[str], language_names: frozenset[str]) -> bool:
    """Whether a CEFR-shaped form ("C1") is a language's level: "level" after it, another level beside it ("min.
    B2/C1"), or a language named just before or after it."""
    following = texts[span.end].lower() if span.end < len(texts) else ""
    if following == "level":
        return True
    beside = (k for k in (span.start - 2, span.start - 1, span.end, span.end + 1) if 0 <= k < len(texts))
    if any(_CEFR_LEVEL.fullmatch(texts[k]) for k in beside):
        return True
    near = range(max(0, span.start - _LANGUAGE_LEVEL_REACH), min(len(texts), span.end + 2))
    return any(texts[k].lower() in language_names for k in near)


def _listed_with_other_names(span: Span, named: set[int]) -> bool:
    """Is a capitalised word, inside its sentence, an item of a list beside a capitalised word that is no skill's
    form?"""
    doc = span.doc
    if span[0].is_sent_start or span.start == 0 or doc[span.start - 1].is_space:
        return False
    for separator, item in ((span.start - 1, span.start - 2), (span.end, span.end + 1)):
        if 0 <= item < len(doc) and doc[separator].text in _NAME_LIST_SEPARATORS:
            word = doc[item]
            if word.is_alpha and word.text[:1].isupper() and word.i not in named and not word.is_sent_start:
                return True
    return False


def _joined_to_a_common_noun(span: Span, texts: list[str], sure_tokens: set[int]) -> bool:
    """Whether a form that opens its line, where its capital says nothing, is joined by "and" to a common noun in
    lower case that names no skill: "- Pest and disease scouting in crops" is one noun phrase, not a list of names
    ("- Pest and PHPUnit" is; "- Degree or diploma" offers either)."""
    k = span.end
    if k + 1 >= len(texts) or texts[k].lower() not in ("and", "&"):
        return False
    following = texts[k + 1]
    if not (following.isalpha() and following.islower()) or k + 1 in sure_tokens:
        return False
    if following.endswith("ing") or word_ranks().get(following, FUNCTION_WORD_RANK) < FUNCTION_WORD_RANK:
        # Another activity ("Sourcing and buying fabrics"), or a word too common to be a noun's head ("Organised
        # and good at following up").
        return False
    text = doc_text(span.doc)
    return _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, span.start_char) + 1, span.start_char) is not None


# What may stand before a line's first word: list markers (the documents' own) and numbers. "- ", "• ", "3) ".
_LINE_OPENING = re.compile(r"[\s\d.)" + re.escape(BULLET_MARKS) + r"]*")


def _first_of_two_acts_on_one_object(texts: list[str], start: int, end: int, listed: set[int]) -> bool:
    """Whether the lower-case "-ing" word at [start, end) is the first of two activities joined by "and" or "or"
    that act on the words after them: "commissioning and reviewing fire risk assessments". Not a list's items:
    "coding and testing, SQL", "cleaning and packing" at a line's end, nor a second activity a skill names
    ("installation and commissioning")."""
    if end - start != 1 or not texts[start].endswith("ing") or not texts[start].islower() or end + 2 >= len(texts):
        return False
    joiner, second, following = texts[end], texts[end + 1], texts[end + 2]
    return (
        joiner in ("and", "or")
        and second.endswith("ing")
        and second.isalpha()
        and second.islower()
        and end + 1 not in listed
        and not _is_list_neighbour(following)
        and following[:1].isalpha()
    )


def _heads_a_bracketed_compound(span: Span, texts: list[str]) -> bool:
    """Whether a word in lower case is the head of the words before a short bracket, no list item after it:
    "photosensitive epilepsy (PSE) testing" is a testing of epilepsy triggers, "(PSE)" the acronym of its object."""
    start = span.start
    if not texts[start][:1].islower() or start < 3 or texts[start - 1] != ")":
        return False
    opened = next((k for k in range(start - 2, max(start - 5, 0) - 1, -1) if texts[k] == "("), None)
    return opened is not None and opened > 0 and texts[opened - 1][:1].isalpha()


def _is_list_neighbour(text: str | None) -> bool:
    """Whether a token's text (None: the Doc's end) separates the items of a list."""
    return text is None or text.isspace() or text.lower() in _LIST_SEPARATORS or text in ".!?"


_HYPHENS = frozenset({"-", "–"})  # glued to the words on both sides, they join a compound
# Words that join the items of a list: "Exchange, Active Directory and Group Policy".
_COORDINATORS = frozenset({",", "/", "&", "and", "or", "+", ";", "|"})


class _SentenceSkills:
    """The skill spans of each sentence, grouped once per Doc. What an ambiguous form asks of them (other skills in
    its sentence, kindred ones, the kindred ones beside it) is kept per sentence and skill: a line of a thousand
    ambiguous forms is then not read a thousand times."""

    def __init__(
        self,
        by_sentence: dict[int, list[Span]],
        akin: Callable[[str, str], bool],
        undecided: set[tuple[int, int]],
        neutral: set[tuple[int, int]],
        degrees: frozenset[str],
    ) -> None:
        self._by_sentence = by_sentence  # the Doc's skill spans by the start of their sentence
        # Places of a degree's words of no field, which make no list of another field: "degree" in "A degree in
        # languages, translation or a related subject" (they still vouch for other degrees: "BA ... 2:1").
        self._neutral = neutral
        self._degrees = degrees
        # Words read as two skills ("GCP") are undecided: neither reading vouches for a neighbour.
        self._undecided = undecided
        self._akin = akin
        # (sentence start, skill id) -> (other skills there?, kindred skills by end token, by start token)
        self._kindred: dict[tuple[int, str], tuple[bool, dict[int, list[Span]], dict[int, list[Span]]]] = {}
        # sentence start -> (span, start, end, label) of its spans: each read of a Span's attribute costs
        self._places: dict[int, list[tuple[Span, int, int, str]]] = {}

    def around(self, span: Span, sentence: tuple[int, int]) -> tuple[bool, bool, list[Span]]:
        """(whether the sentence holds other skills, whether kindred ones, the kindred ones close enough to be
        listed with `span`: ending at most two tokens before it or starting at most two after it)."""
        sentence_start, sentence_end = sentence
        label = span.label_
        key = (sentence_start, label)
        kindred = self._kindred.get(key)
        if kindred is None:
            places = self._places.get(sentence_start)
            if places is None:
                spans = self._by_sentence.get(sentence_start, ())
                places = self._places[sentence_start] = [
                    (other, other.start, other.end, other.label_) for other in spans
                ]
            # Another reading of the same words ("GCP": Google Cloud, Good Clinical Practice) is no neighbour.
            own_places = {(start, end) for _, start, end, other_label in places if other_label == label}
            neutral = self._neutral if label not in self._degrees else set()
            others = [
                place
                for place in places
                if place[3] != label
                and place[2] <= sentence_end
                and (place[1], place[2]) not in own_places
                and (place[1], place[2]) not in neutral
            ]
            by_end: dict[int, list[Span]] = {}
            by_start: dict[int, list[Span]] = {}
            for other, start, end, other_label in others:
                if (start, end) not in self._undecided and self._akin(label, other_label):
                    by_end.setdefault(end, []).append(other)
                    by_start.setdefault(start, []).append(other)
            kindred = self._kindred[key] = (bool(others), by_end, by_start)
        has_others, by_end, by_start = kindred
        beside = [other for k in range(span.start - 2, span.start + 1) for other in by_end.get(k, ())]
        beside += [other for k in range(span.end, span.end + 3) for other in by_start.get(k, ())]
        return has_others, bool(by_end), beside


def _followed_by_its_place(span: Span, before: str | None) -> bool:
    """A town, not the skill: followed by its county, state or country ("Medway, Kent", "Palo Alto, CA"). Places
    are listed in models/lexicons/places.txt; a two-letter code counts only after a name that is no list item
    ("Unity, AR" is two skills). `before`: the text of the token before the span, if any."""
    places, codes = _place_patterns()
    text = doc_text(span.doc)
    after = text[span.end_char : span.end_char + _PLACE_REACH]
    if after.startswith(","):
        if places.match(after):
            return True
        if codes.match(after) and not _is_list_neighbour(before):
            return True
    return False


_PLACE_REACH = 40  # characters after a form read for the place it is in
_PLACE_PREPOSITIONS = frozenset({"in", "from", "across", "near", "around", "throughout", "visiting"})
# What may follow a place that names where a form is: the end of the clause, a postcode, a bracket.
_AFTER_PLACE = r"(?=\s*(?:$|[\n.,;:)|/–—-]|\d))"


@functools.cache
def _place_names() -> frozenset[str]:
    return read_lexicon("places.txt")


def _after_its_town(span: Span, before: Token | None, after: Token | None, sure_tokens: set[int]) -> bool:
    """Whether a form that is also a place follows a town's name and a comma and ends its line or phrase:
    "Georgia Institute of Technology, Atlanta, GA". Not in a list of skills: "Hotjar, GA" (the town is no skill)."""
    if before is None or before.text != "," or span.start < 2 or span.text not in places_written_out():
        return False
    town = span.doc[span.start - 2]
    if not town.text[:1].isupper() or town.i in sure_tokens or town.is_punct:
        return False
    return after is None or after.is_space or after.like_num or after.is_punct


@functools.cache
def places_written_out() -> frozenset[str]:
    """Places written out: two-letter codes name a place only after a town ("GA" after "from" is no Georgia)."""
    return frozenset(name for name in _place_names() if not (len(name) == 2 and name.isupper()))


@functools.cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(places written out after a comma, two-letter codes after a comma), longest first."""
    names = sorted(places_written_out(), key=len, reverse=True)
    codes = sorted(name for name in _place_names() if len(name) == 2 and name.isupper())
    written = re.compile(r",\s*(?:" + "|".join(map(re.escape, names)) + r")\b" + _AFTER_PLACE)
    coded = re.compile(r",\s*(?:" + "|".join(codes) + r")\b" + _AFTER_PLACE)
    return written, coded


def _names_of_its_own(skill: Skill) -> list[str]:
    """A skill's names, less those that add a word to another of its names: "CloudWatch alarms" names a part of
    CloudWatch, and its "alarms" says nothing of monitoring software's field (a farm's alarms, a ship's)."""
    names = [skill.label, *skill.aliases]
    prefixes = tuple(f"{name.lower()} " for name in names)
    return [name for name in names if not name.lower().startswith(prefixes)]


def _coordinated(span: Span, other: Span) -> bool:
    """Are two spans neighbouring items of one list: adjacent, or apart by one or two joining tokens?"""
    doc = span.doc
    if other.end <= span.start:
        gap = doc[other.end : span.start]
    elif span.end <= other.start:
        gap = doc[span.end : other.start]
    else:
        return False
    return len(gap) <= 2 and all(token.lower_ in _COORDINATORS for token in gap)


def _names_only_a_language(span: Span) -> bool:
    """Whether a language's form can name nothing else: more than one word ("Makaton trained", "British Sign
    Language"), or a word too rare to be an adjective of a people or a place ("Makaton", "Urdu"), not followed by a
    word it would describe ("Czech Republic", "Gaelic football"); not "French", "Welsh"."""
    if len(span) > 1:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_alpha and not after.is_stop and after.norm_ not in _LANGUAGE_SKILL_NEXT:
        return False  # an adjective still: "Czech Republic", "the Romanian market", "Gaelic football"
    if _languages_before_a_noun(span):
        return False  # one of a list of adjectives: "Georgian and Victorian pieces"
    return word_ranks().get(span.text.lower(), _RARE_WORD_RANK) >= _RARE_WORD_RANK


_RARE_WORD_RANK = 30_000  # "Welsh" ranks 28,958 in English text: also the Welsh Government's


def _languages_before_a_noun(span: Span) -> bool:
    """Whether the language, alone or in a list of capitalised names ("Korean and Japanese", "Polish, Czech or
    Slovak"), stands before a word in lower case that it describes ("flavours", "food", "customers"), or in brackets
    after one ("Asian cuisines (Thai, Japanese, Korean)"). Not beside a word that speaks of the language
    ("speakers", "fluency", "languages"), its level or an ask's cue ("required"), a function word ("would be
    useful") or an adverb ("fluently")."""
    doc = span.doc
    k = span.end
    while k < len(doc) and k - span.end < _LIST_OF_NAMES_REACH:
        if _a_name(doc[k]):
            k += 1
        elif doc[k].lower_ in _LIST_JOINS and k + 1 < len(doc) and _a_name(doc[k + 1]):
            k += 2  # "and Japanese", ", Czech"; not "and school French", "and English, handled complaints"
        else:
            break
    if k < len(doc) and _a_thing_described(doc[k]):
        return True
    # In brackets after a nationality's things: "Asian cuisines (Thai, Japanese, Korean, Indian)"; not after other
    # words ("secure messaging (English and Italian)", "translator (French/Spanish to English)").
    k = span.start - 1
    while k >= 0 and span.start - k < _LIST_OF_NAMES_REACH and (_a_name(doc[k]) or doc[k].lower_ in _LIST_JOINS):
        k -= 1
    return k > 0 and doc[k].text == "(" and doc[k - 1].lower_ in _A_NATIONALITYS_THINGS


def _a_name(token: Token) -> bool:
    """A capitalised word, or a decade, as a list of styles holds: "Georgian, Victorian, 1920s and 1940s styles"."""
    return (token.is_alpha and token.text[:1].isupper()) or _A_DECADE.fullmatch(token.text) is not None


_A_DECADE = re.compile(r"(?:1[89]|20)\d0s")


_LIST_JOINS = frozenset({"and", "or", "&", "/", ",", "plus"})
# Things a nationality's adjective describes, before a bracket of them: cooking, styles of making.
_A_NATIONALITYS_THINGS = frozenset(
    {"cuisine", "cuisines", "food", "foods", "dishes", "cooking", "cookery", "flavours", "flavors", "styles"}
)


def _a_thing_described(token: Token) -> bool:
    """A word in lower case that a language's name beside it describes as a nationality's: no word of the
    language itself, its level, an ask's cue, a function word or an adverb."""
    word = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and not token.is_stop
        and not word.endswith("ly")
        and word not in _LIST_JOINS
        and word not in _WORDS_OF_A_LANGUAGE
        and token.norm_ not in _LANGUAGE_SKILL_NEXT
        and word not in _LANGUAGE_WORDS
        and word not in _LEVEL_WORDS_AFTER
        and word not in _CUES_AFTER_A_NAME
    )


_LIST_OF_NAMES_REACH = 8  # tokens after a language read as the rest of its list
# What a language has, after its name: "basic Spanish and Vietnamese phrases".
_WORDS_OF_A_LANGUAGE = frozenset({"phrases", "phrase", "words", "vocabulary", "grammar", "sign", "signing"})


def _language_named_as_skill(span: Span) -> bool:
    """ "English skills", "business-level Japanese", "excellent German." (a level word before the language and
    nothing after it that it could describe, unlike "excellent Italian food"), "communication skills in English",
    "a good command of German", "English - good" (its level after a dash, colon or bracket)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.norm_ in _LANGUAGE_SKILL_NEXT:
        return True
    if (
        after is not None
        and after.text in _LEVEL_SEPARATORS
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ in _LEVEL_WORDS_AFTER
    ):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.lower_ in ("in", "of")
        and span.start >= 2
        and doc[span.start - 2].lower_ in _LANGUAGE_SKILL_OF
        and (after is None or not after.is_alpha or after.lower_ in ("and", "or", "is", "are"))
    ):
        return True
    return (
        before is not None
        and before.lower_ in _LANGUAGE_SKILL_BEFORE
        and (after is None or not after.is_alpha or after.lower_ in ("and", "or"))
    )


_FIGURE_THEN_LETTER = re.compile(r"\d[^\W\d_]")


def _same_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer that splits exactly as the pipeline's does, on the same vocab, with a cache of its own."""
    own = nlp.tokenizer
    return Tokenizer(
        nlp.vocab,
        rules=own.rules,
        prefix_search=own.prefix_search,
        suffix_search=own.suffix_search,
        infix_finditer=own.infix_finditer,
        token_match=own.token_match,
        url_match=own.url_match,
    )


# "<expertise> in/of/with X": what follows is a field or tool someone knows ("experience in fabrication",
# "knowledge of Excel", "a degree in engineering", "skilled in welding"). Normalised words (lemmas).
_EXPERTISE_NOUNS = frozenset(
    [
        "experience",
        "knowledge",
        "understanding",
        "background",
        "expertise",
        "degree",
        "qualification",
        "proficiency",
        "proficient",
        "familiarity",
        "familiar",
        "grounding",
        "skill",
        "skilled",
        "train",
        "certify",
        "qualify",
        "versed",
        "diploma",
        "bachelor",
        "master",
        "msc",
        "bsc",
        "phd",
        "specialise",
        "specialize",
        "specialism",
    ]
)
_EXPERTISE_PREPOSITIONS = frozenset({"in", "of", "with"})
# After an activity, words that set it somewhere: "testing in a factory", "acting for funders".
_SETTING_PREPOSITIONS = frozenset({"in", "for", "within", "at", "across", "on"})


def _after_expertise_cue(span: Span) -> bool:
    doc = span.doc
    if span.start < 2:
        return False
    preposition, cue = doc[span.start - 1], doc[span.start - 2]
    return preposition.lower_ in _EXPERTISE_PREPOSITIONS and cue.norm_ in _EXPERTISE_NOUNS


def _a_gerund_before_its_object(span: Span) -> bool:
    """Whether a form in "-ing" is followed by the words it acts on ("testing lighting systems", "testing and
    recording fire alarms"), which say what the activity is."""
    doc = span.doc
    if not span.text.lower().endswith("ing"):
        return False
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in _COORDINATORS_AFTER and doc[k + 1].lower_.endswith("ing"):
        k += 2  # "testing and recording ..."
    return (
        k < len(doc)
        and doc[k].is_alpha
        and doc[k].is_lower
        and doc[k].lower_ not in _NOT_AN_OBJECT
        and doc[k].norm_ not in _SOFTWARE_OBJECTS
    )


# Words after an activity that are not what it acts on; and software, the object of the software skills whose
# names are activities ("testing applications", "programming apps").
_NOT_AN_OBJECT = frozenset({"and", "or", "of", "in", "with", "for", "to", "at", "on", "across", "within", "skills"})
_SOFTWARE_OBJECTS = frozenset(
    {"application", "app", "software", "code", "api", "website", "web", "service", "microservice", "feature"}
    | {"product", "system", "platform", "mobile", "backend", "frontend", "database", "model", "pipeline", "tool"}
)


# "I am / you are / to be <quality>": a soft skill said of a person, not of a thing ("the hours are flexible").
_PERSON_COPULAS = {("i", "am"), ("you", "are"), ("to", "be"), ("will", "be"), ("'ll", "be"), ("must", "be")}
# What follows "by" in a passive: "organised by your manager" (but "organised by nature" is a trait).
_AGENTS = frozenset({"the", "a", "an", "your", "our", "their", "his", "her", "my", "its", "each", "every", "hr"})
_COORDINATORS_AFTER = frozenset({",", "and", "&", "/"})


def _describes_a_person(span: Span) -> bool:
    doc = span.doc
    pair = (doc[span.start - 2].lower_, doc[span.start - 1].lower_) if span.start >= 2 else None
    if pair in _PERSON_COPULAS:
        # Not the idiom that opens a sentence ("To be honest, the commute ..."), and not the passive voice
        # ("Your induction will be organised by your manager").
        passive = span.end + 1 < len(doc) and doc[span.end].lower_ == "by" and doc[span.end + 1].lower_ in _AGENTS
        return not passive and not (pair == ("to", "be") and doc[span.start - 2].is_sent_start)

    # A list of qualities opening a line or sentence: "Diplomatic and calm", "Creative, organised and ...".
    first = span.start == 0 or doc[span.start - 1].is_space or doc[span.start].is_sent_start
    after = doc[span.end] if span.end < len(doc) else None
    return first and after is not None and after.lower_ in _COORDINATORS_AFTER
