"""Extraction quality against the gold annotations in tests/eval/gold/ (`make eval`).

Gold files list, per article, each entity with its kind, canonical name and surface strings.
Every occurrence of every surface in the cleaned body is a gold mention (longest first,
whole words, case-sensitive). A system mention is right when its span, kind and entity all
match. Precision, recall and F1 are given per kind, for the sample seeds and for the rest;
split entities (one gold entity, several system ids) and wrongly merged ones (one system id,
several gold entities) are listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.catalogue import Catalogue, load_catalogue
from generator.extract import Engine
from generator.extract.text import fold
from generator.ingest import read_article
from generator.ingest.discover import SeedFile
from generator.model import KINDS, Article
from generator.overrides import load_overrides
from generator.slugs import slugify

TARGETS = {"seeds": 0.95, "corpus": 0.90}
Span = tuple[str, int, int, str, str]  # (article, start, end, kind, entity)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # group → kind → counts
    errors: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    words: dict[str, int] = field(default_factory=dict)

    def passed(self) -> bool:
        return all(
            c.f1 >= TARGETS[group] for group, kinds in self.counts.items() for c in kinds.values() if c.tp + c.fn + c.fp
        )


class NameIndex:
    """Gold names to catalogue ids: by canonical name first, then by alias; curated first."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_alias: dict[tuple[str, str], list[str]] = defaultdict(list)
        entries = sorted(catalogue.entries.values(), key=lambda e: (e.source == "geonames", e.id))
        for entry in entries:
            self.by_name[(entry.kind, fold(entry.name))].append(entry.id)
            for alias in (*entry.aliases, *(a for a, _ in entry.ambiguous)):
                self.by_alias[(entry.kind, fold(alias))].append(entry.id)

    def gold_id(self, kind: str, name: str) -> str:
        key = (kind, fold(name))
        found = self.by_name.get(key) or self.by_alias.get(key)
        return found[0] if found else f"{kind}/{slugify(name)}"


def gold_spans(article: Article, gold: dict[str, Any], names: NameIndex) -> set[Span]:
    surfaces: list[tuple[str, str, str]] = []  # (surface, kind, entity)
    implied: list[tuple[str, str, str]] = []
    for item in gold.get("entities") or []:
        entity = item.get("id") or names.gold_id(item["kind"], item["name"])
        surfaces += [(s, item["kind"], entity) for s in item.get("surfaces") or []]
        if item.get("implied_by"):
            implied.append((item["implied_by"], item["kind"], entity))
    spans: set[Span] = set()
    occupied: list[tuple[int, int]] = []
    for surface, kind, entity in sorted(surfaces, key=lambda s: -len(s[0])):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", article.body):
            if any(match.start() < e and s < match.end() for s, e in occupied):
                continue
            occupied.append(match.span())
            spans.add((article.id, match.start(), match.end(), kind, entity))
    for phrase, kind, entity in implied:
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", article.body):
            spans.add((article.id, match.start(), match.end(), kind, entity))
    return spans


def evaluate(root: Path, *, gold_dir: Path | None = None) -> Evaluation:
    catalogue = load_catalogue(root / "catalogue")
    overrides = load_overrides(root / "catalogue", [])
    engine = Engine(catalogue)
    names = NameIndex(catalogue)
    result = Evaluation(counts={g: {k: Counts() for k in KINDS} for g in TARGETS})
    pairs: dict[str, set[str]] = defaultdict(set)  # gold entity → system ids
    reverse: dict[str, set[str]] = defaultdict(set)  # system entity → gold ids
    for gold_file in sorted((gold_dir or root / "tests" / "eval" / "gold").glob("*.yml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        path = root / gold["article"]
        article, _ = read_article(SeedFile(path, gold["article"]))
        if article is None:
            result.errors.append(f"{gold_file.name}: article {gold['article']} could not be read")
            continue
        article = Article(**{**article.__dict__, "id": path.stem})
        group = "seeds" if gold["article"].startswith("seeds/") else "corpus"
        result.words[group] = result.words.get(group, 0) + len(article.body.split())
        expected = gold_spans(article, gold, names)
        extracted: set[Span] = {
            (m.article, m.start, m.end, m.kind, m.entity) for m in overrides.apply(engine.extract(article).mentions)
        }
        found = align(expected, extracted, catalogue)
        _score(result, group, expected, found, article)
        by_span: dict[tuple[int, int, str], set[str]] = defaultdict(set)
        for s in found:
            by_span[(s[1], s[2], s[3])].add(s[4])
        for span in expected:
            systems = by_span.get((span[1], span[2], span[3]), set())
            # a plural ("35th and 38th Marine Brigades") puts several entities on one span
            for system in ({span[4]} & systems) or systems:
                pairs[span[4]].add(system)
                reverse[system].add(span[4])
    result.split = sorted(f"{g} → {', '.join(sorted(s))}" for g, s in pairs.items() if len(s) > 1)
    result.merged = sorted(f"{s} ← {', '.join(sorted(g))}" for s, g in reverse.items() if len(g) > 1)
    return result


def same_settlement(gold: str, system: str, catalogue: Catalogue) -> bool:
    """Gold may name a homonymous village by oblast ("place/oleksandrivka-kherson-oblast") where
    GeoNames has several in that oblast, or spells it differently: any of them in that oblast counts."""
    entry = catalogue.entries.get(system)
    if gold == system or entry is None or entry.kind != "place" or not entry.oblast:
        return gold == system
    oblast = entry.oblast.split("/", 1)[1]
    stem = gold.split("/", 1)[1]
    if not stem.endswith(oblast):
        return False
    name = stem[: -len(oblast)].rstrip("-")
    return slugify(entry.name) == name or system.startswith(gold + "-") or name in {slugify(a) for a in entry.aliases}


def align(expected: set[Span], found: set[Span], catalogue: Catalogue) -> set[Span]:
    gold_at = {(s[0], s[1], s[2], s[3]): s[4] for s in expected}
    aligned = set()
    for span in found:
        gold = gold_at.get(span[:4])
        aligned.add((*span[:4], gold) if gold and same_settlement(gold, span[4], catalogue) else span)
    return aligned


def _score(result: Evaluation, group: str, expected: set[Span], found: set[Span], article: Article) -> None:
    for kind in KINDS:
        gold_k = {s for s in expected if s[3] == kind}
        found_k = {s for s in found if s[3] == kind}
        counts = result.counts[group][kind]
        counts.tp += len(gold_k & found_k)
        counts.fp += len(found_k - gold_k)
        counts.fn += len(gold_k - found_k)
        for label, spans in (("missed", gold_k - found_k), ("spurious", found_k - gold_k)):
            for _, start, end, _, entity in sorted(spans, key=lambda s: s[1]):
                result.errors.append(f"{article.id}: {label} {kind} {article.body[start:end]!r} → {entity}")


def format_report(result: Evaluation) -> str:
    lines = []
    for group, kinds in result.counts.items():
        lines.append(f"\n{group} ({result.words.get(group, 0):,} words), target F1 ≥ {TARGETS[group]:.2f}")
        lines.append(f"  {'kind':<13}{'gold':>6}{'found':>7}{'P':>7}{'R':>7}{'F1':>7}")
        for kind, c in kinds.items():
            flag = "" if c.f1 >= TARGETS[group] or not (c.tp + c.fn + c.fp) else "  below target"
            lines.append(
                f"  {kind:<13}{c.tp + c.fn:>6}{c.tp + c.fp:>7}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{flag}"
            )
    lines.append(f"\nsplit entities: {len(result.split)}")
    lines += [f"  {s}" for s in result.split]
    lines.append(f"wrongly merged entities: {len(result.merged)}")
    lines += [f"  {m}" for m in result.merged]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--errors", action="store_true", help="list every missed and spurious mention")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    result = evaluate(args.root.resolve())
    if args.errors:
        print("\n".join(result.errors))
    print(format_report(result))
    if args.json:
        figures = {
            g: {
                k: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "gold": c.tp + c.fn}
                for k, c in kinds.items()
            }
            for g, kinds in result.counts.items()
        }
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("\ntargets met" if result.passed() else "\ntargets NOT met", file=sys.stderr)
    return 0 if result.passed() else 1


if __name__ == "__main__":
    raise SystemExit(main())
