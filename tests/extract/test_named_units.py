"""Named units with a lower-case "unit" ("the Thor unit") and Ukraine's operational commands by their
short names ("the Southern Command"). Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.named_units import named_unit_candidates
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Thor unit, which flies drones, attacked.", ["Thor unit"]),
        ("Ukraine’s Omega unit struck a depot.", ["Omega unit"]),
        ("A pilot of the Ukrainian Achilles unit said.", ["Achilles unit"]),
        ("The Ukrainian unit withdrew.", []),  # a nationality, not a name
        ("The Special unit withdrew.", []),  # a unit word
        ("The Kyiv Omega unit", []),  # only a nationality may stand before the name
        ("a Thor unit", []),  # no determiner: not a name
        ("The Thor unit-level drills", []),
        ("the May unit", []),  # a month
    ],
)
def test_a_capitalised_name_before_unit_is_a_named_unit(text: str, names: list[str]) -> None:
    assert [n.name for c in named_unit_candidates(text) for n in c.new] == names


def test_a_named_unit_becomes_a_new_unit(extract: Extract) -> None:
    assert entities_of(extract("The Thor unit is attacking Russian positions."), "Thor unit") == {"unit/thor-unit"}


def test_a_catalogued_name_before_unit_keeps_its_own_reading(extract: Extract) -> None:
    mentions = extract("The Kharkiv unit was moved south.")
    assert entities_of(mentions, "Kharkiv") == {"place/kharkiv"}
    assert not [m for m in mentions if m.kind == "unit"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Natalia Humeniuk, a spokeswoman for the Southern Command, told Kyiv television.",
            "Southern Command",
            "unit/operational-command-south",
        ),
        ("Ukraine's Northern Command said shelling continued.", "Northern Command", "unit/operational-command-north"),
        ("The US Southern Command in Miami said.", "US Southern Command", "unit/united-states-southern-command"),
    ],
)
def test_a_commands_short_name_is_ukraines_with_a_ukrainian_word(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_southern_command_without_ukrainian_context_is_not_ukraines(extract: Extract) -> None:
    assert not [m for m in extract("The Southern Command held drills in Panama.") if m.kind == "unit"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "The attack was repelled by the “Southern” group of forces.",
            "“Southern” group of forces",
            "unit/yug-group-of-forces",
        ),
        ('Units of the "Dnepr" grouping held the bank.', '"Dnepr" grouping', "unit/dnepr-group-of-forces"),
        ("The “Kursk” group of forces was formed.", "“Kursk” group of forces", "unit/kursk-group-of-forces"),
    ],
)
def test_a_group_of_forces_named_in_quotation_marks(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_quoted_word_before_another_group_is_no_unit(extract: Extract) -> None:
    assert not [m for m in extract("The “Friends” group of countries met.") if m.kind == "unit"]


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "A spokesman for the Khortytsia operational-strategic group of troops said so.",
            "Khortytsia operational-strategic group of troops",
            "unit/khortytsia-operational-strategic-group",
        ),
        (
            "The Tavria operational and strategic group reported 40 clashes.",
            "Tavria operational and strategic group",
            "unit/tavria-operational-strategic-group",
        ),
        ("The Vostok battlegroup claimed a village.", "Vostok battlegroup", "unit/vostok-group-of-forces"),
    ],
)
def test_a_groupings_short_name_takes_the_words_that_say_what_it_is(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_a_mercenary_group_is_not_a_grouping_of_forces(extract: Extract) -> None:
    assert entities_of(extract("Wagner group fighters crossed the border."), "Wagner") == {"unit/wagner-group"}


def test_a_detachment_named_by_two_words_with_its_arm_in_lower_case_is_a_unit(extract: Extract) -> None:
    mentions = extract("Operators of the Russian Grey Owl drone detachment struck positions near Kupiansk.")
    assert entities_of(mentions, "Grey Owl drone detachment") == {"unit/grey-owl-drone-detachment"}


def test_a_nationalitys_battalion_is_no_named_unit(extract: Extract) -> None:
    assert not [
        m for m in extract("The Ukrainian battalion held the Russian assault battalion back.") if m.kind == "unit"
    ]


def test_a_defined_name_before_troops_is_a_unit(extract: Extract) -> None:
    mentions = extract(
        "Sokol Dalny Orlov (SDO) drone operators of a Russian battalion struck a bridge.",
        "SDO crews later hit a depot.",
    )
    assert {m.entity for m in mentions if m.text in ("Sokol Dalny Orlov", "SDO")} == {"unit/sokol-dalny-orlov"}


def test_a_defined_name_before_anything_else_stays_an_organization(extract: Extract) -> None:
    mentions = extract("Sokol Dalny Orlov (SDO) published a report on losses.")
    assert {m.kind for m in mentions if m.text == "Sokol Dalny Orlov"} == {"organization"}
