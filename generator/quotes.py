"""Quotes: what people said, attributed from the text around the quotation marks.

“...,” Davis said.        “...,” said Coffey.       “...,” he added.  (the last person named)
Ganchev told reporters: “...”     Schneider said that “...”     according to Coffey, ...
"""

from __future__ import annotations

import re
from bisect import bisect_left

from generator.model import Article, Mention, Quote

_QUOTED = re.compile(r"“(?P<a>[^”]{20,2000})”|\"(?P<b>[^\"]{20,2000})\"")
_VERBS = (
    r"said|says|told|added|explained|noted|argued|argues|wrote|writes|warned|claimed|insisted|stressed|"
    r"continued|recalled|acknowledged|admitted|declared|stated|tweeted|posted|asked|replied|raged|remarked"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
AFTER_WINDOW = 160
_SENTENCE_END = re.compile(r"(?<=[a-z]{4})[.!?]\s+(?=[A-Z“])")  # not after "Lt." or "U.S."
_BEFORE = re.compile(rf"(?P<who>[^.;“”\"]{{1,80}}?)\s+(?:{_VERBS})(?:\s+[^:“”\"]{{0,40}})?(?::|,| that)\s*$")
_ACCORDING = re.compile(r"according to (?P<who>[^,.;]{1,60})", re.IGNORECASE)
MAX_LOOKBACK = 1500  # characters back to the person a pronoun refers to


def _person_in(mentions: list[Mention], start: int, end: int, body: str = "") -> str:
    """The first person named in body[start:end], passing over possessives ("Blinken’s thinking")."""
    for mention in mentions:
        if start <= mention.start and mention.end <= end and body[mention.end : mention.end + 2] not in ("’s", "'s"):
            return mention.entity
    return ""


def _last_person_before(people: list[Mention], starts: list[int], offset: int) -> str:
    index = bisect_left(starts, offset) - 1
    if index >= 0 and offset - people[index].end <= MAX_LOOKBACK:
        return people[index].entity
    return ""


def find_quotes(article: Article, mentions: tuple[Mention, ...]) -> list[Quote]:
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    starts = [m.start for m in people]
    body = article.body
    quotes: list[Quote] = []
    for paragraph in article.paragraphs:
        previous = ""  # a second quotation in a paragraph continues the first one's speaker
        for match in _QUOTED.finditer(body, paragraph.start, paragraph.end):
            speaker = _speaker(body, match, paragraph.start, paragraph.end, people, starts) or previous
            if speaker:
                text = (match["a"] or match["b"]).strip().rstrip(",")
                quotes.append(Quote(speaker, text, article.id, match.start(), match.end()))
                previous = speaker
        sentence_quotes = _according_to(article, paragraph.start, paragraph.end, people)
        quotes.extend(q for q in sentence_quotes if not any(q.start < o.end and o.start < q.end for o in quotes))
    return quotes


def _speaker(body: str, match: re.Match[str], start: int, end: int, people: list[Mention], starts: list[int]) -> str:
    """The person named (or referred to by he/she) next to a speech verb after the quotation,
    else a person with a speech verb just before it."""
    quoted = (match["a"] or match["b"]).rstrip()
    window_end = min(end, match.end() + AFTER_WINDOW)
    next_quote = body.find("“", match.end(), window_end)  # the attribution comes before the next quotation
    window_end = next_quote if next_quote > 0 else window_end
    if sentence_end := _SENTENCE_END.search(body, match.end(), window_end):  # ... and in the same sentence
        window_end = sentence_end.start()
    verb = None if quoted.endswith(".") else _VERB.search(body, match.end(), window_end)
    if verb:
        named = _person_in(people, match.end(), window_end, body)
        if named:
            return named
        if _PRONOUN.search(body, match.end(), verb.end()):
            return _last_person_before(people, starts, match.start())
    before_start = max(start, match.start() - 120)
    if found := _BEFORE.search(body[before_start : match.start()]):
        return _person_in(people, before_start + found.start("who"), before_start + found.end("who"), body)
    return ""


def _according_to(article: Article, start: int, end: int, people: list[Mention]) -> list[Quote]:
    """'..., according to Coffey.': the sentence, attributed (no quotation marks needed)."""
    out = []
    for match in _ACCORDING.finditer(article.body, start, end):
        speaker = _person_in(people, match.start("who"), match.end("who"), article.body)
        if not speaker:
            continue
        stop = article.body.rfind(". ", start, match.start())
        sentence_start = stop + 2 if stop >= 0 else start  # the paragraph's first sentence starts with it
        sentence_end = article.body.find(".", match.end(), end)
        sentence_end = end if sentence_end < 0 else sentence_end + 1
        if article.body[sentence_start:sentence_end].count("“") == 0:
            out.append(
                Quote(
                    speaker, article.body[sentence_start:sentence_end].strip(), article.id, sentence_start, sentence_end
                )
            )
    return out
