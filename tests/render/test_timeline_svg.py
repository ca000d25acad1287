"""The timeline: one bar per month with a count tooltip, labelled axes, theme colours, trusted dates."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from generator.graph.corpus import CorpusGraph, trusted_date
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.timeline_svg import month_range, timeline_svg, x_labels, y_ticks


def test_each_month_with_mentions_is_a_bar_with_its_count_as_tooltip() -> None:
    svg = timeline_svg(Counter({"2024-01": 3, "2024-03": 1}), title="Mentions of Kyiv per month")
    assert re.findall(r"<rect class=\"bar\"[^>]*><title>([^<]*)</title>", svg) == [
        "January 2024: 3 mentions",
        "March 2024: 1 mention",
    ]
    assert 'aria-label="Mentions of Kyiv per month: 4 from January 2024 to March 2024, most in January 2024 (3)"' in svg


def test_bars_take_their_colour_from_css_not_from_the_markup() -> None:
    svg = timeline_svg(Counter({"2024-01": 3}), title="t")
    assert "fill=" not in svg and "style=" not in svg


def test_axes_are_labelled() -> None:
    svg = timeline_svg(Counter({"2023-11": 8, "2024-02": 2}), title="t")
    labels = re.findall(r'<text class="axis"[^>]*>([^<]*)</text>', svg)
    assert labels == ["0", "4", "8", "Nov 2023", "Dec", "Jan 2024", "Feb"]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2024-03", "2024-05", ["Mar 2024", "Apr", "May"]),
        ("2022-02", "2023-01", ["Mar 2022", "May", "Jul", "Sep", "Nov", "Jan 2023"]),
        ("2014-01", "2025-12", ["2014", "2016", "2018", "2020", "2022", "2024"]),
    ],
)
def test_x_labels_are_few_and_carry_the_year_where_it_changes(first: str, last: str, expected: list[str]) -> None:
    labels = [label for _, label in x_labels(month_range(first, last))]
    assert labels == expected
    assert len(labels) <= 8


def test_y_ticks_are_zero_half_and_peak() -> None:
    assert y_ticks(1) == [0, 1]
    assert y_ticks(9) == [0, 4, 9]


def test_no_mentions_no_timeline() -> None:
    assert timeline_svg(Counter(), title="t") == ""


ARTICLE = Article("a", "A", "2024-05-01", "day", "", "", "", "seeds/a.txt", "", "Kyiv.", (), ())


@pytest.mark.parametrize(
    ("provenance", "trusted"),
    [("front matter", True), ("text", True), ("html metadata", True), ("inferred", False), ("missing", False)],
)
def test_only_stated_dates_are_trusted(provenance: str, trusted: bool) -> None:
    article = replace(ARTICLE, provenance=(("date", provenance),))  # type: ignore[arg-type]
    assert trusted_date(article) == ("2024-05-01" if trusted else "")


def test_timeline_leaves_out_articles_whose_date_was_guessed() -> None:
    stated = replace(ARTICLE, provenance=(("date", "text"),))
    guessed = replace(ARTICLE, id="b", date="2023-01-01", provenance=(("date", "inferred"),))
    mentions = tuple(Mention(a, "place/kyiv", "place", "Kyiv", 0, 4, 0, 5, "catalogue", 1.0) for a in ("a", "b"))
    index = CorpusGraph(KnowledgeBase((stated, guessed), (Entity("place/kyiv", "place", "Kyiv"),), mentions))
    assert index.months("place/kyiv") == Counter({"2024-05": 1})
    assert index.seen("place/kyiv") == ("2024-05-01", "2024-05-01")
