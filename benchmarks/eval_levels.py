"""How well skillgap reads what an ad asks: requirement levels on labelled ad excerpts (tests/data/).

Each item is a short excerpt of a job ad (headings, bullets and all) with one marked skill and the level a careful
reader gives it: `required`, `preferred`, `mentioned` (part of the job, asked without saying how strongly) or
`none` (not asked of the candidate: the employer's business, benefits, colleagues, things said not to be needed).
The tool's level is the strongest level of the ad profile's mentions that overlap the marked skill, `none` when
the profile keeps none (what `compare` would then report: no gap at all).

Items whose skill the pipeline does not read at all, in the excerpt or under a plain requirement heading, test
the vocabulary rather than the levels: they are counted apart, as "unknown".

    python benchmarks/eval_levels.py [FILE ...] [--wrong]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SETS = (
    "requirement_levels.jsonl",
    "requirement_levels_holdout.jsonl",
    "requirement_levels_holdout2.jsonl",
    "requirement_levels_holdout3.jsonl",
    "requirement_levels_holdout4.jsonl",
    "requirement_levels_holdout5.jsonl",
    "requirement_levels_holdout6.jsonl",
    "requirement_levels_runon.jsonl",
    "requirement_levels_runon_holdout.jsonl",
)
LEVELS = ("required", "preferred", "mentioned", "none")
_STRENGTH = {"required": 3, "preferred": 2, "mentioned": 1}


@dataclass
class LevelScore:
    """Counts of (labelled, read) levels over the items whose skill the pipeline reads."""

    name: str
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    unknown: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return sum(self.confusion.values())

    @property
    def accuracy(self) -> float:
        """Share of items read at exactly the labelled level."""
        right = sum(n for (labelled, read), n in self.confusion.items() if labelled == read)
        return right / self.scored if self.scored else 0.0

    @property
    def asked_accuracy(self) -> float:
        """Share of items where the tool agrees whether the ad asks for the skill at all (any level vs none)."""
        right = sum(n for (labelled, read), n in self.confusion.items() if (labelled == "none") == (read == "none"))
        return right / self.scored if self.scored else 0.0

    def precision(self, level: str) -> float:
        read = sum(n for (_, got), n in self.confusion.items() if got == level)
        return self.confusion[(level, level)] / read if read else 0.0

    def recall(self, level: str) -> float:
        labelled = sum(n for (expected, _), n in self.confusion.items() if expected == level)
        return self.confusion[(level, level)] / labelled if labelled else 0.0


def load(path: Path) -> list[dict[str, str]]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        if item["level"] not in LEVELS or item["text"].count(item["skill"]) != 1:
            raise ValueError(f"{path.name}: bad item {item}")
    return items


def score(nlp, items: list[dict[str, str]], name: str = "") -> LevelScore:
    from skillgap.documents import read_text
    from skillgap.nlp import candidate_spans, make_doc, pipeline_taxonomy, skill_spans
    from skillgap.profile import build_profile

    taxonomy = pipeline_taxonomy(nlp)

    def read(text: str, start: int, end: int) -> tuple[bool, str]:
        """(whether any skill span covers [start, end), the level the ad profile gives it there)."""
        document = read_text(text, "ad.txt")
        doc = nlp(make_doc(nlp, document))
        seen = any(
            span.start_char < end and start < span.end_char for span in (*skill_spans(doc), *candidate_spans(doc))
        )
        levels = [
            mention.requirement
            for mention in build_profile(document, doc, taxonomy, "ad").mentions
            if mention.start < end and start < mention.end
        ]
        return seen, max(levels, key=_STRENGTH.__getitem__, default="none")

    result = LevelScore(name)
    for item in items:
        text, skill, labelled = item["text"], item["skill"], item["level"]
        start = text.index(skill)
        seen, level = read(text, start, start + len(skill))
        if not seen:
            control = f"Requirements\n- {skill}"
            if not read(control, len(control) - len(skill), len(control))[0]:
                result.unknown.append(skill)
                continue
        result.confusion[(labelled, level)] += 1
        if level != labelled:
            result.wrong.append(f"{labelled:>9} <- {level:<9} {skill!r}: {text!r}  ({item.get('why', '')})")
    return result


def report(result: LevelScore, wrong: bool = False) -> str:
    lines = [
        f"{result.name}: {result.scored} items scored, {len(result.unknown)} with a skill the vocabulary lacks",
        f"  level accuracy {result.accuracy:.3f}; asked or not {result.asked_accuracy:.3f}",
        "  labelled \\ read " + "".join(f"{level:>10}" for level in LEVELS) + "    recall precision",
    ]
    for labelled in LEVELS:
        counts = "".join(f"{result.confusion[(labelled, read)]:>10}" for read in LEVELS)
        lines.append(f"  {labelled:<15} {counts}    {result.recall(labelled):.3f}  {result.precision(labelled):.3f}")
    if wrong:
        lines += ["  read wrong:", *(f"    {line}" for line in result.wrong)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines sets (default: the sets in tests/data)")
    parser.add_argument("--wrong", action="store_true", help="list the items read at another level")
    args = parser.parse_args()
    from skillgap.nlp import get_pipeline

    nlp = get_pipeline()
    for path in args.files or [DATA / name for name in SETS]:
        if not path.exists():
            print(f"{path.name}: not found")
            continue
        # A held-out set stays unread: its errors are listed only when it is named on the command line.
        wrong = args.wrong and (bool(args.files) or "holdout" not in path.name)
        print(report(score(nlp, load(path), path.name), wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
