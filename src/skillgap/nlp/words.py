"""Common English words, so that fuzzy matching leaves real words alone ("scale" is not a typo of Scala).

Built from the word frequencies in spacy-lookups-data (`en_lexeme_prob`) into models/compiled/common_words.txt
by `skillgap taxonomy build`; loaded as a set at run time (the source table takes most of a second to load).
"""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path

from skillgap.taxonomy.load import models_dir

WORDS_FILE = "common_words.txt"
# log-probability cutoff: about 76,000 lower-case words, down to the frequency of "kafka" or "golang".
MIN_LOG_PROB = -17.0


def build_common_words() -> list[str]:
    import spacy_lookups_data

    source = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        probabilities: dict[str, float] = json.load(handle)
    return sorted(w for w, p in probabilities.items() if p > MIN_LOG_PROB and w.isalpha() and w.islower())


def write_common_words(path: Path | None = None) -> Path:
    target = path or models_dir() / "compiled" / WORDS_FILE
    target.write_text("\n".join(build_common_words()) + "\n", encoding="utf-8")
    return target


@functools.cache
def common_words(path: Path | None = None) -> frozenset[str]:
    target = path or models_dir() / "compiled" / WORDS_FILE
    return frozenset(target.read_text(encoding="utf-8").split())
