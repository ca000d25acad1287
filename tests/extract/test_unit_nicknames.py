"""A formation known by a name without its number, and a formation with its nickname in quotation marks.
Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.unit_keys import catalogued_numbers, ordinal
from tests.extract.support import Extract, entities_of, real_catalogue


@pytest.mark.parametrize(("number", "written"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (12, "12th"), (414, "414th")])
def test_ordinals(number: int, written: str) -> None:
    assert ordinal(number) == written


def test_a_number_no_named_formation_holds_is_the_formation_known_by_its_nickname() -> None:
    numbers = catalogued_numbers(real_catalogue())
    assert numbers["unit/birds-of-magyar"] == ("414th", "brigade")
    # the 3rd Assault Brigade is named with its number: the National Guard's 3rd Spartan does not take it
    assert "unit/spartan-brigade" not in numbers


def test_a_formation_and_its_quoted_nickname_are_one_unit(extract: Extract) -> None:
    mentions = extract("Drone pilots of the 414th Brigade “Magyar's Birds” struck a depot near Pokrovsk.")
    assert entities_of(mentions, "414th Brigade") == {"unit/birds-of-magyar"}
    assert entities_of(mentions, "Magyar's Birds") == {"unit/birds-of-magyar"}


def test_a_long_type_name_before_the_nickname_is_the_same_unit(extract: Extract) -> None:
    mentions = extract(
        'The 414th Separate Unmanned Strike Aviation System Brigade "Magyar\'s Birds" hit a radar near Donetsk.'
    )
    assert entities_of(mentions, "414th Separate Unmanned Strike Aviation System Brigade") == {"unit/birds-of-magyar"}


def test_a_formation_in_brackets_after_another_is_its_parent_not_a_nickname(extract: Extract) -> None:
    mentions = extract(
        "Elements of the 9th Motorized Rifle Regiment (18th Motorized Rifle Division) attacked near Kreminna."
    )
    assert entities_of(mentions, "9th Motorized Rifle Regiment") != entities_of(
        mentions, "18th Motorized Rifle Division"
    )


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "A scout of the First Guards Tank Army spoke to reporters.",
            "First Guards Tank Army",
            "unit/1st-guards-tank-army",
        ),
        ("Marines and the Coastal Troops of the fleet lost men.", "Coastal Troops", "unit/coastal-troops"),
    ],
)
def test_a_spelled_out_number_and_an_arm_of_troops_are_units(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_nationalitys_troops_are_no_unit(extract: Extract) -> None:
    assert not [m for m in extract("Ukraine Drones Capture Russian Troops") if m.kind == "unit"]
