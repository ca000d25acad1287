"""CorpusGraph: related articles rank by shared entities, leaving out the ones everything shares."""

from __future__ import annotations

from generator.graph.corpus import COMMON_MIN, CorpusGraph
from generator.model import Article, KnowledgeBase, Mention


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
    assert [(a.id, shared) for a, shared in index.related_articles("a000")] == [("a002", 2), ("a001", 1)]


def test_ubiquitous_entities_do_not_relate_articles() -> None:
    articles = COMMON_MIN * 3
    mentions = [_mention(n, "place/ukraine") for n in range(articles)]  # in every article
    mentions += [_mention(0, "place/soledar"), _mention(7, "place/soledar")]
    index = _index(mentions, articles)
    assert [(a.id, shared) for a, shared in index.related_articles("a000")] == [("a007", 1)]


def test_small_corpora_keep_every_entity() -> None:
    mentions = [_mention(n, "place/ukraine") for n in range(COMMON_MIN)]
    index = _index(mentions, COMMON_MIN)
    assert len(index.related_articles("a000", limit=100)) == COMMON_MIN - 1
