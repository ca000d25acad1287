"""What every extractor proposes: a span of the body and the entities it may name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from generator.extract.gazetteer import Name
from generator.model import Article


@dataclass(frozen=True)
class NewEntity:
    """An entity the catalogue does not know, proposed by a pattern or heuristic."""

    kind: str
    name: str  # canonical form ("38th Marine Brigade")


@dataclass(frozen=True)
class Resolved:
    """A candidate resolved: one span, one entity."""

    start: int
    end: int
    entity: str
    kind: str
    method: str
    confidence: float
    new_name: str = ""  # canonical name when the entity is not catalogued
    provisional: bool = False  # a new entity that is a mention only once something resolves it


@dataclass
class Candidate:
    start: int
    end: int
    names: list[Name] = field(default_factory=list)  # catalogue options
    new: list[NewEntity] = field(default_factory=list)  # one per entity named (plurals name several)
    method: str = "catalogue"
    confidence: float = 1.0
    strong: bool = False  # a heuristic with evidence enough to override a GeoNames village inside it
    near: tuple[int, int] | None = None  # a locality's reference town ("north of Hulyaipole"): its span
    provisional: bool = False  # its new entity is a mention only once resolved ("the 76th division")

    @property
    def length(self) -> int:
        return self.end - self.start


class Extractor(Protocol):
    """A source of candidates. A statistical model can be added as one more of these."""

    name: str

    def candidates(self, article: Article) -> list[Candidate]: ...
