"""The search files: scripts that hand JSON data to one callback, safe for any text in the data."""

from __future__ import annotations

import base64
import json
import re
import zlib

import pytest

from generator.search import search_files
from generator.search.files import CALLBACK, deflate, script
from generator.search.varint import decode
from tests.search.corpus import HOSTILE_NAME, HOSTILE_TITLE, corpus

_SCRIPT = re.compile(rf'^{CALLBACK}\(("[^"]+"),(.*)\);\n$', re.DOTALL)


def parse(text: str) -> tuple[str, dict[str, object]]:
    match = _SCRIPT.match(text)
    assert match, f"not a search data script: {text[:80]!r}"
    return json.loads(match[1]), json.loads(match[2])


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return search_files(corpus())


def test_every_file_registers_its_own_name(files: dict[str, str]) -> None:
    for path, text in files.items():
        name, _ = parse(text)
        assert path == f"search/{name}.js"


def test_manifest_lists_every_page_and_shard(files: dict[str, str]) -> None:
    _, manifest = parse(files["search/manifest.js"])
    kb = corpus()
    count = len(kb.articles) + len(kb.entities)
    assert len(decode(str(manifest["keys"]))) == len(str(manifest["kinds"])) == count
    assert sorted(str(manifest["kinds"])) == sorted("a" * 7 + "p" * 2 + "l" * 5 + "w" + "o" * 8)
    shards = {f"search/terms/{name}.js" for name in str(manifest["shards"]).split()}
    assert shards == {path for path in files if path.startswith("search/terms/")}


def test_article_card_holds_its_text_deflated(files: dict[str, str]) -> None:
    cards = [parse(text)[1] for path, text in files.items() if path.startswith("search/docs/")]
    card = next(c for c in cards if c["u"] == "articles/2023-08-01-grain-corridor.html")
    assert (card["t"], card["k"], card["d"], card["s"]) == (
        "Grain Exports Find A New Route",
        "article",
        "1 August 2023",
        "AFP",
    )
    text = zlib.decompress(base64.b64decode(str(card["z"])), wbits=-15).decode()
    assert "port of Sulina" in text


def test_hostile_text_stays_data(files: dict[str, str]) -> None:
    cards = [parse(text)[1] for path, text in files.items() if path.startswith("search/docs/")]
    assert {"t": HOSTILE_NAME}.items() <= next(c for c in cards if c["t"] == HOSTILE_NAME).items()
    assert any(c["t"] == HOSTILE_TITLE for c in cards)


@pytest.mark.parametrize(
    "text", ["</script><script>alert(1)</script>", "line\u2028separator\u2029", '"); alert(1); ("']
)
def test_script_keeps_any_text_inside_its_string(text: str) -> None:
    source = script("docs/d-1", {"t": text})
    assert "\u2028" not in source and "\u2029" not in source
    assert parse(source)[1] == {"t": text}


def test_deflate_round_trips_unicode() -> None:
    text = "Київ — Kyiv’s “quoted” text " * 20
    assert zlib.decompress(base64.b64decode(deflate(text)), wbits=-15).decode() == text
