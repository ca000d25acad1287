"""The extraction quality gate (F1 per kind against tests/eval/gold), and the scorer itself."""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from generator.catalogue import Catalogue, load_catalogue, parse_entry
from generator.extract import Engine, Extraction
from generator.model import KINDS, Article, Mention
from tests.extract.support import CATALOGUE_DIR, make_article, real_catalogue, real_engine
from tests.sample import PROJECT_ROOT
from tools import evaluate as ev
from tools.evaluate import TARGETS, Counts, Evaluation, NameIndex, align, evaluate, format_report

GOLD_DIR = PROJECT_ROOT / "tests" / "eval" / "gold"


def _real_catalogue(folder: Path, *args: object, **kwargs: object) -> Catalogue:
    assert Path(folder).resolve() == CATALOGUE_DIR.resolve()
    return real_catalogue()


def _real_engine(catalogue: Catalogue, **kwargs: object) -> Engine:
    assert catalogue is real_catalogue()
    return real_engine()


@pytest.fixture(scope="module")
def real_evaluation() -> Iterator[Evaluation]:
    """The project's evaluation, run once (catalogue and engine shared with the other tests)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ev, "load_catalogue", _real_catalogue)
        patch.setattr(ev, "Engine", _real_engine)
        yield evaluate(PROJECT_ROOT)


def test_evaluation_reads_every_gold_file(real_evaluation: Evaluation) -> None:
    assert not [e for e in real_evaluation.errors if "could not be read" in e]
    assert len(list(GOLD_DIR.glob("*.yml"))) == 21
    assert real_evaluation.words["seeds"] > 2000 and real_evaluation.words["corpus"] > 10000


@pytest.mark.parametrize("group", sorted(TARGETS))
@pytest.mark.parametrize("kind", KINDS)
def test_extraction_quality_meets_target(real_evaluation: Evaluation, group: str, kind: str) -> None:
    counts = real_evaluation.counts[group][kind]
    assert counts.tp + counts.fn > 0, f"no gold {kind} in {group}"
    errors = [e for e in real_evaluation.errors if f" {kind} " in e]
    seeds = ("000_", "002_", "004_")
    errors = [e for e in errors if e.startswith(seeds) == (group == "seeds")]
    assert counts.f1 >= TARGETS[group], (
        f"{group} {kind}: F1 {counts.f1:.3f} < {TARGETS[group]} (P {counts.precision:.3f}, R {counts.recall:.3f})\n"
        + "\n".join(errors[:40])
    )


def test_evaluation_passes_overall(real_evaluation: Evaluation) -> None:
    assert real_evaluation.passed(), format_report(real_evaluation)


# -- the gate notices a drop ---------------------------------------------------------------------


class Degraded:
    """The real engine, minus every mention of one kind."""

    def __init__(self, catalogue: Catalogue, *, drop: str) -> None:
        self.inner = real_engine()
        self.drop = drop

    def extract(self, article: Article) -> Extraction:
        found = self.inner.extract(article)
        return Extraction(tuple(m for m in found.mentions if m.kind != self.drop), found.new_names)


def test_evaluation_fails_when_quality_drops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("000_1012cfd9d8832902.yml", "004_b489b9662815227a.yml"):
        shutil.copy2(GOLD_DIR / name, gold / name)
    monkeypatch.setattr(ev, "load_catalogue", _real_catalogue)
    monkeypatch.setattr(ev, "Engine", partial(Degraded, drop="weapon"))
    result = evaluate(PROJECT_ROOT, gold_dir=gold)
    assert result.counts["seeds"]["weapon"].tp == 0 and result.counts["seeds"]["weapon"].f1 == 0
    assert result.counts["seeds"]["person"].f1 >= TARGETS["seeds"]
    assert not result.passed()
    assert "below target" in format_report(result)
    assert any(" missed weapon 'M1 Abrams'" in e for e in result.errors)


# -- the scorer on a tiny fake gold --------------------------------------------------------------

TINY_CATALOGUE = {
    "people.yml": "- id: daniel-davis\n  name: Daniel Davis\n  aliases: [Dan Davis]\n",
    "places.yml": "- id: bakhmut\n  name: Bakhmut\n  aliases: [Artemivsk]\n",
}
TINY_ARTICLE = """---
title: Tiny
date: 2024-01-01
---

Davis said Bakhmut fell. Davis left Bakhmut.

The 35th and 38th Marine Brigades attacked Artemivsk.
"""
TINY_GOLD = """article: articles/tiny.md
entities:
  - kind: person
    name: Dan Davis          # an alias: resolved to person/daniel-davis
    surfaces: [Davis]
  - kind: place
    name: Bakhmut
    surfaces: [Bakhmut, Artemivsk]
  - kind: unit
    name: 35th Marine Brigade
    surfaces: [35th and 38th Marine Brigades]
  - kind: unit
    name: 38th Marine Brigade
    surfaces: []
    implied_by: 35th and 38th Marine Brigades
"""
# What the fake system finds: (surface, occurrence, kind, entity)
SYSTEM = [
    ("Davis", 0, "person", "person/daniel-davis"),  # right
    ("Davis", 1, "person", "person/davis"),  # wrong entity: a false positive and a miss
    ("Bakhmut", 0, "place", "place/bakhmut"),  # right; the second Bakhmut is missed
    ("Artemivsk", 0, "place", "place/bakhmut"),  # right
    ("fell", 0, "place", "place/fell"),  # spurious
    ("35th and 38th Marine Brigades", 0, "unit", "unit/35th-marine-brigade"),  # right
    ("35th and 38th Marine Brigades", 0, "unit", "unit/38th-marine-brigade"),  # right, same span
]


class Scripted:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def extract(self, article: Article) -> Extraction:
        mentions = []
        for surface, occurrence, kind, entity in SYSTEM:
            start = -1
            for _ in range(occurrence + 1):
                start = article.body.index(surface, start + 1)
            end = start + len(surface)
            mentions.append(Mention(article.id, entity, kind, surface, start, end, start, end, "catalogue", 1.0))  # type: ignore[arg-type]
        return Extraction(tuple(mentions), ())


@pytest.fixture
def tiny_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Evaluation:
    root = tmp_path / "root"
    (root / "catalogue").mkdir(parents=True)
    for name, text in TINY_CATALOGUE.items():
        (root / "catalogue" / name).write_text(text, encoding="utf-8")
    (root / "articles").mkdir()
    (root / "articles" / "tiny.md").write_text(TINY_ARTICLE, encoding="utf-8")
    (root / "gold").mkdir()
    (root / "gold" / "tiny.yml").write_text(TINY_GOLD, encoding="utf-8")
    monkeypatch.setattr(ev, "load_catalogue", partial(load_catalogue, settlements=False))
    monkeypatch.setattr(ev, "Engine", Scripted)
    return evaluate(root, gold_dir=root / "gold")


def test_scorer_counts_true_false_positives_and_misses(tiny_result: Evaluation) -> None:
    corpus = tiny_result.counts["corpus"]
    assert (corpus["person"].tp, corpus["person"].fp, corpus["person"].fn) == (1, 1, 1)
    assert (corpus["place"].tp, corpus["place"].fp, corpus["place"].fn) == (2, 1, 1)
    assert (corpus["unit"].tp, corpus["unit"].fp, corpus["unit"].fn) == (2, 0, 0)
    assert (corpus["weapon"].tp, corpus["weapon"].fp, corpus["weapon"].fn) == (0, 0, 0)
    assert all(c.tp + c.fp + c.fn == 0 for c in tiny_result.counts["seeds"].values())


def test_scorer_precision_recall_f1(tiny_result: Evaluation) -> None:
    person, place, unit = (tiny_result.counts["corpus"][k] for k in ("person", "place", "unit"))
    assert (person.precision, person.recall, person.f1) == (0.5, 0.5, 0.5)
    assert place.precision == pytest.approx(2 / 3) and place.recall == pytest.approx(2 / 3)
    assert place.f1 == pytest.approx(2 / 3)
    assert unit.f1 == 1.0
    assert not tiny_result.passed()


def test_scorer_lists_errors_and_split_entities(tiny_result: Evaluation) -> None:
    assert sorted(tiny_result.errors) == sorted(
        [
            "tiny: missed person 'Davis' → person/daniel-davis",
            "tiny: spurious person 'Davis' → person/davis",
            "tiny: missed place 'Bakhmut' → place/bakhmut",
            "tiny: spurious place 'fell' → place/fell",
        ]
    )
    assert tiny_result.split == ["person/daniel-davis → person/daniel-davis, person/davis"]
    assert tiny_result.merged == []
    assert tiny_result.words == {"corpus": 15}


def test_scorer_report_flags_kinds_below_target(tiny_result: Evaluation) -> None:
    report = format_report(tiny_result)
    person_line = next(line for line in report.splitlines() if line.strip().startswith("person") and "0.500" in line)
    assert "below target" in person_line
    unit_line = next(line for line in report.splitlines() if line.strip().startswith("unit") and "1.000" in line)
    assert "below target" not in unit_line


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [(0, 0, 0, 1.0, 1.0, 1.0), (0, 1, 1, 0.0, 0.0, 0.0), (3, 1, 0, 0.75, 1.0, 6 / 7), (1, 0, 3, 1.0, 0.25, 0.4)],
)
def test_counts_metrics(tp: int, fp: int, fn: int, precision: float, recall: float, f1: float) -> None:
    counts = Counts(tp, fp, fn)
    assert (counts.precision, counts.recall) == (precision, recall)
    assert counts.f1 == pytest.approx(f1)


def test_passed_ignores_kinds_without_gold_or_findings() -> None:
    result = Evaluation(
        counts={"seeds": {"person": Counts(19, 1, 0), "weapon": Counts()}, "corpus": {"place": Counts(9, 1, 0)}}
    )
    assert result.passed()
    result.counts["corpus"]["place"] = Counts(8, 1, 1)  # F1 0.889 < 0.90
    assert not result.passed()


def _catalogue(*raws: tuple[str, dict[str, object], str]) -> Catalogue:
    catalogue = Catalogue()
    for kind, raw, source in raws:
        entry = parse_entry(raw, kind=kind, where=source, problems=catalogue.problems)  # type: ignore[arg-type]
        assert entry is not None
        catalogue.entries[entry.id] = entry
    return catalogue


def test_name_index_resolves_gold_names() -> None:
    catalogue = _catalogue(
        ("place", {"id": "kyiv", "name": "Kyiv", "aliases": ["Kiev"]}, "places.yml"),
        ("place", {"id": "kyiv-village", "name": "Kyiv"}, "geonames"),
        ("place", {"id": "toretsk", "name": "Toretsk", "ambiguous": {"Dzerzhinsk": ["Donetsk"]}}, "places.yml"),
    )
    names = NameIndex(catalogue)
    assert names.gold_id("place", "Kyiv") == "place/kyiv"  # curated before GeoNames
    assert names.gold_id("place", "Kiev") == "place/kyiv"
    assert names.gold_id("place", "Dzerzhinsk") == "place/toretsk"
    assert names.gold_id("place", "Nowhere Town") == "place/nowhere-town"
    assert names.gold_id("person", "Kyiv") == "person/kyiv"  # kinds are separate


def test_align_accepts_any_namesake_in_the_gold_oblast() -> None:
    catalogue = _catalogue(
        (
            "place",
            {"id": "oleksandrivka-kherson-oblast-713684", "name": "Oleksandrivka", "oblast": "kherson-oblast"},
            "geonames",
        ),
        (
            "place",
            {"id": "oleksandrivka-donetsk-oblast-713633", "name": "Oleksandrivka", "oblast": "donetsk-oblast"},
            "geonames",
        ),
    )
    gold = {("a", 0, 13, "place", "place/oleksandrivka-kherson-oblast")}
    right = {("a", 0, 13, "place", "place/oleksandrivka-kherson-oblast-713684")}
    wrong = {("a", 0, 13, "place", "place/oleksandrivka-donetsk-oblast-713633")}
    assert align(gold, right, catalogue) == gold
    assert align(gold, wrong, catalogue) == wrong


# -- alignment and pairing details -------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "system", "right"),
    [
        ("person/simon-coveney", "person/mr-coveney", True),  # neither catalogued: ids are not compared
        ("place/bakhmut", "place/bakhmut-region", False),  # catalogued gold: the system must resolve to it
        ("place/nowhere", "place/bakhmut", False),  # a catalogued system entity for an uncatalogued one
    ],
)
def test_align_compares_ids_only_when_an_entity_is_catalogued(gold: str, system: str, right: bool) -> None:
    catalogue = _catalogue(("place", {"id": "bakhmut", "name": "Bakhmut"}, "places.yml"))
    aligned = align({("a", 0, 7, "place", gold)}, {("a", 0, 7, "place", system)}, catalogue)
    assert (aligned == {("a", 0, 7, "place", gold)}) is right


def test_a_plural_member_the_system_missed_is_neither_split_nor_merged() -> None:
    span = ("a", 0, 29, "unit")
    expected = {(*span, "unit/35th-marine-brigade"), (*span, "unit/38th-marine-brigade")}
    pairs: dict[str, set[str]] = defaultdict(set)
    reverse: dict[str, set[str]] = defaultdict(set)
    ev._pair(expected, {(*span, "unit/35th-marine-brigade")}, pairs, reverse, Catalogue())
    assert dict(pairs) == {"unit/35th-marine-brigade": {"unit/35th-marine-brigade"}}
    assert dict(reverse) == {"unit/35th-marine-brigade": {"unit/35th-marine-brigade"}}


def test_a_plural_of_uncatalogued_members_spelled_otherwise_is_neither_split_nor_merged() -> None:
    span = ("a", 0, 41, "unit")
    gold = ("unit/252nd-motorized-rifle-regiment", "unit/752nd-motorized-rifle-regiment")
    system = ("unit/252nd-motor-rifle-regiment", "unit/752nd-motor-rifle-regiment")
    pairs: dict[str, set[str]] = defaultdict(set)
    reverse: dict[str, set[str]] = defaultdict(set)
    ev._pair({(*span, g) for g in gold}, {(*span, s) for s in system}, pairs, reverse, Catalogue())
    assert dict(pairs) == {g: {s} for g, s in zip(gold, system, strict=True)}
    assert all(len(golds) == 1 for golds in reverse.values())


def test_gold_surfaces_end_at_markdown_underscores_but_not_inside_words() -> None:
    article = make_article("In an _Economist_ essay, Economists and the Economist agreed.")
    gold = {"entities": [{"kind": "organization", "name": "The Economist", "surfaces": ["Economist"]}]}
    spans = ev.gold_spans(article, gold, NameIndex(Catalogue()))
    assert sorted(article.body[s[1] : s[2]] for s in spans) == ["Economist", "Economist"]
    assert len({s[1] for s in spans}) == 2


@pytest.mark.parametrize(
    ("system_span", "paired"),
    [
        ((0, 10, "person/mr-coveney"), True),  # "Mr Coveney" covers the gold "Coveney" and nothing else
        ((3, 10, "person/coveney"), True),  # exact
        ((0, 30, "person/mr-coveney-and-kern"), False),  # covers two gold mentions: a span error, not a split
        ((3, 6, "person/cov"), False),  # inside the gold span: a span error
    ],
)
def test_split_entities_count_system_spans_that_cover_one_gold_mention(
    system_span: tuple[int, int, str], paired: bool
) -> None:
    expected = {("a", 3, 10, "person", "person/simon-coveney"), ("a", 20, 30, "person", "person/jakob-kern")}
    start, end, entity = system_span
    pairs: dict[str, set[str]] = defaultdict(set)
    ev._pair(expected, {("a", start, end, "person", entity)}, pairs, defaultdict(set), Catalogue())
    assert (entity in pairs["person/simon-coveney"]) is paired
