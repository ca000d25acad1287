"""Not an article: too short, or no sentence at all; each reason says what to do."""

from __future__ import annotations

import pytest

from generator.ingest.sense import MIN_WORDS, not_an_article


@pytest.mark.parametrize(
    "body",
    [
        "Explosions heard in Kharkiv tonight. Air defence is working, stay in shelters, the mayor said.",
        "Ukraine's air force said it shot down 42 of 50 drones launched overnight on 7 March 2024.",
        "“We will not give up Pokrovsk,” the commander told reporters on Tuesday in a short statement.",
        "**Russian forces continued offensive operations in northern Sumy Oblast but did not advance.**\n\n- item",
        "Russian forces attacked in Kursk and Sumy oblasts on February 20 and 21.[[xxxv]](https://example.org/#n35)",
    ],
)
def test_short_prose_is_an_article(body: str) -> None:
    assert not_an_article(body) == ""


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("todo: check this", f"fewer than {MIN_WORDS}"),
        ("Kherson notes", f"fewer than {MIN_WORDS}"),
        (
            "Kyiv\n\nKharkiv\n\nOdesa\n\nDnipro\n\nLviv\n\nZaporizhzhia\n\nMykolaiv\n\nSumy\n\nPoltava\n\nChernihiv\n\nRivne\n\nLutsk",
            "no sentence",
        ),
        (
            "- https://example.com/a\n- https://example.com/b\n- https://example.com/c\n- https://example.com/d " * 4,
            "no sentence",
        ),
    ],
)
def test_notes_and_lists_are_not_articles(body: str, reason: str) -> None:
    message = not_an_article(body)
    assert message.startswith("not an article") and reason in message
    assert "seeds/" in message  # says what to do
