"""Skill phrases: abilities an ad asks for in its own words ("work closely with product", "mentor junior
engineers", "troubleshoot production issues"), which no taxonomy can list.

A phrase starts at an action verb from the curated list in models/lexicons/action_verbs.txt, when a small
trained model says the verb is used as an ability there, and runs to the end of its clause. The model is a
logistic regression over the verb and its surroundings (its form, the words beside it, whether the sentence
speaks to the reader or about the employer), trained on the SkillSpan train split by `python
models/train_skill_phrases.py` and shipped as models/compiled/skill_phrases.json. Phrases go to
`doc.spans["skill_phrases"]`, labelled with the verb's lemma.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.attrs import NORM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.doc_data import LIST_JOINS, PHRASES_KEY, section_at, token_strings
from skillgap.taxonomy.load import models_dir, read_lexicon

MODEL_FILE = "skill_phrases.json"
VERBS_FILE = "action_verbs.txt"
# A phrase is at most this many tokens: long enough for "work closely with product and design", short enough
# not to run through a whole bullet.
MAX_PHRASE_TOKENS = 10
# Words before a verb that make it a noun ("our support", "the design", "a build").
_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "your",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "my",
        "his",
        "her",
        "some",
        "any",
        "no",
        "each",
        "every",
    ]
)
_READER_WORDS = frozenset({"you", "your", "you'll", "you’ll", "you're", "you’re", "yourself"})
_EMPLOYER_WORDS = frozenset({"we", "our", "us", "we're", "we’re", "ours"})
# In a list of duties or requirements, a verb that opens a sentence or bullet always starts an ability
# ("Responsibilities: - Design and build pipelines"). The trained model has not seen headings (SkillSpan has
# none), so this rule stands beside it.
_DUTY_SECTIONS = frozenset({"responsibilities", "requirements", "qualifications", "preferred", "role"})
_LEADS_ITS_LINE = frozenset({"prev=<s>", "form=base"})
# Words a phrase does not end on, when its clause is cut at the length limit ("shape our technical roadmap").
_NO_PHRASE_END = frozenset(
    ["and", "or", "to", "the", "a", "an", "of", "with", "in", "on", "for", "our", "your", "their", "its", ".", ","]
)
# Tokens inside a clause that a phrase may run over; any other punctuation ends it.
_INNER_PUNCTUATION = frozenset({"-", "/", "'", "’", "&", "+", "#", "."})


@functools.cache
def action_verbs() -> frozenset[str]:
    return read_lexicon(VERBS_FILE)


@dataclass(frozen=True)
class PhraseModel:
    """Log-odds of a linear model: `prior` plus the weight of each feature present; a verb starts a phrase when
    the sum reaches `threshold`."""

    prior: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: Iterable[str]) -> float:
        weights = self.weights
        return self.prior + sum(weights.get(feature, 0.0) for feature in features)

    def to_json(self) -> str:
        weights = {feature: round(weight, 4) for feature, weight in sorted(self.weights.items())}
        body = {"format": 1, "prior": round(self.prior, 4), "threshold": self.threshold, "weights": weights}
        return json.dumps(body, ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> PhraseModel:
        body = json.loads(text)
        return cls(prior=body["prior"], weights=body["weights"], threshold=body["threshold"])


@functools.cache
def load_phrase_model(path: Path | None = None) -> PhraseModel:
    return PhraseModel.from_json((path or models_dir() / "compiled" / MODEL_FILE).read_text(encoding="utf-8"))


def verb_features(lowers: Sequence[str], lemma: str, i: int, first: bool, audience: str) -> list[str]:
    """What the model sees of the verb at `i` (lemma `lemma`): its lemma and form, its neighbours, and the
    sentence's audience ("reader": it says "you"; "employer": it says "we" and not "you"; "" otherwise)."""
    word = lowers[i]
    if word == lemma:
        form = "base"
    elif word.endswith("ing"):
        form = "ing"
    elif word.endswith("ed"):
        form = "ed"
    elif word.endswith("s"):
        form = "s"
    else:
        form = "other"
    previous = "<s>" if first else _neighbour(lowers[i - 1])
    following = _neighbour(lowers[i + 1]) if i + 1 < len(lowers) else "</s>"
    return [
        f"lemma={lemma}",
        f"form={form}",
        f"lemma_form={lemma}/{form}",
        f"prev={previous}",
        f"next={following}",
        f"next_kind={_kind(following)}",
        f"prev_kind={_kind(previous)}",
        f"audience={audience}",
    ]


def _has_alnum(text: str) -> bool:
    return text.isalnum() or any(ch.isalnum() for ch in text)  # (most tokens are words: asked of the whole first)


def _kind(word: str) -> str:
    """A coarse class of a neighbouring word, which generalises beyond the words seen in training."""
    if word in ("<s>", "</s>", "<p>"):
        return word
    if word.endswith("ly"):
        return "adverb"
    if word in _FUNCTION_WORDS:
        return word
    return "ing" if word.endswith("ing") else "s" if word.endswith("s") else "word"


_FUNCTION_WORDS = frozenset(
    [
        "to",
        "and",
        "or",
        "with",
        "in",
        "on",
        "for",
        "of",
        "at",
        "by",
        "from",
        "the",
        "a",
        "an",
        "our",
        "your",
        "you",
        "we",
        "will",
        "can",
        "is",
        "are",
        "be",
        "able",
        "how",
        "help",
        "new",
    ]
)


def _neighbour(word: str) -> str:
    if word.isalnum():
        return word  # the common case, asked first: no word is space or punctuation
    if word.isspace():
        return "</s>"
    if not any(ch.isalnum() for ch in word):
        return "<p>"
    return word


@Language.factory("skill_phrases", assigns=["doc.spans"], requires=["token.norm", "token.is_sent_start"])
def make_skill_phrases(nlp: Language, name: str) -> SkillPhrases:
    return SkillPhrases(nlp)


class SkillPhrases:
    """Finds ability phrases (see the module docstring) and puts them in `doc.spans["skill_phrases"]`."""

    def __init__(self, nlp: Language, model: PhraseModel | None = None) -> None:
        self.nlp = nlp
        self.model = model
        self.verb_hashes = numpy.zeros(0, dtype="uint64")

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        vocab = (nlp or self.nlp).vocab
        self.model = self.model or load_phrase_model()
        self.verb_hashes = numpy.array(sorted(vocab.strings.add(verb) for verb in action_verbs()), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            self.initialize()
        doc.spans[PHRASES_KEY] = [
            Span(doc, start, end, label=label) for start, end, label in self.find(doc, self.model, self.verb_hashes)
        ]
        return doc

    @staticmethod
    def candidates(doc: Doc, verb_hashes: numpy.ndarray) -> Iterable[tuple[int, list[str]]]:
        """(token index, features) for every action verb of the Doc that is not used as a noun (`verb_hashes`: the
        action verbs' hashes, sorted)."""
        if not len(doc) or not len(verb_hashes):
            return
        array = doc.to_array([NORM, SENT_START])
        # A binary search in the sorted verb hashes (`numpy.isin` sorts both arrays: five times slower here).
        norms = array[:, 0]
        places = numpy.searchsorted(verb_hashes, norms)
        places[places == len(verb_hashes)] = 0
        verbs = numpy.flatnonzero(verb_hashes[places] == norms).tolist()
        if not verbs:
            return
        texts, _ = token_strings(doc)
        strings = doc.vocab.strings
        lowers = list(map(str.lower, texts))  # one C-level pass: the sentences' words are read too
        starts = numpy.flatnonzero(array[:, 1] == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = [*starts, len(texts)]
        sentence = 0
        audiences: dict[int, str] = {}
        first_words: dict[int, int] = {}  # sentence start -> its first token with a letter or digit
        for i in verbs:
            while bounds[sentence + 1] <= i:
                sentence += 1
            start, end = bounds[sentence], bounds[sentence + 1]
            if i > start and lowers[i - 1] in _DETERMINERS:
                continue
            if start not in audiences:
                words = set(lowers[start:end])
                audiences[start] = "reader" if words & _READER_WORDS else "employer" if words & _EMPLOYER_WORDS else ""
                first_words[start] = next((k for k in range(start, end) if _has_alnum(texts[k])), end)
            first = first_words[start] == i
            yield i, verb_features(lowers, strings[int(array[i, 0])], i, first, audiences[start])

    @classmethod
    def find(cls, doc: Doc, model: PhraseModel, verb_hashes: numpy.ndarray) -> list[tuple[int, int, str]]:
        """(start, end, verb lemma) of the phrases: a verb the model accepts, to the end of its clause."""
        texts, spaces = token_strings(doc)
        line_sections = doc._.line_sections
        candidates = list(cls.candidates(doc, verb_hashes))
        # Verbs as verbs ("build", "building"), not nouns that share a lemma ("engineers").
        verbs = {i for i, features in candidates if "form=base" in features or "form=ing" in features}
        accepted = [
            (i, features[0].removeprefix("lemma="))
            for i, features in candidates
            if model.score(features) >= model.threshold
            or (set(features) >= _LEADS_ITS_LINE and section_at(line_sections, doc[i].idx) in _DUTY_SECTIONS)
        ]
        starts = {i for i, _ in accepted}
        sentence_starts = set(numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist())
        phrases = []
        for i, lemma in accepted:
            if phrases and phrases[-1][0] < i < phrases[-1][1]:
                continue  # inside the phrase before: "build and maintain pipelines" is one phrase
            end = i + 1
            examples = 0  # tokens of a bracket of examples, which do not count towards the length
            limit = i + MAX_PHRASE_TOKENS
            listing = False  # whether a comma between its objects has been read
            while end < len(texts) and end - i - examples < MAX_PHRASE_TOKENS:
                text = texts[end]
                if end in sentence_starts or text.isspace() or "\n" in spaces[end - 1]:
                    break
                if (
                    text == ","
                    and end + 1 in verbs
                    and all(k in verbs or texts[k] in LIST_JOINS for k in range(i, end))
                ):
                    pass  # a list of verbs shares its object: "Design, build and run pipelines"
                elif listing and end in starts:
                    break  # the list has ended and another ability starts: "with Finance and Sales to deliver"
                elif text == "," and _a_list_of_objects(texts, spaces, end + 1, limit + examples, verbs, listing):
                    listing = True  # its objects are a list: "Organising match play, club competitions and tournaments"
                elif text == "(" and (close := _bracket_of_examples(texts, spaces, end + 1, starts)) is not None:
                    examples += close + 1 - end
                    end = close + 1  # its objects' examples: "Managing OTA listings (Hostelworld, Booking.com)"
                    continue
                elif not any(ch.isalnum() for ch in text) and text not in _INNER_PUNCTUATION:
                    break
                if text.lower() in ("and", "or") and end + 1 in starts and end - 1 not in verbs:
                    break  # the next verb starts its own phrase: "design APIs and write tests" (not "build and run X")
                end += 1
            while end > i + 1 and texts[end - 1].lower() in _NO_PHRASE_END:
                end -= 1
            phrases.append((i, end, lemma))
        return phrases


def _a_list_of_objects(
    texts: Sequence[str], spaces: Sequence[str], first: int, limit: int, verbs: set[int], listing: bool
) -> bool:
    """Whether the words from `first` (just after a comma) are more items of a list of nouns that ends in "and" or
    "or" within the phrase's length (before `limit`), in the same clause and with no verb (`verbs`: action verbs in
    their base or "-ing" form): not "manage contractors, reviewing their reports". The "and" may follow the comma
    only in a list already begun ("servers, networks, and storage")."""
    for k in range(first, min(limit, len(texts))):
        text = texts[k]
        if k in verbs or text.isspace() or "\n" in spaces[k - 1]:
            return False
        if text.lower() in ("and", "or"):
            return k + 1 not in verbs and (k > first or listing)
        if text != "," and not any(ch.isalnum() for ch in text) and text not in _INNER_PUNCTUATION:
            return False
    return False


def _bracket_of_examples(texts: Sequence[str], spaces: Sequence[str], first: int, starts: set[int]) -> int | None:
    """The index of the ")" that closes a short bracket opened just before `first`, when it holds words, no verb
    starting a phrase and none of `_NOT_EXAMPLES`; None otherwise."""
    for k in range(first, min(first + _EXAMPLES_REACH, len(texts))):
        text = texts[k]
        if text == ")":
            return k if k > first else None
        if k in starts or "\n" in spaces[k - 1] or text in ("(", ";", ":") or text.lower() in _NOT_EXAMPLES:
            return None
    return None


# Words that make a bracket something other than examples: a note to the reader ("(we face-fit test all sprayers)")
# or how firmly it is asked ("(essential)").
_NOT_EXAMPLES = (
    _READER_WORDS
    | _EMPLOYER_WORDS
    | frozenset(
        {
            "essential",
            "desirable",
            "preferred",
            "required",
            "ideally",
            "optional",
            "mandatory",
            "minimum",
            "advantageous",
        }
    )
)


_EXAMPLES_REACH = 8  # tokens in a bracket of examples, with its commas and closing bracket


# ------------------------------------------------------------------------------------------------- training
def labelled_candidates(
    examples: Sequence[tuple[Doc, list[tuple[int, int]]]], verb_hashes: numpy.ndarray
) -> list[list[tuple[list[str], bool]]]:
    """Per Doc, each candidate verb's features and whether it starts inside a gold ability span (character
    offsets)."""
    return [
        [
            (features, any(start <= doc[i].idx < end for start, end in gold))
            for i, features in SkillPhrases.candidates(doc, verb_hashes)
        ]
        for doc, gold in examples
    ]


def train(labelled: list[list[tuple[list[str], bool]]]) -> PhraseModel:
    """A model from `labelled_candidates`, reporting a phrase when the odds that its verb names an ability reach
    `PHRASE_PROBABILITY`.

    The threshold is that probability's logit, not a point searched for on held-out data: logistic regression
    trained on log-loss gives calibrated probabilities (`held_out_scores` checks it, and a test holds it), whereas
    a searched threshold moved from 0.80 to 0.89 when a change elsewhere split a few training sentences
    differently, on a precision curve flat around its target."""
    return _fit(labelled, threshold=round(math.log(PHRASE_PROBABILITY / (1 - PHRASE_PROBABILITY)), 4))


# How likely a verb must be to name an ability for its phrase to be reported: a false phrase costs more trust than
# a missed one (here about 2.3 times as much).
PHRASE_PROBABILITY = 0.70


def held_out_scores(labelled: list[list[tuple[list[str], bool]]], folds: int = 5) -> list[tuple[float, bool]]:
    """(score, inside) of every candidate, each scored by a model fitted without its Doc: Docs split into `folds`
    by position, so the result repeats. For checking that the scores are calibrated on ads the model has not
    seen."""
    held_out: list[tuple[float, bool]] = []
    for fold in range(folds):
        model = _fit([verbs for n, verbs in enumerate(labelled) if n % folds != fold], threshold=0.0)
        held_out += [
            (model.score(features), inside)
            for n, verbs in enumerate(labelled)
            if n % folds == fold
            for features, inside in verbs
        ]
    return held_out


def held_out_precision(held_out: Sequence[tuple[float, bool]], low: float, high: float = math.inf) -> float:
    """The share of held-out candidates scoring in [low, high) that are abilities (0.0 if there are none)."""
    inside = [hit for score, hit in held_out if low <= score < high]
    return sum(inside) / len(inside) if inside else 0.0


def _fit(labelled: list[list[tuple[list[str], bool]]], threshold: float) -> PhraseModel:
    """Logistic regression on the one-hot features, by full-batch gradient descent with L2 regularisation:
    unlike naive Bayes it does not count twice what two features say together. Deterministic."""
    examples = [example for verbs in labelled for example in verbs]
    vocabulary = sorted({feature for features, _ in examples for feature in features})
    index = {feature: n for n, feature in enumerate(vocabulary)}
    rows = [[index[feature] for feature in features] for features, _ in examples]
    flat = numpy.array([column for row in rows for column in row], dtype="int64")
    lengths = numpy.array([len(row) for row in rows], dtype="int64")
    offsets = numpy.concatenate(([0], numpy.cumsum(lengths)[:-1]))
    targets = numpy.array([inside for _, inside in examples], dtype="float64")
    weights = numpy.zeros(len(vocabulary))
    bias = 0.0
    count = len(examples)
    for _ in range(_ITERATIONS):
        scores = bias + numpy.add.reduceat(weights[flat], offsets)
        errors = 1.0 / (1.0 + numpy.exp(-scores)) - targets
        gradient = numpy.bincount(flat, weights=numpy.repeat(errors, lengths), minlength=len(vocabulary)) / count
        weights -= _LEARNING_RATE * (gradient + _L2 * weights)
        bias -= _LEARNING_RATE * float(errors.mean())
    return PhraseModel(
        prior=bias,
        weights={f: float(w) for f, w in zip(vocabulary, weights, strict=True) if abs(w) >= 1e-4},
        threshold=threshold,
    )


_ITERATIONS = 600
_LEARNING_RATE = 4.0
_L2 = 1e-4


def skillspan_candidates(corpus: Path) -> list[list[tuple[list[str], bool]]]:
    """`labelled_candidates` of the SkillSpan train split under `corpus`, against its SKILL spans."""
    from skillgap.documents import read_text
    from skillgap.nlp.pipeline import get_pipeline, process

    path = corpus / "skillspan" / "skillspan_train_docs.jsonl"
    ads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = get_pipeline()
    verb_hashes = numpy.array(sorted(nlp.vocab.strings.add(verb) for verb in action_verbs()), dtype="uint64")
    documents = [read_text(ad["text"], ad["id"]) for ad in ads]
    examples = [
        (doc, [(span["start"], span["end"]) for span in ad["spans"] if span["label"] == "SKILL"])
        for ad, doc in zip(ads, process(nlp, documents), strict=True)
    ]
    return labelled_candidates(examples, verb_hashes)
