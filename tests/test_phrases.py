"""Ability phrases (skillgap.nlp.phrases), what an ad says of its employer, and inline section labels."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from skillgap.documents import read_text
from skillgap.documents.sections import inline_label_of
from skillgap.nlp import get_pipeline, make_doc, phrase_spans, skill_spans
from skillgap.nlp.phrases import (
    MODEL_FILE,
    PHRASE_PROBABILITY,
    PhraseModel,
    action_verbs,
    held_out_precision,
    held_out_scores,
    load_phrase_model,
    skillspan_candidates,
    train,
)


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def run(nlp, text: str):
    return nlp(make_doc(nlp, read_text(text, "ad.txt")))


def phrases(nlp, text: str) -> list[str]:
    doc = run(nlp, text)  # spans need their Doc alive while they are read
    return [span.text for span in phrase_spans(doc)]


def test_abilities_asked_of_the_reader_are_phrases(nlp) -> None:
    found = phrases(nlp, "You will mentor junior engineers and troubleshoot production issues.")
    assert found == ["mentor junior engineers", "troubleshoot production issues"]


def test_a_phrase_ends_with_its_clause(nlp) -> None:
    (phrase,) = phrases(nlp, "- Communicate effectively with stakeholders; you report to the CTO")
    assert phrase == "Communicate effectively with stakeholders"


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # A verb's objects listed with commas, the list ending in "and" or "or", are all its objects.
        (
            "- Organising match play, club competitions and tournaments",
            "Organising match play, club competitions and tournaments",
        ),
        (
            "- Maintain servers, networks, and storage for clients",
            "Maintain servers, networks, and storage for clients",
        ),
        # A short bracket of examples after them is theirs too.
        (
            "- Managing OTA listings (Hostelworld, Booking.com) and guest reviews",
            "Managing OTA listings (Hostelworld, Booking.com) and guest reviews",
        ),
        # Not a clause of another verb after the comma, nor a comma with no list to end.
        ("- Manage loss adjusters and contractors, reviewing their reports", "Manage loss adjusters and contractors"),
        ("- Maintain servers, and we will train you", "Maintain servers"),
    ],
)
def test_a_verbs_list_of_objects_is_one_phrase(nlp, line: str, phrase: str) -> None:
    assert phrases(nlp, f"Requirements\n{line}\n")[0] == phrase


def test_the_employer_doing_things_is_no_ability(nlp) -> None:
    assert phrases(nlp, "We build great products for our customers.") == []


def test_verbs_used_as_nouns_start_no_phrase(nlp) -> None:
    assert phrases(nlp, "The design of the system is our support for the team.") == []


def test_phrases_carry_requirement_levels(nlp) -> None:
    doc = run(nlp, "Requirements\n- You must communicate clearly with customers\n")
    assert [(span.label_, span._.requirement) for span in phrase_spans(doc)] == [("communicate", "required")]


def test_action_verbs_are_lemmas_without_duplicates() -> None:
    verbs = action_verbs()
    assert len(verbs) >= 250
    assert all(verb.isalpha() and verb.islower() for verb in verbs)


def test_model_round_trips_through_json() -> None:
    model = load_phrase_model()
    assert PhraseModel.from_json(model.to_json()) == model
    assert model.threshold > model.prior  # a verb needs evidence beyond the base rate to start a phrase


@pytest.fixture(scope="module")
def skillspan_labelled(corpus: Path):
    return skillspan_candidates(corpus)


def test_model_is_what_training_on_skillspan_gives(skillspan_labelled, repo: Path) -> None:
    """The shipped weights are reproducible from the SkillSpan train split (up to rounding across machines)."""
    retrained = train(skillspan_labelled)
    shipped = json.loads((repo / "models" / "compiled" / MODEL_FILE).read_text(encoding="utf-8"))
    assert retrained.threshold == pytest.approx(shipped["threshold"], abs=1e-3)
    assert set(retrained.weights) == set(shipped["weights"])
    assert all(abs(retrained.weights[f] - w) < 1e-3 for f, w in shipped["weights"].items())


def test_phrase_scores_are_calibrated_on_ads_the_model_has_not_seen(skillspan_labelled) -> None:
    """The threshold is a probability (`PHRASE_PROBABILITY`), so the scores must be calibrated: over ten equal
    bins of held-out candidates (5-fold cross-validation over the ads), the share that are abilities stays close to
    the probability the model gives them, and phrases scoring just above the threshold are right about as often as
    it promises."""
    held_out = sorted(held_out_scores(skillspan_labelled))
    bins = 10
    size = len(held_out)
    gaps = []
    for n in range(bins):
        part = held_out[n * size // bins : (n + 1) * size // bins]
        predicted = sum(1 / (1 + math.exp(-score)) for score, _ in part) / len(part)
        actual = sum(inside for _, inside in part) / len(part)
        gaps.append((len(part), abs(predicted - actual)))
    expected_calibration_error = sum(count * gap for count, gap in gaps) / size
    assert expected_calibration_error <= 0.03
    assert max(gap for _, gap in gaps) <= 0.06
    threshold = train(skillspan_labelled).threshold
    assert held_out_precision(held_out, threshold, threshold + 0.4) >= PHRASE_PROBABILITY - 0.05
    assert held_out_precision(held_out, threshold) >= PHRASE_PROBABILITY


# ----------------------------------------------------------------------------------------- about the employer
def test_sentences_about_the_employer_ask_for_nothing(nlp) -> None:
    doc = run(nlp, "We are an e-commerce platform built on Kafka.\nYou have experience with Kafka.\n")
    about = [(span.text, span._.about_employer) for span in skill_spans(doc) if span.label_ == "apache-kafka"]
    assert about == [("Kafka", True), ("Kafka", False)]


def test_we_sentences_under_the_role_describe_the_job(nlp) -> None:
    doc = run(nlp, "The role\nWe write Java services.\n")
    assert [(span.text, span._.about_employer) for span in skill_spans(doc)] == [("Java", False)]


def test_a_benefits_line_that_asks_is_still_asked(nlp) -> None:
    doc = run(nlp, "Benefits\n- Gym membership\n- Knowledge of Kafka is required to use our training budget\n")
    assert [(span.text, span._.about_employer) for span in skill_spans(doc) if span.text == "Kafka"] == [
        ("Kafka", False)
    ]


# ------------------------------------------------------------------------------------------- inline labels
@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Job benefits: pension and private healthcare", "benefits"),
        ("Skills: Python, SQL", "skills"),
        ("Company description: a retailer", "about_company"),
        ("Note: bring a pen", None),
        ("Date posted: 2021-03-04", None),
        ("He said: this is not a label at all, it is a sentence", None),
    ],
)
def test_inline_labels_name_the_section_of_their_line(line: str, section: str | None) -> None:
    assert inline_label_of(line) == section


def test_an_inline_label_does_not_end_the_section_above() -> None:
    document = read_text("Requirements\nExperience: 5 years\n- Python\n", "ad.txt")
    assert [line.section for line in document.lines if line.end > line.start] == [
        "requirements",
        "experience",
        "requirements",
    ]
