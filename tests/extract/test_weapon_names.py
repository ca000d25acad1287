"""Weapons named by the class after them, and a designator with its quoted nickname as one mention.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Washington would not supply sought-after Tomahawk cruise missiles to Kyiv.", "Tomahawk", "weapon/tomahawk"),
        ("Norway pledged Kongsberg anti-ship missiles on Friday.", "Kongsberg", "weapon/kongsberg"),
        ("Madrid sent Aspide air defence systems last year.", "Aspide", "weapon/aspide"),
        ("Sweden may send Gripen fighter jets.", "Gripen", "weapon/jas-39-gripen"),
    ],
)
def test_a_name_before_a_weapon_class_is_a_weapon(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Russian cruise missiles hit Lviv overnight.", "Russian"),
        ("Soviet-era air defence systems were moved east.", "Soviet-era"),
        ("In March ballistic missiles struck Dnipro.", "March"),
        ("NATO air defence systems protect the airport.", "NATO"),
        ("Several attack drones were shot down.", "Several"),
    ],
)
def test_demonyms_dates_and_known_entities_before_a_weapon_class_are_not_weapons(
    extract: Extract, text: str, surface: str
) -> None:
    assert not any(m.kind == "weapon" for m in extract(text) if m.text == surface)


def test_a_designator_and_its_quoted_nickname_are_one_mention(extract: Extract) -> None:
    mentions = extract(
        "Ukrainian-made FP-5 “Flamingo” missiles struck a plant. The Flamingo entered production in 2025."
    )
    assert entities_of(mentions, "FP-5 “Flamingo”") == {"weapon/fp-5-flamingo"}
    assert not [m for m in mentions if m.text == "FP-5"]


def test_an_uncatalogued_designator_with_a_nickname_is_a_new_weapon(extract: Extract) -> None:
    mentions = extract('Engineers tested the new RK-77 "Sokil" missile near Odesa.')
    assert entities_of(mentions, 'RK-77 "Sokil"') == {"weapon/rk-77-sokil"}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Kyiv fired the MGM-140 Army Tactical Missile System at a depot.",
            "MGM-140 Army Tactical Missile System",
            "weapon/atacms",
        ),
        (
            "An M142 High Mobility Artillery Rocket System was hit.",
            "M142 High Mobility Artillery Rocket System",
            "weapon/himars",
        ),
    ],
)
def test_a_designator_before_the_spelled_out_name_is_one_mention(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    weapons = [(m.text, m.entity) for m in extract(text) if m.kind == "weapon"]
    assert weapons == [(surface, entity)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "two Iskander-M/KN-23 ballistic missiles",
            [("Iskander-M", "weapon/9k720-iskander"), ("KN-23", "weapon/kn-23")],
        ),
        ("The 2S6M/M1 was hit.", [("2S6M", "weapon/2k22-tunguska")]),  # a variant suffix, not the Abrams
    ],
)
def test_a_second_system_after_a_slash_is_its_own_mention(
    extract: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.entity) for m in extract(text) if m.kind == "weapon"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has used at least 1961 shahed drones.", [("shahed", "weapon/shahed-136")]),
        ("They fired grad rockets at the town.", [("grad", "weapon/bm-21-grad")]),
        ("The storm drones and attack drones flew.", []),  # a word the class does not make a name
        ("A shahed was seen.", []),  # lower case without its class: not a name
    ],
)
def test_a_catalogued_name_in_lower_case_before_its_class(
    extract: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.entity) for m in extract(text) if m.kind == "weapon"] == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("The package holds rockets for the MLRS M270 and more shells.", "MLRS M270", "weapon/m270-mlrs"),
        ("Air defence downed a Kh-47 Kinzhal over the capital.", "Kh-47 Kinzhal", "weapon/kh-47m2-kinzhal"),
        ("The package also holds Javelin anti-tank systems.", "Javelin", "weapon/fgm-148-javelin"),
    ],
)
def test_class_acronyms_stem_designators_and_class_words_around_a_catalogued_weapon(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert [(m.text, m.entity) for m in extract(sentence) if m.kind == "weapon"] == [(surface, entity)]


def test_a_designator_that_is_not_the_systems_stem_stays_apart(extract: Extract) -> None:
    found = [(m.text, m.entity) for m in extract("A Kh-4 Kinzhal, the post said.") if m.kind == "weapon"]
    assert ("Kh-4 Kinzhal", "weapon/kh-47m2-kinzhal") not in found


def test_a_system_as_the_type_of_a_class_is_one_mention_and_no_organization(extract: Extract) -> None:
    mentions = extract('"Movement of Shahed-type attack UAVs towards the Kyiv region," the Air Force said.')
    assert [(m.text, m.entity) for m in mentions if m.kind in ("weapon", "organization")] == [
        ("Shahed-type", "weapon/shahed-136")
    ]


def test_a_list_of_types_keeps_the_names_alone(extract: Extract) -> None:
    mentions = extract("Russia launched 408 Shahed-type, Gerbera-type, and other drones.")
    assert ("Shahed", "weapon/shahed-136") in [(m.text, m.entity) for m in mentions]
