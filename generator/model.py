"""The data model: frozen dataclasses shared by every stage. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["person", "place", "unit", "weapon", "organization"]
KINDS: tuple[Kind, ...] = ("person", "place", "unit", "weapon", "organization")

# Where a metadata field came from. "front matter": the seed's YAML; "dateline": a date stamp or
# wire dateline at the top ("November 14, 2024", "KYIV, Nov 14 (Reuters) -"); "byline": a byline or
# credit line ("By Jane Doe, Associated Press"); "html metadata": a saved page's meta tags; "feed":
# an RSS/Atom entry; "text": another recognised line (a headline, a "Source:" link); "inferred":
# guessed from the prose (a title cut from the lead, a date written in the lead); "missing": none.
Provenance = Literal["front matter", "dateline", "byline", "html metadata", "feed", "text", "inferred", "missing"]
# Dates a reader can trust: stated by the seed or its publisher, never guessed from the prose.
TRUSTED_DATE_PROVENANCE: frozenset[Provenance] = frozenset(
    {"front matter", "dateline", "byline", "html metadata", "feed", "text"}
)
ParagraphRole = Literal["text", "heading", "quote"]
DatePrecision = Literal["day", "month", "unknown"]
Method = Literal["catalogue", "pattern", "heuristic", "coreference", "fuzzy", "model"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a cleaned body: prose, a section heading, or an embedded quotation."""

    start: int  # character offset in Article.body
    end: int
    role: ParagraphRole = "text"
    attribution: str = ""  # who a quote is from, when known ("Ukraine Weapons Tracker (@UAWeapons)")


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # "<date>-<slug of title>", stable and unique within a build
    title: str
    date: str  # ISO "YYYY-MM-DD", "YYYY-MM" or "" when unknown
    date_precision: DatePrecision
    source: str
    author: str
    url: str
    seed: str  # path from the project root, "seeds/000_x.txt"
    sha256: str
    body: str  # cleaned body; paragraphs separated by a blank line
    paragraphs: tuple[Paragraph, ...]
    provenance: tuple[tuple[str, Provenance], ...]  # (field, where it came from), sorted by field
    tags: tuple[str, ...] = ()
    extra_seeds: tuple[str, ...] = ()  # other seed files with the same content
    retrieved: str = ""  # when the original was downloaded (ISO 8601), from front matter

    def provenance_of(self, name: str) -> Provenance:
        return dict(self.provenance).get(name, "missing")

    @property
    def date_trusted(self) -> bool:
        """True when the date was stated (front matter, dateline, byline, page metadata, feed), not
        inferred from the prose: timelines and first/last-seen dates should use only these."""
        return bool(self.date) and self.provenance_of("date") in TRUSTED_DATE_PROVENANCE


@dataclass(frozen=True, slots=True)
class Mention:
    article: str  # Article.id
    entity: str  # Entity.id, "<kind>/<slug>"
    kind: Kind
    text: str  # surface text exactly as in Article.body[start:end]
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    method: Method
    confidence: float


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # "<kind>/<slug>"
    kind: Kind
    name: str
    aliases: tuple[str, ...] = ()
    facts: tuple[tuple[str, str], ...] = ()  # (label, value), in display order
    description: str = ""
    coordinates: tuple[float, float] | None = None  # (lat, lon)
    parent: str = ""  # id of a parent entity (oblast of a town, base system of a variant)
    wikidata: str = ""
    catalogued: bool = True  # False when the entity was discovered by a pattern or heuristic
    capital: str = ""  # id of the administrative centre of an oblast, region or raion
    confidence: float = 1.0  # for entities found in the text: the best confidence of their mentions


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str  # Entity.id of a person
    text: str
    article: str
    start: int
    end: int


CreditRole = Literal["author", "outlet"]


@dataclass(frozen=True, slots=True)
class Credit:
    """An article's author (a person) or outlet (an organization), from its byline or front matter."""

    article: str  # Article.id
    entity: str  # Entity.id
    role: CreditRole


@dataclass(frozen=True, slots=True)
class SeedOutcome:
    """One line of the build report: what became of one seed file."""

    seed: str
    status: Literal["built", "duplicate", "skipped"]
    article: str = ""  # Article.id when built or duplicate
    messages: tuple[str, ...] = ()  # warnings or the reason for skipping, each saying what to do


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    articles: tuple[Article, ...]  # newest first, then by id
    entities: tuple[Entity, ...]  # by kind, then name, then id
    mentions: tuple[Mention, ...]  # by article, then start
    quotes: tuple[Quote, ...] = ()
    report: tuple[SeedOutcome, ...] = ()
    candidates: tuple[Mention, ...] = field(default=())  # low-confidence or heuristic, for review
    warnings: tuple[str, ...] = ()  # catalogue and override problems, each naming file and entry
    credits: tuple[Credit, ...] = ()  # by article, role, entity
