"""A weapon designator's grammar: letters, hyphen, number, with the system's name on either side.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Two Ukrainian-made Neptune R-360 missiles struck the cruiser.", "Neptune R-360"),
        ("The battery fired an R-360 Neptune at the landing ship.", "R-360 Neptune"),
        ("A new RK-360 Neptune battery was deployed near Odesa.", "RK-360 Neptune"),
    ],
)
def test_a_designator_and_the_name_of_its_system_are_one_mention(extract: Extract, text: str, surface: str) -> None:
    mentions = extract(text)
    assert entities_of(mentions, surface) == {"weapon/r-360-neptune"}
    assert [m.text for m in mentions if m.kind == "weapon"] == [surface]


def test_a_designator_extending_a_catalogued_one_is_its_variant_beside_a_weapon_word(extract: Extract) -> None:
    mentions = extract("The RK-360 coastal missile system was moved south.")
    assert entities_of(mentions, "RK-360") == {"weapon/r-360-neptune"}


def test_an_uncatalogued_designator_before_a_weapon_word_is_a_new_weapon(extract: Extract) -> None:
    mentions = extract("Each battery has four USPU-360 launchers and a command vehicle.")
    assert entities_of(mentions, "USPU-360") == {"weapon/uspu-360"}


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the M-03 highway was stopped for hours.",
        "Flight PS-752 was shot down over Tehran in 2020.",
        "Leaders met at the G-20 summit, where missiles were discussed.",
        "The convoy used the H-20 road to bring tanks closer.",
    ],
)
def test_a_designator_without_a_weapon_word_after_it_is_no_weapon(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "weapon"]


def test_a_family_designator_is_its_one_catalogued_variant_named_in_the_article(extract: Extract) -> None:
    mentions = extract(
        "Satellite images show a Tu-95 and a Tu-22M3 at the airfield. The Tu-22 and the Tu-95 fly from there."
    )
    assert entities_of(mentions, "Tu-22") == {"weapon/tu-22m3"}
    assert entities_of(mentions, "Tu-22M3") == {"weapon/tu-22m3"}


def test_a_family_designator_before_a_weapon_word_is_its_catalogued_variant(extract: Extract) -> None:
    mentions = extract("Two Tu-22 bombers took off from the base in the north.")
    assert entities_of(mentions, "Tu-22") == {"weapon/tu-22m3"}


def test_a_family_designator_alone_stays_as_written(extract: Extract) -> None:
    mentions = extract("The old Tu-22 was retired decades ago.")
    assert entities_of(mentions, "Tu-22") != {"weapon/tu-22m3"}
