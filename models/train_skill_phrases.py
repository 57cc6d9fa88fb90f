"""Train the skill-phrase model (models/compiled/skill_phrases.json) on the SkillSpan train split.

    SKILLGAP_CORPUS=../shared/corpus python models/train_skill_phrases.py

SkillSpan (Zhang et al., NAACL 2022; MIT licence) is read from the corpus folder, never copied into the project;
only the learned weights are kept. The result is deterministic: tests/test_phrases.py retrains and compares.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skillgap.nlp.phrases import MODEL_FILE, train_from_skillspan
from skillgap.taxonomy.load import models_dir


def main() -> int:
    corpus = Path(os.environ.get("SKILLGAP_CORPUS", "../shared/corpus"))
    if not (corpus / "skillspan").is_dir():
        print(f"SkillSpan not found under {corpus}: set SKILLGAP_CORPUS", file=sys.stderr)
        return 2
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else models_dir() / "compiled" / MODEL_FILE
    model = train_from_skillspan(corpus, output)
    print(f"{len(model.weights)} weights, threshold {model.threshold}, written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
