"""Word normalisation for matching: case, lemma, plural, UK/US spelling, accents.

Normalisation only has to be consistent: the taxonomy's surface forms and the documents go through the same
function, so a rule that maps two spellings of one word together creates matches, and a rule applied to both
sides of an unrelated word changes nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

# UK spellings that no suffix rule covers, mapped to the US form.
_WORD_SPELLINGS = {
    "colour": "color",
    "behaviour": "behavior",
    "labour": "labor",
    "favour": "favor",
    "honour": "honor",
    "humour": "humor",
    "neighbour": "neighbor",
    "flavour": "flavor",
    "harbour": "harbor",
    "rumour": "rumor",
    "endeavour": "endeavor",
    "odour": "odor",
    "armour": "armor",
    "vigour": "vigor",
    "parlour": "parlor",
    "centre": "center",
    "metre": "meter",
    "litre": "liter",
    "theatre": "theater",
    "fibre": "fiber",
    "calibre": "caliber",
    "catalogue": "catalog",
    "analogue": "analog",
    "dialogue": "dialog",
    "licence": "license",
    "defence": "defense",
    "offence": "offense",
    "practise": "practice",
    "programme": "program",
    "aluminium": "aluminum",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "skilful": "skillful",
    "tyre": "tire",
    "grey": "gray",
    "ageing": "aging",
    "judgement": "judgment",
    "acknowledgement": "acknowledgment",
    "cheque": "check",
    "kerb": "curb",
    "plough": "plow",
    "sceptical": "skeptical",
    "manoeuvre": "maneuver",
    "mould": "mold",
    "moulding": "molding",
    "storey": "story",
    "draught": "draft",
    "jewellery": "jewelry",
    "pyjamas": "pajamas",
    # Clipped forms a CV writes for the whole word ("stability calcs", "comms plan", "SSL cert"), after the plural's
    # "s" is gone; none of them is another word.
    "calc": "calculation",
    "mgmt": "management",
    "comm": "communication",
    "maint": "maintenance",
    "cert": "certificate",
}
# Greek-derived medical spellings: paediatric/pediatric, haematology/hematology.
_INFIXES = (
    ("paed", "ped"),
    ("haem", "hem"),
    ("anaes", "anes"),
    ("gynaec", "gynec"),
    ("oesoph", "esoph"),
    ("oedem", "edem"),
    ("oestr", "estr"),
    ("foet", "fet"),
    ("leukaem", "leukem"),
    ("orthopaed", "orthoped"),
    ("aetiolog", "etiolog"),
)
_SUFFIXES = (
    (re.compile(r"isation$"), "ization"),
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[ly])s(e|ed|es|ing)$"), r"z\1"),  # analyse, paralyse
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers|or|ors)$"), r"l\1"),  # modelling, travelled, counsellor
)
_PLURAL_KEEP = ("ss", "us", "is", "os", "as")
# A standard's number with the year of its edition: "27001:2022", "9001:2015".
_STANDARD_EDITION = re.compile(r"(\d{3,5}):(?:19|20)\d\d")


# "'s" written with an acute accent or a mis-decoded Windows quote (U+0092), split off by the tokenizer.
_ACCENTED_POSSESSIVES = frozenset({"\u00b4s", "\u0092s"})


def normalise_word(text: str, lemma: Callable[[str], str | None]) -> str:
    """The form a token is matched on. `lemma` looks a lower-case word up in the lemma table."""
    lower = text.lower()
    if lower == "&":
        return "and"  # "Inspection & Testing" is inspection and testing
    if lower in _ACCENTED_POSSESSIVES:
        return "'s"  # "master´s degree" (skillgap.nlp.pipeline splits it off)
    if not lower.isalpha():
        edition = _STANDARD_EDITION.fullmatch(lower)
        return edition.group(1) if edition else lower  # "27001:2022" is ISO 27001 in its 2022 edition
    if lower in words_not_lemmatised():
        if lower.endswith("ics"):
            return us_spelling(lower)  # a field's name, no plural either: "economics" is no "economic"
        base = lower
    else:
        base = lemma(lower) or _prefixed_lemma(lower, lemma) or lower
    if base[:2] != lower[:2]:
        # Irregular or odd entries ("ai" -> "have", "better" -> "well") would make unrelated words match.
        base = lower
    if base == lower and lower.endswith("s"):
        # Plurals the lemma table does not know: acronyms (APIs, KPIs) and words (microservices). Decided on
        # the lower-case word, so that "POSTGRES" and "Postgres" normalise alike.
        acronym_plural = is_acronym_plural(text)
        # CPCS, DBS, GCSS, and with a small letter first rTMS: names, not plurals.
        short_acronym = (text.isupper() or (text[1:].isupper() and len(text) > 2)) and len(text) <= 5
        word_plural = len(lower) >= 4 and not lower.endswith(_PLURAL_KEEP) and not short_acronym
        if acronym_plural or word_plural:
            base = lower[:-1]
    return us_spelling(base)


def is_acronym_plural(text: str) -> bool:
    """Whether a word is an acronym in the plural: capitals and a small "s" ("APIs", "SAPs")."""
    return len(text) >= 3 and text[:-1].isupper() and text[-1] == "s"


def _prefixed_lemma(word: str, lemma: Callable[[str], str | None]) -> str | None:
    """The lemma of a prefixed verb the table does not know, from its verb's: "upsold" and "upselling" -> "upsell"
    ("sold" -> "sell"). Not a common word that is no verb form, which is its own lemma: "resent" is no "re" + "sent"."""
    from skillgap.nlp.words import word_ranks  # (imports this module)

    if word in word_ranks() and not word.endswith(("ing", "ed")):
        return None
    for prefix in _VERB_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_PREFIXED_VERB:
            rest = word[len(prefix) :]
            base = lemma(rest)
            if base is not None and base != rest:
                return prefix + base
    return None


_VERB_PREFIXES = ("up", "out", "over", "under", "re", "mis")
_MIN_PREFIXED_VERB = 4  # letters of the verb after its prefix: "sold", not "red" ("re" + "d")


@functools.cache
def words_not_lemmatised() -> frozenset[str]:
    """Words whose lemma-table entry is another word ("marketing" -> "market"): models/lexicons/."""
    from skillgap.taxonomy.load import read_lexicon

    return read_lexicon(LEMMA_EXCEPTIONS_FILE)


LEMMA_EXCEPTIONS_FILE = "lemma_exceptions.txt"


def us_spelling(word: str) -> str:
    if word in _WORD_SPELLINGS:
        return _WORD_SPELLINGS[word]
    for uk, us in _INFIXES:
        if uk in word:
            word = word.replace(uk, us)
    for pattern, replacement in _SUFFIXES:
        word = pattern.sub(replacement, word)
    return word


def letters_and_digits(text: str) -> str:
    """Only the letters and digits of `text`: "Node.js" -> "Nodejs", "CI/CD" -> "CICD"."""
    # Most words are letters only; `str.isalnum` and `\w` without "_" hold the same characters.
    return text if text.isalnum() else _NOT_ALNUM.sub("", text)


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is a letter, a digit or "_"


def fold_accents(text: str) -> str:
    """The text with each accented letter replaced by its base letter ("Stöckert" -> "Stockert", "café" -> "cafe"),
    one character for one: a letter whose base is not one character ("ß", "æ") is kept."""
    if text.isascii():
        return text
    return "".join(map(_base_letter, text))


@functools.cache
def _base_letter(character: str) -> str:
    if character.isascii():
        return character
    base, *marks = unicodedata.normalize("NFD", character)
    return base if all(unicodedata.combining(mark) for mark in marks) else character
