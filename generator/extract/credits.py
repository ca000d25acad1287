"""Photo credits name photographers and agencies the text never introduces: "Anastasia
Vlasova/Getty Images", "REUTERS/Kevin Lamarque", "Emilio Morenatti - staff, AP",
"Sven Hoppe—Getty Images". The credit's shape is the evidence: no speech verb or title is needed."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of
from generator.model import Article

_AGENCY = (
    r"Getty Images|AFP|AP|REUTERS|Reuters|EPA-EFE|EPA|Anadolu(?: Agency)?|Bloomberg|NurPhoto|SOPA Images|"
    r"Sipa USA|TASS|Sputnik|Ukrinform|Shutterstock|AP Photo|Reuters Photo|The Associated Press"
)
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_PERSON = rf"(?:{_WORD}(?: {_WORD}){{1,2}}|{_CAPS}(?: {_CAPS}){{1,2}})"
# a credit may name who provided the picture between the photographer and the agency: "(Daniyar
# Sarsenov/Ministry of Digital Transformation of Ukraine/The Associated Press)"
NAME_THEN_AGENCY = re.compile(
    rf"(?<![\w/])(?P<name>{_PERSON})(?:\s*[/—–]\s*(?:[A-Z][^/()\n]{{1,80}}?\s*/\s*)?"
    rf"| - (?:staff|stringer|freelance|pool|contributor), )(?P<agency>{_AGENCY})\b"
)
AGENCY_THEN_NAME = re.compile(rf"\b(?P<agency>REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|TASS)/(?P<name>{_PERSON})\b")
# any agency's initials before a photographer ending a caption line: "Abandoned tank in Izium [12.09.2022]PAP /
# Jane Doe" (organization_cues.py reads the initials; here the photographer)
INITIALS_THEN_NAME = re.compile(rf"(?<![\w/-])(?P<agency>[A-Z]{{2,6}}) ?/ ?(?P<name>{_PERSON})[ \t]*$", re.MULTILINE)
DATELINE_AGENCY = re.compile(r"\((?P<agency>AP|AFP)\)")  # "KYIV, Ukraine (AP) —"
# a caption's credit line: "Picture: Getty", "Photo: Reuters", "Image credit: AFP" (the catalogue's name, read
# without the context word an ambiguous short name otherwise needs)
CAPTION_CREDIT = re.compile(
    r"\b(?:Picture|Photo|Photograph|Image|Credit|Photo credit|Image credit)s?\s*:\s*"
    r"(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})\s*$",
    re.MULTILINE,
)
# Words of a credited office, not a person ("Ukrainian Presidential Press Office/AP")
_NOT_PERSON = frozenset(
    ["Office", "Service", "Press", "Ministry", "Handout", "Pool", "Images", "Photo", "Photos", "File", "Staff"]
    + ["Agency", "News", "Reuters", "Getty", "Via"]
)
CONFIDENCE = 0.85


class CreditExtractor:
    name = "credit"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()

    def candidates(self, article: Article) -> list[Candidate]:
        body = article.body
        found: list[Candidate] = []
        for pattern in (NAME_THEN_AGENCY, AGENCY_THEN_NAME):
            for match in pattern.finditer(body):
                person = self._person(match)
                if person:
                    found.append(person)
                found += self._agency(match)
        for match in INITIALS_THEN_NAME.finditer(body) if "/" in body else ():
            if not AGENCY_THEN_NAME.match(body, match.start()) and (person := self._person(match)):
                found.append(person)
        for match in (*DATELINE_AGENCY.finditer(body), *CAPTION_CREDIT.finditer(body)):
            found += self._agency(match)
        return found

    def _person(self, match: re.Match[str]) -> Candidate | None:
        words = match["name"].split()
        if any(w.capitalize() in _NOT_PERSON for w in words) or self._known_other(match["name"]):
            return None
        name = " ".join(w.capitalize() if w.isupper() else w for w in words)  # "LEAH MILLIS" → Leah Millis
        return Candidate(
            match.start("name"),
            match.end("name"),
            new=[NewEntity("person", name)],
            method="heuristic",  # a person the catalogue may not know, found by the shape around it
            confidence=CONFIDENCE,
            strong=True,
        )

    def _known_other(self, text: str) -> bool:
        """A catalogued place, unit or organization ("Kyiv Post/AP") is not a photographer."""
        return any(n.kind != "person" for n in self.gazetteer.lookup(key_of(text)))

    def _agency(self, match: re.Match[str]) -> list[Candidate]:
        """An agency whose short name is ambiguous ("AP") needs no context word inside a credit."""
        names = [replace(n, context=()) for n in self.gazetteer.lookup(key_of(match["agency"]))]
        names = [n for n in names if n.kind == "organization"]
        if not names:
            return []
        # strong: on the same span it outranks the catalogue's own candidate, which wants a context word
        return [Candidate(match.start("agency"), match.end("agency"), names=names, method="pattern", strong=True)]
