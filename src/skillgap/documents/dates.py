"""The periods of a CV's dated entries: which months each line of its work history covers.

A job in a CV is a title and employer with a date range ("Optometrist - Clearview Eyecare | Sep 2021 - Aug 2024",
or the range on a line of its own), then the lines that describe it. Every line of an experience section from one
dated line to the next belongs to that job's period; so does a title line just above its dates. Lines outside the
experience sections (education, training, skills) belong to none: their dates say when a course was taken, not for
how long a skill was used.

Months are counted as `year * 12 + month - 1`; a range that names years only runs from January of the first to
December of the last ("2017 - 2020" counts four years: read generously, so that a CV is never said to show fewer
years than it may); "present", "now" or "current" is the month of `today`.
"""

from __future__ import annotations

import datetime
import re

from skillgap.documents.model import Document

Period = tuple[int, int]  # first and last month covered, inclusive, as year * 12 + month - 1

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d\d"
# One end of a range: "Sep 2021", "September 2021", "09/2021", "2021".
_WHEN = rf"(?:(?P<{{0}}month>{_MONTH})\s+|(?P<{{0}}number>0?[1-9]|1[0-2])[/.])?(?P<{{0}}year>{_YEAR})"
_DATE_RANGE = re.compile(
    r"(?<![\w/])"
    + _WHEN.format("from_")
    + r"\s*(?:-|–|—|to|until)\s*(?:"
    + _WHEN.format("to_")
    + r"|(?P<now>present|now|current|date|today|ongoing))(?![\w/])",
    re.IGNORECASE,
)
_EXPERIENCE_SECTIONS = frozenset({"experience"})
_BULLET = re.compile(r"^\s*[-•*▪·–—]")


def work_periods(document: Document, today: datetime.date) -> dict[int, Period]:
    """Line number -> the period of the dated experience entry the line belongs to, for the lines that have one."""
    periods: dict[int, Period] = {}
    lines = document.lines
    current: Period | None = None
    for index, line in enumerate(lines):
        if line.section not in _EXPERIENCE_SECTIONS or line.is_heading:
            current = None
            continue
        text = document.line_text(line)
        period = _period_of(text, today)
        if period is not None:
            current = period
        elif index + 1 < len(lines) and _is_a_title(text) and lines[index + 1].section == line.section:
            # A job's title over the line of its dates: "Pharmacy Technician - Sandwell Hospitals" / "March 2024 -
            # present".
            following = _period_of(document.line_text(lines[index + 1]), today)
            if following is not None:
                periods[line.number] = following
                continue
        if current is not None:
            periods[line.number] = current
    return periods


def _is_a_title(text: str) -> bool:
    """Whether a line could be a job's title: words, not a bullet."""
    return bool(text.strip()) and not _BULLET.match(text)


def _period_of(text: str, today: datetime.date) -> Period | None:
    """The period of the first date range in a line, if it names one that runs forwards."""
    match = _DATE_RANGE.search(text)
    if match is None:
        return None
    first = _month(match, "from_", end=False)
    last = month_of(today) if match.group("now") else _month(match, "to_", end=True)
    return (first, last) if first <= last else None


def _month(match: re.Match[str], prefix: str, *, end: bool) -> int:
    year = int(match.group(prefix + "year"))
    name, number = match.group(prefix + "month"), match.group(prefix + "number")
    if name:
        month = _MONTHS[name.lower().rstrip(".")]
    elif number:
        month = int(number)
    else:
        month = 12 if end else 1  # a year alone: all of it
    return year * 12 + month - 1


def latest_date(text: str) -> int | None:
    """The latest month a text dates something to ("Dangerous Goods awareness - Feb 2024", "Food Safety - 2021"):
    a year alone counts as its December, so that a date is never read as older than it may be."""
    months = [_month(match, "", end=True) for match in _DATE.finditer(text)]
    return max(months, default=None)


def earliest_date(text: str) -> int | None:
    """The earliest month a text dates something to ("Full UK driving licence, passed May 2024"): a year alone
    counts as its January, so that a thing is never read as held for less time than it may have been."""
    months = [_month(match, "", end=False) for match in _DATE.finditer(text)]
    return min(months, default=None)


_DATE = re.compile(r"(?<![\w/])" + _WHEN.format("") + r"(?![\w/])", re.IGNORECASE)


def month_of(day: datetime.date) -> int:
    """A date's month, counted as the periods' months are."""
    return day.year * 12 + day.month - 1


def months_covered(periods: list[Period]) -> int:
    """The months that any of `periods` covers, overlaps counted once."""
    total, reach = 0, -1
    for first, last in sorted(periods):
        if last > reach:
            total += last - max(first, reach + 1) + 1
            reach = last
    return total
