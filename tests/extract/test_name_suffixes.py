"""A generational suffix after a person's name is part of the mention. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.candidates import Resolved
from generator.extract.name_suffixes import with_suffixes
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        ("The meeting ended, said Lloyd J. Austin III on Friday.", "Lloyd J. Austin III", "person/lloyd-austin"),
        ("Mark A. Milley IV was not there.", "Mark A. Milley IV", "person/mark-milley"),
        ("Later Petro Havrylenko III spoke to reporters in Lviv.", "Petro Havrylenko III", "person/petro-havrylenko"),
    ],
)
def test_a_generational_suffix_belongs_to_the_persons_mention(
    extract: Extract, sentence: str, surface: str, entity: str
) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


def _person(start: int, end: int) -> Resolved:
    return Resolved(start, end, "person/x", "person", "catalogue", 1.0)


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("Ann Lee III", 11),  # the suffix joins
        ("Ann Lee IIIrd", 7),  # not a whole word
        ("Ann Lee, Jr.", 7),  # the comma form is left alone
        ("Ann Lee Iran", 7),  # a word that starts like a numeral
    ],
)
def test_only_a_whole_suffix_right_after_the_name_extends_it(body: str, end: int) -> None:
    assert with_suffixes(body, [_person(0, 7)])[0].end == end


def test_a_suffix_another_mention_starts_on_is_not_taken() -> None:
    other = Resolved(8, 11, "unit/x", "unit", "catalogue", 1.0)
    assert with_suffixes("Ann Lee III", [_person(0, 7), other])[0].end == 7


def test_only_people_take_a_suffix() -> None:
    place = Resolved(0, 5, "place/x", "place", "catalogue", 1.0)
    assert with_suffixes("Tokyo III", [place])[0].end == 5
