"""Fuzzy skill matching: variants and typos of the taxonomy's names, with rapidfuzz."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA, Editops, Levenshtein
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.doc_data import FORM_TOKENS_KEY, SPANS_KEY, SpanValues, inside_organisation_name, token_strings
from skillgap.nlp.matcher import longest_spans, places_written_out
from skillgap.nlp.normalise import is_acronym_plural, letters_and_digits
from skillgap.nlp.words import GOOD_AT, word_ranks


@Language.factory(
    "fuzzy_skill_matcher",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"min_length": 5, "long_length": 12},
)
def make_fuzzy_matcher(nlp: Language, name: str, min_length: int, long_length: int) -> FuzzySkillMatcher:
    return FuzzySkillMatcher(nlp, min_length=min_length, long_length=long_length)


class FuzzySkillMatcher:
    """Reads variants and typos of the taxonomy's names as the skill: split or joined words and stray punctuation
    ("Word Press", "Git Hub", "CI CD", "React.JS"), and typos of longer names ("Kubernates", "Postgress").

    Words the exact matcher left over are compared on a compact key: lower case, letters and digits only, so
    that spacing and punctuation do not count. Equal keys match. Otherwise a typo is allowed in keys of at least
    `min_length` characters that hold a word that is not common English: one edit (two from `long_length`
    characters), a swap of neighbours counting as one, against forms with the same first letter, and only
    when one skill is that close. Short names (Java, SAS, React) are never matched by a typo: one letter there
    makes another word; nor are acronyms inside a longer name ("UKAS accredited" is not "UKCP accredited"),
    nor words the lemma table knows as an inflected English word ("Dales" is no misspelt Dalet). A name written
    in mixed case is spelt as its owner writes it: it is read as a typo only of another such name ("JavaScipt"),
    not of words written apart ("OData" is no misspelt "OS Data"); nor is any one word a typo of a name written
    in two ("Redbrook" / "Red Book"). An acronym is not read as misspelt from a word in Title Case ("Cifas" is no
    CIVAS, "Elias" no ELISA). A digit is never a typo ("authz" / Auth0). Nor is a shorter name that reads
    as a person's, a place's or an employer's ("Niamh Walsh", "St Clare's", "five years at Monzo"). In a key of
    fewer than eight characters a changed letter is a typo only when it is a slip of the hand or the ear (a key
    beside the right one, another vowel, a letter that sounds alike): "Monzo" is no Mongo wherever it stands.
    """

    def __init__(self, nlp: Language, *, min_length: int, long_length: int) -> None:
        self.nlp = nlp
        self.min_length = min_length
        self.long_length = long_length
        self.exact_keys: dict[str, str] = {}
        self.slashed_keys: frozenset[str] = frozenset()
        self.mixed_case_keys: frozenset[str] = frozenset()
        self.acronym_keys: frozenset[str] = frozenset()
        self.places: frozenset[str] = frozenset()
        self.one_word_keys: frozenset[str] = frozenset()
        self.buckets: dict[tuple[str, int], list[str]] = {}
        self.common: frozenset[str] = frozenset()
        self.lemma_of: Callable[[str, str], str] = lambda word, default: default
        self._words: dict[str, _Word] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        from skillgap.nlp.words import common_words

        self.common = common_words()
        self.lemma_of = (nlp or self.nlp).get_pipe("skill_normalizer").lemma_table.get
        self._words = {}
        taxonomy = (nlp or self.nlp).get_pipe("skill_matcher").taxonomy
        owners: dict[str, set[str]] = {}
        for pattern in taxonomy.patterns:
            key = _compact(pattern.text)
            if pattern.mode == "norm" and len(key) >= _MIN_KEY:
                owners.setdefault(key, set()).add(pattern.skill_id)
        # A key two skills share stays out: a variant of it could not say which skill it means.
        self.exact_keys = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}
        # Names written with a slash inside ("CI/CD", "PL/SQL"): elsewhere a slash parts two things ("HL/SL").
        self.slashed_keys = frozenset(_compact(pattern.text) for pattern in taxonomy.patterns if "/" in pattern.text)
        # As curated: the variants made from "OS data" include "OSdata".
        curated = [form for skill in taxonomy for form in (skill.label, *skill.aliases)]
        self.mixed_case_keys = frozenset(_compact(form) for form in curated if form.isalnum() and _mixed_case(form))
        # Acronyms: keys all of whose curated forms are written in capitals ("CIVAS").
        cased: dict[str, bool] = {}
        for form in curated:
            key = _compact(form)
            cased[key] = cased.get(key, True) and form.isupper()
        self.acronym_keys = frozenset(key for key, upper in cased.items() if upper)
        self.one_word_keys = frozenset(_compact(form) for form in curated if " " not in form)
        # By first letter and length: a typo is tried only against keys it could be within reach of. Not a
        # language's shorter names: "Hakko" is a soldering iron, no misspelt Hakka.
        languages = {skill.id for skill in taxonomy if skill.type == "language"}
        self.buckets = {}
        for key in self.exact_keys:
            if len(key) >= self.min_length and not (
                self.exact_keys[key] in languages and len(key) < _LANGUAGE_TYPO_MIN_LENGTH
            ):
                self.buckets.setdefault((key[0], len(key)), []).append(key)
        self.places = places_written_out()

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact_keys:
            self.initialize()
        existing = list(doc.spans.get(SPANS_KEY, []))
        # A glued word the exact matcher already read whole, as the same skill, stays exact: "data-entry" is a
        # spelling of "data entry" (the taxonomy lists the hyphenated forms), no near-variant of it.
        exact_bounds = {(span.start, span.end, span.label) for span in existing}
        glued = [span for span in self._glued_names(doc) if (span.start, span.end, span.label) not in exact_bounds]
        for span in glued:
            SpanValues(doc).set(span, "fuzzy", True)  # as `span._.fuzzy = True`, without its accessor
        if glued:
            # "Vue.JS" is one written word for Vue.js, not "Vue" and JavaScript ("JS"): the whole word wins.
            outside = [s for s in existing if not any(g.start <= s.start and s.end <= g.end for g in glued)]
            existing = longest_spans(outside + glued)
        covered = {i for span in existing for i in range(span.start, span.end)}
        # A word that is itself a form of some skill (kept or not) is no typo of another: "Aruba" is not a
        # misspelt "Ariba". It can still be part of a name written apart ("Word Press").
        forms = set(doc.user_data.get(FORM_TOKENS_KEY, ()))
        texts, _ = token_strings(doc)
        found: list[Span] = []
        # The forms close to each key, searched once per Doc: a name is often repeated ("Brightwater Analytics").
        closest: dict[str, list[str]] = {}
        exact_keys = self.exact_keys
        for start, end, key, uncommon in self._candidates(doc, covered):
            if not uncommon and key not in exact_keys:
                continue  # no form's key, and no typo without an uncommon word: `_lookup` would find nothing
            if forms.issuperset(range(start, end)):
                continue  # a form the exact matcher read, kept or set aside ("Ability to communicate in Welsh")
            mixed_case = end - start == 1 and _mixed_case(texts[start])
            skill_id = self._lookup(key, texts, start, end, uncommon, closest, mixed_case)
            if (
                skill_id is not None
                and end - start == 1
                and key not in self.exact_keys
                and len(key) < self.long_length
                and self._in_a_name(texts, start, covered | forms, closest)
            ):
                continue  # "contact Niamh Walsh", "St Clare's", "five years at Monzo": no Welsh, Clari or MongoDB
            if skill_id is not None and not inside_organisation_name(doc[start:end]):
                span = Span(doc, start, end, label=skill_id)
                SpanValues(doc).set(span, "fuzzy", True)  # as `span._.fuzzy = True`, without its accessor
                found.append(span)
        if found or glued:
            kept = longest_spans(existing + found)  # longest first; exact spans are never covered by these
            doc.spans[SPANS_KEY] = sorted(kept, key=lambda span: span.start)
        return doc

    def _parted_by_slashes(self, texts: list[str], key: str) -> bool:
        """Whether tokens `texts` are short abbreviations listed with slashes ("History HL/SL": higher and standard
        level, no HLSL), not the parts of one name: each two letters at most, and no name of that key is written with
        a slash ("A/B testing"). Longer parts may be one name's, in another spelling ("Given/When/Then",
        "R/Bioconductor")."""
        return (
            "/" in texts
            and key not in self.slashed_keys
            and all(len(text) <= _SHORT_PART for text in texts if text != "/")
        )

    def _glued_names(self, doc: Doc) -> list[Span]:
        """Names the tokenizer split inside one written word ("Vue.JS", "Node.JS", "C#.NET"): runs of tokens
        with no space between them, joined by punctuation, whose compact key is a known form."""
        texts, spaces = token_strings(doc)
        found = []
        runs_seen: set[int] = set()
        # Every such name holds a joining mark: only the runs around one are read (most tokens are plain words).
        for k in itertools.compress(range(len(texts)), map(_JOINING_PUNCTUATION.__contains__, texts)):
            i = k
            while i > 0 and not spaces[i - 1] and not texts[i - 1].isspace():
                i -= 1
            if i in runs_seen:
                continue
            runs_seen.add(i)
            end = i
            while not spaces[end] and end + 1 < len(texts) and not texts[end + 1].isspace():
                end += 1
            last = end
            while last > i and not texts[last][-1:].isalnum():
                last -= 1  # "React.JS," ends at "JS"
            run = range(i, last + 1)
            if (
                len(run) >= 3
                and texts[i][:1].isalnum()
                and all(texts[j][:1].isalnum() or texts[j] in _JOINING_PUNCTUATION for j in run)
                and any(texts[j] in _JOINING_PUNCTUATION for j in run)
            ):
                key = _compact("".join(texts[j] for j in run))
                skill_id = self.exact_keys.get(key)
                if skill_id is not None and not self._parted_by_slashes(texts[i : last + 1], key):
                    found.append(Span(doc, i, last + 1, label=skill_id))
        return found

    def _candidates(self, doc: Doc, covered: set[int]):
        """(start, end, compact key, holds an uncommon word) for runs of 1-4 uncovered tokens on one line that
        start and end with a letter or digit. Worked on plain strings: Token objects make Python loops slow."""
        texts, spaces = token_strings(doc)
        words = list(map(self._words.get, texts))  # the common case, as one C-level pass
        for i in [i for i, word in enumerate(words) if word is None]:
            words[i] = self._word(texts[i])
        # A window starts on a word or number outside the skills found. A run of lower-case common words ("on
        # time") is no name written apart: only one-word typos there.
        opening = itertools.compress(range(len(words)), map(_OPENS, words))
        for i in [i for i in opening if i not in covered]:
            key = ""
            uncommon = False
            for k in range(i, min(i + _MAX_WINDOW, len(texts))):  # the window's last token
                word = words[k]
                if k in covered or not word.joins or (k > i and "\n" in spaces[k - 1]):
                    break  # brackets and commas end a name: "( MIB ) is" is not "MIBiS"
                if texts[k] == "." and spaces[k]:
                    break  # a full stop ends a sentence: "Kitchen Porter. Duties" is no "porter duties"
                key += word.key
                uncommon = uncommon or word.uncommon
                if word.ends_name and len(key) >= _MIN_KEY:
                    if k > i and word.function_word:
                        continue  # no name written apart ends on a function word: "He or" is not HEOR
                    # A window that ends on a capitalised function word is read only as a name written apart,
                    # never as a typo: "Salesforce Of" is not "Salesforce.com" misspelt.
                    typo = (k == i or not word.function_word_in_any_case) and uncommon
                    if typo or k > i:  # one common word alone is neither a typo nor a name written apart
                        yield i, k + 1, key, typo

    def _word(self, text: str) -> _Word:
        """What the window search needs to know of a token's text; kept per word across Docs."""
        lower = text.lower()
        # An inflection the lemma table lists ("dales" -> "dale") is an English word, however rare.
        uncommon = text.isalpha() and lower not in self.common and self.lemma_of(lower, lower) == lower
        word = self._words[text] = _Word(
            key=_compact(text),
            uncommon=uncommon,
            opens=text[:1].isalnum() and (uncommon or not (text.islower() and text.isalpha())),
            joins=text[:1].isalnum() or text in _JOINING_PUNCTUATION,
            ends_name=text[-1:].isalnum(),
            function_word=text in _FUNCTION_WORDS,
            function_word_in_any_case=lower in _FUNCTION_WORDS,
        )
        if len(self._words) > _WORD_CACHE_SIZE:
            self._words.clear()  # bounded: a batch of thousands of ads meets many rare words
        return word

    def _lookup(
        self,
        key: str,
        texts: list[str],
        start: int,
        end: int,
        uncommon: bool,
        closest: dict[str, list[str]],
        mixed_case: bool = False,
    ) -> str | None:
        """The skill the compact `key` of tokens `start` to `end` is a variant or a typo of (`closest`: the closest
        forms of the keys already looked up)."""
        if self._parted_by_slashes(texts[start:end], key):
            return None
        if end - start == 1 and is_acronym_plural(texts[start]):
            # An acronym in the plural is read as its singular by the exact matcher; with its small "s" it is no
            # other acronym, nor a typo of one: "ESRs" (early-stage researchers) is no ESRS.
            return None
        if key in self.exact_keys and (end - start > 1 or uncommon):
            return self.exact_keys[key]  # "Word Press", "CI CD", "NodeJS"
        if len(key) < self.min_length or not uncommon:
            return None
        if end - start == 1 and texts[start] in self.places:
            return None  # a place: "Estonia" is no misspelt Estonian
        winners = closest.get(key)
        if winners is None:
            winners = closest[key] = self._closest_forms(key)
        if len({self.exact_keys[form] for form in winners}) != 1:
            return None
        form = winners[0]
        if mixed_case and form not in self.mixed_case_keys:
            return None
        if form in self.acronym_keys and end - start == 1 and texts[start].istitle():
            return None  # an acronym is misspelt in capitals: "Cifas" is a name of its own, no misspelt CIVAS
        if end - start == 1 and form not in self.one_word_keys:
            return None  # one word misspelt and joined at once: "Redbrook" is no "Red Book"
        edits = Levenshtein.editops(key, form)
        if _edits_a_digit(edits, key, form) or (
            end - start > 1
            and (
                _edits_an_acronym(edits, key, texts[start:end]) or _rewrites_a_short_word(edits, key, texts[start:end])
            )
        ):
            return None
        if len(key) < _SHORT_KEY and not _a_slip(edits, key, form):
            return None  # "Monzo" is another name, not a misspelt Mongo: z and g are far apart
        return self.exact_keys[form]

    def _in_a_name(self, texts: list[str], k: int, skill_tokens: set[int], closest: dict[str, list[str]]) -> bool:
        """Whether the capitalised word at `k` is the name of a person, a place or an employer: after a title
        ("Mrs", "St"); after "at", where someone works or worked ("years at Monzo"; not "expert at Excell");
        or beside a word with a capital that is neither common English nor a skill's name, nor within a typo of one
        (a first name or a surname: "Niamh Walsh", "Gemma Lowe", "KIERAN WALSH" in capitals; not "Strong Pyhton
        skills", "Dokcer Kubernates").
        Short names one letter away from a skill's were such names far more often than typos in ads."""
        if not texts[k][:1].isupper():
            return False
        previous = texts[k - 1] if k > 0 else ""
        if previous.rstrip(".") in _NAME_TITLES:
            return True
        if previous.lower() == "at" and (k < 2 or texts[k - 2].lower() not in GOOD_AT):
            return True  # wider than `inside_organisation_name`'s employer words: a misspelt short name is rarer
        for j in (k - 1, k + 1):
            if j < 0 or j >= len(texts) or j in skill_tokens:
                continue
            word = texts[j]
            capitalised = word.istitle() or (word.isupper() and texts[k].isupper())  # a name line in capitals
            if not (capitalised and word.isalpha() and len(word) > 1):
                continue
            neighbour = self._words.get(word) or self._word(word)
            rare = neighbour.uncommon or word_ranks().get(word.lower(), _NAME_RANK) >= _NAME_RANK  # "Lowe", "Jones"
            if not rare or neighbour.key in self.exact_keys:
                continue
            if len(neighbour.key) >= self.min_length:
                near = closest.get(neighbour.key)
                if near is None:
                    near = closest[neighbour.key] = self._closest_forms(neighbour.key)
                if near:
                    continue  # itself a misspelt skill, in a list without commas
            return True
        return False

    def _closest_forms(self, key: str) -> list[str]:
        """The keys of taxonomy forms within a typo's reach of `key` (one edit, two from `long_length`
        characters; same first letter), at the smallest distance found, which is not 0."""
        max_edits = 2 if len(key) >= self.long_length else 1
        near: list[str] = []
        for length in range(len(key) - max_edits, len(key) + max_edits + 1):
            near += self.buckets.get((key[0], length), ())
        if not near:
            return []
        matches = process.extract(key, near, scorer=OSA.distance, score_cutoff=max_edits, limit=3)
        if not matches:
            return []
        best = min(distance for _, distance, _ in matches)
        if best == 0:
            return []
        return [form for form, distance, _ in matches if distance == best]  # no repeats: a key is in one bucket, once


class _Word(NamedTuple):
    """A token's text as the fuzzy matcher's window search reads it."""

    key: str  # its compact key
    uncommon: bool  # a word that is not common English
    opens: bool  # may open a window: a word or number, not a lower-case common word
    joins: bool  # may stand in a name: it starts with a letter or digit, or is joining punctuation ("Node.js")
    ends_name: bool  # may end one: it ends with a letter or digit
    function_word: bool  # one of the most frequent English words, as written
    function_word_in_any_case: bool


_OPENS = operator.attrgetter("opens")


def _edits_an_acronym(edits: Editops, key: str, words: list[str]) -> bool:
    """Whether the `edits` from `key` (the compact keys of `words` joined) change a short word in capitals: an
    acronym changed by one letter is another acronym ("UKAS" / "UKCP"), not a typo ("Microsoft Exel" is one)."""
    short = [
        (start, end)
        for (start, end), word in zip(_word_bounds(words), words, strict=True)
        if word.isupper() and end - start <= _SHORT_WORD
    ]
    return any(
        start <= op.src_pos < end or (op.tag == "insert" and op.src_pos == end and end < len(key))
        for op in edits
        for start, end in short
    )


def _rewrites_a_short_word(edits: Editops, key: str, words: list[str]) -> bool:
    """Whether two or more of the `edits` from `key` (the compact keys of `words` joined) fall in one short word:
    half of a word of four letters changed is another word ("Teaching Spey" is no misspelt "teaching PE"), while
    "Kubernates" or "Microsft Ecel" change a long word once, or each word once."""
    for start, end in _word_bounds(words):
        if end - start <= _SHORT_WORD:
            inside = sum(start <= op.src_pos < end or (op.tag == "insert" and op.src_pos == end) for op in edits)
            if inside >= 2:
                return True
    return False


def _word_bounds(words: list[str]) -> list[tuple[int, int]]:
    """Where each of `words` stands in the compact key of them all joined: (start, end) character offsets."""
    ends = list(itertools.accumulate(len(_compact(word)) for word in words))
    return list(zip([0, *ends[:-1]], ends, strict=True))


def _a_slip(edits: Editops, key: str, form: str) -> bool:
    """Whether `edits` (one at most, from `key` to `form`) are a slip of the hand or of the ear: a letter doubled,
    dropped or swapped with its neighbour, or changed for a key beside it ("Pyrhon"), for another vowel
    ("Ubunto"), or for a letter that sounds alike ("Javaskript"). Another consonant makes another name: "Monzo"
    is no misspelt Mongo."""
    if len(edits) != 1 or edits[0].tag != "replace":
        return True
    pair = key[edits[0].src_pos] + form[edits[0].dest_pos]
    return pair in _SLIPS or (pair[0] in _VOWELS and pair[1] in _VOWELS)


def _keyboard_neighbours() -> frozenset[str]:
    """Pairs of letters whose keys touch on a QWERTY keyboard, both ways round ("gh", "hg", "gt")."""
    rows = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    pairs = set()
    for row in rows:
        pairs.update(a + b for a, b in itertools.pairwise(row))
    # Each row sits half a key to the right of the one above: "a" touches "q" and "w".
    for upper, lower in itertools.pairwise(rows):
        for column, letter in enumerate(lower):
            pairs.update(letter + above for above in upper[column : column + 2])
    return frozenset(pairs | {b + a for a, b in pairs})


def _edits_a_digit(edits: Editops, key: str, form: str) -> bool:
    """Whether the `edits` add, drop or change a digit: digits make another name or version ("authz" is no
    misspelt Auth0), they are not mistyped letters."""
    return any(
        (op.tag != "insert" and key[op.src_pos].isdigit()) or (op.tag != "delete" and form[op.dest_pos].isdigit())
        for op in edits
    )


_LANGUAGE_TYPO_MIN_LENGTH = 7  # a language's name is read from a typo from this length: "Portugese", "Lithuainian"


def _mixed_case(word: str) -> bool:
    """A capital after the first letter, and lower case too: "OData", "GraphQL", "MySql"."""
    return not word.isupper() and not word.islower() and any(char.isupper() for char in word[1:])


def _compact(text: str) -> str:
    """Lower case, letters and digits only: "Node.js" and "NodeJS" both become "nodejs"."""
    return letters_and_digits(text.lower())


# Words rarer than this in English (by frequency rank) may be names: surnames are in the word list too.
_NAME_RANK = 10_000
# A typo in a key shorter than this must be a slip (see `_a_slip`): one other letter there makes another name.
_SHORT_KEY = 8
_VOWELS = frozenset("aeiouy")
# Letters changed for a key beside them, or for one that sounds alike.
_SLIPS = _keyboard_neighbours() | frozenset({"ck", "kc", "cs", "sc", "sz", "zs", "gj", "jg"})
# Titles before a person's or a place's name.
_NAME_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "St", "Sir", "Dame"})
# Tokens in one window at most: a name written apart, with its punctuation ("A / B Testing").
_MAX_WINDOW = 4
# Keys shorter than this are not read as variants: "C D" is no "CD" written apart.
_MIN_KEY = 4
# Acronyms this short are not misspelt inside a longer name: one letter there makes another acronym.
_SHORT_WORD = 4
_WORD_CACHE_SIZE = 200_000
# The most frequent English words, which end no misspelt name.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "be",
        "it",
        "its",
        "this",
        "that",
        "our",
        "your",
        "their",
    ]
)
_SHORT_PART = 2  # letters of an abbreviation that a slash lists beside another ("HL/SL", "AM/PM")
# Punctuation that can stand inside a name written oddly: "React.JS", "CI/CD", "C + +", "R&D".
_JOINING_PUNCTUATION = frozenset({".", "-", "/", "+", "#", "&", "_"})
