"""Cutting the real sets (tools/real_devset.py): each set's articles are its gold files, batch files are read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.sample import PROJECT_ROOT
from tools import real_devset as rd

# a raw file as batch6/ to batch15/ hold them (our own text): JSON-quoted front matter, then the page text
RAW = """---
title: "Brigade says \\"it held\\" the line"
date: "2024-02-28"
source: "example.org"
url: "https://example.org/a"
---

Share

Soldiers of the 3rd Assault Brigade held the line near Avdiivka, the brigade said.

A second paragraph names Krasnohorivka and the General Staff.

A third paragraph that the word limit leaves out.
"""


@pytest.mark.parametrize("name", sorted(rd.SETS))
def test_each_set_cuts_exactly_the_articles_its_gold_files_annotate(name: str) -> None:
    selection, out = rd.SETS[name]
    gold = PROJECT_ROOT / (rd.SETS["dev"][1].parent / "gold" if name == "dev" else out.parent / "gold")
    ids = [article_id for article_id, _file, _style in selection]
    assert len(ids) == len(set(ids))
    assert set(ids) == {g.stem for g in gold.glob("*.yml")}


def test_batch_front_matter_is_read_as_json_strings() -> None:
    head = rd.front_matter_page(RAW)
    assert head == {
        "title": 'Brigade says "it held" the line',
        "date": "2024-02-28",
        "source": "example.org",
        "url": "https://example.org/a",
    }


@pytest.mark.parametrize(
    "folder",
    ["batch6", "batch7", "batch8", "batch9", "batch10", "batch11", "batch12", "batch13", "batch14", "batch15"],
)
def test_a_batch_file_is_cut_to_whole_lines_with_its_front_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    source, out = tmp_path / "news", tmp_path / "out"
    (source / folder).mkdir(parents=True)
    (source / "manifest.csv").write_text("file,url,outlet,published,title\n", encoding="utf-8")
    (source / folder / "a.md").write_text(RAW, encoding="utf-8")
    monkeypatch.setitem(rd.SETS, "heldout7", ([("2024_example_brigade", f"{folder}/a.md", "brigade news")], out))
    monkeypatch.setattr(rd, "WORDS", 20)
    monkeypatch.setattr(sys, "argv", ["real_devset", "--source", str(source), "--set", "heldout7"])
    rd.main()
    text = (out / "2024_example_brigade.md").read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Brigade says \\"it held\\" the line"\ndate: "2024-02-28"\n')
    assert "Share" not in text  # page furniture dropped
    assert "General Staff." in text and "third paragraph" not in text  # whole lines up to 20 words


def test_a_raw_file_gone_from_its_store_is_named_and_the_rest_is_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "news", tmp_path / "out"
    (source / "batch6").mkdir(parents=True)
    (source / "manifest.csv").write_text("file,url,outlet,published,title\n", encoding="utf-8")
    (source / "batch6" / "a.md").write_text(RAW, encoding="utf-8")
    selection = [("2024_example_brigade", "batch6/a.md", "brigade news"), ("2024_gone", "batch6/gone.md", "gone")]
    monkeypatch.setitem(rd.SETS, "heldout6", (selection, out))
    monkeypatch.setattr(sys, "argv", ["real_devset", "--source", str(source), "--set", "heldout6"])
    assert rd.main() == 1
    assert [p.name for p in out.iterdir()] == ["2024_example_brigade.md"]
    captured = capsys.readouterr()
    assert "1 articles written" in captured.out and "missing raw file: " in captured.err and "gone.md" in captured.err
