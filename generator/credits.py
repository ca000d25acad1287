"""Credits: every article's author(s) and outlet as entities (a person, an organization).

Bylines name people and outlets that the body seldom mentions, so they are linked from the
article's metadata, not found as mentions. A name the catalogue knows (by its canonical name or
an alias) resolves to that entry; any other name becomes an entity found in the articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from generator.catalogue import Catalogue
from generator.extract.text import fold
from generator.model import Article, Credit, Kind
from generator.slugs import slugify

# "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe", "Jane Doe; John Roe"; an "&" between
# words only ("AT&T Staff" is one name, and "&Co" stays the byline's text, not a name)
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|(?<=\s)&(?=\s)|\band\b|,(?!\s*(?:Jr|Sr|II|III)\b))\s*")
_UNKNOWN = frozenset({"", "unknown", "staff", "anonymous", "n/a", "none"})
MAX_CREDIT_NAME = 120  # longer is a sentence the byline reader took for a name, not a name
# What a person's or outlet's name is made of; anything else (markup, template syntax, handles)
# stays the byline's text on the article page and becomes no entity.
_NAME_LIKE = re.compile(r"[^\W\d_][\w .,'’&()-]*")


@dataclass(frozen=True)
class CreditName:
    entity: str
    kind: Kind
    name: str


def split_authors(author: str) -> tuple[str, ...]:
    """The people of a byline, in order, without duplicates or placeholders."""
    names = [" ".join(part.split()) for part in _AUTHOR_SEPARATORS.split(author)]
    return tuple(dict.fromkeys(n for n in names if is_credit_name(n)))


def is_credit_name(name: str) -> bool:
    return name.casefold() not in _UNKNOWN and len(name) <= MAX_CREDIT_NAME and bool(_NAME_LIKE.fullmatch(name))


class CreditIndex:
    """Catalogued people and organizations by folded name and alias (canonical names first)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._by_name: dict[tuple[str, str], str] = {}
        entries = sorted(
            (e for e in catalogue.entries.values() if e.kind in ("person", "organization")), key=lambda e: e.id
        )
        for entry in entries:
            self._by_name.setdefault((entry.kind, fold(entry.name)), entry.id)
        for entry in entries:
            for alias in entry.aliases:
                self._by_name.setdefault((entry.kind, fold(alias)), entry.id)

    def resolve(self, kind: Kind, name: str) -> CreditName:
        key = fold(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
        known = self._by_name.get((kind, fold(name))) or self._by_name.get((kind, key))
        return CreditName(known or f"{kind}/{slugify(name)}", kind, name)


def article_credits(article: Article, index: CreditIndex) -> list[tuple[Credit, CreditName]]:
    found = [
        (Credit(article.id, named.entity, "author"), named)
        for named in (index.resolve("person", name) for name in split_authors(article.author))
    ]
    outlet = " ".join(article.source.split())
    if is_credit_name(outlet):
        named = index.resolve("organization", outlet)
        found.append((Credit(article.id, named.entity, "outlet"), named))
    return found


def credits_of(articles: Iterable[Article], catalogue: Catalogue) -> tuple[tuple[Credit, ...], tuple[CreditName, ...]]:
    """Every article's credits, and the names of the entities they point to."""
    index = CreditIndex(catalogue)
    credits: set[Credit] = set()
    names: dict[str, CreditName] = {}
    for article in articles:
        for credit, named in article_credits(article, index):
            credits.add(credit)
            names.setdefault(named.entity, named)
    ordered = tuple(sorted(credits, key=lambda c: (c.article, c.role, c.entity)))
    return ordered, tuple(names[key] for key in sorted(names))
