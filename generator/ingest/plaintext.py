"""Scraped plain text to a title, metadata and clean paragraphs.

Scrapers save one paragraph per line, with the furniture of the page around it (blog headers,
date lines, bylines, comment widgets, embedded tweets, author bios). Each recognised piece of
furniture either becomes metadata (marked as read from the text) or is dropped; the title and
date are inferred from the prose only when no line states them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest import furniture as fx
from generator.ingest.dates import FoundDate, latest_date_in, parse_date_line
from generator.model import ParagraphRole, Provenance

_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "vs",
        "with",
        "via",
        "amid",
        "after",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_TITLE_DASH = re.compile(r"\s+[–—]\s+|\s+-\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[“\"A-Z])")
_TITLE_CUTS = (
    ", according to",
    ", said",
    ", officials",
    ", experts",
    " as ",
    ", while ",
    " while ",
    " after ",
    " amid ",
    ", ",
)
TITLE_MAX = 200


@dataclass(frozen=True)
class Block:
    role: ParagraphRole
    text: str
    attribution: str = ""


@dataclass
class ParsedSeed:
    title: str = ""
    date: FoundDate | None = None
    source: str = ""
    author: str = ""
    url: str = ""
    blocks: list[Block] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def is_headline(line: str) -> bool:
    """Title Case, a handful of words, no sentence-ending full stop."""
    if not 3 <= len(line) <= TITLE_MAX or line[-1] in '.,;:"”’' or line.startswith(("#", "@")):
        return False
    words = _WORD.findall(line)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not 2 <= len(words) <= 30 or not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= 0.8


def is_section_heading(line: str) -> bool:
    """A short line with no sentence punctuation inside the body ('Accidental reveal')."""
    words = _WORD.findall(line)
    return (
        0 < len(line) <= 90
        and 1 <= len(words) <= 12
        and line[-1] not in '.,;:"”’)'
        and not line.startswith(("#", "@", "“", '"'))
        and line[0].isupper()
    )


def title_from_lead(lead: str) -> str:
    """A short title cut from the first sentence, for seeds that have no headline."""
    sentence = _SENTENCE_END.split(lead, maxsplit=1)[0].strip().rstrip(".")
    for cut in _TITLE_CUTS:
        position = sentence.find(cut, 30)
        if len(sentence) > 90 and position > 0:
            sentence = sentence[:position]
    if len(sentence) > 100:
        sentence = sentence[:96].rsplit(" ", 1)[0] + "…"
    return sentence.strip(" ,;:–—")


def split_paragraph_lines(text: str, *, blocks_by_blank_lines: bool) -> list[str]:
    """One paragraph per line, or per blank-line-separated block for hard-wrapped text."""
    if not blocks_by_blank_lines:
        return [line.strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines and all(fx.TWEET_ATTRIBUTION.match(line) is None for line in lines[1:]):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
        paragraphs.append("")
    return paragraphs


def looks_hard_wrapped(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return False
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    multi_line = sum(1 for b in blocks if b.strip().count("\n") >= 1)
    short = sum(1 for line in lines if len(line) <= 100)
    return multi_line * 2 >= len(blocks) and short * 10 >= len(lines) * 8


def _take_tweets(lines: list[str]) -> list[Block | str]:
    """Fold embedded tweets (text lines, then '— Name (@handle) date') into quote blocks."""
    out: list[Block | str] = []
    for line in lines:
        match = fx.TWEET_ATTRIBUTION.match(line)
        if not match:
            out.append(line)
            continue
        tweet: list[str] = []
        while out and isinstance(out[-1], str):
            candidate = out[-1]
            if not candidate:
                if tweet:
                    break
                out.pop()
                continue
            if sum(len(t) for t in tweet) + len(candidate) > fx.TWEET_MAX:
                break
            tweet.insert(0, fx.clean_tweet_text(str(out.pop())))
            if candidate.startswith(("#", "@")) and len(tweet) > 1:
                break
        attribution = fx.clean_attribution(match["who"], match["handle"], match["when"])
        if tweet:
            out.append(Block("quote", " ".join(t for t in tweet if t), attribution))
    return out


def _read_header(lines: list[str], parsed: ParsedSeed) -> list[str]:
    """Blog headers, date lines and the headline at the top of the file."""
    rest = list(lines)
    while rest:
        line = rest[0]
        if not line or fx.BLOG_HEADER.match(line):
            rest.pop(0)
        elif parsed.date is None and (found := parse_date_line(line)):
            parsed.date = found
            parsed.provenance["date"] = "text"
            rest.pop(0)
        elif match := (fx.BYLINE_BY.match(line) or fx.BYLINE_REPORTS.match(line)):
            _credit(parsed, "author", match["author"])
            if match["source"]:
                _credit(parsed, "source", match["source"].strip())
            rest.pop(0)
        elif not parsed.title and is_headline(line):
            parsed.title = line
            parsed.provenance["title"] = "text"
            rest.pop(0)
        else:
            break
    return rest


def _read_credits(line: str, parsed: ParsedSeed, *, near_end: bool) -> bool:
    """Bylines, bios, republishing notices and source links: metadata, not body."""
    if match := (fx.BYLINE_REPORTS.match(line) or fx.BYLINE_BY.match(line)):
        _credit(parsed, "author", match["author"])
        if match["source"]:
            _credit(parsed, "source", match["source"].strip())
        return True
    if match := fx.REPUBLISHING_NOTICE.match(line):
        _credit(parsed, "source", match["source"].strip())
        return True
    if fx.REPUBLISHING_HINTS.search(line) and near_end:
        return True
    if near_end and (match := fx.AUTHOR_BIO.match(line)):
        _credit(parsed, "author", match["author"])
        return True
    if match := fx.SOURCE_URL.match(line):
        _credit(parsed, "url", match["url"].strip("<>"))
        return True
    return False


def _credit(parsed: ParsedSeed, name: str, value: str) -> None:
    if not getattr(parsed, name):
        setattr(parsed, name, value)
        parsed.provenance[name] = "text"


def parse_plain_text(text: str, *, blocks_by_blank_lines: bool | None = None) -> ParsedSeed:
    parsed = ParsedSeed()
    wrapped = looks_hard_wrapped(text) if blocks_by_blank_lines is None else blocks_by_blank_lines
    lines = [
        fx.EMAIL_PLACEHOLDER.sub("(email address withheld)", line)
        for line in split_paragraph_lines(text, blocks_by_blank_lines=wrapped)
    ]
    lines = [line for line in lines if not fx.is_boilerplate(line)]
    blogger = next((m["name"].strip() for line in lines[:5] if (m := fx.BLOG_HEADER.match(line))), "")
    lines = _read_header(lines, parsed)
    content = [line for line in lines if line]
    kept = [
        line
        for index, line in enumerate(content)
        if not _read_credits(line, parsed, near_end=index >= len(content) - 3)
    ]
    items = _take_tweets(kept)
    _split_dash_title(items, parsed)
    for item in items:
        if isinstance(item, Block):
            parsed.blocks.append(item)
        elif item:
            clean = fx.SIGNATURE.sub("", item)
            role: ParagraphRole = "heading" if is_section_heading(clean) else "text"
            parsed.blocks.append(Block(role, clean))
    if blogger and blogger not in parsed.author:  # the blog's owner wrote the post around the quoted report
        parsed.author = f"{parsed.author}, {blogger}" if parsed.author else blogger
        parsed.provenance["author"] = "text"
    _infer_missing(parsed, text)
    return parsed


def _split_dash_title(items: list[Block | str], parsed: ParsedSeed) -> None:
    """'Headline In Title Case – The first sentence...' on one line."""
    if parsed.title or not items or not isinstance(items[0], str):
        return
    parts = _TITLE_DASH.split(items[0], maxsplit=1)
    if len(parts) == 2 and is_headline(parts[0]) and len(parts[1]) > 20:
        parsed.title = parts[0].strip()
        parsed.provenance["title"] = "text"
        items[0] = parts[1].strip()


def _infer_missing(parsed: ParsedSeed, raw: str) -> None:
    if not parsed.title:
        lead = next((b.text for b in parsed.blocks if b.role == "text"), "")
        parsed.title = title_from_lead(lead)
        parsed.provenance["title"] = "inferred" if parsed.title else "missing"
    if parsed.date is None:
        parsed.date = latest_date_in(raw)
        parsed.provenance["date"] = "inferred" if parsed.date else "missing"
    for name in ("source", "author", "url"):
        parsed.provenance.setdefault(name, "missing")
