"""Short forms of a catalogued organization the article names. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.short_forms import _shortens
from tests.extract.support import Extract, entities_of

NABU = "organization/national-anti-corruption-bureau-of-ukraine"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Anti-Corruption Bureau opened a case.", "The National Anti-Corruption Bureau of Ukraine (NABU) said so."),
        ("NABU and the National Anti-Corruption Bureau agree.", "The Anti-Corruption Bureau opened a case."),
    ],
)
def test_a_short_form_of_an_organization_the_article_names_is_that_organization(
    extract: Extract, paragraphs: tuple[str, ...]
) -> None:
    assert entities_of(extract(*paragraphs), "Anti-Corruption Bureau") == {NABU}


def test_without_the_full_name_in_the_article_a_short_form_stays_its_own_body(extract: Extract) -> None:
    assert NABU not in entities_of(extract("The Anti-Corruption Bureau opened a case."), "Anti-Corruption Bureau")


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        (("anti", "corruption", "bureau"), ("national", "anti", "corruption", "bureau"), True),
        (("national", "bureau"), ("national", "anti", "corruption", "bureau"), True),
        (("anti", "corruption", "court"), ("national", "anti", "corruption", "bureau"), False),  # head noun differs
        (("bureau",), ("national", "bureau"), False),  # one word says too little
        (("bureau", "national"), ("national", "anti", "bureau"), False),  # order kept
        (("national", "bureau"), ("national", "bureau"), False),  # the same name is no short form
    ],
)
def test_a_short_form_keeps_the_head_noun_and_the_order(
    short: tuple[str, ...], full: tuple[str, ...], expected: bool
) -> None:
    assert _shortens(short, full) is expected
