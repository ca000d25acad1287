"""Folding, tokenising and shard names: the vocabulary shared with the browser."""

from __future__ import annotations

import pytest

from generator.search.fold import MAX_TOKEN, fold, shard_of, tokens

FOLDS = [
    ("Kyiv", "kyiv"),
    ("KYIV", "kyiv"),
    ("Kyyiv's", "kyyiv"),
    ("Kyiv’s", "kyiv"),
    ("Kam'yanets", "kamyanets"),
    ("Zelens’kyi", "zelenskyi"),
    ("Zaporižžja", "zaporizzja"),
    ("Ölçer", "olcer"),
    ("İzium", "izium"),
    ("Київ", "киів"),
    ("ﬁre", "fire"),  # compatibility ligature
    ("HIMARS", "himars"),
]


@pytest.mark.parametrize(("word", "folded"), FOLDS)
def test_fold_removes_case_diacritics_apostrophes_and_possessive(word: str, folded: str) -> None:
    assert fold(word) == folded


TOKENS = [
    ("Kyiv, Kyyiv's and KYIV.", ["kyiv", "kyyiv", "and", "kyiv"]),
    ("Shahed-136 drones hit Kharkiv-based units", ["shahed", "136", "drones", "hit", "kharkiv", "based", "units"]),
    ("snake_case o'clock", ["snake", "case", "oclock"]),
    ("'quoted' words", ["quoted", "words"]),
    ("M142 HIMARS, 2022-09-09", ["m142", "himars", "2022", "09", "09"]),
    ("Cafe\u0301 (decomposed)", ["cafe", "decomposed"]),
    ("", []),
    ("a" * (MAX_TOKEN + 1) + " kept", ["kept"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokens_split_words_and_fold_them(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


SHARDS = [
    ("kyiv", "t-kyi"),
    ("ky", "t-ky"),
    ("con", "t-con"),  # a name Windows reserves: the prefix keeps the file usable
    ("2022", "t-202"),
    ("киів", "x-" + "киі".encode().hex()),
    ("aß", "x-" + "aß".encode().hex()),
]


@pytest.mark.parametrize(("term", "shard"), SHARDS)
def test_shard_is_the_term_prefix_as_a_safe_file_name(term: str, shard: str) -> None:
    assert shard_of(term) == shard
