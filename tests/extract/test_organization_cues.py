"""Organizations named once with no head word, told by what the text says around them.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Volnoteks said in a statement that the plant would close.", "Volnoteks"),
        ("Karbonex said on Tuesday in a statement that exports fell.", "Karbonex"),
        ("A spokesperson for Dniprotrans declined to comment.", "Dniprotrans"),
        ("A spokesman for the Halyts Foundation said the fund was empty.", "Halyts Foundation"),
        ("Zorvex's chief executive resigned in June.", "Zorvex"),
        ("Sanctions hit Yantarneft PJSC and two of its tankers.", "Yantarneft"),
        ("The contract went to LLC Stalprom in March.", "Stalprom"),
        ("Workers of the state-owned Polissiaenergo were evacuated.", "Polissiaenergo"),
        ("The state-owned oil company Severneft raised prices.", "Severneft"),
        ("The state company “Ukrvodtrans” repaired the lock.", "Ukrvodtrans"),
        ("The news agency Prykordon reported the shelling.", "Prykordon"),
        ("The Ostrozh news agency reported the shelling.", "Ostrozh"),
        ("Kredobank, the country's largest lender, raised rates.", "Kredobank"),
        ('As the MP from "Tochnist" said, 301 deputies voted for it.', "Tochnist"),
        ("10/04/2025 | Press release | Distributed by Newsline on 10/04/2025", "Newsline"),
        ("The influential military blog Skyhammer cited battle losses.", "Skyhammer"),
        ("The town fell without a fight, Telegram channel Frontline Herald reported.", "Frontline Herald"),
        ("She said so to Olha Kravets of the Dniprovid TV-channel last week.", "Dniprovid"),
        ("The Frontova Hvylia Telegram channel posted a video of the strike.", "Frontova Hvylia"),
    ],
)
def test_what_a_body_does_names_an_uncatalogued_organization(extract: Extract, text: str, surface: str) -> None:
    assert {m.kind for m in extract(text) if m.text == surface} == {"organization"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tanks were abandoned near the town. (Photo: KPN)", "KPN"),
        ("The plant's director left the country, reports ZNA.", "ZNA"),
        ("A burnt truck on the road to the front\nWRN / Maria Kowalska", "WRN"),
    ],
)
def test_initials_in_a_credit_or_after_a_reporting_verb_are_an_agency(
    extract: Extract, text: str, surface: str
) -> None:
    assert {m.kind for m in extract(text) if m.text == surface} == {"organization"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a person: a given name first, or a surname the article writes after a given name
        ("Olena Hrytsenko said in a statement that she would stay.", "Olena Hrytsenko"),
        ("Petro Varenyk runs the mill. Varenyk said in a statement that wages would rise.", "Varenyk"),
        # a catalogued person or place, a unit's spokesman, a facility, a verb "state"
        ("Zelensky said in a statement that the talks would go on.", "Zelensky"),
        ("A spokesman for the Joint Forces Group said the town held.", "Joint Forces Group"),
        ("Drones hit the state-owned Nortex Plant overnight.", "Nortex Plant"),
        ("Please state your ID when you write to us.", "ID"),
    ],
)
def test_a_person_a_place_a_unit_or_a_facility_is_no_cued_organization(
    extract: Extract, text: str, surface: str
) -> None:
    assert "organization" not in {m.kind for m in extract(text) if m.text == surface}


def test_the_photographer_after_an_agencys_initials_ending_a_caption_is_a_person(extract: Extract) -> None:
    mentions = extract("A burnt truck on the road to the front\nWRN / Maria Kowalska")
    assert {m.kind for m in mentions if m.text == "Maria Kowalska"} == {"person"}


def test_a_catalogued_agency_after_a_reporting_verb_needs_no_context_word(extract: Extract) -> None:
    mentions = extract("The cruiser sank on Thursday, according to TASS.")
    assert entities_of(mentions, "TASS") == {"organization/tass"}


@pytest.mark.parametrize(
    "text", ["He visited the Main Command Post of the brigade.", "Soldiers held the Forward Observation Post."]
)
def test_a_military_post_is_no_outlet(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "organization"]


def test_an_outlet_named_post_is_still_one(extract: Extract) -> None:
    assert {m.kind for m in extract("The Lviv Morning Post reported the strike.") if "Post" in m.text} == {
        "organization"
    }


def test_a_name_the_text_calls_the_think_tank_is_an_organization(extract: Extract) -> None:
    mentions = extract("Dniprovi Analytics, the think tank that tracks losses, published new figures.")
    assert {m.kind for m in mentions if m.text == "Dniprovi Analytics"} == {"organization"}


def test_a_forces_spokesman_speaks_for_a_new_unit(extract: Extract) -> None:
    mentions = extract("Ivan Petrenko, spokesman for Ukraine's Southern Forces Group, said the town held.")
    assert entities_of(mentions, "Southern Forces Group") == {"unit/southern-forces-group"}


@pytest.mark.parametrize(
    "text",
    [
        "He wrote on his blog. Then he left the city.",
        "The ministry posted on its official Telegram channel. Nothing followed.",
        "Russian Telegram channels report that the bridge was hit.",
        "Live Channel Finder TV Schedule Podcasts",
    ],
)
def test_a_source_line_naming_a_person_or_a_channel_without_a_name_is_no_organization(
    extract: Extract, text: str
) -> None:
    assert not [m for m in extract(text) if m.kind == "organization"]


@pytest.mark.parametrize(
    ("line", "surface"),
    [("Source: Zorya Daily", "Zorya Daily"), ("Sources: Meduza", "Meduza"), ("Source: Le Veilleur", "Le Veilleur")],
)
def test_an_outlet_on_a_source_line_is_an_organization(extract: Extract, line: str, surface: str) -> None:
    mentions = extract("Three jets were lost over the river.", line)
    assert {m.kind for m in mentions if m.text == surface} == {"organization"}


def test_a_person_on_a_source_line_is_no_organization(extract: Extract) -> None:
    mentions = extract("Three jets were lost over the river.", "Source: Oleksandr Bondar")
    assert not [m for m in mentions if m.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("An official confirmed to The Zorya Herald that the talks failed.", "The Zorya Herald"),
        ("Budanov told The Front Line Review. Last week the town fell.", "The Front Line Review"),
    ],
)
def test_an_outlet_a_person_speaks_to_is_named_with_its_the(extract: Extract, text: str, surface: str) -> None:
    assert {m.kind for m in extract(text) if m.text == surface} == {"organization"}


def test_a_catalogued_outlet_a_person_speaks_to_is_the_catalogues_reading(extract: Extract) -> None:
    mentions = extract("Kuleba told The Associated Press he was sure.")
    assert entities_of(mentions, "Associated Press") == {"organization/associated-press"}


def test_a_place_a_person_speaks_of_after_the_is_no_outlet(extract: Extract) -> None:
    assert not [m for m in extract("He told The Hague court nothing new.") if m.kind == "organization"]
