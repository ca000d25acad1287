"""A department's one-word name in an article that names the department; its name before "Secretary" as a
title. Texts written for these tests."""

from __future__ import annotations

from tests.extract.support import Extract

TREASURY = "organization/united-states-department-of-the-treasury"


def test_the_bare_name_is_the_department_the_article_names(extract: Extract) -> None:
    mentions = extract(
        "The Treasury Department listed four banks on Monday.",
        "Treasury said more listings would follow, and Treasury Secretary Jane Roe agreed.",
    )
    assert [m.text for m in mentions if m.entity == TREASURY] == ["Treasury Department", "Treasury", "Treasury"]


def test_a_department_only_in_a_title_is_the_country_and_no_body(extract: Extract) -> None:
    mentions = extract("U.S. Treasury Secretary Jane Roe met bankers in Kyiv.")
    assert not [m for m in mentions if m.entity == TREASURY]
    assert [m.entity for m in mentions if m.text == "U.S."] == ["place/united-states"]


def test_a_bare_name_without_the_department_named_is_nothing(extract: Extract) -> None:
    mentions = extract("Treasury bonds fell as the war went on.")
    assert not [m for m in mentions if m.entity == TREASURY]
