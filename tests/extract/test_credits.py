"""Photo credits and datelines name photographers and agencies; a country's possessive before an
organization is the place, not part of the organization's name."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("credit", "person", "agency", "agency_id"),
    [
        ("Photo by Anastasia Vlasova/Getty Images", "Anastasia Vlasova", "Getty Images", "organization/getty-images"),
        ("(photo credit: LEAH MILLIS/REUTERS)", "LEAH MILLIS", "REUTERS", "organization/reuters"),
        ("Emilio Morenatti - staff, AP", "Emilio Morenatti", "AP", "organization/associated-press"),
        ("Kyiv on Feb. 14 2026.Sven Hoppe—Getty Images", "Sven Hoppe", "Getty Images", "organization/getty-images"),
        ("Photo: REUTERS/Kevin Lamarque", "Kevin Lamarque", "REUTERS", "organization/reuters"),
        ("A tank near Avdiivka. © Nicolas Armer/dpa", "Nicolas Armer", "dpa", "organization/dpa"),
        ("A tank near Avdiivka. Photo: Jane Kowalska/AFP", "Jane Kowalska", "AFP", "organization/agence-france-presse"),
    ],
)
def test_a_credit_names_the_photographer_and_the_agency(
    extract: Extract, credit: str, person: str, agency: str, agency_id: str
) -> None:
    mentions = extract("Smoke rises over the city after a strike on Monday.", credit)
    (entity,) = entities_of(mentions, person)
    assert entity.startswith("person/")
    assert entities_of(mentions, agency) == {agency_id}


def test_a_caps_credit_gets_a_title_case_name(extract: Extract) -> None:
    assert entities_of(extract("A strike on Monday. (photo credit: LEAH MILLIS/REUTERS)"), "LEAH MILLIS") == {
        "person/leah-millis"
    }


@pytest.mark.parametrize(
    ("credit", "office"),
    [
        ("A handout photo. Ukrainian Presidential Press Service/AP", "Ukrainian Presidential Press Service"),
        ("Kyiv Post/AP reported the blast.", "Kyiv Post"),
    ],
)
def test_an_office_or_outlet_in_a_credit_is_no_person(extract: Extract, credit: str, office: str) -> None:
    mentions = extract(credit)
    assert not [m for m in mentions if m.kind == "person"]
    assert entities_of(mentions, "AP") == {"organization/associated-press"}


def test_an_agency_in_a_dateline_needs_no_context_word(extract: Extract) -> None:
    mentions = extract("KYIV, Ukraine (AP) — Russia is attacking cities and towns across the east.")
    assert entities_of(mentions, "AP") == {"organization/associated-press"}


def test_ap_outside_a_credit_still_needs_its_context(extract: Extract) -> None:
    assert entities_of(extract("Grades were AP level in the school on Monday."), "AP") == set()


@pytest.mark.parametrize(
    ("sentence", "organization", "entity"),
    [
        ("Russia's Security Council met on Friday.", "Security Council", "organization/security-council-of-russia"),
        (
            "Russia’s Ministry of Defence said it downed drones.",
            "Ministry of Defence",
            "organization/russian-ministry-of-defence",
        ),
    ],
)
def test_a_possessive_country_is_a_place_before_the_organization(
    extract: Extract, sentence: str, organization: str, entity: str
) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, "Russia") == {"place/russia"}
    assert entities_of(mentions, organization) == {entity}


def test_a_caption_credit_line_names_the_agency(extract: Extract) -> None:
    mentions = extract("The minister arrives at the talks in Prague on 31 August. Picture: Getty")
    assert entities_of(mentions, "Getty") == {"organization/getty-images"}


def test_a_bare_getty_outside_a_credit_is_no_agency(extract: Extract) -> None:
    assert not entities_of(extract("The Getty family sold the house."), "Getty")


def test_a_credit_may_name_the_provider_between_photographer_and_agency(extract: Extract) -> None:
    mentions = extract("A sea drone on a pier. (Olena Marchuk/Ministry of Defence of Ukraine/The Associated Press)")
    assert entities_of(mentions, "Olena Marchuk") == {"person/olena-marchuk"}
    assert entities_of(mentions, "Ministry of Defence of Ukraine") == {"organization/ministry-of-defence-of-ukraine"}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("RIGA, Jan 10 (LETA) -- Latvia said so.", "LETA", "organization/leta"),
        ("KYIV, Ukraine, March 3 (Reuters) - Ukraine said so.", "Reuters", "organization/reuters"),
    ],
)
def test_a_dateline_with_its_date_names_the_agency(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}
