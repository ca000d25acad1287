"""People named by the shape of the page rather than by a role: a byline on its own line ("By",
then "John T Psaropoulos" as the next paragraph; "By Jane Doe" alone; or a given name and surname
alone on a line near the top), a call sign the text
introduces ("the commander – codenamed Jaeger –"), and a nickname quoted inside a full name
("Serhiy “Flash” Beskrestnov"). Later bare uses of the call sign or surname follow by coreference."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.names import DEMONYMS, is_given_name
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.extract.text import key_of
from generator.model import Article
from generator.vocabulary import MONTH_NAMES, WEEKDAYS

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# two or three name words, an initial allowed in the middle: "John T Psaropoulos", "Jason Jay Smart"
_BYLINE_NAME = rf"{_WORD}(?: [A-Z]\.?)?(?: {_WORD}){{1,2}}"
# a whole paragraph: "By Jane Doe", "Author: Jane Doe", "Written by Jane Doe"
BYLINE_ALONE = re.compile(rf"(?:By:?|Author:|Written by:?)\s+(?P<name>{_BYLINE_NAME})")
BY = re.compile(r"By:?|Author:|Written by:?")
CALL_SIGN = re.compile(
    r"\b(?:codenamed|code-named|call sign|callsign|call-sign|nom de guerre|nicknamed)"
    r"\s+[\"“]?(?P<name>[A-Z][a-z]{2,})\b"
)
QUOTED_NICKNAME = re.compile(rf"(?<![\w-])(?P<given>{_WORD}) [\"“](?P<nick>[A-Z][\w-]*)[\"”] (?P<surname>{_WORD})\b")
CONFIDENCE = 0.8


def _person(start: int, end: int, name: str) -> Candidate:
    return Candidate(
        start, end, new=[NewEntity("person", name)], method="heuristic", confidence=CONFIDENCE, strong=True
    )


def _not_a_name(name: str, gazetteer: Gazetteer) -> bool:
    """A sentence word, demonym, day or month, or a catalogued place, unit or organization is not a name."""
    words = name.split()
    calendar = {w.capitalize() for w in (*MONTH_NAMES, *WEEKDAYS)}
    return any(w in SENTENCE_WORDS or w in DEMONYMS or w in calendar for w in words) or any(
        n.kind != "person" for n in gazetteer.lookup(key_of(name))
    )


# an author's name alone on a line near the top (ingest reads such short lines as headings), without "By"
NAME_LINE_WITHIN = 8  # paragraphs from the top
_NAME_LINE = re.compile(rf"(?P<given>{_WORD}) {_WORD}")


def _name_line(text: str) -> bool:
    """Two words, the first a given name: a byline's shape ("Taylor Daily Press" has three words)."""
    match = _NAME_LINE.fullmatch(text)
    return match is not None and is_given_name(match["given"])


def byline_candidates(article: Article, gazetteer: Gazetteer) -> list[Candidate]:
    body = article.body
    texts = [body[p.start : p.end].strip() for p in article.paragraphs]
    found = []
    for number, paragraph in enumerate(article.paragraphs):
        text = texts[number]
        name, start = "", paragraph.start
        if BY.fullmatch(text) and number + 1 < len(texts) and re.fullmatch(_BYLINE_NAME, texts[number + 1]):
            name, start = texts[number + 1], body.index(texts[number + 1], article.paragraphs[number + 1].start)
        elif match := BYLINE_ALONE.fullmatch(text):
            name, start = match["name"], body.index(match["name"], paragraph.start)
        elif number < NAME_LINE_WITHIN and _name_line(text):
            name, start = text, body.index(text, paragraph.start)
        if name and not _not_a_name(name, gazetteer):
            found.append(_person(start, start + len(name), name))
    for match in CALL_SIGN.finditer(body):
        if not _not_a_name(match["name"], gazetteer):
            found.append(_person(*match.span("name"), match["name"]))
    for match in QUOTED_NICKNAME.finditer(body):
        name = f"{match['given']} {match['surname']}"
        if not _not_a_name(name, gazetteer):
            found.append(_person(match.start(), match.end(), name))
    return found
