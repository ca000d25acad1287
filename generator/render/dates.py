"""Dates for people: '2 March 2025', 'March 2025', 'Date unknown'."""

from __future__ import annotations

import datetime as dt

from generator.vocabulary import MONTH_NAMES


def display_date(iso: str) -> str:
    if len(iso) == 10:
        day = dt.date.fromisoformat(iso)
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if len(iso) == 7:
        return f"{MONTH_NAMES[int(iso[5:]) - 1]} {iso[:4]}"
    return "Date unknown"


def month_heading(iso: str) -> str:
    return display_date(iso[:7]) if iso else "Undated"
