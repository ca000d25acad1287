"""A numbered formation named short ("the 25th Brigade", "the 76th Guards Division") is the unit of the same
article it shortens, or else the one catalogued formation it shortens when the short name keeps a word
besides number and echelon, or its paragraph names the formation's parent. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.unit_short_forms import name_words
from tests.extract.support import Extract


def units(mentions: tuple) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(m.text, m.entity) for m in mentions if m.kind == "unit"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a catalogued unit named in full, then short
            ("The 25th Airborne Brigade held the ridge.", "By dawn the 25th Brigade had withdrawn."),
            [("25th Airborne Brigade", "unit/25th-airborne-brigade"), ("25th Brigade", "unit/25th-airborne-brigade")],
        ),
        (  # a unit the catalogue does not know, named in full, then short: one new entity
            ("The 911th Coastal Defense Brigade dug in.", "Later the 911th Brigade moved north."),
            [
                ("911th Coastal Defense Brigade", "unit/911th-coastal-defense-brigade"),
                ("911th Brigade", "unit/911th-coastal-defense-brigade"),
            ],
        ),
        (  # "Guards" is a word of the name: the one catalogued 76th division that has it
            ("Paratroopers of the 76th Guards Division were moved south.",),
            [("76th Guards Division", "unit/76th-guards-air-assault-division")],
        ),
        (  # two units of that number in the article: the short form says neither
            ("Russia's 155th Brigade met Ukraine's 155th Brigade.", "The 155th Brigade withdrew."),
            [
                ("155th Brigade", "unit/155th-naval-infantry-brigade"),
                ("155th Brigade", "unit/155th-mechanized-brigade"),
                ("155th Brigade", "unit/155th-brigade"),
            ],
        ),
        (  # number and echelon alone, no side, nothing else in the article: a new unit
            ("The 59th Brigade held Pokrovsk.",),
            [("59th Brigade", "unit/59th-brigade")],
        ),
        (  # a word the catalogued formations of that number do not have: a new unit
            ("The 76th Tank Division was seen near Kursk.",),
            [("76th Tank Division", "unit/76th-tank-division")],
        ),
    ],
)
def test_a_short_form_is_the_unit_it_shortens(
    extract: Extract, paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert units(extract(*paragraphs)) == expected


def test_a_bare_number_takes_the_formation_whose_parent_the_paragraph_names(extract: Extract) -> None:
    mentions = extract("The VDV has grown in importance, and elements of its 76th and 106th divisions were sent.")
    assert units(mentions) == [
        ("VDV", "unit/russian-airborne-forces"),
        ("76th and 106th divisions", "unit/106th-guards-airborne-division"),
        ("76th and 106th divisions", "unit/76th-guards-air-assault-division"),
    ]


def test_a_bare_number_without_its_parent_in_the_paragraph_stays_new(extract: Extract) -> None:
    mentions = extract("The VDV has grown in importance.", "Elements of its 76th and 106th divisions were sent.")
    assert [e for _, e in units(mentions)][1:] == ["unit/106th-division", "unit/76th-division"]


def test_name_words_keep_guards_and_normalise_spellings() -> None:
    assert name_words("42nd Guards Motorized Rifle Division") >= {"42nd", "guards", "motor", "rifle", "division"}
    assert "separate" not in name_words("5th Separate Assault Brigade")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the branch's acronym where the full name has its type words, before a lower-case echelon
            "Paratroopers of the 247th VDV regiment moved up to the village.",
            [("247th VDV regiment", "unit/247th-guards-air-assault-regiment")],
        ),
        (  # the same in capitals
            "The 331st VDV Regiment lost two armoured vehicles.",
            [("331st VDV Regiment", "unit/331st-guards-airborne-regiment")],
        ),
        (  # capitalised unit words before a lower-case echelon
            "The 93rd Mechanized brigade held the road.",
            [("93rd Mechanized brigade", "unit/93rd-mechanized-brigade")],
        ),
    ],
)
def test_a_formation_named_by_its_branch_is_the_catalogued_one(
    extract: Extract, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert units(extract(sentence)) == expected


def test_a_branch_word_alone_does_not_pick_between_two_formations(extract: Extract) -> None:
    # no catalogued 999th: the name stays a new unit of its own
    assert units(extract("The 999th VDV regiment arrived.")) == [("999th VDV regiment", "unit/999th-vdv-regiment")]
