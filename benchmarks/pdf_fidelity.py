"""PDF reading fidelity on the real template CVs in ../shared/corpus/cv_pdfs, measured against their sources.

Every PDF there sits beside the file it was rendered from (LaTeX .tex with its \\input files, RenderCV .yaml;
a Typst .typ would be stripped too). The source, stripped of markup, is the ground truth for the words of the PDF:

- found: share of extracted words that occur among the source words (reading noise, icon glyphs, broken words
  and split hyphenations all lower it);
- fused: share of extracted words that are not source words but the concatenation of two or more consecutive
  source words ("infrastructureoperations"), the mark of a word-gap tolerance that is too wide;
- interleaved: extracted lines whose words come from two distant source regions (more than
  INTERLEAVE_SOURCE_LINES source lines apart, at least two words on each side): what reading two columns row by
  row produces ("Job description 1 more details about it of course");
- split: source lines whose words, wrapped over several extracted lines, have a foreign line read in between
  (a column read line by line, alternating with its neighbour).

Words are compared lower-cased, NFKC-normalised, split at anything that is not a letter or digit, so
punctuation, hyphens and quotes do not count. ISO dates in YAML count with their month names ("2018-09" is
printed "Sept 2018"). Template text that is not in the source (RenderCV's "Last updated in", \\today, the
skill-scale note of a class) lowers `found`; that is why its threshold is 95%, not 100%. Where the source prints
its publications from a .bib file the corpus does not include (altacv), the words the reader files under the
publications section have no ground truth: they are counted in the "no src" column, not in `found`.

Run: python benchmarks/pdf_fidelity.py [--show-lines]   (SKILLGAP_CORPUS, default ../shared/corpus)
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Thresholds that tests/test_pdf_fidelity.py enforces on every corpus PDF.
MIN_FOUND_SHARE = 0.95
MAX_FUSED_SHARE = 0.01
MAX_INTERLEAVED_LINES = 0
MAX_SPLIT_SOURCE_LINES = 0
# A speed figure, reported beside them ("SLOW"), not a fidelity failure: the machine's load moves it (CI runs on
# shared machines, and speed is measured in benchmarks, not asserted in tests).
MAX_READ_SECONDS = 0.5  # for three pages
READ_REPEATS = 3

# Two words of one extracted line come from distant source regions when their source lines are further apart.
INTERLEAVE_SOURCE_LINES = 20
# Two parts of one source line further apart than this many extracted lines are not a wrapped line.
SPLIT_WINDOW = 6
# Words that occur more often than this in the source say nothing about where a line comes from.
MAX_ANCHOR_OCCURRENCES = 30
# Words shorter than this are too common to place a line in the source.
MIN_ANCHOR_LENGTH = 3

_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


# ---------------------------------------------------------------------------------------------------------------
# Source stripping: LaTeX (and Typst-like markup) and YAML to plain text, keeping line numbers.

# LaTeX commands whose arguments are layout or set-up, never printed text.
_LATEX_DROP_ARGS = frozenset(
    """
    documentclass usepackage RequirePackage definecolor colorlet geometry setmainfont setsansfont setmonofont
    newfontfamily fontspec newcommand renewcommand providecommand DeclareMathOperator newenvironment
    renewenvironment setlength addtolength setcounter vspace hspace includegraphics addbibresource bibliography
    bibliographystyle label ref pageref cite nocite input include color textcolor pagestyle thispagestyle
    columnratio setbool hypersetup photoR photoL photo profilepic begin end mynames titlespacing titleformat
    pagenumbering setlist newlength newif AtBeginEnvironment addtocounter raggedright href NewInfoField
    fontsize selectfont usetikzlibrary tikzset
    """.split()  # noqa: SIM905 (a word list, easier to read than a literal of 60 quoted names)
)
# Of these, only the first argument is set-up; the rest is printed (\textcolor{red}{printed}, \href{url}{text}).
_LATEX_FIRST_ARG_ONLY = frozenset({"textcolor", "href", "color"})
_YAML_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w .-]*):(\s|$)")
_ISO_MONTH = re.compile(r"\b(\d{4})-(0[1-9]|1[0-2])\b")
_MONTH_NAMES = (
    "January Jan",
    "February Feb",
    "March Mar",
    "April Apr",
    "May",
    "June Jun",
    "July Jul",
    "August Aug",
    "September Sep Sept",
    "October Oct",
    "November Nov",
    "December Dec",
)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def read_source(path: Path) -> tuple[list[str], bool]:
    """Plain text lines of a CV source (the index of a line is its position in the expanded source), and whether
    the source prints a bibliography from a database file that is not beside it (its entries are then unknown)."""
    if path.suffix in (".yaml", ".yml"):
        return strip_yaml(path.read_text(encoding="utf-8")), False
    if path.suffix == ".typ":
        return strip_typst(path.read_text(encoding="utf-8")), False
    text = expand_inputs(path)
    uncommented = re.sub(r"(?<!\\)%[^\n]*", "", text)
    prints_bibliography = re.search(r"\\(printbibliography|bibliography)\b", uncommented) is not None
    databases = re.findall(r"\\(?:addbibresource|bibliography)\{([^}]*)\}", uncommented)
    present = any((path.parent / name).is_file() or (path.parent / f"{name}.bib").is_file() for name in databases)
    return strip_latex(text), prints_bibliography and not present


def expand_inputs(path: Path, depth: int = 0) -> str:
    """The .tex text with \\input{...} and \\include{...} replaced by the files they name (when present)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if depth > 5:
        return text

    def replace(match: re.Match[str]) -> str:
        name = match.group(2).strip()
        for candidate in (path.parent / name, path.parent / f"{name}.tex"):
            if candidate.is_file():
                return expand_inputs(candidate, depth + 1)
        return match.group(0)

    return re.sub(r"\\(input|include)\{([^}]*)\}", replace, text)


def _skip_group(text: str, start: int, open_char: str, close_char: str) -> int:
    """Index just after the balanced group that opens at text[start]."""
    level = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == open_char:
            level += 1
        elif char == close_char:
            level -= 1
            if level == 0:
                return index + 1
        index += 1
    return len(text)


def strip_latex(text: str) -> list[str]:
    """Printed text of LaTeX source, line by line (line numbers kept: removed parts keep their newlines)."""
    text = re.sub(r"(?<!\\)%[^\n]*", "", text)  # comments
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            match = re.match(r"\\([A-Za-z@]+)\*?|\\(.)", text[index:], re.DOTALL)
            assert match is not None
            name, symbol = match.group(1), match.group(2)
            index += match.end()
            if symbol is not None:
                out.append({"\\": "\n", " ": " ", "\n": "\n"}.get(symbol, symbol if symbol in "&%$#_{}" else ""))
                continue
            if name in _LATEX_DROP_ARGS:
                keep_after_first = name in _LATEX_FIRST_ARG_ONLY
                first = True
                while True:
                    rest = text[index:]
                    spaces = len(rest) - len(rest.lstrip(" \t"))
                    if rest[spaces : spaces + 1] == "[":
                        end = _skip_group(text, index + spaces, "[", "]")
                    elif rest[spaces : spaces + 1] == "{" and (first or not keep_after_first):
                        end = _skip_group(text, index + spaces, "{", "}")
                        first = False
                    else:
                        break
                    out.append("\n" * text[index:end].count("\n"))
                    index = end
                continue
            # Optional arguments of other commands are options, not text, except braced values in them
            # (title={Books}).
            rest = text[index:]
            if rest.startswith("["):
                end = _skip_group(text, index, "[", "]")
                braced = re.findall(r"=\s*(\{.*?\})\s*(?:,|\]$)", text[index:end], re.DOTALL)
                out.append(" ".join(strip_latex(" ".join(braced))) + "\n" * text[index:end].count("\n"))
                index = end
            out.append(" ")
            continue
        if char in "{}":
            out.append(" " if char == "}" else "")
        elif char == "~":
            out.append(" ")
        elif char == "$":
            out.append("")
        else:
            out.append(char)
        index += 1
    plain = "".join(out)
    plain = plain.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    return plain.split("\n")


def strip_typst(text: str) -> list[str]:
    """Typst source without comments, #function names, heading marks and emphasis (arguments stay as words)."""
    text = re.sub(r"(?<!:)//[^\n]*", "", text)
    text = re.sub(r"#[A-Za-z][\w.-]*", " ", text)
    text = re.sub(r"^\s*=+\s", "", text, flags=re.MULTILINE)
    return re.sub(r"[*_\[\]{}()]", " ", text).split("\n")


def strip_yaml(text: str) -> list[str]:
    """Values of a YAML file without keys, comments, quotes and Markdown emphasis or link targets."""
    lines = []
    for line in text.split("\n"):
        if line.lstrip().startswith("#"):
            lines.append("")
            continue
        line = re.sub(r"\s#\s.*$", "", line)
        match = _YAML_KEY.match(line)
        if match:  # keys stay as words: RenderCV prints section keys as titles ("selected_honors")
            line = match.group(2).replace("_", " ") + " " + line[match.end() :].strip().strip("'\"")
        line = re.sub(r"^\s*-\s+", "", line).strip().strip("'\"")
        # An ISO date is printed with a month name: "2018-09" -> "Sept 2018".
        line = _ISO_MONTH.sub(lambda m: f"{m.group(0)} {_MONTH_NAMES[int(m.group(2)) - 1]}", line)
        line = _MARKDOWN_LINK.sub(r"\1", line).replace("**", "").replace("*", "")
        lines.append(line)
    return lines


# ---------------------------------------------------------------------------------------------------------------
# Metrics


@dataclass
class Fidelity:
    name: str
    words: int
    unknown_words: int  # words of a publications section printed from a bibliography file the corpus lacks
    pages: int
    found_share: float
    fused_share: float
    interleaved_lines: list[str]
    split_source_lines: list[str]
    seconds: float
    missing: list[str]
    fused: list[str]


class Source:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.words: list[str] = []
        self.word_line: list[int] = []
        for number, line in enumerate(lines):
            for word in tokens(line):
                self.words.append(word)
                self.word_line.append(number)
        self.vocabulary = set(self.words)
        self.positions: dict[str, list[int]] = {}
        for position, word in enumerate(self.words):
            self.positions.setdefault(word, []).append(position)

    def is_fused(self, word: str) -> bool:
        """`word` is the concatenation of two or more consecutive source words."""
        for first, positions in self.positions.items():
            if not word.startswith(first) or first == word:
                continue
            for position in positions:
                joined, index, parts = first, position, 1
                while len(joined) < len(word) and index + 1 < len(self.words):
                    index += 1
                    joined += self.words[index]
                    parts += 1
                if joined == word and parts >= 2:
                    return True
        return False

    def anchor_lines(self, line_words: list[str]) -> list[tuple[int, list[int]]]:
        """(index in the line, candidate source lines) for the words that can place a line in the source."""
        anchors = []
        for index, word in enumerate(line_words):
            positions = self.positions.get(word, [])
            if len(word) >= MIN_ANCHOR_LENGTH and 0 < len(positions) <= MAX_ANCHOR_OCCURRENCES:
                anchors.append((index, sorted({self.word_line[p] for p in positions})))
        return anchors

    def place(self, line_words: list[str]) -> list[tuple[int, int]]:
        """(index in the line, source line) per anchor word, choosing the occurrences that keep the line's words
        closest together in the source (dynamic programming over the candidates)."""
        anchors = self.anchor_lines(line_words)
        if not anchors:
            return []
        costs = [0] * len(anchors[0][1])
        back: list[list[int]] = []
        for (_, previous), (_, current) in pairwise(anchors):
            new_costs, pointers = [], []
            for line in current:
                best = min(range(len(previous)), key=lambda k: costs[k] + abs(previous[k] - line))
                new_costs.append(costs[best] + abs(previous[best] - line))
                pointers.append(best)
            costs = new_costs
            back.append(pointers)
        choice = min(range(len(costs)), key=costs.__getitem__)
        chosen = [choice]
        for pointers in reversed(back):
            choice = pointers[choice]
            chosen.append(choice)
        chosen.reverse()
        return [(index, lines[k]) for (index, lines), k in zip(anchors, chosen, strict=True)]

    def interleaves(self, line_words: list[str]) -> bool:
        """The line's words come from two source regions far apart (two or more anchor words on each side)."""
        placed = self.place(line_words)
        segments: list[int] = []
        previous = None
        for _, line in placed:
            if previous is None or abs(line - previous) > INTERLEAVE_SOURCE_LINES:
                segments.append(0)
            segments[-1] += 1
            previous = line
        return sum(1 for size in segments if size >= 2) >= 2


def measure(pdf: Path, source_path: Path) -> Fidelity:
    from skillgap.documents.pdf import read_pdf

    seconds = float("inf")
    for _ in range(READ_REPEATS):  # best of a few reads: the reader's time, not the machine's other work
        start = time.perf_counter()
        document = read_pdf(pdf, str(pdf))
        seconds = min(seconds, time.perf_counter() - start)
    source_lines, bibliography_unknown = read_source(source_path)
    source = Source(source_lines)
    lines = [document.line_text(line) for line in document.lines]
    line_words = [tokens(text) for text in lines]
    words = [word for ws in line_words for word in ws]
    # Where the source prints its publications from a .bib file that the corpus does not include, the words the
    # reader filed under the publications section have no ground truth: they do not count towards `found`.
    known = [
        word
        for line, ws in zip(document.lines, line_words, strict=True)
        if not (bibliography_unknown and line.section == "publications")
        for word in ws
    ]
    missing = [word for word in known if word not in source.vocabulary]
    fused = [word for word in missing if source.is_fused(word)]
    interleaved = [text for text, ws in zip(lines, line_words, strict=True) if source.interleaves(ws)]
    split = split_source_lines(source, line_words)
    return Fidelity(
        name=str(pdf.relative_to(pdf.parents[1])),
        words=len(words),
        unknown_words=len(words) - len(known),
        pages=document.pages,
        found_share=1 - len(missing) / max(len(known), 1),
        fused_share=len(fused) / max(len(known), 1),
        interleaved_lines=interleaved,
        split_source_lines=split,
        seconds=seconds,
        missing=missing,
        fused=fused,
    )


def split_source_lines(source: Source, line_words: list[list[str]]) -> list[str]:
    """Source lines (of five or more anchor words) wrapped over extracted lines with a foreign line between two of
    its parts: a line whose anchor words all come from source lines more than INTERLEAVE_SOURCE_LINES away."""
    placed = [source.place(words) for words in line_words]
    holders: dict[int, list[int]] = {}
    for number, places in enumerate(placed):
        counts: dict[int, int] = {}
        for _, line in places:
            counts[line] = counts.get(line, 0) + 1
        for line, count in counts.items():
            if count >= 2:  # two anchor words: the extracted line holds a real part of that source line
                holders.setdefault(line, []).append(number)
    split = []
    for line, numbers in sorted(holders.items()):
        if len(source.anchor_lines(tokens(source.lines[line]))) < 5:
            continue
        for a, b in pairwise(numbers):
            between = placed[a + 1 : b] if b - a <= SPLIT_WINDOW else []
            if any(
                len(places) >= 2 and all(abs(other - line) > INTERLEAVE_SOURCE_LINES for _, other in places)
                for places in between
            ):
                split.append(source.lines[line].strip())
                break
    return split


def read_budget(pages: int) -> float:
    """Seconds allowed for reading a PDF of `pages` pages (MAX_READ_SECONDS per three pages)."""
    return MAX_READ_SECONDS * max(1.0, pages / 3)


def corpus_pairs(corpus: Path) -> list[tuple[Path, Path]]:
    """(pdf, source) for every PDF in corpus/cv_pdfs: the source is the .tex/.yaml/.typ beside it with the same
    stem, or else the only one in its folder."""
    pairs = []
    for pdf in sorted((corpus / "cv_pdfs").rglob("*.pdf")):
        candidates = [pdf.with_suffix(suffix) for suffix in (".tex", ".yaml", ".yml", ".typ")]
        found = [path for path in candidates if path.is_file()]
        if not found:
            found = sorted(p for p in pdf.parent.iterdir() if p.suffix in (".tex", ".yaml", ".yml", ".typ"))
        if len(found) >= 1:
            pairs.append((pdf, found[0]))
    return pairs


def corpus_dir() -> Path:
    value = Path(os.environ.get("SKILLGAP_CORPUS", "../shared/corpus"))
    return value if value.is_absolute() else (REPO / value).resolve()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-lines", action="store_true", help="print the words and lines that fail")
    args = parser.parse_args()
    corpus = corpus_dir()
    if not (corpus / "cv_pdfs").is_dir():
        print(f"no corpus at {corpus}; set SKILLGAP_CORPUS", file=sys.stderr)
        return 2
    header = (
        f"{'file':<50} {'words':>6} {'no src':>6} {'found':>7} {'fused':>6} {'interl.':>7} {'split':>5} {'read s':>6}"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for pdf, source in corpus_pairs(corpus):
        result = measure(pdf, source)
        ok = (
            result.found_share >= MIN_FOUND_SHARE
            and result.fused_share <= MAX_FUSED_SHARE
            and len(result.interleaved_lines) <= MAX_INTERLEAVED_LINES
            and len(result.split_source_lines) <= MAX_SPLIT_SOURCE_LINES
        )
        slow = result.seconds > read_budget(result.pages)
        failed |= not ok
        print(
            f"{result.name:<50} {result.words:>6} {result.unknown_words:>6} {result.found_share:>7.1%} "
            f"{result.fused_share:>6.2%} {len(result.interleaved_lines):>7} {len(result.split_source_lines):>5} "
            f"{result.seconds:>6.3f}"
            f"{'' if ok else '  FAIL'}{'  SLOW' if slow else ''}"
        )
        if args.show_lines:
            print("   missing:", " ".join(sorted(set(result.missing))))
            print("   fused:", " ".join(sorted(set(result.fused))))
            for line in result.interleaved_lines:
                print("   interleaved:", line)
            for line in result.split_source_lines:
                print("   split:", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
