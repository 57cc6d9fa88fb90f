"""Acronyms a document defines for itself: "the Center for Protein Research (CPR)" makes every "CPR" in it the
centre, not cardiopulmonary resuscitation; "a Partner Success Manager (PSM)" is no Professional Scrum Master;
"an AI (artificial insemination) course" is no artificial intelligence.

A definition is a run of words whose initials spell the acronym, right before it in parentheses, or in
parentheses right after it. When that run names none of the skills the acronym was matched as (neither as a
skill span of the same label nor by a form close to the skill's names), the acronym stands for something else
throughout the document. A sentence that first names a thing in capitalised words and then shortens it defines
it too, for that sentence: "as Authorised Person (MGPS) following an HTM 02-01 AP course" is no accounts payable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz
from spacy.tokens import Span

from skillgap.nlp.doc_data import doc_text, sentence_bounds, token_strings
from skillgap.nlp.normalise import is_acronym_plural
from skillgap.taxonomy import Taxonomy

# Words a definition skips when its initials are read: "Center for Protein Research (CPR)"; the small words inside a
# name ("Child in Need").
SMALL_WORDS = frozenset({"of", "for", "and", "&", "the", "in", "on", "to", "-"})
_MIN_LETTERS, _MAX_LETTERS = 2, 6
# Spelt out anywhere in a text (`spelt_out`, `initialisms`): an acronym shorter is too often another's ("PM", "CS").
_MIN_SPELT = 3
_IN_PARENTHESES = re.compile(r"\(\s*([A-Z]{2,6}s?)\s*\)")  # or a plural: "statistical analysis plans (SAPs)"
# An acronym spelt out after it: "AI (artificial insemination)".
_PARENTHESES_AFTER = re.compile(r"\s*\(([^()\n]{3,80})\)")
# How close a definition must be to a name of the skill to be that skill ("Centre" for "Center").
_SAME_NAME_SCORE = 85
# Or this share of the definition's words in one of the skill's names.
_SHARED_WORDS_NUMERATOR, _SHARED_WORDS_DENOMINATOR = 2, 3


def acronyms_of_other_things(spans: Iterable[Span], taxonomy: Taxonomy) -> frozenset[str]:
    """The acronyms among `spans` (one Doc's skill spans) that the document defines as something other than the
    skills they were matched as."""
    spans = list(spans)
    if not spans:
        return frozenset()
    doc = spans[0].doc
    texts, _ = token_strings(doc)
    acronym_labels: dict[str, set[str]] = {}
    acronym_spans: list[Span] = []
    for span in spans:
        if span.end - span.start != 1:
            continue  # an acronym is one token
        text = texts[span.start]
        letters = _letters(text)
        if _MIN_LETTERS <= len(letters) <= _MAX_LETTERS and letters.isalpha() and letters.isupper():
            acronym_labels.setdefault(text, set()).add(span.label_)
            acronym_spans.append(span)
    if not acronym_labels:
        return frozenset()
    others = set()
    for match in _IN_PARENTHESES.finditer(doc_text(doc)):
        acronym = match.group(1)
        inside = doc.char_span(match.start(1), match.end(1)) if acronym in acronym_labels else None
        if inside is None or len(inside) != 1:
            continue
        k = inside.start - 1  # the opening parenthesis
        if k < 1 or texts[k] != "(":
            continue
        start = _definition_start(texts, k, _letters(acronym))
        if start is None:
            continue
        labels = acronym_labels[acronym]
        if any(span.label_ in labels and span.start < k and start < span.end for span in spans):
            continue  # the definition is the skill itself: "Amazon Web Services (AWS)"
        definition = " ".join(texts[start:k]).lower()
        if any(_names(definition, taxonomy, label) for label in labels):
            continue
        others.add(acronym)
    text_of_doc = doc_text(doc)
    for acronym_span in acronym_spans:  # read where the acronyms stand: most documents have few
        acronym = texts[acronym_span.start]
        match = _PARENTHESES_AFTER.match(text_of_doc, acronym_span.end_char)
        if match is None or acronym in others or not _spells(match.group(1), _letters(acronym)):
            continue
        definition = " ".join(match.group(1).split()).lower()
        labels = acronym_labels[acronym]
        defined_span = (match.start(1), match.end(1))
        if any(
            span.label_ in labels and span.start_char < defined_span[1] and defined_span[0] < span.end_char
            for span in spans
        ):
            continue  # "AWS (Amazon Web Services)"
        if not any(_names(definition, taxonomy, label) for label in labels):
            others.add(acronym)
    return frozenset(others)


def spelt_out_before_as_other_things(
    spans: Iterable[Span], taxonomy: Taxonomy, backed: Callable[[Span], bool]
) -> frozenset[int]:
    """The starts of the acronyms among `spans` (one Doc's skill spans) whose sentence spells them out before them,
    in capitalised words that name none of the skills they were matched as: "AP" in "as Authorised Person (MGPS)
    following an HTM 02-01 AP course". Not "Accounts Payable team; AP invoices", the skill itself; nor an acronym
    that `backed` says its sentence speaks of the skill's field around, or that the document uses elsewhere without
    such words before it: a name's initials may be a coincidence ("Every item on Maison Lumen [...] a fascinating ML
    problem" in an ad that asks for "ML systems")."""
    spans = list(spans)
    spelt: list[tuple[int, str]] = []  # (start, acronym)
    used_plainly: set[str] = set()
    for span in spans:
        if span.end - span.start != 1:
            continue
        doc = span.doc
        acronym = token_strings(doc)[0][span.start]
        letters = _letters(acronym)
        if not (_MIN_LETTERS <= len(letters) <= _MAX_LETTERS and letters.isalpha() and letters.isupper()):
            continue
        # Within its sentence, and within reach: a name spelt out far before is no definition (and a line of a
        # thousand acronyms is read in linear time).
        sentence_start = max(doc[sentence_bounds(doc, span.start)[0]].idx, span.start_char - _SPELT_REACH)
        before = doc_text(doc)[sentence_start : span.start_char]
        place = _spelt_in_words(before, letters)
        if place is None or _names(before[place[0] : place[1]].lower(), taxonomy, span.label_):
            used_plainly.add(acronym)
            continue
        run = (sentence_start + place[0], sentence_start + place[1])
        if backed(span) or any(
            other.label_ == span.label_ and other.start_char < run[1] and run[0] < other.end_char for other in spans
        ):
            # words of its field around it, or the run is the skill itself: "Chartered Member of the Landscape
            # Institute (CMLI)"
            used_plainly.add(acronym)
            continue
        spelt.append((span.start, acronym))
    return frozenset(start for start, acronym in spelt if acronym not in used_plainly)


def _spelt_in_words(text: str, letters: str) -> tuple[int, int] | None:
    """Where `text` spells `letters` in consecutive words in title case, one word a letter, small words between them
    skipped ("Authorised Person" for "AP"): the characters of the run, or None. Stricter than `spelt_out`: a
    pronoun, a small word or a code ("I'm the", "AX 2012 R3") spells nothing."""
    words = [(match.group(), match.start(), match.end()) for match in _WORD_OR_MARK.finditer(text)]
    for first in range(len(words)):
        k, letter = first, 0
        while k < len(words) and letter < len(letters):
            word = words[k][0]
            if _NAME_WORD.fullmatch(word) and word[0] == letters[letter]:
                letter += 1
            elif letter == 0 or word.lower() not in SMALL_WORDS:
                break
            k += 1
        if letter == len(letters):
            return words[first][1], words[k - 1][2]
    return None


_SPELT_REACH = 120  # characters before an acronym where its sentence may spell it out
_WORD_OR_MARK = re.compile(r"[\w'’&]+|[^\w\s]")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’]s)?")


def _letters(acronym: str) -> str:
    """The letters of an acronym, without the "s" of its plural: "SAPs" -> "SAP"."""
    return acronym[:-1] if is_acronym_plural(acronym) else acronym


def _spells(words: str, acronym: str) -> bool:
    """Whether the initials of `words`, all of them but the small words a definition skips, spell `acronym`."""
    letters = list(acronym.lower())
    for word in re.split(r"[\s-]+", words.strip()):
        if letters and word[:1].lower() == letters[0]:
            letters.pop(0)
        elif word.lower() not in SMALL_WORDS:
            return False
    return not letters


def _definition_start(texts: list[str], parenthesis: int, acronym: str) -> int | None:
    """The first token of the words before `parenthesis` whose initials spell `acronym`, if they do."""
    letters = acronym.lower()
    k = parenthesis - 1
    for letter in reversed(letters):
        # A small word counts when its letter is in the acronym ("Department of Energy (DOE)"), else is skipped
        # ("Center for Protein Research (CPR)").
        while k >= 0 and texts[k][:1].lower() != letter and texts[k].lower() in SMALL_WORDS:
            k -= 1
        if k < 0 or not texts[k][:1].isalpha() or texts[k][0].lower() != letter:
            return None
        k -= 1
    return k + 1


def _names(definition: str, taxonomy: Taxonomy, skill_id: str) -> bool:
    """Whether `definition` is close to the label or an alias of the skill, or to a part of a longer one
    ("Accredited Checking Pharmacy Technician" in "Accredited Checking Pharmacy Technician accreditation"; not
    "Protein Research" for "research", a part of the definition), or sharing most of its words with one."""
    if skill_id not in taxonomy:
        return False
    skill = taxonomy[skill_id]
    words = set(definition.split()) - SMALL_WORDS
    for name in (skill.label, *skill.aliases):
        name = name.lower()
        if fuzz.ratio(definition, name) >= _SAME_NAME_SCORE:
            return True
        if len(name) > len(definition) and fuzz.partial_ratio(definition, name) >= _SAME_NAME_SCORE:
            return True
        # Most of its words in one name: "Programme Management Office (PMO)" for "Project Management Office".
        if len(words & set(name.split())) * _SHARED_WORDS_DENOMINATOR >= len(words) * _SHARED_WORDS_NUMERATOR:
            return True
    return False


def initialisms(words: Sequence[str]) -> frozenset[str]:
    """The acronyms a name's words make, in capitals, of three letters or more: their initials, with and without the
    small words a definition may skip ("Approved Code of Practice" -> "ACOP", "ACP"; "real ear measurement" ->
    "REM")."""
    words = [word for word in words if word[:1].isalpha()]
    every = "".join(word[0] for word in words).upper()
    without_small = "".join(word[0] for word in words if word.lower() not in SMALL_WORDS).upper()
    return frozenset(acronym for acronym in (every, without_small) if _MIN_SPELT <= len(acronym) <= _MAX_LETTERS)


def spelt_out(text: str, acronym: str, *, min_letters: int = _MIN_SPELT) -> tuple[int, int] | None:
    """Where `text` spells out `acronym` in capitalised words ("British Society of Audiology" for "BSA", "Approved
    Code of Practice" for "ACOP"): the characters of the run, or None. A small word counts for its letter or is
    skipped."""
    if len(acronym) < min_letters:
        return None
    words = [(match.group(), match.start(), match.end()) for match in _TITLE_WORD.finditer(text)]
    letters = acronym.lower()
    for first, (word, start, _) in enumerate(words):
        if word[0] == acronym[0]:  # a capital: the run opens with a name's word, not a small one
            last = _spelt_from(words, first + 1, letters[1:])
            if last is not None:
                return start, words[last][2]
    return None


def _spelt_from(words: list[tuple[str, int, int]], k: int, letters: str) -> int | None:
    """The index of the last word of a run from word `k` whose capitalised initials spell `letters`, or None."""
    if not letters:
        return k - 1
    if k >= len(words):
        return None
    word = words[k][0]
    small = word.lower() in SMALL_WORDS
    if word[0].lower() == letters[0] and (word[0].isupper() or small):
        last = _spelt_from(words, k + 1, letters[1:])
        if last is not None:
            return last
    # A small word between the capitalised ones is skipped: "Society of Audiology".
    return _spelt_from(words, k + 1, letters) if small else None


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’]*|&")
