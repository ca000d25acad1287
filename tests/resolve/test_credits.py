"""Credits: authors and outlets become person and organization entities linked both ways."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.catalogue import Catalogue, parse_entry
from generator.config import Config
from generator.credits import credits_of, split_authors
from generator.model import Article, Credit
from generator.overrides import Overrides
from generator.resolve import build_knowledge_base
from tests.extract.support import make_article


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("David Axe", ("David Axe",)),
        ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe, John Roe & Ann Poe", ("Jane Doe", "John Roe", "Ann Poe")),
        ("Jane Doe; Jane Doe", ("Jane Doe",)),
        ("AT&T Staff", ("AT&T Staff",)),
        ("&Emi", ()),  # shown as written on the article page, not cut to "Emi" (a Hypothesis find)
        ("Martin Luther King, Jr.", ("Martin Luther King, Jr.",)),
        ("Unknown", ()),
        ("", ()),
        ("x" * 200, ()),
        ("<b onmouseover=alert(1)>Author</b>", ()),  # markup is not a name
        ("{% if true %}Jinja{% endif %}", ()),
        ("@UAWeapons", ()),
    ],
)
def test_split_authors_reads_bylines(byline: str, authors: tuple[str, ...]) -> None:
    assert split_authors(byline) == authors


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    catalogue = Catalogue()
    for kind, raw in (
        ("person", {"id": "david-axe", "name": "David Axe"}),
        ("organization", {"id": "forbes", "name": "Forbes", "aliases": ["Forbes magazine"]}),
        ("organization", {"id": "dcnf", "name": "Daily Caller News Foundation", "aliases": ["DCNF"]}),
    ):
        entry = parse_entry(raw, kind=kind, where="test.yml", problems=catalogue.problems)  # type: ignore[arg-type]
        assert entry is not None
        catalogue.entries[entry.id] = entry
    return catalogue


def _article(article_id: str, *, author: str, source: str) -> Article:
    return replace(make_article("Nothing to see here.", article_id=article_id), author=author, source=source)


def test_credits_resolve_catalogued_names_and_aliases(catalogue: Catalogue) -> None:
    articles = (
        _article("a", author="David Axe", source="Forbes magazine"),
        _article("b", author="Unknown", source="DCNF"),
    )
    credits, _ = credits_of(articles, catalogue)
    assert credits == (
        Credit("a", "person/david-axe", "author"),
        Credit("a", "organization/forbes", "outlet"),
        Credit("b", "organization/dcnf", "outlet"),
    )


def test_uncatalogued_authors_and_outlets_become_entities_found_in_the_articles(catalogue: Catalogue) -> None:
    articles = (_article("a", author="Jane Doe and David Axe", source="The Kyiv Independent"),)
    kb = build_knowledge_base(articles, {}, [], (), catalogue, Overrides())
    entities = {e.id: e for e in kb.entities}
    assert set(entities) == {"person/jane-doe", "person/david-axe", "organization/the-kyiv-independent"}
    assert entities["person/jane-doe"].name == "Jane Doe" and not entities["person/jane-doe"].catalogued
    assert entities["organization/the-kyiv-independent"].kind == "organization"
    assert entities["person/david-axe"].catalogued
    assert {c.role for c in kb.credits if c.entity == "person/jane-doe"} == {"author"}


def test_overrides_merge_credited_entities_too(catalogue: Catalogue) -> None:
    overrides = Overrides(redirects={"person/j-doe": "person/jane-doe"})
    articles = (_article("a", author="J. Doe", source=""), _article("b", author="Jane Doe", source=""))
    kb = build_knowledge_base(articles, {}, [], (), catalogue, overrides)
    assert {c.entity for c in kb.credits} == {"person/jane-doe"}
    assert [e.id for e in kb.entities] == ["person/jane-doe"]


@pytest.mark.parametrize(
    ("page", "links"),
    [
        ("people/david-axe.md", ["Articles by David Axe"]),
        ("people/jonathan-low.md", ["Articles by Jonathan Low"]),
        ("people/jack-buckby.md", ["Articles by Jack Buckby"]),
        ("organizations/forbes.md", ["Articles published by Forbes"]),
    ],
)
def test_sample_seed_authors_and_outlets_have_pages_listing_their_articles(
    built_project: Config, page: str, links: list[str]
) -> None:
    text = (built_project.docs_dir / page).read_text(encoding="utf-8")
    for heading in links:
        assert f"## {heading}" in text
    assert "](../articles/" in text.split("## Mentions")[0]


def test_article_header_links_author_and_outlet(built_project: Config) -> None:
    pages = sorted(Path(built_project.docs_dir, "articles").glob("2025-03-02-*.md"))
    text = pages[0].read_text(encoding="utf-8")
    assert "| Source | [Forbes](../organizations/forbes.md) |" in text
    assert "| Author | [David Axe](../people/david-axe.md), [Jonathan Low](../people/jonathan-low.md) |" in text
