"""A country's armed service under any phrasing of its owner is the catalogued service, the possessive country
a place of its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Ukraine's Navy said two boats were hit.", "Navy", "unit/ukrainian-navy"),
        ("Russia's Aerospace Forces struck the bridge.", "Aerospace Forces", "unit/russian-aerospace-forces"),
        ("Russia’s Airborne Forces lost a column.", "Airborne Forces", "unit/russian-airborne-forces"),
        ("Russia's Armed Forces said so.", "Armed Forces", "unit/armed-forces-of-the-russian-federation"),
        # the catalogue keeps no "Navy of Russia": found through the service's other forms, not "The Navy"
        ("The Navy of Russia said so.", "Navy of Russia", "unit/russian-navy"),
        ("Meanwhile Ukraine's Navy said so.", "Navy", "unit/ukrainian-navy"),  # not "Meanwhile Ukraine"
        ("The Navy of Russia Admiral Petrenko said so.", "Navy of Russia", "unit/russian-navy"),  # not his name
    ],
)
def test_a_countrys_service_under_its_owners_phrasing(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, surface) == {entity}
    owner = sentence.split("'s ")[0].split("’s ")[0].removeprefix("Meanwhile ")
    if owner != sentence:
        assert [m.kind for m in mentions if m.text == owner] == ["place"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's Joint Forces Group said so.",  # inside a longer name
        "Britain's Royal Navy sent a ship.",  # a service the catalogue does not know: no person either
    ],
)
def test_no_service_where_the_catalogue_has_none_of_that_country(extract: Extract, sentence: str) -> None:
    assert not [
        m for m in extract(sentence) if m.kind in ("unit", "person") and m.text in ("Joint Forces", "Royal Navy")
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "A member of Russia's influential Security Council spoke on Monday.",
            "Security Council",
            "organization/security-council-of-russia",
        ),
        (
            "Ukraine's elite Special Operations Forces released the video.",
            "Special Operations Forces",
            "unit/ukrainian-special-operations-forces",
        ),
    ],
)
def test_a_countrys_body_with_words_describing_it_between(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_a_described_body_the_catalogue_has_not_for_that_country_is_left(extract: Extract) -> None:
    assert not entities_of(extract("Moldova's powerful Security Council met."), "Security Council")


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("The rocket launcher was built for the US Army decades ago.", "US Army", "unit/united-states-army"),
        ("A U.S. Navy destroyer sailed north.", "U.S. Navy", "unit/united-states-navy"),
        ("The Australian Army sent trainers.", "Australian Army", "unit/australian-army"),
    ],
)
def test_a_countrys_service_the_catalogue_lacks_is_a_new_unit(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, surface) == {entity}
    assert not [m for m in mentions if m.kind == "place"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russian Army lost many men near the town.",
        "The Ukrainian Army held the line.",
        "He commanded US Army Europe for three years.",
    ],
)
def test_a_generic_army_or_a_longer_name_is_no_new_service(extract: Extract, sentence: str) -> None:
    assert not [m for m in extract(sentence) if m.kind == "unit"]


def test_a_catalogued_service_keeps_its_entry(extract: Extract) -> None:
    assert entities_of(extract("The British Army sent tanks."), "British Army") == {"unit/british-army"}
