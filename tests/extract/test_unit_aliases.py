"""ISW's forms of formations the catalogue names otherwise: groupings of forces, VDV brigades, the
BARS reserve and its numbered detachments, numbers without a suffix, and the side of a numbered
corps both armies have, told by the formations bracketed with it. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.patterns import named_battalion_candidates, ordinal, unit_candidates
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("Western Grouping of Forces", "unit/zapad-group-of-forces"),
        ("Eastern Grouping of Forces", "unit/vostok-group-of-forces"),
        ("Dnepr Grouping of Forces", "unit/dnepr-group-of-forces"),
        ("Russian Combat Army Reserve", "unit/combat-army-reserve-of-the-country"),
        ("Russian Combat Army Reserves", "unit/combat-army-reserve-of-the-country"),
        ("Battlegroup East", "unit/vostok-group-of-forces"),  # TASS's English names
        ("Battlegroup South", "unit/yug-group-of-forces"),
        ("Battlegroup Dnepr", "unit/dnepr-group-of-forces"),
    ],
)
def test_isw_names_of_groupings_and_the_bars_reserve_resolve(extract: Extract, surface: str, entity: str) -> None:
    mentions = extract(f"Elements of the {surface} reportedly attacked near Pokrovsk on Tuesday.")
    assert entities_of(mentions, surface) == {entity}


def test_an_airborne_vdv_brigade_is_the_catalogued_air_assault_brigade(extract: Extract) -> None:
    mentions = extract("Drone operators of the 11th Airborne (VDV) Brigade are striking positions near Kupyansk.")
    assert entities_of(mentions, "11th Airborne (VDV) Brigade") == {"unit/11th-guards-air-assault-brigade"}


def test_a_vdv_division_keeps_its_airborne_name() -> None:
    (candidate,) = unit_candidates("the 7th Airborne (VDV) Division attacked")
    assert [n.name for n in candidate.new] == ["7th Airborne Division"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("operators of the BARS-31 Detachment struck", "BARS-31 Detachment"),
        ("the BARS-8 Khabarovsk Detachment is striking", "BARS-8 Khabarovsk Detachment"),
        ("the Grachi Detachment is operating", "Grachi Detachment"),
    ],
)
def test_named_detachments_may_carry_an_acronym_and_number(text: str, name: str) -> None:
    (candidate,) = named_battalion_candidates(text)
    assert [n.name for n in candidate.new] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("soldiers of the 117 Territorial Defence Brigade said", "117th Territorial Defense Brigade"),
        ("the 22 Mechanized Brigade held", "22nd Mechanized Brigade"),
        ("the 93 Mechanized Brigade held", "93rd Mechanized Brigade"),
    ],
)
def test_a_number_without_its_suffix_before_unit_words_is_a_formation(text: str, name: str) -> None:
    assert [n.name for c in unit_candidates(text) for n in c.new] == [name]


@pytest.mark.parametrize(
    "text",
    ["In 2024 Motorized Rifle units", "some 1,200 Tank Brigade troops", "paid $300 Tank Division", "the 5 Brigade"],
)
def test_years_amounts_and_bare_unit_types_are_not_bare_number_formations(text: str) -> None:
    assert [c for c in unit_candidates(text) if c.confidence == 0.8] == []


@pytest.mark.parametrize(("number", "expected"), [("1", "1st"), ("11", "11th"), ("112", "112th"), ("23", "23rd")])
def test_ordinal_suffixes(number: str, expected: str) -> None:
    assert ordinal(number) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Drone operators of the 1008th Motorized Rifle Regiment (6th Motorized Rifle Division, 3rd Army Corps "
            "[AC], under operational control of the Southern Grouping of Forces) struck a depot.",
            "unit/3rd-army-corps-russia",
        ),
        ("The 3rd Army Corps (Southern Military District) attacked near Siversk.", "unit/3rd-army-corps-russia"),
        ("Ukraine's 3rd Army Corps repelled the Russian 20th CAA near Lyman.", "unit/3rd-army-corps"),
        ("The 3rd Army Corps said it held the line near Borova.", "unit/3rd-army-corps"),
    ],
)
def test_a_corps_both_armies_number_takes_the_side_of_its_bracketed_formations(
    extract: Extract, text: str, entity: str
) -> None:
    assert entities_of(extract(text), "3rd Army Corps") == {entity}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Ukraine’s Air Force said it had shot down 40 drones.", "Air Force", "unit/ukrainian-air-force"),
        ("The US Air Force trains pilots; Ukraine waits.", "US Air Force", "unit/united-states-air-force"),
        ("RAF jets flew over the Baltic.", "RAF", "unit/royal-air-force"),
    ],
)
def test_a_bare_air_force_is_ukraines_only_where_the_paragraph_is_about_ukraine(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_bare_air_force_with_no_ukrainian_context_is_no_mention(extract: Extract) -> None:
    assert not [m for m in extract("The Air Force held a parade in Texas.") if m.text == "Air Force"]


def test_starlink_is_a_service_not_an_organization(extract: Extract) -> None:
    assert not [m for m in extract("Troops rely on Starlink terminals near Pokrovsk.") if m.text == "Starlink"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Ukraine’s Land Forces said helicopters shot down drones.", "Land Forces", "unit/ukrainian-ground-forces"),
        ("Army Aviation crews of the Ukrainian army downed drones.", "Army Aviation", "unit/ukrainian-army-aviation"),
        (
            "The Ukrainian Defence Forces repelled 40 assaults.",
            "Ukrainian Defence Forces",
            "unit/defence-forces-of-ukraine",
        ),
        (
            "Kyiv said the Defense Forces of Ukraine held.",
            "Defense Forces of Ukraine",
            "unit/defence-forces-of-ukraine",
        ),
    ],
)
def test_ukraines_service_branches_by_their_bare_names_where_the_paragraph_is_ukrainian(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize("surface", ["Land Forces", "Army Aviation", "Defence Forces"])
def test_a_bare_service_branch_with_no_ukrainian_context_is_no_mention(extract: Extract, surface: str) -> None:
    assert not [m for m in extract(f"The {surface} held a parade in Texas.") if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Fighters of the Azov brigade held the line.", "Azov brigade", "unit/12th-azov-brigade"),
        ("The Kraken regiment said it struck a depot.", "Kraken regiment", "unit/kraken-special-unit"),
    ],
)
def test_a_named_formation_with_its_type_in_lower_case_is_one_mention(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_number_and_a_lower_case_type_is_still_no_catalogued_alias(extract: Extract) -> None:
    assert not [m for m in extract("In the 20th century army life was hard.") if m.kind == "unit"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Elements of the LNR AC attacked near Kreminna.", "LNR AC", "unit/3rd-guards-combined-arms-army"),
        ("Elements of the DNR AC attacked near Pokrovsk.", "DNR AC", "unit/51st-guards-combined-arms-army"),
        (
            "Drone crews of the Sever-Akhmat Motorized Rifle Regiment struck a car.",
            "Sever-Akhmat Motorized Rifle Regiment",
            "unit/78th-sever-akhmat-motorized-rifle-regiment",
        ),
        (
            "He commanded the Donetsk operational and tactical group until May.",
            "Donetsk operational and tactical group",
            "unit/donetsk-operational-tactical-group",
        ),
    ],
)
def test_catalogued_short_names_of_corps_regiments_and_groups(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    mentions = extract(text)
    assert entities_of(mentions, surface) == {entity}
    assert not any(m.kind == "place" and m.text in ("LNR", "DNR") for m in mentions)


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("The brigades “Spartan” and “Red viburnum” advanced.", "Red viburnum", "unit/chervona-kalyna-brigade"),
        ("Once-elite Russian VDV troops were sent to Bakhmut.", "VDV", "unit/russian-airborne-forces"),
    ],
)
def test_translated_names_and_acronyms_after_a_demonym(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_shrub_is_no_brigade(extract: Extract) -> None:
    assert not [m for m in extract("Red viburnum grows along the river.") if m.kind == "unit"]


def test_a_bare_national_guard_is_ukraines_beside_its_brigades(extract: Extract) -> None:
    mentions = extract(
        "The “Azov” brigade of the National Guard returned to the front near Kreminna.",
        "Mortar units of the National Guard supported the Defense Forces near Urozhaine.",
    )
    assert entities_of(mentions, "National Guard") == {"unit/national-guard-of-ukraine"}
    assert entities_of(mentions, "Defense Forces") == {"unit/defence-forces-of-ukraine"}


@pytest.mark.parametrize(
    "text",
    ["He served in the Massachusetts Air National Guard before the leak.", "Strikes hit one National Guard brigade."],
)
def test_a_national_guard_without_ukraines_brigades_is_no_unit(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "unit"]


def test_a_bare_air_force_reporting_drones_is_ukraines_and_so_are_its_other_mentions(extract: Extract) -> None:
    mentions = extract(
        "On Monday night Russia launched attack drones from the south.",
        "This was reported by the Air Force.",
        "Later the Air Force announced the threat of Shahed drones over the Kyiv region.",
        "At midnight the Air Force reported the all-clear signal.",
    )
    assert [m.entity for m in mentions if m.text == "Air Force"] == ["unit/ukrainian-air-force"] * 3


def test_a_bare_air_force_without_its_context_is_no_mention(extract: Extract) -> None:
    assert not [m for m in extract("The Air Force held a parade in Washington.") if m.text == "Air Force"]


@pytest.mark.parametrize("surface", ["Tavria troop grouping", "Khortytsia grouping of troops"])
def test_an_operational_strategic_group_named_as_a_troop_grouping(extract: Extract, surface: str) -> None:
    assert entities_of(extract(f"A spokesman of the {surface} said the line held."), surface) == {
        f"unit/{surface.split()[0].lower()}-operational-strategic-group"
    }
