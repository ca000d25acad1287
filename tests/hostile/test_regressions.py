"""The second round of hostile input (issue 9), one test per way in, named after what it protects.

Case 1 (script from a title) is tests/hostile/test_site_properties.py, case 2 (two builds at once)
tests/test_lock.py, case 4 (names in search results) tests/hostile/test_browser_hostile.py, case 7
(duplicate ids) tests/ingest/test_ingest.py, case 9 (alias bombs) tests/test_yamlio.py and below, case 3
(unreadable seeds) tests/hostile/test_unreadable.py.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import sqlite3
import threading

import pytest

from generator import pipeline
from generator.cli import main
from generator.config import Config
from generator.extract import MAX_MENTIONS_PER_ARTICLE
from generator.ingest import FIELD_LIMITS
from generator.ingest.discover import MAX_SEED_BYTES
from generator.model import Article, Mention, Paragraph
from generator.quotes import find_quotes
from tests.hostile.conftest import catalogue_loaded_once
from tests.test_yamlio import BOMB

BODY = "Officials in Kyiv said the situation near Bakhmut remained difficult but under control.\n"


def _run(config: Config, *args: str) -> tuple[int, str]:
    stderr = io.StringIO()
    with catalogue_loaded_once(), contextlib.redirect_stderr(stderr):
        code = main([*args, "--root", str(config.root)])
    return code, stderr.getvalue()


def _outcome(config: Config, seed: str) -> dict[str, object]:
    report = json.loads((config.docs_dir / "data" / "build-report.json").read_text(encoding="utf-8"))
    [outcome] = [o for o in report["seeds"] if o["seed"] == seed]
    return outcome  # type: ignore[no-any-return]


def test_huge_title_and_source_lines_are_cut_to_their_limits_and_reported(empty_project: Config) -> None:
    """Case 5: a 200 KB title or source line was copied into every mention context."""
    huge = " ".join(["Bakhmut"] * 25_000)  # 200 KB
    (empty_project.seeds_dir / "a.md").write_text(f"---\nsource: {huge}\n---\n# {huge}\n\n{BODY * 40}", "utf-8")
    code, stderr = _run(empty_project, "generate")
    assert code == 0, stderr
    messages = " ".join(_outcome(empty_project, "seeds/a.md")["messages"])  # type: ignore[arg-type]
    assert f"over the limit of {FIELD_LIMITS['title']}" in messages and "the source is" in messages
    largest = max(p.stat().st_size for p in empty_project.docs_dir.rglob("*.md"))
    assert largest < 200_000, f"a page of {largest:,} bytes"


def test_a_seed_repeating_one_name_keeps_a_bounded_number_of_mentions(empty_project: Config) -> None:
    """Case 6: 10 MB repeating one place name made over a million mentions and gigabytes of memory."""
    text = "Bakhmut Report\n" + "Fighting near Bakhmut continued. " * (MAX_SEED_BYTES // 40)
    (empty_project.seeds_dir / "a.txt").write_text(text[:MAX_SEED_BYTES], "utf-8")
    (empty_project.seeds_dir / "b.txt").write_text("x" * (MAX_SEED_BYTES + 1), "utf-8")
    code, stderr = _run(empty_project, "generate")
    assert code == 0, stderr
    kb = json.loads(gzip.decompress((empty_project.docs_dir / "data" / "kb.json.gz").read_bytes()))
    assert 0 < len(kb["mentions"]) <= MAX_MENTIONS_PER_ARTICLE
    assert "were left out" in " ".join(_outcome(empty_project, "seeds/a.txt")["messages"])  # type: ignore[arg-type]
    assert _outcome(empty_project, "seeds/b.txt")["status"] == "skipped"


def test_front_matter_keys_and_values_reach_the_terminal_inert(empty_project: Config) -> None:
    """Case 8: escape codes in front matter keys forged lines on the terminal of whoever built."""
    seed = '---\n"\\e[2J\\rbuilt\\x07\\u009b31m": 1\ntitle: "\\e]0;owned\\a"\n---\n' + BODY
    (empty_project.seeds_dir / "a.md").write_text(seed, "utf-8")
    code, stderr = _run(empty_project, "generate")
    assert code == 0
    assert "unknown front matter key" in stderr
    assert not any(c in stderr for c in "\x1b\x07\r\x9b")


def test_an_entity_called_index_gets_its_own_page_beside_the_kind_index(empty_project: Config) -> None:
    """Case 10: a person called "Index" took the address of the people index."""
    overrides = "rename:\n  - {id: person/volodymyr-zelenskyy, name: Index}\n"
    (empty_project.catalogue_dir / "overrides.yml").write_text(overrides, "utf-8")
    (empty_project.seeds_dir / "a.txt").write_text("Zelensky Speaks\n" + BODY + "Zelensky said so.\n", "utf-8")
    code, stderr = _run(empty_project, "generate")
    assert code == 0, stderr
    assert 'title: "People"' in (empty_project.docs_dir / "people" / "index.md").read_text(encoding="utf-8")
    assert (empty_project.docs_dir / "people" / "volodymyr-zelenskyy.md").is_file()
    (empty_project.catalogue_dir / "overrides.yml").write_text(
        "split:\n  - {id: person/volodymyr-zelenskyy, into: [{id: person/index, name: Index, aliases: [Zelensky]}]}\n",
        "utf-8",
    )
    code, stderr = _run(empty_project, "generate")
    assert "reserved for the site's own pages" in stderr
    assert 'title: "People"' in (empty_project.docs_dir / "people" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        '{"schema": "sitrep.extract/3", "mentions": [{"article": 1}], "new_names": []}',
        '{"schema": "sitrep.extract/3", "mentions": [["a", "person/x", "person", "X", 1, 2, 0, 5, "catalogue"]],'
        ' "new_names": []}',
        '{"schema": "sitrep.extract/3", "mentions": [["a", "person/x", "person", "X", true, 2, 0, 5, "catalogue",'
        ' 1.0]], "new_names": []}',
        '{"schema": "sitrep.extract/3", "mentions": [["a", "person/x", "ghost", "X", 1, 2, 0, 5, "catalogue", 1.0]],'
        ' "new_names": []}',
        '{"schema": "sitrep.extract/3", "mentions": "many", "new_names": []}',
        '{"schema": "sitrep.extract/2", "mentions": [], "new_names": []}',
        '{"schema": "other/1"}',
        "[]",
        "not json",
    ],
)
def test_a_damaged_cache_entry_is_recomputed_with_a_warning(
    sample_project: Config, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Case 11: valid JSON of the wrong shape crashed every later build until deleted by hand."""
    cold = pipeline.gather(sample_project)
    with contextlib.closing(sqlite3.connect(sample_project.cache_dir / pipeline.CACHE_FILE)) as db:
        db.execute("UPDATE entries SET value = ? WHERE key NOT LIKE 'problems:%'", (damage,))
        db.commit()
    warm = pipeline.gather(sample_project)
    assert warm.mentions == cold.mentions
    assert caplog.text.count("was damaged") == 3
    with contextlib.closing(sqlite3.connect(sample_project.cache_dir / pipeline.CACHE_FILE)) as db:
        values = [v for (v,) in db.execute("SELECT value FROM entries WHERE key NOT LIKE 'problems:%'")]
    assert values and damage not in values  # repaired


@pytest.mark.parametrize("kind", ["fifo", "garbage", "folder"])
def test_a_cache_file_that_is_not_our_database_never_hangs_or_crashes_the_build(
    sample_project: Config, kind: str
) -> None:
    """Case 11: a FIFO where a cache file was expected hung the build."""
    path = sample_project.cache_dir / pipeline.CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "garbage":
        path.write_bytes(b"not a database" * 100)
    else:
        path.mkdir()
    done = threading.Event()
    result: list[object] = []

    def gather() -> None:
        result.append(pipeline.gather(sample_project))
        done.set()

    threading.Thread(target=gather, daemon=True).start()
    assert done.wait(120), "the build hung on the cache file"
    assert result and len(result[0].articles) == 3  # type: ignore[attr-defined]


def test_cache_entries_of_deleted_seeds_are_pruned(sample_project: Config) -> None:
    pipeline.gather(sample_project)
    database = sample_project.cache_dir / pipeline.CACHE_FILE

    def count() -> int:
        with contextlib.closing(sqlite3.connect(database)) as db:
            return int(db.execute("SELECT count(*) FROM entries WHERE key NOT LIKE 'problems:%'").fetchone()[0])

    assert count() == 3
    next(sample_project.seeds_dir.glob("000_*")).unlink()
    pipeline.gather(sample_project)
    assert count() == 2


def test_an_alias_bomb_in_the_catalogue_or_overrides_is_refused_at_once(empty_project: Config) -> None:
    """Case 9: 376 s and 3.8 GB before anything happened."""
    (empty_project.catalogue_dir / "overrides.yml").write_text(BOMB, "utf-8")
    (empty_project.catalogue_dir / "extra.yml").write_text(BOMB, "utf-8")
    people = empty_project.catalogue_dir / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "\n" + "- " + BOMB.replace("\n", "\n  "), "utf-8")
    (empty_project.seeds_dir / "a.txt").write_text("A Report\n" + BODY, "utf-8")
    code, stderr = _run(empty_project, "generate")
    assert code == 0
    assert "overrides.yml: line 2: YAML aliases (*a0) are not allowed" in stderr
    assert "people.yml: line" in stderr and "YAML aliases" in stderr


def test_a_quote_opening_a_paragraph_with_according_to_keeps_its_first_character() -> None:
    """Case 12: "According to ..." at the start of a paragraph lost its first letter."""
    body = "According to Coffey, the line held near Bakhmut."
    person = Mention("a", "person/coffey", "person", "Coffey", 13, 19, 0, len(body), "heuristic", 0.8)
    article = Article(
        id="a", title="T", date="", date_precision="unknown", source="", author="", url="", seed="seeds/a.txt",
        sha256="0", body=body, paragraphs=(Paragraph(0, len(body)),), provenance=(),
    )  # fmt: skip
    [quote] = find_quotes(article, (person,))
    assert quote.text == body


def test_ingest_of_the_hostile_limits_is_documented_in_the_readme() -> None:
    from tests.sample import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for figure in (f"{MAX_SEED_BYTES // 1048576} MB", f"{MAX_MENTIONS_PER_ARTICLE:,}", str(FIELD_LIMITS["title"])):
        assert figure in readme, f"the README does not state the limit {figure}"
