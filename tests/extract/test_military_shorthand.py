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
