"""Finding seeds: every file accounted for, sorted, and no link followed out of seeds/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.ingest import discover
from generator.ingest.discover import discover_seeds
from tests.sample import write_seeds


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    return tmp_path


def found(root: Path) -> dict[str, str]:
    return {seed.label: seed.problem for seed in discover_seeds(root / "seeds", root=root)}


def test_every_file_listed_sorted_with_labels_from_the_root(root: Path) -> None:
    write_seeds(root / "seeds", {"b.txt": "b", "a.md": "a", "sub/c.txt": "c", "sub/deeper/d.markdown": "d"})
    seeds = discover_seeds(root / "seeds", root=root)
    assert [seed.label for seed in seeds] == [
        "seeds/a.md",
        "seeds/b.txt",
        "seeds/sub/c.txt",
        "seeds/sub/deeper/d.markdown",
    ]
    assert all(seed.problem == "" for seed in seeds)


@pytest.mark.parametrize(
    "name", ["a.txt", "a.TXT", "a.md", "a.markdown", "a.text", "a.MD", "a.html", "a.HTM", "a.xml", "a.rss", "a.atom"]
)
def test_supported_suffixes_accepted(root: Path, name: str) -> None:
    write_seeds(root / "seeds", {name: "text"})
    assert found(root) == {f"seeds/{name}": ""}


@pytest.mark.parametrize(
    ("name", "kind"),
    [("report.pdf", ".pdf"), ("page.docx", ".docx"), ("image.png", ".png"), ("README", "no extension")],
)
def test_unsupported_file_type_reported_with_fix(root: Path, name: str, kind: str) -> None:
    write_seeds(root / "seeds", {name: "text"})
    problem = found(root)[f"seeds/{name}"]
    assert f"unsupported file type ({kind})" in problem
    assert ".txt, .md or .html" in problem


def test_symlink_outside_seeds_not_followed(root: Path) -> None:
    (root / "secret.txt").write_text("outside the seeds folder", encoding="utf-8")
    (root / "seeds" / "link.txt").symlink_to(root / "secret.txt")
    assert "outside seeds/" in found(root)["seeds/link.txt"]


def test_relative_symlink_escaping_seeds_not_followed(root: Path) -> None:
    (root / "secret.txt").write_text("outside the seeds folder", encoding="utf-8")
    (root / "seeds" / "link.txt").symlink_to(Path("..") / "secret.txt")
    assert "outside seeds/" in found(root)["seeds/link.txt"]


def test_symlink_inside_seeds_followed(root: Path) -> None:
    write_seeds(root / "seeds", {"real/article.txt": "text"})
    (root / "seeds" / "alias.txt").symlink_to(root / "seeds" / "real" / "article.txt")
    seeds = {seed.label: seed for seed in discover_seeds(root / "seeds", root=root)}
    assert seeds["seeds/alias.txt"].problem == ""
    assert seeds["seeds/alias.txt"].path == (root / "seeds" / "real" / "article.txt").resolve()


def test_dangling_symlink_reported(root: Path) -> None:
    (root / "seeds" / "gone.txt").symlink_to(root / "seeds" / "missing.txt")
    assert "does not point to a file" in found(root)["seeds/gone.txt"]


def test_symlinked_folder_reported_not_walked(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.txt").write_text("text", encoding="utf-8")
    (root / "seeds" / "linked").symlink_to(outside, target_is_directory=True)
    result = found(root)
    assert "folder is not followed" in result["seeds/linked"]
    assert "seeds/linked/x.txt" not in result


def test_oversized_file_reported(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discover, "MAX_SEED_BYTES", 100)
    write_seeds(root / "seeds", {"big.txt": "x" * 101, "small.txt": "x" * 100})
    result = found(root)
    assert "limit" in result["seeds/big.txt"]
    assert result["seeds/small.txt"] == ""


def test_empty_seeds_folder_finds_nothing(root: Path) -> None:
    assert discover_seeds(root / "seeds", root=root) == []


def test_seeds_outside_root_labelled_by_absolute_path(tmp_path: Path) -> None:
    seeds_dir = tmp_path / "elsewhere" / "seeds"
    write_seeds(seeds_dir, {"a.txt": "text"})
    (tmp_path / "root").mkdir()
    [seed] = discover_seeds(seeds_dir, root=tmp_path / "root")
    assert seed.label == (seeds_dir / "a.txt").as_posix()
    assert os.path.isabs(seed.label)
