"""Kind-aware resolution: regions are their own places, surnames never become places, and
spelling variants of one person or place still merge."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, by_text, describe, entities_of


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Fighting went on in the Donbas region.", "Donbas region", "place/donbas"),
        ("Shelling hit the Russian-speaking Donbas region.", "Donbas region", "place/donbas"),
        ("Fighting went on in the Crimea region.", "Crimea region", "place/crimea"),
        ("Drones hit the Moscow region overnight.", "Moscow region", "place/moscow-oblast"),
        ("Troops left the Zaporizhzhia oblast.", "Zaporizhzhia oblast", "place/zaporizhzhia-oblast"),
    ],
)
def test_regions_are_their_own_places(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    assert by_text(extract(sentence)).get(surface) == {entity}, describe(extract(sentence))


def test_a_list_of_regions_names_each_oblast(extract: Extract) -> None:
    (mention_set,) = [
        by_text(extract("Shelling hit the Donetsk, Luhansk, and Kharkiv regions on Monday."))[
            "Donetsk, Luhansk, and Kharkiv regions"
        ]
    ]
    assert mention_set == {"place/donetsk-oblast", "place/luhansk-oblast", "place/kharkiv-oblast"}


def test_orikhiv_and_orikhove_are_two_places(extract: Extract) -> None:
    found = by_text(extract("Troops near Orikhiv shelled Orikhove, and later Orikhiv again."))
    # one Orikhove, apart from Orikhiv (next to Orikhiv it is placed in Zaporizhzhia Oblast: namesakes.py)
    assert found["Orikhiv"] == {"place/orikhiv"} and len(found["Orikhove"]) == 1
    assert found["Orikhove"].pop().startswith("place/orikhove")


def test_the_orekiv_misspelling_is_orikhiv_and_never_orikhove(extract: Extract) -> None:
    found = by_text(extract("Soldiers outside Orekiv rested; Orikhove was shelled, and Orikhiv too."))
    assert found["Orekiv"] == {"place/orikhiv"} == found["Orikhiv"]
    assert not found["Orikhove"] & {"place/orikhiv"}


def test_two_spellings_of_a_catalogued_surname_are_one_person_across_articles(extract: Extract) -> None:
    first = extract("Deputy Defence Minister Hanna Malyar said the town held.", "Malyar said more later.")
    second = extract("Hanna Maliar said eight villages were retaken.", article_id="other-article")
    assert {m.entity for m in (*first, *second) if m.kind == "person"} == {"person/hanna-maliar"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "In North Ossetia, debris fell on a house in the town of Beslan.",
            "North Ossetia",
            "place/north-ossetia-alania",
        ),
        ("In North Ossetia, debris fell on a house in the town of Beslan.", "Beslan", "place/beslan"),
        (
            "The general, chairman of the Joint Chiefs of Staff, spoke.",
            "Joint Chiefs of Staff",
            "organization/joint-chiefs-of-staff",
        ),
        ("U.S.-made M-1 tanks will join the Leopard tanks.", "M-1", "weapon/m1-abrams"),
        ("The first M1 tanks reached the front.", "M1", "weapon/m1-abrams"),
        ("A mine-clearing Leopard 2R was lost.", "Leopard 2R", "weapon/leopard-2"),
        ("Britain sent Mastiff and Husky protected patrol vehicles.", "Husky", "weapon/husky-tsv"),
        ("Russian troops retook Korenevo in Kursk Oblast.", "Korenevo", "place/korenevo"),
        ("Tension in the Middle East rose.", "Middle East", "place/middle-east"),
        ("The list was published, Censor.NET reports.", "Censor.NET", "organization/censor-net"),
        ("Envoys met in the UAE on Monday.", "UAE", "place/united-arab-emirates"),
        ("A statement from EUCOM followed.", "EUCOM", "organization/united-states-european-command"),
        (
            "The United Nations World Food Programme shipped grain.",
            "United Nations World Food Programme",
            "organization/world-food-programme",
        ),
        ("Two WFPs convoys arrived.", "WFPs", "organization/world-food-programme"),
        ("Officers of the MVD were sent to the border.", "MVD", "organization/russian-ministry-of-internal-affairs"),
        ("Global Affairs Canada issued a statement.", "Global Affairs Canada", "organization/global-affairs-canada"),
        ("Sanctions widened. THE CANADIAN PRESS", "THE CANADIAN PRESS", "organization/canadian-press"),
        ("Banks such as UBS and JPMorgan Chase left.", "JPMorgan Chase", "organization/jpmorgan-chase"),
        (
            "The commander of the Joint Forces of the Armed Forces spoke.",
            "Joint Forces of the Armed Forces",
            "unit/joint-forces-of-the-armed-forces-of-ukraine",
        ),
        ("London recalled its envoy. Mandelson left Washington.", "Mandelson", "person/peter-mandelson"),
    ],
)
def test_catalogued_regions_bodies_and_weapon_short_forms(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_a_bare_m1_without_armour_words_is_no_tank(extract: Extract) -> None:
    assert not entities_of(extract("Traffic on the M1 motorway was slow."), "M1")


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kremlin aide Yuri Pavlorad spoke on Monday.", "Later Pavlorad added that talks would go on."),
        ("Deputy minister Pavlorad said the talks would go on.",),
        ("Pavlorad said the talks would go on.",),
        ("Deputy minister Ivanivka said the talks would go on.",),
    ],
)
def test_a_surname_never_resolves_to_a_place(extract: Extract, paragraphs: tuple[str, ...]) -> None:
    places = [m for m in extract(*paragraphs) if m.kind == "place"]
    assert places == [], describe(places)


def test_misspelt_towns_still_resolve_outside_person_contexts(extract: Extract) -> None:
    found = by_text(extract("Fighting near Pavlorad and Bahkmut continued."))
    assert found == {"Pavlorad": {"place/pavlohrad"}, "Bahkmut": {"place/bakhmut"}}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Vladimir Zelensky spoke in Kyiv.", "Vladimir Zelensky", "person/volodymyr-zelenskyy"),
        ("Aleksei Navalny was jailed.", "Aleksei Navalny", "person/alexei-navalny"),
        ("Zelenskiy and Zelenskyy are one man.", "Zelenskiy", "person/volodymyr-zelenskyy"),
        ("Artemivsk was renamed Bakhmut.", "Artemivsk", "place/bakhmut"),
    ],
)
def test_transliterations_merge(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    assert by_text(extract(sentence)).get(surface) == {entity}, describe(extract(sentence))


def test_another_given_name_with_a_catalogued_surname_is_another_person(extract: Extract) -> None:
    assert by_text(extract("Ilya Navalny said the trial was unfair."))["Ilya Navalny"] == {"person/ilya-navalny"}


def test_bare_names_are_oblasts_where_the_text_says_region(extract: Extract) -> None:
    found = [
        (m.text, m.entity)
        for m in extract("Russia holds the eastern region of Donetsk and the regions of Kherson and Zaporizhzhia.")
        if m.kind == "place"
    ]
    assert found == [
        ("Russia", "place/russia"),
        ("Donetsk", "place/donetsk-oblast"),
        ("Kherson", "place/kherson-oblast"),
        ("Zaporizhzhia", "place/zaporizhzhia-oblast"),
    ]
    assert by_text(extract("Shelling hit Donetsk on Monday."))["Donetsk"] == {"place/donetsk"}
    assert by_text(extract("It is the eastern region of Ukraine."))["Ukraine"] == {"place/ukraine"}


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        # a possessive is a person's cue for a village that spells like a surname, not for a country
        ("Envoys headed to Oman’s permanent mission on Tuesday.", "Oman", "place/oman"),
        ("Envoys met in Miami on Saturday.", "Miami", "place/miami"),
    ],
)
def test_countries_and_foreign_cities_are_places(extract: Extract, text: str, name: str, entity: str) -> None:
    assert entities_of(extract(text), name) == {entity}


def test_an_engineering_vehicle_is_catalogued_as_equipment(extract: Extract) -> None:
    assert entities_of(extract("Gunners destroyed a Russian BAT-2 engineer vehicle."), "BAT-2") == {"weapon/bat-2"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "Russia moved troops to the contested Zaporizhzhya oblast.",
            "Zaporizhzhya oblast",
            "place/zaporizhzhia-oblast",
        ),
        ("Shelling hit the Lugansk region overnight.", "Lugansk region", "place/luhansk-oblast"),
        ("Shelling hit the Kharkov Oblast overnight.", "Kharkov Oblast", "place/kharkiv-oblast"),
    ],
)
def test_an_oblast_named_after_its_capital_in_another_spelling_is_that_oblast(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_another_region_in_the_paragraph_does_not_make_a_bare_city_its_region(extract: Extract) -> None:
    mentions = extract("Drones were launched from the Voronezh region (launch areas: Yeysk and Kursk).")
    assert entities_of(mentions, "Kursk") == {"place/kursk"}
    assert entities_of(extract("Ukraine's incursion into Kursk went on."), "Kursk") == {"place/kursk-oblast"}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Three rockets of the Alder multiple launch rocket system were intercepted.", "Alder", "weapon/vilkha"),
        ("(MENAFN- UkrinForm) Air defence shot down 14 drones.", "MENAFN", "organization/menafn"),
        ("Russia struck the Yuzhmash plant in Dnipro.", "Yuzhmash", "organization/yuzhmash"),
        ("Fighting went on near Berdychi, northwest of Avdiivka.", "Berdychi", "place/berdychi"),
        ("Ukraine advanced near the village of Robotyn.", "Robotyn", "place/robotyne"),
        (
            "Azov fought in the Serebryan Forestry area near Kreminna.",
            "Serebryan Forestry",
            "place/serebrianske-forestry",
        ),
    ],
)
def test_catalogued_in_the_eleventh_round(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_an_alder_tree_is_no_weapon(extract: Extract) -> None:
    assert not [m for m in extract("Alder grows along the river bank.") if m.kind == "weapon"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Hungary's opposition Tisza promises a wealth tax.", "Tisza", "organization/tisza"),
        ("Orbán's Fidesz party won again.", "Fidesz", "organization/fidesz"),
        ("In Kharkiv the National Police said two died.", "National Police", "organization/national-police-of-ukraine"),
    ],
)
def test_parties_and_police_catalogued_in_the_eleventh_round(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize("text", ["The Tisza river flooded.", "The National Police of Colombia arrested him."])
def test_a_river_and_another_countrys_police_are_not_them(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "organization" and m.text in ("Tisza", "National Police")]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Sberbank and VTB were cut off from SWIFT.", "VTB", "organization/vtb-bank"),
        ("Goldman Sachs cut its forecast.", "Goldman Sachs", "organization/goldman-sachs"),  # not a person
        ("Fitch said a default was near.", "Fitch", "organization/fitch-ratings"),
        ("OPEC+ kept output flat.", "OPEC+", "organization/opec"),
        ("Metinvest owned Azovstal.", "Metinvest", "organization/metinvest"),
        ("S&P Global cut the rating.", "S&P Global", "organization/s-p-global"),
    ],
)
def test_banks_companies_and_bodies_of_the_economy(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_surname_spelled_like_a_rating_agency_stays_a_person(extract: Extract) -> None:
    assert entities_of(extract("Peter Fitch said hello."), "Peter Fitch") == {"person/peter-fitch"}
