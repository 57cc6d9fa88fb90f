"""The periods of a CV's dated jobs, and the years of a skill they show (skillgap.documents.dates)."""

from __future__ import annotations

import datetime

import pytest

from skillgap.documents import read_text
from skillgap.documents.dates import months_covered, work_periods

TODAY = datetime.date(2026, 11, 27)
CV = """Experience
Android Developer - Acme Apps | Jan 2023 - Jun 2026
- Built the checkout in Kotlin
Web Developer
2018 - 2022
- React sites for local clients

Pharmacy Technician
March 2024 – present
- Ward-based medicines reconciliation

Education
BSc Computing, 2014 - 2017
"""


def _periods() -> dict[str, tuple[int, int] | None]:
    document = read_text(CV, "cv.txt")
    periods = work_periods(document, TODAY)
    return {document.line_text(line): periods.get(line.number) for line in document.lines}


def _month(year: int, month: int) -> int:
    return year * 12 + month - 1


def test_each_line_of_a_job_takes_its_dates() -> None:
    periods = _periods()
    assert periods["- Built the checkout in Kotlin"] == (_month(2023, 1), _month(2026, 6))
    # A title over a line of dates, and a range of years alone (all of both years).
    assert periods["Web Developer"] == periods["- React sites for local clients"] == (_month(2018, 1), _month(2022, 12))
    # "present" is today's month.
    assert periods["- Ward-based medicines reconciliation"] == (_month(2024, 3), _month(2026, 11))


def test_lines_outside_the_work_history_have_no_period() -> None:
    periods = _periods()
    assert periods["BSc Computing, 2014 - 2017"] is None
    assert periods["Experience"] is None


@pytest.mark.parametrize(
    ("periods", "months"),
    [
        ([], 0),
        ([(0, 11)], 12),
        ([(0, 11), (6, 17)], 18),  # overlaps once
        ([(12, 23), (0, 5)], 18),  # in any order
        ([(0, 23), (3, 5)], 24),  # one inside another
    ],
)
def test_months_covered_counts_overlaps_once(periods: list[tuple[int, int]], months: int) -> None:
    assert months_covered(periods) == months
