"""Dates written the ways articles write them: 'Mar 2, 2025', '2 March 2025', '2025-03-02'."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

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
MONTH_PATTERN = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_FULL_DATES = (
    re.compile(rf"\b{MONTH_PATTERN}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{MONTH_PATTERN},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_MONTH_ONLY = re.compile(rf"^{MONTH_PATTERN}\s+{_YEAR}$", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    precision: DatePrecision


def month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[text.lower().rstrip(".")]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def parse_date_line(line: str) -> FoundDate | None:
    """A line that is only a date ('Mar 2, 2025', 'Monday, March 2, 2025', 'March 2025')."""
    text = _WEEKDAY.sub("", line.strip()).strip(" .")
    if len(text) > 40:
        return None
    for pattern in _FULL_DATES:
        match = pattern.fullmatch(text)
        if match:
            date = _valid(int(match["year"]), month_number(match["month"]), int(match["day"]))
            return FoundDate(date.isoformat(), "day") if date else None
    match = _MONTH_ONLY.match(text)
    if match:
        return FoundDate(f"{int(match['year']):04d}-{month_number(match['month']):02d}", "month")
    return None


def latest_date_in(text: str) -> FoundDate | None:
    """The latest complete (day, month, year) date written anywhere in the text."""
    found: list[dt.date] = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            date = _valid(int(match["year"]), month_number(match["month"]), int(match["day"]))
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


# --- date stamps: the published/updated lines that pages and wire copy carry ----------------------

StampLabel = Literal["published", "updated"]
_STAMP_MAX = 140
_STAMP_SPACES = 16  # words in the longest stamp ("Issued on: 14/11/2024 - 10:32 Modified: ...")
_STAMP_HINT = re.compile(r"\d|\bago\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)\b")
_STAMP_WORDS = re.compile(
    r"\b(?:published|issued|updated|last|first|modified|posted|date|on|at|and|ago|min|mins|minutes?|hours?|read|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|[ap]\.?m\.?|noon|gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt|pt|pst|pdt|"
    r"kyiv|time)\b\.?",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"^\W*(?:(?:published|updated|posted)\s+)?(?:\d{1,2}|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Stamp:
    date: FoundDate | None  # None when the line is a stamp whose date cannot be trusted (see problem)
    label: StampLabel
    problem: str = ""  # why the date was not taken ("relative", "ambiguous"), for a warning


def _glued(line: str) -> str:
    """Web copies glue fields together: 'November 14, 20245:12 AM GMT+2Updated 2 hours ago'."""
    line = re.sub(r"\b((?:19|20)\d\d)(\d{1,2}[:.]\d\d)", r"\1 \2", line)
    return re.sub(r"(?<=\w)(?=Updated\b)", " ", line)


def _numeric_date(match: re.Match[str]) -> tuple[dt.date | None, str]:
    """14.11.2024 is day first; 11/14/2024 month first; 05/06/2024 could be either."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    year += 2000 if year < 100 else 0
    if match["sep"] == "/" and a <= 12 and b <= 12 and a != b:
        return None, f"{match[0]} could be day/month or month/day"
    day, month = (b, a) if match["sep"] == "/" and b > 12 else (a, b)
    return _valid(year, month, day), ""


@lru_cache(maxsize=1024)  # the header is scanned twice; lines repeat across seeds
def parse_stamp(line: str) -> Stamp | None:
    """A short line that only states when the piece was published or updated."""
    if len(line) > _STAMP_MAX or line.count(" ") > _STAMP_SPACES or not _STAMP_HINT.search(line):
        return None
    if _RELATIVE.match(line):
        return Stamp(None, "updated" if _UPDATED.match(line) else "published", "is relative (\u2026 ago)")
    text = _glued(line)
    label: StampLabel = "updated" if _UPDATED.match(text) else "published"
    dates: list[dt.date] = []
    problem = ""
    rest = text
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            found = _valid(int(match["year"]), month_number(match["month"]), int(match["day"]))
            if found:
                dates.append(found)
                rest = rest.replace(match[0], " ", 1)
    for match in _NUMERIC.finditer(rest):
        found, problem = _numeric_date(match)
        dates += [found] if found else []
        rest = rest.replace(match[0], " ", 1)
    rest = re.sub(r"\d{1,2}[:.]\d\d(?::\d\d)?|[+-]\d{1,2}(?::?\d\d)?\b|\d+", " ", rest)
    if re.search(r"[^\W\d_]{2,}", _STAMP_WORDS.sub(" ", rest)) or not (dates or problem):
        return None
    if problem and not dates:
        return Stamp(None, label, problem)
    return Stamp(FoundDate(min(dates).isoformat(), "day"), label)
