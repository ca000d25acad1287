"""Dates as articles write them, as date lines, in prose and in front matter."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.dates import FoundDate, latest_date_in, parse_date_line, parse_front_matter_date

DAY = "day"
MONTH = "month"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mar 2, 2025", FoundDate("2025-03-02", DAY)),
        ("March 2, 2025", FoundDate("2025-03-02", DAY)),
        ("March 2 2025", FoundDate("2025-03-02", DAY)),
        ("mar 2 2025", FoundDate("2025-03-02", DAY)),
        ("2 March 2025", FoundDate("2025-03-02", DAY)),
        ("2nd March 2025", FoundDate("2025-03-02", DAY)),
        ("Monday, March 2, 2025", FoundDate("2025-03-02", DAY)),
        ("Sunday, 2 March 2025", FoundDate("2025-03-02", DAY)),
        ("Tue. Mar. 2, 2025", FoundDate("2025-03-02", DAY)),
        ("Sept. 9, 2022", FoundDate("2022-09-09", DAY)),
        ("March 2, 2025.", FoundDate("2025-03-02", DAY)),
        ("  1 May 2022  ", FoundDate("2022-05-01", DAY)),
        ("2025-03-02", FoundDate("2025-03-02", DAY)),
        ("Feb 29, 2024", FoundDate("2024-02-29", DAY)),
        ("March 2025", FoundDate("2025-03", MONTH)),
        ("May 2025", FoundDate("2025-05", MONTH)),
    ],
)
def test_date_line_parsed(line: str, expected: FoundDate) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Jan. 23",  # no year
        "Sep 31, 2022",  # no such day
        "Feb 29, 2023",  # not a leap year
        "2025-13-01",
        "Published March 2, 2025",  # a sentence, not a date line
        "March 2, 2025 at 10:00",
        "Mayday 2025",
        "The war began in February 2022 and has not ended since, with fighting on many fronts",
    ],
)
def test_non_date_line_rejected(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Jan. 19, 2023 and on September 9, 2022.", FoundDate("2023-01-19", DAY)),
        ("— Ukraine Weapons Tracker (@UAWeapons) September 9, 2022", FoundDate("2022-09-09", DAY)),
        ("Dates 2024-02-30 and 1 March 2023 and 2023-02-28.", FoundDate("2023-03-01", DAY)),
        ("Jan. 23 and Jan. 19, no year.", None),
        ("No dates at all.", None),
    ],
)
def test_latest_full_date_in_prose(text: str, expected: FoundDate | None) -> None:
    assert latest_date_in(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2024, 5, 6), FoundDate("2024-05-06", DAY)),
        (dt.datetime(2024, 5, 6, 12, 30), FoundDate("2024-05-06", DAY)),
        ("2024-05-06", FoundDate("2024-05-06", DAY)),
        ("2024-05-06T10:00:00Z", FoundDate("2024-05-06", DAY)),
        ("2024-05", FoundDate("2024-05", MONTH)),
        ("March 2, 2025", FoundDate("2025-03-02", DAY)),
        ("March 2025", FoundDate("2025-03", MONTH)),
    ],
)
def test_front_matter_date_accepted(value: object, expected: FoundDate) -> None:
    assert parse_front_matter_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["yesterday", "2024-13", "2024-5-6", "06/05/2024", 20240506, True, None, ["2024-05-06"], {"y": 2024}],
)
def test_front_matter_non_date_rejected(value: object) -> None:
    assert parse_front_matter_date(value) is None
