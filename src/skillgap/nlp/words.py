"""Word lists the components share. Common English words, so that fuzzy matching leaves real words alone ("scale"
is not a typo of Scala); and the nouns of a person's job or post (models/lexicons/role_nouns.txt).

Built from the word frequencies in spacy-lookups-data (`en_lexeme_prob`) into models/compiled/common_words.txt,
most frequent first, by `skillgap taxonomy build`; loaded at run time (the source table takes most of a second
to load).
"""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING

from skillgap.taxonomy.load import models_dir, read_lexicon

if TYPE_CHECKING:
    from spacy.lookups import Table

WORDS_FILE = "common_words.txt"
ROLE_NOUNS_FILE = "role_nouns.txt"
# log-probability cutoff: about 76,000 lower-case words, down to the frequency of "kafka" or "golang".
MIN_LOG_PROB = -17.0
# Words rarer than this frequency rank can be names when capitalised ("Foobar" ranks about 42,000): an unknown
# skill's name (skillgap.nlp.candidates), or what is left of it in a CV (skillgap.profile).
NAME_RANK = 35_000
# The most frequent words of English, "the", "with", "good": they say nothing of an ability, nor head a skill's noun
# phrase ("work" ranks below it, so the cut is low).
FUNCTION_WORD_RANK = 120
# Endings of English adjectives: a rare word in lower case with one of them describes the noun after it
# ("triennial valuations", "a biological or physical science").
ADJECTIVE_ENDINGS = ("al", "ial", "ive", "ous", "ic", "ary", "ible", "able", "ful", "less")


def build_common_words() -> list[str]:
    import spacy_lookups_data

    source = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        probabilities: dict[str, float] = json.load(handle)
    words = [(w, p) for w, p in probabilities.items() if p > MIN_LOG_PROB and w.isalpha() and w.islower()]
    return [w for w, _ in sorted(words, key=lambda item: (-item[1], item[0]))]  # most frequent first


def write_common_words(path: Path | None = None) -> Path:
    target = path or models_dir() / "compiled" / WORDS_FILE
    target.write_text("\n".join(build_common_words()) + "\n", encoding="utf-8")
    return target


@functools.cache
def word_ranks(path: Path | None = None) -> dict[str, int]:
    """Common word -> frequency rank (0 = most frequent)."""
    target = path or models_dir() / "compiled" / WORDS_FILE
    return {word: rank for rank, word in enumerate(target.read_text(encoding="utf-8").split())}


@functools.cache
def lemma_table() -> Table:
    """spaCy's English lemma lookup table (spacy-lookups-data, installed with the package): word -> lemma, for the
    words whose lemma is not themselves ("wrote" -> "write", "reports" -> "report")."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@functools.cache
def _lemmas_of_other_forms() -> frozenset[str]:
    """Every lemma the lookup table gives another form: words that inflect ("supply" for "supplies")."""
    return frozenset(lemma_table().values())


_ADVERB_BASE_MIN = 4  # letters of an adjective an adverb is read as: "calm" for "calmly"; not "ear" for "early"


@functools.cache  # per word: every content word of every sentence is read through it
def adverb_base(word: str) -> str:
    """The adjective a lower-case "-ly" adverb is made from, when the common words hold it: "calmly" -> "calm",
    "easily" -> "easy", "reliably" -> "reliable", "technically" -> "technical"; else the word itself. A word that
    inflects is no adverb: "supply", "family", "assembly" stay as they are."""
    if not word.endswith("ly") or len(word) < _ADVERB_BASE_MIN + 2 or word in _lemmas_of_other_forms():
        return word
    candidates = []
    if word.endswith(("bly", "tly", "gly", "ply")):
        candidates.append(word[:-1] + "e")  # "reliably" -> "reliable", "gently" -> "gentle" (not "gent")
    if word.endswith("ily"):
        candidates.append(word[:-3] + "y")  # "easily" -> "easy"
    candidates.append(word[:-2])
    ranks = word_ranks()
    return next((c for c in candidates if len(c) >= _ADVERB_BASE_MIN and c in ranks), word)


def common_words() -> frozenset[str]:
    return frozenset(word_ranks())


@functools.cache
def role_nouns() -> frozenset[str]:
    """Nouns that name a person's job or post, normalised like tokens' norms (singular, US spelling)."""
    return read_lexicon(ROLE_NOUNS_FILE)


# The tokens that make a noun before them a possessor: "a PhD student's project", "the consultants' models".
POSSESSIVE_MARKS = frozenset(["'s", "'", "’s", "’"])
# Words that say how good someone is at a thing, before "at": "expert at Excel" names a skill, where "engineer at
# Hive" names a workplace.
GOOD_AT = frozenset(
    {"good", "great", "expert", "proficient", "skilled", "adept", "experienced", "competent", "excellent", "strong"}
    | {"confident", "fluent", "better", "best", "brilliant", "capable", "effective", "efficient", "quick", "fast"}
)
