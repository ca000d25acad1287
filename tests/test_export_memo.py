"""The big exports are compressed a month at a time; unchanged months come from the cache, and the
files are the same bytes either way."""

from __future__ import annotations

import dataclasses
import gzip
import sqlite3
from contextlib import closing
from pathlib import Path

from generator.export import GZIPPED, export_files, export_texts, mention_months
from generator.export_memo import FILE, ExportMemo
from generator.model import Article, Entity, KnowledgeBase, Mention

BODY = "Kyiv and Lviv."


def _kb(months: list[str], *, text: str = "Kyiv") -> KnowledgeBase:
    articles = tuple(
        Article(f"{month}-01-a{n}", f"A{n}", f"{month}-01", "day", "", "", "", f"s{n}", "", BODY, (), ())
        for n, month in enumerate(months)
    )
    mentions = tuple(
        Mention(a.id, entity, "place", word, start, start + 4, 0, 14, "catalogue", 1.0)
        for a in sorted(articles, key=lambda a: a.id)
        for entity, word, start in (("place/kyiv", text, 0), ("place/lviv", "Lviv", 9))
    )
    entities = (Entity("place/kyiv", "place", "Kyiv"), Entity("place/lviv", "place", "Lviv"))
    return KnowledgeBase(articles, entities, mentions)


MONTHS = ["2024-01", "2024-01", "2024-02", "2024-03"]


def test_the_gzipped_files_are_one_member_a_month_and_read_as_the_whole_text(tmp_path: Path) -> None:
    kb = _kb(MONTHS)
    assert [len(month) for month in mention_months(kb)] == [4, 2, 2]
    with ExportMemo(tmp_path) as memo:
        cached = export_files(kb, memo=memo)
    texts = export_texts(kb)
    for path in GZIPPED:
        assert gzip.decompress(cached[f"{path}.gz"]).decode("utf-8") == texts[path]
    assert cached == export_files(kb)  # the same bytes with or without the cache


def test_a_second_build_compresses_only_the_month_that_changed(tmp_path: Path) -> None:
    with ExportMemo(tmp_path) as memo:
        export_files(_kb(MONTHS), memo=memo)
    assert (memo.hits, memo.misses) == (0, 6)  # three months, two files
    changed = _kb(MONTHS)
    edited = dataclasses.replace(changed.mentions[-1], text="LVIV")  # March's last mention
    changed = dataclasses.replace(changed, mentions=(*changed.mentions[:-1], edited))
    with ExportMemo(tmp_path) as memo:
        files = export_files(changed, memo=memo)
    assert (memo.hits, memo.misses) == (4, 2)
    assert files == export_files(changed)


def test_a_damaged_entry_is_compressed_again_and_unused_ones_are_pruned(tmp_path: Path) -> None:
    with ExportMemo(tmp_path) as memo:
        export_files(_kb(MONTHS), memo=memo)
    with closing(sqlite3.connect(tmp_path / FILE)) as db:
        db.execute("UPDATE months SET data = ?", (b"not gzip",))
        db.commit()
    kb = _kb(MONTHS[:3])  # March's article removed
    with ExportMemo(tmp_path) as memo:
        files = export_files(kb, memo=memo)
    assert memo.hits == 0 and files == export_files(kb)
    with closing(sqlite3.connect(tmp_path / FILE)) as db:
        assert db.execute("SELECT count(*) FROM months").fetchone()[0] == 4  # two months, two files


def test_an_unusable_store_builds_without_it(tmp_path: Path) -> None:
    (tmp_path / FILE).write_bytes(b"this is not a database" * 100)
    kb = _kb(MONTHS)
    with ExportMemo(tmp_path) as memo:
        assert export_files(kb, memo=memo) == export_files(kb)


def test_a_session_keeps_each_months_digest_while_it_holds_the_same_mentions(tmp_path: Path) -> None:
    """A long-lived process digests again only the months whose Mention objects changed; an equal
    but different mention counts as changed (-0.0 == 0.0, yet the exports print them apart)."""
    kept: dict[str, tuple[tuple[Mention, ...], str]] = {}
    kb = _kb(MONTHS)
    kb = dataclasses.replace(kb, mentions=(*kb.mentions[:-1], dataclasses.replace(kb.mentions[-1], confidence=0.0)))
    with ExportMemo(tmp_path, kept=kept) as memo:
        export_files(kb, memo=memo)
    first = dict(kept)
    assert [months for months, _ in first.values()] == mention_months(kb)
    signed = dataclasses.replace(kb.mentions[-1], confidence=-0.0)  # March's last mention
    changed = dataclasses.replace(kb, mentions=(*kb.mentions[:-1], signed))
    assert changed.mentions == kb.mentions and export_texts(changed) != export_texts(kb)
    with ExportMemo(tmp_path, kept=kept) as memo:
        files = export_files(changed, memo=memo)
    assert (memo.hits, memo.misses) == (4, 2)
    assert files == export_files(changed)
    assert [kept[month][1] is first[month][1] for month in first] == [True, True, False]
