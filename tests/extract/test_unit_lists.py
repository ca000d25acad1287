"""Coordinated lists of numbered formations and ISW's army shorthand after a bare number. Texts written for
these tests."""

from __future__ import annotations

import pytest

from generator.extract.unit_lists import unit_list_candidates


def names(text: str) -> list[tuple[str, list[str]]]:
    return [(text[c.start : c.end], [n.name for n in c.new]) for c in unit_list_candidates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "strikes on the 22nd, 93rd Mechanized, and 80th Air Assault Brigades near Kostiantynivka",
            [
                (
                    "22nd, 93rd Mechanized, and 80th Air Assault Brigades",
                    ["22nd Mechanized Brigade", "93rd Mechanized Brigade", "80th Air Assault Brigade"],
                )
            ],
        ),
        (
            "the 3rd Separate Assault and 47th Mechanized Brigades",
            [("3rd Separate Assault and 47th Mechanized Brigades", ["3rd Assault Brigade", "47th Mechanized Brigade"])],
        ),
        ("the 22nd and 93rd Mechanized Brigades", []),  # one set of words for all: the unit pattern reads it
        (
            "elements of its 76th and 106th divisions",
            [("76th and 106th divisions", ["76th Division", "106th Division"])],
        ),
        ("Russia's 7th and 76th divisions", [("7th and 76th divisions", ["7th Division", "76th Division"])]),
        ("the 1st and 2nd divisions of the league", []),  # no army they belong to
        ("units of the 58 CAA moved", [("58 CAA", ["58th Combined Arms Army"])]),
        ("the 8 GTA and the 41 CAA", [("8 GTA", ["8th Guards Tank Army"]), ("41 CAA", ["41st Combined Arms Army"])]),
        ("$58 CAA", []),
        ("1,200 CAA", []),
    ],
)
def test_unit_lists_name_one_unit_per_number(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert names(text) == expected
