"""Hostile seeds: every seed accounted for, with a clear message naming the file and the fix;
what can be used is used, and the rest of the build goes on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile.conftest import HostileBuild
from tests.hostile.corpus import CASES, SECRET, Case
from tests.hostile.dom import content


def _outcome(build: HostileBuild, seed: str) -> dict[str, object]:
    matches = [o for o in build.report()["seeds"] if o["seed"] == seed]
    assert len(matches) == 1, f"{seed} appears {len(matches)} times in the build report"
    return matches[0]


def test_default_build_succeeds_despite_hostile_seeds(hostile_build: HostileBuild) -> None:
    assert hostile_build.exit_code == 0, hostile_build.stderr
    assert (hostile_build.site / "index.html").is_file()


@pytest.mark.parametrize("case", CASES, ids=[case.seed for case in CASES])
def test_seed_has_the_expected_outcome(hostile_build: HostileBuild, case: Case) -> None:
    outcome = _outcome(hostile_build, case.seed)
    messages = [str(m) for m in outcome["messages"]]  # type: ignore[union-attr]
    assert outcome["status"] == case.status, messages
    for expected in case.messages:
        assert any(expected in message for message in messages), f"{expected!r} not in {messages}"
    if case.quiet:
        assert messages == []
    if case.status == "skipped":
        assert outcome["article"] is None
        assert messages, "a skipped seed must say why"
        assert all(":" in m for m in messages), "every reason says what to do after a colon"
    else:
        assert outcome["article"]
    if case.body:
        assert case.body in hostile_build.article(case.seed).body


def test_build_report_accounts_for_every_file_under_seeds(hostile_build: HostileBuild) -> None:
    """Every directory entry below seeds/ (links to folders included, their contents not) is in the report."""
    seeds = hostile_build.config.seeds_dir
    on_disk = set()
    for folder, dirs, files in os.walk(seeds):
        names = files + [d for d in dirs if (Path(folder) / d).is_symlink()]
        on_disk |= {(Path(folder) / name).relative_to(hostile_build.config.root).as_posix() for name in names}
    report = hostile_build.report()
    labels = [o["seed"] for o in report["seeds"]]
    assert len(labels) == len(set(labels)) == len(on_disk)
    assert sorted(labels) == sorted(case.seed for case in CASES)
    counts = report["counts"]
    assert counts == {s: sum(1 for o in report["seeds"] if o["status"] == s) for s in ("built", "duplicate", "skipped")}
    article_ids = {a["id"] for a in hostile_build.kb()["articles"]}
    for outcome in report["seeds"]:
        if outcome["status"] != "skipped":
            assert outcome["article"] in article_ids, outcome


def test_cli_names_every_problem_seed_with_its_message(hostile_build: HostileBuild) -> None:
    stderr = hostile_build.stderr
    for outcome in hostile_build.report()["seeds"]:
        for message in outcome["messages"]:
            assert f"{outcome['seed']}: {message}" in stderr
    counts = hostile_build.report()["counts"]
    assert f"{counts['built']} built, {counts['duplicate']} duplicate, {counts['skipped']} skipped" in stderr


def test_cli_output_carries_no_raw_control_characters(hostile_build: HostileBuild) -> None:
    """File names with escape sequences or line breaks cannot repaint the terminal or forge report lines."""
    assert "\x1b" not in hostile_build.stderr
    assert "\u202e" not in hostile_build.stderr
    assert "\\x1b[2J\\x1b[Hclear-screen\\n    built  seeds/forged.txt: empty file" in hostile_build.stderr
    assert all("seeds/forged.txt" not in line or "clear-screen" in line for line in hostile_build.stderr.splitlines())


def test_duplicate_seeds_become_one_article_listing_every_seed(hostile_build: HostileBuild) -> None:
    ids = {
        hostile_build.article_id(s)
        for s in ("seeds/duplicate-copy.txt", "seeds/duplicate-original.txt", "seeds/link-inside.txt")
    }
    assert len(ids) == 1
    [article] = [a for a in hostile_build.kb()["articles"] if a["id"] in ids]
    page = content(hostile_build.html(article["page"])).text()
    for seed in ("duplicate-copy.txt", "duplicate-original.txt", "link-inside.txt"):
        assert seed in page  # the seed file's name, not its path
    titles = [a["title"] for a in hostile_build.kb()["articles"]]
    assert titles.count("Drones Strike Energy Site Near Lviv") == 1


def test_different_articles_with_the_same_title_get_distinct_ids_and_pages(hostile_build: HostileBuild) -> None:
    first = hostile_build.article_id("seeds/same-title-first.txt")
    second = hostile_build.article_id("seeds/same-title-second.txt")
    assert first != second
    pages = {a["id"]: a["page"] for a in hostile_build.kb()["articles"]}
    assert "Shelling continued near Avdiivka" in content(hostile_build.html(pages[first])).text()
    assert "Shelling continued near Pokrovsk and Toretsk" in content(hostile_build.html(pages[second])).text()


def test_front_matter_problems_keep_what_can_be_used(hostile_build: HostileBuild) -> None:
    wrong_types = hostile_build.article("seeds/frontmatter-wrong-types.md")
    assert wrong_types.date == "2024-03-08"  # the valid key is used
    assert wrong_types.author == "42"
    assert wrong_types.source == "" and wrong_types.url == "" and wrong_types.tags == ()
    bad_date = hostile_build.article("seeds/frontmatter-bad-date.md")
    assert (bad_date.title, bad_date.source, bad_date.date) == (
        "A Date That Is Not A Date",
        "Kyiv Independent",
        "2024-03-07",
    )
    impossible = hostile_build.article("seeds/frontmatter-impossible-date.md")
    assert (impossible.title, impossible.source) == ("An Impossible Date In Front Matter", "Ukrainska Pravda")
    bomb = hostile_build.article("seeds/frontmatter-alias-bomb.md")
    assert (bomb.source, bomb.tags) == ("", ())  # front matter with aliases is refused whole, never expanded
    assert bomb.title.startswith("The front matter of this report from Kramatorsk")
    unknown = hostile_build.article("seeds/frontmatter-unknown-keys.md")
    assert (unknown.title, unknown.date) == ("Unknown Keys Are Ignored", "2024-03-09")


def test_long_title_is_shortened_and_its_page_built(hostile_build: HostileBuild) -> None:
    for seed in ("seeds/long-title.md", "seeds/long-title.txt"):
        article = hostile_build.article(seed)
        assert 0 < len(article.title) <= 300
        assert len(article.id) <= 80
        assert (hostile_build.site / "articles" / f"{article.id}.html").is_file()


def test_nothing_outside_seeds_is_read_or_published(hostile_build: HostileBuild) -> None:
    published = [hostile_build.config.docs_dir, hostile_build.site]
    for folder in published:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".md", ".html", ".json", ".csv", ".js"):
                text = path.read_text(encoding="utf-8", errors="replace")
                assert SECRET not in text, path
                assert "root:x:0:0" not in text, path


def test_hostile_file_names_run_nothing(hostile_build: HostileBuild) -> None:
    root = hostile_build.config.root
    assert not (root / "pwned").exists()
    assert not (root / "seeds" / "pwned").exists()
    assert not Path("pwned").exists()
