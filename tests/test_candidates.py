"""Requested things the taxonomy does not know surface as candidate skills, marked as such."""

from __future__ import annotations

import pytest

from skillgap.documents import read_text
from skillgap.nlp import candidate_spans, make_doc

AD = """Requirements
- Experience with Foobar and Quuxly is essential
- Knowledge of the ZetaCore platform would be a plus
- Experience with customers and suppliers
- Proficient in Python
- Experience with DHIS2 or other health information software
- Experience with 3 or more teams, 3rd party integrations and 10k+ users
- Experience with AutoCAD Inc. products or Acme Data Analytics Ltd
"""


def test_candidates_after_cues_are_names_not_ordinary_words(mini_nlp) -> None:
    doc = mini_nlp(make_doc(mini_nlp, read_text(AD, "ad.txt")))
    found = {span.text: span._.requirement for span in candidate_spans(doc)}
    assert found == {
        "Foobar": "required",
        "Quuxly": "required",
        "ZetaCore": "preferred",
        "DHIS2": "required",  # a name with digits; not "3rd", "10k+" nor the names of firms
    }


def test_candidate_skills_in_profiles_and_gap(mini_analyzer) -> None:
    cv_text = "Skills\nPython, Foobar\n"
    report = mini_analyzer.compare(read_text(cv_text, "cv.txt"), [read_text(AD, "ad.txt")], kind="ad")
    skills = {skill.id: skill for skill in report.skills}
    assert skills["candidate:foobar"].status == "matched" and skills["candidate:foobar"].type == "candidate"
    assert skills["candidate:foobar"].cv_terms == ("Foobar",)
    assert skills["candidate:quuxly"].status == "missing" and skills["candidate:quuxly"].importance == "required"
    assert skills["python"].status == "matched"
    assert not any(skill_id.startswith("candidate:customer") for skill_id in skills)
    # The CV's known skills keep their taxonomy types after candidate wordings are added.
    [cv_profile] = mini_analyzer.profiles([read_text(cv_text, "cv.txt")], ["cv"])
    from skillgap.profile import with_wordings

    extended = with_wordings(cv_profile, read_text(cv_text, "cv.txt"), {"candidate:foobar": "Foobar"})
    assert {s.id: s.type for s in extended.skills} == {"python": "hard_skill", "candidate:foobar": "candidate"}


@pytest.mark.parametrize(
    ("cv_line", "status"),
    [
        ("- Prepared 40 Foobar returns each July", "matched"),
        # Others' work names it without showing it: "prepared and filed by our external accountants".
        ("- Supplied data for the Foobar returns, which are prepared and filed by our accountants", "missing"),
        # Nor what the writer only watched, or what a colleague does, as the CV's own words are read.
        ("- Accompanied our tax team on two Foobar reviews as an observer", "missing"),
        ("- Shadowed the audit team who prepared the Foobar returns", "missing"),
        ("- Our bookkeeper handles the Foobar returns; I file the receipts", "missing"),
        # Nor what the writer helped a colleague with, or says was only observed.
        ("- Assisted our freelance accountant with the Foobar returns", "missing"),
        ("- Sat with a client's accountant to see the Foobar returns done – observed only", "missing"),
        # Helping the people served is the writer's own work.
        ("- Helped the customer with their Foobar returns", "matched"),
        # The writer's own clause beside a colleague's.
        ("- The FC signs off the accounts and I prepare the Foobar returns", "matched"),
    ],
)
def test_an_unknown_skill_in_the_cvs_words_is_shown_only_as_the_writers(mini_analyzer, cv_line, status) -> None:
    report = mini_analyzer.compare(
        read_text(f"Experience\n{cv_line}\n", "cv.txt"), [read_text(AD, "ad.txt")], kind="ad"
    )
    assert {skill.id: skill.status for skill in report.skills}["candidate:foobar"] == status


@pytest.mark.parametrize(
    ("ad_line", "cv_line", "cv_words"),
    [
        # Accents folded on either side, one letter for one: the places stay those of the CV's own words.
        ("- Familiarity with Stöckert heart-lung machines", "- Primed and ran the Stockert S5 daily", "Stockert"),
        ("- Experience with Zetacore", "- Migrated our Zétacore reports", "Zétacore"),
    ],
)
def test_an_unknown_skill_is_found_in_the_cv_whatever_its_accents(mini_analyzer, ad_line, cv_line, cv_words) -> None:
    cv_text = f"Experience\n{cv_line}\n"
    report = mini_analyzer.compare(
        read_text(cv_text, "cv.txt"), [read_text(f"Requirements\n{ad_line}\n", "ad.txt")], kind="ad"
    )
    [gap] = [skill for skill in report.skills if skill.type == "candidate"]
    assert gap.status == "matched"
    [evidence] = [e for e in gap.evidence if e.source == "cv"]
    assert evidence.text == cv_text[evidence.start : evidence.end] == cv_words


@pytest.mark.parametrize(
    ("ad_line", "cv_line", "cv_words"),
    [
        # The words of an unknown skill turned round in one clause of the CV: the place runs over them.
        (
            "- Experience of Zetacore biometry",
            "- Biometry on the Zetacore 700 for pre-assessment",
            "Biometry on the Zetacore",
        ),
        # Not across a clause: the watching said between them is another matter.
        ("- Experience of Zetacore biometry", "- Biometry rotation: observed Zetacore sessions", None),
        # Not far apart in one long clause.
        ("- Experience of Zetacore biometry", "- Zetacore rollout for the clinic with new staff on biometry", None),
        # The ad's plural is the CV's singular, a size between them.
        (
            "- Experience with Zetacore corrugators",
            "- Ran the Zetacore 2.8m corrugator on nights",
            "Zetacore 2.8m corrugator",
        ),
    ],
)
def test_an_unknown_skill_is_found_in_the_cv_in_another_order(mini_analyzer, ad_line, cv_line, cv_words) -> None:
    cv_text = f"Experience\n{cv_line}\n"
    report = mini_analyzer.compare(
        read_text(cv_text, "cv.txt"), [read_text(f"Requirements\n{ad_line}\n", "ad.txt")], kind="ad"
    )
    [gap] = [skill for skill in report.skills if skill.type == "candidate"]
    assert gap.status == ("missing" if cv_words is None else "matched")
    if cv_words is not None:
        [evidence] = [e for e in gap.evidence if e.source == "cv"]
        assert evidence.text == cv_text[evidence.start : evidence.end] == cv_words


def test_accents_are_folded_one_letter_for_one() -> None:
    from skillgap.nlp.normalise import fold_accents

    assert fold_accents("Stöckert, café, naïve résumé") == "Stockert, cafe, naive resume"
    assert fold_accents("Ærø straße") == "Ærø straße"  # no one-letter base: kept
    assert all(len(fold_accents(text)) == len(text) for text in ("Stöckert", "e\u0301", "ﬁle", "Ångström"))


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("Experience with e.g. Zorblax or Quux", "Zorblax"),  # "e.g." is no name
        ("Experience with Quux, e.g. Zorblax", "Zorblax"),  # nor after a comma
        ("Experience with kubectl commands", "kubectl"),  # a tool in lower case before a common noun
    ],
)
def test_abbreviations_before_a_name_are_skipped(analyzer, sentence: str, candidate: str) -> None:
    doc = analyzer.nlp(make_doc(analyzer.nlp, read_text("Requirements\n- " + sentence + "\n", "ad.txt")))
    assert candidate in [span.text for span in candidate_spans(doc)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Experience with customers and partners",  # common words
        "Experience in busy offices",
        "Experience with night shifts and unsocial hours",
        "Knowledge of supply chains preferred",
        # A rare adjective qualifies the noun after it: no name.
        "Experience of triennial valuations for DB schemes",
        "Good knowledge of pharmacopoeial methods",
        # A verb's form is an English word, however rare in the word list.
        "Experience of liaising with residents and tenants",
    ],
)
def test_ordinary_words_after_a_cue_are_no_candidate(analyzer, sentence: str) -> None:
    doc = analyzer.nlp(make_doc(analyzer.nlp, read_text("Requirements\n- " + sentence + "\n", "ad.txt")))
    assert list(candidate_spans(doc)) == []


@pytest.mark.parametrize(
    ("ad_line", "cv_line", "cv_words"),
    [
        # Written together or apart, by a space or a hyphen.
        ("- Experience with greensand moulding lines", "- Ran a DISA line with green sand moulds", "green sand"),
        ("- Experience with Zeta Core", "- Migrated our Zetacore reports", "Zetacore"),
        # With a slash or a full stop inside it or not.
        ("- Working knowledge of DW/144", "- Work to DW144 on every duct run", "DW144"),
        # The product without its maker's name, where what is left is a name no English word spells.
        ("- Experience with QubicaAMF BES X scoring", "- Supported BES X scoring on 24 lanes", "BES X"),
        # Not a tail that is an English word: "Sync" is no Brunswick Sync.
        ("- Experience with Brunswick Sync", "- Set up the sync for the tills", None),
    ],
)
def test_an_unknown_skill_is_found_in_the_cv_as_people_write_it(mini_analyzer, ad_line, cv_line, cv_words) -> None:
    cv_text = f"Experience\n{cv_line}\n"
    report = mini_analyzer.compare(
        read_text(cv_text, "cv.txt"), [read_text(f"Requirements\n{ad_line}\n", "ad.txt")], kind="ad"
    )
    gaps = [skill for skill in report.skills if skill.type == "candidate"]
    assert gaps
    if cv_words is None:
        assert all(gap.status == "missing" for gap in gaps)
        return
    [gap] = gaps
    assert gap.status == "matched"
    [evidence] = [e for e in gap.evidence if e.source == "cv"]
    assert evidence.text == cv_words
