"""A numbered formation named by number and echelon alone takes the one catalogued formation of that
number, echelon and side the text gives it; without a side, or with two formations that fit, it stays
a new unit. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.catalogue import Catalogue
from generator.extract.unit_numbers import (
    formation_of,
    lower_unit_candidates,
    number_index,
    side_after,
    side_before,
    side_in_sentence,
)
from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("before", "side"),
    [
        ("The soldiers of Ukraine’s ", "Ukraine"),
        ("The soldiers of Ukraine's ", "Ukraine"),
        ("Artillery of the Ukrainian ", "Ukraine"),
        ("An offensive by Russia's ", "Russia"),
        ("A column of the Russian ", "Russia"),
        ("Moscow's ", "Russia"),
        ("Ukrainian soldiers of the ", "Ukraine"),
        ("Russian troops from the ", "Russia"),
        ("Ukrainian drone operators with the ", "Ukraine"),
        ("The soldiers of the ", ""),
        ("Ukrainian officials said the ", ""),  # a side word, but not the formation's
        ("Russian troops in the ", ""),  # "in the 59th Brigade's sector": whose sector?
    ],
)
def test_side_before_reads_the_possessive_or_demonym_right_before_the_number(before: str, side: str) -> None:
    assert side_before(before + "59th Brigade", len(before)) == side


@pytest.mark.parametrize(
    ("after", "side"),
    [
        (" of the Ukrainian Armed Forces lost tanks", "Ukraine"),
        (" of the Armed Forces of Ukraine", "Ukraine"),
        (" of Russia's army", "Russia"),
        (" of the Russian Ground Forces", "Russia"),
        (" of the town", ""),
        (" said the Ukrainian Armed Forces", ""),  # not the forces it belongs to
    ],
)
def test_side_after_reads_the_armed_forces_the_formation_belongs_to(after: str, side: str) -> None:
    assert side_after("the 47th brigade" + after, len("the 47th brigade")) == side


@pytest.mark.parametrize(
    ("name", "side", "entity"),
    [
        ("59th Brigade", "Ukraine", "unit/59th-assault-brigade"),
        ("59th Assault Brigade", "Ukraine", "unit/59th-assault-brigade"),
        ("155th Brigade", "Ukraine", "unit/155th-mechanized-brigade"),
        ("155th Brigade", "Russia", "unit/155th-naval-infantry-brigade"),
        ("59th Brigade", "Russia", None),  # no Russian 59th brigade in the catalogue
        ("59th Tank Brigade", "Ukraine", None),  # a word the catalogued 59th does not have
        ("3rd Brigade", "Ukraine", None),  # two: the 3rd Tank and the 3rd Assault brigades
        ("59th Regiment", "Ukraine", None),  # another echelon
        ("Black Sea Fleet", "Russia", None),  # no number
    ],
)
def test_formation_of_is_the_one_catalogued_formation_of_that_number_echelon_and_side(
    catalogue: Catalogue, name: str, side: str, entity: str | None
) -> None:
    assert formation_of(name, side, number_index(catalogue), catalogue) == entity


def test_number_index_groups_catalogued_formations_by_number_echelon_and_side(catalogue: Catalogue) -> None:
    index = number_index(catalogue)
    assert index["59th", "brigade", "Ukraine"] == ["unit/59th-assault-brigade"]
    assert sorted(index["3rd", "brigade", "Ukraine"]) == ["unit/3rd-assault-brigade", "unit/3rd-tank-brigade"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the Ukrainian 59th brigade held", ["59th Brigade"]),
        ("Ukraine's 155th mechanized brigade", ["155th Mechanized Brigade"]),
        ("Russia’s 20th army", ["20th Army"]),
        ("the 59th brigade held", []),  # lower case without a side is not a name
        ("the 47th brigade of the Ukrainian Armed Forces", ["47th Brigade"]),  # its side after it
        ("the 102nd territorial defense brigade", ["102nd Territorial Defense Brigade"]),  # words say what it is
        ("the 3rd tank battalion", []),  # a battalion's number and type: too generic without its side
        ("the Russian 20th century army", []),  # lower-case words must be unit words
        ("Ukrainian 59th-floor brigade", []),
        ("the 36th separate brigade of marines", ["36th Separate Marine Brigade"]),  # the branch after the type
        ("the 155th brigade of marines", ["155th Marine Brigade"]),
        ("the 155th marine brigade. The 155th brigade", ["155th Marine Brigade", "155th Brigade"]),  # named in full
        ("the 155th brigade of marines. The 155th brigade", ["155th Marine Brigade", "155th Brigade"]),
    ],
)
def test_a_lower_case_formation_is_a_unit_only_after_its_side(text: str, names: list[str]) -> None:
    assert [n.name for c in lower_unit_candidates(text) for n in c.new] == names


def test_bare_mentions_take_the_side_of_the_first(extract: Extract) -> None:
    mentions = extract(
        "NEAR POKROVSK — The soldiers of Ukraine’s 59th Brigade wait for nightfall.",
        "Based near Mezhova, the 59th Brigade has spent months on the line.",
    )
    assert [m.entity for m in mentions if m.text == "59th Brigade"] == ["unit/59th-assault-brigade"] * 2


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Ukrainian troops of the 155th Brigade held Pokrovsk.", "155th Brigade", "unit/155th-mechanized-brigade"),
        ("Russia's 155th Brigade attacked Vuhledar.", "155th Brigade", "unit/155th-naval-infantry-brigade"),
        ("The Ukrainian 59th brigade held Pokrovsk.", "59th brigade", "unit/59th-assault-brigade"),
        ("The 59th Brigade held Pokrovsk.", "59th Brigade", "unit/59th-brigade"),  # no side: a new unit
        ("Ukraine's 3rd Brigade held Avdiivka.", "3rd Brigade", "unit/3rd-brigade"),  # two fit: a new unit
    ],
)
def test_a_bare_numbered_formation_resolves_by_its_side(extract: Extract, text: str, surface: str, entity: str) -> None:
    assert entities_of(extract(text), surface) == {entity}


def test_a_side_after_the_formation_resolves_it_and_its_bare_mentions(extract: Extract) -> None:
    mentions = extract(
        "The 47th brigade of the Ukrainian Armed Forces lost five tanks.", "The 47th Brigade held the line."
    )
    assert [(m.text, m.entity) for m in mentions if m.kind == "unit" and m.text.startswith("47th")] == [
        ("47th brigade", "unit/47th-mechanized-brigade"),
        ("47th Brigade", "unit/47th-mechanized-brigade"),
    ]


def test_two_sides_for_one_number_leave_the_bare_mention_new(extract: Extract) -> None:
    mentions = extract("Russia's 155th Brigade met Ukraine's 155th Brigade.", "The 155th Brigade withdrew.")
    assert [m.entity for m in mentions if m.text == "155th Brigade"] == [
        "unit/155th-naval-infantry-brigade",
        "unit/155th-mechanized-brigade",
        "unit/155th-brigade",
    ]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("the 47th Brigade lost tanks together with other Ukrainian troops near Berdychi.", "Ukraine"),
        ("the 47th Brigade attacked with other Russian units.", "Russia"),
        ("the 47th Brigade held. Other Ukrainian troops withdrew.", ""),  # another sentence
        ("the 47th Brigade fought Russian troops.", ""),  # the enemy, not its side
    ],
)
def test_side_in_sentence_reads_the_sides_other_troops(sentence: str, side: str) -> None:
    assert side_in_sentence(sentence, len("the 47th Brigade")) == side


def test_a_formation_named_with_its_branch_after_it_and_its_short_form_resolve(extract: Extract) -> None:
    mentions = extract(
        "Officers said the elite 155th brigade of marines was routed near Vuhledar.",
        "The 155th brigade had been rebuilt twice.",
    )
    assert entities_of(mentions, "155th brigade of marines") == {"unit/155th-naval-infantry-brigade"}
    assert entities_of(mentions, "155th brigade") == {"unit/155th-naval-infantry-brigade"}


@pytest.mark.parametrize(
    ("paragraphs", "surface", "entity"),
    [
        (  # troops of a bare formation whose parent the paragraph names
            ("Paratroopers of the 76th division were rushed to the front, the VDV command said.",),
            "76th division",
            "unit/76th-guards-air-assault-division",
        ),
        (  # a side before the troop noun
            ("Ukrainian troops of the 65th brigade advanced near the village.",),
            "65th brigade",
            "unit/65th-mechanized-brigade",
        ),
        (  # the same troop nouns with or without a side
            ("Officers of the 76th division were rushed to the front, the VDV command said.",),
            "76th division",
            "unit/76th-guards-air-assault-division",
        ),
        (("Ukrainian positions of the 65th brigade were shelled.",), "65th brigade", "unit/65th-mechanized-brigade"),
        (  # "its": an army's own division
            ("The 58th Combined Arms Army and its 42nd division held the line.",),
            "42nd division",
            "unit/42nd-guards-motor-rifle-division",
        ),
    ],
)
def test_a_bare_formation_after_its_troops_or_owner_is_one_once_resolved(
    extract: Extract, paragraphs: tuple[str, ...], surface: str, entity: str
) -> None:
    assert entities_of(extract(*paragraphs), surface) == {entity}


def test_a_bare_formation_that_resolves_to_nothing_is_no_mention(extract: Extract) -> None:
    assert not [m for m in extract("Units of the 15th brigade improved their position.") if m.kind == "unit"]
