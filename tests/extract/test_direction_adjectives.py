"""A front's direction named by the Russian adjective of its town. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Fighting went on in the Pokrovsky direction all week.", "Pokrovsky", "place/pokrovsk"),
        ("Assault groups advanced on the Toretsky axis.", "Toretsky", "place/toretsk"),
    ],
)
def test_a_towns_adjective_before_direction_is_the_town(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_an_adjective_of_no_catalogued_town_is_nothing(extract: Extract) -> None:
    assert not [m for m in extract("Attacks continued in the Slobozhansky direction.") if m.kind == "place"]
