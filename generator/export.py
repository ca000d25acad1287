"""The knowledge base as data: kb.json (schema sitrep.kb/1), CSV tables and the build report.

The two that grow with every mention, kb.json and mentions.csv, are published gzipped
(`kb.json.gz`, `mentions.csv.gz`: about a tenth of the size; at 10,000 articles they would
otherwise be 290 MB of a site that must stay under 1 GB). The gzip header carries no time,
so the same knowledge base gives the same bytes."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections import Counter
from collections.abc import Sequence

from generator.model import KnowledgeBase
from generator.slugs import article_page, entity_page

KB_SCHEMA = "sitrep.kb/1"
REPORT_SCHEMA = "sitrep.build-report/1"
GZIPPED = ("data/kb.json", "data/mentions.csv")
GZIP_LEVEL = 6  # 9 saves 3% more for twice the time


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
    # Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them (inline, not a
    # call per cell: six million cells at 10,000 articles).
    writer.writerows(
        [["'" + v if type(v) is str and v[:1] in FORMULA_STARTS else v for v in row] for row in rows]  # noqa: E721
    )
    return buffer.getvalue()


FORMULA_STARTS = frozenset(("=", "+", "-", "@", "\t", "\r"))


def gzipped(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), compresslevel=GZIP_LEVEL, mtime=0)


def export_files(kb: KnowledgeBase) -> dict[str, str | bytes]:
    """{path under docs/: text, or bytes for the gzipped ones} for every data file published with the site."""
    texts = export_texts(kb)
    return {
        (f"{path}.gz" if path in GZIPPED else path): (gzipped(t) if path in GZIPPED else t) for path, t in texts.items()
    }


def export_texts(kb: KnowledgeBase) -> dict[str, str]:
    """{path under docs/: text} of every data file, before the big ones are gzipped."""
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
