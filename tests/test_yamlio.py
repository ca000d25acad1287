"""YAML from strangers in, front matter values out."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.safetext import clean_text
from generator.yamlio import MAX_DEPTH, UntrustedYamlError, load_untrusted, scalar

BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 12)
)  # 9**12 strings once expanded: minutes and gigabytes with a plain safe_load


def test_an_alias_bomb_is_refused_before_anything_is_expanded() -> None:
    with pytest.raises(UntrustedYamlError, match=r"line 2: YAML aliases \(\*a0\) are not allowed"):
        load_untrusted(BOMB)


def test_errors_name_the_line_of_the_file() -> None:
    with pytest.raises(UntrustedYamlError, match="line 12"):
        load_untrusted("- &x a\n- *x\n", first_line=11)
    with pytest.raises(UntrustedYamlError, match=r"not valid YAML at line 2, column 5 \(mapping values"):
        load_untrusted("a: 1\nb: c: d\n")


def test_nesting_is_bounded() -> None:
    deep = "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(MAX_DEPTH + 2)) + "  " * (MAX_DEPTH + 3) + "v\n"
    with pytest.raises(UntrustedYamlError, match="nested more than"):
        load_untrusted(deep)


def test_every_loaded_string_is_cleaned_keys_included() -> None:
    data = load_untrusted('"k\\x86ey": ["a\\x7fb", {"c": "\\uFFFEd"}]\n')
    assert data == {"key": ["ab", {"c": "d"}]}


@pytest.mark.parametrize("value", ["\x7f{: onerror=alert(1)}", "a\nb", "---", '"\\', "😀", ["x", "y z"], "\u2028"])
def test_scalar_reads_back_as_the_same_value_on_one_line(value: object) -> None:
    out = scalar(value)
    assert "\n" not in out
    assert yaml.safe_load(f"title: {out}\n") == {"title": value}


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
@example("\x00\x85\ufeff\U0010ffff")
def test_any_clean_text_is_written_as_front_matter_pyyaml_reads_back(text: str) -> None:
    value = clean_text(text)
    assert yaml.load(f"---\ntitle: {scalar(value)}\n", Loader=yaml.SafeLoader) == {"title": value}
