"""Packed numbers: self-delimiting, JS-string-safe, exact."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.search.varint import _slow_encode, decode, encode


@given(st.lists(st.integers(min_value=0, max_value=2**40)))
def test_packed_numbers_round_trip(numbers: list[int]) -> None:
    assert decode(encode(numbers)) == numbers


@pytest.mark.parametrize(("numbers", "packed"), [([0], "0"), ([31], "v"), ([32], "x0"), ([1, 2, 3], "123")])
def test_small_numbers_take_one_character(numbers: list[int], packed: str) -> None:
    assert encode(numbers) == packed


def test_packed_text_needs_no_escaping_in_json() -> None:
    text = encode(range(0, 2**20, 977))
    assert json.dumps(text) == f'"{text}"'


@pytest.mark.parametrize(("bad", "error"), [([-1], "negative"), ("x", "middle")])
def test_bad_input_is_refused(bad: object, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        encode(bad) if isinstance(bad, list) else decode(str(bad))  # type: ignore[arg-type]


def test_the_lookup_table_packs_as_the_number_by_number_path() -> None:
    numbers = list(range(0, 1 << 16, 7)) + [(1 << 15) - 1, 1 << 15]  # across the table's edge
    assert encode(numbers) == _slow_encode(numbers)
    assert encode(numbers[:100]) == _slow_encode(numbers[:100])  # all from the table
