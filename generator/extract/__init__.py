"""Extract: per article, pure: candidate mentions from every extractor, resolved to entities."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator.catalogue import Catalogue
from generator.extract.candidates import Extractor
from generator.extract.gazetteer import Gazetteer, build_gazetteer
from generator.extract.organizations import OrganizationExtractor
from generator.extract.patterns import PatternExtractor
from generator.extract.people import PeopleHeuristic
from generator.extract.resolve import Resolver, to_mentions
from generator.extract.scan import CatalogueExtractor
from generator.model import Article, Mention

DEFAULT_EXTRACTORS = ("catalogue", "pattern", "heuristic", "organization")


@cache
def code_fingerprint() -> str:
    """A hash of the code extraction depends on: editing a rule re-extracts every article."""
    package = Path(__file__).parent
    sources = sorted(package.glob("*.py")) + [
        package.parent / "catalogue.py",
        package.parent / "geonames.py",
        package.parent / "data" / "given_names.txt",
    ]
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(catalogue: Catalogue, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS) -> str:
    """What an extraction depends on besides the article: the code, the catalogue, the extractors.
    Known without building the engine, so a build where every article is cached never builds it."""
    return f"{code_fingerprint()}:{catalogue.fingerprint}:{','.join(extractors)}"


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    new_names: tuple[tuple[str, str], ...]  # (entity id, canonical name) of uncatalogued entities


class Engine:
    """Everything extraction needs, built once per build from the catalogue."""

    def __init__(self, catalogue: Catalogue, *, extractors: list[Extractor] | None = None) -> None:
        from generator.geonames import UNSAFE_NAMES

        self.catalogue = catalogue
        self.gazetteer: Gazetteer = build_gazetteer(catalogue, unsafe=frozenset(UNSAFE_NAMES))
        self.extractors: list[Extractor] = extractors or [
            CatalogueExtractor(self.gazetteer),
            PatternExtractor(),
            PeopleHeuristic(self.gazetteer),
            OrganizationExtractor(self.gazetteer),
        ]
        self.resolver = Resolver(catalogue, self.gazetteer)
        self.fingerprint = fingerprint(catalogue, tuple(e.name for e in self.extractors))

    def extract(self, article: Article) -> Extraction:
        candidates = [c for extractor in self.extractors for c in extractor.candidates(article)]
        resolved = self.resolver.resolve(article, candidates)
        new_names = tuple(sorted({(r.entity, r.new_name) for r in resolved if r.new_name}))
        return Extraction(tuple(to_mentions(article, resolved)), new_names)
