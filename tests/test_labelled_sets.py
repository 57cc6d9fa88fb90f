"""Labelled evaluation sets written independently of the code (tests/data/):

- ambiguous_context.tsv: sentences with a surface form that is also an ordinary word ("go the extra mile" /
  "Go services"), and the skill it denotes there or `none`.
- ambiguous_context_holdout.tsv: 300 more such sentences (150 in tech, 150 in other trades), written after the
  context rules by writers who saw neither the code nor these tests, to measure how the rules hold on sentences
  nobody tuned them on (see test_context_holds_on_sentences_written_after_the_rules).
- ambiguous_context_holdout2.tsv: 300 more (150 tech, 150 other trades), written the same way a session later,
  after every context and requirement rule of that session: its first run is a second unbiased measure.
- requirement_levels.jsonl: 2,100 excerpts of job ads (half in tech, half in other trades), each with one marked skill
  and the level a careful reader gives it: required, preferred, mentioned (part of the job, asked without saying how
  strongly) or none (not asked: the employer's business, benefits, training it gives, colleagues, other vacancies,
  what the ad says is not needed). Written blind in seven sets of 300, one after another, to the guide in
  requirement_levels_guide.md, by writers who saw neither the code nor the tests. Each set was first run before
  any rule was written from it (the first runs are below); the rules written from it were then checked on the next.
- requirement_levels_holdout.jsonl: 300 more excerpts written the same way after the rules from the first three
  sets (before the fourth's), and not read since: its score is the unbiased one. (0.970 -> 0.967 when the matcher
  began splitting "4G" as the tokenizer does: an item it skipped as unknown, "4G/5G RAN", which the tokenizer splits
  as "4G/5" and "G", is now scored, and missed.)
- requirement_levels_holdout2.jsonl: 300 more, written two sessions later, beside the sixth development set, in
  the styles those sets had least of (first-person posts by hiring managers, Notion-style pages with emoji
  headings, agency ads, FAQ-style ads, shop-window ads, questions to the reader, volunteer roles), and not read:
  a second unbiased score.
- requirement_levels_holdout3.jsonl: 299 more (one duplicate of an earlier item dropped), written at the end of that
  session in every style, after all its rules, and not read: its first run is the session's unbiased measure.
- requirement_levels_holdout4.jsonl: 300 more, written by two helpers a session later, after its rules and the
  regression hunts on them, in every style (one part job-board, agency, FAQ and pasted fragments; the other non-tech
  ads with boilerplate, training and colleagues, and prose without headings), and not read.
- In the session that added the fifth held-out set, the rows the first three held-out sets get wrong were read, and
  one rule (the employer's line of business: "Our busy dog grooming salon needs a receptionist") was written with
  four of them in view. From then on those three sets are development sets too; the fourth and fifth stay unread.
- requirement_levels_holdout5.jsonl: 300 more, written by two helpers at the start of a later session (one part
  software, data, finance, engineering and research posts; the other health, education, trades, public sector,
  hospitality, law, HR and media), to the same guide, and not read.
- requirement_levels_holdout6.jsonl: 300 more, written by two more helpers late in that session, after its rules (one
  part excerpts cut from whole ads of every kind of board and voice; the other informal shapes: group posts, shop
  cards, recruiter messages, FAQ blocks, screening questions, flattened person specifications, no punctuation),
  and not read.
- requirement_levels_runon.jsonl: 120 excerpts of ads pasted as one long line (headings, job-board fields, duties,
  requirements, benefits and company text run together), written by a helper for the headings-inside-a-line rules
  before they were written; their misses were then read. requirement_levels_runon_holdout.jsonl: 100 more, written
  by another helper after the rules, not read (0.859 with the code from before the rules; 0.880 -> 0.890 when "About
  the <organisation>" was read as a heading inside a line, a rule from SkillSpan's ads).
- bare_bullet_items.jsonl: 150 excerpts with an ambiguous form alone as a bullet item ("- Helm", "- Spring"), half of
  them the skill and half not, written for the sibling rule before it was written, then read;
  bare_bullet_items_holdout.jsonl: 120 more, written after the rule, not read. Scored by
  benchmarks/eval_bullets.py.
- profile_skills.jsonl: 60 profiles of people who got a job (welcome posts, LinkedIn summaries, bios, team
  announcements), written by a helper who saw no code, with the words that are the person's skills and words that
  only look like skills there (hobbies, channels to reach them, surnames, former employers, the employer's tools;
  the helper's brief named these kinds, with examples that session's rules had been written from). Before its
  misses were read: 0.084 of the mentions fell on such words with the session-start code, 0.057 with that
  session's rules until then; 0.041 after its misses were read. Scored by benchmarks/eval_profiles.py.
- gap_pairs.jsonl: 20 pairs of a CV and a job ad, one per sector, written by a helper who saw no code, with
  every ask of the ad (272) labelled by whether a fair recruiter would agree the CV shows it, and where (142 do,
  mostly in other words: "Postgres", "K8s", "Payroll Administrator", "line-managed four engineers"). First run,
  with the code of 2fd28e9: 27 false gaps, 0.257 of the 105 gaps reported on labelled asks (most are the same
  ability in other words: "Diagnose faults" / "Fault finding"). gap_pairs_b.jsonl: 20 more pairs in 20 other
  sectors (285 asks, 149 shown) by another helper, scored first after that session's rules (30 false gaps, 0.306;
  13 hidden gaps, among them "go the extra mile" read as Go by the scorer's own search, an employer "Azure
  Housing Group" read as Azure); its hidden gaps were then read. gap_pairs_c.jsonl: 20 more pairs in 20 other
  sectors (290 asks, 157 shown) by a third helper, with hard cases asked for on both sides (other words, titles,
  achievements; other products of a family, lower levels, courses in progress, employers' names). First run,
  with the session-start code of 4263726: 26 false gaps, 0.299 of the 87 gaps reported; gaps found 0.598;
  24 hidden gaps. Not read while that session's rules were written: 21 false gaps (0.259 of 81), gaps found 0.588,
  22 hidden gaps after them. Then read (lapsed and booked qualifications, examples "such as", levels written after
  a name). gap_pairs_d.jsonl: 20 more pairs in 20 other sectors (290 asks, 168 shown) by a fourth helper, same brief,
  written while that session's last rules were made and scored only at its end, unread: with the code of 4263726 (the
  session's start) 22 false gaps (0.289 of 76), gaps found 0.535, 39 hidden gaps; with its end 21 (0.280 of 75),
  0.535, 32. Then read (courses booked or on a waiting list, what colleagues do or the writer only watched,
  fundraising specialisms, an ask to teach a skill): 16 false gaps (0.229 of 70), 0.535, 20 hidden. gap_pairs_e.jsonl:
  20 more pairs in 20 other sectors (306 asks, 177 shown) by a fifth helper, same brief, written while those rules
  were made and scored unread: with the code of 3be94d3 (that session's start) 54 false gaps (0.574 of 94), gaps found
  0.377, 36 hidden gaps; after them 53 (0.570 of 93), 0.377, 35. Then its false gaps read (an example of a kind takes
  another of it, kinds of kinds, aliases, alternatives): 48 (0.545 of 88); with `broader` links for 546 tools that had
  none (reviewed by helpers, domain by domain): 41 (0.506 of 81); its hidden gaps read (work a CV says colleagues did:
  "was owned by the platform lead", "The FC prepared the statutory accounts"): 41 false gaps (0.466 of 88), gaps found
  0.443, 26 hidden; any skill still being learnt or whose certificate expired: 24 hidden; accounting software, OTIF,
  rota writing, "communicate in Welsh": 37 false gaps (0.440 of 84). Much harder than A-D: most of its shown asks are
  a product for its kind ("Contentful" for "a CMS, e.g. WordPress", "Datadog" for "Prometheus, Grafana or similar") or
  an activity for a skill. Then L&D and learning technology (a new domain: VLEs, authoring tools), rota software,
  positive handling schemes, Salesforce data tools, mobile data collection, and a product within the product asked
  being that product (SAP MM is SAP): 19 false gaps (0.288 of 66), gaps found 0.443, 21 hidden.
  gap_pairs_f.jsonl: 20 more pairs in 20 other sectors (336 asks, 188 shown) by two more helpers, same brief, scored
  unread: with the code of 0dca6fa (that session's start) 41 false gaps (0.394 of 104), gaps found 0.558, 33 hidden;
  after the E rules above 40 (0.388 of 103), 0.558, 33. Then read (an older major version is related, "C++11" for
  "C++17"; any item of a list ending in "or", or of one list of examples, answers the others; statutory payments,
  e-tendering portals, GWO modules, diagramming tools): 23 false gaps (0.264 of 87), 0.566, 27 hidden; with a
  smaller scale than the least asked read as related ("a FOH team of 12" for "a team of 20+", "£1.3m" for a
  budget of "£2m+", 45 for 60 wpm): 24 hidden (E 21 -> 19, D 19 -> 18); with fewer years stated than asked read
  as related and a skill received from someone ("mentored by a senior engineer") not shown: 23 hidden. Then the
  taxonomy's `described_as` phrasings of 41 skills (a helper's, checked on A-F; "delivered shift briefings" for
  communication): F 23 -> 18 false gaps (0.220 of 82), E 19 -> 18, D 15 -> 12, C 14 -> 12, B 16 -> 15; no
  hidden gap added, no gap found lost. gap_pairs_g.jsonl: 20 more pairs in 20 other sectors (322 asks, 172 shown)
  by two more helpers, same brief, scored unread: with the code of 0dca6fa 34 false gaps (0.382 of 89), gaps found
  0.470, 45 hidden; after all the rules above, the described_as phrasings included, 33 (0.375 of 88), 0.470, 42:
  those phrasings and the E/F taxonomy work barely reach new sectors. Then read (kitchen software, CostX, Genesys,
  SketchUp, PAS 79, Infor EAM, EV chargepoint brands, ILSPA, SmartSearch, aliases such as "intra-oral x-rays",
  "C-arm", "re-audit"; "ETM" and "pivots" read only beside their own words): 12. From here eval_gaps scores the
  report `Analyzer.compare` gives, which also looks for an ad's unknown skills in the CV's own words (before, it
  called `gap.compare` on the profiles and missed them): A 13, B 14, C 12, D 11, E 17, F 17, G 13 false gaps; the
  hidden gaps unchanged. gap_pairs_h.jsonl: 20 more pairs in 20 other sectors (328 asks, 185 shown) by two more
  helpers, same brief, scored unread: with the code of 0dca6fa 29 false gaps (0.387 of 75), gaps found 0.411, 42
  hidden; with that of 38e5bb6 (all of the above, G read) 27 (0.365 of 74), 0.420, 38. Then read (the tool a skill
  is asked with is close to it: "Secrets management with Azure Key Vault"; an example after a kind's noun, "CRM
  platforms such as Klaviyo"; any qualification of the level asked where the ad takes an equivalent or asks the
  level alone; a level opening a qualification's title; route planning, recruitment CRM, planned maintenance,
  care monitoring and local authority software): 16 (0.254 of 63), 0.420, 38; D gains a gap found (AMOS).
  gap_pairs_i.jsonl: 20 more pairs (334 asks, 187 shown), same brief, held out at first.
  Unread: with the code of 0dca6fa 34 false gaps (0.395 of 86), gaps found 0.423, 42 hidden; with that of the
  commit that adds it 31 (0.383 of 81), 0.407, 40. Then a skill met only in an introduction ("a 2-day
  introductory DBT skills workshop", "a bit of PySpark") read as related: hidden gaps C 16 -> 15, F 23 -> 22,
  G 42 -> 41, H 38 -> 37; I unchanged. Then read: 31 false gaps (0.383 of 81), 0.407, 40 hidden at 23d46d4; with
  the mechanisms it showed 8 (0.138 of 58), 0.407, 34. Mechanisms: a CV's unversioned mentions say no more than the
  versions it states ("Unreal Engine 4 (4.27)" beside "in Unreal" for an asked UE5); "booked to start" and "overdue
  for renewal"; people counted by staff nouns ("Supervised 4 fitters" for "a team of 10+"); what a colleague is
  ("My room leader is Makaton trained") and what the writer hopes to do next ("looking for my first supervisory
  role") are not the writer's; a general qualification above the one asked is close (a BSc for an HNC); "routing"
  is no "route"; a full stop after "C+E" ends the sentence. Taxonomy: TG20/SG4, Approved Documents B, L and M,
  Optomap, HMRC enquiries, fleet software, cabin crew attestation, care record products, Universal Credit, PIP,
  test purchasing, aliases. H's hidden gaps 37 -> 35 (an overdue refresher, a wish). Then its hidden gaps: a
  language asked fluent and named at a lower level ("German (GCSE)"); what one colleague wrote, compiled or led;
  "observation days"; "enrolled" on a course for any skill; products and regulations apart from the family they
  were read as (IVDR from MDR, MTD for Income Tax from MTD for VAT, the GOV.UK and NHS design systems, Emergency
  Paediatric First Aid, CISRS Advanced Scaffolder and Scaffold Inspection, aluminium welding, ISO 20121, marketing
  mix modelling): 8 (0.129 of 62), 0.439, 22; A's hidden gaps 14 -> 13, D's 18 -> 17. Then years counted from the
  dated jobs a CV names a skill (or a narrower one) under, where it states none: hidden gaps F 22 -> 20, G 41 ->
  40, H 35 -> 32, I 22 -> 19; four shown asks went from matched to related (years of a whole role named by another
  skill, and an ad's "5 years' checkable history"). Then, from the false gaps left on A-I: a numerate, STEM or
  life-science degree asked is close to the subjects of its kind (mathematics, economics, biochemistry); MOT
  testing is a hard skill, so "MOT tester" names it; Safer Food Better Business, the Single Central Record and
  utility arboriculture; the road transport working time rules, multi-temperature distribution, PMI inspections,
  transfers of equity: false gaps A 13 -> 12, C 12 -> 10, F 17 -> 15, G 13 -> 11, H 16 -> 12 (F's transfers of
  equity ask is now read, as related: gaps found 0.558 -> 0.553). Then things counted by their own noun ("20+
  clusters", "three production AKS clusters") and money by its measure ("mandate up to £500k") wherever the CV
  states them, "£10m or more" as a least amount, and "Welsh Second Language" below fluent: hidden gaps G 40 -> 39,
  H 32 -> 30 (one shown ask of G goes from matched to related with its skill). Then Adobe's two-letter names
  beside their kind of work ("retouching in PS", "Ps, Ai and Id"), "appraise" as a verb of managing people, "TAs"
  as staff, kick-off calls for customer onboarding: false gaps B 13 -> 11, E 17 -> 15. (A skill of labour cost
  control, tried with them, cost the held-out set J one false gap and was left out.) gap_pairs_j.jsonl: 20 more
  pairs (326 asks, 174 shown) by two more helpers, same brief, held out at first. Unread: with the code of 23d46d4
  26 false gaps (0.371 of 70), gaps found 0.393, 35 hidden; with that of the commit that adds it, the same; after
  the years from dated jobs, 26, 0.393, 32; after the degree subjects, 25 (0.362 of 69), 0.393, 32; after the
  counted things, 25, 0.393, 31, and so at ecb1c00, when it was read. Mechanisms it showed: two known headings
  joined in one ("QUALIFICATIONS & TRAINING": its lines had taken the last job's dates); a skill's name said in
  other forms of its words, found by their lemmas ("Wrote incident reports" for report writing); a certificate's
  dates for any skill ("2022, expired 2025"); a cue after the rest of a qualification's name in Title Case ("Level
  3 NVQ Diploma in Installing Electrotechnical Systems - in progress"); "sat in on" is watching; a rare adjective
  after a cue is no candidate skill ("triennial valuations"); a compound's part names a skill of its own sector
  only; risk classes and registration statuses as named levels, and mentions naming no level say no more than those
  that do. Taxonomy: office suites as computer literacy, SAP PM as a CMMS, Ellipse, IPM, FCL/LCL, water
  disinfection and coagulation, personal training apps, licensing law, model explainability, web application
  testing, the 17th Edition, the EUSR water hygiene card, IATA DGR and the IMDG Code, aliases (return-to-work
  meetings, cocktail menus, de-escalating, home batteries). After them: 6 false gaps (0.120 of 50), 0.393, 24
  hidden; I 8 -> 7 false gaps, F 20 -> 19 hidden; D and E lose a gap found each (a 17th Edition held is now read
  as close to the 18th asked). Then negotiators as a role that does work ("Right to Rent checks were done by our
  lettings negotiators") and CILIP's and professional bodies' membership grades as named levels: 22 hidden.
  gap_pairs_k.jsonl: 20 more pairs in 20 other sectors (323 asks, 174 shown) by two more helpers, same brief,
  scored unread: with the code of ecb1c00 (the session's start) 27 false gaps (0.458 of 59), gaps found 0.333, 40
  hidden; after the J rules above, 26 (0.448 of 58), 0.333, 39: they barely reach new sectors. Then read.
  Mechanisms: capitals before a standard's number name the standard ("PAS 2035", "PAS 1192" are no patient
  administration system); another product of the kind an ad gives examples of is close ("electronic patient
  records, e.g. Cerner or Epic" where the CV shows Medway EPR); a verb's form is no candidate name ("liaising");
  what the writer passes on for others to do ("Refer customers to our protection specialist for life cover",
  "pass RDM queries to another team") and what goes to another team; "accompanied" someone as watching; the skills
  of one name or bracket share the cue after them ("Ear wax removal (microsuction & irrigation) - course booked");
  "Booked onto the ... course" before a skill; "didn't renew" as lapsed; a watched clause ends at the writer's own
  deed ("... and took on my own caseload"). Taxonomy: clean in place (CIP by context), Navitas, Kafoodle, KnowBe4,
  RCCP registration, protection advice (by context: "income protection" is also a benefit), PAS 2035, PAS 2030,
  PAS 9980, retrofit coordination, fetal anomaly scanning apart from obstetric ultrasound, the Certified Insurance
  Practitioner, Cat6A, "Level 3 Advanced Diploma", audiology as a healthcare science, aliases. After them: 14
  false gaps (0.304 of 46), 0.330, 36 hidden. The examples rule makes three asks of A, B and F that the CV does not
  show related rather than missing (an example of a kind the CV shows: "Kubernetes, including Helm"): gaps found
  A 0.729 -> 0.720, B 0.728 -> 0.718, F 0.553 -> 0.544. Then a larger award of one level holds a smaller one (a
  master's the postgraduate certificate asked; credits in qualification_levels.txt) and a date older than the
  recency asked ("current within the last 24 months", "renewed within the last 3 years") makes a skill related:
  13 false gaps, 34 hidden. gap_pairs_l.jsonl: 20 more pairs in 20 other sectors (322 asks, 174 shown) by two
  more helpers, same brief, scored unread: with the code of ecb1c00 16 false gaps (0.271 of 59), gaps found 0.473,
  33 hidden; after the J and K rules above, 16 (0.276 of 58), 0.467, 31. Then read. Mechanisms: an acronym with a
  small letter first is no plural ("rTMS" had read as "RTM"); another product of the kind an ad gives examples of
  counts as the kind's ("a broker system such as Acturis or OpenGI" where the CV shows SSP Pure); what "our" one
  colleague does ("our principal ecologist writes the EcIA chapters"), what was done "in QLab by the sound
  designer", what "gets referred to a partner firm", each ending at the writer's own clause ("... and I ran
  payroll"); a certificate dated longer ago than it lasts (models/lexicons/certificate_validity.txt: First Aid at
  Work three years) is out of date; RICS's and the RTPI's grades, licentiate below chartered, street works
  operative below supervisor. Taxonomy: broking software, agricultural tenancies, pension transfers, Altair,
  AtoM, CALM, SIGAM, Rodin4D, bat call analysis and its tools, ECoW, FinOps, the Guaranteed Minimum Pension,
  strongroom monitoring, LLM as a master of laws by context, CCP checks. After them: 2 false gaps (0.045 of 44),
  0.467, 26 hidden; B 11 -> 10 false gaps, G 39 -> 38, H 30 -> 29, K 34 -> 33 hidden; three shown asks of A, B and
  I become related (an ILS, PFA and MHFA certificate dated 2022-2024; ILS and ALS were then left out of the
  validity list, their terms being unsure). gap_pairs_m.jsonl: 20 more pairs in 20 other sectors (322 asks, 170
  shown) by two more helpers, same brief, scored unread: with the code of ecb1c00 28 false gaps (0.333 of 84), gaps
  found 0.496, 28 hidden; after the J, K and L rules above, 26 (0.317 of 82), 0.496, 27. Then read. Mechanisms: an
  activity after "experience of" that is followed by what it acts on is read by that object ("testing and recording
  fire alarm systems" is no software testing, "teaching reference management software" no classroom teaching;
  "testing applications" is). Taxonomy: capillary electrophoresis, switches and crossings (S&C by context, as
  strength and conditioning is), Storyblok, Repsly, MDE, section 9 statements, test classes, SAEs, NMC, UC by
  context, proactive hunts, resettlement support; "data factories" is no Azure Data Factory. After them: 12 false
  gaps (0.182 of 66), 0.482, 27 hidden; L 2 -> 1 false gap, H 29 -> 28 hidden. gap_pairs_n.jsonl: 20 more pairs in
  20 other sectors (321 asks, 179 shown) by two more helpers, same brief, scored unread: with the code of ecb1c00 25
  false gaps (0.424 of 59), gaps found 0.370, 37 hidden; after the J-M rules above, 23 (0.411 of 56), 0.359, 35.
  Then read. Mechanism: a qualification of the numbered level asked alone (or "or equivalent"), named by a title the
  taxonomy has no form for ("Level 3 Fire, Emergency & Security Systems Technician apprenticeship" for "a Level 3
  qualification in fire and security systems") is close. Taxonomy: vision engineering, IPEM, BadgerNet, Hikvision,
  Smartr365, LEAP (by context), labour market information, PPM follow-up, IP cameras, OB trucks, Bash as a command
  line. After them: 11 false gaps, 0.359, 35 hidden; G 11 -> 10, M 12 -> 11 false gaps. gap_pairs_o.jsonl: 20
  more pairs in 20 other sectors (324 asks, 177 shown) by two more helpers, same brief, scored unread: with the code
  of ecb1c00 28 false gaps (0.483 of 58), gaps found 0.297, 41 hidden; after the J-N rules above (06deb3b), 27
  (0.474 of 57), 0.300, 38. Then read. Mechanisms: a CV sentence's words leave out its clauses said of others' work
  or of what the writer only watched, whether or not they name a skill ("Watched the Technical Manager run the mock
  recall" shows no mock recall); acronyms across documents ("REMs" for real ear measurement, "British Society of
  Audiology" for an unknown BSA), not one the CV defines otherwise or says of others; passive doers with two deeds or
  a title ("drafted and submitted by the Head of Counter Fraud"), professions by their endings ("our visiting
  audiologist"); "watched", and watching alongside a colleague named further on; "Learning X" at a line's start; a
  level right before the name ("Level 3 HACCP"); a qualification's size (Award, Certificate, Diploma) for
  qualifications only; "SAP or a similar ERP system" brings the kind's products close; a certificate's kind named
  with the words that set the one asked apart ("Driving licence - full UK"); a level asked read against the CV's
  levelled mentions only. Taxonomy: neonatal intensive care, the Health and Social Care Act 2008, WEEE, ISO/IEC
  19770, LiDAR, expected credit loss, microsuction, tympanometry, high ropes, tenancy enforcement, ERTMS/ETCS,
  signalling testing, PLM products, CertAVN and DipAVN, ACFS and ACFM, interviews under caution; SAP and Dynamics
  365 as ERP systems. After them: 11 false gaps (0.229 of 48), 0.370, 20 hidden; G 10 -> 9, I 7 -> 6 false gaps;
  hidden down in C, E, G, K, L, M and N; gaps found up in C, E, G, I, J, K, L, M. Four shown asks of C, E and F
  become related: the ad asks a level of a field the CV shows at work with a qualification a level below.
  gap_pairs_p.jsonl: 20 more pairs in 20 other sectors (320 asks, 177 shown) by two more helpers, same brief, held
  out: with the code of 06deb3b 23 false gaps (0.489 of 47), gaps found 0.255, 44 hidden; after the O rules above
  21 (0.467 of 45), 0.255, 43. Then read. Most of its false gaps were words the taxonomy read in another sense or
  did not know: PCN (a penalty charge notice beside parking words, a primary care network beside clinical ones),
  STP (the Scientist Training Programme, or spanning tree beside network words), PQR (a product quality review, or
  a welding procedure record), "high-speed design" as signal integrity only beside PCB words; QA, Liquidlogic
  (LCS), ServiceNow ATF, Apptainer (Singularity), timing closure, three-way matching, GRNs, DA limits, termbases,
  FFTs and down-converters as signal processing, building stones, plant ID, the CPCS A40 card. Mechanisms: a name
  in capitals inside an ability asked in the ad's own words is shown by its acronym ("managing Child in Need cases"
  by "mostly CIN and CP"), a mention's capitalised words after it make its name's acronym ("Performance Management
  Application" -> PMA), a list in brackets after a noun offers alternatives ("regulatory inspections (MHRA,
  FDA)"). After them: 1 false gap (0.040 of 25), 0.255, 41 hidden; E 15 -> 14 false gaps; an ask of B the CV
  does not show becomes related (Premiere Pro beside the Final Cut it lists). Then CV headings in capitals that end
  in a section's name ("COACHING EXPERIENCE"), a licence held for fewer years than asked ("held for at least 3
  years" against "passed May 2024"), "sat with" someone "to see how" as watching, "issued by" as another's deed,
  "at professional level" as fluency asked, the Trained Operator's card below the Competent Operator's, the CBT
  certificate's two years, the CPCS A61 card: 36 hidden. Then a tool, hard skill or field the CV names only as a
  pastime (under Interests, "in my spare time") is related, shortfall outside_work, unless the ad asks an interest
  in it: hidden J 22 -> 20, K 32 -> 31, N 33 -> 32, O 20 -> 17; three shown asks of A, B and I become related (the
  hobby was the CV's only mention of a skill its work shows in other words). An "awareness course" as an
  introduction ("DO-254 one-day awareness course" for "Experience of designing to DO-254"): O 17 -> 16, P 36 -> 35
  hidden. Safety critical communication (rail) as a skill of its own: P 1 -> 0 false gaps. gap_pairs_q.jsonl: 20
  more pairs in 20 other sectors (313 asks, 168 shown), held out: it made the code of 06deb3b raise a KeyError (a
  candidate alternative's label), fixed with it; with that fix alone 15 false gaps (0.268 of 56), gaps found 0.456,
  31 hidden; after the O and P rules, 14 (0.255 of 55), 0.456, 28. gap_pairs_r.jsonl: 20 more pairs in 20 other
  sectors (321 asks, 165 shown) by two more helpers, same brief, held out too: with the code of 06deb3b and that fix
  19 false gaps (0.328 of 58), gaps found 0.415, 35 hidden; with that of 008868e, 19 (0.322 of 59), 0.426, 32.
  Then Q was read (with the code of f14f4dd: 14 false gaps, 0.456, 28 hidden). Mechanisms: a head written once is
  shared by the words listed before it ("electrical or mechanical engineering", "written and verbal communication
  skills"), within one field and after "and"/"or" only; a soft skill's capitalised word among names in a list is a
  name ("(Arbitrum, Optimism, Base)"); an awarding body's name before its certificate (models/lexicons/
  awarding_bodies.txt: "Lantra Emergency First Aid", "NPORS or Lantra telehandler ticket") is no ask of its own,
  and the certificate is read as a qualification; a level after the kind of training ("Safeguarding Children
  training at Level 3"); held for a past time ("NPPV Level 2 - held while serving (2009 - 2014)") as lapsed; part
  of the way through a course, a candidate for it, a wish to finish it as in progress; two names of one skill in a
  clause share a cue; in a CV, a deed by others in the passive right after its noun ("CI pipelines owned by the
  platform team", the noun phrase only: four words), by an outside doer ("by external auditors"), by a desk or a
  unit; a study's scribe and "sit in on" as watching; "awareness e-learning" as an introduction; a directing
  person's noun before the people ("placement supervisor for two MA trainees"). Taxonomy: ATS by context (air
  traffic services), "UK CAA" no skill, facials only as a noun, autistic, EC7, Lantra, Slither, bank account
  management, weather and aviation forecasting (TAFs), the 2382 exam codes by edition, the BHS APC, the Coroners
  Acts, Hay job evaluation, equal pay audits, gender pay gap reporting, the WorldatWork CCP, Workday Advanced
  Compensation, prosthetic and SFX make-up, FDGiA, Class 1 and 2 medicals, BICS. After them: 4 false gaps (0.077
  of 52), 0.516, 13 hidden; F 19 -> 17, H 28 -> 24, K 31 -> 30, M 25 -> 24, N 32 -> 30 hidden; gaps found L 43 ->
  42 (a Level 3 diploma asked where the CV holds Level 2 is now related, a lower level, not missing).
  gap_pairs_s.jsonl: 20 more pairs in 20 other sectors (317 asks, 180 shown) by two more helpers, same brief, held
  out: with the code of f14f4dd 37 false gaps (0.463 of 80), gaps found 0.483, 23 hidden; after the Q rules, the
  same. Then R was read (19 false gaps, 0.426, 32 hidden, before and after the Q rules). Mechanisms: a skill's
  activity and its thing across one noun phrase ("Driving the Fendt 209V narrow tractor" for tractor driving); an
  alternative after the first one's level ("CILEX Level 3 or a law degree"); a CEFR level below the one asked, read
  anywhere in the ad's sentence ("Spanish - A2" for "at B2 or above"), as less fluent; a licence with penalty points
  where a clean one is asked, shortfall not_clean; "- booked," said alone, "place confirmed", "starts January 2027"
  as a course to come; no lower-case item after a closing bracket ("Agile (Scrum or Kanban) teams"); a letter or
  two in a technical sentence names a tech skill only; an acronym in a list of names no skill knows is no skill
  ("(SO2, pH, TA, YAN)"). Taxonomy: BMedSci under the BSc, strabismus and amblyopia (squint, lazy eye), Medisoft
  and OpenEyes as EPRs, MET, STR and PNF, MagicPlan as CAD, Hanwell loggers, manufacturing data books (MDRs),
  export sales, oral presentations, pest monitoring, BOHS P405, CSWIP 3.2, pregnancy massage, DEA accreditation;
  descriptions of customs, pricing, margin and customer-facing work. After them: 2 false gaps (0.034 of 59), 0.436,
  26 hidden; B 10 -> 9, E 14 -> 13, J 6 -> 5 false gaps; L 25 -> 24, M 24 -> 23 hidden. S, still held out: 36
  false gaps (from 37). gap_pairs_t.jsonl: 20 more pairs in 20 other sectors (320 asks, 181 shown) by two more
  helpers, same brief, held out: with the code of f14f4dd 27 false gaps (0.380 of 71), gaps found 0.411, 28
  hidden; with that of 33444e7 (the Q and R rules) 28 (0.389 of 72), 0.407, 27. Then S was read (36 false gaps, 0.483,
  23 hidden). Most of its false gaps are abilities a CV shows by what it did, not by a name ("Spotted a duplicate
  £48,500 payment" for attention to detail); of the rest: a soft skill of the way work is done is shown by a CV
  sentence that shows the phrase it is asked in ("Collaborate with data scientists to productionise their models"
  by "Pair with data scientists to productionise ... models"), not one of directing people ("Mentor 1st line
  analysts"); an alternative after the first one's noun ("NMC registered nurse or HCPC registered ODP");
  "registered for" and "2027 sitting" as in progress. Taxonomy: corporate and personal insolvency, CVLs, MVLs, JIEB
  and the CPI, the SRA Accounts Rules (Accts), multibeam echosounders (MBES), USBL, sports science, Winner Flex, KD
  Max and 2020 Fusion as CAD, bicycle mechanics (Cytech, hydraulic disc brakes, Di2 and AXS, e-bike diagnostics);
  supported living written only so (not "supporting live cases"), service design and FCL by context; descriptions
  of performance tuning, automation scripts, native apps and RFCs. After them: 19 false gaps (0.302 of 63), 0.473,
  24 hidden; N 30 -> 31 hidden (an ATPL ask had been missing only
  for a "FCL" read as ocean freight in "Part-FCL"). T, still held out: 27 false gaps. Then an ad's acronym is read
  beside the skills of its own section, not the closing words every ad has of its hiring (equality, diversity and
  inclusion, pre-employment checks): Q 4 -> 3 false gaps ("ATS surveillance services"). Then T was read (27 false
  gaps, 0.407, 27 hidden, with the Q, R and S rules as before them). Mechanisms: a word inside a longer name in
  capitals is no product before its noun ("Ofcom's Code on Television Access Services"), unless the name is a job's
  ("Senior React Developer"); a directing person's title in brackets and numbers joined by "and" ("Practice
  Supervisor (SSSA) for 1st and 2nd year student nurses"); "help" before an action verb is no helpful trait.
  Taxonomy: Visualfiles and Proclaim, InvestOne and Multifonds, the FCA COLL sourcebook, ICSI, VUS, Schema.org and
  JSON-LD, LCP and INP as Core Web Vitals, wide-format printing (HP Latex, Mimaki, Roland), fabric maintenance by
  context (buildings, or blasting and coatings), "logging systems" by context; descriptions of vehicle cleaning,
  stop-the-job authority and counter dressing. After them: 13 false gaps (0.228 of 57), 0.407, 27 hidden; I and S
  one more gap found each. gap_pairs_u.jsonl: 20 more pairs in 20 other sectors (322 asks, 189 shown) by two more
  helpers, same brief, held out: with the code of f14f4dd 54 false gaps (0.581 of 93), gaps found 0.438, 24 hidden;
  with all the Q-T rules 53 (0.582 of 91), 0.427, 23. Then U was read. Its most common false gap was a driving licence
  as CVs shorten it ("Full licence, drive a Hilux", "full B licence"): a form of the full UK licence, and "I don't
  have a full licence yet" as not held yet (in progress). Taxonomy: the ABPI Code of Practice (PMCPA; "ABPI" was
  read as the ankle-brachial index), SRDs, AEs and PQCs, healthcare play, clinic software (Cliniko, Pabau, TM3,
  Jane), Adyen and Checkout.com as payment gateways, OTA Insight as Lighthouse's old name, CNC routing (AXYZ,
  VCarve), Tripleseat, HoneyBook and Aisle Planner as CRMs, Triadan charts; descriptions of working from drawings,
  handling originals, explaining procedures and planning one's own diary. After them: 36 false gaps (0.486 of 74),
  0.418, 23 hidden; T 13 -> 12 false gaps, S 24 -> 23 hidden; gaps found S 0.479 -> 0.468 (a provisional licence
  holder's "full licence yet" is now in progress, related, not missing). gap_pairs_v.jsonl: 20 more pairs in 20 other
  sectors (317 asks, 185 shown) by two more helpers, same brief, held out: with the code of f14f4dd 47 false gaps
  (0.522 of 90), gaps found 0.478, 12 hidden; with all the Q-U rules 46 (0.511 of 90), 0.489, 11. Then V was read,
  taxonomy only: DASH risk assessments, Phoenix LiveView and Ecto, IRT systems (IVRS, IWRS, RTSM; "IRT" by context),
  printmaking's techniques, the Hepatitis B vaccination, the Trauma Recovery Model, field service software (Joblogic,
  Simpro, Commusoft), ACE Project Grants, the furniture fire regulations, "CXM" written only so (not a "CxM",
  commissioning manager); descriptions of test-first work, pharmacy feasibility, workshops run and temperature
  loggers. After them: 33 false gaps (0.429 of 77), 0.489, 11 hidden; gaps found H 50 -> 49 ("Civica Cx" is no
  longer read as customer experience), P 25 -> 26. gap_pairs_w.jsonl: 20 more pairs in 20 other sectors (318 asks, 189
  shown) by two more helpers, same brief, held out: with the code of f14f4dd 36 false gaps (0.500 of 72), gaps found
  0.387, 32 hidden; with all the Q-V rules 33 (0.478 of 69), 0.387, 34.
  Then the soft skills were counted over sets A-V: of the asks the report called missing through a soft skill, 68 the
  CV showed and 69 it did not; through a quality (any soft skill but the practices of
  models/lexicons/practised_soft_skills.txt: mentoring, people management, negotiation...) 55 and 16. Not naming a
  quality is no evidence of lacking it, so the report now calls it "unstated", no gap (and neither a false gap nor a
  gap found here). False gaps F 15 -> 12, G 9 -> 8, H 12 -> 10, I 6 -> 5, J 5 -> 4, O 11 -> 10, S 19 -> 12, T 12 ->
  9, U 36 -> 28, V 33 -> 17; gaps found M 0.491 -> 0.482, Q 0.516 -> 0.505. W, held out and not read (only its
  counts by type were looked at, after the rule): 33 -> 19 false gaps (0.373 of 51), gaps found 0.387 -> 0.344.
  Then W was read. Mechanism: an unknown skill is found in the CV whatever its accents ("Stöckert" and "Stockert S5").
  Taxonomy: the programming languages are kinds of programming (close evidence for "coding skills"), "APM" alone is
  any APM qualification (the PFQ and PMQ under it), a general teaching qualification above the AET, DET, QTLS, QTS,
  PGCE and the dance, swimming and yoga ones, viscoelastic haemostatic testing (TEG, ROTEM), barrier nursing,
  "infectious disease control" as infection control, AETR as drivers' hours rules, WTW Radar and Emblem. After them:
  12 false gaps (0.273 of 44), 0.344, 34 hidden; U 23 -> 22 hidden; gaps found D 0.525 -> 0.535, F 0.553 -> 0.544
  ("writing code to MISRA C", not shown, is programming, related through the CV's C), J 0.411 -> 0.407 ("WTW Emblem or
  Radar", not shown, is now read, related to the CV's other pricing tool). gap_pairs_x.jsonl: 20 more pairs in 20 other
  sectors (314 asks, 184 shown) by two more helpers, same brief, held out: with the code of c1d1688 (before
  "unstated") 46 false gaps (0.568 of 81), gaps found 0.380, 33 hidden; with "unstated" 39 (0.527 of 74), 0.380, 33;
  with W's rules too, the same. Then, from W's hidden gaps: a qualification a checklist answers "no" is not held
  ("SMSTS - no; SSSTS - 2023"), "ran out" is a lapse, "waiting on results" and "sat module 1" are in progress, and
  "attended as observer" is watching. W: 34 -> 31 hidden, gaps found 0.344 -> 0.366. Then more doers: a profession
  by its ending "-ionist", "-apist", "-macist" ("the chief perfusionist wrote the new SOP"), trustees and a principal
  as colleagues ("grant applications are written by our trustees"): W 31 -> 28 hidden, 0.398.
  Then X was used for an experiment, not merged (branch experiment/x-sector-vocabulary): four helpers blind to X's
  pairs wrote the vocabulary of its 20 sectors (522 skills, about 700 forms). X: 39 -> 34 false gaps, 32 -> 37
  hidden, gaps found 0.380 -> 0.298 (matched shown asks 62 -> 94); but A-W: 9 more false gaps and 12 more hidden,
  as the new words read other trades' asks ("casework" in joinery, "CAT events") and asks the CV does not hold.
  Then X was read: mentoring shown by bringing on a junior ("Pair with our grad every week and review her PRs"), an
  ad's lower-case noun phrase the CV writes as its acronym ("functional design documents", "Wrote FDDs"), a level's
  shorthand ("L3 Dip"), "clean licence" as the driving licence. X: 39 -> 34 false gaps (0.493 of 69), 0.380, 32
  hidden; U one false gap fewer (27). Then from X's hidden gaps: a course signed up for or starting on a date
  ("Signed up for an online gait analysis CPD course starting Jan 2027"), "looking into doing" one, a qualification
  begun and given up ("HNC ... started 2012, did not complete"; not past a bracket: "AAT Level 2 (Level 3 started,
  didn't complete)"), the level after the mention's own "training" ("Safeguarding training at Level 3" against
  "Safeguarding Level 2"), a learner where a speaker is asked ("Welsh speaker", "Welsh - learner"). X 32 -> 28
  hidden, gaps found 0.391; T 27 -> 26 hidden ("Care Certificate - started on induction but didn't finish").
  gap_pairs_y.jsonl: 20 more pairs in 20 other sectors (303 asks, 171 shown) by two more helpers, same brief, held
  out and not read: with the code of c1d1688 (before "unstated") 31 false gaps (0.492 of 63), gaps found 0.416, 25
  hidden; with "unstated" alone 25 (0.439 of 57), 0.416, 25; with the W and X rules too 24 (0.429 of 56), 0.416, 22;
  with X's sector vocabulary (the experiment's branch) 27, 0.403, 23.
  Then Y was read. From its hidden gaps: part of the way through a qualification's parts ("on module 2 of 4", "units
  1-2 of 6 complete"; not "4 of 4", not "ranked 2 of 30"), its last step to come ("assessment booked", "theory passed,
  practical still to book"), read past a bracket that ends its name ("NVQ Level 2 in Insulation (Cavity Wall
  Insulation) - registered Sept 2026, assessment booked"; not a dated one, "(2023) - Level 3 booked"); left to run out
  ("let it lapse", "allowed it to expire", "not kept up"; not past the end of a sentence about something else); the
  RYA Day Skipper a certificate of its own below Yachtmaster, not one of its names. From its false gaps: an unknown
  skill's words turned round in one clause of the CV ("IOLMaster biometry" and "Biometry on the IOLMaster 700"; not
  across a colon: "Brachytherapy rotation: observed HDR"); every item of a list that ends in "or" an alternative to
  every other ("Punjabi, Urdu, Polish or Romanian speaker"), not only its neighbour; "multidisciplinary team" as
  multidisciplinary team working (the CV's "MDT"). Y: 24 -> 21 false gaps (0.396 of 53), 22 -> 17 hidden, gaps found
  0.416; E 18 -> 17, H 24 -> 23, M 23 -> 22 hidden ("MSc GIS (part-time, distance learning) - year 1 of 2", "CIM
  Level 4 Certificate - module 1 of 3 complete", "RYA Day Skipper theory" against Yachtmaster Offshore). Then a trade's
  people as role nouns (chaplain, foreman, curator, bailiff, ...) and more of what one colleague does in a CV
  ("The lead chaplain recruits and runs the volunteer programme", "The foreman holds the SSSTS"): Y 17 -> 16 hidden,
  gaps found 0.429. Then any deed in the passive whose doers are people ("Patients are dilated by the nurses under
  PGD", "The CNC profiling machine was programmed by our workshop manager", "the inspection, which was hosted by our
  Chief Pharmacist"): Y 16 -> 15 hidden, 0.442; P 35 -> 34, 0.284; V 11 -> 10, 0.500. Then an unknown skill found
  in the CV's words is not shown where the reading of the CV sets a clause aside as others' work or watching ("as
  an observer", "shadowed the ROV survey team", "run by the senior vision engineers"): P 34 -> 33 hidden, R 26 -> 25,
  S 23 -> 22, Y 15 -> 14 (gaps found 0.455). Then a department named alone opening a CV line does the work it
  names ("Office handles the CIGA guarantee registration", "Engineering own the BOMs"): Y 14 -> 13 hidden, 0.468.
  Z unchanged by these four rules: 33 false gaps, 0.423, 42 hidden.
  gap_pairs_z.jsonl and gap_pairs_aa.jsonl: 40 more pairs in 40 other sectors (620 asks, 395 shown) by two more
  helpers, same brief, written as one set and held out unread: with the code before Y was read 33 false gaps (0.359
  of 92), gaps found 0.415, 44 hidden; with Y's rules 33 (0.355 of 93), 0.423, 42. Then split by pair: Z (z01-z20,
  305 asks) to be read, AA (z21-z40, 315 asks) held out still. Unread, Z: 14 false gaps (0.255 of 55), 0.519, 21
  hidden; AA: 19 (0.500 of 38), 0.302, 21.
  Then Z was read. What a CV says its writer does not hold, before or after any skill, in CVs and profiles only: "No
  MSc", "(not PAS 128 GPR surveys)" (one "not" for every skill of its phrase), "COSHH - not trained yet", "thinking
  about a part-time MSc"; in progress: "applied" said alone, a failed paper, a resit (not "the November resits" of an
  exams officer); the same skill named again in the clause shares a cue before it ("Learning Welsh - ... with Dysgu
  Cymraeg"); people in the plural doing it ("the riggers hold the NRC tickets"); a wish to move "full time into" a
  field, or to get a qualification ("and get my NRC"); a passive's doer after "a", and a place before it ("was done in
  the office by a colleague"); two phrases alike joined by "or" are alternatives ("registration with the HCPC as an
  ODP, or with the NMC as a nurse"); a subject "or a related subject" asked takes the subjects of the CV's degrees as
  close ("a degree in chemistry or a related science" and "BSc (Hons) Food Science"). Taxonomy: certificates of their
  own (National Rigging Certificate, Pool Plant Operator, Deer Stalking Levels 1 and 2, City & Guilds 2377), salon
  booking products apart (Phorest, Fresha, Treatwell, Booksy), measured building surveys apart from laser scanning,
  ATV operation and Species360 ZIMS; "sculpting", "arranging viewings", "ATV" and "quad" only in their fields'
  context; events that others run watched ("Observed paediatric ENT lists"); a verb that only says a thing is done
  leaves its one object to show the phrase ("organising alterations" and "Fittings with actors and alterations"); the
  water tests an aquarist writes as water quality testing ("Tested ammonia, nitrite, nitrate, pH and salinity",
  `described_as`). Z: 14 -> 5 false gaps, 21 -> 9 hidden, gaps found 0.577; H 10 -> 8 false gaps ("HNC/HND in Building
  Surveying, Construction or a related subject"); K 30 -> 29, N 31 -> 30, S 22 -> 21 hidden; R gaps found 0.447 ->
  0.457; M 0.482 -> 0.478 (an ATV ask read as related, not unread). AA, unread: 19 false gaps (0.487 of 39), 21 -> 19
  hidden, 0.317.
  Then AA was read. In CVs: held no longer, said before it ("no longer on Gas Safe register"); sat and failed ("didn't
  get through the psychometric", not "troubleshot failed Kubernetes deployments"); "SMSTS - not yet"; booked by the
  writer ("booked my C1 theory test"), for qualifications too; two certificates a clause apart keep their own cues
  ("ACS expired 2021 - no longer on Gas Safe register"), while one card's name runs past its noun ("CPCS Red Trained
  Operator card - Piling Rig Bored (NVQ in progress)"). The last name of a list joined by "or" is one of those names
  ("Christie, Barco or NEC" names no NEC contracts; "JESD204B/C or PCIe" no C language). A bare "C1" is the licence
  category beside licence words, and a language's CEFR level beside a language or another level ("English (C1)", "min.
  B2/C1"). Phrases read an adverb as its adjective ("calmly" and "Calm with difficult players"). Taxonomy: the SDQ as
  an outcome measure, "improvise" as improvisation, filial therapy apart from play therapy. AA: 19 -> 14 false gaps
  (0.400 of 35), 19 -> 16 hidden, gaps found 0.333; M 11 -> 10 false gaps and gaps found 0.478 -> 0.473 (an NEC ask no
  longer read as NEC contracts, a "Security or CCTV" ask no longer as information security), U 22 -> 21 hidden (gaps
  found 0.429), I gaps found 0.464. Then a kind a target takes instead, narrowed by a word of its own ("OpenBet or a
  similar betting EPOS system"; not after a preposition), "Master of" a subject at a university as a master's degree
  (not "Master of Ceremonies"), multi-agency working, pivot tables close to data analysis, and deeds that show
  mentoring ("had an apprentice with me", "a buddy for new drivers") and mechanical maintenance ("changing pump
  seals"): AA 14 -> 8 false gaps (0.276 of 29); G gaps found 0.479 -> 0.470 ("Google BigQuery or another cloud data
  warehouse" is now related for an on-premises SQL Server data warehouse); X 28 -> 29 hidden, gaps found 0.391 ->
  0.387 ("Chair multi-agency attendance meetings", a duty, matched by the skill it names). Then a certificate's
  categories by their codes after its name, each one asked to be held ("IPAF 3a" for "IPAF 3a and 3b" or "IPAF 3b
  (mobile boom)": related, shortfall `other_category`): hidden gaps F 17 -> 16, I 19 -> 18, J 20 -> 19, M 22 -> 21, Z
  9 -> 8.
  gap_pairs_ab.jsonl and gap_pairs_ac.jsonl: 40 more pairs in 40 other sectors (612 asks, 381 shown) by two more
  helpers, same brief: AB (ab01-ab20, 318 asks) trades, industry, land and public services, AC (ab21-ab40, 294 asks)
  office, professional, health, science and creative work. Unread, with the code before AA was read: AB 29 false gaps
  (0.420 of 69), gaps found 0.548, 16 hidden; AC 12 (0.207 of 58), 0.517, 23. With AA's rules: AB 28 (0.406 of 69),
  0.554, 16; AC 12 (0.211 of 57), 0.511, 23. Then AB was read, AC held out still: a learner's licence ("Provisional
  driving licence", "Driving licence - only provisional"; not "provisional on motorbike"), a car licence as a driving
  licence, a prefixed verb the lemma table lacks read by its verb ("upsold" as upsell, "refactored"; not "present"), a
  practical failed with a resit planned in progress, "need refresher" as lapsed, a first aid certificate of no named
  course lasting three years: AB 28 -> 26 false gaps (0.388 of 67), 16 -> 12 hidden, gaps found 0.554; AA 16 -> 14
  hidden. Then a language with its level after a dash, colon or bracket ("English - good"), waste collection apart
  from street cleansing (a refuse round, "bin lift", "RCV"), a food standard (BRCGS) close to good manufacturing
  practice: AB 26 -> 23 false gaps (0.365 of 63), 12 -> 13 hidden ("At least 12 months' experience of refuse or
  recycling collection" now read and matched; the months are not compared), gaps found 0.533 ("Street cleansing
  experience" now related for a refuse loader); M gaps found 0.473 -> 0.464 ("waste management in a healthcare
  setting" related for a porter's clinical waste collections). Then a qualification titled by its awarding body with
  its level last ("C&G Painting & Decorating Level 2") shows the level where an equivalent will do, and a title found
  in the CV's words counts only where the pipeline would read it held (not "- started with the college, didn't finish
  the portfolio"): AB 23 -> 22 false gaps (0.355 of 62); gaps found AA 0.333 -> 0.349, W 0.398 -> 0.409. Then work
  done without the ticket asked ("Drive telehandler on the farm, no ticket" for "Telehandler certificate": related,
  shortfall `not_certified`): AB 13 -> 12 hidden.
  Then AC was read (still 12 false gaps, 0.211 of 57, gaps found 0.511, 23 hidden, unread with every rule till then):
  the writer's own words of never having done a skill ("I have not used Stata", "Google Analytics - never used it
  properly", "No peer-reviewed papers yet" after a sentence), a skill only hoped for ("hoping to start V150", "keen to
  build a long-term career in financial services"), a place offered on a course as a course to come; a number inside a
  noun phrase ("Delivered the two-week classroom induction"); taxonomy: nurses' "BMs" and insulin visits, the writer's
  place among a paper's authors, targets met for KPIs, answering phones for a telephone manner, the MoJ Claims Portal,
  online teaching, Instagram and TikTok ("Insta"), export documentation, council tax, business rates, housing benefit
  and council tax reduction apart under revenues and benefits, the Code of Fundraising Practice, food microbiology
  apart from microbiology, the SPQ, "IG" as information governance beside its context. AC: 12 -> 3 false gaps (0.057
  of 53), 23 -> 12 hidden, gaps found 0.568. On the sets read before: A 12 -> 11, B 9 -> 8, C 10 -> 9, D 11 -> 10, I 5
  -> 4, J 4 -> 3, U 27 -> 26, V 17 -> 16, W 12 -> 11 false gaps; D 17 -> 16 hidden; gaps found AA 0.349 -> 0.333, K
  0.351 -> 0.340, L 0.467 -> 0.456, Z 0.577 -> 0.570: a platform a CV names (Instagram) is now related, not missing,
  where an ad asks for social media, and prosthetics from a college module only are related.
  Then months of experience are read as well as years, on both sides, and compared ("At least 12 months' phlebotomy
  experience", "18 months' experience in a microbiology laboratory"; `span._.months`, `Mention.months`,
  `SkillGap.months_asked`): AC 12 -> 11 hidden, C 14 -> 13.
- gap_pairs_ad.jsonl and gap_pairs_ae.jsonl: 40 more pairs in 40 other sectors (597 asks, 369 shown) by two more
  helpers, same brief: AD (ad01-ad20, 286 asks) trades, industry, transport, land, public services and hospitality, AE
  (ae01-ae20, 311 asks) office, professional, IT, health, education, science, creative and charity work. Unread, with
  the code before AC was read: AD 16 false gaps (0.348 of 46), gaps found 0.588, 11 hidden; AE 27 (0.360 of 75),
  0.545, 18; with AC's rules: AD the same, AE 26 (0.342 of 76), 0.568, 16. Then AD was read, AE held out still: a
  qualification given up in a bracket that names no other ("18th Edition evening course (started 2022, did not sit the
  exam)"), "so no B+E yet", a licence that "used to show C1" (lapsed), the people a job serves listed with colleagues
  ("explaining treatment plans to homeowners and site managers"); taxonomy: Japanese knotweed and other invasive
  plants, protected cropping (glasshouses) apart from propagation, GLOBALG.A.P., shaft alignment apart from its laser
  kit, challenging behaviour shown by managing disruptive passengers. AD: 16 -> 11 false gaps (0.256 of 43), 11 -> 8
  hidden, gaps found 0.615; J gaps found 0.407 -> 0.416; AE, unread, 25 (0.333 of 75).
  Then a hope to "do the" course ("would like to do the SFA course next year"): S 21 -> 20 hidden.
  Then AE was read: construction's RFI log and technical queries apart from procurement's RFx, drawing revision
  control as document control (not software version control), the products of a common data environment (Aconex,
  Asite, 4Projects, ProjectWise) apart from their kind, board portals, entity management software, volunteer
  management systems, case management systems (a skill that any such system shows, its named products narrower),
  ISO/IEC 17025, measurement traceability, calibration by quantity, concrete testing, HIV PrEP, GUMCAD coding, the
  school census, the RICS Registered Valuer apart from Red Book work, R&E valuations, the ADSO certificate,
  venepuncture as related to phlebotomy (no longer narrower), writing minutes as minute-taking; an ambiguous
  lower-case form after another activity on the same thing is no list item ("Concrete cube making and testing" is no
  software testing), nor an ambiguous form given as an example of a kind of product it has nothing to do with ("Entity
  management software (e.g. Diligent Entities, Blueprint)"); a hyphenated spelling the taxonomy lists is an exact
  match, not a fuzzy one; a full stop inside a written word ("Vue.JS", "Ph.D") ends no sentence; an exam failed and to
  be retaken is in progress, a course left after its first year is not held; "two and a half years", "with 2 years in
  the role", and "nearly two years" (a month short) are read as months. AE: 25 -> 13 false gaps (0.191 of 68), 16 -> 5
  hidden, gaps found 0.568 -> 0.625; AD 11, Y gaps found 0.468 -> 0.474, I 0.464 -> 0.460 and V 0.500 -> 0.489 (a
  sibling product of a case management system is now related, not missing).
  Scored by benchmarks/eval_gaps.py.
- gap_pairs_af.jsonl, gap_pairs_ag.jsonl, gap_pairs_ah.jsonl and gap_pairs_ai.jsonl: 80 more pairs in 80 other sectors
  by four more helpers, same brief (AF and AG written a session before AH and AI). Unread, with the code before AE was
  read: AF 15 false gaps (0.246 of 61), gaps found 0.630, 12 hidden; AG 22 (0.349 of 63), 0.532, 20; AH 14 (0.255 of
  55), 0.562, 10; AI 18 (0.273 of 66), 0.608, 11. With AE's rules: AF and AH the same, AG 21 hidden, AI 19 false gaps
  (0.284 of 67): the rules and vocabulary read from one set still barely reach the next. Then AF was read (AG, AH and
  AI held out): an unknown skill an ad asks is found in the CV written together or apart ("greensand", "green sand")
  or without its maker's name where what is left is a name no English word spells ("BES X" for "QubicaAMF BES X"); the
  stop of an abbreviation ends no sentence and makes no list item ("Full Irish licence (manual), cat. B since 2014",
  "GCSEs incl. Maths"); a lower-case form is a list item of another sentence of its paragraph only beside skills of
  its own field (no Windows among a sign painter's "van doors, windows"); helping one colleague or tradesperson with
  work is not doing it ("Assisted our freelance gilder with water gilding"; not "Helped the customer with ..." nor
  "Helped the team with ..."), nor is anything said "observed only"; a qualification the writer "will do" is to come;
  taxonomy: a licence from another country (Irish, EU, "manual") is a driving licence, PCP and HP deals show motor
  finance, PM schedules preventive maintenance, Metso/Valmet DNA a DCS, reading pattern drawings engineering drawings,
  dealing with complaints or welcoming members customer service; gilding, hedge laying and dry stone walling are
  skills of their own. AF: 15 -> 7 false gaps (0.127 of 55), 12 -> 8 hidden, gaps found 0.630 -> 0.658; AD 12 -> 11, W
  11 -> 10 false gaps; B gaps found 0.709 -> 0.718, Z 0.570 -> 0.582; M 10 -> 11 false gaps (a CV's "payments", read
  as the payments industry from other sentences' skills, had made the ad's financial services related). With AF's
  rules, AG, AH and AI still unread: AG 23 false gaps (0.354 of 65), gaps found 0.545, 20 hidden; AH 13 (0.241 of 54),
  0.562, 10; AI 19 (0.284 of 67), 0.608, 11. Then AG was read (AH and AI held out): a skill's own verb denied, or its
  use ("I do not line manage anyone formally", "I don't use Xero", "did not dispatch trains myself"; not "I don't have
  a full licence yet - test booked"); supervision or management of people by its noun, with "of" ("Supervision of 8
  drivers"; not "Waste Management Operatives"); taxonomy: investment asset management only in its field (a housing
  team's asset management systems, an asset register are physical assets'), the school MIS and its products (SIMS,
  Arbor, Bromcom, ScholarPack), a school's DSL training (renewed every two years) apart from domain-specific
  languages, IFST membership, Intelliflo ("iO"), shelf life trials as stability testing, writing up minutes, inserting
  cannulas. AG: 23 -> 19 false gaps (0.317 of 60), 20 -> 19 hidden, gaps found 0.532; AA 14 -> 13 hidden, AE gaps
  found 0.625 -> 0.629; E gaps found 0.453 -> 0.443 (a DSL training dated 2020 is now related, out of date, not
  missing); V 10 -> 11 hidden, gaps found 0.489 -> 0.478 ("day-to-day supervision of two trials technicians" reads as
  people management, as "supervised" always has, where the ad asks line management). AH and AI, still unread: AH 13
  false gaps (0.241 of 54), gaps found 0.562, 10 hidden; AI 19 (0.284 of 67), 0.608, 11.
  Then AH was read (AI held out): the bare noun "roster" is a shift pattern one works, not the planning of rotas
  ("work a rotating roster"; writing, making or doing the rota is); a verb's objects listed with commas up to "and" or
  "or", and a short bracket of examples after them, are one ability phrase ("Organising match play, club competitions
  and tournaments", "Managing OTA listings (Hostelworld, Booking.com)"); a word a CV sentence denies shows nothing
  ("not driven it"); a renewal due is a held certificate's date; "working towards it", a final assessment in a month
  to come, are in progress; "not done PA6 yet" is not held; the level asked is the highest of the sentences that ask a
  skill as firmly as any, the lowest within one ("Level 2 ... - Level 3 ..." on two lines: 3; "Level 3 or 4": 3), and
  a CV holds the top of a range it names ("Makaton Levels 1-4"), "L3" being Level 3; taxonomy: PA announcements apart
  from PA systems, OTA distribution and its extranets (Booking.com, Expedia, Hostelworld, SiteMinder), LTA, ECB and
  spectator safety qualifications as steps of their own, life-support courses as first aid's kin, CAN bus as
  auto-electrics' kin, entering results as data entry, building seasonal displays as merchandising. AH: 13 -> 6 false
  gaps (0.128 of 47), 10 -> 9 hidden, gaps found 0.562; C 9 -> 8, D 10 -> 8, F 12 -> 11, G 8 -> 6, L 1 -> 0, N 11 ->
  10, Q 3 -> 2, U 26 -> 24, V 16 -> 15, X 34 -> 31, Y 21 -> 20 false gaps; AF 8 -> 7 and T 26 -> 25 hidden; worse: AE
  5 -> 7 hidden, gaps found 0.629 -> 0.607 (longer phrases share more words with a CV sentence: "drafting skills,
  including reports" with "proofread reports", "(such as Volunteers' Week)" with "35 volunteers ... a week"), W 28 ->
  29 hidden, 0.409 -> 0.398 ("Manage venues, AV suppliers and freelance crews" with "line-manage ... 3 freelance
  observers"), V 11 -> 12 hidden ("control, who made the PA announcements": a colleague's deed in a relative clause,
  not read as theirs). AJ and AK: 40 more pairs in 40 other sectors (323 and 288 asks) by two more helpers, same
  brief. AI, AJ and AK unread, with the code before AH was read and after, the same: AI 19 false gaps (0.284 of 67),
  0.608, 11 hidden; AJ 20 (0.357 of 56), 0.529, 12; AK 18 (0.295 of 61), 0.551, 22.
  Then AJ was read (AI and AK held out): clipped words are the whole word ("stability calcs", "comms", "mgmt",
  "maint", "certs"); a degree in its final year is in progress; a course said "not done yet" at its clause's end, or a
  licence never applied for, is not held (not a renewal or refresher not done, which has lapsed, nor a course booked,
  which is to come); taxonomy: "18th ed", the EV charging equipment installation awards (C&G 2919-01, 2921-34) as one
  kind, the Ship Security Officer certificate apart from security awareness, STCW elementary and medical first aid,
  vehicle inspections as vehicle checks, deeds that show menu development (the specials board), presenting (talks to
  groups), content creation (ran the Instagram) and videography (filmed videos). AJ: 20 -> 12 false gaps (0.240 of
  50), 12 -> 9 hidden, gaps found 0.529 -> 0.559; O 10 -> 9 false gaps; D 16 -> 15, H 23 -> 22, T 25 -> 24 hidden; AD
  gaps found 0.615 -> 0.623, D 0.535 -> 0.545; worse: M 21 -> 22 hidden ("he ran the bridge calls and client comms": a
  colleague's deed, now read as communication; a clause whose subject is "he" or "she" is not read as another's, as
  some CVs and every profile are written in the third person). AI and AK, still held out: the same as before AH was
  read.
  Then AK was read (AI held out): people in the plural after "to" are whom the job speaks to, across the words of
  their title, unless a verb follows "to" ("presenting to fund managers" asks no investment management; "used to
  onboard new testers" is onboarding); a skill named as a qualification, by a degree's letters or a level just before
  it ("MSc Advanced Clinical Practice", "Level 3 Forest School Leader"), is read as one for its progress, and "2 of 3
  years complete" is in progress; left after its first year is read further along the line; taxonomy: translation
  management systems (XTRF, Plunet), Nielsen BookScan apart from NielsenIQ, Campaign Monitor, Pest (PHP) beside
  PHPUnit, AHCS registration, risk-benefit assessment as risk assessment (not a welfare benefit's), Practice Direction
  57AD (not CPR the resuscitation), clinical data query management, the Relativity Certified Administrator. AK: 18 ->
  10 false gaps (0.185 of 54), 22 -> 18 hidden, gaps found 0.551 -> 0.564; F 16 -> 15 hidden. AI, the one set still
  held out: 19 false gaps (0.284 of 67), 0.608, 11 hidden, as before AH was read.
  Then two names, each dated, with one cue after a dash are both lapsed ("BOSIET (2017) and FOET (2020) – lapsed
  2024"; not "CSCS (2019) and IPAF – lapsed 2024"): AJ 9 -> 7 hidden.
  AL and AM: 40 more pairs in 40 other sectors (303 and 310 asks), same brief; unread, with the code before AH was
  read: AL 25 false gaps (0.481 of 52), 0.391, 20 hidden, AM 25 (0.472 of 53), 0.412, 21; with AK's rules AL 26 (0.473
  of 55), 0.420, 16, AM the same. Then AL was read (AI, AM and two new sets, AN and AO, 40 pairs in 40 more sectors,
  603 asks, held out): a capitalised form opening a bullet and joined by "and" to a common noun opens a noun phrase,
  not a list of names ("- Pest and disease scouting"; not before another activity, "Sourcing and buying", nor a very
  common word, "Organised and good at"); a common noun phrase that goes on past its words ("- Route knowledge of North
  Yorkshire roads") is an item of its list only in part and needs its context; "or experience" after "or" still joins
  two alternatives ("Supervisory experience or experience leading a small team"); an ability noun ("repair skills") is
  no object of a phrase; an NVQ's or SVQ's level is read however written ("NVQ2", "NVQ 3 Electrotechnical Services",
  "Level 3 NVQ in ..."); given up is read up to 80 characters along the line ("BSL Level 1 - started at Manchester
  College in 2022, didn't finish"); "did not do the", "haven't done any formal" deny what follows; taxonomy: dementia
  the condition (as autism), ceramic coatings and their products, point-of-sale systems by name (Oracle MICROS,
  Lightspeed, Square, Toast, Zonal, Epos Now, Tevalis, NCR Aloha), the RYA Safety Boat course apart from Powerboat
  Level 2, Chapter 8 awareness, "isolation procedures", "pressure systems" and "route knowledge" read in context, STCW
  basic safety training valid five years, BOSIET four, GWO BST two. AL: 26 -> 15 false gaps (0.349 of 43), 16 -> 11
  hidden, gaps found 0.420 -> 0.406 (a qualification in progress, a related card now called related, not missing); AA
  13 -> 12 hidden, gaps found 0.333 -> 0.349; AB 0.533 -> 0.539; U 21 -> 20 hidden; M 0.460 -> 0.455 (Varnish Cache, a
  false skill in "Varnish and brightwork experience", was a gap found). Held out, before and after: AI 19 false gaps
  (0.284 of 67), 0.608, 11 hidden; AM 25 (0.472 of 53), 0.412, 21; AN 18 (0.321 of 56) -> 17 (0.309 of 55), 0.576, 17;
  AO 17 (0.395 of 43), 0.361, 25: the rules read from one set barely reach the next.
  Then AM was read (AI, AN and AO held out): the one an ad would like best is an example of its kind ("ERP experience
  – ideally Sage 200 or Microsoft Dynamics"), and so is what the experience asked includes ("HR experience including
  recruitment, appraisals and absence management"); a skill that is the subject of a passive whose doer is a person is
  theirs ("define.xml was created by the lead programmer"); two letters in capitals are a word of a phrase ("VO
  scripts", "IV medications"); taxonomy: dyslexia the condition, non-verbal reasoning apart from verbal, the Children
  Act 1989 (shown by section 7 reports, child arrangements orders, C100 applications) under family law, Child
  Inclusive Mediation, AMBDA, the Mental Capacity Act shown by best interests meetings for those who lacked capacity,
  Content Manager (TRIM) and Objective ECM as records management, invoice finance apart from asset finance, "D1" read
  in context, Zoom's online sessions, Concur Travel. AM: 25 -> 16 false gaps (0.364 of 44), 21 -> 18 hidden, gaps
  found 0.412; also J 3 -> 2 and K 12 -> 11 and X 31 -> 30 false gaps, G 35 -> 34, O 16 -> 15 and AC 11 -> 10 hidden,
  gaps found AC 0.568 -> 0.580, O 0.370 -> 0.380, W 0.398 -> 0.404, AG 0.532 -> 0.538; I 0.460 -> 0.452 (a family-law
  ask the CV's Children Act work now comes close to: related, not missing). Held out: AN and AO the same; AI 11 -> 12
  hidden (the "ideally" rule: an example of the kind shows it).
  Then AN was read (AI and AO held out; AP and AQ being written): a subject's qualification that opens with a name and
  a higher level shows the level asked ("NVQ Level 3 Professional Cookery" for "NVQ Level 2 or 3 in Professional
  Cookery"); any skill said to have expired after a dash is lapsed ("Confined space (medium) - expired 2022"; not
  "Excel - expired certificates report"); taxonomy: pressure testing ("hydro tests", "pneumatic leak tests";
  "hydrostatics" only as written for naval architecture), the VHF Short Range Certificate, ULD build-up, RTITB
  counterbalance (B1), CPR valid one year. AN: 17 -> 13 false gaps (0.250 of 52), 17 -> 15 hidden, gaps found 0.576 ->
  0.582; AD 11 -> 10 and X 30 -> 29 false gaps; Z 0.582 -> 0.575 (a GMDSS ask the CV's SRC now comes close to:
  related, not missing). Held out: AI and AO the same.
  AP and AQ: 40 more pairs in 40 other sectors (289 and 323 asks) by two more helpers, same brief, held out; with the
  code of this set's start (b42cd6a) and after AL, AM and AN were read: AP 8 false gaps (0.182 of 44), 0.537, 16
  hidden, the same; AQ 17 (0.347 of 49), 0.457, 16 -> 16 (0.333 of 48), 0.451, 17.
  Then a post whose holder runs people shows people management in other words, close rather than matched
  (models/lexicons/titles_showing_skills.txt: "Warehouse Supervisor, Tesco", "Chargehand on the Sabic shutdown", "team
  leader for 12 pickers"; not another's post: "Reported to the site supervisor", "my team leader"): false gaps AB 22
  -> 20, AD 10 -> 9, AL 15 -> 14, AN 13 -> 12, V 15 -> 14; held out, AI 19 -> 18, AQ 16 -> 14, AO and AP the same;
  gaps found down where the ask wants years or a team of a size the title does not show, now related, not missing: AH
  0.562 -> 0.548, J 0.416 -> 0.407, K 0.340 -> 0.330, O 0.380 -> 0.370, Z 0.575 -> 0.562.
  Then AO was read (AI, AP and AQ held out): the words of an everyday skill's name are no field's context ("meticulous
  attention to detail" made "drafting" draughting; "excellent", from a soft skill linked to technical writing, made
  "LMA documentation" technical writing), though a curated context word still is ("negotiation skills" beside sales);
  the disciplines listed after a word of collaboration and "with" are the colleagues' ("a collaborative approach with
  design, animation and code", "work closely with product management and development"), not skills asked (not the
  working itself, "collaborate with cross-functional teams", nor an activity after the colleagues, "liaise with
  clients and mentor junior staff"); "not redone since" and "never refreshed" lapse a certificate, "not started yet"
  denies it; taxonomy: arrears management of any kind (mortgage arrears, MARP) above rent arrears, Facebook the
  platform (not the employer), legal drafting skills, questionnaires drafted, client calls and meetings for
  client-facing work, talking to groups for public speaking, CPU and memory budgets as performance work, EDI
  champions. AO: 17 -> 10 false gaps (0.278 of 36), 25 -> 24 hidden, gaps found 0.361; also AC 3 -> 2 and AE 13 -> 12
  false gaps; nothing else moved. Held out: AI, AP and AQ the same. Tried and dropped: an ability phrase cut before a
  skill joined to it by "and" ("drafting skills and meticulous attention to detail"): 9 false gaps more on eight read
  sets; the National Certificate in Independent Advocacy apart from advocacy work (AO 2 hidden gaps fewer, held-out AP
  one more hidden and one fewer found); the lemma's frequency for context words ("closing" is "close": it took sales
  from "closing six-figure deals"). Then years stated before a skill reach it across a list of its kinds ("3 years'
  experience in regulatory or study-based toxicology": the apostrophe of "years'" had counted as a word of the five
  allowed between), and Bloomberg Market Concepts is the e-learning certificate, not the terminal: hidden gaps AO 24
  -> 22, AM 18 -> 17, K 29 -> 28, M 22 -> 21, N 30 -> 29, P 33 -> 32, Z 8 -> 5; nothing else moved; held out, AI, AP
  and AQ the same. Then a denial reaches the items of its list that "or" joins, however far ("I don't have experience
  of special diets for patients or texture-modified food, or dementia"; not past "but"), and "don't have any
  experience of" denies as "no experience of" does: AL gaps found 0.406 -> 0.420; nothing else moved; held out the
  same. Then a form before a capitalised noun of its kind, in a sentence in sentence case, is a name's first word, not
  the skill before a noun ("preparing children for the 11+ (GL Assessment)" is no general ledger; "Go services" still
  Go): AM 16 -> 15 false gaps; nothing else moved; held out the same. Then headings read off SkillSpan's ads: "Who
  we're looking for" heads requirements (in 12 ads of these sets, whose lists had been read as the role's), "What
  awaits you" benefits, "Your mission" duties, "Our culture" and "What we do" the employer, "Experience level:" no
  list of experience; and a qualification's name before the writer's "application" is applied for, not held
  ("Enhanced DBS done as part of ADI application"; not "Processed DBS applications"): AB hidden gaps 12 -> 11 (the
  ADI, now read as asked, was matched to that application until the second rule), gaps found 0.539 -> 0.532 (one
  more ask read, related). The phrase model, retrained because its duty-section feature reads the new headings,
  moved three phrases: A hidden gaps 13 -> 12 and gaps found 0.720 -> 0.726, AH false gaps 6 -> 5 ("handle cattle
  safely using crushes" now found in "Handling cattle every day through the crush"), X false gaps 29 -> 30 ("plan and
  deliver fun, progressive lessons" no longer found in "Writing my own termly and weekly lesson plans"); nothing else
  moved; held out the same.
  Then, reading SkillSpan's ads, the employer's praise of itself asks nothing ("We are strong believers in Open
  Source"), nor a minimum of pay: no set moved. Then AI was read, after it had been held out since AF-AI were written
  (AP and AQ held out, and two new sets, AR and AS, written to be): every item of a list in brackets after a noun
  is an alternative to the others, not only the first two ("An accounting qualification (AAT, ACCA, CIMA)"; not
  after a name, whose parts it lists: "AWS (S3, RDS, ECS/EKS, IAM)", caught by the sample's score in a reread); an
  example after "including" may follow its activity's verb ("Media experience, including writing press releases");
  "when booked for it" is a condition of a locum's work, no course booked; taxonomy: architecture the discipline
  (read in context beside software architecture: "A degree in architecture, interior design or 3D visualisation",
  "BA (Hons) Interior Architecture"), Autotask and HaloPSA as ticketing systems, BAS-3 as a cognitive assessment,
  chronic disease reviews, committee reports, VTune and Superluminal as profiling, and what shows a telephone
  manner ("50-60 calls a day") or work with other agencies ("Liaised with probation"), there but not by their
  names. AI: 18 -> 9 false gaps (0.158 of 57), gaps found 0.608, 12 hidden; also H 8 -> 7, AE 12 -> 11, AH 5 -> 4
  false gaps; nothing else moved. Held out: AP 8 false gaps (0.182 of 44), 0.537, 16 hidden, and AQ 14 (0.304 of
  46), 0.451, 17, the same before and after. Tried and dropped: any list in brackets after a skill as its examples
  ("network programming (TCP/UDP sockets)" shown by UDP): 4 false gaps fewer, but 20 gaps found fewer and 7 more
  hidden on the read sets, where such lists were labelled item by item. Then a subject after a qualification's noun
  and "in" is named as a qualification, and read for its progress ("Enrolled on the Diploma in Dermatology ...
  starting in the autumn", "CIPS Level 4 Diploma in Procurement and Supply - 2 of 6 modules passed"): AI 12 -> 11
  hidden; nothing else moved (19 CV mentions in the read sets now in progress, each read). Then a sentence under the
  role's heading that opens with "we", names no tool and neither hires nor looks for anyone is said of the employer
  (SkillSpan: "We are highly motivated collaborative and fun-loving team with an entrepreneurial spirit"): no set
  moved. G's and K's hidden-gap ceilings, 34 and 28, were above what the code had reached in an earlier session (31
  and 27): tightened to those.
  AR and AS: 40 more pairs in 40 other sectors by two more helpers (public sector, trades, transport, hospitality,
  land and facilities; professional services, technology, health and care, science, education, creative work),
  written to tests/data/gap_pairs_brief.md this session and held out, unread: AR (311 asks, 173 shown) 15 false
  gaps (0.259 of 58), gaps found 0.473, 20 hidden; AS (355 asks, 214 shown) 16 (0.281 of 57), 0.423, 35 hidden;
  the same with the code of this session's start (63cbeb1) as with AI's rules: the rules read from AI and SkillSpan
  did not reach them. Then AP was read (AQ, AR and AS held out): a figure listed beside an item of its own shape
  that names nothing is no skill ("12-hour shift, 2:2 or 3:1 roster": rosters, not degree classes; "a 2:1 or 2:2
  degree" still both); an unknown skill the ad asks is found in the CV with a slash or a full stop inside it or not
  ("DW/144", "DW144"); a date a skill was taken, then "never got refreshed" or "not renewed", lapses it; customer
  service shown by "polite with customers", "dealing with queues". AP: 8 -> 4 false gaps (0.100 of 40), 16 -> 15
  hidden, gaps found 0.537; nothing else moved on the read sets. Held out: AR 15 -> 14 false gaps (0.246 of 57), AQ
  and AS the same. Then AQ's false gaps were read (AR and AS held out), at the end of the session, for two
  taxonomy entries only: ShotGrid, by its old name "Shotgun" read in its field's context (not the gun: "Shotgun
  certificate"), and media metrics, whose "CPM" is read beside reach and frequency (not the critical path
  method's): AQ 14 -> 12 false gaps (0.273 of 44), 0.451, 17 hidden; nothing else moved; AR and AS the same.
  Next session (AR and AS still held out; AT and AU being written): a skill described in other words may spread over
  one clause, up to nine words, in its name's order and with no punctuation between ("Chased the builders and two
  architects for unpaid invoices" for credit control, "Ran the weekly planning and review workshops with clients";
  not "Learned to operate the packing machine", out of order): false gaps J 2 -> 1, T 9 -> 7, V 14 -> 12, X 30 ->
  29, AK 10 -> 8, AO 10 -> 9; gaps found AA 0.349 -> 0.333, AG 0.538 -> 0.526, AO 0.361 -> 0.347, P 0.295 -> 0.284
  (all read sets: 425 -> 416 false gaps, 1,879 -> 1,875 gaps found, 720 hidden, the same). Of the four gaps lost,
  three are fair readings of "related" (retail sales shown where lending and retail sales targets were asked; a
  sanctions hit escalated; a season in a professional academy for an elite sport environment) and one is not ("the
  group's single-cell data is analysed by collaborators"). Held out: AR and AS the same. Tried and dropped: the
  specialisations of a related skill as close evidence (Scrum, a kind of agile, for the SDLC, related to agile):
  12 false gaps fewer, but 53 gaps found fewer.
  AT and AU: 40 more pairs in 40 other sectors by two more helpers (heavy industry, transport and the outdoors;
  regulators, courts, membership bodies, museums, faith groups, retail head offices, sport governance), written to
  tests/data/gap_pairs_brief.md and held out, unread: AT (363 asks, 195 shown) 28 false gaps (0.368 of 76), gaps
  found 0.490, 30 hidden with the session's start code (4a6e622), 26 (0.351 of 74) with the clause rule above; AU
  (341 asks, 190 shown) 23 (0.291 of 79), 0.523, 32 hidden, the same with both. Then AQ's false gaps were read
  further, for taxonomy only: regulatory announcements (a listed company's "RNS", "RNSs", "trading updates"), and
  "investor presentations" with "analyst presentations" read as investor relations, not a start-up's pitch decks;
  what shows research ("documentary research", "desk research"), de-escalation ("calm things down"), a telephone
  manner ("phone contact") and presenting ("presented shows"): AQ 12 -> 8 false gaps (0.205 of 39), gaps found
  0.451 -> 0.437 (presenting, shown, was also asked "in a planetarium", which the CV does not show), 17 hidden; AE
  gaps found 0.607 -> 0.611 (RNS, not shown, now read); nothing else moved; AR-AU the same.
  Then AR was read (AS, AT and AU held out), for taxonomy and one rule: a degree's subject the CV names may be a
  discipline of practice as well as a field ("MSc Environmental Management" for "a degree in environmental science
  ... or a related subject"); "IAM" is read in context, identity and access management beside AWS, roles and
  permissions, the Institute of Advanced Motorists' test beside driving ("IAM Advanced Driver (passed 2016)" had been
  read as identity management), and "LQA" likewise (translation's quality assurance, or the luxury hotels' audit,
  one skill with Forbes Travel Guide's standards); the Climate Change Act as climate policy; loading by hand as
  manual handling; food safety awards named for their sector ("Level 2 Food Safety and Hygiene for Catering": no
  catering). AR: 14 -> 8 false gaps (0.160 of 50), gaps found 0.473 -> 0.462, hidden 20 -> 21 (with the advanced
  driving test now read beside it, the CV's "ADI Part 1 (theory) passed 2019 - didn't go on to Part 2" is read as
  ADI, but not as unfinished: left). H: 7 -> 8 false gaps, 22 -> 21 hidden, gaps found 0.445 ->
  0.455: the CV's "Catering" from its food safety award's name had matched "Catering for special diets" (shown in
  other words) and "contract catering" (not shown); nothing else moved. Over ~2,100 documents, "IAM" is lost in one
  SkillSpan tag line in lower case ("security infrastructure iam pki") and the "security" of one identity ad beside
  it. AS, AT and AU the same.
  Then AS was read (AT and AU held out), for taxonomy only: "CPR" read in context, cardiopulmonary resuscitation
  beside first aid, rescue or other tickets, or the Civil Procedure Rules beside claims, costs, courts and "Part 36"
  (six CVs and ads of the read sets, all legal, had read the rules as resuscitation; "Civil Procedure Rules" itself
  had not been read); the Drinking Water Inspectorate's regulations and MCERTS; "presented ... report" as presenting.
  AS: 16 -> 14 false gaps (0.255 of 55), 0.423, 35 hidden; AK gaps found 0.564 -> 0.570 (the rules, not shown, now
  read); nothing else moved on the read sets; AT and AU the same. Tried and dropped: "RAMS" read as risk
  assessments and method statements on sites (in context: install, contractors, permits): AS one false gap fewer,
  but AT, held out, one more, and Y one more hidden gap ("Followed the RAMS on site (written by our workshop
  manager)" matched "Write risk assessments and method statements (RAMS)").
  Then AS's hidden gaps were read: "only" before a verb of watching makes a clause of watching, whatever was
  watched ("Only observed the Halcyon commissioning"; not "Not only observed ... but led"); taxonomy: the
  radiotherapy machines and record systems by their makers' names, siblings of each other (Varian's linacs and
  Elekta's, Varian ARIA and Elekta MOSAIQ; "ARIA" read in context, the oncology system or the web's accessibility
  attributes, which two CVs of the read sets had been given for the oncology system), Centric ("our PLM (Centric)")
  and WFX as PLM systems. AS: 35 -> 33 hidden, gaps found 0.423 -> 0.402 (two ARIA asks, not shown, were missing as
  the web attributes; now related, through the CV's MOSAIQ), 14 false gaps; P: 32 -> 33 hidden, gaps found 0.284 ->
  0.274 ("Experience of linac commissioning" is now read as linacs, which the CV shows, and its commissioning, which
  it does not, is not read); nothing else moved; AT and AU the same. A first version took "Halcyon" (a linac, and an
  employer the helpers often invented) and fuzzy-read "Lincs" as "linacs" (eq diff): the machine is named with its
  maker only, and "linacs" is read as the plural of "linac".
  Then more false skills read off AS: "DP" in context (the IB's Diploma Programme beside IB, MYP, CAS or HL; a
  research agency's data processing beside surveys, scripting or Confirmit; dynamic positioning at sea: the IB
  school's ad and CV and a market researcher's CV had all been read as dynamic positioning), "Calypso" (Zeiss's CMM
  software beside CMMs, or the trading platform beside trading desks), "HLS" by its case only (its lemma "HL" had
  been read in "History HL/SL"), and two-letter abbreviations listed with slashes are no name ("HL/SL" had been read
  as HLSL; names with a slash of their own, "CI/CD", or longer parts, "Given/When/Then", "Excel/VBA", still read: a
  first version that refused every slash lost those, in the eq diff). AS: 33 -> 34 hidden (the IB Diploma
  Programme, now read, matches an ask for its "DP Coordinator workshop", which is not read), one ask shown more
  ("at least 3 years' experience teaching the IB Diploma Programme" by "seven years' DP experience"); nothing else
  moved; AT and AU the same.
  Then a qualification begun and given up is read past closed brackets in lower case, which name no other ("Started
  a Level 2 Carpentry course at Crawley College (2018) - didn't finish"), and one whose later parts were not taken
  is not held ("ADI Part 1 (theory) passed 2019 - didn't go on to Part 2", "CeMAP 1 & 2 passed (2018) - never
  completed CeMAP 3"); a first version let every cue of "not held" past such brackets and lost "LTQ Orbitrap Velos
  (old one, for teaching)" to the "never used it" of the next clause (eq diff). AR: 21 -> 20 hidden, gaps found
  0.462 -> 0.473; nothing else moved; AT and AU the same.
  Then acronyms that spaCy's lemma table takes for plurals of shorter words are matched as written (models/lexicons/
  lemma_exceptions.txt: "AWS" -> "aw" had read a list of initials "AW, DB, CM" as Amazon Web Services; "LIMS" ->
  "lim" a referee "Rachel Lim"; "CHS" -> "ch" calcium hardness and Companies House; "ERS" -> "er" the European
  Respiratory Society, employee relations and a Danish word; "PACS" -> "pac" an ISO 20022 message type): 14 false
  readings gone over ~2,100 documents, none lost ("aws" in a lower-case tag line still AWS); no set moved. A first
  version keyed on the token's capitals instead was case-dependent, and lost "aws" and "gcp" in a lower-case tag
  line and the context "AWS" gave "infrastructure" (eq diff): dropped for the lexicon.
  Then hidden gaps of lower levels and grades (all read sets): a qualification in progress is held only where every
  ask of it takes that ("CFA - qualified or studying towards" does not soften "CFA Level I passed"; a benefit's
  "study support for RICS qualifications" asks nothing); a level after the name's letters in brackets is the name's
  ("Non-Police Personnel Vetting (NPPV) Level 3"); a grade before the body's name after a comma ("Graduate Member,
  IStructE"); grades by their letters (IEMA's AIEMA < PIEMA < MIEMA < FIEMA, the IStructE's, the CIPD's, CIMA's,
  CILT's); "not yet", "not (yet) on" before a qualification say it is not held ("not yet on a CEng scheme"). Hidden
  gaps over the read sets 774 -> 765 (AS 34 -> 31, G 31 -> 29, AR, E, K, M one each), AS gaps found 39 -> 40; no
  false gap moved; one ask shown became related, not matched ("A degree ... accredited by the Landscape Institute",
  whose skill the ad also asks chartered, where the CV's grade is licentiate); eq diff: one mention over ~2,100
  documents (that CEng). AT and AU the same.
  Then sets AV and AW (40 pairs, 673 asks) were written by two more helpers, same brief, and scored once unread with
  the code of f4b7b67: AV 18 false gaps (0.209 of 86), gaps found 0.591, 28 hidden; AW 28 (0.259 of 108), 0.672, 15.
  Then a qualification begun on a date with no end on its line is in progress ("AAT Level 3 Diploma - started Sept
  2026 (evening classes)"; not "started 2019, completed 2021"): P 33 -> 32, V 12 -> 11 hidden; AV 28 -> 27 hidden,
  AT, AU and AW the same; eq diff: five mentions over ~2,100 documents, all begun courses.
  Then a product the taxonomy does not know, named by a rare word beside the skill asked ("Consilium Salwico fire
  detection systems", "Sage Intacct"), must be named by the CV when every ask of the skill names one and none takes
  a similar product: another product of the kind is related ("another ... product"). A: 12 -> 11, AN 15 -> 14
  hidden; no false gap, no shown ask moved; held out: AT 30 -> 27 hidden, AU, AV and AW the same (their shown asks'
  counts unchanged). A first version judged each ask alone and took any capitalised rare word: 18 hidden gaps fewer
  but 12 shown asks no longer matched ("Bentley Substation" made substations related though the ad asked them
  plainly too; "Ribblehead Quarry", "Ambulatory EEG" are no products).
  Then more ways of offering an alternative: one preferred and another taken ("Calypso preferred, PC-DMIS
  considered"), another in brackets after the first's phrase ("CTA or ATT qualified (or ACA/ACCA with significant
  tax experience)"); and a skill written in lower case comes close through the items of a bracket just after it
  ("network programming (TCP/UDP sockets)", "architecture documentation (HLD/LLD, decision records)"; not a name's
  bracket, "CCH Central (Personal Tax module)", whose first version made four gaps found related). D 8 -> 7, AI 9 ->
  8, AM 15 -> 14 false gaps, nothing else moved; held out: AT 26 -> 25 false gaps, AU, AV and AW the same.
  Then acronyms of other fields read in context, each with its senses in the taxonomy (the eq diff had them wrong
  in most places): "EMI" (electromagnetic interference beside EMC and RF; EMI share options beside shares and
  HMRC; a care home's "EMI unit" as dementia care: all seven had been electromagnetic compatibility), "CPA" (the
  accountant beside accountancy; the Care Programme Approach beside mental health; the Construction Plant-hire
  Association's contract lifts and guides by their names: nine of ten had been the accountant), "SIP" (telephony;
  the Share Incentive Plan; the Statements of Insolvency Practice: eight of twelve had been telephony), "DCS" (a
  plant's control system; an airline's departure control system), "AD" (Active Directory; audio description), "CI"
  (continuous integration; continuous improvement beside lean words and savings); the UK employee share plans as
  skills of their own (SAYE, SIP, CSOP, EMI, under employee share plans). Y 20 -> 19 false gaps (an audio
  describer's "AD scripting software"), AS 31 -> 30 hidden; gaps found AS 40 -> 38 and Q 47 -> 46: three asks
  not shown that had been missing through the misread EMI or an unread "SIP" are related now, the CV showing
  sibling plans (SAYE and SIP where CSOP and EMI are asked); AE 55 -> 56. Two new wrong readings in the eq diff
  ("the AD plant supplier" on a farm, "our CI classes" of an IT service model) and one lost ("Teams voice
  solutions", whose support was the sure "SIP" beside it). Held out the same.
  Then a vehicle of one's own as a skill (own transport: "own car", "own van", "access to a car"; a licence alone
  related), a car the CV says it does not have not held ("I don't have my own car at the moment"; a determiner after
  "don't have", so that "I don't have a full licence yet" stays a licence to come), SOAP notes as clinical records,
  faults diagnosed as fault finding (described in other words). Read sets: false gaps 431 -> 424 (I, J, U, V, X, AJ,
  AN one each), hidden 760 -> 749 (eleven licences without a car), gaps found 1957 -> 1959; AA's share of gaps found
  0.333 -> 0.328 (an ask not read before, "access to a car", is read and related: one more among those read). Held
  out: AT 25 -> 24 false gaps; AU, AV and AW the same. Eq diff: 261 documents gain own transport (checked a sample
  of 40: right but "do all my own car maintenance").
  Then an audit of every acronym read over ~2,100 documents (a helper's, 1,304 forms: 333 wrong readings in 183 of
  them), its most frequent taken first, each with its senses: "FOH" (a venue's front of house; the live sound
  engineer's mixing position), "PSSR" and "PST" (the Pressure Systems Safety Regulations, the police's personal
  safety training; modules of the seafarers' STCW basic training), "TMS" (transport; treasury; a cinema's theatre
  management system), "CFA" (the Chartered Financial Analyst; continuous flight auger piling, with piling as a skill,
  read as written: "a messy pile of timesheets" is none), "ORCID" (a researcher's identifier, which had been
  fuzzy-read as OrCAD). Eq diff: 27 documents, about 40 wrong readings right, none worse (a first version gave
  "PST" after "Personal Safety Training" in a custody ad to the seafarers, through "first aid" beside it: the police
  sense's context now holds PACE and safer detention; and took "theatre management system" for a cinema's, which a
  hospital's operating theatres also have). Read sets: no false gap moved; T 24 -> 25 hidden ("5 years' experience
  operating piling rigs", not read before, is read and matched, the CV's earlier years as a rig attendant on CFA piles
  counted); five asks not read before are matched, all shown. Held out the same.
  Then the writer's name in capitals on a CV's first line, from the same audit: a rare word in capitals beside a word
  in capitals is a name, no typo ("KIERAN WALSH" had been Welsh; "STRONG PYHTON SKILLS" still Python), and "TOM" is
  the target operating model only beside its field's words ("TOM HEYWOOD - Agricultural Service Technician" had been
  one). Eq diff: nine readings, all these; no ask moved.
  Then more of the audit's acronyms, each with its senses: "HFSS" (Ansys's RF simulator; the food rules on high fat,
  salt and sugar, a skill), "PTP" (the healthcare science Practitioner Training Programme, apart from the scientists'
  STP), "CTF" (counter-terrorist financing; capture-the-flag contests; a school's common transfer files), "CCA" (the
  cabin crew attestation only beside cabin crew's words: the Civil Contingencies Act and SAP's cost centre accounting
  had been cabin safety). Eq diff: 18 documents, 19 wrong readings gone, one still wrong in another sense (a rating
  surveyor's "CCA from Check to Appeal"); no ask moved.
  Then "AfC" (Agenda for Change) as written ("Sunderland AFC season ticket" had been it), "PPT" (PowerPoint; a powered
  pallet truck beside a warehouse's words), "TAF" (a terminal aerodrome forecast; Team Around the Family, a skill).
  Eq diff: 11 documents, all right. O: one ask shown matched, not related ("instruct on PPT"); V 11 -> 12 hidden:
  "Chair Team Around the Family meetings", not read before, is matched by a CV that attended them, chaired by others
  (the ask's verb is not compared with the CV's), and V's share of gaps found 0.473 -> 0.467 (one more ask read).
  Then AT, held out since it was written, was read (AU, AV, AW held out still; AX and AY, 40 more pairs in 40 new
  sectors by two more helpers, same brief, were scored once unread: see below). AT's false gaps: an alternative no
  skill names, in the CV in the ad's words, is related ("BSc (Hons) Maritime Business" for "a degree in maritime
  business, economics or similar"; an adjective shares the skill's noun, "a biological or physical science" lists
  biological science; the list must offer a choice, its item must hold a word that says which); a list item whose
  name holds "&" ("Reyrolle, Long & Crawford or Schneider"); taxonomy: safe isolation a practice of its own (it had
  been the Electricity at Work Regulations) with isolations done in other words, heights said as a person does ("no
  problem with heights"), cargo securing (the "CSS Code" had been web CSS), crushing and screening, flow
  measurement, the engineer's degree and licencjat as bachelor's degrees, an English GCSE close to English; etching
  and lithography the artist's only in context (semiconductor "etch" had been printmaking). AT's hidden gaps: a card
  run out or training with no card is no ticket ("telehandler - NPORS (expired 2020)", "in-house training ..., no
  licence card", the reach after the mention 40 -> 60 characters); a portfolio begun on a date is in progress ("DSC
  Level 2 - started the portfolio 2023"), as is a course whose other parts are not done ("(the other 3 modules not
  done yet)"); a code said never needed is not held ("IMDG isn't something I've needed"); categories by number after
  "category" are compared like IPAF's ("IATA DGR Category 8" for "Category 10"). AT 24 -> 15 false gaps, 27 -> 21
  hidden, gaps found 0.490 -> 0.480. Read sets: false gaps 424 -> 417 (K, U, AE, AG, AN, AQ, AR one each), hidden 751
  the same, gaps found 1,959 -> 1,955: four asks not shown that were missing are related now, their CV showing the
  alternative the ad lists but not the years or the use asked (Q's "3 years ... on TV or film productions" with 2.5
  years of TV; AO's rostering with 20 months in a staff bank office; U's "drawings in Vectorworks or AutoCAD" from a
  CV that only opens Vectorworks files; AN's "Lam Research etch tools", now not read: "etch" is no printmaking), so
  Q's share 0.500 -> 0.489, AN 0.58 -> 0.576, AO 0.34 -> 0.333. A first version of the CRM senses (a laboratory's
  certified reference materials beside customer relationship management) was dropped: the eq diff gave twelve
  sales CRMs to the laboratory, by the support of their documents; the reference materials are a skill by their
  full name only.
  AX and AY, scored unread with the code of 164c838 (before AT was read) and after, the same both times: AX 16 false
  gaps (0.232 of 69), gaps found 0.589, 17 hidden; AY 30 (0.259 of 116), 0.662, 14. Held out still: AU 23 -> 21 false
  gaps, AW 28 -> 27 (gaps found 0.672 -> 0.664), AV the same.
  Then AU was read (AV-AY held out still). Its false gaps: an example of a kind past the rest of its product's name
  after a bracket ("Blue Yonder (JDA) Space Planning or a similar planogramming tool"; a first version that passed
  any capitalised words made "City & Guilds F-Gas or another refrigeration qualification" related through a CV's
  "no refrigeration ... qualifications"); a list of verbs with "brief" among them ("Recruit, brief and support our
  volunteer assessor panels": "brief" is an action verb now; the retrained phrase model is unchanged); taxonomy: the
  planogram tools (Apollo, in context; Spaceman; JDA Space Planning), a council's address gazetteer (LLPG, BS 7666,
  BLPUs, GeoPlace), the CQC's Fundamental Standards as the Regulated Activities Regulations of the 2008 Act (related),
  MI by how often it is produced ("weekly MI"; not "daily MI": "daily" had been the only word that backed a
  lower-case "agile" in a SkillSpan ad, and with it one right reading went), data quality and training delivery
  described in other words, record keeping as a skill (a habit of work like attention to detail, shown by deeds more
  than by name: typed as a soft skill, it is unstated where a CV does not name it; as a hard skill it had made twelve
  false gaps of asks shown in other words, "Write daily notes on Nourish", "recording loads in and out"). Its hidden
  gaps: the Welsh Language Standards of the 2011 Measure apart from the 1993 Act's schemes; the Social Value UK
  practitioner training apart from social value. AU 21 -> 12 false gaps, 32 -> 29 hidden, gaps found 0.523 -> 0.519;
  AT 21 -> 20 hidden (TASCC records related, not matched).
  Read sets: U 22 -> 21 false gaps (a "Keep accurate records" of a CV that kept records); AK 8 -> 9 (the "database"
  of "Experience using a CRM database to keep records up to date", backed by record keeping beside it, is read as
  databases); W's share of gaps found 38 -> 37 (a "delivering training online via Microsoft Teams" is related through
  workshops run). Eq diff: 70 documents gain record keeping, all read right; the reading of one verb list and of
  twelve documents' new taxonomy entries. Held out: AW 27 -> 26 false gaps (gaps found 0.664 -> 0.655); AV, AX and AY
  the same.
  Then more of the acronym audit: a UK postcode district after a town's name is an address ("London EC2", "Bristol
  BS4": Amazon EC2 and Beautiful Soup before; its areas in models/lexicons/postcode_areas.txt, so that "Upper KS2",
  "Oracle P6" and "GA4" stay skills, which a first version without the areas had lost); an acronym a document
  defines in its plural stands for that ("budget impact models (BIMs)", "nutrient management plans (NMPs)",
  "Ambulance Care Assistants (ACAs)", "statistical analysis plans (SAPs)": a plural's letters are read without its
  "s"); EAL the awarding body apart from English as an additional language (read beside pupils and classes); SRM
  (specified risk material beside cattle and carcasses, supplier relationship management beside suppliers), TGI
  (Kantar's survey beside audiences and media planning, the LLM server beside inference and GPUs), CBT the therapy
  beside modalities and clients (it had been the motorcycle training in three therapy documents), the ONR Safety
  Assessment Principles, statistical analysis plans (related to statistical analysis and clinical trials). And a
  pattern that a module defined twice had shadowed: a sentence "speaks of languages" by a CEFR level as a word ("C1",
  "CEFR"), no longer by "B2" inside "B2B". Eq diff: 25 documents, every change a wrong reading gone or made right.
  Read sets: L 23 -> 24 hidden, gaps found 0.455 -> 0.444 ("Structural composite repairs to SRM", the aircraft's
  structural repair manual, had been missing as supplier management; the CV's repairs are cosmetic); no false gap
  moved. Held out the same. Then "RDS" the Windows Server role (Remote Desktop Services, beside Windows Server, DCs,
  file and print) apart from Amazon's database, whose context now holds AWS and its services' names (a first version
  gave "AWS (EC2, RDS, S3, EKS)" to Windows: "EC2" and "S3" are no context words, having digits). Eq diff: one
  reading, right.
  Then AV was read (AW, AX and AY held out still): "banking" the industry only in context (a shop's, a pub's or a
  school office's banking is the day's cash taken to the bank: twelve such readings gone in the eq diff; lost: "Day-
  to-day banking, ID&V" of a bank's counter, "a similar banking system", "the entire spectrum of banking business"),
  with cash reconciliation and "cashing up and banking" as cash handling; upselling and retail sales described in
  other words; machinists and setters as doers in the passive, so that "CNC router is run by our machinist" is the
  machinist's work (as role nouns, tried first, they made "CNC Machinist" a post's name and took CNC machining from
  two identity ads whose title was its only mention). AV 18 -> 16 false gaps, 27 -> 26 hidden,
  gaps found 0.591 -> 0.600. Read sets: AU 12 -> 13 false gaps ("banking the Sunday collections" is still read as the
  industry in the ad, through a word of its domain, "Charities" in "HMRC Charities Online", but no longer in the CV's
  "counting, banking, and petty cash"); AO's "CUBS or a similar banking system", matched, is not read. A name after
  the skill and "or" read like the items before it ("GMG or X-Rite") was tried and dropped: it made "CILEx Level 3 or
  CLC Level 4 Diploma" and "RICS or CIOB" related through a CV studying for one or applying to the other. Held out
  the same.
  Then "OT" as operational technology beside networks and control systems, a sense already a skill (two security ads
  had asked occupational therapy). Eq diff: two documents, both right. "BA" as breathing apparatus beside a fire
  service's words was tried and dropped: "cabin", a word only its domain's skills use (cabin crew), made "Cabin crew
  with BA for six years" breathing apparatus in the second context set.
  Then sets AZ and BA (40 pairs in 40 new sectors, 716 asks: security, defence, emergency and faith or community
  work; shop-floor manufacturing) were written by two more helpers, same brief, and scored once unread with the code
  of 53a7a1e: AZ 22 false gaps (0.268 of 82), gaps found 0.536, 21 hidden; BA 16 (0.205 of 78), 0.660, 14. Then AW
  was read, after it had been held out since it was written: an acronym that its sentence spells out before it in
  capitalised words as something else ("as Authorised Person (MGPS) following an HTM 02-01 AP course" is no accounts
  payable; "Public Contracts Regulations 2015 (PCR)", "General Operator's Certificate (GOC)"), unless words of its
  field stand in the sentence or the document uses it plainly elsewhere (a first version took "ML" from an ad whose
  employer, Maison Lumen, has its initials, one right skill of the identity audit); the first of two activities on
  one object is no list item ("commissioning and reviewing fire risk assessments" is no plant commissioning); two
  verbs joined before their people both act on them ("supervising and motivating groups of people"); a colleague's
  title after one of the people served ("with the client and the Occupational Therapist"); titles of group leaders
  ("task leader for the Tuesday volunteer group"); and taxonomy: casualty care (a first aid certificate, no Care
  Certificate), incident reporting, working outdoors, arrears in context, customer complaints, a phone manner in a
  person's words, a school's behaviour system, SEND close to autism and learning disability, training sessions for
  staff as developing others. AW 26 -> 12 false gaps, hidden 15, gaps found 0.655 -> 0.658. Read sets: AK 9 -> 8
  false gaps, W 29 -> 28 hidden; AJ gaps found 0.559 -> 0.544 (a casualty care certificate still being worked
  towards now comes close to a first aid qualification asked, as any kind in progress does). Eq diff: 25 documents
  for the rules, 136 for the taxonomy (every reading checked; "working outside" dropped as a form, after it read
  "work outside normal hours"). Held out: AX, AY, AZ and BA the same.
  Then AX was read (held out since it was written): a "no" before the next name is said of that one ("Full UK
  driving licence (cat B) - no B+E yet" had lost the licence: the text up to the next name had been read as the end of
  its clause); a typo does not rewrite half of a short word ("Teaching Spey" is no misspelt "teaching PE", "Haas
  controls" no "HVAC controls"; the same rule took "Uniform or Idox" from Idox Uniform, a reading by luck, now a
  candidate); an alternative shown by a kind of it ("ArcGIS or QGIS" where the CV has ArcGIS Pro); and taxonomy: the
  welfare of animals at the time of killing (WATOK), farms of fish and shellfish as aquaculture, peat restoration.
  AX 16 -> 10 false gaps (0.232 -> 0.159 of the gaps reported), hidden 17, gaps found 0.589; V 11 -> 10 false gaps;
  identity audit 146 -> 145 wrong, right kept the same. Eq diff: 10 documents, every change right. Tried and
  dropped: a linked skill's name words (kindred words) only where its own domain uses them at least as often as the
  others ("alarm" of "CloudWatch alarms" had made "monitoring mares on CCTV and foaling alarms" observability); it
  took 101 documents' readings, many right ("React or other modern web frameworks", "security teams", "our PM").
  Held out: AY, AZ and BA the same.
  Then AY was read (held out since it was written): verbs of directing joined by "or" ("supervising or managing
  others"), "others" as people, an "-ing" verb in lower case before its people as the activity ("supervising
  volunteers", "training staff") unless it stands in a noun phrase ("our managing agents", "tenants and managing
  agents", checked in the eq diff), "day to day" after the people; "process" as a verb that only says the thing is
  done ("Process PCNs" shown by "PCNs"); "matter" kept from the lemma table's "matt"; and taxonomy: document capture
  with Kofax and Captiva, briefing notes as reports, the 48-hour opt-out for the working time rules, appraisals and
  training as developing others. AY 30 -> 24 false gaps (0.259 -> 0.220), hidden 14, gaps found 0.662 -> 0.649;
  AW 12 -> 11; AE 10 -> 11 and AI 8 -> 9 false gaps, where the ad's "training teachers" and "teaching and developing
  staff" are now read as developing others, which the CVs show only as "Showed new TAs how to take registers" and
  "training to HCAs and local care home staff"; then "show" people "how" to do a thing as developing others (AE back
  to 10; seven documents in the eq diff, all right); gaps found up in H, P, W and AF. Eq
  diff: 47 documents, every change checked. Held out: AZ gaps found 0.536 -> 0.540 (22 false gaps of 83 reported),
  BA the same.
  Then three readings from the read sets' false gaps and wrong skills: "RAG" as a board's red-amber-green status
  beside "status" and "directors" (it had been retrieval-augmented generation in "I present weekly status (RAG) to
  the directors"), "CPA" as critical path analysis beside a production's stages (it had been the accountant; "CPA"
  in a list of marketing metrics is now neither), and Conditional Access, Entra ID's policies ("CA policies"), no
  Microsoft Access. O 9 -> 8, AE 10 -> 9 false gaps. Eq diff: six documents, all right. Held out the same.
  Then customer service read like a quality (models/lexicons/qualities_of_service.txt): unnamed in a CV, it is not
  stated rather than missing, as the read sets' counts say (14 asks a CV showed by its work behind a counter or on
  a phone, "Dealing with residents' complaints", "calm with customers", reported missing; 3 it did not show found).
  Retyping it a soft skill, tried first, also dropped a CV's "Customer Service Team Leader" title from its skills.
  False gaps: U 21 -> 20, X 28 -> 26, AB 20 -> 17, AC 2 -> 1, AD 9 -> 8, AL 14 -> 12, AM 14 -> 12 (read sets 503 ->
  491); gaps found: AR 0.467 -> 0.457. Held out the same. Sets BB and BC (40 pairs in 40 new sectors, 680 asks:
  media, publishing, arts, museums, sport and leisure; health, care and science support) were written then by two
  more helpers, same brief, and scored once unread, the same with the code of 53a7a1e, of 6001784 and with this
  change: BB 22 false gaps (0.297 of 74), gaps found 0.547, 16 hidden; BC 16 (0.180 of 89), 0.545, 24.
  Then two cues of what a CV does not hold yet: a denial between two names of one skill starts the second's clause
  ("NPTC PA1 and PA2 (2022) - no PA6 yet" had been one run of names, all held), and a booking opens a clause after a
  comma ("no trailer licence yet, booked my B+E for the spring"). AX 17 -> 16 hidden. Eq diff: two CVs, both right.
  Then, in a CV, an industry or sector inside an employer's name closed by a legal form or a firm's noun, or itself
  a body's ("Halden Pharma UK Ltd", "Lloyds Banking Group", "Royal Wolverhampton NHS Trust", "Kelbrook Borough
  Council"), is the sector its writer worked in: such names had been dropped as organisations' names. Not a
  funder's name closed by "Trust" or "Fund" (a first version read "National Lottery Community Fund" as gambling and
  "British Gas Energy Trust" as energy in a fundraiser's CV). And "Gaming" as gambling beside casinos, bingo and
  betting ("Brightwater Gaming Ltd (online casino & bingo)" had been the video games industry). U 20 -> 19 false
  gaps; hidden L 24 -> 23, O 15 -> 14 (dated employer lines now give the years in the NHS or a council, so "2 years in
  the NHS" against 1 year 5 months is related, not matched), J 19 -> 20 (a CV's NHS employer now matches "working
  with NHS library partners", asked of a two-week placement). Identity audit 145 -> 144 wrong (43 asked). Eq diff:
  110 documents, 105 of them employers' sectors (NHS trusts and councils most), all checked. Held out the same.
  Sets BD and BE (40 pairs in 40 new sectors, 641 asks: hospitality, events and leisure; finance, property and
  legal back offices) were written then by two more helpers, same brief, and scored once unread, the same with the
  code of 4c78672 as with AZ's rules: BD 15 false gaps (0.268 of 56), gaps found 0.512, 19 hidden; BE 17 (0.239 of
  71), 0.519, 28. Then AZ was read (held out since it was written): a name of a number and one capital ("5S", "8D",
  "4G") is matched in its own case only (the build makes it exact), so "Year 5s", "Band 5s", "play 5s" and "5 g" are
  no lean 5S and no 4G/5G; "JSP" the Java pages read in context, so "JSP 814" (a Joint Service Publication) is a
  standard's number; "LSA" beside life rafts and GMDSS the ship's life-saving appliances (SOLAS), no logistic support
  analysis; and taxonomy: electronic article surveillance with Sensormatic and Checkpoint, integrated logistic
  support, logistic support analysis (LSAR) and OmegaPS, HMRC's Customs Declaration Service and CHIEF, helpdesk
  systems as ticketing systems (ServiceNow is one), crew resource management facilitators, sanctions screening
  described ("screened ... against OFAC"), behaviour management by reward charts. AZ 22 -> 14 false gaps (0.265 ->
  0.184), hidden 21 -> 19, gaps found 0.540 -> 0.554. Read sets unchanged (490 false gaps, 2,347 gaps found, 870
  hidden). Tried and dropped: kindred words named by the skills of more than ten domains ("assessment",
  "certificate", "framework") as no field's words, which took right readings ("ILS certificate", "CIM qualification
  desirable"); "CRM" read in context between customer relationships and crew resource management (lost "Keep our CRM
  accurate", "a mortgage CRM"); "security" read in context as physical security (right in guarding CVs, but a new
  false gap on a port pass and no labelled gain); pre-use equipment checks as a skill (read sets 490 -> 492 false
  gaps: CVs write "Pre-starts every shift", "belay checks"). Held out: BA-BE the same.
  Then BA was read (held out since it was written): a certificate of a numbered level that the CV names by another
  title of its level with its kind inside ("Level 2 Award in Food Safety in Manufacturing" for a Level 2 food safety
  certificate; not a lower level, nor a level titling something else before a comma: "NVQ Level 2 in Hospitality,
  food safety awareness"); a skill named with a certificate's noun after it ("Confined Space Entry certificate
  (expired Jan 2023)") read as that certificate, so its lapse and its "No ..." are read; "currently completing" after
  a qualification as in progress; an unknown skill the ad asks in the plural found in the CV's singular ("Fosber
  corrugators", "Fosber 2.8m corrugator"); a bracket of examples after a skill's noun of ability ("data analysis
  skills (SPC, Pareto, Minitab)") as what the skill is; "start-up(s)" read in context (a line's restart is no start-up
  company), "monitoring system(s)" and "monitoring tool(s)" in context (a lift's, a patient's), X-ray images in
  context (of circuit boards, radiographic testing; of patients, radiography); and taxonomy: Fixturlaser and
  Easy-Laser as laser shaft alignment, SKF Microlog and route-based vibration collection as condition monitoring,
  Sage X3 as an ERP, selective and wave soldering, internal auditor courses apart from the ISO lead auditor's
  qualification (which a bare "Auditor" no longer reads as auditing), "trained apprentices" as mentoring. BA 16 -> 6
  false gaps (0.205 -> 0.087), hidden 14 -> 10, gaps found 0.660 -> 0.670. Read sets 490 -> 489 false gaps (K 10 ->
  9), 870 -> 867 hidden (F, G, P), gaps found 2,347 -> 2,350; J 46 -> 45 gaps found (0.395, floor lowered to 0.39):
  "Remote monitoring systems (e.g. KONE 24/7 Connected Services)" had been read as observability, a false skill
  that found its gap by luck. Eq diff: every change read. Held out: BB-BE the same.
  Then BB was read (held out since it was written): in an ad, a sector in lower case before "'s" is one body of it
  that the post deals with ("present them to the local authority's Safety Advisory Group" asks no local government;
  "the airline's", "a national insurer's head office"; not in a CV, where "the council's housing team" says where
  its writer worked); a word in lower case after a short bracket that follows words heads their compound, no list
  item ("photosensitive epilepsy (PSE) testing", "hedge accounting (IFRS 9) documentation", "BMS (Trend 963) front
  end"); an IPAF card's other name in the sentence of its codes is the same card, and codes written apart by a space
  ("IPAF 3a 3b") are read; and taxonomy: risk assessments and method statements (RAMS, in context: "RAMS payments"
  are a planning levy), membership recruitment and retention apart from staff recruitment, Rhino 3D as CAD, box
  office products (Secutix, Spektrix, Tessitura) as ticketing systems, and deeds described: negotiated agreements,
  ran the float, phone enquiries, mediated when. Tried and dropped: "ticketing system" read in context between the
  helpdesk and the box office (a one-line IT ask with no word of its field lost it). BB 22 -> 11 false gaps (0.297
  -> 0.175), hidden 16 -> 15, gaps found 0.547. Read sets 503 false gaps the same (AS 14 -> 13, AT 15 -> 16: "H&S,
  RAMS and lone working" is now asked as RAMS too, which the CV does not name), hidden 886 -> 887 and Y gaps found
  37 -> 36 (ceiling 13 -> 14, floor 0.47 -> 0.46): Y's CV "Followed the RAMS on site (written by our workshop
  manager)" now matches "Write risk assessments and method statements (RAMS)", the use of a document read as its
  writing. Eq diff: every change read ("rhinoceros" in a keeper's CV caught and dropped as a name of Rhino 3D).
  Held out: BC 16 -> 15 false gaps, BD and BE the same.
  Sets BF and BG (40 pairs in 40 new sectors, 656 asks: construction, building services, energy, utilities and
  transport operations; technology, data, digital and office professions) were written then by two more helpers,
  same brief, and scored once unread, the same with the code of 6a21319 as with BC's rules: BF 16 false gaps (0.222 of
  72), gaps found 0.560, 25 hidden; BG 27 (0.265 of 102), 0.641, 11. Then BC was read (held out since it was
  written): one word in capitals inside a line in other case that matched a skill's name only by its lemma is no
  mention ("CACHE" the awarding body is no caching, the "TILE" assessment no tiling; "GCSE" is still "GCSEs", "LCMS"
  "LC-MS", and a line all in capitals reads as before: "TILING, PLUMBING"); in an ad, a sector in lower case before
  what a body does to a thing ("local authority funded residents", "council run") is no sector asked, as before "'s";
  and taxonomy: TILEO as moving and handling, "rapid review" in context (a screening laboratory's second look, no
  systematic review), PET-CT apart from nuclear medicine's gamma cameras, 3Shape as dental CAD, City & Guilds
  certificates (2377, 2391, the wiring regulations, F-Gas, EV charging, cookery) as City & Guilds qualifications,
  delivered training sessions as presenting. BC 16 -> 10 false gaps (0.180 -> 0.119), hidden 24 -> 23, gaps found
  0.545 -> 0.552. Read sets the same (P gaps found 30 -> 31). Eq diff: CACHE three times, all right; a first version
  that took every capitalised word not spelt as its form lost "GCSE", "SOP", "PDE" and "LCMS" (plural and
  punctuation now read), and "LITE" as the mnemonic's other order read the export licensing system: dropped.
  Held out: BD-BG the same.
  Then BD was read (held out since it was written): "or above" alone after a qualification of a numbered level takes
  a higher level of the same name, not any qualification of that level ("Food Hygiene Level 2 or above" had been
  matched by "BTEC Level 3 Sport"; "ILM Level 5 or above" is still shown by "ILM Level 7 Certificate", the body's
  name read from the title's clause); and taxonomy: aviation meteorology as aviation forecasting, Think 25, deeds
  described (ID checks for anyone who looks under 25 as Challenge 25, balancing the tills as cash handling,
  bringing wage costs down as cost control). BD 15 -> 11 false gaps (0.268 -> 0.208), hidden 19 -> 18, gaps found
  0.512 -> 0.525. Read sets the same (Z's "applying Think 25" now matched). Held out: BE-BG the same.
  Then BE was read (held out since it was written), for its false skills: "census returns" read in context (a
  school's to the DfE, not a family historian's of 1901), "landlord and tenant" the law only in its own case (not
  "landlords and tenants", the people), "prepayments" in context (accounts' month end, not a loan's early repayment
  nor a prepayment meter), GDPR close to the NHS's information governance, and "buddy new" starters as mentoring. BE
  17 -> 13 false gaps (0.239 -> 0.194), hidden 28, gaps found 0.519. Read sets the same. Eq diff: four readings
  dropped, all wrong ("Landlord and tenant liaison" among them, a liaison with people, no law asked). Held out: BF
  and BG the same.
  Then BF was read (held out since it was written): an act's noun after "under" is the writer being directed, no
  people management ("Operating ENMAC under supervision of a Control Engineer", "under the supervision of our
  electrician", seven readings in the eq diff, all right); "ACR" read in context (Azure's registry; not a sealant's
  code nor accessibility conformance reports); FORS's tiers (bronze, silver, gold) as named levels; and taxonomy: air
  passenger rights (EU261 and UK261), the CLOCS Standard, FORS accreditation, the cable locator's model names (C.A.T4,
  Genny4), drives by their makers as variable speed drives. BF 16 -> 12 false gaps (0.222 -> 0.176), hidden 25,
  gaps found 0.560. Read sets the same (W gaps found 39 -> 38: "FORS Silver or Gold audits" against a CV's FORS
  Bronze is now a lower tier, related). Eq diff: "FIRAS accredited" read as a typo of "FORS accredited" caught and
  the form dropped. Held out: BG the same.
  Sets BH and BI (40 pairs in 40 new sectors, 692 asks: farming, land, environment and animals; education,
  childcare, social care, housing and charity work) were written then by two more helpers, same brief, and scored
  once unread, the same with the code of 54f073b as with BG's rules: BH 13 false gaps (0.200 of 65), gaps found
  0.510, 24 hidden; BI 24 (0.293 of 82), 0.604, 13. Then BG was read, for the false skills the end of the session
  left time for: "DSP(s)" read in context (an ad trader's demand-side platforms, a courier's Amazon delivery partner,
  signal processing beside filters and FPGAs), SAFe's certificates by version ("SAFe 5 Practitioner") and PI Planning
  as SAFe, a SAFe certificate asked apart from the framework, "B.A." as a BA. BG 27 -> 26 false gaps (0.265 ->
  0.257), hidden 11, gaps found 0.641; BG's 26 left are mostly abilities shown by deeds and alternatives. Read sets
  the same (D's "PI Planning" now matched). Held out: BH and BI.
  A session later, sets BJ and BK (40 pairs in 40 new sectors, 713 asks: health, science and laboratory work;
  manufacturing, retail, creative, media and sales work) were written by two more helpers, same brief, and scored
  once unread, the same with the session-start code of 0be406a as with BH's and BI's rules: BJ 24 false gaps (0.282
  of 85), gaps found 0.570, 25 hidden; BK 16 (0.211 of 76), 0.619, 15. Then BH and BI were read: a past participle
  that opens a name is no "-ing" act ("looking after children" is no knowledge of looked-after children, a "sharing
  service" no shared services); a lapse said of a card ("red trained card, ran out 2018"), shared by two names of
  one skill side by side ("CPCS A17 Telescopic Handler"); "haven't done it yet" and "not started yet," before a
  comma as not held; an equivalent of a named subject ("ILM Level 3 or similar leadership qualification") is of
  that subject, read in the CV's title with the words after its level ("Level 3 Diploma in Leadership for ...");
  a certificate's narrower certificate is a kind of it (CS30 is a chainsaw certificate, an Emergency First Aid at
  Work certificate a first aid one); a skill named as the subject of a qualification held ("Diploma in Childcare
  and Education") is there, close; a word in other case after a figure is its unit ("16 hr", "3 pts"); and
  taxonomy: the chainsaw units, the TCM apart from any WAMITAB, BASIS Soil and Water apart from crop protection, the
  UK Forestry Standard and forestry grants apart from forestry, boat handling apart from seamanship, outdoor and
  animal first aid, the Academy Trust Handbook, Development Matters as the EYFS's, JNC-recognised youth work
  qualifications, "registered with Social Work England", licence checks as a duty; an awareness course however
  its length is written ("ADR awareness – 1-day course") as an introduction. BH 13 -> 10 false gaps (0.200 ->
  0.152), hidden 24 -> 16, gaps found 0.510 -> 0.549; BI 24 -> 18 (0.293 -> 0.234), hidden 13 -> 11, 0.604 ->
  0.615. Read sets A-BG: false gaps the same (592), hidden 1,017 -> 1,012, gaps found 2,827 -> 2,829, and 28 shown
  asks matched that had been only close (a kind of the certificate asked, or a kind of a kind: "Emergency First Aid
  at Work" for "a first aid certificate", a C+E licence for a car licence); the kinds first made an automatic-only
  licence the manual one asked, which is now another category. Held out: BJ and BK.
  Sets BL and BM (40 pairs, 676 asks: public sector, justice, emergency services and defence; personal services,
  sport, beauty, travel and trades in the home) were written then by two more helpers and scored once unread, the
  same with the session-start code as with BJ's rules: BL 23 false gaps (0.371 of 62), gaps found 0.448, 23 hidden;
  BM 17 (0.250 of 68), 0.531, 21. BJ was read: a tool named just
  before the work asked with it ("Good Excel skills for data entry", "Python or R for data analysis") comes close
  to the work; a person a skill describes owns what follows ("a PhD student's project" is no PhD of the writer's);
  "revising" for a qualification is in progress; a cap on penalty points ("no more than 6 points") against more
  stated; "bash" in lower case read in context; and taxonomy: ICH Q1A(R2), Q1B and Q1E apart from the ICH family,
  electronic lab notebooks and GMP monitoring systems by their makers' names, Gasmet's FTIR analysers, MCERTS
  Technical Endorsements, ABSA's and the IBBA's biosafety credentials, histology close to histopathology, "eligible
  to act as a Qualified Person". BJ 24 -> 16 false gaps (0.282 -> 0.205), hidden 25 -> 21, gaps found 0.570 ->
  0.579. Read sets: the points cap made three hidden gaps related (AD, AR, Y), BI 18 -> 17 false gaps (fire safety
  described by fire detection and fire doors), BH hidden 16 -> 15 (a qualifying member of CIEEM is no associate), K
  gaps found 0.330 -> 0.320. Held out: BK, BL and BM.
  Then BK was read: an alternative the CV describes by a title or a phrase comes close for the other ("category
  management or buying experience" where the CV says "Commercial grocery buyer"; not a single word that merely
  recurs), a buyer's and a maintenance coordinator's titles, a crew as people directed ("Led a 4-person survey
  crew"), and taxonomy: the Incoterms by their letters (FOB, EXW, CIF), "POG" as a planogram in a store, scanners by
  their maker, Bullhorn as a CRM, design for manufacture described ("designed for injection moulding"). BK 16 -> 11
  false gaps (0.211 -> 0.157), hidden 15, gaps found 0.619 -> 0.608. Read sets: AV one false gap fewer, X's one
  unstated, AF and AR one gap more found each (a description by one recurring word passed on to an alternative had
  taken two gaps from T and AJ, so only a title passes on). Held out: BL and BM the same.
  Then BL was read for its clearest false skills, late in the session: "IRTEC licence" (the motor trade's) had been
  read as a typo of the IRSE licence, "a teaching or training qualification" as classroom teaching, and a total
  station by its models is now a tool of land surveying. BL 23 -> 20 false gaps (0.371 -> 0.339), hidden 23, gaps
  found 0.448. Read sets: W one false gap fewer (the same "teaching or training qualification"). Its false skills
  left: "security" among custody, police and prison read as information security (a sense of the guarding trade
  was tried and dropped: it took "job security", a loan's security and a vetting check), "ATF test lane" as
  ServiceNow's test framework. Held out: BM the same.
  Then a higher degree class shows a lower one asked (models/lexicons/degree_classes.txt: a 2:1 for "2:2 or above",
  a first for a 2:1), and a number with no name before it is no version ("2:1" had read as an older "2:2"); the
  NMC's V300 and V150 became courses of their own, not versions of one: BG one false gap fewer; H, T and V one
  hidden or close prescribing ask each now missing, as labelled. Held out: BM the same.
  Sets BN and BO (40 pairs, 678 asks: maritime, aviation, energy and extractive industries; arts, heritage,
  libraries, faith, languages and information services) were written last by two more helpers (one stray phrase of
  BN19's CV, "HNC-level maths", removed at its writer's word: it contradicted the HNC left unfinished) and scored
  once unread, the same with the session-start code as with the session's last rules: BN 19 false gaps (0.247 of
  77), gaps found 0.644, 21 hidden; BO 14 (0.215 of 65), 0.607, 17. Held out: BM, BN and BO.
  Sets BP and BQ (40 pairs, 678 asks: human resources, recruitment, contact centres, office administration,
  facilities, cleaning, security guarding and warehousing; specialist technology and engineering) were written next
  and scored once unread, the same with the session-start code: BP 22 false gaps (0.229 of 96), gaps found 0.673, 15
  hidden; BQ 20 (0.222 of 90), 0.565, 30. Held out: BM-BQ.
  Then BM, BN and BO read (first pass): parts counted as left ("one unit left to pass") are in progress; a kind
  of a kind of a degree asked is that degree (an MSc a postgraduate qualification), and a Scottish MA (Hons) a first
  degree; one person after "my", "his" or "her" is the writer's colleague ("prescribed by my independent
  prescriber"); a word after "our" describes the employer's people ("our local cooks and porters"); a head written
  once before two parts names both ("Safeguarding Children and Adults at Risk", "GCSE Maths and English"; not a verb
  and its object: "documentation and support our claims work"); an owner before a skill asked is no unknown skill
  ("Shropshire's archaeology"); a trainer's post shows training delivered; taxonomy: estate agency CRMs as CRMs,
  C&G 2377 by its title, wind farms, BMus/BFA/BArch in their own case, digital curation, radiation protection
  supervisors, STCW Medical Care above Medical First Aid, the OPITO helideck certificates, body dysmorphic disorder
  beside "BDD", WaterSafe, laser tattoo removal, peels and microneedling. Read sets: J, L and AN one gap found fewer
  each (floors 0.385, 0.435, 0.565), J and L one hidden more: training in safeguarding children now read, which an
  ad's example ("e.g. child protection conferences") takes for children's social care; a digital preservation course
  for "practical experience of digital preservation"; a solar farm close to "3 years in solar or wind farm O&M".
  Then a degree's year of study short of its last anywhere on its line ("- year 2 of 3"), a lorry or bus entitlement
  as a full car licence (granted only on one), deeds that describe photography, informed consent, the furniture fire
  regulations, working at height and volunteer management, and a teacher's, lecturer's or tutor's post as teaching
  experience: read sets unchanged; held out BM 11 false gaps, BN 14, BO 8.
  Then "a degree in" a subject read as a degree asked ("degree" in lower case, ambiguous, taken before "in" and a
  subject; not "a high degree of accuracy"), the degree's word making no list of another field ("A degree in
  languages, translation or a related subject"), a degree not gone on to ("did not top up to degree"), "´s" and a
  mis-decoded quote as the possessive, bachelor's degrees by their Italian and Spanish names, Ireland's Green Cert, and
  "or a recognised X qualification" as an alternative: read sets 661 -> 662 false gaps, hidden 2,879 -> 2,872 by the
  per-ask count; asks of a degree now read in some thirty pairs, most of them shown (a BA, a BSc) and several not (an
  HND "below degree level": E, L, AX, BD, BF one hidden gap fewer each). R one false gap more (3): "BA Letras", a
  Brazilian BA, reads no BA in its line; K's and AR's floors 0.305 and 0.45: a JNC degree in its second year is now
  close to "degree level or PGDip" (in progress), and generic audits now close to quality audits, which a cleaner who
  shows the Contract Manager round her audits is not.
  The phrase model retrained on SkillSpan's train split, as the tokenizer now splits "´s" (threshold 0.8473): AY's
  and BH's floors 0.64 and 0.54, BH's hidden ceiling 16 (an ad's "your own reliable vehicle" now read as a phrase the
  CV's shared car meets; with the retrained model, two provisional licences come close to the full one asked).
  So BM, BN and BO, read: BM 11 false gaps (0.162 of 68; 17 unread), gaps found 0.594 (0.531), 14 hidden (22); BN 13
  (0.181 of 72; 19), 0.656 (0.644), 18 (21); BO 8 (0.136 of 59; 14), 0.607, 17. Read sets A-BL: 662 false gaps
  throughout, hidden 1,093 -> 1,084, gaps found 3,108 -> 3,114. Held out, unread: BP 20 (0.211 of 95; 22 with the
  session-start code), gaps found 0.676, 15 hidden; BQ 20 (0.220 of 91), 0.573, 30.
  Then a subject's form that holds a degree's word names the degree too ("Bachelor degree in Economics", read as
  economics by "degree in economics"; not after "postgraduate", "graduate" or "PhD"): AG 18 -> 17 false gaps (a
  "Licence en Gestion (Bachelor degree in Business Management)" now shows the degree asked), R one gap found more
  (an HND against "a degree in computer science"); read sets A-BL: 661 false gaps, hidden 1,084, gaps found 3,115.
  Then an ad set outside the UK (in euros or in Ireland's places, with no pound, "UK" or part of the UK named) reads
  a certificate named for the UK in words that do not name it as the certificate it is a kind of: a Dublin ad's
  "full clean driving licence" asks a driving licence, which a full Spanish or Italian EU licence shows. AV 15 -> 14
  and BM 11 -> 10 false gaps, BH one close licence now matched.
  Then audit trails, the record of who changed what and its review, became a skill of their own: two "audit trails"
  the identity audit judged wrong as auditing are now read so (wrong 142 -> 140), and an ask to "keep a full audit
  trail of every decision", which AW19's CV had met by a stray "Audit" elsewhere, is close through its notes on every
  decision.
  Then (2026-11-29, the session after) sets BR, BS, BT and BU (80 pairs, 1,414 asks: transport and the motor trade;
  allied health, therapy and personal services; charities, campaigning, politics and humanitarian work; banking,
  payments, wealth, accountancy, tax and fraud) were written and held out, unread, the same with the session-start
  code as with this session's rules: BR 18 false gaps (0.240 of 75), gaps found 0.582, 26 hidden; BS 15 (0.238 of
  63), 0.475, 28; BT 28 (0.318 of 88), 0.504, 32; BU 18 (0.250 of 72), 0.519, 26. Then BP and BQ
  were read, after they had been held out since they were written: BP 10 false gaps (0.116 of 86; 22 unread), gaps
  found 0.685 (0.673), 14 hidden (15); BQ 8 (0.095 of 84; 20), 0.608 (0.565), 26 (30). Rules: a word read alone
  after a two-word form that shares its first word is read with that word ("stock counts and audits" asks stock
  audits, not auditing; "GCSE English and Maths" GCSE Maths), not after "or" ("Pharmaceutical Sciences or
  Chemistry"); a slash between ordinals splits ("17th/18th Edition" names both); a lower-case word glued to "-ready"
  or "-proof" asks nothing ("audit-ready"); "stopped after year 1", "left in year 1" is not held; an engineering HNC
  or HND is an HNC or HND, so a level above the one asked; and taxonomy: shorthand systems, CFD packages and robot
  makers as kinds of their own (Teeline is no Pitman, OpenFOAM no STAR-CCM+), SAST tools, HyperLynx, relational and
  NoSQL databases as databases, routing as IP networking, structural and MC/DC coverage as code coverage ("coverage
  analysis" alone no longer media monitoring), HARA, FMEDA and ISO 26262's hardware metrics, psychometric tools,
  staff surveys and their tools, customers in vulnerable circumstances, confrontation handled, safe systems of work
  (a permit to work one kind), site inductions, telephone fundraising, contract management described, PBS. Read sets
  A-BO: 691 -> 692 false gaps (BE14's "customers in vulnerable circumstances", unread before, is shown by deeds
  alone), hidden 1,133 throughout (O 14 -> 15: a CV's "engagement survey" run by the People team; BJ 21 -> 20),
  gaps found 3,282 -> 3,284.
  Then a general qualification of a level (an NVQ, a BTEC, an HNC, "a Level 2 qualification") asked in a subject
  ("NVQ Level 3 in Banker Masonry") is related, shortfall `another_subject`, where every CV mention that shows it
  names a subject of its own with no word in common ("NVQ Level 3 Diploma in Stonemasonry (Fixer)") and no other
  qualification of the CV at that level or above names one that has; an ad's kind of subject ("in a construction
  trade") and a CV's mention with no subject are not judged. And "not finished" after a qualification is not held
  ("not finished yet" in progress). Read sets A-BQ: 710 false gaps throughout, hidden 1,173 -> 1,165 (P 30 -> 29,
  AP, AQ, AR one fewer each, AW 15 -> 13, BF 24 -> 22), gaps found 3,436 -> 3,440.
  Then none of a skill in practice is none held ("no hands-on cryo-EM"), a skill still being learnt with a word of
  how ("I'm slowly learning Python"), tutorials worked through or a demo tried just after it an introduction
  ("Houdini (doing the SideFX Apprentice tutorials)"), and taxonomy: mobile forensics tools by maker (Cellebrite UFED
  is no MSAB XRY; bare "Cellebrite", the maker, not read), the BICSc's COPC and Licence to Practise (COPC read beside
  cleaning: SAP's "CO-PC" is product costing), vulnerability disclosure apart from bug bounties, data lineage,
  Collibra, Microsoft Purview, Magnet AXIOM. Read sets: 710 false gaps throughout, hidden 1,165 -> 1,157 (N 29 -> 28,
  AK 17 -> 16, BP 14 -> 13, BQ 26 -> 21), gaps found 3,440 -> 3,448.
  Then BR was read, after it had been held out since it was written: 11 false gaps (0.153 of 72; 18 unread), gaps
  found 0.622 (0.582), 17 hidden (26). Rules: a certificate the CV says has lapsed is the one its undated mentions
  in the same words speak of ("Sentinel PTS - held 2021 to 2023, lapsed" and "from planning work and PTS"); a level
  word just before a skill is its level ("Intermediate Microsoft Excel" against "Excel - basic"); a course being
  taken now is in progress ("Currently doing an online Power BI course"); the subject of a passive done by a person
  a few words on is another's ("LOLER exams on the tail lifts were done by the agent"), while what the writer made
  that others used stays the writer's ("scripts that were used by the whole team"); "QC" before its sheets, checks
  or records is quality control; and taxonomy: colour matching (a spectrophotometer read in its sense: absorbance in
  a lab, colour in a paint shop), automotive glazing, "mechanical repairs" read in context (a garage's vehicles, a
  plant's machinery), "Goods in" as written, crew rosters as rota planning, IMI qualifications apart from its
  Accreditation (ATA) and membership, the Transport Manager CPC's passenger and road haulage kinds, IRTEC grades.
  Read sets A-BQ: 710 -> 708 false gaps (AJ 11 -> 10, BA 6 -> 5), hidden 1,157 -> 1,153 (K, Y, AB, AG, BB one fewer;
  BA 10 -> 11: "3 years' colour matching" is now read, and the CV's "since March 2022" is more than three years
  before this session, though its label, written earlier, says fewer), gaps found 3,448 -> 3,450; BK's floor 0.605
  -> 0.60 (an ask to "plan shift labour" is now read, close to a CV that sends figures to the planning team).
  Then BS was read, after it had been held out since it was written: 7 false gaps (0.130 of 54; 15 unread), gaps
  found 0.465 (0.475), 28 hidden (28). Rules: another general qualification of the level asked is close, where it is
  no smaller award and no degree class (a foundation degree for "a degree or HND"; a master's for a postgraduate
  certificate, not the reverse); and taxonomy: prosthetics read in context (a clinic's limbs, a theatre's make-up),
  theatrical and media make-up, the UK Medical Devices Regulations 2002 apart from the EU's MDR, the WHO Code on
  breast-milk substitutes (no marketing), 3D scanning, return-to-work planning, talks run, audiences spoken to,
  computers used with confidence and students supervised on placement as descriptions. Read sets A-BR: 719 -> 718
  false gaps (AA 8 -> 7), hidden 1,170 -> 1,171 (Z 4 -> 5: a make-up diploma's "Prosthetics", read as clinical
  prosthetics before, is now prosthetic make-up, which the label says was a college module only).
  Then sets BV and BW (40 pairs, 654 asks: food and drink production, farming, fisheries and animal care; schools,
  colleges, universities and training) were written and held out, unread: BV 21 false gaps (0.228 of 92), gaps found
  0.696, 13 hidden, the same with the session-start code; BW 15 (0.174 of 86; 0.176 of 85 with the session-start
  code), 0.628 (0.619), 21 hidden (23). BT and BU, held out, the same with this session's rules as with its start
  code (28 and 18 false gaps).
  Then BS's hidden gaps were read: each complementary therapy is its own skill (Reiki, aromatherapy, reflexology,
  Indian head massage), and so are volume lashes, lash lifts, HD Brows, REPs registration (apart from CIMSPA) and
  the NEBDN oral health education certificate; a bracket's given-up cue before another qualification's name says
  nothing of the one before it ("Level 2 Electrical Installation (didn't finish Level 3)"); a degree's last part not
  done before its name is not held ("did not complete MSc dissertation"); "DFT" is density functional theory beside
  its science only (a dentist's is Dental Foundation Training). BS 28 -> 23 hidden; K and BC one fewer; read sets
  A-BS: 725 false gaps throughout, hidden 1,199 -> 1,192.
  Then BT was read, after it had been held out since it was written: 21 false gaps (0.259 of 81; 28 unread), gaps
  found 0.504, 32 hidden, as unread. Rules: a list that ends in "or" is read past an item's own head noun ("A law
  degree, CILEx qualification or the TUC Diploma"); the kinds a bracket offers as a choice after their kind ("a
  qualified accountant (CA, ACA, ACCA or CIMA)") come close to another kind the CV shows (ICAS), where the bracket
  says "or" ("Version control (Perforce)" names the tool used, not an example); and taxonomy: "qualified accountant"
  as a chartered accountant, psychological first aid (PFA read in its sense), PMD Pro, development studies, Pega as
  a case management system, stewards led as crowd management, and dry film thickness ("DFT" read beside coatings,
  apart from density functional theory). Read sets A-BS: 725 false gaps, hidden 1,192, gaps found 3,558 throughout;
  AY's floor 0.64 -> 0.635 (an Excel ask whose bracket offers "VLOOKUP or XLOOKUP" is now close to a CV's Excel
  filters, as the bracket offers a choice).
  Then (2026-11-29, a later session) sets BX and BY (40 pairs, 690 asks: media, publishing, museums, heritage,
  performing arts and sport; manufacturing, engineering trades, utilities, energy, mining and chemicals) were written
  and held out, unread: BX 18 false gaps (0.277 of 65), gaps found 0.553, 19 hidden; BY 13 (0.155 of 84), 0.645, 20;
  the same with the session-start code. Then BU was read, after it had been held out since it was written: 18 -> 8
  false gaps (0.125 of 64), gaps found 0.519 -> 0.538, hidden 26 -> 18. Rules: a course by its quoted title
  ("Currently doing a Codecademy 'Learn SQL' course"), "halfway through" at a line's end, the same skill in the
  bracket after one being learnt, and "passed Module 1" are in progress; a word in Title Case is no misspelt acronym
  ("Cifas" no CIVAS, "Heras" no HEC-RAS, "Elias" no ELISA); "or an equivalent Level 7 qualification" is a choice.
  Taxonomy: the CISI's IOC and Chartered Wealth Manager apart from its other qualifications, ADIT, CeFS, ICAAP and
  ILAAP apart, FX options apart from FX, Cifas, core banking products, credit reference agencies and their tools,
  the auditing standards (ISAs (UK)), PE houses, SQL close to the databases it is written on, a bank close to a
  building society, line management describing mentoring (one way: mentoring is no line management), phone queries
  describing a telephone manner. Read sets A-BT: 746 -> 744 false gaps (AY and E one fewer; their ceilings 24 -> 23 and
  13 -> 12), hidden 1,224 -> 1,223 (BE 28 -> 27: the IOC is no longer any CISI qualification); a
  few "missing" became "related" where a CV comes close (BQ06's "a bit of SQL" for MySQL).
  Then BV was read, after it had been held out since it was written: 21 -> 11 false gaps (0.131 of 84), gaps found
  0.696 -> 0.716, hidden 13 -> 9. Rules: a mention is read in its own place in its sentence, not at the first of
  the same words ("MBO level 4 in biology, or a BSc in plant science, biology or horticulture"; before, "biology or
  horticulture" was read at the first "biology" and no choice was seen); a language's name before a thing it
  describes, alone or in a list of names, is a nationality's adjective ("Korean and Japanese flavours", "Georgian
  and Victorian pieces", "Polish and Dutch sites"), as is one in brackets after a cuisine; a language asked at no
  level is asked for use at work (an A2 course given up is below it); a sentence's other mentions of a language say
  no more than the one with its level; the words of a linked skill's longer name ("CloudWatch alarms") are no
  evidence of a field (a farm's alarms are no monitoring software); a place is no misspelt language ("Estonia"), nor
  a language's short name misspelt at all ("Hakko"); a certificate "out of date" after its date has lapsed; a
  qualification's numbered stage is its level ("BHS Stage 1" below Stage 2). Taxonomy: forty more languages
  (Latvian, Estonian, Yoruba, Sylheti, Mirpuri ...), PA1, PA2, PA6 and PA6AW apart, BHS stages and Pony Club tests,
  cook-chill, RTK positioning, stockperson and herdsman as livestock husbandry, SCADA's telemetry apart from
  software's, Meaco, FDA food labelling rules, weddings describing banqueting, sterile plating aseptic technique;
  "record production" and "working to standards" as written only. Read sets A-BU: 752 -> 750 false gaps (AX 10 -> 9,
  BG 25 -> 24), hidden 1,241 -> 1,229 (N, R, S, AD, AH, AK, AL, AO, AT, AX, BD, BT one or two fewer: the pesticide
  modules apart, languages below a working level, lapses); AR hidden 15 -> 16 (a desirable BHS Stage 4 is read with
  the essential Stage 3 the CV holds: one skill, the firmest level asked) and BO's gaps found 0.605 -> 0.59 (the
  Meaco system is now read as itself, close to the CV's Hanwell loggers, where a wrong reading of "telemetry" as
  software monitoring called it missing).
  Then BW was read, after it had been held out since it was written: 15 -> 11 false gaps (0.134 of 82), gaps found
  0.628, hidden 21, as unread. Rules: a target's own acronym in brackets after the phrase a mention opens ("quality
  improvement plan (QIP)") is looked for in the CV. Taxonomy: nursery apps and their learning journals (Famly,
  Brightwheel, Tapestry read beside the early years), "learning and development" read as the training function beside
  training's words only (not "each child's learning and development"), with its job titles; an equality committee
  describing a commitment to EDI. Read sets A-BV: 761 -> 760 false gaps (B 8 -> 7, its ceiling with it), hidden
  1,238 as before. BX and BY, held out, the same with this session's rules as with its start code (18 and 13 false
  gaps).
  Then BX was read (written this session and scored unread first): 18 -> 17 false gaps (0.266 of 64), gaps found
  0.553, hidden 19 -> 18. Most of what is left are abilities a CV shows by what it did ("Sign off 150-200 pieces of
  copy a week" for a high-volume caseload). Taxonomy: history (in capitals, beside a subject's words: no patient's
  "medical history") and politics as subjects, natural history apart from history (and a natural history museum
  a museum), Northgate M3 beside Idox Uniform, sight-reading described ("reductions at sight"), "live events" as the
  events industry beside its trade's words only ("log live events on our app" is a football scout's). Read sets
  A-BW: 771 false gaps as before, hidden 1,259 -> 1,258 (W 28 -> 27); J's gaps found 0.385 -> 0.38 (a CV's natural
  history society volunteering is now read, close to the natural history collections asked). BY, held out, the
  same (13 false gaps).
  Then sets BZ and CA (40 pairs, 720 asks: retail, e-commerce, property, construction consultancy, insurance and law;
  health, social care, public, emergency and armed services) were written and held out, unread: BZ 15 false gaps
  (0.231 of 65), gaps found 0.472, 23 hidden, the same with the session-start code; CA 33 (0.355 of 93; 34 of 94 with
  the session-start code), 0.496, 27 hidden.
  Then CA's false gaps were read: 33 -> 24 (0.293 of 82), gaps found 0.496 -> 0.479, hidden 27. Rules: "or" past the
  first's details in brackets, or past the end of its bracket, offers a choice ("NMC (RGN or RMN) or HCPC
  (paramedic)", "Registered nurse (NMC) or a degree in a health-related subject"). Taxonomy: a therapist's ERP
  (exposure and response prevention) apart from a business's, read beside each one's words; the National Lottery's
  funds as funders, no gambling; homelessness case systems (Mainstay, CHAIN); the National Referral Mechanism;
  orthogeriatrics; vaccine clinics describing immunisation; "full clean B licence". Read sets A-BX: 788 -> 786
  false gaps (AE 9 -> 8 and AF 7 -> 6, their ceilings with them), hidden 1,276 as before, gaps found 3,871 ->
  3,868: a choice now seen past a bracket lets a CV close to one alternative come close to the other (Q 0.48 ->
  0.475, Z 0.56 -> 0.545, BC 0.55 -> 0.54, BJ 0.575 -> 0.56: "Chartered Geologist (CGeol) or Chartered Engineer",
  "ILS or equivalent resuscitation certificate", called related where they were missing).
  Then (2026-11-30, the next session) BY and BZ were read, after they had been held out since they were written: BY 13
  -> 11 false gaps (0.133 of 83; hidden 20 -> 15, gaps found 0.645 -> 0.655), BZ 15 -> 13 (0.203 of 64; hidden 23 ->
  21, gaps found 0.472 -> 0.481). Rules: experience of an activity set in another field, among that field's skills, is
  not the activity of the skill's own field ("experience of testing in an electrical manufacturing environment
  (switchgear)" is no software testing, "experience of acting for funders" no acting; "a degree in marketing" and
  "experience of teaching or demonstrating cookery" still are); numbered categories are no versions of each other, and
  the taxonomy orders them (a vibration analyst's go up, F-Gas's go down). Taxonomy: associate degrees apart from
  bachelor's, Excel VBA as VBA, "EV" and "NMP" (a solvent too) in context, switchboards in context (telephone or
  electrical) and switchboard operation among reception skills, the Chartered Energy Manager, the ESOS Lead Assessor
  and IChemE's Professional Process Safety Engineer apart from their fields, ISO 14001, 45001 and 50001 lead auditors,
  vibration analysts and F-Gas by category, the residential sales awards. Read sets A-BX and CA: 810 false gaps as
  before, hidden 1,303 -> 1,302 (BN 18 -> 17: a Category I vibration analyst is no Category II), gaps found 3,926 ->
  3,925 (BE's "experience of acting for funders" is no longer read as acting, which the CV lacked: its floor 0.515 ->
  0.51). Then sets CB and CC (40 pairs, 709 asks: transport, logistics, aviation, maritime, rail, travel and hotel
  operations; technology, data, telecoms, laboratory science and research) were written and held out, unread: CB 22
  false gaps (0.324 of 68), gaps found 0.479, 21 hidden; CC 23 (0.277 of 83), 0.488, 32 hidden; the same with the
  session's start code.
  Then fields named in "-ics" whose "-ic" word is an adjective of another sense stopped joining it (models/lexicons/
  lemma_exceptions.txt): "economic growth" is no economics, "a dynamic team" no Dynamics, "logistic regression" no
  logistics. Read sets: false gaps 834 as before, hidden 1,338 -> 1,337 (BT 31 -> 30: "the Government Economic
  Service" no longer economics), gaps found 4,048 -> 4,046: I's "economic operators in EUDAMED" and AO's "full
  economic costing (fEC)" had been found as missing economics, which they do not ask (AO's floor 0.33 -> 0.325).
  Then F-Gas certificates by category (Category 1 covering the others' work): hidden 1,337 -> 1,336 (BY 15 -> 14: a
  Category 2 holder is no Category 1), gaps found 4,046 -> 4,048 (AB's "refrigeration sealed system repairs" and a BY
  ask, close before through the F-Gas certificate's old alias "F-Gas Category 1", now missing as they are).
  Then bordereaux became skills, premium and claims ones apart: BZ hidden 21 -> 20 (a claims bordereau is no premium
  bordereaux), and asks unread before are read: AS's "Review risk and premium bordereaux" matched, AY's "monthly
  bordereaux data checks" found missing, but AS hidden 30 -> 32 (its ceiling with it): "claims bordereaux sit with the
  claims team" is said of others in words no rule reads, and "a bordereaux management tool such as Vertalink" asks a
  tool, which the CV's bordereau checking in Excel now shows as the skill.
  CB and CC, held out, with this session's last rules: the same false gaps (22 and 23), CB hidden 21 -> 22.
- fuzzy_pairs.tsv: variants and typos that must be read as a skill (`merge`), and near-misses that must not
  (`distinct`: Java / JavaScript, SAS / SaaS). No false merge at all.
- skill_identity_ads.jsonl and skill_identity_verdicts.jsonl: 300 ads of every sector, written by helpers who saw no
  code, and every canonical skill that the code of 2d368cb or of 563f732 reported in them, judged blind to the
  version: right, wrong (another sense, another acronym, a benefit, an organisation's name, a different skill, a
  fragment) or doubt. First run: 242 wrong of 5,153 (0.047) with 2d368cb, 189 of 5,098 (0.037) with 563f732;
  among the mentions asked for, 91 of 2,473 (0.037) and 58 of 2,434 (0.024). Scored by
  benchmarks/eval_identity.py.

The accuracy floors below are what the code reaches now, so that no change makes it worse unnoticed. The
product's targets are higher (context accuracy 0.97, issue 4); raise a floor whenever the code improves.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from skillgap.documents import read_text
from skillgap.nlp import make_doc, skill_spans

DATA = Path(__file__).resolve().parent / "data"
# Measured floors (see the module docstring); the targets are higher.
CONTEXT_ACCURACY_FLOOR = 0.97
HOLDOUT_STRICT_FLOOR = 0.90
HOLDOUT_LENIENT_FLOOR = 0.94
HOLDOUT2_STRICT_FLOOR = 0.92
HOLDOUT2_LENIENT_FLOOR = 0.93
VARIANT_RECALL_FLOOR = 0.85
# The identity audit: ceilings on the wrong skills reported, and the share of the judged-right ones still found.
IDENTITY_WRONG_CEILING = 137
IDENTITY_ASKED_WRONG_CEILING = 41
# Right skills set aside as the employer's line of business ("A long-established law firm in Tunbridge Wells is
# looking for a Legal Secretary") count as lost here: their identity is right, but they ask nothing (4 of 4,842);
# so do a colleague's job title ("You will report to the Construction Manager", "Support analysts and data
# scientists": 6), a job title read as its own, narrower skill ("Android Developer" is Android development, not
# Android: 4), and "teaching qualification" read as the teaching qualification, a skill the audit's judges never saw,
# where they judged its "teaching" classroom teaching (2). And a farm ad's "combine or telehandler experience a bonus"
# was judged right as "Combine", the id of Apple's Combine framework (the combine harvester is no skill of the
# taxonomy): since a lower-case word is a list item of another sentence only beside skills of its own field, it is no
# longer read (1). So do the fields of the people the job collaborates with ("Work collaboratively with education,
# educational psychology, CAMHS and paediatricians", "Collaborate with backend engineers (Python, Go)": 12). And an
# acronym before a capitalised noun in a sentence in sentence case is read as a name's first word, no skill of its
# own ("11+ (GL Assessment)", "the Access Project", "the Mobility Package rules": one wrong fewer), which takes "the
# SEND Code of Practice" from SEND (1). And "CPA" became a form read in context (Certified Public Accountant beside
# accountancy, the Care Programme Approach beside mental health care), with the accountant's id still "cpa": a mental
# health ad's "act as Care Coordinator under CPA" had been judged right as "CPA", the accountant's label then, and is
# now read as the Care Programme Approach, unjudged (1; 4,798 of 4,842). Then "risk assessments and method
# statements", judged right as risk assessment, became the narrower skill of that name (RAMS), unjudged (1; 4,797).
# Then the chainsaw units (CS30, CS31), the Technically Competent Manager, the SIA CCTV licence and a "full UK car
# licence" became narrower skills of their own, their mentions judged right under the broader ids unjudged (5; 4,792);
# and "driver licence checks", judged right as a driving licence, became the duty of checking them (1; 4,791); and
# the V300 and the V150, judged right as non-medical prescribing, became the courses of their own names (2; 4,789).
# Then an ad set in Ireland reads "Full clean driving licence" as a driving licence, not the full UK one: three
# such mentions judged right as the UK licence are now the broader id, unjudged (3; 4,786). Then a word read alone
# after a form that shares its first word is read with that word: "GCSE English and Maths" asks GCSE Maths, and five
# such "Maths" judged right as mathematics are now the narrower id, unjudged (5; 4,781). Then the IMI's
# qualifications became a skill apart from its Accreditation (ATA): "IMI/NVQ Level 3" and "IMI Level 2 or 3", judged
# right as IMI Accreditation, are now IMI qualifications, unjudged (2; 4,779). Then the pesticide modules PA1, PA2
# and PA6 became certificates of their own under the pesticide application certificate: three mentions judged right
# under that id are now the narrower ones, unjudged; and the words of a linked skill's longer name ("CloudWatch
# alarms") stopped counting as a field's evidence, which loses "cloud" in "a provider of cloud communications
# software" (4; 4,775). Then "economic" stopped reading as economics ("economic growth", "economic operators"; three
# judged wrong gone): "provide economic analysis", judged right as economics from its "economic", is now only the
# economic analysis it names, a narrower skill, unjudged (1; 4,774).
IDENTITY_RIGHT_KEPT_FLOOR = 0.985
LEVEL_ACCURACY_FLOOR = 0.98
HOLDOUT_LEVEL_ACCURACY_FLOOR = 0.965
HOLDOUT2_LEVEL_ACCURACY_FLOOR = 0.93
HOLDOUT3_LEVEL_ACCURACY_FLOOR = 0.96
HOLDOUT4_LEVEL_ACCURACY_FLOOR = 0.92
HOLDOUT5_LEVEL_ACCURACY_FLOOR = 0.94
HOLDOUT6_LEVEL_ACCURACY_FLOOR = 0.90
RUNON_LEVEL_ACCURACY_FLOOR = 0.88
RUNON_HOLDOUT_LEVEL_ACCURACY_FLOOR = 0.885
BULLET_ACCURACY_FLOOR = 0.92
BULLET_HOLDOUT_ACCURACY_FLOOR = 0.86
BULLET_HOLDOUT_FALSE_CEILING = 2  # other words read as a skill, of 60
PROFILE_TRAP_CEILING = 0.05  # share of a profile's mentions on words that are not the person's skills
PROFILE_SKILL_RECALL_FLOOR = 0.65
# CV/ad pairs: gaps reported on asks the CV shows (of 142), asks it does not show that are reported missing (of
# those read), and asks it does not show that are reported matched (of 130).
GAP_PAIRS_FALSE_GAP_CEILING = 11
GAP_PAIRS_GAPS_FOUND_FLOOR = 0.70
GAP_PAIRS_HIDDEN_GAP_CEILING = 11
GAP_PAIRS_B_FALSE_GAP_CEILING = 7
GAP_PAIRS_B_GAPS_FOUND_FLOOR = 0.71
GAP_PAIRS_B_HIDDEN_GAP_CEILING = 3
GAP_PAIRS_C_FALSE_GAP_CEILING = 8
GAP_PAIRS_C_GAPS_FOUND_FLOOR = 0.60
GAP_PAIRS_C_HIDDEN_GAP_CEILING = 13
GAP_PAIRS_D_FALSE_GAP_CEILING = 7
GAP_PAIRS_D_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_D_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_E_FALSE_GAP_CEILING = 12
GAP_PAIRS_E_GAPS_FOUND_FLOOR = 0.44
GAP_PAIRS_E_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_F_FALSE_GAP_CEILING = 11
GAP_PAIRS_F_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_F_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_G_FALSE_GAP_CEILING = 6
GAP_PAIRS_G_GAPS_FOUND_FLOOR = 0.47
GAP_PAIRS_G_HIDDEN_GAP_CEILING = 28
GAP_PAIRS_H_FALSE_GAP_CEILING = 8
GAP_PAIRS_H_GAPS_FOUND_FLOOR = 0.44
GAP_PAIRS_H_HIDDEN_GAP_CEILING = 20
GAP_PAIRS_I_FALSE_GAP_CEILING = 3
GAP_PAIRS_I_GAPS_FOUND_FLOOR = 0.45
GAP_PAIRS_I_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_J_FALSE_GAP_CEILING = 0
GAP_PAIRS_J_GAPS_FOUND_FLOOR = 0.38
GAP_PAIRS_J_HIDDEN_GAP_CEILING = 21
GAP_PAIRS_K_FALSE_GAP_CEILING = 9
# 0.32 -> 0.315 when a tool named before the work asked with it came close to the work: "Proficient in Revit MEP for
# 3D modelling" against a CV's five-day Revit course is now close, not missing (one gap fewer found).
GAP_PAIRS_K_GAPS_FOUND_FLOOR = 0.305
GAP_PAIRS_K_HIDDEN_GAP_CEILING = 24
GAP_PAIRS_L_FALSE_GAP_CEILING = 0
GAP_PAIRS_L_GAPS_FOUND_FLOOR = 0.435
GAP_PAIRS_L_HIDDEN_GAP_CEILING = 23
GAP_PAIRS_M_FALSE_GAP_CEILING = 11
GAP_PAIRS_M_GAPS_FOUND_FLOOR = 0.45
GAP_PAIRS_M_HIDDEN_GAP_CEILING = 19
GAP_PAIRS_N_FALSE_GAP_CEILING = 10
GAP_PAIRS_N_GAPS_FOUND_FLOOR = 0.35
GAP_PAIRS_N_HIDDEN_GAP_CEILING = 27
GAP_PAIRS_O_FALSE_GAP_CEILING = 8
GAP_PAIRS_O_GAPS_FOUND_FLOOR = 0.35
GAP_PAIRS_O_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_P_FALSE_GAP_CEILING = 0
GAP_PAIRS_P_GAPS_FOUND_FLOOR = 0.25
GAP_PAIRS_P_HIDDEN_GAP_CEILING = 29
GAP_PAIRS_Q_FALSE_GAP_CEILING = 2
GAP_PAIRS_Q_GAPS_FOUND_FLOOR = 0.475
GAP_PAIRS_Q_HIDDEN_GAP_CEILING = 13
GAP_PAIRS_R_FALSE_GAP_CEILING = 3
GAP_PAIRS_R_GAPS_FOUND_FLOOR = 0.45
GAP_PAIRS_R_HIDDEN_GAP_CEILING = 23
GAP_PAIRS_S_FALSE_GAP_CEILING = 12
GAP_PAIRS_S_GAPS_FOUND_FLOOR = 0.46
GAP_PAIRS_S_HIDDEN_GAP_CEILING = 19
GAP_PAIRS_T_FALSE_GAP_CEILING = 7
GAP_PAIRS_T_GAPS_FOUND_FLOOR = 0.42
GAP_PAIRS_T_HIDDEN_GAP_CEILING = 24
GAP_PAIRS_U_FALSE_GAP_CEILING = 19
GAP_PAIRS_U_GAPS_FOUND_FLOOR = 0.41
GAP_PAIRS_U_HIDDEN_GAP_CEILING = 19
GAP_PAIRS_V_FALSE_GAP_CEILING = 10
GAP_PAIRS_V_GAPS_FOUND_FLOOR = 0.46
GAP_PAIRS_V_HIDDEN_GAP_CEILING = 11
GAP_PAIRS_W_FALSE_GAP_CEILING = 9
GAP_PAIRS_W_GAPS_FOUND_FLOOR = 0.39
GAP_PAIRS_W_HIDDEN_GAP_CEILING = 27
GAP_PAIRS_X_FALSE_GAP_CEILING = 25
GAP_PAIRS_X_GAPS_FOUND_FLOOR = 0.38
GAP_PAIRS_X_HIDDEN_GAP_CEILING = 27
GAP_PAIRS_Y_FALSE_GAP_CEILING = 19
GAP_PAIRS_Y_GAPS_FOUND_FLOOR = 0.46
GAP_PAIRS_Y_HIDDEN_GAP_CEILING = 12
GAP_PAIRS_Z_FALSE_GAP_CEILING = 5
GAP_PAIRS_Z_GAPS_FOUND_FLOOR = 0.545
GAP_PAIRS_Z_HIDDEN_GAP_CEILING = 5
GAP_PAIRS_AA_FALSE_GAP_CEILING = 7
GAP_PAIRS_AA_GAPS_FOUND_FLOOR = 0.32
GAP_PAIRS_AA_HIDDEN_GAP_CEILING = 12
GAP_PAIRS_AB_FALSE_GAP_CEILING = 17
GAP_PAIRS_AB_GAPS_FOUND_FLOOR = 0.53
GAP_PAIRS_AB_HIDDEN_GAP_CEILING = 10
GAP_PAIRS_AC_FALSE_GAP_CEILING = 1
GAP_PAIRS_AC_GAPS_FOUND_FLOOR = 0.57
GAP_PAIRS_AC_HIDDEN_GAP_CEILING = 9
GAP_PAIRS_AD_FALSE_GAP_CEILING = 8
GAP_PAIRS_AD_GAPS_FOUND_FLOOR = 0.62
GAP_PAIRS_AD_HIDDEN_GAP_CEILING = 5
GAP_PAIRS_AE_FALSE_GAP_CEILING = 8
GAP_PAIRS_AE_GAPS_FOUND_FLOOR = 0.60
GAP_PAIRS_AE_HIDDEN_GAP_CEILING = 7
GAP_PAIRS_AF_FALSE_GAP_CEILING = 6
GAP_PAIRS_AF_GAPS_FOUND_FLOOR = 0.66
GAP_PAIRS_AF_HIDDEN_GAP_CEILING = 7
GAP_PAIRS_AG_FALSE_GAP_CEILING = 17
GAP_PAIRS_AG_GAPS_FOUND_FLOOR = 0.52
GAP_PAIRS_AG_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_AH_FALSE_GAP_CEILING = 4
GAP_PAIRS_AH_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_AH_HIDDEN_GAP_CEILING = 8
GAP_PAIRS_AI_FALSE_GAP_CEILING = 9
GAP_PAIRS_AI_GAPS_FOUND_FLOOR = 0.60
GAP_PAIRS_AI_HIDDEN_GAP_CEILING = 10
GAP_PAIRS_AJ_FALSE_GAP_CEILING = 10
GAP_PAIRS_AJ_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_AJ_HIDDEN_GAP_CEILING = 7
GAP_PAIRS_AK_FALSE_GAP_CEILING = 8
GAP_PAIRS_AK_GAPS_FOUND_FLOOR = 0.56
GAP_PAIRS_AK_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_AL_FALSE_GAP_CEILING = 12
GAP_PAIRS_AL_GAPS_FOUND_FLOOR = 0.41
GAP_PAIRS_AL_HIDDEN_GAP_CEILING = 10
GAP_PAIRS_AM_FALSE_GAP_CEILING = 12
GAP_PAIRS_AM_GAPS_FOUND_FLOOR = 0.41
GAP_PAIRS_AM_HIDDEN_GAP_CEILING = 16
GAP_PAIRS_AN_FALSE_GAP_CEILING = 10
GAP_PAIRS_AN_GAPS_FOUND_FLOOR = 0.565
GAP_PAIRS_AN_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_AO_FALSE_GAP_CEILING = 9
GAP_PAIRS_AO_GAPS_FOUND_FLOOR = 0.325
GAP_PAIRS_AO_HIDDEN_GAP_CEILING = 20
GAP_PAIRS_AP_FALSE_GAP_CEILING = 4
GAP_PAIRS_AP_GAPS_FOUND_FLOOR = 0.53
GAP_PAIRS_AP_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_AQ_FALSE_GAP_CEILING = 7
GAP_PAIRS_AQ_GAPS_FOUND_FLOOR = 0.43
GAP_PAIRS_AQ_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_AR_FALSE_GAP_CEILING = 7
GAP_PAIRS_AR_GAPS_FOUND_FLOOR = 0.45
GAP_PAIRS_AR_HIDDEN_GAP_CEILING = 16
GAP_PAIRS_AS_FALSE_GAP_CEILING = 13
GAP_PAIRS_AS_GAPS_FOUND_FLOOR = 0.39
GAP_PAIRS_AS_HIDDEN_GAP_CEILING = 32
GAP_PAIRS_AT_FALSE_GAP_CEILING = 16
GAP_PAIRS_AT_GAPS_FOUND_FLOOR = 0.47
GAP_PAIRS_AT_HIDDEN_GAP_CEILING = 19
GAP_PAIRS_AU_FALSE_GAP_CEILING = 13
GAP_PAIRS_AU_GAPS_FOUND_FLOOR = 0.51
GAP_PAIRS_AU_HIDDEN_GAP_CEILING = 29
GAP_PAIRS_AV_FALSE_GAP_CEILING = 14
GAP_PAIRS_AV_GAPS_FOUND_FLOOR = 0.59
GAP_PAIRS_AV_HIDDEN_GAP_CEILING = 26
GAP_PAIRS_AW_FALSE_GAP_CEILING = 11
GAP_PAIRS_AW_GAPS_FOUND_FLOOR = 0.65
GAP_PAIRS_AW_HIDDEN_GAP_CEILING = 13
GAP_PAIRS_AX_FALSE_GAP_CEILING = 9
GAP_PAIRS_AX_GAPS_FOUND_FLOOR = 0.585
# 16 -> 17 when forestry grants became a skill of their own: "Knowledge of English woodland grants" is read, and the
# CV's Scottish Forestry Grant Scheme shows it by its name though not its country.
GAP_PAIRS_AX_HIDDEN_GAP_CEILING = 13
GAP_PAIRS_AY_FALSE_GAP_CEILING = 23
GAP_PAIRS_AY_GAPS_FOUND_FLOOR = 0.635
# 14 -> 15 when a duty to check drivers' licences became a skill of its own (no more the licence itself): the CV's
# "Book drivers in for their licence checks" is read as doing them.
GAP_PAIRS_AY_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_AZ_FALSE_GAP_CEILING = 14
GAP_PAIRS_AZ_GAPS_FOUND_FLOOR = 0.55
GAP_PAIRS_AZ_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_BA_FALSE_GAP_CEILING = 5
GAP_PAIRS_BA_GAPS_FOUND_FLOOR = 0.665
GAP_PAIRS_BA_HIDDEN_GAP_CEILING = 11
GAP_PAIRS_BB_FALSE_GAP_CEILING = 11
GAP_PAIRS_BB_GAPS_FOUND_FLOOR = 0.545
GAP_PAIRS_BB_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_BC_FALSE_GAP_CEILING = 10
GAP_PAIRS_BC_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_BC_HIDDEN_GAP_CEILING = 22
GAP_PAIRS_BD_FALSE_GAP_CEILING = 11
GAP_PAIRS_BD_GAPS_FOUND_FLOOR = 0.52
GAP_PAIRS_BD_HIDDEN_GAP_CEILING = 16
GAP_PAIRS_BE_FALSE_GAP_CEILING = 14
GAP_PAIRS_BE_GAPS_FOUND_FLOOR = 0.51
GAP_PAIRS_BE_HIDDEN_GAP_CEILING = 27
GAP_PAIRS_BF_FALSE_GAP_CEILING = 12
GAP_PAIRS_BF_GAPS_FOUND_FLOOR = 0.555
GAP_PAIRS_BF_HIDDEN_GAP_CEILING = 22
GAP_PAIRS_BG_FALSE_GAP_CEILING = 24
GAP_PAIRS_BG_GAPS_FOUND_FLOOR = 0.64
GAP_PAIRS_BG_HIDDEN_GAP_CEILING = 11
GAP_PAIRS_BH_FALSE_GAP_CEILING = 10
GAP_PAIRS_BH_GAPS_FOUND_FLOOR = 0.54
GAP_PAIRS_BH_HIDDEN_GAP_CEILING = 16
GAP_PAIRS_BI_FALSE_GAP_CEILING = 17
GAP_PAIRS_BI_GAPS_FOUND_FLOOR = 0.61
GAP_PAIRS_BI_HIDDEN_GAP_CEILING = 11
GAP_PAIRS_BJ_FALSE_GAP_CEILING = 16
GAP_PAIRS_BJ_GAPS_FOUND_FLOOR = 0.56
GAP_PAIRS_BJ_HIDDEN_GAP_CEILING = 20
GAP_PAIRS_BK_FALSE_GAP_CEILING = 11
GAP_PAIRS_BK_GAPS_FOUND_FLOOR = 0.60
GAP_PAIRS_BK_HIDDEN_GAP_CEILING = 15
GAP_PAIRS_BL_FALSE_GAP_CEILING = 19
GAP_PAIRS_BL_GAPS_FOUND_FLOOR = 0.445
GAP_PAIRS_BL_HIDDEN_GAP_CEILING = 23
GAP_PAIRS_BM_FALSE_GAP_CEILING = 10
GAP_PAIRS_BM_GAPS_FOUND_FLOOR = 0.59
GAP_PAIRS_BM_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_BN_FALSE_GAP_CEILING = 13
GAP_PAIRS_BN_GAPS_FOUND_FLOOR = 0.655
GAP_PAIRS_BN_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_BO_FALSE_GAP_CEILING = 8
GAP_PAIRS_BO_GAPS_FOUND_FLOOR = 0.59
GAP_PAIRS_BO_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_BP_FALSE_GAP_CEILING = 10
GAP_PAIRS_BP_GAPS_FOUND_FLOOR = 0.68
GAP_PAIRS_BP_HIDDEN_GAP_CEILING = 13
GAP_PAIRS_BQ_FALSE_GAP_CEILING = 8
GAP_PAIRS_BQ_GAPS_FOUND_FLOOR = 0.605
GAP_PAIRS_BQ_HIDDEN_GAP_CEILING = 21
GAP_PAIRS_BR_FALSE_GAP_CEILING = 11
GAP_PAIRS_BR_GAPS_FOUND_FLOOR = 0.62
GAP_PAIRS_BR_HIDDEN_GAP_CEILING = 17
GAP_PAIRS_BS_FALSE_GAP_CEILING = 7
GAP_PAIRS_BS_GAPS_FOUND_FLOOR = 0.46
GAP_PAIRS_BS_HIDDEN_GAP_CEILING = 23
GAP_PAIRS_BT_FALSE_GAP_CEILING = 21
GAP_PAIRS_BT_GAPS_FOUND_FLOOR = 0.50
GAP_PAIRS_BT_HIDDEN_GAP_CEILING = 30
GAP_PAIRS_BU_FALSE_GAP_CEILING = 8
GAP_PAIRS_BU_GAPS_FOUND_FLOOR = 0.53
GAP_PAIRS_BU_HIDDEN_GAP_CEILING = 18
GAP_PAIRS_BV_FALSE_GAP_CEILING = 11
GAP_PAIRS_BV_GAPS_FOUND_FLOOR = 0.71
GAP_PAIRS_BV_HIDDEN_GAP_CEILING = 9
GAP_PAIRS_BW_FALSE_GAP_CEILING = 11
GAP_PAIRS_BW_GAPS_FOUND_FLOOR = 0.62
GAP_PAIRS_BW_HIDDEN_GAP_CEILING = 21
GAP_PAIRS_BX_FALSE_GAP_CEILING = 17
GAP_PAIRS_BX_GAPS_FOUND_FLOOR = 0.55
GAP_PAIRS_BX_HIDDEN_GAP_CEILING = 18
GAP_PAIRS_BY_FALSE_GAP_CEILING = 11
GAP_PAIRS_BY_GAPS_FOUND_FLOOR = 0.65
GAP_PAIRS_BY_HIDDEN_GAP_CEILING = 14
GAP_PAIRS_BZ_FALSE_GAP_CEILING = 13
GAP_PAIRS_BZ_GAPS_FOUND_FLOOR = 0.48
GAP_PAIRS_BZ_HIDDEN_GAP_CEILING = 20
GAP_PAIRS_CA_FALSE_GAP_CEILING = 24
GAP_PAIRS_CA_GAPS_FOUND_FLOOR = 0.47
GAP_PAIRS_CA_HIDDEN_GAP_CEILING = 27


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def nlp():
    from skillgap.nlp import get_pipeline

    return get_pipeline()


def _spans(nlp, text: str):
    """Skill spans of `text` read as a plain-text document (sections and all), as users' files are."""
    document = read_text(text, "input.txt")
    doc = nlp(make_doc(nlp, document))  # spans need their Doc alive while they are read
    return list(skill_spans(doc))


def test_context_set_is_large_and_balanced() -> None:
    rows = _rows("ambiguous_context.tsv")
    assert len(rows) >= 200
    negatives = sum(1 for row in rows if row["skill_id"] == "none")
    assert 0.3 * len(rows) <= negatives <= 0.7 * len(rows)
    assert len({row["form"] for row in rows}) >= 20


def test_ambiguous_forms_are_read_in_context(nlp) -> None:
    from skillgap.nlp import pipeline_taxonomy

    taxonomy = pipeline_taxonomy(nlp)
    owners: dict[str, set[str]] = {}
    for skill in taxonomy:
        for form in (skill.label, *skill.aliases, *skill.ambiguous, *skill.exact):
            owners.setdefault(form.lower(), set()).add(skill.id)
    rows = _rows("ambiguous_context.tsv")
    wrong = []
    for row in rows:
        sentence, form, expected = row["sentence"], row["form"], row["skill_id"]
        at = sentence.find(form)
        assert at >= 0, row
        # The skills the pipeline sees where the form stands.
        here = {span.label_ for span in _spans(nlp, sentence) if span.start_char <= at < span.end_char}
        # `none`: the form is not read as a skill it names ("foreign exchange" may still be Foreign Exchange).
        ok = expected in here if expected != "none" else not (here & owners.get(form.lower(), set()))
        if not ok:
            wrong.append(f"{expected:>24} <- {sorted(here) or 'nothing'}: {sentence}")
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= CONTEXT_ACCURACY_FLOOR, (
        f"accuracy {accuracy:.3f} on {len(rows)} sentences; wrong:\n" + "\n".join(wrong)
    )


def test_context_holds_on_sentences_written_after_the_rules(nlp) -> None:
    """The later set, scored two ways. Strictly, as the first set is: a skill row is right when the form is read
    as exactly that skill. Leniently: also when the form is read inside a longer form of a more specific skill
    that is not another sense of the word ("Advanced Excel skills", "Spring Boot"). A `none` row is right when
    none of the form's ambiguous senses is read there.

    First run, before any change made from it: 0.893 strict, 0.937 lenient (one label fixed since: "BA (Hons)"
    is the degree). One general rule was written from its misses since (the passive voice describes no person:
    "will be organised by your manager"), and one from misses in both held-out sets (a name after "at" is a
    place of work: "assistant at Opera North"): 0.900 and 0.943; then a lexicon of places, from three misses here
    ("in Medway, Kent", "in Palo Alto, CA", "volunteering in Fiji"): 0.903 and 0.947. Both are below the 0.97
    reached on the set the rules were written with; that gap is the honest measure of how the rules generalise."""
    strict, lenient = _holdout_accuracy(nlp, "ambiguous_context_holdout.tsv")
    assert strict >= HOLDOUT_STRICT_FLOOR and lenient >= HOLDOUT_LENIENT_FLOOR


def test_context_holds_on_a_second_set_written_later(nlp) -> None:
    """The second held-out set, scored like the first. First run: 0.913 strict, 0.927 lenient; after the "at" rule
    (written from a miss here and one in the first set): 0.917 and 0.930; after a later session's context rules,
    none written from this set's rows (names said to be asked for, after "know"/"write", places): 0.923 and
    0.937."""
    strict, lenient = _holdout_accuracy(nlp, "ambiguous_context_holdout2.tsv")
    assert strict >= HOLDOUT2_STRICT_FLOOR and lenient >= HOLDOUT2_LENIENT_FLOOR


def _holdout_accuracy(nlp, name: str) -> tuple[float, float]:
    """(strict, lenient) accuracy on a held-out set; prints the rows it gets wrong (pytest shows them on failure)."""
    from skillgap.nlp import pipeline_taxonomy

    taxonomy = pipeline_taxonomy(nlp)
    senses: dict[str, set[str]] = {}
    for skill in taxonomy:
        for form in skill.ambiguous:
            senses.setdefault(form, set()).add(skill.id)
    rows = _rows(name)
    assert len(rows) == 300 and len({row["form"] for row in rows}) >= 100
    strict_wrong, lenient_wrong = [], []
    for row in rows:
        sentence, form, expected = row["sentence"], row["form"], row["skill_id"]
        at = sentence.find(form)
        assert at >= 0 and form in senses, row
        here = {span.label_ for span in _spans(nlp, sentence) if span.start_char <= at < span.end_char}
        if expected == "none":
            strict = lenient = not (here & senses[form])
        else:
            assert expected in senses[form], row
            strict = expected in here
            lenient = strict or (bool(here) and not (here & (senses[form] - {expected})))
        line = f"{expected:>24} <- {sorted(here) or 'nothing'}: {sentence}"
        if not strict:
            strict_wrong.append(line)
        if not lenient:
            lenient_wrong.append(line)
    strict_accuracy = 1 - len(strict_wrong) / len(rows)
    lenient_accuracy = 1 - len(lenient_wrong) / len(rows)
    print(f"{name}: strict {strict_accuracy:.3f}, lenient {lenient_accuracy:.3f}; wrong:\n" + "\n".join(strict_wrong))
    return strict_accuracy, lenient_accuracy


def test_fuzzy_set_is_large_enough() -> None:
    rows = _rows("fuzzy_pairs.tsv")
    assert len(rows) >= 150
    assert sum(1 for row in rows if row["kind"] == "distinct") >= 50


def test_no_false_merges(nlp) -> None:
    merged = []
    for row in _rows("fuzzy_pairs.tsv"):
        if row["kind"] == "distinct":
            found = {span.label_ for span in _spans(nlp, row["text"])}
            if row["expected"] in found:
                merged.append(f"{row['text']!r} read as {row['expected']}")
    assert not merged, "\n".join(merged)


def test_variants_and_typos_are_read_as_the_skill(nlp) -> None:
    rows = [row for row in _rows("fuzzy_pairs.tsv") if row["kind"] == "merge"]
    missed = [
        f"{row['text']!r} -> {row['expected']}"
        for row in rows
        if row["expected"] not in {span.label_ for span in _spans(nlp, row["text"])}
    ]
    recall = 1 - len(missed) / len(rows)
    assert recall >= VARIANT_RECALL_FLOOR, f"read {recall:.3f} of {len(rows)} variants; missed:\n" + "\n".join(missed)


def _benchmark(name: str):
    """A script of benchmarks/ loaded as a module, so that its report and the tests cannot drift apart."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, DATA.parents[1] / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a dataclass looks its module up while it is made
    spec.loader.exec_module(module)
    return module


def _level_score(nlp, name: str, *, wrong: bool = True):
    """Scored by the benchmark script itself, so that the report and the test cannot drift apart."""
    module = _benchmark("eval_levels")
    result = module.score(nlp, module.load(DATA / name), name)
    print(module.report(result, wrong=wrong))  # a held-out set's errors are not printed: it stays unread
    return result


def _assert_level_set_shape(name: str, size: int) -> None:
    with (DATA / name).open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    assert len(items) == size
    levels = Counter(item["level"] for item in items)
    assert all(levels[level] >= 0.15 * size for level in ("required", "preferred", "mentioned", "none")), levels
    assert all(item["text"].count(item["skill"]) == 1 for item in items)


def test_requirement_level_sets_are_large_and_balanced() -> None:
    _assert_level_set_shape("requirement_levels.jsonl", 2100)
    _assert_level_set_shape("requirement_levels_holdout.jsonl", 300)
    _assert_level_set_shape("requirement_levels_holdout2.jsonl", 300)
    _assert_level_set_shape("requirement_levels_holdout3.jsonl", 299)
    _assert_level_set_shape("requirement_levels_holdout4.jsonl", 300)
    _assert_level_set_shape("requirement_levels_holdout5.jsonl", 300)
    _assert_level_set_shape("requirement_levels_holdout6.jsonl", 300)


def test_requirement_levels_on_the_labelled_excerpts(nlp) -> None:
    """Level accuracy on the 1,500 excerpts the rules were written from. First runs, before any rule written from
    them: the first 300 at 0.865 (0.902 on whether the ad asks at all); the second at 0.870 (0.847 with the code
    from before the first set's rules); the third at 0.926 (0.953 asked or not; 0.883 with the code from before
    either set's rules); the fourth, written after two regression hunts, at 0.935 (0.952; 0.867 with the code from
    before any set); the fifth, written to be hard to read (questions, profiles without headings, emoji headings,
    lead-ins), at 0.864 (0.929; 0.756); the sixth, copied-from-job-board style (run-on text, recruiters'
    signatures, boilerplate after the requirements) and person specifications, at 0.910 (0.947; 0.907 with the code
    from before that session); the seventh, in the styles of the second held-out set (FAQ ads, first-person posts,
    agencies, screening questions) but written apart from it, at 0.876 (0.919; 0.866 with the code from before that
    session)."""
    result = _level_score(nlp, "requirement_levels.jsonl")
    assert result.scored >= 2075
    assert result.accuracy >= LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_excerpts_written_after_the_rules(nlp) -> None:
    """The held-out 300, written after the rules from the first three sets and not read since. First run: 0.896
    level accuracy, 0.936 on whether the ad asks at all (0.819 and 0.880 with the code from before any of the sets'
    rules); 0.903 and 0.940 after the rules from the second hunt and the fourth set; 0.900 (one item fewer) and
    0.940 after the fifth set's; 0.913 and 0.943 after the sixth set's; 0.923 and 0.950 after the seventh's; 0.926
    and 0.953 at the start of the session that read its misses (with the second's and third's) and wrote rules with
    them in view: 0.970 and 0.977 after them, no longer a held-out score."""
    result = _level_score(nlp, "requirement_levels_holdout.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT_LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_a_second_held_out_set(nlp) -> None:
    """The second held-out 300, not read. First run 0.833 level accuracy, 0.893 on whether the ad asks at all (0.829
    and 0.893 with the code from before that session); 0.846 and 0.903 after the sixth set's rules; 0.866 and 0.913
    after the seventh set's; 0.873 and 0.920 before the session that read its misses, 0.933 and 0.950 after."""
    result = _level_score(nlp, "requirement_levels_holdout2.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT2_LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_a_third_held_out_set(nlp) -> None:
    """The third held-out set, not read. First run 0.916 level accuracy, 0.949 on whether the ad asks at all, with
    the code of the session it was written in; 0.875 and 0.929 with the code from before that session; 0.916 and
    0.949 before the session that read its misses, 0.963 and 0.976 after."""
    result = _level_score(nlp, "requirement_levels_holdout3.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT3_LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_a_fourth_held_out_set(nlp) -> None:
    """The fourth held-out set, not read. First run 0.926 level accuracy, 0.953 on whether the ad asks at all, with
    the code of the session it was written in; 0.926 with that session's starting code too (its rules came from
    regression hunts on the previous session's, and moved this set by one item either way), and 0.893 and 0.933
    with the code from the start of the session before."""
    result = _level_score(nlp, "requirement_levels_holdout4.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT4_LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_a_fifth_held_out_set(nlp) -> None:
    """The fifth held-out set, not read. First run 0.947 level accuracy, 0.957 on whether the ad asks at all, with
    the code at the start of the session it was written in."""
    result = _level_score(nlp, "requirement_levels_holdout5.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT5_LEVEL_ACCURACY_FLOOR


def test_requirement_levels_hold_on_a_sixth_held_out_set(nlp) -> None:
    """The sixth held-out set, not read. First run 0.899 level accuracy, 0.939 on whether the ad asks at all, with
    the code of the session it was written in (its whole-ad excerpts 0.940, its informal shapes 0.858); 0.896 and
    0.936 with that session's starting code: the session's rules, written from hunts aimed at them, moved a fresh
    set of the guide's mix by one item."""
    result = _level_score(nlp, "requirement_levels_holdout6.jsonl", wrong=False)
    assert result.scored >= 295
    assert result.accuracy >= HOLDOUT6_LEVEL_ACCURACY_FLOOR


def test_few_false_skills_on_the_identity_audit(nlp) -> None:
    """The ads of the blind identity audit: no more wrong skills than now, and the right ones still found."""
    module = _benchmark("eval_identity")
    result = module.score(nlp)
    print(module.report(result, show_wrong=True))
    assert result["counts"]["wrong"] <= IDENTITY_WRONG_CEILING
    assert result["asked"]["wrong"] <= IDENTITY_ASKED_WRONG_CEILING
    assert result["counts"]["right"] >= IDENTITY_RIGHT_KEPT_FLOOR * result["judged_right"]


def test_levels_hold_on_ads_pasted_as_one_line(nlp) -> None:
    _assert_level_set_shape("requirement_levels_runon.jsonl", 120)
    result = _level_score(nlp, "requirement_levels_runon.jsonl")
    assert result.accuracy >= RUNON_LEVEL_ACCURACY_FLOOR


def _bullet_score(nlp, name: str):
    module = _benchmark("eval_bullets")
    result = module.score(nlp, module.load(DATA / name), name)
    print(module.report(result))
    return result


def test_bare_bullet_items_are_read_by_their_list(nlp) -> None:
    result = _bullet_score(nlp, "bare_bullet_items.jsonl")
    assert (result.positives, result.negatives) == (75, 75)
    assert result.accuracy >= BULLET_ACCURACY_FLOOR


def test_bare_bullet_items_hold_on_a_set_written_after_the_rule(nlp) -> None:
    result = _bullet_score(nlp, "bare_bullet_items_holdout.jsonl")
    assert (result.positives, result.negatives) == (60, 60)
    assert result.accuracy >= BULLET_HOLDOUT_ACCURACY_FLOOR
    assert result.false <= BULLET_HOLDOUT_FALSE_CEILING


def test_levels_hold_on_one_line_ads_written_after_the_rules(nlp) -> None:
    _assert_level_set_shape("requirement_levels_runon_holdout.jsonl", 100)
    result = _level_score(nlp, "requirement_levels_runon_holdout.jsonl", wrong=False)
    assert result.accuracy >= RUNON_HOLDOUT_LEVEL_ACCURACY_FLOOR


def test_a_profile_shows_the_persons_skills_and_not_words_that_look_like_skills() -> None:
    module = _benchmark("eval_profiles")
    items = module.load()
    assert len(items) == 60
    result = module.score(items)
    print(module.report(result))
    assert result.trap_rate <= PROFILE_TRAP_CEILING, "\n".join(result.wrong)
    assert result.skill_recall >= PROFILE_SKILL_RECALL_FLOOR


@pytest.mark.parametrize(
    ("name", "asks", "false_gaps", "gaps_found", "hidden_gaps"),
    [
        (
            "gap_pairs.jsonl",
            272,
            GAP_PAIRS_FALSE_GAP_CEILING,
            GAP_PAIRS_GAPS_FOUND_FLOOR,
            GAP_PAIRS_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_b.jsonl",
            285,
            GAP_PAIRS_B_FALSE_GAP_CEILING,
            GAP_PAIRS_B_GAPS_FOUND_FLOOR,
            GAP_PAIRS_B_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_c.jsonl",
            290,
            GAP_PAIRS_C_FALSE_GAP_CEILING,
            GAP_PAIRS_C_GAPS_FOUND_FLOOR,
            GAP_PAIRS_C_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_d.jsonl",
            290,
            GAP_PAIRS_D_FALSE_GAP_CEILING,
            GAP_PAIRS_D_GAPS_FOUND_FLOOR,
            GAP_PAIRS_D_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_e.jsonl",
            306,
            GAP_PAIRS_E_FALSE_GAP_CEILING,
            GAP_PAIRS_E_GAPS_FOUND_FLOOR,
            GAP_PAIRS_E_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_f.jsonl",
            336,
            GAP_PAIRS_F_FALSE_GAP_CEILING,
            GAP_PAIRS_F_GAPS_FOUND_FLOOR,
            GAP_PAIRS_F_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_g.jsonl",
            322,
            GAP_PAIRS_G_FALSE_GAP_CEILING,
            GAP_PAIRS_G_GAPS_FOUND_FLOOR,
            GAP_PAIRS_G_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_h.jsonl",
            328,
            GAP_PAIRS_H_FALSE_GAP_CEILING,
            GAP_PAIRS_H_GAPS_FOUND_FLOOR,
            GAP_PAIRS_H_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_i.jsonl",
            334,
            GAP_PAIRS_I_FALSE_GAP_CEILING,
            GAP_PAIRS_I_GAPS_FOUND_FLOOR,
            GAP_PAIRS_I_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_j.jsonl",
            326,
            GAP_PAIRS_J_FALSE_GAP_CEILING,
            GAP_PAIRS_J_GAPS_FOUND_FLOOR,
            GAP_PAIRS_J_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_k.jsonl",
            323,
            GAP_PAIRS_K_FALSE_GAP_CEILING,
            GAP_PAIRS_K_GAPS_FOUND_FLOOR,
            GAP_PAIRS_K_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_l.jsonl",
            322,
            GAP_PAIRS_L_FALSE_GAP_CEILING,
            GAP_PAIRS_L_GAPS_FOUND_FLOOR,
            GAP_PAIRS_L_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_m.jsonl",
            322,
            GAP_PAIRS_M_FALSE_GAP_CEILING,
            GAP_PAIRS_M_GAPS_FOUND_FLOOR,
            GAP_PAIRS_M_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_n.jsonl",
            321,
            GAP_PAIRS_N_FALSE_GAP_CEILING,
            GAP_PAIRS_N_GAPS_FOUND_FLOOR,
            GAP_PAIRS_N_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_o.jsonl",
            324,
            GAP_PAIRS_O_FALSE_GAP_CEILING,
            GAP_PAIRS_O_GAPS_FOUND_FLOOR,
            GAP_PAIRS_O_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_p.jsonl",
            320,
            GAP_PAIRS_P_FALSE_GAP_CEILING,
            GAP_PAIRS_P_GAPS_FOUND_FLOOR,
            GAP_PAIRS_P_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_q.jsonl",
            313,
            GAP_PAIRS_Q_FALSE_GAP_CEILING,
            GAP_PAIRS_Q_GAPS_FOUND_FLOOR,
            GAP_PAIRS_Q_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_r.jsonl",
            321,
            GAP_PAIRS_R_FALSE_GAP_CEILING,
            GAP_PAIRS_R_GAPS_FOUND_FLOOR,
            GAP_PAIRS_R_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_s.jsonl",
            317,
            GAP_PAIRS_S_FALSE_GAP_CEILING,
            GAP_PAIRS_S_GAPS_FOUND_FLOOR,
            GAP_PAIRS_S_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_t.jsonl",
            320,
            GAP_PAIRS_T_FALSE_GAP_CEILING,
            GAP_PAIRS_T_GAPS_FOUND_FLOOR,
            GAP_PAIRS_T_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_u.jsonl",
            322,
            GAP_PAIRS_U_FALSE_GAP_CEILING,
            GAP_PAIRS_U_GAPS_FOUND_FLOOR,
            GAP_PAIRS_U_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_v.jsonl",
            317,
            GAP_PAIRS_V_FALSE_GAP_CEILING,
            GAP_PAIRS_V_GAPS_FOUND_FLOOR,
            GAP_PAIRS_V_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_w.jsonl",
            318,
            GAP_PAIRS_W_FALSE_GAP_CEILING,
            GAP_PAIRS_W_GAPS_FOUND_FLOOR,
            GAP_PAIRS_W_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_x.jsonl",
            314,
            GAP_PAIRS_X_FALSE_GAP_CEILING,
            GAP_PAIRS_X_GAPS_FOUND_FLOOR,
            GAP_PAIRS_X_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_y.jsonl",
            303,
            GAP_PAIRS_Y_FALSE_GAP_CEILING,
            GAP_PAIRS_Y_GAPS_FOUND_FLOOR,
            GAP_PAIRS_Y_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_z.jsonl",
            305,
            GAP_PAIRS_Z_FALSE_GAP_CEILING,
            GAP_PAIRS_Z_GAPS_FOUND_FLOOR,
            GAP_PAIRS_Z_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_aa.jsonl",
            315,
            GAP_PAIRS_AA_FALSE_GAP_CEILING,
            GAP_PAIRS_AA_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AA_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ab.jsonl",
            318,
            GAP_PAIRS_AB_FALSE_GAP_CEILING,
            GAP_PAIRS_AB_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AB_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ac.jsonl",
            294,
            GAP_PAIRS_AC_FALSE_GAP_CEILING,
            GAP_PAIRS_AC_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AC_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ad.jsonl",
            286,
            GAP_PAIRS_AD_FALSE_GAP_CEILING,
            GAP_PAIRS_AD_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AD_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ae.jsonl",
            311,
            GAP_PAIRS_AE_FALSE_GAP_CEILING,
            GAP_PAIRS_AE_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AE_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_af.jsonl",
            292,
            GAP_PAIRS_AF_FALSE_GAP_CEILING,
            GAP_PAIRS_AF_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AF_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ag.jsonl",
            303,
            GAP_PAIRS_AG_FALSE_GAP_CEILING,
            GAP_PAIRS_AG_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AG_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ah.jsonl",
            296,
            GAP_PAIRS_AH_FALSE_GAP_CEILING,
            GAP_PAIRS_AH_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AH_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ai.jsonl",
            300,
            GAP_PAIRS_AI_FALSE_GAP_CEILING,
            GAP_PAIRS_AI_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AI_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_aj.jsonl",
            323,
            GAP_PAIRS_AJ_FALSE_GAP_CEILING,
            GAP_PAIRS_AJ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AJ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ak.jsonl",
            288,
            GAP_PAIRS_AK_FALSE_GAP_CEILING,
            GAP_PAIRS_AK_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AK_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_al.jsonl",
            303,
            GAP_PAIRS_AL_FALSE_GAP_CEILING,
            GAP_PAIRS_AL_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AL_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_am.jsonl",
            310,
            GAP_PAIRS_AM_FALSE_GAP_CEILING,
            GAP_PAIRS_AM_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AM_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_an.jsonl",
            305,
            GAP_PAIRS_AN_FALSE_GAP_CEILING,
            GAP_PAIRS_AN_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AN_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ao.jsonl",
            298,
            GAP_PAIRS_AO_FALSE_GAP_CEILING,
            GAP_PAIRS_AO_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AO_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ap.jsonl",
            289,
            GAP_PAIRS_AP_FALSE_GAP_CEILING,
            GAP_PAIRS_AP_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AP_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_aq.jsonl",
            323,
            GAP_PAIRS_AQ_FALSE_GAP_CEILING,
            GAP_PAIRS_AQ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AQ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ar.jsonl",
            311,
            GAP_PAIRS_AR_FALSE_GAP_CEILING,
            GAP_PAIRS_AR_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AR_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_as.jsonl",
            355,
            GAP_PAIRS_AS_FALSE_GAP_CEILING,
            GAP_PAIRS_AS_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AS_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_at.jsonl",
            363,
            GAP_PAIRS_AT_FALSE_GAP_CEILING,
            GAP_PAIRS_AT_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AT_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_au.jsonl",
            341,
            GAP_PAIRS_AU_FALSE_GAP_CEILING,
            GAP_PAIRS_AU_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AU_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_av.jsonl",
            326,
            GAP_PAIRS_AV_FALSE_GAP_CEILING,
            GAP_PAIRS_AV_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AV_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_aw.jsonl",
            347,
            GAP_PAIRS_AW_FALSE_GAP_CEILING,
            GAP_PAIRS_AW_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AW_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ax.jsonl",
            357,
            GAP_PAIRS_AX_FALSE_GAP_CEILING,
            GAP_PAIRS_AX_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AX_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ay.jsonl",
            358,
            GAP_PAIRS_AY_FALSE_GAP_CEILING,
            GAP_PAIRS_AY_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AY_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_az.jsonl",
            363,
            GAP_PAIRS_AZ_FALSE_GAP_CEILING,
            GAP_PAIRS_AZ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_AZ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ba.jsonl",
            353,
            GAP_PAIRS_BA_FALSE_GAP_CEILING,
            GAP_PAIRS_BA_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BA_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bb.jsonl",
            319,
            GAP_PAIRS_BB_FALSE_GAP_CEILING,
            GAP_PAIRS_BB_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BB_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bc.jsonl",
            361,
            GAP_PAIRS_BC_FALSE_GAP_CEILING,
            GAP_PAIRS_BC_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BC_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bd.jsonl",
            309,
            GAP_PAIRS_BD_FALSE_GAP_CEILING,
            GAP_PAIRS_BD_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BD_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_be.jsonl",
            332,
            GAP_PAIRS_BE_FALSE_GAP_CEILING,
            GAP_PAIRS_BE_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BE_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bf.jsonl",
            326,
            GAP_PAIRS_BF_FALSE_GAP_CEILING,
            GAP_PAIRS_BF_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BF_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bg.jsonl",
            330,
            GAP_PAIRS_BG_FALSE_GAP_CEILING,
            GAP_PAIRS_BG_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BG_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bh.jsonl",
            349,
            GAP_PAIRS_BH_FALSE_GAP_CEILING,
            GAP_PAIRS_BH_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BH_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bi.jsonl",
            343,
            GAP_PAIRS_BI_FALSE_GAP_CEILING,
            GAP_PAIRS_BI_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BI_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bj.jsonl",
            357,
            GAP_PAIRS_BJ_FALSE_GAP_CEILING,
            GAP_PAIRS_BJ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BJ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bk.jsonl",
            356,
            GAP_PAIRS_BK_FALSE_GAP_CEILING,
            GAP_PAIRS_BK_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BK_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bl.jsonl",
            342,
            GAP_PAIRS_BL_FALSE_GAP_CEILING,
            GAP_PAIRS_BL_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BL_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bm.jsonl",
            334,
            GAP_PAIRS_BM_FALSE_GAP_CEILING,
            GAP_PAIRS_BM_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BM_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bn.jsonl",
            349,
            GAP_PAIRS_BN_FALSE_GAP_CEILING,
            GAP_PAIRS_BN_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BN_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bo.jsonl",
            329,
            GAP_PAIRS_BO_FALSE_GAP_CEILING,
            GAP_PAIRS_BO_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BO_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bp.jsonl",
            336,
            GAP_PAIRS_BP_FALSE_GAP_CEILING,
            GAP_PAIRS_BP_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BP_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bq.jsonl",
            342,
            GAP_PAIRS_BQ_FALSE_GAP_CEILING,
            GAP_PAIRS_BQ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BQ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_br.jsonl",
            339,
            GAP_PAIRS_BR_FALSE_GAP_CEILING,
            GAP_PAIRS_BR_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BR_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bs.jsonl",
            351,
            GAP_PAIRS_BS_FALSE_GAP_CEILING,
            GAP_PAIRS_BS_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BS_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bt.jsonl",
            375,
            GAP_PAIRS_BT_FALSE_GAP_CEILING,
            GAP_PAIRS_BT_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BT_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bu.jsonl",
            349,
            GAP_PAIRS_BU_FALSE_GAP_CEILING,
            GAP_PAIRS_BU_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BU_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bv.jsonl",
            341,
            GAP_PAIRS_BV_FALSE_GAP_CEILING,
            GAP_PAIRS_BV_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BV_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bw.jsonl",
            313,
            GAP_PAIRS_BW_FALSE_GAP_CEILING,
            GAP_PAIRS_BW_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BW_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bx.jsonl",
            339,
            GAP_PAIRS_BX_FALSE_GAP_CEILING,
            GAP_PAIRS_BX_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BX_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_by.jsonl",
            351,
            GAP_PAIRS_BY_FALSE_GAP_CEILING,
            GAP_PAIRS_BY_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BY_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_bz.jsonl",
            360,
            GAP_PAIRS_BZ_FALSE_GAP_CEILING,
            GAP_PAIRS_BZ_GAPS_FOUND_FLOOR,
            GAP_PAIRS_BZ_HIDDEN_GAP_CEILING,
        ),
        (
            "gap_pairs_ca.jsonl",
            360,
            GAP_PAIRS_CA_FALSE_GAP_CEILING,
            GAP_PAIRS_CA_GAPS_FOUND_FLOOR,
            GAP_PAIRS_CA_HIDDEN_GAP_CEILING,
        ),
    ],
)
def test_a_cv_that_shows_an_ask_in_other_words_gets_no_gap(
    analyzer, name: str, asks: int, false_gaps: int, gaps_found: float, hidden_gaps: int
) -> None:
    module = _benchmark("eval_gaps")
    pairs = module.load(DATA / name)
    assert len(pairs) == 20
    for pair in pairs:
        for ask in pair["asks"]:
            assert ask["ad_words"] in pair["ad"], (pair["id"], ask["ad_words"])
            assert (ask["cv_words"] in pair["cv"]) if ask["cv_shows"] else ask["cv_words"] is None
    result = module.score(pairs, name, analyzer)
    print(module.report(result, show=True))
    assert result.asks == asks
    assert result.count(True, "missing") <= false_gaps
    assert result.gaps_found >= gaps_found
    assert result.count(False, "matched") <= hidden_gaps
