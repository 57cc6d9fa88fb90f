"""Speed report: taxonomy load, pipeline build, reading the sample CV, extraction per ad, a full compare.

Run: python benchmarks/bench_speed.py   (numbers are medians over repeated runs on this machine)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


_LOAD_ONCE = """
import time
from skillgap.taxonomy.load import load_taxonomy
start = time.perf_counter()
load_taxonomy()
print(time.perf_counter() - start)
"""


def fresh_process_load_seconds(runs: int) -> float:
    """The taxonomy is loaded once per process: time that, in new processes (repeating it in one process would
    also time freeing the previous load's objects)."""
    times = [
        float(subprocess.run([sys.executable, "-c", _LOAD_ONCE], capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def main() -> int:
    from skillgap import Analyzer
    from skillgap.documents import read_document, read_text
    from skillgap.nlp import build_pipeline

    rows = [("taxonomy load (compiled JSON, fresh process)", fresh_process_load_seconds(7))]
    rows.append(("pipeline build (incl. matcher)", median_seconds(build_pipeline, 3)))
    cv = SAMPLES / "cv" / "jordan_lee_cv.pdf"
    rows.append(("read 2-page sample CV (PDF)", median_seconds(lambda: read_document(cv), 10)))

    analyzer = Analyzer()
    analyzer.nlp  # noqa: B018  (build before timing)
    ad = read_document(SAMPLES / "targets" / "job_ad.txt")
    rows.append(
        (
            f"extract skills, sample ad ({len(ad.text.split())} words, in-process)",
            median_seconds(lambda: analyzer.profiles([ad], ["ad"]), 100),
        )
    )
    corpus = Path(os.environ.get("SKILLGAP_CORPUS", "../shared/corpus"))
    corpus = corpus if corpus.is_absolute() else (REPO / corpus).resolve()
    docs_file = corpus / "skillspan" / "skillspan_dev_docs.jsonl"
    if docs_file.is_file():
        texts = [json.loads(line)["text"] for line in docs_file.read_text(encoding="utf-8").splitlines() if line]
        # Real ads of about 500 words (350-650), one at a time, as a user's single ad would go.
        documents = [read_text(text, "ad.txt") for text in texts if 350 <= len(text.split()) <= 650]
        per_ad = [median_seconds(lambda d=d: analyzer.profiles([d], ["ad"]), 11) for d in documents]
        rows.append((f"extract skills, {len(documents)} SkillSpan ads of 350-650 words", statistics.median(per_ad)))
    ads = [read_document(path) for path in sorted((SAMPLES / "ads").iterdir())]
    rows.append(
        (
            f"extract skills, {len(ads)} sample ads via nlp.pipe",
            median_seconds(lambda: analyzer.profiles(ads, ["ad"] * len(ads)), 5),
        )
    )
    # Worst cases a pasted file can make: one 100 KB line, no full stop, of forms that are also ordinary words (each
    # read in context) or of requirement cues (each read against the sentence's others).
    ambiguous = "Go, Excel, Word, Teams, Spring, Swift, Rust, Chef, Access, R, C, lead, excel at, " * 1250
    asks = "Python essential, Kubernetes a plus, 3 years of SQL, we use Kafka; no Java needed, " * 1200
    for name, text in (("ambiguous forms", ambiguous), ("requirement cues", asks)):
        document = read_text("Requirements: " + text, "long.txt")
        rows.append(
            (
                f"extract skills, one {len(document.text) // 1000} KB line of {name}",
                median_seconds(lambda d=document: analyzer.profiles([d], ["ad"]), 3),
            )
        )
    targets = [SAMPLES / "targets" / "job_ad.txt", SAMPLES / "targets" / "successful_candidate.md"]
    rows.append(("compare CV PDF with ad and profile", median_seconds(lambda: analyzer.compare(cv, targets), 5)))

    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  median")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
