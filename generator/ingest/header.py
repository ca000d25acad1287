"""The top of a seed: headline, date stamps, bylines, outlet and role lines, Telegram headers.

Newsroom layouts put their metadata in the first few lines, in many orders (AP: headline, byline,
stamp; Guardian: headline, standfirst, byline, stamps; BBC: headline, date, name, role). Every line
of that zone is classified; metadata lines leave, prose stays in order. What cannot be read for
sure (a relative or ambiguous date, a byline without names) stays in the body and is warned about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.ingest import furniture as fx
from generator.ingest import layouts as lx
from generator.ingest.dates import FoundDate, Stamp, parse_date_line, parse_stamp
from generator.ingest.parsed import ParsedSeed, is_headline
from generator.model import Provenance

HEADER_ZONE = 12  # non-empty lines at the top where layouts put their metadata
PROSE_LINES_BEFORE_STOP = 3  # a standfirst may precede the byline; two prose lines end the header


@dataclass
class _Dates:
    """Dates found in the header, best first: published stamps, then updated ones."""

    published: list[tuple[FoundDate, Provenance, str]] = field(default_factory=list)
    updated: list[tuple[FoundDate, Provenance, str]] = field(default_factory=list)

    def add(self, stamp: Stamp, origin: Provenance, line: str) -> None:
        if stamp.date is not None:
            (self.updated if stamp.label == "updated" else self.published).append((stamp.date, origin, line))


def _is_sentence(line: str) -> bool:
    return line.rstrip("”\"’' ").endswith((".", "!", "?", "…"))


def _bare_byline(lines: list[str], index: int, stamps: set[int]) -> lx.Byline | None:
    """A name-only line counts as a byline next to a stamp or role line, or with 'in <Place>'."""
    line = lines[index]
    byline = lx.parse_byline(line, bare=True)
    if byline is None:
        return None
    beside = {index - 1, index + 1} & stamps or (
        index + 1 < len(lines) and lx.role_line_outlet(lines[index + 1]) is not None
    )
    if beside or " in " in line or len(byline.authors) >= 2:
        return byline
    return None


def read_header(lines: list[str], parsed: ParsedSeed, where: Callable[[str], str]) -> list[str]:
    """Take metadata from the header zone of `lines` (one paragraph each); return the other lines."""
    zone = [i for i, line in enumerate(lines) if line][:HEADER_ZONE]
    stamps = {i for i in zone if parse_stamp(lines[i]) or parse_date_line(lines[i])}
    dates = _Dates()
    dropped: set[int] = set()
    prose = 0
    for i in zone:
        line = lines[i].strip(" |")  # table-cell leftovers: "By Associated Press|"
        if prose >= PROSE_LINES_BEFORE_STOP:
            break
        if _read_meta_line(line, parsed, dates, where):
            dropped.add(i)
        elif i != zone[0] and (byline := _bare_byline(lines, i, stamps)):
            _take_byline(byline, parsed, dates, line)
            dropped.add(i)
        elif prose == 0 and not parsed.title and is_headline(line):
            parsed.credit("title", line, "text")
            dropped.add(i)
        else:
            if lx.BY.match(line) and len(line) <= 80:
                parsed.warnings.append(f"{where(line)} looks like a byline but no names could be read: check it")
            prose += i != zone[0]  # the first line may be a sentence-case headline
    _sentence_case_title(lines, zone, dropped, parsed)
    _choose_date(dates, parsed, where)
    return [line for i, line in enumerate(lines) if i not in dropped]


def _read_meta_line(line: str, parsed: ParsedSeed, dates: _Dates, where: Callable[[str], str]) -> bool:
    """One header line that is metadata: record it and return True."""
    if fx.BLOG_HEADER.match(line) or lx.is_newsletter(line) or lx.is_caption(line):
        return True
    if telegram := lx.telegram_header(line):
        parsed.credit("source", telegram[0], "byline")
        if telegram[1]:
            dates.add(Stamp(telegram[1], "published"), "dateline", line)
        return True
    if forwarded := lx.FORWARDED.match(line):
        parsed.source, parsed.provenance["source"] = forwarded["origin"].strip(), "byline"
        return True
    if found := parse_date_line(line):
        dates.add(Stamp(found, "published"), "dateline", line)
        return True
    if stamp := parse_stamp(line):
        if stamp.problem:
            parsed.warnings.append(f"{where(line)} date {stamp.problem}: add `date: YYYY-MM-DD` front matter")
        dates.add(stamp, "dateline", line)
        return True
    if byline := lx.parse_byline(line):
        _take_byline(byline, parsed, dates, line)
        return True
    if match := fx.BYLINE_REPORTS.match(line):
        parsed.credit("author", match["author"], "byline")
        parsed.credit("source", match["source"].strip(), "byline")
        return True
    if (outlet := lx.role_line_outlet(line)) is not None:
        parsed.credit("source", outlet, "byline")
        return True
    if outlet := lx.outlet_name(line):
        parsed.credit("source", outlet, "byline")
        return True
    return False


def _take_byline(byline: lx.Byline, parsed: ParsedSeed, dates: _Dates, line: str) -> None:
    parsed.credit("author", lx.join_authors(byline.authors), "byline")
    parsed.credit("source", byline.source, "byline")
    if byline.stamp:
        dates.add(byline.stamp, "byline", line)


def _sentence_case_title(lines: list[str], zone: list[int], dropped: set[int], parsed: ParsedSeed) -> None:
    """Wire headlines are in sentence case: the first line is the title when metadata follows it."""
    if parsed.title or not zone or zone[0] in dropped or not dropped:
        return
    first = lines[zone[0]]
    if 10 <= len(first) <= 200 and not _is_sentence(first) and min(dropped) < zone[0] + 4 + 1:
        parsed.credit("title", first, "text")
        dropped.add(zone[0])


def _choose_date(dates: _Dates, parsed: ParsedSeed, where: Callable[[str], str]) -> None:
    candidates = dates.published or dates.updated
    if not candidates or parsed.date is not None:
        return
    found, origin, line = candidates[0]
    parsed.date, parsed.provenance["date"] = found, origin
    others = {date.iso for date, _, _ in dates.published[1:]} - {found.iso}
    if others:
        parsed.warnings.append(
            f"{where(line)} gives {found.iso} but the header also has {', '.join(sorted(others))}: "
            "the first was used; add `date:` front matter if it is wrong"
        )
