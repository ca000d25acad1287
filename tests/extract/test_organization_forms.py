"""Organizations written in the forms house styles use: a compound adjective before the name
("U.S.-based"), British or American spelling ("Centre"), a company's arm ("Gazprom Neft"), a
government body in lower case after its country ("Russia’s defence ministry"), an alias both sides
share decided by the article ("the General Staff"). Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.gazetteer import initials_variants, spelling_variants
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("said the U.S.-based Institute for the Study of War.", "U.S.", "place/united-states"),
        (
            "said the U.S.-based Institute for the Study of War.",
            "Institute for the Study of War",
            "organization/institute-for-the-study-of-war",
        ),
        ("according to the Kyiv-based Razumkov Centre.", "Razumkov Centre", "organization/razumkov-centre"),
    ],
)
def test_a_compound_adjective_before_a_name_is_not_part_of_it(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("form", "variants"),
    [
        ("Carnegie Russia Eurasia Center", ["Carnegie Russia Eurasia Centre"]),
        ("Razumkov Centre", ["Razumkov Center"]),
        ("Russian Defence Ministry", ["Russian Defense Ministry"]),
        ("Centreville", []),  # whole words only
    ],
)
def test_spelling_variants_swap_british_and_american_words(form: str, variants: list[str]) -> None:
    assert spelling_variants(form) == variants


def test_a_catalogued_name_matches_in_the_other_spelling(extract: Extract) -> None:
    mentions = extract("Sergey Vakulenko of the Carnegie Russia Eurasia Centre said.")
    assert entities_of(mentions, "Carnegie Russia Eurasia Centre") == {
        "organization/carnegie-endowment-for-international-peace"
    }


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("He ran Gazprom Neft until his resignation.", "Gazprom Neft", "organization/gazprom-neft"),
        ("Gazprom Neft CEO Alexander Dyukov said.", "Gazprom Neft", "organization/gazprom-neft"),
        ("Gazprom CEO Alexei Miller said.", "Gazprom", "organization/gazprom"),  # a title
        ("Gazprom Monday cut supplies.", "Gazprom", "organization/gazprom"),  # a date
        ("Gazprom Ukraine talks.", "Gazprom", "organization/gazprom"),  # a place
    ],
)
def test_a_catalogued_company_with_one_more_name_word_is_another_company(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Igor Konashenkov, Russia’s defence ministry spokesperson, said.",
            "defence ministry",
            "russian-ministry-of-defence",
        ),
        ("The Ukrainian foreign ministry said.", "foreign ministry", "ministry-of-foreign-affairs-of-ukraine"),
        ("Ukraine's general staff said.", "general staff", "general-staff-of-the-armed-forces-of-ukraine"),
        ("Russia's general staff said.", "general staff", "general-staff-of-the-russian-armed-forces"),
        (
            "Ukraine’s general staff of the armed forces said.",
            "general staff of the armed forces",
            "general-staff-of-the-armed-forces-of-ukraine",
        ),
    ],
)
def test_a_lower_case_body_after_its_country_is_the_catalogued_body(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {f"organization/{entity}"}


# ("Britain's defence ministry" is the UK's since round 15 reads a lower-case ministry's owner: test_ministries.py)
@pytest.mark.parametrize("text", ["The defence ministry said."])
def test_a_lower_case_body_without_a_known_owner_is_nothing(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "organization"]


def test_a_shared_alias_is_decided_by_the_articles_context(extract: Extract) -> None:
    mentions = extract(
        "Ukrainian President Volodymyr Zelensky replaced several commanders on Friday.",
        "The former commander has been appointed deputy chief of the General Staff.",
    )
    assert entities_of(mentions, "General Staff") == {"organization/general-staff-of-the-armed-forces-of-ukraine"}


def test_a_shared_alias_with_both_sides_in_the_article_stays_undecided(extract: Extract) -> None:
    mentions = extract(
        "Ukrainian and Russian officials met; Gerasimov and Syrskyi were not there.",
        "A deputy chief of the General Staff spoke.",
    )
    assert entities_of(mentions, "General Staff") == set()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The BBC's Russian Service reported.", "Russian Service"),
        ("in the southern Ukrainian region.", "Ukrainian region"),
    ],
)
def test_a_nationality_and_a_head_word_are_a_description_not_a_name(extract: Extract, text: str, surface: str) -> None:
    assert entities_of(extract(text), surface) == set()


@pytest.mark.parametrize(
    ("form", "variants"),
    [
        ("UK Defence Ministry", ["U.K. Defence Ministry"]),
        ("U.S. Senate", []),  # one way only
        ("USAID", []),  # whole words only
    ],
)
def test_initials_variants_add_or_drop_the_dots(form: str, variants: list[str]) -> None:
    assert initials_variants(form) == variants


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Moscow struck, the U.K. Defense Ministry said.", "Defense Ministry", "organization/uk-ministry-of-defence"),
        ("Moscow struck, the U.K. Defense Ministry said.", "U.K.", "place/united-kingdom"),
        ("The U.S. Treasury said.", "U.S. Treasury", "organization/united-states-department-of-the-treasury"),
        ("Moscow struck, the UK Defense Ministry said.", "UK Defense Ministry", "organization/uk-ministry-of-defence"),
    ],
)
def test_a_country_in_dotted_initials_decides_whose_ministry(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_catalogued_agency_joined_to_another_word_is_another_name(extract: Extract) -> None:
    mentions = extract("Interfax-Azerbaijan reported it first, and Interfax later.")
    assert entities_of(mentions, "Interfax") == {"organization/interfax"}
    assert all(m.entity != "organization/interfax" for m in mentions if m.start == 0)
    assert entities_of(extract("They discussed EU-US relations."), "EU") == {"organization/european-union"}


def test_a_bare_cabinet_of_ministers_in_ukrainian_news_is_ukraines(extract: Extract) -> None:
    mentions = extract("In Kyiv, a representative of the Cabinet of Ministers in parliament said so.")
    assert entities_of(mentions, "Cabinet of Ministers") == {"organization/cabinet-of-ministers-of-ukraine"}


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Officers of the State Border Guard Service checked the trucks.", "State Border Guard Service"),
        ("The Coast Guard Service of Estonia said so.", "Coast Guard Service of Estonia"),
        ("The Armed Forces Committee met on Monday.", "Armed Forces Committee"),
        (
            "Ivan Petrenko, head of the Sumy Oblast Military Administration, said so.",
            "Sumy Oblast Military Administration",
        ),
        ("The Poltava Oblast Prosecutor's Office opened a case.", "Poltava Oblast Prosecutor's Office"),
    ],
)
def test_a_state_bodys_head_after_a_forces_word_is_an_organization(
    extract: Extract, sentence: str, surface: str
) -> None:
    assert [m.kind for m in extract(sentence) if m.text == surface] == ["organization"]


def test_a_force_alone_is_no_organization(extract: Extract) -> None:
    assert not [m for m in extract("The Estonian Border Guard arrived.") if m.kind == "organization"]


def test_an_oblast_alone_stays_a_place(extract: Extract) -> None:
    assert [(m.text, m.kind) for m in extract("In Sumy Oblast Police said two were hurt.")][:1] == [
        ("Sumy Oblast", "place")
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (  # one word in another form of its stem, as a translation words it; a long name after its head
            "The Coordinating Headquarters for the Treatment of Prisoners of War confirmed the exchange.",
            "Coordinating Headquarters for the Treatment of Prisoners of War",
            "organization/coordination-headquarters-for-the-treatment-of-prisoners-of-war",
        ),
        (  # a name inside the name: the inner body is the mention
            "The Intelligence Service of the British Ministry of Defense said so.",
            "British Ministry of Defense",
            "organization/uk-ministry-of-defence",
        ),
    ],
)
def test_translated_and_nested_names(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def test_a_long_name_with_another_word_of_the_same_six_letters_is_another_body(extract: Extract) -> None:
    # four words, "Internal" and "International" share six letters, not a stem
    assert "organization/international-atomic-energy-agency" not in {
        m.entity for m in extract("The Internal Atomic Energy Agency said so.")
    }


def test_headquarters_after_a_catalogued_name_is_that_bodys(extract: Extract) -> None:
    assert entities_of(extract("Officials at NATO Headquarters said so."), "NATO") == {"organization/nato"}


def test_a_names_tail_stops_at_the_next_sentences_first_word(extract: Extract) -> None:
    mentions = extract("The Office for the Coordination of Relief Affairs To date it has sent 40 trucks.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Office for the Coordination of Relief Affairs"]


def test_a_names_tail_stops_at_any_sentence_word(extract: Extract) -> None:
    mentions = extract("The Office for the Coordination of Relief Affairs Meanwhile sent 40 trucks.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Office for the Coordination of Relief Affairs"]
