"""Requirement levels: required, preferred or mentioned, and years of experience, for every mention."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from spacy.attrs import IDX, NORM
from spacy.language import Language
from spacy.tokens import Doc, Span

from skillgap.documents.sections import BULLET_MARKS, NON_REQUIREMENT_SECTIONS
from skillgap.nlp.doc_data import (
    CANDIDATES_KEY,
    PHRASES_KEY,
    SPANS_KEY,
    UNIT_NOUNS,
    cached_attribute,
    doc_text,
    inside_unit_name,
    sentence_bounds,
    sentence_of,
    token_strings,
)
from skillgap.nlp.phrases import action_verbs
from skillgap.nlp.words import word_ranks
from skillgap.taxonomy import Taxonomy
from skillgap.taxonomy.load import read_lexicon

# Numbers of years as ads write them: "5+", "3-5", "three", "two or more".
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=1
    )
}
_NUMBER = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS_COUNT = (
    # Not a span of time: "over the past two years", "in the last 3 years".
    r"(?<!past )(?<!last )(?<!next )"
    r"(" + _NUMBER + r")\s*(?:\+|\s*(?:[-–—]|to)\s*" + _NUMBER + r"|or more|plus)?\s*(?:years?|yrs?)"
    r"(?!\s+ago\b)"  # "5 years ago we moved to Python" is no experience asked for
)
# "Bonus" as pay, not as a wish: "a £500 bonus", "annual bonus".
_PAY_BONUS_BEFORE = (
    r"(?<!annual )(?<!performance )(?<!attendance )(?<!referral )(?<!joining )(?<!signing )(?<!sign-on )"
    r"(?<!quarterly )(?<!monthly )(?<!christmas )(?<!\d )(?<!k )"
)
_PREFERRED_CUES = re.compile(
    r"\b(nice[ -]to[ -]haves?|desirable|"
    + _PAY_BONUS_BEFORE
    + r"bonus|(?:is|would be|a|an added|big|huge|real|strong|definite)\s+plus|"
    r"advantageous|"
    r"an advantage|preferred|preferably|preferable|ideally|beneficial|would be great|great to have|not essential|"
    r"not a (?:deal[ -]?breaker|must-have)|(?:will |would |can )?(?:increase|improve|boost) your chances|"
    r"isn't essential|isn’t essential|aren't essential|"
    r"optional|extra credit(?=\s*(?:for|if|to|:|$))|good to have(?!\s+(?:you|them|him|her|us)\b)|even better|"
    r"(?:will be|are|is) (?:prioriti[sz]ed|favou?red|shortlisted first)|given (?:preference|priority)|"
    r"(?:looked|viewed) (?:up)?on favou?rably|considered favou?rably|(?:are|is) (?:strongly )?encouraged to apply|"
    r"(?:would |will )?(?:make|makes|help|helps) you stand out|"
    r"you(?:['’]ll|['’]d| will| would)? stand out|(?:we['’]d|we would|would) love (?:it )?if|"
    r"(?:we['’]d|we would) love to see|"
    r"useful(?=\s*(?::|but\b|to have\b|if\b)))\b"
)
# "Helpful" and "welcome" wish for a skill only in these shapes: said of a thing ("Python would be helpful",
# "Helpful: Terraform", "helpful to have", "a welcome addition"), or closing a clause or list (`_CLAUSE_WISH`).
# Not of people ("friendly and helpful", "graduates welcome", "a helpful, patient manner") nor a greeting
# ("Welcome to Acme").
_WISH = re.compile(
    r"\b(?:is|are|would be|will be|would all be|are all|is also|are also|also|very|especially|particularly|highly|"
    r"really)\s+(?:welcome|helpful)\b(?!\s+(?:applications|enquiries|candidates|applicants|people|anyone|everyone))"
    r"|\bhelpful\s*(?::|to have\b|if\b)"
    r"|\ba welcome (?:addition|asset|bonus|plus|extra)\b"
)
# A wish that closes a clause or a list: "AWS, Azure or GCP helpful", "with VBA helpful", "PhD welcome"; not after
# a verb or a list of qualities ("always be helpful", "accurate and helpful"). Read item by item only against a
# required word in the same line ("Python essential, knowledge of SQL helpful").
_CLAUSE_WISH = re.compile(
    r"(?<!\band )(?<!\bbe )(?<!\bvery )(?<!\balways )(?<!\bor )(?<!\bare )(?<!\bis )"
    r"\b(?:helpful|welcome)(?=\s*(?:$|[.;:)!?]|but\b|though\b|although\b))"
)
# "Welcome" to people who have something: "Applications are welcome from candidates with a background in
# accounting", "We welcome applicants with expertise in Python".
_WELCOME_WITH = re.compile(
    r"\bwelcome[ds]?\s+(?:\w+\s+){0,2}(?:applications|applicants|candidates|people|anyone|graduates|those|"
    r"students|individuals)\b[^.;:]{0,50}?\b(?:with|who have|having)\b"
    r"|\b(?:applications|applicants|candidates)\s+(?:are\s+|is\s+)?(?:\w+\s+)?welcome\b[^.;:]{0,50}?"
    r"\b(?:with|who have)\b"
)
# Words of a person's manner: "friendly and helpful" describes the person, not a skill wished for.
_MANNER_BEFORE_WISH = re.compile(
    r"\b(?:friendly|polite|patient|kind|courteous|approachable|warm|cheerful|reliable|honest|punctual|supportive|"
    r"positive|enthusiastic|calm|professional|flexible|helpful|welcoming|caring)\s*(?:,|and)?\s*$"
)
# Who may be welcome or helpful without a skill being wished for: "Applicants are welcome", "graduates welcome".
_PEOPLE_BEFORE_WISH = re.compile(
    r"\b(?:applicants|applications|candidates|graduates|students|school leavers|career changers|everyone|"
    r"people|you|we|colleagues|staff|team|requests|enquiries|questions|visits)\s+(?:are\s+|is\s+|also\s+|very\s+|"
    r"especially\s+)*$"
)
# Other wishes: "would be useful", "would be an asset".
_OTHER_WISHES = re.compile(
    r"\b(?:would be|is|are|will be)\s+(?:considered\s+|seen as\s+|regarded as\s+)?(?:useful|valuable|valued|"
    r"appreciated)\b"
    # "Ansible would be an asset to the team", "TOGAF – an asset"; not "You'll be an asset to our team"
    r"|(?<!you would be )(?<!you will be )(?<!you'll be )(?<!you’ll be )(?<!you'd be )(?<!you are )(?<!you're )"
    r"(?<!you’re )\b(?:an|a real|a definite|a great|a valuable)\s+asset\b"
    r"|[–—:-]\s*nice\b|\bnice\b(?=,?\s+but\s+not\b)"
    # a bare wish in parentheses: "OCaml (nice)", "Rust (plus)", "Docker (useful)"
    r"|\((?:nice|plus|useful)\)"
    r"|\b(?:would|['’]d) be (?:nice|lovely|good|handy|ideal|useful|helpful)\b"
    r"|\bif you(?:['’]ve| have)\b[^;!?]{0,80}?,\s*(?:great|brilliant|amazing|fantastic|perfect|even better|bonus)\b"
    r"|\b(?:is|are) (?:also |really )?nice\b(?!\s+(?:to work|people))"
    r"|(?:\bwould|['’]d) (?:also |really )?help"
    r"(?:\s+you\b(?!\s+(?:to|grow|develop|learn|get|build|understand|settle|succeed)\b)|\b(?!\s+(?:you|us|them|the|our|to)\b))"
    r"|\b(?:a|an)\s+(?:distinct|definite|real|big|clear|added|great|strong)\s+advantage\b"
)
# Said not to be needed, in the skill's own clause. Some cues govern what follows them ("You don't need any
# experience of the energy industry"; "No prior knowledge of Salesforce required"), others what comes before them
# ("A degree is not required"). Unless the clause still wishes for it ("not required, but a plus" is preferred).
_NOT_NEEDED_BEFORE = re.compile(
    r"\b(?:don't|don’t|do not|doesn't|doesn’t|does not|won't|won’t|will not)\s+(?:need|require)\b|\bno need\b|"
    r"\bwhether or not you(?:['’]ve|['’]re|\s+have|\s+hold|\s+already|\s+are)\b|"
    r"\bwithout (?:any )?(?:previous |prior )?(?:experience|knowledge)\b|"
    # What nobody expects: "Nobody expects you to know Haskell on day one."
    r"\b(?:nobody|no one|no-one)\s+expects\s+you\s+to\b|\bwe\s+(?:don['’]t|do not)\s+expect\s+you\s+to\b|"
    # What the job leaves out: "this role does not involve any Java", "you won't be running PPC".
    r"\b(?:doesn't|doesn’t|does not|won't|won’t|will not)\s+(?:involve|include|cover)\b|"
    r"\b(?:won't|won’t|will not)\s+be\s+(?:required|expected|asked)\s+to\b|"
    # the language of an application: "Applications may be submitted in Irish or in English"
    r"\b(?:applications?|cvs?)\s+(?:may|can|should|must)\s+be\s+(?:submitted|made|written|sent)\s+in\b|"
    r"\byou\s+(?:won't|won’t|will not)\s+be\s+\w+ing\b(?![^.;,]*\b(?:alone|on your own|by yourself|unsupported)\b)|"
    # What the employer gives: "We'll fund your PCV licence", "we will train you in SQL", "you'll be trained on Sage".
    r"\b(?:we|we['’]ll|we\s+will|we\s+would|we['’]d|will)\s+(?:\w+\s+(?:and|&)\s+)?(?:also\s+|fully\s+)?"
    r"(?:fund|pay for|train you(?:\s+(?:in|on|to use))?|teach you|book you on|put you through|enrol you on|"
    r"enroll you in|sponsor)\b(?:,?\s+including\b)?|"
    # what is forbidden is no request: "candidates must not use generative AI tools"
    r"\b(?:must not|mustn['’]t|should not|may not)\s+(?:use|rely on)\b|"
    # the employer's own training: "Completion of our internal Linux onboarding module"
    r"\bour\s+(?:internal|in-house)\s+(?:[\w-]+\s+){0,3}?(?:module|course|programme|academy|training|induction)\b|"
    # training given free: "Free barista training for all new starters"
    r"\bfree\s+(?:[\w-]+\s+){0,5}?training\b|"
    # study the employer supports: "study support towards your AAT qualification"
    r"\bsupport (?:towards|for|with) your\b|"
    r"\byou(?:['’]ll|\s+will)\s+be\s+(?:fully\s+)?trained\s+(?:in|on|to use)\b|"
    r"\bwill be supported to (?:complete|achieve|gain|obtain)\b|\b(?:fully|company)[ -]funded\b|"
    # "You'll receive 12 weeks of training in Python", "you'll receive full manual handling training"
    r"\b(?:receive|be given|get|give you|provide you with|offer you)\s+(?:[\w&/-]+\s+){0,6}?training\b|"
    r"\b(?:be|get|are|is) (?:enrolled|enroled|booked|signed up) (?:on|onto|in|into|for)\b|"
    r"\b(?:do|does) not do\b|\b(?:don['’]t|doesn['’]t) do\b|"
    # what the employer does not care about, the duties the job has not, what it is not
    r"\b(?:don['’]t|do not)\s+(?:really\s+)?care\s+(?:about|whether|if)\b|"
    r"\bno\s+(?:[\w-]+\s+){0,4}?(?:responsibilit(?:y|ies)|duties)\b|"
    r"\b(?:is|['’]s)\s+not\s+an?\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|post)\b|"
    # what the job gives the chance to learn: "the opportunity to learn Rust", "the chance to complete the Care
    # Certificate"; training given on something: "Full training given on COSHH"
    r"\byou(?:['’]ll| will)\s+(?:learn|be taught|pick up)\b(?!\s+to\s+(?:lead|manage|be|become|handle|deal)\b)|"
    r"\b(?:opportunit(?:y|ies)|chances?)\s+to\s+(?:learn|gain|complete|study|achieve|obtain|work towards|"
    r"train in|pick up|get)\b|\btraining (?:is |will be )?(?:given|provided|offered) (?:on|in|for)\b|"
    r"\bdon['’]t worry if you(?:['’]ve|\s+have)?\s+never\b|\bnever used\b[^.;]*\b(?:not a problem|no problem)\b|"
    r"^\W*(?:never used|new to|not used)\b(?=[^.]*\?\s*$)|"
    # "No experience necessary", "No prior Salesforce experience needed", "no HGV licence required", "no coding
    # skills are needed": the skill may stand between "no" and the word it qualifies.
    r"\bno\s+(?:(?!(?:for|of|than|to|at|substitute|doubt|less|fewer|shortage|lack|end)\b)[\w.+#&/'’-]+\s+){0,4}?"
    r"(?:experience|knowledge|understanding|familiarity|qualifications?|skills?|"
    r"licen[cs]es?|background|certificates?|certification|degree|management)\b"
    r"(?=[^;,.!]*\b(?:needed|necessary|required|essential|expected|involved)\b)"
)
# Cues that govern only the words they span: "training in Microsoft Azure will be provided", "No Hadoop here".
_NOT_NEEDED_WITHIN = re.compile(
    # A label that says what follows is not needed: "Not required: fintech, a CS degree, or knowledge of Solidity"
    r"^\W*not (?:required|needed|necessary|essential)\s*:[^.;]*|"
    r"\btraining\s+(?:in|on)\s+[^.;,]{1,40}?\s+(?:is|will be)\s+(?:provided|given|offered|funded)\b|"
    # how to ask for the ad in another form: "in an alternative format, such as a British Sign Language video"
    r"\b(?:alternative|accessible) format\b[^.;]*|"
    # what the employer teaches, to the sentence's end: "our academy teaches you everything, including Kotlin"
    r"\bteach(?:es)? you\b[^.;]*|"
    r"\bno\s+(?:[\w.+#&/-]+\s+){1,3}?here\b"
)
_NOT_NEEDED_AFTER = re.compile(
    # What others do: "VAT returns are prepared by our external accountants"
    r"\b(?:is|are)\s+(?:\w+\s+)?(?:prepared|handled|done|managed|carried out|covered|taken|run|owned|looked after|"
    r"triaged|processed|reviewed|assessed)\s+by\s+(?:our|the|a|an|external|another)\b"
    r"(?![^.;,]*\b(?:by|and|including)\s+(?:you|yourself)\b)(?![^.;,]*,\s*including you\b)|"
    # help the employer gives, said after the skill: "Care Certificate (we'll help you complete it)"
    r"\((?:which\s+)?(?:we['’]ll|we\s+will|we\s+can|we)\s+(?:help you (?:complete|get|gain|achieve|obtain)|"
    r"support you|sponsor|fund|pay for|arrange|provide)"
    # a refresher keeps what it refreshes asked: "Python (we can arrange a refresher course if you're rusty)"
    r"(?![^)]*\b(?:refresher|refresh|top-up|brush up|recertification|renewal)\b)|"
    r"\b(?:not|isn't|isn’t|aren't|aren’t)\s+(?:necessary|needed|required|a requirement|a must|compulsory|mandatory|"
    r"a prerequisite|a pre-requisite)\b"
    # Training the employer gives: "Full Sage training provided".
    r"|\btraining\s+(?:\([^()]{1,30}\)\s+)?(?:is\s+|will be\s+)?(?:provided|given|offered|funded|paid for)\b"
    r"|\((?:fully )?funded\)"
    r"|\b(?:fully )?(?:funded|paid for) by (?:us|the (?:company|trust|firm|practice|council|school|university))\b"
    r"|\b(?:all|both|everything)\s+(?:is\s+|are\s+|will be\s+)?(?:provided|supplied)\b"
    r"|\bat (?:our|the company['’]s|the employer['’]s) (?:expense|cost)\b"
)
# Words that name what is asked by its kind: a wish after them is about that, not about what came before.
_OTHER_ASKED_THING = re.compile(
    r"\b(?:experience|knowledge|skills?|familiarity|background|qualifications?|degree|understanding|exposure)\b"
)
# Answers to a question that say what it names is not needed: "No A Levels? No problem."
_REASSURANCE = re.compile(
    r"^\W*(?:no problem|not a problem|don['’]t worry|that['’]s (?:fine|ok|okay)|no worries|"
    r"(?:it['’]s|it is|that['’]s|that is) not (?:essential|required|needed|necessary|a must|a requirement))\b"
)
# A question of what the job needs, as FAQ-style ads ask it, answered yes or no: "Do I need to know SQL? Yes - ...",
# "Do I need a Bachelor's degree? Nope."
_NEED_QUESTION = re.compile(
    r"^\W*(?:q\s*[.:]\s*)?(?:(?:do|does|will|would|must|should)\s+(?:i|you|we|applicants|candidates)\s+"
    r"(?:need|have to|require)\b|"
    r"(?:is|are)\s+(?:an?\s+)?[^?]{1,40}?\s+(?:required|needed|necessary|essential|a must)\s*\?)"
)
_YES = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:yes\s*/\s*no\W+)?(?:yes|yep|yeah|absolutely|definitely|essential|required)\b"
    r"(?!\s*/)(?!\W*not\b)"
)
_NO = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:no|nope|nah|not at all|not really|not necessarily|not required|not needed)\b"
    r"(?![^.]*\bbut\b)"  # "Not really, but it helps" wishes
)
# The reader told what they need, not in a condition: "To apply, you'll need SC clearance"; not "If you need us to
# make any adjustments to our recruitment process, ...".
_READER_NEEDS = re.compile(r"(?<!if )\byou(?:['’]ll| will)? need\b|\byou must\b")
_OTHER_LISTING = re.compile(r"^\W*(?:then\s+)?see our (?:separate|other)\b")
_ANSWER_MAX_WORDS = 6  # an answer, not a sentence of its own: "Even better.", "That would be a plus."
# A question that screens the reader: "Do you hold a full UK driving licence?", "Are you a Level 3 Personal Trainer?"
_SCREENING_QUESTION = re.compile(
    r"^\W*(?:q?\d{1,2}[.):]\s*)?(?:do you (?:hold|have|possess)|"
    r"are you (?:a|an|already|qualified|registered|fluent|licensed|certified)|"
    r"have you (?:got|gained|obtained|held|passed|completed))\b"
)
_NOT_A_WISH = re.compile(r"\bnot (?:just )?(?:a |an )?(?:nice[ -]to[ -]have|bonus|plus|optional|preference|extra)\b")
# A longer answer that says what the question asks for: "Great – that's a bonus", "..., so it's essential".
_ANSWERED_LEVEL = re.compile(
    r"(?:(?:great|good|brilliant|perfect|fantastic|amazing|excellent)\W+)?"
    r"\b(?:it['’]s|it is|that['’]s|that is|this is)\s+(?:a\s+)?(?:real\s+|big\s+|huge\s+|definite\s+|nice\s+)?"
    r"(?:requirement|must|essential|mandatory|required|plus|bonus|nice to have|desirable|advantage)|"
    r"\b(?:it|that|this|they)\s+(?:needs|need|has|have)\s+to\s+be\b|"
    r"\b(?:that|it|this)\s+would\s+be\s+(?:very\s+|really\s+)?(?:welcome|helpful|useful|a plus|a bonus|an advantage)"
)
# Words one of which every "not needed" cue holds: most sentences are decided by these alone.
_NOT_NEEDED_ANCHORS = (
    *("not", "no ", "without", "n't", "n’t", "never", "new to", "fund", "pay for", "paid for", "train", "teach"),
    *("induction", "internal", "in-house", "book you", "put you", "enrol", "sponsor", "supported to", "(we"),
    *("expects you", "expect you", "format", "free", "expense", "cost", "triaged", "processed", "reviewed"),
    *("assessed", "booked", "signed up", "opportunit", "chance", "learn", "taught", "pick up"),
    *("(which", "support ", " by ", "submitted", "made in", "written in", "sent in", "provided", "supplied"),
)
# Words one of which every cue of `_NOT_NEEDED_AFTER` holds.
_NOT_NEEDED_AFTER_ANCHORS = ("not", "n't", "n’t", "train", "fund", "paid for", "(we", "(which", "provided", "supplied")
_NOT_NEEDED_AFTER_ANCHORS += (" by ", "expense", "cost")
# Words one of which every match of `_PREFERRED_CUES` or `_OTHER_WISHES` holds.
_WISH_ANCHORS = (
    *("nice", "desirable", "bonus", "plus", "advantag", "prefer", "ideally", "benefic", "great", "essential"),
    *("optional", "extra credit", "good to have", "even better", "prioriti", "favo", "shortlisted", "given p"),
    *("dealbreaker", "deal breaker", "deal-breaker", "must-have", "handy", "your chances", "if you"),
    *("encouraged",),
    *("stand out", "love", "useful", "asset", "valu", "appreciated", "would be", "'d be", "’d be", "help"),
)
_LIGHT_ANCHORS = (
    "familiar",
    "exposure",
    "awareness",
    "some experience",
    "basic",
    "interest",
    "appreciation",
    "willing",
)
# "Candidates without Python experience will not be considered" asks for Python.
_NOT_CONSIDERED = re.compile(r"\b(?:will not|won't|won’t|cannot|can't|can’t|would not) be (?:considered|accepted)\b")
# How far from a "not needed" cue a wish about the same skill is read ("SQL is not required, but it would be a plus").
_WISH_REACH = 200
# Words that set one clause against another, each with its own level: "Salesforce isn't essential, but SQL is a
# must".
_CONTRAST_WORDS = ("but", "however", "although", "whereas", "while")
_CONTRASTS = re.compile(r"\b(?:" + "|".join(_CONTRAST_WORDS) + r")\b|;|\s[–—-]\s")
_LIST_CLAUSE_BREAKS = re.compile(r"[,;]")
# A person specification's column at a line's end: "FHEA or equivalent | D", "Experience of rent arrears (E)".
_CRITERIA_MARK = re.compile(r"(?:(?:\||\(|\s[-–—]|\t)[ \t]*|[ \t]{2,})([DE]|[Dd]esirable|[Ee]ssential)[ \t]*\)?[ \t]*$")
# Words that may stand beside a cue in parentheses without making them an aside: "(experience essential)".
_BARE_CUE_WORDS = frozenset(
    {"experience", "knowledge", "skills", "skill", "qualification", "qualifications", "certificate", "licence"}
    | {"license", "level", "is", "are", "a", "an", "the", "but", "not", "or", "and", "very", "highly", "strongly", "e"}
    | {"d", "also", "would", "be", "helpful", "useful", "nice", "welcome", "legacy"}
)
_COLON_HEAD_REACH = 60  # characters before a colon read as a lead-in
_INLINE_MARK = re.compile(r"\s*\(([ED])\)")
# What asks for a willingness to learn the skill that follows, not for the skill.
_LEARNING = re.compile(
    r"\b(?:willing(?:ness)?|keen|eager(?:ness)?|desire|happy|motivat\w+|open|interest(?:ed)?|want(?:ing)?)\s+(?:to|in)\s+"
    r"learn(?:ing)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_CRITERIA_MIN_LINES = 2  # one mark alone may end a title: "Assistant Cook - Site (D)"
_WISH_OPENER = re.compile(r"^\W*(?:ideally|preferably|optionally|if possible|even better)\s*,")
_WISH_ADVERB = re.compile(r"^\W*(?:and|or)?\s*(?:ideally|preferably|optionally|if possible)\W*$")
_PARENTHESES = re.compile(r"\([^()]*\)")
# A requirement in the imperative, as lists under "The successful candidate will:" give them.
_IMPERATIVE_REQUIREMENT = re.compile(
    r"^[\W\d]*(?:hold|(?:have|possess)\s+(?:a|an|the|your|strong|good|excellent|proven|solid|extensive|some|"
    r"at least|\d|experience|knowledge|current|valid|full|relevant|recent|previous|demonstrable|significant))\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w+#.-]*")
# A telephone number: ten digits or more, each group apart by one space or hyphen at most ("0161 555 0192", "+44
# 7700 900123"; not a salary range, "45000 - 55000").
_PHONE = re.compile(r"\d(?:[ -]?\d){9,}")
_YEARS_RUN = re.compile(r"(?:(?:19|20)\d\d[ -]?)+")  # "2019 2020 2021": years, not a number to call
_EMAIL_DOMAIN = re.compile(r"[\w-]+\.\w")
_SIGNATURE_LINES = 2  # lines above a contact line that may sign it: a name, a job title
_SIGNATURE_MIN_WORDS, _SIGNATURE_MAX_WORDS = 2, 8
_CONTACT_LINE_MAX_WORDS = 16
_ASIDE_MARKS = ("(", ", who ", " – ", " — ", " - ")
_DASH_ASIDE = re.compile(r"\s(?P<dash>[–—-])\s(?P<inside>[^–—()]{1,60}?)\s(?P=dash)\s")
# A relative clause between commas, whose cues are its own: "The successful candidate, who must hold SC clearance,".
_WHO_ASIDE = re.compile(r",\s*who\b[^,;()]*,")
_LABEL = re.compile(r"^[^\W\d][\w' –-]{0,30}:\s*")  # "Daily work: ", "Your day: "
# A bare name in a list, which a wish closing the list is for too: "AWS", "Azure or GCP", "Power BI".
_BARE_NAME = re.compile(r"[\w.+#/-]+(?:\s+[\w.+#/-]+){0,2}")
# Words that make a list item a requirement of its own kind: "CSCS card", "ACCA qualified", "fluent German".
_QUALIFIER_WORDS = re.compile(
    r"\b(?:qualified|registration|registered|licen[cs]e|card|fluent|years?|degree|certificate|certified)\b"
)
# Words that open a list without making its first item one of a kind: "Experience with React, Vue or Angular
# helpful", "Qualifications: ACCA, CIMA or AAT welcome".
_LEAD_IN = re.compile(
    r"^(?:[\w ]{1,25}:\s*)?(?:(?:good|some|strong|solid|working|previous)\s+)?"
    r"(?:(?:experience|knowledge|familiarity|understanding|exposure)\s+(?:with|of|in|to|using)\s+)?"
)
# What may open a clause that goes on with the subject of the clause before it: "but is", "but it's".
_NO_SUBJECT = re.compile(
    r"^\W*(?:but|though|although|however|and)?\s*(?:it\s+|it['’]s\s+|they\s+)?(?:is|are|['’]s)?\s*"
)
_TRAINING_INCLUDES = re.compile(r"\b(?:training|induction|train you|trained)\b[^.;]{0,60}?\bincluding\b")
# A list item after a cue is short and says nothing of its own: "dbt and Airflow", not "so you can focus on sales".
_LIST_ITEM_MAX_WORDS = 6
_NO_LIST_ITEM = re.compile(
    r"\b(?:you|we|i|will|would|is|are|must|should|can|but|so|to|need|needed|required|essential|which|who)\b|['’]ll"
)
# Where a clause ends, for the reach of a "not needed" cue.
_CLAUSE_BREAKS = re.compile(
    r"\b(?:" + "|".join((*_CONTRAST_WORDS, "if", "unless", "as long as", "provided")) + r")\b|"
    # "and to" opens a second task: "You will learn to use Xero and to prepare management accounts"
    r"\band (?=you|we|must|should|have|be|to)\b|[;,]|\s[-–—/|]\s"
)
# What the job gives is no requirement after "you will have": "the opportunity to learn Kotlin", "access to
# Pluralsight".
_NOT_GIVEN = (
    r"(?!\s+(?:the\s+|plenty of\s+|lots of\s+|many\s+)?(?:opportunit\w*|chances?|possibilit\w*|freedom|access|"
    r"support|option|autonomy|flexibility|budget|time|room|scope)\b)"
)
_REQUIRED_CUES = re.compile(
    r"\b(must|required|requires?|requirement|essential|mandatory|need to have|needs to have|you will need|"
    r"(?:is|are) (?:important|vital|crucial|key|critical)"
    r"(?=\s*(?:$|[.;,!)]|(?:for|in|to) (?:the|this) (?:role|position|job|post)\b))|"
    r"you'll need|you need|(?:you have|you'll have|you will have)" + _NOT_GIVEN + r"|proven|demonstrable|(?<!-)strong|"
    r"solid|"
    r"(?:prerequisite|pre-requisite|precondition)(?!\s+for\s+(?!(?:this|the)\s+(?:role|post|position|job|appointment)))|"
    r"condition of (?:employment|appointment)|(?:holders?|applicants|candidates|registered\s+[a-z-]+)\s+only|"
    r"should (?:already )?be (?:confident|proficient|competent|experienced|fluent|able|held|qualified|registered)|"
    # "I'm looking for someone with real bread making experience"
    r"(?:looking for|need|want|seeking)\s+(?:someone|somebody|a person|people|candidates|applicants)\s+with|"
    r"minimum|at least|extensive|expert|"
    r"will need to|needs? to (?:hold|have|be|possess)|"
    # "Applicants should hold an MA in History", "The successful candidate will hold a PhD in Economics"
    r"should (?:already )?(?:hold|have|possess)" + _NOT_GIVEN + r"|"
    r"(?:candidate|applicant|post ?holder|postholder|job ?holder|appointee)s? (?:will|shall) (?:already )?"
    r"(?:hold|have|possess)" + _NOT_GIVEN + r"|"
    r"you(?:['’]ll| will) be (?:a |an )?(?:fully |suitably |appropriately )?"
    r"(?:qualified|chartered|registered|certified|licensed|accredited)|"
    # the person sought, by what they must have: "a backend engineer who has built services in Go", "The engineer we
    # hire will have 3-5 years", "We need someone who already knows Flutter"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?!(?:client|patient|customer|child|resident|pupil|student|user|family|young)\w*\s)"
    r"\w+\s+who\s+(?:already\s+)?(?:has|holds|knows|can)|"
    r"we(?:['’]re)?\s+(?:hire|appoint|recruit)\s+will\s+have|"
    r"(?:someone|somebody|a person|people|candidates|applicants|individuals?) who (?:already )?(?:knows?|has|have|"
    r"holds?|speaks?|can))\b"
)
# Words that make a count of years one of experience, whatever words of a post come before it.
_EXPERIENCE_WORDS = re.compile(
    r"\b(experience\w*|exp|background|track record|proficien\w*|knowledge|expertise|hands-on|post-qualification|pqe|"
    r"in (?:a|an) [\w/ -]{1,30}(?:role|position|capacity))\b"
)
# What comes right before a count of years that measures the post, not the person: "The position is for 3
# years", "The period of employment is 3 years", "for a period of three years", "Tenure: Three years", "a fixed
# term of three years". Only where no experience word comes first ("Experience in a teaching post for 2 years").
_DURATION_BEFORE = re.compile(
    r"(?:\b(?:the|this|a|an|our)\s+(?:[\w-]+\s+){0,2}(?:position|post|contract|appointment|stipend|fellowship|"
    r"scholarship|studentship|placement|internship|secondment|programme|program)\s+(?:is|will be|lasts?|runs?)\s+"
    r"(?:for\s+)?(?:a\s+)?(?:(?:fixed[- ]term|maximum|total|initial)\s+)?(?:(?:period|term|duration)\s+of\s+)?"
    r"(?:up to\s+)?"
    r"|\b(?:period|term|duration|length)\s+of\s+(?:the\s+)?(?:employment|appointment|contract|position|post|"
    r"stipend|fellowship|scholarship|project|programme)\s+(?:is|will be)\s+(?:up to\s+)?"
    r"|\bfor\s+a\s+(?:fixed[- ]term\s+)?(?:period|term)\s+of\s+(?:up to\s+)?"
    r"|\bfixed[- ]term\s+(?:position\s+|post\s+|contract\s+|appointment\s+)?(?:of|for)\s+"
    r"|\b(?:tenure|duration|contract length|length of (?:contract|appointment|employment))\s*:\s*"
    r"|\b(?:temporary|fixed[- ]term)\s+(?:position|post|contract|appointment)\s+for\s+"
    # an age: "Aged 18 years+", "over the age of 21 years"
    r"|\b(?:aged|age of|ages)\s+(?:over\s+|at least\s+|minimum\s+)?)$"
)
_DURATION_REACH = 80  # characters before a count of years read for a duration
# What follows a count of years that measures the post: "a 2 year fixed term contract", "a 3-year apprenticeship".
_DURATION_AFTER = re.compile(
    r"\s*(?:\+\s*)?(?:of age|old)\b"  # an age: "18 years of age"
    r"|[\s-]*(?:fixed[- ]term|contract|post|position|appointment|programme|program|course|apprenticeship|"
    r"placement|secondment|scholarship|fellowship|studentship|stipend|grant|warranty|lease|period|term|project)\b"
)
# Characters around a skill read for its years: the years sit at most a few words away, with what comes before
# them (a duration's words).
_YEARS_PREFIX_REACH = 200
_YEARS_SUFFIX_REACH = 60
_OPEN_ENDED_YEARS = re.compile(
    r"(?:\b" + _NUMBER + r"\s*(?:\+|or more|plus)|\+\s*" + _NUMBER + r")\s*(?:years?|yrs?)\b"
    r"|\b" + _NUMBER + r"\s*(?:years?|yrs?)\s*(?:\+|plus\b)"
)
# Years that the job gives or fills, not that the person brings: "You will receive 3 years of ACCA training",
# "you'll spend 2 years with our data science team", "We will fund 3 years of study".
# The same verbs right before the skill: "you will study plumbing for 3 years".
_JOB_GIVES_SKILL = re.compile(
    r"\b(?:you\s+will|you['’]ll|we\s+will|we['’]ll)\s+(?:then\s+|also\s+)?(?:study|train in|learn|teach|gain)\s+$"
)
_JOB_GIVES_BEFORE = re.compile(
    r"\b(?:you\s+will|you['’]ll|we\s+will|we['’]ll|you\s+would|you['’]d)\s+(?:then\s+|also\s+|initially\s+)?"
    r"(?:receive|get|gain|spend|complete|undertake|study|train|learn|enjoy|teach|serve|fund|provide|offer you|"
    r"give you|pay for|sponsor|support you through)\s+"
    r"(?:\w+\s+)?(?:up to\s+|over\s+|about\s+|around\s+|a further\s+|another\s+|your first\s+|the first\s+)?$"
)
# Required cues that praise an organisation as well as ask of a person: "a strong commitment to research", "a
# strong reputation for implant dentistry", "a strong network of partners". Before words of a person's
# competence they ask ("Strong grounding in econometrics", "solid bookkeeping").
_PRAISE = re.compile(
    r"\b(?:strong|solid|extensive)\s+(?:\w+\s+)?(?=(?:reputation|commitment|network|presence|brand|growth|"
    r"culture|heritage|position|relationships?|portfolio|values|focus|financials?|balance sheet|order book|"
    r"client base|customer base|community|partnerships?|history|foundations?|fundamentals|investment|backing|"
    r"pipeline|market share|record|research|links|ties|tradition|collaborations?|connections|standing|profile|"
    r"legacy|roots|footprint|following|groups?)\b)"
)
# "X is key", "X are important": a requirement in a list, a statement in a description of the setting.
_IMPORTANCE = re.compile(r"\b(?:is|are) (?:important|vital|crucial|key|critical)\b(?=\s*(?:$|[.;,!)]|(?:for|in|to)\b))")
# A lighter ask: a wish outside a requirements list, still a requirement inside one ("Essential: familiarity
# with Git").
_LIGHT_CUES = re.compile(
    r"\b(familiarity with|familiar with|exposure to|awareness of|some experience|basic knowledge|basic "
    r"understanding|an interest in|interest in|appreciation of|willingness to learn)\b"
)
_YEARS = re.compile(r"\b" + _YEARS_COUNT + r"\b")
_PLUS_AFTER_YEARS = re.compile(r"^\s*(?:\+|plus\b)")
# What joins a count of years to the skill after it: "5 years of Python", "3 years' Xero", "2 years with AWS",
# "4 years as a Java developer", "3 years commercial experience in Go".
_YEARS_LINK = re.compile(
    r"\s*(?:['’]|of\b|with\b|in\b|as\b|using\b|on\b|experience\b|exp\b|working\b|developing\b|programming\b|"
    r"writing\b|building\b|commercial\b|professional\b|hands-on\b|industry\b|relevant\b|practical\b|"
    r"post-qualification\b|pqe\b)"
)
# Any figure, or a number word standing alone ("2nd line", "100", "two"; not the "one" in "components").
_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b")
# Years written right after the skill: "Python (5+ years)", "Python: 4 years", "Java (minimum 3 years)",
# "Python | 5+ years" (a table row); not when they lead on to another skill ("Python (3 years of Django)").
_YEARS_AFTER = re.compile(
    r"^\s*[(:|\-–—]?\s*(?:for\s+|minimum\s+|min\.?\s+|at least\s+|over\s+)?"
    + _YEARS_COUNT
    + r"\b(?!['’]?\s*(?:experience\s+|exp\s+)?(?:of|with|in|using)\b)"
)
_REQUIRED_SECTIONS = frozenset({"requirements", "qualifications"})
# A sentence about the employer speaks of "we" or "our" and neither to the reader nor of what the job needs.
_EMPLOYER_WORDS = re.compile(r"\b(we|we're|we’re|we've|we’ve|our|ours|us)\b")
_ASKING_WORDS = re.compile(
    r"\b(you|your|you're|you’re|you'll|you’ll|you've|you’ve|yourself|candidates?|applicants?|experience|experienced|"
    r"knowledge|ability|able|skills?|degree|required|requirements?|must|should|proficien\w*|familiar\w*|"
    r"understanding|background|expertise|qualifications?|looking for|seeking|ideally|(?:a|big|huge|real|added) plus|"
    r"we hire|we appoint|(?:is|are)\s+(?:\w+\s+)?(?:mandatory|essential|a must|a prerequisite)|"
    r"" + _PAY_BONUS_BEFORE + r"bonus|want|needs?|hiring|desirable|advantageous|beneficial|nice to have)\b"
)
# Words that make a sentence ask for something wherever it stands ("Knowledge of UI/UX" under a heading read as
# Benefits).
_STRONG_ASKING_WORDS = re.compile(
    r"\b((?<!lived )experience (?:with|in|of)|knowledge (?:of|in)|skills? in|ability to|degree in|required|must|"
    r"proficien\w*|familiar\w*|background in|expertise in|qualifications?)\b"
)
# Cues that require whatever the heading above says: "Must have: retail experience" under "Good to have:".
_HARD_REQUIRED = re.compile(r"\b(?:must|essential|required|mandatory|prerequisite)\b")
# Words that ask the reader for something: "You will need strong Excel", "SQL is essential".
_READER_ASKED = re.compile(
    r"\b(?:you(?:['’]ll| will)? need|you should have|you must|essential|(?:is|are|would be) desirable)\b"
)
# Sections where every line asks or describes the job, whatever its wording ("Our stack: Python" under
# Requirements; "We write Java" under The role).
_ASKING_SECTIONS = frozenset(
    # In an ad, Experience, Education, Certifications and Languages headings list what the job needs.
    {"requirements", "qualifications", "preferred", "skills", "responsibilities", "role"}
    | {"experience", "education", "certifications", "languages"}
)
# Where a sentence describing the setting is still a request. The role is not one: whole ads sit under "Job
# description", company introductions included.
_SETTING_ASKING_SECTIONS = _ASKING_SECTIONS - {"role"}
# A sentence that addresses no one, asks nothing and gives no duty describes the setting: the employer, its
# products, a department, a research project ("The department is well equipped for mass spectrometry and cell
# biology"). Beyond the asking words (the reader, candidates), words of the person sought or of the job keep a
# sentence a request.
_ADDRESSING_WORDS = re.compile(
    r"\b(he or she|person|successful|ideal|individual|incumbent|hire|role|position|job|responsib\w*|tasks?|duty|"
    r"duties|day[- ]to[- ]day|entails?|involv\w*|requires?|expected|will|join|the work|post ?holder|post-holder|"
    r"job ?holder|"
    r"(?:people|someone|anyone|those) who)\b"
)
# The person in the job, as the subject of a duty, beyond the role nouns of the lexicon ("The Research Software
# Engineer will develop ...", read from the tokens): "the postholder will", "our new team lead will".
_JOB_HOLDER = re.compile(
    r"\b(?:the (?:post ?holder|job ?holder|successful candidate|successful applicant|role|position)|you|"
    r"(?:the|our new|our next) (?:[\w-]+ ){0,3}lead)\b"
)
# Words that point back to what an earlier part of a sentence named: "Our developers use Python; experience with
# these is essential".
_BACK_REFERENCE = re.compile(r"\b(?:it|these|them|both|either|this)\b(?!\s+(?:role|position|job|post|team|company))")
# Words that say whom the employer hires, beyond the asking words ("hiring", "looking for"): "Applications are
# invited from Salesforce administrators", "Calling all React developers".
_HIRING_WORDS = re.compile(
    r"\b(recruiting|wanted|vacanc\w*|openings?|appl(?:y|ications?|icants?)|invit\w+|calling all|is looking|"
    r"are looking)\b"
)
# Other vacancies of the employer, named in passing: "We're also hiring a Senior Rust Engineer", "Other open roles:
# Data Engineer (Databricks)".
_OTHER_JOBS = re.compile(
    r"\b(?:also|currently also)\s+hiring\b|(?:^\W*|\b(?:our|see)\s+)other\s+(?:open\s+|current\s+|live\s+)?"
    r"(?:roles|positions|vacancies|jobs|openings)\b|\bother\s+(?:open|current|live)\s+(?:roles|positions|vacancies|"
    r"jobs|openings)\b|\b(?:sister|other|another|partner|separate)\s+(?:team|office|company|department|squad|"
    r"business)\b[^.;]{0,60}?\bhiring\b|"
    r"\bsee (?:our|the) (?:separate )?(?:[\w-]+\s+){0,3}?(?:listing|advert|ad|vacancy|posting|opening)\b"
)
# "also looking for a/an ...": read as another vacancy when a post's title follows (`_names_a_post`).
_ALSO_SEEKING = re.compile(r"\balso\s+(?:looking for|recruiting|seeking|searching for)\s+(?:an?|two|three|several)\s")
_POST_NAME_REACH = 40  # characters
# A sentence speaks of other people, not of the job, only at this length: "Java Developers x3" is a title.
_COLLEAGUES_MIN_WORDS = 6
# Words that say whom a job works with, and the words a list of those people may hold before the role.
_COLLEAGUE_LINKS = frozenset({"with", "alongside", "among", "amongst"})
_PEOPLE_LIST_WORDS = frozenset(
    {
        ",",
        "and",
        "&",
        "/",
        "or",
        "a",
        "an",
        "other",
        "our",
        "the",
        "your",
        "fellow",
        "senior",
        "junior",
        "experienced",
        "talented",
        "skilled",
        "internal",
        "external",
        "expert",
        "specialist",
        "lead",
        "team",
        "of",
    }
)
_COLLEAGUE_REACH = 8
# Words before "our" that make the team or the people the job's own: "join our Data team", "lead our developers".
_OWN_TEAM_BEFORE = frozenset(
    {"join", "joining", "joins", "lead", "leading", "manage", "managing", "head", "heading", "run", "running"}
    | {"build", "building", "grow", "growing", "of", "in", "within", "into", "on", "become", "mentor", "mentoring"}
)
_TEAM_NOUNS = frozenset({"team", "teams", "department", "squad", "function", "colleagues"})
# Words that count or own people in the plural: others than the person sought.
_PEOPLE_COUNTERS = frozenset(
    {"our", "its", "their", "other", "many", "several", "some", "all", "hundreds", "thousands", "dozens", "of"}
)
# Role nouns that name people a job serves, or software, rather than colleagues: "working with SEN students",
# "device drivers".
_NOT_COLLEAGUES = frozenset({"student", "trainee", "apprentice", "candidate", "intern", "driver"})
# Common verbs that open an imperative duty but are no action verbs of their own ("Be an advocate for users").
_IMPERATIVE_OPENERS = frozenset({"be", "have", "take", "get", "keep", "make", "stay", "show", "bring", "give"})
# Relative clauses said of colleagues ("the Transport Manager, who holds ..."): the nouns beyond role nouns that
# name them, the words before them that make them others or the person sought, and where the clause ends.
_COLLEAGUE_NOUNS = frozenset(
    {"team", "colleague", "colleagues", "staff", "manager", "lead", "partner", "partners", "controller", "head"}
    | {"vp", "cto", "ceo", "cfo", "coo", "cio", "ciso", "founder", "cofounder", "co-founder", "director"}
)
_COLLEAGUE_BEFORE = frozenset(
    {
        "the",
        "our",
        "your",
        "their",
        "his",
        "her",
        "with",
        "alongside",
        "including",
        "supporting",
        "support",
        "assisting",
    }
)
_SOUGHT_BEFORE = frozenset(
    {"a", "an", "for", "be", "become", "are", "is", "hire", "hiring", "seeking", "recruiting", "want", "need", "you"}
    | {"successful", "ideal", "new"}
)
_CLAUSE_END = re.compile(r"[,;.!?]|\s[–—-]\s")
_CLAUSE_END_NOT_COMMA = re.compile(r"[;.!?]|\s[–—-]\s")
_SOUGHT_NOUNS = frozenset(
    {"candidate", "candidates", "applicant", "applicants", "person", "individual", "postholder", "jobholder", "hire"}
)
_OTHERS_DO = re.compile(
    r"\b(?:our|their|the|a separate|another)\s+(?:[\w&/-]+\s+){1,3}?(?:team|teams|department|colleagues|staff)\s+"
    r"(?:handles?|owns?|does|do|looks? after|takes? (?:care of|charge of|all|over)|manages?|runs?|covers?|"
    r"deals? with|produces?|prepares?|"
    r"maintains?|builds?|"
    r"(?:is|are) responsible for)\b|"
    # people in the plural who own a task: "Our registered nurses handle all medication administration"
    r"\b(?:our|their)\s+(?:[\w&/-]+\s+){0,2}?(?P<doers>\w+s)\s+(?:handle|own|look after|take care of|deal with|"
    r"maintain|build in|build with|are responsible for)\b|"
    # one colleague who owns a task: "Our bookkeeper handles the QuickBooks side" (a role noun, checked where used)
    r"\bour\s+(?P<doer>\w+)\s+(?:handles|owns|looks after|takes care of|deals with|is responsible for)\b"
)
_COLLEAGUE_IS = re.compile(
    r"\b(?:your|our)\s+(?:line\s+|new\s+)?(?:[\w-]+\s+)?(?:manager|lead|mentor|supervisor|colleagues?|teammates?)\s+"
    r"(?:is|are|holds?|has)\b"
)
_COLLEAGUE_IS_END = re.compile(r"\s(?:and|but|who|which)\s|[,;.!?]")
# Words one of which every match of `_OTHERS_DO` holds.
_OTHERS_DO_ANCHORS = (
    *("handle", "own", "does", " do", "look", "take", "manage", "run", "cover", "deal", "produce", "prepare"),
    *("maintain", "build", "charge of", "all", "over"),
    *("responsible",),
)
_CLIENT_NOUNS = frozenset({"client", "clients", "customer", "customers"})
_CLIENT_DESCRIPTION = re.compile(r"^\W*(?:our|my|the)\s+client,\s+(?:an?|the|one of)\s+[^,()]{3,150}?,")
_USED_BY_OTHERS = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|mainly\s+|only\s+|heavily\s+)?used\s+by\s+(?:our|the|a separate|another)\s+"
    r"(?:[\w&/-]+\s+){0,3}?(?:team|teams|department|colleagues|staff|engineers|analysts|developers|scientists)\b"
)
_JOINS_THE_TEAM = re.compile(r"\b(?:which|that)\s+you\b|\byou(?:['’]ll| will)?\s+(?:join|be part of|work in|sit in)\b")
_SOUGHT_IN_CLAUSE = re.compile(r"\b(?:you|your|you['’]ll|you['’]re|someone|somebody|colleague|candidate)\b")
# The employer as the subject of a sentence that opens with it: "The Trust operates ...", "Our client is ...",
# "Founded in 2009 ...", "Acme Ltd provides ...", "<ORGANIZATION> is a leading ...".
_EMPLOYER_NOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:the|our)\s+(?:[\w&'’-]+\s+){0,2}?(?:trust|company|bank|firm|organi[sz]ation|group|business|charity|"
    r"council|university|practice|client|agency|school|college|hospital|institute|brand|studio|consultancy|"
    r"partnership|authority|federation|academy|employer|retailer|manufacturer|provider|insurer|foundation|society|"
    r"network)(?:['’]s)?\s+(?!will\b|would\b|shall\b)|"
    r"(?:founded|established|set up|launched|headquartered)\s+(?:in|by|as)\b)"
)
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:<ORGANIZATION>(?:\s+<ORGANIZATION>)*|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:['’]s)?\s+"
    r"(?:is|are|was|has|have|operates|provides|serves|builds|develops|specialises|specializes|offers|runs|uses|employs|"
    r"works|creates|delivers|designs|makes|sells|manufactures|supports|helps|was founded|has been)\b"
)
# An award the employer won: "Winner – Best Use of AI, Retail Systems Awards 2023", "award-winning"; not "ACCA
# finalist".
_AWARD = re.compile(
    r"\b(?:award-winning|awards?\s+(?:19|20)\d\d|(?:19|20)\d\d\s+awards?|winner\s*[–—:-]|winners? of|"
    r"finalist (?:in|at|for) the)"
)
# Equal-opportunity text by its own words, wherever it stands: SkillSpan's ads run it on after the requirements
# without a heading ("... without regard to race, color, religion, ... genetics, ...").
_EQUAL_OPPORTUNITY = re.compile(
    r"\bequal (?:employment )?opportunit|\bwithout regard to\b|\bprohibits? discrimination\b|"
    r"\b(?:do|does|will|shall) not discriminate\b|\b(?:don['’]t|doesn['’]t|won['’]t) discriminate\b|"
    r"\bprotected (?:veteran|characteristic|class|attribute)|\bregardless of (?:their )?(?:age|race|gender|sex|"
    r"religion|disability|ethnicity|background|sexual orientation)\b|\bcommitted to (?:equality|diversity|inclusion|"
    r"equal|equity)|\breasonable adjustments\b|\bdisability confident\b|\b(?:need|require|request)\s+(?:any\s+)?"
    r"adjustments\b"
)
# What a sentence about applying says, by its own words: whom to contact, how to send the application, what happens
# to it. Such a sentence asks nothing, as under a How to apply heading: "questions about the recruitment process?
# Please contact our HR Business Partner", "attach your motivated application".
_ABOUT_APPLYING = re.compile(
    r"\b(?:please|hesitate to|free to|you can|you may)\s+(?:contact|call|e-?mail|reach out to|get in touch with|"
    r"speak to|talk to)\b|\bfor (?:further|more|additional) (?:information|details)\b|"
    r"\bto apply(?:,| for (?:this|the) (?:role|position|job|post|vacancy))|\bhow to apply\b|"
    r"\bcontact (?:person\b|us\b|me\b|(?:our|the) (?:recruitment|recruiting|hr|talent|talent acquisition|hiring|"
    r"people|resourcing) team\b)|\bapply online\b|\binformal (?:enquir|inquir|discussion|chat|conversation)|"
    r"\bsend (?:us |in )?(?:your|a) (?:cv|resume|résumé|application|cover letter|covering letter)\b|"
    r"\bquestions?\b[^.;]{0,80}\b(?:directed|sent|addressed) to\b|\bshortlisted (?:applicants|candidates)\b|"
    r"\benquiries (?:to|should be)\b|"
    r"\b(?:application|apply) (?:button|link|form|portal)\b|"
    r"\battach your\b|\bupload(?:ing)? your\b|\b(?:recruitment|staffing|third[- ]party) agenc(?:y|ies)\b|"
    r"\b(?:applicants?|candidates?) will be (?:notified|contacted|informed)\b|\bletter of rejection\b|"
    # the employer's process, unless it is the job's to run: "Manage the recruitment process", "handling our ..."
    r"(?P<process>(?:\b(?P<process_of>\w+)\W{1,3})?\b(?:our|the|this) (?:recruitment|selection|hiring|application|"
    r"interview|assessment) process)"
)
_APPLICANT_WORDS = re.compile(r"\b(?:your (?:cv|application|resume)|apply|applicants?|applications?)\b")
_ABOUT_APPLYING_ANCHORS = (
    *("contact", "call", "mail", "reach out", "in touch", "speak to", "talk to", "information", "details", "apply"),
    *("application", "attach", "upload", "agenc", "notified", "informed", "rejection", "process", "informal"),
    *("send", "question", "shortlisted", "enquiries"),
)
# Words one of which every unit name that `inside_unit_name` finds holds.
_UNIT_WORDS = tuple(UNIT_NOUNS)
_EQUAL_OPPORTUNITY_ANCHORS = (
    *("equal", "regard", "discriminat", "protected", "committed to", "reasonable", "confident", "adjustments"),
)
# Nouns after a degree that make it the name of the post or its programme, not a request: "a PhD stipend", "the PhD
# student will", "the PhD programme of the Faculty"; not "PhD level" or "PhD holders", which ask.
_POST_NOUNS = frozenset(
    {"student", "students", "stipend", "stipends", "scholarship", "scholarships", "studentship", "studentships"}
    | {"fellowship", "fellowships", "fellow", "fellows", "position", "positions", "post", "candidate", "programme"}
    | {"programmes", "program", "programs", "study", "studies", "guide", "regulations", "project", "projects"}
    | {"course", "courses", "school", "supervisor", "supervisors", "supervision", "researcher", "researchers"}
    | {"opportunity", "opportunities", "vacancy", "vacancies", "place", "places"}
)
# Words more frequent than this rank open sentences as ordinary words, not as an employer's name.
_NAME_MIN_RANK = 5_000


def _common_word_rank(word: str) -> int:
    return word_ranks().get(word, _NAME_MIN_RANK)


# Imperatives that invite rather than give a duty: "Join our team", "Apply via our portal".
_NO_DUTY_OPENERS = frozenset(
    {"join", "apply", "visit", "contact", "send", "see", "check", "discover", "find", "read", "explore", "meet"}
    | {"come", "click", "follow", "email", "call", "learn"}
)
# Words that present the tools a team works with.
_STACK_USE = re.compile(
    r"\b(?:our (?:current |core |main |tech(?:nology)? |technical |data )?stack|we(?:['’]re| are)? (?:mainly |mostly |"
    r"currently |also |heavily )?(?:use|using|work with|working with|build (?:with|on|in)|rely on|run on)|"
    r"our (?:tools|toolset|toolchain) (?:include|includes|are)|how we work|"
    # the tool as the subject: "Python is used across our backend", "Snowflake is our data warehouse"
    r"(?:is|are) (?:also |mainly |heavily )?used (?:across|for|in|throughout|on|within) (?:all |most )?our|"
    r"(?:is|are) our (?:main |primary |core |chosen )?(?:data warehouse|warehouse|database|cloud|platform|language|"
    r"framework|crm|erp|tool|stack|ci|ide|orm|cms|reporting tool|bi tool|ticketing system|system))\b"
)
# The employer as the subject after an opening phrase: "Providing dementia care since 1990, our group is ...".
_EMPLOYER_AFTER_OPENING = re.compile(r",\s*(?:we|our|we['’]re|we['’]ve)\b")
# What opens a list of the job's duties inside a sentence.
_DUTY_LEAD = re.compile(
    r"\b(?:responsibilities|duties|tasks)\s+(?:will\s+)?(?:include|are|involve|cover)\b|"
    r"^\W*(?:daily |main |key |your |typical )?(?:tasks|duties|responsibilities)\s*:"
)
# Shorter sentences are list items and fragments ("Agile and Lean methodologies"), not descriptions.
_DESCRIPTION_MIN_WORDS = 10
# A sentence that is mostly skill names is a list ("Our stack: Go, Kafka, Postgres and Kubernetes on GCP").
_LIST_SKILL_SHARE = 0.4
# A list item: a bullet of any kind, a number or letter ("1.", "a)"), a lone "o" as Word exports bullets.
_LIST_ITEM = re.compile(r"^\s*(?:[" + re.escape(BULLET_MARKS) + r"]|\d{1,2}[.)]|[a-z][.)]\s|o\s)")
ROLE_NOUNS_FILE = "role_nouns.txt"
# Skill types that name what a person knows or does; a soft skill before a role noun ("a collaborative
# engineer") and a certification ("AWS Certified Developer") are still asked for.
_ROLE_NAMING_TYPES = frozenset({"hard_skill", "tool", "knowledge", "language", "certification"})
# Domains whose skills are what a job works with, like tools: a sentence naming one describes the job's stack.
_STACK_DOMAINS = frozenset(
    {"programming_languages", "frameworks_libraries", "databases", "cloud_devops", "dev_tools_platforms"}
)
# The domain of degrees: one that names the post ("PhD stipend") is not asked for.
_DEGREE_DOMAIN = "degrees_qualifications"


@functools.cache
def role_nouns() -> frozenset[str]:
    return read_lexicon(ROLE_NOUNS_FILE)


@Language.factory(
    "requirement_levels",
    assigns=["span._.requirement", "span._.years", "span._.about_employer", "span._.names_role", "span._.not_needed"],
    requires=["doc.spans", "token.norm"],
)
def make_requirement_levels(nlp: Language, name: str) -> RequirementLevels:
    return RequirementLevels(nlp)


class RequirementLevels:
    """Marks each skill span required, preferred or mentioned, from its section and the cues in its sentence.

    Order of precedence: what is said of the employer never requires (About us, Benefits; outside a
    requirements, skills or duties section, sentences about "we" or "our" that ask nothing of the reader, and
    sentences that address no one and describe the setting; in any section, when the sentence asks nothing, the
    names of its units, "Department of Proteomics", and sentences opening with the employer in the third person;
    wherever they stand, equal-opportunity text, what the ad says of applying, contact blocks, an agency client's
    description, other teams and their tools, the clients' sector, and a degree that names the post, "PhD
    stipend"), nor what the ad says is not needed ("You don't need a degree", training the employer gives); a
    preferred cue in the skill's clause, else its sentence ("would be a plus", "not essential"); a preferred
    heading ("Nice to have": "strong Kafka" there is still a wish); a required cue ("must have", "5+ years"); a
    required heading ("Essential"), unless the sentence is a statement about the employer or its stack; a light cue
    ("familiarity with", "exposure to") makes the rest preferred. A question of what the job needs ("Do I need
    SQL?") takes its level from its answer. Years of experience stated for the skill are attached to it ("5+ years of
    Python", "Python (5+ years)") and require it; years that measure the post ("The contract is for 2 years") are
    no experience. A skill that names a role ("DevOps Engineer", "PhD stipend") is marked `names_role`; in the
    plural, such roles are the job's colleagues, said of the employer, when the job works with them ("working
    closely with analysts and data scientists") or the sentence neither asks, addresses nor hires anyone ("The
    team consists of software engineers").
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        strings = nlp.vocab.strings
        self.role_hashes = frozenset(strings.add(noun) for noun in role_nouns())
        self.verb_hashes = frozenset(strings.add(verb) for verb in action_verbs())
        self.not_colleague_hashes = frozenset(strings.add(noun) for noun in _NOT_COLLEAGUES)

    @functools.cached_property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy of the pipeline's skill_matcher (read when first needed: it is built after this)."""
        if "skill_matcher" not in self.nlp.pipe_names:
            raise ValueError("requirement_levels needs the skill_matcher component before it in the pipeline")
        return self.nlp.get_pipe("skill_matcher").taxonomy

    @functools.cached_property
    def skill_types(self) -> dict[str, str]:
        """Skill id -> type."""
        return {skill.id: skill.type for skill in self.taxonomy}

    @functools.cached_property
    def stack_skills(self) -> frozenset[str]:
        """What a job works with: tools, and the languages, frameworks and platforms of the stack domains (not
        their fields of knowledge: "statistics" describes a company as well as a job)."""
        return frozenset(
            skill.id
            for skill in self.taxonomy
            if skill.type == "tool" or (skill.domain in _STACK_DOMAINS and skill.type != "knowledge")
        )

    @functools.cached_property
    def degree_skills(self) -> frozenset[str]:
        """Degrees and other academic qualifications."""
        return frozenset(skill.id for skill in self.taxonomy if skill.domain == _DEGREE_DOMAIN)

    def __call__(self, doc: Doc) -> Doc:
        types = self.skill_types
        text = doc_text(doc)
        sentences: dict[int, _SentenceCues] = {}
        skills = list(doc.spans.get(SPANS_KEY, []))  # a span group makes new Span objects on every pass
        words = _DocWords(doc, skills, self.stack_skills, self.verb_hashes, self.role_hashes)
        others = (*doc.spans.get(CANDIDATES_KEY, []), *doc.spans.get(PHRASES_KEY, []))
        taxonomy_spans = [(span, True) for span in skills]  # candidates and phrases name no role
        marks = _criteria_marks(text)
        contact_blocks = _contact_blocks(text)
        for span, in_taxonomy in (*taxonomy_spans, *((span, False) for span in others)):
            sentence_start, _ = sentence_bounds(doc, span.start)
            cues = sentences.get(sentence_start)
            attributes = span._  # each `span._` builds an accessor: build it once
            section = attributes.section
            if cues is None:  # a Span for each new sentence only
                listed = section in _REQUIRED_SECTIONS or section == "preferred"
                cues = sentences[sentence_start] = _SentenceCues(sentence_of(span), text, words, listed)
            offset = span.start_char - cues.start_char
            cue = _cue_of(span, cues.level_at(offset), text, marks)
            not_needed = cues.not_needed_at(offset)
            about_employer = (
                _said_of_the_employer(span, cues, offset, section, cue)
                or (
                    in_taxonomy
                    and span.label_ in self.degree_skills
                    and not cues.asks_anyway  # "Applicants must have completed a PhD project"
                    and _names_the_post(span, words)
                )
                or (bool(contact_blocks) and any(start <= span.start_char < end for start, end in contact_blocks))
            )
            # Years of experience stated for the skill ask for it: "You bring 3 years of Python".
            years = _years_of(*_around(text, cues, span)) if cues.states_years else None
            if about_employer or not_needed:
                requirement = "mentioned"
            elif cue == "preferred" or (section == "preferred" and not (cue == "required" and cues.demands)):
                # A hard cue of its own beats a wishing heading: "Good to have: plants. Must have: retail".
                requirement = "preferred"
            elif (
                cue == "required"
                or years is not None
                or (section in _REQUIRED_SECTIONS and not cues.employer_statement and not cues.stack_statement)
            ):
                # A statement about the employer or its stack is no item of the list above it: "Whitlow uses Xero for
                # most clients", "Snowflake is our data warehouse" name the job's tools, they do not require them.
                requirement = "required"
            elif cue == "light":
                requirement = "preferred"  # "familiarity with X" outside an Essential list
            else:
                requirement = "mentioned"
            if (
                requirement == "required"
                and "learn" in text[max(0, span.start_char - 60) : span.start_char]
                and _LEARNING.search(text, max(0, span.start_char - 60), span.start_char)
            ):
                requirement = "preferred"  # a willingness to learn it is asked, not the skill: "keen to learn Kotlin"
            # Flags are written only when set: they default to False, and each write costs (spaCy's underscore).
            if not_needed:
                attributes.not_needed = True
            if about_employer:
                attributes.about_employer = True
            attributes.requirement = requirement
            if years is not None:
                attributes.years = years
            if in_taxonomy:
                skill_type = types.get(span.label_)
                role_noun = (
                    self._role_noun_of(span, words, tool=skill_type == "tool")
                    if skill_type in _ROLE_NAMING_TYPES
                    else None
                )
                if role_noun is not None:
                    attributes.names_role = True
                    if (
                        requirement == "required"
                        and years is None
                        and role_noun + 1 < len(words.texts)
                        and words.texts[role_noun + 1].lower() == "who"
                    ):
                        # The title of the person sought, before what they must have: "a UX Designer who can run
                        # user research" asks for user research, not for the title.
                        attributes.requirement = requirement = "mentioned"
                    # People in the plural are the job's colleagues when the job works with them ("working
                    # closely with analysts and data scientists"), or in a sentence that neither asks, nor
                    # addresses anyone, nor hires ("The team consists of software engineers").
                    plural = words.texts[role_noun].lower().endswith("s")
                    if (
                        plural
                        and years is None
                        and not about_employer
                        and (
                            (
                                words.norms[role_noun] not in self.not_colleague_hashes
                                and (
                                    words.after_colleague_link(span.start, cues.start)
                                    or words.owned_by_the_employer(span.start, cues.start)
                                )
                            )
                            or (
                                requirement == "mentioned"
                                and section not in _SETTING_ASKING_SECTIONS
                                and cues.speaks_of_others
                            )
                        )
                    ):
                        attributes.about_employer = True
                        attributes.requirement = "mentioned"
        return doc

    def _role_noun_of(self, span: Span, words: _DocWords, tool: bool) -> int | None:
        """The role noun, when the skill is written as (part of) the name of a job or a post: it ends in one ("Site
        Reliability Engineer"), or a role noun follows it across other skills and capitalised words ("DevOps
        engineers", "Android Software Engineer", "SAP Cloud Solution Specialist", "UI/UX Designer"); and it is
        not a certificate's name ("AWS DevOps Engineer certification")."""
        texts = words.texts
        end = span.end
        # A form that itself ends in a role noun names the role ("Site Reliability Engineer"), unless it is a
        # product ("Google Tag Manager", "Altium Designer") or an activity ("interviewing candidates").
        own_noun = words.role_noun(end - 1)
        if own_noun and (tool or any(text.endswith("ing") for text in texts[span.start : end - 1])):
            return None
        noun = end - 1
        if not own_noun:
            while end < len(texts) and end - span.end < _TITLE_REACH and not words.role_noun(end):
                text = texts[end]
                if not (end in words.skill_tokens or text in _TITLE_JOINERS or text.istitle() or text.isupper()):
                    return None
                end += 1
            if end >= len(texts) or not words.role_noun(end):
                return None
            noun = end
        if any(word.lower().startswith("certif") for word in texts[span.end : end + 4]):
            return None
        return noun


# How far a role noun may follow a skill in a job title, and what may stand between them.
_TITLE_REACH = 4
_TITLE_JOINERS = frozenset({"/", "-", "&", "+"})


class _DocWords:
    """What the sentence cues read of the Doc, taken out once: token texts and norm hashes, and where the skills
    and the tools among them are."""

    def __init__(
        self,
        doc: Doc,
        skills: list[Span],
        stack: frozenset[str],
        verb_hashes: frozenset[int],
        role_hashes: frozenset[int],
    ) -> None:
        self.doc = doc
        self.texts = token_strings(doc)[0]
        self.norms: list[int] = doc.to_array(NORM).tolist()
        self.skill_tokens = {k for span in skills for k in range(span.start, span.end)}
        self.tool_starts = [span.start for span in skills if span.label_ in stack]
        self.verb_hashes = verb_hashes
        self.role_hashes = role_hashes
        self.verb_texts = action_verbs()

    @cached_attribute
    def offsets(self) -> list[int]:
        """The character offset of each token; read only for the rare sentence that needs it."""
        return self.doc.to_array(IDX).tolist()

    def after_colleague_link(self, k: int, sentence_start: int) -> bool:
        """Whether the words before token `k` say whom the job works with: "with", "alongside" or "among",
        across a list of people and their descriptions ("with analysts and data scientists", "alongside other
        software developers and DevOps engineers"), not across a verb ("mentoring Java developers"). Even after
        words of experience: "Experience working with mental health nurses" asks for that experience, not for
        nursing (people a job serves are no colleagues: see `_NOT_COLLEAGUES`)."""
        for j in range(k - 1, max(sentence_start - 1, k - 1 - _COLLEAGUE_REACH), -1):
            text = self.texts[j]
            lower = text.lower()
            if lower in _COLLEAGUE_LINKS:
                return True
            if not (lower in _PEOPLE_LIST_WORDS or self.role_noun(j) or j in self.skill_tokens or text[:1].isupper()):
                return False
        return False

    def owned_by_the_employer(self, k: int, sentence_start: int) -> bool:
        """Whether the words before token `k` make what follows the employer's own people or team: "our Android
        developers", "our team of Gas Safe engineers", "for our red team"; not the team the job joins or runs
        ("join our Data Engineering team", "lead our team of Java developers")."""
        for j in range(k - 1, max(sentence_start - 1, k - 1 - _COLLEAGUE_REACH), -1):
            lower = self.texts[j].lower()
            if lower in ("our", "their"):
                before = self.texts[j - 1].lower() if j > sentence_start else ""
                welcomed = before == "to" and j - 2 >= sentence_start and self.texts[j - 2].lower() == "you"
                return before not in _OWN_TEAM_BEFORE and not welcomed  # "We'd love to welcome you to our ... team"
            if not (lower in _PEOPLE_LIST_WORDS or self.role_noun(j) or j in self.skill_tokens):
                return False
        return False

    def counted_people(self, k: int) -> bool:
        """Whether token `k` is a plural counted or owned: "300 researchers", "our engineers", "many nurses"."""
        if not self.texts[k].endswith("s"):
            return False
        return any(
            self.texts[j].replace(",", "").replace("+", "").isdigit() or self.texts[j].lower() in _PEOPLE_COUNTERS
            for j in range(max(0, k - 2), k)
        )

    def role_noun(self, k: int) -> bool:
        """Whether token `k` names a job or a post. On the norm, so that plurals count ("engineers"), but not a
        field named by its -ing form, whose lemma is the role's ("software engineering" -> "engineer")."""
        return self.norms[k] in self.role_hashes and not self.texts[k].lower().endswith("ing")


class _SentenceCues:
    """What a sentence's own words say, each worked out once and only when asked for (on the lower-cased
    text: the patterns hold no capitals, and a case-insensitive search is slower)."""

    def __init__(self, sentence: Span, doc_text: str, words: _DocWords, under_level_heading: bool = False) -> None:
        """`under_level_heading`: the sentence stands under a heading (or label) that gives its lists a level."""
        self.start, self.end = sentence.start, sentence.end
        self.start_char, self.end_char = sentence.start_char, sentence.end_char
        self.original = doc_text[sentence.start_char : sentence.end_char]
        self.text = self.original.lower()
        # What opens the sentence's line before it, if anything: a list marker ("1. ", "- ") split off as a
        # sentence of its own.
        line_start = doc_text.rfind("\n", 0, sentence.start_char) + 1
        self.line_opening = doc_text[line_start : sentence.start_char]
        # A question is answered by the sentence after it: "Hands-on with Ansible? Even better.", "No A Levels? No
        # problem."
        self.answer = ""
        if self.text.rstrip().endswith("?") and sentence.end < len(sentence.doc):
            start, end = sentence_bounds(sentence.doc, sentence.end)
            answer = sentence.doc[start:end]
            self.answer = doc_text[answer.start_char : answer.end_char].lower()
        self.words = words
        self.under_level_heading = under_level_heading
        self._employer_parts: dict[int, bool] = {}  # start of a part between semicolons -> said of "we"
        # Parts whose cues are their own ("SIEM tools (Microsoft Sentinel preferred)"): the sentence's cues are
        # read without them.
        self.asides = (
            self._asides(doc_text[sentence.start_char : sentence.end_char])
            if _holds_any(self.text, _ASIDE_MARKS)
            else []
        )
        self.cue_text = self.text
        for start, end, _ in self.asides:
            self.cue_text = self.cue_text[:start] + " " * (end - start) + self.cue_text[end:]

    def _asides(self, original: str) -> list[tuple[int, int, str]]:
        """(start, end, level) of the parts of the sentence whose cues are their own:
        - parentheses that name something and say how much it is wanted: "(Microsoft Sentinel preferred)", "(Jamf
          experience is a must)", each part of "(AWS required, Azure preferred)";
        - a bare cue in parentheses, for the item just before it: "Degree in a science subject (essential) and
          experience of LIMS (desirable)";
        - a relative clause between commas: "The successful candidate, who must hold SC clearance, will ...";
        - words between two dashes that name something and say how much it is wanted: "Linux – RHEL preferred –"."""
        asides, bare = [], []
        for match in _PARENTHESES.finditer(self.text):
            breaks = [match.start() + m.start() for m in _LIST_CLAUSE_BREAKS.finditer(match.group())]
            bounds = itertools.pairwise([match.start(), *breaks, match.end()])
            parts = [(start, end, _level_of(self.text[start:end])) for start, end in bounds]
            cued = [level for _, _, level in parts if level in ("required", "preferred")]
            if not cued:
                continue
            if not self._names_something(match.start(), match.end(), original) and _bare_cue(match.group()):
                before = self.text[: match.start()]
                item_start = max(before.rfind(mark) for mark in (",", ";", " and ", " or ", "(", ":"))
                list_item_start = max(before.rfind(mark) for mark in (",", ";", "(", ":"))
                bare.append((max(item_start, 0), match.end(), cued[-1], max(list_item_start, 0)))
            elif len(set(cued)) == 1:
                asides.append((match.start(), match.end(), cued[0]))
            else:
                asides += [(start, end, level) for start, end, level in parts if level in ("required", "preferred")]
        # A bare cue is for its own item when the sentence has other cues ("Degree (essential) and LIMS
        # (desirable)") or stands under a heading that gives its list a level ("Requirements: Terraform, AWS,
        # Ansible (helpful)"); alone, it is for the sentence ("Very good German and English (at least C1)").
        outside = self.text
        for start, end, _, _ in bare:
            outside = outside[:start] + " " * (end - start) + outside[end:]
        if len(bare) > 1 or (bare and _level_of(outside) is not None):
            asides += [(start, end, level) for start, end, level, _ in bare]
        elif bare and self.under_level_heading:
            # The whole item between commas: "Python and SQL (nice to have)" wishes for both.
            asides += [(list_item_start, end, level) for _, end, level, list_item_start in bare]
        if " – " in self.text or " — " in self.text or " - " in self.text:
            # Between two dashes, like parentheses: "Linux administration – RHEL preferred – and scripting in Bash".
            for match in _DASH_ASIDE.finditer(self.text):
                inside = match.start("inside"), match.end("inside")
                level = _level_of(match.group("inside"))
                if level in ("required", "preferred") and self._names_something(*inside, original):
                    asides.append((match.start(), match.end(), level))
        for match in _WHO_ASIDE.finditer(self.text):
            level = _level_of(match.group())
            if level in ("required", "preferred"):
                asides.append((match.start(), match.end(), level))
        return sorted(asides)

    @cached_attribute
    def _colon_head_level(self) -> str | None:
        """The level a short lead-in before a colon gives the parts after it: "The following would be a plus:
        Excel; knowledge of SQL"."""
        colon = self.cue_text.find(":")
        if colon < 0 or colon > _COLON_HEAD_REACH:
            return None
        return _level_of(self.cue_text[:colon])

    def _names_something(self, start: int, end: int, original: str) -> bool:
        """Whether characters [start, end) of the sentence hold a skill or a capitalised name besides cue words
        ("Manhattan" in "(Manhattan preferred)"; not "(Essential)", "(E)")."""
        if any(k in self.words.skill_tokens for k in self._tokens_between(start, end)):
            return True
        return any(
            len(word) > 1 and _level_of(word.lower()) is None for word in _CAPITALISED.findall(original[start:end])
        )

    @cached_attribute
    def level(self) -> str | None:
        """The level its cues give: "preferred", "required", "light" or None."""
        return _level_of(self.cue_text)

    @cached_attribute
    def _asking_level(self) -> str | None:
        """The level its cues give, leaving out words that praise an organisation ("a university with a strong
        commitment to research") and what is important to it ("data is crucial to our business")."""
        if self.level != "required":
            return self.level
        return _level_of(_IMPORTANCE.sub(" ", _PRAISE.sub(" ", self.cue_text)))

    @cached_attribute
    def states_years(self) -> bool:
        return "year" in self.text or "yr" in self.text

    def level_at(self, offset: int) -> str | None:
        """The level for a skill at character `offset`: its own aside's or clause's cues when they give one
        ("Salesforce isn't essential, but SQL is a must"), else the sentence's ("Must have: Python, and Kafka
        too"), else the answer to it when it is a question ("Hands-on with Ansible? Even better.")."""
        level = self._level_in_sentence(offset) if not self.need_question else None
        if self.need_question and self.answer:
            # "Do you need to know SQL? It'd be handy.", "Is Kubernetes required? Nope.": the answer decides.
            if _YES.match(self.answer):
                return "required"
            said = _ANSWERED_LEVEL.search(self.answer)
            return _level_of(
                self.answer if len(self.answer.split()) <= _ANSWER_MAX_WORDS else said.group() if said else ""
            )
        if level is None and self.answer:
            if len(self.answer.split()) <= _ANSWER_MAX_WORDS:
                return _level_of(self.answer)
            said = _ANSWERED_LEVEL.search(self.answer)  # "Do you hold a CISSP? It's a requirement of our contract."
            if said is not None:
                return _level_of(said.group())
        if level is None and _SCREENING_QUESTION.match(self.text) and self._is_question:
            return "required"  # "Do you hold a Level 3 Early Years Educator qualification?"
        return level

    @cached_attribute
    def need_question(self) -> bool:
        """Whether the sentence asks what the job needs, as FAQ-style ads do: "Do I need to know SQL?", "Is a PhD
        required?"."""
        return self.text.rstrip().endswith("?") and _NEED_QUESTION.match(self.text) is not None

    @cached_attribute
    def _is_question(self) -> bool:
        """Whether the sentence asks, also before an aside: "Do you hold a Security+ certification? (A 'yes' is
        needed to proceed)"."""
        return _PARENTHESES.sub("", self.text).rstrip().endswith("?")

    def _level_in_sentence(self, offset: int) -> str | None:
        for start, end, level in self.asides:
            if start <= offset < end:
                return level
        clauses = self._contrasted_clauses
        if len(clauses) > 1:
            # Found by bisection, as are list items below: a pasted line may hold thousands of clauses.
            index = bisect.bisect_right(self._clause_starts, offset) - 1
            start, end = clauses[index]
            level = self._contrasted_levels[index] if start <= offset < end else None
            # A list in the clause is read item by item: "– 2 years of AP required, Sage 50 helpful".
            listed = level == "preferred" and self._listed_levels and _REQUIRED_CUES.search(self.cue_text, start, end)
            if level is not None and not listed:
                return level
            colon = self.cue_text.find(":")
            if not listed and colon >= 0 and offset > colon and self._colon_head_level is not None:
                return self._colon_head_level
        if self.level == "preferred" and self._listed_levels:
            # A wish closing one item of a list: "NMC registration, with a mentorship qualification welcome",
            # "Python essential, knowledge of SQL helpful". An item without cues of its own takes the line's level
            # without that wish, unless it is a bare name the wish lists too ("AWS, Azure or GCP helpful").
            items = self._listed_levels
            index = bisect.bisect_right(self._item_starts, offset) - 1
            start, end, level = items[index]
            if start <= offset < end:
                if level is not None:
                    return level
                if self._wished_with_the_next(index) or (
                    index > 0 and _WISH_ADVERB.match(self.cue_text[items[index - 1][0] : items[index - 1][1]])
                ):
                    return "preferred"  # "..., and, ideally, experience of autism support"
                if self._first_required_item < index:
                    return self._level_without_wishes  # a requirement opens the list
                return self._level_without_clause_wishes
        return self.level

    @cached_attribute
    def _clause_starts(self) -> list[int]:
        return [start for start, _ in self._contrasted_clauses]

    @cached_attribute
    def _item_starts(self) -> list[int]:
        return [start for start, _, _ in self._listed_levels]

    @cached_attribute
    def _first_required_item(self) -> int:
        """The index of the first list item that requires by its own cues; the number of items when none does."""
        levels = [level for _, _, level in self._listed_levels]
        return levels.index("required") if "required" in levels else len(levels)

    def _wished_with_the_next(self, index: int) -> bool:
        """Whether list item `index` and the items after it up to a wish are bare names the wish closes: "AWS,
        Azure or GCP helpful"; not "CSCS card, SSSTS helpful" or "QTS, with SEN experience welcome"."""
        if self._first_required_item < index:
            return False  # a requirement opens the list: "Must be proficient in Excel, Word and Outlook, Sage helpful"
        for start, end, level in self._listed_levels[index:]:
            item = _LEAD_IN.sub("", self.cue_text[start:end].strip(" ,;").lstrip(BULLET_MARKS + " "))
            if level == "preferred":
                return not item.startswith("with ")
            if level is not None or not _BARE_NAME.fullmatch(item) or _QUALIFIER_WORDS.search(item):
                return False
        return False

    @cached_attribute
    def _level_without_clause_wishes(self) -> str | None:
        return _level_of(self.cue_text, clause_wishes=False)

    @cached_attribute
    def _level_without_wishes(self) -> str | None:
        """The level of the list without its wishing items: "Required: 3+ years' litigation experience; proficiency
        with Westlaw; notary public commission a plus" requires Westlaw."""
        kept = " ".join(self.cue_text[start:end] for start, end, level in self._listed_levels if level != "preferred")
        return _level_of(kept, clause_wishes=False)

    @cached_attribute
    def _contrasted_levels(self) -> list[str | None]:
        """The level each contrasted clause gives by its own cues."""
        levels = []
        for start, end in self._contrasted_clauses:
            clause = self.cue_text[start:end]
            level = _level_of(clause)
            if level == "required" and _level_of(_IMPORTANCE.sub(" ", clause)) is None:
                level = None  # "Knowledge of Xero is important but not essential": the sentence's word decides
            levels.append(level)
        return levels

    @cached_attribute
    def _listed_levels(self) -> list[tuple[int, int, str | None]]:
        """For a sentence whose wish closes one of its comma-separated items, or that both wishes and requires
        ("Python essential, knowledge of SQL helpful"): each item with the level of its own cues. Empty otherwise
        (the common case)."""
        if "," not in self.cue_text and ";" not in self.cue_text:
            return []
        if _WISH_OPENER.match(self.cue_text):
            return []  # "Ideally, you have worked in payments and know PCI DSS": the wish is for the whole sentence
        if not (
            _REQUIRED_CUES.search(self.cue_text)
            or self._level_without_clause_wishes != "preferred"
            # "5+ years writing Golang in production, ideally in high-throughput services"
            or (self.states_years and _asks_for_years(self.cue_text))
        ):
            return []  # the wish is said of the whole line ("Xero, Sage and QuickBooks would all be helpful")
        bounds = [0, *(match.start() for match in _LIST_CLAUSE_BREAKS.finditer(self.cue_text)), len(self.cue_text)]
        return [(start, end, _level_of(self.cue_text[start:end])) for start, end in itertools.pairwise(bounds)]

    @cached_attribute
    def _contrasted_clauses(self) -> list[tuple[int, int]]:
        if (
            ";" not in self.cue_text
            and " – " not in self.cue_text
            and " — " not in self.cue_text
            and " - " not in self.cue_text
            and not any(word in self.cue_text for word in _CONTRAST_WORDS)
        ):
            return [(0, len(self.cue_text))]  # the common case, decided without a regex
        bounds = [0, *(match.start() for match in _CONTRASTS.finditer(self.cue_text)), len(self.cue_text)]
        return list(itertools.pairwise(bounds))

    @cached_attribute
    def about_employer(self) -> bool:
        # "We" in an aside does not make the sentence the employer's: "At least one of Java, Kotlin or Scala (we use
        # all three)".
        outside = _PARENTHESES.sub(" ", self.text) if "(" in self.text else self.text
        if _ASKING_WORDS.search(self.text) is not None or self.level == "preferred":
            return False  # it asks, or wishes: "Romanian speakers particularly welcome, as many of our tenants ..."
        if _JOB_HOLDER.search(outside) is not None:
            return False  # it speaks of the job: "The role sits in the Identity team, which owns Okta, our SSO ..."
        if _EMPLOYER_WORDS.search(outside) is None and not self.opens_with_the_employer:
            # An award the employer won: "Winner – Best Use of Artificial Intelligence, Retail Systems Awards 2023"
            return _AWARD.search(self.text) is not None and _ADDRESSING_WORDS.search(self.text) is None
        # Unless it gives the job's duty: "Implement OAuth 2.0 flows for our partner APIs", "Responsibilities
        # include configuring Cisco switches across our sites".
        # Nor when it names the tools the job works with: "Our stack: Next.js on Vercel, Node, Postgres", "We use
        # Python and Kafka".
        duty = self.opens_with_duty and _EMPLOYER_AFTER_OPENING.search(self.text) is None
        return not (duty or _DUTY_LEAD.search(self.text) or _STACK_USE.search(self.text))

    def about_employer_at(self, offset: int) -> bool:
        """Whether the part of the sentence at character `offset` (between semicolons) speaks of "we" and asks
        nothing: "Confident using Excel; we also welcome applications" asks for Excel; "We provide Power BI
        training; SQL is required" does not ask for Power BI. Unless another part points back to what the "we"
        part names ("Our developers use Python; experience with these is essential")."""
        if ";" not in self.text:
            return self.about_employer
        start = self.text.rfind(";", 0, offset) + 1
        if start not in self._employer_parts:  # once per part: a long sentence may hold many skills
            self._employer_parts[start] = self._part_about_employer(start)
        return self._employer_parts[start]

    def _tokens_between(self, start: int, end: int) -> range:
        """The sentence's tokens within characters [start, end) of its text."""
        offsets = self.words.offsets
        first = bisect.bisect_left(offsets, self.start_char + start, self.start, self.end)
        last = bisect.bisect_left(offsets, self.start_char + end, self.start, self.end)
        return range(first, last)

    def _part_about_employer(self, start: int) -> bool:
        end = self.text.find(";", start)
        end = len(self.text) if end < 0 else end
        part = self.text[start:end]
        if _EMPLOYER_WORDS.search(part) is None or _ASKING_WORDS.search(part) or _JOB_HOLDER.search(part):
            return False  # no "we"; or it asks, or it says what the job does ("The engineer will develop ... on our
            # cluster"); not what the employer will do ("We will provide SAP training")
        if any(match.group() != "will" for match in _ADDRESSING_WORDS.finditer(part)):
            return False  # "We require an enhanced DBS check", "This job requires use of our SAP system"
        if any(self.words.role_noun(k) for k in self._tokens_between(start, end)):
            return False  # "The Research Associate will run simulations on our cluster"
        opener = part.split(maxsplit=1)[0] if part.strip() else ""
        if opener in self.words.verb_texts:
            return False  # a duty: "Lead our team of six engineers; ..."
        return _BACK_REFERENCE.search(self.text[:start] + " " + self.text[end:]) is None

    @cached_attribute
    def _not_needed_ranges(self) -> list[tuple[int, int]]:
        """(start, end) in the sentence of what a "not needed" cue governs: from the cue to the clause's end
        ("don't need ..."), or from the clause's start to the cue ("... is not required")."""
        text = self.text
        if not _holds_any(text, _NOT_NEEDED_ANCHORS):
            return []  # the common case, decided without a regex
        if _NOT_CONSIDERED.search(text):
            return []
        breaks = [0, *(match.start() for match in _CLAUSE_BREAKS.finditer(text)), len(text)]
        ranges = []
        # Each range with where a wish about the same thing may be said, and where what follows the range begins.
        for match in _NOT_NEEDED_BEFORE.finditer(text):
            # From the cue's start: the skill may stand inside it ("no prior Salesforce experience needed"); on
            # through a list that follows it ("the opportunity to learn Python, dbt and Airflow").
            start, end = match.start(), _list_end(text, breaks, bisect.bisect_left(breaks, match.end()))
            ranges.append((start, end, match.start(), min(end, match.end() + _WISH_REACH), end))
        if "includ" in text:
            # What training includes, to the end of its list: "Full training is given, including the Care
            # Certificate", "We'll train you in everything you need, including Java, Spring Boot and SQL".
            for match in _TRAINING_INCLUDES.finditer(text):
                end = _list_end(text, breaks, bisect.bisect_left(breaks, match.end()))
                ranges.append((match.start(), end, match.start(), end, end))
        for match in _NOT_NEEDED_WITHIN.finditer(text):
            ranges.append((match.start(), match.end(), match.start(), match.end(), match.end()))
        for match in _NOT_NEEDED_AFTER.finditer(text):
            # "SQL is not required, but it would be a plus": what is said of the skill goes on past the clause.
            index = bisect.bisect_right(breaks, match.start()) - 1
            if (
                index > 0
                and not _NO_SUBJECT.sub("", text[breaks[index] : match.start()]).strip(" -–—,;")
                and _level_of(text[breaks[index - 1] : breaks[index]]) is None
            ):
                # The cue opens its clause, with no subject of its own: "the ITIL 4 course in your first months -
                # fully funded by us", "Kotlin is used by our Android team but is not needed for this role".
                index -= 1
            start = breaks[index]
            if match.group().startswith(("all", "both", "everything")):
                start = 0  # said of a whole list: "Laptop, Slack, Notion - all provided on day one"
            # To the cue's end: what it names inside itself too ("Phonics training (Read Write Inc) will be provided").
            ranges.append(
                (start, match.end(), max(start, match.start() - _WISH_REACH), match.end() + _WISH_REACH, match.end())
            )
        # A wish about the same skill keeps it asked for, as a preference: "SQL is not required, but it would be a
        # plus"; not a wish about something named after it: "A PhD is not required, but experience of research
        # environments is desirable".
        kept = sorted(
            (start, end)
            for start, end, wish_start, wish_end, after in ranges
            if not self._wish_of_the_same(wish_start, wish_end, after)
        )
        merged: list[tuple[int, int]] = []  # disjoint, so that each skill's test is a bisection
        for start, end in kept:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    def _wish_of_the_same(self, start: int, end: int, after: int) -> bool:
        """Whether a wish in [start, end) of the sentence is said of what a "not needed" cue governs: said before
        `after` (where the cue's part ends), or after it with nothing else named in between (a skill, or what is
        asked by its kind: "experience of ...")."""
        wishes = [
            m for m in (_PREFERRED_CUES.search(self.text, start, end), _OTHER_WISHES.search(self.text, start, end)) if m
        ]
        if not wishes:
            return False
        wish = min(wishes, key=lambda match: match.start())
        if wish.start() <= after:
            return True
        between = self.text[after : wish.start()]
        if _OTHER_ASKED_THING.search(between):
            return False
        return not any(k in self.words.skill_tokens for k in self._tokens_between(after, wish.start()))

    def not_needed_at(self, offset: int) -> bool:
        """Whether a "not needed" cue of the sentence governs character `offset` (a skill's start), or the
        sentence is a question answered as not needed ("Never used Tableau? Not a problem.")."""
        if self.answer and (
            _REASSURANCE.match(self.answer)
            or (_NO.match(self.answer) and self.need_question)
            or _OTHER_LISTING.match(self.answer)  # "Looking for a Swift role? See our separate listing."
        ):
            return True  # "Never used Tableau? Not a problem.", "Do I need a degree? Nope."
        ranges = self._not_needed_ranges
        index = bisect.bisect_right(ranges, (offset, len(self.text) + 1)) - 1
        return index >= 0 and ranges[index][0] <= offset < ranges[index][1]

    @cached_attribute
    def describes_setting(self) -> bool:
        """A full sentence that addresses no one, asks nothing and gives no duty: not a bullet, not a list of
        skills, not opening with a work verb ("Design and build..."), without the reader, the person sought
        or the job in it."""
        listed = _LIST_ITEM.match(self.text) or _LIST_ITEM.match(self.line_opening)
        if listed or self._asking_level is not None or _ASKING_WORDS.search(self.text):
            return False
        if _ADDRESSING_WORDS.search(self.text):
            return False
        start, end, words = self.start, self.end, self.words
        alphabetic = [k for k in range(start, end) if words.texts[k].isalpha()]
        if len(alphabetic) < _DESCRIPTION_MIN_WORDS:
            return False
        if any(words.role_noun(k) and not words.counted_people(k) for k in alphabetic):
            # Speaks of the person in the job: "The Band 6 Physiotherapist provides ..."; people counted or owned
            # are others ("with over 300 researchers across four sites"), not "when teachers are absent".
            return False
        if self.opens_with_duty:
            return False
        if any(start <= k < end for k in words.tool_starts):
            return False  # names the job's tools: "The platform is built with Python on AWS"
        skill_words = sum(1 for k in alphabetic if k in words.skill_tokens)
        return skill_words < _LIST_SKILL_SHARE * len(alphabetic)

    @cached_attribute
    def opens_with_the_employer(self) -> bool:
        """Whether the sentence opens with the employer as its subject, in the third person: "The Trust operates
        three sites and uses Epic EHR", "Vireo is a Microsoft partner specialising in Dynamics 365", "Founded in
        2009 as a Rails consultancy, Tallow now builds ..."; not with a skill ("Python is essential") nor with
        what the job will do ("The team will ...")."""
        if _EMPLOYER_NOUN_SUBJECT.match(self.text):
            return _ADDRESSING_WORDS.search(self.text) is None
        if _NAMED_SUBJECT.match(self.original) is None:
            return False
        # A name, not a word that opens any sentence ("Applications are invited", "This is a fixed term post").
        first = next((k for k in range(self.start, self.end) if self.words.texts[k].isalpha()), None)
        if first is None or first in self.words.skill_tokens or self.words.role_noun(first):
            return False
        return _common_word_rank(self.words.texts[first].lower()) >= _NAME_MIN_RANK

    @cached_attribute
    def names_a_unit(self) -> bool:
        """Whether a word that names a unit of an organisation is in the sentence ("the Department of ...")."""
        return _holds_any(self.text, _UNIT_WORDS)

    @cached_attribute
    def employer_statement(self) -> bool:
        """Whether the sentence opens with the employer in the third person and neither asks nor addresses anyone:
        "Whitlow Accountants is a practice of 40 staff", "Whitlow uses Xero for most clients"."""
        return self.opens_with_the_employer and not self.asks_something and _ADDRESSING_WORDS.search(self.text) is None

    @cached_attribute
    def stack_statement(self) -> bool:
        """Whether the sentence states the team's stack and asks nothing: "We use Python and Kafka", "Snowflake is our
        data warehouse"."""
        return _STACK_USE.search(self.text) is not None and not self.asks_something

    @cached_attribute
    def names_tools(self) -> bool:
        """Whether the sentence names a tool, or a language, framework or platform of the stack domains."""
        return any(self.start <= k < self.end for k in self.words.tool_starts)

    @cached_attribute
    def opens_with_duty(self) -> bool:
        """Whether the sentence opens with a duty, in the imperative or as a gerund ("Develop ...", "Developing REST
        APIs ..."), also after a short label ("Daily work: drafting press releases, ...")."""
        words = self.words
        first = next((k for k in range(self.start, self.end) if words.texts[k].isalpha()), None)
        if first is None:
            return False
        openers = [first]
        label = _LABEL.match(self.text)
        if label is not None:
            # After a label, its first word is no verb: "Partner ecosystem: we're a certified Atlassian partner".
            openers = list(self._tokens_between(label.end(), len(self.text))[:1])
        for k in openers:
            opener = words.texts[k].lower()
            if opener in _NO_DUTY_OPENERS:
                continue
            if words.norms[k] in words.verb_hashes or opener.endswith("ing") or opener in _IMPERATIVE_OPENERS:
                return True
        return False

    @cached_attribute
    def says_of_itself_from(self) -> int:
        """Where the sentence starts to speak of the ad itself, by its own words: equal-opportunity text, from the
        start of the clause that holds them (`_equal_opportunity_start`); what it says of applying, from the words
        that say so (`_applying_start`), unless the sentence asks anyway ("The application must document teaching
        experience"). The sentence's length when it does not."""
        starts = [len(self.text)]
        if self._equal_opportunity_start is not None and not self.asks_anyway:
            starts.append(self._equal_opportunity_start)  # not "You must be committed to diversity and hold a CSCS"
        if self._applying_start is not None and not self.asks_anyway and not _READER_NEEDS.search(self.text):
            starts.append(self._applying_start)
        return min(starts)

    @cached_attribute
    def client_description_end(self) -> int:
        """Where the description of an agency's client ends, when the sentence opens with one: "Our client, a
        leading fintech known for its open banking APIs, is hiring ..."; 0 when it does not."""
        if "client" not in self.text:
            return 0
        match = _CLIENT_DESCRIPTION.match(self.text)
        return match.end() if match else 0

    @cached_attribute
    def _equal_opportunity_start(self) -> int | None:
        """After a colon or semicolon: "Responsible for budgeting ... Remuneration & Benefits: Acme is an equal
        opportunities employer and ..." is one sentence when a list loses its full stops."""
        text = self.text
        if not _holds_any(text, _EQUAL_OPPORTUNITY_ANCHORS):
            return None  # the common case, decided without a regex
        match = _EQUAL_OPPORTUNITY.search(text)
        if match is None:
            return None
        return max(text.rfind(":", 0, match.start()), text.rfind(";", 0, match.start())) + 1

    @cached_attribute
    def _applying_start(self) -> int | None:
        """Whom to contact, how to send the application, what happens to it (`_ABOUT_APPLYING`): from those words on
        ("Strong communication skills Qualified applicants should send their CV ..." is one sentence when a list
        loses its full stops)."""
        if not _holds_any(self.text, _ABOUT_APPLYING_ANCHORS):
            return None
        if self.opens_with_duty and not _APPLICANT_WORDS.search(self.text):
            return None  # a duty: "Manage recruitment agencies and our ATS"
        for match in _ABOUT_APPLYING.finditer(self.text):
            if match.group("process") is None:
                return match.start()
            # The process is the job's when a duty opens the sentence or a work verb governs it: "Support hiring
            # initiatives across the recruitment process", "handling the recruitment process".
            verb = match.group("process_of") or ""
            if self.opens_with_duty or verb in self.words.verb_texts or (verb.endswith("ing") and verb != "during"):
                continue
            return match.start()
        return None

    @cached_attribute
    def asks_something(self) -> bool:
        """Whether the sentence speaks to the reader or asks anything ("you", "experience", "degree")."""
        return _ASKING_WORDS.search(self.text) is not None

    @cached_attribute
    def speaks_of_others(self) -> bool:
        """A sentence, not a title, that neither asks, nor addresses anyone, nor hires: it speaks of other people
        ("The team consists of software engineers")."""
        if self.asks_something or _ADDRESSING_WORDS.search(self.text) or _HIRING_WORDS.search(self.text):
            return False
        return sum(1 for k in range(self.start, self.end) if self.words.texts[k].isalpha()) >= _COLLEAGUES_MIN_WORDS

    def said_of_others(self, offset: int) -> bool:
        """Whether character `offset` lies in what the sentence says of others than the person sought: other
        vacancies (`_other_jobs_clauses`) or colleagues (`_colleague_clauses`)."""
        ranges = self._others_ranges
        return bool(ranges) and any(start <= offset < end for start, end in ranges)

    @cached_attribute
    def _others_ranges(self) -> list[tuple[int, int]]:
        return self._other_jobs_clauses + self._colleague_clauses

    @cached_attribute
    def _colleague_clauses(self) -> list[tuple[int, int]]:
        """Clauses said of colleagues: what another team does ("Our QA team handles all regression testing"), and
        relative clauses of colleagues ("our Group Tax Manager, who looks after corporation tax", "alongside
        bioinformaticians who handle the RNA-seq analysis"); not of the person sought ("a Nurse who holds NMC
        registration", "engineers who know Go")."""
        clauses = []
        if _holds_any(self.text, _OTHERS_DO_ANCHORS):
            # What another team does: "Our QA team handles all regression testing, so you can focus on ..."; not "the
            # team handles ...", the job's own.
            for match in _OTHERS_DO.finditer(self.text):
                group = "doer" if match.group("doer") is not None else "doers" if match.group("doers") else None
                if group is not None and not any(
                    self.words.role_noun(k) for k in self._tokens_between(match.start(group), match.end(group))
                ):
                    continue  # "Our CRM handles all bookings", "Our apps build with Expo": tools, not colleagues
                end = _CLAUSE_END.search(self.text, match.end())
                end = end.start() if end else len(self.text)
                # Unless the sentence asks for it anyway: "Our SRE team manages Prometheus; you'll join that team,
                # so experience with both is required." The team's name counts: "Our bid writing team produces ...".
                rest = self.text[: match.start()] + " " + self.text[end:]
                if _SOUGHT_IN_CLAUSE.search(self.text, match.end(), end) is None and _level_of(rest) is None:
                    clauses.append((match.start(), end))
        if " used by " in self.text:
            # Another team's tool: "Trino is used by our analytics team"; not "... by our team, which you'll join".
            for match in _USED_BY_OTHERS.finditer(self.text):
                start = max((m.end() for m in _CLAUSE_END_NOT_COMMA.finditer(self.text, 0, match.start())), default=0)
                end = _CLAUSE_END.search(self.text, match.end())
                end = end.start() if end else len(self.text)
                if _SOUGHT_IN_CLAUSE.search(self.text, start, end) is None and not _JOINS_THE_TEAM.search(
                    self.text, match.end()
                ):
                    clauses.append((start, match.end()))
        if "manager" in self.text or "mentor" in self.text or "lead " in self.text or "colleague" in self.text:
            # What a colleague is: "Your line manager is a Certified Kubernetes Administrator and will mentor you".
            for match in _COLLEAGUE_IS.finditer(self.text):
                end = _COLLEAGUE_IS_END.search(self.text, match.end())
                clauses.append((match.end(), end.start() if end else len(self.text)))
        if " who " not in self.text:
            return clauses
        words = self.words
        for k in range(self.start + 1, self.end):
            if words.texts[k].lower() != "who":
                continue
            antecedent = k - 1 if words.texts[k - 1] != "," else k - 2
            noun = words.texts[antecedent].lower() if antecedent >= self.start else ""
            if not (words.role_noun(antecedent) or noun in _COLLEAGUE_NOUNS):
                # A title whose last word names a field: "our VP Engineering, who ...", "the Head of Data, who ...".
                title = antecedent
                while (
                    title > self.start
                    and antecedent - title < _TITLE_REACH
                    and (words.texts[title][:1].isupper() or words.texts[title] == "of")
                    and not (words.role_noun(title) or words.texts[title].lower() in _COLLEAGUE_NOUNS)
                ):
                    title -= 1
                if not (words.role_noun(title) or words.texts[title].lower() in _COLLEAGUE_NOUNS):
                    continue
                antecedent = title
            if noun in _SOUGHT_NOUNS:
                continue
            # What comes before the people says who they are: "the/our ..." or "with/alongside ..." are others;
            # "a/an ...", "for ...", "be ..." are the person sought.
            decided = False
            for j in range(antecedent - 1, max(self.start - 1, antecedent - 1 - _COLLEAGUE_REACH), -1):
                lower = words.texts[j].lower()
                if lower in _SOUGHT_BEFORE:
                    break
                if lower in _COLLEAGUE_BEFORE:
                    decided = True
                    break
            if decided:
                # Set off by commas, the clause ends at its comma ("Working with our partners, who specialise in X,
                # you will ..."); without, it runs to the clause's end ("clinicians who deliver CBT, EMDR and ...").
                start = words.offsets[k] - self.start_char
                closing = _CLAUSE_END if words.texts[k - 1] == "," else _CLAUSE_END_NOT_COMMA
                end = closing.search(self.text, start)
                end = end.start() if end else len(self.text)
                # A clause that speaks of the reader or the person sought is the job's: "who rely on you to
                # build pipelines in Spark", "who are looking for someone with strong Go".
                if _SOUGHT_IN_CLAUSE.search(self.text, start, end) is None:
                    clauses.append((start, end))
        return clauses

    @cached_attribute
    def _other_jobs_clauses(self) -> list[tuple[int, int]]:
        """The clauses that name other vacancies ("We're also hiring a Senior Rust Engineer", up to a dash or
        semicolon), or the whole sentence when its line opens with such a label ("ALSO HIRING: Lead iOS Developer ·
        Data Engineer", split at each "·")."""
        opening = self.line_opening.lower()
        if ("hiring" in opening or "other" in opening) and _OTHER_JOBS.search(opening):
            return [(0, len(self.text))]
        if not _holds_any(self.text, ("hiring", "other", "see our", "see the", "also")):
            return []
        starts = [match.end() for match in _OTHER_JOBS.finditer(self.text)]
        # "We're also looking for an Office Manager with Sage": another post, named by its title; not "also
        # looking for a team player".
        starts += [match.end() for match in _ALSO_SEEKING.finditer(self.text) if self._names_a_post(match.end())]
        clauses = []
        for start in starts:
            end = _CLAUSE_END_NOT_COMMA.search(self.text, start)
            clauses.append((0, end.start() if end else len(self.text)))
        return clauses

    def _names_a_post(self, start: int) -> bool:
        """Whether the few words from character `start` of the sentence name a post: "a Scala engineer", "an Office
        Manager"; not the person sought ("a candidate", "someone who")."""
        for k in self._tokens_between(start, start + _POST_NAME_REACH):
            text = self.words.texts[k].lower()
            if text in _SOUGHT_NOUNS or text in (",", ".", "who", "that", "to"):
                return False
            if self.words.role_noun(k):
                return True
        return False

    @cached_attribute
    def demands(self) -> bool:
        return _HARD_REQUIRED.search(_without_not_needed(self.cue_text)) is not None

    @cached_attribute
    def asks_the_reader(self) -> bool:
        return _READER_ASKED.search(self.text) is not None

    @cached_attribute
    def asks_anyway(self) -> bool:
        return _STRONG_ASKING_WORDS.search(self.text) is not None


def _cue_of(span: Span, level: str | None, text: str, marks: dict[int, str]) -> str | None:
    """The level of the cues for `span`: its sentence's (`level`), unless a person specification marks its line or the
    skill itself ("JavaScript (E), TypeScript (D)")."""
    if marks:
        level = marks.get(text.rfind("\n", 0, span.start_char) + 1, level)
    if "(" in text[span.end_char : span.end_char + 3]:
        mark = _INLINE_MARK.match(text, span.end_char)
        if mark is not None:
            level = "required" if mark.group(1) == "E" else "preferred"
    return level


def _said_of_the_employer(span: Span, cues: _SentenceCues, offset: int, section: str, cue: str | None) -> bool:
    """Whether the mention at `offset` of the sentence says nothing of the job: it is in a section about the
    employer, said of others, of "we", or of the setting."""
    words = cues.words
    if offset >= cues.says_of_itself_from:
        return True  # equal-opportunity text, or what the ad says of applying
    if offset < cues.client_description_end and span.start not in words.tool_starts:
        return True  # "Our client, a leading law firm specialising in personal injury claims, needs a receptionist"
    following = words.texts[span.end].lower() if span.end < len(words.texts) else ""
    if following in _CLIENT_NOUNS and words.owned_by_the_employer(span.start, cues.start):
        return True  # the clients' sector: "whitepapers for our cybersecurity clients"
    team_after = following in _TEAM_NOUNS
    if (team_after and words.after_colleague_link(span.start, cues.start)) or (
        (team_after or words.texts[span.end - 1].lower() in _TEAM_NOUNS)
        and words.owned_by_the_employer(span.start, cues.start)
    ):
        # Another team's name: "work closely with our SRE team", "schedule engagements for our red team"; not
        # "collaborate with cross-functional teams", a skill.
        return True
    if (
        cue is None
        and ((cues.employer_statement and not cues.names_tools) or (cues.names_a_unit and inside_unit_name(span)))
        and not cues.asks_something
    ):
        # Where the job sits and who the employer is, under any heading: "The Department of Bioinformatics and
        # Data Mining combines ...", "Morgan is a global leader in financial services" after the requirements.
        return True
    if section in NON_REQUIREMENT_SECTIONS:
        # A request to the reader under a heading about the employer is still one ("About the Trust ... You will
        # need strong Excel and SQL"). Equal-opportunity text asks nothing, even of experience ("applications from
        # people with experience of the care system").
        return section == "equal_opportunity" or not (
            cues.asks_anyway or (section == "about_company" and cues.asks_the_reader)
        )
    if cues.said_of_others(offset):
        # "We're also hiring a Senior Rust Engineer": another vacancy asks nothing; nor does what a colleague does
        # ("You'll support the Transport Manager, who holds the Transport Manager CPC").
        return True
    if section not in _ASKING_SECTIONS and cues.about_employer_at(offset):
        return True
    return section not in _SETTING_ASKING_SECTIONS and cues.describes_setting


def _names_the_post(span: Span, words: _DocWords) -> bool:
    """Whether a degree names the post or its programme by the noun after it ("PhD stipend", "the PhD degree
    students"), so that the ad does not ask for it."""
    texts, k = words.texts, span.end
    if k < len(texts) and texts[k].lower() == "degree":
        k += 1
    return k < len(texts) and texts[k].lower() in _POST_NOUNS


def _bare_cue(parenthesis: str) -> bool:
    """Whether parentheses hold a cue and nothing else but words of what comes before them: "(essential)",
    "(experience essential)"; not "(ideally selling into farms)", which is an aside of its own."""
    rest = _PREFERRED_CUES.sub(" ", _REQUIRED_CUES.sub(" ", parenthesis))
    return all(word in _BARE_CUE_WORDS for word in re.findall(r"[a-z]+", rest))


def _list_end(text: str, breaks: list[int], index: int) -> int:
    """The clause break `breaks[index]` after a cue (`breaks`: the sentence's clause breaks, its start and end),
    moved on past the short items of a list that goes on after it: ", dbt and Airflow", not ", so you can ..."."""
    while index + 1 < len(breaks) and text[breaks[index] : breaks[index] + 1] == ",":
        item = text[breaks[index] + 1 : breaks[index + 1]]
        if len(item.split()) > _LIST_ITEM_MAX_WORDS or _NO_LIST_ITEM.search(item):
            break
        index += 1
    return breaks[index]


def _contact_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the contact blocks of a document: each short line with an e-mail address or a telephone
    number, with the short lines just above it that sign it ("Tom Reilly / Principal Recruitment Consultant – Cloud &
    DevOps / Harbour Tech | tom@harbourtech.co.uk"): the title of whom to contact asks nothing."""
    points = [match.start() for match in _PHONE.finditer(text) if not _YEARS_RUN.fullmatch(match.group())]
    at = text.find("@")
    while at >= 0:
        if at > 0 and _EMAIL_DOMAIN.match(text, at + 1) and (text[at - 1].isalnum() or text[at - 1] in "._+-"):
            points.append(at)
        at = text.find("@", at + 1)
    blocks: list[tuple[int, int]] = []
    for point in sorted(points):
        if blocks and point < blocks[-1][1]:
            continue  # the same line
        start = text.rfind("\n", 0, point) + 1
        end = text.find("\n", point)
        end = len(text) if end < 0 else end
        if len(text[start:end].split()) > _CONTACT_LINE_MAX_WORDS:
            continue  # a line of the ad that gives a number too: "Gas Safe a must, own tools. Ring Dave on 07700 ..."
        for _ in range(_SIGNATURE_LINES):
            if start == 0:
                break
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1].strip()
            if (
                not line
                or len(line.split()) > _SIGNATURE_MAX_WORDS
                or line.endswith((".", ":", "?", "!"))
                or _LIST_ITEM.match(line)  # "- Docker is a bonus" above "To apply, send your CV to ...@..."
                or len(line.split()) < _SIGNATURE_MIN_WORDS  # "Kubernetes" of a list above "Send your CV to ..."
            ):
                break
            start = above
        blocks.append((start, end))
    return blocks


def _criteria_marks(text: str) -> dict[int, str]:
    """Line start -> the level its person-specification mark gives, for a document with such marks on at least two
    lines; empty otherwise."""
    marks = {}
    start = 0
    for line in text.split("\n"):
        # Only a line that ends in a mark is read by the pattern: a cheap test on its last characters first.
        end = line.rstrip(" \t)")
        if end.endswith(("E", "D", "essential", "desirable", "Essential", "Desirable")):
            match = _CRITERIA_MARK.search(line)
            if match is not None:
                marks[start] = "preferred" if match.group(1)[0] in "Dd" else "required"
        start += len(line) + 1
    return marks if len(marks) >= _CRITERIA_MIN_LINES else {}


def _without_not_needed(text: str) -> str:
    """`text` without what `_NOT_NEEDED_AFTER` says is not needed ("not required" requires nothing)."""
    return _NOT_NEEDED_AFTER.sub(" ", text) if _holds_any(text, _NOT_NEEDED_AFTER_ANCHORS) else text


def _level_of(text: str, *, clause_wishes: bool = True) -> str | None:
    """The level a (lower-case) text's cues give; with `clause_wishes` off, a wish that closes one item ("SSSTS
    helpful") does not count for the rest."""
    if "not " in text:
        text = _NOT_A_WISH.sub(" ", text)  # "a must, not a nice-to-have"
    if _holds_any(text, _WISH_ANCHORS) and (_PREFERRED_CUES.search(text) or _OTHER_WISHES.search(text)):
        return "preferred"
    if _wishes(text):
        return "preferred"
    if _IMPERATIVE_REQUIREMENT.match(text):
        return "required"  # "Hold a CIPP qualification", "Have experience with Power BI"
    if clause_wishes and ("helpful" in text or "welcome" in text) and _clause_wish(text):
        return "preferred"
    # "not required" requires nothing; "applicants without X will not be considered" requires X.
    if _REQUIRED_CUES.search(_without_not_needed(text)) or (
        ("considered" in text or "accepted" in text) and _NOT_CONSIDERED.search(text)
    ):
        return "required"
    if ("year" in text or "yr" in text) and _asks_for_years(text):
        return "required"
    if _holds_any(text, _LIGHT_ANCHORS) and _LIGHT_CUES.search(text):
        return "light"
    return None


def _holds_any(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `anchors`, words every match of a pattern holds: a substring test is several times
    faster than Python's regex engine trying each alternative of a long pattern at each position."""
    for anchor in anchors:  # noqa: SIM110 (a plain loop: `any` over a generator costs twice as much here)
        if anchor in text:
            return True
    return False


def _wishes(text: str) -> bool:
    """Whether "helpful" or "welcome" in a (lower-case) sentence wish for a skill (see `_WISH`)."""
    if "helpful" not in text and "welcome" not in text:
        return False  # the common case, decided without a regex
    return _WELCOME_WITH.search(text) is not None or _said_of_a_skill(_WISH, text)


def _clause_wish(text: str) -> bool:
    """Whether "helpful" or "welcome" closes a clause of `text` as a wish (see `_CLAUSE_WISH`)."""
    return _said_of_a_skill(_CLAUSE_WISH, text)


def _said_of_a_skill(wish: re.Pattern[str], text: str) -> bool:
    """Whether a match of `wish` in `text` is said of something, not of people or their manner ("graduates
    welcome", "friendly and helpful")."""
    for match in wish.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _PEOPLE_BEFORE_WISH.search(before) is None and _MANNER_BEFORE_WISH.search(before) is None:
            return True
    return False


def _asks_for_years(text: str) -> bool:
    """Whether a (lower-case) sentence asks for years of experience, whatever skill they are for: open-ended
    ("5+ years") or with a word of experience ("3 years' commercial experience"); not "The position is for 3
    years", "You will receive 3 years of ACCA training", "Acme has grown in 4 years". (Years stated for a skill
    require it too: see `_years_of`.)"""
    experience = _EXPERIENCE_WORDS.search(text) is not None  # once: a long line may hold many counts
    return any(
        (experience or _OPEN_ENDED_YEARS.match(text, match.start()))
        and not _is_duration(text[max(0, match.start() - _DURATION_REACH) : match.start()])
        and not _DURATION_AFTER.match(text, match.end())
        for match in _YEARS.finditer(text)
    )


def _is_duration(prefix: str) -> bool:
    """Whether a count of years that follows `prefix` (the sentence up to it, or its last words) measures the post
    ("The position is for", "You will receive"), rather than experience ("Experience in a teaching post for")."""
    prefix = prefix[-_DURATION_REACH:]
    if _JOB_GIVES_BEFORE.search(prefix):
        return True
    return _DURATION_BEFORE.search(prefix) is not None and _EXPERIENCE_WORDS.search(prefix) is None


def _around(text: str, cues: _SentenceCues, span: Span) -> tuple[str, str]:
    """The lower-case words of the sentence just before and just after `span`, as far as years can be read: a
    window, so that a sentence thousands of words long costs no more per skill. Cut at a space, so that no
    number is cut ("15 years" is not read as "5 years")."""
    start = max(cues.start_char, span.start_char - _YEARS_PREFIX_REACH)
    prefix = text[start : span.start_char]
    if start > cues.start_char:
        prefix = prefix[prefix.find(" ") + 1 :]
    return prefix.lower(), text[span.end_char : min(cues.end_char, span.end_char + _YEARS_SUFFIX_REACH)].lower()


def _years_of(prefix: str, suffix: str) -> int | None:
    """Years of experience stated for the skill, from the words before it (`prefix`, the last
    `_YEARS_PREFIX_REACH` characters of its sentence at most) and after it (`suffix`), both lower case: right after
    it ("Python (5+ years)"), else close before it ("5+ years of Python"), and not a duration of the post."""
    if _JOB_GIVES_SKILL.search(prefix):
        return None  # "you will study plumbing for 3 years": the job's years, not the person's
    after = _YEARS_AFTER.match(suffix[:40])
    if after is not None:
        return _count_of(after.group(1))
    matches = list(_YEARS.finditer(prefix))
    if not matches or _is_duration(prefix[: matches[-1].start()]):
        return None
    last = matches[-1]
    # Only when the years sit close before the skill, with no other number or closed bracket between ("5+ years
    # of Python", "3 years' experience with AWS"; not "Java (3 years) and Go", "10 years in finance, 2 with C").
    between = _PLUS_AFTER_YEARS.sub("", prefix[last.end() :])  # "5 years+ in project management"
    if len(between.split()) > 5 or ")" in between or _ANY_NUMBER.search(between):
        return None
    if between.strip() and not (_YEARS_LINK.match(between) or _EXPERIENCE_WORDS.search(between)):
        return None  # "in 4 years and now runs its analytics": the years are said of something else
    return _count_of(last.group(1))


def _count_of(number: str) -> int:
    return int(number) if number.isdigit() else _NUMBER_WORDS[number]
