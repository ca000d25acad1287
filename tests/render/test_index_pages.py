"""Index tables with each kind's facts and counts; a home page with counts, dates, latest, top."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.environment import make_environment
from generator.render.kind_index import INDEX_FACTS, kind_index_rows, kind_indexes
from generator.render.memo import render_all
from generator.render.pages import LATEST_ON_INDEX, article_index_pages, index_pages
from tests.sample import PROJECT_ROOT

ABRAMS = Entity(
    "weapon/m1-abrams",
    "weapon",
    "M1 Abrams",
    ("Abrams tank",),
    (("Category", "main battle tank"), ("Origin", "United States")),
)
HIMARS = Entity("weapon/himars", "weapon", "HIMARS", (), (("Category", "rocket artillery"),))


def _article(n: int, date: str, provenance: str = "front matter") -> Article:
    return Article(
        f"a{n}", f"Article {n}", date, "day", "Wire", "", "", f"seeds/a{n}.txt", "", "x", (), (("date", provenance),)
    )  # type: ignore[arg-type]


def _kb() -> KnowledgeBase:
    articles = (_article(2, "2024-03-05"), _article(1, "2024-01-02"), _article(0, "2023-06-01", "inferred"))
    mentions = tuple(
        Mention(a, e.id, "weapon", "x", 0, 1, 0, 1, "catalogue", 1.0)
        for a, e in (("a2", ABRAMS), ("a1", ABRAMS), ("a1", HIMARS), ("a0", HIMARS))
    )
    return KnowledgeBase(articles, (HIMARS, ABRAMS), mentions)


def test_index_rows_carry_the_kinds_facts_counts_and_trusted_first_and_last_seen() -> None:
    rows = kind_index_rows(CorpusGraph(_kb()), "weapon", from_page="weapons/index.md")
    assert INDEX_FACTS["weapon"] == ("Category", "Origin")
    assert [(r["name"], r["facts"], r["mentions"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("HIMARS", ["rocket artillery", ""], 2, "2024-01-02", "2024-01-02"),  # the inferred date is left out
        ("M1 Abrams", ["main battle tank", "United States"], 2, "2024-01-02", "2024-03-05"),
    ]
    assert rows[1]["aliases"] == "Abrams tank"


def test_index_page_has_a_column_per_fact_and_a_filter_box() -> None:
    pages = render_all(make_environment(PROJECT_ROOT / "templates"), kind_indexes(CorpusGraph(_kb()))[0])
    page = pages["weapons/index.md"]
    assert "| Name | Category | Origin | Mentions | Articles | First seen | Last seen |" in page
    assert '<input type="search" class="sitrep-filter-input" data-table="sitrep-table"' in page
    assert (
        '| [M1 Abrams](m1-abrams.md)<span class="sitrep-aliases" hidden>Abrams tank</span> | main battle tank |' in page
    )
    assert "data-rows" not in page and not kind_indexes(CorpusGraph(_kb()))[1]  # every row is on the page


def test_a_long_index_lists_the_most_mentioned_and_ships_every_row_as_data() -> None:
    index = CorpusGraph(_kb())
    page = render_all(make_environment(PROJECT_ROOT / "templates"), kind_indexes(index, shown=1)[0])["weapons/index.md"]
    assert page.count("| [") == 1 and "[HIMARS](himars.md)" in page  # the most mentioned (ties by name)
    assert 'data-rows="index-data.js"' in page and "2 weapons named in the articles. The 1 most mentioned" in page
    script = kind_indexes(index, shown=1)[1]["weapons/index-data.js"]
    assert script.startswith("sitrepIndexRows([[") and script.endswith("]);\n")
    rows = json.loads(script.removeprefix("sitrepIndexRows(").removesuffix(");\n"))
    assert [row[:3] for row in rows] == [["HIMARS", "himars.html", ""], ["M1 Abrams", "m1-abrams.html", "Abrams tank"]]
    assert rows[1][3:] == ["main battle tank", "United States", 2, 2, "2024-01-02", "2024-03-05"]


def test_index_data_is_inert_text() -> None:
    kb = _kb()
    hostile = "</script><script>alert(1)</script>\u2028"
    kb = replace(kb, entities=tuple(replace(e, name=hostile) if e.name == "HIMARS" else e for e in kb.entities))
    script = kind_indexes(CorpusGraph(kb), shown=1)[1]["weapons/index-data.js"]
    assert "\u2028" not in script and "\\u2028" in script
    assert json.loads(script.removeprefix("sitrepIndexRows(").removesuffix(");\n"))[0][0] == hostile


def test_home_says_what_the_knowledge_base_holds_and_nothing_else() -> None:
    home = render_all(make_environment(PROJECT_ROOT / "templates"), index_pages(CorpusGraph(_kb())))["index.md"]
    assert (
        "**3** articles about the war in Ukraine, dated 2 January 2024 to 5 March 2024 (1 without a stated date)"
        in home
    )
    assert "[**2** weapons](weapons/index.md)" in home and "[**0** people](people/index.md)" in home
    assert re.findall(r"^## (.*)$", home, flags=re.M) == ["Latest articles", "Most mentioned"]
    latest = home[home.index("## Latest articles") : home.index("## Most mentioned")]
    assert latest.index("Article 2") < latest.index("Article 1") < latest.index("Article 0")
    assert "- [M1 Abrams](weapons/m1-abrams.md) · 2" in home


def _articles(dates: list[str]) -> tuple[Article, ...]:
    ordered = sorted(enumerate(dates), key=lambda item: item[1], reverse=True)  # as ingest sorts: newest first
    return tuple(_article(n, date) for n, date in ordered if date) + tuple(
        _article(n, date) for n, date in ordered if not date
    )


def test_articles_index_lists_the_newest_and_every_month_has_its_page() -> None:
    env = make_environment(PROJECT_ROOT / "templates")
    dates = [f"2024-{month:02d}-{day:02d}" for month in (1, 2, 3) for day in range(1, 29)] + ["", "2023"]
    pages = render_all(env, article_index_pages(_articles(dates)))
    assert sorted(pages) == [
        "articles/by-month/2023.md",
        "articles/by-month/2024-01.md",
        "articles/by-month/2024-02.md",
        "articles/by-month/2024-03.md",
        "articles/by-month/undated.md",
        "articles/index.md",
    ]
    index = pages["articles/index.md"]
    assert index.count("](a") == LATEST_ON_INDEX  # the newest, linked as ../articles/<id>
    assert "[March 2024](by-month/2024-03.md) · 28 articles" in index
    listed = [line for page, text in pages.items() if page != "articles/index.md" for line in text.splitlines()]
    linked = sorted(re.findall(r"\]\(\.\./(a\d+)\.md\)", "\n".join(listed)))
    assert linked == sorted(f"a{n}" for n in range(len(dates)))  # every article on exactly one month page
    assert "[All articles](../index.md)" in pages["articles/by-month/2024-02.md"]


def test_a_new_article_changes_the_index_and_its_month_only() -> None:
    env = make_environment(PROJECT_ROOT / "templates")
    dates = [f"2024-{month:02d}-{day:02d}" for month in (1, 2, 3) for day in range(1, 29)]
    before = render_all(env, article_index_pages(_articles(dates)))
    after = render_all(env, article_index_pages(_articles([*dates, "2024-02-29"])))
    assert sorted(path for path in after if before.get(path) != after[path]) == [
        "articles/by-month/2024-02.md",
        "articles/index.md",
    ]
