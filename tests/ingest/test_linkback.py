"""The article page links back: the original URL when known, and the seed file's name, not its path."""

from __future__ import annotations

import pytest

from generator import pipeline
from tests.sample import make_project

STORY = """---
title: Drones Hit Kharkiv
url: https://kyivchronicle.example/news/kharkiv?id=1&b=2
date: 2024-11-14
---
Russian drones struck an apartment block in Kharkiv overnight, the mayor said on Telegram.
"""
POSTED = """Drones Hit Odesa Port
Drones struck the port of Odesa overnight, damaging a grain terminal, the governor said.
— Odesa Governor (@odesa_gov) November 13, 2024
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    config = make_project(tmp_path_factory.mktemp("linkback") / "project", seeds=())
    (config.seeds_dir / "reports").mkdir()
    (config.seeds_dir / "reports" / "story.txt").write_text(STORY, encoding="utf-8")
    (config.seeds_dir / "posted.txt").write_text(POSTED, encoding="utf-8")
    pipeline.generate(config)
    # by id without the seed path's hash: "2024-11-14-drones-hit-kharkiv.md"
    return {
        f"{p.stem.rsplit('-', 1)[0]}.md": p.read_text(encoding="utf-8")
        for p in (config.docs_dir / "articles").glob("*-*.md")
    }


def test_article_page_links_to_the_original(pages: dict[str, str]) -> None:
    page = pages["2024-11-14-drones-hit-kharkiv.md"]
    assert "](https://kyivchronicle.example/news/kharkiv?id=1&b=2) |" in page
    assert "| Original | [https://kyivchronicle.example/news/kharkiv?id=1&amp;b=2]" in page  # the text is escaped


def test_article_page_names_the_seed_file_not_its_path(pages: dict[str, str]) -> None:
    page = pages["2024-11-14-drones-hit-kharkiv.md"]
    assert "| Seed file | story.txt |" in page
    assert "seeds/" not in page


def test_inferred_date_is_marked_on_the_page(pages: dict[str, str]) -> None:
    page = pages["2024-11-13-drones-hit-odesa-port.md"]
    assert "| Date | 13 November 2024 (inferred from an embedded post, not stated by the article) |" in page
    assert "| Original |" not in page
