"""The gazetteer, tokens and typo index, on a small hand-made catalogue."""

from __future__ import annotations

from typing import Any

import pytest

from generator.catalogue import Catalogue, parse_entry
from generator.extract import Engine
from generator.extract.fuzzy import TypoIndex
from generator.extract.gazetteer import Name, build_gazetteer, case_rule, surface_fits, surname_of
from generator.extract.text import fold, key_of, sentence_spans, tokenize
from generator.model import Kind
from tests.extract.support import make_article

ENTRIES: list[tuple[Kind, dict[str, Any]]] = [
    ("person", {"id": "jane-doe", "name": "Jane Doe", "surname_alone": False}),
    ("person", {"id": "ivan-famous", "name": "Ivan Famous", "surname_alone": True}),
    ("organization", {"id": "armed-forces-of-ukraine", "name": "Armed Forces of Ukraine", "aliases": ["AFU", "ZSU"]}),
    ("weapon", {"id": "himars", "name": "HIMARS", "aliases": ["M142 HIMARS"], "variants": ["M142"]}),
    ("weapon", {"id": "shahed-136", "name": "Shahed-136", "aliases": ["Geran-2"]}),
    (
        "weapon",
        {
            "id": "leopard-2",
            "name": "Leopard 2",
            "ambiguous": {"Leopard": ["tank", "German"]},
            "variants": ["Leopard 2A6"],
        },
    ),
    ("place", {"id": "bakhmut", "name": "Bakhmut", "aliases": ["Artemivsk"], "oblast": "donetsk-oblast"}),
    ("place", {"id": "donetsk-oblast", "name": "Donetsk Oblast"}),
    ("place", {"id": "russia", "name": "Russia"}),
    ("organization", {"id": "the-washington-post", "name": "The Washington Post"}),
]


def small_catalogue(entries: list[tuple[Kind, dict[str, Any]]] = ENTRIES) -> Catalogue:
    catalogue = Catalogue()
    for kind, raw in entries:
        entry = parse_entry(raw, kind=kind, where="test.yml", problems=catalogue.problems)
        assert entry is not None
        catalogue.entries[entry.id] = entry
    return catalogue


@pytest.fixture(scope="module")
def small_engine() -> Engine:
    return Engine(small_catalogue())


def found(engine: Engine, *paragraphs: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in engine.extract(make_article(*paragraphs)).mentions]


# -- text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shahed-136", "Shahed 136"),
        ("Zaporizhzhia’s", "Zaporizhzhia's"),
        ("Kramatorsk", "KRAMATORSK"),
        ("Dnipró", "Dnipro"),
    ],
)
def test_key_of_folds_case_accents_apostrophes_and_hyphens(a: str, b: str) -> None:
    assert key_of(a) == key_of(b)


def test_fold_keeps_cyrillic() -> None:
    assert fold("Бахмут") == "бахмут"


def test_tokenize_offsets_point_at_the_text() -> None:
    text = "The 2S6M/M1 and Shahed-136, near Bakhmut."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert "-" not in [t.text for t in tokenize(text)]


def test_sentence_spans_do_not_split_after_abbreviations() -> None:
    text = "Lt. Col. Daniel Davis spoke. The U.S. Army agreed. Then it rained."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == [
        "Lt. Col. Daniel Davis spoke.",
        "The U.S. Army agreed.",
        "Then it rained.",
    ]


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "rule"),
    [
        ("SBU", "exact"),
        ("VDV", "exact"),
        ("NATO", "exact"),
        ("HMMWV", "exact"),
        ("Bakhmut", "initial"),
        ("Armed Forces", "initial"),
        ("Su-25", "initial"),
        ("dpa", "exact"),  # a brand written lower case matches only so
    ],
)
def test_case_rule(form: str, rule: str) -> None:
    assert case_rule(form) == rule


@pytest.mark.parametrize(
    ("surface", "form", "fits"),
    [
        ("SBU", "SBU", True),
        ("SBUs", "SBU", True),
        ("Sbu", "SBU", False),
        ("HMMWVs", "HMMWV", True),
        ("Armed Forces of Ukraine", "Armed Forces of Ukraine", True),
        ("armed forces of Ukraine", "Armed Forces of Ukraine", False),
        ("Armed forces of Ukraine", "Armed Forces of Ukraine", True),
        ("bakhmut", "Bakhmut", False),
        ("2S19", "2S19", True),
    ],
)
def test_surface_fits_case_rules(surface: str, form: str, fits: bool) -> None:
    assert surface_fits(surface, Name("x/y", "weapon", form, case_rule(form), 2)) is fits


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Daniel Davis", "Davis"), ("Lloyd J. Austin III", "Austin"), ("Martin Luther King Jr", "King"), ("Putin", "")],
)
def test_surname_of(name: str, surname: str) -> None:
    assert surname_of(name) == surname


def test_gazetteer_matches_names_aliases_and_variants(small_engine: Engine) -> None:
    assert found(small_engine, "HIMARS and an M142 hit Artemivsk; the Washington Post and the AFU reported it.") == [
        ("HIMARS", "weapon/himars"),
        ("M142", "weapon/himars"),
        ("Artemivsk", "place/bakhmut"),
        ("Washington Post", "organization/the-washington-post"),
        ("AFU", "organization/armed-forces-of-ukraine"),
    ]


def test_gazetteer_folds_hyphens_in_designators_and_tolerates_plural_s(small_engine: Engine) -> None:
    assert found(small_engine, "Shahed 136 drones, Shahed-136s and Leopard 2A6s.") == [
        ("Shahed 136", "weapon/shahed-136"),
        ("Shahed-136s", "weapon/shahed-136"),
        ("Leopard 2A6s", "weapon/leopard-2"),
    ]


@pytest.mark.parametrize("surface", ["M142", "M-142"])
def test_gazetteer_solid_designators_also_match_with_a_hyphen(small_engine: Engine, surface: str) -> None:
    assert found(small_engine, f"An {surface} launcher fired twice.") == [(surface, "weapon/himars")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two M-1 Abrams tanks were hit.", [("M-1 Abrams", "weapon/m1-abrams")]),
        ("An M-2 Bradley crew escaped.", [("M-2 Bradley", "weapon/m2-bradley")]),
        (
            "An M1 Abrams tank and an M2 Bradley.",
            [("M1 Abrams", "weapon/m1-abrams"), ("M2 Bradley", "weapon/m2-bradley")],
        ),
    ],
)
def test_gazetteer_a_designator_first_in_a_name_also_matches_with_a_hyphen(
    engine: Engine, text: str, expected: list[tuple[str, str]]
) -> None:
    """The hyphen splits "M-1" into two tokens; the whole name is still one mention, not "M-1" and "Abrams"."""
    assert [(m.text, m.entity) for m in engine.extract(make_article(text)).mentions if m.kind == "weapon"] == expected


def test_gazetteer_one_word_names_are_case_sensitive(small_engine: Engine) -> None:
    assert found(small_engine, "himars and bakhmut and russia are lowercase here.") == []


def test_gazetteer_ambiguous_alias_needs_context(small_engine: Engine) -> None:
    assert found(small_engine, "A German Leopard tank.") == [("Leopard", "weapon/leopard-2")]
    assert found(small_engine, "A Leopard escaped.") == []


def test_gazetteer_surname_needs_full_name_unless_surname_alone(small_engine: Engine) -> None:
    assert found(small_engine, "Doe said no. Famous said yes.") == [("Famous", "person/ivan-famous")]
    assert found(small_engine, "Jane Doe spoke. Doe said no.") == [
        ("Jane Doe", "person/jane-doe"),
        ("Doe", "person/jane-doe"),
    ]


def test_gazetteer_reports_alias_claimed_by_two_entities() -> None:
    catalogue = small_catalogue(
        [
            *ENTRIES,
            ("place", {"id": "artemivsk-village", "name": "Artemivsk Village", "aliases": ["Artemivsk"]}),
        ]
    )
    problems = build_gazetteer(catalogue).problems
    assert len(problems) == 1
    assert "'Artemivsk'" in problems[0] and "place/artemivsk-village" in problems[0] and "place/bakhmut" in problems[0]
    assert problems[0].startswith("test.yml")


@pytest.mark.parametrize("ambiguous_id", ["a-town", "c-town"])  # sorted before and after b-town
def test_gazetteer_alias_shared_with_an_ambiguous_one_is_not_a_problem(ambiguous_id: str) -> None:
    catalogue = small_catalogue(
        [
            ("place", {"id": "b-town", "name": "B Town", "aliases": ["Foo"]}),
            ("place", {"id": ambiguous_id, "name": "Other Town", "ambiguous": {"Foo": ["bar"]}}),
        ]
    )
    assert build_gazetteer(catalogue).problems == []


def test_gazetteer_unsafe_settlement_names_never_match() -> None:
    catalogue = small_catalogue()
    entry = parse_entry(
        {"id": "police", "name": "Police", "oblast": "donetsk-oblast"}, kind="place", where="geonames", problems=[]
    )
    assert entry is not None
    catalogue.entries[entry.id] = entry
    assert build_gazetteer(catalogue, unsafe=frozenset({"Police"})).lookup(("police",)) == []
    assert build_gazetteer(catalogue).lookup(("police",)) != []


# -- typo index ----------------------------------------------------------------------------------

TOWNS: list[tuple[Kind, dict[str, Any]]] = [
    ("place", {"id": "bakhmut", "name": "Bakhmut", "oblast": "donetsk-oblast"}),
    ("place", {"id": "donetsk-oblast", "name": "Donetsk Oblast"}),
    ("place", {"id": "russia", "name": "Russia"}),
    ("place", {"id": "pokrovsk", "name": "Pokrovsk", "oblast": "donetsk-oblast"}),
    ("place", {"id": "pokrovske", "name": "Pokrovske", "oblast": "donetsk-oblast"}),
    ("place", {"id": "kupiansk", "name": "Kupiansk", "oblast": "kharkiv-oblast"}),
]


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Bahkmut", "place/bakhmut"),  # swapped neighbours
        ("Bakhmutt", "place/bakhmut"),  # one letter too many... but a prefix: see below
        ("Bakmut", "place/bakhmut"),  # one letter missing
        ("Kupyansk", "place/kupiansk"),  # one letter changed
        ("Bakhmut", None),  # exact names are the gazetteer's job
        ("Russie", None),  # only places in Ukraine
        ("Russian", None),
        ("bahkmut", None),  # lowercase
        ("Bahkm", None),  # too short
        ("Pokrovs", None),  # within one edit of two places
        ("Kupiansks", None),  # a known name plus letters: demonyms, plurals
    ],
)
def test_typo_index_one_edit_from_exactly_one_place(word: str, place: str | None) -> None:
    index = TypoIndex(small_catalogue(TOWNS))
    expected = None if word == "Bakhmutt" else place  # "Bakhmutt" starts with "Bakhmut": treated as a truncation
    assert index.lookup(word) == expected


def test_typo_index_ignores_small_geonames_villages() -> None:
    catalogue = small_catalogue(TOWNS)
    for slug, name, population in (("tinyville", "Tinyvillage", 900), ("bigtown", "Bigtownsk", 50_000)):
        entry = parse_entry(
            {"id": slug, "name": name, "oblast": "donetsk-oblast", "population": population},
            kind="place",
            where="geonames",
            problems=[],
        )
        assert entry is not None
        catalogue.entries[entry.id] = entry
    index = TypoIndex(catalogue)
    assert index.lookup("Tinyvilage") is None
    assert index.lookup("Bigtonwsk") == "place/bigtown"
