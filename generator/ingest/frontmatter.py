"""Front matter in any text seed (.md, .txt, ...): YAML between --- lines wins over anything inferred."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from generator.ingest.dates import parse_front_matter_date
from generator.ingest.plaintext import Block, ParsedSeed, parse_plain_text, title_date
from generator.yamlio import SAFE_LOADER, UntrustedYamlError, load_untrusted

KNOWN_KEYS = ("title", "date", "source", "author", "url", "tags", "retrieved")
_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_QUOTE = re.compile(r"^>\s?(?P<text>.*)$")
_LEADING_H1 = re.compile(r"\A\s*#[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)")


def split_front_matter(text: str) -> tuple[str | None, str]:
    match = _FENCE.match(text)
    if not match:
        return None, text
    return match["yaml"], text[match.end() :]


def _markdown_blocks(blocks: list[Block]) -> list[Block]:
    """Markdown headings and block quotes keep their roles; everything else stays text."""
    out = []
    for block in blocks:
        if block.role == "text" and (match := _HEADING.match(block.text)):
            out.append(Block("heading", match["text"]))
        elif block.role == "text" and (match := _QUOTE.match(block.text)):
            out.append(Block("quote", re.sub(r"\s>\s?", " ", match["text"]).strip()))
        else:
            out.append(block)
    return out


def _as_text(key: str, value: Any, warnings: list[str]) -> str | None:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        warnings.append(f"front matter `{key}` is a number; it was read as text: quote it")
        return str(value)
    warnings.append(f"front matter `{key}` must be text, not {type(value).__name__}; it was ignored: fix or remove it")
    return None


def _as_tags(value: Any, warnings: list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(sorted({t.strip() for t in value.split(",") if t.strip()}))
    if isinstance(value, list) and all(isinstance(t, (str, int, float)) for t in value):
        return tuple(sorted({str(t).strip() for t in value if str(t).strip()}))
    warnings.append("front matter `tags` must be a list of words; it was ignored: write `tags: [a, b]`")
    return ()


class _FrontMatterLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]  # libyaml when built with it
    """A SafeLoader that keeps an impossible date (2024-02-30) as text, to be reported as not a date."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _FrontMatterLoader.construct_yaml_timestamp)


def load_front_matter(raw: str | None, warnings: list[str]) -> dict[str, Any]:
    if raw is None:
        return {}
    try:
        data = load_untrusted(raw, loader=_FrontMatterLoader, first_line=2)
    except UntrustedYamlError as err:  # the line counts from the opening `---`
        warnings.append(f"front matter cannot be read ({err}); it was ignored: fix the YAML between the --- lines")
        return {}
    except RecursionError as err:
        warnings.append(f"front matter cannot be read ({err}); it was ignored: fix the YAML between the --- lines")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        warnings.append("front matter must be a mapping of `key: value` lines; it was ignored")
        return {}
    for key in sorted(str(k) for k in data if k not in KNOWN_KEYS):
        warnings.append(f"unknown front matter key `{key}` was ignored (known keys: {', '.join(KNOWN_KEYS)})")
    return {k: v for k, v in data.items() if k in KNOWN_KEYS}


def parse_markdown(text: str) -> tuple[ParsedSeed, tuple[str, ...]]:
    """Parse a Markdown seed; returns the parsed seed and its tags."""
    return parse_text_seed(text, markdown=True)


def _has_front_matter(raw_yaml: str) -> bool:
    """In a plain-text seed, a fenced block counts only when it is a YAML mapping (a `---` rule is not)."""
    try:
        data = load_untrusted(raw_yaml, loader=_FrontMatterLoader)
    except (UntrustedYamlError, RecursionError):
        return False
    return isinstance(data, dict)


def parse_text_seed(text: str, *, markdown: bool) -> tuple[ParsedSeed, tuple[str, ...]]:
    """Front matter (if any), then the body as Markdown or as plain text; returns the seed and its tags."""
    raw_yaml, body = split_front_matter(text)
    if raw_yaml is not None and not markdown and not _has_front_matter(raw_yaml):
        raw_yaml, body = None, text
    warnings: list[str] = []
    meta = load_front_matter(raw_yaml, warnings)
    if markdown:
        heading = _LEADING_H1.match(body)  # "# Title" opening the body is the title, not a paragraph
        parsed = parse_plain_text(body[heading.end() :] if heading else body, blocks_by_blank_lines=True)
        if heading:
            parsed.title = " ".join(heading["title"].split())
            parsed.provenance["title"] = "text"
        parsed.blocks = _markdown_blocks(parsed.blocks)
    else:
        parsed = parse_plain_text(body)
    parsed.warnings.extend(warnings)
    apply_front_matter(parsed, meta)
    if parsed.provenance.get("date") in ("missing", "inferred") and (found := title_date(parsed)):
        parsed.date, parsed.provenance["date"] = found, "text"  # the front-matter title states it
    tags = _as_tags(meta["tags"], parsed.warnings) if "tags" in meta else ()
    return parsed, tags


def apply_front_matter(parsed: ParsedSeed, meta: dict[str, Any]) -> None:
    """Front-matter values replace what was read or inferred from the text."""
    for key in ("title", "source", "author", "url", "retrieved"):
        if key in meta and (value := _as_text(key, _iso_if_date(meta[key]), parsed.warnings)):
            setattr(parsed, key, value)
            parsed.provenance[key] = "front matter"
    if "date" in meta:
        found = parse_front_matter_date(meta["date"])
        if found:
            parsed.date = found
            parsed.provenance["date"] = "front matter"
        else:
            value = meta["date"]  # shown only when scalar: str() of nested YAML aliases can be exponential
            shown = repr(str(value)[:40]) if isinstance(value, (str, int, float)) else f"(a {type(value).__name__})"
            parsed.warnings.append(
                f"front matter `date` {shown} is not a date; "
                "write it as YYYY-MM-DD (the date was inferred from the text instead)"
            )


def _iso_if_date(value: Any) -> Any:
    """`retrieved: 2025-01-02T10:00:00Z` is read by YAML as a datetime; keep it as ISO text."""
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


_BYTE_FENCE = re.compile(rb"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_byte_front_matter(data: bytes) -> tuple[dict[str, Any], bytes, list[str]]:
    """Front matter opening a page or a feed (as `sitrep add` writes it): its keys, the rest, warnings."""
    match = _BYTE_FENCE.match(data)
    if not match:
        return {}, data, []
    warnings: list[str] = []
    meta = load_front_matter(match["yaml"].decode("utf-8", errors="replace"), warnings)
    return meta, data[match.end() :], warnings
