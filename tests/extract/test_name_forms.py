"""How catalogued names are written in news: an alternative first word after a slash, a two-word
context word, "mercenary group" after a name that needs context. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.gazetteer import context_keys
from tests.extract.support import Extract, by_text, entities_of


def test_an_alternative_first_word_before_a_slash_is_part_of_the_mention(extract: Extract) -> None:
    found = by_text(extract("Oslo sent a National/Norwegian Advanced Surface to Air Missile System battery."))
    assert found["National/Norwegian Advanced Surface to Air Missile System"] == {"weapon/nasams"}


@pytest.mark.parametrize(
    ("sentence", "surface", "entity"),
    [
        # a credit: two words after the slash, and a photographer
        ("Rescuers at work. Olena Hrytsenko/Getty Images", "Getty Images", "organization/getty-images"),
        # a catalogued name before the slash is a mention of its own
        ("Rail links between Kyiv/Kharkiv resumed.", "Kharkiv", "place/kharkiv"),
        (
            "Air defence: Ukraine/Norwegian Advanced Surface to Air Missile System crews trained.",
            "Norwegian Advanced Surface to Air Missile System",
            "weapon/nasams",
        ),
    ],
)
def test_a_slash_before_a_name_joins_nothing_else(extract: Extract, sentence: str, surface: str, entity: str) -> None:
    assert entities_of(extract(sentence), surface) == {entity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Allies sent air defense systems, among them Gepards.",
        "The anti-aircraft guns included a Gepard.",
        "Allies sent air defence batteries such as Hawk launchers.",
    ],
)
def test_a_two_word_context_word_counts_when_its_words_stand_together(extract: Extract, sentence: str) -> None:
    assert {m.kind for m in extract(sentence) if m.text.startswith(("Gepard", "Hawk"))} == {"weapon"}


def test_a_two_word_context_word_split_across_the_paragraph_does_not_count(extract: Extract) -> None:
    mentions = extract("The air was cold. Gepard, the guard, held the defense of the gate.")
    assert not any(m.kind == "weapon" for m in mentions)


def test_context_keys_are_folded_word_pairs() -> None:
    assert context_keys(("Air Defense", "anti-aircraft", "Shahed")) == ("air defense", "anti aircraft", "shahed")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The Wagner mercenary group took Soledar.", "Wagner"),
        ("Moscow's Wagner mercenary force left Africa.", "Wagner"),
    ],
)
def test_mercenary_group_after_a_name_is_a_head_noun_not_the_name(
    extract: Extract, sentence: str, surface: str
) -> None:
    mentions = extract(sentence)
    assert entities_of(mentions, surface) == {"unit/wagner-group"}
    assert not any("mercenary" in m.text for m in mentions)
