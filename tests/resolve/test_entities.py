"""Graph: mentions of the whole corpus become sorted, cross-referenced entities."""

from __future__ import annotations

from typing import Any, cast

import pytest

from generator.catalogue import Catalogue, parse_entry
from generator.config import Config
from generator.model import Kind, Mention, Method, SeedOutcome
from generator.overrides import Overrides
from generator.resolve import KeptMentions, build_knowledge_base
from generator.resolve.entities import build_entities, entity_from_entry
from tests.extract.support import make_article

RAW: list[tuple[Kind, dict[str, Any]]] = [
    ("place", {"id": "donetsk-oblast", "name": "Donetsk Oblast", "type": "oblast"}),
    (
        "place",
        {
            "id": "bakhmut",
            "name": "Bakhmut",
            "aliases": ["Artemivsk"],
            "type": "town",
            "oblast": "donetsk-oblast",
            "coordinates": [48.59, 37.99],
            "description": "Town in Donetsk Oblast.",
        },
    ),
    (
        "weapon",
        {
            "id": "leopard-2",
            "name": "Leopard 2",
            "ambiguous": {"Leopard": ["tank"]},
            "variants": ["Leopard 2A6"],
            "category": "main battle tank",
        },
    ),
    ("person", {"id": "daniel-davis", "name": "Daniel Davis", "role": "analyst", "wikidata": "Q1"}),
    ("person", {"id": "unused-person", "name": "Unused Person"}),
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    catalogue = Catalogue()
    for kind, raw in RAW:
        entry = parse_entry(raw, kind=kind, where="test.yml", problems=catalogue.problems)
        assert entry is not None
        catalogue.entries[entry.id] = entry
    return catalogue


def mention(
    article: str, entity: str, text: str, start: int, *, method: Method = "catalogue", confidence: float = 1.0
) -> Mention:
    kind = cast(Kind, entity.split("/")[0])
    end = start + len(text)
    return Mention(article, entity, kind, text, start, end, start, end, method, confidence)


def test_entity_from_entry_adds_the_oblast_and_parent(catalogue: Catalogue) -> None:
    entity = entity_from_entry(catalogue.entries["place/bakhmut"], catalogue)
    assert entity.name == "Bakhmut" and entity.catalogued
    assert entity.facts[0] == ("Oblast", "Donetsk Oblast")
    assert ("Type", "town") in entity.facts
    assert entity.parent == "place/donetsk-oblast"
    assert entity.coordinates == (48.59, 37.99) and entity.description == "Town in Donetsk Oblast."


def test_entity_from_entry_lists_ambiguous_aliases_too(catalogue: Catalogue) -> None:
    entity = entity_from_entry(catalogue.entries["weapon/leopard-2"], catalogue)
    assert entity.aliases == ("Leopard", "Leopard 2A6")


def test_build_entities_makes_only_the_entities_mentioned(catalogue: Catalogue) -> None:
    mentions = [mention("a", "place/bakhmut", "Bakhmut", 0), mention("a", "person/daniel-davis", "Davis", 10)]
    entities = build_entities(mentions, [], catalogue, Overrides())
    assert [e.id for e in entities] == ["person/daniel-davis", "place/bakhmut"]


def test_build_entities_adds_surfaces_as_aliases_but_not_misspellings(catalogue: Catalogue) -> None:
    mentions = [
        mention("a", "place/bakhmut", "Bakhmut", 0),
        mention("a", "place/bakhmut", "Bahkmut", 10, method="fuzzy"),
        mention("b", "place/bakhmut", "Artyomovsk", 0),
    ]
    (bakhmut,) = build_entities(mentions, [], catalogue, Overrides())
    assert bakhmut.name == "Bakhmut" and bakhmut.aliases == ("Artemivsk", "Artyomovsk")


def test_build_entities_names_a_new_entity_by_its_commonest_proposed_name(catalogue: Catalogue) -> None:
    mentions = [
        mention("a", "unit/38th-marine-brigade", "38th Separate Marine Brigade", 0, method="pattern"),
        mention("b", "unit/38th-marine-brigade", "38th Marine Brigade", 0, method="pattern"),
        mention("c", "unit/38th-marine-brigade", "38th Marine Brigade", 0, method="pattern"),
    ]
    new_names = [("unit/38th-marine-brigade", "38th Marine Brigade")] * 3
    (unit,) = build_entities(mentions, new_names, catalogue, Overrides())
    assert unit.name == "38th Marine Brigade" and not unit.catalogued and unit.kind == "unit"
    assert unit.aliases == ("38th Separate Marine Brigade",)


def test_build_entities_sorts_by_kind_then_name(catalogue: Catalogue) -> None:
    mentions = [
        mention("a", "weapon/leopard-2", "Leopard 2", 0),
        mention("a", "place/bakhmut", "Bakhmut", 20),
        mention("a", "place/donetsk-oblast", "Donetsk Oblast", 30),
        mention("a", "place/avdiivka", "avdiivka", 50),
        mention("a", "person/daniel-davis", "Daniel Davis", 70),
    ]
    entities = build_entities(mentions, [("place/avdiivka", "avdiivka")], catalogue, Overrides())
    assert [e.id for e in entities] == [
        "person/daniel-davis",
        "place/avdiivka",
        "place/bakhmut",
        "place/donetsk-oblast",
        "weapon/leopard-2",
    ]


def test_build_knowledge_base_sorts_mentions_and_lists_review_candidates(catalogue: Catalogue) -> None:
    first = make_article("Bakhmut and Bahkmut. Davis said so.", article_id="a")
    second = make_article("The 38th Marine Brigade.", article_id="b")
    mentions = {
        "a": (
            mention("a", "person/daniel-davis", "Davis", 21, method="coreference"),
            mention("a", "place/bakhmut", "Bakhmut", 0),
            mention("a", "place/bakhmut", "Bahkmut", 12, method="fuzzy", confidence=0.7),
        ),
        "b": (mention("b", "unit/38th-marine-brigade", "38th Marine Brigade", 4, method="pattern", confidence=0.5),),
    }
    report = (SeedOutcome("seeds/a.txt", "built", "a"), SeedOutcome("seeds/b.txt", "built", "b"))
    kb = build_knowledge_base(
        (first, second),
        mentions,
        [("unit/38th-marine-brigade", "38th Marine Brigade")],
        report,
        catalogue,
        Overrides(),
        ("a warning",),
    )
    assert [(m.article, m.start) for m in kb.mentions] == [("a", 0), ("a", 12), ("a", 21), ("b", 4)]
    assert [m.text for m in kb.candidates] == ["Bahkmut", "38th Marine Brigade"]
    assert kb.warnings == ("a warning",) and kb.report == report and kb.articles == (first, second)
    assert {e.id for e in kb.entities} == {"person/daniel-davis", "place/bakhmut", "unit/38th-marine-brigade"}


def test_build_knowledge_base_finds_quotes_from_the_mentions(catalogue: Catalogue) -> None:
    article = make_article("“The war is going to last for a very long time,” Davis said.", article_id="a")
    start = article.body.index("Davis")
    kb = build_knowledge_base(
        (article,), {"a": (mention("a", "person/daniel-davis", "Davis", start),)}, [], (), catalogue, Overrides()
    )
    assert [(q.speaker, q.text) for q in kb.quotes] == [
        ("person/daniel-davis", "The war is going to last for a very long time")
    ]


def test_build_knowledge_base_applies_overrides(catalogue: Catalogue) -> None:
    article = make_article("Bakhmut. Oval Office.", article_id="a")
    mentions: dict[str, tuple[Mention, ...]] = {
        "a": (mention("a", "place/bakhmut", "Bakhmut", 0), mention("a", "place/oval-office", "Oval Office", 9))
    }
    overrides = Overrides(bans=frozenset({"oval office"}), renames={"place/bakhmut": "Bakhmut (town)"})
    kb = build_knowledge_base((article,), mentions, [], (), catalogue, overrides)
    assert [m.entity for m in kb.mentions] == ["place/bakhmut"]
    (bakhmut,) = kb.entities
    assert bakhmut.name == "Bakhmut (town)" and "Bakhmut" in bakhmut.aliases


def test_build_knowledge_base_ignores_mentions_of_articles_not_built(catalogue: Catalogue) -> None:
    article = make_article("Bakhmut.", article_id="a")
    mentions: dict[str, tuple[Mention, ...]] = {
        "a": (mention("a", "place/bakhmut", "Bakhmut", 0),),
        "gone": (mention("gone", "person/daniel-davis", "Davis", 0),),
    }
    kb = build_knowledge_base((article,), mentions, [], (), catalogue, Overrides())
    assert [e.id for e in kb.entities] == ["place/bakhmut"]


def test_oblasts_and_raions_carry_their_capital_as_a_fact() -> None:
    catalogue = Catalogue()
    for raw in (
        {"id": "donetsk-oblast", "name": "Donetsk Oblast", "type": "oblast", "capital": "donetsk"},
        {"id": "donetsk", "name": "Donetsk", "type": "city", "oblast": "donetsk-oblast"},
        {"id": "pokrovsk", "name": "Pokrovsk", "type": "town", "oblast": "donetsk-oblast"},
    ):
        entry = parse_entry(raw, kind="place", where="test.yml", problems=catalogue.problems)
        assert entry is not None
        catalogue.entries[entry.id] = entry
    mentions = [
        mention("a", "place/donetsk-oblast", "Donetsk Oblast", 0),
        mention("a", "place/pokrovsk-raion", "Pokrovsk district", 20, method="pattern", confidence=0.8),
    ]
    entities = build_entities(mentions, [("place/pokrovsk-raion", "Pokrovsk Raion")], catalogue, Overrides())
    oblast, raion = entities
    assert oblast.capital == "place/donetsk" and ("Capital", "Donetsk") in oblast.facts
    assert raion.capital == "place/pokrovsk" and ("Administrative centre", "Pokrovsk") in raion.facts
    assert raion.parent == "place/donetsk-oblast" and not raion.catalogued and raion.confidence == 0.8


def test_oblast_page_links_its_capital(built_project: Config) -> None:
    text = (built_project.docs_dir / "places" / "kharkiv-oblast.md").read_text(encoding="utf-8")
    assert "| Capital | [Kharkiv](kharkiv.md) |" in text


def test_kept_mentions_give_the_knowledge_base_of_a_fresh_build(catalogue: Catalogue) -> None:
    """A long-lived process takes each article's overridden mentions again while its extracted
    mentions and the overrides are the same: through an edit, a new ban, a merge and a deleted
    article, the knowledge base is the one a build without them makes."""
    first = make_article("Bakhmut and Artemivsk. Davis said so.", article_id="b")
    second = make_article("The 38th Marine Brigade at Bakhmut.", article_id="a")
    mentions: dict[str, tuple[Mention, ...]] = {
        "b": (
            mention("b", "person/daniel-davis", "Davis", 23),
            mention("b", "place/bakhmut", "Bakhmut", 0),
            mention("b", "place/bakhmut", "Artemivsk", 12),
        ),
        "a": (
            mention("a", "unit/38th-marine-brigade", "38th Marine Brigade", 4),
            mention("a", "place/bakhmut", "Bakhmut", 26),
        ),
    }
    edited = {**mentions, "a": mentions["a"][:1]}
    banned = Overrides(bans=frozenset({"artemivsk"}))
    merged = Overrides(redirects={"place/bakhmut": "place/donetsk-oblast"})
    steps = [
        ((first, second), mentions, Overrides()),
        ((first, second), mentions, Overrides()),
        ((first, second), edited, Overrides()),
        ((first, second), edited, banned),
        ((first, second), edited, merged),
        ((first,), edited, merged),
    ]
    kept = KeptMentions()
    for step, (articles, by_article, overrides) in enumerate(steps):
        warm = build_knowledge_base(articles, by_article, [], (), catalogue, overrides, kept_mentions=kept)
        fresh = build_knowledge_base(articles, by_article, [], (), catalogue, overrides)
        assert warm == fresh, step
        assert sorted(kept.by_article) == sorted(a.id for a in articles), step
    again = build_knowledge_base((first,), edited, [], (), catalogue, merged, kept_mentions=kept)
    assert all(m is n for m, n in zip(again.mentions, warm.mentions, strict=True))  # taken, not made again
