"""Skill profiles: what one document says about skills, as plain data (no spaCy objects)."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from spacy.attrs import NORM
from spacy.tokens import Doc, Span, Token

from skillgap.documents import Document
from skillgap.documents.dates import work_periods
from skillgap.nlp import candidate_spans, phrase_spans, skill_spans
from skillgap.nlp.doc_data import OTHERS_CLAUSES_KEY, SpanValues, doc_text, sentence_bounds
from skillgap.nlp.normalise import fold_accents, letters_and_digits
from skillgap.nlp.words import FUNCTION_WORD_RANK, NAME_RANK, adverb_base, word_ranks
from skillgap.taxonomy import Taxonomy

DocumentKind = Literal["cv", "ad", "profile"]
Requirement = Literal["required", "preferred", "mentioned"]
MatchKind = Literal["exact", "fuzzy", "candidate", "described"]
REQUIREMENT_ORDER: tuple[Requirement, ...] = ("required", "preferred", "mentioned")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a document names a skill. `start`/`end` index `Document.text`."""

    skill_id: str
    label: str
    text: str
    form: str  # normalised wording ("postgres", "mentor"): two mentions worded alike share it
    match: MatchKind  # "exact": a taxonomy form; "fuzzy": a typo or near-variant ("Kubernates"); "candidate":
    # asked for but not in the taxonomy ("experience with Foobar"), not normalised
    start: int
    end: int
    sentence: str
    requirement: Requirement
    years: int | None
    line: int
    page: int
    section: str
    in_progress: bool = False  # a qualification still being studied for ("AAT Level 4 (studying)")
    lapsed: bool = False  # a qualification held once and no longer ("ADR - lapsed 2019")
    # A CV's: said of life outside work, in its Interests section or after "in my spare time".
    off_the_job: bool = False
    # A CV's: the months of the dated job it is written under (skillgap.documents.dates), first and last inclusive.
    period: tuple[int, int] | None = None
    # The experience stated for it in months, exactly ("18 months' experience", "3.5 years" 42); `years` holds the
    # whole years of it, from one year up.
    months: int | None = None
    # Where `text` stands in `sentence` (`SentencePlaces`): the sentence may name the skill twice ("MBO level 4
    # in biology, or a BSc in plant science, biology or horticulture"). -1 where not known.
    sentence_offset: int = -1


@dataclass(frozen=True, slots=True)
class SkillCount:
    id: str
    label: str
    type: str
    count: int


@dataclass(frozen=True, slots=True)
class AbilityPhrase:
    """An ability a target asks for in its own words ("mentor junior engineers"). `words`: the verb's lemma and
    the phrase's other content words, normalised, by which a CV sentence can show it."""

    text: str
    verb: str
    words: tuple[str, ...]
    start: int
    end: int
    sentence: str
    requirement: Requirement
    line: int
    page: int
    section: str
    sentence_offset: int = -1  # where `text` stands in `sentence`, as a Mention's


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """A sentence of a CV with its normalised content words: where an ability phrase finds its evidence."""

    text: str
    words: frozenset[str]
    start: int
    line: int
    page: int
    section: str
    set_aside: tuple[str, ...] = ()  # words of skills left out there (a colleague's: "the data science team")
    # Its clauses said of others' work or of what the writer only watched, lower case: `words` holds none of theirs.
    said_of_others: tuple[str, ...] = ()

    def of_others(self, text: str) -> bool:
        """Whether `text`, words of the sentence, stands in a clause said of others' work."""
        lower = text.lower()
        return any(lower in clause for clause in self.said_of_others)


@dataclass(frozen=True)
class SkillProfile:
    """The skills of one document, in order of first mention, with every mention as evidence; for targets the
    abilities asked in their own words, for a CV its sentences' words."""

    path: str
    kind: DocumentKind
    mentions: tuple[Mention, ...]
    skills: tuple[SkillCount, ...]
    phrases: tuple[AbilityPhrase, ...] = ()
    sentences: tuple[SentenceWords, ...] = ()

    def mentions_of(self, skill_id: str) -> list[Mention]:
        return [mention for mention in self.mentions if mention.skill_id == skill_id]

    @property
    def skill_ids(self) -> frozenset[str]:
        return frozenset(skill.id for skill in self.skills)

    def requirement_of(self, skill_id: str) -> Requirement:
        """The strongest requirement among the skill's mentions."""
        levels = {mention.requirement for mention in self.mentions_of(skill_id)}
        return next((level for level in REQUIREMENT_ORDER if level in levels), "mentioned")


CANDIDATE_PREFIX = "candidate:"
CANDIDATE_TYPE = "candidate"


def build_profile(
    document: Document, doc: Doc, taxonomy: Taxonomy, kind: DocumentKind, *, today: datetime.date | None = None
) -> SkillProfile:
    """Turn the skill spans of a processed `Doc` into a `SkillProfile`.

    In a job ad, what is said of the employer is not a request (sections such as About us, Benefits, How to
    apply; sentences about "we" that ask nothing, or that describe the setting): "a Snowflake partner" in About
    us does not ask for Snowflake; nor is what the ad says is not needed. A skill written as the name of the job
    ("Senior DevOps Engineer") is kept only when the ad mentions it nowhere else or the title's mention says more
    (a level, years): otherwise the body's own mention is the better evidence. Requested things the taxonomy
    does not know become candidate skills, ids "candidate:<wording>", type "candidate". A CV's mentions carry
    the period of the dated job they are written under, "present" being `today` (the current date by default).
    """
    mentions: list[Mention] = []
    periods = work_periods(document, today or datetime.date.today()) if kind == "cv" else {}
    sentences: dict[int, str] = {}  # sentence start -> its text, cleaned once
    sentence_chars: dict[int, tuple[int, int]] = {}  # sentence start -> its source's character bounds
    places = SentencePlaces(document.text)
    values = SpanValues(doc)
    skills = list(skill_spans(doc))  # a span group makes new Span objects on every pass: once
    spans = [(span, _SpanFacts.of(span, values)) for span in (*skills, *candidate_spans(doc))]
    if kind == "profile":
        # What the hired person does outside work is no skill the job called for: "plays bass guitar in a band";
        # nor is the channel the post gives to greet them ("send her a message on Slack").
        spans = [(span, facts) for span, facts in spans if not facts.off_the_job]
    set_aside: list[tuple[int, str]] = []  # a CV's colleagues' words: no description of the writer's skills either
    if kind != "ad":
        # A colleague's job is not the writer's skill: "Reported to the Project Manager", "worked alongside data
        # scientists" (an ad's are said of the employer, below).
        set_aside = [(span.start_char, span.text.lower()) for span, facts in spans if facts.colleague]
        spans = [(span, facts) for span, facts in spans if not facts.colleague]
    if kind == "ad":
        spans = [(span, facts) for span, facts in spans if facts.asked]
        # A title's mention adds nothing when the body asks for the skill too, unless it says more: a level or
        # years ("5+ years as a Java developer").
        asked_apart_from_role = {span.label_ for span, facts in spans if not facts.names_role}
        spans = [
            (span, facts)
            for span, facts in spans
            if not (facts.only_names_the_role and span.label_ in asked_apart_from_role)
        ]
    text = doc_text(doc)  # a slice of it is a span's text, without building the span's tokens
    norms = _TokenNorms(doc)
    # An ad of a job outside the UK asks the certificate of its own country where it does not name the UK: a Dublin
    # ad's "full clean driving licence" is an Irish (or any EU) one, not the full UK licence the form reads as.
    abroad = kind == "ad" and _set_outside_the_uk(text)
    for span, facts in spans:
        start, end, span_label = span.start_char, span.end_char, span.label_  # each read of a Span's costs
        sentence_start = _sentence(document, doc, span.start, sentences, sentence_chars)
        line = document.line_at(start)
        span_text = text[start:end]
        sentence = sentences[sentence_start]
        if span_label in taxonomy:
            if abroad:
                span_label = _without_the_uk(span_label, span_text, taxonomy)
            skill_id, label = span_label, taxonomy[span_label].label
            match: MatchKind = "fuzzy" if facts.fuzzy else "exact"
        else:
            skill_id, label, match = CANDIDATE_PREFIX + span_label, " ".join(span_text.split()), "candidate"
        mentions.append(
            Mention(
                skill_id=skill_id,
                label=label,
                text=span_text,
                form=letters_and_digits(norms.joined(span.start, span.end)),
                match=match,
                start=start,
                end=end,
                sentence=sentence,
                sentence_offset=places.offset(sentence, *sentence_chars[sentence_start], start, span_text),
                # Only an ad asks: a CV and a successful candidate's profile only mention.
                requirement=facts.requirement if kind == "ad" else "mentioned",
                years=facts.years,
                months=facts.months,
                line=line.number,
                page=line.page,
                section=line.section_at(start),
                in_progress=facts.in_progress and kind != "ad",  # an ad's "working towards" is training offered
                lapsed=facts.lapsed and kind != "ad",
                off_the_job=facts.off_the_job and kind == "cv",
                period=periods.get(line.number),
            )
        )
    mentions.sort(key=lambda mention: mention.start)
    return SkillProfile(
        path=document.path,
        kind=kind,
        mentions=tuple(mentions),
        skills=tuple(_count(mentions, lambda mention: taxonomy[mention.skill_id].type)),
        phrases=tuple(_phrases(document, doc, kind, sentences, sentence_chars, places, skills)) if kind != "cv" else (),
        sentences=tuple(_sentence_words(document, doc, set_aside, doc.user_data.get(OTHERS_CLAUSES_KEY, ())))
        if kind == "cv"
        else (),
    )


def _sentence(
    document: Document, doc: Doc, token: int, sentences: dict[int, str], chars: dict[int, tuple[int, int]]
) -> int:
    """The start of the sentence holding `token`; its cleaned text is added to `sentences` and its source's
    character bounds to `chars` when new (a Span is made for each new sentence only)."""
    start, end = sentence_bounds(doc, token)
    if start not in sentences:
        first, last = doc[start], doc[end - 1]  # two tokens, cheaper than a Span of the sentence
        chars[start] = (first.idx, last.idx + len(last))
        sentences[start] = _clean_sentence(document.text[first.idx : last.idx + len(last)])
    return start


class _SpanFacts(NamedTuple):
    """What a span's extension attributes say, as build_profile needs it."""

    requirement: Requirement
    years: int | None
    months: int | None
    fuzzy: bool
    names_role: bool
    asked: bool  # see `_asked`
    off_the_job: bool  # said of life outside work, or a channel to reach someone
    colleague: bool  # the job title of someone the job or the writer works with
    in_progress: bool  # a qualification still being studied for
    lapsed: bool  # a qualification held once and no longer

    @classmethod
    def of(cls, span: Span, values: SpanValues) -> _SpanFacts:
        off_the_job = _off_the_job(span, values)  # read once: `_asked` reads it too
        return cls(
            values.get(span, "requirement"),
            values.get(span, "years"),
            values.get(span, "months"),
            values.get(span, "fuzzy"),
            values.get(span, "names_role"),
            not (values.get(span, "about_employer") or values.get(span, "not_needed") or off_the_job),  # `_asked`
            off_the_job,
            values.get(span, "colleague"),
            values.get(span, "in_progress"),
            values.get(span, "lapsed"),
        )

    @property
    def only_names_the_role(self) -> bool:
        return self.names_role and self.requirement == "mentioned" and self.months is None


def _asked(span: Span, values: SpanValues) -> bool:
    """Whether an ad's mention asks something of the reader: not said of the employer, not said to be unneeded, not
    said of life outside work, not a channel to reach someone."""
    return not (values.get(span, "about_employer") or values.get(span, "not_needed") or _off_the_job(span, values))


def _off_the_job(span: Span, values: SpanValues) -> bool:
    """Whether a mention is said of life outside work or names a channel to reach someone."""
    return values.get(span, "leisure") or values.get(span, "contact_channel")


def _phrases(
    document: Document,
    doc: Doc,
    kind: DocumentKind,
    sentences: dict[int, str],
    sentence_chars: dict[int, tuple[int, int]],
    places: SentencePlaces,
    skill_list: list[Span],
) -> Iterable[AbilityPhrase]:
    skills = [(span.start, span.end) for span in skill_list]
    values = SpanValues(doc)
    for span in phrase_spans(doc):
        if (kind == "ad" and not _asked(span, values)) or (kind == "profile" and _off_the_job(span, values)):
            continue
        phrase_start, phrase_end = span.start, span.end
        if any(start <= phrase_start and phrase_end <= end for start, end in skills):
            continue  # the whole phrase names a known skill ("manage expectations"): the skill list has it
        sentence_start = _sentence(document, doc, span.start, sentences, sentence_chars)
        line = document.line_at(span.start_char)
        sentence = sentences[sentence_start]
        phrase_text = " ".join(span.text.split())
        yield AbilityPhrase(
            text=phrase_text,
            verb=span.label_,
            words=(span.label_, *dict.fromkeys(w for w in content_words(span) if w != span.label_)),
            start=span.start_char,
            end=span.end_char,
            sentence=sentence,
            requirement=values.get(span, "requirement") if kind == "ad" else "mentioned",
            line=line.number,
            page=line.page,
            section=line.section_at(span.start_char),
            sentence_offset=places.offset(sentence, *sentence_chars[sentence_start], span.start_char, phrase_text),
        )


def _sentence_words(
    document: Document, doc: Doc, set_aside: list[tuple[int, str]], others: Iterable[tuple[int, int]]
) -> Iterable[SentenceWords]:
    """Each sentence of a CV with its own content words: not those of a clause said of others' work ("Observed the
    SSI data changes with the testing team" shows no SSI work of the writer's)."""
    others = sorted(others)
    for sentence in doc.sents:
        clauses = [(start, end) for start, end in others if sentence.start_char <= start < sentence.end_char]
        # A word denied shows nothing: "sat in the IPV with the driver, not driven it", "never used Xero".
        own = [
            token
            for token in sentence
            if not _denied(token) and not any(start <= token.idx < end for start, end in clauses)
        ]
        words = frozenset(content_words(own))
        if not words and not clauses:
            continue  # (a sentence all said of others is kept: an unknown skill is looked for there too)
        line = document.line_at(sentence.start_char)
        yield SentenceWords(
            text=_clean_sentence(document.text[sentence.start_char : sentence.end_char]),
            words=words,
            start=sentence.start_char,
            line=line.number,
            page=line.page,
            section=line.section_at(sentence.start_char),
            set_aside=tuple(text for start, text in set_aside if sentence.start_char <= start < sentence.end_char),
            said_of_others=tuple(_clean_sentence(document.text[start:end]).lower() for start, end in clauses),
        )


def _denied(token: Token) -> bool:
    """Whether a word follows a denial, at most one adverb between: "not driven", "never really used", "without
    supervision", "haven't done"."""
    i = token.i
    doc = token.doc
    if i and doc[i - 1].lower_ in _DENIALS:
        return True
    return i > 1 and doc[i - 1].lower_ in _BETWEEN_A_DENIAL and doc[i - 2].lower_ in _DENIALS


_DENIALS = frozenset({"not", "never", "n't", "no", "without", "nor"})
_BETWEEN_A_DENIAL = frozenset({"yet", "been", "really", "ever", "actually", "properly", "formally", "personally"})


def content_words(span) -> list[str]:
    """Normalised words of a span that carry meaning: letters, three or more (or two in capitals: "VO scripts", "HR
    records"), not among the most frequent. An adverb is read as its adjective, as a CV says the same thing either
    way: "calmly" as "calm"."""
    ranks = word_ranks()
    return [
        adverb_base(token.norm_)
        for token in span
        if token.is_alpha
        and (len(token) >= 3 or (len(token) == 2 and token.is_upper))
        and token.lower_ not in _FUNCTION_WORDS
        and ranks.get(token.lower_, FUNCTION_WORD_RANK) >= FUNCTION_WORD_RANK
    ]


_FUNCTION_WORDS = frozenset(["our", "your", "their", "its", "his", "her", "them", "they", "who", "which"])


def _set_outside_the_uk(text: str) -> bool:
    """Whether a text sets its job outside the UK: in euros or in Ireland (its places, "Eircode"), with no pound, no
    "UK" and no part of the UK named ("Northern Ireland" is one)."""
    return (_ABROAD.search(text) is not None or "€" in text) and _IN_THE_UK.search(text) is None and "£" not in text


def _without_the_uk(skill_id: str, text: str, taxonomy: Taxonomy) -> str:
    """For a certificate whose name holds the UK ("Full UK Driving Licence"), read in words that do not, the
    certificate it is a kind of; else the skill itself."""
    skill = taxonomy[skill_id]
    if skill.type != "certification" or not skill.broader or _THE_UK.search(skill.label) is None:
        return skill_id
    return skill_id if _THE_UK.search(text) else skill.broader[0]


_THE_UK = re.compile(r"\b(?:UK|U\.K\.|British|United Kingdom)\b")
_IN_THE_UK = re.compile(
    r"\b(?:UK|U\.K\.|United Kingdom|Britain|British|England|Scotland|Wales|Northern Ireland|London|NHS)\b"
)
_ABROAD = re.compile(
    r"\b(?:Ireland|Irish|Eircode|Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Athlone|Donegal|Mayo"
    r"|Wexford|Wicklow|Kildare|Meath|Tipperary)\b"  # not "Clare" or "Kerry", also first names
)


# A passive verb with its doer: "prepared and filed by our external accountants", "run by the IT team".
_DONE_BY_SOMEONE = re.compile(r"\b\w+ed\s+(?:and\s+\w+ed\s+)?by\s+(?:our|the|their|an?|my)\s", re.IGNORECASE)


def with_wordings(profile: SkillProfile, document: Document, wordings: dict[str, str]) -> SkillProfile:
    """Add mentions of candidate skills (id -> wording) wherever the document uses the same words: a CV that
    says "Foobar" has the "experience with Foobar" an ad asks for, though no taxonomy knows Foobar."""
    found: list[Mention] = []
    # Accents folded on both sides, one character for one so that places stay true: the "Stöckert" an ad asks for is
    # the CV's "Stockert S5".
    text = fold_accents(document.text)
    sentence_starts = [sentence.start for sentence in profile.sentences]
    for skill_id, wording in wordings.items():
        folded = fold_accents(wording)
        places = (
            [match.span() for match in _spelt_as(folded).finditer(text)]
            or _words_near(text, folded)
            or [match.span() for match in _spelt_as(_distinctive_tail(folded)).finditer(text)]
        )
        for start, end in places:
            line = document.line_at(start)
            if _DONE_BY_SOMEONE.search(document.line_text(line)) or _said_of_others(
                profile, sentence_starts, start, end, document.text
            ):
                # The reading of the CV's own words sets aside others' work; a thing it does not know is not read
                # there: "the P11D returns, which are prepared and filed by our external accountants", "Accompanied
                # an HCEO team on two writ of possession evictions as an observer".
                continue
            found.append(
                Mention(
                    skill_id=skill_id,
                    label=wording,
                    text=document.text[start:end],
                    form="".join(ch for ch in document.text[start:end].lower() if ch.isalnum()),
                    match="candidate",
                    start=start,
                    end=end,
                    sentence=_clean_sentence(document.line_text(line)),
                    requirement="mentioned",
                    years=None,
                    line=line.number,
                    page=line.page,
                    section=line.section_at(start),
                )
            )
    if not found:
        return profile
    mentions = sorted((*profile.mentions, *found), key=lambda mention: mention.start)
    types = {skill.id: skill.type for skill in profile.skills}
    return replace(
        profile, mentions=tuple(mentions), skills=tuple(_count(mentions, lambda m: types.get(m.skill_id, "")))
    )


def _said_of_others(profile: SkillProfile, sentence_starts: list[int], start: int, end: int, text: str) -> bool:
    """Whether text[start:end] stands in a clause of its CV sentence said of others' work or of what the writer
    only watched, as the pipeline read them (`sentence_starts`: those of `profile.sentences`)."""
    index = bisect.bisect_right(sentence_starts, start) - 1
    return index >= 0 and profile.sentences[index].of_others(text[start:end])


def _spelt_as(wording: str) -> re.Pattern[str]:
    """The wording as a CV may write it: in any case, with its words written apart or together, by a space or a
    hyphen ("greensand", "green sand", "green-sand"), and a slash or a full stop inside it or not ("DW/144",
    "DW144"). An empty wording matches nothing."""
    if not wording:
        return _NOTHING
    # For a space, hyphen, slash or full stop of the wording, any one of them or none; between two letters or digits
    # of the wording, any one space or hyphen or none.
    parts = [re.escape(ch) if ch.isalnum() else (r"[\s/.-]?" if ch in " -/." else re.escape(ch)) for ch in wording]
    joined = "".join(
        part + (r"[\s-]?" if ch.isalnum() and nxt.isalnum() else "")
        for part, ch, nxt in zip(parts, wording, [*wording[1:], " "], strict=True)
    )
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)


_NOTHING = re.compile(r"(?!)")


def _distinctive_tail(wording: str) -> str:
    """The last words of a wording of several that name the thing without its maker or field, when they are a
    name no English word spells: "BES X" of "QubicaAMF BES X", "PrEP" of "HIV PrEP"; none for "Brunswick Sync"
    ("sync" is a word) or a wording of one word."""
    words = wording.split()
    ranks = word_ranks()
    for first in range(1, len(words)):
        tail = words[first:]
        names = [word for word in tail if len(word) >= _TAIL_NAME_LETTERS and _a_name(word, ranks)]
        if names and all(_a_name(word, ranks) or len(word) == 1 for word in tail):
            return " ".join(tail)
    return ""


def _a_name(word: str, ranks: dict[str, int]) -> bool:
    """Whether a word is a name no English word spells: a capital after a small letter inside it ("PrEP",
    "QubicaAMF"), or capitals throughout and rare ("BES"; not "IT")."""
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)):
        return True
    return word.isupper() and len(word) >= 2 and ranks.get(word.lower(), NAME_RANK) >= NAME_RANK


_TAIL_NAME_LETTERS = 3
_WORD = re.compile(r"[\w+#][\w+#.&/'’-]*\w|[\w+#]")
_CLAUSE = re.compile(r"[^\n,;:()|•–—]+")
_NEAR_SLACK = 3  # words that may stand among a wording's own where a CV turns it round


def _words_near(text: str, wording: str) -> list[tuple[int, int]]:
    """Where one clause holds every word of a wording of several words, in any order and close together: the
    "IOLMaster biometry" an ad asks for is the CV's "Biometry on the IOLMaster 700" (not "Brachytherapy rotation:
    observed HDR"), in the singular or the plural ("Fosber corrugators" is the CV's "Fosber 2.8m corrugator"). Each
    place runs from the first of its words to the last."""
    wanted = {_singular(word.lower()) for word in _WORD.findall(wording)}
    if len(wanted) < 2:
        return []
    places = []
    for clause in _CLAUSE.finditer(text):
        words = [
            (_singular(match.group().lower()), match.start(), match.end())
            for match in _WORD.finditer(text, clause.start(), clause.end())
        ]
        if not wanted <= {word for word, *_ in words}:
            continue
        # The shortest run of the clause's words that holds them all.
        best: tuple[int, int] | None = None
        for first in range(len(words)):
            seen: set[str] = set()
            for last in range(first, min(len(words), first + len(wanted) + _NEAR_SLACK)):
                seen.add(words[last][0])
                if wanted <= seen:
                    if best is None or last - first < best[1] - best[0]:
                        best = (first, last)
                    break
        if best is not None:
            places.append((words[best[0]][1], words[best[1]][2]))
    return places


def _singular(word: str) -> str:
    """A lower-case word without a plural "s" ("corrugators" -> "corrugator"); "glass", "bus" and short words as
    they are."""
    if len(word) > _SHORTEST_PLURAL and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_SHORTEST_PLURAL = 4


def _count(mentions: Iterable[Mention], type_of: Callable[[Mention], str]) -> list[SkillCount]:
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        counts[mention.skill_id] = counts.get(mention.skill_id, 0) + 1
        first.setdefault(mention.skill_id, mention)
    return [
        SkillCount(
            id=skill_id,
            label=first[skill_id].label,
            type=CANDIDATE_TYPE if first[skill_id].match == "candidate" else type_of(first[skill_id]),
            count=count,
        )
        for skill_id, count in counts.items()
    ]


class _TokenNorms:
    """The Doc's `token.norm_` values, read from the token array once: a mention's form joins its tokens' norms,
    and a Token object per token costs more than the lookup."""

    __slots__ = ("_doc", "_hashes", "_strings")

    def __init__(self, doc: Doc) -> None:
        self._hashes: list[int] | None = None
        self._strings = doc.vocab.strings
        self._doc = doc

    def joined(self, start: int, end: int) -> str:
        """The norms of tokens `start` to `end`, joined with nothing between them."""
        if self._hashes is None:
            self._hashes = self._doc.to_array(NORM).tolist()
        strings = self._strings
        return "".join([strings[norm] for norm in self._hashes[start:end]])


class SentencePlaces:
    """Where a mention's words stand in its cleaned sentence (`_clean_sentence`), read from their place in the
    source text. A sentence that holds the words once needs no more than a search; for one that holds them more
    than once ("MBO level 4 in biology, or a BSc in plant science, biology or horticulture"), a map from the
    source's offsets to the cleaned sentence's is made once, so that a pasted line of thousands of names costs one
    pass, not one per name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._maps: dict[int, list[int]] = {}  # the source offset a sentence starts at -> `cleaned_offsets` of it

    def offset(self, sentence: str, sentence_start: int, sentence_end: int, start: int, words: str) -> int:
        """Where `words`, at `start` in the source, stand in `sentence`, the cleaned text of the source's
        [sentence_start, sentence_end); -1 where the cleaned sentence does not hold them."""
        words = " ".join(words.split())
        at = sentence.find(words)
        if at < 0 or sentence.find(words, at + 1) < 0:
            return at  # held once, or not at all: the common case
        offsets = self._maps.get(sentence_start)
        if offsets is None:
            offsets = self._maps[sentence_start] = cleaned_offsets(self.text[sentence_start:sentence_end])
        place = offsets[min(start - sentence_start, len(offsets) - 1)]
        return place if sentence.startswith(words, place) else at


def cleaned_offsets(source: str) -> list[int]:
    """For each offset of `source` (and its end), where that character stands in `_clean_sentence(source)`: runs
    of white space become one space, and the leading bullet marks and spaces go."""
    offsets: list[int] = []
    joined = 0  # the offset in " ".join(source.split())
    space_pending = False
    for character in source:
        if character.isspace():
            space_pending = joined > 0
            offsets.append(joined + space_pending)
        else:
            joined += space_pending
            space_pending = False
            offsets.append(joined)
            joined += 1
    offsets.append(joined)
    flat = " ".join(source.split())
    dropped = len(flat) - len(flat.lstrip(_LEADING_MARKS))
    return [max(0, offset - dropped) for offset in offsets]


_LEADING_MARKS = "•·▪●-–*> "  # what `_clean_sentence` strips from a sentence's start


def _clean_sentence(text: str) -> str:
    """The sentence as one line: bullets and line breaks of the source collapsed."""
    return " ".join(text.split()).lstrip(_LEADING_MARKS).strip()
