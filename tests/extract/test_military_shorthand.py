"""ISW-style shorthand on real reports: "11th AC", "[LMD]", "76th VDV Division", "Kharkiv City",
and bare oblast names the text says are regions ("the Donbas region, comprised of Donetsk and Luhansk")."""

from __future__ import annotations

import pytest

from generator.extract.patterns import unit_candidates, unit_name, unit_shorthand_candidates
from tests.extract.support import Extract, entities_of

ORDER_OF_BATTLE = (
    "The commander of the Russian 128th Separate Motorized Rifle Brigade (44th Army Corps [AC], Leningrad Military "
    "District [LMD]) was replaced. Elements of the 1427th Motorized Rifle Regiment (11th AC, LMD) and of the 20th CAA "
    "attacked, as did the 25th CAA (Central Military District [CMD])."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("elements of the 11th AC attacked", "11th Army Corps"),
        ("the 25th CAA reportedly advanced", "25th Combined Arms Army"),
        ("the 1st GTA is redeploying", "1st Guards Tank Army"),
    ],
)
def test_unit_shorthand_after_a_number_names_the_formation(text: str, name: str) -> None:
    (candidate,) = unit_shorthand_candidates(text)
    assert [n.name for n in candidate.new] == [name]
    assert text[candidate.start : candidate.end].split()[0] == name.split()[0]


@pytest.mark.parametrize("text", ["an AC unit was repaired", "the CAA said on Monday", "11th ACs", "the 2nd ACE"])
def test_unit_shorthand_needs_a_number_and_the_whole_word(text: str) -> None:
    assert unit_shorthand_candidates(text) == []


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("11th AC", "unit/11th-army-corps"),
        ("20th CAA", "unit/20th-guards-combined-arms-army"),
        ("25th CAA", "unit/25th-combined-arms-army"),
        ("44th Army Corps", "unit/44th-army-corps"),
        ("LMD", "unit/leningrad-military-district"),
        ("CMD", "unit/central-military-district"),
    ],
)
def test_order_of_battle_shorthand_resolves_to_the_catalogue(extract: Extract, surface: str, entity: str) -> None:
    assert entities_of(extract(ORDER_OF_BATTLE), surface) == {entity}


def test_a_bracket_after_a_numbered_formation_abbreviates_its_type_not_a_name(extract: Extract) -> None:
    mentions = extract(ORDER_OF_BATTLE)
    assert not [m for m in mentions if m.text in ("AC", "Army Corps")]
    assert not [m for m in mentions if m.kind == "organization"]


def test_a_square_bracket_defines_an_organization_acronym_too(extract: Extract) -> None:
    mentions = extract("The Eastern Security Studies Centre [ESSC] said on Monday that ESSC staff had left.")
    assert len(entities_of(mentions, "ESSC")) == 1
    assert entities_of(mentions, "ESSC") == entities_of(mentions, "Eastern Security Studies Centre")


@pytest.mark.parametrize(
    ("number", "words", "name"),
    [("76th", "VDV ", "76th Airborne Division"), ("98th", "Guards VDV ", "98th Guards Airborne Division")],
)
def test_vdv_divisions_are_airborne_divisions(number: str, words: str, name: str) -> None:
    assert unit_name(number, words, "Division") == name


def test_vdv_division_resolves_to_the_catalogued_airborne_division(extract: Extract) -> None:
    mentions = extract("Elements of the 76th VDV Division and the 98th Guards VDV Division attacked near Kupyansk.")
    assert entities_of(mentions, "76th VDV Division") == {"unit/76th-guards-air-assault-division"}
    assert entities_of(mentions, "98th Guards VDV Division") == {"unit/98th-guards-airborne-division"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Russian forces attacked north of Kharkiv City on Monday.", "Kharkiv City", "place/kharkiv"),
        ("A drone hit a hospital in Zaporizhzhia City overnight.", "Zaporizhzhia City", "place/zaporizhzhia"),
        ("Talks went on in Mexico City on Monday.", "Mexico City", "place/mexico-city"),
    ],
)
def test_city_after_a_settlement_is_part_of_its_name(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_city_after_a_place_that_is_no_settlement_is_left_out(extract: Extract) -> None:
    mentions = extract("Fans in Kansas City watched the game while Kansas voted.")
    assert not [m for m in mentions if m.text == "Kansas City" and m.kind == "place"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow wants the Donbas region, comprised of Donetsk and Luhansk, where the fighting is fiercest.",
        "Moscow wants the Donbas region, made up of Donetsk and Luhansk, where the fighting is fiercest.",
        "Moscow wants the regions of Donetsk and Luhansk, where the fighting is fiercest.",
    ],
)
def test_bare_names_the_text_calls_regions_are_the_oblasts(extract: Extract, sentence: str) -> None:
    mentions = extract(sentence, "Shelling hit Donetsk on Monday, the city's mayor said.")
    oblast = [m for m in mentions if m.text == "Donetsk" and m.start < len(sentence)]
    city = [m for m in mentions if m.text == "Donetsk" and m.start > len(sentence)]
    assert {m.entity for m in oblast} == {"place/donetsk-oblast"} and {m.entity for m in city} == {"place/donetsk"}
    assert entities_of(mentions, "Luhansk") == {"place/luhansk-oblast"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Russia fired two Zirkon missiles at Kyiv.", "Zirkon", "weapon/3m22-zircon"),
        ("Italmas drones struck a substation.", "Italmas", "weapon/italmas"),
        ("He was poisoned with Novichok in 2020.", "Novichok", "weapon/novichok"),
        ("Photo: Jane Doe/Getty Images", "Getty Images", "organization/getty-images"),
        ("Leaders met at the Group of 20 summit.", "Group of 20", "organization/g20"),
        ("Soldiers trained by the British Army returned.", "British Army", "unit/british-army"),
    ],
)
def test_catalogue_knows_names_seen_on_real_reports(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the 252nd and 752nd motorized rifle regiments", ["252nd Motor Rifle Regiment", "752nd Motor Rifle Regiment"]),
        ("the 35th and 36th separate marine brigades", ["35th Marine Brigade", "36th Marine Brigade"]),
    ],
)
def test_lower_case_coordinated_plurals_name_each_formation(text: str, names: list[str]) -> None:
    (candidate,) = unit_candidates(text)
    assert [n.name for n in candidate.new] == names


@pytest.mark.parametrize("text", ["the 2nd and 3rd battalions were lost", "the 252nd motorized rifle regiments"])
def test_lower_case_plurals_need_a_formation_word_and_two_numbers(text: str) -> None:
    assert unit_candidates(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # a Russian acronym glossing a word inside the name
        (
            "Crews of the 7th Airborne (VDV) Division struck near the river.",
            "7th Airborne (VDV) Division",
            "unit/7th-guards-mountain-air-assault-division",
        ),
        # a military base abroad is a formation
        (
            "Drone operators of the 4th Military Base are operating nearby.",
            "4th Military Base",
            "unit/4th-military-base",
        ),
        # separatist corps by their former names, with or without the republic's acronym
        (
            "A battalion (51st CAA, formerly 1st Donetsk People's Republic [DNR] AC) attacked.",
            "1st Donetsk People's Republic [DNR] AC",
            "unit/51st-guards-combined-arms-army",
        ),
        (
            "Troops of the 2nd Luhansk People's Republic Army Corps advanced.",
            "2nd Luhansk People's Republic Army Corps",
            "unit/3rd-guards-combined-arms-army",
        ),
    ],
    ids=["bracketed-acronym", "military-base", "dnr-corps", "lnr-corps"],
)
def test_unit_names_with_brackets_bases_and_former_corps(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Drone operators of the 56th Battalion (51st CAA, SMD) struck.", {"unit/southern-military-district"}),
        ("Elements of the 36th Brigade (29th CAA, EMD) attacked.", {"unit/eastern-military-district"}),
        ("The SMD said on Monday that it would expand.", set()),  # no formation beside it
    ],
    ids=["smd", "emd", "without-formations"],
)
def test_military_district_shorthand_only_beside_formations(extract: Extract, text: str, entity: set[str]) -> None:
    abbreviation = "SMD" if "SMD" in text else "EMD"
    assert entities_of(extract(text), abbreviation) == entity


def test_a_named_detachment_and_a_drone_centre_joined_by_and_are_two_units(extract: Extract) -> None:
    mentions = extract(
        "Drone operators of the Russian Vetrilo Detachment and Rubikon Center for Advanced Unmanned "
        "Technologies are reportedly striking roads."
    )
    assert entities_of(mentions, "Vetrilo Detachment") == {"unit/vetrilo-detachment"}
    assert entities_of(mentions, "Rubikon Center for Advanced Unmanned Technologies") == {"unit/rubikon-center"}
    assert not [m for m in mentions if m.kind == "organization"]
