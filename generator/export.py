"""The knowledge base as data: kb.json (schema sitrep.kb/1), CSV tables and the build report."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence

from generator.model import KnowledgeBase
from generator.slugs import article_page, entity_page

KB_SCHEMA = "sitrep.kb/1"
REPORT_SCHEMA = "sitrep.build-report/1"


def _html_page(markdown_path: str) -> str:
    return markdown_path[: -len(".md")] + ".html"


def kb_document(kb: KnowledgeBase) -> dict[str, object]:
    return {
        "schema": KB_SCHEMA,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "date": a.date or None,
                "date_precision": a.date_precision,
                "source": a.source or None,
                "author": a.author or None,
                "url": a.url or None,
                "seed": a.seed,
                "page": _html_page(article_page(a.id)),
            }
            for a in kb.articles
        ],
        "entities": [
            {
                "id": e.id,
                "kind": e.kind,
                "name": e.name,
                "aliases": list(e.aliases),
                "page": _html_page(entity_page(e.id)),
            }
            for e in kb.entities
        ],
        "mentions": [
            {
                "article": m.article,
                "entity": m.entity,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "method": m.method,
                "confidence": m.confidence,
            }
            for m in kb.mentions
        ],
    }


def report_document(kb: KnowledgeBase) -> dict[str, object]:
    counts: Counter[str] = Counter(outcome.status for outcome in kb.report)
    return {
        "schema": REPORT_SCHEMA,
        "counts": {status: counts[status] for status in ("built", "duplicate", "skipped")},
        "seeds": [
            {"seed": o.seed, "status": o.status, "article": o.article or None, "messages": list(o.messages)}
            for o in kb.report
        ],
    }


def to_json(document: dict[str, object]) -> str:
    """One record per line: diffs stay readable, and each record goes through the C encoder
    (`indent=` would make json fall back to its pure-Python encoder: seconds per thousand articles)."""
    parts = []
    for key, value in document.items():
        if isinstance(value, list):
            records = ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in value)
            parts.append(f"{json.dumps(key)}: [\n  {records}\n ]" if value else f"{json.dumps(key)}: []")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n " + ",\n ".join(parts) + "\n}\n"


def _csv(header: list[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    # Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them.
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return buffer.getvalue()


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_files(kb: KnowledgeBase) -> dict[str, str]:
    """{path under docs/: text} for every data file published with the site."""
    document = kb_document(kb)
    article_rows = [
        [a.id, a.title, a.date, a.date_precision, a.source, a.author, a.url, a.seed, _html_page(article_page(a.id))]
        for a in kb.articles
    ]
    entity_rows = [[e.id, e.kind, e.name, "; ".join(e.aliases), _html_page(entity_page(e.id))] for e in kb.entities]
    mention_rows = [[m.article, m.entity, m.text, m.start, m.end, m.method, m.confidence] for m in kb.mentions]
    return {
        "data/kb.json": to_json(document),
        "data/build-report.json": to_json(report_document(kb)),
        "data/articles.csv": _csv(
            ["id", "title", "date", "date_precision", "source", "author", "url", "seed", "page"], article_rows
        ),
        "data/entities.csv": _csv(["id", "kind", "name", "aliases", "page"], entity_rows),
        "data/mentions.csv": _csv(["article", "entity", "text", "start", "end", "method", "confidence"], mention_rows),
    }
