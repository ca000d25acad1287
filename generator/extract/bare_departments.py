"""A department's one-word name ("the Treasury") is the catalogued department the article names (the
catalogue's "X Department", X a word that names nothing else: not "State", "Defense" or "War"); a department's
name before "Secretary" is a title only ("U.S. Treasury Secretary Janet Yellen": the country and the person),
unless the article names the department apart from the title, where its bare name inside the title is the
department too, as the annotations have it."""

from __future__ import annotations

import re

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of

_DEPARTMENT = re.compile(r"(?P<word>[A-Z][a-z]+) Department")
# words that name much else besides a department: never bare
_COMMON = frozenset({"State", "Defense", "Defence", "War", "Justice", "Energy", "Commerce", "Labor", "Health"})
_TITLE_AFTER = re.compile(r"\s+Secretary\b")
_OWNER = re.compile(r"(?P<owner>U\.S\.|US|UK|U\.K\.) ")


def bare_departments(catalogue: Catalogue) -> dict[str, str]:
    """One-word name → department id, from the catalogue's "X Department" aliases."""
    out = {}
    for entry in catalogue.entries.values():
        if entry.kind != "organization":
            continue
        for form in (entry.name, *entry.aliases):
            match = _DEPARTMENT.fullmatch(form)
            if match and match["word"] not in _COMMON:
                out[match["word"]] = entry.id
    return out


def with_bare_departments(
    body: str, found: list[Resolved], departments: dict[str, str], gazetteer: Gazetteer
) -> list[Resolved]:
    ids = set(departments.values())
    ours = [r for r in found if r.entity in ids]
    if not ours:
        return found
    named = {r.entity for r in ours if not _TITLE_AFTER.match(body, r.end)}
    out = []
    for r in found:
        if r.entity in ids and r.entity not in named:
            out += _owner_only(body, r, gazetteer)  # a title: "U.S. Treasury Secretary"
        else:
            out.append(r)
    taken = sorted((r.start, r.end) for r in out)
    for word, entity in departments.items():
        if entity not in named:
            continue
        for match in re.finditer(rf"(?<![\w-]){word}(?![\w-])", body):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                out.append(Resolved(match.start(), match.end(), entity, "organization", "coreference", 0.8))
    return sorted(out, key=lambda r: (r.start, r.entity))


def _owner_only(body: str, r: Resolved, gazetteer: Gazetteer) -> list[Resolved]:
    """The country before a department's name in a title is a place of its own."""
    owner = _OWNER.match(body, r.start)
    if not owner:
        return []
    places = [n for n in gazetteer.lookup(key_of(owner["owner"])) if n.kind == "place" and not n.context]
    if len({n.entity for n in places}) != 1:
        return []
    return [Resolved(r.start, owner.end("owner"), places[0].entity, "place", "catalogue", 0.9)]
