"""Reading order of a PDF page, from the coordinates and font attributes of its glyphs.

pdfplumber gives every glyph with its box, font name and size. From these, and nothing else:

1. glyphs become words: a gap wider than a share of the font size (plus the line's letter spacing) or a space
   character ends a word; icon-font glyphs, private-use glyphs and unmapped "(cid:NNN)" glyphs are dropped (a
   private-use glyph of a symbol font that starts a line is the line's bullet, "•");
2. words become regions: a vertical gutter that no word crosses, over enough rows on both sides, splits the page
   into columns (a sidebar, the two columns of a template); rows above and below the gutter (a header across the
   page) stay whole. A gap whose two sides sit on the same baselines is not a gutter but the columns of a table
   (a date column beside the job titles), which is read row by row;
3. each region is read top to bottom, row by row, left to right.

No decision looks at the joined text. The text clean-up (ligatures, soft hyphens, hyphenation across lines) and
headers and footers are in pdf.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

# --- Words -------------------------------------------------------------------------------------------------------

# A gap between two glyphs wider than this share of the font size ends a word. Inter-word spaces in the tightly
# set (LuaTeX, justified) CVs measured go down to 0.14 em; kerning inside a word stays below 0.05 em. pdfminer and
# poppler use 0.1 em; 0.12 also keeps whole the headings that put a 0.10 em gap between two letters of a word.
WORD_GAP_RATIO = 0.12
# Letter-spaced (tracked) text adds the same gap after every glyph. A line's typical glyph gap, this quantile of its
# gaps, counts as letter spacing and is added to the word-gap threshold ...
TRACKING_QUANTILE = 0.25
# ... when the line has at least this many glyph gaps (fewer say nothing about its letter spacing).
TRACKING_MIN_GAPS = 6
# A glyph drawn again within this distance (points) with the same text is one glyph printed twice (fake bold,
# shadow), not two letters.
DUPLICATE_GLYPH_DISTANCE = 1.0
# A glyph narrower than this share of its font size is not printed (a soft hyphen that only marks a break point).
INVISIBLE_GLYPH_WIDTH = 0.05

# Font sizes are compared in steps of this many points (a PDF's 9.96 and 10.0 are one size) ...
SIZE_STEP = 0.5
# ... and a page without words has this body size (points).
DEFAULT_SIZE = 10.0

# --- Rows and columns ---------------------------------------------------------------------------------------------

# Glyphs (and words) sit on one text line when their baselines differ by less than this share of the font size.
# Lines of one column are a line spacing apart (1.2 em and more); bullets and icons set a little off the baseline
# stay in their line.
BASELINE_TOLERANCE = 0.25
# A group of glyphs at most this share of a neighbouring line's font size, within that line's height and
# horizontally touching it (closer than SCRIPT_GAP_EM), is a superscript or subscript of it ("1st", "CO2").
SCRIPT_SIZE_RATIO = 0.85
SCRIPT_GAP_EM = 0.3
# ... and overlapping it horizontally by at most this many ems (kerning); text above or below a line is no script.
SCRIPT_OVERLAP_EM = 0.1
# Superscripts are looked for among this many lines above and below (lines are sorted by baseline).
SCRIPT_NEIGHBOURS = 2
# Two words sit on the same baseline (a table row) when their baselines differ by less than this share of the font
# size.
BASELINE_ALIGN_RATIO = 0.15
# A gutter between columns is at least this wide, in ems of the region's body text (the sidebar template in the
# corpus leaves 1.08 em; word spaces in justified text stay well below, and a gap inside one text line never
# counts: both its sides share a baseline).
GUTTER_MIN_WIDTH_EM = 0.8
# Each side of a gutter holds text on at least this many rows, within the height both sides share (a contact
# block above a list, with a gap beside both, is no pair of columns).
GUTTER_MIN_ROWS = 3
# The two sides of a gap are the columns of a table, read row by row, when at least this share of the rows of the
# side with fewer rows share a baseline with the other side.
TABLE_ALIGNED_SHARE = 0.5
# Sides that share baselines are still columns (set on one baseline grid) when each has text on at least this share
# of the rows, each is wide (COLUMN_MIN_WIDTH), and at least COLUMN_FILLED_SHARE of the left side's lines fill
# COLUMN_LINE_FILL of its width (text lines run up to the gutter; labels end where they end).
COLUMN_DENSE_SHARE = 0.8
# ... and each side is at least this share of the width of both (a column of years or labels is narrower).
COLUMN_MIN_WIDTH = 0.25
COLUMN_LINE_FILL = 0.8
COLUMN_FILLED_SHARE = 0.6
# Regions are split at most this deep (columns inside columns inside columns).
MAX_SPLIT_DEPTH = 4

# --- Glyph classes --------------------------------------------------------------------------------------------------

# Icon fonts: their glyphs are pictures (phone, envelope, GitHub logo), whatever Unicode the PDF maps them to.
ICON_FONT = re.compile(
    r"awesome|simple-?icons|marvosym|academicons|material-?(icons|symbols|design)|ionicons|glyphicons|octicons|"
    r"icomoon|fontello|typicons|entypo|foundation-?icons|devicon|remixicon|tabler-?icons|lucide|bootstrap-?icons|"
    r"feather|phosphor|boxicons|socicon|nerd-?font|weathericons",
    re.IGNORECASE,
)
# Symbol fonts: a private-use glyph of theirs at the start of a line is a list bullet (Word's Symbol/Wingdings).
SYMBOL_FONT = re.compile(r"symbol|wingding|webding|dingbat", re.IGNORECASE)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufffd")
BULLET = "•"
SOFT_HYPHEN = "\u00ad"


def is_private_use(char: str) -> bool:
    code = ord(char)
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


@dataclass(slots=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    font: str
    symbol: bool = False  # a symbol-font glyph without Unicode: a bullet if it starts a line, else dropped
    hidden: bool = False  # an icon: not read, but it takes room on the page like any glyph


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    symbol: bool = False
    hidden: bool = False
    bold: bool = False  # set in a bold, black or heavy font


@dataclass(slots=True)
class Row:
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    """A line of a region in reading order, with what the reader needs to style and clean it."""

    words: list[Word]
    region: int  # lines of one region follow each other; hyphenation is joined within a region only
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def bold(self) -> bool:
        """Most of the line's letters are bold."""
        letters = sum(len(word.text) for word in self.words)
        return sum(len(word.text) for word in self.words if word.bold) * 2 > letters

    @property
    def size(self) -> float:
        """The font size of most of the line's letters."""
        weighted = sorted((word.size, len(word.text)) for word in self.words)
        half = sum(count for _, count in weighted) / 2
        total = 0
        for size, count in weighted:
            total += count
            if total >= half:
                return size
        return weighted[-1][0]


# --- Glyphs to words ----------------------------------------------------------------------------------------------


def glyphs_from_chars(chars: Iterable[dict]) -> list[Glyph]:
    """Upright glyphs of pdfplumber chars; icons and unmapped glyphs kept as hidden glyphs (they take room), spaces
    kept (they end words), invisible characters dropped."""
    glyphs = []
    fonts: dict[str, tuple[str, bool, bool]] = {}  # pdf font name -> (name, icon font, symbol font)
    for char in chars:
        if not char.get("upright", True):
            continue  # rotated text: margin decoration, not read
        text = char["text"]
        font_key = char.get("fontname", "")
        font = fonts.get(font_key)
        if font is None:
            name = font_key.split("+", 1)[-1]  # without the subset prefix "ABCDEF+"
            font = fonts[font_key] = (name, bool(ICON_FONT.search(name)), bool(SYMBOL_FONT.search(name)))
        size = char.get("size") or (char["bottom"] - char["top"])
        symbol = hidden = False
        if font[1] or text.startswith("(cid:"):
            hidden = True
        elif text and all(is_private_use(c) for c in text):
            symbol, hidden = font[2], not font[2]
        if symbol or hidden:
            text = ""
        elif text == SOFT_HYPHEN and char["x1"] - char["x0"] < INVISIBLE_GLYPH_WIDTH * size:
            continue  # a soft hyphen without width marks a possible break, it is not printed
        elif not _INVISIBLE.isdisjoint(text):
            text = "".join(c for c in text if c not in _INVISIBLE)
            if not text:
                continue
        matrix = char.get("matrix")
        glyphs.append(
            Glyph(
                text=text,
                x0=char["x0"],
                x1=char["x1"],
                top=char["top"],
                bottom=char["bottom"],
                baseline=char["top"] + (char["y1"] - matrix[5]) if matrix else char["bottom"],
                size=size,
                font=font[0],
                symbol=symbol,
                hidden=hidden,
            )
        )
    return glyphs


def words_from_glyphs(glyphs: Sequence[Glyph]) -> list[Word]:
    """Glyphs grouped into text lines (by vertical position), each line cut into words at wide gaps and spaces."""
    words: list[Word] = []
    for line in _lines(glyphs):
        line.sort(key=lambda g: g.x0)
        line = _without_duplicates(line)
        gaps = sorted(b.x0 - a.x1 for a, b in pairwise(line) if a.text.strip() and b.text.strip())
        tracking = 0.0
        if len(gaps) >= TRACKING_MIN_GAPS:
            tracking = max(0.0, gaps[int(len(gaps) * TRACKING_QUANTILE)])
        current: list[Glyph] = []
        for glyph in line:
            if glyph.text.isspace() or glyph.symbol or glyph.hidden:
                words.extend(_word(current))
                current = []
                if glyph.symbol or glyph.hidden:
                    words.extend(_word([glyph]))
                continue
            if current:
                previous = current[-1]
                limit = WORD_GAP_RATIO * min(previous.size, glyph.size) + tracking
                if glyph.x0 - previous.x1 > limit:
                    words.extend(_word(current))
                    current = []
            current.append(glyph)
        words.extend(_word(current))
    return words


def _without_duplicates(line: list[Glyph]) -> list[Glyph]:
    kept: list[Glyph] = []
    for glyph in line:
        if any(
            other.text == glyph.text
            and abs(other.x0 - glyph.x0) < DUPLICATE_GLYPH_DISTANCE
            and abs(other.top - glyph.top) < DUPLICATE_GLYPH_DISTANCE
            for other in kept[-3:]
        ):
            continue
        kept.append(glyph)
    return kept


def _word(glyphs: list[Glyph]) -> list[Word]:
    if not glyphs:
        return []
    size = max(g.size for g in glyphs)  # a superscript ("1st") takes the size and baseline of its word
    baselines = sorted(g.baseline for g in glyphs if g.size == size)
    symbol, hidden = glyphs[0].symbol, glyphs[0].hidden
    return [
        Word(
            text=BULLET if symbol else "".join(g.text for g in glyphs),
            x0=min(g.x0 for g in glyphs),
            x1=max(g.x1 for g in glyphs),
            top=min(g.top for g in glyphs),
            bottom=max(g.bottom for g in glyphs),
            baseline=baselines[len(baselines) // 2],
            size=size,
            symbol=symbol,
            hidden=hidden,
            bold=sum(_BOLD_FONT.search(g.font) is not None for g in glyphs) * 2 > len(glyphs),
        )
    ]


# Font names carry the weight: "Helvetica-Bold", "ABCDEF+SourceSansPro-Semibold", "Lato-Black".
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _lines(items: Iterable) -> list[list]:
    """Glyphs or words grouped into text lines: same baseline, plus the superscripts and subscripts beside them.

    Items are anything with x0, x1, top, bottom, baseline and size. Lines come sorted top to bottom.
    """
    groups: list[list] = []
    for item in sorted(items, key=lambda i: i.baseline):
        if groups:
            first = groups[-1][0]
            if item.baseline - first.baseline <= BASELINE_TOLERANCE * max(item.size, first.size):
                groups[-1].append(item)
                continue
        groups.append([item])
    _attach_scripts(groups)
    lines = [group for group in groups if group]
    lines.sort(key=lambda group: min(i.top for i in group))
    return lines


def _attach_scripts(groups: list[list]) -> None:
    """Move superscripts and subscripts (runs of smaller glyphs beside a glyph of a neighbouring line, nothing
    of that line above or below them) into that line."""
    sizes = [max((i.size for i in group if not getattr(i, "hidden", False)), default=0.0) for group in groups]
    for index, group in enumerate(groups):
        if not group:
            continue
        neighbours = [
            other
            for other in range(max(0, index - SCRIPT_NEIGHBOURS), min(len(groups), index + SCRIPT_NEIGHBOURS + 1))
            if other != index and groups[other] and sizes[index] <= SCRIPT_SIZE_RATIO * sizes[other]
        ]
        if not neighbours:
            continue  # the usual case: lines of one size
        for run in _runs(group):
            run_x0, run_x1 = min(i.x0 for i in run), max(i.x1 for i in run)
            middle = (min(i.top for i in run) + max(i.bottom for i in run)) / 2
            for other in neighbours:
                items = [i for i in groups[other] if not getattr(i, "hidden", False)]
                reach, overlap = SCRIPT_GAP_EM * sizes[other], SCRIPT_OVERLAP_EM * sizes[other]
                if any(b.x0 < run_x1 - overlap and b.x1 > run_x0 + overlap for b in items):
                    continue  # text of that line above or below the run: a line of its own
                if any(
                    b.top <= middle <= b.bottom
                    and (-overlap <= run_x0 - b.x1 <= reach or -overlap <= b.x0 - run_x1 <= reach)
                    for b in items
                ):
                    groups[other].extend(run)
                    for item in run:
                        group.remove(item)
                    break


def _runs(group: list) -> list[list]:
    """The group's items cut where a horizontal gap is wider than SCRIPT_GAP_EM."""
    ordered = sorted(group, key=lambda i: i.x0)
    runs = [[ordered[0]]]
    for item in ordered[1:]:
        if item.x0 - runs[-1][-1].x1 > SCRIPT_GAP_EM * item.size:
            runs.append([])
        runs[-1].append(item)
    return runs


def rows_of(words: Iterable[Word]) -> list[Row]:
    rows = []
    for group in _lines(words):
        group.sort(key=lambda w: w.x0)
        rows.append(Row(top=min(w.top for w in group), bottom=max(w.bottom for w in group), words=group))
    rows.sort(key=lambda row: row.top)
    return rows


# --- Words to regions to lines -------------------------------------------------------------------------------------


def reading_order(words: Sequence[Word]) -> list[Line]:
    """The page's words as lines in reading order: column by column, each top to bottom."""
    lines: list[Line] = []
    regions: list[list[Word]] = []
    _split(list(words), regions, depth=0)
    for number, region in enumerate(regions):
        rows = [Row(row.top, row.bottom, [w for w in row.words if not w.hidden]) for row in rows_of(region)]
        for row in _with_marks_attached([row for row in rows if row.words]):
            visible = [w for i, w in enumerate(row.words) if not w.symbol or i == 0]  # a symbol starts a line: a bullet
            lines.append(Line(words=visible, region=number, top=row.top, bottom=row.bottom))
    return lines


def _with_marks_attached(rows: list[Row]) -> list[Row]:
    """Rows with each lone mark (a bullet set off the baseline of its item: one glyph, no letter or digit) put at
    the start of the row beside it that it overlaps most in height."""
    kept: list[Row] = []
    for index, row in enumerate(rows):
        if not _is_mark_row(row):
            kept.append(row)
            continue
        mark = row.words[0]
        best, best_overlap = None, 0.0
        for other in rows[max(0, index - 1) : index + 2]:
            if other is row or _is_mark_row(other) or other.words[0].x0 <= mark.x1:
                continue
            overlap = min(row.bottom, other.bottom) - max(row.top, other.top)
            if overlap > best_overlap:
                best, best_overlap = other, overlap
        if best is None:
            kept.append(row)
        else:
            best.words.insert(0, mark)
            best.top, best.bottom = min(best.top, row.top), max(best.bottom, row.bottom)
    return kept


def _is_mark_row(row: Row) -> bool:
    return len(row.words) == 1 and (row.words[0].symbol or not any(c.isalnum() for c in row.words[0].text))


def _split(words: list[Word], regions: list[list[Word]], depth: int) -> None:
    """Append the regions of `words` in reading order: above a gutter, its left side, its right side, below it."""
    if not words:
        return
    rows = rows_of(words)
    gutter = _find_gutter(rows) if depth < MAX_SPLIT_DEPTH else None
    if gutter is None:
        regions.append(words)
        return
    first, last, left_edge, right_edge = gutter
    above = [w for row in rows[:first] for w in row.words]
    below = [w for row in rows[last + 1 :] for w in row.words]
    middle = [w for row in rows[first : last + 1] for w in row.words]
    _split(above, regions, depth + 1)
    _split([w for w in middle if w.x1 <= left_edge], regions, depth + 1)
    _split([w for w in middle if w.x0 >= right_edge], regions, depth + 1)
    _split(below, regions, depth + 1)


def body_size(words: Iterable[Word]) -> float:
    """The font size of most letters (sizes within SIZE_STEP points count as one)."""
    counts: dict[float, int] = {}
    for word in words:
        key = round(word.size / SIZE_STEP) * SIZE_STEP
        counts[key] = counts.get(key, 0) + len(word.text)
    return max(counts, key=counts.__getitem__) if counts else DEFAULT_SIZE


def _find_gutter(rows: list[Row]) -> tuple[int, int, float, float] | None:
    """(first row, last row, left edge, right edge) of the tallest column gutter, or None.

    A gutter is an x-interval, at least GUTTER_MIN_WIDTH_EM wide, that no word of rows first..last touches, with
    words on both sides in at least GUTTER_MIN_ROWS rows each, the two sides not sharing baselines (a table).
    """
    if len(rows) < GUTTER_MIN_ROWS:
        return None
    min_width = GUTTER_MIN_WIDTH_EM * body_size(w for row in rows for w in row.words)
    left = min(w.x0 for row in rows for w in row.words)
    right = max(w.x1 for row in rows for w in row.words)
    occupied = [_merged((w.x0, w.x1) for w in row.words) for row in rows]
    candidates: list[tuple[float, float, int, int, float, float]] = []
    for first in range(len(rows)):
        free = _free(occupied[first], left, right, min_width)
        last = first
        while free:
            following = last + 1
            narrowed = (
                [piece for interval in free for piece in _free(occupied[following], *interval, min_width)]
                if following < len(rows)
                else []
            )
            for interval in free:  # intervals that end here are candidates over first..last
                continues = any(interval[0] <= piece[0] and piece[1] <= interval[1] for piece in narrowed)
                if not continues and left < interval[0] and interval[1] < right:
                    height = rows[last].bottom - rows[first].top
                    candidates.append((height, interval[1] - interval[0], first, last, *interval))
            free = narrowed
            last = following
    candidates.sort(reverse=True)
    for _, _, first, last, left_edge, right_edge in candidates:
        if _is_column_gutter(rows[first : last + 1], left_edge, right_edge):
            return first, last, left_edge, right_edge
    return None


def _is_column_gutter(rows: list[Row], left_edge: float, right_edge: float) -> bool:
    """The gap splits columns (read one after the other), not the cells of table rows (read row by row)."""
    left_rows = right_rows = aligned = 0
    left_ends: list[float] = []
    left_start = left_edge
    left_middles: list[float] = []
    right_middles: list[float] = []
    for row in rows:
        left_words = [w for w in row.words if w.x1 <= left_edge and not w.hidden]
        right_words = [w for w in row.words if w.x0 >= right_edge and not w.hidden]
        left_rows += bool(left_words)
        right_rows += bool(right_words)
        if left_words:
            left_middles.append((row.top + row.bottom) / 2)
        if right_words:
            right_middles.append((row.top + row.bottom) / 2)
        if left_words:
            left_ends.append(left_words[-1].x1)
            left_start = min(left_start, left_words[0].x0)
        if left_words and right_words:
            a, b = left_words[-1], right_words[0]
            if abs(a.baseline - b.baseline) <= BASELINE_ALIGN_RATIO * min(a.size, b.size):
                aligned += 1
    fewer = min(left_rows, right_rows)
    if fewer < GUTTER_MIN_ROWS:
        return False
    # Columns run side by side: each has GUTTER_MIN_ROWS rows within the height that both sides share.
    shared_top = max(left_middles[0], right_middles[0])
    shared_bottom = min(left_middles[-1], right_middles[-1])
    for middles in (left_middles, right_middles):
        if sum(shared_top <= middle <= shared_bottom for middle in middles) < GUTTER_MIN_ROWS:
            return False  # one side above the other: blocks stacked in one column, not columns side by side
    if aligned < TABLE_ALIGNED_SHARE * fewer:
        return True  # the sides keep baselines of their own: columns
    # The sides share baselines: a table, unless both are full columns of text lines set on one baseline grid, the
    # left one's lines running up to the gutter (a table's labels and dates end where they end).
    text_rows = sum(1 for row in rows if any(not w.hidden for w in row.words))
    if min(left_rows, right_rows) < COLUMN_DENSE_SHARE * text_rows:
        return False
    right_end = max(w.x1 for row in rows for w in row.words if w.x0 >= right_edge and not w.hidden)
    width = max(left_ends) - left_start
    if min(width, right_end - right_edge) < COLUMN_MIN_WIDTH * (right_end - left_start):
        return False  # a narrow side: dates, years or labels beside their entries
    filled = sum(1 for end in left_ends if end - left_start >= COLUMN_LINE_FILL * width)
    return filled >= COLUMN_FILLED_SHARE * len(left_ends)


def _merged(spans: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _free(occupied: list[tuple[float, float]], start: float, end: float, min_width: float) -> list[tuple[float, float]]:
    """The parts of [start, end] that `occupied` leaves free, at least `min_width` wide."""
    pieces = []
    position = start
    for span_start, span_end in occupied:
        if span_end <= position:
            continue
        if span_start >= end:
            break
        if span_start - position >= min_width:
            pieces.append((position, span_start))
        position = max(position, span_end)
    if end - position >= min_width:
        pieces.append((position, end))
    return pieces
