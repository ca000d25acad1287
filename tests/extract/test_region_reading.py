"""A bare oblast capital that the text has made a region ("the region of Sumy") stays the region,
unless the article also speaks of the city. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "In Ukraine's north-eastern region of Sumy, bordering Russia, the battle is nightly.",
                "Drones filled the skies over Sumy. Fifty a night is standard for Sumy.",
            ),
            ["place/sumy-oblast"] * 3,
        ),
        (
            ("In the region of Sumy drones fell.", "In the city of Sumy a school was hit. Sumy mourned."),
            ["place/sumy-oblast", "place/sumy", "place/sumy"],
        ),
        (("The Sumy region was shelled.", "Sumy was hit at noon."), ["place/sumy"]),
        (
            ("In the region of Sumy drones fell.", "Sumy City was quiet and Sumy itself mourned."),
            ["place/sumy-oblast", "place/sumy"],
        ),
    ],
)
def test_bare_capital_follows_the_region_the_text_made_of_it(
    extract: Extract, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert [m.entity for m in extract(*paragraphs) if m.text == "Sumy"] == expected


def test_what_the_text_last_called_the_name_decides_a_bare_use(extract: Extract) -> None:
    paragraphs = (
        "Fighting went on in the occupied western region of Sumy on Tuesday.",
        "Officials said the push to retake Sumy had begun.",
        "A bridge near Sumy city was hit, and Sumy city lost power.",
        "By night Sumy was dark.",
    )
    found = [(m.text, m.entity) for m in extract(*paragraphs) if m.text.startswith("Sumy")]
    assert found == [
        ("Sumy", "place/sumy-oblast"),
        ("Sumy", "place/sumy-oblast"),
        ("Sumy city", "place/sumy"),
        ("Sumy city", "place/sumy"),
        ("Sumy", "place/sumy"),
    ]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Shells fell near Kherson city, residents said.", "Kherson city"),
        ("Kherson City was quiet.", "Kherson City"),
        ("The Kherson city council met on Monday.", "Kherson"),
        ("Kherson city authorities ordered an evacuation.", "Kherson"),
    ],
)
def test_city_after_a_settlement_is_part_of_its_name_unless_it_qualifies_a_noun(
    extract: Extract, sentence: str, surface: str
) -> None:
    assert [(m.text, m.entity) for m in extract(sentence) if m.kind == "place"] == [(surface, "place/kherson")]


def test_a_bare_capital_echoing_the_words_before_its_oblast_is_the_oblast(extract: Extract) -> None:
    mentions = extract(
        "# Troops move to the hotly disputed Sumy",
        "The army moved troops to the hotly disputed Sumy oblast, and the northern Sumy region saw shelling.",
        "Drones struck northern Sumy operations overnight. In Sumy itself the trams ran.",
    )
    assert [m.entity for m in mentions if m.text == "Sumy"] == ["place/sumy-oblast", "place/sumy-oblast", "place/sumy"]


def test_a_word_before_a_region_that_is_no_echo_leaves_the_city(extract: Extract) -> None:
    mentions = extract("Troops moved from the Sumy region. Drones flew from Sumy at noon.")
    assert [m.entity for m in mentions if m.text == "Sumy"] == ["place/sumy"]
