"""Organizations the catalogue does not know: head words, acronyms defined in the text."""

from __future__ import annotations

import pytest

from generator.extract.organizations import acronym_fits, organization_name
from tests.extract.support import Extract, describe, entities_of


def organizations(extract: Extract, *paragraphs: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in extract(*paragraphs) if m.kind == "organization"]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Razumkov Centre", "Razumkov Centre"),
        ("The Kyiv Research Group", "Kyiv Research Group"),
        ("Russian Ministry of Internal Affairs", "Russian Ministry of Internal Affairs"),  # whose ministry
        ("Ukrainian Center for Defense Strategies", "Center for Defense Strategies"),  # a description
        ("Rob Lee of the Foreign Policy Research Institute", "Foreign Policy Research Institute"),
        ("Ministry of Digital Transformation and the State Agency", "Ministry of Digital Transformation"),
        ("CEO of Kovalska Group", "Kovalska Group"),
        ("Department of State and Department of Defense", ""),  # two generic departments, not one
        ("Ministry of Energy Spokesman Ivan Petrov", ""),  # ministry of energy: whose? and not the title
        ("US Department of Defense", ""),  # a place and a generic department
        ("Defense Ministry", ""),
        ("Security Council on Aug", ""),
        ("Financial Times on Friday", "Financial Times"),
        ("Radio NV", "Radio NV"),  # a broadcaster named head first
        ("Radio", ""),  # no name after the connector: none in the name
        ("International Monetary Fund on Monday", "International Monetary Fund"),
        ("West Bank", ""),
        ("Marine Corps", ""),
        ("Donetsk Oblast", ""),
        # the four words after "of" end inside another name: not "... of the British Ministry"
        ("Intelligence Service of the British Ministry of Defense", ""),
        ("On Monday the Kovalska Research Group", "Kovalska Research Group"),  # a date before the name
        ("Monday Raiffeisen Bank", "Raiffeisen Bank"),
        # a possessive after "and" starts another body's name
        ("German Foreign Office and Germany's Economy Ministry", "German Foreign Office"),
        ("Press Service of the Kyiv Regional Council", "Press Service of the Kyiv Regional Council"),
    ],
)
def test_organization_name_reads_head_words(run: str, name: str) -> None:
    assert " ".join(organization_name(run.split(" "))) == name


@pytest.mark.parametrize(
    ("acronym", "words", "fits"),
    [
        ("FPRI", "Foreign Policy Research Institute", True),
        ("WFP", "World Food Programme", True),
        ("KSE", "Kyiv School of Economics", True),
        ("WFP", "United Nations World Food Programme", False),  # its first letter starts the name
        ("NATO", "Foreign Policy Research Institute", False),
    ],
)
def test_acronym_fits_initials_in_order(acronym: str, words: str, fits: bool) -> None:
    assert acronym_fits(acronym, words.split()) is fits


def test_an_acronym_defined_in_the_text_names_the_organization_everywhere(extract: Extract) -> None:
    found = organizations(
        extract,
        "KRG was not yet defined here.",  # a lede may use it before the paragraph that spells it out
        "Analysts at the Kyiv Research Group (KRG) counted the strikes.",
        "KRG said the count was rising.",
    )
    assert found == [
        ("KRG", "organization/kyiv-research-group"),
        ("Kyiv Research Group", "organization/kyiv-research-group"),
        ("KRG", "organization/kyiv-research-group"),
        ("KRG", "organization/kyiv-research-group"),
    ]


def test_an_acronym_names_only_the_words_it_abbreviates(extract: Extract) -> None:
    found = organizations(extract, "The United Nations Grain Relief Agency (GRA) said. GRA added.")
    assert found == [
        ("United Nations", "organization/united-nations"),
        ("Grain Relief Agency", "organization/grain-relief-agency"),
        ("GRA", "organization/grain-relief-agency"),
        ("GRA", "organization/grain-relief-agency"),
    ]


def test_a_catalogued_name_that_includes_its_parent_body_is_one_mention(extract: Extract) -> None:
    found = organizations(extract, "The United Nations World Food Programme (WFP) said. WFP added.")
    assert found == [
        ("United Nations World Food Programme", "organization/world-food-programme"),
        ("WFP", "organization/world-food-programme"),
        ("WFP", "organization/world-food-programme"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "the Supervisory Board of the Defence Tender Agency (DTA) met. The DTA said no.",
            "Defence Tender Agency",
            "DTA",
        ),
        (
            "a report from the Anti-Graft Action Centre (AntAC) came. Later AntAC said more.",
            "Anti-Graft Action Centre",
            "AntAC",
        ),
    ],
)
def test_an_acronym_names_its_definition_from_its_first_capital(
    extract: Extract, text: str, name: str, acronym: str
) -> None:
    mentions = extract(text)
    assert not any(m.text.startswith(("of ", "the ")) for m in mentions)
    (entity,) = entities_of(mentions, name)
    assert entities_of(mentions, acronym) == {entity}


def test_ngo_before_a_name_describes_it(extract: Extract) -> None:
    mentions = extract("The Anti-Graft Action Centre spoke. Then the NGO Anti-Graft Action Centre wrote.")
    assert [m.text for m in mentions if m.kind == "organization"] == ["Anti-Graft Action Centre"] * 2


def test_an_acronym_of_a_catalogued_name_is_that_entity(extract: Extract) -> None:
    found = organizations(extract, "The Institute for the Study of War (ISW) said. ISW added.")
    assert {entity for _, entity in found} == {"organization/institute-for-the-study-of-war"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Biden Administration announced aid.",
        "Talks in the Oval Office went badly.",
        "The Ground Launched Small Diameter Bomb (GLSDB2) was delivered.",
        "What Sky News reported was wrong.",
    ],
)
def test_people_places_and_weapons_are_not_new_organizations(extract: Extract, sentence: str) -> None:
    new = [m for m in extract(sentence) if m.kind == "organization" and m.method == "pattern"]
    assert new == [], describe(new)


def test_british_style_acronyms_match_organizations(extract: Extract) -> None:
    assert organizations(extract, "Nato leaders met.") == [("Nato", "organization/nato")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Farmers will store less grain, Kern said.  Rappler.com", "Rappler.com"),
        ("Drones hit the city overnight, News.Az reports.", "News.Az"),
    ],
)
def test_an_outlet_signing_with_its_domain_is_an_organization(extract: Extract, text: str, outlet: str) -> None:
    (entity,) = entities_of(extract(text), outlet)
    assert entity.startswith("organization/")


@pytest.mark.parametrize("text", ["Read more at www.example.com/page today.", "See https://example.com for data."])
def test_a_link_is_not_an_outlet(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.kind == "organization"]


@pytest.mark.parametrize(
    ("paragraphs", "initials", "full"),
    [
        (
            (
                "Volunteers told the Kharkiv Consortium of Investigative Reporters about it.",
                "KCIR said it would publish.",
            ),
            "KCIR",
            "Kharkiv Consortium of Investigative Reporters",
        ),
        (  # the head word left out of the initials
            (
                "Researchers at the Committee for Freedom in Odesa Foundation found the gaps.",
                "CFO's analysis shows it.",
            ),
            "CFO",
            "Committee for Freedom in Odesa Foundation",
        ),
    ],
    ids=["all-words", "without-head"],
)
def test_initials_of_an_organization_in_the_article_name_it_without_brackets(
    extract: Extract, paragraphs: tuple[str, ...], initials: str, full: str
) -> None:
    found = dict(organizations(extract, *paragraphs))
    assert found[initials] == found[full], describe(extract(*paragraphs))


def test_capitals_that_are_no_organization_s_initials_stay_unnamed(extract: Extract) -> None:
    found = dict(organizations(extract, "The Kyiv Research Group counted FPV drones and the KGB archives."))
    assert "FPV" not in found and "KRG" not in found


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("**ERBIL (Kurdistan Daily) —** Negotiators met in Geneva on Tuesday.", "Kurdistan Daily"),
        ("KYIV, Ukraine (Hromadske Wire) — Russia attacked overnight.", "Hromadske Wire"),
        ("(Prykarpattia News) — Shelling was reported overnight.", "Prykarpattia News"),
    ],
)
def test_the_outlet_in_a_dateline_is_an_organization(extract: Extract, paragraph: str, outlet: str) -> None:
    assert dict(organizations(extract, paragraph)).get(outlet, "").startswith("organization/")


@pytest.mark.parametrize("paragraph", ["He met Smith (left) - on Monday.", "The figure (Table) — as shown."])
def test_brackets_inside_a_sentence_are_no_dateline(extract: Extract, paragraph: str) -> None:
    assert not organizations(extract, paragraph)


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # Russian outlets cited in brackets, without a head word
        (
            "Talks were planned (Vedomosti, March 3; Nezavisimaya Gazeta, March 4).",
            "Vedomosti",
            "organization/vedomosti",
        ),
        (
            "Talks were planned (Vedomosti, March 3; Nezavisimaya Gazeta, March 4).",
            "Nezavisimaya Gazeta",
            "organization/nezavisimaya-gazeta",
        ),
        (
            "Moscow sources told Novaya Gazeta Europe on Monday.",
            "Novaya Gazeta Europe",
            "organization/novaya-gazeta-europe",
        ),
        ("The Kremlin denied it, RBC reported from Moscow.", "RBC", "organization/rbc"),
        ("State channel Rossiya 24 aired the speech.", "Rossiya 24", "organization/rossiya-24"),
        # a bank named without "Bank"
        ("Tinkoff wrote in a statement that its clients were safe.", "Tinkoff", "organization/tinkoff-bank"),
        # bodies named by their usual English descriptions, placed by the paragraph's context
        (
            "Admiral Petrov heads the Main Intelligence Directorate, a Russian service.",
            "Main Intelligence Directorate",
            "organization/gru",
        ),
        (
            "The 22nd Brigade (Russian General Staff's Main Directorate [GRU]) attacked.",
            "Russian General Staff's Main Directorate",
            "organization/gru",
        ),
        (
            "Gerasimov, the chief of the General Staff, spoke.",
            "General Staff",
            "organization/general-staff-of-the-russian-armed-forces",
        ),
        (
            "Ukraines General Staff said Russian troops advanced.",
            "General Staff",
            "organization/general-staff-of-the-armed-forces-of-ukraine",
        ),
        ("Sign up for our newsletter from Insider to read more.", "Insider", "organization/business-insider"),
        # a church named like another with one word more; companies without a head word
        (
            "Bishops of the Russian Orthodox Church Abroad met in May.",
            "Russian Orthodox Church Abroad",
            "organization/russian-orthodox-church-outside-russia",
        ),
        ("Chips made by Infineon were found in the drone.", "Infineon", "organization/infineon-technologies"),
        ("Chips made by NXP were found in the drone.", "NXP", "organization/nxp-semiconductors"),
    ],
    ids=[
        "vedomosti",
        "nezavisimaya",
        "novaya-europe",
        "rbc",
        "rossiya-24",
        "tinkoff",
        "main-intelligence",
        "general-staff-main-directorate",
        "general-staff-russia",
        "general-staff-ukraine",
        "insider",
        "rocor",
        "infineon",
        "nxp",
    ],
)
def test_outlets_banks_and_commands_the_catalogue_names(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Chief of the General Staff Valery Gerasimov said the advance had stopped.", "General Staff"),  # a title
        ("RBC Capital Markets analysts raised their forecast.", "RBC"),  # the Canadian bank's arm
        ("Insider trading rules were tightened.", "Insider"),
    ],
    ids=["title-before-a-name", "rbc-elsewhere", "insider-trading"],
)
def test_ambiguous_organization_names_need_their_context(extract: Extract, text: str, surface: str) -> None:
    assert not [m for m in extract(text) if m.text == surface and m.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "According to the General Staff of the Armed Forces, Ukrainian troops repelled 35 attacks.",
            "General Staff of the Armed Forces",
            "organization/general-staff-of-the-armed-forces-of-ukraine",
        ),
        (
            "The General Staff of the Armed Forces of the Russian Federation said its troops advanced.",
            "General Staff of the Armed Forces of the Russian Federation",
            "organization/general-staff-of-the-russian-armed-forces",
        ),
    ],
)
def test_the_general_staff_of_the_armed_forces_is_one_mention_of_the_side_the_text_names(
    extract: Extract, text: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(text), surface) == {entity}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        (
            "The minister told Polskie Radio 24 that Poland was ready.",
            "Polskie Radio 24",
            "organization/polskie-radio-24",
        ),
        ("He spoke to Espreso TV 24, a channel in Kyiv.", "Espreso TV 24", "organization/espreso-tv-24"),
    ],
)
def test_a_broadcasters_numbered_channel_is_one_name(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize("sentence", ["Polskie Radio 24 hours a day covered it.", "Channel 4 aired it at night."])
def test_a_number_of_hours_or_a_bare_channel_number_is_no_outlet_name(extract: Extract, sentence: str) -> None:
    assert not [m for m in extract(sentence) if m.text in ("Polskie Radio 24", "Channel 4")]


@pytest.mark.parametrize(
    ("paragraphs", "acronym_entity"),
    [
        (  # the acronym names the catalogued body it is defined after, not another body's ambiguous alias
            (
                "Russian forces reached Kharkiv. Ukrainian Ministry of Defense (MoD) adviser Ivan Petrenko spoke.",
                "The MoD said more.",
            ),
            "organization/ministry-of-defence-of-ukraine",
        ),
        (("The Russian MoD said its forces took Kupiansk.",), None),
    ],
)
def test_an_acronym_defined_after_a_catalogued_name_is_that_organization(
    extract: Extract, paragraphs: tuple[str, ...], acronym_entity: str | None
) -> None:
    found = {e for t, e in organizations(extract, *paragraphs) if t == "MoD"}
    assert found == ({acronym_entity} if acronym_entity else set())


def test_the_general_staff_with_its_armed_forces_after_it_is_one_mention(extract: Extract) -> None:
    surface = "Ukrainian General Staff of the Armed Forces"
    mentions = extract(f"The {surface} said forty attacks were repelled.")
    assert [(m.text, m.entity) for m in mentions if m.kind == "organization"] == [
        (surface, "organization/general-staff-of-the-armed-forces-of-ukraine")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "According to Ukraine's Defense Intelligence, the ship sank.",
            "Defense Intelligence",
            "organization/main-directorate-of-intelligence-of-ukraine",
        ),
        ("Photo: © Оборона України, X", "Оборона України", "organization/ministry-of-defence-of-ukraine"),
    ],
)
def test_ukrainian_bodies_under_short_and_own_names(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_defense_intelligence_without_ukraine_is_not_ukraines(extract: Extract) -> None:
    assert not entities_of(extract("US Defense Intelligence officials in Washington said so."), "Defense Intelligence")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Troops crossed the border, according to Vilna Varta, an activist group that tracks convoys.", "Vilna Varta"),
        ("Data came from Kraina Monitor, a volunteer monitoring website.", "Kraina Monitor"),
        ("On Monday Stalevar Holding, a Ukrainian steel company, said so.", "Stalevar Holding"),
    ],
)
def test_a_name_the_text_calls_a_body_is_an_organization(extract: Extract, text: str, surface: str) -> None:
    assert [m.kind for m in extract(text) if m.text == surface] == ["organization"]


@pytest.mark.parametrize(
    "text",
    [
        "Olena Koval, an activist with the group, said so.",  # a person described by what she does
        "The study by the Institute for the Study of War, a think tank, said so.",  # the end of a longer name
        "Marta Hrytsenko, a company spokeswoman, said so.",  # the body's noun describes a word after it
        "Dmytro Savchuk, a party member since 2019, said so.",
        "Taras Melnyk, a bank employee, said so.",
        "Halyna Bondar, a local group of volunteers, said so.",  # a given name first: a person
    ],
)
def test_no_body_from_a_description_that_is_none(extract: Extract, text: str) -> None:
    mentions = extract(text)
    assert not [
        m
        for m in mentions
        if m.kind == "organization"
        and m.text in ("Olena Koval", "War", "Marta Hrytsenko", "Dmytro Savchuk", "Taras Melnyk", "Halyna Bondar")
    ]
