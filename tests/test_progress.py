"""A qualification the CV is still studying for is not held: the gap report calls it related, not matched."""

from __future__ import annotations

import pytest

from skillgap.documents import read_text


@pytest.fixture(scope="module")
def analyzer():
    from skillgap import Analyzer

    return Analyzer()


def _progress(analyzer, text: str) -> dict[str, bool]:
    (profile,) = analyzer.profiles([read_text(f"Qualifications\n{text}\n", "cv.txt")], ["cv"])
    return {mention.text: mention.in_progress for mention in profile.mentions}


@pytest.mark.parametrize(
    ("line", "words", "studying"),
    [
        ("- AAT Level 3 Diploma (in progress)", "AAT Level 3", True),
        ("- Currently studying for the CIPD Level 5 Associate Diploma", "CIPD Level 5", True),
        ("- Working towards ACCA", "ACCA", True),
        ("- Independent Prescribing course, due to complete June 2025", "Independent Prescribing", True),
        ("- BSc (Hons) Nursing, University of Leeds, 2023 - present", "BSc (Hons)", True),
        ("- A levels: Maths, Physics (predicted A*A)", "A levels", True),
        # A subject named as a qualification by its noun and "in": read as that qualification.
        ("- Enrolled on the Diploma in Dermatology (Cardiff) starting in the autumn", "Dermatology", True),
        ("- Diploma in Dermatology (Cardiff, 2021)", "Dermatology", False),
        # The parts of one name share the cue.
        ("- NVQ Level 6 Diploma in Construction Site Management - currently studying, due 2025", "NVQ", True),
        # Held: completed, dated, or a membership that runs to now.
        ("- AAT Level 3 Diploma (completed 2021)", "AAT Level 3", False),
        ("- PRINCE2 Foundation (2018)", "PRINCE2 Foundation", False),
        ("- CIPD Associate Member, 2019 - present", "CIPD", False),
    ],
)
def test_a_qualification_still_studied_for_is_marked(analyzer, line: str, words: str, studying: bool):
    assert _progress(analyzer, line)[words] is studying


def test_a_cue_belongs_to_the_nearest_qualification(analyzer):
    progress = _progress(analyzer, "- AAT Level 2 Certificate (2020), AAT Level 3 Diploma (in progress)")
    assert (progress["AAT Level 2"], progress["AAT Level 3"]) == (False, True)


def test_an_ads_mentions_are_never_in_progress(analyzer):
    """ "You will be working towards AAT Level 3" is training the job offers, not a course the reader is on."""
    (profile,) = analyzer.profiles(
        [read_text("Requirements\n- Working towards AAT Level 3\n- ACCA (in progress)\n", "ad.txt")], ["ad"]
    )
    assert profile.mentions and not any(mention.in_progress for mention in profile.mentions)


def test_a_qualification_in_progress_is_related_with_a_highlight(analyzer):
    cv = read_text("Qualifications\n- Level 3 Diploma in Adult Care (in progress)\n", "cv.txt")
    ad = read_text("Essential\n- Level 3 Diploma in Adult Care\n", "ad.txt")
    report = analyzer.compare(cv, [ad], kind="ad")
    (gap,) = [gap for gap in report.skills if gap.related_in_cv == (gap.id,)]
    assert gap.status == "related"
    assert all(e.in_progress for e in gap.evidence if e.source == "cv")
    assert any(s.type == "highlight" and s.skill_id == gap.id and "in progress" in s.text for s in report.suggestions)
    # Held, it matches.
    held = read_text("Qualifications\n- Level 3 Diploma in Adult Care (2021)\n", "cv.txt")
    assert {g.id: g.status for g in analyzer.compare(held, [ad], kind="ad").skills}[gap.id] == "matched"


def test_an_ad_that_takes_it_in_progress_is_matched(analyzer):
    cv = read_text("Qualifications\n- NVQ Level 6 in Construction Site Management (currently studying)\n", "cv.txt")
    ad = read_text("Essential\n- NVQ Level 6 in Construction Site Management (or working towards)\n", "ad.txt")
    statuses = {gap.id: gap.status for gap in analyzer.compare(cv, [ad], kind="ad").skills}
    assert statuses and set(statuses.values()) == {"matched"}


def test_progress_taken_by_one_ask_does_not_soften_another(analyzer):
    """An ad that takes the qualification in progress in one line and asks it passed in another asks it passed; a
    mention that asks nothing (a benefit) does not count against the line that takes it in progress."""
    cv = read_text("Qualifications\n- Registered for CFA Level I - sitting Feb 2026\n", "cv.txt")
    both = read_text("Essential\n- ACA, ACCA or CFA - qualified or studying towards\n- CFA Level I passed\n", "ad.txt")
    (gap,) = [gap for gap in analyzer.compare(cv, [both], kind="ad").skills if gap.id == "cfa"]
    assert gap.status == "related"
    one = read_text("Essential\n- ACA, ACCA or CFA - qualified or studying towards\n", "ad.txt")
    (gap,) = [gap for gap in analyzer.compare(cv, [one], kind="ad").skills if gap.id == "cfa"]
    assert gap.status == "matched"
    cv = read_text("Qualifications\n- AssocRICS - enrolled Jan 2025\n", "cv.txt")
    benefit = read_text(
        "Essential\n- AssocRICS, or working towards it\n\nWhat we offer\n25 days' holiday, paid study support for RICS"
        " qualifications and a friendly team.\n",
        "ad.txt",
    )
    statuses = {gap.id: gap.status for gap in analyzer.compare(cv, [benefit], kind="ad").skills}
    assert statuses and set(statuses.values()) == {"matched"}


@pytest.mark.parametrize(
    ("line", "words", "lapsed"),
    [
        ("- Cat C+E licence, Driver CPC, digi tacho card\n- ADR - lapsed 2019", "ADR", True),
        ("- SIA CCTV (Public Space Surveillance) licence - expired 2022, not renewed", "SIA CCTV", True),
        ("- SIA Door Supervisor licence (renewed 2024)", "SIA Door Supervisor licence", False),
        ("- Basic Life Support – last completed March 2022 (overdue for renewal)", "Basic Life Support", True),
        ("- Basic Life Support – last completed March 2025, renewal due March 2026", "Basic Life Support", False),
        # A certificate's dates, for any skill: taken, then expired.
        ("- Google Ads Search Certification (2021, expired 2022)", "Google Ads", True),
        ("- EUSR National Water Hygiene (blue card) - 2022, expired 2025", "EUSR National Water Hygiene", True),
        ("- Google Ads Search Certification (2021, renewed 2024)", "Google Ads", False),
        ("- PRINCE2 Practitioner - 2019, didn't renew", "PRINCE2 Practitioner", True),
        ("- Managed Google Ads accounts 2019-2024", "Google Ads", False),
        # Held for a time now past; held since a year, still held.
        ("- NPPV Level 2 – held while serving (2009 – 2014)", "NPPV", True),
        ("- SIA Door Supervisor licence, held 2015-2019", "SIA Door Supervisor licence", True),
        ("- CSCS card held since 2015", "CSCS card", False),
        # A certificate named after its awarding body is read as a qualification.
        ("- NPORS Slinger/Signaller – expired 2022", "Slinger/Signaller", True),
        # Ran out; not "ran out of time".
        ("- CPCS red card - ran out Aug 2026", "CPCS red card", True),
        ("- Forklift licence, ran out of time on the refresher so did it online", "Forklift licence", False),
        # Left to run out; not a lapse said of something else in the next sentence.
        ("- Gas Safe – held ACS CCN1 and HTR1 from 2014, let it lapse in 2020", "CCN1", True),
        ("- CSCS Green Labourer card (let it expire when I moved into the office)", "CSCS", True),
        ("- BS EN ISO 9606-1 coupon (2022) – certificate not kept up", "ISO 9606", True),
        ("- NPTC PA1 and PA2A (boom sprayer) – 2019. Was on NRoSO until 2023, let it lapse", "PA2A", False),
        # Held no longer, said before it; two certificates a clause apart each keep their own cue.
        ("- ACS expired 2021 - no longer on Gas Safe register, let it go", "Gas Safe register", True),
        ("- ACS expired 2021 - no longer on Gas Safe register, let it go", "ACS", True),
        ("- No longer registered with the HCPC since moving abroad", "HCPC", True),
        ("- My licence used to show C1 and D1 as I passed before 1997", "C1", True),
        ("- I used to drive C1 vehicles for the council", "C1", False),
        ("- Registered with the HCPC, no longer working shifts", "HCPC", False),
        # A refresher needed now; not one booked.
        ("- Asbestos awareness - done 2019, need refresher", "Asbestos awareness", True),
        ("- Manual handling - 2024, refresher booked for May", "Manual handling", False),
        # Two names, each dated, then one cue after a dash: said of both; not of a first with only its date.
        ("- BOSIET (2017) and FOET (2020) – lapsed 2024", "BOSIET", True),
        ("- CSCS (2019) and IPAF – lapsed 2024", "CSCS", False),
        # Not taken again since: the certificate asked "current" is not.
        ("- Food hygiene level 2 - done 2018, not redone since", "Food hygiene level 2", True),
        ("- First Aid at Work (2019), never refreshed", "First Aid at Work", True),
        ("- First Aid at Work (2019), refreshed 2024", "First Aid at Work", False),
        # A skill named with its certificate's noun is read as that certificate.
        ("- Confined Space Entry certificate (expired Jan 2023 - refresher booked)", "Confined Space Entry", True),
        ("- Confined Space Entry certificate (medium risk, 2024)", "Confined Space Entry", False),
    ],
)
def test_a_qualification_no_longer_held_is_marked_lapsed(analyzer, line: str, words: str, lapsed: bool):
    (profile,) = analyzer.profiles([read_text(f"Qualifications\n{line}\n", "cv.txt")], ["cv"])
    assert {mention.text: mention.lapsed for mention in profile.mentions}[words] is lapsed


def test_a_lapsed_qualification_is_related_with_a_renewal_highlight(analyzer):
    cv = read_text("Qualifications\n- Cat C+E licence, Driver CPC, digi tacho card\n- ADR - lapsed 2019\n", "cv.txt")
    report = analyzer.compare(cv, [read_text("Essential\n- Current ADR certificate\n", "ad.txt")], kind="ad")
    (gap,) = [gap for gap in report.skills if gap.related_in_cv == (gap.id,)]
    assert gap.status == "related" and all(e.lapsed for e in gap.evidence if e.source == "cv")
    assert any(s.type == "highlight" and "lapsed" in s.text for s in report.suggestions)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("- Transport Manager CPC - National, Road Haulage - booked to sit in March", "Transport Manager CPC"),
        ("- IWFM Level 4 Diploma - enrolled, starting September", "IWFM Level 4"),
        ("- CIPS Level 4 Diploma in Procurement and Supply - 3 of 6 modules passed", "CIPS Level 4"),
        ("- Level 3 Diploma in Dental Nursing (NEBDN) - in progress, due to finish June 2025", "NEBDN"),
        ("- PHTLS – course booked for next spring", "PHTLS"),
        # A practical failed and to sit again; a learner's licence, before or after it.
        (
            "- F-Gas Category 1 - took the course in 2023, failed the practical, resit planned this year",
            "F-Gas Category 1",
        ),
        ("- Provisional driving licence (test booked)", "driving licence"),
        ("- Driving licence - only provisional UK, I go to site with a colleague", "Driving licence"),
        # Booked by the writer, a qualification too; one card's name runs past its noun to its cue.
        ("- Full UK driving licence. Category B only - booked my C1 theory test for Dec", "C1"),
        ("- CPCS Red Trained Operator card - Piling Rig Bored (NVQ in progress, assessor due in Jan)", "CPCS"),
        ("- NQJ – sitting the National Qualification in Journalism in May", "National Qualification in Journalism"),
        ("- NQJ – sitting the National Qualification in Journalism in May", "NQJ"),
        ("- CCNP Enterprise – ENCOR passed 2022, still to sit the concentration exam", "CCNP Enterprise"),
        # Any skill with a course to come, not only a qualification.
        ("- Moving and Handling Trainer course – booked for Jan 2025", "Moving and Handling"),
        ("- Currently crewed as attendant only – emergency driving course is on the waiting list", "emergency driving"),
        # Any skill still being learnt.
        ("- Learning Golang – Udemy course in progress", "Golang"),
        ("- Python (learning), SQL", "Python"),
        ("- I am learning British Sign Language at evening classes", "British Sign Language"),
        ("- IStructE Chartered Membership exam – sitting Jan 2026", "IStructE Chartered Membership"),
        ("- British Sign Language Level 1 – booked to start September 2025", "British Sign Language"),
        ("- Metrology Certificate of Competence – enrolled, starts September 2025", "Metrology"),
        # The cue after the rest of the qualification's name in Title Case.
        (
            "- Level 3 NVQ Diploma in Installing Electrotechnical Systems - in progress, due to finish summer 2027",
            "Level 3 NVQ",
        ),
        ("- Level 5 Diploma in Leadership for the Children and Young People's Workforce - enrolled", "Level 5 Diploma"),
        # The skills of one name or bracket share the cue after them; a booking before a skill's course.
        ("- Ear wax removal (microsuction & irrigation) - course booked for Feb 2027", "Ear wax removal"),
        (
            "- Booked onto the council's ACEs and trauma-informed practice course in Jan 2027",
            "trauma-informed practice",
        ),
        ("- Breakaway training - place booked with the local authority training team", "Breakaway training"),
        # Booked, opening a clause after a comma.
        ("- Full UK driving licence (cat B) - no trailer licence yet, booked my B+E for the spring", "B+E"),
        ("I have been offered a place on the SPQ in District Nursing for next year", "SPQ in District Nursing"),
        ("- Offered a place on the motivational interviewing course in the spring", "motivational interviewing"),
        # A course booked for a month, after a dash; a skill still being learnt at a line's start, with no bullet.
        ("Internal auditor (BRCGS) course - booked January 2027", "Internal auditor"),
        ("Learning BSL at evening class (Level 1 course, started Sept 2026)", "BSL"),
        ("Languages: English (native). Learning Italian at evening classes", "Italian"),
        # Part of the way through its course; two names of one skill in one clause share the cue.
        ("- dbt Fundamentals (dbt Labs free course) - about 60% through, doing it in my own time", "dbt"),
        ("- AWS Cloud Practitioner course - half way through, exam in spring", "AWS Cloud Practitioner"),
        # A candidate for it, or a wish to finish it.
        ("- RICS APC candidate (Planning & Development pathway) – final assessment spring 2027", "RICS APC"),
        ("- CFA Program – Level II Candidate (exam May 2027)", "CFA"),
        ("Looking for a consultancy where I can finish my BICS certification.", "BICS certification"),
        # Booked, said alone after it; a place confirmed on a course that starts in a month to come.
        ("Conflict Management & De-escalation – booked, HMCTS learning, Jan 2027", "De-escalation"),
        (
            "Queen Mary Certificate in Intellectual Property Law – place confirmed, starts January 2027",
            "Intellectual Property Law",
        ),
        # Registered for its exam, or a year's sitting of it.
        ("- Registered for JIEB Liquidations paper – 2027 sitting", "JIEB"),
        # Not held yet.
        ("I don't have a full licence yet - on a provisional, test booked for December 2026", "full licence"),
        # Waiting on its result, or one part of it sat.
        ("- ACCA Strategic Business Leader - waiting on results", "ACCA"),
        # Signed up for a course to come, or one starting on a date.
        ("• Signed up for an online gait analysis CPD course starting Jan 2027", "gait analysis"),
        ("- Looking into doing the CIPD Level 5 next year", "CIPD Level 5"),
        (
            "- Transport Manager CPC (Road Haulage) - sat module 1 in October 2026",
            "Transport Manager CPC (Road Haulage)",
        ),
        # Part of the way through its parts; its last step still to come; read past a bracket that ends its name.
        ("- IOSH Working Safely – started online in Oct 2026, on module 2 of 4", "IOSH Working Safely"),
        ("- Level 3 Diploma in Retinal Screening – started Sept 2026, units 1–2 of 6 complete", "Level 3 Diploma"),
        (
            "- NVQ Level 2 in Insulation (Cavity Wall Insulation) – registered Sept 2026, assessment booked",
            "NVQ Level 2",
        ),
        (
            "- RYA Day Skipper (practical) – Yachtmaster Offshore theory passed 2025, practical still to book",
            "Yachtmaster Offshore",
        ),
        # Applied for, said alone; a paper failed, or to sit again.
        ("- National Rigging Certificate (NRC) – applied, assessment not yet booked", "National Rigging Certificate"),
        ("- Pool Plant Operator's Certificate – sat it in June, failed one paper", "Pool Plant Operator's Certificate"),
        ("- CIPD Level 5 – two units passed, resitting the third in March", "CIPD Level 5"),
        # Its exam failed, to be taken again.
        ("- PRINCE2 Foundation – exam failed first time (by 2 points!), retaking in May", "PRINCE2 Foundation"),
        ("- ECDL – failed the exam in June", "ECDL"),
        ("- CeMAP 2 – retaking the exam in May", "CeMAP"),
        # A skill named as a qualification, by a degree's letters or a level before it, is read as one.
        (
            "- MSc Advanced Clinical Practice - University of Salford, 2 of 3 years complete",
            "MSc Advanced Clinical Practice",
        ),
        ("- Level 3 Forest School Leader (OCN) - training weeks done, portfolio in progress", "Forest School"),
        (
            "- Relativity Certified Administrator (RCA) - failed first attempt in March, resitting in the autumn",
            "Relativity Certified Administrator (RCA)",
        ),
        # Booked, though said not done yet.
        ("- F-Gas Category 1 - booked for January, not done yet", "F-Gas Category 1"),
        # A degree in its final year.
        ("- BSc Sport & Exercise Science, Sheffield Hallam – final year, graduate this summer", "BSc"),
        # Said to be worked towards, after it; its final assessment to come in a month named.
        ("- NVQ L2 Lightning Protection - working towards it, portfolio about half done", "NVQ L2"),
        (
            "- LTA Level 3 Club Coach - started the course in January, final assessment in June",
            "LTA Level 3 Club Coach",
        ),
        (
            "- Level 3 Award in Education and Training - need to retake my final assessment",
            "Level 3 Award in Education and Training",
        ),
        # To be done.
        ("- Food hygiene level 2 – will do online course before the season", "Food hygiene level 2"),
        # The writer's application for it.
        ("- Enhanced DBS done as part of ADI application (2024)", "ADI"),
        ("- Personal licence application submitted May 2026", "Personal licence"),
        # Begun on a date, no end on its line.
        ("AAT Level 3 Diploma in Accounting - started Sept 2026 (evening classes, Sunderland College)", "AAT Level 3"),
        ("- SVQ 3 Aquaculture (started Jan 2025)", "SVQ 3"),
        # Still being finished, said alone after it.
        ("- Lean Six Sigma Green Belt – currently completing (project stage)", "Lean Six Sigma Green Belt"),
        # Revising for its exam.
        ("- MCERTS TE1 - revising, exam not booked yet", "MCERTS TE1"),
    ],
)
def test_more_ways_of_saying_in_progress(analyzer, line: str, words: str):
    assert _progress(analyzer, line)[words] is True


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # Every part done; a rank is no part; a dated bracket is no part of the name, and the booking after it is
        # another level's.
        ("- CIPD Level 5 - units 4 of 4 complete", "CIPD Level 5"),
        ("- AAT Level 3 Diploma in Accounting - started 2019, completed 2021", "AAT Level 3"),
        ("- Cert CII (started 2019, passed 2020)", "Cert CII"),
        ("- PRINCE2 Foundation - ranked 2 of 30 in the cohort", "PRINCE2 Foundation"),
        ("- WSET Level 2 Award in Wines (2023) – Level 3 booked for May 2027", "WSET Level 2"),
        # Others' resits; none needed.
        ("- Ran the full GCSE exam series each summer plus the November resits", "GCSE"),
        ("- PRINCE2 Practitioner – passed first time, no resits", "PRINCE2 Practitioner"),
        # A renewal or refresher not done is no course never taken; a final year project is no final year.
        ("- PCN Level 2 MT – 2019, recertification not done yet", "PCN Level 2"),
        ("- BSc Computer Science (2:1), 2019 – final year project on computer vision", "BSc"),
        # A degree-named skill held.
        ("- MSc Advanced Clinical Practice - University of Salford, 2019 - 2022", "MSc Advanced Clinical Practice"),
        # Another qualification worked towards after it.
        ("- Member IMechE (MIMechE), working towards CEng", "IMechE"),
        ("- Six Sigma Green Belt (2021), now completing Black Belt projects", "Six Sigma Green Belt"),
        # A renewal due is a held certificate's date.
        ("- PCN Level 2 UT (weld sector) - certified Jul 2021, renewal due 2026", "PCN Level 2"),
    ],
)
def test_done_in_full_is_not_in_progress(analyzer, line: str, words: str):
    assert _progress(analyzer, line)[words] is False


@pytest.mark.parametrize(
    ("line", "not_held", "held"),
    [
        # A checklist's "no" says the qualification is not held: no mention of it at all.
        ("- SMSTS - no; SSSTS - 2023", "SMSTS", "SSSTS"),
        ("- 18th Edition: No. I leave the hardwired electrics to the sparky", "18th Edition", None),
        ("- CSCS card (none), ECS card (gold)", "CSCS card", "ECS card"),
        # Begun and given up; not past a bracket that says it of another level.
        ("- HNC in Electrical Engineering – started 2019, did not complete", "HNC", None),
        ("* Care Certificate - started on induction but didn't finish all the standards", "Care Certificate", None),
        ("AAT Level 2 Certificate in Accounting – 2018 (Level 3 started, didn't complete)", None, "AAT Level 2"),
        # Past a closed bracket that names no other; its later parts not taken.
        ("- HNC in Electrical Engineering (part-time, evenings) - did not complete", "HNC", None),
        ("- DipFA Unit 1 (regulation) passed 2022 - never went on to Unit 2", "DipFA", None),
        ("- BTEC Level 3 (distinction) - didn't go on to university", None, "BTEC Level 3"),
        # Not "no longer current" (lapsed), nor "no points" (a clean licence).
        ("- First Aid at Work - no longer current", None, "First Aid at Work"),
        ("- Full UK licence - no points", None, "Full UK licence"),
        # "No" or "not" leading straight to it, or only thought of.
        ("- No MSc – thinking about a part-time MSc in Engineering Geology", "MSc", None),
        ("- Located services with a CAT scanner (not PAS 128 surveys)", "PAS 128", None),
        ("- Considering the CIPD Level 5 next year; CIPD Level 3 - 2021", "CIPD Level 5", "CIPD Level 3"),
        # Said not done yet, alone, of any skill.
        ("- COSHH – not trained yet; the dye room is signed off by the Head of Wardrobe", "COSHH", None),
        ("- SMSTS - not yet; SSSTS - 2023", "SMSTS", "SSSTS"),
        # Sat and failed; not a failed thing the writer fixed.
        ("- Sat the driver tests in 2023 - didn't get through the psychometric stage", "psychometric", None),
        ("- Failed my SMSTS in May, SSSTS passed", "SMSTS", "SSSTS"),
        ("- Troubleshot failed Kubernetes deployments for the platform team", None, "Kubernetes"),
        ("- Scrub and circulating only – not anaesthetics trained", "anaesthetics", None),
        # Never done, said before it or after it; or only hoped for.
        ("I have not used Stata but am happy to learn. SPSS daily", "Stata", "SPSS"),
        ("- Never worked with Xero, only Sage", "Xero", "Sage"),
        ("- No experience of QuickBooks, Sage daily", "QuickBooks", "Sage"),
        ("- Google Analytics – never used it properly, it's on my list to learn", "Google Analytics", None),
        ("- Non-medical prescribing – not done yet, hoping to start V150 next year", "V150", None),
        ("I passed CeMAP 1 and I'm keen to build a long-term career in financial services", "financial services", None),
        ("I want to move into litigation after two years of conveyancing", "litigation", "conveyancing"),
        ("I moved back to the UK and would now like to teach ESOL to adults", "ESOL", None),
        ("Posters at ERS 2022 and EADV 2023 (Python). No peer-reviewed papers yet", "peer-reviewed papers", "Python"),
        # Not a "no" of it, nor a hope for it.
        ("- Not only Python but also SQL for reporting", None, "Python"),
        ("- Excel – not a problem, used daily", None, "Excel"),
        ("- Keen to use my Excel skills in a finance team", None, "Excel"),
        ("- Hoping to do the CIPD Level 5 next year; CIPD Level 3 - 2021", "CIPD Level 5", "CIPD Level 3"),
        ("- Keen to do more audit work with Excel", None, "Excel"),
        # Given up in a bracket that names no other; "so no" before it; not a bracket said of something else.
        ("- A City & Guilds 18th Edition evening course (started 2022, did not sit the exam)", "18th Edition", None),
        ("- Full car licence (2019), towing test booked for July so no B+E yet", "B+E", "Full car licence"),
        # A "no" before the next name is said of that one, not of the name before it.
        ("- Full UK driving licence (cat B) - no B+E yet", "B+E", "Full UK driving licence"),
        # A denial between two names of one skill starts the second's clause.
        ("- NPTC PA1 and PA2 (2022) - no PA6 yet", "PA6", "PA2"),
        ("- Azure AD sync and troubleshooting – no Azure IaaS as such", None, "troubleshooting"),
        # Not yet, or not on its scheme or register.
        ("- Associate Member of RINA (AMRINA) - joined 2023, not yet on a CEng scheme", "CEng", None),
        ("- BEng (Hons) Civil Engineering; not yet CEng", "CEng", "BEng (Hons)"),
        ("- Not on the Gas Safe register since 2020; ACS CCN1 held", "Gas Safe", "CCN1"),
        ("- Python (used daily, did not complete the certification)", None, "Python"),
        ("- Python – not only used for scripts but for the whole ETL", None, "Python"),
        # The skill's own verb, or its use, denied.
        ("- I do not line manage anyone formally, but I mentor two juniors", "line manage", "mentor"),
        ("- I don't use Xero, only Sage", "Xero", "Sage"),
        # Left after its first year, however far along its line.
        ("- A levels - started Business, Law, Media at Havering College, left after 1st year", "A levels", None),
        # Not done yet, ending its clause, or never applied for.
        ("- SSSTS – company was going to put me on it in spring, not done yet", "SSSTS", None),
        ("- CPCS A61 Appointed Person card (issued May 2025), NVQ not started yet", "NVQ", "CPCS A61 Appointed Person"),
        ("- Personal licence – did the course in 2023 but never sent the application", "Personal licence", None),
        ("- Felling small trees (CS31) – haven't done it yet, saving up for the course", "CS31", None),
        ("- Diploma in Insurance (Dip CII) - not started yet, planning for 2026", "Dip CII", None),
        # Not done yet, before it.
        ("- PA1 passed (2022), not done PA6 yet - the centre never paid for it", "PA6", "PA1"),
        # Left part of the way through.
        ("- HNC Civil Engineering - started at South Staffs College 2022, left after first year (money)", "HNC", None),
        ("- HND in Mechanical Engineering - dropped out in the second year", "HND", None),
        # Given up, however far along its line; not done, and not done in any formal way.
        (
            "- British Sign Language Level 1 - started at Manchester College in 2022, didn't finish because of shifts",
            "British Sign Language",
            None,
        ),
        ("- I did not do the confined space course, a contractor did the freezer", "confined space", None),
        ("- I know the inspections, but I haven't done any formal PUWER or LOLER training", "LOLER", None),
        ("- I know the inspections, but I haven't done any formal PUWER or LOLER training", "PUWER", None),
        ("- I did not do the induction, but I use Xero daily", None, "Xero"),
        # A denied list reaches its items that "or" joins, however far; not past "but", which starts what is held.
        (
            "- I don't have experience of special diets for patients or texture-modified food, or dementia",
            "dementia",
            None,
        ),
        ("- Never worked on the street lighting side of the network or DNO cut-outs", "DNO", None),
        ("- Never used Xero, Sage or QuickBooks", "QuickBooks", None),
        ("- Never used Xero but Sage or QuickBooks daily", "Xero", "QuickBooks"),
        ("- I don't have any experience with Xero, only Sage", "Xero", "Sage"),
    ],
)
def test_a_qualification_answered_no_is_not_held(analyzer, line: str, not_held: str | None, held: str | None):
    found = _progress(analyzer, line)
    assert not_held not in found
    assert held is None or held in found


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # A course taken, and a skill with no course to come.
        ("- Moving and handling (Jan 2024), booked onto refresher training by my manager", "Moving and handling"),
        ("- PHTLS (2022)", "PHTLS"),
        ("- Opera PMS – booked in 40 guests a day", "Opera PMS"),
        ("- Moodle – enrolled learners onto courses and tracked completion", "Moodle"),
        # Learning as a noun, or beside a skill: no skill still being learnt.
        ("- Machine learning and Python for churn models", "Python"),
        ("- Python – used for machine learning pipelines", "Python"),
        ("- Support Worker – Supported Living (Learning Disabilities)", "Supported Living"),
        ("- Learning budget of £1,500 per year", "budget"),
        ("- Led the ERP migration, due to complete in 2025", "ERP"),
        # Part of the way through something else, named after it; a course finished.
        ("- Actuarial student in a DB pensions consultancy team, part way through IFoA exams", "DB pensions"),
        ("- Cisco Meraki rollout, partway through a branch refresh", "Cisco Meraki"),
        ("- Finished my CSCS card in 2020", "CSCS card"),
        ("- Registered with the HCPC since 2015", "HCPC"),
        ("- Looking into SQL performance issues with the DBA", "SQL"),  # investigating, not a course to come
        # A full licence, provisional for another category.
        ("- Full UK driving licence (provisional on motorbike)", "Full UK driving licence"),
        # Others' applications handled; an application process run; a skill's applications.
        ("- Processed DBS applications via uCheck, chasing candidates for ID", "DBS"),
        ("- Managed the DBS application process for new starters", "DBS"),
        ("- Java application support for the trading desk", "Java"),
        # Booked for work, as a locum is: a condition of the work, no course to come.
        ("- Chronic disease reviews (COPD, asthma) and QOF work when booked for it", "Chronic disease reviews"),
        ("- Phlebotomy clinics if booked for them by the surgery", "Phlebotomy"),
    ],
)
def test_no_course_to_come_is_no_progress(analyzer, line: str, words: str):
    assert _progress(analyzer, line)[words] is False


def test_a_level_held_beside_a_higher_one_in_progress_is_below_the_level_asked(analyzer):
    """The level a mention names may follow it: "CIPS Level 3 Certificate"."""
    cv = read_text(
        "Qualifications\n- CIPS Level 4 Diploma - 3 of 6 modules passed\n- CIPS Level 3 Advanced Certificate - 2020\n",
        "cv.txt",
    )
    report = analyzer.compare(cv, [read_text("Essential\n- CIPS Level 4 Diploma\n", "ad.txt")], kind="ad")
    assert {gap.id: gap.status for gap in report.skills}["cips-qualification"] == "related"


def test_an_expired_certificate_of_any_skill_is_lapsed(analyzer):
    (profile,) = analyzer.profiles(
        [read_text("Training\n- Moving & Handling Train the Trainer – certificate expired 2021\n", "cv.txt")], ["cv"]
    )
    assert {mention.text: mention.lapsed for mention in profile.mentions}["Moving & Handling"] is True


@pytest.mark.parametrize(
    ("line", "words", "lapsed"),
    [
        # Lapsed, said after a dash (and a short bracket of its kind), with its date or none.
        ("- Confined space (medium) - expired 2022, happy to redo", "Confined space", True),
        ("- Manual handling - expired March 2021", "Manual handling", True),
        # Not a word that opens a phrase about something else.
        ("- Excel - expired certificates report built in VBA", "Excel", False),
        # A date it was taken, then never refreshed or not renewed since; not refreshed at a later date.
        ("- Confined space entry (low risk) - done in 2017, never got refreshed", "Confined space entry", True),
        ("- Google Ads Search certification (2021, not renewed)", "Google Ads", True),
        ("- Manual handling (2020), refreshed 2024", "Manual handling", False),
        # Its card ran out; two names of the skill side by side are one name, lapsed as one; not a card that ran
        # out of something, nor a name on the next line.
        ("- CPCS A17 Telescopic Handler - red trained card, ran out 2018", "Telescopic Handler", True),
        ("- CPCS A17 Telescopic Handler - red trained card, ran out 2018", "CPCS A17", True),
        ("- Telehandler - card ran out of space for stickers", "Telehandler", False),
        ("- CPCS A17 (2020)\n- Telescopic Handler - red card, ran out 2018", "CPCS A17", False),
    ],
)
def test_a_skill_said_to_have_expired_after_a_dash_is_lapsed(analyzer, line: str, words: str, lapsed: bool):
    (profile,) = analyzer.profiles([read_text(f"Training\n{line}\n", "cv.txt")], ["cv"])
    assert {mention.text: mention.lapsed for mention in profile.mentions}[words] is lapsed


def test_one_no_is_said_of_every_skill_of_its_phrase(analyzer):
    """ "not PAS 128 GPR surveys", "no Tableau or Power BI": the writer holds none of them."""
    for line, words in [
        ("- Located services with a CAT and Genny for topo jobs (not PAS 128 GPR surveys)", ("PAS 128", "GPR surveys")),
        ("- No Tableau or Power BI, all reporting done in Excel", ("Tableau", "Power BI")),
    ]:
        found = _progress(analyzer, line)
        assert not set(words) & set(found), (line, found)
    assert "Excel" in _progress(analyzer, "- No Tableau or Power BI, all reporting done in Excel")


def test_an_ads_no_asks_for_it(analyzer):
    """ "No CSCS, no start" in an ad asks for the card; the not-held readings are a CV's."""
    (profile,) = analyzer.profiles([read_text("Requirements\n- No CSCS card, no start\n", "ad.txt")], ["ad"])
    assert [mention.text for mention in profile.mentions] == ["CSCS card"]


def test_the_same_skill_named_again_in_the_clause_shares_its_progress(analyzer):
    text = "Languages\nLearning Welsh – currently at Sylfaen level with Dysgu Cymraeg.\n"
    (profile,) = analyzer.profiles([read_text(text, "cv.txt")], ["cv"])
    assert {mention.text: mention.in_progress for mention in profile.mentions} == {"Welsh": True, "Cymraeg": True}


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        # A provider's course with the skill in its quoted title, taken now.
        ("Skills\nCurrently doing a Codecademy 'Learn SQL' course\n", [("SQL", True)]),
        # Part of the way through, at the end of its line.
        ("Skills\nTerraform - about halfway through\n", [("Terraform", True)]),
        # The same skill in the bracket after a skill being learnt: the course's title.
        ("Skills\n- Learning Python (Coursera 'Python for Finance', halfway)\n", [("Python", True), ("Python", True)]),
        # One module of a qualification passed.
        ("Qualifications\nADIT - passed Module 1 in June 2023, two modules to go\n", [("ADIT", True)]),
        # Done, and a project rather than a course: held.
        ("Skills\nCurrently doing a Codecademy 'Learn SQL' project\n", [("SQL", False)]),
    ],
)
def test_courses_by_title_and_parts_passed_are_in_progress(analyzer, text: str, progress: list) -> None:
    (profile,) = analyzer.profiles([read_text(text, "cv.txt")], ["cv"])
    assert [(mention.text, mention.in_progress) for mention in profile.mentions] == progress
