"""The words and patterns by which an ad says how much it wants something, and the text tests made of them:
the vocabulary `requirement_levels` reads sentences with (lower-case text throughout: the patterns hold no
capitals)."""

from __future__ import annotations

import re

from skillgap.documents.sections import BULLET_MARKS
from skillgap.nlp.doc_data import UNIT_NOUNS
from skillgap.nlp.words import word_ranks

# Numbers of years as ads write them: "5+", "3-5", "three", "two or more".
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=1
    )
}
# A decimal whole: "3.5 years" is three and a half, not 5.
NUMBER = r"(?:(?<![\d.])\d{1,2}(?:\.\d)?(?![\d.])|" + "|".join(NUMBER_WORDS) + r")"
YEARS_COUNT = (
    # Not a span of time: "over the past two years", "in the last 3 years", nor the end of one ("the next 12-18
    # months": a range is read from its start).
    r"(?<!past )(?<!last )(?<!next )(?<!\d[-–—])"
    # A half more (group 2): "two and a half years". Or months of it (group 3): "At least 12 months' experience", "18
    # months in a food laboratory".
    r"(" + NUMBER + r")(\s+and\s+a\s+half)?\s*(?:\+|\s*(?:[-–—]|to)\s*" + NUMBER + r"|or more|plus)?\s*"
    r"(?:years?|yrs?|(months?))"
    r"(?!\s+ago\b)"  # "5 years ago we moved to Python" is no experience asked for
)
# "Bonus" as a wish, not as pay: not "a £500 bonus", "annual bonus". (The word first, then what stands before it:
# lookbehinds tried only where "bonus" stands, not at every word.)
WISHED_BONUS = (
    r"bonus(?<!annual bonus)(?<!performance bonus)(?<!attendance bonus)(?<!referral bonus)(?<!joining bonus)"
    r"(?<!signing bonus)(?<!sign-on bonus)(?<!quarterly bonus)(?<!monthly bonus)(?<!christmas bonus)(?<!\d bonus)"
    r"(?<!k bonus)"
)
PREFERRED_CUES = re.compile(
    r"\b(nice[ -]to[ -]haves?|desirable|"
    + WISHED_BONUS
    + r"|(?:is|would be|a|an added|big|huge|real|strong|definite)\s+plus|plus if you|brownie points|"
    r"advantageous|"
    r"an advantage|preferred|preferably|preferable|ideally|beneficial|would be great|great to have|not essential|"
    r"(?:experience|knowledge|familiarity|exposure) is (?:great|brilliant|fantastic|ideal)|"
    r"not a (?:deal[ -]?breaker|must-have)|(?:will |would |can )?(?:increase|improve|boost) your chances|"
    r"isn't essential|isn’t essential|aren't essential|"
    r"optional|extra credit(?=\s*(?:for|if|to|:|$))|good to have(?!\s+(?:you|them|him|her|us)\b)|even better|"
    r"(?:will be|are|is) (?:prioriti[sz]ed|favou?red|shortlisted first)|given (?:preference|priority)|"
    r"(?:looked|viewed) (?:up)?on favou?rably|considered favou?rably|(?:are|is) (?:strongly )?encouraged to apply|"
    r"(?:would |will )?(?:make|makes|help|helps) you stand out|"
    # "Kafka would set you apart", "we'd count it strongly in your favour", "will be fast-tracked to interview",
    # "They would favour candidates with Sage exposure"
    r"(?:is|will be|would be)\s+(?:an?\s+)?(?:plus|advantage)\b|would suit (?:someone|somebody|a person|people)|"
    r"(?:would|['’]d) be amazing|nice (?:extra|head start)|"
    r"(?:would |will |could |might |can )?sets? you apart|(?:is|are|would be|will be) (?:very )?(?:highly|well) "
    r"regarded(?! by)|wouldn['’]t hurt|"
    r"would not hurt|(?:would|will) be welcomed|"
    r"(?:count|counts|work|works|weigh|weighs)\s+(?:\w+\s+){0,2}?in your favou?r|fast[- ]tracked\b|"
    r"(?:would|will|we['’]d|we would|we will) (?:strongly )?(?:favou?r|prioriti[sz]e) "
    r"(?:candidates|applicants|those|people|someone|anyone)|"
    r"you(?:['’]ll|['’]d| will| would)? stand out|(?:we['’]d|we would|would) love (?:it )?if|"
    r"(?:we['’]d|we would) love to see|"
    r"useful(?=\s*(?::|but\b|to have\b|if\b)))\b"
)
# "Helpful" and "welcome" wish for a skill only in these shapes: said of a thing ("Python would be helpful",
# "Helpful: Terraform", "helpful to have", "a welcome addition"), or closing a clause or list (`CLAUSE_WISH`).
# Not of people ("friendly and helpful", "graduates welcome", "a helpful, patient manner") nor a greeting
# ("Welcome to Acme").
WISH = re.compile(
    r"\b(?:is|are|would be|will be|would all be|are all|is also|are also|also|very|especially|particularly|highly|"
    r"really)\s+(?:welcome|helpful)\b(?!\s+(?:applications|enquiries|candidates|applicants|people|anyone|everyone))"
    r"|\bhelpful\s*(?::|to have\b|if\b)"
    r"|\ba welcome (?:addition|asset|bonus|plus|extra)\b"
)
# A wish that closes a clause or a list: "AWS, Azure or GCP helpful", "with VBA helpful", "PhD welcome"; not after
# a verb or a list of qualities ("always be helpful", "accurate and helpful"). Read item by item only against a
# required word in the same line ("Python essential, knowledge of SQL helpful").
CLAUSE_WISH = re.compile(
    r"(?<!\band )(?<!\bbe )(?<!\bvery )(?<!\balways )(?<!\bor )(?<!\bare )(?<!\bis )"
    r"\b(?:helpful|welcome)(?=\s*(?:$|[.;:)!?]|but\b|though\b|although\b))"
)
# "Welcome" to people who have something: "Applications are welcome from candidates with a background in
# accounting", "We welcome applicants with expertise in Python".
WELCOME_WITH = re.compile(
    r"\bwelcome[ds]?\s+(?:\w+\s+){0,2}(?:applications|applicants|candidates|people|anyone|graduates|those|"
    r"students|individuals)\b[^.;:]{0,50}?\b(?:with|who have|having)\b"
    r"|\b(?:applications|applicants|candidates)\s+(?:are\s+|is\s+)?(?:\w+\s+)?welcome\b[^.;:]{0,50}?"
    r"\b(?:with|who have)\b"
)
# Words of a person's manner: "friendly and helpful" describes the person, not a skill wished for.
MANNER_BEFORE_WISH = re.compile(
    r"\b(?:friendly|polite|patient|kind|courteous|approachable|warm|cheerful|reliable|honest|punctual|supportive|"
    r"positive|enthusiastic|calm|professional|flexible|helpful|welcoming|caring)\s*(?:,|and)?\s*$"
)
# Who may be welcome or helpful without a skill being wished for: "Applicants are welcome", "graduates welcome".
PEOPLE_BEFORE_WISH = re.compile(
    r"\b(?:applicants|applications|candidates|graduates|students|school leavers|career changers|everyone|"
    r"people|you|we|colleagues|staff|team|requests|enquiries|questions|visits)\s+(?:are\s+|is\s+|also\s+|very\s+|"
    r"especially\s+)*$"
)
# Other wishes: "would be useful", "would be an asset".
OTHER_WISHES = re.compile(
    # The cues that open a word first, after one "\b" that lets the regex engine skip each by its first letter.
    r"\b(?:"
    r"(?:would be|is|are|will be)\s+(?:considered\s+|seen as\s+|regarded as\s+)?(?:useful|valuable|valued|"
    r"appreciated)\b"
    # "Ansible would be an asset to the team", "TOGAF – an asset"; not "You'll be an asset to our team"
    r"|(?=an?\s)(?<!you would be )(?<!you will be )(?<!you'll be )(?<!you’ll be )(?<!you'd be )(?<!you are )"
    r"(?<!you're )(?<!you’re )(?:an|a real|a definite|a great|a valuable)\s+asset\b"
    r"|nice\b(?=,?\s+but\s+not\b)"
    r"|(?:would|['’]d) be (?:nice|lovely|good|handy|ideal|useful|helpful)\b"
    r"|if you(?:['’]ve| have)\b[^;!?]{0,80}?,\s*(?:great|brilliant|amazing|fantastic|perfect|even better|bonus)\b"
    r"|(?:is|are) (?:also |really )?nice\b(?!\s+(?:to work|people))"
    r"|(?:a|an)\s+(?:distinct|definite|real|big|clear|added|great|strong)\s+advantage\b"
    # "Not really, but it helps", "It helps if you know Figma"
    r"|(?:experience|knowledge|familiarity|exposure) (?:really |definitely |also )?helps\b"
    r"|\bbut (?:it )?helps\b"
    r"|it (?:really |certainly |definitely |always |also )?helps\b"
    r"(?=\s*(?:[.,;!)]|$|if\b|when\b|a lot\b|that you\b|to have\b)))"
    r"|[–—:-]\s*nice\b"
    # a bare wish in parentheses: "OCaml (nice)", "Rust (plus)", "Docker (useful)"
    r"|\((?:nice|plus|useful)\)"
    r"|(?:\bwould|['’]d) (?:also |really )?help"
    r"(?:\s+you\b(?!\s+(?:to|grow|develop|learn|get|build|understand|settle|succeed)\b)|\b(?!\s+(?:you|us|them|the|our|to)\b))"
)
# Said not to be needed, in the skill's own clause. Some cues govern what follows them ("You don't need any
# experience of the energy industry"; "No prior knowledge of Salesforce required"), others what comes before them
# ("A degree is not required"). Unless the clause still wishes for it ("not required, but a plus" is preferred).
NOT_NEEDED_BEFORE = re.compile(
    # Every cue but the last opens a word: one "\b" before them all lets the regex engine skip each by its first
    # letter (several times faster than a "\b" leading each).
    r"\b(?:"
    r"(?:don't|don’t|do not|doesn't|doesn’t|does not|won't|won’t|will not)\s+(?:need|require)\b|no need\b|"
    r"whether or not you(?:['’]ve|['’]re|\s+have|\s+hold|\s+already|\s+are)\b|"
    r"without (?:any )?(?:previous |prior )?(?:experience|knowledge)\b|"
    # What nobody expects: "Nobody expects you to know Haskell on day one."
    r"(?:nobody|no one|no-one)\s+expects\s+you\s+to\b|we\s+(?:don['’]t|do not)\s+expect\s+you\s+to\b|"
    # What the job leaves out: "this role does not involve any Java", "you won't be running PPC".
    r"(?:doesn't|doesn’t|does not|won't|won’t|will not)\s+(?:involve|include|cover)\b|"
    r"(?:won't|won’t|will not)\s+be\s+(?:required|expected|asked)\s+to\b|"
    # the language of an application: "Applications may be submitted in Irish or in English"
    r"(?:applications?|cvs?)\s+(?:may|can|should|must)\s+be\s+(?:submitted|made|written|sent)\s+in\b|"
    r"you\s+(?:won't|won’t|will not)\s+be\s+\w+ing\b(?![^.;,]*\b(?:alone|on your own|by yourself|unsupported)\b)|"
    # What the employer gives: "We'll fund your PCV licence", "we will train you in SQL", "you'll be trained on Sage".
    r"(?:we|we['’]ll|we\s+will|we\s+would|we['’]d|will)\s+(?:\w+\s+(?:and|&)\s+)?(?:also\s+|fully\s+)?"
    r"(?:fund|pay for|train you(?:\s+(?:in|on|to use))?|teach you|show you(?:\s+how)?|book you on|put you through|"
    r"enrol you on|"
    r"enroll you in|sponsor)\b(?:,?\s+including\b)?|"
    # what is forbidden is no request: "candidates must not use generative AI tools"
    r"(?:must not|mustn['’]t|should not|may not)\s+(?:use|rely on)\b|"
    # the employer's own training: "Completion of our internal Linux onboarding module"
    r"our\s+(?:internal|in-house)\s+(?:[\w-]+\s+){0,3}?(?:module|course|programme|academy|training|induction)\b|"
    # training given free: "Free barista training for all new starters"
    r"free\s+(?:[\w-]+\s+){0,5}?(?:training|programme|course|courses|qualification)\b|"
    # the employer's own induction: "All temps complete a compulsory induction covering GDPR and fire safety"
    r"(?:compulsory|mandatory)\s+(?:[\w-]+\s+)?(?:induction|training|course)\s+(?:covering|on|in|including)\b|"
    # study the employer supports: "study support towards your AAT qualification"
    r"support (?:towards|for|with) your\b|"
    r"you(?:['’]ll|\s+will)\s+be\s+(?:fully\s+)?trained\s+(?:in|on|to use)\b|"
    r"will be supported to (?:complete|achieve|gain|obtain)\b|(?:fully|company)[ -]funded\b|"
    # "You'll receive 12 weeks of training in Python", "you'll receive full manual handling training"
    r"(?:receive|be given|get|give you|provide you with|offer you)\s+(?:[\w&/-]+\s+){0,6}?training\b|"
    # the employer's own training, and study it pays for: "We provide full MAPA training during your induction",
    # "sponsored CIM qualifications"
    r"we(?:['’]ll|\s+will)?\s+(?:also\s+)?(?:provide|offer|deliver|run|give)\s+(?:[\w&/-]+\s+){0,6}?training\b|"
    r"(?:sponsored|paid-for)\s+(?=(?:[\w+&/-]+\s+){0,3}?(?:qualifications?|training|courses?|study|"
    r"certifications?|exams?)\b)|"
    r"(?:be|get|are|is) (?:enrolled|enroled|booked|signed up) (?:on|onto|in|into|for)\b|"
    r"(?:do|does) not do\b|(?:don['’]t|doesn['’]t) do\b|"
    # what the employer does not care about, the duties the job has not, what it is not
    r"(?:don['’]t|do not)\s+(?:really\s+)?care\s+(?:about|whether|if)\b|"
    r"no\s+(?:[\w-]+\s+){0,4}?(?:responsibilit(?:y|ies)|duties)\b|"
    r"(?:is|['’]s)\s+not\s+an?\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|post)\b|"
    # what the job gives the chance to learn: "the opportunity to learn Rust", "the chance to complete the Care
    # Certificate"; training given on something: "Full training given on COSHH"
    r"you(?:['’]ll| will)\s+(?:learn|be taught|pick up)\b(?!\s+to\s+(?:lead|manage|be|become|handle|deal)\b)|"
    r"(?:opportunit(?:y|ies)|chances?)\s+to\s+(?:learn|gain|complete|study|achieve|obtain|work towards|"
    r"train in|pick up|get)\b|training (?:is |will be )?(?:given|provided|offered) (?:on|in|for)\b|"
    r"don['’]t worry if you(?:['’]ve|\s+have)?\s+never\b|never used\b[^.;]*\b(?:not a problem|no problem)\b|"
    # "No experience necessary", "No prior Salesforce experience needed", "no HGV licence required", "no coding
    # skills are needed": the skill may stand between "no" and the word it qualifies.
    r"no\s+(?:(?!(?:for|of|than|to|at|substitute|doubt|less|fewer|shortage|lack|end)\b)[\w.+#&/'’-]+\s+){0,4}?"
    r"(?:experience|knowledge|understanding|familiarity|qualifications?|skills?|"
    r"licen[cs]es?|background|certificates?|certification|degree|management)\b"
    r"(?=[^;,.!]*\b(?:needed|necessary|required|essential|expected|involved)\b))|"
    r"^\W*(?:never used|new to|not used)\b(?=[^.]*\?\s*$)"
)
# Cues that govern only the words they span: "training in Microsoft Azure will be provided", "No Hadoop here".
NOT_NEEDED_WITHIN = re.compile(
    # A label that says what follows is not needed: "Not required: fintech, a CS degree, or knowledge of Solidity"
    r"^\W*not (?:required|needed|necessary|essential)\s*:[^.;]*|"
    r"\btraining\s+(?:in|on)\s+[^.;,]{1,40}?\s+(?:is|will be)\s+(?:provided|given|offered|funded)\b|"
    # how to ask for the ad in another form: "in an alternative format, such as a British Sign Language video"
    r"\b(?:alternative|accessible) format\b[^.;]*|"
    # what the employer teaches, to the sentence's end: "our academy teaches you everything, including Kotlin"
    r"\bteach(?:es)? you\b[^.;]*|"
    r"\bno\s+(?:[\w.+#&/-]+\s+){1,3}?here\b|"
    # "no X" opening a clause and closing it, or said to be unneeded: "No MATLAB required", "Not a sales role - no
    # cold calling, no targets!", "No NPORS ticket needed"
    r"(?:^|[–—,;:]\s*|\s-\s)no\s+(?:[\w.+#&/'-]+\s+){0,2}?[\w.+#&/'-]+"
    r"(?=\s*(?:[,.;!–—]|\s-\s|$)|\s+(?:required|needed|necessary|involved)\b)"
)
# One of these, or "no" and a space (`NO_AND_SPACE`), every match of `NOT_NEEDED_WITHIN` holds.
NOT_NEEDED_WITHIN_ANCHORS = ("not", "training", "format", "teach")
NO_AND_SPACE = re.compile(r"no\s")  # a literal start: the regex engine skips to each "no"
# What the employer no longer uses (`PAST_USE_ANCHORS` hold one word of every match). Named after the cue, up to
# where its replacement is named: "The hotel retired Opera PMS last year", "the Trust switched from Cerner to a new
# EPR", "We've said goodbye to Raiser's Edge"; or the clause after a past time: "Until 2022 we ran planning in
# Hyperion; ...". (Each alternative opens with its words: the regex engine tries no lookbehind at every position.)
PAST_USE_OF = re.compile(
    r"(?:\bretired(?<!\ba retired)(?<!\ban retired)(?<!\bthe retired)(?<!\bfor retired)(?<!\bof retired)"
    r"(?<!\bwelcome retired)(?<!\bare retired)(?<!\bis retired)|"
    r"\bdecommissioned|\bswitched off|\bturned off|\bditched|\bsaid goodbye to|\bstopped using|"
    r"\bno longer use[sd]?|\b(?:moved|migrated|switched|transitioned) (?:away )?(?:off|from)|\bmoved across from|"
    r"\breplaced|\bpreviously used|\bformerly used|\bused to use)\s+"
    r"(?!(?:to|with|for|in favou?r of|onto|into|by|last|since)\b)"
    r"[^.;:,]+?(?=\s+(?:to|with|for|in favou?r of|onto|into|by|last|since)\b|\s*[.;,:]|\s*$)|"
    r"^\W*until (?:last \w+|recently|(?:19|20)\d\d)\b[^.;]*"
)
# Named before the cue, in its clause: "Blue Yonder was switched off last spring", "The theatre used Tessitura for
# ticketing until last year" (not "You will use SAP until 2027").
PAST_USE_SAID = re.compile(
    r"\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:switched off|retired|decommissioned|phased out|turned off|"
    r"replaced)\b|\b(?:is|are) no longer (?:used|in use)\b|"
    r"\b(?:used|ran|was|were|had|relied on|built|kept|managed)\b[^.;]{0,80}?\buntil (?:last \w+|recently|"
    r"(?:19|20)\d\d)\b"
)
PAST_USE_ANCHORS = (
    *("retired", "decommission", "switched", "turned off", "ditched", "goodbye", "stopped using", "no longer"),
    *("moved", "migrated", "transitioned", "replaced", "previously used", "formerly used", "used to use", "until"),
    *("phased out",),
)
NOT_NEEDED_AFTER = re.compile(
    # Every cue but the two in parentheses opens a word: one "\b" before them all lets the regex engine skip each by
    # its first letter.
    r"\b(?:"
    # What others do: "VAT returns are prepared by our external accountants"
    r"(?:is|are)\s+(?:\w+\s+)?(?:prepared|handled|done|managed|carried out|covered|taken|run|owned|looked after|"
    r"triaged|processed|reviewed|assessed|produced|delivered|written|drawn)\s+by\s+(?:our|the|a|an|external|another)\b"
    r"(?![^.;,]*\b(?:by|and|including)\s+(?:you|yourself)\b)(?![^.;,]*,\s*including you\b)|"
    r"(?:not|isn't|isn’t|aren't|aren’t)\s+(?:necessary|needed|required|a requirement|a must|compulsory|mandatory|"
    r"a prerequisite|a pre-requisite)\b"
    # Training the employer gives: "Full Sage training provided".
    r"|training\s+(?:\([^()]{1,30}\)\s+)?(?:is\s+|will be\s+)?(?:provided|given|offered|funded|paid for)\b"
    r"|(?:fully )?(?:funded|paid for) by (?:us|the (?:company|trust|firm|practice|council|school|university))\b"
    r"|(?:all|both|everything)\s+(?:is\s+|are\s+|will be\s+)?(?:provided|supplied)\b"
    r"|at (?:our|the company['’]s|the employer['’]s) (?:expense|cost)\b"
    # "you'll complete the AWS Cloud Practitioner course in your first quarter, fully paid"
    r"|fully (?:paid|funded)(?=\s*(?:[.;)]|$)))"
    # help the employer gives, said after the skill: "Care Certificate (we'll help you complete it)"
    r"|\((?:which\s+)?(?:we['’]ll|we\s+will|we\s+can|we)\s+(?:help you (?:complete|get|gain|achieve|obtain)|"
    r"support you|sponsor|fund|pay for|arrange|provide)"
    # a refresher keeps what it refreshes asked: "Python (we can arrange a refresher course if you're rusty)"
    r"(?![^)]*\b(?:refresher|refresh|top-up|brush up|recertification|renewal)\b)"
    r"|\((?:fully )?funded\)"
)
# Words that name what is asked by its kind: a wish after them is about that, not about what came before.
OTHER_ASKED_THING = re.compile(
    r"\b(?:experience|knowledge|skills?|familiarity|background|qualifications?|degree|understanding|exposure)\b"
)
# Answers to a question that say what it names is not needed: "No A Levels? No problem."
REASSURANCE = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:no problem|not a problem|don['’]t worry|that['’]s (?:fine|ok|okay)|no worries|"
    r"(?:it )?doesn['’]t matter|"
    r"(?:it['’]s|it is|that['’]s|that is) not (?:essential|required|needed|necessary|a must|a requirement))\b"
)
# A question of what the job needs, as FAQ-style ads ask it, answered yes or no: "Do I need to know SQL? Yes - ...",
# "Do I need a Bachelor's degree? Nope."
NEED_QUESTION = re.compile(
    r"^\W*(?:q\s*[.:]\s*)?(?:(?:do|does|will|would|must|should)\s+(?:i|you|we|applicants|candidates)\s+"
    r"(?:need|have to|require)\b|"
    r"(?:is|are)\s+(?:an?\s+)?[^?]{1,40}?\s+(?:required|needed|necessary|essential|a must)\s*\?)"
)
YES = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:yes\s*/\s*no\W+)?(?:yes|yep|yeah|absolutely|definitely|of course|essential|required)\b"
    r"(?!\s*/)(?!\W*not\b)"
)
NO = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:no|nope|nah|not at all|not really|not necessarily|not required|not needed)\b"
    r"(?![^.]*\b(?:but|(?<!even )though|although)\b)"  # "Not really, but it helps", "No - though it helps" wish
)
# The reader told what they need, not in a condition: "To apply, you'll need SC clearance"; not "If you need us to
# make any adjustments to our recruitment process, ...".
READER_NEEDS = re.compile(r"(?<!if )\byou(?:['’]ll| will)? need\b|\byou must\b")
OTHER_LISTING = re.compile(r"^\W*(?:then\s+)?see our (?:separate|other)\b")
ANSWER_MAX_WORDS = 6  # an answer, not a sentence of its own: "Even better.", "That would be a plus."
# A question asked from without the skill, answered yes or no the other way round: "Can I apply without Welsh? Of
# course!" and "Does it matter if I haven't used Jira? No." rule it out; "Is it OK if I don't have a CSCS card? No."
# asks for it.
WITHOUT_IT_OK = re.compile(
    r"^\W*(?:q\s*[.:]\s*)?(?:(?:can|could|may) i (?:still )?apply (?:without|if i (?:don['’]t|do not|haven['’]t|have "
    r"not|have never|am not))|(?:is it|would it be) (?:ok|okay|alright|fine) if i (?:don['’]t|do not|haven['’]t|"
    r"have not|have never|am not))\b"
)
WITHOUT_IT_MATTERS = re.compile(
    r"^\W*(?:q\s*[.:]\s*)?(?:does it matter|(?:is|would|will) (?:it|that) (?:be )?a problem) if i (?:don['’]t|do not|"
    r"haven['’]t|have not|have never|am not)\b"
)
FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|i['’]ve|i['’]d|my|me)\b")
YES_TO_IT = re.compile(r"^\W*(?:a\s*[.:]\s*)?(?:yes|yep|yeah|of course|absolutely|definitely|certainly|sure)\b")
NO_TO_IT = re.compile(r"^\W*(?:a\s*[.:]\s*)?(?:no|nope|not at all|not really|unfortunately not|sorry)\b")
# An answer that is only a yes or a no, and goes on in the next sentence: "Can I still apply? Yes! It's desirable
# rather than essential."
BARE_ANSWER = re.compile(
    r"^\W*(?:a\s*[.:]\s*)?(?:yes|yep|yeah|yup|absolutely|of course|definitely|certainly|sure|no|nope|nah|not really|"
    r"not necessarily|not at all|no problem|not a problem|no worries|don['’]t worry|sorry|unfortunately(?: not)?|"
    r"(?:no|not really|unfortunately not),? sorry)\W*$"
)
# A question that screens the reader: "Do you hold a full UK driving licence?", "Are you a Level 3 Personal Trainer?"
SCREENING_QUESTION = re.compile(
    r"^\W*(?:q?\d{1,2}[.):]\s*)?(?:do you (?:hold|have|possess)|"
    r"are you (?:a|an|already|qualified|registered|fluent|licensed|certified)|"
    r"have you (?:got|gained|obtained|held|passed|completed))\b"
)
NOT_A_WISH = re.compile(r"\bnot (?:just )?(?:a |an )?(?:nice[ -]to[ -]have|bonus|plus|optional|preference|extra)\b")
# A longer answer that says what the question asks for: "Great – that's a bonus", "..., so it's essential".
ANSWERED_LEVEL = re.compile(
    r"(?:(?:great|good|brilliant|perfect|fantastic|amazing|excellent)\W+)?"
    r"\b(?:it['’]s|it is|that['’]s|that is|this is)\s+(?:a\s+)?(?:real\s+|big\s+|huge\s+|definite\s+|nice\s+)?"
    r"(?:requirement|must|essential|mandatory|required|plus|bonus|nice to have|desirable|advantage)|"
    r"\b(?:it|that|this|they)\s+(?:needs|need|has|have)\s+to\s+be\b|"
    r"\b(?:that|it|this)\s+would\s+be\s+(?:very\s+|really\s+)?(?:welcome|helpful|useful|a plus|a bonus|an advantage)"
)
# Words one of which every "not needed" cue holds: most sentences are decided by these alone.
NOT_NEEDED_ANCHORS = (
    *("not", "no ", "without", "n't", "n’t", "never", "new to", "fund", "pay for", "paid for", "train", "teach"),
    *("induction", "internal", "in-house", "book you", "put you", "enrol", "sponsor", "supported to", "(we"),
    *("expects you", "expect you", "format", "free", "expense", "cost", "triaged", "processed", "reviewed"),
    *("assessed", "booked", "signed up", "opportunit", "chance", "learn", "taught", "pick up"),
    *("(which", "support ", " by ", "submitted", "made in", "written in", "sent in", "provided", "supplied"),
    *("show you", "sponsored", "paid-for", "fully paid"),
)
# Words one of which every cue of `NOT_NEEDED_AFTER` holds.
NOT_NEEDED_AFTER_ANCHORS = (
    *("not", "n't", "n’t", "train", "fund", "paid for", "(we", "(which", "provided", "supplied"),
    *(" by ", "expense", "cost", "fully paid"),
)
# Words one of which every match of `PREFERRED_CUES` or `OTHER_WISHES` holds.
WISH_ANCHORS = (
    *("nice", "desirable", "bonus", "plus", "advantag", "prefer", "ideally", "benefic", "great", "essential"),
    *("optional", "extra credit", "good to have", "even better", "prioriti", "favo", "shortlisted", "given p"),
    *("dealbreaker", "deal breaker", "deal-breaker", "must-have", "handy", "your chances", "if you"),
    *("encouraged", "apart", "tracked", "regarded", "hurt", "welcomed", "amazing", "suit", "brownie"),
    *("stand out", "love", "useful", "asset", "valu", "appreciated", "would be", "'d be", "’d be", "help"),
)
LIGHT_ANCHORS = (
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
NOT_CONSIDERED = re.compile(r"\b(?:will not|won't|won’t|cannot|can't|can’t|would not) be (?:considered|accepted)\b")
# How far from a "not needed" cue a wish about the same skill is read ("SQL is not required, but it would be a plus").
WISH_REACH = 200
# Words that set one clause against another, each with its own level: "Salesforce isn't essential, but SQL is a
# must".
CONTRAST_WORDS = ("but", "however", "although", "whereas", "while")
CONTRASTS = re.compile(r"\b(?:" + "|".join(CONTRAST_WORDS) + r")\b|;|\s[–—-]\s|\s\|\s")
# "and" after a clause's own cue opens the next clause: "experience of Python is desirable and SQL is essential".
# (The next clause starts at the match's end.)
CUE_THEN_AND_CUES = ("desirable", "essential", "required", "preferred", "mandatory", "a must", "a plus", "an advantage")
CUE_THEN_AND = re.compile(
    # (not "helpful": "co-workers who are as motivated, helpful and open to change")
    r"\b(?:" + "|".join(CUE_THEN_AND_CUES) + r")\b,?\s+(?=and\b)"
)
LIST_CLAUSE_BREAKS = re.compile(r"[,;]")
# A person specification's column at a line's end: "FHEA or equivalent | D", "Experience of rent arrears (E)".
CRITERIA_MARK = re.compile(r"(?:(?:\||\(|\s[-–—]|\t)[ \t]*|[ \t]{2,})([DE]|[Dd]esirable|[Ee]ssential)[ \t]*\)?[ \t]*$")
# Words that may stand beside a cue in parentheses without making them an aside: "(experience essential)".
BARE_CUE_WORDS = frozenset(
    {"experience", "knowledge", "skills", "skill", "qualification", "qualifications", "certificate", "licence"}
    | {"license", "level", "is", "are", "a", "an", "the", "but", "not", "or", "and", "very", "highly", "strongly", "e"}
    | {"d", "also", "would", "be", "helpful", "useful", "nice", "welcome", "legacy", "plus"}
    # words that point back at the item or at the post: "(this one is essential for the role)", "(which is a plus)"
    | {"this", "that", "one", "it", "s", "which", "for", "role", "job", "post", "position"}
)
COLON_HEAD_REACH = 60  # characters before a colon read as a lead-in
INLINE_MARK = re.compile(r"\s*\(([ED])\)")
# What asks for a willingness to learn the skill that follows, not for the skill.
LEARNING = re.compile(
    r"\b(?:willing(?:ness)?|keen|eager(?:ness)?|desire|happy|motivat\w+|open|interest(?:ed)?|want(?:ing)?)\s+(?:to|in)\s+"
    r"learn(?:ing)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
CRITERIA_MIN_LINES = 2  # one mark alone may end a title: "Assistant Cook - Site (D)"
WISH_OPENER = re.compile(r"^\W*(?:ideally|preferably|optionally|if possible|even better)\s*,")
WISH_ADVERB = re.compile(r"^\W*(?:and|or)?\s*(?:ideally|preferably|optionally|if possible)\W*$")
PARENTHESES = re.compile(r"\([^()]*\)")
# A requirement in the imperative, as lists under "The successful candidate will:" give them.
IMPERATIVE_REQUIREMENT = re.compile(
    r"^[\W\d]*(?:hold|(?:have|possess)\s+(?:a|an|the|your|strong|good|excellent|proven|solid|extensive|some|"
    r"at least|\d|experience|knowledge|current|valid|full|relevant|recent|previous|demonstrable|significant))\b"
)
CAPITALISED = re.compile(r"\b[A-Z][\w+#.-]*")
# A telephone number: ten digits or more, each group apart by one space or hyphen at most ("0161 555 0192", "+44
# 7700 900123"; not a salary range, "45000 - 55000").
PHONE = re.compile(r"\d(?:[ -]?\d){9,}")
YEARS_RUN = re.compile(r"(?:(?:19|20)\d\d[ -]?)+")  # "2019 2020 2021": years, not a number to call
EMAIL_DOMAIN = re.compile(r"[\w-]+\.\w")
SIGNATURE_LINES = 2  # lines above a contact line that may sign it: a name, a job title
SIGNATURE_MIN_WORDS, SIGNATURE_MAX_WORDS = 2, 8
CONTACT_LINE_MAX_WORDS = 16
ASIDE_MARKS = ("(", ", who ", " – ", " — ", " - ")
DASH_ASIDE = re.compile(r"\s(?P<dash>[–—-])\s(?P<inside>[^–—()]{1,60}?)\s(?P=dash)\s")
# A relative clause between commas, whose cues are its own: "The successful candidate, who must hold SC clearance,".
WHO_ASIDE = re.compile(r",\s*who\b[^,;()]*,")
LABEL = re.compile(r"^[^\W\d][\w' –-]{0,30}:\s*")  # "Daily work: ", "Your day: "
# A bare name in a list, which a wish closing the list is for too: "AWS", "Azure or GCP", "Power BI".
BARE_NAME = re.compile(r"[\w.+#/-]+(?:\s+[\w.+#/-]+){0,2}")
# Words that make a list item a requirement of its own kind: "CSCS card", "ACCA qualified", "fluent German".
QUALIFIER_WORDS = re.compile(
    r"\b(?:qualified|registration|registered|licen[cs]e|card|fluent|years?|degree|certificate|certified)\b"
)
# Words that open a list without making its first item one of a kind: "Experience with React, Vue or Angular
# helpful", "Qualifications: ACCA, CIMA or AAT welcome".
LEAD_IN = re.compile(
    r"^(?:[\w ]{1,25}:\s*)?(?:(?:good|some|strong|solid|working|previous)\s+)?"
    r"(?:(?:experience|knowledge|familiarity|understanding|exposure)\s+(?:with|of|in|to|using)\s+)?"
)
# What may open a clause that goes on with the subject of the clause before it: "but is", "but it's".
NO_SUBJECT = re.compile(r"^\W*(?:but|though|although|however|and)?\s*(?:it\s+|it['’]s\s+|they\s+)?(?:is|are|['’]s)?\s*")
TRAINING_INCLUDES = re.compile(r"\b(?:training|induction|train you|trained)\b[^.;]{0,60}?\bincluding\b")
# A list item after a cue is short and says nothing of its own: "dbt and Airflow", not "so you can focus on sales".
LIST_ITEM_MAX_WORDS = 6
NO_LIST_ITEM = re.compile(
    r"\b(?:you|we|i|will|would|is|are|must|should|can|but|so|to|need|needed|required|essential|which|who)\b|['’]ll"
)
# Where a clause ends, for the reach of a "not needed" cue.
CLAUSE_BREAKS = re.compile(
    r"\b(?:" + "|".join((*CONTRAST_WORDS, "if", "unless", "as long as", "provided")) + r")\b|"
    # "and to" opens a task of the job's own: "You will learn to use our WMS and to lead a team of 15" (as "learn to
    # lead a team" is the job's, see NOT_NEEDED_BEFORE)
    r"\band (?=you|we|must|should|have|be|to (?:lead|manage|be|become|handle|deal)\b)\b|[;,]|\s[-–—/|]\s"
)
# What the job gives is no requirement after "you will have": "the opportunity to learn Kotlin", "access to
# Pluralsight", "the advantage of gaining leverage from our Finance organisation", "a challenging and independent job
# in a very dynamic environment with both suits and welding masks".
NOT_GIVEN = (
    r"(?!\s+(?:the\s+|plenty of\s+|lots of\s+|many\s+)?(?:opportunit\w*|chances?|possibilit\w*|freedom|access|"
    r"support|option|autonomy|flexibility|budget|time|room|scope|advantage)\b)"
    r"(?!\s+(?:an?|the|your own)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:job|role|position|post|career|workplace)\b(?!-))"
)
REQUIRED_CUES = re.compile(
    r"\b(must|required|requires?|requirement|essential|mandatory|need to have|needs to have|you will need|"
    r"(?:is|are) (?:important|vital|crucial|key|critical)"
    r"(?=\s*(?:$|[.;,!)]|(?:for|in|to) (?:the|this) (?:role|position|job|post)\b))|"
    # not in a condition ("If you need training in Xero, we offer courses"), nor "need not", "need no"
    r"you'll need(?<!if you'll need)|you need(?<!if you need)(?<!should you need)(?!\s+(?:not|no)\b)|"
    r"(?:applicants|candidates|the (?:successful )?(?:candidate|applicant)) (?:will )?needs?\b(?!\s+(?:not|no)\b)|"
    r"(?:you have|you'll have|you will have)" + NOT_GIVEN + r"|proven|demonstrable|strong(?<!-strong)|"
    r"solid|"
    r"(?:prerequisite|pre-requisite|precondition)(?!\s+for\s+(?!(?:this|the)\s+(?:role|post|position|job|appointment)))|"
    r"condition of (?:all |the |your |any )?(?:employment|appointment|placements?|engagement|the (?:role|post|offer))|"
    r"(?:holders?|applicants|candidates|registered\s+[a-z-]+)\s+only|"
    r"should (?:already )?be (?:confident|proficient|competent|experienced|fluent|able|held|qualified|registered)|"
    # "I'm looking for someone with real bread making experience"
    r"(?:looking for|need|want|seeking)\s+(?:someone|somebody|a person|people|candidates|applicants)\s+with|"
    # not of pay: "a minimum of DKK 300,174 per year", "at least £28,000", "minimum wage"
    r"(?:minimum|at least)(?!\s+(?:of\s+)?(?:[£€$]|(?:pln|eur|gbp|chf|sek|dkk|usd|wage|salary|pay)\b))|"
    r"extensive|expert|"
    r"will need to|needs? to (?:hold|have|be|possess)|"
    # "Applicants should hold an MA in History", "The successful candidate will hold a PhD in Economics"
    r"should (?:already )?(?:hold|have|possess)" + NOT_GIVEN + r"|"
    r"(?:candidate|applicant|post ?holder|postholder|job ?holder|appointee)s? (?:will|shall) (?:already )?"
    r"(?:hold|have|possess)" + NOT_GIVEN + r"|"
    r"you(?:['’]ll| will) be (?:a |an )?(?:fully |suitably |appropriately )?"
    r"(?:qualified|chartered|registered|certified|licensed|accredited)|"
    # the person sought, by what they must have: "a backend engineer who has built services in Go", "The engineer we
    # hire will have 3-5 years", "We need someone who already knows Flutter"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?!(?:client|patient|customer|child|resident|pupil|student|user|family|young)\w*\s)"
    r"\w+\s+who\s+(?:already\s+|genuinely\s+|really\s+|actually\s+)?(?:has|holds|knows|can)|"
    r"we(?:['’]re)?\s+(?:hire|appoint|recruit)\s+will\s+have|"
    r"(?:someone|somebody|a person|people|candidates|applicants|individuals?) who (?:already )?(?:knows?|has|have|"
    r"holds?|speaks?|can))\b"
)
# More wordings of a requirement, rarer: searched only when one of `REQUIRED_MORE_ANCHORS` holds (a longer
# `REQUIRED_CUES` would slow every sentence). Who alone is considered: "non-negotiable", "To be considered, you'll
# be HCPC registered", "Please only apply if you hold a Personal Licence", "We only shortlist people whose reel shows
# After Effects", "we can't consider applications without it"; plainer and non-native wordings: "Is obligatory have
# CELTA", "Necessary knowledge of Sage 50", "Gotta have 18th Edition", "You need be certified", "ELECTRICAL
# QUALIFICATION IS MUST", "No exceptions on the above"; what the reader has already: "You'll hold CeMAP before you
# start", "you'll already be comfortable operating Kubernetes", "You're fluent in InDesign".
REQUIRED_CUES_MORE = re.compile(
    r"\b(?:non-negotiable(?! for us)|to be considered|only apply if|(?:we )?only (?:shortlist|consider|interview|"
    r"accept)|only able to (?:consider|accept)|(?:is|are) what we (?:really |most )?(?:need|want|look for)|"
    r"only (?:[\w-]+ ){1,4}need apply|"
    r"obligatory|compulsory|necessary (?:knowledge|skills?|experience|qualifications?)|"
    r"(?<!not )(?:is|are) (?:absolutely )?necessary(?! (?:to|for|in order))|gotta have|got to have|"
    r"you need be|is must|no exceptions|(?:can['’]t|cannot|could not|couldn['’]t) do without|"
    r"you(?:['’]re| are) (?:already )?(?:fully )?(?:[\w-]+ ){0,2}?(?:registered|qualified|certified|licensed)|"
    r"(?:can['’]t|cannot|won['’]t|will not|unable to|not able to) (?:consider|accept|shortlist) (?:any )?"
    r"(?:applications?|applicants|candidates|anyone|people)\b[^.;]{0,40}\bwithout|"
    r"(?:hold|have|need|complete|obtain|pass)\b[^.;]{0,60}\bbefore you start|"
    r"you(?:['’]ll| will) already (?:be|have|hold|know|possess)|"
    r"you(?:['’]re| are) (?:fluent|proficient|expert|experienced|skilled) (?:in|with|at))\b|"
    r"^\W*necessary\s*:"
)
REQUIRED_MORE_ANCHORS = (
    *("non-negotiable", "considered", "consider", "only ", "what we", "obligatory", "compulsory", "necessary"),
    *("gotta", "got to", "need be", "is must", "exceptions", "do without", "you're", "you’re", "you are"),
    *("before you start", "already"),
)


def requires(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether characters [start, end) of a (lower-case) text hold a cue of a requirement."""
    end = len(text) if end is None else end
    if REQUIRED_CUES.search(text, start, end) is not None:
        return True
    return holds_any(text[start:end], REQUIRED_MORE_ANCHORS) and REQUIRED_CUES_MORE.search(text, start, end) is not None


# Words that make a count of years one of experience, whatever words of a post come before it.
EXPERIENCE_WORDS = re.compile(
    r"\b(experience\w*|exp|background|track record|proficien\w*|knowledge|expertise|hands-on|post-qualification|pqe|"
    r"in (?:a|an) [\w/ -]{1,30}(?:role|position|capacity))\b"
)
# What comes right before a count of years that measures the post, not the person: "The position is for 3
# years", "The period of employment is 3 years", "for a period of three years", "Tenure: Three years", "a fixed
# term of three years". Only where no experience word comes first ("Experience in a teaching post for 2 years").
DURATION_BEFORE = re.compile(
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
DURATION_REACH = 80  # characters before a count of years read for a duration
# What follows a count of years that measures the post: "a 2 year fixed term contract", "a 3-year apprenticeship".
DURATION_AFTER = re.compile(
    r"\s*(?:\+\s*)?(?:of age|old)\b"  # an age: "18 years of age"
    r"|[\s-]*(?:fixed[- ]term|contract|post|position|appointment|programme|program|course|apprenticeship|"
    r"placement|secondment|scholarship|fellowship|studentship|stipend|grant|warranty|lease|period|term|project)\b"
)
# Characters around a skill read for its years: the years sit at most a few words away, with what comes before
# them (a duration's words).
YEARS_PREFIX_REACH = 200
YEARS_SUFFIX_REACH = 60
OPEN_ENDED_YEARS = re.compile(
    r"(?:\b" + NUMBER + r"\s*(?:\+|or more|plus)|\+\s*" + NUMBER + r")\s*(?:years?|yrs?)\b"
    r"|\b" + NUMBER + r"\s*(?:years?|yrs?)\s*(?:\+|plus\b)"
)
# Years that the job gives or fills, not that the person brings: "You will receive 3 years of ACCA training",
# "you'll spend 2 years with our data science team", "We will fund 3 years of study".
# The same verbs right before the skill: "you will study plumbing for 3 years".
JOB_GIVES_SKILL = re.compile(
    r"\b(?:you\s+will|you['’]ll|we\s+will|we['’]ll)\s+(?:then\s+|also\s+)?(?:study|train in|learn|teach|gain)\s+$"
)
JOB_GIVES_BEFORE = re.compile(
    r"\b(?:you\s+will|you['’]ll|we\s+will|we['’]ll|you\s+would|you['’]d)\s+(?:then\s+|also\s+|initially\s+)?"
    r"(?:receive|get|gain|spend|complete|undertake|study|train|learn|enjoy|teach|serve|fund|provide|offer you|"
    r"give you|pay for|sponsor|support you through)\s+"
    r"(?:\w+\s+)?(?:up to\s+|over\s+|about\s+|around\s+|a further\s+|another\s+|your first\s+|the first\s+)?$"
)
# Required cues that praise an organisation as well as ask of a person: "a strong commitment to research", "a
# strong reputation for implant dentistry", "a strong network of partners". Before words of a person's
# competence they ask ("Strong grounding in econometrics", "solid bookkeeping").
PRAISE = re.compile(
    r"\b(?:strong|solid|extensive)\s+(?:\w+\s+)?(?=(?:reputation|commitment|network|presence|brand|growth|"
    r"culture|heritage|position|relationships?|portfolio|values|focus|financials?|balance sheet|order book|"
    r"client base|customer base|community|partnerships?|history|foundations?|fundamentals|investment|backing|"
    r"pipeline|market share|record|research|links|ties|tradition|collaborations?|connections|standing|profile|"
    r"legacy|roots|footprint|following|groups?)\b)"
)
# "X is key", "X are important": a requirement in a list, a statement in a description of the setting.
IMPORTANCE = re.compile(r"\b(?:is|are) (?:important|vital|crucial|key|critical)\b(?=\s*(?:$|[.;,!)]|(?:for|in|to)\b))")
# A lighter ask: a wish outside a requirements list, still a requirement inside one ("Essential: familiarity
# with Git").
LIGHT_CUES = re.compile(
    r"\b(familiarity with|familiar with|exposure to|awareness of|some experience|basic knowledge|basic "
    r"understanding|an interest in|interest in|appreciation of|willingness to learn)\b"
)
YEARS = re.compile(r"\b" + YEARS_COUNT + r"\b")
PLUS_AFTER_YEARS = re.compile(r"^\s*(?:\+|plus\b)")
# What joins a count of years to the skill after it: "5 years of Python", "3 years' Xero", "2 years with AWS",
# "4 years as a Java developer", "3 years commercial experience in Go".
YEARS_LINK = re.compile(
    r"\s*(?:['’]|of\b|with\b|in\b|as\b|using\b|on\b|experience\b|exp\b|working\b|developing\b|programming\b|"
    r"writing\b|building\b|commercial\b|professional\b|hands-on\b|industry\b|relevant\b|practical\b|"
    r"post-qualification\b|pqe\b)"
)
# Any figure, or a number word standing alone ("2nd line", "100", "two"; not the "one" in "components").
ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b")
# Years written right after the skill: "Python (5+ years)", "Python: 4 years", "Java (minimum 3 years)",
# "Python | 5+ years" (a table row), "UX researcher with two years' industry experience", "Data engineer and backend
# developer with six years of experience".
YEARS_AFTER = re.compile(
    r"^\s*[(:|\-–—]?\s*(?:for\s+|minimum\s+|min\.?\s+|at least\s+|over\s+"
    # a licence held that long: "Full UK driving licence held for at least 3 years"
    r"|held\s+for\s+(?:at least\s+|a minimum of\s+|minimum\s+|over\s+|more than\s+)?"
    # or after the other half of a pair the years are said of: "Data engineer and backend developer with six years"
    r"|(?:(?:and|&)\s+(?:[\w-]+\s+){1,3}?)?with\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?)?"
    + YEARS_COUNT
    # Not when they lead on to another skill ("Python (3 years of Django)"), but on to the post ("Service Delivery
    # Manager with 2 years in the role").
    + r"\b(?!['’]?\s*(?:experience\s+|exp\s+)?(?:of|with|in|using)\b"
    r"(?!\s+(?:experience|exp|(?:the|this|that|my|a similar)\s+(?:role|job|post|position)|post)\b))"
)
REQUIRED_SECTIONS = frozenset({"requirements", "qualifications"})
# A sentence about the employer speaks of "we" or "our" and neither to the reader nor of what the job needs.
EMPLOYER_WORDS = re.compile(r"\b(we|we're|we’re|we've|we’ve|our|ours|us)\b")
ASKING_WORDS = re.compile(
    r"\b(you|your|you're|you’re|you'll|you’ll|you've|you’ve|yourself|candidates?|applicants?|experience|experienced|"
    r"knowledge|ability|able|skills?|degree|required|requirements?|must|should|proficien\w*|familiar\w*|"
    r"understanding|background|expertise|qualifications?|looking for|searching for|seeking|ideally|"
    r"(?:a|big|huge|real|added) plus|"
    r"we hire|we appoint|(?:is|are)\s+(?:\w+\s+)?(?:mandatory|essential|a must|a prerequisite)|"
    r"" + WISHED_BONUS + r"|want|needs?|hiring|desirable|advantageous|beneficial|nice to have)\b"
)
# Rarer asking words, searched only when one of their anchors holds: who alone is considered, and a hiring headline
# ("Therapist needed for our spa in Harrogate", "Chef wanted").
ASKING_WORDS_MORE = re.compile(
    r"\b(?:non-negotiable|to be considered|only apply|only (?:shortlist|consider|interview|accept)|"
    r"consider (?:any )?(?:applications?|applicants|candidates)|do without)\b|"
    r"^\W*(?:[\w&/'-]+ ){1,4}(?:needed|wanted)\b"
)
ASKING_MORE_ANCHORS = ("non-negotiable", "considered", "only ", "consider", "do without", "needed", "wanted")


def asks(text: str) -> bool:
    """Whether a (lower-case) text holds a word that asks something of the reader (`ASKING_WORDS`)."""
    if ASKING_WORDS.search(text) is not None:
        return True
    return holds_any(text, ASKING_MORE_ANCHORS) and ASKING_WORDS_MORE.search(text) is not None


# Words that make a sentence ask for something wherever it stands ("Knowledge of UI/UX" under a heading read as
# Benefits).
STRONG_ASKING_WORDS = re.compile(
    r"\b(experience(?<!lived experience) (?:with|in|of)|knowledge (?:of|in)|skills? in|ability to|degree in|required|"
    r"must|proficien\w*|familiar\w*|background in|expertise in|qualifications?)\b"
)
# Cues that require whatever the heading above says: "Must have: retail experience" under "Good to have:".
HARD_REQUIRED = re.compile(r"\b(?:must|essential|required|mandatory|prerequisite)\b")
# The employer offering the reader something, under any heading: "We offer a salary of £90k, equity and a generous
# conference budget", "We will support you with a £1,000 CPD budget", "Benefits include a defined benefit pension".
OFFER_STATEMENT = re.compile(
    r"^\W*(?:(?:in return|in addition|also|and),?\s+)?(?:we|we['’]ll)\s+(?:will\s+|can\s+|also\s+)?"
    r"(?:offer|support you with|give you|provide you with)\b|"
    r"^\W*(?:(?:the|our)\s+)?(?:benefits|perks)\s+(?:include|are)\b",
    re.IGNORECASE,
)
# The person an ad asks something of.
APPLICANT = re.compile(
    r"\b(?:you|your|applicants?|candidates?|the (?:successful )?(?:candidate|applicant|post ?holder|person))\b"
)
# A sentence that gives the reader a duty: "You'll write Go and deploy to Kubernetes"; not what they will have or be.
DUTY_STATEMENT = re.compile(
    r"^\W*you(?:['’]ll| will)\s+(?:also\s+)?"
    r"(?!(?:have|need|bring|hold|be|already|ideally|know|possess|want|love|enjoy|get|receive)\b)[a-z]"
)
# Words that ask the reader for something: "You will need strong Excel", "SQL is essential".
READER_ASKED = re.compile(
    r"\b(?:you(?:['’]ll| will)? need|you should have|you must|essential|(?:is|are|would be) desirable)\b"
)
# Sections where every line asks or describes the job, whatever its wording ("Our stack: Python" under
# Requirements; "We write Java" under The role).
ASKING_SECTIONS = frozenset(
    # In an ad, Experience, Education, Certifications and Languages headings list what the job needs.
    {"requirements", "qualifications", "preferred", "skills", "responsibilities", "role"}
    | {"experience", "education", "certifications", "languages"}
)
# Sections that list what the candidate brings, where an organisation's noun after a skill asks for experience
# of it ("Worked in a B2B SaaS company").
CANDIDATE_SECTIONS = ASKING_SECTIONS - {"role", "responsibilities"}
# Where a sentence describing the setting is still a request. The role is not one: whole ads sit under "Job
# description", company introductions included.
SETTING_ASKING_SECTIONS = ASKING_SECTIONS - {"role"}
# A sentence that addresses no one, asks nothing and gives no duty describes the setting: the employer, its
# products, a department, a research project ("The department is well equipped for mass spectrometry and cell
# biology"). Beyond the asking words (the reader, candidates), words of the person sought or of the job keep a
# sentence a request.
ADDRESSING_WORDS = re.compile(
    r"\b(he or she|person|successful|ideal|individual|incumbent|hire|role|position|job|responsib\w*|tasks?|duty|"
    r"duties|day[- ]to[- ]day|entails?|involv\w*|requires?|expected|will|join|the work|post ?holder|post-holder|"
    r"job ?holder|"
    r"(?:people|someone|anyone|those) who)\b"
)
# The person in the job, as the subject of a duty, beyond the role nouns of the lexicon ("The Research Software
# Engineer will develop ...", read from the tokens): "the postholder will", "our new team lead will".
JOB_HOLDER = re.compile(
    r"\b(?:the (?:post ?holder|job ?holder|successful candidate|successful applicant|role|position)|you|"
    r"(?:the|our new|our next) (?:[\w-]+ ){0,3}lead)\b"
)
# The person in the job named by the post, which makes a sentence the job's only together with words that take up
# what it names (`TAKEN_UP`): "the technician in this post loads it", "whoever fills this post will be out with the
# GNSS kit"; not "this vacancy is for a Receptionist" after what a sister company does.
POST_HOLDER = re.compile(
    r"\bthis (?:[\w-]+ ){0,2}(?:post|role|position|job)\b|\bwhoever (?:fills|takes|gets)\b|"
    r"\b(?:the|our new) (?:[\w-]+ ){1,2}we (?:appoint|hire)\b"
)
# How far after "this" or "our new" the role noun of the job holder may stand: "This Network Engineer".
ROLE_NOUN_REACH = 3
# Words of a sentence that take up what the sentence before it named, as the job's: "Harbour Lane runs on EMIS Web.
# As our new Prescription Clerk you'll process repeat requests through it", "... you'll be working in that codebase
# every day", "This Network Engineer owns our WAF rules, caching config and DNS there."
TAKEN_UP = re.compile(
    r"\b(?:through|with|in|on|into|using|use|uses|maintain|maintains|run|runs|own|owns|support|supports|"
    r"administer|administers|configure|configures|load|loads) (?:it|them)\b|"
    r"\b(?:that|this) (?:codebase|system|platform|stack|software|tool|product)\b|\bthere\W*$"
)
# Words that point back to what an earlier part of a sentence named: "Our developers use Python; experience with
# these is essential".
BACK_REFERENCE = re.compile(r"\b(?:it|these|them|both|either|this)\b(?!\s+(?:role|position|job|post|team|company))")
# Words that say whom the employer hires, beyond the asking words ("hiring", "looking for"): "Applications are
# invited from Salesforce administrators", "Calling all React developers".
HIRING_WORDS = re.compile(
    r"\b(recruiting|wanted|vacanc\w*|openings?|appl(?:y|ications?|icants?)|invit\w+|calling all|is looking|"
    r"are looking)\b"
)
# Other vacancies of the employer, named in passing: "We're also hiring a Senior Rust Engineer", "Other open roles:
# Data Engineer (Databricks)".
OTHER_JOBS = re.compile(
    r"\b(?:also|currently also)\s+hiring\b|(?:^\W*|\b(?:our|see)\s+)other\s+(?:open\s+|current\s+|live\s+)?"
    r"(?:roles|positions|vacancies|jobs|openings)\b|\bother\s+(?:open|current|live)\s+(?:roles|positions|vacancies|"
    r"jobs|openings)\b|\b(?:sister|other|another|partner|separate)\s+(?:team|office|company|department|squad|"
    r"business)\b[^.;]{0,60}?\bhiring\b|"
    r"\bsee (?:our|the) (?:separate )?(?:[\w-]+\s+){0,3}?(?:listing|advert|ad|vacancy|posting|opening)\b|"
    # "A companion post in Bioinformatics is advertised separately", "please apply separately for those posts"
    r"\b(?:companion|sister) (?:post|role|position|vacancy)\b|\badvertised separately\b"
)
SENTENCE_END = re.compile(r"[.!?]\s")
# The post the ad is for, named or addressed: "for this role", "is that you?".
THIS_POST = re.compile(
    r"\bthis (?:role|position|post|job|vacancy|opening)\b|\bis (?:that|this) you\b|\bsounds? like you\b"
)
# "also looking for a/an ...": read as another vacancy when a post's title follows (`_names_a_post`).
ALSO_SEEKING = re.compile(
    r"\balso\s+(?:looking for|recruiting|seeking|searching for|advertising for|after)\s+"
    r"(?:(?:an?|two|three|several|some)\s|(?=freelance|contractors?\b))"
)
# Groups of workers hired as one, which name a post as a role noun does: "also after an experienced brickwork gang".
WORKER_GROUPS = frozenset({"gang", "gangs", "crew", "crews", "freelancer", "freelancers", "contractor", "contractors"})
POST_NAME_REACH = 40  # characters
# Role nouns that name the same post in ads: "Full Stack Developer ... an engineer who knows GraphQL".
SAME_POSTS = {"engineer": "developer", "programmer": "developer", "coder": "developer"}
# A sentence speaks of other people, not of the job, only at this length: "Java Developers x3" is a title.
COLLEAGUES_MIN_WORDS = 6
# Words that say whom a job works with, and the words a list of those people may hold before the role.
COLLEAGUE_LINKS = frozenset({"with", "alongside", "among", "amongst"})
PEOPLE_LIST_WORDS = frozenset(
    {
        ",",
        "(",  # "with backend engineers (Python, Go), product managers"
        ")",
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
    # People the job serves, listed with colleagues: "explaining treatment plans to homeowners and site managers".
    | {"homeowners", "residents", "tenants", "landlords", "parents", "carers", "families", "visitors", "guests"}
    | {"customers", "clients", "patients", "members", "public", "stakeholders", "contractors", "suppliers"}
)
COLLEAGUE_REACH = 8
# Words before people, or before a determiner and one person, that make them someone the job works with, for or
# to: "with analysts", "report to the Project Manager", "supporting business analysts", "explain it to a product
# manager". Not "for" alone: "We are looking for developers" seeks the post.
LINKS_TO_SOMEONE = COLLEAGUE_LINKS | frozenset(
    {"to", "into", "by", "support", "supports", "supporting", "supported", "assist", "assists", "assisting"}
    | {"assisted", "help", "helps", "helping", "helped", "deputise", "deputising", "deputize", "deputizing"}
)
# Determiners before one person's title when it may be someone else's ("to the Project Manager", "to a product
# manager"); after "for", only a definite one is someone else ("deputise for the General Manager"; "looking for
# a Project Manager" seeks the post).
DEFINITE_DETERMINERS = frozenset({"the", "our", "their", "his", "her"})
INDEFINITE_DETERMINERS = frozenset({"a", "an"})
# A job title asks for what the reader is to be only after these within reach (see `asks_to_be` in requirements).
TITLE_CUE_REACH = 6
TITLE_QUALIFIERS = frozenset(
    {"qualified", "registered", "chartered", "certified", "licensed", "accredited", "served", "experienced"}
)
TITLE_QUALIFICATION_NOUNS = frozenset(
    {"certificate", "certification", "qualification", "training", "licence", "license", "registration"}
    | {"status", "experience", "background", "associate"}  # "Solutions Architect Associate level knowledge"
)
TITLE_BE = frozenset({"be", "being", "been", "'re", "’re"})
TITLE_STOP_WORDS = frozenset(
    {"for", "to", "with", "of", "the", "our", "their", "your", "his", "her", "by", "from", "in", "on", "at"}
    | {"is", "are", "was", "were", "we", "they", "who", "that", "this", "new", "next", "hiring", "seeking"}
)
# Determiners after which a participle describes people: "our visiting therapists", "the assigned Project Manager".
PEOPLE_DETERMINERS = DEFINITE_DETERMINERS | INDEFINITE_DETERMINERS | frozenset({"your", "other"})
# Words after a title that make it the name of the post: "for the Data Analyst role".
POST_WORDS = frozenset({"role", "roles", "position", "positions", "post", "posts", "job", "jobs", "vacancy", "opening"})
# Words before "our" that make the team or the people the job's own: "join our Data team", "lead our developers".
OWN_TEAM_BEFORE = frozenset(
    {"join", "joining", "joins", "lead", "leading", "manage", "managing", "head", "heading", "run", "running"}
    | {"build", "building", "grow", "growing", "of", "in", "within", "into", "on", "become", "mentor", "mentoring"}
)
# Words before "with" that make what follows the fields of colleagues ("collaborate with design and QA", "work
# closely with finance", "partnering with marketing"), as prefixes of the lower-case word.
COLLABORATION_WORDS = ("collaborat", "closely", "partnering", "liais")
TEAM_NOUNS = frozenset({"team", "teams", "department", "squad", "function", "colleagues"})
# Words that count or own people in the plural: others than the person sought.
PEOPLE_COUNTERS = frozenset(
    {"our", "its", "their", "other", "many", "several", "some", "all", "hundreds", "thousands", "dozens", "of"}
)
# Role nouns that name people a job serves, or software, rather than colleagues: "working with SEN students",
# "device drivers".
NOT_COLLEAGUES = frozenset({"student", "trainee", "apprentice", "candidate", "intern", "driver"})
# Common verbs that open an imperative duty but are no action verbs of their own ("Be an advocate for users").
IMPERATIVE_OPENERS = frozenset({"be", "have", "take", "get", "keep", "make", "stay", "show", "bring", "give"})
# Relative clauses said of colleagues ("the Transport Manager, who holds ..."): the nouns beyond role nouns that
# name them, the words before them that make them others or the person sought, and where the clause ends.
# Colleagues who are no group the writer may belong to: "The Head manages the SEN budget" (not "The team managed").
SINGLE_COLLEAGUES = frozenset(
    {"manager", "lead", "controller", "head", "partner", "vp", "cto", "ceo", "cfo", "coo", "cio"}
)
COLLEAGUE_NOUNS = frozenset(
    {"team", "colleague", "colleagues", "staff", "manager", "lead", "partner", "partners", "controller", "head"}
    | {"vp", "cto", "ceo", "cfo", "coo", "cio", "ciso", "founder", "cofounder", "co-founder", "director"}
    | {"trustee", "trustees", "principal"}
    # trades that do the work in the passive ("CNC router is run by our machinist"); not role nouns, which would make
    # "CNC Machinist" a post's name and drop the skill from an ad whose title is its only mention
    | {"machinist", "machinists", "setter", "setters"}
)
COLLEAGUE_BEFORE = frozenset(
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
# The writer's watching of others' work, in a CV (skillgap.nlp.requirements `_watched_clauses`): "Shadowed the
# security team", "Observed our OT colleague setting up ...". The verb must have people as its object, within
# WATCHED_REACH words: "observed infection control procedures" keeps to them, "a paid shadowing week" is training.
WATCHING_VERBS = frozenset(
    {"shadowed", "shadowing", "observed", "observing", "accompanied", "accompanying", "watched", "watching"}
)
# Or events that others run, which a watcher sits in on: "Observed paediatric ENT lists", "Observed two Crown Court
# hearings", "watched a ward round" (not "observed lessons" or "observed sessions", which an assessor or supervisor
# does).
WATCHED_EVENTS = frozenset(
    {"list", "lists", "clinic", "clinics", "surgery", "surgeries", "operation", "operations", "consultation"}
    | {"consultations", "hearing", "hearings", "round", "rounds", "delivery", "deliveries", "trial", "trials"}
)
# Or, further on in its clause, whom the writer watched with: "Observed SMETA audits at two factories alongside our
# Ethical Trading Manager", "Observed SSI data changes with the testing team".
ALONGSIDE = frozenset({"alongside", "beside", "with"})
# After "sat with" someone, what makes it watching: "to see how month-end accruals are done".
TO_SEE_IT_DONE = re.compile(r"\bto (?:see|watch|observe|learn) (?:how|what|them|her|him)\b")
WATCHED_ALONGSIDE_REACH = 10
# A substring that every clause of watching holds: a sentence without one watches nothing.
WATCHED_ANCHORS = (
    *("shadow", "observ", "ccompan", "watch", " in on ", "sat with", "sitting with", "scribe"),
    *("assisted", "assisting", "helped", "helping"),
)
# Helping a colleague with the work, in a CV, is not doing it: "Assisted our freelance gilder with water gilding".
# The verb's object is one person of a trade or a colleague (a profession's ending, a role noun, an agent noun in
# "-er"), after a determiner, with the work after "with" or "on"; not the people the writer serves ("Assisted
# customers with returns" is the writer's own work).
ASSISTING_VERBS = frozenset({"assisted", "assisting", "helped", "helping"})
ASSISTED_DETERMINERS = frozenset({"our", "the", "a", "an", "my", "their"})
ASSISTED_WORK_LINKS = frozenset({"with", "on"})
ASSISTED_REACH = 4  # words from the verb to the person: "Assisted our freelance gilder with"
# Nouns after "observation" that make a visit to watch: "two observation days", "an observation shift".
OBSERVATION_NOUNS = frozenset({"day", "days", "visit", "visits", "shift", "shifts", "placement", "week"})
WATCHED_REACH = 5
# Where a clause of watching starts (after the writer's own clause: "Completed the Care Certificate and shadowed
# ...") and where it ends ("...; now run ...", ", but now ..."): not at a dash, which leads from a heading to the
# writer's part in it ("Cisco ISE rollout - shadowed the security team").
WATCHED_CLAUSE_START = re.compile(r"[;!?,]|\.(?!\w)|\s(?:and|but|then|before|later|now)\s")
WATCHED_CLAUSE_END = re.compile(
    r"[;!?]|\.(?!\w)|,?\s+(?:but|then|and then|before|later|now)\s"
    # the writer's own deed after it: "Accompanied senior surveyors on inspections and took on my own caseload"
    r"|\s+and\s+(?:[a-z]+ed|took|ran|led|did|wrote|built|made|gave|began|became)\b"
)
# What the writer of a CV passes on to others to do (skillgap.nlp.requirements `_handed_over_clauses`, which reads
# these patterns on the sentence in lower case): "Refer customers to our protection specialist for life cover",
# "passes RDM queries to another team". Not "hand over", which is the writer's own task.
HANDED_OVER = re.compile(
    r"\b(?:refer|refers|referred|referring|pass|passes|passed|passing)\b(?P<what>[^.;]{0,60}?)\bto\s+"
    r"(?:our|the|a|an|another|their|my)\s+(?:[\w&/'’-]+\s+){0,3}?(?:teams?|specialists?|department|dept|"
    r"colleagues?|experts?|advisers?|advisors?|managers?|solicitors?|engineers?|physiologists?|seniors?)\b"
    r"(?P<for>\s+for\b)?",
)
# What is handed over as a request, not as the writer's own work ("pass RDM queries to another team"; "Passed VAT
# returns to the senior accountant for review" hands over the writer's own work).
HANDED_OVER_REQUESTS = re.compile(
    r"\b(?:quer(?:y|ies)|enquir(?:y|ies)|questions?|requests?|cases?|issues?|referrals?|anything|everything)\b",
)
HANDED_OVER_ANCHORS = ("refer", "pass", " go ", " goes ", " went ", " sent ", " handed ")
# What goes to another team, said of its subject: "Inward processing and customs warehouse entries go to our special
# procedures team".
GOES_TO_ANOTHER_TEAM = re.compile(
    r"\b(?:(?:go|goes|went)\s+(?:straight\s+)?|(?:get|gets|got|are|is|were|was)\s+(?:referred|passed|sent|handed)\s+"
    r"(?:on\s+)?)to\s+(?:our|the|a|an|another)\s+(?:[\w&/'’-]+\s+){0,3}?"
    r"(?:teams?|department|dept|firms?|specialists?|partners?|agency|agencies|contractors?|providers?|solicitors?)\b",
)
# What the writer of a CV hopes to do next, not what they have done (skillgap.nlp.requirements `_hoped_for_clauses`):
# "Now looking for my first full supervisory role", "keen to develop into medical optometry", "hoping to move into
# data engineering". The wish must lead to something new (a first role, a move, a step, a thing to gain or learn):
# "looking for a role where I can use my SQL" and "keen to develop my Python further" say the writer has them, and
# "eager to learn" is itself the willingness to learn that ads ask.
HOPED_FOR = re.compile(
    r"\b(?:looking|hoping|seeking|keen|eager|want|wanting|would like|aiming|aim|aspiring|aspire|ready)\b"
    r"[^.;!?]{0,40}?\b(?P<wish>my first|a first|(?:move|moving|step|stepping|get|getting|break|breaking|transition"
    # (a word or two before "into": "I want to move full time into entertainment rigging")
    r"|transitioning)(?: [\w-]+){0,2}? into|(?:step|stepping) up (?:to|into)"
    r"|(?:progress|progressing|develop|developing)(?: further)? (?:into|towards)"
    r"|(?:gain|gaining|get|getting) (?:experience|exposure|knowledge) (?:in|of|with)"
    # a qualification still to get: "I want to ... get my NRC", "hoping to gain a CSCS card"
    r"|(?:get|getting|gain|gaining|obtain|obtaining|earn|earning|achieve|achieving) (?:my|an?)"
    r"|become|becoming|(?:train|training|retrain|retraining|qualify|qualifying) (?:as|in))\b"
)
HOPED_FOR_ANCHORS = ("look", "hop", "seek", "keen", "eager", "want", "would like", "aim", "aspir", "ready")
# Where the wish ends, besides a clause's end: at a reason or a fact said of the writer ("I want to move into
# children's residential care because the youth work side is what I've enjoyed most"), at a line's end, and within
# HOPED_FOR_REACH characters (a run-on paragraph has no clause ends).
HOPED_FOR_END = re.compile(r"\n|\s(?:because|since|as|having|after|which|given)\s")
HOPED_FOR_REACH = 80
SOUGHT_BEFORE = frozenset(
    {"a", "an", "for", "be", "become", "are", "is", "hire", "hiring", "seeking", "recruiting", "want", "need", "you"}
    | {"successful", "ideal", "new"}
)
CLAUSE_END = re.compile(r"[,;.!?]|\s[–—-]\s")
CLAUSE_END_NOT_COMMA = re.compile(r"[;.!?]|\s[–—-]\s")
# Where what a colleague does ends: a clause's end, or the writer's own clause ("The FC prepared the statutory accounts
# and I did the payroll").
COLLEAGUE_CLAUSE_END = re.compile(r"[,;.!?]|\s[–—-]\s|\s(?:and|but|while|whereas)\s+i\b")
SOUGHT_NOUNS = frozenset(
    {"candidate", "candidates", "applicant", "applicants", "person", "individual", "postholder", "jobholder", "hire"}
)
_COLLEAGUES_TASK_VERBS = (
    r"handles|handled|owns|owned|looks after|looked after|takes care of|took care of|deals with|dealt with|"
    r"(?:is|was) responsible for|manages|managed|prepares|prepared|runs|ran|signs off|signed off|designs|designed|"
    r"negotiates|negotiated|pulls|pulled"
)
_A_COLLEAGUES_TASK = rf"(?:{_COLLEAGUES_TASK_VERBS})"
# In a CV, also what one colleague wrote, compiled or led: "The venue's H&S manager wrote the risk assessments", "the
# senior officer compiled the prosecution file" (an ad's colleagues are read with the shorter list, whose anchors
# keep the pattern from running on most sentences).
_A_COLLEAGUES_WORK = (
    rf"(?:{_COLLEAGUES_TASK_VERBS}|writes|wrote|compiles|compiled|drafts|drafted|leads|led|delivers|delivered|"
    r"carries out|carried out|inspects|inspected|chairs|chaired|does|did|builds|built|checks|checked|"
    # "The lead chaplain recruits and runs the volunteer programme", "the foreman holds the SSSTS"
    r"recruits|recruited|trains|trained|teaches|taught|supervises|supervised|holds|held)"
)
# Departments a CV line may open with, named alone, as the doer of what follows ("Finance handles invoicing").
DEPARTMENTS_NAMED_ALONE = (
    *("office", "engineering", "finance", "accounts", "hr", "payroll", "procurement", "legal", "compliance"),
    *("facilities", "maintenance", "purchasing", "estates"),
)
OTHERS_DO = re.compile(
    r"\b(?:our|their|the|a separate|another)\s+(?:[\w&/-]+\s+){1,3}?(?:team|teams|department|colleagues|staff)\s+"
    r"(?:handles?|handled|owns?|owned|does|do|did|looks? after|looked after|takes? (?:care of|charge of|all|over)|"
    r"took (?:care of|charge of|all|over)|manages?|managed|runs?|ran|covers?|covered|deals? with|dealt with|"
    r"produces?|produced|prepares?|prepared|pulls?|pulled|maintains?|maintained|builds?|built|"
    r"(?:is|are|was|were) responsible for)\b|"
    # people in the plural who own a task: "Our registered nurses handle all medication administration"
    r"\b(?:our|their)\s+(?:[\w&/-]+\s+){0,2}?(?P<doers>\w+s)\s+(?:handle|own|look after|take care of|deal with|"
    r"maintain|build in|build with|are responsible for)\b|"
    # one colleague who owns a task: "Our bookkeeper handles the QuickBooks side" (a role noun, checked where used)
    r"\bour\s+(?:[\w&/-]+\s+){0,2}?(?P<doer>\w+)\s+" + _A_COLLEAGUES_TASK + r"\b|"
    # a department named alone, opening the sentence: "Office handles the CIGA guarantee registration", "Engineering
    # own the BOMs and routings; I run the reports" (a CV's own lines open with the writer's verb)
    r"^\W*(?:the\s+)?(?:" + "|".join(DEPARTMENTS_NAMED_ALONE) + r")\s+"
    r"(?:handles?|owns?|does|do|deals? with|looks? after|takes? care of)\b"
)
# A word that every match of THE_COLLEAGUE_DOES holds.
THE_COLLEAGUE_DOES_ANCHORS = (
    *("handle", "owns", "owned", "look", "take", "took", "deal", "responsible", "manage", "prepare", "runs"),
    *(" ran ", "sign", "design", "negotiat", "pull", "wrote", "writes", "compiles", "compiled", "drafts"),
    *("drafted", "leads", " led", "delivers", "delivered", "carries out", "carried out", "inspects", "inspected"),
    *("chairs", "chaired", "does", " did ", "builds", "built", "checks", "checked", "recruit", "train", "teach"),
    *("taught", "supervise", "hold", " held ", " own", " do", "write", "lead", "deliver", "inspect", " run"),
    *("build", "check", "carry out"),
)
# In a CV, also after "the": "The FC prepared the statutory accounts", "The Head manages the SEN budget". Not in an
# ad, where "The Senior Process Engineer is responsible for ..." is the job itself.
# Read on a sentence in lower case, as the other clause patterns are.
THE_COLLEAGUE_DOES = re.compile(
    r"\b(?:the|our|my)\s+(?:[\w&/'’-]+\s+){0,2}?(?P<doer>\w+)\s+(?:"
    + _A_COLLEAGUES_WORK
    # people in the plural: "the riggers hold the NRC tickets, I ground-rigged"
    + r"|(?<=s\s)(?:hold|handle|own|do|write|lead|deliver|carry out|inspect|run|manage|prepare|sign off|design|build"
    r"|check|supervise|train|teach|recruit))\b"
)
# What the job is, said against what colleagues do: "our data team writes Scala, but you won't touch it", "Our
# analysts use Alteryx; this role sits in the web team", "..., but your own work is all Python". A bare "you won't"
# counts only with what points back or leaves the reader out ("won't need to learn a new language" is no contrast).
JOB_CONTRAST = re.compile(
    r"\bthis (?:[\w-]+\s+){0,2}?(?:role|post|position|job)\s+(?:sits|belongs|focuses|is (?:focused|all|entirely|purely|"
    r"not|(?:office|desk|home|site|field|warehouse|lab)-based)|isn['’]t|does not|doesn['’]t|won['’]t|will not)\b|"
    r"\byour (?:own )?(?:work|focus)\b|\bnever need\b|\bnot (?:for |part of )?(?:this|your) (?:role|job|post)\b|"
    r"\byou (?:won['’]t|will not|will never|['’]ll never)\s+(?:\w+\s+){0,2}?(?:it|them|that|those|involved|on call)\b"
)
COLLEAGUE_CONTRAST_ANCHORS = (
    *("this role", "this post", "this position", "this job", "your own", "your work", "your focus", "never"),
    *("not for", "not part", "not this", "not your", "won", "will not", "separate", "role is", "role sits"),
    *("post is", "position is", "job is", "-based"),
)
# A team said to be apart from the job's: "The Data Science team (a separate function) builds ...".
SEPARATE_TEAM = re.compile(r"\bseparate\s+(?:[\w&/-]+\s+){0,3}?(?:team|function|department|group|org)\b")
# Where a clause of colleagues ends: punctuation other than parentheses, a dash, or a conjunction of contrast.
COLLEAGUE_CLAUSE_BREAKS = re.compile(r"[;:,.!?]|\s[–—-]\s|\b(?:but|so|while|whereas)\b")
# Nouns of a group of colleagues, beyond role nouns ("our data team", "the wider Data org").
GROUP_OF_COLLEAGUES = frozenset({"team", "teams", "org", "organisation", "organization", "department", "function"})
COLLEAGUE_IS = re.compile(
    r"\b(?:your|our|my)\s+(?:line\s+|new\s+)?(?:[\w-]+\s+)?(?:manager|lead|leader|mentor|supervisor|colleagues?|"
    r"teammates?)\s+(?:is|are|was|were|holds?|held|has|had)\b"
)
# A word that every match of COLLEAGUE_IS holds.
COLLEAGUE_IS_ANCHORS = ("manager", "lead", "mentor", "supervisor", "colleague", "teammate")
COLLEAGUE_IS_END = re.compile(r"\s(?:and|but|who|which)\s|[,;.!?]")
# Words one of which every match of `OTHERS_DO` holds.
OTHERS_DO_ANCHORS = (
    *("handle", "own", "does", " do", "look", "take", "manage", "run", "cover", "deal", "produce", "prepare"),
    *("maintain", "build", "charge of", "all", "over", " did ", " ran ", "took", "built", "sign", "design"),
    *("responsible", "negotiat", "pull"),
)
# Words one of which every match of `OTHERS_DO` holds besides its verb: the group's noun ("team", "staff"), the
# determiner of the employer's people ("our", "their"), or a department named alone ("Finance handles ...").
OTHERS_DO_SUBJECTS = ("team", "department", "colleagues", "staff", "our", "their", *DEPARTMENTS_NAMED_ALONE)
# Nouns of an organisation that a skill before them makes the employer's line of business when the employer's
# words introduce it: "our dog grooming salon", "a fast-growing 3PL business", "our telecoms expertise".
BUSINESS_NOUNS = frozenset(
    {"business", "businesses", "company", "firm", "consultancy", "agency", "studio", "salon", "clinic", "practice"}
    | {"startup", "start-up", "scale-up", "scaleup", "brand", "retailer", "manufacturer", "charity"}
    | {"group", "house", "organisation", "organization", "expertise", "school", "nursery", "academy", "college"}
    | {"contractor", "contractors", "bakery", "restaurant", "hotel", "café"}
)
# Determiners that make such an organisation the employer's ("our", "a" after "We're" or "joining").
BUSINESS_DETERMINERS = frozenset({"our", "a", "an", "my"})
# Words between which and a skill no determiner can introduce the skill's organisation: "experience in a ...".
STOP_BEFORE_BUSINESS = frozenset(
    {"in", "of", "with", "for", "to", "at", "on", "from", "by", "as", "like", "than", "need", "is", "are", "be", "use"}
)
# Words after such a noun that show it closes its phrase ("a 3PL business that runs ..."), unlike the next noun of
# a compound ("a big data business application").
BUSINESS_NOUN_CLOSERS = frozenset(
    {"that", "which", "who", "whose", "where", "with", "in", "of", "for", "and", "or", "to", "on", "at", "from"}
    | {"is", "are", "was", "has", "have", "based", "since", "specialising", "specializing", "operating", "seeks"}
    | {"needs", "seeking", "looking", "offering", "providing", "serving", "working", "delivering", "helping"}
)
# A plural noun or a verb in the third person ("customers", "needs"), which no adjective of an organisation is.
PLURAL_ENDING = re.compile(r"[^su]s$")
# Words before "our" that leave the organisation the employer's (where the job is, or what others rely on): "join
# our fast-growing SaaS company", "patients visiting our physiotherapy clinic", "rely on our payroll expertise";
# after any other word "our" names what the job acts on ("manage our cybersecurity practice", "cover our
# phlebotomy clinic").
BEFORE_THE_EMPLOYERS = frozenset(
    {"", ",", "-", "–", "—", ":", "(", "at", "in", "within", "to", "of", "for", "from", "join", "joining", "joins"}
    | {"with", "across", "into", "on", "visiting", "visit", "and", "is", "are", "as"}
)
# Words before "a" that make the organisation it introduces the employer (or nothing: the sentence opens with it).
BUSINESS_INTRODUCERS = frozenset(
    {"", ",", "(", "is", "are", "was", "be", "been", "being", "we're", "we’re", "i'm", "i’m", "am", "join", "joining"}
    | {"joins", "run", "runs", "own", "owns", "for", "at", "of", "within", "as", "-", "–", "—", ":"}
)
COORDINATORS = frozenset({",", "and", "&", "/", "or"})
# How far before a noun its determiner may stand: "a small, family-run 3PL business", "our part-time bookkeeper".
DETERMINER_REACH = 4
CLIENT_NOUNS = frozenset({"client", "clients", "customer", "customers"})
# The employer's clients named in a list: "a City insurance broker whose clients range from Lloyd's Market
# syndicates to regional MGAs", "our customers include NHS trusts and councils".
CLIENTS_NAMED = re.compile(
    r"\b(?:whose|our|their|its) (?:clients|customers) (?:range from|include|includes|are|such as|span|spanning)\b"
)
CLIENTS_NAMED_END = re.compile(r"[;.!?]|\s[–—-]\s|\band (?:you|we|i)\b")
CLIENT_DESCRIPTION = re.compile(r"^\W*(?:our|my|the)\s+client,\s+(?:an?|the|one of)\s+[^,()]{3,150}?,")
_DONE_BY = (
    r"(?:used|owned|run|managed|handled|maintained|looked after|done|designed|prepared|negotiated|built|written|"
    r"led|delivered|produced|carried out|performed|signed off|set up|staffed|drafted|submitted|completed|issued|"
    r"executed|arranged|placed|processed|conducted|administered|undertaken)"
)
_BY_DOERS = (
    r"by\s+(?:our|the|their|a separate|another|(?:an\s+)?external|(?:an?\s+)?outside|(?:a\s+)?third[- ]party|an?)\s+"
    r"(?P<doers>(?:[\w&/'’-]+\s+){0,3}?(?P<doer>[\w-]+))"
    # the doer ends its phrase: "by our senior analyst - I booked ...", "by our platform team in Terraform", "by the
    # sound designer/No.1", "by the partner (RICS Registered Valuer)", "by the nurses under PGD"
    r"(?=\s*(?:[;,.!?)/(]|$)|\s[–—-]\s|\s(?:and|but|for|in|on|at|with|to|who|which|so|as|from|when|under)\b)"
)
# Where or with what, between the deed and its doers: "in Terraform", "in the office" ("was done in the office by a
# colleague").
_WHERE_OR_WITH = r"(?:(?:in|on|with|using|at)\s+(?:(?:the|our|a)\s+)?[\w.+-]+\s+)?"
# After a deed: a second one ("were drafted and submitted by the Head of Counter Fraud"), where or with what, and the
# doers; shared by the passive with and without its verb "to be".
_THEN_BY_DOERS = rf"(?:\s+and\s+{_DONE_BY})?\s+{_WHERE_OR_WITH}" + _BY_DOERS
_BY_OTHERS = _DONE_BY + _THEN_BY_DOERS
# With the verb "to be", any deed in the passive: "Patients are dilated by the nurses under PGD" (the doer's words
# must still name people where it is used).
USED_BY_OTHERS = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+|mainly\s+|only\s+|heavily\s+|all\s+)?"
    rf"(?:{_DONE_BY}|[a-z]+ed)" + _THEN_BY_DOERS
)
# A thing the writer made, which others then used: "scripts that were used by the whole team" (read in CVs).
MADE_FOR_OTHERS_TO_USE = re.compile(
    r"\b(?:that|which)\s+(?:is|are|was|were)\s+(?:now\s+|still\s+|then\s+|also\s+)?(?:used|adopted|rolled out)\s+by\b"
)
# Without its verb "to be", right after the noun it describes: "CI pipelines owned by the platform team". Read in
# CVs only: in an ad it describes a thing more often than it says who does the work ("the Register maintained by
# the Registration Board").
DONE_BY_OTHERS_AFTER_A_NOUN = re.compile(
    # after a word, but not after the verb "to be" and an adverb, read (or left) by USED_BY_OTHERS: "that is now used
    # by the commercial team" says who uses the writer's work
    r"(?<=[a-z]\s)(?<!\bnow\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bstill\s)(?<!\bthen\s)(?<!\balso\s)" + _BY_OTHERS
)
# Where the noun phrase such a deed describes starts: after the writer's own verb and its preposition ("Briefed the
# team on the site risk assessments written by ...", "Proof-read and formatted consultation responses written by").
# Not "of" or "to", which join the words of a skill's name as often ("right to work checks", "bill of quantities").
NOUN_PHRASE_REACH = 4  # words: "the annual LOLER inspections carried out by ...", not "following protocols"
NOUN_PHRASE_START = re.compile(r"[;,.!?(]|\s[–—-]\s|\s(?:and|on|at|for|in|into|through|with|from|about|across|over)\s")
# Who does it, in the passive: a group ("our analytics team") or people by their role ("our senior analyst", checked
# where used as a role noun).
DOING_GROUPS = frozenset({"team", "teams", "department", "colleagues", "staff", "desk", "unit", "lawyers"})
# The bounds of such a clause: a bracket holds it ("soft FM for 1,200 occupants (hard services are handled by the
# engineering team)").
PASSIVE_CLAUSE_START = re.compile(r"[;.!?(]|\s[–—-]\s")
PASSIVE_CLAUSE_END = re.compile(r"[,;.!?)]|\s[–—-]\s")
JOINS_THE_TEAM = re.compile(
    r"\b(?:which|that)\s+you\b|\byou(?:['’]ll| will)?\s+(?:join|be part of|work in|sit in)\b"
    r"|\bincluding (?:you|yourself)\b|\byou included\b"
)
SOUGHT_IN_CLAUSE = re.compile(r"\b(?:you|your|you['’]ll|you['’]re|someone|somebody|colleague|candidate)\b")
# The employer as the subject of a sentence that opens with it: "The Trust operates ...", "Our client is ...",
# "Founded in 2009 ...", "Acme Ltd provides ...", "<ORGANIZATION> is a leading ...", "The Biological and Chemical
# Engineering Section has ..." (up to four words of its name; not "The Costume Supervisor leads the department's").
EMPLOYER_NOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:the|our)\s+(?:(?!(?:the|a|an|our|its|their)\s)[\w&'’-]+\s+){0,4}?"
    r"(?:trust|company|bank|firm|organi[sz]ation|group|business|charity|"
    r"council|university|practice|client|agency|school|college|hospital|institute|brand|studio|consultancy|"
    r"partnership|authority|federation|academy|employer|retailer|manufacturer|provider|insurer|foundation|society|"
    r"network|cent(?:re|er)|faculty|department|division|section|laborator(?:y|ies))(?:['’]s)?\s+"
    r"(?!will\b|would\b|shall\b)|"
    r"(?:founded|established|set up|launched|headquartered)\s+(?:in|by|as)\b)"
)
# Words of quality that ask for a skill when said of the reader ("strong Python", "proven experience of Xero") and
# praise the employer when it speaks of itself ("We are strong believers in Open Source", "The Chemical Engineering
# Section has strong research expertise within materials engineering", "Our tech team is 5 strong").
QUALITY_ANCHORS = ("strong", "solid", "extensive", "expert", "proven", "demonstrable")
QUALITY_CUES = re.compile(r"\b(?:" + "|".join(QUALITY_ANCHORS) + r")\b")
# The employer speaking of itself in the first person.
FIRST_PERSON_OPENING = re.compile(r"^\W*(?:we|we['’](?:re|ve|d)|our)\b")
# A person sought, to whom such a quality belongs: "We are looking for someone with strong Python", "We expect that
# you have a strong background", "We require: Strong experience in RNA-seq", "Our ideal candidate has solid SQL".
SEEKS_SOMEONE = re.compile(
    r"\b(?:you|your|you['’](?:re|ll|ve|d)|someone|somebody|candidates?|applicants?|individuals?|person|"
    r"looking for|seeking|searching for|requir\w*|needs?|expect\w*|wants?|hir(?:e|es|ing)|recruit\w*|appoint\w*)\b"
)
# The employer looking for the person sought: "we look first and foremost for people who ...", "we seek".
LOOKS_FOR_SOMEONE = re.compile(r"\b(?:look(?:s|ing)?|search(?:es|ing)?)\s+(?:[\w-]+\s+){0,3}?for\b|\bseek")
# What an anonymised ad (SkillSpan's) puts for a name.
NAME_PLACEHOLDER = "<ORGANIZATION>"
NAMED_SUBJECT = re.compile(
    r"^\W*(?:" + NAME_PLACEHOLDER + r"(?:\s+" + NAME_PLACEHOLDER + r")*"
    r"|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:['’]s)?\s+"
    r"(?:is|are|was|has|have|operates|provides|serves|builds|develops|specialises|specializes|offers|runs|uses|employs|"
    r"works|creates|delivers|designs|makes|sells|manufactures|supports|helps|was founded|has been|"
    # what a company's own pages say of it: "Acme inspires donors with ...", "Acme delights guests with ..."
    r"inspires|delights|demos|empowers|enables|partners|brings|combines|comprises|focuses|invests|powers|"
    r"connects|transforms|produces|owns|hosts|launched|announced|acquired|won)\b"
)
# A clause that opens with a subject of its own, the reader's duty or the employer: "- you'll be producing 3D models",
# "- we run everything on EKS" (not "; and you reference best practices", which describes the person sought).
NEW_SUBJECT = re.compile(r"\W*(?:(?:and|so|as)\s+)?(?:you['’]ll|you will|you['’]d|we|we['’]ll|we will|we['’]re|our)\b")
# A clause that only wishes, with no subject of its own: it says it of what comes before ("Hibernate – nice to
# have", "SQL is not required, but would be useful"); unlike "a Masters is a plus".
BARE_WISH_CLAUSE = re.compile(
    r"^\W*(?:(?:but|however|although|while|whereas)\W+)?(?:(?:it|this|that|which)\s+)?"
    r"(?:(?:is|are|would|could|will|might|may)\s+(?:also\s+)?(?:be\s+)?)?(?:an?\s+|the\s+)?"
    r"(?:real|big|huge|added|definite|great|nice)?\s*"
    r"(?:nice|asset|plus|bonus|advantage|desirable|preferred|preferable|helpful|useful|handy|beneficial|welcome|"
    r"help|good|ideal|optional)\b",
    re.IGNORECASE,
)
# Benefits named by their own words, which ads list without a heading ("28 vacation days, pension, public
# transport reimbursement", "Civil Service pension, flexible working and 25 days leave"): two of them make a
# sentence a list of what the employer gives.
BENEFIT_MARKERS = re.compile(
    r"\b(?:\d+\s+(?:\w+\s+)?days['’]?\s+(?:annual\s+)?(?:holiday|leave|vacation)|(?:annual|parental) leave|"
    r"holiday pay|private (?:medical|health\w*|dental)|life (?:assurance|insurance)|cycle[ -]to[ -]work|gym|"
    r"(?:employer|company|generous|contributory|matched|nhs|civil service|workplace|occupational|"
    r"defined benefit|local government) pension|pension (?:scheme|contributions?|auto-enrol\w*)|season ticket|"
    r"employee assistance|(?:free|on-site) parking|staff discount|share options|"
    r"(?:training|learning|cpd|conference|study leave) budget|reimbursement|fuel card)\b",
    re.IGNORECASE,
)
# Words one of which every match of `OFFER_STATEMENT` holds, and of `BENEFIT_MARKERS`: a test of them all decides
# most sentences.
OFFER_ANCHORS = ("offer", "support you with", "give you", "provide you with", "benefits", "perks")
BENEFIT_ANCHORS = (
    *("day", "leave", "holiday", "private", "life ", "cycle", "gym", "pension", "season ticket", "employee assist"),
    *("parking", "discount", "share option", "budget", "reimburse", "fuel card"),
)
OFFER_OR_BENEFIT_ANCHORS = (*OFFER_ANCHORS, *BENEFIT_ANCHORS)
# Nouns after a skill's name that make it a benefit's: "NHS pension", "Local Government Pension Scheme", "SEN
# allowance", "Childcare vouchers".
BENEFIT_NOUNS = frozenset(
    {"pension", "pensions", "allowance", "allowances", "voucher", "vouchers", "discount", "discounts"}
    | {"reimbursement", "subsidy", "perks"}
)
# What the employer gives the reader, named by a word that also names a skill: a budget for their learning ("a
# dedicated learning budget", "Certification budget"; not "manage a budget"), a person to guide them ("you'll get a
# mentor", "paired with an experienced mentor"; not "act as a mentor"). Searched on the lower-case words before it.
PROVIDED_NOUNS_BEFORE = {
    "budget": re.compile(
        r"\b(?:learning|training|conference|certification|development|education|cpd|equipment|home[- ]office|"
        r"wellbeing|wellness|study|book|l&d|personal|travel|relocation)\s+$"
    ),
    "mentor": re.compile(
        r"\b(?:get|gets|getting|receive|have|has|with|assigned|given|offer|offers|provide|provides|paired|pair you)"
        r"\s+(?:(?:with|to)\s+)?(?:a|an|your(?:\s+own)?|their\s+own)\s+"
        r"(?:(?:dedicated|personal|experienced|named|senior|assigned|allocated)\s+)?$"
    ),
}
PROVIDED_REACH = 40  # characters before the word where the cue may stand
# Words that may close a benefit's name after its noun: "Local Government Pension Scheme".
BENEFIT_NAME_ENDS = frozenset({"scheme", "schemes", "plan", "package", "contributions", "and", "or", "of", "from"})
# Terms of pay and contract that are also skills' names ("PAYE", "B2B", "VAT"): beside an amount of pay they say
# how the job is paid ("£25.50 per hour PAYE / £31 CIS", "18 000 PLN + VAT (B2B)"), and ask nothing.
PAY_TERMS = frozenset({"paye", "cis", "b2b", "vat", "hr", "uop", "ir35", "umbrella", "employment contract"})
PAY_ANCHORS = ("£", "€", "$", "pln", "eur", "gbp", "chf", "sek", "dkk", "per hour", "per day", "/hr", "p/h", "day rate")
# An amount of money, or a rate: what makes a sentence a line of pay.
PAY = re.compile(
    r"[£€$]\s?\d|\d[\d,. ]*\s?(?:k\b|pln|eur|gbp|chf|sek|dkk)|\b(?:pln|eur|gbp|chf|sek|dkk)\s?\d|"
    r"\bper (?:hour|day|annum)\b|/hr\b|\bp/h\b|\bday rate\b",
    re.IGNORECASE,
)
# What only a company does, said of a name that is also a product's: "Celonis has grown 5,000%", "Snowflake is
# hiring"; not "Python is essential", "Salesforce is our CRM".
COMPANY_PREDICATE = re.compile(
    r"^\W*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:has\s+(?:grown|raised|offices)|is\s+(?:hiring|growing|"
    r"headquartered|backed)|was\s+(?:founded|established)|employs|raised)\b"
)
# An award the employer won: "Winner – Best Use of AI, Retail Systems Awards 2023", "award-winning"; not "ACCA
# finalist".
AWARD = re.compile(
    r"\b(?:award-winning|awards?\s+(?:19|20)\d\d|(?:19|20)\d\d\s+awards?|winner\s*[–—:-]|winners? of|"
    r"finalist (?:in|at|for) the)"
)
# Equal-opportunity text by its own words, wherever it stands: SkillSpan's ads run it on after the requirements
# without a heading ("... without regard to race, color, religion, ... genetics, ...").
EQUAL_OPPORTUNITY = re.compile(
    # one "\b" before all the cues, each of which opens a word: the regex engine skips each by its first letter
    r"\b(?:equal (?:employment )?opportunit|without regard to\b|prohibits? discrimination\b|"
    r"(?:do|does|will|shall) not discriminate\b|(?:don['’]t|doesn['’]t|won['’]t) discriminate\b|"
    r"protected (?:veteran|characteristic|class|attribute)|regardless of (?:their )?(?:age|race|gender|sex|"
    r"religion|disability|ethnicity|background|sexual orientation)\b|committed to (?:equality|diversity|inclusion|"
    r"equal|equity)|reasonable adjustments\b|disability confident\b|(?:need|require|request)\s+(?:any\s+)?"
    r"adjustments\b|"
    # Whom the employer welcomes, by who they are: "We actively welcome neurodivergent applicants, including people
    # with: ...", "We encourage applications from under-represented groups"; not "We welcome applicants with SQL".
    r"(?:welcome[ds]?|encourage[ds]?|invite[ds]?)\s+(?:\w+\s+){0,2}?(?:from\s+)?(?:\w+\s+)?(?:neurodivergent|"
    r"neurodiverse|disabled|under-?represented|minority|minoritised|minoritized|bame|lgbt\w*|ethnic minority|"
    r"diverse)\b)"
)
# What a sentence about applying says, by its own words: whom to contact, how to send the application, what happens
# to it. Such a sentence asks nothing, as under a How to apply heading: "questions about the recruitment process?
# Please contact our HR Business Partner", "attach your motivated application".
ABOUT_APPLYING = re.compile(
    # Every cue opens a word: one "\b" before them all lets the regex engine skip each by its first letter.
    r"\b(?:"
    r"(?:please|hesitate to|free to|you can|you may)\s+(?:contact|call|e-?mail|reach out to|get in touch with|"
    r"speak to|talk to)\b|for (?:further|more|additional) (?:information|details)\b|"
    r"to apply(?:,| for (?:this|the) (?:role|position|job|post|vacancy))|how to apply\b|"
    r"contact (?:person\b|us\b|me\b|(?:our|the) (?:recruitment|recruiting|hr|talent|talent acquisition|hiring|"
    r"people|resourcing) team\b)|apply online\b|informal (?:enquir|inquir|discussion|chat|conversation)|"
    r"send (?:us |in )?(?:your|a) (?:cv|resume|résumé|application|cover letter|covering letter)\b|"
    r"questions?\b[^.;]{0,80}\b(?:directed|sent|addressed) to\b|shortlisted (?:applicants|candidates)\b|"
    r"enquiries (?:to|should be)\b|"
    # "If you have any questions about the role or our use of Kubernetes, contact Raj at ..."
    r"if you(?: have|['’]ve got| have got) (?:any )?(?:questions|queries)\b[^.;]{0,120}?\b(?:contact|call|e-?mail|"
    r"reach out|get in touch|speak to|talk to|message)\b|"
    r"(?:application|apply) (?:button|link|form|portal)\b|"
    r"attach your\b|upload(?:ing)? your\b|(?:recruitment|staffing|third[- ]party) agenc(?:y|ies)\b|"
    r"(?:applicants?|candidates?) will be (?:notified|contacted|informed)\b|letter of rejection\b|"
    # How interviews are held and applications handled: "First interviews will be held on Microsoft Teams",
    # "Applications submitted in Welsh will be treated no less favourably", "we process your application under UK
    # GDPR"; from the sentence's start when it uses a tool to handle them ("We use Workday to process all
    # applications").
    r"(?:(?:first|second|final|initial)[- ](?:stage )?)?interviews? (?:will|would|can|may|are (?:expected|likely) to) "
    r"(?:be held|take place|be conducted|be carried out|happen|run)\b|"
    r"applications (?:submitted|made|received) in\b|process (?:your|all) (?:application|personal data|data)\b)|"
    r"(?P<handling>^(?=[^.;]{0,80}\bto (?:process|manage|track|handle) (?:all |your |our )?"
    r"(?:applications|candidates)\b))|"
    # the employer's process, unless it is the job's to run: "Manage the recruitment process", "handling our ..."
    r"(?P<process>(?:\b(?P<process_of>\w+)\W{1,3})?\b(?:our|the|this) (?:recruitment|selection|hiring|application|"
    r"interview|assessment) process)"
)
APPLICANT_WORDS = re.compile(
    r"\b(?:your (?:cv|application|resume)|apply|applicants?|applications?|interviews? (?:will|would|can|may|are))\b"
)
ABOUT_APPLYING_ANCHORS = (
    *("contact", "call", "mail", "reach out", "in touch", "speak to", "talk to", "information", "details", "apply"),
    *("application", "attach", "upload", "agenc", "notified", "informed", "rejection", "process", "informal"),
    *("send", "question", "shortlisted", "enquiries", "queries", "interview"),
)
# Words one of which every unit name that `inside_unit_name` finds holds.
UNIT_WORDS = tuple(UNIT_NOUNS)
EQUAL_OPPORTUNITY_ANCHORS = (
    *("equal", "regard", "discriminat", "protected", "committed to", "reasonable", "confident", "adjustments"),
    *("welcome", "encourage", "invite"),
)
# Nouns after a degree that make it the name of the post or its programme, not a request: "a PhD stipend", "the PhD
# student will", "the PhD programme of the Faculty"; not "PhD level" or "PhD holders", which ask.
POST_NOUNS = frozenset(
    {"student", "students", "stipend", "stipends", "scholarship", "scholarships", "studentship", "studentships"}
    | {"fellowship", "fellowships", "fellow", "fellows", "position", "positions", "post", "candidate", "programme"}
    | {"programmes", "program", "programs", "study", "studies", "guide", "regulations", "project", "projects"}
    | {"course", "courses", "school", "supervisor", "supervisors", "supervision", "researcher", "researchers"}
    | {"opportunity", "opportunities", "vacancy", "vacancies", "place", "places"}
)
# Words more frequent than this rank open sentences as ordinary words, not as an employer's name.
NAME_MIN_RANK = 5_000


def common_word_rank(word: str) -> int:
    return word_ranks().get(word, NAME_MIN_RANK)


# Imperatives that invite rather than give a duty: "Join our team", "Apply via our portal".
NO_DUTY_OPENERS = frozenset(
    {"join", "apply", "visit", "contact", "send", "see", "check", "discover", "find", "read", "explore", "meet"}
    | {"come", "click", "follow", "email", "call", "learn"}
)
# Words that present the tools a team works with.
STACK_USE = re.compile(
    r"\b(?:our (?:current |core |main |tech(?:nology)? |technical |data )?stack|we(?:['’]re| are)? (?:mainly |mostly |"
    r"currently |also |heavily )?(?:use|using|work with|working with|build (?:with|on|in)|rely on|run on)|"
    r"our (?:tools|toolset|toolchain) (?:include|includes|are)|how we work|"
    # "The engineering team works in Python and Django"
    r"(?:team|engineers|developers) (?:mainly |mostly )?(?:works?|builds?|codes?) (?:in|with|on)|"
    # the tool as the subject: "Python is used across our backend", "Snowflake is our data warehouse"
    r"(?:is|are) (?:also |mainly |heavily )?used (?:across|for|in|throughout|on|within) (?:all |most )?our|"
    r"(?:is|are) our (?:main |primary |core |chosen )?(?:data warehouse|warehouse|database|cloud|platform|language|"
    r"framework|crm|erp|tool|stack|ci|ide|orm|cms|reporting tool|bi tool|ticketing system|system))\b"
)
# The employer as the subject after an opening phrase: "Providing dementia care since 1990, our group is ...".
EMPLOYER_AFTER_OPENING = re.compile(r",\s*(?:we|our|we['’]re|we['’]ve)\b")
# What opens a list of the job's duties inside a sentence.
DUTY_LEAD = re.compile(
    r"\b(?:responsibilities|duties|tasks)\s+(?:will\s+)?(?:include|are|involve|cover)\b|"
    r"^\W*(?:daily |main |key |your |typical )?(?:tasks|duties|responsibilities)\s*:"
)
# Shorter sentences are list items and fragments ("Agile and Lean methodologies"), not descriptions.
DESCRIPTION_MIN_WORDS = 10
# A sentence that is mostly skill names is a list ("Our stack: Go, Kafka, Postgres and Kubernetes on GCP").
LIST_SKILL_SHARE = 0.4
# A list item: a bullet of any kind, a number or letter ("1.", "a)"), a lone "o" as Word exports bullets.
LIST_ITEM = re.compile(r"^\s*(?:[" + re.escape(BULLET_MARKS) + r"]|\d{1,2}[.)]|[a-z][.)]\s|o\s)")


# How far a role noun may follow a skill in a job title, and what may stand between them.
TITLE_REACH = 4
TITLE_JOINERS = frozenset({"/", "-", "&", "+"})


def bare_cue(parenthesis: str) -> bool:
    """Whether parentheses hold a cue and nothing else but words of what comes before them: "(essential)",
    "(experience essential)"; not "(ideally selling into farms)", which is an aside of its own."""
    rest = PREFERRED_CUES.sub(" ", REQUIRED_CUES_MORE.sub(" ", REQUIRED_CUES.sub(" ", parenthesis)))
    return all(word in BARE_CUE_WORDS for word in re.findall(r"[a-z]+", rest))


def list_end(text: str, breaks: list[int], index: int) -> int:
    """The clause break `breaks[index]` after a cue (`breaks`: the sentence's clause breaks, its start and end),
    moved on past the short items of a list that goes on after it: ", dbt and Airflow", not ", so you can ..."."""
    while index + 1 < len(breaks) and text[breaks[index] : breaks[index] + 1] == ",":
        item = text[breaks[index] + 1 : breaks[index + 1]]
        if len(item.split()) > LIST_ITEM_MAX_WORDS or NO_LIST_ITEM.search(item):
            break
        index += 1
    return breaks[index]


def contact_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the contact blocks of a document: each short line with an e-mail address or a telephone
    number, with the short lines just above it that sign it ("Tom Reilly / Principal Recruitment Consultant – Cloud &
    DevOps / Harbour Tech | tom@harbourtech.co.uk"): the title of whom to contact asks nothing."""
    points = [match.start() for match in PHONE.finditer(text) if not YEARS_RUN.fullmatch(match.group())]
    at = text.find("@")
    while at >= 0:
        if at > 0 and EMAIL_DOMAIN.match(text, at + 1) and (text[at - 1].isalnum() or text[at - 1] in "._+-"):
            points.append(at)
        at = text.find("@", at + 1)
    blocks: list[tuple[int, int]] = []
    for point in sorted(points):
        if blocks and point < blocks[-1][1]:
            continue  # the same line
        start = text.rfind("\n", 0, point) + 1
        end = text.find("\n", point)
        end = len(text) if end < 0 else end
        if len(text[start:end].split()) > CONTACT_LINE_MAX_WORDS:
            continue  # a line of the ad that gives a number too: "Gas Safe a must, own tools. Ring Dave on 07700 ..."
        for _ in range(SIGNATURE_LINES):
            if start == 0:
                break
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1].strip()
            if (
                not line
                or len(line.split()) > SIGNATURE_MAX_WORDS
                or line.endswith((".", ":", "?", "!"))
                or LIST_ITEM.match(line)  # "- Docker is a bonus" above "To apply, send your CV to ...@..."
                or len(line.split()) < SIGNATURE_MIN_WORDS  # "Kubernetes" of a list above "Send your CV to ..."
            ):
                break
            start = above
        blocks.append((start, end))
    return blocks


def criteria_marks(text: str) -> dict[int, str]:
    """Line start -> the level its person-specification mark gives, for a document with such marks on at least two
    lines; empty otherwise."""
    marks = {}
    start = 0
    for line in text.split("\n"):
        # Only a line that ends in a mark is read by the pattern: a cheap test on its last characters first.
        end = line.rstrip(" \t)")
        if end.endswith(("E", "D", "essential", "desirable", "Essential", "Desirable")):
            match = CRITERIA_MARK.search(line)
            if match is not None:
                marks[start] = "preferred" if match.group(1)[0] in "Dd" else "required"
        start += len(line) + 1
    return marks if len(marks) >= CRITERIA_MIN_LINES else {}


# A line that frames the list of items right below it, by ending in a colon or pointing at it ("Any of the following
# would be an advantage:", "Experience of the following is essential"), or right above it, by pointing back at its
# items: first, before what it says of them ("Both are essential.", "Experience with either is a bonus.", "All fully
# funded by us."; not "All candidates must ...", "These roles are based in Leeds"), or anywhere by a phrase that can
# only point back ("You don't need experience with any of these", "Applicants without these will not be considered",
# "You'll need to be confident in both from day one").
LIST_LEAD_IN = re.compile(r"(?::|[👇⬇↓])\s*$|\b(?:the following|below)\b")  # or an arrow down: "Hard requirements 👇"
LIST_CLOSER = re.compile(
    r"^\W*(?:\w+\s+(?:with|of|in|using|on)\s+)?"
    r"(?:(?:all|any|each|none|one|either|neither|both)(?:\s+(?:two|three|four|five|six))?"
    r"(?:\s+of\s+(?:the\s+above|these|those|them|it|the\s+(?:two|three|four|five|six)))?|the\s+above|these|those)"
    r"(?:\s+\w+ly)?\s+(?:is|are|would|will|must|should|could|can|counts?|helps?|be|isn['’]t|aren['’]t|essential|"
    r"desirable|required|preferred|needed|mandatory|optional|a|an|funded|paid|provided|covered|taught|given)\b"
    r"|\b(?:any|all|each|either|neither|none|both|one)\s+of\s+(?:these|them|those|the\s+above)\b|\bthe\s+above\b"
    r"|\b(?:without|in|with)\s+(?:these|them|both|either)\b"
)
NONE_OF_THEM = re.compile(r"\b(?:neither|none)\b")
NEGATED_REQUIREMENT = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:strictly\s+)?(?:essential|required|mandatory|a must|must[ -]haves?)\b"
)
# The employer's own business, framing a list of it: "Who we work with:", "What we make:", "Our research themes:",
# "Our platform helps retailers with:" (not the job's tools: "Our stack:", "Systems we use:").
EMPLOYER_LEAD_IN = re.compile(
    r"^\W*(?:(?:who|what) we (?:work with|serve|support|make|sell|build|design|manufacture|supply|deliver)\b|"
    r"our (?:clients|customers|products|services|research(?: themes| areas| groups)?|platform|brands|portfolio|"
    r"specialisms|sectors|members|partners|funders|markets)\b|"
    r"we (?:work with|serve|supply|make|sell|manufacture|speciali[sz]e in)\b)"
)
# What the employer gives, framing a list of benefits: "We'd love to offer you:", "What we give you:".
OFFER_LEAD_IN = re.compile(r"\b(?:offer|give|provide)s?\s+(?:you|our)\b|\bwe offer\b|\bbenefits\b|\bperks\b")


def framing_level(text: str) -> str | None:
    """The level a (lower-case) line framing a list gives its items: "required", "preferred", "not needed", "employer"
    (the items are the employer's business) or None.
    A wish wins over a "not needed" ("The following are not essential but would be a plus:"), but not a bare "not
    essential" over training given ("Not essential - full training given:"); a requirement said of none of them is
    none ("None of these are essential"); a line that names both levels gives neither."""
    if OFFER_LEAD_IN.search(text):
        return None  # what the employer offers: "We'd love to offer you the following:"
    if holds_any(text, EQUAL_OPPORTUNITY_ANCHORS) and EQUAL_OPPORTUNITY.search(text):
        return "employer"  # whom it welcomes: "We actively welcome neurodivergent applicants, including people with:"
    if EMPLOYER_LEAD_IN.match(text) and not ADDRESSING_WORDS.search(text) and level_of(text) is None:
        return "employer"  # "Who we work with:"
    if REASSURANCE.match(text):
        return "not needed"  # "Don't worry if you haven't used:"
    level = level_of(text)
    ruled_out = NOT_NEEDED_BEFORE.search(text) is not None or NOT_NEEDED_AFTER.search(text) is not None
    unnegated = NEGATED_REQUIREMENT.sub(" ", text)
    if level in ("preferred", "light"):
        if ruled_out and level_of(unnegated) is None:
            return "not needed"
        # Both levels at once say nothing of any one item: "The essential and desirable skills are listed below."
        mixed = HARD_REQUIRED.search(unnegated) is not None and NONE_OF_THEM.search(text) is None
        return None if mixed else "preferred"
    if level == "required":
        return "not needed" if ruled_out or NONE_OF_THEM.search(text) else "required"
    return "not needed" if ruled_out else None


def without_not_needed(text: str) -> str:
    """`text` without what `NOT_NEEDED_AFTER` says is not needed ("not required" requires nothing)."""
    return NOT_NEEDED_AFTER.sub(" ", text) if holds_any(text, NOT_NEEDED_AFTER_ANCHORS) else text


def level_of(text: str, *, clause_wishes: bool = True) -> str | None:
    """The level a (lower-case) text's cues give; with `clause_wishes` off, a wish that closes one item ("SSSTS
    helpful") does not count for the rest."""
    if "not " in text:
        text = NOT_A_WISH.sub(" ", text)  # "a must, not a nice-to-have"
    if holds_any(text, WISH_ANCHORS) and (PREFERRED_CUES.search(text) or OTHER_WISHES.search(text)):
        return "preferred"
    if wishes(text):
        return "preferred"
    if IMPERATIVE_REQUIREMENT.match(text):
        return "required"  # "Hold a CIPP qualification", "Have experience with Power BI"
    if clause_wishes and ("helpful" in text or "welcome" in text) and clause_wish(text):
        return "preferred"
    # "not required" requires nothing; "applicants without X will not be considered" requires X.
    if requires(without_not_needed(text)) or (
        ("considered" in text or "accepted" in text) and NOT_CONSIDERED.search(text)
    ):
        return "required"
    if ("year" in text or "yr" in text or "month" in text) and asks_for_years(text):
        return "required"
    if holds_any(text, LIGHT_ANCHORS) and LIGHT_CUES.search(text):
        return "light"
    return None


# A substring that any clause said of others holds (each reading's own anchors, see
# skillgap.nlp.requirements._SentenceCues.done_by_others_ranges): a sentence without one has none.
OTHERS_ANCHORS = (
    *OTHERS_DO_ANCHORS,
    " by ",
    *COLLEAGUE_IS_ANCHORS,
    *COLLEAGUE_CONTRAST_ANCHORS,
    " who ",
    *WATCHED_ANCHORS,
    *THE_COLLEAGUE_DOES_ANCHORS,
    *HOPED_FOR_ANCHORS,
    *HANDED_OVER_ANCHORS,
)


def holds_any(text: str, anchors: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `anchors`, words every match of a pattern holds: a substring test is several times
    faster than Python's regex engine trying each alternative of a long pattern at each position."""
    for anchor in anchors:  # noqa: SIM110 (a plain loop: `any` over a generator costs twice as much here)
        if anchor in text:
            return True
    return False


def wishes(text: str) -> bool:
    """Whether "helpful" or "welcome" in a (lower-case) sentence wish for a skill (see `WISH`)."""
    if "helpful" not in text and "welcome" not in text:
        return False  # the common case, decided without a regex
    return WELCOME_WITH.search(text) is not None or said_of_a_skill(WISH, text)


def clause_wish(text: str) -> bool:
    """Whether "helpful" or "welcome" closes a clause of `text` as a wish (see `CLAUSE_WISH`)."""
    return said_of_a_skill(CLAUSE_WISH, text)


def said_of_a_skill(wish: re.Pattern[str], text: str) -> bool:
    """Whether a match of `wish` in `text` is said of something, not of people or their manner ("graduates
    welcome", "friendly and helpful")."""
    for match in wish.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if PEOPLE_BEFORE_WISH.search(before) is None and MANNER_BEFORE_WISH.search(before) is None:
            return True
    return False


def asks_for_years(text: str) -> bool:
    """Whether a (lower-case) sentence asks for years of experience, whatever skill they are for: open-ended
    ("5+ years") or with a word of experience ("3 years' commercial experience"); not "The position is for 3
    years", "You will receive 3 years of ACCA training", "Acme has grown in 4 years". (Years stated for a skill
    require it too: see `years_of`.)"""
    experience = EXPERIENCE_WORDS.search(text) is not None  # once: a long line may hold many counts
    return any(
        (experience or OPEN_ENDED_YEARS.match(text, match.start()))
        and not is_duration(text[max(0, match.start() - DURATION_REACH) : match.start()])
        and not DURATION_AFTER.match(text, match.end())
        for match in YEARS.finditer(text)
    )


def is_duration(prefix: str) -> bool:
    """Whether a count of years that follows `prefix` (the sentence up to it, or its last words) measures the post
    ("The position is for", "You will receive"), rather than experience ("Experience in a teaching post for")."""
    prefix = prefix[-DURATION_REACH:]
    if JOB_GIVES_BEFORE.search(prefix):
        return True
    return DURATION_BEFORE.search(prefix) is not None and EXPERIENCE_WORDS.search(prefix) is None


def months_of(prefix: str, suffix: str) -> int | None:
    """The months of experience stated for the skill, counted in years or months, from the words before it
    (`prefix`, the last `YEARS_PREFIX_REACH` characters of its sentence at most) and after it (`suffix`), both lower
    case: right after it ("Python (5+ years)"), else close before it ("5+ years of Python", "18 months' experience
    in a microbiology laboratory"), and not a duration of the post."""
    if JOB_GIVES_SKILL.search(prefix):
        return None  # "you will study plumbing for 3 years": the job's years, not the person's
    after = YEARS_AFTER.match(suffix)
    if after is not None:
        return months_in(after) - _short_of(suffix[: after.start(1)])
    matches = list(YEARS.finditer(prefix))
    if not matches or is_duration(prefix[: matches[-1].start()]):
        return None
    last = matches[-1]
    # Only when the years sit close before the skill, with no other number or closed bracket between ("5+ years
    # of Python", "3 years' experience with AWS"; not "Java (3 years) and Go", "10 years in finance, 2 with C").
    between = PLUS_AFTER_YEARS.sub("", prefix[last.end() :])  # "5 years+ in project management"
    # (the apostrophe of "3 years' experience" is no word between)
    if len(between.lstrip("'’").split()) > 5 or ")" in between or ANY_NUMBER.search(between):
        return None
    if between.strip() and not (YEARS_LINK.match(between) or EXPERIENCE_WORDS.search(between)):
        return None  # "in 4 years and now runs its analytics": the years are said of something else
    return months_in(last) - _short_of(prefix[: last.start()])


def _short_of(before: str) -> int:
    """A month less when the words before a count say it is not quite reached: "nearly two years' experience" is
    short of two years."""
    return 1 if SHORT_OF_BEFORE.search(before) else 0


SHORT_OF_BEFORE = re.compile(r"\b(?:nearly|almost|not quite|just under|close to)\s+$")


def months_in(count: re.Match[str]) -> int:
    """The months a match of `YEARS_COUNT` counts: "3.5 years" 42, "two and a half years" 30, "18 months" 18."""
    number = count.group(1)
    value = (float(number) if number[0].isdigit() else NUMBER_WORDS[number]) + (0.5 if count.group(2) else 0)
    return round(value) if count.group(3) else round(value * 12)


# Words that say what follows them is about life outside work, at the start of a sentence or a clause: "Outside
# work, Priya is a keen climber", "In his spare time Tom coaches an under-12s football team", "... and away from
# her desk she plays bass", "Her hobbies include baking". Not "outside office hours" nor "at weekends", which in
# ads are when the job is done ("on call outside office hours"). Searched on lower-case text.
LEISURE_ANCHORS = (
    *("outside", "spare", "free time", "own time", "downtime", "away from", "hobbies", "not working", "off duty"),
    "off the clock",
)
LEISURE = re.compile(
    r"(?:^|[,;:.!?(]\s*|\b(?:and|but|while|when)\s+)(?:"
    r"outside\s+(?:of\s+)?(?:work|school|the\s+(?:classroom|lab|office))\b(?!\s*(?:hours|time))|"
    r"away\s+from\s+(?:work|school|the\s+(?:office|classroom|lab|ward|kitchen|desk)|(?:his|her|their|my)\s+desk)\b|"
    r"off\s+duty\b|off\s+the\s+clock\b|"
    r"in\s+(?:his|her|their|my|your|our)\s+(?:spare|free|own|down)\s*time|"
    r"when\s+(?:he|she|they|i)(?:['’]s|['’]re|['’]m|\s+is|\s+are|\s+am)?\s+not\s+(?:at\s+work|working)|"
    r"(?:(?:his|her|their|my)\s+)?hobbies\s+(?:include|are)\b)"
)
# A word just before a skill that makes it a pastime: "a decent amateur photographer", "a hobby baker".
AMATEUR_BEFORE = re.compile(r"\b(?:amateur|hobby|hobbyist|recreational)\s+$", re.IGNORECASE)
# A channel to reach someone, just before the tool it names: "send her a message on Slack", "ping him on Teams",
# "say hello via LinkedIn", "message us on WhatsApp". The verb must take a person ("find her on", not "find bugs
# on"). Searched on the lower-case words before a mention.
CONTACT_CHANNEL_BEFORE = re.compile(
    r"\b(?:(?:send|drop|give)\s+(?:her|him|them|us|me)\s+an?\s+(?:message|line|note|shout|ping|dm|email)|"
    r"(?:message|ping|dm|contact|find|follow|email|call|text|add|connect\s+with)\s+(?:her|him|them|us|me)|"
    r"say\s+(?:hello|hi)|reach\s+out|get\s+in\s+touch|(?:can|may)\s+reach\s+\w+)\b"
    r"[^.!?;]{0,45}?\b(?:on|via|over|through)\s+(?:the\s+)?$"
)
CONTACT_CHANNEL_REACH = 70  # characters before a mention where the cue may stand
