"""A country's ministry is one entity however the text phrases it: demonym, possessive, "of Country",
"X Ministry" or "Ministry of X", Defense or Defence. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.ministries import ministry_name, portfolio
from tests.extract.support import Extract, entities_of


def organizations(extract: Extract, *paragraphs: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in extract(*paragraphs) if m.kind == "organization"]


@pytest.mark.parametrize(
    ("paragraphs", "entity"),
    [
        (
            (
                "The Lithuanian Defence Ministry said it would send shells.",
                "The Ministry of Defence of Lithuania confirmed it.",
                "Lithuania's Defense Ministry added more.",
            ),
            "organization/ministry-of-defence-of-lithuania",
        ),
        (
            ("The Polish Foreign Ministry summoned the envoy.", "The Polish Ministry of Foreign Affairs said so."),
            "organization/ministry-of-foreign-affairs-of-poland",
        ),
        (
            ("The Latvian Interior Ministry said so.", "The Latvian Ministry of Internal Affairs agreed."),
            "organization/ministry-of-internal-affairs-of-latvia",
        ),
        (  # a catalogued ministry under a phrasing the catalogue does not list
            ("Ukraine's Ministry of Foreign Affairs said so.", "The Ukrainian Foreign Ministry agreed."),
            "organization/ministry-of-foreign-affairs-of-ukraine",
        ),
    ],
)
def test_every_phrasing_of_a_countrys_ministry_is_one_entity(
    extract: Extract, paragraphs: tuple[str, ...], entity: str
) -> None:
    assert {e for _, e in organizations(extract, *paragraphs)} == {entity}


def test_a_possessive_country_stays_a_place_of_its_own(extract: Extract) -> None:
    mentions = extract("Lithuania's Defence Ministry added more.")
    assert [(m.text, m.kind) for m in mentions] == [("Lithuania", "place"), ("Defence Ministry", "organization")]


@pytest.mark.parametrize(
    "text", ["Zelensky's Defence Ministry was reshuffled.", "Its Defence Ministry said.", "Kharkiv's Health Ministry."]
)
def test_no_ministry_without_a_country(extract: Extract, text: str) -> None:
    assert not [e for _, e in organizations(extract, text) if e.startswith("organization/ministry-of-")]


@pytest.mark.parametrize(
    ("owner", "words", "name"),
    [
        ("Lithuania", "Defense", "Ministry of Defence of Lithuania"),
        ("United Kingdom", "Defence", "Ministry of Defence of the United Kingdom"),
        ("Latvia", "the Interior", "Ministry of Internal Affairs of Latvia"),
        ("Poland", "Foreign", "Ministry of Foreign Affairs of Poland"),
        ("Poland", "Energy", "Ministry of Energy of Poland"),
    ],
)
def test_ministry_name(owner: str, words: str, name: str) -> None:
    assert ministry_name(owner, words) == name


def test_portfolio_keeps_unknown_words() -> None:
    assert portfolio("Culture") == "Culture"


@pytest.mark.parametrize(
    "sentence",
    [
        "An update from the MoD said Russian troops were highly likely short of ammunition.",
        "The MoD's latest intelligence update said Russian units had pulled back.",
    ],
)
def test_the_mods_intelligence_update_is_the_british_ministry(extract: Extract, sentence: str) -> None:
    assert entities_of(extract(sentence), "MoD") == {"organization/uk-ministry-of-defence"}


def test_a_bare_mod_in_a_russian_paragraph_stays_russias(extract: Extract) -> None:
    assert entities_of(extract("Russian troops shelled Kharkiv, the MoD said."), "MoD") == {
        "organization/russian-ministry-of-defence"
    }


def test_a_ministry_of_national_defense_is_the_countrys_defence_ministry(extract: Extract) -> None:
    mentions = extract("The Ukrainian Ministry of National Defense released the video.")
    assert entities_of(mentions, "Ukrainian Ministry of National Defense") == {
        "organization/ministry-of-defence-of-ukraine"
    }


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("Units are under the Ministry of Defense in Moscow.", "Ministry of Defense", "russian-ministry-of-defence"),
        ("Officials at the Defence Ministry in Kyiv said so.", "Defence Ministry", "ministry-of-defence-of-ukraine"),
    ],
)
def test_a_ministry_in_a_capital_is_that_countrys(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, surface) == {f"organization/{entity}"}
    assert entities_of(mentions, sentence.split(" in ")[-1].split()[0].rstrip(".")) == {
        "place/moscow" if "Moscow" in sentence else "place/kyiv"
    }


@pytest.mark.parametrize(
    ("paragraphs", "surface", "entity"),
    [
        (  # a country's name (here its initials) before the ministry: the place, then the ministry
            ("The Qatar Foreign Ministry thanked both sides.", "The Qatar Ministry of Foreign Affairs said so."),
            "Foreign Ministry",
            "organization/ministry-of-foreign-affairs-of-qatar",
        ),
        (
            ("On Tuesday the UAE Defence Ministry said the talks went well.",),
            "Defence Ministry",
            "organization/ministry-of-defence-of-the-united-arab-emirates",
        ),
        (  # demonyms of smaller countries
            ("The Kuwaiti Foreign Ministry welcomed the exchange.",),
            "Kuwaiti Foreign Ministry",
            "organization/ministry-of-foreign-affairs-of-kuwait",
        ),
        (("The Emirati Foreign Ministry said so.",), "Emirati Foreign Ministry", None),
    ],
)
def test_a_country_or_demonym_before_the_ministry_says_whose(
    extract: Extract, paragraphs: tuple[str, ...], surface: str, entity: str | None
) -> None:
    mentions = extract(*paragraphs)
    uae = "organization/ministry-of-foreign-affairs-of-the-united-arab-emirates"
    assert entities_of(mentions, surface) == {entity or uae}


def test_a_country_before_its_ministry_stays_a_place(extract: Extract) -> None:
    mentions = extract("The Qatar Foreign Ministry thanked both sides.")
    assert [(m.text, m.kind) for m in mentions] == [("Qatar", "place"), ("Foreign Ministry", "organization")]


def test_no_ministry_after_a_word_that_is_no_country(extract: Extract) -> None:
    assert not [e for _, e in organizations(extract, "The Foreign Ministry said so.") if "-of-" in e]


@pytest.mark.parametrize(
    ("paragraphs", "surface", "entity"),
    [
        (  # the British ministry named in full, then its acronym in a paragraph about Russia
            (
                "Britain's Ministry of Defence said on Monday that Russia had cancelled its exercise.",
                "Russia lacks the troops, the MoD wrote. Russian units are worn out.",
            ),
            "MoD",
            "organization/uk-ministry-of-defence",
        ),
        (  # the bare form first, its owner named later in the article
            (
                "The Ministry of Foreign Affairs announced the success of the mediation between Moscow and Kyiv.",
                "The Qatar Foreign Ministry thanked both sides.",
            ),
            "Ministry of Foreign Affairs",
            "organization/ministry-of-foreign-affairs-of-qatar",
        ),
        (  # the nearest before wins
            (
                "The Ukrainian Defence Ministry said the drones were shot down.",
                "Russia's Defence Ministry denied it. The MoD in its statement gave no figures.",
            ),
            "MoD",
            "organization/russian-ministry-of-defence",
        ),
    ],
)
def test_a_bare_ministry_is_the_one_the_article_names_with_its_country(
    extract: Extract, paragraphs: tuple[str, ...], surface: str, entity: str
) -> None:
    assert entities_of(extract(*paragraphs), surface) == {entity}


def test_a_bare_ministry_of_another_portfolio_keeps_its_reading(extract: Extract) -> None:
    mentions = extract("Britain's Ministry of Defence said so.", "Russian troops shelled Kharkiv, the MoD said.")
    assert entities_of(mentions, "MoD") == {"organization/uk-ministry-of-defence"}
    mentions = extract("The Qatar Foreign Ministry said so.", "Russian troops shelled Kharkiv, the MoD said.")
    assert entities_of(mentions, "MoD") == {"organization/russian-ministry-of-defence"}


def test_a_ministers_title_with_a_country_names_the_bare_ministry(extract: Extract) -> None:
    mentions = extract(
        "Ukrainian Foreign Minister Olena Hrytsenko spoke to reporters on Monday.",
        "During the interview at the Foreign Ministry, she said the talks would go on.",
    )
    assert entities_of(mentions, "Foreign Ministry") == {"organization/ministry-of-foreign-affairs-of-ukraine"}


def test_a_bare_ministry_with_no_owner_in_the_article_is_no_mention(extract: Extract) -> None:
    assert not entities_of(extract("During the interview at the Foreign Ministry, she said so."), "Foreign Ministry")


def test_a_bare_ministry_is_the_one_its_named_catalogued_minister_held(extract: Extract) -> None:
    mentions = extract(
        "The deputies dismissed Oleksii Reznikov on Tuesday.",
        "His successor inherits the procurement scandals of the Ministry of Defense.",
    )
    assert entities_of(mentions, "Ministry of Defense") == {"organization/ministry-of-defence-of-ukraine"}


def test_ministers_of_two_countries_leave_a_bare_ministry_alone(extract: Extract) -> None:
    mentions = extract(
        "Oleksii Reznikov and Sergei Shoigu never met.",
        "A source at the Ministry of Defense said so.",
    )
    assert not entities_of(mentions, "Ministry of Defense")


@pytest.mark.parametrize(
    ("paragraphs", "entity"),
    [
        (  # a possessive without its s, and "of the Republic of"
            ("Belarus' Defence Ministry said so.", "The Ministry of Defence of the Republic of Belarus agreed."),
            "organization/ministry-of-defence-of-belarus",
        ),
        (  # a portfolio's two names
            ("The Russian Emergencies Ministry said so.", "The Ministry of Emergency Situations of Russia agreed."),
            "organization/ministry-of-emergency-situations-of-russia",
        ),
        (("Türkiye's Ministry of National Defense said so.",), "organization/ministry-of-defence-of-turkey"),
    ],
)
def test_more_phrasings_of_a_countrys_ministry(extract: Extract, paragraphs: tuple[str, ...], entity: str) -> None:
    assert {e for _, e in organizations(extract, *paragraphs)} == {entity}


def test_a_sentence_word_before_the_owner_is_not_part_of_its_name(extract: Extract) -> None:
    mentions = extract("Meanwhile Kenya's Defence Ministry said so.")
    assert entities_of(mentions, "Defence Ministry") == {"organization/ministry-of-defence-of-kenya"}
    mentions = extract("Meanwhile Kenya's Foreign Minister spoke in Nairobi.", "Later the Foreign Ministry said so.")
    assert entities_of(mentions, "Foreign Ministry") == {"organization/ministry-of-foreign-affairs-of-kenya"}


def test_a_bare_ministry_after_a_country_word_the_catalogue_lacks_is_not_anothers(extract: Extract) -> None:
    mentions = extract(
        "Ukrainian Foreign Minister Olena Hrytsenko spoke to reporters on Monday.",
        "The Freedonian Foreign Ministry said it had not been told.",
    )
    assert "organization/ministry-of-foreign-affairs-of-ukraine" not in entities_of(mentions, "Foreign Ministry")


def test_a_bare_form_after_a_capitalised_owner_word_takes_no_antecedent() -> None:
    from generator.extract.candidates import Resolved
    from generator.extract.ministry_antecedents import with_ministry_antecedents

    body = "Ukrainian Foreign Minister Olena Hrytsenko spoke. The Pakistani Foreign Ministry said so."
    start = body.index("Foreign Ministry", 40)
    guessed = Resolved(start, start + len("Foreign Ministry"), "organization/x", "organization", "alias", 0.5)

    def ministry_of(country: str, word: str) -> tuple[str, str] | None:
        return ("organization/ministry-of-foreign-affairs-of-ukraine", "") if country == "Ukraine" else None

    for found in ([], [guessed]):
        out = with_ministry_antecedents(body, found, {}, ministry_of)
        assert not [r for r in out if r.start == start and r.entity.endswith("ukraine")]


def test_every_portfolio_the_ministries_know_has_a_bare_form() -> None:
    from generator.extract.ministry_antecedents import bare_portfolio

    assert bare_portfolio("the Emergencies Ministry") == "Emergency Situations"
    assert bare_portfolio("the Ministry of National Defense") == "Defence"
    assert bare_portfolio("the Justice Ministry") == "Justice"


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("On Monday the UK defense ministry said the army was ready.", "defense ministry", "uk-ministry-of-defence"),
        ("Russia's defence ministry said the strike hit a depot.", "defence ministry", "russian-ministry-of-defence"),
        ("Britain's defence ministry said.", "defence ministry", "uk-ministry-of-defence"),
        ("The Turkish defense ministery said ships had left.", "defense ministery", "ministry-of-defence-of-turkey"),
    ],
)
def test_a_ministry_in_lower_case_after_its_owner_is_the_owners(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {f"organization/{entity}"}
