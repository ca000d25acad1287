"""Page-group stamps: a group whose stamp held between two builds would have built pages with the
same signatures (so not building it loses nothing), checked group by group on a realistic corpus
through adds, edits, deletes and a renamed entity; and an incremental build that skips such groups
leaves the docs/ of a build from nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator import pipeline
from generator.config import Config
from generator.graph.corpus import CorpusGraph
from generator.render import memo, page_record
from generator.render.entities import entity_page_groups
from generator.render.memo import PageGroup, signature
from generator.render.pages import article_page_groups
from generator.render.related import together_pairs
from generator.render.stamps import KeptStamps, Stamps
from generator.session import Session
from tests.render.test_memo import fresh_docs
from tests.sample import make_project, tree

pytestmark = pytest.mark.usefixtures("memo_catalogue")
Groups = dict[str, tuple[str, dict[str, str]]]  # group → (stamp, {page: signature})


def all_stamps(stamps: Stamps) -> dict[str, str]:
    graph = stamps.index
    return (
        {f"article {article}": stamp for article, stamp in stamps.articles.items()}
        | {f"page {a.id}": stamps.article_page(a) for a in graph.kb.articles}
        | {f"entity {e.id}": stamps.entity_pages(e) for e in graph.kb.entities}
        | {f"together {a} {b}": stamps.together(a, b) for a, b in together_pairs(graph)}
    )


def stamped_groups(config: Config) -> Groups:
    graph = CorpusGraph(pipeline.gather(config, read_only=True))
    stamps = Stamps(graph)
    key = memo.render_key(config.templates_dir)
    groups = [*article_page_groups(graph, stamps), *entity_page_groups(graph, stamps)]
    return {
        item.name: (item.stamp, {path: signature(key, spec) for path, spec in item.pages()})
        for item in groups
        if isinstance(item, PageGroup)
    }


@pytest.fixture
def growing(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project", seeds=())
    write_corpus(config.seeds_dir, n=40)
    return config


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _rename_a_place(config: Config) -> None:
    """A curator renames a place named in several articles (catalogue/overrides.yml): the pages that
    show its name change (its articles, its neighbours, related lists), nothing else does."""
    graph = CorpusGraph(pipeline.gather(config, read_only=True))
    ranked = sorted((len(graph.articles_of[e.id]), e.id) for e in graph.kb.entities if e.kind == "place")
    _, renamed = ranked[len(ranked) // 2]
    (config.catalogue_dir / "overrides.yml").write_text(f"rename: [{{id: {renamed}, name: Renamed Place}}]\n")


def _steps(config: Config) -> list[tuple[str, Callable[[], object]]]:
    seeds = sorted(config.seeds_dir.iterdir())
    return [
        ("add", lambda: write_corpus(config.seeds_dir, n=1, seed=7, start=40)),
        ("add more", lambda: write_corpus(config.seeds_dir, n=3, seed=8, start=41)),
        ("edit", lambda: _append(seeds[5], "\nOfficials in Kharkiv said more.\n")),
        ("retitle", lambda: seeds[3].write_text("Title: A new title\n\n" + seeds[3].read_text(encoding="utf-8"))),
        ("delete", lambda: seeds[9].unlink()),
        ("rename", lambda: _rename_a_place(config)),
    ]


def test_a_group_whose_stamp_held_has_the_signatures_it_had(growing: Config) -> None:
    before = stamped_groups(growing)
    for step, change in _steps(growing):
        change()
        after = stamped_groups(growing)
        held = [name for name, (stamp, _) in after.items() if name in before and before[name][0] == stamp]
        for name in held:
            assert after[name][1] == before[name][1], (step, name)
        assert held and len(held) < len(after), step  # some groups restamped, never all
        before = after


def test_an_incremental_build_skipping_held_groups_leaves_the_docs_of_a_fresh_build(
    growing: Config, tmp_path: Path
) -> None:
    pipeline.generate(growing)
    for step, change in _steps(growing)[-3:]:  # adds, edits and deletes: tests/render/test_memo.py
        change()
        kb = pipeline.gather(growing)
        rendered = pipeline.render(growing, kb)
        assert rendered.kept, step
        pipeline.generate(growing, kb=kb)
        assert tree(growing.docs_dir) == fresh_docs(growing, tmp_path), step


def test_the_record_keeps_each_groups_stamp_and_pages(growing: Config) -> None:
    pipeline.generate(growing)
    record = page_record.load(growing.cache_dir, memo.render_key(growing.templates_dir))
    groups = record.groups
    assert groups and all(path in record.pages for _, paths in groups.values() for path in paths)
    assert {name.partition("/")[0] for name in groups} >= {"articles", "people", "places"}


def test_kept_stamps_are_the_stamps_made_afresh_and_only_changed_ones_are_made(growing: Config) -> None:
    """A long-lived process takes a stamp again when what it was made from is the same: through
    adds, edits, a retitle, a delete and a renamed entity, every stamp is the one a fresh build
    makes, and after an add most article stamps, and most entities' digests of what they read,
    were not made again."""
    session = Session()
    kept = KeptStamps()
    for step, change in [("first", lambda: None), *_steps(growing)]:
        change()
        kb = pipeline.gather(growing, read_only=True, session=session)
        warm = Stamps(CorpusGraph(kb), kept=kept)
        warm_stamps = all_stamps(warm)
        assert any(name.startswith("together ") for name in warm_stamps)
        warm.keep()
        assert warm_stamps == all_stamps(Stamps(CorpusGraph(pipeline.gather(growing, read_only=True)))), step
        keepable = 2 * len(kb.articles)  # each article's stamp and its page's
        if step == "first":
            assert warm.hashed == keepable
        elif step == "add":
            assert 0 < warm.hashed < keepable / 2, warm.hashed
            assert 0 < warm.reads_made < len(kb.entities) / 2, warm.reads_made
    assert sorted(kept.stamps) == sorted((table, a.id) for a in kb.articles for table in ("article", "article page"))
