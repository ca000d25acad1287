"""The synthetic corpus of `make bench`: realistic layouts, a long tail of entities, determinism."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from bench.corpus import LAYOUTS, generate, main, write_corpus
from bench.names import KINDS, LongTail
from generator import pipeline
from generator.ingest import ingest_seeds
from tests.sample import make_project


@pytest.fixture(scope="module")
def corpus() -> list:
    return generate(800)


def distinct_entities(articles: list, kind: str) -> int:
    return len({name for article in articles for k, name in article.cast if k == kind})


def test_same_seed_number_gives_the_same_bytes() -> None:
    assert [(a.name, a.text) for a in generate(40, seed=7)] == [(a.name, a.text) for a in generate(40, seed=7)]


def test_another_seed_number_gives_another_corpus() -> None:
    assert {a.text for a in generate(20, seed=1)}.isdisjoint(a.text for a in generate(20, seed=2))


def test_a_smaller_corpus_is_the_start_of_a_larger_one(corpus: list) -> None:
    assert [a.text for a in generate(10, start=30)] == [a.text for a in corpus[30:40]]


def test_no_two_bodies_or_file_names_repeat(corpus: list) -> None:
    assert len({a.text for a in corpus}) == len({a.name for a in corpus}) == len(corpus)


@pytest.mark.parametrize("kind", KINDS)
def test_new_entities_keep_appearing_as_the_corpus_grows(corpus: list, kind: str) -> None:
    counts = [distinct_entities(corpus[:n], kind) for n in (50, 200, 800)]
    assert counts[0] < counts[1] < counts[2]
    assert counts[2] - counts[1] >= (counts[1] - counts[0]) / 2  # the tail does not dry up


@pytest.mark.parametrize("kind", KINDS)
def test_a_few_entities_dominate(corpus: list, kind: str) -> None:
    mentions = Counter(name for article in corpus for k, name in article.cast if k == kind)
    top = sum(count for _, count in mentions.most_common(max(1, len(mentions) // 50)))
    assert top / sum(mentions.values()) > 0.15  # the top 2% of names are in over 15% of the articles
    assert sum(1 for count in mentions.values() if count == 1) > len(mentions) / 3  # and a long tail of one-offs


def test_the_vocabulary_keeps_growing(corpus: list) -> None:
    words = [set(" ".join(a.text for a in corpus[:n]).split()) for n in (100, 400, 800)]
    assert len(words[0]) < len(words[1]) < len(words[2])


def test_dates_spread_over_the_war_and_every_layout_is_used(corpus: list) -> None:
    assert {a.date.year for a in corpus} == {2022, 2023, 2024, 2025, 2026}
    assert {a.layout for a in corpus} == {name for name, _ in LAYOUTS}


def test_long_tail_weighs_names_by_how_often_they_were_drawn() -> None:
    import random

    tail = LongTail(iter(f"name {n}" for n in range(10**6)), random.Random(1), discount=0.5, concentration=1.0)
    draws = Counter(tail.draw() for _ in range(5000))
    assert draws.most_common(1)[0][1] > 250 and len(draws) > 50


def test_every_layout_ingests_with_its_title_date_and_source(tmp_path: Path) -> None:
    articles = generate(60)
    write_corpus(tmp_path / "seeds", n=60)
    ingested = {a.seed.rsplit("/", 1)[-1]: a for a in ingest_seeds(tmp_path / "seeds", root=tmp_path).articles}
    assert len(ingested) == 60
    for article in articles:
        found = ingested[article.name]
        assert found.date == article.date.isoformat(), article.name
        assert found.source and found.title != "Untitled", article.name
        assert dt.date.fromisoformat(found.date) >= dt.date(2022, 2, 24)


def test_the_extractor_finds_more_entities_in_a_larger_corpus(tmp_path: Path) -> None:
    counts = []
    for n in (20, 80):
        config = make_project(tmp_path / str(n), seeds=())
        write_corpus(config.seeds_dir, n=n)
        kb = pipeline.gather(config)
        counts.append(Counter(entity.kind for entity in kb.entities))
    for kind in ("person", "place", "unit", "weapon"):
        assert counts[0][kind] < counts[1][kind], kind


def test_write_corpus_never_overwrites_another_file(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, n=2)
    paths[1].write_text("my own notes", encoding="utf-8")
    with pytest.raises(FileExistsError, match="empty folder"):
        write_corpus(tmp_path, n=2)
    assert paths[1].read_text(encoding="utf-8") == "my own notes"


@pytest.mark.parametrize(("args", "code", "files"), [(["--n", "3"], 0, 3), (["--n", "-1"], 2, 0)])
def test_cli_writes_the_seeds(tmp_path: Path, args: list[str], code: int, files: int) -> None:
    assert main([*args, "--out", str(tmp_path / "out")]) == code
    assert len(list((tmp_path / "out").glob("*"))) == files if files else not (tmp_path / "out").exists()
