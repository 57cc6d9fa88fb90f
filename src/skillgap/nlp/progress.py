"""Qualifications still in progress: "AAT Level 4 (studying)", "Currently studying for the ACCA", "BSc Nursing,
2023 - present", "Independent Prescribing course - due to complete June 2025". A CV that is working towards a
qualification does not hold it yet; the gap report says so rather than calling the ask matched.

Read from the words on the mention's line, in its own clause: a cue just after the qualification ("(in
progress)", "- expected 2026", "2023 - present") or one leading up to it ("Working towards", "Enrolled on").
The cues of study in general ("ongoing", "due 2025", "enrolled") are read for certifications and degrees only:
after a skill they are as often said of a project ("ERP migration, due to complete in 2025"). For any skill, a
course to come or still being learnt: "PHTLS - course booked for next spring", "emergency driving course is on the
waiting list", "Learning Golang - Udemy course in progress", "Python (learning)"; and a certificate of it that has
expired ("Moving & Handling Train the Trainer - certificate expired 2021").

Also a qualification held once and no longer, from a cue just after it: "ADR - lapsed 2019", "SIA CCTV licence -
expired 2022", "NPPV Level 2 - held while serving (2009 - 2014)" (`span._.lapsed`). A skill named after its awarding
body ("NPORS Slinger/Signaller", models/lexicons/awarding_bodies.txt) is read as the certificate it is.

And a qualification a checklist answers "no" ("SMSTS - no; SSSTS - 2023", "18th Edition: No") is no mention of it:
the writer says they do not hold it.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.nlp.ad_cues import holds_any
from skillgap.nlp.doc_data import DOC_KIND_KEY, NOT_HELD_KEY, SPANS_KEY, SpanValues, doc_text
from skillgap.nlp.matcher import awarded_by_a_body

# Just after the qualification, in its clause: "(in progress)", ", currently studying", "- expected 2026",
# "2023 - present", "(Year 2 of 3)", "due to complete in 2025", "(studying, exams in May)", "- revising, exam not
# booked".
_AFTER = re.compile(
    r"^[^;]{0,45}?(?<![\w-])(?:in[- ]progress|ongoing|(?:currently )?(?:studying|revising)|in training"
    r"|part[- ]qualified"
    r"|(?:expected|anticipated|predicted|exp\.)(?: (?:completion|graduation|to (?:complete|finish|qualify)))?"
    # (not a renewal's date: "certified Jul 2021, renewal due 2026" is held)
    r"|(?<!renewal )(?<!renew )(?<!expiry )(?<!review )"
    r"due(?: to (?:complete|finish|qualify))?\s*(?:in\s*)?(?:\w+\s*)?(?:19|20)\d\d|due to (?:complete|finish|qualify)"
    r"|awaiting (?:results?|registration)|not yet (?:complete|completed|qualified|awarded|finished)"
    r"|not (?:completed|finished) yet|year \d of \d"
    r"|(?:completing|graduating|finishing|qualifying) (?:in )?(?:\w+ )?(?:19|20)\d\d|enrolled|enrolment confirmed"
    # still being finished, said alone: "Lean Six Sigma Green Belt – currently completing (project stage)"
    r"|(?:currently|still|now) (?:completing|finishing)(?=\s*(?:$|[,;.()]|it\b))"
    r"|booked (?:to sit|on|onto|in)|exams? booked|sitting (?:the )?exams?|starting (?:in )?[A-Z]\w+"
    r"|sitting (?:the|my|it|them|in)|sitting (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:still|yet|due|booked|registered|scheduled) to sit"
    r"|final (?:assessment|exam) (?:in |due |booked (?:for |in )?)?(?:\w+ )?(?:19|20)\d\d|(?:19|20)\d\d sitting"
    # a degree in its last year: "BSc Sport & Exercise Science – final year, graduate this summer"
    r"|final[- ]year(?: student| undergraduate)?(?=\s*(?:$|[,;.)]))"
    r"|graduat(?:e|ing) (?:this|next) (?:summer|spring|autumn|winter|year|term)"
    r"|final (?:assessment|exam) (?:is )?(?:in|due|booked for)"
    r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    # said after it: "NVQ L2 Lightning Protection - working towards it, portfolio about half done" (not "Member
    # IMechE, working towards CEng": another qualification, where the words read stop)
    r"|working towards (?:it|this|them|completion)|working towards(?=\s*[,;.):])"
    r"|still to (?:complete|take|pass)|waiting (?:on|for) (?:the |my )?results?"
    # one part sat or passed of several: "sat module 1 in October 2026", "unit 2 passed", "passed Module 1"
    r"|(?:sat|passed) (?:module|unit|paper|part) \d"
    r"|(?:module|unit|paper|part) \d (?:passed|sat|done|complete|completed)"
    # part of the way through its parts, not all of them: "on module 2 of 4", "units 1-2 of 6 complete" (not "4 of 4")
    r"|(?:modules?|units?|papers?|parts?|stages?) (?:\d+\s*[-–]\s*)?(?P<done>\d+) of (?!(?P=done)\b)\d+"
    r"|(?P<parts_done>\d+) of (?!(?P=parts_done)\b)\d+ (?:modules|units|exams|papers|credits|parts|stages|years)"
    # or the rest of its parts said not done: "STCW Personal Survival Techniques (PST) - 2023 (the other 3 modules not
    # done yet)"
    r"|(?:other|remaining) (?:\d|two|three|four|five) (?:modules|units|papers|parts|elements|courses) "
    r"(?:not (?:yet )?(?:done|taken|completed|sat)|still to (?:do|take|complete|sit))"
    # or counted as left: "NEBOSH General Certificate - started 2023, one unit left to pass", "two units left"
    r"|(?:one|two|three|four|five|a|\d) (?:more )?(?:modules?|units?|papers?|exams?|parts?|elements?|assignments?) "
    r"(?:left|remaining|outstanding|to go)"
    # the last step still to come: "on-site assessment booked", "theory passed, practical still to book"
    r"|(?:exams?|assessments?|observations?) booked|practical (?:exam |assessment )?(?:still )?to (?:book|take|sit|do)"
    r"|theory only"
    # applied for, said alone: "National Rigging Certificate (NRC) – applied, assessment not yet booked"
    r"|(?<=[–—(:,-] )applied(?: for(?: it)?)?(?=\s*(?:$|[,;.)]))"
    # begun on a date, with no end on its line: "AAT Level 3 Diploma - started Sept 2026 (evening classes)", "DSC
    # Level 2 - started the portfolio 2023"; not "started 2019, completed 2021"
    r"|(?:(?<=[–—(:,-] )|(?<=\())started (?:(?:the|my) (?:portfolio|course|training|programme|apprenticeship) )?"
    r"(?:in )?(?:[a-z]+\.? )?(?:19|20)\d\d"
    r"(?![^;\n]*\b(?:complet|finish|pass|qualif|award))"
    # a paper to sit again: "sat the exam in June and failed one paper, resitting in January", "took the course in
    # 2023, failed the practical, resit planned this year"
    r"|failed (?:one|a|an|the|two|\d) (?:of (?:the|my) )?"
    r"(?:papers?|modules?|units?|exams?|parts?|components?|practicals?|theory|assessments?)"
    r"|re-?sitting|(?:to|will|booked to|due to) re-?sit|re-?sits? (?:booked|due|in|on|planned)"
    # or its exam failed, to be sat again: "PRINCE2 Foundation – exam failed first time (by 2 points!), retaking in
    # May"
    r"|(?:exam|test) failed|failed (?:the |my )?(?:exam|test)"
    r"|retak(?:e|ing) (?:that|it(?: (?:in|on|next|this))?|in|on|next|this"
    r"|(?:the|my) (?:\w+ )?(?:exams?|tests?|papers?|modules?|units?|assessments?|practicals?|theory))"
    # to be done: "Food hygiene level 2 – will do online course before the season"
    r"|will (?:do|take|sit|complete|book) (?:it|them|the|an?|my|online|this)"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Just after any skill, in its clause: a course to come, not yet taken. "Moving and Handling Trainer course - booked
# for Jan 2025", "PHTLS - course booked for next spring", "emergency driving course is on the waiting list". Not
# past a year, the date it was taken ("Moving and handling (2024), booked onto a refresher"), nor for a refresher.
_BOOKED = re.compile(
    r"^(?:(?!(?:19|20)\d\d|refresh)[^;.]){0,45}?(?<![\w-])"
    # (not a condition of the work: a locum's "QOF work when booked for it")
    r"(?:(?<!when )(?<!if )(?<!as )"
    r"booked (?:for|on|onto|to start|to begin|to take|(?:in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b)"
    r"|(?:course|training|exams?|place) (?:is |now |[-–—:,] )?booked"
    # booked, said alone right after it, or a start to come: "De-escalation – booked, HMCTS learning, Jan 2027",
    # "place confirmed, starts January 2027"
    r"|(?<=[–—(:-] )booked(?=\s*(?:$|[,;.)]))|place confirmed"
    r"|start(?:s|ing) (?:in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d\d"
    r"|on (?:the|a) (?:[\w&-]+ )?waiting list|waitlisted"
    r"|(?:course|training|module|programme)s? (?:is |are )?(?:still )?(?:in progress|ongoing|underway)"
    # part of the way through its course: "dbt Fundamentals - about 60% through", "half way through"
    r"|(?:\d{1,2}% (?:of the way )?|(?:half|part)[- ]?way )through"
    # (its end or its course's noun after it: the words read stop at the next skill, "part way through IFoA exams")
    r"(?=\s*(?:$|[,;.)]|(?:the |my |a |an )?(?:course|training|programme|module|syllabus|qualification)))"
    # enrolled on a course not yet done: "Metrology Certificate of Competence - enrolled, starts September"
    r"|(?:enrolled|enroled)(?=\s*(?:$|[,;.)–—-]|(?:on|onto|in|for|and)\b)))(?![\w-])"
    # or still being learnt, said right after it: "Python (learning)", "Golang - currently learning"
    r"|^\s*(?:\(|[-–—:,]\s*)?(?:currently |still |now )?(?:learning|studying|self-teaching)"
    r"(?=\s*(?:$|[),;.–—-]|(?:it|now|at|on|via|through|with|in)\b))",
    re.IGNORECASE,
)
# Just before any skill, opening its line or clause: booked onto its course ("Booked onto the council's trauma-informed
# practice course", "booked my C1 theory test for Dec"). A course to come, not a booking the writer made for others
# ("booked rooms for the MDT").
_BOOKED_BEFORE = re.compile(
    # opening its line, clause or bracket: "no trailer licence yet, booked my B+E for the spring"
    r"(?:^|[•·*▪–—:;(,-]\s*|\bI\s+(?:am|was|have been|'m|’m)\s+)"
    r"(?:booked\s+(?:on|onto|my)|signed\s+up\s+(?:for|to|on|onto)"
    # planned, not started: "Looking into doing my assessor award (CAVA) next year"
    r"|looking\s+into\s+doing"
    # a place on its course, not yet begun: "I have been offered a place on the SPQ in District Nursing"
    r"|offered\s+a\s+place\s+(?:on|onto|at|for))\s+(?:the\s+|a\s+|an\s+|my\s+)?"
    r"[^;,.()]{0,40}$",
    re.IGNORECASE,
)
# Just before any skill, opening its line or clause: "Learning Golang - Udemy course", "Currently learning Rust".
# Not "Machine learning and Python": the cue must lead straight to the skill.
_LEARNING_BEFORE = re.compile(
    # (or after a comma, or just begun: "Half marathons, learning Polish", "just started learning Welsh on Duolingo")
    r"(?:^|[•·*▪–—:;,(-]\s*|\.\s+|\b(?:currently|now|still|i am|i'm|am|started|began|begun)\s+)"
    # (with a word of how: "I'm slowly learning Python through an Udemy course")
    r"(?:(?:slowly|gradually|also|just|currently|still|now)\s+)?(?:learning|studying|teaching myself)"
    r"\s+(?:the\s+|some\s+|basic\s+)?$",
    re.IGNORECASE | re.MULTILINE,  # read from a line's start: "^" is there
)
# Just after any skill: its certificate held once and no longer ("Moving & Handling Train the Trainer - certificate
# expired 2021", "Telescopic Handler - red trained card, ran out 2018").
_CERTIFICATE_LAPSED = re.compile(
    r"^[^;.]{0,45}?(?<![\w-])(?:certificate|certification|licence|license|card|registration|ticket|accreditation)"
    r",?\s+(?:has\s+|had\s+)?(?:lapsed|expired|(?:ran|run) out(?! of))(?![\w-])",
    re.IGNORECASE,
)
# Just after any skill: a date it was taken, then that it expired ("EUSR Water Hygiene (blue card) - 2022, expired
# 2025", "IATA Dangerous Goods Regulations - passed 2021, expired 2023", "City & Guilds 6150 - 2017, out of date"),
# needs a refresher ("Asbestos awareness - done 2019, need refresher") or never had one ("Confined space entry - done
# in 2017, never got refreshed"): a certificate's dates.
_DATED_LAPSE = re.compile(
    r"^[^;]{0,45}?(?:19|20)\d\d\b[^;\d]{0,15}?(?<![\w-])(?:lapsed|expired|out of date|needs? (?:a |my )?refresher"
    r"|(?:not|never) (?:been |got |gotten )?(?:redone|refreshed|renewed|retaken))(?![\w-])",
    re.IGNORECASE,
)
# Just after any skill, after a dash (and a short bracket of its kind): that it lapsed. "Confined space (medium) -
# expired 2022, happy to redo", "First Aid - lapsed".
_DASHED_LAPSE = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?[-–—:]\s*(?:lapsed|expired|out of date)"
    r"(?:\s+(?:in\s+|on\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d)?\s*(?=$|[,;.()])",
    re.IGNORECASE,
)
# The rest of a qualification's name in Title Case after the part matched, with its linking words: " Diploma in
# Installing Electrotechnical Systems". A cue after a name is read from the name's end.
# A bracket closing the name is part of it, unless it dates it: "NVQ Level 2 in Insulation (Cavity Wall Insulation) -
# registered"; not "WSET Level 2 Award in Wines (2023) - Level 3 booked".
_TITLE_TAIL = re.compile(
    r"(?:(?:\s+(?:in|of|and|for|the|&))*\s+[A-Z][\w&'’-]*)*(?:\s*\((?![^()]*(?:19|20)\d\d)[^()]{0,60}\))?"
)
# Just after it: held once, no longer: "ADR - lapsed 2019", "SIA CCTV licence - expired 2022, not renewed", "Basic
# Life Support - last completed March 2022 (overdue for renewal)".
_LAPSED = re.compile(
    # (not past the end of a sentence, into one about something else: "PA2A - 2019. Was on NRoSO, let it lapse")
    r"^(?:(?!\.\s+[A-Z])[^;]){0,45}?(?<![\w-])"
    r"(?:lapsed|expired|not renewed|(?:didn't|did not|never) renew(?:ed)?|(?:ran|run) out(?! of)"
    r"|no longer (?:valid|current|held)|out of date|revoked"
    # left to run out: "let it lapse in 2020", "allowed it to expire", "certificate not kept up since"
    r"|let (?:it|them|this|that) (?:lapse|expire|run out)|allowed (?:it|them) to (?:lapse|expire)"
    r"|(?:not|never) (?:been )?kept up"
    # not taken again since: "Food hygiene level 2 - done 2018, not redone since", "never refreshed"
    r"|(?:not|never) (?:been |got |gotten )?(?:redone|refreshed|retaken|renewed)"
    r"|overdue(?: for (?:renewal|a refresher|refresher training))?|renewal (?:is )?overdue"
    # a refresher needed now: "Asbestos awareness - done 2019, need refresher"
    r"|needs? (?:a |my )?refresher"
    # held for a time now past: "NPPV Level 2 - held while serving (2009 - 2014)", "held 2015-2019"
    r"|held (?:while|whilst|when|during|until|till)\b[^;]{0,30}?(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?"
    r"|held\s+\(?(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Begun and given up: "did not complete", "didn't finish", "never sat".
_GAVE_UP = r"(?:did not|didn't|didn’t|never) (?:complete|completed|finish|finished|pass|passed|sit|sat)"
# Just after it, all its clause says is that it is not held: "SMSTS - no", "18th Edition: No.", "CSCS (none)". Not "no
# longer current" (lapsed) nor "no points" (a clean licence).
_NOT_HELD = re.compile(
    r"^\s*(?:[-–—:]\s*|\(\s*)(?:no|none|not held|n/a)\b\s*\)?(?=\s*(?:$|[,;.]))"
    # or begun and given up ("HNC Minerals Extraction – started 2012, did not complete"; "NVQ Level 2 Passive Fire
    # Protection - registered Sept 2024, not finished"), or its later parts not
    # taken, past closed brackets in lower case, which name no other qualification ("Level 2 Carpentry course at
    # Crawley College (2018) - didn't finish", "ADI Part 1 (theory) passed 2019 - didn't go on to Part 2"); not past
    # an open bracket, which says it of another: "AAT Level 2 – 2018 (Level 3 started, didn't complete)"
    r"|^(?:[^;(]|\((?-i:[^()A-Z]){0,30}\)){0,80}?(?<![\w-])(?:" + _GAVE_UP + r"|not (?:completed|finished)(?! yet)"
    r"|(?:did not|didn't|didn’t|never) (?:go|went) on to (?:do |sit |take )?(?:the )?(?:part|stage|module|unit) \d)"
    # or withdrawn from, not past a bracket
    r"|^[^;(]{0,80}?(?<![\w-])(?:withdrew|left (?:the course|before completing)"
    r"|dropped out"
    # or never put to use: "Google Analytics - never used it properly"
    r"|(?:never|not|haven't|haven’t|have not) (?:yet )?(?:really |properly |actually )?used"
    # or a licence never applied for after its course: "Personal licence – did the APLH course 2023 but never sent
    # the application to the council"
    r"|(?:never|not yet|haven't|haven’t|have not|didn't|didn’t|did not) (?:applied|sent (?:off )?(?:the|my) "
    r"application|submitted (?:the|my) application)"
    r")(?![\w-])"
    # or left part of the way: "HNC Civil Engineering - started at South Staffs College 2022, left after first year",
    # "A levels - started Business, Law, Media at Havering College, left after 1st year", "HNC Mechanical Engineering -
    # started 2019, stopped after year 1", "Cruse Bereavement Support - started the volunteer training in 2023, paused
    # after module 2"
    r"|^[^;(]{0,80}?(?<![\w-])(?:left|dropped out|withdrew|stopped|paused) (?:after|in) (?:the |my )?"
    r"(?:(?:first|second|third|1st|2nd|3rd) (?:year|term|semester|module|unit)"
    r"|(?:year|term|semester|module|unit) (?:1|2|3|4|5|one|two|three|four|five))"
    r"(?![\w-])"
    # or said not done yet, ending its line or sentence: "SSSTS – company was going to put me on it in spring, not
    # done yet" (not a renewal or refresher not done: that is lapsed; nor a course booked: that is to come)
    r"|^(?:(?!booked|enrolled)[^;(]){0,80}?(?<![\w-])(?<!renewal )(?<!refresher )(?<!recertification )"
    r"(?:not|haven't|haven’t|hasn't|hasn’t) (?:yet )?(?:done|taken|sat|started)"
    r"(?: it)?(?: yet)?(?=\s*(?:$|[,;.)]))"
    # or said not to be done yet, alone: "COSHH – not trained yet; the dye room is run by the Head of Wardrobe",
    # "SMSTS - not yet"
    r"|^\s*(?:[-–—:]\s*|\(\s*)not (?:(?:yet )?(?:trained|done|taken|sat|held)(?: yet)?|yet)\s*\)?(?=\s*(?:$|[,;.]))"
    # or said never needed, just after it: "we don't move by sea so IMDG isn't something I've needed"
    r"|^\s*(?:is not|isn't|isn’t|has not been|hasn't been|hasn’t been) (?:something|anything) "
    r"(?:I've|I’ve|I have|we've|we’ve|we have|I) (?:ever )?(?:needed|used|done|had|worked with)\b",
    re.IGNORECASE,
)
# Just after a qualification, in a bracket that names no other (no capital letter before the cue): begun and given
# up. "City & Guilds 18th Edition evening course (started 2022, did not sit the exam)"; not "AAT Level 2 - 2018
# (Level 3 started, didn't complete)".
_GIVEN_UP_IN_BRACKET = re.compile(
    # (nor before one: "PGDip Reconstructive Science (completed taught modules; did not complete MSc dissertation)")
    r"^[^;(]{0,30}\((?-i:[^()A-Z]){0,30}?(?<![\w-])" + _GAVE_UP + r"(?![\w-])(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# Just before it, opening its line, sentence, clause or bracket: not held. "No MSc – thinking about one", "Located
# services with a CAT and Genny (not PAS 128 GPR surveys)", "(ERS 2022, EADV 2023). No peer-reviewed papers yet",
# "towing test booked for July so no B+E yet"; not yet, or not on its scheme or register: "not yet CEng", "joined
# 2023, not yet on a CEng scheme".
# Read in CVs and profiles only (a Doc of no stated kind is read as an ad): an ad's "No CSCS, no start" asks for it.
_NOT_HELD_BEFORE = re.compile(
    r"(?:^|[•·*▪–—:;(,-]\s*|(?<=[a-z)])\.\s+|\b(?:so|and|but)\s+)(?:no|not(?:\s+yet)?(?:\s+on)?)\s+"
    # (or none of it in practice: "Ericsson 5G NR Fundamentals (e-learning) - no hands-on 5G yet")
    r"(?:an?\s+|the\s+|any\s+)?(?:(?:hands-on|hands on|practical|commercial|professional|real|direct)\s+)?$",
    re.IGNORECASE,
)
# Just before it: the step from a lower qualification not taken. "HND Environmental Science - did not top up to
# degree", "never went on to the full diploma".
_NOT_GONE_ON_TO_BEFORE = re.compile(
    r"\b(?:(?:did not|didn't|didn’t|never|not) (?:top(?:ped)? up|go(?:ne)? on|went on)\s+to"
    # or its last part not done: "PGDip Reconstructive Science (completed taught modules; did not complete MSc
    # dissertation)"
    r"|(?:did not|didn't|didn’t|never) (?:complete|completed|finish|finished|do|did|submit|submitted))"
    r"\s+(?:an?\s+|the\s+|my\s+)?(?:full\s+)?$",
    re.IGNORECASE,
)
# Just before it, opening its line or clause: sat and failed. "Sat the train driver tests - didn't get through the
# psychometric", "Failed my CPC module 4 in May". Not "troubleshot failed Kubernetes deployments": the verb takes the
# qualification as its object, after a determiner.
_FAILED_BEFORE = re.compile(
    r"(?:^|[•·*▪–—:;(,-]\s*|\bI\s+|\bbut\s+)(?:failed|(?:did not|didn't|didn’t|never) (?:pass|get through))"
    r"\s+(?:the|my|an?)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Just before it, in its clause: held once, no longer. "ACS expired 2021 - no longer on Gas Safe register", "no longer
# registered with the HCPC".
_LAPSED_BEFORE = re.compile(
    r"(?<![\w-])(?:no longer\s+(?:(?:on|with|in|hold|have|holding|registered(?: with| on| as)?|a member of)\s+)?"
    # or held in the past: "My licence used to show C1 and D1"
    r"|used to (?:have|hold|show|be on)\s+)"
    r"(?:the\s+|my\s+|an?\s+)?$",
    re.IGNORECASE,
)
# Just before it, in its clause: only thought of, not begun. "thinking about a part-time MSc in Engineering Geology",
# "considering the CIPD Level 5". Not "Production planning in SAP": the thought must lead to it.
_THOUGHT_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:thinking (?:about|of)|considering)(?: (?:doing|taking|starting|applying for))?"
    # or hoped for: "hoping to start V150 next year", "keen to build a long-term career in financial services", "I
    # want to move into litigation", "would now like to teach ESOL to adults". Not "keen to use my Excel skills",
    # "keen to do more audit work": the writer starts it, learns it, teaches it or moves into it.
    r"|(?:hop(?:e|ing)|plan(?:ning)?|(?:would|'d|’d)(?: (?:now|really|also))? (?:like|love)|want(?:ing)?|keen|eager"
    r"|aim(?:ing)?|intend(?:ing)?"
    r"|looking) to (?:start|begin|take|learn|study|sit|try|teach|do(?= (?:a|an|the|my) )"
    r"|(?:move|get|go|step|progress) into|(?:build|pursue|start|begin|have) (?:a|my) (?:[\w-]+ )?career in))"
    r"(?: (?:a|an|the|my|some))?(?:\s+[\w-]+)?\s+$",
    re.IGNORECASE,
)
# Just before it, in its clause: never done. "I have not used Stata but am happy to learn", "never worked with
# Xero", "no experience of Revit". Not "not only used Python": the cue leads straight to the skill.
_NOT_DONE_CUE = (
    r"(?<![\w-])(?:(?:(?:have|has|had) not|haven't|haven’t|hasn't|hasn’t|never|not yet)"
    r" (?:yet |really |properly |actually )?(?:used|worked (?:with|in|on)|tried)"
    r"|(?:no |(?:(?:do|does|did) not|don't|don’t|doesn't|doesn’t|didn't|didn’t|never) (?:yet )?(?:have|had) (?:any )?)"
    r"(?:real |prior |previous |formal |direct |hands-on |practical )?(?:experience|knowledge|exposure)"
    r" (?:of|with|in|using)"
    # or the skill's own verb denied, or its use: "I do not line manage anyone formally", "I don't use Xero" (not
    # "I don't have a full licence yet - test booked": a licence to come)
    r"|(?:(?:do|does|did) not|don't|don’t|doesn't|doesn’t|didn't|didn’t)"
    r"(?: formally| currently| really| actually| yet)?(?: (?:use|work with|know|do))?"
    # or not yet taken: "PA1 passed (2022), not done PA6 yet"
    r"|(?:(?:have|has|had) not|haven't|haven’t|hasn't|hasn’t|never|not)(?: yet)? (?:done|taken|sat))"
)
# Just before a skill that is no qualification, not had or owned: "I don't have my own car at the moment".
_NOT_OWNED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:do|does|did) not|don't|don’t|doesn't|doesn’t|didn't|didn’t)(?: currently)? (?:have|own)"
    r" (?:my|a|an|any)\s+$",
    re.IGNORECASE,
)
_NOT_OWNED_REACH = 30  # characters before the skill in which `_NOT_OWNED_BEFORE` is read
_NOT_DONE_BEFORE = re.compile(_NOT_DONE_CUE + r"\s+(?:the\s+|an?\s+|any\s+)?(?:formal\s+)?$", re.IGNORECASE)
# Further before it in its clause, the same cue, and "or" or "nor" just before it: an alternative of a list denied as a
# whole ("I don't have experience of special diets or texture-modified food, or dementia"). Not across "but" or "and",
# which may start what is held ("never used Xero but Sage daily").
_DENIED_ALTERNATIVE = re.compile(
    _NOT_DONE_CUE + r"\s(?:(?!\bbut\b|\band\b)[^;:.!?()\n]){0,100}?(?:,\s*)?\b(?:or|nor)\s+(?:the\s+|an?\s+|any\s+)?$",
    re.IGNORECASE,
)
_ALTERNATIVE_REACH = 160  # characters before the skill in which the denial of its list is read
# A candidate for it, said just after its name: "RICS APC candidate", "CFA Program - Level II Candidate"; not "the
# candidate will be enrolled" or "(we can train the right candidate)" in an ad.
_CANDIDATE = re.compile(r"^[^;.,()]{0,25}?(?<![\w-])(?<!the )candidate\b", re.IGNORECASE)
# A degree's year of study short of its last, anywhere on its line: "MSc Strength and Conditioning, St Mary's
# University Twickenham (part-time, distance learning) - year 2 of 3".
_YEAR_OF_STUDY = re.compile(r"\b(?:year|yr)\s*(?P<year>\d) of (?!(?P=year)\b)\d\b", re.IGNORECASE)
# A course's dates that run to now: "BSc Nursing, 2023 - present". For degrees only: a certificate or a membership
# "2019 - present" is held ("CIPD member, 2019 - present").
_STUDY_DATES = re.compile(r"(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:present|now|current|date|ongoing)\b", re.IGNORECASE)
# Leading up to it, in its clause: "Currently studying for the", "Working towards", "Enrolled on the", "Started".
_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:currently )?(?:studying|completing|undertaking|pursuing|doing)(?: (?:for|towards|the|my|an?))*"
    r"|working towards(?: (?:the|my|an?))?|enrolled (?:on|in|onto)(?: (?:the|an?))?|started(?: (?:the|my|an?))?"
    r"|starting(?: (?:the|my|an?))?|part[- ]way through(?: (?:the|my|an?))?|trainee"
    r"|finish(?:ing)? (?:the|my)\b"
    # not held yet: "I don't have a full licence yet - on a provisional"
    r"|(?:don't|don’t|do not|haven't|haven’t|have not) (?:yet )?(?:got|have|hold)(?: (?:a|an|the|my))?"
    r"|sitting(?: (?:the|my|an?))?|preparing for(?: (?:the|my|an?))?|registered (?:for|on)(?: (?:the|my|an?))?"
    # a learner's licence: "Provisional driving licence"
    r"|provisional)"
    r"\s*[^;,.()]{0,25}$",
    re.IGNORECASE,
)
# Just after it, said of it alone: a learner's licence. "Driving licence - only provisional UK", "Car licence
# (provisional)"; not "Full UK driving licence (provisional on motorbike)", said of another category.
_PROVISIONAL_AFTER = re.compile(
    r"^\s*(?:[-–—:(,]\s*)?(?:only\s+(?:an?\s+)?|still\s+(?:on\s+)?(?:an?\s+)?)?provisional\b(?!\s+(?:on|for)\b)",
    re.IGNORECASE,
)
# Just after it, the noun of the writer's one application for it, ending its phrase: applied for, not held. "Enhanced
# DBS done as part of ADI application (2024)", "SIA licence application submitted"; not others' applications handled
# ("Processed DBS applications via uCheck"), nor an application of a skill ("Java application support").
_APPLICATION_AFTER = re.compile(
    r"^\s+(?:(?:licen[cs]e|card|registration|membership)\s+)?application"
    r"(?=\s*(?:$|[,;.:()–—-]|(?:submitted|sent|pending|in|made|lodged|underway|under|with|awaiting|being|is|was|has)"
    r"\b))",
    re.IGNORECASE,
)
_BEFORE_REACH = 60  # characters before the qualification in which a leading cue is read
_QUALIFICATION_DOMAIN = "degrees_qualifications"


def named_as_a_qualification(span: Span) -> bool:
    """Whether a skill of any kind is named as a qualification, by its title: a degree's letters opening it ("MSc
    Advanced Clinical Practice"), a level just before it ("Level 3 Forest School Leader"), a qualification's noun
    and "in" ("Diploma in Dermatology", "Certificate in Counselling Skills"), or a certificate's noun just after it
    ("Confined Space Entry certificate (expired Jan 2023)")."""
    if span[0].text in _DEGREE_LETTERS:
        return True
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _CERTIFICATE_NOUNS:
        return True
    start = span.start
    if start < 2:
        return False
    before, just_before = doc[start - 2], doc[start - 1]
    if before.lower_ == "level" and just_before.text.isdigit():
        return True
    return just_before.lower_ == "in" and before.text in _QUALIFICATION_NOUNS


_DEGREE_LETTERS = frozenset(
    {"BSc", "BA", "BEng", "MSc", "MA", "MEng", "MRes", "MPhil", "PhD", "MBA", "PgDip", "PGDip", "PgCert", "PGCert"}
)
# A certificate's noun after the skill it certifies: "Confined Space Entry certificate", "CPCS ticket".
_CERTIFICATE_NOUNS = frozenset({"certificate", "certification", "ticket", "card", "licence", "license"})
# A qualification's noun before "in" and its subject, capitalised as a title is: "Diploma in Dermatology".
_QUALIFICATION_NOUNS = _DEGREE_LETTERS | {"Diploma", "Certificate", "Degree", "Award", "Masters", "Foundation"}


@Language.factory(
    "qualification_progress", assigns=["span._.in_progress", "span._.lapsed", "doc.spans"], requires=["doc.spans"]
)
def make_qualification_progress(nlp: Language, name: str) -> QualificationProgress:
    return QualificationProgress(nlp)


class QualificationProgress:
    """Marks `span._.in_progress` on a certification or degree the writer is still working towards, and
    `span._.lapsed` on one held once and no longer ("ADR - lapsed 2019"); leaves out one answered "no" ("SMSTS -
    no")."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @functools.cached_property
    def qualifications(self) -> dict[str, bool]:
        """Certification and degree ids -> whether the skill is a degree (a course with dates)."""
        taxonomy = self.nlp.get_pipe("skill_matcher").taxonomy
        return {
            skill.id: skill.domain == _QUALIFICATION_DOMAIN
            for skill in taxonomy
            if skill.type == "certification" or skill.domain == _QUALIFICATION_DOMAIN
        }

    def __call__(self, doc: Doc) -> Doc:
        qualifications = self.qualifications
        # In order already: the matchers keep the group sorted by start.
        every_span = list(doc.spans.get(SPANS_KEY, []))
        if not every_span:
            return doc
        text = doc_text(doc)
        values = SpanValues(doc)
        # What a CV or profile says its writer does not hold, before or after any skill: "No MSc", "COSHH - not
        # trained yet". (An ad's "No CSCS, no start" asks for the card; its "not required" is read as not needed.)
        reads_writer = doc.user_data.get(DOC_KIND_KEY) in ("cv", "profile")
        not_held: list[Span] = []
        # Any skill with a course to come or still being learnt ("PHTLS - course booked for next spring", "Learning
        # Golang"), or whose certificate has expired: read only on the lines that hold a word of these cues.
        cue_lines: dict[int, bool] = {}  # line start -> whether the line holds a word of these cues
        negated_to = -1  # the last span of a noun phrase said not held from its start ("not PAS 128 GPR surveys")
        for n, span in enumerate(every_span):
            if span.label_ in qualifications or named_as_a_qualification(span):
                continue
            if n <= negated_to:
                not_held.append(span)
                continue
            if reads_writer and said_not_held(
                text,
                span.start_char,
                span.end_char,
                every_span[n - 1].end_char if n else 0,
                every_span[n + 1].start_char if n + 1 < len(every_span) else None,
            ):
                not_held.append(span)
                negated_to = _denied_list_end(text, every_span, n)
                continue
            if not _on_a_cue_line(text, span.start_char, cue_lines):
                continue
            if awarded_by_a_body(span):
                continue  # a certificate, read below
            # The skills of one name or one bracket share a cue after them: "Ear wax removal (microsuction &
            # irrigation) - course booked for Feb 2027".
            # So do two names of one skill in one clause: "dbt Fundamentals (dbt Labs course) - 60% through".
            last = n
            while last + 1 < len(every_span) and (
                _JOINED_IN_ONE_NAME.fullmatch(text, every_span[last].end_char, every_span[last + 1].start_char)
                or (
                    every_span[last + 1].label_ == span.label_
                    and _ONE_CLAUSE.fullmatch(text, every_span[last].end_char, every_span[last + 1].start_char)
                )
            ):
                last += 1
            end = every_span[last].end_char
            after = every_span[last + 1].start_char if last + 1 < len(every_span) else None
            before = every_span[n - 1].end_char if n else 0
            if (
                booked(text, end, after)
                or learning(text, span.start_char, before)
                or on_a_course_of_it(text, span.start_char, end, before)
                or booked_before(text, span.start_char, before)
            ):
                values.set(span, "in_progress", True)
                # The same skill named again further on in the clause is the same course: "Learning Welsh -
                # currently at Sylfaen level with Dysgu Cymraeg".
                # So is the same skill in the bracket after it, read with it above: "Learning Python (Coursera
                # 'Python for Finance', halfway)".
                for later in every_span[n + 1 :]:
                    if later.start_char >= end and not _SAME_CLAUSE.fullmatch(text, end, later.start_char):
                        break
                    if later.label_ == span.label_:
                        values.set(later, "in_progress", True)
                continue
            rest = _rest_of_line(text, end, after)
            if _CERTIFICATE_LAPSED.search(rest) or _DATED_LAPSE.search(rest) or _DASHED_LAPSE.search(rest):
                values.set(span, "lapsed", True)
        # With the certificates named after their awarding body: "NPORS Slinger/Signaller - expired 2022".
        spans = [
            span
            for span in every_span
            if span.label_ in qualifications or awarded_by_a_body(span) or named_as_a_qualification(span)
        ]
        # The parts of one name make a run ("NVQ" "Level 6 Diploma"), read as one: a cue after the run or before it
        # is said of all its parts. A cue belongs to the nearest run: "Level 2 (2020), Level 3 (in progress)".
        runs: list[list[Span]] = []
        for span in spans:
            if runs and not _apart(text, runs[-1][-1], span):
                runs[-1].append(span)
            else:
                runs.append([span])
        for n, run in enumerate(runs):
            start, end = run[0].start_char, run[-1].end_char
            after = runs[n + 1][0].start_char if n + 1 < len(runs) else len(text)
            before = runs[n - 1][-1].end_char if n else 0
            degree = any(qualifications.get(span.label_, False) for span in run)
            state = qualification_state(text, start, end, before, after, degree=degree, reads_writer=reads_writer)
            if state == "not_held":
                not_held += run
            elif state is not None:
                for span in run:
                    values.set(span, state, True)  # the extension of that name: in_progress, lapsed
                if (
                    n
                    and state == "lapsed"
                    and _A_DATED_PAIR.fullmatch(text, before, start)
                    and _DATED_THEN_A_DASH.match(text, end)
                ):
                    # Two names, each dated, then one cue after a dash: said of both. "BOSIET (2017) and FOET (2020) –
                    # lapsed 2024"; not "Level 2 (2020) and Level 3 – lapsed", where the first has only its date.
                    for span in runs[n - 1]:
                        values.set(span, state, True)
        _share_state_within_one_name(every_span, text, values)
        if not_held:
            dropped = {(span.start, span.end, span.label) for span in not_held}
            doc.spans[SPANS_KEY] = [span for span in every_span if (span.start, span.end, span.label) not in dropped]
            doc.spans[NOT_HELD_KEY] = sorted(not_held, key=lambda span: span.start)
        return doc


def _share_state_within_one_name(spans: list[Span], text: str, values: SpanValues) -> None:
    """Two names of one skill side by side are one name, held or not as one: "CPCS A17 Telescopic Handler - red
    trained card, ran out 2018", where the cue is read from the second name (the first is a certificate's code,
    read as a qualification, and the cue is past its reach)."""
    for first, second in itertools.pairwise(spans):
        if first.label != second.label or text[first.end_char : second.start_char].strip(" ") != "":
            continue
        for state in ("lapsed", "in_progress"):
            if values.get(first, state) != values.get(second, state):
                values.set(first, state, True)
                values.set(second, state, True)


# A word that each cue for any skill holds (`_BOOKED`, `_LEARNING_BEFORE`, `_CERTIFICATE_LAPSED`, `_DATED_LAPSE`),
# lower case.
_ANY_SKILL_CUE_WORDS = (
    *("book", "waiting list", "waitlist", "progress", "ongoing", "underway", "learning", "studying"),
    *("teaching myself", "expired", "lapsed", "enrol", "% through", "way through", "place confirmed", "starts "),
    *("starting ", "signed up", "looking into", "refresher", "offered a place", "redone", "refreshed", "renewed"),
    *("retaken", "ran out", "run out", "doing a", "doing the", "doing my", "taking a", "attending a", "on a "),
    *("paused", "stopped", "left after", "left in", "not finished", "not completed", "out of date"),
)


def said_not_held(text: str, start: int, end: int, before: int = 0, after: int | None = None) -> bool:
    """Whether the words around text[start:end], on its line, between `before` and `after` (where other skills are
    named), say it is not held: "SQL - no", "COSHH - not trained yet", "No MSc", "(not PAS 128 GPR surveys)", "I
    don't have my own car"."""
    if said_not_held_before(text, start, before):
        return True
    window = text[max(text.rfind("\n", 0, start) + 1, before, start - _NOT_OWNED_REACH) : start]
    if ("n't" in window or "n’t" in window or "not" in window) and _NOT_OWNED_BEFORE.search(window):
        return True  # "I don't have my own car at the moment" (a qualification not had is one to come: see _BEFORE)
    rest = _rest_of_line(text, end, after)
    return holds_any(rest.lower(), _NOT_HELD_WORDS) and _NOT_HELD.search(rest) is not None


def said_not_held_before(text: str, start: int, before: int = 0) -> bool:
    """Whether the words just before text[start..], on its line and after `before`, say it is not held ("No MSc",
    "(not PAS 128 GPR surveys)"), never done ("I have not used Stata"), only thought of or hoped for ("thinking about
    a part-time MSc", "hoping to start V150"), sat and failed ("didn't get through the psychometric") or not gone on
    to ("did not top up to degree")."""
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    window = text[max(line_start, start - _BEFORE_REACH) : start]
    lowered = window.lower()
    return (
        ("no" in lowered and _NOT_HELD_BEFORE.search(window) is not None)
        or (
            ("thinking" in lowered or "considering" in lowered or " to " in lowered)
            and _THOUGHT_OF_BEFORE.search(window) is not None
        )
        or (
            ("n't" in lowered or "n’t" in lowered or "no" in lowered or "never" in lowered)
            and _NOT_DONE_BEFORE.search(window) is not None
        )
        or (
            ("fail" in lowered or "pass" in lowered or "through" in lowered)
            and _FAILED_BEFORE.search(window) is not None
        )
        or (
            (" up to " in lowered or " on to " in lowered or "complete" in lowered or "finish" in lowered)
            and _NOT_GONE_ON_TO_BEFORE.search(window) is not None
        )
        or (
            lowered.endswith(("or ", "nor "))
            and _DENIED_ALTERNATIVE.search(text, max(line_start, start - _ALTERNATIVE_REACH), start) is not None
        )
    )


def _on_a_cue_line(text: str, offset: int, cue_lines: dict[int, bool]) -> bool:
    """Whether the line of character `offset` holds a word of `_ANY_SKILL_CUE_WORDS` (cached per line start): a
    substring test is many times faster than the cues' patterns."""
    start = text.rfind("\n", 0, offset) + 1
    holds = cue_lines.get(start)
    if holds is None:
        end = text.find("\n", offset)
        line = text[start : len(text) if end < 0 else end].lower()
        holds = cue_lines[start] = holds_any(line, _ANY_SKILL_CUE_WORDS)
    return holds


def _apart(text: str, first: Span, second: Span) -> bool:
    """Whether two qualifications are named apart: a separator or "and" between them, or words of a clause ("ACS
    expired 2021 - no longer on Gas Safe register"); not only a space, or a name's linking word ("Level 3 Diploma
    in Plumbing")."""
    between = text[first.end_char : second.start_char]
    return bool(_SEPARATOR.search(between) or _CLAUSE_WORD.search(between))


# Between two dated names of a pair, and after the second's date: "BOSIET (2017) and FOET (2020) – lapsed 2024".
_A_DATED_PAIR = re.compile(r"\s*\((?:19|20)\d\d\)\s+and\s+")
_DATED_THEN_A_DASH = re.compile(r"\s*\((?:19|20)\d\d\)\s+[–—-]\s")
# Between the skills of one name or bracket: "Ear wax removal (microsuction & irrigation)".
_JOINED_IN_ONE_NAME = re.compile(r"\s*(?:\(|&|\+|and)?\s*")
_ONE_CLAUSE = re.compile(r"[^,;.\n]{0,30}")
_SAME_CLAUSE = re.compile(r"[^,;.\n]{0,60}")
# A word that every match of `_NOT_HELD` holds, lower case.
_NOT_HELD_WORDS = ("no", "n/a", "n't", "n’t", "never", "withdrew", "left ")
# Between the skills of one noun phrase, or of either of two, that one "no" or "not" is said of: "not PAS 128 GPR
# surveys", "no Tableau or Power BI".
_ONE_PHRASE_OR_EITHER = re.compile(r"\s*(?:/|\bor\b|\bnor\b)?\s*")
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_END = re.compile(r"\s*,?\s*(?:or|nor)\s+")


def _denied_list_end(text: str, spans: list[Span], n: int) -> int:
    """The index of the last span a denial of span `n` reaches: the rest of its noun phrase ("not PAS 128 GPR
    surveys"), its alternatives ("no ADR or CPC"), and the items of a list that ends in "or" or "nor", one skill each
    ("I don't have experience of palliative care, end of life care or dementia"); not a list ending in "and", whose
    last item may be said apart ("no Xero, Sage and Excel daily")."""
    last = n
    while last + 1 < len(spans) and _ONE_PHRASE_OR_EITHER.fullmatch(
        text, spans[last].end_char, spans[last + 1].start_char
    ):
        last += 1
    # Items between commas, then "or" before the last: each a skill of its own, nothing else between.
    k = last
    while k + 1 < len(spans) and _LIST_COMMA.fullmatch(text, spans[k].end_char, spans[k + 1].start_char):
        k += 1
    if k + 1 < len(spans) and k > last and _LIST_END.fullmatch(text, spans[k].end_char, spans[k + 1].start_char):
        return k + 1
    return last


# Not brackets: "Diploma in Dental Nursing (NEBDN)"; a denial between two names starts another clause: "NPTC PA1 and
# PA2 (2022) - no PA6 yet".
_SEPARATOR = re.compile(r"[,;|/•·–—]|\b(?:and|no|not|nor|never)\b|\n")
# A lower-case word of a clause between two names, not one of a name's linking words ("Diploma for", "Award in the").
# The nouns that end a qualification's name are no such words: "CPCS Red Trained Operator card - Piling Rig Bored (NVQ
# in progress)" is one card.
_CLAUSE_WORD = re.compile(
    r"(?<![\w-])(?!(?:for|the|of|in|card|licen[cs]e|certificate|ticket|award|diploma|degree|level)s?\b)[a-z]{3,}(?![\w-])"
)


def in_progress(text: str, start: int, end: int, before: int = 0, after: int | None = None, *, degree: bool) -> bool:
    """Whether the words around text[start:end], on its line and between `before` and `after` (where other
    qualifications are named), say it is still being studied for."""
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    following = _rest_of_line(text, end, after)
    # Also from the end of the qualification's whole name: "Level 3 NVQ Diploma in Installing Electrotechnical
    # Systems - in progress".
    for rest in _with_and_without_title_tail(following):
        if (
            _AFTER.search(rest)
            or _BOOKED.search(rest)
            or _CANDIDATE.search(rest)
            or _PROVISIONAL_AFTER.search(rest)
            or _APPLICATION_AFTER.search(rest)
            or (degree and (_STUDY_DATES.search(rest) or _YEAR_OF_STUDY.search(rest)))
        ):
            return True
    return _BEFORE.search(text[max(line_start, start - _BEFORE_REACH) : start]) is not None


def qualification_state(
    text: str,
    start: int,
    end: int,
    before: int = 0,
    after: int | None = None,
    *,
    degree: bool = False,
    reads_writer: bool = True,
) -> Literal["not_held", "in_progress", "lapsed"] | None:
    """What the words around a qualification named at text[start:end], on its line and between `before` and `after`
    (where other qualifications are named), say of it: not held ("- started, didn't finish the portfolio"; and, with
    `reads_writer`, "No MSc"), still in progress, or lapsed; None when held. Also read by skillgap.gap for a title no
    skill's form names, found in a CV's words."""
    following = _with_and_without_title_tail(_rest_of_line(text, end, after))
    if any(_NOT_HELD.search(rest) or _GIVEN_UP_IN_BRACKET.search(rest) for rest in following) or (
        reads_writer and said_not_held_before(text, start, before)
    ):
        return "not_held"
    if in_progress(text, start, end, before, after, degree=degree) or booked_before(text, start, before):
        return "in_progress"
    if lapsed(text, end, after) or lapsed_before(text, start, before):
        return "lapsed"
    return None


def booked(text: str, end: int, after: int | None = None) -> bool:
    """Whether the words just after text[..end], on its line and before `after`, name a course to come: booked, or
    on a waiting list."""
    return _BOOKED.search(_rest_of_line(text, end, after)) is not None


def on_a_course_of_it(text: str, start: int, end: int, before: int = 0) -> bool:
    """Whether the words around text[start:end] say the writer is taking a course in it now: "Currently doing an
    online Power BI course", "taking an evening Spanish class". Not "Did a Power BI course" (done), nor "doing a
    Python project"."""
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    return (
        _COURSE_AFTER.match(text, end) is not None
        and _TAKING_A_COURSE_BEFORE.search(text, max(line_start, start - _BEFORE_REACH), start) is not None
    )


# Just before a skill, on its line: taking a course now ("Currently doing an online", "now taking a"), perhaps a
# provider's course with the skill in its quoted title ("Currently doing a Codecademy 'Learn").
_TAKING_A_COURSE_BEFORE = re.compile(
    r"\b(?:currently|now|i'm|i am|am)\s+(?:doing|taking|attending|on)\s+(?:an?|the|my)\s+"
    r"(?:(?:online|evening|free|short|part-time|weekend|beginners?'?)\s+)?"
    r"(?:[A-Z][\w.]*\s+)?(?:['‘\"“][^'’\"”\n]{0,30})?$",
    re.IGNORECASE,
)
# Just after it: the course ("Power BI course", "Spanish class"), perhaps after the rest of its quoted title ("SQL'
# course").
_COURSE_AFTER = re.compile(
    r"(?:[^'’\"”\n]{0,30}['’\"”])?\s+(?:course|class|classes|bootcamp|module|programme)\b", re.IGNORECASE
)


def learning(text: str, start: int, before: int = 0) -> bool:
    """Whether the words just before text[start..], on its line and after `before` (where another skill ends), say
    the writer is still learning it: "Learning Golang", "currently learning Rust"."""
    if not text[start : start + 1].isupper():
        return False  # a name is learnt ("Learning Golang"); "Learning budget" is a benefit
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    return _LEARNING_BEFORE.search(text, max(line_start, start - _BEFORE_REACH), start) is not None


def booked_before(text: str, start: int, before: int = 0) -> bool:
    """Whether the words just before a skill at character `start`, on its line and after `before`, book the writer
    onto its course: "Booked onto the council's ACEs and trauma-informed practice course in Jan 2027", "Signed up for
    an online gait analysis CPD course", "Looking into doing the CIPD Level 5"."""
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    window = text[max(line_start, start - _BEFORE_REACH) : start]
    # a cue's words, before the pattern
    cued = "ooked" in window or "igned up" in window or "ooking into" in window or "a place" in window
    return cued and _BOOKED_BEFORE.search(window) is not None


def lapsed(text: str, end: int, after: int | None = None) -> bool:
    """Whether the words just after text[..end], on its line and before `after`, say it was held and is no longer."""
    return any(_LAPSED.search(rest) for rest in _with_and_without_title_tail(_rest_of_line(text, end, after)))


def lapsed_before(text: str, start: int, before: int = 0) -> bool:
    """Whether the words just before text[start..], on its line and after `before`, say it is held no longer: "no
    longer on Gas Safe register"."""
    line_start = max(text.rfind("\n", 0, start) + 1, before)
    window = text[max(line_start, start - _BEFORE_REACH) : start]
    return ("longer" in window or "used to" in window) and _LAPSED_BEFORE.search(window) is not None


def _with_and_without_title_tail(following: str) -> tuple[str, ...]:
    """The words after a name, and the same after the rest of the name in Title Case, if any (`_TITLE_TAIL`)."""
    tail = _TITLE_TAIL.match(following).end()
    return (following, following[tail:]) if tail else (following,)


def _rest_of_line(text: str, end: int, after: int | None) -> str:
    """The text from `end` to the end of its line, or to `after` (where another qualification is named) if sooner;
    then with `_NAMED_NEXT` after it, so that the cues that end their clause do not end at the next name: "Full UK
    driving licence (cat B) - no B+E yet" says no of B+E, not of the licence."""
    line_end = text.find("\n", end)
    stop = len(text) if line_end < 0 else line_end
    if after is not None and after < stop:
        return text[end:after] + _NAMED_NEXT
    return text[end:stop]


_NAMED_NEXT = "\x00"  # a character no cue matches, no space nor word: what comes next is another name
