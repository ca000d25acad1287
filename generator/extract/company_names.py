"""A catalogued company's name with one more word is another company: "Gazprom Neft" is Gazprom's oil
arm, not Gazprom. The word must be a name, not a title ("Gazprom CEO"), a legal form ("Rheinmetall
AG"), a nationality, a date, a given name or anything the catalogue knows ("Shell Ukraine")."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.names import DEMONYMS, is_given_name
from generator.extract.organization_words import LEADING, LEGAL_FORMS, MONTHS, OFFICES
from generator.extract.text import key_of


@lru_cache(maxsize=4)
def _pairs(companies: tuple[str, ...]) -> re.Pattern[str]:
    """A catalogued company's one-word name, one more capitalised word, and what follows."""
    names = "|".join(re.escape(c) for c in sorted(companies, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w’'-])(?P<company>{names}) (?P<second>[A-Z][a-z]+)(?![\w’'-])(?P<next> [A-Z]\w*)?")


_OFFICES = OFFICES | {"Spokesman", "Spokeswoman", "Board"}
CONFIDENCE = 0.7


def _name_word(word: str, gazetteer: Gazetteer) -> bool:
    return not (
        word in LEGAL_FORMS
        or word in _OFFICES
        or word in DEMONYMS
        or word in LEADING
        or word in MONTHS
        or is_given_name(word)
        or gazetteer.lookup(key_of(word))
    )


def subsidiary_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    """'Gazprom Neft' → a new organization over both words, when 'Gazprom' is a catalogued company
    and the words after the pair are not a longer capitalised name."""
    found = []
    for match in _pairs(tuple(sorted(gazetteer.company_words))).finditer(body):
        names = [n for n in gazetteer.lookup(key_of(match["company"])) if not n.context and not n.surname_only]
        if not names or not all(n.entity in gazetteer.companies for n in names):
            continue
        following = (match["next"] or "").strip()
        if following and following not in _OFFICES:
            continue  # "Gazprom Neft Chief ..." is fine, "Gazprom Energy Holding Company" is another name
        if _name_word(match["second"], gazetteer):
            name = f"{match['company']} {match['second']}"
            end = match.start() + len(name)
            found.append(
                Candidate(
                    match.start(), end, new=[NewEntity("organization", name)], method="pattern", confidence=CONFIDENCE
                )
            )
    return found
