"""Village namesakes placed by the oblast the text names (generator/extract/namesakes.py)."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of

PISHCHANE = "place/pishchane-kharkiv-oblast"  # GeoNames knows Pishchane in other oblasts only


@pytest.mark.parametrize(
    ("paragraphs", "village", "entity"),
    [
        (("Russian forces attacked near Pishchane in Kharkiv Oblast.",), "Pishchane", PISHCHANE),
        (
            ("Russian forces attacked near Pishchane in the Kharkiv region.",),
            "Pishchane",
            "place/pishchane-kharkiv-oblast",
        ),
        (
            ("Russian forces attacked near Pishchane in the Kupyansk direction.",),
            "Pishchane",
            "place/pishchane-kharkiv-oblast",
        ),
        (("Russian forces attacked near Hraniv (north of Kupyansk).",), "Hraniv", "place/hraniv-kharkiv-oblast"),
        (
            ("Kharkiv Oblast officials reported shelling.", "Russian forces attacked near Pishchane."),
            "Pishchane",
            "place/pishchane-kharkiv-oblast",
        ),
    ],
    ids=["oblast", "region", "direction", "north-of-town", "oblast-elsewhere-in-article"],
)
def test_a_village_named_with_one_oblast_is_the_village_there(
    extract: Extract, paragraphs: tuple[str, ...], village: str, entity: str
) -> None:
    mentions = extract(*paragraphs)
    assert entities_of(mentions, village) == {entity}
    assert any(m.method == "catalogue" and m.confidence < 1 for m in mentions if m.text == village)


def test_a_relocated_village_is_one_entity_in_the_whole_article(extract: Extract) -> None:
    mentions = extract(
        "Russian forces attacked Pishchane in Kharkiv Oblast.",
        "Fighting continued near Pishchane, a milblogger claimed.",
    )
    assert entities_of(mentions, "Pishchane") == {"place/pishchane-kharkiv-oblast"}


@pytest.mark.parametrize(
    ("paragraphs", "village", "not_entity"),
    [
        # next to a town the text names, across an oblast border: the GeoNames village is meant
        (
            ("Russia focused not on Pokrovsk but on the adjacent Novopavlivka direction.",),
            "Novopavlivka",
            "place/novopavlivka-donetsk-oblast",
        ),
        # two oblasts named: nothing decides between them
        (
            ("Russian forces attacked Pishchane in Kharkiv Oblast and Bakhmut in Donetsk Oblast.",),
            "Pishchane",
            "place/pishchane-kharkiv-oblast",
        ),
        # an oblast of Russia places no Ukrainian village
        (("Shelling hit Pishchane in Kursk Oblast.",), "Pishchane", "place/pishchane-kursk-oblast"),
    ],
    ids=["near-a-named-town", "two-oblasts", "russian-oblast"],
)
def test_a_village_is_not_moved_without_one_clear_oblast(
    extract: Extract, paragraphs: tuple[str, ...], village: str, not_entity: str
) -> None:
    found = entities_of(extract(*paragraphs), village)
    assert len(found) == 1 and not_entity not in found, found
    assert all(e.startswith("place/") for e in found)


def test_a_paragraph_keeps_the_anchor_whose_town_has_the_other_names_next_to_it(extract: Extract) -> None:
    """A digest names a far city of the same name as a front-line village (Pryluky): the villages
    listed with Huliaipole are the ones next to Huliaipole, not namesakes by the far city."""
    mentions = extract(
        "The enemy was most active on the Gulyaypole direction: 20 attacks in the area of Gulyaypole, as well as "
        "in the directions of Pryluky, Zaliznychne, Varvarivka and the Gulyaypole area itself."
    )
    assert entities_of(mentions, "Gulyaypole") == {"place/huliaipole"}
    assert entities_of(mentions, "Zaliznychne") == {"place/zaliznychne-zaporizhzhia-oblast"}
    assert entities_of(mentions, "Varvarivka") == {"place/varvarivka-zaporizhzhia-oblast"}


def test_two_anchors_with_no_neighbour_between_them_are_both_kept(extract: Extract) -> None:
    mentions = extract("Strikes hit Kharkiv and Odesa overnight, and drones reached Zaliznychne.")
    assert entities_of(mentions, "Kharkiv") == {"place/kharkiv"}
    assert entities_of(mentions, "Odesa") == {"place/odesa"}
