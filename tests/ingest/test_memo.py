"""What each seed was read as is kept between builds; a cached read equals a fresh one; unused entries go."""

from __future__ import annotations

from pathlib import Path

import pytest

import generator.ingest as ingest_module
from generator.ingest import ingest_seeds
from generator.ingest.discover import SeedFile
from generator.ingest.read import Reading

PAGE = (Path(__file__).parent / "pages" / "kharkiv-power-plant.html").read_bytes()
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Kyiv Chronicle</title><item><title>Drones hit Odesa'
    b"</title><link>https://kyivchronicle.example/odesa</link><pubDate>Thu, 14 Nov 2024 08:15:00 +0200</pubDate>"
    b"<description>Russian drones hit the port of Odesa overnight, damaging a grain terminal, the governor said."
    b"</description></item></channel></rss>"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.html").write_bytes(PAGE)
    (tmp_path / "seeds" / "feed.xml").write_bytes(FEED)
    (tmp_path / "seeds" / "note.txt").write_text("too short\n")
    return tmp_path


def test_cached_read_equals_a_fresh_read(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = ingest_seeds(project / "seeds", root=project)
    first = ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    calls: list[str] = []
    real = ingest_module.read_seed

    def counting(seed: SeedFile, data: bytes | None = None) -> list[Reading]:
        calls.append(seed.label)
        return real(seed, data)

    monkeypatch.setattr(ingest_module, "read_seed", counting)
    second = ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    assert fresh == first == second
    assert calls == []  # pages, feeds and text seeds alike
    (project / "seeds" / "note.txt").write_text("too short, and edited\n")
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    assert calls == ["seeds/note.txt"]  # only the edited seed is read again


def test_changed_page_is_read_again(project: Path) -> None:
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    (project / "seeds" / "page.html").write_bytes(PAGE.replace(b"Kharkiv power plant</h1>", b"Kharkiv plant</h1>"))
    result = ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    assert any(a.seed == "seeds/page.html" for a in result.articles)


def test_unreadable_cache_entry_is_read_again(project: Path) -> None:
    first = ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    for entry in (project / "cache").rglob("*.json"):
        entry.write_text("{not json")
    assert ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache") == first


def test_read_only_ingest_writes_no_cache(project: Path) -> None:
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache", read_only=True)
    assert not (project / "cache").exists()


def test_entries_no_seed_uses_are_pruned(project: Path) -> None:
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    assert len(list((project / "cache").rglob("*.json"))) == 3
    (project / "seeds" / "feed.xml").unlink()
    (project / "seeds" / "note.txt").write_text("edited, and still too short\n")
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    assert len(list((project / "cache").rglob("*.json"))) == 2  # the page's, and the edited note's


def test_read_only_ingest_prunes_nothing(project: Path) -> None:
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache")
    (project / "seeds" / "feed.xml").unlink()
    ingest_seeds(project / "seeds", root=project, cache_dir=project / "cache", read_only=True)
    assert len(list((project / "cache").rglob("*.json"))) == 3
