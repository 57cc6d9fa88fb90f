"""Extraction quality on SkillSpan dev (../shared/corpus/skillspan), a report, not a gate.

Predictions are everything skillgap reports from an ad, read from the ad's profile as `compare` builds it:
canonical skills, candidate skills and ability phrases.
Loose match (the corpus README's recommendation): a predicted mention is correct when it overlaps a gold span
of either label; a gold span is found when a prediction overlaps it. Strict: exact character boundaries.
Taxonomy coverage (issue 3) is the share of gold KNOWLEDGE spans that a canonical skill mention overlaps, before
anything is set aside as said of the employer: what the vocabulary knows, whatever the ad does with it.

    python benchmarks/eval_skillspan.py [--split dev] [--misses 40] [--false-positives 40] [--taxonomy FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path | None:
    value = os.environ.get("SKILLGAP_CORPUS", "../shared/corpus")
    path = Path(value) if Path(value).is_absolute() else (REPO / value).resolve()
    return path if path.is_dir() else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(split: str = "dev", taxonomy: Path | None = None) -> dict:
    from skillgap.documents import read_text
    from skillgap.nlp import get_pipeline, process, skill_spans
    from skillgap.nlp.pipeline import pipeline_taxonomy
    from skillgap.profile import build_profile

    corpus = corpus_dir()
    if corpus is None:
        raise SystemExit("corpus not found: set SKILLGAP_CORPUS")
    path = corpus / "skillspan" / f"skillspan_{split}_docs.jsonl"
    ads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = get_pipeline(taxonomy)
    documents = [read_text(ad["text"], ad["id"]) for ad in ads]
    gold_found: Counter[str] = Counter()
    gold_strict: Counter[str] = Counter()
    gold_total: Counter[str] = Counter()
    predicted = correct = strict_correct = covered = 0
    # SkillSpan leaves many lines without any span (tag lists, titles, some whole sentences); precision is also
    # reported on the lines that carry at least one gold span, where the annotators evidently looked.
    predicted_annotated = correct_annotated = 0
    by_kind = {kind: [0, 0] for kind in ("skill", "candidate", "phrase")}  # predicted, correct
    by_level = {level: [0, 0] for level in ("required", "preferred", "mentioned")}
    # The report's view: each skill once per ad, right when any of its mentions there overlaps a gold span.
    ad_skills = ad_skills_correct = 0
    misses: Counter[tuple[str, str]] = Counter()
    false_positives: Counter[tuple[str, str]] = Counter()
    taxonomy_of_pipeline = pipeline_taxonomy(nlp)
    for ad, document, doc in zip(ads, documents, process(nlp, documents), strict=True):
        # Exactly what the tool reports from an ad, read from its profile: canonical skills, candidate skills
        # the taxonomy does not know, and ability phrases in the ad's own words (what the ad says of its
        # employer, and job titles repeating a skill asked for elsewhere, are left out there).
        profile = build_profile(document, doc, taxonomy_of_pipeline, "ad")
        predictions = [
            *(
                (m.start, m.end, m.skill_id, "candidate" if m.match == "candidate" else "skill", m.requirement)
                for m in profile.mentions
            ),
            *((phrase.start, phrase.end, phrase.verb, "phrase", phrase.requirement) for phrase in profile.phrases),
        ]
        kinds = [kind for *_, kind, _ in predictions]
        levels = [level for *_, level in predictions]
        predictions = [(start, end, label) for start, end, label, *_ in predictions]
        golds = [(s["start"], s["end"], s["label"], s["text"]) for s in ad["spans"]]
        skill_hits: dict[str, bool] = {}
        for mention in profile.mentions:
            hit = any(overlaps((mention.start, mention.end), (g[0], g[1])) for g in golds)
            skill_hits[mention.skill_id] = skill_hits.get(mention.skill_id, False) or hit
        ad_skills += len(skill_hits)
        ad_skills_correct += sum(skill_hits.values())
        taxonomy_spans = [(span.start_char, span.end_char) for span in skill_spans(doc)]
        for start, end, label, text in golds:
            gold_total[label] += 1
            if label == "KNOWLEDGE" and any(overlaps((start, end), span) for span in taxonomy_spans):
                covered += 1
            if any(overlaps((start, end), (p[0], p[1])) for p in predictions):
                gold_found[label] += 1
            else:
                misses[(label, text.lower())] += 1
            if any((start, end) == (p[0], p[1]) for p in predictions):
                gold_strict[label] += 1
        annotated_lines = {ad["text"].count("\n", 0, g[0]) for g in golds}
        for (start, end, skill_id), kind, level in zip(predictions, kinds, levels, strict=True):
            predicted += 1
            hit = any(overlaps((start, end), (g[0], g[1])) for g in golds)
            by_kind[kind][0] += 1
            by_kind[kind][1] += hit
            by_level[level][0] += 1
            by_level[level][1] += hit
            if hit:
                correct += 1
            else:
                false_positives[(skill_id, ad["text"][start:end])] += 1
            if ad["text"].count("\n", 0, start) in annotated_lines:
                predicted_annotated += 1
                correct_annotated += hit
            if any((start, end) == (g[0], g[1]) for g in golds):
                strict_correct += 1
    gold_all = sum(gold_total.values())
    strict_precision = strict_correct / predicted if predicted else 0.0
    strict_recall = sum(gold_strict.values()) / gold_all if gold_all else 0.0
    strict_f1 = (
        2 * strict_precision * strict_recall / (strict_precision + strict_recall)
        if strict_precision + strict_recall
        else 0.0
    )
    return {
        "split": split,
        "ads": len(ads),
        "predicted": predicted,
        "loose_precision": correct / predicted if predicted else 0.0,
        "loose_precision_annotated_lines": correct_annotated / predicted_annotated if predicted_annotated else 0.0,
        "predicted_annotated": predicted_annotated,
        "precision_by_kind": {kind: (n, hits / n if n else 0.0) for kind, (n, hits) in by_kind.items()},
        "precision_by_level": {level: (n, hits / n if n else 0.0) for level, (n, hits) in by_level.items()},
        "ad_skills": ad_skills,
        "ad_skill_precision": ad_skills_correct / ad_skills if ad_skills else 0.0,
        "loose_recall": {label: gold_found[label] / gold_total[label] for label in sorted(gold_total)},
        "taxonomy_coverage": covered / gold_total["KNOWLEDGE"] if gold_total["KNOWLEDGE"] else 0.0,
        "gold": dict(gold_total),
        "strict_precision": strict_precision,
        "strict_recall": strict_recall,
        "strict_f1": strict_f1,
        "misses": misses,
        "false_positives": false_positives,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--misses", type=int, default=25, help="list this many of the most frequent misses")
    parser.add_argument("--false-positives", type=int, default=25)
    parser.add_argument("--label", default="KNOWLEDGE", help="label whose misses are listed")
    parser.add_argument("--taxonomy", type=Path, help="a compiled taxonomy to use instead of the packaged one")
    args = parser.parse_args()
    if corpus_dir() is None:
        print("SkillSpan evaluation: corpus not found (set SKILLGAP_CORPUS); nothing measured")
        return 0
    result = evaluate(args.split, args.taxonomy)
    print(f"SkillSpan {result['split']}: {result['ads']} ads, {result['predicted']} predicted mentions")
    print(f"  loose precision            {result['loose_precision']:.3f}")
    for kind, (n, precision) in result["precision_by_kind"].items():
        print(f"    of which {kind + 's':<12} {precision:.3f}   ({n})")
    for level, (n, precision) in result["precision_by_level"].items():
        print(f"    of which {level:<12} {precision:.3f}   ({n})")
    print(
        f"  loose precision, lines with a gold span {result['loose_precision_annotated_lines']:.3f}   "
        f"({result['predicted_annotated']} predictions there)"
    )
    print(
        f"  skills per ad, as the report lists them {result['ad_skill_precision']:.3f}   "
        f"({result['ad_skills']}; right when a mention of the skill in that ad overlaps a gold span)"
    )
    for label, recall in result["loose_recall"].items():
        print(f"  loose recall {label:<13} {recall:.3f}   ({result['gold'][label]} gold spans)")
    print(
        f"  taxonomy coverage KNOWLEDGE {result['taxonomy_coverage']:.3f}   (canonical skills, before employer filter)"
    )
    print(
        f"  strict precision/recall/F1 {result['strict_precision']:.3f} / {result['strict_recall']:.3f} / "
        f"{result['strict_f1']:.3f}"
    )
    misses = [(text, n) for (label, text), n in result["misses"].most_common() if label == args.label]
    if args.misses and misses:
        print(f"  most frequent {args.label} misses:")
        for text, n in misses[: args.misses]:
            print(f"    {n:>3}  {text}")
    if args.false_positives and result["false_positives"]:
        print("  most frequent predictions outside any gold span:")
        for (skill_id, text), n in result["false_positives"].most_common(args.false_positives):
            print(f"    {n:>3}  {text!r} -> {skill_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
