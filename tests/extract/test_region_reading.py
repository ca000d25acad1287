"""A bare oblast capital that the text has made a region ("the region of Sumy") stays the region,
unless the article also speaks of the city. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "In Ukraine's north-eastern region of Sumy, bordering Russia, the battle is nightly.",
                "Drones filled the skies over Sumy. Fifty a night is standard for Sumy.",
            ),
            ["place/sumy-oblast"] * 3,
        ),
        (
            ("In the region of Sumy drones fell.", "In the city of Sumy a school was hit. Sumy mourned."),
            ["place/sumy-oblast", "place/sumy", "place/sumy"],
        ),
        (("The Sumy region was shelled.", "Sumy was hit at noon."), ["place/sumy"]),
        (
            ("In the region of Sumy drones fell.", "Sumy City was quiet and Sumy itself mourned."),
            ["place/sumy-oblast", "place/sumy"],
        ),
    ],
)
def test_bare_capital_follows_the_region_the_text_made_of_it(
    extract: Extract, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert [m.entity for m in extract(*paragraphs) if m.text == "Sumy"] == expected
