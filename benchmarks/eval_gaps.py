"""False gaps on CV/ad pairs whose asks were labelled by hand: a report, and the data of a floor test.

tests/data/gap_pairs*.jsonl hold pairs of a CV and a job ad written by helpers who saw no code. For every
skill, tool, qualification or ability the ad asks for, a label says whether a fair recruiter would agree that the
CV shows it (often in other words: "Postgres" for PostgreSQL, "Payroll Administrator" for payroll, "line-managed
four engineers" for people management) and, if so, where.

Each labelled ask is found in the ad by its words; what `compare` says of it is read from the ad mentions that
overlap those words: the status of their skill in the gap report (matched, related or missing), or, where no
skill does, whether the CV shows the ability phrase in the ad's own words that overlaps them. Where several
overlap, the one furthest from matched speaks for the ask, as the user would read a gap on any part of it
("teaching in Key Stage 2": teaching matched, Key Stage 2 missing). An ask no mention overlaps is "not read".
A quality the CV does not name ("unstated": "attention to detail", "works well under pressure") is no claim that the
CV lacks it, so neither a false gap nor a gap found; it counts among the asks read.

- false gaps: asks the CV shows that the report calls missing (the error users trust least), as a share of the
  gaps reported on labelled asks;
- gaps found: asks the CV does not show that the report calls missing, of those read;
- hidden gaps: asks the CV does not show that the report calls matched.

    python benchmarks/eval_gaps.py [FILE ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
# The sets read so far (later sets are held out: scored by name only, to see how far the rules reach unseen).
SETS = (
    "gap_pairs.jsonl",
    "gap_pairs_b.jsonl",
    "gap_pairs_c.jsonl",
    "gap_pairs_d.jsonl",
    "gap_pairs_e.jsonl",
    "gap_pairs_f.jsonl",
    "gap_pairs_g.jsonl",
    "gap_pairs_h.jsonl",
    "gap_pairs_i.jsonl",
    "gap_pairs_j.jsonl",
    "gap_pairs_k.jsonl",
    "gap_pairs_l.jsonl",
    "gap_pairs_m.jsonl",
    "gap_pairs_n.jsonl",
    "gap_pairs_o.jsonl",
    "gap_pairs_p.jsonl",
    "gap_pairs_q.jsonl",
    "gap_pairs_r.jsonl",
    "gap_pairs_s.jsonl",
    "gap_pairs_t.jsonl",
    "gap_pairs_u.jsonl",
    "gap_pairs_v.jsonl",
    "gap_pairs_w.jsonl",
    "gap_pairs_x.jsonl",
    "gap_pairs_y.jsonl",
    "gap_pairs_z.jsonl",
    "gap_pairs_aa.jsonl",
    "gap_pairs_ab.jsonl",
    "gap_pairs_ac.jsonl",
    "gap_pairs_ad.jsonl",
    "gap_pairs_ae.jsonl",
    "gap_pairs_af.jsonl",
    "gap_pairs_ag.jsonl",
    "gap_pairs_ah.jsonl",
    "gap_pairs_ai.jsonl",
    "gap_pairs_aj.jsonl",
    "gap_pairs_ak.jsonl",
    "gap_pairs_al.jsonl",
    "gap_pairs_am.jsonl",
    "gap_pairs_an.jsonl",
    "gap_pairs_ao.jsonl",
    "gap_pairs_ap.jsonl",
    "gap_pairs_aq.jsonl",
    "gap_pairs_ar.jsonl",
    "gap_pairs_as.jsonl",
    "gap_pairs_at.jsonl",
    "gap_pairs_au.jsonl",
    "gap_pairs_av.jsonl",
    "gap_pairs_aw.jsonl",
    "gap_pairs_ax.jsonl",
    "gap_pairs_ay.jsonl",
    "gap_pairs_az.jsonl",
    "gap_pairs_ba.jsonl",
    "gap_pairs_bb.jsonl",
    "gap_pairs_bc.jsonl",
    "gap_pairs_bd.jsonl",
    "gap_pairs_be.jsonl",
    "gap_pairs_bf.jsonl",
    "gap_pairs_bg.jsonl",
    "gap_pairs_bh.jsonl",
    "gap_pairs_bi.jsonl",
    "gap_pairs_bj.jsonl",
    "gap_pairs_bk.jsonl",
    "gap_pairs_bl.jsonl",
    "gap_pairs_bm.jsonl",
    "gap_pairs_bn.jsonl",
    "gap_pairs_bo.jsonl",
    "gap_pairs_bp.jsonl",
    "gap_pairs_bq.jsonl",
    "gap_pairs_br.jsonl",
    "gap_pairs_bs.jsonl",
    "gap_pairs_bt.jsonl",
    "gap_pairs_bu.jsonl",
    "gap_pairs_bv.jsonl",
    "gap_pairs_bw.jsonl",
    "gap_pairs_bx.jsonl",
    "gap_pairs_by.jsonl",
    "gap_pairs_bz.jsonl",
    "gap_pairs_ca.jsonl",
)
# The verdicts, from matched to not read: where several mentions overlap one ask, the last of them speaks for it.
_VERDICTS = ("matched", "related", "unstated", "missing", "not read")


@dataclass
class GapScore:
    name: str
    asks: int = 0
    verdicts: Counter = field(default_factory=Counter)  # (cv_shows, verdict) -> count
    false_gaps: list[str] = field(default_factory=list)
    hidden_gaps: list[str] = field(default_factory=list)

    def count(self, shows: bool, verdict: str) -> int:
        return self.verdicts[(shows, verdict)]

    @property
    def reported_gaps(self) -> int:
        return self.count(True, "missing") + self.count(False, "missing")

    @property
    def false_gap_rate(self) -> float:
        """False gaps among the gaps reported on labelled asks."""
        return self.count(True, "missing") / max(1, self.reported_gaps)

    @property
    def gaps_found(self) -> float:
        """Asks the CV does not show that are reported missing, of those read."""
        read = sum(self.count(False, verdict) for verdict in _VERDICTS if verdict != "not read")
        return self.count(False, "missing") / max(1, read)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(pairs: list[dict], name: str, analyzer=None) -> GapScore:
    from skillgap import Analyzer
    from skillgap.documents import read_text

    analyzer = analyzer or Analyzer()
    result = GapScore(name)
    for pair in pairs:
        cv = read_text(pair["cv"], f"{pair['id']}-cv.txt")
        ad = read_text(pair["ad"], f"{pair['id']}-ad.txt")
        # The report a user gets (Analyzer.compare also looks for the ad's unknown skills in the CV's words); the
        # ad's mentions, the same as the report's, to find each ask.
        report = analyzer.compare(cv, [ad], kind="ad")
        [ad_profile] = analyzer.profiles([ad], ["ad"])
        status = {gap.id: gap.status for gap in report.skills}
        shown = {(gap.target_sentence, gap.text): gap.shown for gap in report.phrases}
        for ask in pair["asks"]:
            start, end = _place(ad.text, ask["ad_words"])
            if start < 0:
                raise ValueError(f"{pair['id']}: {ask['ad_words']!r} is not in the ad")
            verdicts = [status[m.skill_id] for m in ad_profile.mentions if m.start < end and start < m.end]
            if not verdicts:  # an ability in the ad's own words, which often runs over several asks
                verdicts = [
                    "matched" if shown.get((p.sentence, p.text)) else "missing"
                    for p in ad_profile.phrases
                    if p.start < end and start < p.end
                ]
            verdict = max(verdicts, key=_VERDICTS.index) if verdicts else "not read"
            shows = bool(ask["cv_shows"])
            result.asks += 1
            result.verdicts[(shows, verdict)] += 1
            where = f"{pair['id']}: {ask['ad_words']!r}"
            if shows and verdict == "missing":
                result.false_gaps.append(f"{where} missing, though the CV says {ask['cv_words']!r}")
            if not shows and verdict == "matched":
                result.hidden_gaps.append(f"{where} matched, though the CV does not show it ({ask.get('note', '')})")
    return result


def _place(text: str, words: str) -> tuple[int, int]:
    """Where `words` first stand in `text` as words ("Go" in "Go or Rust", not in "Google Cloud"), else anywhere."""
    match = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    start = match.start() if match else text.find(words)
    return start, start + len(words)


def report(result: GapScore, *, show: bool = False) -> str:
    shows = sum(result.count(True, verdict) for verdict in _VERDICTS)
    lines = [
        f"{result.name}: {result.asks} labelled asks ({shows} the CV shows)",
        f"  false gaps    {result.count(True, 'missing'):>4}  ({result.false_gap_rate:.3f} of the "
        f"{result.reported_gaps} gaps reported on labelled asks)",
        f"  gaps found    {result.count(False, 'missing'):>4}  ({result.gaps_found:.3f} of the asks the CV does not "
        "show, among those read)",
        f"  hidden gaps   {result.count(False, 'matched'):>4}  (matched, though the CV does not show them)",
        "  shown asks: " + ", ".join(f"{verdict} {result.count(True, verdict)}" for verdict in _VERDICTS),
        "  not shown:  " + ", ".join(f"{verdict} {result.count(False, verdict)}" for verdict in _VERDICTS),
    ]
    if show:
        lines += ["  false gaps:", *(f"    {line}" for line in result.false_gaps)]
        lines += ["  hidden gaps:", *(f"    {line}" for line in result.hidden_gaps)]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines sets (default: the sets in tests/data)")
    parser.add_argument("--show", action="store_true", help="list the false and hidden gaps")
    args = parser.parse_args()
    from skillgap import Analyzer

    analyzer = Analyzer()
    for path in args.files or [DATA / name for name in SETS if (DATA / name).exists()]:
        print(report(score(load(path), path.name, analyzer), show=args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
