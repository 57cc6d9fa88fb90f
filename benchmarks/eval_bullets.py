"""Bare ambiguous words as bullet items ("- Helm", "- Spring"): read as the skill when the list shows it is one.

Each item (tests/data/bare_bullet_items*.jsonl) is a short excerpt of an ad or CV in which an ambiguous form of the
taxonomy stands alone as a bullet item, with the skill it names there (`skill_id`) or "none" when it names no skill
("Seasons we hire for / - Spring"). Right when the pipeline reads that skill at that item, or, for "none", no skill
there at all. Found: positives read as their skill; false: negatives read as any skill.

    python benchmarks/eval_bullets.py [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SETS = ("bare_bullet_items.jsonl", "bare_bullet_items_holdout.jsonl")
_MARKS = "-•*▪–0123456789.) "


@dataclass
class BulletScore:
    name: str
    positives: int = 0
    found: int = 0
    negatives: int = 0
    false: int = 0

    @property
    def accuracy(self) -> float:
        total = self.positives + self.negatives
        return (self.found + self.negatives - self.false) / total if total else 0.0


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def item_start(text: str, form: str) -> int:
    """Where the bare item stands: the line that is only a list mark and the form."""
    position = 0
    for line in text.split("\n"):
        if line.strip().lstrip(_MARKS).strip().rstrip(".,;") == form:
            return position + line.index(form)
        position += len(line) + 1
    raise ValueError(f"no bare item {form!r}")


def score(nlp, items: list[dict], name: str) -> BulletScore:
    from skillgap.documents import read_text
    from skillgap.nlp import make_doc, skill_spans

    result = BulletScore(name)
    for item in items:
        start = item_start(item["text"], item["form"])
        doc = nlp(make_doc(nlp, read_text(item["text"], "input.txt")))
        here = {span.label_ for span in skill_spans(doc) if span.start_char <= start < span.end_char}
        if item["skill_id"] == "none":
            result.negatives += 1
            result.false += bool(here)
        else:
            result.positives += 1
            result.found += item["skill_id"] in here
    return result


def report(result: BulletScore) -> str:
    return (
        f"{result.name}: accuracy {result.accuracy:.3f}; found {result.found} of {result.positives} skills, "
        f"{result.false} of {result.negatives} other words read as a skill"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines sets (default: the sets in tests/data)")
    args = parser.parse_args()
    from skillgap.nlp import get_pipeline

    nlp = get_pipeline()
    for path in args.files or [DATA / name for name in SETS]:
        print(report(score(nlp, load(path), path.name)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
