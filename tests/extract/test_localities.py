"""Front-line localities placed by the town the text measures them from
(generator/extract/localities.py, generator/extract/places.py)."""

from __future__ import annotations

import pytest

from generator.extract.localities import locality_candidates
from generator.extract.places import in_bearing, name_variants
from tests.extract.support import Extract, entities_of


def _found(body: str) -> list[tuple[str, str]]:
    return [(body[c.start : c.end], body[c.near[0] : c.near[1]]) for c in locality_candidates(body) if c.near]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Troops attacked north of Orikhiv near Kamianka, Nova Zoria, and Stepove; and west of Orikhiv "
            "toward Lisne on March 3.",
            [("Kamianka", "Orikhiv"), ("Nova Zoria", "Orikhiv"), ("Stepove", "Orikhiv"), ("Lisne", "Orikhiv")],
        ),
        ("Soldiers were seen in eastern Kamianka (southwest of Pokrovsk).", [("Kamianka", "Pokrovsk")]),
        ("Troops attacked east of Pokrovsk near Chervona (Krasna) Dolyna.", [("Chervona (Krasna) Dolyna", "Pokrovsk")]),
        ("Fighting continued north of Kupyansk City near Lisne.", [("Lisne", "Kupyansk City")]),
    ],
    ids=["list-to-clause-end", "bracket", "former-name-in-brackets", "isw-city"],
)
def test_localities_are_the_names_listed_by_bearing_from_a_town(body: str, expected: list[tuple[str, str]]) -> None:
    assert _found(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Elements of the 12th Brigade (north of Pokrovsk) held their positions.",  # a formation
        "Geolocated footage (north of Pokrovsk) shows a strike.",  # a sentence's first word
        "The village lies north of Pokrovsk, officials said.",  # no list after the town
        "Troops advanced north of Pokrovsk near the railway and Zelensky said so.",  # not an item
    ],
    ids=["formation", "sentence-start", "no-list", "not-an-item"],
)
def test_other_capitalised_words_near_a_bearing_are_not_localities(body: str) -> None:
    assert _found(body) == []


def test_a_name_with_its_former_name_in_brackets_is_looked_up_both_ways() -> None:
    assert name_variants("Chervonyi (Krasnyi) Lyman") == ["Krasnyi Lyman", "Chervonyi Lyman"]
    assert name_variants("Pryluky") == ["Pryluky"]


@pytest.mark.parametrize(
    ("point", "bearing", "inside"),
    [((48.4, 37.1), "northwest", True), ((48.2, 37.1), "northwest", False), ((48.2, 37.1), "south", True)],
)
def test_bearing_from_a_town(point: tuple[float, float], bearing: str, inside: bool) -> None:
    assert in_bearing((48.28, 37.18), point, bearing) is inside


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        # a curated town 400 km away (Pryluky, Chernihiv Oblast): the village of the town's oblast
        (
            "Russian forces attacked north of Hulyaipole near Pryluky and Ternivka.",
            "Pryluky",
            "place/pryluky-zaporizhzhia-oblast",
        ),
        ("Drones struck Pryluky (northwest of Hulyaipole).", "Pryluky", "place/pryluky-zaporizhzhia-oblast"),
        # of two GeoNames namesakes near Pokrovsk, the one in the bearing given
        (
            "Drone operators struck near Shevchenko (northwest of Pokrovsk).",
            "Shevchenko",
            "place/shevchenko-donetsk-oblast-707625",
        ),
        (
            "Troops attacked northeast of Pokrovsk near Chervonyi (Krasnyi) Lyman.",
            "Chervonyi (Krasnyi) Lyman",
            "place/krasnyi-lyman",
        ),
        # a village GeoNames lists in the town's oblast, next to it
        (
            "Troops attacked west of Hulyaipole near Zaliznychne.",
            "Zaliznychne",
            "place/zaliznychne-zaporizhzhia-oblast",
        ),
        # a town with GeoNames namesakes of its own (Lyman): the curated town is the reference
        ("Russian forces attacked east of Lyman near Ozerne on March 3.", "Ozerne", "place/ozerne-donetsk-oblast"),
    ],
    ids=["curated-town-far-away", "bracket", "bearing", "former-name", "geonames-near", "town-with-namesakes"],
)
def test_a_locality_is_the_place_of_that_name_near_its_town(
    extract: Extract, text: str, name: str, entity: str
) -> None:
    assert entities_of(extract(text), name) == {entity}


def test_a_town_placed_by_a_locality_list_is_that_village_in_the_whole_paragraph(extract: Extract) -> None:
    mentions = extract(
        "Russian forces attacked north of Hulyaipole near Pryluky; Ukrainian forces counterattacked near Pryluky."
    )
    assert entities_of(mentions, "Pryluky") == {"place/pryluky-zaporizhzhia-oblast"}


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("Drones struck north of Kyiv near Moscow.", "Moscow", "place/moscow"),  # a capital is never moved
        ("Shelling hit north of Kharkiv City near Vovchansk.", "Vovchansk", "place/vovchansk"),  # same oblast
        ("Pryluky was shelled, officials in Chernihiv Oblast said.", "Pryluky", "place/pryluky"),  # no locality
    ],
    ids=["city", "same-oblast", "no-bearing"],
)
def test_a_locality_list_does_not_move_cities_or_towns_of_the_towns_oblast(
    extract: Extract, text: str, name: str, entity: str
) -> None:
    assert entities_of(extract(text), name) == {entity}
