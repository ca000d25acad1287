"""Facilities are places of their own: named after a town with a number, or catalogued plants.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Drones hit an ammunition depot at Engels-2 air base overnight.", "Engels-2"),
        ("Satellite images show bombers parked at Engels-2.", "Engels-2"),
    ],
)
def test_a_town_with_a_number_is_a_facility_not_the_town(extract: Extract, sentence: str, surface: str) -> None:
    assert entities_of(extract(sentence), surface) == {"place/engels-2"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Russia launched Geran-2 drones at Kharkiv.", "Geran-2", "weapon/shahed-136"),
        ("Residents of Engels heard explosions near the air base.", "Engels", "place/engels"),
    ],
)
def test_weapons_with_numbers_and_the_bare_town_are_unchanged(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize("surface", ["Zaporizhzhia nuclear plant", "Zaporizhzhia Nuclear Power Plant", "ZNPP"])
def test_a_catalogued_power_plant_is_one_place_not_its_city(extract: Extract, surface: str) -> None:
    mentions = extract(f"Inspectors visited the {surface} on Monday.")
    assert entities_of(mentions, surface) == {"place/zaporizhzhia-nuclear-power-plant"}
    assert not entities_of(mentions, "Zaporizhzhia")


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "Engineers said the Zaporozhye NPP lost outside power again.",
            "Zaporozhye NPP",
            "zaporizhzhia-nuclear-power-plant",
        ),
        (
            "Shelling near the Zaporozhye nuclear facility was reported.",
            "Zaporozhye nuclear facility",
            "zaporizhzhia-nuclear-power-plant",
        ),
        ("Fighting reached the Avdeevka Coke Plant by evening.", "Avdeevka Coke Plant", "avdiivka-coke-plant"),
    ],
)
def test_a_facility_named_after_a_town_is_named_under_the_towns_every_spelling(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, surface) == {f"place/{entity}"}
    assert not entities_of(mentions, surface.split()[0])
