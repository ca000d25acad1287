"""People the catalogue does not know, found by the evidence around a capitalised name:
a title or role before it ("Lt. Col. Jane Doe", "spokesman Ivan Petrov"), a speech verb
("Jane Doe said", "said Jane Doe"), or an appositive role ("Jane Doe, a senior fellow at ...")."""

from __future__ import annotations

import re

from generator.extract.bylines import byline_candidates
from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.names import CONFIDENCE, DEMONYMS, is_given_name, name_spans
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.model import Article
from generator.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS

_NAME_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{1,4}})"
_TITLES = (
    r"President|Prime Minister|Minister|Deputy Minister|Defen[cs]e Minister|Foreign Minister|Secretary|"
    r"Gen\.|General|Lt\. Gen\.|Maj\. Gen\.|Brig\. Gen\.|Lt\. Col\.|Col\.|Colonel|Maj\.|Major|Capt\.|Captain|"
    r"Lt\.|Lieutenant|Sgt\.|Sergeant|Adm\.|Admiral|Commander|spokesman|spokeswoman|spokesperson|"
    r"analyst|Governor|governor|Mayor|mayor|Senator|Sen\.|Rep\.|Representative|Ambassador|ambassador|"
    r"Chancellor|envoy|adviser|advisor|aide|commander|chief|head|leader|blogger|journalist|correspondent|"
    r"researcher|fellow|professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Gov\.|Sen\."
)
TITLED = re.compile(rf"\b(?:{_TITLES})\s+{_NAME}\b")
SAID_AFTER = re.compile(
    rf"\b{_NAME}\s+(?:said|says|told|added|wrote|writes|explained|noted|argued|argues|claimed|warned|stated|"
    r"announced|insisted|tweeted|posted|recalled|acknowledged|confirmed|denied|suggested)\b"
)
SAID_BEFORE = re.compile(rf"(?:said|says|according to|wrote|added|told reporters)\s+{_NAME}\b")
APPOSITIVE = re.compile(
    rf"\b{_NAME},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}(?:fellow|analyst|spokes\w+|commander|officer|"
    r"minister|adviser|advisor|researcher|expert|director|professor|journalist|blogger|soldier|resident|"
    r"governor|mayor|official|head|chief|president|leader|lawmaker|MP|deputy)\b"
)
# An appointment names a person even on a short line that ingest reads as a heading: "appointment of
# Jane Doe as Minister of ...", a list line "Jane Doe as Minister of ...", "Minister for ... - Jane Doe".
_OFFICE = (
    r"(?:Vice |Deputy |First |Acting )*(?:Prime Minister|Minister|Head|Chair|Chairman|Chairwoman|Director|"
    r"Commander|Ambassador|Secretary|Governor|Mayor|Chief|Prosecutor|Ombudsman|Speaker)\b"
)
APPOINTED = re.compile(
    rf"(?:^|(?:appointment|nomination|dismissal) of |appoint(?:ed|s|ing)? |nominat(?:ed|es|ing) )"
    rf"{_NAME} as (?:the )?(?:new )?{_OFFICE}",
    re.MULTILINE,
)
OFFICE_DASH = re.compile(rf"^{_OFFICE}[^\n]{{0,100}}? [-–—] {_NAME}$", re.MULTILINE)
# First words that make a capitalised run a sentence opener or a group, not a person.
_NOT_FIRST = frozenset(
    [
        "Russian",
        "Russians",
        "Ukrainian",
        "Ukrainians",
        "American",
        "Western",
        "European",
        "Kremlin",
        "Pentagon",
        "President",
        "Secretary",
        "General",
        "Minister",
        "Defense",
        "Defence",
        "Foreign",
        "State",
        "National",
        "North",
        "South",
        "East",
        "West",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "Central",
        "Officials",
        "Ministry",
        "Army",
        "Air",
        "Armed",
        "Forces",
        "Special",
        "Operations",
        *WEEKDAYS,
        *MONTH_NAMES,
    ]
)
# a date after a place in a caption: "in Philadelphia Feb. 16" (not May, Jun, Jan: also names)
_DATE_WORDS = tuple(m for m in MONTH_ABBREVIATIONS if m not in ("May", "Jun", "Jan"))
_NOT_LAST = frozenset(
    [
        *_DATE_WORDS,
        "Oblast",
        "Region",
        "Brigade",
        "Regiment",
        "Division",
        "Army",
        "Corps",
        "Forces",
        "Fleet",
        "Group",
        "Ministry",
        "Council",
        "Institute",
        "Center",
        "Centre",
        "University",
        "Agency",
        "Office",
        "Command",
        "Service",
        "Guard",
        "Republic",
        "Navy",  # "Britain's Royal Navy"
        "Headquarters",
    ]
)


# words of a body's or formation's name, never of a person's
_BODY_WORDS = frozenset(_NOT_LAST - {*_DATE_WORDS} | {"Force", "Task"})


# Capitalised words of a title or rank that run into the name: "Mayor Ihor Terekhov".
TITLE_WORDS = frozenset(
    [
        "Adviser",
        "Advisor",
        "Mayor",
        "Admiral",
        "Adm",
        "Chief",
        "Staff",
        "General",
        "Gen",
        "Brigadier",
        "Colonel",
        "Col",
        "Lieutenant",
        "Lt",
        "Major",
        "Maj",
        "Captain",
        "Capt",
        "Sergeant",
        "Sgt",
        "Commander",
        "Minister",
        "Deputy",
        "President",
        "Vice",
        "Secretary",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Governor",
        "Senator",
        "Sen",
        "Representative",
        "Rep",
        "Ambassador",
        "Chancellor",
        "Envoy",
        "Director",
        "Head",
        "Leader",
        "Prime",
        "Foreign",
        "Defense",
        "Defence",
        "Security",
        "National",
        "Interior",
        "Commander-in-Chief",
        "Marshal",
        "Analyst",
        "Professor",
        "Prof",
        "Dr",
        "Mr",
        "Sir",
        "Dame",
        "Mrs",
        "Ms",
        "Pope",
        "Patriarch",
        "Archbishop",
        "Bishop",
        "Cardinal",
        "King",
        "Queen",
        "Prince",
        "Sheikh",
        "Crown",
        "Fellow",
        "Researcher",
    ]
)


# Sentence adverbs and openers that run into a name: "Meanwhile Putin said", "Later Davis said".
OPENERS = SENTENCE_WORDS


# Lowercase roles before a surname: "minister Pavlorad", "spokesman Peskov".
ROLE_WORDS = frozenset(
    [
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "official",
        "commander",
        "general",
        "colonel",
        "analyst",
        "governor",
        "mayor",
        "envoy",
        "ambassador",
        "president",
        "senator",
        "deputy",
        "chief",
        "head",
        "director",
        "lawmaker",
    ]
)


def strip_titles(name: str, start: int) -> tuple[str, int]:
    """Drop titles, places and openers at the front of a name ("Kherson Governor Ivan Petrenko"
    → "Ivan Petrenko"); returns the name and its new start offset."""
    words = name.split()
    last_title = max((i for i, word in enumerate(words[:-2]) if word.rstrip(".") in TITLE_WORDS), default=-1)
    offset = start + sum(len(word) + 1 for word in words[: last_title + 1])
    words = words[last_title + 1 :]
    while len(words) > 2 and (words[0].rstrip(".") in TITLE_WORDS or words[0] in OPENERS):
        offset += len(words[0]) + 1
        words.pop(0)
    return " ".join(words[:3]), offset


def _plausible(name: str) -> bool:
    words = name.replace(".", " ").split()
    return (
        len(words) >= 2
        and words[0] not in _NOT_FIRST | OPENERS | TITLE_WORDS | DEMONYMS  # "Mr Coveney": a surname, not a name
        and words[-1] not in _NOT_LAST | TITLE_WORDS  # "Foreign Affairs Minister": a title
        and not _BODY_WORDS.intersection(words)  # "Joint Forces Task (Force)": a body's name cut to three words
    )


def trim_to_given_name(name: str, start: int) -> tuple[str, int]:
    """'Opinion Jane Doe' → 'Jane Doe': a label or headline word glued before a given name."""
    words = name.split()
    if len(words) >= 3 and (words[0] in DEMONYMS or not is_given_name(words[0])) and is_given_name(words[1]):
        return " ".join(words[1:]), start + len(words[0]) + 1
    return name, start


_STOP = _NOT_FIRST | _NOT_LAST | OPENERS | TITLE_WORDS


class PeopleHeuristic:
    name = "heuristic"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()

    def candidates(self, article: Article) -> list[Candidate]:
        body = article.body
        headings = [(p.start, p.end) for p in article.paragraphs if p.role == "heading"]
        found: dict[tuple[int, int], Candidate] = {}
        for start, end, name in name_spans(body, self.gazetteer, _STOP, title_words=TITLE_WORDS):
            if not any(a <= start < b for a, b in headings):
                found[(start, end)] = Candidate(
                    start, end, new=[NewEntity("person", name)], method="heuristic", confidence=CONFIDENCE, strong=True
                )
        for pattern, confidence in ((TITLED, 0.8), (SAID_AFTER, 0.75), (SAID_BEFORE, 0.75), (APPOSITIVE, 0.75)):
            for match in pattern.finditer(body):
                name, start = trim_to_given_name(*strip_titles(" ".join(match["name"].split()), match.start("name")))
                end = start + len(name)
                if body[start:end] != name or not _plausible(name) or any(a <= start < b for a, b in headings):
                    continue
                if (start, end) in found:  # a given name and a role: the surest reading
                    found[(start, end)].confidence = max(found[(start, end)].confidence, 0.85)
                    continue
                found[(start, end)] = Candidate(
                    start, end, new=[NewEntity("person", name)], method="heuristic", confidence=confidence
                )
        for pattern in (APPOINTED, OFFICE_DASH):  # headings included: an appointment list is short lines
            for match in pattern.finditer(body):
                name, start = " ".join(match["name"].split()), match.start("name")
                if body[start : start + len(name)] == name and _plausible(name):
                    found.setdefault(
                        (start, start + len(name)),
                        Candidate(
                            start,
                            start + len(name),
                            new=[NewEntity("person", name)],
                            method="heuristic",
                            confidence=0.8,
                        ),
                    )
        for candidate in byline_candidates(article, self.gazetteer):
            found.setdefault((candidate.start, candidate.end), candidate)
        return list(found.values())
