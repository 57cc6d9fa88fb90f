"""What a successful candidate's profile shows: its skills, and not the words that only look like skills.

tests/data/profile_skills.jsonl holds 60 profiles of people who got a job (welcome posts, LinkedIn About summaries,
bios and press releases, team announcements) of every sector, written by a helper who saw no code, each with the
exact words that name the person's professional skills (`skills`) and words a keyword reader could take for skills
but that are not theirs there (`not_skills`: hobbies, channels to reach them, surnames, former employers, the
employer's own tools, ordinary words). Each mention the profile reports is scored where it stands: on a trap
(wrong), on a skill (right), or on neither (not judged); a skill is found when a mention overlaps it.

    python benchmarks/eval_profiles.py [--wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "profile_skills.jsonl"


@dataclass
class ProfileScore:
    mentions: int = 0
    on_skills: int = 0
    on_traps: int = 0
    skills: int = 0
    skills_found: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def trap_rate(self) -> float:
        return self.on_traps / self.mentions if self.mentions else 0.0

    @property
    def skill_recall(self) -> float:
        return self.skills_found / self.skills if self.skills else 0.0


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _places(text: str, words: list[str]) -> list[tuple[int, int]]:
    places = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            places.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return places


def score(items: list[dict]) -> ProfileScore:
    from skillgap.documents import read_text
    from skillgap.nlp import get_pipeline, process
    from skillgap.nlp.pipeline import pipeline_taxonomy
    from skillgap.profile import build_profile

    nlp = get_pipeline()
    taxonomy = pipeline_taxonomy(nlp)
    documents = [read_text(item["text"], "profile.md") for item in items]
    result = ProfileScore()
    for item, document, doc in zip(items, documents, process(nlp, documents), strict=True):
        profile = build_profile(document, doc, taxonomy, "profile")
        text = item["text"]
        skills, traps = _places(text, item["skills"]), _places(text, item["not_skills"])
        for mention in profile.mentions:
            result.mentions += 1
            if any(mention.start < end and start < mention.end for start, end in traps):
                result.on_traps += 1
                context = text[max(0, mention.start - 50) : mention.end + 30].replace("\n", " ")
                result.wrong.append(f"{mention.text!r} -> {mention.skill_id}: ...{context}...")
            elif any(mention.start < end and start < mention.end for start, end in skills):
                result.on_skills += 1
        for start, end in skills:
            result.skills += 1
            result.skills_found += any(m.start < end and start < m.end for m in profile.mentions)
    return result


def report(result: ProfileScore) -> str:
    return (
        f"profile_skills.jsonl: {result.mentions} mentions reported; on a word that is not the person's skill "
        f"{result.on_traps} ({result.trap_rate:.3f}), on a skill {result.on_skills}; skills found "
        f"{result.skills_found} of {result.skills} ({result.skill_recall:.3f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list the mentions that fall on a trap")
    args = parser.parse_args()
    result = score(load())
    print(report(result))
    if args.wrong:
        print("\n".join(result.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
