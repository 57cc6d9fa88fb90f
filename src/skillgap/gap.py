"""Gap analysis: the CV's skill profile against one or more targets, as a ranked `GapReport`.

Pure functions over plain data. Ranking puts first what the user should act on first: gaps (missing, unstated or
related) before matched skills; among them required before preferred before mentioned, then missing before unstated
before related; then skills that more targets ask for; then skills asked for more often. Ties break on the label, so
results repeat exactly.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple, Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from skillgap.documents.dates import earliest_date, latest_date, month_of, months_covered
from skillgap.nlp.acronyms import SMALL_WORDS, initialisms, spelt_out
from skillgap.nlp.ad_cues import NUMBER_WORDS
from skillgap.nlp.matcher import AWARDING_BODIES_FILE
from skillgap.nlp.people import people_verbs, staff_nouns
from skillgap.nlp.progress import qualification_state
from skillgap.nlp.words import ADJECTIVE_ENDINGS, lemma_table, word_ranks
from skillgap.profile import (
    CANDIDATE_TYPE,
    REQUIREMENT_ORDER,
    AbilityPhrase,
    Mention,
    Requirement,
    SentenceWords,
    SkillProfile,
)
from skillgap.report.model import (
    Evidence,
    GapReport,
    PhraseGap,
    Shortfall,
    SkillGap,
    Status,
    Suggestion,
    TargetSummary,
)
from skillgap.taxonomy import Taxonomy
from skillgap.taxonomy.load import read_lexicon
from skillgap.taxonomy.model import DESCRIPTION_WORDS, Skill, content_words

SCORING_VERSION = 1
IMPORTANCE_WEIGHT: dict[Requirement, int] = {"required": 3, "preferred": 2, "mentioned": 1}
STATUS_CREDIT: dict[Status, float] = {"matched": 1.0, "related": 0.5, "unstated": 0.0, "missing": 0.0}
_STATUS_ORDER: dict[Status, int] = {"missing": 0, "unstated": 1, "related": 2, "matched": 3}


def compare(
    cv: SkillProfile, targets: Sequence[SkillProfile], taxonomy: Taxonomy, *, today: datetime.date | None = None
) -> GapReport:
    """Compare a CV profile with target profiles (job ads or successful candidates' profiles). `today`: the date
    against which an ad's "within the last 2 years" is read (the current date by default)."""
    target_ids = _ordered_ids(targets)
    now = month_of(today or datetime.date.today())
    unranked = _with_alternatives_shown(
        [_skill_gap(skill_id, cv, targets, taxonomy, now=now) for skill_id in target_ids], cv, targets, taxonomy, now
    )
    unranked.sort(key=_rank_key)
    skills = tuple(replace(gap, rank=rank) for rank, gap in enumerate(unranked, start=1))
    summaries = tuple(_summary(target, skills) for target in targets)
    return GapReport(
        cv_path=cv.path,
        cv_skills=len(cv.skills),
        targets=summaries,
        skills=skills,
        suggestions=tuple(_suggestions(skills, targets, taxonomy)),
        scoring_version=SCORING_VERSION,
        phrases=tuple(phrase_gaps(cv, targets, taxonomy)),
    )


def phrase_gaps(cv: SkillProfile, targets: Sequence[SkillProfile], taxonomy: Taxonomy | None = None) -> list[PhraseGap]:
    """Each ability the targets ask for in their own words (once, at its strongest requirement), with the CV
    sentence that shows it: one that has the phrase's verb and another of its words, or two of its other
    words when it has them ("mentored two junior developers" shows "mentor junior engineers"). Ranked: not
    shown first, then by importance, then in the targets' order."""
    best: dict[tuple[str, ...], tuple[AbilityPhrase, SkillProfile, Requirement]] = {}
    for target in targets:
        for phrase in target.phrases:
            level: Requirement = phrase.requirement if target.kind == "ad" else "mentioned"
            key = phrase.words
            if key not in best or REQUIREMENT_ORDER.index(level) < REQUIREMENT_ORDER.index(best[key][2]):
                best[key] = (phrase, target, level)
    gaps = []
    names = _names_by_stem(cv, taxonomy) if taxonomy is not None else {}
    for phrase, target, level in best.values():
        evidence, shared = _phrase_evidence(phrase, cv)
        where: SentenceWords | Mention | None = evidence
        if evidence is None and names:
            named = _skill_named_in(phrase, names, cv)
            if named is not None:
                where, shared = named[0], (named[1],)  # the skill the phrase describes, where the CV names it
        if where is None:
            abbreviated = _acronym_in_own_words(_names_in_capitals(phrase.text), cv)
            if abbreviated is not None:
                # "managing Child in Need cases" where the CV has "mostly CIN and CP"
                where, shared = abbreviated[0], (abbreviated[1].group(),)
        gaps.append(
            PhraseGap(
                text=phrase.text,
                verb=phrase.verb,
                importance=level,
                rank=0,
                shown=where is not None,
                target_path=target.path,
                target_sentence=phrase.sentence,
                target_page=phrase.page,
                target_line=phrase.line,
                cv_sentence=(where.text if isinstance(where, SentenceWords) else where.sentence) if where else None,
                cv_page=where.page if where else None,
                cv_line=where.line if where else None,
                shared_words=shared,
            )
        )
    order = {id(gap): n for n, gap in enumerate(gaps)}
    gaps.sort(key=lambda gap: (gap.shown, REQUIREMENT_ORDER.index(gap.importance), order[id(gap)]))
    return [replace(gap, rank=rank) for rank, gap in enumerate(gaps, start=1)]


def _phrase_evidence(phrase: AbilityPhrase, cv: SkillProfile) -> tuple[SentenceWords | None, tuple[str, ...]]:
    # A noun that says only that the verb's work is an ability ("repair skills", "welding experience") is no object.
    verb, objects = phrase.words[0], set(phrase.words[1:]) - _ABILITY_NOUNS
    # A verb that only says the thing is done leaves the meaning to its one object: "organising alterations" is
    # shown by "Fittings with actors and alterations".
    object_alone = verb in _LIGHT_VERBS and len(objects) == 1
    found: SentenceWords | None = None
    found_score = 0
    for sentence in cv.sentences:
        shared_objects = len(objects & sentence.words)
        has_verb = verb in sentence.words
        shows = (
            (has_verb and (shared_objects or not objects)) or shared_objects >= 2 or (object_alone and shared_objects)
        )
        score = 2 * has_verb + shared_objects
        if shows and score > found_score:
            found, found_score = sentence, score
    if found is None:
        return None, ()
    return found, tuple(word for word in phrase.words if word in found.words)


_ABILITY_NOUNS = frozenset({"skill", "ability", "experience", "knowledge", "competence", "capability", "proficiency"})
# Verbs that say only that a thing is done, in the phrases' normalised forms.
_LIGHT_VERBS = frozenset(
    {"organize", "arrange", "undertake", "perform", "conduct", "carry", "do", "handle", "complete", "process"}
)


def _described_in_other_words(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> Mention | None:
    """A CV sentence that holds all the content words of one of the skill's names, within a few words of each
    other, in any order and in other forms of the same words: "Reconciling bank accounts" for bank
    reconciliation, "Draft contracts of employment" for contract drafting, "Excel (advanced)" for Advanced Excel.
    Not for products, certificates or languages, whose names are not descriptions, but where the sentence names
    their kind: "Driving licence - full UK, cat B" for a full UK driving licence."""
    if skill_id not in taxonomy:
        return None
    skill = taxonomy[skill_id]
    sentences = cv.sentences
    names = _names_words((*skill.surface_forms, *skill.described_as))
    if skill.type not in _DESCRIBED_TYPES:
        kinds = [kind for kind in skill.broader if kind in cv.skill_ids]
        of_its_kind = {m.sentence for kind in kinds for m in cv.mentions_of(kind)}
        sentences = tuple(sentence for sentence in sentences if sentence.text in of_its_kind)
        # A name with a word that sets it apart from its kind's: "full" for a full driving licence, where a
        # provisional one shares only "driving licence". Not "level", whose number the words leave out.
        kind_words = {"level"} | {
            word for kind in kinds for words in _names_words(taxonomy[kind].surface_forms) for word in words
        }
        names = tuple(words for words in names if not set(words) <= kind_words)
    if not names or not sentences:
        return None
    for sentence in sentences:
        for words in names:
            place = _name_in(words, sentence.text, clause=skill.type in _DESCRIBED_TYPES)
            if place is None:
                continue
            start, end = place
            if not any(
                words in sentence.text[start:end].lower() for words in sentence.set_aside
            ) and not sentence.of_others(sentence.text[start:end]):
                # not a colleague's job: "Partnered with the data science team"
                return _described(skill_id, skill.label, sentence, sentence.text[start:end], " ".join(words))
    return None


def _shown_by_a_title(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> Mention | None:
    """A CV sentence that names a post whose holder does the skill (models/lexicons/titles_showing_skills.txt):
    "Warehouse Supervisor, Tesco", "Chargehand on the Sabic shutdown", "team leader for 12 pickers" for people
    management. Not a post named as another's: "Reported to the site supervisor"."""
    pattern = _titles_showing_skills().get(skill_id)
    if pattern is None or skill_id not in taxonomy:
        return None
    for sentence in cv.sentences:
        for match in pattern.finditer(sentence.text):
            if not sentence.of_others(match.group()) and not _A_TITLE_OF_ANOTHER.search(
                sentence.text, 0, match.start()
            ):
                return _described(skill_id, taxonomy[skill_id].label, sentence, match.group(), match.group().lower())
    return None


def _the_subject_of_a_qualification_in_cv(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> Mention | None:
    """A qualification the CV holds whose name holds the skill's as its subject: "CACHE Level 3 Diploma in Childcare
    and Education" for childcare, "Level 2 Award in Food Safety" for food safety. The pipeline reads the longest name
    only, the qualification's, so the skill inside it would otherwise go unread. Only a field or practice; a
    qualification held (not lapsed, not in progress)."""
    if skill_id not in taxonomy or taxonomy[skill_id].type not in ("knowledge", "hard_skill"):
        return None
    subject = _subject_pattern(taxonomy[skill_id].surface_forms)
    if subject is None:
        return None
    for mention in cv.mentions:
        if mention.lapsed or mention.in_progress or mention.skill_id not in taxonomy:
            continue
        held = taxonomy[mention.skill_id]
        if held.type != "certification" and held.domain != _KIND_OF_DOMAIN:
            continue
        found = subject.search(mention.text)
        if found is None:
            continue
        sentence = next((s for s in cv.sentences if s.text == mention.sentence), None)
        if sentence is not None:
            return _described(skill_id, taxonomy[skill_id].label, sentence, mention.text, found.group().lower())
    return None


@functools.lru_cache(maxsize=4096)
def _subject_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A skill's names as the subject of a qualification's title ("in Childcare", "of Food Safety"), longest first;
    built once per skill, not once per report."""
    names = sorted({form.lower() for form in forms if len(form) >= _SUBJECT_MIN_LENGTH}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(
        r"\b(?:in|of|for)\s+(?:[\w&'’-]+\s+){0,4}?(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE
    )


_SUBJECT_MIN_LENGTH = 4  # characters of a form read as a qualification's subject: no "IT", "HR"


# Just before a title: words that make it someone else's post. "Reported to the site supervisor", "assisted the
# foreman", "my team leader"; not a step up to it: "Promoted to Shift Leader".
_A_TITLE_OF_ANOTHER = re.compile(
    r"(?:\b(?:(?<!promoted )(?<!up )(?<!progressed )(?<!moved )to|my|our|his|her|their|assisted|helped|supported"
    r"|shadowed|for)\s+(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)


@functools.cache
def _titles_showing_skills() -> dict[str, re.Pattern[str]]:
    """Skill id -> a pattern of the titles that show it (models/lexicons/titles_showing_skills.txt)."""
    found = {}
    for line in read_lexicon(TITLES_SHOWING_SKILLS_FILE):
        skill_id, titles = line.split(":", 1)
        names = sorted((title.strip() for title in titles.split(",") if title.strip()), key=len, reverse=True)
        found[skill_id.strip()] = re.compile(
            r"\b(?:" + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names) + r")s?\b", re.IGNORECASE
        )
    return found


TITLES_SHOWING_SKILLS_FILE = "titles_showing_skills.txt"  # models/lexicons/


def _described(skill_id: str, label: str, sentence: SentenceWords, text: str, form: str) -> Mention:
    """A CV mention of a skill that `sentence` describes in `text`, its own words, rather than names."""
    return Mention(
        skill_id=skill_id,
        label=label,
        text=text,
        form=form,
        match="described",
        start=sentence.start,
        end=sentence.start + len(sentence.text),
        sentence=sentence.text,
        requirement="mentioned",
        years=None,
        line=sentence.line,
        page=sentence.page,
        section=sentence.section,
    )


def _name_in(words: tuple[str, ...], text: str, clause: bool = False) -> tuple[int, int] | None:
    """Where all the words of a name stand in `text`, in other forms and any order, within a few words of each
    other ("Reconciling bank accounts" for bank reconciliation), or, for a skill described in other words
    (`clause`), within one clause in the name's order: the characters from the first to the last."""
    tokens, by_stem = _sentence_tokens(text)
    places = []
    for word in words:
        stems = {word[:_STEM], _lemma(word)[:_STEM]}
        found = [k for stem in stems for k in by_stem.get(stem, ()) if _same_word(word, tokens[k][0])]
        if not found:
            return None
        places.append(min(found))
    first, last = min(places), max(places)
    # Across a clause only in the name's order: "Learned to operate the packing machine" is no machine learning.
    in_order = places == sorted(places)
    if not _near_enough(text, tokens, first, last, clause and in_order):
        return None
    return tokens[first][1], tokens[last][1] + len(tokens[last][0])


def _near_enough(text: str, tokens: list[tuple[str, int]], first: int, last: int, clause: bool) -> bool:
    """Whether two words of a sentence are near enough to be read as one name: a few words apart, across one noun
    phrase ("Driving the Fendt 209V narrow tractor"), or, for a description (`clause`), in one clause, with no
    punctuation between: "Presented monthly progress and critical path to the client" (presenting to clients),
    "Chased the builders and two architects for unpaid invoices" (credit control)."""
    distance = last - first
    if distance < _DESCRIBED_REACH:
        return True
    if distance < _NOUN_PHRASE_REACH and _one_noun_phrase(text, tokens, first, last):
        return True
    return clause and distance < _CLAUSE_REACH and not _PHRASE_BREAK.search(text, tokens[first][1], tokens[last][1])


def _one_noun_phrase(text: str, tokens: list[tuple[str, int]], first: int, last: int) -> bool:
    """Whether the words between two of a sentence's words only describe the second, with no break between: "Driving
    the Fendt 209V narrow tractor" (a determiner, a make, a model, an adjective), "Delivered the two-week classroom
    induction" (a number); not "Driving to farms with ..."."""
    between = tokens[first + 1 : last]
    if any(word in STOP_WORDS and word not in _NOUN_PHRASE_OPENERS for word, _ in between):
        return False
    return not _PHRASE_BREAK.search(text, tokens[first][1], tokens[last][1])


def _skill_named_in(phrase: AbilityPhrase, names: _NamesByStem, cv: SkillProfile) -> tuple[Mention, str] | None:
    """A CV skill whose name the ad's phrase says in other words, and those words: "Diagnose faults on existing
    installations" is fault diagnosis, a name of the Fault Finding a CV shows."""
    _, by_stem = _sentence_tokens(phrase.text)
    candidates = sorted({name for stem in by_stem for name in names.get(stem, ())})  # in a repeatable order
    for skill_id, words in candidates:
        place = _name_in(words, phrase.text)
        if place is not None:
            return cv.mentions_of(skill_id)[0], phrase.text[place[0] : place[1]]
    return None


_ATTITUDE_SHARED_WORDS = 2  # words a CV sentence shares with the phrase a soft skill is asked in


# Skills of directing people: those the verbs of models/lexicons/people_verbs.txt name, and two named by their verbs.
_DIRECTING_SKILLS = frozenset({*people_verbs().values(), "mentoring", "coaching"})


PRACTISED_SOFT_SKILLS_FILE = "practised_soft_skills.txt"


@functools.cache
def _practised_soft_skills() -> frozenset[str]:
    """Soft skills a CV names when its writer has done them (models/lexicons/practised_soft_skills.txt), with those
    of directing people."""
    return read_lexicon(PRACTISED_SOFT_SKILLS_FILE) | _DIRECTING_SKILLS


def _shown_by_deeds(skill_id: str, taxonomy: Taxonomy) -> bool:
    """Whether a skill is a quality that a CV shows by what its writer did more often than by its name ("Checked
    every entry against the object" for attention to detail): any soft skill but the practices, and the skills of
    service listed with them (models/lexicons/qualities_of_service.txt: customer service)."""
    if skill_id not in taxonomy:
        return False
    if taxonomy[skill_id].type == "soft_skill":
        return skill_id not in _practised_soft_skills()
    return skill_id in _qualities_of_service()


QUALITIES_OF_SERVICE_FILE = "qualities_of_service.txt"  # models/lexicons/


@functools.cache
def _qualities_of_service() -> frozenset[str]:
    return read_lexicon(QUALITIES_OF_SERVICE_FILE)


def _an_attitude(skill_id: str, taxonomy: Taxonomy) -> bool:
    """Whether a skill is a soft skill of the way work is done ("collaborate", "with compassion", "prioritise"): not
    one of directing people ("mentor", "manage", "train"), whose phrase's other words are the people, which a CV
    names as often for the writer's own peers ("Mentor 1st line analysts" beside "1st line analyst")."""
    return skill_id in taxonomy and taxonomy[skill_id].type == "soft_skill" and skill_id not in _DIRECTING_SKILLS


# A stem -> the names (skill id, content words) of a CV's skills whose first word has that stem.
_NamesByStem = dict[str, list[tuple[str, tuple[str, ...]]]]


def _names_by_stem(cv: SkillProfile, taxonomy: Taxonomy) -> _NamesByStem:
    """The names of the CV's skills that descriptions can say (see `_DESCRIBED_TYPES`), by their first word's
    stem: a phrase is read only for the names whose first word it has."""
    names: _NamesByStem = {}
    for skill in cv.skills:
        if skill.id in taxonomy and taxonomy[skill.id].type in _DESCRIBED_TYPES:
            for words in _names_words(taxonomy[skill.id].surface_forms):
                names.setdefault(words[0][:_STEM], []).append((skill.id, words))
    return names


def _shown_in_the_targets_words(
    mentions: Sequence[Mention], targets: Sequence[SkillProfile], cv: SkillProfile, *, attitude: bool = False
) -> Mention | None:
    """A CV sentence that shows the ability phrase a target asks the skill in, by a word of the skill's own
    wording there: "Train commis chefs" for developing others asked as "Train and develop junior chefs" (the
    phrase's verb "train", which is a word of the mention "Train and develop"). The report would otherwise call
    the phrase shown and its skill missing. Where the skill's wording names its kind by a word before its noun,
    the CV must share that word: "design batch ETL pipelines" shows no "streaming pipelines". A soft skill
    (`attitude`) is the way the phrase's work is done, shown by any sentence that shows two of its words:
    "Collaborate with data scientists to productionise their models" by "Pair with data scientists to
    productionise credit-risk models"."""
    ranks = word_ranks()
    for target in targets:
        for mention in mentions:
            own_words = content_words(mention.text)
            for phrase in target.phrases:
                if not (phrase.start < mention.end and mention.start < phrase.end):
                    continue
                evidence, shared = _phrase_evidence(phrase, cv)
                if evidence is None:
                    continue
                # The words that say which kind, in a noun's compound ("usability testing", "streaming pipelines");
                # not a verb it starts with ("Train and develop"), nor an everyday one ("product demos").
                kind_words = [
                    own
                    for own in own_words[:-1]
                    if not _inflects(phrase.verb, own) and ranks.get(own, _KIND_WORD_RANK) >= _KIND_WORD_RANK
                ]
                needed = kind_words or own_words
                if not (attitude and len(shared) >= _ATTITUDE_SHARED_WORDS) and not any(
                    _inflects(word, own) for word in shared for own in needed
                ):
                    continue
                tokens, _ = _sentence_tokens(evidence.text)
                places = [k for k, (token, _) in enumerate(tokens) if any(_inflects(word, token) for word in shared)]
                first, last = (tokens[min(places)], tokens[max(places)]) if places else (tokens[0], tokens[-1])
                words = evidence.text[first[1] : last[1] + len(last[0])]  # from the first shared word to the last
                return _described(mention.skill_id, mention.label, evidence, words, " ".join(shared))
    return None


def _an_unnamed_alternative_in_cv(
    target_mentions: Sequence[Mention], targets: Sequence[SkillProfile], cv: SkillProfile
) -> Mention | None:
    """A CV sentence naming, in a target's own words, an alternative the target lists before the skill that no
    skill of the taxonomy names: "BSc (Hons) Maritime Business" for "a degree in maritime business, economics or
    similar", asked as economics. The list must offer a choice ("or" in it or after it, as `_alternatives` reads
    one), and the item must hold a word that says which (not "business" alone). (Not a name after the skill: "CILEx
    Level 3 or CLC Level 4 Diploma", "RICS or CIOB" are qualifications a CV names as often while studying for them.)"""
    ranks = word_ranks()
    named = {" ".join(m.text.lower().split()) for target in targets for m in target.mentions}
    for mention in target_mentions:
        at = _place(mention)
        if at <= 0:
            continue
        items = []
        end = at
        offers_a_choice = _LIST_ENDS_IN_OR.match(_words_after(mention)) is not None
        while (item := _LIST_ITEM_BEFORE.search(mention.sentence, max(0, end - _ITEM_REACH), end)) is not None:
            offers_a_choice |= "or" in item.group("separator").lower().split()
            words = item.group("item").split()
            # The item's words after the last linking word: "a degree in maritime business" lists "maritime business".
            cut = max((k + 1 for k, word in enumerate(words) if word.lower() in _ITEM_LEAD_WORDS), default=0)
            item_words = words[cut:]
            # An adjective shares the skill's noun: "a biological or physical science" lists "biological science".
            if len(item_words) == 1 and item_words[0].islower() and item_words[0].endswith(ADJECTIVE_ENDINGS):
                item_words += mention.text.split()[1:]
            items.append(" ".join(item_words))
            if cut:
                break  # the list's first item
            end = item.start("item")
        if not offers_a_choice:
            continue
        for item in items:
            lower = item.lower()
            if lower in named or not any(ranks.get(word, _KIND_WORD_RANK) >= _KIND_WORD_RANK for word in lower.split()):
                continue
            pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, item.split())) + r"(?:e?s)?\b", re.IGNORECASE)
            for sentence in cv.sentences:
                found = pattern.search(sentence.text)
                if found is not None and not sentence.of_others(found.group()):
                    return _described(mention.skill_id, mention.label, sentence, found.group(), lower)
    return None


# An item of a list just before a skill, with its separator: "maritime business, " before "economics".
_LIST_ITEM_BEFORE = re.compile(
    r"(?P<item>[A-Za-z][\w'&-]*(?:\s+[A-Za-z][\w'&-]*){0,4})(?P<separator>\s*,\s*(?:or\s+)?|\s+or\s+)$"
)
_ITEM_REACH = 60
# Words that lead into a list rather than belong to its first item: "a degree in", "experience of".
_ITEM_LEAD_WORDS = frozenset(
    {"a", "an", "the", "in", "of", "with", "on", "for", "as", "at", "by", "from", "and", "such", "like", "including"}
    | {"e.g", "eg", "any", "either", "is", "are", "be", "have", "has", "you", "your", "our", "we", "to"}
)


def _abbreviated_in_cv(target_mentions: Sequence[Mention], cv: SkillProfile) -> Mention | None:
    """A CV sentence that writes the name a target asks as its acronym ("verify hearing aids using REMs" for "real ear
    measurement", "Implemented TDE" for "Transparent Data Encryption"), or spells out the acronym a target asks
    ("following British Society of Audiology procedures" for "BSA recommended procedures"). Not an acronym the CV
    uses for a skill of its own: "CSM" there is the Certified ScrumMaster, whatever a target's words make."""
    cv_acronyms = {m.text for m in cv.mentions}
    for mention in target_mentions:
        words = _TOKEN.findall(mention.text)
        # An acronym the taxonomy does not know (one it knows would be matched by its names), alone or with its code
        # ("ACOP L117"); not one that qualifies other words ("a GDS service assessment" asks the assessment).
        if (
            mention.match == "candidate"
            and words
            and _ACRONYM.fullmatch(words[0])
            and all(map(_CODE.search, words[1:]))
        ):
            for sentence in cv.sentences:
                place = spelt_out(sentence.text, words[0])
                if place is not None and not sentence.of_others(sentence.text[place[0] : place[1]]):
                    text = sentence.text[place[0] : place[1]]
                    return _described(mention.skill_id, mention.label, sentence, text, words[0].lower())
        if len(words) < 2:
            continue
        found = _acronym_in_own_words(
            _initialisms_of_the_name(mention, words),
            cv,
            lambda sentence, match, words=words: (
                match.group() in cv_acronyms or _defined_otherwise(sentence.text, match, words)
            ),
        )
        if found is not None:
            sentence, match = found
            text = match.group()
            return _described(mention.skill_id, mention.label, sentence, text, text.removesuffix("s").lower())
    return None


def _defined_otherwise(text: str, match: re.Match[str], words: list[str]) -> bool:
    """Whether `text` spells out the acronym it has at `match` in other words than the name's: "the local ACT
    (Assertive Community Treatment) team" where the name is Acceptance and Commitment Therapy."""
    acronym = match.group().removesuffix("s")
    after = _DEFINITION_AFTER.match(text, match.end())
    before = text[: match.start()].rstrip()
    if after is not None:
        if spelt_out(after.group(1), acronym) is None:
            return False  # a bracket after it that is no definition: "TDE (2023)"
        definition = after.group(1)
    elif before.endswith("(") and (place := spelt_out(before, acronym)) is not None:
        definition = before[place[0] : place[1]]
    else:
        return False
    return {w.lower() for w in _TOKEN.findall(definition)} != {w.lower() for w in words}


def _names_in_capitals(text: str) -> frozenset[str]:
    """The acronyms of the names in capitals in `text`: of each run of capitalised words, with the small words
    between them, from two words long ("Child in Need" -> "CIN", "Performance Management Application" -> "PMA")."""
    words = _TOKEN.findall(text)
    acronyms: set[str] = set()
    for first, word in enumerate(words):
        if not word[:1].isupper():
            continue
        last = first + 1
        while last < len(words) and (words[last][:1].isupper() or words[last].lower() in SMALL_WORDS):
            if words[last][:1].isupper():
                acronyms |= initialisms(words[first : last + 1])
            last += 1
    return frozenset(acronyms)


def _acronym_in_own_words(
    acronyms: frozenset[str],
    cv: SkillProfile,
    rejects: Callable[[SentenceWords, re.Match[str]], bool] = lambda sentence, match: False,
) -> tuple[SentenceWords, re.Match[str]] | None:
    """The first CV sentence, by acronym in order, that writes one of `acronyms` (or its plural) in its own words:
    not in a clause of others' work, nor in a colleague's title ("the CBT therapist"), nor where `rejects` says so;
    and the acronym as it is written there."""
    for acronym in sorted(acronyms):
        pattern = re.compile(rf"\b{acronym}s?\b")
        for sentence in cv.sentences:
            match = pattern.search(sentence.text)
            if (
                match is not None
                and not sentence.of_others(match.group())
                and not any(match.group().lower() in aside for aside in sentence.set_aside)
                and not rejects(sentence, match)
            ):
                return sentence, match
    return None


def _initialisms_of_the_name(mention: Mention, words: list[str]) -> frozenset[str]:
    """The acronyms of a mention's words, and of the name in capitals it is part of ("Transparent Data Encryption"
    where the mention is "Data Encryption", "Performance Management Application" where it is "Performance
    Management"), or of the noun phrase in lower case it ends ("functional design documents" where the mention is
    "design documents": a CV writes "FDDs")."""
    acronyms = set(initialisms(words))
    if mention.text[:1].islower():
        at = _place(mention)
        before = _TOKEN.findall(mention.sentence[:at])[-_NAME_WORDS_BESIDE:] if at > 0 else []
        run: list[str] = []
        for word in reversed(before):
            if not word.islower() or word in SMALL_WORDS or word in STOP_WORDS or not word.isalpha():
                break
            run.insert(0, word)
        for n in range(1, len(run) + 1):
            acronyms |= initialisms([*run[len(run) - n :], *words])
        # The noun phrase it opens, with the target's own acronym for it in brackets: "quality improvement plan
        # (QIP)", where the mention is "quality improvement".
        defined = _ACRONYM_DEFINED_AFTER.match(mention.sentence, at + len(mention.text)) if at >= 0 else None
        if defined is not None:
            phrase = [*words, *_TOKEN.findall(defined.group("rest"))]
            acronyms |= {defined.group("acronym")} & set(initialisms(phrase))
    elif mention.text[:1].isupper():
        at = _place(mention)
        before = _TOKEN.findall(mention.sentence[:at]) if at > 0 else []
        after = _TOKEN.findall(mention.sentence[at + len(mention.text) :]) if at >= 0 else []
        before = _capitalised_run(before[::-1])[::-1]
        after = _capitalised_run(after)
        for n in range(len(before) + 1):
            for m in range(len(after) + 1):
                acronyms |= initialisms([*before[len(before) - n :], *words, *after[:m]])
    return frozenset(acronyms)


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words that open `words`, up to `_NAME_WORDS_BESIDE` of them."""
    run = []
    for word in words[:_NAME_WORDS_BESIDE]:
        if not word[:1].isupper():
            break
        run.append(word)
    return run


_TOKEN = re.compile(r"[A-Za-z][\w'’]*")
# The rest of a noun phrase in lower case, then its acronym in brackets: " plan (QIP)".
_ACRONYM_DEFINED_AFTER = re.compile(r"(?P<rest>(?:\s+[a-z]+){0,2})\s*\((?P<acronym>[A-Z]{2,6})\)")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_CODE = re.compile(r"\d")
_DEFINITION_AFTER = re.compile(r"\s*\(([^()]{3,80})\)")
_NAME_WORDS_BESIDE = 2  # capitalised words either side of a mention read as the rest of its name


@functools.lru_cache(maxsize=20_000)
def _names_words(forms: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The content words of each name of two to four of them, lower case."""
    low, high = DESCRIPTION_WORDS
    names = dict.fromkeys(tuple(words) for form in forms if low <= len(words := content_words(form)) <= high)
    return tuple(names)


@functools.lru_cache(maxsize=4096)
def _sentence_tokens(text: str) -> tuple[list[tuple[str, int]], dict[str, list[int]]]:
    """A sentence's words (lower case, with their offsets) and their places by stem: the first five letters, or
    the whole of a shorter word."""
    tokens = [(match.group().lower(), match.start()) for match in _WORD.finditer(text)]
    by_stem: dict[str, list[int]] = {}
    for k, (token, _) in enumerate(tokens):
        by_stem.setdefault(token[:_STEM], []).append(k)
        if (lemma_stem := _lemma(token)[:_STEM]) != token[:_STEM]:
            by_stem.setdefault(lemma_stem, []).append(k)  # "wrote" is found under "write"
    return tokens, by_stem


def _lemma(word: str) -> str:
    """A lower-case word's lemma from spaCy's lookup table: "wrote" -> "write", "reports" -> "report"."""
    return lemma_table().get(word, word)


def _same_word(a: str, b: str) -> bool:
    """The same word in another form: equal, or sharing a stem of five letters or more that leaves at most three
    letters of the shorter ("develop" / "development", "reconcile" / "reconciling", "managed" / "management");
    not a person and an activity ("managers" / "managing", "developer" / "development")."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    if shared < _STEM or shared < min(len(a), len(b)) - 3:
        # Or one lemma, for the short and irregular verbs a stem misses: "wrote" / "writing", "ran" / "running".
        lemma = _lemma(a)
        return len(lemma) >= _MIN_LEMMA and lemma == _lemma(b)
    return _names_a_person(a[shared:]) == _names_a_person(b[shared:])


def _names_a_person(ending: str) -> bool:
    """Whether a word's ending past a shared stem makes it a person: "manag-er", "supervis-or", "special-ist",
    "consult-ant"."""
    return ending.removesuffix("s") in _PERSON_ENDINGS


def _inflects(word: str, token: str) -> bool:
    """Whether a sentence's `token` is the normalised `word` or a form of it: "chefs" for "chef", "managed" for
    "manage", "reconciling" for "reconcile"."""
    return _same_word(word, token) or (token.startswith(word) and len(token) - len(word) <= _INFLECTION)


_DESCRIBED_TYPES = frozenset({"hard_skill", "knowledge", "soft_skill"})
_DESCRIBED_REACH = 4  # tokens from the first of the words to the last: "develop seasonal tasting menu"
_CLAUSE_REACH = 9  # the same for a skill described in other words, in one clause (`_near_enough`)
_NOUN_PHRASE_REACH = 7  # the same across one noun phrase: "Driving the Fendt 209V narrow tractor"
# Words that open a noun phrase, or count its things, which spaCy lists among stop words: "Delivered the two-week
# classroom induction".
_NOUN_PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "our", "my", "their", "his", "her", "its", "your"}
    | {"two", "three", "four", "five", "six", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty"}
)
_PHRASE_BREAK = re.compile(r"[,;:.()/&|–—]|\s-\s")
_STEM = 5  # letters two forms of a word share at least
_MIN_LEMMA = 3  # a lemma shorter says too little: "be", "do"
_KIND_WORD_RANK = 1_500  # a word more frequent than this says no kind: "product", "project"
_PERSON_ENDINGS = frozenset({"er", "r", "or", "ist", "ant"})  # "r": "manage-r" beside "manage-ment"
_INFLECTION = 3  # letters an inflected form adds: "chefs", "managed", "training"
_WORD = re.compile(r"[A-Za-z]+")


def _beside(
    mentions: Sequence[Mention], targets: Sequence[SkillProfile]
) -> Iterator[tuple[Mention, Mention, Mention, str]]:
    """Each mention of another skill in the sentence of one of these mentions, with the two in their order and the
    words between them: where a target says how the skills of one sentence stand to each other."""
    for mention in mentions:
        for target in targets:
            for other in target.mentions:
                if other.sentence != mention.sentence or other.skill_id == mention.skill_id:
                    continue
                first, second = (mention, other) if mention.start < other.start else (other, mention)
                between = _text_between(first, second)
                if between is not None:
                    yield other, first, second, between


def _alternatives(mentions: Sequence[Mention], targets: Sequence[SkillProfile]) -> frozenset[str]:
    """The skills a target offers as alternatives to one of these mentions, so that a CV that shows either has
    what the sentence asks: written beside it with "or" or a slash ("Dext or Hubdoc", "Sage/Xero"), in a list
    that ends in "or" ("a degree in HCI, psychology or a related field"), or in one list of examples ("statistical
    analysis (e.g. R, SPSS)", "tools such as DAX Studio and Tabular Editor"), one preferred and another taken
    ("Calypso preferred, PC-DMIS considered"), or another in brackets after the first's phrase ("CTA or ATT qualified
    (or ACA/ACCA ...)"). Followed along the list, in the same sentence: in "Punjabi, Urdu, Polish or Romanian
    speaker" each is an alternative to every other."""
    sentences = {mention.sentence for mention in mentions}
    found: set[str] = set()
    reached = list(mentions)
    while reached:
        new = {
            other.skill_id
            for other, first, second, between in _beside(reached, targets)
            if _OR_BETWEEN.fullmatch(between)
            or (
                (between.strip() == "," or _NAME_OPENING_AFTER_A_COMMA.fullmatch(between))
                and _LIST_ENDS_IN_OR.match(_words_after(second))
            )
            or (_LIST_BETWEEN.fullmatch(between) and _is_an_example(first))
            # A list in brackets after what it names, item after item: "Experience of regulatory inspections (MHRA,
            # FDA)", "An accounting qualification (AAT, ACCA, CIMA)".
            or (_LIST_BETWEEN.fullmatch(between) and _just_before(first, _BRACKET_LIST_AFTER_A_WORD, 80) is not None)
            or _parallel_or(first, between)
            # One the target would like best, another it takes: "Calypso preferred; PC-DMIS considered"; or another
            # in brackets after the first's phrase: "CTA or ATT qualified (or ACA/ACCA with tax experience)".
            or (_PREFERRED_BETWEEN.fullmatch(between) and _TAKEN_AFTER.match(_words_after(second)))
            or _BRACKETED_OR_BETWEEN.fullmatch(between)
        } - found
        found |= new
        reached = [m for target in targets for m in target.mentions if m.skill_id in new and m.sentence in sentences]
    return frozenset(found - {mention.skill_id for mention in mentions})


# An open bracket after a common word in lower case, then the list's earlier items if any: before "MHRA" in
# "inspections (MHRA, FDA)", and before "CIMA" in "qualification (AAT, ACCA, CIMA)"; not after a name, whose parts the
# list names ("AWS (S3, RDS, ECS/EKS, IAM)" asks for each).
_BRACKET_LIST_AFTER_A_WORD = re.compile(r"(?<=[a-z]) \((?:[^()]*?(?:,|/|\band\b|\bor\b)\s*)?$")
# One the target would like best, then another it takes (`_TAKEN_AFTER` after it): "Calypso preferred, PC-DMIS
# considered", "Calypso ideally, but PC-DMIS is fine".
_PREFERRED_BETWEEN = re.compile(
    r"\s+(?:preferred|ideally|ideal|desirable)\s*(?:[;,]|\bbut\b|[;,]\s*but\b)\s*", re.IGNORECASE
)
_TAKEN_AFTER = re.compile(
    r"\s+(?:(?:is|are|also|would be|will be)\s+)?(?:considered|accepted|acceptable|welcome|fine)\b", re.IGNORECASE
)
# Another in brackets after the first's phrase: "CTA or ATT qualified (or ACA/ACCA with tax experience)".
_BRACKETED_OR_BETWEEN = re.compile(r"[^()\n;:.]{0,40}?\(\s*or\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# Two phrases alike joined by "or": "registration with the HCPC as an ODP, or with the NMC as a registered nurse".
_PARALLEL_OR_BETWEEN = re.compile(
    r"[^,;.()]{0,60}?,?\s+or\s+(?P<word>with|in|as|from|at|by|on|under|for)\s+(?:(?:the|an?)\s+)?", re.IGNORECASE
)


# The same word opening the first phrase, just before its skill.
_PARALLEL_OPENINGS = {
    word: re.compile(rf"\b{word}\s+(?:(?:the|an?)\s+)?$", re.IGNORECASE)
    for word in ("with", "in", "as", "from", "at", "by", "on", "under", "for")
}


def _parallel_or(first: Mention, between: str) -> bool:
    """Whether `between` is the rest of a phrase that opens with a preposition before `first`, then "or" and another
    phrase that opens with the same one."""
    match = _PARALLEL_OR_BETWEEN.fullmatch(between)
    if match is None:
        return False
    return _just_before(first, _PARALLEL_OPENINGS[match.group("word").lower()], 20) is not None


# Between two items of one list, and the rest of a list after an item up to its "or".
_LIST_BETWEEN = re.compile(r"\s*(?:,|/|,?\s*\b(?:and|or|and/or)\b)\s*", re.IGNORECASE)
# A comma, then the opening of a name joined by "&" whose end is the second skill: "Reyrolle, Long & Crawford or
# Schneider switchgear".
_NAME_OPENING_AFTER_A_COMMA = re.compile(r"\s*,\s*(?:[A-Z][\w'.-]*\s+)*[A-Z][\w'.-]*\s*&\s*")
_LIST_ENDS_IN_OR = re.compile(
    # (after the item's own head noun: "A law degree, CILEx qualification or the TUC Diploma")
    r"(?:\s+(?!(?:in|for|of|to|with|on|at|from|by|as|and|the|an?|or)\b)[a-z]{3,})?"
    r"(?:\s*,\s*[\w.+#&' -]{1,40}?(?=\s*,|\s+or\b))*,?\s+(?:or|and/or)\b",
    re.IGNORECASE,
)


def _is_an_example(mention: Mention) -> bool:
    """Whether the mention stands after a cue that what follows are examples: "such as", "e.g."."""
    return _just_before(mention, _AN_EXAMPLE_BEFORE, 80) is not None


def _just_before(mention: _Worded, pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """A match of `pattern` in the `reach` characters of its sentence just before the mention."""
    at = _place(mention)
    return pattern.search(mention.sentence, max(0, at - reach), at) if at > 0 else None


def _examples(mentions: Sequence[Mention], targets: Sequence[SkillProfile]) -> frozenset[str]:
    """The skills a target names as examples of one of these mentions: "property CRM such as Alto or Reapit",
    "a cloud platform (e.g. AWS, Azure)". A CV that shows an example shows what it exemplifies."""
    return frozenset(
        other.skill_id
        for other, _, second, between in _beside(mentions, targets)
        if other is second and _EXAMPLES_BETWEEN.fullmatch(between)
    )


def _bracketed_after(mentions: Sequence[Mention], targets: Sequence[SkillProfile]) -> frozenset[str]:
    """The skills a target lists in a bracket just after one of these mentions written in lower case: what the
    bracket says it is done with or as ("network programming (TCP/UDP sockets)", "regulatory inspections (MHRA,
    FDA)"). A CV that shows one is close to it; not after a name, whose parts a bracket lists ("AWS (S3, RDS)")."""
    first_items = [
        other
        for other, first, second, between in _beside(mentions, targets)
        if other is second and _BRACKET_OPENS.fullmatch(between) and first.text.islower()
    ]
    if not first_items:
        return frozenset()
    # The rest of the list: its items are alternatives to each other (`_alternatives`).
    return frozenset({item.skill_id for item in first_items} | _alternatives(first_items, targets))


# (after the mention's own noun of ability or means, too: "data analysis skills (SPC, Pareto, Minitab)")
_BRACKET_OPENS = re.compile(r"\s*(?:(?:skills?|experience|knowledge|techniques|methods|tools)\s*)?\(\s*")


def _exemplified(mentions: Sequence[Mention], targets: Sequence[SkillProfile]) -> frozenset[str]:
    """The kinds a target names these mentions as examples of: "electronic patient records, e.g. Cerner Millennium
    or Epic" for Epic, "SAP or a similar ERP system" for SAP. A CV that shows the kind (another EPR, another ERP)
    comes close to the example."""
    return frozenset(
        other.skill_id
        for other, first, second, between in _beside(mentions, targets)
        if (other is first and _EXAMPLES_BETWEEN.fullmatch(between))
        or (other is second and _A_SIMILAR_KIND_BETWEEN.fullmatch(between))
    )


def _kind_bracketed_before(
    mentions: Sequence[Mention], targets: Sequence[SkillProfile], taxonomy: Taxonomy
) -> frozenset[str]:
    """The kind a target names just before a bracket that offers these mentions as a choice, where they are kinds
    of it: "a qualified accountant (CA, ACA, ACCA or CIMA)" for ACA. A CV that shows another kind of it (ICAS) comes
    close to each."""
    return frozenset(
        other.skill_id
        for other, first, second, between in _beside(mentions, targets)
        if other is first
        and _BRACKET_OPENED_BETWEEN.fullmatch(between)
        # A choice of them, "or" in the bracket: "(Perforce)", "(filters, VLOOKUP, pivot tables)" or "(S3, RDS,
        # ECS/EKS)" name what the job uses, not examples.
        and _OR_WORD.search(between + _words_after(second).split(")", 1)[0]) is not None
        and other.skill_id in taxonomy
        and any(m.skill_id in taxonomy.kinds(other.skill_id) for m in mentions)
    )


_OR_WORD = re.compile(r"\bor\b", re.IGNORECASE)
# An open bracket after the kind, and the list's earlier items: " (" in "accountant (CA", " (CA, " before "ACA".
_BRACKET_OPENED_BETWEEN = re.compile(r"\s*\((?:[^()]*?(?:,|/|\band\b|\bor\b)\s*)?")


def _kind_and_its_kinds(skill_id: str, taxonomy: Taxonomy) -> frozenset[str]:
    return frozenset({skill_id, *taxonomy.kinds(skill_id)}) if skill_id in taxonomy else frozenset({skill_id})


def _means(mentions: Sequence[Mention], targets: Sequence[SkillProfile], taxonomy: Taxonomy) -> frozenset[str]:
    """The skills a target names as the means of one of these mentions: just after it ("Secrets management with
    Azure Key Vault", "Automation using Flow Builder"), or a tool or programming language just before it ("Good Excel
    skills for data entry", "Python or R for data analysis"; not "a passion for cooking", "responsible for
    budgeting", which name no means). A CV that shows the means is close to the skill done with it (related, not
    matched: "data analysis with Python" is not shown by any Python)."""
    return frozenset(
        other.skill_id
        for other, first, second, between in _beside(mentions, targets)
        if (other is second and _MEANS_BETWEEN.fullmatch(between))
        or (
            other is first
            and _TOOL_FOR_BETWEEN.fullmatch(between)
            and other.skill_id in taxonomy
            and (taxonomy[other.skill_id].type == "tool" or taxonomy[other.skill_id].domain == _PROGRAMMING_DOMAIN)
        )
    )


_TOOL_FOR_BETWEEN = re.compile(r"\s+(?:skills?\s+|knowledge\s+)?for\s+(?:the\s+)?", re.IGNORECASE)
_PROGRAMMING_DOMAIN = "programming_languages"
# Not "in": after a qualification it names the subject ("NVQ Level 3 in Hairdressing").
_MEANS_BETWEEN = re.compile(r"\s+(?:with|using|via|through)\s+(?:the\s+|an?\s+)?", re.IGNORECASE)


# Between an example and the kind it is one of, after it: "SAP or a similar ERP system", "Xero or another cloud
# accounting package".
# (With a word or two that narrow the kind: "OpenBet or a similar betting EPOS system"; not a preposition's, which
# names something else: "NEBOSH or similar qualification in construction".)
_A_SIMILAR_KIND_BETWEEN = re.compile(
    # (past the rest of the product's name after a bracket: "Blue Yonder (JDA) Space Planning or a similar
    # planogramming tool")
    r"(?-i:(?:\s*\([A-Z][\w.&-]*\)(?:\s+[A-Z][\w-]*){0,3})?)"
    r"\s*,?\s*(?:or|and/or)\s+(?:an?\s+|any\s+)?(?:other|another|similar|equivalent|comparable|alternative)\s+"
    r"(?:(?!(?:in|with|of|for|to|on|at|as|from|by|and|or)\b)[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE,
)
# An example's cue after the general thing, and the other examples before this one: " such as Alto or ".
_EXAMPLES_BETWEEN = re.compile(
    # "CRM platforms", "HR experience including recruitment"
    r"(?:\s+(?:platforms?|tools?|systems?|software|packages?|solutions?|applications?|apps?|experience))?"
    # or the one the target would like best: "ERP experience – ideally Sage 200 or Microsoft Dynamics"
    r"[\s(,:–—-]*(?:such as|like|e\.g\.?,?|eg|for example,?|for instance,?|including|incl\.?|ideally|preferably)\s+"
    # (an activity's verb first: "Media experience, including writing press releases")
    r"(?:[a-z]+ing\s+)?"
    r"(?:[\w.+#&' -]{1,40}?\s*(?:,|\bor\b|\band\b|/)\s*)*",
    re.IGNORECASE,
)


def _takes_similar(mention: Mention) -> bool:
    """Whether the target takes something like the skill instead: "Xero or similar", "Prometheus, Grafana or
    similar", "Terraform or other infrastructure-as-code tools", "NVQ Level 3 or equivalent"; or names it as an
    example of its kind: "a CMS, e.g. WordPress", "a VLE such as Moodle"."""
    if _OR_SIMILAR.match(_words_after(mention)) is not None:
        return True
    return _is_an_example(mention)


def _takes_a_related_subject(mention: Mention) -> bool:
    """Whether the target takes a subject related to the skill instead: "a degree in chemistry or a related science",
    "Geology, or a related discipline"."""
    return _OR_A_RELATED_SUBJECT.match(_words_after(mention)) is not None


_OR_A_RELATED_SUBJECT = re.compile(
    r"\s*(?:,\s*[\w.+#&/' -]{1,30}?(?=,|\s+or\b))*,?\s*or\s+(?:an?\s+|any\s+|other\s+)?(?:closely\s+)?"
    r"(?:related|relevant|allied|similar|cognate)\s+(?:subject|field|discipline|science|area|degree|topic)s?\b",
    re.IGNORECASE,
)


def _degree_subjects_in_cv(cv: SkillProfile, taxonomy: Taxonomy) -> frozenset[str]:
    """The fields of knowledge the CV names in a sentence that names one of its degrees: "BSc (Hons) Food Science,
    University of Reading"."""
    degree_sentences = {
        m.sentence
        for m in cv.mentions
        if m.skill_id in taxonomy and taxonomy[m.skill_id].domain == _KIND_OF_DOMAIN and not m.in_progress
    }
    return frozenset(
        m.skill_id
        for m in cv.mentions
        if m.sentence in degree_sentences
        and m.skill_id in taxonomy
        and taxonomy[m.skill_id].type in _SUBJECT_TYPES
        and taxonomy[m.skill_id].domain != _KIND_OF_DOMAIN
    )


# What a degree's subject may be typed as: a field ("Food Science"), or a discipline of practice ("MSc Environmental
# Management", "BA Project Management").
_SUBJECT_TYPES = frozenset({"knowledge", "hard_skill"})


# Just after the skill, past a bracket or the rest of its list: " or similar", ", or equivalent", " (any version)
# or other", ", Grafana or similar".
_OR_SIMILAR = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*[\w.+#&/' -]{1,30}?(?=,|\s+or\b|\s+and/or\b))*,?\s*(?:or|and/or)\s+"
    r"(?:an?\s+|any\s+)?(?:similar|equivalent|other|another|comparable|alternative)\b",
    re.IGNORECASE,
)
# Just before the skill: a cue that what follows are examples of a kind, and the examples before this one.
_AN_EXAMPLE_BEFORE = re.compile(
    r"(?:\bsuch as|\be\.g\.?,?|\bfor example,?|\bfor instance,?)\s+(?:[\w.+#&' -]{1,30}?\s*(?:,|\bor\b|/)\s*)*$",
    re.IGNORECASE,
)


def _siblings(skill_id: str, taxonomy: Taxonomy) -> frozenset[str]:
    """The skills of the same kind: those that share a broader skill with it ("QuickBooks" and "Xero", both
    accounting software)."""
    siblings = {
        other for broader in taxonomy[skill_id].broader for other in taxonomy[broader].narrower if other != skill_id
    }
    # And their own kinds: Contentful, a headless CMS, for "a CMS, e.g. WordPress".
    return frozenset(siblings.union(*(taxonomy[other].narrower for other in siblings)))


def _text_between(first: Mention, second: Mention) -> str | None:
    """The words between two mentions of one sentence, read from the sentence as cleaned (None if not found)."""
    sentence = first.sentence
    start = _place(first)
    if start < 0:
        return None
    after_first = start + len(first.text)
    end = second.sentence_offset if second.sentence_offset >= after_first else sentence.find(second.text, after_first)
    return sentence[after_first:end] if end >= 0 else None


# "or" between two skills, with its commas and a determiner: "Dext or Hubdoc", "Sage, or Xero", "Sage / Xero".
# With the first one's level or noun after it: "CILEX Level 3 or a law degree", "NMC registered nurse or HCPC
# registered ODP".
_OR_BETWEEN = re.compile(
    # (past the first's details in brackets, or the end of its bracket: "NMC (RGN or RMN) or HCPC (paramedic)")
    r"(?:\s*\([^()]{1,40}\)|\))?"
    r"(?:\s+level\s*\d\+?|\s+(?!(?:in|for|of|to|with|on|at|from|by|as|and|the|an?)\b)[a-z]{3,})?"
    r"\s*(?:,?\s*(?:or|and/or)\s+(?:an?\s+|the\s+)?"
    # a word of standing and the capitalised words of the second's title: "A degree or a recognised School Business
    # Management qualification", "Chartered Wealth Manager, CFA charterholder, or an equivalent Level 7 qualification"
    r"(?:(?:recognised|recognized|relevant|accredited|professional|formal|equivalent)\s+"
    r"(?:(?-i:[A-Z])[\w&-]*\s+){0,2})?"
    # the second's own head noun: "Supervisory experience or experience leading a small team"
    r"(?:(?:experience|knowledge|understanding)(?:\s+(?:of|in|with))?\s+(?:an?\s+|the\s+)?)?|/)\s*",
    re.IGNORECASE,
)


def _shortfall(
    skill_id: str,
    target_mentions: Sequence[Mention],
    held: Sequence[Mention],
    cv: SkillProfile,
    taxonomy: Taxonomy,
    held_since: Sequence[_Dated] = (),
) -> Shortfall | None:
    """How the CV's held mentions of a skill fall short of what the targets ask, if they do: an older version, fewer
    years, only an introduction, a smaller scale, a lower fluency, another product of the family asked, or a lower
    level (see `_below_the_level_asked`). `held_since`: how long a qualification has been held (`_held_since`)."""
    if _older_versions(target_mentions, held):
        return "older_version"
    if (
        skill_id in taxonomy
        and taxonomy[skill_id].type == "certification"
        and (_points_on_a_clean_licence(target_mentions, held) or _more_points_than_asked(target_mentions, held))
    ):
        return "not_clean"
    # The jobs of narrower skills are looked up only where years are asked.
    if any(m.months is not None for m in target_mentions) and _fewer_years(
        target_mentions, [*held, *_kin_periods(skill_id, cv, taxonomy), *held_since]
    ):
        return "fewer_years"
    if _only_an_introduction(target_mentions, held):
        return "introduction"
    if _below_the_scale_asked(target_mentions, held, cv.sentences):
        return "smaller_scale"
    if _less_fluent_than_asked(target_mentions, held) or (
        skill_id in taxonomy
        and taxonomy[skill_id].type == "language"
        and (_below_the_cefr_level_asked(target_mentions, held) or _only_a_beginner(target_mentions, held))
    ):
        return "less_fluent"
    if _another_variant(skill_id, target_mentions, held, taxonomy):
        return "another_variant"
    if _another_subject(skill_id, target_mentions, held, cv, taxonomy):
        return "another_subject"
    qualification = skill_id in taxonomy and _is_a_qualification(taxonomy[skill_id])
    if _below_the_level_asked(target_mentions, held, qualification=qualification):
        return "lower_level"
    if _categories_not_shown(target_mentions, held) or _an_automatic_licence_for_a_manual_one(target_mentions, held):
        return "other_category"
    if any(map(_asks_the_certificate, target_mentions)) and all(map(_done_without_the_certificate, held)):
        return "not_certified"
    if (
        all(m.off_the_job for m in held)
        and skill_id in taxonomy
        and taxonomy[skill_id].type in _WORK_SKILL_TYPES
        and not any(_just_before(m, _AN_INTEREST_BEFORE, _BESIDE_REACH) for m in target_mentions)
    ):
        # Used only as a pastime: "Home lab - I run PostgreSQL on a Raspberry Pi" under Interests. Not a language,
        # a certificate or a soft skill, which are held wherever the CV says so; nor where the ad asks an interest
        # ("A genuine interest in food and cooking").
        return "outside_work"
    return None


_WORK_SKILL_TYPES = frozenset({"hard_skill", "tool", "knowledge"})
_AN_INTEREST_BEFORE = re.compile(
    r"\b(?:interest in|passion for|love of|enthusiasm for|passionate about)\s+(?:[\w&' -]{1,25}?\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)


def _below_the_level_asked(
    target_mentions: Sequence[Mention], cv_mentions: Sequence[Mention], *, qualification: bool = True
) -> bool:
    """Whether every CV mention names a level below the lowest the targets ask: a number ("AAT Level 2" where the
    ad asks "AAT Level 3"), or a named level of one scale (models/lexicons/level_names.txt: "PRINCE2 Foundation"
    where it asks "PRINCE2 Practitioner"), or the skill itself where the ad asks to teach it ("moving and handling
    trainer qualification", "Train the Trainer"). A higher level than asked shows it: "Level 3" for "Level 2 Food
    Hygiene"."""
    if any(map(_names_a_trainer, target_mentions)) and not any(map(_names_a_trainer, cv_mentions)):
        return True
    asked = _level_asked(target_mentions)
    if asked is not None:
        # Mentions that name no level say no more than those that do: "HACCP Level 2" beside "daily HACCP checks".
        shown = [level for m in cv_mentions if (level := _mention_level(m, highest=True)) is not None]
        return bool(shown) and all(level < asked for level in shown)
    # A qualification's size (an Award, a Certificate, a Diploma) is not the level of a skill its name holds: "CIPR
    # Internal Communication Certificate" says nothing of the writer's internal communications.
    sizes = frozenset() if qualification else _QUALIFICATION_SIZES
    asked_names = {word for m in target_mentions for word in _level_names(m) - sizes}
    if not asked_names:
        return False
    # Mentions that name no level say no more than those that do: "NRPSI - Interim Status" beside "my NRPSI log".
    shown_names = [names for m in cv_mentions if (names := _level_names(m) - sizes)]
    return bool(shown_names) and all(_below_a_named_level(names, asked_names) for names in shown_names)


def _level_asked(target_mentions: Sequence[Mention]) -> int | None:
    """The numbered level the targets ask of a skill, if they name one: the lowest of those one sentence offers
    ("AAT Level 3 or 4": 3), and the highest of the sentences that ask it as firmly as any ("Essential: - Level 2
    Certificate in Spectator Safety - Level 3 Certificate in Spectator Safety Management": 3; not a Level 4 that is
    only desirable)."""
    levels = [(m, level) for m in target_mentions if (level := _mention_level(m)) is not None]
    if not levels:
        return None
    firmest = min(REQUIREMENT_ORDER.index(m.requirement) for m, _ in levels)
    lowest_per_sentence: dict[tuple[str, int], int] = {}
    for m, level in levels:
        if REQUIREMENT_ORDER.index(m.requirement) == firmest:
            key = (m.sentence, m.line)
            lowest_per_sentence[key] = min(level, lowest_per_sentence.get(key, level))
    return max(lowest_per_sentence.values())


def _less_fluent_than_asked(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask a skill fluent ("Fluent German", "Welsh speaker (fluent)", "business-level French")
    and the CV names it only at a lower level, just before or after it: "German (GCSE)", "basic Hindi",
    "Spanish - conversational". A sentence's other mentions say no more than the one with its level: "Welsh –
    learner (Sylfaen level with Learn Welsh)"."""
    if not any(_FLUENT_WORD.search(m.text) or _said_beside(m, _FLUENT_BEFORE, _FLUENT_AFTER) for m in target_mentions):
        return False
    less_fluent = {m.sentence for m in cv_mentions if _said_beside(m, _LESS_FLUENT_BEFORE, _LESS_FLUENT_AFTER)}
    return all(m.sentence in less_fluent for m in cv_mentions)


def _points_on_a_clean_licence(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask a clean licence ("Full, clean UK driving licence") and the CV states penalty points
    on every mention of it: "Full UK driving licence - 3 points (SP30)"."""
    if not any(_CLEAN.search(m.text) or _just_before(m, _CLEAN_BEFORE, _BESIDE_REACH) for m in target_mentions):
        return False
    return bool(cv_mentions) and all(
        _PENALTY_POINTS.search(m.text) or _PENALTY_POINTS.match(_words_after(m)) for m in cv_mentions
    )


def _more_points_than_asked(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets cap the penalty points on a licence ("Full UK driving licence with no more than 6 points",
    "(max 6 points)") and every CV mention states more: "Full licence - 9 points (SP30 x3)"."""
    caps = [cap for m in target_mentions if (cap := _points_cap(_words_after(m)[:_POINTS_REACH])) is not None]
    if not caps or not cv_mentions:
        return False
    stated = [_points_stated(m.text + _words_after(m)[:_POINTS_REACH]) for m in cv_mentions]
    return all(points is not None and points > max(caps) for points in stated)


def _points_cap(text: str) -> int | None:
    """The most penalty points a target's words allow: "no more than 6 points" 6, "fewer than 6 points" 5."""
    found = _POINTS_CAP.search(text)
    if found is None:
        return None
    cap = _count(found.group("number") or found.group("number_first"))
    return cap - 1 if found.group("below") else cap


def _points_stated(text: str) -> int | None:
    found = _POINTS_HELD.search(text)
    return _count(found.group("number")) if found else None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


_NUMBER = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
_POINTS_CAP = re.compile(
    r"\b(?:no more than|not more than|max(?:imum)?\.?(?: of)?|up to|(?P<below>fewer than|less than|under))\s+"
    rf"(?P<number>{_NUMBER})\s+(?:penalty\s+)?(?:points?|pts)\b"
    rf"|\b(?P<number_first>{_NUMBER})\s+(?:penalty\s+)?(?:points?|pts)\s+(?:or (?:fewer|less|under)|max(?:imum)?)\b",
    re.IGNORECASE,
)
_POINTS_HELD = re.compile(rf"\b(?P<number>{_NUMBER})\s+(?:penalty\s+)?(?:points?|pts)\b", re.IGNORECASE)
_POINTS_REACH = 60  # characters after a licence's name read for its points


_CLEAN = re.compile(r"\bclean\b", re.IGNORECASE)
_CLEAN_BEFORE = re.compile(r"\bclean,?\s+(?:(?:full|uk|valid|current|manual|driving)[\s,]+)*$", re.IGNORECASE)
# Points on a licence, with their endorsement codes: "3 points", "three penalty points", "SP30".
_PENALTY_POINTS = re.compile(
    r"[^.;]{0,40}?\b(?:(?:\d{1,2}|one|two|three|four|five|six|nine)\s+(?:penalty\s+)?(?:points?|pts)\b|(?:SP|CU|IN|MS|DR)\d0\b)",
    re.IGNORECASE,
)


def _categories_not_shown(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask categories of a certificate, by the codes just after its name, that no CV mention
    names, where every CV mention names its own: "IPAF 3a and 3b" or "IPAF 3b (mobile boom)" for the CV's "IPAF 3a
    (scissor lift)". Codes joined by "or" ask any one of them: "IPAF 3a or 3b". A mention with no codes in the
    sentence of one with them is the same card: "IPAF 1a and 1b (PAL card, in date)"."""
    asked = [codes for m in target_mentions if (codes := _category_codes(m)) is not None]
    coded = [(m, codes) for m in cv_mentions if (codes := _category_codes(m)) is not None]
    shown = [codes for _, codes in coded]
    coded_sentences = {m.sentence for m, _ in coded}
    if not asked or not shown or any(m.sentence not in coded_sentences for m in cv_mentions):
        return False  # a mention that names no category says nothing of which it holds
    held = frozenset().union(*(codes for codes, _ in shown))
    return any(not (codes & held) if either else not codes <= held for codes, either in asked)


def _an_automatic_licence_for_a_manual_one(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask a manual driving licence, by the word in or around its name ("Full UK manual driving
    licence", "A full driving licence (manual)"; not "manual or automatic"), where every CV mention is of a licence
    restricted to automatics: "Full UK licence (automatic only)", "full licence, auto only". Such a licence is
    another category (code 78 on a UK licence), not the one asked."""
    return (
        bool(cv_mentions)
        and any(_MANUAL_ASKED.search(_around(m)) for m in target_mentions)
        and all(_AUTOMATIC_ONLY.search(_words_after(m)[:_CATEGORY_NOTE_REACH]) for m in cv_mentions)
    )


_MANUAL_ASKED = re.compile(
    r"(?<!automatic or )(?<!auto or )(?<!automatic/)\bmanual\b(?!\s*(?:or|and/or|/)\s*auto)", re.IGNORECASE
)
_AUTOMATIC_ONLY = re.compile(r"\bauto(?:matic)?s?[- ]only\b|\bautomatic licen[cs]e\b", re.IGNORECASE)
_CATEGORY_NOTE_REACH = 30  # characters after a licence's name read for "automatic only"


def _asks_the_certificate(mention: _Worded) -> bool:
    """Whether a target asks the skill's ticket or certificate, by a noun in or just after its words: "Telehandler
    certificate", "forklift licence", "CPCS card"."""
    return _CERTIFICATE_NOUN.search(mention.text) is not None or (
        _CERTIFICATE_NOUN.match(_words_after(mention)[:_CERTIFICATE_REACH].lstrip(" ()")) is not None
    )


def _done_without_the_certificate(mention: _Worded) -> bool:
    """Whether a CV says it does the skill without its ticket, or without a current one, in the words just after it:
    "Drive telehandler on the farm, no ticket", "Chainsaw - not certified", "forklift (no licence)", "telehandler -
    NPORS (expired 2020)"."""
    return _WITHOUT_A_CERTIFICATE.search(_words_after(mention)[:_UNCERTIFIED_REACH]) is not None


_CERTIFICATE_NOUN = re.compile(
    r"\b(?:tickets?|licen[cs]es?|certificates?|certification|certified|card|accreditation)\b", re.IGNORECASE
)
_CERTIFICATE_REACH = 20  # characters after a target's mention where its certificate's noun may stand
_WITHOUT_A_CERTIFICATE = re.compile(
    r"\b(?:no\s+|without\s+(?:an?\s+|any\s+)?|not\s+(?:got\s+)?(?:an?\s+)?)"
    r"(?:formal\s+)?(?:tickets?|licen[cs]es?|cards?|certificates?|certs?|qualifications?)\b"
    r"|\b(?:not|un)[- ]?certified\b|\bnot\s+ticketed\b"
    # or its card run out: "JCB telehandler - NPORS (expired 2020)"
    r"|\b(?:expired|lapsed)\b",
    re.IGNORECASE,
)
# Characters after a CV's mention, in its sentence, where it may say so: "Counterbalance forklift - in-house training
# at Moray Plants, no licence card".
_UNCERTIFIED_REACH = 60


def _category_codes(mention: _Worded) -> tuple[frozenset[str], bool] | None:
    """The category codes just after a mention ("IPAF 3a/3b", "IPAF (3a and 3b)", "IPAF licence: 1b", "IATA DGR
    Category 8"), lower case, and whether they are joined by "or" (any one of them); None when there are none."""
    after = _words_after(mention)
    match = _CATEGORY_CODES.match(after) or _CATEGORY_NUMBERS.match(after)
    if match is None:
        return None
    codes = match.group("codes")
    return frozenset(code.lower() for code in _CATEGORY_CODE.findall(codes)), bool(re.search(r"\bor\b", codes))


# MEWP categories as an IPAF card names them (1a, 1b, 3a, 3b): after the name, or its card's noun, or "category";
# or categories by number after "category" ("IATA DGR Category 8", "IATA DGR training (Category 10 or CBTA ...)").
_CATEGORY_CODE = re.compile(r"\b[1-3][ab]\b|\b\d{1,2}\b", re.IGNORECASE)
_CATEGORY_NUMBERS = re.compile(
    r"\s*[(:-]?\s*(?:(?:licen[cs]e|card|ticket|training|certificat(?:e|ion)|course)\s*[(:-]?\s*)*"
    r"cat(?:egor(?:y|ies))?\.?\s*(?P<codes>\d{1,2}\b(?:\s*(?:/|,|&|\+|and|or)\s*\d{1,2}\b)*)",
    re.IGNORECASE,
)
_CATEGORY_CODES = re.compile(
    r"\s*[(:-]?\s*(?:(?:licen[cs]e|card|ticket|mewp|pal|cat(?:egor(?:y|ies))?\.?)\s*[(:-]?\s*)*"
    r"(?P<codes>[1-3][ab]\b(?:(?:\s*(?:/|,|&|\+|and|or)\s*|\s+)[1-3][ab]\b)*)",
    re.IGNORECASE,
)


def _below_the_cefr_level_asked(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask a language at a CEFR level, anywhere in the sentence that names it ("Spanish or
    European Portuguese, at B2 or above"), and the CV states only a lower one beside it: "Spanish - A2", "B1
    French"."""
    asked = [level for m in target_mentions for level in _CEFR_LEVEL.findall(m.sentence)]
    if not asked:
        return False
    shown = []
    for mention in cv_mentions:
        beside = _CEFR_BESIDE.match(_words_after(mention))
        before = _just_before(mention, _CEFR_BEFORE, _BESIDE_REACH)
        shown += [match.group(1) for match in (beside, before) if match is not None]
    return bool(shown) and all(level.upper() < min(asked).upper() for level in shown)


def _only_a_beginner(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the targets ask a language at no level they state ("It would be great if you also have Catalan,
    German"), which asks it for use at work, and every sentence of the CV that names it says the writer is a
    beginner: "German - A2 (Goethe-Institut course, stopped in 2020)", "basic Hindi". Not "conversational" nor
    B1, which may do where no level is asked."""
    if any(
        _said_beside(m, _FLUENT_BEFORE, _FLUENT_AFTER)
        or _said_beside(m, _LESS_FLUENT_BEFORE, _LESS_FLUENT_AFTER)
        or _CEFR_LEVEL.search(m.sentence)
        for m in target_mentions
    ):
        return False
    beginner = {
        m.sentence
        for m in cv_mentions
        if _said_beside(m, _BEGINNER_BEFORE, _BEGINNER_AFTER)
        or ((match := _CEFR_BESIDE.match(_words_after(m))) is not None and match.group(1).upper() in ("A1", "A2"))
    }
    return all(m.sentence in beginner for m in cv_mentions)


_BEGINNER = r"basic|beginner|beginners|elementary|a1|a2|rusty|schoolboy|schoolgirl|holiday|learner"
_BEGINNER_BEFORE = re.compile(rf"\b(?:{_BEGINNER})(?:\s+level)?\s+$", re.IGNORECASE)
_BEGINNER_AFTER = re.compile(rf"\s*(?:\(|[-–—:,]\s*)(?:{_BEGINNER})\b", re.IGNORECASE)


# CEFR levels, whose names sort in their order: A1 < A2 < B1 < B2 < C1 < C2.
_CEFR_LEVEL = re.compile(r"\b([ABC][12])\b")
_CEFR_BESIDE = re.compile(r"\s*(?:\(|[-–—:,]\s*)?(?:cefr\s+)?(?:level\s+)?([ABC][12])\b", re.IGNORECASE)
_CEFR_BEFORE = re.compile(r"\b([ABC][12])\s+(?:level\s+)?$")


def _said_beside(mention: _Worded, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Whether `before` matches the words just before the mention in its sentence, or `after` those just after."""
    return _just_before(mention, before, _BESIDE_REACH) is not None or after.match(_words_after(mention)) is not None


_BESIDE_REACH = 25  # characters before a mention read for its level: "a good working knowledge of"
_FLUENT = r"fluent|fluency|native|bilingual|business[- ]level|professional(?: working)?|proficient|c1|c2"
# In the mention's own words: "Fluent German", "Welsh speaker" (one who speaks it, not a learner).
_FLUENT_WORD = re.compile(rf"\b(?:{_FLUENT}|speaker)\b", re.IGNORECASE)
_FLUENT_BEFORE = re.compile(rf"\b(?:{_FLUENT})(?:\s+(?:in|level|spoken|written|and written))?\s+$", re.IGNORECASE)
_FLUENT_AFTER = re.compile(
    rf"\s*(?:\(|[-–—:,]\s*)?(?:speaker\s*\(?)?(?:(?:ideally\s+)?at\s+(?:a\s+)?)?(?:{_FLUENT})\b", re.IGNORECASE
)  # "French (fluent)", "French, at professional level"
_LESS_FLUENT = (
    r"basic|beginner|beginners|elementary|conversational|intermediate|gcse|a[- ]level|a1|a2|b1|some|rusty|school"
    r"|schoolboy|schoolgirl|holiday|limited|learner|learning"
)
_LESS_FLUENT_BEFORE = re.compile(rf"\b(?:{_LESS_FLUENT})(?:\s+level)?\s+$", re.IGNORECASE)
# After it, also a school subject's name: "Welsh Second Language (B)".
_LESS_FLUENT_AFTER = re.compile(
    rf"\s*(?:(?:\(|[-–—:,]\s*)(?:{_LESS_FLUENT})\b|second[- ]language\b|as a second language\b)", re.IGNORECASE
)


def _only_an_introduction(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether the CV meets the skill only in an introduction to it, where the targets ask more than that: "a 2-day
    introductory DBT skills workshop", "attended a valuation webinar series", "a bit of PySpark from a Kaggle
    course", "Houdini (doing the SideFX Apprentice tutorials)". Not where a target asks that much itself ("an
    introduction to Python"). "Awareness" alone is no such cue: "Dementia Awareness" is the training many ads ask;
    an "awareness course" is ("DO-254 one-day awareness course" for "Experience of designing to DO-254", "ADR
    awareness – 1-day course" for the driver's certificate)."""
    if any(_INTRODUCTION.search(_around(m)) for m in target_mentions):
        return False
    return all(_INTRODUCTION.search(_around(m)) or _INTRODUCTION_AFTER.match(_words_after(m)) for m in cv_mentions)


def _around(mention: _Worded) -> str:
    """The mention's words with a few words either side, in its sentence."""
    at = _place(mention)
    if at < 0:
        return mention.text
    return mention.sentence[max(0, at - _AROUND_REACH) : at + len(mention.text) + _AROUND_REACH]


_AROUND_REACH = 30  # characters either side: "a 2-day introductory DBT skills workshop"
# Just after it, in its own clause: a course's or a maker's lessons worked through, or a trial copy tried. "Houdini
# (doing the SideFX Apprentice tutorials)", "FANUC ROBOGUIDE (demo licence at home, tried it a few times)".
_INTRODUCTION_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:tutorials|demo licen[cs]e|trial licen[cs]e|tried it (?:out|once|a few times|a couple of times))"
    r"\b",
    re.IGNORECASE,
)
_INTRODUCTION = re.compile(
    r"\b(?:introduct(?:ion|ory)|intro|taster|webinars?|(?:a )?bit of|a little|basic exposure|some exposure"
    r"|awareness\s*[-–—:,]?\s*(?:(?:\d+|one|two|half)[- ](?:day|hour)\s+)?"
    r"(?:course|session|day|webinar|e-learning|elearning|module)s?)\b",
    re.IGNORECASE,
)


def _fewer_years(target_mentions: Sequence[_Counted], cv_mentions: Sequence[_Counted]) -> bool:
    """Whether the targets ask for years or months of the skill ("5+ years' product management", "At least 12
    months' PR agency experience") and the CV shows fewer for it: the time it states, at most, wherever it states
    any ("about 4 years as a PM", "18 months' experience in a microbiology laboratory"); else the months of the
    dated jobs it names the skill under, overlaps counted once ("Android Developer, Jan 2023 - Jun 2026" for "5+
    years of Android"). A CV that shows neither says nothing against it."""
    asked = _months_asked(target_mentions)
    if asked is None:
        return False
    months = _months_shown(cv_mentions)
    return months is not None and months < asked


def _months_asked(target_mentions: Sequence[_Counted]) -> int | None:
    """The most experience the targets ask for the skill, in months."""
    return max((m.months for m in target_mentions if m.months is not None), default=None)


class _Dated(NamedTuple):
    """The period of a job a CV names a kind of the skill under, for counting the skill's years."""

    period: tuple[int, int]
    months: None = None


def _kin_periods(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> tuple[_Dated, ...]:
    """The periods of the dated jobs a CV names a narrower skill under: a job in React is a job in JavaScript, when
    the years of JavaScript are counted."""
    if skill_id not in taxonomy:
        return ()
    kinds = taxonomy.kinds(skill_id) & cv.skill_ids
    return tuple(_Dated(m.period) for m in cv.mentions if m.skill_id in kinds and m.period is not None)


def _held_since(skill_id: str, held: Sequence[Mention], now: int, taxonomy: Taxonomy) -> tuple[_Dated, ...]:
    """For a qualification, the time since the earliest date the CV gives it on its line, where no job dates it: a
    licence "held for at least 3 years" against "Full UK driving licence (passed May 2024)"."""
    if skill_id not in taxonomy or not _is_a_qualification(taxonomy[skill_id]):
        return ()
    dated = []
    for mention in held:
        if mention.period is None and (since := earliest_date(_words_after(mention)[:_DATE_REACH])) is not None:
            dated.append(_Dated((since, now)))
    return tuple(dated) if dated and len(dated) == len(held) else ()


def _older_than_asked(
    target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded], now: int, valid_months: int | None = None
) -> bool:
    """Whether the targets ask the skill recent ("Dangerous Goods training, current within the last 24 months",
    "Level 2 Food Hygiene (renewed within the last 3 years)"), or its certificate lasts `valid_months` (First Aid at
    Work, three years), and every date the CV gives it, on its line after it, is older than that ("Dangerous Goods
    awareness (CAA approved) - Feb 2024", "First Aid at Work (2021)"). Mentions without a date say no more than
    those with one; a renewal's date is the latest date on its line ("FAW 2018, renewed 2024")."""
    asked = [months for m in target_mentions if (months := _recency_asked(m)) is not None]
    window = min([*asked, *([valid_months] if valid_months else [])], default=None)
    if window is None:
        return False
    dates = [_date_after(m, now) for m in cv_mentions]
    known = [date for date in dates if date is not None]
    return bool(known) and max(known) < now - window


def _date_after(mention: _Worded, now: int) -> int | None:
    """The latest month the words after a CV mention date it to; `now` where they run to the present ("First Aid at
    Work, 2019 - present")."""
    after = _words_after(mention)[:_DATE_REACH]
    return now if _RUNS_TO_NOW.search(after) else latest_date(after)


_RUNS_TO_NOW = re.compile(r"\b(?:present|current|ongoing|to date|in date)\b", re.IGNORECASE)


def _recency_asked(mention: _Worded) -> int | None:
    """The months within which the mention's sentence asks the skill held or renewed, if it does."""
    match = _RECENCY.search(mention.sentence)
    if match is None:
        return None
    count = match.group("count").lower()
    number = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    if number is None:
        return None
    return number * (12 if match.group("unit").lower().startswith("year") else 1)


# "within the last 24 months", "in the past 3 years", "renewed within 2 years"; not a time to qualify in ("obtain
# one within 3 months", "within 2 years of starting").
_RECENCY = re.compile(
    r"(?:\b(?:(?:with)?in|during)\s+the\s+(?:last|past|previous)\s+"
    r"|\b(?:renewed|refreshed|updated|completed|issued|dated|taken)\s+within\s+(?:the\s+)?(?:(?:last|past)\s+)?)"
    r"(?P<count>\d{1,2}|[a-z]+)\s+(?P<unit>months?|years?)\b",
    re.IGNORECASE,
)
_DATE_REACH = 60  # characters after a CV mention in which its date is read


def _valid_months(skill_id: str) -> int | None:
    years = _certificate_validity().get(skill_id)
    return years * 12 if years else None


@functools.cache
def _certificate_validity() -> dict[str, int]:
    """Skill id -> the years its certificate stays valid (models/lexicons/certificate_validity.txt)."""
    return {skill_id: int(years) for skill_id, years in map(str.split, read_lexicon(CERTIFICATE_VALIDITY_FILE))}


CERTIFICATE_VALIDITY_FILE = "certificate_validity.txt"  # models/lexicons/


# What the suggestion for a related skill says of each shortfall, after "<source>; your CV shows <its words>".
_SHORTFALL_ADVICE: dict[Shortfall, str] = {
    "lapsed": " as lapsed. If you have renewed it, say so; if not, renewing it closes the gap.",
    "out_of_date": " with a date longer ago than asked, or than the certificate lasts. If you have renewed it since, "
    "give the date; if not, renewing it closes the gap.",
    "in_progress": " in progress. If you have finished it, say so; if not, give the date you expect to qualify.",
    "older_version": ", an older version. If you have used the version asked, name it; if not, present yours as the "
    "closest experience.",
    "fewer_years": " for {duration}, fewer than asked. If you have more, give the dates or the total; if not, show "
    "what you did in that time.",
    "introduction": " only as an introduction (a taster, webinar or introductory course). If you have used it since, "
    "say where; if not, present it as a start.",
    "smaller_scale": " on a smaller scale than asked. If you have worked at that scale, say so with the figures; if "
    "not, present yours as the closest experience.",
    "less_fluent": " at a lower level than the fluency asked. If you are more fluent now, say so; if not, present it "
    "as the working knowledge it is.",
    "another_variant": ", another {label} product. If you have used the one asked, name it; if not, present yours "
    "as the closest experience.",
    "another_subject": ", in another subject. If you hold it in the subject asked, name that; if not, present yours "
    "as the closest qualification.",
    "lower_level": ", a lower level. If you hold the level asked, name it; if not, say when you expect to reach it.",
    "not_certified": " without the ticket or certificate asked. If you hold it, name it; if not, getting it closes "
    "the gap.",
    "other_category": " for other categories than asked. If you hold the category asked, name it; if not, present "
    "yours as the closest experience.",
    "outside_work": " outside work only, as a pastime. If you have used it at work or in training, say where; if not,"
    " present it as the closest experience.",
    "not_clean": " with penalty points, where a clean one or fewer points are asked. If the points have expired, say "
    "so; if not, ask the employer whether they rule you out.",
}


def _duration(months: int) -> str:
    """ "2 years", "3 years 6 months", "8 months"."""
    years, rest = divmod(months, 12)
    parts = [f"{years} year{'s' if years != 1 else ''}"] if years else []
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _months_shown(cv_mentions: Sequence[_Counted]) -> int | None:
    """The months of the skill a CV shows: the most time it states for it, or else the months of the dated jobs
    it names the skill under; None when it shows neither."""
    stated = [m.months for m in cv_mentions if m.months is not None]
    if stated:
        return max(stated)
    return months_covered([m.period for m in cv_mentions if m.period is not None]) or None


def _below_the_scale_asked(
    target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded], cv_sentences: Sequence[SentenceWords] = ()
) -> bool:
    """Whether the targets ask for the skill at a least scale ("a team of 20+", "a school budget of £2m+",
    "payrolls for 1,000+ employees", "60wpm") and the CV states only smaller ones of that kind beside it ("a FOH
    team of 12", "budget is £1.3m", "240 staff", "45 wpm"). Money is compared only for one measure, named on both
    sides ("budget", "ARR"): "£40k under budget" is no budget's size. A CV that states no scale of that kind says
    nothing against it."""
    asked: dict[str, float] = {}
    for mention in target_mentions:
        for kind, amount, least in _quantities(mention.sentence):
            if least:
                asked[kind] = min(amount, asked.get(kind, amount))
    if not asked:
        return False
    shown = [(kind, amount) for m in cv_mentions for kind, amount, _ in _quantities(m.sentence) if kind in asked]
    # A measure or a thing counted by its own noun is the same wherever the CV states it: "Personal mandate up to
    # £500k" for "underwriting with a personal mandate of £750k+", "three production AKS clusters" for "20+
    # clusters". People and speeds only beside the skill.
    shown += [
        (kind, amount)
        for sentence in cv_sentences
        for kind, amount, _ in _quantities(sentence.text)
        if kind in asked and kind.startswith(_NAMED_MEASURES)
    ]
    return bool(shown) and all(amount < asked[kind] for kind, amount in shown)


_NAMED_MEASURES = ("money:", "count:")


def _quantities(sentence: str) -> list[tuple[str, float, bool]]:
    """The amounts a sentence states, each with its kind and whether it is a least amount ("£2m+", "over £1m", any
    typing speed): people ("people"), typing speed ("speed"), and money by its measure ("money:budget")."""
    found = []
    for match in _quantity_pattern().finditer(sentence):
        if match.group("money") is not None:
            scale = _MONEY_SCALES.get((match.group("scale") or "").lower(), 1)
            amount = float(match.group("money").replace(",", "")) * scale
            found.extend(
                (
                    f"money:{measure}",
                    amount,
                    _a_least_amount(match),
                )
                for measure in _money_measures(sentence, match)
            )
            continue
        if match.group("speed") is not None:
            number, kind = match.group("speed"), "speed"
        else:
            number, kind = match.group("people") or match.group("team"), "people"
        least = kind == "speed" or _a_least_amount(match)
        found.append((kind, float(number.replace(",", "")), least))
    for match in _COUNTED.finditer(sentence):
        # Things counted, by their noun: "20+ clusters", "1,500+ hours per week"; "three production AKS clusters".
        noun = match.group("noun").lower()
        if noun[:-1] in staff_nouns() or noun in _NOT_COUNTED:
            continue  # people are counted above; time spans are years asked
        number = match.group("number").lower()
        amount = float(NUMBER_WORDS[number] if number in NUMBER_WORDS else number.replace(",", ""))
        found.append((f"count:{noun}", amount, _a_least_amount(match)))
    return found


def _a_least_amount(match: re.Match[str]) -> bool:
    """Whether an amount is a least one: "over 20", "20+", "£10m or more"."""
    return bool(match.group("least") or match.group("plus") or match.group("or_more"))


# A number of things named by a plural noun, up to two words after it: "20+ clusters", "three production AKS
# clusters", "about 600 hours of care".
_COUNTED = re.compile(
    r"(?P<least>\b(?:over|at least|a minimum of|minimum of|more than|in excess of|upwards of)\s+)?"
    r"(?<![\w£$€.,])(?P<number>\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")(?![\w.,]\d)(?P<plus>\+)?"
    r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<noun>[a-z]{3,}s)\b(?P<or_more>\s+or (?:more|above|over|higher))?",
    re.IGNORECASE,
)
# Words ending in "s" that count time, not things (years are asked as years of experience: `_fewer_years`), or
# are no nouns at all.
_NOT_COUNTED = frozenset(
    {"years", "months", "weeks", "days", "minutes", "seconds", "yrs", "times"}
    | {"across", "towards", "always", "various", "perhaps", "plus", "less", "unless", "thus", "afterwards", "was"}
)


def _money_measures(sentence: str, match: re.Match[str]) -> set[str]:
    """What an amount of money measures: the words after it ("£450k ARR", "a £1.3m annual budget") or the noun
    before it ("budget of £2m+", "turnover: £5m")."""
    after = _WORDS_AFTER_AMOUNT.match(sentence, match.end())
    before = _NOUN_BEFORE_AMOUNT.search(sentence[max(0, match.start() - 40) : match.start()])
    words = {word.lower() for word in after.groups() if word} if after else set()
    if before is not None:
        words.add(before.group(1).lower())
    # One measure for "budget" and "budgets"; not "busines".
    return {word[:-1] if word.endswith("s") and not word.endswith("ss") else word for word in words} - _NOT_A_MEASURE


_MONEY_SCALES = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@functools.cache
def _quantity_pattern() -> re.Pattern[str]:
    """Amounts of money, typing speeds, and numbers of people: digits before the staff a job directs
    (models/lexicons/staff_nouns.txt: "12 staff", "4 fitters"; a number in words is not read) or "team of N"."""
    staff = "|".join(sorted(map(re.escape, staff_nouns()), key=len, reverse=True))
    return re.compile(
        r"(?P<least>\b(?:over|at least|a minimum of|minimum of|min\.?|more than|in excess of|upwards of)\s+)?"
        r"(?:[£$€]\s?(?P<money>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>k|m|bn|million|billion)?\b"
        r"|(?P<speed>\d{2,3})\s?(?:wpm|words per minute)\b"
        rf"|(?P<people>\d[\d,]*)(?=\+?\s+(?:\w+\s+)?(?:(?:{staff})s?|reports|heads|FTE)\b)"
        r"|\bteam of (?:up to |over |around |about |~)?(?P<team>\d[\d,]*)\b)"
        r"(?P<plus>\+)?(?P<or_more>\s+or (?:more|above|over|higher)\b)?",
        re.IGNORECASE,
    )


_WORDS_AFTER_AMOUNT = re.compile(r"\+?\s*([A-Za-z&]{2,})(?:[ -]([A-Za-z&]{2,}))?")  # "£1.3m annual budget"
_NOUN_BEFORE_AMOUNT = re.compile(
    r"([A-Za-z&]{2,})\s*(?:[:(]|\b(?:of|is|was|at|around|about|over|worth|totalling|exceeding|up to)\b)?\s*"
    r"(?:\b(?:over|at least|a minimum of|minimum of|more than|in excess of|upwards of|around|about|approx\.?"
    r"|approximately|circa|c\.|~)\s*)?~?$",
    re.IGNORECASE,
)
# Words around an amount that say nothing of what it measures.
_NOT_A_MEASURE = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "per", "under", "over", "within"}
    | {"than", "from", "up", "at", "into", "across", "saving", "savings", "saved", "save", "cut", "reduced"}
)


def _older_versions(target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded]) -> bool:
    """Whether every CV mention that names a version names an older one than the oldest the targets ask, numbered
    the same way after the same words: "C++11" where the ad asks "C++17", "17th Edition" for "18th Edition",
    "BS 7671:2008" for "BS 7671:2018", "ITIL v3" for "ITIL 4", "Python 2" for "Python 3.11". Mentions without a
    version say no more than the versions the CV states: "Unreal Engine 4 (4.27)" and "a PC game in Unreal" show
    Unreal Engine 4, not the 5 asked."""
    asked: dict[tuple[str, str], int] = {}
    for mention in target_mentions:
        if (version := _version_of(mention)) is not None:
            family, number = version
            asked[family] = min(number, asked.get(family, number))
    if not asked:
        return False
    shown = [version for m in cv_mentions if (version := _version_of(m)) is not None]
    return bool(shown) and all(family in asked and number < asked[family] for family, number in shown)


def _version_of(mention: _Worded) -> tuple[tuple[str, str], int] | None:
    """The version a mention names, in its words or just after them ("Python 3.11" where the mention is
    "Python"), with its family: the words before the number and the number's shape ("c++", "plain"). None for a
    numbered level (see `_mention_level`), for several numbers, and for a number that counts something
    ("Python 3+ years") or names a category ("IPAF 3a", "F-Gas Category 1")."""
    text = mention.text
    if _LEVEL.search(text) or _CATEGORY_NUMBER.search(text) or _COUNTS_TIME.match(_words_after(mention)):
        return None
    numbers = list(_VERSION_NUMBER.finditer(text))
    if not numbers:
        following = _VERSION_AFTER.match(_words_after(mention))
        if following is None:
            return None
        text = f"{text} {following.group(1)}"
        numbers = list(_VERSION_NUMBER.finditer(text))
    if len(numbers) != 1 and not (len(numbers) == 2 and numbers[1].group("edition")):
        return None
    number = numbers[-1]
    before = _VERSION_PREFIX.sub("", text[: number.start()].lower()).strip()
    if not any(character.isalpha() for character in before):
        return None  # numbers with no name before them version nothing: a degree's class "2:1" is no "2:2" version
    shape = "ordinal" if number.group("ordinal") else "edition" if number.group("edition") else "plain"
    # The major number: "WCAG 2.1" is the WCAG 2.2 asked, "C++11" is not C++17.
    return (before, shape), int(number.group("number").split(".")[0])


# A version's number: "17" (also glued on: "C++17", "ES6"), "3.11", "18th", ":2018" (a standard's edition); not
# part of a longer number, nor followed by letters ("IPAF 3a", "5S").
_VERSION_NUMBER = re.compile(
    r"(?:(?P<edition>:)|(?<![\d.]))(?P<number>\d{1,4}(?:\.\d{1,3}){0,2})(?P<ordinal>st|nd|rd|th)?(?!\w|\.\d)",
    re.IGNORECASE,
)
# A numbered category, which is no version of the others ("F-Gas Category 1", "Cat 2"): the taxonomy links them.
_CATEGORY_NUMBER = re.compile(r"\b(?:category|cat)\.?\s*\d\b", re.IGNORECASE)
# A "v" just before the number is no part of the family: "ITIL v3" and "ITIL 4".
_VERSION_PREFIX = re.compile(r"[\s-]*v?$", re.IGNORECASE)
# Just after a mention: its version, unless the number counts years or months ("Python 3+ years").
_VERSION_AFTER = re.compile(
    r"[ \t]+v?(\d{1,4}(?:\.\d{1,3}){0,2})(?!\w|\.\d)(?!\+?\s*(?:years?|yrs?|months?|%|x\b))",
    re.IGNORECASE,
)
# Just after a mention that ends in a number: the number counts time ("Python 2 years").
_COUNTS_TIME = re.compile(r"\+?\s*(?:years?|yrs?|months?)\b", re.IGNORECASE)


def _names_a_trainer(mention: Mention) -> bool:
    """Whether a mention names the skill as one its holder teaches: "Moving and Handling Trainer", "First Aid
    Instructor", "Manual Handling Train the Trainer", "Experience of teaching first aid", "Taught first aid"."""
    return (
        _TRAINER_AFTER.match(_words_after(mention)) is not None
        or _just_before(mention, _TEACHING_BEFORE, _BESIDE_REACH) is not None
    )


# Just before it: teaching it. "teaching first aid", "taught manual handling to new starters".
_TEACHING_BEFORE = re.compile(r"\b(?:teach|teaches|teaching|taught)\s+$", re.IGNORECASE)
# Just after the skill: a teacher of it. Not "trained" nor "training", which are the skill's own.
_TRAINER_AFTER = re.compile(r"\s*[-–]?\s*(?:train[- ]the[- ])?(?:trainer|tutor|instructor|assessor)s?\b", re.IGNORECASE)


def _level_names(mention: Mention) -> set[str]:
    """The named levels in a mention's words and the two words after it ("AWS Certified Solutions Architect -
    Associate"), or three in the rest of its title ("CIPR Internal Communication Diploma"), and the word just before
    it ("Intermediate Microsoft Excel skills")."""
    after = _words_after(mention)
    title = _TITLE_REST.match(after)
    following = _WORD.findall(title.group().lower()) if title else _WORD.findall(after.lower())[:2]
    grade = _just_before(mention, _GRADE_OF_MEMBERSHIP_BEFORE, _BESIDE_REACH)  # "Associate Member of the CIPD"
    level_before = _just_before(mention, _WORD_BEFORE, _BESIDE_REACH)
    preceding = [match.group(1).lower() for match in (grade, level_before) if match]
    return {word for word in (*preceding, *_WORD.findall(mention.text.lower()), *following) if word in level_scales()}


# A grade of membership written before the body's name: "Associate Member of the CIPD", "Chartered Fellow of",
# "Graduate Member, IStructE".
_GRADE_OF_MEMBERSHIP_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:member|fellow|membership)(?:\s*[,:]\s*|\s+(?:of\s+|with\s+)?(?:the\s+)?)$", re.IGNORECASE
)


def _is_a_qualification(skill: Skill) -> bool:
    """A certification or a degree: what has an Award, a Certificate or a Diploma for its size."""
    return skill.type == "certification" or skill.domain == "degrees_qualifications"


# The word just before a mention: "Intermediate" in "Intermediate Microsoft Excel".
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
# The named levels that are a qualification's size (models/lexicons/level_names.txt).
_QUALIFICATION_SIZES = frozenset({"award", "certificate", "diploma"})
# The rest of a qualification's title, up to three words in Title Case: " Internal Communication Diploma".
_TITLE_REST = re.compile(r"(?:\s+[A-Z][\w&'’-]*){1,3}")


def _below_a_named_level(shown: set[str], asked: set[str]) -> bool:
    """Whether a named level shown is below the lowest asked, on a scale that holds both."""
    scales = level_scales()
    for word in shown:
        for scale in scales[word]:
            asked_there = [scale.index(other) for other in asked if other in scale]
            if asked_there and scale.index(word) < min(asked_there):
                return True
    return False


@functools.cache
def level_scales() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Level name -> the scales (lowest first) it is on."""
    scales: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in sorted(read_lexicon(LEVEL_NAMES_FILE)):
        scale = tuple(line.split())
        for word in scale:
            scales[word] = (*scales.get(word, ()), scale)
    return scales


LEVEL_NAMES_FILE = "level_names.txt"


class _Worded(Protocol):
    """A mention or its evidence: the words and the sentence they stand in."""

    @property
    def text(self) -> str: ...

    @property
    def sentence(self) -> str: ...

    @property
    def sentence_offset(self) -> int: ...


def _place(worded: _Worded) -> int:
    """Where the words stand in their sentence: their own place, where the sentence holds them twice ("a BSc in
    plant science, biology or horticulture" after "MBO level 4 in biology"); else the first; -1 if nowhere."""
    return worded.sentence_offset if worded.sentence_offset >= 0 else worded.sentence.find(worded.text)


class _Counted(Protocol):
    """A mention or its evidence: the months of experience stated for the skill, and the period of the job it is
    named under."""

    @property
    def months(self) -> int | None: ...

    @property
    def period(self) -> tuple[int, int] | None: ...


def _words_after(mention: _Worded) -> str:
    """The rest of the mention's sentence after its words (empty when the cleaned sentence does not hold them)."""
    at = _place(mention)
    return mention.sentence[at + len(mention.text) :] if at >= 0 else ""


def _another_variant(
    skill_id: str, target_mentions: Sequence[_Worded], cv_mentions: Sequence[_Worded], taxonomy: Taxonomy
) -> bool:
    """Whether the CV names only other members of the family asked: "Guidewire PolicyCenter" where the ad asks
    "Guidewire ClaimCenter". Each side must name the family (the skill's label) with a word of its own that is a
    name, not an everyday word or a number: "Postgres" and "psql" are the same PostgreSQL, "Java 8" the Java asked
    as "Java 17" (so "Sage 50" is not told from "Sage Intacct" here, a number being read as a version; but see
    `_a_product_the_cv_does_not_name`)."""
    if skill_id not in taxonomy:
        return False
    family = frozenset(_WORD.findall(taxonomy[skill_id].label.lower()))
    asked = [_variant_words(m, family) for m in target_mentions]
    shown = [_variant_words(m, family) for m in cv_mentions]
    if not (all(asked) and all(shown)):
        return False
    return set().union(*asked).isdisjoint(set().union(*shown))


def _variant_words(mention: _Worded, family: frozenset[str]) -> set[str]:
    """The names a mention adds to its family's ("claimcenter" in "Guidewire ClaimCenter"), with the name just
    after it when the mention is the family alone ("Sage" in "Sage Intacct")."""
    words = _WORD.findall(mention.text.lower())
    if not family or not family <= set(words):
        return set()
    following = _NAME_AFTER.match(_words_after(mention))
    if following is not None:
        words.append(following.group(1).lower())
    ranks = word_ranks()
    return {
        word
        for word in words
        if word not in family and ranks.get(word, _NAME_RANK) >= _NAME_RANK and word not in level_scales()
    }


_NAME_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]+)\b")


def _lapsed_where_dated(skill_id: str, cv_mentions: Sequence[Mention], taxonomy: Taxonomy) -> bool:
    """Whether a certificate has lapsed where the CV dates it: one of its mentions says so."""
    return skill_id in taxonomy and taxonomy[skill_id].type == "certification" and any(m.lapsed for m in cv_mentions)


# A mention's sentence that dates the certificate or calls it current: a claim of its own, not a passing reference.
_DATED_OR_CURRENT = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:current|valid|renewed|in date|expires?|expiry|until)\b", re.IGNORECASE
)


def _another_subject(
    skill_id: str, target_mentions: Sequence[_Worded], held: Sequence[Mention], cv: SkillProfile, taxonomy: Taxonomy
) -> bool:
    """Whether a general qualification of a level (an NVQ, a BTEC, an HNC, "a Level 2 qualification") is asked in a
    subject ("NVQ Level 3 in Banker Masonry") that the CV's holds no word of ("NVQ Level 3 Diploma in Stonemasonry
    (Fixer)"), nor any other qualification of the CV at that level or above ("Level 3 Diploma in Domestic Energy
    Assessment" beside "NVQ Level 3 Carpentry" shows "a Level 3 qualification in Domestic Energy Assessment"). Each
    held mention must name a subject in its own clause: a CV's "NVQ Level 3, 2018" is not judged. Words are the same
    in other forms (`_same_word`: "Roof Slating" and "Roofing"; not "Masonry" and "Stonemasonry")."""
    if skill_id not in taxonomy or not _a_general_qualification(taxonomy[skill_id].label):
        return False
    asked = [_subject_words(m, asked=True) for m in target_mentions]
    shown = [_subject_words(m, asked=False) for m in held]
    if not (asked and all(asked) and shown and all(shown)):
        return False
    asked_words = frozenset().union(*asked)
    level = _level_of(taxonomy[skill_id].label) or _qualification_level(skill_id, taxonomy) or 0
    for mention in cv.mentions:
        if mention in held or mention.lapsed or mention.in_progress or mention.skill_id not in taxonomy:
            continue
        mention_level = _mention_level(mention, highest=True) or _qualification_level(mention.skill_id, taxonomy)
        if mention_level is not None and mention_level >= level:
            shown.append(_subject_words(mention, asked=False) | _name_words(mention.text))
    for sentence in cv.sentences:
        for title in _TITLED_LEVEL.finditer(sentence.text):
            found = int(title.group("level") or title.group("level_last"))
            if found >= level and qualification_state(sentence.text, title.start(), title.end()) is None:
                shown.append(_title_words(sentence.text, title.start(), title.group()))
    return not any(_same_word(a, b) for a in asked_words for words in shown for b in words)


def _a_general_qualification(label: str) -> bool:
    """Whether a qualification's label names only a kind and a level, no subject: "NVQ Level 2", "BTEC", "HNC"."""
    return set(_TOKEN.findall(label.lower())) <= _GENERAL_QUALIFICATION_WORDS


def _subject_words(mention: _Worded, *, asked: bool) -> frozenset[str]:
    """The words of the subject a qualification's mention names in its clause. Asked, only a subject that follows
    it, after "in" or "for" or in capitals ("NVQ Level 3 in Banker Masonry", "NVQ Level 2 Glass Manufacturing"), up
    to a bracket; held, any words of its clause around it ("Plumbing NVQ Level 2", "Level 3 Diploma in Fashion,
    Theatre & Media Make-up"). Not the kind, the level, the awarding body or words that take any subject ("or
    equivalent", "relevant")."""
    sentence = mention.sentence
    at = _place(mention)
    if at < 0:
        return frozenset()
    end = at + len(mention.text)
    breaks = _ASKED_SUBJECT_BREAKS if asked else _SUBJECT_BREAKS
    found = (place for mark in breaks if (place := sentence.find(mark, end)) >= 0)
    clause = sentence[end : min(found, default=len(sentence))]
    if asked:
        opening = _SUBJECT_OPENING.match(clause)
        if opening is None:
            return frozenset()
        clause = clause[opening.end() :]
    else:
        opening_at = max(sentence.rfind(mark, 0, at) for mark in breaks)
        clause = sentence[opening_at + 1 : at] + " " + clause
    clause = _SUBJECT_CUT.split(clause, maxsplit=1)[0]
    bodies = _awarding_body_words()
    return frozenset(
        word
        for word in (token.lower() for token in _TOKEN.findall(clause))
        if len(word) > 2
        and word not in _GENERAL_QUALIFICATION_WORDS
        and word not in _NOT_A_SUBJECT
        and word not in _NO_SUBJECT_WORDS
        and word not in bodies
    )


@functools.cache
def _awarding_body_words() -> frozenset[str]:
    """The words of the awarding bodies' names (models/lexicons/awarding_bodies.txt), lower case: "City & Guilds",
    "EAL", "VTCT" name who awards a qualification, not its subject."""
    return frozenset(word.lower() for line in read_lexicon(AWARDING_BODIES_FILE) for word in _TOKEN.findall(line))


# The words of a general qualification's name: its kind, its framework and level.
_GENERAL_QUALIFICATION_WORDS = frozenset(
    {"nvq", "nvqs", "svq", "svqs", "btec", "hnc", "hnd", "rqf", "qcf", "scqf", "level", "qualification",
     "qualifications", "qualified", "certificate", "diploma", "award", "extended", "advanced", "national", "higher",
     "foundation", "degree", "postgraduate", "education", "of", "in", "and", "first", "subsidiary", "cert", "dip",
     "pg", "pgcert", "pgdip", "ext"}
)  # fmt: skip
# Words of a qualification's clause that name no subject.
_NOT_A_SUBJECT = frozenset(
    {"the", "for", "with", "or", "and", "any", "equivalent", "similar", "above", "ideally", "preferably", "related",
     "subject", "subjects", "field", "discipline", "area", "working", "towards", "completed", "passed", "achieved",
     "held", "holding", "hold", "have", "must", "essential", "desirable", "minimum", "least", "apprenticeship",
     "course", "programme", "program", "college", "university", "school", "academy", "unit", "units", "module",
     "modules", "grade", "grades", "distinction", "merit", "pass", "year", "years", "currently", "studying", "due",
     "started", "finished", "from", "via", "through", "including", "inc", "incl", "one", "two", "three", "new"}
)  # fmt: skip
# Where a qualification's clause ends: a semicolon, a colon, a bar or a dash set apart (the date or college after a
# title). Not a comma, a bracket or "or", which list its subjects: "Level 3 Diploma in Fashion, Theatre & Media
# Make-up", "MSc Information Management (Archives and Records Management)", "in archaeology or museum studies".
_SUBJECT_BREAKS = (";", ":", "|", "–", "—", " - ")
# An ad's subject ends at a bracket too: "(or equivalent)", "(NVQ Level 2 or above)".
_ASKED_SUBJECT_BREAKS = (*_SUBJECT_BREAKS, "(", ")")
# What opens an asked subject after the qualification: its level's figures and kind's words, then "in" or "for" or a
# capital ("NVQ Level 2 Glass Manufacturing"); not "and AM2", "or above", nor a kind of subject after "a" or "any"
# ("in a construction trade", "in a science or water-related subject"), which names no one subject.
_SUBJECT_OPENING = re.compile(
    r"(?:\s*(?:[\d/+-]+|level|levels|diploma|certificate|award|qualifications?|nvq|svq|or higher|or above))*"
    r"\s*(?:(?:in|for)\s+(?:the\s+)?(?!(?:a|an|any|one)\s)|(?-i:(?=[A-Z][a-z])))",
    re.IGNORECASE,
)
# Within the clause, where its subject ends: a date.
_SUBJECT_CUT = re.compile(r"\b(?:19|20)\d\d\b")


def _a_product_the_cv_does_not_name(
    asking: Sequence[Mention], naming: Sequence[SkillProfile], cv: SkillProfile
) -> bool:
    """Whether every ask of the skill (`asking`: its target mentions that ask it) names a product the taxonomy does
    not know, by a rare word beside it (`_product_names`), and the CV names none of them: Autronica's are other fire
    detection systems than the "Consilium Salwico fire detection systems" asked. Not where the targets take a similar
    product ("or similar"), nor where they also ask the skill plainly ("Servicing fire detection systems")."""
    if not asking or any(map(_takes_similar, asking)):
        return False
    others: set[str] | None = None  # words of the targets' mentions: a skill asked of its own is no product's name
    cv_text = ""
    for mention in asking:
        names = _product_names(mention)
        if names and others is None:
            others = {word for target in naming for m in target.mentions for word in _WORD.findall(m.text.lower())}
            cv_text = " ".join(sentence.text for sentence in cv.sentences).lower()
        names -= others or set()
        if not names or any(name in cv_text for name in names):
            return False
    return True


def _product_names(mention: Mention) -> set[str]:
    """Rare words written as names just before a mention, after another word of its sentence and not inside a longer
    name ("Consilium Salwico fire detection systems"; not "Redgate SQL Monitor"), or just after it, maybe past the
    word for its kind ("Marine Coordination software SeaPlanner")."""
    at = _place(mention)
    if at < 0:
        return set()
    found = []
    before = _NAMES_BEFORE.search(mention.sentence, 0, at)
    if before is not None and not _NAME_AFTER.match(mention.sentence, at + len(mention.text)):
        # Not inside a longer name, whose kind is another: "Redgate SQL Monitor" is no SQL product.
        found += _WORD.findall(before.group())
    after = _PRODUCT_AFTER.match(mention.sentence, at + len(mention.text))
    if after is not None:
        found.append(after.group(1))
    ranks = word_ranks()
    return {
        word.lower()
        for word in found
        if ranks.get(word.lower(), _NAME_RANK) >= _NAME_RANK and word.lower() not in level_scales()
    }


_NAMES_BEFORE = re.compile(r"(?<=[\w,] )(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*[ \t]+){1,2}$")
_PRODUCT_AFTER = re.compile(r"(?:[ \t]+(?:software|system|platform|tool|package|suite))?[ \t]+([A-Z][A-Za-z]+)\b")
# A word this rare in English is a name here ("Intacct", "ClaimCenter"); "Cloud" or "Accounts" is not.
_NAME_RANK = 30_000


def _takes_it_in_progress(mention: Mention) -> bool:
    """Whether the target's sentence accepts the qualification still being studied for: "NVQ Level 6 (or working
    towards)", "ACCA or part-qualified", "qualified or studying"."""
    return _IN_PROGRESS_TAKEN.search(mention.sentence) is not None


_IN_PROGRESS_TAKEN = re.compile(
    r"\bor (?:be )?(?:currently )?(?:working|studying) (?:towards|for)\b|\bor part[- ]qualified\b"
    r"|\bpart[- ]qualified or\b|\bqualified or (?:studying|training|working towards)\b"
    r"|\b(?:working|studying) towards (?:it|this|one)? ?(?:is|are) (?:fine|welcome|accepted|considered)\b",
    re.IGNORECASE,
)


def _mention_level(mention: Mention, *, highest: bool = False) -> int | None:
    """The numbered level a mention names, in its words, just after them ("CIH Level 3 Certificate" where the
    mention is "CIH", "WSET L3 Award") or opening its title ("Level 3 Advanced Diploma in Professional Cookery" where
    it is "Professional Cookery"). Of a range just after it ("Makaton Levels 1-4"), the lowest, or with `highest`
    the highest: what a CV holds."""
    level = _level_of(mention.text)
    if level is not None:
        return level
    following = _LEVEL_AFTER.match(_words_after(mention))
    if following is not None:
        return int(following.group(2) if highest and following.group(2) else following.group(1))
    leading = _just_before(mention, _LEVEL_BEFORE, _LEVEL_BEFORE_REACH)
    return int(leading.group(1)) if leading else None


# Just after its name, or after the kind of training it is: "Safeguarding Children training at Level 3",
# "Manual Handling (Level 2)", "Food Safety - Level 3", "Safeguarding training at Level 3" (the mention's own
# "training"); after the name's letters in brackets, or the bracket they close: "Non-Police Personnel Vetting (NPPV)
# Level 3".
_LEVEL_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z&/]{1,9}\)|\))?"
    r"\s*(?:[(–-]\s*|\s(?:training|course|qualification|certificate|certification|award|trained)\s+)?(?:(?:at|to)\s+)?"
    r"(?:levels?\s*|L)(\d)(?:\s*[-–]\s*(\d))?\b",
    re.IGNORECASE,
)
# A level that opens the qualification's title, with no clause break between: "Level 3 Diploma in ...", "Level 3
# HACCP".
_LEVEL_BEFORE = re.compile(r"\blevel\s*(\d)\s+(?:[^,;:.()]*\b(?:in|of)\s+)?$", re.IGNORECASE)
_LEVEL_BEFORE_REACH = 60


def _level_of(text: str) -> int | None:
    match = _LEVEL.search(text)
    return int(match.group(1)) if match else None


# (A qualification's numbered stage is its level too: "BHS Stage 2"; a school's key stage is no level. A category is
# none: F-Gas Category 1 is above Category 2, a vibration analyst's Category 1 below Category 2; the taxonomy's links
# order them.)
_LEVEL = re.compile(r"\b(?:level|(?<!key )stage)\s*(\d)\b", re.IGNORECASE)


def _kinds_in_cv(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The CV's skills that are kinds of the one asked, not only close to it as Django is to Python: in the
    degrees domain a narrower qualification, and theirs (a BSc is a bachelor's degree, an MSc a postgraduate
    qualification); a narrower product of a product asked (SAP MM is SAP, Xero is accounting software, ArcGIS Pro is
    ArcGIS); and a narrower certificate of a certificate asked, and theirs (CS30 is a chainsaw certificate, an SIA
    door supervisor licence an SIA licence, a C+E licence a driving licence)."""
    if skill_id not in taxonomy:
        return ()
    skill = taxonomy[skill_id]
    if skill.domain == _KIND_OF_DOMAIN:
        kinds = set(taxonomy.kinds(skill_id))  # an MSc is a master's degree, and so a postgraduate qualification
    elif skill.type == "tool":
        kinds = {narrower for narrower in skill.narrower if taxonomy[narrower].type == "tool"}
    elif skill.type == "certification":
        kinds = {kind for kind in taxonomy.kinds(skill_id) if taxonomy[kind].type == "certification"}
    else:
        return ()
    return tuple(sorted(kinds & cv.skill_ids))


def _higher_levels_in_cv(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The CV's qualifications of the same name at a higher numbered level than the one asked: NVQ Level 3 for
    "NVQ Level 2", a Level 3 Food Hygiene Certificate for the Level 2 one."""
    if skill_id not in taxonomy or (asked := _level_of(taxonomy[skill_id].label)) is None:
        return ()
    name = _LEVEL.sub("level #", taxonomy[skill_id].label.lower())

    def higher(text: str) -> str | None:
        """The name of `text` without its level, where the level is above the one asked."""
        level = _level_of(text)
        return _LEVEL.sub("level #", text.lower()) if level is not None and level > asked else None

    by_label = {other for other in cv.skill_ids if other in taxonomy and higher(taxonomy[other].label) == name}
    # Or the CV's own words, where a subject's qualification opens with the name and its level: "NVQ Level 3
    # Professional Cookery" (the cookery diploma) for "NVQ Level 2".
    by_words = {m.skill_id for m in cv.mentions if (named := higher(m.text)) and named.startswith(name + " ")}
    return tuple(sorted(by_label | by_words))


def _higher_degree_classes_in_cv(skill_id: str, cv: SkillProfile) -> tuple[str, ...]:
    """The CV's degree classes above the one asked (models/lexicons/degree_classes.txt): a 2:1 for "a 2:2 or
    above", a first for a 2:1."""
    for ladder in _degree_class_ladders():
        if skill_id in ladder:
            return tuple(sorted(set(ladder[ladder.index(skill_id) + 1 :]) & cv.skill_ids))
    return ()


@functools.cache
def _degree_class_ladders() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in sorted(read_lexicon(DEGREE_CLASSES_FILE)))


DEGREE_CLASSES_FILE = "degree_classes.txt"  # models/lexicons/


def _equivalent_levels_in_cv(
    skill_id: str, target_mentions: Sequence[Mention], cv: SkillProfile, taxonomy: Taxonomy
) -> tuple[str, ...]:
    """The CV's qualifications at the numbered level asked or above, where any qualification of that level will do:
    the target takes an equivalent ("NVQ Level 3 in Professional Cookery or equivalent" is shown by a "Level 3
    Advanced Diploma in Professional Cookery"), or asks a level alone ("a Level 3 qualification")."""
    taken = _level_any_qualification_shows(skill_id, target_mentions, taxonomy)
    if taken is None:
        return ()
    asked, same_name = taken
    return tuple(
        sorted(
            {
                m.skill_id
                for m in cv.mentions
                if m.skill_id != skill_id
                and m.skill_id in taxonomy
                and taxonomy[m.skill_id].type == "certification"
                and (level := _mention_level(m, highest=True)) is not None
                and level >= asked
                and (same_name is None or same_name & _title_words(m.sentence, _place(m), m.text))
            }
        )
    )


def _name_words(text: str) -> frozenset[str]:
    """The words of a qualification's title that say which it is, lower case: not "level", "certificate", "in"."""
    return frozenset(word.lower() for word in _TOKEN.findall(text)) - _TITLE_WORDS


def _title_words(sentence: str, at: int, text: str) -> frozenset[str]:
    """`_name_words` of a title found at sentence[at:] as `text`, with the words around it in its clause: the body
    that awards it ("ILM" of "ILM Level 7 Certificate"), and its subject after it ("Level 3 Diploma in Leadership for
    Health and Social Care")."""
    if at < 0:
        return _name_words(text)
    opening = max(sentence.rfind(mark, 0, at) for mark in ",;:()|–")
    end = at + len(text)
    closing = min((found for mark in ",;:()|–" if (found := sentence.find(mark, end)) >= 0), default=len(sentence))
    return _name_words(sentence[opening + 1 : closing])


def _a_qualification_of_the_level_in_cv(
    skill_id: str, target_mentions: Sequence[Mention], cv: SkillProfile, taxonomy: Taxonomy
) -> Mention | None:
    """A CV sentence naming a qualification of the numbered level asked or above by its title, where any of that
    level will do ("a Level 3 qualification in fire and security systems" and "Level 3 Fire, Emergency & Security
    Systems Technician apprenticeship"): a title the taxonomy has no form for, held as the pipeline reads one (not
    "- started, didn't finish the portfolio"). Close, the subject unchecked."""
    taken = _level_any_qualification_shows(skill_id, target_mentions, taxonomy)
    if taken is None:
        return None
    asked, same_name = taken
    label = taxonomy[skill_id].label
    for sentence in cv.sentences:
        for match in _TITLED_LEVEL.finditer(sentence.text):
            level = match.group("level") or match.group("level_last")
            if int(level) < asked or qualification_state(sentence.text, match.start(), match.end()) is not None:
                continue
            if same_name is not None and not same_name & _title_words(sentence.text, match.start(), match.group()):
                continue
            return _described(skill_id, label, sentence, match.group(), f"level {level}")
    return None


class _LevelTaken(NamedTuple):
    """A numbered level a target takes of any qualification, and the words of the name asked that one of another
    name must share (None: any will do)."""

    level: int
    same_name: frozenset[str] | None


def _level_any_qualification_shows(
    skill_id: str, target_mentions: Sequence[Mention], taxonomy: Taxonomy
) -> _LevelTaken | None:
    """The numbered level asked of a qualification where any qualification of that level will do: the target takes
    an equivalent ("NVQ Level 3 ... or equivalent") or asks the level alone ("a Level 3 qualification"). Where it
    takes only a higher level ("or above"), a qualification of that level must share a word of the name asked:
    "Food Hygiene Level 2 or above" is no "BTEC Level 3 Sport", while "ILM Level 5 or above" is an "ILM Level 7
    Certificate"."""
    if skill_id not in taxonomy or taxonomy[skill_id].type != "certification":
        return None
    label = taxonomy[skill_id].label
    asked = _level_of(label)
    if asked is None:
        return None
    if _asks_a_level_alone(label):
        return _LevelTaken(asked, None)
    taken = False
    subjects: set[str] = set()
    for text in (_words_after(m)[:_EQUIVALENT_REACH] for m in target_mentions):
        if not _OR_EQUIVALENT.search(text):
            continue
        taken = True
        if _OR_HIGHER.search(text):
            continue
        narrowed = _NARROWED_EQUIVALENT.search(text)
        subject = _name_words(narrowed.group("subject")) - _NO_SUBJECT_WORDS if narrowed else frozenset()
        if not subject:
            return _LevelTaken(asked, None)
        subjects |= subject
    return _LevelTaken(asked, _name_words(label) | subjects) if taken else None


def _its_kind_in_a_title_of_the_level(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> Mention | None:
    """A certificate of a numbered level that the CV names by a title the taxonomy has no form for: the level's
    title with the certificate's kind inside it, "Level 2 Award in Food Safety in Manufacturing" for a Level 2 food
    safety certificate (its kind: food safety), at the level asked or above, held as the pipeline reads it. The kind
    is the subject, not a qualification itself: a Level 3 diploma is no NVQ Level 3."""
    if skill_id not in taxonomy or taxonomy[skill_id].type != "certification" or not taxonomy[skill_id].broader:
        return None
    skill = taxonomy[skill_id]
    asked = _level_of(skill.label)
    if asked is None:
        return None
    for kind in skill.broader:
        if taxonomy[kind].type == "certification":
            continue
        for mention in cv.mentions_of(kind):
            if mention.lapsed or mention.in_progress:
                continue
            at = _place(mention)
            for title in _TITLED_LEVEL.finditer(mention.sentence):
                level = title.group("level")
                if (
                    level is not None
                    and int(level) >= asked
                    and title.start() <= at <= title.end() + _TITLE_REACH
                    and not _TITLE_BREAK.search(mention.sentence, title.start(), at)
                    and qualification_state(mention.sentence, title.start(), at + len(mention.text)) is None
                ):
                    sentence = next((s for s in cv.sentences if s.text == mention.sentence), None)
                    if sentence is not None:
                        text = mention.sentence[title.start() : at + len(mention.text)]
                        return _described(skill_id, skill.label, sentence, text, f"level {level}")
    return None


# How far after a level's title ("Level 2 Award") its subject may start ("in Food Safety"), with nothing between
# that ends the title.
_TITLE_REACH = 30
_TITLE_BREAK = re.compile(r"[,;:()\n]| - | – ")


# A qualification's title with its level first: "Level 3 Fire, Emergency & Security Systems Technician
# apprenticeship", "Level 4 Award in Food Safety Management"; or its awarding body first and its level last: "C&G
# Painting & Decorating Level 2", "BTEC Engineering Level 3".
_TITLED_LEVEL = re.compile(
    r"\blevel\s+(?P<level>[1-8])\b[^.;:\n]{0,80}?\b(?:apprenticeship|diploma|certificate|award|nvq|qualification)s?\b"
    r"|(?:\bC&G|\bcity\s*(?:&|and)\s*guilds|\b(?:btec|svq|nvq|eal|ncfe|nocn|bpec|lantra|highfield)\b)"
    r"[^.;:\n]{0,60}?\blevel\s+(?P<level_last>[1-8])\b",
    re.IGNORECASE,
)


def _higher_on_the_ladder_in_cv(skill_id: str, cv: SkillProfile, taxonomy: Taxonomy) -> frozenset[str]:
    """The CV's general qualifications (models/lexicons/qualification_levels.txt) at the level of the one asked or
    above, or at least at the level asked alone: a BSc where the ad asks an HNC, a master's for A levels, an LLB for
    "a Level 3 qualification", a foundation degree for "a degree or HND" (another qualification of the HND's level,
    no smaller award). Close, not the same: the subject asked is not checked."""
    if skill_id not in taxonomy:
        return frozenset()
    least = _qualification_level(skill_id, taxonomy)
    if least is None:
        # Any qualification of the level will do: "a Level 3 qualification".
        asked = _level_of(taxonomy[skill_id].label) if _asks_a_level_alone(taxonomy[skill_id].label) else None
        if asked is None:
            return frozenset()
        return frozenset(
            other
            for other in cv.skill_ids
            if other in taxonomy and (level := _qualification_level(other, taxonomy)) is not None and level >= asked
        )
    credits = _nearest_listed(skill_id, taxonomy, _qualification_credits()) or 0
    classes = frozenset(id for ladder in _degree_class_ladders() for id in ladder)
    return frozenset(
        other
        for other in cv.skill_ids
        if other in taxonomy
        and other != skill_id
        and (level := _qualification_level(other, taxonomy)) is not None
        and (
            level > least
            # Another qualification of the same level, and no smaller award: a foundation degree for an HND, a
            # master's for the postgraduate certificate asked; not a postgraduate certificate for a master's, nor a
            # degree's class for another (they have a ladder of their own).
            or (
                level == least
                and skill_id not in classes
                and other not in classes
                and (_nearest_listed(other, taxonomy, _qualification_credits()) or 0) >= credits
            )
        )
    )


def _qualification_level(skill_id: str, taxonomy: Taxonomy) -> int | None:
    """The level of a general qualification (models/lexicons/qualification_levels.txt), or of the nearest broader
    skill that has one (a BEng is a bachelor's degree, level 6)."""
    return _nearest_listed(skill_id, taxonomy, _qualification_levels())


def _nearest_listed(skill_id: str, taxonomy: Taxonomy, table: dict[str, int]) -> int | None:
    """The greatest value `table` gives the skill, or else the nearest broader skills it lists."""
    frontier, seen = [skill_id], {skill_id}
    while frontier:
        found = [table[skill] for skill in frontier if skill in table]
        if found:
            return max(found)
        frontier = [broader for skill in frontier for broader in taxonomy[skill].broader if broader not in seen]
        seen.update(frontier)
    return None


@functools.cache
def _qualification_levels() -> dict[str, int]:
    return {fields[0]: int(fields[1]) for fields in map(str.split, read_lexicon(QUALIFICATION_LEVELS_FILE))}


@functools.cache
def _qualification_credits() -> dict[str, int]:
    """The credits of the awards the lexicon gives them for (a postgraduate certificate 60, a master's 180)."""
    return {
        fields[0]: int(fields[2])
        for fields in map(str.split, read_lexicon(QUALIFICATION_LEVELS_FILE))
        if len(fields) > 2
    }


QUALIFICATION_LEVELS_FILE = "qualification_levels.txt"  # models/lexicons/


def _asks_a_level_alone(label: str) -> bool:
    """Whether a qualification's label names a level and nothing else: "RQF Level 3 Qualification"."""
    return _level_of(label) is not None and set(_WORD.findall(_LEVEL.sub("", label).lower())) <= _LEVEL_ALONE_WORDS


_LEVEL_ALONE_WORDS = frozenset({"rqf", "qcf", "qualification", "qualified"})
_OR_EQUIVALENT = re.compile(r"\bor (?:an? )?(?:equivalent|similar|higher|above)\b", re.IGNORECASE)
# "or above" alone takes a higher level of the same thing: "Food Hygiene Level 2 or above" is no BTEC Level 3, while
# "ILM Level 5 or above" is shown by an ILM Level 7 certificate.
_OR_HIGHER = re.compile(r"\bor (?:higher|above)\b", re.IGNORECASE)
# Words of a qualification's title that say nothing of which one it is.
_TITLE_WORDS = frozenset(
    {"level", "certificate", "diploma", "award", "qualification", "extended", "advanced", "national", "in", "of", "and"}
)
_EQUIVALENT_REACH = 80  # characters after a qualification read for "or equivalent"
# An equivalent of a named subject: "ILM Level 3 or similar leadership qualification" is no Level 3 Award in Food
# Safety, while "or a similar Level 3 team leading qualification" is a Level 3 Certificate in Team Leading.
_NARROWED_EQUIVALENT = re.compile(
    r"\bor (?:an? |any )?(?:equivalent|similar|comparable)\s+(?P<subject>(?:[a-z][\w&'-]*\s+){1,3}?)"
    r"(?:qualification|certificate|certification|award|diploma)s?\b",
    re.IGNORECASE,
)
# Words of such a phrase that name no subject: "or equivalent professional qualification" takes any.
_NO_SUBJECT_WORDS = frozenset(
    {"professional", "relevant", "recognised", "recognized", "accredited", "formal", "other", "appropriate",
     "industry", "suitable", "vocational", "academic", "nationally", "approved", "level", "higher", "uk"}
)  # fmt: skip


# The domain whose `broader` links say "is a kind of".
_KIND_OF_DOMAIN = "degrees_qualifications"


def _ordered_ids(targets: Iterable[SkillProfile]) -> list[str]:
    seen: dict[str, None] = {}
    for target in targets:
        for skill in target.skills:
            seen.setdefault(skill.id, None)
    return list(seen)


def _with_alternatives_shown(
    gaps: list[SkillGap], cv: SkillProfile, targets: Sequence[SkillProfile], taxonomy: Taxonomy, now: int
) -> list[SkillGap]:
    """A missing skill whose alternative the CV comes close to is related through it: "a nursing qualification
    (RGN or RMN)" where the CV shows adult nursing, close to RGN; "category management or buying experience" where
    the CV shows buying by a post ("Commercial grocery buyer"), with that as its evidence. One pass: alternatives of
    alternatives are not followed."""
    by_id = {gap.id: gap for gap in gaps}
    result = []
    for gap in gaps:
        if gap.status in ("missing", "unstated"):
            naming = [target for target in targets if gap.id in target.skill_ids]
            mentions = [m for target in naming for m in target.mentions_of(gap.id)]
            close_alternatives = [
                by_id[alternative]
                for alternative in sorted(_alternatives(mentions, naming))
                if alternative in by_id and by_id[alternative].status == "related"
            ]
            close = {related for alternative in close_alternatives for related in alternative.related_in_cv}
            described = next(
                (other for other in close_alternatives if not other.related_in_cv and _described_by_a_title(other)),
                None,
            )
            if close:
                gap = _skill_gap(gap.id, cv, targets, taxonomy, also_close=frozenset(close), now=now)
            elif described is not None:
                gap = replace(
                    gap,
                    status="related",
                    cv_terms=described.cv_terms,
                    related_in_cv=(described.id,),
                    evidence=(
                        *(e for e in gap.evidence if e.source != "cv"),
                        *(e for e in described.evidence if e.source == "cv"),
                    ),
                )
        result.append(gap)
    return result


def _described_by_a_title(gap: SkillGap) -> bool:
    """Whether a gap described in the CV's own words is described by a post that shows the skill ("Commercial grocery
    buyer" for buying): only such a description carries over to an alternative the target offers. Words that recur
    ("filters", "Cyber Security") are too weak to pass on."""
    titles = _titles_showing_skills().get(gap.id)
    return titles is not None and any(titles.fullmatch(term) for term in gap.cv_terms)


def _skill_gap(
    skill_id: str,
    cv: SkillProfile,
    targets: Sequence[SkillProfile],
    taxonomy: Taxonomy,
    also_close: frozenset[str] = frozenset(),
    *,
    now: int,
) -> SkillGap:
    """`also_close`: skills of the CV that count as close evidence besides the skill's own neighbours; `now`: the
    month of the report (skillgap.documents.dates)."""
    naming = [target for target in targets if skill_id in target.skill_ids]
    target_mentions = [m for target in naming for m in target.mentions_of(skill_id)]
    cv_mentions = cv.mentions_of(skill_id)
    related_ids: tuple[str, ...] = ()
    kinds = (
        (
            _kinds_in_cv(skill_id, cv, taxonomy)
            or _higher_levels_in_cv(skill_id, cv, taxonomy)
            or _higher_degree_classes_in_cv(skill_id, cv)
            or _equivalent_levels_in_cv(skill_id, target_mentions, cv, taxonomy)
            or tuple(sorted(_examples(target_mentions, naming) & cv.skill_ids))
        )
        if not cv_mentions
        else ()
    )
    if kinds:
        # A BSc is the bachelor's degree asked; NVQ Level 3 shows the NVQ Level 2 asked; Reapit shows the "property
        # CRM such as Alto or Reapit" asked.
        cv_mentions = [m for kind in kinds for m in cv.mentions_of(kind)]
    shortfall: Shortfall | None = None
    months_shown = None
    if cv_mentions:
        status: Status = "matched"
        # What counts as held: not lapsed, and not in progress unless every ask of it takes that ("or working
        # towards"): "CFA - qualified or studying towards" does not soften "CFA Level I passed" elsewhere in the ad.
        # A mention that asks nothing ("paid study support for RICS qualifications") does not count.
        asking = [m for m in target_mentions if m.requirement != "mentioned"]
        takes_progress = all(map(_takes_it_in_progress, asking or target_mentions))
        held = [m for m in cv_mentions if not m.lapsed and (takes_progress or not m.in_progress)]
        if held and _lapsed_where_dated(skill_id, cv_mentions, taxonomy):
            # A certificate the CV says has lapsed is the one its undated mentions in the same words speak of:
            # "Sentinel PTS - held 2021 to 2023, lapsed" and "knowledge of the Rule Book from planning work and PTS"
            # (not "UK Part-66 B1.1 licence" beside "EASA Part-66 licence - lapsed").
            lapsed_forms = {m.form for m in cv_mentions if m.lapsed}
            held = [m for m in held if m.form not in lapsed_forms or _DATED_OR_CURRENT.search(m.sentence)]
            if not held:
                cv_mentions = [m for m in cv_mentions if m.lapsed]
        if not held:
            shortfall = "lapsed" if all(m.lapsed for m in cv_mentions) else "in_progress"
        elif _older_than_asked(target_mentions, held, now, _valid_months(skill_id)):
            shortfall = "out_of_date"
        else:
            held_since = _held_since(skill_id, held, now, taxonomy)
            shortfall = _shortfall(skill_id, target_mentions, held, cv, taxonomy, held_since)
            if shortfall is None and _a_product_the_cv_does_not_name(asking, naming, cv):
                shortfall = "another_variant"
            if shortfall == "fewer_years":
                months_shown = _months_shown([*held, *_kin_periods(skill_id, cv, taxonomy), *held_since])
        if shortfall is not None:
            # A qualification the CV is still studying for where the ad asks it held, or one that has lapsed; the
            # CV's AAT Level 2 where the ad asks AAT Level 3 (CIH Level 4 in progress beside a Level 3 held); or
            # another product of the family asked ("Guidewire PolicyCenter" for "Guidewire ClaimCenter").
            status, related_ids = "related", (skill_id,)
    else:
        close = taxonomy.neighbours(skill_id) if skill_id in taxonomy else frozenset()  # candidates have none
        alternatives = _alternatives(target_mentions, naming)
        # An alternative the CV shows by a kind of it: "ArcGIS or QGIS" where the CV has ArcGIS Pro.
        alternatives |= {kind for other in alternatives for kind in _kinds_in_cv(other, cv, taxonomy)}
        close |= alternatives | _means(target_mentions, naming, taxonomy) | also_close
        close |= _bracketed_after(target_mentions, naming)
        # The kind a target gives this skill as an example of, and the kind's products: "broker systems such as
        # Acturis or OpenGI" where the CV shows SSP Pure.
        close |= {kin for kind in _exemplified(target_mentions, naming) for kin in _kind_and_its_kinds(kind, taxonomy)}
        close |= {
            kin for kind in _kind_bracketed_before(target_mentions, naming, taxonomy) for kin in taxonomy.kinds(kind)
        }
        close |= _higher_on_the_ladder_in_cv(skill_id, cv, taxonomy)
        if skill_id in taxonomy and any(map(_takes_similar, target_mentions)):
            close |= _siblings(skill_id, taxonomy)  # "Xero or similar accounting software": QuickBooks will do
        if any(map(_takes_a_related_subject, target_mentions)):
            # "A degree in chemistry or a related science": the subject of the CV's degree may be one; the reader
            # judges, so it comes close rather than being matched.
            close |= _degree_subjects_in_cv(cv, taxonomy)
        related_ids = tuple(sorted(close & cv.skill_ids))
        status = "related" if related_ids else "missing"
        cv_mentions = [m for related_id in related_ids for m in cv.mentions_of(related_id)]
        described = (
            (
                _described_in_other_words(skill_id, cv, taxonomy)
                or _shown_by_a_title(skill_id, cv, taxonomy)
                or _the_subject_of_a_qualification_in_cv(skill_id, cv, taxonomy)
                or _shown_in_the_targets_words(
                    target_mentions,
                    naming,
                    cv,
                    attitude=_an_attitude(skill_id, taxonomy),
                )
                or _a_qualification_of_the_level_in_cv(skill_id, target_mentions, cv, taxonomy)
                or _its_kind_in_a_title_of_the_level(skill_id, cv, taxonomy)
                or _abbreviated_in_cv(target_mentions, cv)
                or _an_unnamed_alternative_in_cv(target_mentions, naming, cv)
            )
            if status == "missing"
            else None
        )
        if described is not None:
            status = "related"  # "Reconciling bank accounts" for bank reconciliation: there, but not by its name
            cv_mentions = [described]
        elif status == "missing" and _shown_by_deeds(skill_id, taxonomy):
            # Not naming a quality is no evidence of lacking it: most CVs that show "attention to detail" or
            # "working under pressure" do so by what they did ("Trusted with the final QC check on all bridal work").
            status = "unstated"
    importance = _importance(naming, skill_id)
    months_asked = _months_asked(target_mentions)
    years = months_asked // 12 if months_asked is not None and months_asked >= 12 else None  # whole years, as stated
    worded_alike = status != "matched" or bool({m.form for m in cv_mentions} & {m.form for m in target_mentions})
    evidence = tuple(
        [_evidence("target", target.path, m) for target in naming for m in target.mentions_of(skill_id)]
        + [_evidence("cv", cv.path, m) for m in cv_mentions]
    )
    return SkillGap(
        id=skill_id,
        label=target_mentions[0].label,
        type=taxonomy[skill_id].type if skill_id in taxonomy else CANDIDATE_TYPE,
        status=status,
        importance=importance,
        rank=0,
        targets=tuple(target.path for target in naming),
        cv_terms=_terms(cv_mentions),
        target_terms=_terms(target_mentions),
        related_in_cv=related_ids,
        years=years,
        worded_alike=worded_alike,
        evidence=evidence,
        shortfall=shortfall,
        months_shown=months_shown,
        months_asked=months_asked,
    )


def _importance(naming: Sequence[SkillProfile], skill_id: str) -> Requirement:
    """The strongest requirement across the ads; a successful candidate's profile only mentions."""
    levels = {target.requirement_of(skill_id) if target.kind == "ad" else "mentioned" for target in naming}
    return next(level for level in REQUIREMENT_ORDER if level in levels)


def _terms(mentions: Iterable[Mention]) -> tuple[str, ...]:
    terms: dict[str, str] = {}
    for mention in mentions:
        terms.setdefault(" ".join(mention.text.split()).lower(), " ".join(mention.text.split()))
    return tuple(terms.values())


def _evidence(source: str, path: str, mention: Mention) -> Evidence:
    return Evidence(
        source=source,
        path=path,
        skill_id=mention.skill_id,
        text=mention.text,
        sentence=mention.sentence,
        page=mention.page,
        line=mention.line,
        section=mention.section,
        start=mention.start,
        end=mention.end,
        requirement=mention.requirement if source == "target" else None,
        years=mention.years,
        match=mention.match,
        in_progress=mention.in_progress,
        lapsed=mention.lapsed,
        period=mention.period,
    )


def _rank_key(gap: SkillGap) -> tuple:
    mentions = sum(1 for e in gap.evidence if e.source == "target")
    # Gaps (missing or only related) before matches; among gaps, a required skill the CV only comes close to
    # still outranks a preferred one it lacks.
    return (
        gap.status == "matched",
        REQUIREMENT_ORDER.index(gap.importance),
        _STATUS_ORDER[gap.status],
        -len(gap.targets),
        -mentions,
        gap.label.lower(),
        gap.id,
    )


def _summary(target: SkillProfile, skills: Sequence[SkillGap]) -> TargetSummary:
    """Score = weighted share of the target's skills the CV shows (related counts half), 0-100."""
    by_id = {gap.id: gap for gap in skills}
    total = 0.0
    earned = 0.0
    for skill in target.skills:
        weight = IMPORTANCE_WEIGHT[target.requirement_of(skill.id) if target.kind == "ad" else "mentioned"]
        total += weight
        earned += weight * STATUS_CREDIT[by_id[skill.id].status]
    score = round(100 * earned / total) if total else None
    return TargetSummary(path=target.path, kind=target.kind, score=score, skills=len(target.skills))


def _suggestions(skills: Sequence[SkillGap], targets: Sequence[SkillProfile], taxonomy: Taxonomy) -> list[Suggestion]:
    """One suggestion per gap (add, highlight) and per matched skill worded differently (reword), by rank."""
    kinds = {target.path: target.kind for target in targets}
    several = len(targets) > 1
    # The labels of the skills reported: a candidate's is its wording ("Kawneer"), which no taxonomy knows.
    labels = {gap.id: gap.label for gap in skills}
    suggestions = []
    for gap in skills:
        source = _source_phrase(gap, kinds, several)
        cv_words = " / ".join(f'"{term}"' for term in gap.cv_terms)
        target_word = gap.target_terms[0]
        if gap.status == "missing":
            years = f" ({_duration(gap.months_asked)}+)" if gap.months_asked else ""
            text = (
                f"{source}{years}. If you have it, add it to your CV with an example of where you used it; "
                "if not, it is a gap to close."
            )
            suggestions.append(Suggestion("add", gap.id, text))
        elif gap.status == "unstated":
            text = (
                f"{source}. Your CV does not name it. If what you did shows it, say so in words beside that example: "
                "a quick reader or a keyword search will not infer it."
            )
            suggestions.append(Suggestion("add", gap.id, text))
        elif gap.status == "related" and gap.shortfall is not None:  # in progress, or a lower level than asked
            text = f"{source}; your CV shows {cv_words}" + _SHORTFALL_ADVICE[gap.shortfall].format(
                duration=_duration(gap.months_shown or 0), label=gap.label
            )
            suggestions.append(Suggestion("highlight", gap.id, text))
        elif gap.status == "related" and not gap.related_in_cv:  # described in other words
            text = (
                f"Your CV describes {gap.label} as {cv_words} where {_names(gap.targets, kinds, several)} "
                f'"{target_word}". Name it so that keyword screening and a quick reader see the match.'
            )
            suggestions.append(Suggestion("reword", gap.id, text))
        elif gap.status == "related":
            shown = ", ".join(labels.get(related) or taxonomy[related].label for related in gap.related_in_cv)
            text = (
                f"{source}; your CV shows {shown}. {_if_you_have(gap)}, name it; if not, present {shown} as the "
                "closest experience."
            )
            suggestions.append(Suggestion("highlight", gap.id, text))
        elif not gap.worded_alike and all(e.match == "fuzzy" for e in gap.evidence if e.source == "cv"):
            text = (
                f'Your CV writes {cv_words}, read as {gap.label}; the usual spelling is "{target_word}". Correct '
                "it: a keyword search does not find a misspelt name."
            )
            suggestions.append(Suggestion("reword", gap.id, text))
        elif not gap.worded_alike:
            text = (
                f'Your CV says {cv_words} where {_names(gap.targets, kinds, several)} "{target_word}". '
                f'Use "{target_word}" so that keyword screening and a quick reader see the match.'
            )
            suggestions.append(Suggestion("reword", gap.id, text))
    return suggestions


def _if_you_have(gap: SkillGap) -> str:
    verb = {"certification": "hold", "language": "speak", "soft_skill": "can show"}.get(gap.type, "have used")
    return f"If you {verb} {gap.label}"


_LEVEL_WORDS: dict[str, str] = {"required": "required", "preferred": "a plus", "mentioned": "mentioned"}


def _source_phrase(gap: SkillGap, kinds: dict[str, str], several: bool) -> str:
    """Where the skill is asked for, quoting the first sentence: 'Apache Airflow is required in the ad: "..."'."""
    first = next(e for e in gap.evidence if e.source == "target")
    ads = [path for path in gap.targets if kinds[path] == "ad"]
    profiles = [path for path in gap.targets if kinds[path] == "profile"]
    if ads:
        phrase = f'{gap.label} is {_LEVEL_WORDS[gap.importance]} in {_describe(ads, "ad", several)}: "{first.sentence}"'
        if profiles:
            phrase += f"; {_describe(profiles, 'profile', several)} shows it too"
        return phrase
    return f'{_capital(_describe(profiles, "profile", several))} shows {gap.label}: "{first.sentence}"'


def _names(paths: Sequence[str], kinds: dict[str, str], several: bool) -> str:
    """'the ad says', 'the ad and the successful candidate's profile say'."""
    ads = [p for p in paths if kinds[p] == "ad"]
    profiles = [p for p in paths if kinds[p] == "profile"]
    parts = [_describe(group, kind, several) for group, kind in ((ads, "ad"), (profiles, "profile")) if group]
    verb = "says" if len(paths) == 1 else "say"
    return f"{' and '.join(parts)} {verb}"


def _describe(paths: Sequence[str], kind: str, several: bool) -> str:
    noun = "the ad" if kind == "ad" else "the successful candidate's profile"
    if len(paths) > 1:
        return f"{len(paths)} {'ads' if kind == 'ad' else 'profiles'}"
    return f"{noun} ({_short(paths[0])})" if several else noun


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
