"""A settlement written in its Russian form. Texts written for these tests."""

from __future__ import annotations

from tests.extract.support import Extract, entities_of


def test_a_russian_form_of_a_catalogued_village_is_that_village(extract: Extract) -> None:
    mentions = extract("Shelling was reported in the Novobakhmutovka area overnight.")
    assert entities_of(mentions, "Novobakhmutovka") == {"place/novobakhmutivka"}


def test_an_uncatalogued_ovka_is_a_new_place_under_its_ukrainian_name(extract: Extract) -> None:
    mentions = extract("Two tanks were hit in the Zarichnovka area.")
    assert entities_of(mentions, "Zarichnovka") == {"place/zarichnivka"}


def test_an_outlet_named_so_is_no_place(extract: Extract) -> None:
    mentions = extract("The Russian newspaper Readsovka published a map. Readsovka reported more.")
    assert not [m for m in mentions if m.kind == "place"]
