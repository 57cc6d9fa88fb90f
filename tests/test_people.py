"""People the writer directs name a skill: "Supervised 8 warehouse operatives" is people management."""

from __future__ import annotations

import pytest

from skillgap.documents import read_text
from skillgap.nlp import get_pipeline, make_doc, skill_spans


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _spans(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_doc(nlp, read_text(f"Experience\n- {text}\n", "cv.txt")))
    return [(span.text, span.label_) for span in skill_spans(doc)]


@pytest.mark.parametrize(
    ("line", "words", "skill_id"),
    [
        (
            "Supervised 8 warehouse operatives across two shifts",
            "Supervised 8 warehouse operatives",
            "people-management",
        ),
        ("Managed up to 40 operatives on site", "Managed up to 40 operatives", "people-management"),
        ("Managed 12 staff across two sites", "Managed 12 staff", "people-management"),
        # A crew, of any trade.
        ("Led a 4-person survey crew on the night shift", "Led a 4-person survey crew", "leadership"),
        ("Run three harvesting crews in the season", "Run three harvesting crews", "people-management"),
        (
            "Ran a small team of 2 electricians and an apprentice",
            "Ran a small team of 2 electricians",
            "people-management",
        ),
        ("Supervised shifts of up to 12 staff", "Supervised shifts of up to 12 staff", "people-management"),
        ("Supervise a research associate", "Supervise a research associate", "people-management"),
        (
            "Lead a night shift of 30 - 35 associates across picking",
            "Lead a night shift of 30 - 35 associates",
            "leadership",
        ),
        ("Led a brigade of six in a busy kitchen", "Led a brigade of six", "leadership"),
        ("Train commis chefs and apprentices on section", "Train commis chefs", "developing-others"),
        ("Trained new starters on the tills", "Trained new starters", "developing-others"),
        ("Developed 3 junior analysts into seniors", "Developed 3 junior analysts", "developing-others"),
        ("Onboarded 5 new employees a month", "Onboarded 5 new employees", "onboarding"),
        # Verbs joined before their people act on them all.
        (
            "Recruited, trained and supervised 20 seasonal staff",
            "trained and supervised 20 seasonal staff",
            "developing-others",
        ),
        ("Recruited, trained and supervised 20 seasonal staff", "supervised 20 seasonal staff", "people-management"),
        # Staff nouns in the plural the lemma table misreads ("fitter" as "fit"), and in abbreviation ("TAs").
        ("Supervised 4 fitters on the night shift", "Supervised 4 fitters", "people-management"),
        ("Deploy and appraise our 6 SEN TAs", "appraise our 6 SEN TAs", "people-management"),
        # Verbs joined before one group of people: one mention of each skill.
        (
            "Recruit, supervise, appraise and develop staff",
            "supervise, appraise and develop staff",
            "people-management",
        ),
        ("Recruit, supervise, appraise and develop staff", "develop staff", "developing-others"),
        # A verb joined to another of the same form, which is no verb of directing: both act on the people.
        (
            "Supervising and motivating groups of people at work",
            "Supervising and motivating groups of people",
            "people-management",
        ),
        ("Supervised and supported 6 volunteers", "Supervised and supported 6 volunteers", "people-management"),
        ("Managing and developing staff", "Managing and developing staff", "people-management"),
        # Joined by "or"; others; a person with a determiner, then how often.
        ("Experience of supervising or managing others", "supervising or managing others", "people-management"),
        ("Supervised our AAT apprentice day to day", "Supervised our AAT apprentice", "people-management"),
        # A verb in "-ing" in lower case, directly before its people, is the activity.
        ("Experience of supervising volunteers", "supervising volunteers", "people-management"),
        # Showing people how to do a thing trains them.
        ("Showed new TAs how to take registers on SIMS", "Showed new TAs", "developing-others"),
        # The act by its noun, with "of" before the people.
        ("Supervision of 8 drivers and 2 storekeepers", "Supervision of 8 drivers", "people-management"),
        ("Management of a team of 6 analysts", "Management of a team of 6 analysts", "people-management"),
    ],
)
def test_a_verb_of_directing_with_people_as_its_object_names_the_skill(nlp, line: str, words: str, skill_id: str):
    assert (words, skill_id) in _spans(nlp, line)


@pytest.mark.parametrize(
    ("line", "skill_id"),
    [
        # The verb as a modifier, or in a job title.
        ("A team of highly trained staff", "developing-others"),
        ("Managing Director, Acme Ltd, 2019-2024", "people-management"),
        # A second word of another form is no verb of the same people: "Managing and Finance Directors".
        ("Managing and Finance Directors of our clients", "people-management"),
        ("Managed and automated staff rotas", "people-management"),
        # An "-ing" word in a noun phrase, after a determiner or a preposition or listed after a noun: a firm's name.
        ("Work closely with our managing agents on repairs", "people-management"),
        ("Letters to tenants and managing agents about access", "people-management"),
        ("Worked alongside the head chefs of the group", "leadership"),
        # Shown people who are not then shown how to do anything.
        ("Showed new starters around the site on their first day", "developing-others"),
        ("Training Officers, Royal Navy", "developing-others"),
        ("Lead Engineer on the payments platform", "leadership"),
        ("Head Chefs from across the group judged the final", "leadership"),
        ("Worked in self-managed teams of engineers", "people-management"),
        # The people describe something else: the object is that thing.
        ("Manage the engineers' rota and holidays", "people-management"),
        ("Lead our Volunteer Management programme", "leadership"),
        # An activity in a people noun's form is no person ("develop the nursing, care and housekeeping teams").
        ("Develop the nursing, care and housekeeping teams", "developing-others"),
        # Not people at all, or not the object of the verb.
        ("Managed the member newsletter in WordPress", "people-management"),
        ("Trained to supervise on the night shift", "developing-others"),
        ("Was supervised by a Senior Conveyancer", "people-management"),
        ("Managed budgets for the engineers", "people-management"),
        # The act by its noun without its "of" names a field or a title.
        ("Waste Management Operatives, Acme Recycling", "people-management"),
        ("Project management for 3 clients", "people-management"),
    ],
)
def test_no_skill_where_the_people_are_no_object_of_the_verb(nlp, line: str, skill_id: str):
    assert skill_id not in {label for _, label in _spans(nlp, line)}


def test_a_singular_person_needs_a_number_or_determiner(nlp):
    """ "Supervised apprentice" is a title's word order; "Supervised an apprentice" directs one."""
    assert ("Supervised an apprentice", "people-management") in _spans(nlp, "Supervised an apprentice on site")
    assert "people-management" not in {label for _, label in _spans(nlp, "Supervised apprentice scheme launched")}


def test_an_ad_asks_for_the_skill_at_its_level(nlp):
    doc = nlp(make_doc(nlp, read_text("Essential:\n- Experience supervising warehouse operatives\n", "ad.txt")))
    spans = [span for span in skill_spans(doc) if span.label_ == "people-management"]
    assert [span._.requirement for span in spans] == ["required"]


def test_every_skill_of_the_lexicon_is_in_the_taxonomy(nlp):
    """The component leaves out a verb whose skill a taxonomy lacks (a user's own taxonomy may); in the packaged
    one, such a verb would be a typo."""
    from skillgap.nlp.people import people_verbs
    from skillgap.nlp.pipeline import pipeline_taxonomy

    taxonomy = pipeline_taxonomy(nlp)
    assert people_verbs() and all(skill_id in taxonomy for skill_id in people_verbs().values())
