"""Associations: related entities ranked by log-likelihood, not by raw co-mention counts."""

from __future__ import annotations

import math
import random

import pytest

from generator.graph.associations import PairCounts, associations, log_likelihood
from generator.graph.corpus import CorpusGraph
from generator.overrides import Overrides
from generator.render.related import related_groups
from generator.resolve import build_knowledge_base
from tests.extract.support import make_article, real_catalogue, real_engine

# A corpus of our own: every article names Ukraine and Russia, as war reporting does; the tank
# articles name the Western tanks together; the others are about rockets, drones and the front.
TANKS = (
    "Ukraine received M1 Abrams and Leopard 2 tanks, and Russia claims to have destroyed a Leopard 2.",
    "The M1 Abrams and the Challenger 2 arrived in Ukraine weeks after Russia massed troops.",
    "Crews in Ukraine compared the M1 Abrams with the Leopard 2 and the Challenger 2 before Russia attacked.",
    "Russia said a Challenger 2 and a Leopard 2 were hit; Ukraine denied it.",
    "Ukraine lost an M1 Abrams near Avdiivka, Russia said, while Leopard 2 crews held the line.",
    "An M1 Abrams and a Challenger 2 were shown in Ukraine, to the anger of Russia.",
)
OTHERS = (
    "Ukraine fired HIMARS rockets at depots that Russia uses in Kherson.",
    "Russia launched Shahed drones at Kyiv overnight; Ukraine shot most of them down.",
    "Ukraine used HIMARS again as Russia moved its ammunition further from the front.",
    "Russia shelled Kharkiv; Ukraine asked for more air defence.",
    "Ukraine and Russia exchanged prisoners of war.",
    "Russia claimed gains near Bakhmut while Ukraine counterattacked.",
    "Ukraine shot down Shahed drones over Odesa, and Russia struck the port.",
    "Ukraine's HIMARS crews moved at night, Russia's drones searched for them.",
)


def _ids(entities_by_article: dict[str, set[str]], entity: str) -> list[str]:
    return [a.other for a in associations(entities_by_article, min_support=2)[entity]]


def test_entity_in_every_article_relates_to_nothing() -> None:
    corpus = {f"a{n}": {"place/ukraine", "weapon/a" if n % 2 else "weapon/b"} for n in range(10)}
    corpus["a0"] |= {"weapon/a"}
    found = associations(corpus, min_support=1)
    assert "place/ukraine" not in found
    assert all(a.other != "place/ukraine" for ranked in found.values() for a in ranked)


def test_pairs_below_minimum_support_are_left_out() -> None:
    corpus = {"a1": {"x", "y"}, "a2": {"z"}, "a3": {"w"}}
    assert associations(corpus, min_support=2) == {}
    assert [a.other for a in associations(corpus, min_support=1)["x"]] == ["y"]


def test_stronger_evidence_ranks_first_and_ties_break_by_id() -> None:
    corpus = {f"a{n}": {"t"} for n in range(20)}
    for n in range(4):
        corpus[f"a{n}"] |= {"strong"}
    for n in range(2):
        corpus[f"a{n}"] |= {"weak-b", "weak-a"}
    assert _ids(corpus, "strong") == ["weak-a", "weak-b"]
    assert _ids(corpus, "weak-a")[:1] == ["weak-b"]  # always together: the strongest of all


def test_pairs_below_the_minimum_score_are_left_out() -> None:
    corpus: dict[str, set[str]] = {f"a{n}": {"z"} for n in range(40)}
    for n in range(10):
        corpus[f"a{n}"].add("x")
    for n in range(6, 16):
        corpus[f"a{n}"].add("y")  # together in 4 articles where chance gives 2.5
    found = associations(corpus, min_support=2)
    (weak,) = found["x"]
    assert 0 < weak.score < 3.84
    assert associations(corpus, min_support=2, min_score=3.84) == {}


@pytest.mark.parametrize(
    ("shared", "count_a", "count_b", "total"),
    [(5, 5, 5, 100), (3, 10, 20, 100), (10, 10, 10, 10)],
)
def test_log_likelihood_matches_the_textbook_formula(shared: int, count_a: int, count_b: int, total: int) -> None:
    table = [
        [shared, count_a - shared],
        [count_b - shared, total - count_a - count_b + shared],
    ]
    rows, cols = [sum(r) for r in table], [sum(c) for c in zip(*table, strict=True)]
    expected = 2 * sum(
        table[i][j] * math.log(table[i][j] * total / (rows[i] * cols[j]))
        for i in range(2)
        for j in range(2)
        if table[i][j]
    )
    assert log_likelihood(shared, count_a, count_b, total) == pytest.approx(expected)


def test_a_tanks_related_weapons_are_the_tanks_named_with_it_not_the_countries() -> None:
    texts = TANKS + OTHERS
    articles = tuple(make_article(text, article_id=f"a{n:02d}") for n, text in enumerate(texts))
    engine = real_engine()
    mentions = {a.id: engine.extract(a).mentions for a in articles}
    kb = build_knowledge_base(articles, mentions, (), (), real_catalogue(), Overrides())
    index = CorpusGraph(kb)
    abrams = "weapon/m1-abrams"

    ranked = [a.other for a in index.associations[abrams]]
    assert ranked[:2] == ["weapon/challenger-2", "weapon/leopard-2"], ranked
    assert "place/ukraine" not in ranked and "place/russia" not in ranked
    assert "weapon/himars" not in ranked

    groups = {
        g["title"]: [item["name"] for item in g["entities"]] for g in related_groups(index, abrams, from_page="x.md")
    }
    assert groups["Weapons"] == ["Challenger 2", "Leopard 2"]
    assert "Places" not in groups or "Ukraine" not in groups["Places"]


def test_counts_kept_and_updated_are_those_counted_from_nothing() -> None:
    """A long-lived process's counts, updated build after build by the articles that were added,
    changed or deleted, hold exactly what a count from nothing holds (no zeros left behind), and
    rank the same associations."""
    rng = random.Random(5)
    names = [f"place/p{n}" for n in range(12)]  # few names: many pairs come and go
    corpus = {f"a{n}": set(rng.sample(names, rng.randint(0, 5))) for n in range(30)}
    kept = PairCounts()
    for step in range(40):
        article = f"a{rng.randrange(36)}"
        if step % 5 == 4:
            corpus.pop(article, None)
        else:
            corpus[article] = set(rng.sample(names, rng.randint(0, 5)))
        found = associations(corpus, min_support=2, counts=kept)
        fresh = PairCounts()
        fresh.update(corpus)
        assert (kept.frequency, kept.pairs, kept.present) == (fresh.frequency, fresh.pairs, fresh.present), step
        assert min([*kept.pairs.values(), *kept.frequency.values()]) > 0
        assert found == associations(corpus, min_support=2), step


def test_counts_interrupted_halfway_are_counted_anew() -> None:
    class Unordered(str):
        def __lt__(self, other: object) -> bool:
            raise TypeError("cannot be sorted")

    kept = PairCounts()
    kept.update({"a1": {"x", "y"}})
    with pytest.raises(TypeError):  # a1 taken out and put in again, then a2 fails
        kept.update({"a1": {"x"}, "a2": {Unordered("z"), Unordered("w")}})
    assert kept == PairCounts()
