"""Mentions per month as an inline SVG bar chart (no script, works from file://).

Colours come from the theme's own CSS variables (sitrep-visuals.css), so the bars and axes
follow Material's light and dark schemes; each bar has a <title> (the browser's tooltip) with
its month and count, and the figure an aria-label that sums it up.
"""

from __future__ import annotations

import html
from collections import Counter

from markupsafe import Markup

from generator.vocabulary import MONTH_NAMES

LEFT, RIGHT, TOP, BOTTOM = 40, 8, 10, 26  # margins: y labels on the left, x labels below
MAX_X_LABELS = 8
STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between x labels


def month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def _month_name(month: str, *, short: bool = False) -> str:
    name = MONTH_NAMES[int(month[5:7]) - 1]
    return f"{name[:3] if short else name} {month[:4]}"


def x_labels(months: list[str]) -> list[tuple[int, str]]:
    """(index, label) for at most MAX_X_LABELS months: every month, every quarter, ... every
    decade; a month label carries its year on January and on the first label."""
    step = next((s for s in STEPS if -(-len(months) // s) <= MAX_X_LABELS), STEPS[-1])
    labels: list[tuple[int, str]] = []
    for index, month in enumerate(months):
        number, year = int(month[5:7]), int(month[:4])
        if step < 12 and (number - 1) % step == 0:
            short = MONTH_NAMES[number - 1][:3]
            labels.append((index, f"{short} {year}" if number == 1 or not labels else short))
        elif step >= 12 and number == 1 and year % (step // 12) == 0:
            labels.append((index, str(year)))
    return labels or [(0, _month_name(months[0], short=True))]


def y_ticks(peak: int) -> list[int]:
    return sorted({0, peak, *((peak // 2,) if peak >= 4 else ())})


def timeline_svg(per_month: Counter[str], *, title: str, width: int = 640, height: int = 150) -> Markup:
    """Every month from the first to the last mention, zeros included; empty when no month."""
    if not per_month:
        return Markup("")
    months = month_range(min(per_month), max(per_month))
    peak = max(per_month.values())
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM
    slot = plot_w / len(months)
    busiest = min(m for m in per_month if per_month[m] == peak)
    summary = (
        f"{title}: {sum(per_month.values())} from {_month_name(months[0])} to {_month_name(months[-1])}, "
        f"most in {_month_name(busiest)} ({peak})"
    )
    parts = [
        f'<svg class="sitrep-timeline" role="img" aria-label="{html.escape(summary)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{html.escape(summary)}</title>'
    ]
    for tick in y_ticks(peak):
        y = round(TOP + plot_h - plot_h * tick / peak, 1)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{width - RIGHT}" y1="{y}" y2="{y}"/>')
        parts.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4}" text-anchor="end">{tick}</text>')
    for index, month in enumerate(months):
        count = per_month.get(month, 0)
        if not count:
            continue
        bar_h = max(2.0, round(plot_h * count / peak, 1))
        x = round(LEFT + index * slot + slot * 0.1, 1)
        label = f"{_month_name(month)}: {count} mention{'s' if count != 1 else ''}"
        parts.append(
            f'<rect class="bar" x="{x}" y="{round(TOP + plot_h - bar_h, 1)}" width="{round(max(1.0, slot * 0.8), 1)}" '
            f'height="{bar_h}"><title>{label}</title></rect>'
        )
    for index, label in x_labels(months):
        x = round(LEFT + index * slot + slot / 2, 1)
        anchor = "start" if x < LEFT + 30 else "end" if x > width - 30 else "middle"  # stay inside the drawing
        x = (
            round(LEFT + index * slot, 1)
            if anchor == "start"
            else round(LEFT + (index + 1) * slot, 1)
            if anchor == "end"
            else x
        )
        parts.append(f'<text class="axis" x="{x}" y="{height - 8}" text-anchor="{anchor}">{label}</text>')
    parts.append("</svg>")
    return Markup("\n".join(p for p in parts if p))  # one element a line: readable pages, no blank line
