"""An uncatalogued region is one entity whatever its type word, and its adjective before an office names it.
Texts written for these tests."""

from __future__ import annotations

from tests.extract.support import Extract, entities_of


def test_a_region_the_catalogue_lacks_is_one_entity_under_every_type_word(extract: Extract) -> None:
    mentions = extract(
        "Conscripts from the Zabaykalsky region were sent west.",
        "Officials in Zabaykalsky Krai denied it, and the Zabaykalsky kray press office said nothing.",
    )
    ids = {m.entity for m in mentions if m.text.startswith("Zabaykalsky")}
    assert ids == {"place/zabaykalsky-region"}


def test_the_regions_adjective_before_an_office_is_the_region(extract: Extract) -> None:
    mentions = extract(
        "Marines wrote to the governor of Russia's Zabaykalsky region.",
        "The Zabaykalsky regional governor said the letter was fake.",
    )
    assert entities_of(mentions, "Zabaykalsky") == {"place/zabaykalsky-region"}


def test_an_oblast_named_after_a_city_keeps_its_oblast_name(extract: Extract) -> None:
    mentions = extract("Drones hit a depot in the Moscow region and in Moscow Oblast again.")
    assert {m.entity for m in mentions if m.text.startswith("Moscow ")} == {"place/moscow-oblast"}
