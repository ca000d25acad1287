"""People by their names alone: a known given name and a capitalised surname, with no other cue."""

from __future__ import annotations

import pytest

from generator.extract.names import given_names, is_given_name
from tests.extract.support import Extract, describe


def people(extract: Extract, *paragraphs: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity, m.method) for m in extract(*paragraphs) if m.kind == "person"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Volodymyr", True),
        ("Oleksandr", True),
        ("Yevgeny", True),
        ("Kaja", True),
        ("Tobias", True),
        ("Will", False),  # an English word first
        ("Storm", False),
        ("General", False),
        ("Kherson", False),
        ("Opinion", False),
    ],
)
def test_given_names_know_names_from_many_countries_but_not_english_words(word: str, expected: bool) -> None:
    assert is_given_name(word) is expected


def test_given_names_list_is_large_and_lowercase() -> None:
    names = given_names()
    assert len(names) > 20_000 and all(name.islower() for name in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Yesterday Oksana Hrytsiuk visited the front.", "Oksana Hrytsiuk"),
        ("Drone footage reviewed by Tobias Lindqvist showed the strike.", "Tobias Lindqvist"),
        ("Opinion Natalia Verbytska: the war is not over.", "Natalia Verbytska"),  # a section label glued on
        ("The report by Kirill Mikhailov of the Conflict Intelligence Team was cited.", "Kirill Mikhailov"),
        ("The talks opened on Monday. REUTERS/Kevin Lamarque", "Kevin Lamarque"),  # a photo credit
    ],
)
def test_a_given_name_and_a_surname_make_a_new_person(extract: Extract, sentence: str, name: str) -> None:
    found = people(extract, sentence)
    assert (name, f"person/{name.lower().replace(' ', '-')}", "heuristic") in found, describe(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Will Russia hold Avdiivka through the winter?",
        "Storm Shadow missiles hit the bridge.",
        "German Leopard 2 tanks arrived in Poland.",
        "The Iskander Missiles struck again; the missiles came from Belgorod.",
        "Georgia Meloni Talks were held.",  # first word a catalogued place
        "Zelensky Meets Trump In Washington",
        "Follow WarTranslated and @UAWeapons for more.",
    ],
)
def test_english_words_places_and_weapons_do_not_make_people(extract: Extract, sentence: str) -> None:
    new = [m for m in extract(sentence) if m.kind == "person" and m.method == "heuristic"]
    assert new == [], describe(new)


def test_a_surname_that_spells_like_a_village_stays_the_person(extract: Extract) -> None:
    found = people(
        extract, "Kremlin spokesman Ivan Ivanivka spoke on Monday.", "Ivanivka added that the talks would go on."
    )
    assert found == [
        ("Ivan Ivanivka", "person/ivan-ivanivka", "heuristic"),
        ("Ivanivka", "person/ivan-ivanivka", "coreference"),
    ]


def test_a_role_cue_raises_the_confidence_of_a_named_person(extract: Extract) -> None:
    (plain,) = [m for m in extract("Oksana Hrytsiuk visited the front.") if m.kind == "person"]
    (cued,) = [m for m in extract("Oksana Hrytsiuk said the front held.") if m.kind == "person"]
    assert plain.confidence < cued.confidence


def test_every_countrys_demonym_is_a_demonym_to_names() -> None:
    from generator.extract.demonyms import COUNTRY_OF_DEMONYM
    from generator.extract.names import DEMONYMS

    assert {d for d in COUNTRY_OF_DEMONYM if " " not in d} <= DEMONYMS
