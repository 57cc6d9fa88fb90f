"""Train the skill-phrase model (models/compiled/skill_phrases.json) on the SkillSpan train split.

    SKILLGAP_CORPUS=../shared/corpus python models/train_skill_phrases.py

SkillSpan (Zhang et al., NAACL 2022; MIT licence) is read from the corpus folder, never copied into the project;
only the learned weights are kept. The result is deterministic: tests/test_phrases.py retrains and compares, and
checks that held-out scores are calibrated (the threshold is a probability).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skillgap.nlp.phrases import (
    MODEL_FILE,
    PHRASE_PROBABILITY,
    held_out_precision,
    held_out_scores,
    skillspan_candidates,
    train,
)
from skillgap.taxonomy.load import models_dir

NEAR = 0.4  # the width of the band of scores just above the threshold


def main() -> int:
    corpus = Path(os.environ.get("SKILLGAP_CORPUS", "../shared/corpus"))
    if not (corpus / "skillspan").is_dir():
        print(f"SkillSpan not found under {corpus}: set SKILLGAP_CORPUS", file=sys.stderr)
        return 2
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else models_dir() / "compiled" / MODEL_FILE
    labelled = skillspan_candidates(corpus)
    model = train(labelled)
    output.write_text(model.to_json(), encoding="utf-8")
    print(f"{len(model.weights)} weights, threshold {model.threshold}, written to {output}")
    # Whether the scores are calibrated on ads the model has not seen (5-fold cross-validation over the ads).
    held_out = held_out_scores(labelled)
    above = held_out_precision(held_out, model.threshold)
    near = held_out_precision(held_out, model.threshold, model.threshold + NEAR)
    print(
        f"held out: phrases scoring at least the threshold right {above:.3f} of the time; "
        f"just above it (+{NEAR}) {near:.3f}, against the {PHRASE_PROBABILITY} aimed at"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
