"""Write: only changed files are written, stale generated files go, hand-written files stay."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.config import Config, load_config
from generator.write import MANIFEST, sync_docs
from tests.sample import tree

FILES = {
    "index.md": "# Home\n",
    "articles/a.md": "# A\n",
    "articles/b.md": "# B\n",
    "data/kb.json": '{"schema": "sitrep.kb/1"}\n',
}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_first_sync_writes_every_file(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    summary = sync_docs(docs, FILES)
    assert sorted(summary.written) == sorted(FILES)
    assert (summary.deleted, summary.unchanged) == ((), 0)
    assert tree(docs) == {path: text.encode() for path, text in FILES.items()}


def test_second_sync_writes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    before = mtimes(docs)
    summary = sync_docs(docs, dict(FILES))
    assert (summary.written, summary.deleted, summary.unchanged) == ((), (), len(FILES))
    assert mtimes(docs) == before  # the manifest included


def test_only_changed_files_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    before = mtimes(docs)
    summary = sync_docs(docs, FILES | {"articles/b.md": "# B, revised\n"})
    assert summary.written == ("articles/b.md",)
    assert summary.unchanged == len(FILES) - 1
    after = mtimes(docs)
    assert [path for path in FILES if after[path] != before[path]] == ["articles/b.md"]
    assert (docs / "articles" / "b.md").read_text(encoding="utf-8") == "# B, revised\n"


def test_stale_generated_files_deleted_and_empty_folders_pruned(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    remaining = {k: v for k, v in FILES.items() if k not in ("articles/b.md", "data/kb.json")}
    summary = sync_docs(docs, remaining)
    assert summary.deleted == ("articles/b.md", "data/kb.json")
    assert not (docs / "articles" / "b.md").exists()
    assert not (docs / "data").exists()
    assert tree(docs) == {path: text.encode() for path, text in remaining.items()}


def test_hand_written_files_untouched(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    hand = {"notes.md": b"# My notes\n", "articles/extra.md": b"# Hand-written\n", "img/map.png": b"\x89PNG"}
    for path, data in hand.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(data)
    sync_docs(docs, FILES)
    sync_docs(docs, {"index.md": "# Home, again\n"})  # every other generated file is now stale
    assert {path: (docs / path).read_bytes() for path in hand} == hand
    assert not (docs / "articles" / "a.md").exists()
    assert (docs / "articles").is_dir()  # still holds a hand-written page


def test_manifest_lists_generated_files_and_is_hidden(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    assert MANIFEST.startswith(".")  # MkDocs skips dot files
    assert (docs / MANIFEST).is_file()
    assert sorted(json.loads((docs / MANIFEST).read_text(encoding="utf-8"))) == sorted(FILES)


def test_corrupt_manifest_deletes_nothing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    (docs / MANIFEST).write_text("{not json", encoding="utf-8")
    summary = sync_docs(docs, {"index.md": "# Home\n"})
    assert summary.deleted == ()
    assert (docs / "articles" / "a.md").exists()


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    sync_docs(docs, FILES)
    sync_docs(docs, FILES | {"articles/a.md": "# A2\n"})
    assert [p.name for p in docs.rglob(".tmp-*")] == []


@pytest.mark.parametrize(
    "bad",
    ["../outside.md", "../../etc/passwd", "/etc/passwd", "articles/../../outside.md", "a/../../../x.md"],
)
def test_refuses_paths_outside_docs(tmp_path: Path, bad: str) -> None:
    docs = tmp_path / "project" / "docs"
    with pytest.raises(ValueError, match="outside docs"):
        sync_docs(docs, {bad: "pwned\n"})
    assert not (tmp_path / "outside.md").exists()
    assert not (tmp_path / "project" / "outside.md").exists()


def test_refuses_writing_through_a_symlinked_folder_out_of_docs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (docs / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError, match="outside docs"):
        sync_docs(docs, {"linked/evil.md": "pwned\n"})
    assert list(outside.iterdir()) == []


def test_a_symlinked_file_is_replaced_not_written_through(tmp_path: Path) -> None:
    """A link in docs/ under a generated file's name, even one whose target already holds the page,
    becomes the page: nothing outside docs/ is read as the page or written."""
    docs = tmp_path / "docs"
    docs.mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("# Page\n", encoding="utf-8")
    (docs / "page.md").symlink_to(outside)
    summary = sync_docs(docs, {"page.md": "# Page\n"})
    assert summary.written == ("page.md",)
    assert not (docs / "page.md").is_symlink()
    assert outside.read_text(encoding="utf-8") == "# Page\n"


def test_bad_path_refused_before_anything_is_written(tmp_path: Path) -> None:
    docs = tmp_path / "project" / "docs"
    with pytest.raises(ValueError):
        sync_docs(docs, {"a.md": "# A\n", "z/../../../outside.md": "pwned\n"})
    assert not (docs / "a.md").exists()


@pytest.fixture
def generated_copy(built_project: Config, tmp_path: Path, memo_catalogue: None) -> Config:
    """A copy of the session's built sample project: docs/ already generated once."""
    shutil.copytree(built_project.root, tmp_path / "copy", symlinks=True)
    return load_config(tmp_path / "copy")


def test_pipeline_second_generate_writes_nothing(generated_copy: Config) -> None:
    from generator import pipeline

    before = mtimes(generated_copy.docs_dir)
    second = pipeline.generate(generated_copy)
    assert second.write is not None
    assert (second.write.written, second.write.deleted) == ((), ())
    assert mtimes(generated_copy.docs_dir) == before


def test_pipeline_removes_pages_of_deleted_seeds_only(generated_copy: Config) -> None:
    from generator import pipeline

    seed = generated_copy.seeds_dir / "004_b489b9662815227a.txt"
    article_page = (
        generated_copy.docs_dir / "articles" / "2022-09-09-ukraine-makes-significant-gains-in-kharkiv-ca6ed1.md"
    )
    assert article_page.is_file()
    seed.unlink()
    (generated_copy.docs_dir / "hand-written.md").write_text("# Mine\n", encoding="utf-8")
    result = pipeline.generate(generated_copy)
    assert result.write is not None
    assert "articles/2022-09-09-ukraine-makes-significant-gains-in-kharkiv-ca6ed1.md" in result.write.deleted
    assert not article_page.exists()
    assert (generated_copy.docs_dir / "hand-written.md").read_text(encoding="utf-8") == "# Mine\n"
    assert len(list((generated_copy.docs_dir / "articles").glob("*.md"))) == 3  # two articles and the index
