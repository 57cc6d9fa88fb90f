"""The `Document`: text as skillgap read it, with a position, page and section for every line."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from skillgap.documents.sections import SectionTracker, inline_headings

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document. `start`/`end` index `Document.text`; `end` excludes the line break."""

    number: int  # 1-based, in document order
    start: int
    end: int
    page: int  # 1-based; always 1 for formats without pages
    section: str  # canonical section key ("skills", "requirements", ...), "" before the first heading
    is_heading: bool = False
    # Sections that start inside the line, at a heading that lost its line break: (offset in `Document.text`, key);
    # the line's own section again after a label of none.
    inline_sections: tuple[tuple[int, str], ...] = ()

    def section_at(self, offset: int) -> str:
        """The section of the line's character at `offset` (an index of `Document.text`)."""
        section = self.section
        for start, key in self.inline_sections:
            if start > offset:
                break
            section = key
        return section


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line as a reader found it, with the layout hints that help to spot headings."""

    text: str
    page: int = 1
    heading_style: bool = False  # the format marks it as a heading (DOCX style, large or bold PDF font)


@dataclass(frozen=True, slots=True)
class Document:
    """Text of one input file. For .txt/.md input, `text` is the decoded file text, unchanged."""

    path: str
    format: str  # "pdf", "docx", "txt", "md"
    text: str
    lines: tuple[Line, ...]
    pages: int = 1
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line_starts", tuple(line.start for line in self.lines))

    @classmethod
    def from_text(cls, path: str, format: str, text: str) -> Document:
        """Build from text whose offsets must stay exact (plain text and Markdown files)."""
        spans: list[tuple[int, int]] = []
        position = 0
        for match in _LINE_BREAK.finditer(text):
            spans.append((position, match.start()))
            position = match.end()
        spans.append((position, len(text)))
        if spans[-1][0] == spans[-1][1] and len(spans) > 1:
            spans.pop()  # a final line break does not open an empty last line
        markdown = format == "md"
        tracker = SectionTracker()
        lines = tuple(
            _make_line(
                number,
                start,
                end,
                1,
                tracker.feed(
                    text[start:end],
                    markdown=markdown,
                    next_line=text[spans[number][0] : spans[number][1]] if number < len(spans) else None,
                ),
                text[start:end],
            )
            for number, (start, end) in enumerate(spans, start=1)
        )
        return cls(path=path, format=format, text=text, lines=lines, pages=1)

    @classmethod
    def from_lines(cls, path: str, format: str, raw_lines: Iterable[RawLine]) -> Document:
        """Build from lines a reader laid out (PDF, DOCX): joined with newlines."""
        tracker = SectionTracker()
        parts: list[str] = []
        lines: list[Line] = []
        position = 0
        pages = 1
        raw_lines = list(raw_lines)
        for number, raw in enumerate(raw_lines, start=1):
            text = raw.text
            next_line = raw_lines[number].text if number < len(raw_lines) else None
            lines.append(
                _make_line(
                    number,
                    position,
                    position + len(text),
                    raw.page,
                    tracker.feed(text, heading_style=raw.heading_style, next_line=next_line),
                    text,
                )
            )
            parts.append(text)
            position += len(text) + 1
            pages = max(pages, raw.page)
        return cls(path=path, format=format, text="\n".join(parts), lines=tuple(lines), pages=pages)

    def line_at(self, offset: int) -> Line:
        """The line that contains character `offset`."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(index, 0)]

    def line_text(self, line: Line) -> str:
        return self.text[line.start : line.end]

    def section_at(self, offset: int) -> str:
        """The section of character `offset`: its line's, or that of a heading inside the line before it."""
        return self.line_at(offset).section_at(offset)

    def section_ranges(self) -> Sequence[tuple[int, int, str]]:
        """(start, end, section) character ranges in order, one per line and one more per heading inside a line, for
        the NLP stage."""
        ranges = []
        for line in self.lines:
            if not line.inline_sections:
                ranges.append((line.start, line.end, line.section))
                continue
            starts = [line.start, *(start for start, _ in line.inline_sections), line.end]
            keys = [line.section, *(key for _, key in line.inline_sections)]
            ranges.extend(
                (start, end, key)
                for (start, end), key in zip(itertools.pairwise(starts), keys, strict=True)
                if end > start
            )
        return ranges

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


def _make_line(number: int, start: int, end: int, page: int, state: tuple[str, bool], text: str) -> Line:
    """`text`: the line's own text, searched for headings inside it unless it is one."""
    section, is_heading = state
    inline = () if is_heading else tuple((start + offset, key or section) for offset, key in inline_headings(text))
    return Line(number, start, end, page, section, is_heading, inline)
