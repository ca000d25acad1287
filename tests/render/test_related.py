"""Related entities grouped by kind, and the "X and Y together" pages for the pairs shown."""

from __future__ import annotations

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.environment import make_environment
from generator.render.memo import render_all
from generator.render.related import MAX_PER_KIND, related_groups, together_pages, together_pairs
from generator.slugs import together_page
from tests.sample import PROJECT_ROOT


def _article(number: int) -> Article:
    return Article(
        f"a{number:02d}",
        f"Article {number}",
        f"2024-01-{number + 1:02d}",
        "day",
        "Outlet",
        "",
        "",
        f"seeds/a{number}.txt",
        "",
        "x",
        (),
        (),
    )


def _kb(corpus: dict[int, list[str]]) -> KnowledgeBase:
    ids = sorted({e for members in corpus.values() for e in members})
    entities = tuple(Entity(e, e.partition("/")[0], e.partition("/")[2].title()) for e in ids)  # type: ignore[arg-type]
    mentions = tuple(
        Mention(f"a{n:02d}", e, e.partition("/")[0], "x", 0, 1, 0, 1, "catalogue", 1.0)  # type: ignore[arg-type]
        for n, members in sorted(corpus.items())
        for e in members
    )
    return KnowledgeBase(tuple(_article(n) for n in sorted(corpus)), entities, mentions)


def test_related_are_grouped_by_kind_with_shared_counts_and_links() -> None:
    index = CorpusGraph(
        _kb(
            {
                0: ["weapon/abrams", "weapon/leopard", "place/avdiivka", "weapon/t-72"],
                1: ["weapon/abrams", "weapon/leopard", "weapon/t-72"],
                2: ["weapon/abrams", "weapon/leopard"],
                3: ["weapon/abrams", "weapon/leopard"],
                4: ["place/kyiv"],
            }
        )
    )
    groups = related_groups(index, "weapon/abrams", from_page="weapons/abrams.md")
    assert [g["title"] for g in groups] == ["Places", "Weapons"]
    (avdiivka,) = groups[0]["entities"]
    leopard, t72 = groups[1]["entities"]
    assert (avdiivka["shared"], avdiivka["together"]) == (1, ["../articles/a00.md"])  # few: each article
    assert (t72["shared"], t72["together"]) == (2, ["../articles/a01.md", "../articles/a00.md"])
    assert (leopard["shared"], leopard["together"]) == (4, ["../together/weapon-abrams--weapon-leopard.md"])


def test_together_pages_exist_only_for_pairs_shown_with_more_than_three_articles() -> None:
    corpus = {n: ["place/ukraine"] for n in range(10)}  # everywhere: related to nothing
    for n in (0, 1, 2, 3):
        corpus[n] += ["weapon/x", "weapon/y"]
    corpus[4] += ["weapon/x", "weapon/z"]  # two shared articles: each linked in the list, no page
    corpus[5] += ["weapon/x", "weapon/z"]
    index = CorpusGraph(_kb(corpus))
    assert together_pairs(index) == [("weapon/x", "weapon/y")]
    pages = render_all(make_environment(PROJECT_ROOT / "templates"), together_pages(index))
    assert list(pages) == ["together/weapon-x--weapon-y.md"]
    page = pages["together/weapon-x--weapon-y.md"]
    assert "# X and Y together" in page and "**4** articles mention both" in page
    assert page.index("Article 3") < page.index("Article 2") < page.index("Article 0")  # newest first


def test_each_kind_shows_at_most_its_share_of_related_entities() -> None:
    corpus = {n: ["weapon/hub", f"weapon/w{n % (MAX_PER_KIND + 3)}"] for n in range(2 * (MAX_PER_KIND + 3))}
    corpus.update({n: ["place/elsewhere"] for n in range(100, 140)})
    index = CorpusGraph(_kb(corpus))
    (weapons,) = related_groups(index, "weapon/hub", from_page="weapons/hub.md")
    assert len(weapons["entities"]) == MAX_PER_KIND
    assert {item["shared"] for item in weapons["entities"]} == {2}


def test_together_page_name_is_the_same_whichever_way_round() -> None:
    assert together_page("weapon/m1-abrams", "weapon/leopard-2") == together_page(
        "weapon/leopard-2", "weapon/m1-abrams"
    )
    assert together_page("weapon/m1-abrams", "weapon/leopard-2") == "together/weapon-leopard-2--weapon-m1-abrams.md"
