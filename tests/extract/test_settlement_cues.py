"""Settlements the text calls settlements ("the village of Mala Tomachka") are places, never people,
even when GeoNames lacks them; a Russian spelling of a catalogued village is that village. Texts
written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.settlement_cues import settlement_cue_candidates
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("attacking positions around the village of Mala Tomachka, a hamlet", ["Mala Tomachka"]),
        ("near the village Ivan Franko on Monday", ["Ivan Franko"]),
        ("the villages of Krynky and Kozachi Laheri", ["Kozachi Laheri", "Krynky"]),
        ("the settlement of Novobakhmutovka", ["Novobakhmutovka"]),
        ("the town of Staryi Bereh", ["Staryi Bereh"]),
        ("the eastern town of Kreminnaare a sign", []),  # one unknown word after "town of": a misprint
        ("the town of Kramatorsk Mayor Oleksandr Honcharenko", []),  # a longer capitalised run: not one name
        ("the village of Robotyne Ukrainian troops", []),
        ("the village Council met", []),
        ("the town of Dobropillia, Ukraine's Kraken unit said", []),  # a possessive owns, it names no town
        ("the villages of Krynky, Russia’s Dnipro group said", ["Krynky"]),
        ("the city of Kharkiv Oblast", []),
    ],
)
def test_a_name_after_a_settlement_word_is_a_place(text: str, names: list[str]) -> None:
    assert sorted({n.name for c in settlement_cue_candidates(text) for n in c.new}) == names


def test_later_uses_of_a_cued_name_are_the_place_too() -> None:
    text = "Shelling hit the village of Mala Tomachka. Mala Tomachka, a small town, overlooks the valley."
    spans = [(c.start, c.end) for c in settlement_cue_candidates(text)]
    assert [text[s:e] for s, e in spans] == ["Mala Tomachka", "Mala Tomachka"]


def test_a_two_word_village_is_never_a_person(extract: Extract) -> None:
    mentions = extract(
        "The unit is attacking Russian positions around the village of Mala Tomachka.",
        "A continuous roar welcomes visitors to Mala Tomachka, a small town in Zaporizhzhia Oblast.",
    )
    assert [(m.kind, m.entity) for m in mentions if m.text == "Mala Tomachka"] == [("place", "place/mala-tomachka")] * 2


def test_a_catalogued_village_after_a_cue_keeps_its_catalogue_entity(extract: Extract) -> None:
    assert entities_of(extract("Russian troops entered the village of Kozachi Laheri."), "Kozachi Laheri") == {
        "place/kozachi-laheri"
    }


def test_a_russian_spelling_after_a_cue_is_the_catalogued_village(extract: Extract) -> None:
    mentions = extract("The ministry said its units liberated the settlement of Novobakhmutovka.")
    assert entities_of(mentions, "Novobakhmutovka") == {"place/novobakhmutivka"}
