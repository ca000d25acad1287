"""Quotes: who said what, attributed from the words around the quotation marks.

The mentions are made by hand (every whole-word occurrence of each listed surface), so these tests
depend on the attribution rules only, not on extraction.
"""

from __future__ import annotations

import re

import pytest

from generator.model import Article, Mention, Quote
from generator.quotes import find_quotes
from tests.extract.support import make_article

PEOPLE = {
    "Lt. Col. Daniel Davis": "person/daniel-davis",
    "Daniel Davis": "person/daniel-davis",
    "Davis": "person/daniel-davis",
    "Luke Coffey": "person/luke-coffey",
    "Coffey": "person/luke-coffey",
    "Vitaly Ganchev": "person/vitaly-ganchev",
    "Ganchev": "person/vitaly-ganchev",
    "Tobias Schneider": "person/tobias-schneider",
    "Schneider": "person/tobias-schneider",
    "Antony Blinken": "person/antony-blinken",
    "Blinken": "person/antony-blinken",
    "Vladimir Putin": "person/vladimir-putin",
    "Putin": "person/vladimir-putin",
    "Ned Price": "person/ned-price",
}
LONG = "The war is going to last for a very long time"


def person_mentions(article: Article) -> tuple[Mention, ...]:
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(PEOPLE, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", article.body):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            mentions.append(
                Mention(
                    article.id,
                    PEOPLE[surface],
                    "person",
                    surface,
                    match.start(),
                    match.end(),
                    match.start(),
                    match.end(),
                    "catalogue",
                    1.0,
                )
            )
    return tuple(sorted(mentions, key=lambda m: m.start))


def quotes(*paragraphs: str) -> list[Quote]:
    article = make_article(*paragraphs)
    return find_quotes(article, person_mentions(article))


def attributed(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in quotes(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ((f"“{LONG},” Davis said.",), "person/daniel-davis"),
        ((f"“{LONG},” Davis said on Friday.",), "person/daniel-davis"),
        ((f"“{LONG},” said Coffey.",), "person/luke-coffey"),
        ((f"“{LONG},” said Luke Coffey, a senior fellow.",), "person/luke-coffey"),
        ((f"“{LONG},” Lt. Col. Daniel Davis told the DCNF.",), "person/daniel-davis"),
        ((f"“{LONG},” Schneider added.",), "person/tobias-schneider"),
        ((f'"{LONG}," Davis said.',), "person/daniel-davis"),
        (("Antony Blinken spoke in Kyiv.", f"“{LONG},” he said."), "person/antony-blinken"),
        (("Vitaly Ganchev appeared on television.", f"“{LONG},” she added."), "person/vitaly-ganchev"),
        ((f"Ganchev told reporters: “{LONG}.”",), "person/vitaly-ganchev"),
        ((f"Schneider said that “{LONG}.”",), "person/tobias-schneider"),
        ((f"Vitaly Ganchev said: “{LONG}.”",), "person/vitaly-ganchev"),
    ],
)
def test_quotes_attribute_speaker(paragraphs: tuple[str, ...], speaker: str) -> None:
    found = quotes(*paragraphs)
    assert [(q.speaker, q.text.rstrip(".")) for q in found] == [(speaker, LONG)]


def test_quotes_pronoun_refers_to_the_last_person_named_before() -> None:
    found = attributed("Luke Coffey disagreed. Antony Blinken spoke later.", f"“{LONG},” he said.")
    assert found == [("person/antony-blinken", LONG)]


def test_quotes_pronoun_without_anyone_named_is_not_attributed() -> None:
    assert quotes(f"“{LONG},” he said.") == []


def test_quotes_pronoun_does_not_reach_far_back() -> None:
    filler = "Nothing more was said about it at the time. " * 40
    assert quotes("Antony Blinken spoke in Kyiv.", filler, f"“{LONG},” he said.") == []


def test_quotes_possessive_is_not_the_speaker() -> None:
    seed = (
        f"“{LONG},” a State Department official familiar with Secretary of State Antony Blinken’s thinking "
        "told The Washington Post. “Maneuver is the future.”"
    )
    assert quotes(seed) == []


def test_quotes_possessive_is_passed_over_for_the_speaker_after_it() -> None:
    found = attributed(f"“{LONG},” said Blinken’s spokesman Ned Price.")
    assert found == [("person/ned-price", LONG)]


def test_quotes_person_named_inside_the_quotation_is_not_the_speaker() -> None:
    assert quotes("“Putin will throw a lot of people into this at huge cost,” the official said.") == []


def test_quotes_second_quotation_in_a_paragraph_keeps_the_speaker() -> None:
    found = attributed(f"“{LONG},” Davis said. “And the Russians know it better than anybody else.”")
    assert found == [
        ("person/daniel-davis", LONG),
        ("person/daniel-davis", "And the Russians know it better than anybody else."),
    ]


def test_quotes_short_quotations_are_scare_quotes() -> None:
    assert quotes("Davis called it “ancient” and the “Z” symbol a sign, Davis said.") == []


def test_quotes_according_to_attributes_the_sentence() -> None:
    (quote,) = quotes("Luke Coffey works at Hudson.", "The war will drag on into next year, according to Coffey.")
    assert quote.speaker == "person/luke-coffey"
    assert quote.text == "The war will drag on into next year, according to Coffey."


def test_quotes_according_to_someone_unknown_is_not_a_quote() -> None:
    assert quotes("The war will drag on into next year, according to officials.") == []


def test_quotes_offsets_cover_the_quotation() -> None:
    article = make_article("Lead paragraph here.", f"“{LONG},” Davis said.")
    (quote,) = find_quotes(article, person_mentions(article))
    assert article.body[quote.start : quote.end] == f"“{LONG},”"
    assert quote.article == article.id


def test_quotes_from_seed_004() -> None:
    found = attributed(
        "Nonetheless, Ganchev painted a picture of Russian resistance.",
        "“The enemy is being delayed as much as possible, but several settlements have already come under the control "
        "of Ukrainian armed formations,” Ganchev said.",
        "During an interview on Russian state television, Ganchev expressed concern.",
        "“The very fact of a breach of our defences is already a substantial victory for the Ukrainian armed forces,” "
        "he said.",
        "Also on Friday, U.S. Secretary of State Antony Blinken said that Russian President Vladimir Putin is willing "
        "to lose many lives.",
        "“There are a huge number of Russian forces that are in Ukraine and unfortunately, tragically, horrifically "
        "President Putin has demonstrated that he will throw a lot of people into this,” Blinken said.",
    )
    assert [speaker for speaker, _ in found] == [
        "person/vitaly-ganchev",
        "person/vitaly-ganchev",
        "person/antony-blinken",
    ]


def test_quotes_speaker_is_not_taken_from_a_later_sentence() -> None:
    assert quotes(f"“{LONG}.” The Kremlin did not respond. Putin said on Monday that talks were over.") == []


def test_quotes_explicit_attribution_before_beats_the_next_sentence() -> None:
    assert attributed(f"Davis said: “{LONG}.” Coffey said nothing.") == [("person/daniel-davis", f"{LONG}.")]
