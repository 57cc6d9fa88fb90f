"""False skills on 300 job ads whose extracted skills were judged one by one: a report, and the data of a floor test.

tests/data/skill_identity_ads.jsonl holds 300 ads of every sector, written by helpers who saw no code, for a blind
audit of skill identity; tests/data/skill_identity_verdicts.jsonl holds every mention that either the code of
2d368cb or of 563f732 reported in them (canonical skills, as the ad's profile lists them), each judged by a reader
who did not know which version found it: `right`, `wrong` (the words mean something else there: another sense,
another acronym, a benefit, an organisation's name, a different skill, a fragment) or `doubt`.

A mention whose words grew around a judged one (the same skill on the same line: "BI Developer" where "BI" was
judged) takes that verdict; a mention the verdicts do not hold otherwise (a skill the code finds now that neither
version found) is counted as unjudged.

    python benchmarks/eval_identity.py [--wrong]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
ADS = DATA / "skill_identity_ads.jsonl"
VERDICTS = DATA / "skill_identity_verdicts.jsonl"
ASKED = ("required", "preferred")


def load() -> tuple[list[str], dict[tuple[int, int, str, str], dict]]:
    ads = [json.loads(line)["text"] for line in ADS.read_text(encoding="utf-8").splitlines() if line.strip()]
    verdicts = {}
    for line in VERDICTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            verdicts[(row["ad"], row["line"], row["skill_id"], row["text"].lower())] = row
    return ads, verdicts


def score(nlp=None) -> dict:
    from skillgap.documents import read_text
    from skillgap.nlp import get_pipeline, process
    from skillgap.nlp.pipeline import pipeline_taxonomy
    from skillgap.profile import build_profile

    nlp = nlp or get_pipeline()
    taxonomy = pipeline_taxonomy(nlp)
    ads, verdicts = load()
    documents = [read_text(text, f"ad-{n}.txt") for n, text in enumerate(ads)]
    by_place: dict[tuple[int, int, str], list[dict]] = {}
    for (ad, line, skill_id, _), row in verdicts.items():
        by_place.setdefault((ad, line, skill_id), []).append(row)
    counts: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    wrong: list[dict] = []
    for n, (text, document, doc) in enumerate(zip(ads, documents, process(nlp, documents), strict=True)):
        seen = set()
        for mention in build_profile(document, doc, taxonomy, "ad").mentions:
            if mention.match == "candidate":
                continue
            key = (n, text.count("\n", 0, mention.start), mention.skill_id, mention.text.lower())
            if key in seen:
                continue
            seen.add(key)
            row = verdicts.get(key) or _grown_from(key, by_place)
            verdict = row["verdict"] if row is not None else "unjudged"
            counts[verdict] += 1
            if mention.requirement in ASKED:
                asked[verdict] += 1
            if verdict == "wrong":
                wrong.append(row)
    return {
        "counts": counts,
        "asked": asked,
        "wrong": wrong,
        "judged_right": sum(1 for v in verdicts.values() if v["verdict"] == "right"),
    }


def _grown_from(key: tuple[int, int, str, str], by_place: dict[tuple[int, int, str], list[dict]]) -> dict | None:
    """The verdict on a judged mention of the same skill on the same line whose words the mention's hold: "bi"
    in "bi developer"."""
    ad, line, skill_id, text = key
    words = " " + " ".join(_WORD.findall(text)) + " "
    for row in by_place.get((ad, line, skill_id), ()):
        judged = " ".join(_WORD.findall(row["text"].lower()))
        if judged and f" {judged} " in words:
            return row
    return None


_WORD = re.compile(r"[\w+#.&/-]+")


def report(result: dict, *, show_wrong: bool = False) -> str:
    counts, asked = result["counts"], result["asked"]
    total, total_asked = sum(counts.values()), sum(asked.values())
    lines = [
        f"Skill identity on {ADS.name}: {total} distinct mentions reported ({total_asked} asked for)",
        f"  judged wrong  {counts['wrong']:>5}  ({counts['wrong'] / total:.3f}); among those asked for "
        f"{asked['wrong']} ({asked['wrong'] / total_asked:.3f})",
        f"  judged doubt  {counts['doubt']:>5}",
        f"  judged right  {counts['right']:>5}  (of {result['judged_right']} judged right: "
        f"{counts['right'] / result['judged_right']:.3f} still found)",
        f"  unjudged      {counts['unjudged']:>5}  (found by neither judged version)",
    ]
    if show_wrong:
        lines += [f"    {row['skill_id']:<36} {row['text']!r:<28} {row['context']}" for row in result["wrong"]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list the wrong mentions still reported")
    args = parser.parse_args()
    print(report(score(), show_wrong=args.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
