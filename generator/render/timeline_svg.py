"""A small bar chart of mentions per month, as inline SVG (no script, works from file://)."""

from __future__ import annotations

import html
from collections import Counter

from markupsafe import Markup


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def timeline_svg(per_month: Counter[str], *, title: str, width: int = 640, height: int = 120) -> Markup:
    """Every month from the first to the last mention, zeros included."""
    if not per_month:
        return Markup("")
    months = _month_range(min(per_month), max(per_month))
    peak = max(per_month.values())
    bar = max(2.0, (width - 40) / len(months))
    chart_height = height - 30
    parts = [
        f'<svg class="sitrep-timeline" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f"<title>{html.escape(title)}</title>",
    ]
    for index, month in enumerate(months):
        count = per_month.get(month, 0)
        bar_height = round(chart_height * count / peak, 1)
        x = round(20 + index * bar, 1)
        parts.append(
            f'<rect class="bar" x="{x}" y="{round(chart_height - bar_height + 5, 1)}" width="{round(bar * 0.8, 1)}" '
            f'height="{bar_height}"><title>{month}: {count} mention{"s" if count != 1 else ""}</title></rect>'
        )
    parts.append(f'<text x="20" y="{height - 6}" class="axis">{months[0]}</text>')
    if len(months) > 1:
        parts.append(f'<text x="{width - 20}" y="{height - 6}" text-anchor="end" class="axis">{months[-1]}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
