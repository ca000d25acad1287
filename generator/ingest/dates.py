"""Dates written the ways articles write them: 'Mar 2, 2025', '2 March 2025', '2025-03-02'."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model import DatePrecision

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
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_FULL_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_MONTH_ONLY = re.compile(rf"^{_MONTH}\s+{_YEAR}$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    precision: DatePrecision


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[text.lower().rstrip(".")]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date_line(line: str) -> FoundDate | None:
    """A line that is only a date ('Mar 2, 2025', 'Monday, March 2, 2025', 'March 2025')."""
    text = _WEEKDAY.sub("", line.strip()).strip(" .")
    if len(text) > 40:
        return None
    for pattern in _FULL_DATES:
        match = pattern.fullmatch(text)
        if match:
            date = _valid(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            return FoundDate(date.isoformat(), "day") if date else None
    match = _MONTH_ONLY.match(text)
    if match:
        return FoundDate(f"{int(match['year']):04d}-{_month_number(match['month']):02d}", "month")
    return None


def latest_date_in(text: str) -> FoundDate | None:
    """The latest complete (day, month, year) date written anywhere in the text."""
    found: list[dt.date] = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            date = _valid(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            if date:
                found.append(date)
    return FoundDate(max(found).isoformat(), "day") if found else None


def parse_front_matter_date(value: object) -> FoundDate | None:
    """A front-matter `date`: a YAML date, an ISO string, or any form parse_date_line knows."""
    if isinstance(value, dt.datetime):
        return FoundDate(value.date().isoformat(), "day")
    if isinstance(value, dt.date):
        return FoundDate(value.isoformat(), "day")
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"(?:19|20)\d\d-[01]\d", text):
            return FoundDate(text, "month") if 1 <= int(text[5:]) <= 12 else None
        return parse_date_line(text[:10] if re.match(r"\d{4}-\d\d-\d\dT", text) else text)
    return None
