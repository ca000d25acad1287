"""Newsroom layouts: bylines, wire datelines, credit lines, photo captions and newsletter furniture.

Each recogniser looks at one line (or the start of the first paragraph) and says what it is; the
plain-text parser decides what becomes metadata and what leaves the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.dates import MONTH_PATTERN, FoundDate, Stamp, month_number, parse_stamp

# Outlets as bylines and wire tags write them → the name shown on the site. Defined once, here.
OUTLETS = {
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "kyiv independent": "Kyiv Independent",
    "the kyiv independent": "Kyiv Independent",
    "guardian": "The Guardian",
    "the guardian": "The Guardian",
    "bbc": "BBC News",
    "bbc news": "BBC News",
    "isw": "Institute for the Study of War",
    "institute for the study of war": "Institute for the Study of War",
    "kyiv post": "Kyiv Post",
    "ukrainska pravda": "Ukrainska Pravda",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "meduza": "Meduza",
    "al jazeera": "Al Jazeera",
    "cnn": "CNN",
    "dpa": "dpa",
    "the new york times": "The New York Times",
    "the washington post": "The Washington Post",
    "financial times": "Financial Times",
}
MONTH_WORD = MONTH_PATTERN.replace("(?P<month>", "(?:")
_OUTLET = "|".join(sorted((re.escape(k) for k in OUTLETS), key=len, reverse=True))
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:de|van|von|der|al|bin|da|di|le|la))"
_PERSON = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}"
_PERSON_RE = re.compile(rf"(?:{_PERSON})")
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,|\s+and\s+|\s*&\s*|\s+with\s+)\s*")
_LOCATION = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")  # "Pjotr Sauer in Kyiv"

BY = re.compile(r"^(?:written\s+)?by\s+(?P<rest>.+)$", re.IGNORECASE)
OUTLET_TAIL = re.compile(rf"(?:\s*[,|·•–—-]\s*|\s+(?:for|of)\s+|\s+)(?P<outlet>{_OUTLET})\.?$", re.IGNORECASE)
# "By David Axe for Forbes": after "By", "for" and capitalised words name the outlet, known or not
FOR_OUTLET = re.compile(r"\s+for\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,4})\.?$")
ROLE_LINE = re.compile(
    rf"^(?:(?P<outlet>{_OUTLET})\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:correspondent|editor|reporter|writer|analyst)"
    rf"(?:,\s*(?P<outlet2>{_OUTLET}))?$|^Reporting from [A-Z][\w'’ -]+$",
    re.IGNORECASE,
)
WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][^\W\d_'’./ -]*(?:[\s'’./-]+[A-Z][^\W\d_'’./-]*){0,4}"
    r"(?:,\s*[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)?)??"
    rf"(?:(?:^|,\s*)(?i:{MONTH_PATTERN})\s+(?P<day>[0-3]?\d))?"
    r"\s*\((?P<wire>AP|Reuters|AFP|dpa|Ukrinform|UNIAN|Xinhua)\)(?:\s*[-–—]+\s*|\s+)"  # a lost dash: "(AP)  Russia"
)
CAPS_DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?:[ /-][A-Z]{2,})*(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?)\s+[–—-]+\s+")
TELEGRAM_HEADER = re.compile(r"^(?P<channel>.{2,80}?),?\s*\[(?P<stamp>[\d./: ,]{8,20})\]$")
FORWARDED = re.compile(r"^\[?forwarded from\s+(?P<origin>[^\]]{2,80})\]?$", re.IGNORECASE)

CREDIT_LINES = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics|fact-checking)\s+by\s+.+$",  # Reuters
            r"^[^\n]{0,160}?\bcontributed\s+(?:to\s+this\s+(?:report|story)|reporting)\b.{0,80}$",  # AP, AFP
            r"^follow\s+(?:ap|reuters|afp)['’]s\s+coverage\b.*$",
            r"^our\s+standards:.*$",
            r"^(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4}){1,3}$",  # AFP signature slugs: "bur-jc/rox"
            r"^this\s+(?:story|article)\s+(?:has\s+been|was)\s+updated\b.*$",
            r"^(?:©|\(c\)|copyright)\s*\d{0,4}\s*[\w .&-]{0,60}$",
        )
    ),
    re.IGNORECASE,
)
CAPTION_HEAD = re.compile(
    r"^(?:photo|photograph|image|picture|file photo|caption|image caption|image source|illustration)"
    r"\s*(?:credit)?\s*[:,]|^(?:getty images|reuters|epa|afp|ap photo|anadolu agency|bbc)(?:\s*/\s*[\w .'’-]{2,40})?$",
    re.IGNORECASE,
)
CAPTION_TAIL = re.compile(  # searched in the last characters of a line only
    "|".join(
        f"(?:{p})"
        for p in (
            r"\b(?:photograph|photo|photo credit|image):\s*[\w .'’/-]{2,80}$",  # Guardian: "... Photograph: A/Reuters"
            r"\((?:photo|photograph|image)\s+(?:by|:)\s*[^)]{2,120}\)\.?$",
            r"\((?:[\w .'’-]{2,60}/\s*)?(?:getty images|afp|reuters|ap|anadolu|epa)[\w .'’/-]{0,40}\)$",
            r"\([^()]{2,80}\s/\s[^()]{2,80}\)$",  # Kyiv Independent: "(State Emergency Service / Telegram)"
            # AP-style photo captions end with the day the photo was taken: "..., Monday, April 18, 2022."
            rf",\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,\s+)?{MONTH_WORD}\s+[0-3]?\d,\s+(?:19|20)\d\d\."
            r"(?:\s*\([^()]{2,80}\))?$",
        )
    ),
    re.IGNORECASE,
)
_TAIL = 220
NEWSLETTER_LINES = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^(?:sign up|subscribe|subscribed|upgrade to paid|become a (?:member|subscriber|patron)|support (?:us|our)"
            r"|join (?:us|our community)|donate|give a gift subscription|type your email)\b.{0,160}$",
            r"^thanks for reading\b.{0,200}$",
            r"^(?:share|save|listen|like|comment|restack|∙ paid|paid|copy link|facebook|twitter|x|email|print"
            r"|discover more from .{1,80}|continue reading|read full story|listen to this article|\d+ min read"
            r"|download the pdf)$",
            r"^[\d.,]+[kKmM]?$",  # like and comment counts
            r"^👁\s*[\d.,]+[kKmM]?(?:\s+views?)?$|^[\d.,]+[kKmM]?\s+views?$",
            r"^(?:read also|read more|see also|related|most read|more on this story|top stories)\s*:.{0,200}$",
            r"^(?:we(?:['’]re| are) an? independent .{0,200}|hey,? (?:we need|this is) .{0,200})$",
            r"^note from the author:.*$",
            r"^(?:click here to|see isw['’]s|isw will|isw is publishing).{0,300}$",
            r"^this (?:is|post is) (?:a )?(?:free|public|reader-supported) .{0,160}$",
            r"^(?:save to read later|save for later|comments|view comments|\|?\s*(?:updated|published|posted):?)$",
            r"^[_*=~-]{3,}$",  # rules between sections
        )
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...]
    source: str = ""
    stamp: Stamp | None = None  # the date that some bylines carry ("by Jane Doe November 14, 2024 10:27 AM")


@dataclass(frozen=True)
class Dateline:
    rest: str  # the paragraph without its dateline
    source: str
    month_day: tuple[int, int] | None  # Reuters: "KYIV, Nov 14 (Reuters)", no year


def outlet_name(text: str) -> str:
    return OUTLETS.get(" ".join(text.lower().split()).strip(" ."), "")


def _person(name: str) -> str:
    """AP writes bylines in capitals: 'HANNA ARHIROVA' → 'Hanna Arhirova'."""
    name = " ".join(name.split()).strip(" ,.")
    return name.title() if name.isupper() else name


def _names(text: str) -> tuple[str, ...] | None:
    parts = [_LOCATION.sub("", part.strip()) for part in _NAME_SPLIT.split(text.strip()) if part.strip()]
    if not parts or not all(_PERSON_RE.fullmatch(part) for part in parts):
        return None
    return tuple(_person(part) for part in parts)


def _split_stamp(text: str) -> tuple[str, Stamp | None]:
    """'Martin Fornusek November 14, 2024 10:27 AM 2 min read' → the names and the stamp."""
    match = re.search(rf"\s+(?:{MONTH_WORD}\s+[0-3]?\d|[0-3]?\d\s+{MONTH_WORD}|\d{{1,2}}[./]\d{{1,2}}[./])", text, re.I)
    if not match:
        return text, None
    stamp = parse_stamp(text[match.start() :].strip())
    return (text[: match.start()], stamp) if stamp else (text, None)


def parse_byline(line: str, *, bare: bool = False) -> Byline | None:
    """'By A and B, Associated Press'; with `bare`, also name-only lines ('Pjotr Sauer in Kyiv')."""
    match = BY.match(line)
    if not match and not bare:
        return None
    text = (match["rest"] if match else line).strip(" |")
    if len(text) > 200:
        return None
    if match and (outlet := outlet_name(text)):
        return Byline((), outlet)  # "By Associated Press"
    text, stamp = _split_stamp(text)
    source = ""
    if tail := OUTLET_TAIL.search(text):
        source, text = outlet_name(tail["outlet"]), text[: tail.start()]
    elif match and (tail := FOR_OUTLET.search(text)):
        source, text = " ".join(tail["outlet"].split()).removesuffix("."), text[: tail.start()]
    authors = _names(text)
    if authors is None or (bare and not match and any(outlet_name(a) for a in authors)):
        return None
    return Byline(authors, source, stamp)


def join_authors(authors: tuple[str, ...]) -> str:
    if len(authors) <= 1:
        return "".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def role_line_outlet(line: str) -> str | None:
    """'BBC Ukraine correspondent' → 'BBC News'; None when the line is not a role line."""
    match = ROLE_LINE.match(line.strip()) if len(line) <= 80 else None
    if not match:
        return None
    return outlet_name(match["outlet"] or match["outlet2"] or "")


def read_dateline(paragraph: str, *, wire_only: bool = False) -> Dateline | None:
    """'KYIV, Ukraine (AP) — ...', 'KYIV, Nov 14 (Reuters) - ...', 'Kyiv (AFP) – ...', 'LONDON — ...'."""
    if match := WIRE_DATELINE.match(paragraph):
        month_day = (month_number(match["month"]), int(match["day"])) if match["month"] else None
        return Dateline(paragraph[match.end() :], outlet_name(match["wire"]) or match["wire"], month_day)
    if not wire_only and (match := CAPS_DATELINE.match(paragraph)):
        return Dateline(paragraph[match.end() :], "", None)
    return None


def telegram_header(line: str) -> tuple[str, FoundDate | None] | None:
    """Telegram Desktop copies a post as 'Channel Name, [14.11.2024 08:15]'."""
    match = TELEGRAM_HEADER.match(line)
    if not match:
        return None
    stamp = parse_stamp(match["stamp"])
    return match["channel"].strip(), stamp.date if stamp else None


def is_credit(line: str) -> bool:
    return len(line) <= 400 and CREDIT_LINES.match(line) is not None


def is_caption(line: str) -> bool:
    if len(line) > 500 or not line:
        return False
    if CAPTION_HEAD.match(line):
        return True
    tail = line[-_TAIL:]
    # every tail pattern has a bracket, a colon or a year just before the final full stop
    if "(" not in tail and ":" not in tail and not tail.rstrip(".")[-4:].isdigit():
        return False
    return CAPTION_TAIL.search(tail) is not None


def is_newsletter(line: str) -> bool:
    return len(line) <= 400 and NEWSLETTER_LINES.match(line) is not None


def credit_author(line: str) -> str:
    """'Reporting by Max Hunder; Editing by ...' → 'Max Hunder' (the reporters, not the editors)."""
    match = re.match(r"^(?:writing|reporting)\s+by\s+(?P<names>[^;]+)", line, re.IGNORECASE)
    if not match:
        return ""
    names = _names(re.sub(r"\s+in\s+[A-Z][\w' -]+$", "", match["names"].strip(" .")))
    return join_authors(names) if names else ""


FIRST_PUBLISHED = re.compile(
    r"^(?:this (?:report|story|article) .{0,80}?)?(?:was )?first published (?:on )?(?P<date>.{6,40}?)\.?$", re.I
)


def first_published(line: str) -> FoundDate | None:
    """'This report by The Canadian Press was first published April 19, 2022.' → the date."""
    match = FIRST_PUBLISHED.match(line) if len(line) <= 200 else None
    stamp = parse_stamp(match["date"]) if match else None
    return stamp.date if stamp else None


SELF_DATED = re.compile(
    r"\b(?:this|the) (?:article|report|story|piece|post)\b[^.!?]{0,80}?\b(?:was )?(?:first )?(?:published|posted) "
    rf"(?:on )?(?P<date>(?:{MONTH_WORD}\s+[0-3]?\d,?\s+|[0-3]?\d\s+{MONTH_WORD}\s+)(?:19|20)\d\d)",
    re.IGNORECASE,
)


def self_dated(text: str) -> FoundDate | None:
    """'... the article about Zaporizhzhia was published on 7 March 2024': the text dates itself."""
    match = SELF_DATED.search(text)
    stamp = parse_stamp(match["date"]) if match else None
    return stamp.date if stamp else None
