"""The published data: kb.json (schema sitrep.kb/1), CSV tables and the build report."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
from pathlib import Path

import pytest

from generator.config import Config
from generator.export import GZIPPED, export_files, export_texts, kb_document, report_document
from generator.ingest import ingest_seeds
from generator.model import Article, KnowledgeBase, SeedOutcome
from tests.sample import SAMPLE_SEEDS, make_project, tree, write_seeds

ARTICLE_KEYS = ["id", "title", "date", "date_precision", "source", "author", "url", "seed", "page"]
TOP_LEVEL_KEYS = ["schema", "articles", "entities", "mentions"]


pytestmark = pytest.mark.usefixtures("memo_catalogue")


@pytest.fixture(scope="module")
def generated(built_project: Config) -> dict[str, str]:
    """The docs/ files of the session's sample build, as text (the gzipped ones decompressed, under their
    name without .gz)."""
    files = tree(built_project.docs_dir)
    return {path.removesuffix(".gz"): (gzip.decompress(data) if path.endswith(".gz") else data).decode("utf-8")
            for path, data in files.items()}  # fmt: skip


@pytest.fixture(scope="module")
def kb_json(generated: dict[str, str]) -> dict[str, object]:
    return json.loads(generated["data/kb.json"])


def sample_kb(tmp_path: Path) -> KnowledgeBase:
    config = make_project(tmp_path / "kb-project")
    ingested = ingest_seeds(config.seeds_dir, root=config.root)
    return KnowledgeBase(articles=ingested.articles, entities=(), mentions=(), report=ingested.report)


def test_kb_json_has_the_documented_top_level_keys(kb_json: dict[str, object]) -> None:
    assert list(kb_json) == TOP_LEVEL_KEYS
    assert kb_json["schema"] == "sitrep.kb/1"
    assert all(isinstance(kb_json[key], list) for key in TOP_LEVEL_KEYS[1:])


def test_kb_json_articles_have_exactly_the_documented_keys(kb_json: dict[str, object]) -> None:
    articles = kb_json["articles"]
    assert isinstance(articles, list) and len(articles) == len(SAMPLE_SEEDS)
    for article in articles:
        assert list(article) == ARTICLE_KEYS


def test_kb_json_article_values(kb_json: dict[str, object]) -> None:
    articles = {a["seed"]: a for a in kb_json["articles"]}  # type: ignore[union-attr]
    assert articles["seeds/000_1012cfd9d8832902.txt"] == {
        "id": "undated-the-united-states-is-pressuring-ukraine-to-loosen-its-hold-3410d2",
        "title": "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut",
        "date": None,
        "date_precision": "unknown",
        "source": "Daily Caller News Foundation",
        "author": None,
        "url": None,
        "seed": "seeds/000_1012cfd9d8832902.txt",
        "page": "articles/undated-the-united-states-is-pressuring-ukraine-to-loosen-its-hold-3410d2.html",
    }
    forbes = articles["seeds/002_2b7a5c7e930bf94d.txt"]
    assert (forbes["date"], forbes["date_precision"], forbes["source"], forbes["author"]) == (
        "2025-03-02",
        "day",
        "Forbes",
        "David Axe, Jonathan Low",
    )


def test_kb_json_entities_and_mentions_point_at_each_other(kb_json: dict[str, object]) -> None:
    entities = {e["id"]: e for e in kb_json["entities"]}  # type: ignore[union-attr]
    article_ids = {a["id"] for a in kb_json["articles"]}  # type: ignore[union-attr]
    for entity in entities.values():
        assert {"id", "kind", "name", "page"} <= set(entity)
        assert entity["id"].startswith(entity["kind"] + "/")
        assert entity["page"].endswith(".html")
    for mention in kb_json["mentions"]:  # type: ignore[union-attr]
        assert {"article", "entity", "start", "end"} <= set(mention)
        assert mention["entity"] in entities
        assert mention["article"] in article_ids
        assert 0 <= mention["start"] < mention["end"]


def test_generation_deterministic_across_runs_and_roots(tmp_path: Path, built_project: Config) -> None:
    from generator import pipeline

    config = make_project(tmp_path / "elsewhere" / "other-root")
    again = pipeline.render(config, pipeline.gather(config)).files
    rendered = {path: (data.encode() if isinstance(data, str) else data) for path, data in again.items()}
    built = tree(built_project.docs_dir)
    assert sorted(rendered) == sorted(built)
    assert [path for path in built if rendered[path] != built[path]] == []


def test_big_exports_are_gzipped_without_a_time_in_the_header(tmp_path: Path) -> None:
    files = export_files(sample_kb(tmp_path))
    texts = export_texts(sample_kb(tmp_path / "again"))
    for path in GZIPPED:
        assert path not in files
        data = files[f"{path}.gz"]
        assert isinstance(data, bytes) and data[4:8] == b"\0\0\0\0"  # MTIME 0: the same bytes every build
        assert gzip.decompress(data).decode("utf-8") == texts[path]
    assert isinstance(files["data/articles.csv"], str)


def test_export_deterministic_for_the_same_kb(tmp_path: Path) -> None:
    kb = sample_kb(tmp_path)
    assert export_files(kb) == export_files(sample_kb(tmp_path / "again"))


def test_build_report_lists_every_seed(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    write_seeds(
        config.seeds_dir,
        {"copy.txt": (config.seeds_dir / SAMPLE_SEEDS[0]).read_bytes(), "empty.txt": b"", "scan.pdf": b"%PDF"},
    )
    ingested = ingest_seeds(config.seeds_dir, root=config.root)
    kb = KnowledgeBase(articles=ingested.articles, entities=(), mentions=(), report=ingested.report)
    report = json.loads(export_texts(kb)["data/build-report.json"])
    assert report["schema"] == "sitrep.build-report/1"
    assert report["counts"] == {"built": 3, "duplicate": 1, "skipped": 2}
    seeds = {entry["seed"]: entry for entry in report["seeds"]}
    assert sorted(seeds) == sorted(
        [f"seeds/{name}" for name in SAMPLE_SEEDS] + ["seeds/copy.txt", "seeds/empty.txt", "seeds/scan.pdf"]
    )
    assert seeds["seeds/copy.txt"]["status"] == "duplicate"
    assert seeds["seeds/copy.txt"]["article"] == seeds[f"seeds/{SAMPLE_SEEDS[0]}"]["article"]
    assert (seeds["seeds/empty.txt"]["status"], seeds["seeds/empty.txt"]["article"]) == ("skipped", None)
    assert all(seeds[s]["messages"] for s in ("seeds/copy.txt", "seeds/empty.txt", "seeds/scan.pdf"))


def test_generated_build_report_lists_the_sample_seeds(generated: dict[str, str]) -> None:
    report = json.loads(generated["data/build-report.json"])
    assert [entry["seed"] for entry in report["seeds"]] == [f"seeds/{name}" for name in SAMPLE_SEEDS]
    assert {entry["status"] for entry in report["seeds"]} == {"built"}


def test_report_document_counts_every_status() -> None:
    kb = KnowledgeBase(
        articles=(),
        entities=(),
        mentions=(),
        report=(SeedOutcome("seeds/a.txt", "skipped", messages=("empty file",)),),
    )
    assert report_document(kb)["counts"] == {"built": 0, "duplicate": 0, "skipped": 1}


def test_articles_csv_matches_kb_json(kb_json: dict[str, object], generated: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(generated["data/articles.csv"])))
    assert rows[0] == ARTICLE_KEYS
    expected = [[("" if a[k] is None else str(a[k])) for k in ARTICLE_KEYS] for a in kb_json["articles"]]  # type: ignore[union-attr]
    assert rows[1:] == expected


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tx"])
def test_csv_cells_that_would_run_as_formulas_are_defused(tmp_path: Path, dangerous: str) -> None:
    kb = sample_kb(tmp_path)
    article = kb.articles[0]
    hostile: Article = dataclasses.replace(article, title=dangerous, source=dangerous)
    rows = list(csv.reader(io.StringIO(export_texts(KnowledgeBase((hostile,), (), ()))["data/articles.csv"])))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["title"] == "'" + dangerous
    assert row["source"] == "'" + dangerous
    # kb.json keeps the exact text: JSON is not executed by spreadsheets
    assert kb_document(KnowledgeBase((hostile,), (), ()))["articles"][0]["title"] == dangerous  # type: ignore[index]


def test_kb_json_pages_exist_in_the_built_site(built_site: Path) -> None:
    kb = json.loads(gzip.decompress((built_site / "data" / "kb.json.gz").read_bytes()))
    pages = [a["page"] for a in kb["articles"]] + [e["page"] for e in kb["entities"]]
    assert [page for page in pages if not (built_site / page).is_file()] == []


def test_kb_json_has_one_record_per_line_and_parses_back() -> None:
    import json

    from generator.export import to_json

    document = {"schema": "sitrep.kb/1", "articles": [{"id": "a", "title": 'Ö "q"'}, {"id": "b"}], "entities": []}
    text = to_json(document)
    assert json.loads(text) == document
    assert '  {"id": "a", "title": "Ö \\"q\\""},' in text.splitlines()
