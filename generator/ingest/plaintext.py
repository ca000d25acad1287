"""Scraped plain text to a title, metadata and clean paragraphs.

Scrapers save one paragraph per line, with the furniture of the page around it (blog headers,
date lines, bylines, comment widgets, embedded tweets, author bios). Each recognised piece of
furniture either becomes metadata (marked as read from the text) or is dropped; the title and
date are inferred from the prose only when no line states them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.ingest import furniture as fx
from generator.ingest import layouts as lx
from generator.ingest.dates import FoundDate, latest_date_in, parse_date_line
from generator.ingest.header import read_header
from generator.ingest.parsed import _WORD, Block, ParsedSeed, is_headline
from generator.model import ParagraphRole
from generator.vocabulary import MONTH_NAMES

__all__ = ["Block", "ParsedSeed", "is_headline", "parse_plain_text"]

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


def is_section_heading(line: str) -> bool:
    """A short line with no sentence punctuation inside the body ('Accidental reveal')."""
    if not 0 < len(line) <= 90 or line[-1] in '.,;:"”’)' or line.startswith(("#", "@", "“", '"')):
        return False
    return line[0].isupper() and 1 <= len(_WORD.findall(line)) <= 12


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
    if len(blocks) < 2:  # one block without blank lines: a page copied one paragraph per line
        return False
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


def _read_credits(line: str, parsed: ParsedSeed, *, near_end: bool) -> bool:
    """Bylines, credit lines, bios, republishing notices and source links: metadata, not body."""
    if byline := lx.parse_byline(line):
        parsed.credit("author", lx.join_authors(byline.authors), "byline")
        parsed.credit("source", byline.source, "byline")
        return True
    if match := (fx.BYLINE_REPORTS.match(line) or fx.BYLINE_BY.match(line)):
        parsed.credit("author", match["author"], "byline")
        parsed.credit("source", (match["source"] or "").strip(), "byline")
        return True
    if found := lx.first_published(line):
        if parsed.date is None:
            parsed.date, parsed.provenance["date"] = found, "text"
        return True
    if lx.is_credit(line):
        parsed.credit("author", lx.credit_author(line), "byline")
        return True
    if match := THANKS_FOR_READING.match(line):
        parsed.credit("source", match["publication"].strip(), "byline")
        return True
    if lx.is_caption(line) or lx.is_newsletter(line):
        return True
    if match := fx.REPUBLISHING_NOTICE.match(line):
        parsed.credit("source", match["source"].strip(), "text")
        return True
    if near_end and fx.REPUBLISHING_HINTS.search(line):
        return True
    if near_end and (match := fx.AUTHOR_BIO.match(line)):
        parsed.credit("author", match["author"], "text")
        return True
    if match := fx.SOURCE_URL.match(line):
        parsed.credit("url", match["url"].strip("<>"), "text")
        return True
    return False


THANKS_FOR_READING = re.compile(r"^Thanks for reading (?P<publication>[^!.]{2,80})[!.]", re.IGNORECASE)


def _line_finder(raw: str, offset: int) -> Callable[[str], str]:
    """'line 7 ("KYIV, Nov 14 ...")': where a line of the seed is, for warnings."""

    def where(line: str) -> str:
        position = raw.find(line[:60])
        number = raw.count("\n", 0, position) + 1 + offset if position >= 0 else 0
        shown = line if len(line) <= 60 else line[:57] + "..."
        return f"line {number} ({shown!r})" if number else repr(shown)

    return where


def parse_plain_text(text: str, *, blocks_by_blank_lines: bool | None = None, line_offset: int = 0) -> ParsedSeed:
    parsed = ParsedSeed()
    wrapped = looks_hard_wrapped(text) if blocks_by_blank_lines is None else blocks_by_blank_lines
    lines = [
        fx.EMAIL_PLACEHOLDER.sub("(email address withheld)", line) if "protected" in line else line
        for line in split_paragraph_lines(text, blocks_by_blank_lines=wrapped)
    ]
    lines = [line for line in lines if not fx.is_boilerplate(line)]
    blogger = next((m["name"].strip() for line in lines[:5] if (m := fx.BLOG_HEADER.match(line))), "")
    where = _line_finder(text, line_offset)
    lines = read_header(lines, parsed, where)
    content = [line for line in lines if line]
    kept = [
        line
        for index, line in enumerate(content)
        if not _read_credits(line, parsed, near_end=index >= len(content) - 3)
    ]
    items = _take_tweets(kept)
    _split_dash_title(items, parsed)
    _read_dateline(items, parsed, where)
    for item in items:
        if isinstance(item, Block):
            parsed.blocks.append(item)
        elif item:
            clean = fx.SIGNATURE.sub("", item) if item[-1].isupper() else item
            role: ParagraphRole = "heading" if is_section_heading(clean) else "text"
            parsed.blocks.append(Block(role, clean))
    if blogger and blogger not in parsed.author:  # the blog's owner wrote the post around the quoted report
        parsed.author = f"{parsed.author}, {blogger}" if parsed.author else blogger
        parsed.provenance["author"] = "byline"
    _infer_missing(parsed)
    return parsed


DATELINE_WITHIN = 3  # paragraphs searched for a wire dateline


def _read_dateline(items: list[Block | str], parsed: ParsedSeed, where: Callable[[str], str]) -> None:
    """'KYIV, Nov 14 (Reuters) - ' opening the first paragraph: the outlet (and month/day) leave it."""
    texts = [n for n, item in enumerate(items) if isinstance(item, str) and item][:DATELINE_WITHIN]
    # the first paragraph, or a wire dateline a paragraph or two down (after a subheadline)
    found = ((n, lx.read_dateline(str(items[n]), wire_only=k > 0)) for k, n in enumerate(texts))
    first, dateline = next(((n, d) for n, d in found if d is not None), (None, None))
    if first is None or dateline is None or len(dateline.rest) < 20:
        return
    line = str(items[first])
    items[first] = dateline.rest
    parsed.credit("source", dateline.source, "dateline")
    if dateline.month_day is None:
        return
    month, day = dateline.month_day
    if parsed.date is None:
        parsed.warnings.append(
            f"{where(line)} dateline gives {MONTH_NAMES[month - 1]} {day} without a year: "
            "add `date: YYYY-MM-DD` front matter"
        )
    elif parsed.date.precision == "day" and parsed.date.iso[5:] != f"{month:02d}-{day:02d}":
        parsed.warnings.append(
            f"{where(line)} dateline says {MONTH_NAMES[month - 1]} {day} but the date line says "
            f"{parsed.date.iso}: check which is right and add `date:` front matter"
        )


def _split_dash_title(items: list[Block | str], parsed: ParsedSeed) -> None:
    """'Headline In Title Case – The first sentence...' on one line."""
    if parsed.title or not items or not isinstance(items[0], str):
        return
    parts = _TITLE_DASH.split(items[0], maxsplit=1)
    if len(parts) == 2 and is_headline(parts[0]) and len(parts[1]) > 20:
        parsed.title = parts[0].strip()
        parsed.provenance["title"] = "text"
        items[0] = parts[1].strip()


def _infer_missing(parsed: ParsedSeed) -> None:
    if not parsed.title:
        lead = next((b.text for b in parsed.blocks if b.role == "text"), "")
        parsed.title = title_from_lead(lead)
        parsed.provenance["title"] = "inferred" if parsed.title else "missing"
    if parsed.date is None and (found := title_date(parsed) or lx.self_dated(_prose(parsed))):
        parsed.date, parsed.provenance["date"] = found, "text"
    if parsed.date is None:
        parsed.date = inferred_date(parsed)
        parsed.provenance["date"] = "inferred" if parsed.date else "missing"
    for name in ("source", "author", "url"):
        parsed.provenance.setdefault(name, "missing")


def _prose(parsed: ParsedSeed) -> str:
    return "\n".join(b.text for b in parsed.blocks if b.role == "text")


def title_date(parsed: ParsedSeed) -> FoundDate | None:
    """A date the headline states ('Russian Offensive Campaign Assessment, November 14, 2024')."""
    match = _TITLE_DATE.search(parsed.title)
    return parse_date_line(match[0]) if match else None


def inferred_date(parsed: ParsedSeed) -> FoundDate | None:
    """The latest date on an embedded post (a tweet is published on or before the article).

    Dates written in the prose are never taken: on real articles they were the publication date
    in fewer than half of the cases (a photo's day, an event recalled, a deadline ahead)."""
    return latest_date_in(" ".join(b.attribution for b in parsed.blocks if b.role == "quote"))


_TITLE_DATE = re.compile(
    r"(?<=, )(?:[A-Z][a-z]+\.? \d{1,2}, (?:19|20)\d\d|\d{1,2} [A-Z][a-z]+ (?:19|20)\d\d)(?=(?:\s+[|–-]\s+[^|]{2,40})?$)"
)  # the date may be followed by the site's name: "..., February 21, 2026 | Critical Threats"
