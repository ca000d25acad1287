"""Patterns for what the catalogue may not list: numbered units, weapon designators, areas."""

from __future__ import annotations

import pytest

from generator.extract import Engine
from generator.extract.designators import weapon_candidates
from generator.extract.patterns import (
    area_candidates,
    feature_candidates,
    unit_candidates,
    unit_name,
)
from generator.model import Mention
from tests.extract.support import Extract, describe, entities_of, make_article


def on(mentions: tuple[Mention, ...], text: str) -> list[Mention]:
    return [m for m in mentions if m.text == text]


# -- units ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words", "unit_type", "name"),
    [
        ("38th", "Separate Marine ", "Brigades", "38th Marine Brigade"),
        ("3rd", "Separate Assault ", "Brigade", "3rd Assault Brigade"),
        ("42nd", "Guards Motorised Rifle ", "Division", "42nd Guards Motor Rifle Division"),
        ("10th", "Mechanised ", "Brigade", "10th Mechanized Brigade"),
        ("128th", "Territorial Defence ", "Brigade", "128th Territorial Defense Brigade"),
        ("20th", "", "Armies", "20th Army"),
        ("47th", "", "Brigade", "47th Brigade"),
    ],
)
def test_unit_name_is_canonical(number: str, words: str, unit_type: str, name: str) -> None:
    assert unit_name(number, words, unit_type) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the 35th and 38th Marine Brigades", ["35th Marine Brigade", "38th Marine Brigade"]),
        ("the 1st, 2nd and 3rd Tank Regiments", ["1st Tank Regiment", "2nd Tank Regiment", "3rd Tank Regiment"]),
        ("the 25th & 26th Divisions", ["25th Division", "26th Division"]),
        ("the 20th and 25th Combined Arms Armies", ["20th Combined Arms Army", "25th Combined Arms Army"]),
    ],
)
def test_unit_pattern_splits_coordinated_plurals_on_one_span(text: str, names: list[str]) -> None:
    (candidate,) = unit_candidates(text)
    assert [n.name for n in candidate.new] == names
    assert {n.kind for n in candidate.new} == {"unit"}
    assert text[candidate.start : candidate.end] == text.removeprefix("the ")


@pytest.mark.parametrize("text", ["2nd and 3rd battalions were lost", "the 150th anniversary", "the 21st century"])
def test_unit_pattern_needs_a_formation_word(text: str) -> None:
    assert unit_candidates(text) == []


def test_units_plural_gives_two_units_on_one_span(extract: Extract) -> None:
    mentions = extract("The 35th and 38th Marine Brigades attacked near Krynky.")
    plural = on(mentions, "35th and 38th Marine Brigades")
    assert sorted(m.entity for m in plural) == ["unit/35th-marine-brigade", "unit/38th-marine-brigade"]
    assert len({(m.start, m.end) for m in plural}) == 1


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("3rd Separate Assault Brigade", "unit/3rd-assault-brigade"),
        ("3rd Assault Brigade", "unit/3rd-assault-brigade"),
        ("155th Naval Infantry Brigade", "unit/155th-naval-infantry-brigade"),
        ("1st Guards Tank Army", "unit/1st-guards-tank-army"),
        ("92nd Assault Brigade", "unit/92nd-assault-brigade"),
        ("100th Mechanized Brigade", "unit/100th-mechanized-brigade"),
        ("47th Separate Mechanized Brigade", "unit/47th-mechanized-brigade"),
        ("58th Combined Arms Army", "unit/58th-combined-arms-army"),
        ("42nd Guards Motorized Rifle Division", "unit/42nd-guards-motor-rifle-division"),
    ],
)
def test_units_resolve_to_catalogue(extract: Extract, surface: str, entity: str) -> None:
    mentions = extract(f"Soldiers of the {surface} fought near Pokrovsk.")
    assert [m.entity for m in on(mentions, surface)] == [entity]


@pytest.mark.parametrize(
    ("surface", "entity", "name"),
    [
        ("999th Separate Assault Brigade", "unit/999th-assault-brigade", "999th Assault Brigade"),
        ("777th Motorized Rifle Regiment", "unit/777th-motor-rifle-regiment", "777th Motor Rifle Regiment"),
        ("12th Drone Battalion", "unit/12th-drone-battalion", "12th Drone Battalion"),
    ],
)
def test_units_unknown_numbered_units_become_new_units(engine: Engine, surface: str, entity: str, name: str) -> None:
    extraction = engine.extract(make_article(f"Soldiers of the {surface} fought near Pokrovsk."))
    assert [(m.entity, m.method) for m in extraction.mentions if m.text == surface] == [(entity, "pattern")]
    assert (entity, name) in extraction.new_names


def test_units_generic_unit_words_are_not_units(extract: Extract) -> None:
    mentions = extract("A tank battalion and two brigades moved; the brigade held. Russian regiments retreated.")
    assert not [m for m in mentions if m.kind == "unit"], describe(mentions)


# -- weapons -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("designator", "entity"),
    [
        ("T-72B3", "weapon/t-72"),
        ("T-90M", "weapon/t-90"),
        ("T-64BV", "weapon/t-64"),
        ("T-80BVM", "weapon/t-80"),
        ("BMP-2", "weapon/bmp-2"),
        ("BMP-3", "weapon/bmp-3"),
        ("BTR-82A", "weapon/btr-82a"),
        ("Su-25", "weapon/su-25"),
        ("Ka-52", "weapon/ka-52-alligator"),
        ("Mi-8", "weapon/mi-8"),
        ("Mi-28N", "weapon/mi-28"),
        ("MiG-31K", "weapon/mig-31"),
        ("ZSU-23-4", "weapon/zsu-23-4-shilka"),
        ("2S19", "weapon/2s19-msta-s"),
        ("2S7M", "weapon/2s7-pion"),
        ("9K37", "weapon/9k37-buk"),
        ("S-300", "weapon/s-300"),
        ("FAB-500", "weapon/fab-500"),
        ("KAB-500", "weapon/kab-500"),
        ("Kh-101", "weapon/kh-101"),
        ("Kh-35U", "weapon/kh-35"),
        ("TOS-1A", "weapon/tos-1"),
        ("Geran-2", "weapon/shahed-136"),
        ("M142", "weapon/himars"),
        ("MIM-104", "weapon/patriot"),
    ],
)
def test_weapons_designators_resolve_to_base_system(extract: Extract, designator: str, entity: str) -> None:
    mentions = extract(f"Ukrainian troops destroyed a {designator} near Avdiivka.")
    assert [m.entity for m in on(mentions, designator)] == [entity], describe(mentions)


@pytest.mark.parametrize(
    ("designator", "entity"),
    [
        ("BMP-9", "weapon/bmp-9"),
        ("BTR-90", "weapon/btr-90"),
        ("Ka-27", "weapon/ka-27"),
        ("ODAB-1500", "weapon/odab-1500"),
    ],
)
def test_weapons_unknown_designators_become_new_weapons(engine: Engine, designator: str, entity: str) -> None:
    assert engine.catalogue.get(entity) is None
    extraction = engine.extract(make_article(f"A {designator} was seen near Avdiivka."))
    assert [(m.entity, m.method) for m in extraction.mentions if m.text == designator] == [(entity, "pattern")]
    assert (entity, designator) in extraction.new_names


@pytest.mark.parametrize(
    "text",
    ["S-1", "D-2", "T-5", "an @UAWeapons-72 handle", "Shahed-136/M1", "COVID-19", "x/T-72", "page A-12345"],
)
def test_weapon_pattern_skips_short_codes_handles_and_non_designators(text: str) -> None:
    found = {text[c.start : c.end] for c in weapon_candidates(text)}
    assert found <= {"Shahed-136"}


def test_weapon_pattern_finds_designators_in_prose() -> None:
    text = "Russia fired Kh-101 and Kh-555 missiles; a 2S19M2 and a BMPT-72 were hit."
    found = [(text[c.start : c.end], c.new[0].name) for c in weapon_candidates(text)]
    assert found == [("Kh-101", "Kh-101"), ("Kh-555", "Kh-555"), ("2S19M2", "2S19M2"), ("BMPT-72", "BMPT-72")]


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Germany pledged more Leopard 2s.", "Leopard 2s", "weapon/leopard-2"),
        ("Leopard 2A6 tanks arrived.", "Leopard 2A6", "weapon/leopard-2"),
        ("The US sent M1 Abrams tanks.", "M1 Abrams", "weapon/m1-abrams"),
        ("Britain sent Challenger 2s.", "Challenger 2s", "weapon/challenger-2"),
        ("A Patriot battery shot it down.", "Patriot", "weapon/patriot"),
        ("HIMARS strikes hit depots.", "HIMARS", "weapon/himars"),
        ("Shahed-136 and Shahed 136 drones attacked.", "Shahed 136", "weapon/shahed-136"),
        ("The 2S6M and the 2K22M were captured.", "2K22M", "weapon/2k22-tunguska"),
        ("A ZSU-23-4 Shilka was captured.", "ZSU-23-4 Shilka", "weapon/zsu-23-4-shilka"),
    ],
)
def test_weapons_names_variants_and_plurals(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    mentions = extract(sentence)
    assert [m.entity for m in on(mentions, surface)] == [entity], describe(mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian tanks and armored vehicles were captured.",
        "Glide bombs and artillery hit the town.",
        "The drones and missiles came at night.",
    ],
)
def test_weapons_generic_nouns_are_not_weapons(extract: Extract, sentence: str) -> None:
    mentions = extract(sentence)
    assert not [m for m in mentions if m.kind == "weapon"], describe(mentions)


# -- areas and features --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("shelling in the Pokrovsk district", "Pokrovsk Raion"),
        ("shelling in the Kupiansk raion", "Kupiansk Raion"),
        ("shelling in the Volnovakha Raion", "Volnovakha Raion"),
        ("the Bryansk region", "Bryansk Region"),
        ("the Krasnodar Krai", "Krasnodar Krai"),
    ],
)
def test_area_pattern_names_the_area(text: str, name: str) -> None:
    assert [c.new[0].name for c in area_candidates(text)] == [name]


@pytest.mark.parametrize("text", ["the Eastern region", "Russia's border region", "The Oblast", "the front region"])
def test_area_pattern_skips_generic_areas(text: str) -> None:
    assert area_candidates(text) == []


def test_plural_oblasts_name_each_oblast(extract: Extract) -> None:
    mentions = extract("Shelling hit the Donetsk and Luhansk oblasts overnight.")
    assert sorted(m.entity for m in mentions if "oblasts" in m.text) == ["place/donetsk-oblast", "place/luhansk-oblast"]


def test_feature_pattern_finds_rivers_and_capes() -> None:
    text = "Troops crossed the Oskil River near Cape Tarkhankut."
    assert sorted(n.name for c in feature_candidates(text) for n in c.new) == ["Cape Tarkhankut", "Oskil River"]


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "Elements of the Chechen Zapad-Akhmat Battalion operate near Vovchansk.",
            "Zapad-Akhmat Battalion",
            "unit/zapad-akhmat-battalion",
        ),
        (
            "Drone operators of the Akhmat Spetsnaz Vakha Battalion struck.",
            "Akhmat Spetsnaz Vakha Battalion",
            "unit/akhmat-spetsnaz-vakha-battalion",
        ),
        ("Fighters of the Russian Sparta Battalion advanced.", "Sparta Battalion", "unit/sparta-battalion"),
    ],
)
def test_a_named_battalion_is_a_unit_without_its_demonym(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Each Battalion commander reported losses.",
        "The Separate Assault Battalion was formed in May.",
        "Their Battalion held the line.",
    ],
)
def test_a_battalion_without_a_name_is_not_a_named_unit(extract: Extract, sentence: str) -> None:
    assert not [m for m in extract(sentence) if m.kind == "unit" and m.text.endswith(" Battalion")]


@pytest.mark.parametrize(
    ("sentence", "surface", "entities"),
    [
        (
            "Russia launched 40 Shahed-131/136 drones overnight.",
            "Shahed-131/136",
            {"weapon/shahed-131", "weapon/shahed-136"},
        ),
        ("Its S-300/400 batteries were moved.", "S-300/400", {"weapon/s-300", "weapon/s-400"}),
        ("Two X-59 guided missiles were shot down.", "X-59", {"weapon/kh-59"}),
        ("Russia fired X-101 missiles at Lviv.", "X-101", {"weapon/kh-101"}),
    ],
)
def test_slash_pairs_name_both_systems_and_a_latin_x_is_the_kh_prefix(
    extract: Extract, sentence: str, surface: str, entities: set[str]
) -> None:
    assert entities_of(extract(sentence), surface) == entities


@pytest.mark.parametrize("sentence", ["NASA flew the X-37 again.", "The 2S6M/M1 was hit.", "Pages 12/14 of the file."])
def test_a_latin_x_without_a_catalogued_kh_missile_and_variant_suffixes_stay_as_they_were(
    extract: Extract, sentence: str
) -> None:
    found = {m.text for m in extract(sentence) if m.kind == "weapon"}
    assert not found & {"X-37", "2S6M/M1", "12/14"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "Ukraine’s 14th Unmanned Aerial Vehicle Regiment hit a depot.",
            "14th Unmanned Aerial Vehicle Regiment",
            "unit",
        ),
        ("Air defences were installed by the residence on Lake Valdai last month.", "Lake Valdai", "place"),
    ],
)
def test_drone_regiments_and_lakes_named_before_their_name_are_found(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert {m.kind for m in extract(sentence) if m.text == surface} == {entity}
