"""People the writer directs: a verb of managing, leading or training followed by the people it acts on names a
skill. "Supervised 8 warehouse operatives" is people management, "Train commis chefs and apprentices" developing
others, "Lead a night shift of 30-35 associates" leadership.

The taxonomy's forms name such skills with a few fixed objects ("manage a team", "supervise staff"); a CV names
the people themselves, with a number and words that describe them. The verbs and the skills they name are in
models/lexicons/people_verbs.txt, the people in models/lexicons/staff_nouns.txt. A verb's object is read without
a parser, from the words up to its people: numbers, determiners and a few describing words ("up to 40", "a
night shift of", "four department"), within one clause. A verb written as a modifier is no verb here: "highly
trained staff", "Managing Director", "Training Officers", "Lead Engineer".
"""

from __future__ import annotations

import functools

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.doc_data import SPANS_KEY, token_strings
from skillgap.nlp.words import POSSESSIVE_MARKS
from skillgap.taxonomy.load import read_lexicon

PEOPLE_VERBS_FILE = "people_verbs.txt"
STAFF_NOUNS_FILE = "staff_nouns.txt"

_REACH = 9  # tokens from the verb to the last of its people: "Lead a night shift of 30 - 35 associates"
_MAX_DESCRIBING_WORDS = 3  # "four department managers", "warehouse operatives", "commis chefs"
# Words of number and determination between a verb and its people: "all new starters", "up to 40 operatives".
_QUANTITY_WORDS = frozenset(
    {"a", "an", "the", "our", "my", "his", "her", "their", "its", "your", "all", "new", "over"}
    | {"around", "about", "approximately", "approx", "circa", "c.", "some", "several", "more", "than"}
    | {"each", "every", "both", "+", "-", "–", "~"}
)
# A group of people; with "of" it leads to them or to their number: "a team of 12", "a night shift of 30-35 associates".
_GROUP_NOUNS = frozenset(
    {"team", "shift", "crew", "brigade", "squad", "group", "cohort", "department", "unit", "workforce", "pool"}
)
# Words that make a verb just before them a modifier ("highly trained staff", "the managed workforce").
_MODIFIED_AFTER = frozenset(
    {"a", "an", "the", "our", "your", "their", "my", "his", "her", "its", "fully", "highly", "well"}
    | {"newly", "properly", "suitably", "appropriately", "adequately", "all", "be", "been", "being"}
    | {"is", "are", "was", "were", "self"}
)
# Verbs that are also nouns or adjectives before a person ("Lead Engineer", "Head Chef"): only with words between.
_NOT_DIRECTLY = frozenset(["lead", "head"])
# A verb after a hyphen is part of a compound ("self-managed teams"), except after these: "line-managed".
_HYPHEN_PREFIXES = frozenset(["line", "co"])
_JOINERS = frozenset([",", "and", "&", "/", "or"])


@functools.cache
def people_verbs() -> dict[str, str]:
    """Verb form -> the skill the verb names with people as its object: each verb's base form, and the forms
    listed beside it that the lemma table does not lead back to it."""
    verbs = {}
    for line in read_lexicon(PEOPLE_VERBS_FILE):
        verb, skill_id, *forms = line.split()
        verbs |= dict.fromkeys([verb, *forms], skill_id)
    return verbs


@functools.cache
def staff_nouns() -> frozenset[str]:
    return read_lexicon(STAFF_NOUNS_FILE)


def _plural(noun: str) -> str:
    return noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun + "s"


@functools.cache
def staff_words() -> frozenset[str]:
    """The one-word staff nouns as written, and their plurals: a person named by one token ("by the agent", "by
    contractors")."""
    return frozenset(form for noun in staff_nouns() if " " not in noun for form in (noun, _plural(noun)))


@Language.factory("people_skills", assigns=["doc.spans"], requires=["doc.spans", "token.norm"])
def make_people_skills(nlp: Language, name: str) -> PeopleSkills:
    return PeopleSkills(nlp)


class PeopleSkills:
    """Adds a skill span from a verb of people_verbs.txt to the people it acts on, where no span of that skill is
    there already."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @functools.cached_property
    def _lexicon(self) -> tuple[numpy.ndarray, dict[int, str], frozenset[int], frozenset[tuple[int, int]]]:
        """The verbs' norm hashes (sorted, for a search over a Doc's norms) and their skills, and the staff nouns'
        norm hashes: single words, and pairs of words. Normalised as tokens are ("supervise" -> "supervize",
        "labourer" -> "laborer"); verbs whose skill the taxonomy lacks are left out."""
        normalise = self.nlp.get_pipe("skill_normalizer").normalise
        taxonomy = self.nlp.get_pipe("skill_matcher").taxonomy
        strings = self.nlp.vocab.strings
        skills = {
            strings.add(normalise(verb)): skill_id for verb, skill_id in people_verbs().items() if skill_id in taxonomy
        }
        single: set[int] = set()
        pairs: set[tuple[int, int]] = set()
        for noun in staff_nouns():
            # By the plural too: the lemma table reads a lone "fitter" as the adjective ("fit"), "fitters" as fitter.
            *first, last = noun.split()
            for person in (last, _plural(last)):
                words = [strings.add(normalise(word)) for word in (*first, person)]
                if len(words) == 1:
                    single.add(words[0])
                else:
                    pairs.add((words[0], words[1]))
        return numpy.array(sorted(skills), dtype="uint64"), skills, frozenset(single), frozenset(pairs)

    def __call__(self, doc: Doc) -> Doc:
        verb_hashes, skills, single, pairs = self._lexicon
        if not len(verb_hashes) or not len(doc):
            return doc
        norms = doc.to_array("NORM")
        at = numpy.searchsorted(verb_hashes, norms).clip(max=len(verb_hashes) - 1)
        places = numpy.flatnonzero(verb_hashes[at] == norms)
        if not len(places):
            return doc
        texts, whitespace = token_strings(doc)
        found = []
        for k in places.tolist():
            if texts[k].isalpha() and not self._modified(doc, texts, whitespace, k):
                end = self._people_end(doc, texts, norms, k, skills, single, pairs)
                if end is not None:
                    found.append((k, end, skills[int(norms[k])]))
        if not found:
            return doc
        spans = list(doc.spans.get(SPANS_KEY, []))  # read only when needed: a span group makes new Span objects
        added: list[Span] = []
        for k, end, skill_id in found:
            # Not where a form of the taxonomy says it already ("Managed a team of 12"), nor inside another skill,
            # nor inside the last one added of the same skill ("supervise, appraise and develop staff": one mention
            # of people management, one of developing others).
            if any(
                (span.label_ == skill_id and span.start < end and k < span.end) or span.start <= k < span.end
                for span in spans
            ) or (added and added[-1].label_ == skill_id and k < added[-1].end):
                continue
            added.append(Span(doc, k, end, label=skill_id))
        if added:
            doc.spans[SPANS_KEY] = sorted([*spans, *added], key=lambda span: (span.start, span.end))
        return doc

    @staticmethod
    def _modified(doc: Doc, texts: list[str], whitespace: list[str], k: int) -> bool:
        """Whether the verb at `k` is written as a modifier or inside a compound: "highly trained staff", "the
        managed workforce", "self-managed teams"."""
        if k == 0:
            return False
        before = texts[k - 1].lower()
        if before in ("-", "–") and not whitespace[k - 1]:
            return k < 2 or texts[k - 2].lower() not in _HYPHEN_PREFIXES
        past = texts[k].lower().endswith("ed") or texts[k].lower() in ("led", "oversaw", "overseen")
        return past and before in _MODIFIED_AFTER

    @staticmethod
    def _people_end(
        doc: Doc,
        texts: list[str],
        norms: numpy.ndarray,
        k: int,
        skills: dict[int, str],
        single: frozenset[int],
        pairs: frozenset[tuple[int, int]],
    ) -> int | None:
        """The end of the people the verb at `k` acts on, or None when its object is something else."""
        n = len(texts)
        j = k + 1
        between = 0  # words between the verb and its people
        describing = 0
        joined = False  # past a second verb of the same people: "supervising and motivating staff"
        counted = False  # a number or a determiner: a singular person will do ("a junior developer")
        group_of_number = None  # "a team of 12": where the group's number ends, if no people follow
        # A person who directs others, then the people after "for" or "of", past the title's letters in brackets:
        # "supervisor for two MA trainees", "Practice Supervisor (SSSA) for student nurses".
        agent = texts[k].lower().endswith(_AGENT_ENDINGS)
        link = k + 4 if agent and k + 3 < n and texts[k + 1] == "(" and texts[k + 3] == ")" else k + 1
        if texts[k].lower().endswith(_ACT_ENDINGS) and (link >= n or texts[link].lower() not in _AGENT_LINKS):
            return None  # the act by its noun needs "of": "Supervision of 8 drivers", not "Waste Management Operatives"
        if texts[k].lower().endswith(_ACT_ENDINGS) and _under_it(texts, k):
            return None  # the writer is the one directed: "Operating ENMAC under supervision of a Control Engineer"
        if link > k + 1:
            j, between = link, 3
        while j < n and j - link < _REACH:
            if doc[j].is_sent_start:
                break
            word = texts[j].lower()
            norm = int(norms[j])
            if word in _JOINERS and between == 0 and j + 1 < n and _a_second_verb(texts, k, j + 1, norms, skills):
                # The people of both verbs: "Recruited and trained 15 volunteers", "supervising and motivating
                # groups of people". Past another verb, the people are no title ("Managing Directors").
                j += 2
                joined = True
                continue
            if norm in single or (j + 1 < n and (norm, int(norms[j + 1])) in pairs):
                last = j + 1 if norm in single else j + 2
                while last < n and (int(norms[last]) in single) and texts[last][:1].isalpha():
                    last += 1  # "team leaders", "Assistant Accountants": the people are the last noun
                if texts[last - 1].lower().endswith("ing") or not _ends_the_object(texts, last):
                    # An activity ("develop the nursing"), or a modifier of what follows: "staff rotas", "our
                    # Volunteer Management programme".
                    return None
                plural = texts[last - 1].lower() != doc[last - 1].norm_ or word in _MASS_NOUNS
                verb = texts[k]
                if (
                    between == 0
                    and not joined
                    and (
                        (
                            verb.lower().endswith("ing")
                            and (verb.istitle() or verb.isupper() or _in_a_noun_phrase(texts, k))
                        )
                        or verb.lower() in _NOT_DIRECTLY
                    )
                ):
                    # "Managing Directors", "Training Officers", "Lead Engineers", "the head chef", "our managing
                    # agents"; a verb in "-ing" in lower case is an activity: "supervising or managing others"
                    return None
                if texts[k].lower() in _WITH_HOW and (last >= n or texts[last].lower() != "how"):
                    return None  # "showed the visitors round"; not "Showed new TAs how to take registers"
                return last if (plural or counted) else None
            if j == link and word in _AGENT_LINKS and agent:
                j += 1  # the person who does it, then the people: "supervisor for two MA trainees"
                between += 1
                continue
            if word == "of" and j > k + 1 and doc[j - 1].norm_ in _GROUP_NOUNS:
                counted = True
                j += 1
                between += 1
                continue
            if word in ("and", "or", "&") and counted and j + 1 < n and any(ch.isdigit() for ch in texts[j + 1]):
                j += 1  # numbers joined: "1st and 2nd year student nurses"
                between += 1
                continue
            if word in ("up", "to"):
                # "up to 40 operatives"; not "Trained to supervise staff"
                if not (word == "up" and j + 1 < n and texts[j + 1].lower() == "to") and texts[j - 1].lower() != "up":
                    break
                counted = True
            elif word in _QUANTITY_WORDS or doc[j].like_num or any(ch.isdigit() for ch in word):
                counted = True
                if doc[j].like_num and j > k + 2 and texts[j - 1].lower() == "of":
                    group_of_number = j + 1
            elif word.isalpha() and word not in STOP_WORDS and describing < _MAX_DESCRIBING_WORDS:
                describing += 1
            else:
                break
            j += 1
            between += 1
        return group_of_number


def _a_second_verb(texts: list[str], k: int, j: int, norms: numpy.ndarray, skills: dict[int, str]) -> bool:
    """Whether the word at `j`, after the verb at `k` and a joiner, is a second verb acting on the same people: one
    of the lexicon's ("Recruited and trained"), or a word in the same form as the verb, both ending in "-ing" or
    both in "-ed" ("supervising and motivating", "Supervised and supported")."""
    if int(norms[j]) in skills:
        return True
    verb, word = texts[k].lower(), texts[j]
    return (
        word.isalpha()
        and word.islower()
        and any(verb.endswith(ending) and word.endswith(ending) for ending in _VERB_ENDINGS)
    )


_VERB_ENDINGS = ("ing", "ed")
# Verbs that direct people only with "how" after them: "Showed new TAs how to take registers on SIMS".
_WITH_HOW = frozenset({"show", "showed", "shown", "showing", "shows"})
# Words between a person who directs others and the people: "supervisor for two MA trainees".
_AGENT_LINKS = frozenset({"for", "of"})
_ACT_ENDINGS = ("ion", "ment")  # the act by its noun: "supervision of", "management of"
_AGENT_ENDINGS = ("or", "ors", "er", "ers", *_ACT_ENDINGS)
# Nouns that name people in any number without a plural: "Managed staff", "Supervised personnel".
_MASS_NOUNS = frozenset(["staff", "people", "personnel", "crew"])


def _under_it(texts: list[str], k: int) -> bool:
    """Whether the act's noun at `k` follows "under", a word or two between: "under (the close) supervision of"."""
    for back in (1, 2, 3):
        if k - back < 0:
            return False
        word = texts[k - back].lower()
        if word == "under":
            return True
        if word not in _UNDER_FILLERS:
            return False
    return False


_UNDER_FILLERS = frozenset({"the", "close", "direct", "his", "her", "their", "my", "our", "a", "clinical"})


def _in_a_noun_phrase(texts: list[str], k: int) -> bool:
    """Whether the word at `k` stands where a noun phrase goes, not an activity: after a determiner or a preposition
    ("our managing agents", "letters from managing agents"), or listed after a noun ("tenants and managing agents";
    not "managing and developing staff", two activities)."""
    before = texts[k - 1].lower() if k > 0 else ""
    if before in _NOUN_PHRASE_OPENERS:
        return True
    return before in ("and", "or", ",") and k > 1 and not texts[k - 2].lower().endswith(_VERB_ENDINGS)


# Words after which an "-ing" word before people is a modifier in a noun phrase: "our managing agents".
_NOUN_PHRASE_OPENERS = frozenset(
    {"the", "our", "their", "your", "his", "her", "its", "my", "a", "an", "from", "with", "to", "by", "for"}
)


def _ends_the_object(texts: list[str], end: int) -> bool:
    """Whether the people end the verb's object: what follows is no noun they describe ("staff rotas", a name's
    next word: "Volunteer Management") nor owns ("the engineers' rota")."""
    if end >= len(texts):
        return True
    following = texts[end]
    if following in POSSESSIVE_MARKS:
        return False
    lower = following.lower()
    if lower == "day" and end + 1 < len(texts) and texts[end + 1].lower() in ("to", "-", "–"):
        return True  # "day to day" says how often: "Supervised our AAT apprentice day to day"
    same_case = following.islower() or (following.istitle() and texts[end - 1].istitle())
    return not (following.isalpha() and same_case and lower not in STOP_WORDS and not lower.endswith(("ly", "ed")))
