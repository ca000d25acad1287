"""Characters no output can carry, and the terminal."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.safetext import clean_data, clean_text, terminal


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x1b", "\x7f", "\x86", "\x9b", "\ufffe", "\uffff", "\ufdd0", "\U0001fffe"]
)
def test_clean_text_removes_what_no_output_carries(char: str) -> None:
    assert clean_text(f"a{char}b") == "ab"


def test_clean_text_keeps_text_tabs_newlines_and_scripts() -> None:
    text = "Київ\tKyiv\nקייב كييف 😀 \u202e"
    assert clean_text(text) == text


def test_clean_data_cleans_nested_keys_and_values() -> None:
    assert clean_data({"a\x00": ["b\x7f", {"c": 1}]}) == {"a": ["b", {"c": 1}]}


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("forged\rbuilt", "forged\\x0dbuilt"),
        ("bell\x07", "bell\\x07"),
        ("csi\x9b31m", "csi\\x9b31m"),
        ("txt.\u202egpj", "txt.\\u202egpj"),
    ],
)
def test_terminal_shows_control_characters_as_escapes(raw: str, shown: str) -> None:
    assert terminal(raw) == shown


@given(st.text())
def test_terminal_output_holds_no_control_or_reordering_character(text: str) -> None:
    shown = terminal(text)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in shown)
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
