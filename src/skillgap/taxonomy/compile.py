"""Compiling the curated TOML sources in `models/taxonomy/` into the JSON the program loads.

Compilation validates the sources (ids, types, links, alias clashes, cycles), makes `related` symmetric,
derives `narrower`, expands every surface form into the spelling variants people write (hyphen, space,
joined), and derives the job title of the person who does a skill from its names ("quantity surveying" ->
"quantity surveyor"; see models/lexicons/agent_nouns.txt). The output is byte-for-byte reproducible from the
sources.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from skillgap.errors import TaxonomyError
from skillgap.taxonomy.model import (
    DESCRIPTION_WORDS,
    PATTERN_MODES,
    SKILL_TYPES,
    Pattern,
    Skill,
    Taxonomy,
    content_words,
)

COMPILED_FORMAT = 1
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = {"id", "label", "type", "aliases", "ambiguous", "exact", "broader", "related", "context", "described_as"}


def load_sources(paths: Iterable[Path]) -> list[Skill]:
    """Parse TOML source files into skills (not yet validated across files)."""
    skills: list[Skill] = []
    for path in sorted(paths):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise TaxonomyError(f"cannot read taxonomy source: {error}", str(path)) from None
        domain = data.get("domain")
        if not isinstance(domain, str) or not domain:
            raise TaxonomyError('a taxonomy file needs `domain = "..."` at the top', str(path))
        for index, entry in enumerate(data.get("skills", [])):
            skills.append(_skill_from_entry(entry, domain, f"{path}: skill {index + 1}"))
    return skills


def _skill_from_entry(entry: dict[str, Any], domain: str, where: str) -> Skill:
    unknown = set(entry) - _FIELDS
    if unknown:
        raise TaxonomyError(f"unknown field(s) {sorted(unknown)}", where)
    for required in ("id", "label", "type"):
        if not isinstance(entry.get(required), str) or not entry[required].strip():
            raise TaxonomyError(f"`{required}` must be a non-empty string", where)

    def strings(name: str) -> tuple[str, ...]:
        value = entry.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TaxonomyError(f"`{name}` must be a list of non-empty strings", f"{where} ({entry['id']})")
        return tuple(v.strip() for v in value)

    return Skill(
        id=entry["id"],
        label=entry["label"].strip(),
        type=entry["type"],
        domain=domain,
        aliases=strings("aliases"),
        ambiguous=strings("ambiguous"),
        exact=strings("exact"),
        broader=strings("broader"),
        related=strings("related"),
        context=strings("context"),
        described_as=strings("described_as"),
    )


def validate(skills: Sequence[Skill]) -> list[str]:
    """Every integrity problem in `skills`, as readable lines; empty when the taxonomy is sound."""
    problems: list[str] = []
    ids: dict[str, Skill] = {}
    for skill in skills:
        if skill.id in ids:
            problems.append(f"{skill.id}: id defined twice (domains {ids[skill.id].domain}, {skill.domain})")
        ids[skill.id] = skill
        if not _ID.match(skill.id):
            problems.append(f"{skill.id}: id must be lowercase letters, digits and single '-'")
        if skill.type not in SKILL_TYPES:
            problems.append(f"{skill.id}: type {skill.type!r} is not one of {', '.join(SKILL_TYPES)}")
        for link in (*skill.broader, *skill.related):
            if link == skill.id:
                problems.append(f"{skill.id}: links to itself")
        for description in skill.described_as:
            low, high = DESCRIPTION_WORDS
            if not low <= len(content_words(description)) <= high:
                problems.append(
                    f"{skill.id}: description {description!r} must have {low} to {high} words of three letters or "
                    "more besides linking words"
                )
        for form in (skill.label, *skill.aliases):
            if form.split(maxsplit=1)[0] in _MODALS and " " in form:
                problems.append(
                    f"{skill.id}: {form!r} opens with a modal verb and is matched by lemma, so it would match verb "
                    f"phrases ('you will write'); list it under exact"
                )
    for skill in skills:
        for link in (*skill.broader, *skill.related):
            if link not in ids:
                problems.append(f"{skill.id}: links to unknown id {link!r}")
    problems.extend(_alias_clashes(skills))
    problems.extend(_broader_cycles(ids))
    return problems


# Lower-case modal verbs: a lemma-matched form that opens with one reads verb phrases ("will writing" would match
# "you will write").
_MODALS = frozenset({"will", "can", "may", "must", "shall", "should", "would", "could", "might"})


def _alias_clashes(skills: Sequence[Skill]) -> list[str]:
    """Forms two skills would both match. A form may be shared when both list it as ambiguous (context decides),
    or when neither matches it case-insensitively and the cases differ ("dbt" the tool, "DBT" the therapy)."""
    claims: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # lower form -> (skill, mode, form)
    for skill in skills:
        forms = {f: "norm" for f in (skill.label, *skill.aliases)}
        forms.update({f: "exact" for f in skill.exact})
        forms.update({f: "ambiguous" for f in skill.ambiguous})
        for form, mode in forms.items():
            claims[form.lower()].append((skill.id, mode, form))
    problems = []
    for lower, owners in sorted(claims.items()):
        clashing = {
            id_a
            for id_a, mode_a, form_a in owners
            for id_b, mode_b, form_b in owners
            if id_a != id_b
            and not (mode_a == mode_b == "ambiguous")
            and not ("norm" not in (mode_a, mode_b) and form_a != form_b)
        }
        if clashing:
            problems.append(
                f"alias {lower!r} is shared by {', '.join(sorted(clashing))}; "
                "make it ambiguous on all of them or keep it on one"
            )
    return problems


def _broader_cycles(ids: dict[str, Skill]) -> list[str]:
    problems = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(skill_id: str, path: list[str]) -> None:
        state[skill_id] = 1
        for parent in ids[skill_id].broader:
            if parent not in ids:
                continue
            if state.get(parent) == 1:
                cycle = [*path[path.index(parent) :], parent] if parent in path else [skill_id, parent]
                problems.append(f"broader cycle: {' -> '.join(cycle)}")
            elif state.get(parent) is None:
                visit(parent, [*path, parent])
        state[skill_id] = 2

    for skill_id in sorted(ids):
        if skill_id not in state:
            visit(skill_id, [skill_id])
    return problems


def surface_variants(form: str) -> list[str]:
    """The form and the hyphen/space/joined spellings people also write: "front-end development",
    "front end development", "frontend development"; "machine learning", "machine-learning"."""
    variants = [form]
    if re.search(r"\w-\w", form):
        variants.append(re.sub(r"(?<=\w)-(?=\w)", " ", form))
        # Join two-part compounds only ("e-mail", "front-end"), not "infrastructure-as-code".
        if not re.search(r"\w-\w+-\w", form):
            variants.append(re.sub(r"(?<=\w)-(?=\w)", "", form))
    elif 2 <= len(form.split()) <= 4 and all(part.isalpha() for part in form.split()):
        variants.append(form.replace(" ", "-"))  # "amazon-web-services", as in tag lists and URLs
    variants += _level_variants(form)
    return list(dict.fromkeys(variants))


def _level_variants(form: str) -> list[str]:
    """The ways people write the level of an NVQ or SVQ: "NVQ Level 3 Electrotechnical", "NVQ 3 Electrotechnical",
    "NVQ3 Electrotechnical", "Level 3 NVQ in Electrotechnical", "NVQ L3 Electrotechnical"."""
    match = _NVQ_LEVEL.fullmatch(form)
    if match is None:
        return []
    body, level = match.group("body") or match.group("body_after"), match.group("level") or match.group("level_after")
    subject = match.group("subject") or ""
    heads = (f"{body} Level {level}", f"{body} {level}", f"{body}{level}", f"{body} L{level}", f"Level {level} {body}")
    # "in" only where the form has it: "NVQ Level 3 in Professional Cookery" may name the NVQ and its subject apart
    # from a diploma written "NVQ Level 3 Professional Cookery"; and before a subject of two words or more: "NVQ
    # Level 3 in Electrical" opens other names ("... in Electrical Power Engineering").
    with_in = match.group("linked") is not None and len(subject.split()) >= 2 and not _AWARD_NOUN.match(subject)
    joins = (f" {subject}", f" in {subject}") if with_in else (f" {subject}".rstrip(),)
    return [head + join for head in heads for join in joins]


_AWARD_NOUN = re.compile(r"(?:Diploma|Certificate|Award|Extended)\b")  # "NVQ Level 3 Diploma in ...": no "in" before it
# "NVQ Level 3", "NVQ 3", "NVQ3", "NVQ L3", "Level 3 NVQ", with a subject ("in" and a subject) or none.
_NVQ_LEVEL = re.compile(
    r"(?:(?P<body>[NS]VQ)\s*(?:Level\s+|L)?(?P<level>[1-7])|Level\s+(?P<level_after>[1-7])\s+(?P<body_after>[NS]VQ))"
    r"(?:\s+(?P<linked>in\s+)?(?P<subject>[A-Za-z].*))?"
)


def compile_skills(
    skills: Sequence[Skill], source_digest: str = "", agent_nouns: Mapping[str, AgentNoun] | None = None
) -> Taxonomy:
    """Validate and link skills into a `Taxonomy` (symmetric `related`, derived `narrower`, patterns). With
    `agent_nouns` (activity -> the person who does it), also the job titles derived from the skills' names."""
    problems = validate(skills)
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more; run `skillgap taxonomy validate`)" if len(problems) > 5 else ""
        raise TaxonomyError(f"the taxonomy is invalid: {shown}{more}")
    related: dict[str, set[str]] = defaultdict(set)
    narrower: dict[str, set[str]] = defaultdict(set)
    for skill in skills:
        for other in skill.related:
            related[skill.id].add(other)
            related[other].add(skill.id)
        for parent in skill.broader:
            narrower[parent].add(skill.id)
    linked = {
        skill.id: Skill(
            id=skill.id,
            label=skill.label,
            type=skill.type,
            domain=skill.domain,
            aliases=skill.aliases,
            ambiguous=skill.ambiguous,
            exact=skill.exact,
            broader=skill.broader,
            related=tuple(sorted(related[skill.id])),
            narrower=tuple(sorted(narrower[skill.id])),
            context=skill.context,
            described_as=skill.described_as,
        )
        for skill in sorted(skills, key=lambda s: s.id)
    }
    patterns: list[Pattern] = []
    for skill in linked.values():
        seen: set[str] = set()
        for mode, forms in (("norm", skill.surface_forms), ("exact", skill.exact), ("ambiguous", skill.ambiguous)):
            for form in forms:
                for variant in surface_variants(form):
                    variant_mode = "exact" if mode == "norm" and _NUMBER_AND_CAPITAL.fullmatch(variant) else mode
                    key = variant.lower() if variant_mode == "norm" else variant
                    if key not in seen:
                        seen.add(key)
                        patterns.append(Pattern(variant, skill.id, variant_mode))
    if agent_nouns:
        patterns += _job_titles(linked.values(), agent_nouns, {_rough_key(pattern.text) for pattern in patterns})
    return Taxonomy(skills=linked, patterns=tuple(patterns), source_digest=source_digest)


# A number and one capital letter is a code ("5S", "8D", "4G"); in lower case the same letters are a plural or a
# unit ("Year 5s", "the 1990s", "4g of salt"), so such a form is matched in its own case only.
_NUMBER_AND_CAPITAL = re.compile(r"\d+[A-Z]")


# Skills a job title names (as `skillgap.nlp.requirements` reads titles): not products, certificates, languages
# or soft skills ("line manager" is no request for people management).
_TITLED_TYPES = frozenset({"hard_skill", "knowledge"})


class AgentNoun(NamedTuple):
    """The person who does an activity ("surveying" -> "surveyor"); `alone`: a one-word name of the activity
    gives the title too ("Welding" -> "Welder"), where the person's noun is no surname or common word."""

    person: str
    alone: bool = False


# Words after which the last word of a name is no activity of its own: "learning and development".
_NOT_A_QUALIFIER = frozenset({"and", "or", "of", "&", "/", "in", "for", "to", "the", "with"})


def _job_titles(skills: Iterable[Skill], agent_nouns: Mapping[str, AgentNoun], taken: set[str]) -> list[Pattern]:
    """The job title of the person who does each skill, from its multi-word names that end in an activity:
    "Quantity Surveying" -> "Quantity Surveyor", "data science" -> "data scientist"; from one-word names only for
    the activities marked `alone` ("Welding" -> "Welder"). Left out: a title that is already some skill's form
    (`taken`: their `_rough_key`s), and one that two skills would both derive."""
    owners: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    for skill in skills:
        if skill.type not in _TITLED_TYPES:
            continue
        # An ambiguous one-word name still gives its title: "Accounting" needs context, "Accountant" does not.
        for form in (*skill.surface_forms, *(form for form in skill.ambiguous if " " not in form)):
            words = form.split()
            if len(words) >= 2 and words[-2].lower() in _NOT_A_QUALIFIER:
                continue
            agent = agent_nouns.get(words[-1].lower())
            if agent is None or (len(words) == 1 and not agent.alone):
                continue
            person = agent.person
            if words[-1][:1].isupper():
                person = person.capitalize()  # as the name is written: "Quantity Surveying" -> "Quantity Surveyor"
            title = " ".join((*words[:-1], person))
            for variant in surface_variants(title):
                key = _rough_key(variant)
                if key not in taken:
                    owners[key].add(skill.id)
                    titles.setdefault(key, variant)
    return [Pattern(titles[key], next(iter(ids)), "title") for key, ids in sorted(owners.items()) if len(ids) == 1]


def _rough_key(form: str) -> str:
    """A form's words in lower case without a plural "s": near enough to how the matcher reads it for a derived
    title not to read like another skill's form ("secret manager" / "Secrets Manager")."""
    words = re.findall(r"[a-z0-9]+", form.lower())
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words
    )


def sources_digest(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def to_json(taxonomy: Taxonomy) -> str:
    data = {
        "format": COMPILED_FORMAT,
        "source_digest": taxonomy.source_digest,
        "skills": [
            {
                "id": s.id,
                "label": s.label,
                "type": s.type,
                "domain": s.domain,
                "aliases": list(s.aliases),
                "ambiguous": list(s.ambiguous),
                "exact": list(s.exact),
                "broader": list(s.broader),
                "related": list(s.related),
                "narrower": list(s.narrower),
                "context": list(s.context),
                **({"described_as": list(s.described_as)} if s.described_as else {}),
            }
            for s in taxonomy
        ],
        "patterns": [[p.text, p.skill_id, PATTERN_MODES.index(p.mode)] for p in taxonomy.patterns],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def from_json(text: str, where: str) -> Taxonomy:
    # Loading creates a few hundred thousand small objects at once, none of them cyclic garbage: with the cyclic
    # collector paused meanwhile, the load takes about a third less time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _from_json(text, where)
    finally:
        if collecting:
            gc.enable()


def _from_json(text: str, where: str) -> Taxonomy:
    try:
        data = json.loads(text)
        if data.get("format") != COMPILED_FORMAT:
            raise TaxonomyError(
                f"compiled taxonomy has format {data.get('format')}, expected "
                f"{COMPILED_FORMAT}; rebuild it with `skillgap taxonomy build`",
                where,
            )
        skills = {
            entry["id"]: Skill(
                id=entry["id"],
                label=entry["label"],
                type=entry["type"],
                domain=entry["domain"],
                aliases=tuple(entry["aliases"]),
                ambiguous=tuple(entry["ambiguous"]),
                exact=tuple(entry["exact"]),
                broader=tuple(entry["broader"]),
                related=tuple(entry["related"]),
                narrower=tuple(entry["narrower"]),
                context=tuple(entry.get("context", ())),
                described_as=tuple(entry.get("described_as", ())),
            )
            for entry in data["skills"]
        }
        patterns = tuple(Pattern(text, skill_id, PATTERN_MODES[mode]) for text, skill_id, mode in data["patterns"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise TaxonomyError(
            f"compiled taxonomy is unreadable ({type(error).__name__}); rebuild it with `skillgap taxonomy build`",
            where,
        ) from None
    return Taxonomy(skills=skills, patterns=patterns, source_digest=data.get("source_digest", ""))
