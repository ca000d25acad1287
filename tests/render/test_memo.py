"""The page record: a page is rendered again only when its signature changed, and a page whose
signature did not change would have rendered to the same text (checked on a growing realistic
corpus); the docs/ an incremental build leaves equal those of a build from nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator import pipeline
from generator.config import Config, load_config
from generator.graph.corpus import CorpusGraph
from generator.render import memo, page_record
from generator.render.deferred import Deferred
from generator.render.entities import entity_pages
from generator.render.environment import make_environment
from generator.render.kind_index import kind_indexes
from generator.render.memo import PageSpec, render_all, signature
from generator.render.overview import overview_pages
from generator.render.pages import article_pages, index_pages
from tests.sample import make_project, tree

pytestmark = pytest.mark.usefixtures("memo_catalogue")


def all_specs(config: Config) -> dict[str, PageSpec]:
    graph = CorpusGraph(pipeline.gather(config, read_only=True))
    pages = {**dict(article_pages(graph)), **dict(entity_pages(graph)), **kind_indexes(graph)[0]}
    return pages | overview_pages(graph) | index_pages(graph)


def fresh_docs(config: Config, folder: Path) -> dict[str, bytes]:
    """docs/ as a build from nothing makes them from the same seeds (no cache, no earlier docs/)."""
    root = folder / "fresh"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(config.root, root, ignore=shutil.ignore_patterns("docs", "site", ".sitrep-cache"))
    fresh = load_config(root)
    pipeline.generate(fresh)
    return tree(fresh.docs_dir)


@pytest.fixture
def growing(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project", seeds=())
    write_corpus(config.seeds_dir, n=40)
    pipeline.generate(config)
    return config


def test_nothing_changed_renders_no_page(growing: Config) -> None:
    rendered = pipeline.render(growing, pipeline.gather(growing))
    assert rendered.kept and not any(path.endswith(".md") for path in rendered.files)


def test_adds_edits_and_deletes_render_some_pages_and_leave_the_docs_of_a_fresh_build(
    growing: Config, tmp_path: Path
) -> None:
    seeds = sorted(growing.seeds_dir.iterdir())
    steps = [
        ("add", lambda: write_corpus(growing.seeds_dir, n=1, seed=7, start=40)),
        ("add more", lambda: write_corpus(growing.seeds_dir, n=3, seed=8, start=41)),
        ("edit", lambda: seeds[5].write_text(seeds[5].read_text(encoding="utf-8") + "\nKyiv said more.\n")),
        ("delete", lambda: seeds[9].unlink()),
    ]
    for step, change in steps:
        change()
        kb = pipeline.gather(growing)
        rendered = pipeline.render(growing, kb)
        pages = [path for path in rendered.files if path.endswith(".md")]
        assert pages and rendered.kept, step  # some pages, never all of them
        pipeline.generate(growing, kb=kb)
        assert tree(growing.docs_dir) == fresh_docs(growing, tmp_path), step


def test_a_page_whose_signature_is_unchanged_renders_the_same(growing: Config) -> None:
    """What the record relies on, checked page by page while the corpus grows by a few articles."""
    env = make_environment(growing.templates_dir)
    key = memo.render_key(growing.templates_dir)
    before = all_specs(growing)
    signed = {path: signature(key, spec) for path, spec in before.items()}
    texts = render_all(env, before)
    write_corpus(growing.seeds_dir, n=5, seed=3, start=40)
    after = all_specs(growing)
    same = [path for path, spec in after.items() if signed.get(path) == signature(key, spec)]
    assert len(same) > len(after) // 2  # most pages did not change
    for path in same:
        assert after[path].render(env) == texts[path], path


def test_a_template_change_renders_every_page(growing: Config) -> None:
    template = growing.templates_dir / "about.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rendered = pipeline.render(growing, pipeline.gather(growing))
    assert not rendered.kept


def test_a_page_changed_by_hand_is_rendered_again(growing: Config) -> None:
    page = growing.docs_dir / "about.md"
    expected = page.read_bytes()
    page.write_text("changed by hand", encoding="utf-8")
    pipeline.generate(growing)
    assert page.read_bytes() == expected


def test_a_damaged_record_renders_every_page(growing: Config, caplog: pytest.LogCaptureFixture) -> None:
    (growing.cache_dir / page_record.RECORD_FILE).write_bytes(b"not a database" * 100)
    rendered = pipeline.render(growing, pipeline.gather(growing))
    assert not rendered.kept


def test_check_renders_every_page_and_keeps_no_record(growing: Config) -> None:
    (growing.cache_dir / page_record.RECORD_FILE).unlink()
    rendered = pipeline.render(growing, pipeline.gather(growing, read_only=True), read_only=True)
    assert not rendered.kept
    assert not (growing.cache_dir / page_record.RECORD_FILE).exists()


def test_deferred_stands_in_a_repr_by_its_inputs_and_is_computed_once() -> None:
    calls: list[int] = []

    def costly(n: int, *, title: str) -> str:
        calls.append(n)
        return f"{title}: {n * 2}"

    piece = Deferred(costly, 21, title="answer")
    assert "costly((21,), [('title', 'answer')])" in repr(piece) and calls == []
    assert str(piece) == "answer: 42" and piece and len(piece) == 10
    assert calls == [21]
    keyed = Deferred.keyed("digest-1", costly, 1, title="x")
    assert repr(keyed).endswith("'digest-1'>")


def test_deferred_markup_prints_as_markup_and_text_is_escaped(tmp_path: Path) -> None:
    from markupsafe import Markup

    (tmp_path / "t.md.j2").write_text("{{ a }}|{{ b }}", encoding="utf-8")
    env = make_environment(tmp_path)
    out = PageSpec("t.md.j2", {"a": Deferred(Markup, "<svg/>"), "b": Deferred(str, "*x*")}).render(env)
    assert out == "<svg/>|\\*x\\*"
