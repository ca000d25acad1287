"""Ingest end to end: seed files to Articles and a report line for every file."""

from __future__ import annotations

import codecs
import hashlib
import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.ingest import ID_HASH_DIGITS, IngestResult, ingest_seeds
from generator.model import Article
from tests.sample import PROJECT_ROOT, SAMPLE_SEEDS, SEED_HEADINGS, SeedFiles, make_project

Ingest = Callable[[SeedFiles], IngestResult]

SEED_000, SEED_002, SEED_004 = (f"seeds/{name}" for name in SAMPLE_SEEDS)
PROSE = "Shelling hit the centre of Kharkiv again on Monday night, the regional governor said.\n"
ID_PATTERN = re.compile(r"^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d|undated)-[a-z0-9]+(?:-[a-z0-9]+)*$")


def seed_bytes(label: str) -> bytes:
    return (PROJECT_ROOT / label).read_bytes()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> IngestResult:
    config = make_project(tmp_path_factory.mktemp("ingest") / "project")
    return ingest_seeds(config.seeds_dir, root=config.root)


@pytest.fixture(scope="module")
def by_seed(sample: IngestResult) -> dict[str, Article]:
    return {article.seed: article for article in sample.articles}


# --- the sample seeds ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "field", "value", "provenance"),
    [
        (
            SEED_000,
            "title",
            "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut",
            "inferred",
        ),
        (SEED_000, "date", "", "missing"),
        (SEED_000, "date_precision", "unknown", None),
        (SEED_000, "source", "Daily Caller News Foundation", "text"),
        (SEED_000, "author", "", "missing"),
        (SEED_000, "url", "", "missing"),
        (SEED_002, "title", "Ukraine Advances In Kursk, Toretsk As Depleted Russians Retreat, Vs Trump Claims", "text"),
        (SEED_002, "date", "2025-03-02", "dateline"),
        (SEED_002, "date_precision", "day", None),
        (SEED_002, "source", "Forbes", "byline"),
        (SEED_002, "author", "David Axe, Jonathan Low", "byline"),
        (SEED_002, "url", "", "missing"),
        (SEED_004, "title", "Ukraine Makes Significant Gains In Kharkiv", "text"),
        (SEED_004, "date", "2022-09-09", "inferred"),
        (SEED_004, "date_precision", "day", None),
        (SEED_004, "source", "", "missing"),
        (SEED_004, "author", "Jack Buckby", "text"),
        (SEED_004, "url", "", "missing"),
    ],
)
def test_sample_seed_metadata_with_provenance(
    by_seed: dict[str, Article], seed: str, field: str, value: str, provenance: str | None
) -> None:
    article = by_seed[seed]
    assert getattr(article, field) == value
    if provenance is not None:
        assert article.provenance_of(field) == provenance


@pytest.mark.parametrize(
    ("seed", "article_id"),
    [
        (SEED_000, "undated-the-united-states-is-pressuring-ukraine-to-loosen-its-hold-3410d2"),
        (SEED_002, "2025-03-02-ukraine-advances-in-kursk-toretsk-as-depleted-russians-03cd16"),
        (SEED_004, "2022-09-09-ukraine-makes-significant-gains-in-kharkiv-ca6ed1"),
    ],
)
def test_article_id_is_date_then_title_slug(by_seed: dict[str, Article], seed: str, article_id: str) -> None:
    assert by_seed[seed].id == article_id
    assert ID_PATTERN.match(article_id)


def test_articles_newest_first_undated_last(sample: IngestResult) -> None:
    assert [article.seed for article in sample.articles] == [SEED_002, SEED_004, SEED_000]


def test_every_sample_seed_built_without_warnings(sample: IngestResult) -> None:
    assert [(o.seed, o.status, o.messages) for o in sample.report] == [
        (SEED_000, "built", ()),
        (SEED_002, "built", ()),
        (SEED_004, "built", ()),
    ]
    assert {o.article for o in sample.report} == {a.id for a in sample.articles}


def test_article_records_hash_of_seed_bytes(by_seed: dict[str, Article]) -> None:
    for seed, article in by_seed.items():
        assert article.sha256 == hashlib.sha256(seed_bytes(seed)).hexdigest()


@pytest.mark.parametrize(
    ("seed", "furniture"),
    [
        (SEED_000, "No featured image available"),
        (SEED_000, "All content created by the Daily Caller News Foundation"),
        (SEED_000, "All republished articles must include our logo"),
        (SEED_002, "A Blog by Jonathan Low"),
        (SEED_002, "David Axe reports in Forbes:"),
        (SEED_002, "0 comments:"),
        (SEED_002, "Post a Comment"),
        (SEED_004, "pic.twitter.com"),
        (SEED_004, "(@UAWeapons)"),
        (SEED_004, "— ?? Ukraine Weapons Tracker"),
        (SEED_004, "Jack Buckby is a British author"),
    ],
)
def test_boilerplate_removed_from_article_body(by_seed: dict[str, Article], seed: str, furniture: str) -> None:
    assert furniture not in by_seed[seed].body


def test_body_paragraphs_match_their_offsets(sample: IngestResult) -> None:
    for article in sample.articles:
        texts = [article.body[p.start : p.end] for p in article.paragraphs]
        assert "\n\n".join(texts) == article.body
        for text in texts:
            assert text == " ".join(text.split()), "whitespace inside a paragraph is normalised (no NBSP, no runs)"
            assert text


def test_tweets_become_quote_paragraphs_with_attribution(by_seed: dict[str, Article]) -> None:
    article = by_seed[SEED_004]
    quotes = [p for p in article.paragraphs if p.role == "quote"]
    assert [p.attribution for p in quotes] == ["Ukraine Weapons Tracker (@UAWeapons), September 9, 2022"] * 2
    assert article.body[quotes[0].start : quotes[0].end].endswith("and a much older ZSU-23-4 Shilka SPAAG.")
    assert article.body[quotes[1].start : quotes[1].end].endswith("column in #Kharkiv Oblast. You can see the result.")


@pytest.mark.parametrize(
    ("seed", "headings"), [(f"seeds/{name}", headings) for name, headings in SEED_HEADINGS.items()]
)
def test_section_headings_become_heading_paragraphs(
    by_seed: dict[str, Article], seed: str, headings: list[str]
) -> None:
    article = by_seed[seed]
    assert [article.body[p.start : p.end] for p in article.paragraphs if p.role == "heading"] == headings


# --- front matter -------------------------------------------------------------------------------

MARKDOWN_SEED = """\
---
title: Front Matter Title
date: 2024-05-06
source: Kyiv Independent
author: Jane Doe
url: https://example.com/news/kherson
tags: [kherson, liberation]
---

A Different Headline In Title Case

March 3, 2021

Ukrainian troops entered the city of Kherson on Friday after Russia withdrew its forces.
"""


def test_front_matter_wins_over_inference_in_markdown_seed(ingest_files: Ingest) -> None:
    result = ingest_files({"kherson.md": MARKDOWN_SEED})
    [article] = result.articles
    assert (
        article.id[:-7],
        article.title,
        article.date,
        article.source,
        article.author,
        article.url,
        article.tags,
    ) == (
        "2024-05-06-front-matter-title",
        "Front Matter Title",
        "2024-05-06",
        "Kyiv Independent",
        "Jane Doe",
        "https://example.com/news/kherson",
        ("kherson", "liberation"),
    )
    assert {name: origin for name, origin in article.provenance} == dict.fromkeys(
        ("author", "date", "source", "title", "url"), "front matter"
    )
    assert article.body == "Ukrainian troops entered the city of Kherson on Friday after Russia withdrew its forces."


def test_front_matter_warnings_reported_and_article_still_built(ingest_files: Ingest) -> None:
    result = ingest_files({"odd.md": "---\ntitle: Odd One\ndate: soon\ncolour: red\nauthor: [x]\n---\n\n" + PROSE})
    [outcome] = result.report
    assert (outcome.seed, outcome.status) == ("seeds/odd.md", "built")
    assert [name for name in ("`date`", "`colour`", "`author`") if not any(name in m for m in outcome.messages)] == []
    assert result.articles[0].title == "Odd One"


def test_seed_with_impossible_yaml_date_does_not_stop_the_build(ingest_files: Ingest) -> None:
    result = ingest_files({"bad.md": "---\ndate: 2024-02-30\n---\n\nBody text.\n", "good.txt": seed_bytes(SEED_004)})
    assert "seeds/good.txt" in [a.seed for a in result.articles]
    assert any("date" in m for o in result.report if o.seed == "seeds/bad.md" for m in o.messages)


# --- unusable files -----------------------------------------------------------------------------

UNUSABLE: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n\t \r\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
    ("report.pdf", b"%PDF-1.7 an article saved as PDF", "unsupported file type (.pdf)"),
    ("furniture.txt", b"No featured image available\n0 comments:\nPost a Comment\n", "no article text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), UNUSABLE, ids=[row[0] for row in UNUSABLE])
def test_unusable_file_skipped_with_its_path_while_the_rest_builds(
    ingest_files: Ingest, name: str, data: bytes, reason: str
) -> None:
    result = ingest_files({name: data, "good.txt": seed_bytes(SEED_004)})
    outcomes = {o.seed: o for o in result.report}
    assert outcomes[f"seeds/{name}"].status == "skipped"
    assert any(reason in message for message in outcomes[f"seeds/{name}"].messages)
    assert outcomes["seeds/good.txt"].status == "built"
    assert [a.seed for a in result.articles] == ["seeds/good.txt"]


def test_symlink_outside_seeds_skipped_while_the_rest_builds(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project", seeds=SAMPLE_SEEDS[:1])
    (tmp_path / "private.txt").write_bytes(seed_bytes(SEED_004))
    (config.seeds_dir / "link.txt").symlink_to(tmp_path / "private.txt")
    result = ingest_seeds(config.seeds_dir, root=config.root)
    outcomes = {o.seed: o for o in result.report}
    assert outcomes["seeds/link.txt"].status == "skipped"
    assert "outside seeds/" in outcomes["seeds/link.txt"].messages[0]
    assert [a.seed for a in result.articles] == [SEED_000]


def test_all_unusable_files_reported_at_once(ingest_files: Ingest) -> None:
    result = ingest_files({name: data for name, data, _ in UNUSABLE} | {"good.txt": seed_bytes(SEED_002)})
    assert [(o.seed, o.status) for o in result.report] == sorted(
        [(f"seeds/{name}", "skipped") for name, _, _ in UNUSABLE] + [("seeds/good.txt", "built")]
    )
    assert all(o.messages for o in result.report if o.status == "skipped")


# --- duplicates and ids -------------------------------------------------------------------------


def test_same_bytes_under_two_names_is_one_article_with_both_seeds(ingest_files: Ingest) -> None:
    data = seed_bytes(SEED_002)
    result = ingest_files({"a.txt": data, "b/copy.txt": data, "c.txt": seed_bytes(SEED_004)})
    [article] = [a for a in result.articles if a.sha256 == hashlib.sha256(data).hexdigest()]
    assert (article.seed, article.extra_seeds) == ("seeds/a.txt", ("seeds/b/copy.txt",))
    outcomes = {o.seed: o for o in result.report}
    assert outcomes["seeds/a.txt"].status == "built"
    assert outcomes["seeds/b/copy.txt"].status == "duplicate"
    assert outcomes["seeds/b/copy.txt"].article == article.id
    assert "seeds/a.txt" in outcomes["seeds/b/copy.txt"].messages[0]
    assert len(result.articles) == 2


def two_articles(title: str, date: str) -> dict[str, str]:
    return {
        "one.txt": f"{title}\n{date}\nThe first article has this body, about the fighting near Pokrovsk in the east.\n",
        "two.txt": f"{title}\n{date}\nThe second article says something else, about the long defence of Vuhledar.\n",
    }


def test_different_articles_with_same_title_and_date_get_distinct_ids(ingest_files: Ingest) -> None:
    result = ingest_files(two_articles("Same Title Of Two Articles", "March 3, 2021"))
    ids = {a.seed: a.id for a in result.articles}
    assert all(re.fullmatch(r"2021-03-03-same-title-of-two-articles-[0-9a-f]{6}", i) for i in ids.values())
    assert len(set(ids.values())) == 2
    assert all(ID_PATTERN.match(article_id) for article_id in ids.values())


def test_article_id_depends_on_its_own_seed_alone(ingest_files: Ingest) -> None:
    alone = ingest_files({"two.txt": two_articles("Same Title Of Two Articles", "March 3, 2021")["two.txt"]})
    together = ingest_files(two_articles("Same Title Of Two Articles", "March 3, 2021"))
    [article] = alone.articles
    assert article.id in {a.id for a in together.articles}  # adding one.txt, which sorts first, moved nothing


def _colliding_labels() -> tuple[str, str]:
    """Two seed paths whose short hashes are equal: what an attacker would craft (a birthday search)."""
    seen: dict[str, str] = {}
    for number in itertools.count():
        label = f"seeds/crafted-{number}.txt"
        short = hashlib.sha256(label.encode()).hexdigest()[:ID_HASH_DIGITS]
        if short in seen:
            return seen[short], label
        seen[short] = label
    raise AssertionError("unreachable")


def test_article_ids_stay_unique_when_seed_hashes_collide(ingest_files: Ingest) -> None:
    first, second = _colliding_labels()
    texts = two_articles("Same Title Of Two Articles", "March 3, 2021")
    result = ingest_files(
        {first.removeprefix("seeds/"): texts["one.txt"], second.removeprefix("seeds/"): texts["two.txt"]}
    )
    ids = [a.id for a in result.articles]
    assert len(set(ids)) == 2 and all(ID_PATTERN.match(i) for i in ids)
    assert all(len(i.rsplit("-", 1)[1]) == 64 for i in ids)  # both take the full hash of their path


def test_ids_stable_across_ingests(ingest_files: Ingest) -> None:
    files = two_articles("Same Title Of Two Articles", "March 3, 2021")
    first = [a.id for a in ingest_files(files).articles]
    assert [a.id for a in ingest_files(files).articles] == first


@pytest.mark.parametrize(
    ("header", "article_id"),
    [
        ("Kherson Is Free Again\nNovember 11, 2022", "2022-11-11-kherson-is-free-again"),
        ("Kherson Is Free Again\nNovember 2022", "2022-11-kherson-is-free-again"),
        ("Kherson Is Free Again", "undated-kherson-is-free-again"),
        ("Київ Під Обстрілом Знову\nNovember 11, 2022", "2022-11-11-kiiv-pid-obstrilom-znovu"),
        (
            "A Very Long Headline That Goes On And On About The Counteroffensive Near Zaporizhzhia And Beyond",
            "undated-a-very-long-headline-that-goes-on-and-on-about-the",
        ),
    ],
)
def test_article_id_is_date_or_undated_then_short_slug(ingest_files: Ingest, header: str, article_id: str) -> None:
    text = f"{header}\nTroops entered the city on Friday morning after a long night of fighting, officials said.\n"
    [article] = ingest_files({"a.txt": text}).articles
    assert re.fullmatch(re.escape(article_id) + "-[0-9a-f]{6}", article.id)
    assert ID_PATTERN.match(article.id)


# --- encodings and line ends --------------------------------------------------------------------


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


ENCODED_VARIANTS: list[tuple[str, Callable[[bytes], bytes]]] = [
    ("utf-8-bom", lambda data: codecs.BOM_UTF8 + data),
    ("utf-16-bom", lambda data: data.decode("utf-8").encode("utf-16")),
    ("utf-16-le-no-bom", lambda data: data.decode("utf-8").encode("utf-16-le")),
    ("utf-16-be-no-bom", lambda data: data.decode("utf-8").encode("utf-16-be")),
    ("crlf", _crlf),
    ("lone-cr", lambda data: data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")),
]


@pytest.mark.parametrize("seed", [SEED_000, SEED_002, SEED_004])
@pytest.mark.parametrize(("variant", "encode"), ENCODED_VARIANTS, ids=[v[0] for v in ENCODED_VARIANTS])
def test_sample_seed_reads_the_same_in_any_encoding_and_line_ends(
    ingest_files: Ingest, by_seed: dict[str, Article], seed: str, variant: str, encode: Callable[[bytes], bytes]
) -> None:
    [article] = ingest_files({"a.txt": encode(seed_bytes(seed))}).articles
    reference = by_seed[seed]
    fields = ("title", "date", "source", "author", "body", "paragraphs", "provenance")
    assert {f: getattr(article, f) for f in fields} == {f: getattr(reference, f) for f in fields}
    assert article.id.rsplit("-", 1)[0] == reference.id.rsplit("-", 1)[0]  # the suffix is the seed path's


CYRILLIC_SEED = (
    "Зеленський Подякував Захисникам Харкова\n"
    "3 March 2024\n"
    "Президент України Володимир Зеленський подякував військовим, які звільнили Ізюм і Балаклію. "
    "Російські війська відступають з позицій біля Куп'янська, повідомив Генеральний штаб.\n"
    "Бої тривають на Донеччині: ворог намагається наступати біля Покровська і Торецька.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u", "utf-8", "utf-16"])
def test_cyrillic_seed_decoded_correctly(ingest_files: Ingest, encoding: str) -> None:
    result = ingest_files({"uk.txt": CYRILLIC_SEED.encode(encoding)})
    [article] = result.articles
    assert article.title == "Зеленський Подякував Захисникам Харкова"
    assert article.date == "2024-03-03"
    assert "Покровська і Торецька" in article.body
    assert article.id.startswith("2024-03-03-") and re.search("-kharkova-[0-9a-f]{6}$", article.id)
    assert ID_PATTERN.match(article.id)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u"])
def test_legacy_encoding_noted_in_report(ingest_files: Ingest, encoding: str) -> None:
    [outcome] = ingest_files({"uk.txt": CYRILLIC_SEED.encode(encoding)}).report
    assert outcome.status == "built"
    assert any(f"decoded as {encoding}" in message and "UTF-8" in message for message in outcome.messages)


# --- front matter in any text seed; not an article ---------------------------------------------


@pytest.mark.parametrize("name", ["story.txt", "story.text", "story.md"])
def test_front_matter_read_in_any_text_seed(ingest_files: Ingest, name: str) -> None:
    text = "---\ntitle: Drones Hit Kharkiv\nurl: https://example.com/kharkiv\ndate: 2024-05-06\n---\n" + PROSE
    [article] = ingest_files({name: text}).articles
    assert (article.title, article.url, article.date) == (
        "Drones Hit Kharkiv",
        "https://example.com/kharkiv",
        "2024-05-06",
    )
    assert article.provenance_of("url") == "front matter"
    assert article.body == PROSE.strip()


def test_dashed_rule_opening_a_text_seed_is_not_front_matter(ingest_files: Ingest) -> None:
    text = "---\nFrontline Digest\n---\n" + PROSE
    [article] = ingest_files({"digest.txt": text}).articles
    assert "Shelling hit the centre of Kharkiv" in article.body
    assert not any("front matter" in m for o in ingest_files({"digest.txt": text}).report for m in o.messages)


@pytest.mark.parametrize("text", ["todo: check the Kherson story\n", "# Notes\n\nKherson\n\nBakhmut\n\nKupiansk\n" * 4])
def test_notes_are_skipped_as_not_an_article(ingest_files: Ingest, text: str) -> None:
    result = ingest_files({"notes.md": text, "real.txt": "Kharkiv Under Fire\n" + PROSE})
    assert [a.seed for a in result.articles] == ["seeds/real.txt"]
    outcome = next(o for o in result.report if o.seed == "seeds/notes.md")
    assert outcome.status == "skipped" and outcome.messages[-1].startswith("not an article")
