"""CorpusGraph: related articles rank by the specific entities they share, leaving out the ones everything shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator import pipeline
from generator.graph.corpus import COMMON_MIN, SPECIFIC, CorpusGraph, KeptRelated, Related
from generator.model import Article, KnowledgeBase, Mention
from tests.render.test_stamps import _steps
from tests.sample import make_project


def _article(number: int) -> Article:
    return Article(
        id=f"a{number:03d}",
        title=f"A{number}",
        date="2024-01-01",
        date_precision="day",
        source="",
        author="",
        url="",
        seed=f"seeds/a{number}.txt",
        sha256="",
        body="x",
        paragraphs=(),
        provenance=(),
    )


def _mention(article: int, entity: str) -> Mention:
    return Mention(f"a{article:03d}", entity, "place", "x", 0, 1, 0, 1, "catalogue", 1.0)


def _index(mentions: list[Mention], articles: int) -> CorpusGraph:
    return CorpusGraph(KnowledgeBase(tuple(_article(n) for n in range(articles)), (), tuple(mentions)))


def test_related_articles_ranked_by_shared_entities() -> None:
    index = _index(
        [
            _mention(0, "place/a"),
            _mention(0, "place/b"),
            _mention(1, "place/a"),
            _mention(2, "place/a"),
            _mention(2, "place/b"),
        ],
        articles=3,
    )
    assert [(a.id, shared) for a, shared in index.related_articles("a000")] == [
        ("a002", ("place/b", "place/a")),  # rarest first
        ("a001", ("place/a",)),
    ]


def test_a_rare_shared_entity_outweighs_a_common_one() -> None:
    mentions = [_mention(0, "place/robotyne"), _mention(1, "place/robotyne"), _mention(0, "place/kyiv")]
    mentions += [_mention(n, "place/kyiv") for n in range(2, 9)]  # Kyiv in eight articles, Robotyne in two
    index = _index(mentions, articles=9)
    related = index.related_articles("a000", limit=3)
    assert [(a.id, shared) for a, shared in related] == [
        ("a001", ("place/robotyne",)),
        ("a002", ("place/kyiv",)),  # equal weights: by id
        ("a003", ("place/kyiv",)),
    ]


def test_two_shared_entities_outweigh_one_slightly_rarer() -> None:
    mentions = [_mention(0, e) for e in ("place/a", "place/b", "place/c")]
    mentions += [_mention(1, "place/a")]  # a: in two articles
    mentions += [_mention(n, e) for n in (2, 3) for e in ("place/b", "place/c")]  # b, c: in three
    index = _index(mentions, articles=4)
    assert [a.id for a, _ in index.related_articles("a000")][:1] == ["a002"]


def test_only_the_most_specific_entities_are_followed() -> None:
    entities = [f"place/p{n:02d}" for n in range(SPECIFIC + 1)]
    mentions = [_mention(0, e) for e in entities]
    for rank, entity in enumerate(entities):  # p00 in two articles, p01 in three, ...
        mentions += [_mention(10 + 10 * rank + k, entity) for k in range(rank + 1)]
    index = _index(mentions, articles=10 * (SPECIFIC + 2))
    assert index.specific_entities("a000") == entities[:SPECIFIC]
    least_specific = {f"a{10 + 10 * SPECIFIC + k:03d}" for k in range(SPECIFIC + 1)}
    assert least_specific.isdisjoint(a.id for a, _ in index.related_articles("a000", limit=100))


def test_ubiquitous_entities_do_not_relate_articles() -> None:
    articles = COMMON_MIN * 3
    mentions = [_mention(n, "place/ukraine") for n in range(articles)]  # in every article
    mentions += [_mention(0, "place/soledar"), _mention(7, "place/soledar")]
    index = _index(mentions, articles)
    assert [(a.id, shared) for a, shared in index.related_articles("a000")] == [("a007", ("place/soledar",))]


def test_small_corpora_keep_every_entity() -> None:
    mentions = [_mention(n, "place/ukraine") for n in range(COMMON_MIN)]
    index = _index(mentions, COMMON_MIN)
    assert len(index.related_articles("a000", limit=100)) == COMMON_MIN - 1


class CountingGraph(CorpusGraph):
    """A graph that notes each article whose related articles it finds, rather than reuses."""

    found_again: list[str]

    def _related(self, article_id: str, specific: tuple[str, ...], limit: int) -> Related:
        self.found_again.append(article_id)
        return super()._related(article_id, specific, limit)


@pytest.mark.usefixtures("memo_catalogue")
def test_related_articles_kept_from_the_last_build_are_those_found_afresh(tmp_path: Path) -> None:
    """A long-lived process's related lists (KeptRelated) through adds, edits, a retitle, a delete
    and a rename on a realistic corpus: every article's list equals a fresh graph's, and after the
    first build most lists are reused, not found again."""
    config = make_project(tmp_path / "project", seeds=())
    write_corpus(config.seeds_dir, n=40)
    kept = KeptRelated()
    for step, change in [("first build", lambda: None), *_steps(config)]:
        change()
        kb = pipeline.gather(config, read_only=True)
        fresh, warm = CorpusGraph(kb), CountingGraph(kb, kept_related=kept)
        warm.found_again = []
        for article in kb.articles:
            assert warm.related_articles(article.id) == fresh.related_articles(article.id), (step, article.id)
        warm.keep_related()
        if step == "first build":
            assert len(warm.found_again) == len(kb.articles)
        elif step in ("add", "retitle"):  # one new article; a title is not what lists are found from
            assert len(warm.found_again) < len(kb.articles) / 2, (step, len(warm.found_again))
