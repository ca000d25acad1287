"""The knowledge base as data: kb.json (schema sitrep.kb/1), CSV tables and the build report.

The two that grow with every mention, kb.json and mentions.csv, are published gzipped
(`kb.json.gz`, `mentions.csv.gz`: about a tenth of the size; at 10,000 articles they would
otherwise be 290 MB of a site that must stay under 1 GB). The gzip header carries no time,
so the same knowledge base gives the same bytes.

Their mentions are encoded and compressed a month of articles at a time, each month a gzip member
of its own (a gzip file may hold several, and readers join them), so that a month whose mentions
did not change can be taken from the cache (export_memo.py): a new article costs its own month,
not the corpus (12 s at 10,000 articles)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from generator.model import KnowledgeBase, Mention
from generator.slugs import article_page, entity_page

if TYPE_CHECKING:
    from generator.export_memo import ExportMemo

KB_SCHEMA = "sitrep.kb/1"
REPORT_SCHEMA = "sitrep.build-report/1"
GZIPPED = ("data/kb.json", "data/mentions.csv")
GZIP_LEVEL = 6  # 9 saves 3% more for twice the time


def _html_page(markdown_path: str) -> str:
    return markdown_path[: -len(".md")] + ".html"


def kb_document(kb: KnowledgeBase) -> dict[str, object]:
    return {**_kb_head(kb), "mentions": [mention_record(m) for m in kb.mentions]}


def _kb_head(kb: KnowledgeBase) -> dict[str, object]:
    """kb.json but its mentions: the schema, the articles and the entities."""
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
    }


MENTION_COLUMNS = ["article", "entity", "text", "start", "end", "method", "confidence"]


def mention_row(m: Mention) -> list[object]:
    return [m.article, m.entity, m.text, m.start, m.end, m.method, m.confidence]


def mention_record(m: Mention) -> dict[str, object]:
    return dict(zip(MENTION_COLUMNS, mention_row(m), strict=True))


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
    return "{\n " + ",\n ".join(_json_field(key, value) for key, value in document.items()) + "\n}\n"


def _json_field(key: str, value: object) -> str:
    if isinstance(value, list):
        return f"{json.dumps(key)}: [\n  {_json_records(value)}\n ]" if value else f"{json.dumps(key)}: []"
    return f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}"


def _json_records(records: Sequence[object]) -> str:
    return ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in records)


def _csv(header: list[str], rows: Sequence[Sequence[object]]) -> str:
    return _csv_rows([header]) + _csv_rows(rows)


def _csv_rows(rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them (inline, not a
    # call per cell: six million cells at 10,000 articles).
    writer.writerows(
        [["'" + v if type(v) is str and v[:1] in FORMULA_STARTS else v for v in row] for row in rows]  # noqa: E721
    )
    return buffer.getvalue()


FORMULA_STARTS = frozenset(("=", "+", "-", "@", "\t", "\r"))


def gzipped(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), compresslevel=GZIP_LEVEL, mtime=0)


def mention_months(kb: KnowledgeBase) -> list[tuple[Mention, ...]]:
    """kb.mentions (ordered by article) in runs of the same month of publication: the pieces the big
    exports are encoded and compressed in."""
    month = {a.id: a.date[:7] for a in kb.articles}
    return [tuple(run) for _, run in groupby(kb.mentions, key=lambda m: month.get(m.article, ""))]


@dataclass(frozen=True)
class Pieces:
    """A big export as the text before its mentions, its mentions a month at a time, and the text after."""

    head: str
    months: list[tuple[Mention, ...]]
    encode: Callable[[tuple[Mention, ...], bool], str]  # (a month, whether it is the first) → its text
    tail: str

    def text(self) -> str:
        return self.head + "".join(self.encode(m, i == 0) for i, m in enumerate(self.months)) + self.tail


def big_exports(kb: KnowledgeBase) -> dict[str, Pieces]:
    """kb.json and mentions.csv, in pieces; the same text as to_json and _csv would give whole."""
    months = mention_months(kb)
    fields = ",\n ".join(_json_field(key, value) for key, value in _kb_head(kb).items())
    if months:
        json_pieces = Pieces("{\n " + fields + ',\n "mentions": [\n  ', months, _json_month, "\n ]\n}\n")
    else:
        json_pieces = Pieces("{\n " + fields + ',\n "mentions": []\n}\n', [], _json_month, "")
    csv_pieces = Pieces(_csv_rows([MENTION_COLUMNS]), months, _csv_month, "")
    return {"data/kb.json": json_pieces, "data/mentions.csv": csv_pieces}


def _json_month(mentions: tuple[Mention, ...], first: bool) -> str:
    return ("" if first else ",\n  ") + _json_records([mention_record(m) for m in mentions])


def _csv_month(mentions: tuple[Mention, ...], first: bool) -> str:
    return _csv_rows([mention_row(m) for m in mentions])


def export_files(kb: KnowledgeBase, *, memo: ExportMemo | None = None) -> dict[str, str | bytes]:
    """{path under docs/: text, or bytes for the gzipped ones} for every data file published with the
    site; `memo` keeps each month's compressed mentions between builds."""
    files: dict[str, str | bytes] = dict(small_exports(kb))
    for path, pieces in big_exports(kb).items():
        members = [gzipped(pieces.head)]
        for number, month in enumerate(pieces.months):
            key = memo.key(path, month, first=number == 0) if memo else ""
            member = memo.get(key) if memo else None
            if member is None:
                member = gzipped(pieces.encode(month, number == 0))
                if memo:
                    memo.put(key, member)
            members.append(member)
        if pieces.tail:
            members.append(gzipped(pieces.tail))
        files[f"{path}.gz"] = b"".join(members)
    return files


def export_texts(kb: KnowledgeBase) -> dict[str, str]:
    """{path under docs/: text} of every data file, the big ones before they are gzipped."""
    texts = small_exports(kb)
    texts.update({path: pieces.text() for path, pieces in big_exports(kb).items()})
    return dict(sorted(texts.items()))


def small_exports(kb: KnowledgeBase) -> dict[str, str]:
    """The data files published as they are: the build report, the article and entity tables."""
    article_rows = [
        [a.id, a.title, a.date, a.date_precision, a.source, a.author, a.url, a.seed, _html_page(article_page(a.id))]
        for a in kb.articles
    ]
    entity_rows = [[e.id, e.kind, e.name, "; ".join(e.aliases), _html_page(entity_page(e.id))] for e in kb.entities]
    return {
        "data/build-report.json": to_json(report_document(kb)),
        "data/articles.csv": _csv(
            ["id", "title", "date", "date_precision", "source", "author", "url", "seed", "page"], article_rows
        ),
        "data/entities.csv": _csv(["id", "kind", "name", "aliases", "page"], entity_rows),
    }
