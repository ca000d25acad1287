"""A ship's name is no place or person. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A missile hit the cruiser Moskva off the coast.", "Moskva"),
        ("The Moskva cruiser had sixty launchers.", "Moskva"),
        ("Sea drones struck the landing ship “Olenegorsky Gornyak” at night.", "Olenegorsky Gornyak"),
        ("The frigate Admiral Makarov left port.", "Makarov"),
    ],
)
def test_a_ships_name_is_no_place_or_person(extract: Extract, text: str, name: str) -> None:
    assert not [m for m in extract(text) if m.kind in ("place", "person") and m.text in name]


def test_a_country_after_a_ship_word_stays_a_place(extract: Extract) -> None:
    mentions = extract("A tanker Russia chartered sailed from Odesa.")
    assert {m.entity for m in mentions if m.kind == "place"} == {"place/russia", "place/odesa"}
