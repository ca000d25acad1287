"""Extract: per article, pure: candidate mentions from every extractor, resolved to entities."""

from __future__ import annotations

from dataclasses import dataclass

from generator.catalogue import Catalogue
from generator.extract.candidates import Extractor
from generator.extract.credits import CreditExtractor
from generator.extract.gazetteer import Gazetteer, build_gazetteer
from generator.extract.organizations import OrganizationExtractor
from generator.extract.patterns import PatternExtractor
from generator.extract.people import PeopleHeuristic
from generator.extract.resolve import Resolver, to_mentions
from generator.extract.scan import CatalogueExtractor
from generator.fingerprint import code_fingerprint
from generator.model import Article, Mention

DEFAULT_EXTRACTORS = ("catalogue", "pattern", "heuristic", "organization", "credit")


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
        unsafe = frozenset(UNSAFE_NAMES)
        self.gazetteer: Gazetteer = build_gazetteer(catalogue, unsafe=unsafe)
        self.extractors: list[Extractor] = extractors or [
            CatalogueExtractor(self.gazetteer),
            PatternExtractor(self.gazetteer),
            PeopleHeuristic(self.gazetteer),
            OrganizationExtractor(self.gazetteer),
            CreditExtractor(self.gazetteer),
        ]
        self.resolver = Resolver(catalogue, self.gazetteer, unsafe=unsafe)
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
