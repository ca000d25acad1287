"""Ingest: the only stage that reads seeds/. Seed files become Articles, or report entries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from generator.ingest.decode import UndecodableSeed, decode_seed
from generator.ingest.discover import MAX_SEED_BYTES, SeedFile, SeedsUnreadable, discover_seeds
from generator.ingest.frontmatter import parse_markdown
from generator.ingest.plaintext import Block, ParsedSeed, parse_plain_text
from generator.model import Article, Paragraph, SeedOutcome
from generator.safefile import NotARegularFile, TooLarge, read_bytes_limited
from generator.safetext import clean_text
from generator.slugs import slugify

ID_SLUG_LENGTH = 60
# Limits of one article's metadata (characters): longer values are shortened with a warning.
FIELD_LIMITS = {"title": 300, "source": 200, "author": 300, "url": 2000, "tag": 60}
MAX_TAGS = 30
TEXT_FIELDS = ("title", "source", "author", "url")
ID_HASH_DIGITS = 6  # of the seed path's SHA-256: ids stay readable


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
    if suffix in (".md", ".markdown"):
        return parse_markdown(text)
    return parse_plain_text(text), ()


def read_article(seed: SeedFile) -> tuple[Article | None, tuple[str, ...]]:
    """One seed file to an Article (without its final id), or None with the reason."""
    data = read_bytes_limited(seed.path, MAX_SEED_BYTES)
    if not data.strip():
        return None, ("empty file: add the article's text or delete the file",)
    try:
        decoded = decode_seed(data)
    except UndecodableSeed as err:
        return None, (f"cannot read as text ({err}): save it as UTF-8 text",)
    parsed, tags = parse_seed_text(clean_text(decoded.text), suffix=seed.path.suffix.lower())
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
    date = parsed.date
    fields = {name: _capped(name, " ".join(getattr(parsed, name).split()), warnings) for name in TEXT_FIELDS}
    if len(tags) > MAX_TAGS or any(len(tag) > FIELD_LIMITS["tag"] for tag in tags):
        warnings.append(f"only the first {MAX_TAGS} tags of at most {FIELD_LIMITS['tag']} characters are kept")
        tags = tuple(tag[: FIELD_LIMITS["tag"]] for tag in tags[:MAX_TAGS])
    article = Article(
        id="",
        title=fields["title"] or "Untitled article",
        date=date.iso if date else "",
        date_precision=date.precision if date else "unknown",
        source=fields["source"],
        author=fields["author"],
        url=fields["url"],
        seed=seed.label,
        sha256=hashlib.sha256(data).hexdigest(),
        body=body,
        paragraphs=paragraphs,
        provenance=tuple(sorted(parsed.provenance.items())),
        tags=tags,
    )
    return article, tuple(warnings)


def _capped(name: str, value: str, warnings: list[str]) -> str:
    """A metadata field cut to its limit at a word boundary, with a warning naming the field."""
    limit = FIELD_LIMITS[name]
    if len(value) <= limit:
        return value
    warnings.append(f"the {name} is {len(value):,} characters, over the limit of {limit}: shortened")
    cut = value[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip() + "…"


def _short_slug(title: str) -> str:
    slug = slugify(title, fallback="article")
    return slug if len(slug) <= ID_SLUG_LENGTH else slug[:ID_SLUG_LENGTH].rsplit("-", 1)[0]


def _article_id(article: Article, *, digits: int = ID_HASH_DIGITS) -> str:
    seed_hash = hashlib.sha256(article.seed.encode("utf-8", "surrogateescape")).hexdigest()[:digits]
    return f"{article.date or 'undated'}-{_short_slug(article.title)}-{seed_hash}"


def assign_ids(articles: list[Article]) -> list[Article]:
    """`<date>-<slug of title>-<hash of the seed's path>`: made from the article's own seed alone, so
    adding or removing other seeds never moves it. Should two seeds still meet on one id (a crafted
    file name), both take the full hash of their path: ids are unique whatever the seeds are."""
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(_article_id(article), []).append(article)
    out = []
    for article_id, group in by_id.items():
        if len(group) == 1:
            out.append(replace(group[0], id=article_id))
        else:
            out += [replace(a, id=_article_id(a, digits=64)) for a in group]
    return sorted(out, key=lambda a: a.seed)


def ingest_seeds(seeds_dir: Path, *, root: Path) -> IngestResult:
    outcomes: dict[str, SeedOutcome] = {}
    by_hash: dict[str, Article] = {}
    notes: dict[str, tuple[str, ...]] = {}
    unreadable: list[str] = []
    for seed in discover_seeds(seeds_dir, root=root):
        if seed.problem:
            outcomes[seed.label] = SeedOutcome(seed.label, "skipped", messages=(seed.problem,))
            continue
        try:
            article, messages = read_article(seed)
        except (NotARegularFile, TooLarge) as err:  # it changed since it was listed
            article, messages = None, (f"{err}: remove or replace it",)
        except OSError as err:
            unreadable.append(f"{seed.label} ({err.strerror or err})")
            continue
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
    if unreadable:  # a seed that cannot be read must not silently vanish from the site
        raise SeedsUnreadable(unreadable)
    articles = assign_ids(list(by_hash.values()))
    for article in articles:
        outcomes[article.seed] = SeedOutcome(article.seed, "built", article.id, notes[article.seed])
        for extra in article.extra_seeds:
            outcomes[extra] = SeedOutcome(extra, "duplicate", article.id, outcomes[extra].messages)
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.id), reverse=True))  # newest first
    return IngestResult(ordered, tuple(outcomes[label] for label in sorted(outcomes)))


def _with_extra_seed(article: Article, label: str) -> Article:
    return replace(article, extra_seeds=tuple(sorted((*article.extra_seeds, label))))
