"""Each kind's index page: every person, place, unit, weapon or organization in a table a reader
sorts by any column and filters by name, alias or fact.

The page itself lists the SHOWN most mentioned; the whole table is a data script beside it
(`places/index-data.js`, loaded by a <script> element, so from file:// too), from which the page's
script fills in every row before sorting and filtering set up. At 10,000 articles the places table
has some 9,000 rows: as Markdown, MkDocs took about 10 s to convert it on every new article, whose
counts change it; the data script is copied as it is. Without JavaScript the reader has the SHOWN.
"""

from __future__ import annotations

from typing import Any

from generator.graph.corpus import CorpusGraph
from generator.render.escape import js_call
from generator.render.memo import PageSpec
from generator.slugs import KIND_DIRS, KIND_TITLES, entity_page, relative_link, site_address

SHOWN = 100
DATA_FILE = "index-data.js"
CALLBACK = "sitrepIndexRows"  # overrides/assets/javascripts/sitrep.js defines it
# The catalogue facts a reader sorts and filters each kind's index by (labels as in Entity.facts).
INDEX_FACTS = {
    "person": ("Role", "Side"),
    "place": ("Type", "Oblast", "Country"),
    "unit": ("Side", "Branch", "Echelon"),
    "weapon": ("Category", "Origin"),
    "organization": ("Category", "Country"),
}


def kind_index_rows(index: CorpusGraph, kind: str, *, from_page: str) -> list[dict[str, Any]]:
    """One row per entity of the kind: name, its facts, counts, first and last seen; most mentioned first."""
    rows = []
    for entity in (e for e in index.kb.entities if e.kind == kind):
        first, last = index.seen(entity.id)
        facts = dict(entity.facts)
        rows.append(
            {
                "name": entity.name,
                "link": relative_link(from_page, entity_page(entity.id)),
                "aliases": " ".join(entity.aliases),  # matched by the filter box, not shown
                "facts": [facts.get(label, "") for label in INDEX_FACTS[kind]],
                "mentions": len(index.by_entity.get(entity.id, [])),
                "articles": index.article_count(entity.id),
                "first_seen": first,
                "last_seen": last,
            }
        )
    return sorted(rows, key=lambda r: (-int(r["mentions"]), str(r["name"])))


def kind_indexes(index: CorpusGraph, *, shown: int = SHOWN) -> tuple[dict[str, PageSpec], dict[str, str]]:
    """Each kind's index page (the `shown` most mentioned) and, for a kind with more, the data
    script of the whole table in the page's order: per row the name, the link (the site's .html
    address: MkDocs does not rewrite a script), the aliases, the facts, mentions, articles, first
    and last seen."""
    pages, scripts = {}, {}
    for kind, folder in KIND_DIRS.items():
        rows = kind_index_rows(index, kind, from_page=f"{folder}/index.md")
        view = {
            "title": KIND_TITLES[kind],
            "columns": list(INDEX_FACTS[kind]),
            "rows": rows[:shown],
            "total": len(rows),
            "data": DATA_FILE if len(rows) > shown else "",
        }
        pages[f"{folder}/index.md"] = PageSpec("kind_index.md.j2", {"index": view})
        if len(rows) > shown:
            data = [
                [r["name"], site_address(r["link"]), r["aliases"], *r["facts"], r["mentions"], r["articles"],
                 r["first_seen"], r["last_seen"]]
                for r in rows
            ]  # fmt: skip
            scripts[f"{folder}/{DATA_FILE}"] = js_call(CALLBACK, data)
    return pages, scripts
