"""A service named bare ("the National Guard", "the Air Force") is the one of the side whose forces its sentence
names; a country before it is an owner of its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "The freed men served in the Ukrainian Armed Forces, the National Guard and the Border Service.",
            "National Guard",
            "unit/national-guard-of-ukraine",
        ),
        (
            "Gunners of the 47th Mechanized Brigade and the Defence Forces held the bridge.",
            "Defence Forces",
            "unit/defence-forces-of-ukraine",
        ),
        (
            "National Guard units backed the 3rd Assault Brigade on the flank.",
            "National Guard",
            "unit/national-guard-of-ukraine",
        ),
    ],
)
def test_a_bare_service_takes_the_side_of_its_sentences_units(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor called out the National Guard after the floods in Ohio.",  # no unit in the sentence
        "The US National Guard trained soldiers of the 47th Mechanized Brigade.",  # an owner of its own
        "The 47th Mechanized Brigade fought on. The National Guard of Texas was not there.",  # another sentence
    ],
)
def test_no_side_no_service(extract: Extract, sentence: str) -> None:
    assert not [m for m in extract(sentence) if m.text == "National Guard"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Gunners of the 47th Mechanized Brigade watched the Air Force One landing.", "Air Force"),
        ("The 3rd Assault Brigade briefed the National Guard Bureau in Kyiv.", "National Guard"),
        ("Officers of the 47th Mechanized Brigade studied at the Air Force Academy.", "Air Force"),
    ],
)
def test_a_bare_service_inside_a_longer_name_is_no_service(extract: Extract, sentence: str, surface: str) -> None:
    assert not [m for m in extract(sentence) if m.kind == "unit" and m.text == surface]
