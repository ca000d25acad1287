"""Ingest: the only stage that reads seeds/. Seed files become Articles, or report entries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from generator.ingest.decode import UndecodableSeed, decode_seed
from generator.ingest.discover import SeedFile, discover_seeds
from generator.ingest.frontmatter import parse_text_seed
from generator.ingest.plaintext import Block, ParsedSeed
from generator.ingest.sense import not_an_article
from generator.model import Article, Paragraph, SeedOutcome
from generator.slugs import slugify

ID_SLUG_LENGTH = 60


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    report: tuple[SeedOutcome, ...]


def assemble_body(blocks: list[Block]) -> tuple[str, tuple[Paragraph, ...]]:
    """Paragraphs joined by blank lines, with each paragraph's offsets and role."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if parts:
            offset += 2
        paragraphs.append(Paragraph(offset, offset + len(text), block.role, block.attribution))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), tuple(paragraphs)


def parse_seed_text(text: str, *, suffix: str) -> tuple[ParsedSeed, tuple[str, ...]]:
    """Front matter is read in every text seed; Markdown syntax only in .md and .markdown."""
    return parse_text_seed(text, markdown=suffix in (".md", ".markdown"))


def read_article(seed: SeedFile) -> tuple[Article | None, tuple[str, ...]]:
    """One seed file to an Article (without its final id), or None with the reason."""
    data = seed.path.read_bytes()
    if not data.strip():
        return None, ("empty file: add the article's text or delete the file",)
    try:
        decoded = decode_seed(data)
    except UndecodableSeed as err:
        return None, (f"cannot read as text ({err}): save it as UTF-8 text",)
    parsed, tags = parse_seed_text(decoded.text, suffix=seed.path.suffix.lower())
    body, paragraphs = assemble_body(parsed.blocks)
    warnings = list(parsed.warnings)
    if decoded.replaced:
        warnings.append(
            f"{decoded.replaced} invalid UTF-8 byte sequence(s) show as �: fix them or save the file as UTF-8"
        )
    elif decoded.encoding == "utf-8-sig":
        warnings.append("decoded as UTF-8 with a byte-order mark (ignored); save it as UTF-8 without a BOM")
    elif decoded.encoding not in ("utf-8", "ascii"):
        warnings.append(f"decoded as {decoded.encoding}; save it as UTF-8 to be sure")
    if not body:
        return None, (*warnings, "no article text after removing page furniture: check the file's content")
    if reason := not_an_article(body):
        return None, (*warnings, reason)
    date = parsed.date
    article = Article(
        id="",
        title=" ".join(parsed.title.split()) or "Untitled article",
        date=date.iso if date else "",
        date_precision=date.precision if date else "unknown",
        source=parsed.source,
        author=parsed.author,
        url=parsed.url,
        seed=seed.label,
        sha256=hashlib.sha256(data).hexdigest(),
        body=body,
        paragraphs=paragraphs,
        provenance=tuple(sorted(parsed.provenance.items())),
        tags=tags,
        retrieved=parsed.retrieved,
    )
    return article, tuple(warnings)


def _short_slug(title: str) -> str:
    slug = slugify(title, fallback="article")
    return slug if len(slug) <= ID_SLUG_LENGTH else slug[:ID_SLUG_LENGTH].rsplit("-", 1)[0]


def assign_ids(articles: list[Article]) -> list[Article]:
    """`<date>-<slug of title>`; a later seed with the same id gets a suffix from its hash."""
    taken: set[str] = set()
    out = []
    for article in sorted(articles, key=lambda a: a.seed):
        base = f"{article.date or 'undated'}-{_short_slug(article.title)}"
        article_id = base if base not in taken else f"{base}-{article.sha256[:8]}"
        taken.add(article_id)
        out.append(replace(article, id=article_id))
    return out


def ingest_seeds(seeds_dir: Path, *, root: Path) -> IngestResult:
    outcomes: dict[str, SeedOutcome] = {}
    by_hash: dict[str, Article] = {}
    notes: dict[str, tuple[str, ...]] = {}
    for seed in discover_seeds(seeds_dir, root=root):
        if seed.problem:
            outcomes[seed.label] = SeedOutcome(seed.label, "skipped", messages=(seed.problem,))
            continue
        try:
            article, messages = read_article(seed)
        except OSError as err:
            article, messages = None, (f"cannot be read ({err.strerror}): check its permissions",)
        if article is None:
            outcomes[seed.label] = SeedOutcome(seed.label, "skipped", messages=messages)
        elif article.sha256 in by_hash:
            first = by_hash[article.sha256]
            by_hash[article.sha256] = _with_extra_seed(first, seed.label)
            outcomes[seed.label] = SeedOutcome(
                seed.label, "duplicate", messages=(f"same content as {first.seed}: built once; delete one of the two",)
            )
        else:
            by_hash[article.sha256] = article
            notes[article.seed] = messages
    articles = assign_ids(list(by_hash.values()))
    for article in articles:
        outcomes[article.seed] = SeedOutcome(article.seed, "built", article.id, notes[article.seed])
        for extra in article.extra_seeds:
            outcomes[extra] = SeedOutcome(extra, "duplicate", article.id, outcomes[extra].messages)
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.id), reverse=True))  # newest first
    return IngestResult(ordered, tuple(outcomes[label] for label in sorted(outcomes)))


def _with_extra_seed(article: Article, label: str) -> Article:
    return replace(article, extra_seeds=tuple(sorted((*article.extra_seeds, label))))
