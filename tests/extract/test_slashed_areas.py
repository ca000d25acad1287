"""An area named before a slash shares the area word after it ("the Kharkiv/Sumy region"). Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Drones crossed the Kharkiv/Sumy region at night.", "Kharkiv", "Sumy region"),
        ("Shelling hit the Kherson/Zaporizhzhia oblast again.", "Kherson", "Zaporizhzhia oblast"),
    ],
)
def test_the_name_before_the_slash_is_an_oblast_too(extract: Extract, sentence: str, first: str, second: str) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, first) == {f"place/{first.lower()}-oblast"}
    assert entities_of(mentions, second) == {f"place/{second.split()[0].lower()}-oblast"}


def test_a_city_pair_without_an_area_word_stays_two_cities(extract: Extract) -> None:
    mentions = extract("Trains ran on the Kharkiv/Sumy line.")
    assert entities_of(mentions, "Kharkiv") == {"place/kharkiv"}
