"""One seed file to Articles: a text or Markdown file, a saved web page, or a feed (one per entry)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from generator.ingest.decode import Decoded, UndecodableSeed, decode_seed
from generator.ingest.discover import FEED_SUFFIXES, HTML_SUFFIXES, SeedFile, size_limit
from generator.ingest.feeds import parse_feed
from generator.ingest.frontmatter import apply_front_matter, parse_text_seed, split_byte_front_matter
from generator.ingest.html import parse_html
from generator.ingest.parsed import Block, ParsedSeed
from generator.ingest.sense import not_an_article
from generator.model import Article, Paragraph
from generator.safefile import read_bytes_limited
from generator.safetext import clean_text

# Limits of one article's metadata (characters): longer values are shortened with a warning.
FIELD_LIMITS = {"title": 300, "source": 200, "author": 300, "url": 2000, "tag": 60}
MAX_TAGS = 30
TEXT_FIELDS = ("title", "source", "author", "url")


@dataclass(frozen=True)
class Reading:
    """What became of one article's worth of a seed: an Article (without its id) or None, and why."""

    label: str  # the seed's label; a feed entry adds "#<key>"
    article: Article | None
    messages: tuple[str, ...]


def assemble_body(blocks: list[Block]) -> tuple[str, tuple[Paragraph, ...]]:
    """Paragraphs joined by blank lines, with each paragraph's offsets and role."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        text = " ".join(clean_text(block.text).split())
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
    """One text seed to an Article (without its final id), or None with the reason."""
    first = read_seed(seed)[0]
    return first.article, first.messages


def read_seed(seed: SeedFile, data: bytes | None = None) -> list[Reading]:
    """Every article in one seed file (a feed holds many), each with its messages; `data` is the
    file's bytes when the caller has read them already."""
    if data is None:
        data = read_bytes_limited(seed.path, size_limit(seed.path))
    if not data.strip():
        return [Reading(seed.label, None, ("empty file: add the article's text or delete the file",))]
    suffix = seed.path.suffix.lower()
    if suffix in FEED_SUFFIXES:
        return _read_feed(seed, data)
    if suffix in HTML_SUFFIXES:
        meta, page, warnings = split_byte_front_matter(data)
        parsed = parse_html(page)
        if parsed is None:
            return [Reading(seed.label, None, ("no article text found in this page: save the article's page itself",))]
        apply_front_matter(parsed, meta)
        article, messages = to_article(parsed, (), label=seed.label, digest=_sha256(data), warnings=warnings)
        return [Reading(seed.label, article, messages)]
    try:
        decoded = decode_seed(data)
    except UndecodableSeed as err:
        return [Reading(seed.label, None, (f"cannot read as text ({err}): save it as UTF-8 text",))]
    parsed, tags = parse_seed_text(decoded.text, suffix=suffix)
    article, messages = to_article(parsed, tags, label=seed.label, digest=_sha256(data), warnings=_decoding(decoded))
    return [Reading(seed.label, article, messages)]


def _read_feed(seed: SeedFile, data: bytes) -> list[Reading]:
    meta, feed, notes = split_byte_front_matter(data)
    entries, warnings = parse_feed(feed)
    warnings = notes + warnings
    if not entries:
        return [Reading(seed.label, None, tuple(warnings))]
    readings = []
    for number, entry in enumerate(entries):
        label = f"{seed.label}#{entry.key}"
        apply_front_matter(entry.parsed, {k: v for k, v in meta.items() if k == "retrieved"})  # url: the feed's
        notes = warnings if number == 0 else []
        article, messages = to_article(entry.parsed, (), label=label, digest=entry.digest, warnings=list(notes))
        readings.append(Reading(label, article, messages))
    return readings


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decoding(decoded: Decoded) -> list[str]:
    warnings: list[str] = []
    if decoded.replaced:
        warnings.append(
            f"{decoded.replaced} invalid UTF-8 byte sequence(s) show as �: fix them or save the file as UTF-8"
        )
    elif decoded.encoding == "utf-8-sig":
        warnings.append("decoded as UTF-8 with a byte-order mark (ignored); save it as UTF-8 without a BOM")
    elif decoded.encoding not in ("utf-8", "ascii"):
        warnings.append(f"decoded as {decoded.encoding}; save it as UTF-8 to be sure")
    return warnings


def to_article(
    parsed: ParsedSeed, tags: tuple[str, ...], *, label: str, digest: str, warnings: list[str]
) -> tuple[Article | None, tuple[str, ...]]:
    """A parsed seed to an Article, or None when what is left is not an article."""
    body, paragraphs = assemble_body(parsed.blocks)
    warnings = [*warnings, *parsed.warnings]
    if not body:
        return None, (*warnings, "no article text after removing page furniture: check the file's content")
    if reason := not_an_article(body):
        return None, (*warnings, reason)
    date = parsed.date
    fields = {name: _capped(name, getattr(parsed, name), warnings) for name in TEXT_FIELDS}
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
        seed=label,
        sha256=digest,
        body=body,
        paragraphs=paragraphs,
        provenance=tuple(sorted(parsed.provenance.items())),
        tags=tags,
        retrieved=parsed.retrieved,
    )
    return article, tuple(warnings)


def _capped(name: str, value: str, warnings: list[str]) -> str:
    """A metadata field, cleaned and cut to its limit at a word boundary, with a warning naming it."""
    value = " ".join(clean_text(value).split())
    limit = FIELD_LIMITS[name]
    if len(value) <= limit:
        return value
    warnings.append(f"the {name} is {len(value):,} characters, over the limit of {limit}: shortened")
    cut = value[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip() + "…"
