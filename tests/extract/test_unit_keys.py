"""Numbered formations named with their honorific: found by the unit pattern, resolved to the
catalogue by number, honorific and echelon, new units otherwise. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.catalogue import Entry, load_catalogue
from generator.extract import Engine
from generator.extract.patterns import unit_candidates
from generator.extract.unit_keys import catalogued_number, honorific_index, honorific_key, number_and_echelon
from tests.extract.support import Extract, make_article


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Elements of the 1st Slavyansk Motorized Rifle Brigade attacked.", ["1st Slavyansk Motor Rifle Brigade"]),
        ("The 4th Guards Kantemirovskaya Tank Division moved west.", ["4th Guards Kantemirovskaya Tank Division"]),
        ("Drones of the 93rd Kholodnyi Yar Mechanized Brigade struck.", ["93rd Kholodnyi Yar Mechanized Brigade"]),
        ("The 999th Zorya-Vostok Motorized Rifle Regiment held.", ["999th Zorya-Vostok Motor Rifle Regiment"]),
        # or last, right before the type, after a unit word
        ("A soldier of the 5th Separate Slobozhanska Brigade said.", ["5th Slobozhanska Brigade"]),
        ("The 999th Guards Zorya-Vostok Division held.", ["999th Guards Zorya-Vostok Division"]),
    ],
)
def test_an_honorific_between_the_number_and_the_unit_words_is_part_of_the_name(text: str, names: list[str]) -> None:
    assert [n.name for c in unit_candidates(text) for n in c.new] == names


@pytest.mark.parametrize(
    "text",
    [
        "the 6th Russian Motor Rifle Brigade",  # a nationality is not an honorific
        "the 3rd Separate Russian Brigade",  # nor last, before the type
        "on the 3rd Pokrovsk Brigade",  # an honorific needs a unit word after it
    ],
)
def test_no_honorific_without_a_name_and_a_unit_word_after_it(text: str) -> None:
    assert unit_candidates(text) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("1st Slavyansk Motor Rifle Brigade", "1st slavyansk brigade"),
        ("93rd Kholodnyi Yar Mechanized Brigade", "93rd kholodnyi yar brigade"),
        ("78th Sever-Akhmat Motor Rifle Regiment", "78th sever-akhmat regiment"),
        ("42nd Motor Rifle Division", ""),  # no honorific
        ("Black Sea Fleet", ""),  # no number
    ],
)
def test_honorific_key_keeps_number_honorific_and_echelon(name: str, key: str) -> None:
    assert honorific_key(name) == key


def test_catalogue_formations_are_indexed_by_their_honorific() -> None:
    index = honorific_index(load_catalogue(Path("catalogue")))
    assert index["1st slavyansk brigade"] == "unit/1st-slavic-brigade"
    assert index["93rd kholodnyi yar brigade"] == "unit/93rd-mechanized-brigade"


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("1st Slavyansk Motorized Rifle Brigade", "unit/1st-slavic-brigade"),
        ("93rd Kholodnyi Yar Mechanized Brigade", "unit/93rd-mechanized-brigade"),
        ("4th Guards Kantemirovskaya Tank Division", "unit/4th-guards-tank-division"),
    ],
)
def test_honorific_formations_resolve_to_the_catalogue(extract: Extract, surface: str, entity: str) -> None:
    mentions = extract(f"Soldiers of the {surface} fought near Avdiivka on Tuesday.")
    assert [m.entity for m in mentions if m.text == surface] == [entity]


def test_an_unknown_honorific_formation_becomes_a_new_unit(engine: Engine) -> None:
    surface = "999th Zorya-Vostok Motorized Rifle Regiment"
    extraction = engine.extract(make_article(f"Drone operators of the {surface} struck near Avdiivka."))
    found = [m.entity for m in extraction.mentions if m.text == surface]
    assert found == ["unit/999th-zorya-vostok-motor-rifle-regiment"]


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("20th Combined Army", "unit/20th-guards-combined-arms-army"),  # "Arms" left out
        ("20th Guards Combined Army", "unit/20th-guards-combined-arms-army"),
        ("8th Combined Arms Army", "unit/8th-guards-combined-arms-army"),
    ],
)
def test_a_combined_arms_army_without_arms_is_still_that_army(extract: Extract, surface: str, entity: str) -> None:
    assert [m.entity for m in extract(f"Elements of the {surface} [CAA] attacked.") if m.text == surface] == [entity]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("59th Assault Brigade", ("59th", "brigade")),
        ("the 59th Brigade", None),  # the number must start the name
        ("59th Brigades", None),  # a plural is a list, not a formation
        ("58th Combined Arms Army", ("58th", "army")),
        ("59th", None),
        ("12345th Brigade", None),
    ],
)
def test_a_formation_name_gives_its_number_and_echelon(name: str, expected: tuple[str, str] | None) -> None:
    assert number_and_echelon(name) == expected


def test_a_catalogued_formation_takes_its_number_from_its_name_and_its_echelon_from_its_facts() -> None:
    brigade = Entry(id="unit/x", kind="unit", name="47th Mechanized Brigade", facts=(("Echelon", "Brigade"),))
    assert catalogued_number(brigade) == ("47th", "brigade")
    assert catalogued_number(Entry(id="unit/y", kind="unit", name="47th Mechanized Brigade")) is None  # no echelon
    street = Entry(id="place/z", kind="place", name="1st Street", facts=(("Echelon", "Brigade"),))
    assert catalogued_number(street) is None


@pytest.mark.parametrize(
    "text", ["The 152nd Jäger Brigade held the line.", "Fighters of the 999th Jager Brigade withdrew."]
)
def test_a_jaeger_brigade_spelled_with_an_umlaut_or_without_the_e_is_a_unit(text: str) -> None:
    assert [n.kind for c in unit_candidates(text) for n in c.new] == ["unit"]


def test_a_catalogued_jaeger_brigade_spelled_with_an_umlaut_is_the_catalogued_one(extract: Extract) -> None:
    mentions = extract("Soldiers of the 68th Jäger Brigade came back from the front.")
    assert {m.entity for m in mentions if m.kind == "unit"} == {"unit/68th-jaeger-brigade"}
