"""Search documents: articles by their text once, entities by every name, stable keys."""

from __future__ import annotations

import pytest

from generator.search.documents import FLAG_BITS, NAME, TITLE, WHOLE_NAME, assign_keys, documents, term_codes
from tests.search.corpus import corpus


@pytest.fixture(scope="module")
def docs_by_path() -> dict[str, object]:
    return {doc.path: doc for doc in documents(corpus())}


def test_every_article_and_entity_is_a_document(docs_by_path: dict[str, object]) -> None:
    kb = corpus()
    assert len(docs_by_path) == len(kb.articles) + len(kb.entities)
    assert "articles/2023-01-13-soledar-falls.html" in docs_by_path
    assert "people/volodymyr-zelenskyy.html" in docs_by_path


def test_entity_is_indexed_by_name_and_aliases_not_by_the_sentences_that_mention_it(
    docs_by_path: dict[str, object],
) -> None:
    doc = docs_by_path["places/bakhmut.html"]
    _, codes = term_codes(doc)  # type: ignore[arg-type]
    assert codes["bakhmut"] & NAME and codes["artemivsk"] & WHOLE_NAME and codes["artyomovsk"] & WHOLE_NAME
    assert "decommunisation" not in codes  # only in the article quoted on Bakhmut's page
    assert "months" not in codes


@pytest.mark.parametrize(
    ("path", "term", "tf", "flags"),
    [
        ("articles/2023-01-13-soledar-falls.html", "soledar", 2, TITLE),
        ("articles/2023-01-13-soledar-falls.html", "mines", 1, 0),
        ("articles/2022-05-01-zelensky-visits-hospital.html", "kyiv", 1, 0),  # "Kyiv's"
        ("articles/2024-02-10-drones-over-the-capital.html", "kyiv", 2, 0),  # "KYIV’S", "Kyïv"
        ("weapons/himars.html", "himars", 0, NAME | WHOLE_NAME),
        ("weapons/himars.html", "m142", 0, NAME),
        ("organizations/lockheed-martin.html", "himars", 1, 0),  # its description, not a name
    ],
)
def test_posting_codes_hold_term_frequency_and_flags(
    docs_by_path: dict[str, object], path: str, term: str, tf: int, flags: int
) -> None:
    _, codes = term_codes(docs_by_path[path])  # type: ignore[arg-type]
    assert (codes[term] >> FLAG_BITS, codes[term] & 7) == (tf, flags)


def test_stopwords_are_not_indexed(docs_by_path: dict[str, object]) -> None:
    _, codes = term_codes(docs_by_path["articles/2023-01-13-soledar-falls.html"])  # type: ignore[arg-type]
    assert "the" not in codes and "of" not in codes
    assert "after" in codes and "weeks" in codes


def test_keys_depend_only_on_the_set_of_paths() -> None:
    paths = [f"articles/{n}.html" for n in range(500)]
    assert assign_keys(paths) == assign_keys(reversed(paths))
    assert len(set(assign_keys(paths).values())) == 500


def test_adding_a_page_keeps_the_other_keys_when_nothing_collides() -> None:
    paths = [f"articles/{n}.html" for n in range(500)]
    before = assign_keys(paths)
    after = assign_keys([*paths, "articles/new.html"])
    moved = [p for p in paths if before[p] != after[p]]
    assert moved == []


def test_colliding_pages_get_distinct_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.search.documents as documents_module

    monkeypatch.setattr(documents_module, "KEY_BITS", 4)  # 16 slots: collisions are certain
    keys = documents_module.assign_keys([f"p{n}" for n in range(8)])
    assert sorted(keys.values()) == sorted(set(keys.values())) and len(keys) == 8


def test_too_many_pages_for_the_key_space_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.search.documents as documents_module

    monkeypatch.setattr(documents_module, "KEY_BITS", 4)
    with pytest.raises(ValueError, match="at most 8"):
        documents_module.assign_keys([f"p{n}" for n in range(9)])
