"""People by their names alone: a given name followed by a capitalised surname.

A catalogue can never list everyone who will be quoted tomorrow, but their given names are
known (generator/data/given_names.txt: 31,000 given names from many countries, Ukrainian and
Russian transliterations included). In a run of capitalised words, the first given name starts
the person ("Opinion Jane Doe" → "Jane Doe"); up to two more capitalised words are the middle
name and surname, as long as they are not a catalogued place, unit, weapon or organization, a
title, a month or a function word. A run whose first word is itself a catalogued name
("Georgia", "Iskander") is left alone: that is what the catalogue says it is.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from generator.extract.demonyms import DEMONYMS
from generator.extract.gazetteer import WEIGHT_CURATED, Gazetteer
from generator.extract.text import fold, tokenize

GIVEN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "given_names.txt"
_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
# A capitalised run: words, initials ("J.", "J.D.") between them, one space apart.
RUN = re.compile(rf"(?<![\w@#.-])(?:{_WORD}|[A-Z]\.(?:[A-Z]\.)?)(?:[ \u00a0](?:{_WORD}|[A-Z]\.))+(?![\w@-])")
CONFIDENCE = 0.75


@cache
def given_names() -> frozenset[str]:
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_given_name(word: str) -> bool:
    return word.isalpha() and word.lower() in given_names()


def catalogued_other(gazetteer: Gazetteer, word: str, *, ambiguous: bool = False) -> bool:
    """A curated name of a place, unit, weapon or organization (not a GeoNames village: a
    surname may spell like one, and the person is the likelier reading after a given name).
    `ambiguous` counts names that need context words too ("Iskander")."""
    return any(
        n.kind != "person" and n.weight >= WEIGHT_CURATED and (ambiguous or not n.context)
        for n in gazetteer.lookup((fold(word),))
    )


def name_spans(
    body: str, gazetteer: Gazetteer, stop: frozenset[str], *, title_words: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person named by a given name and a surname."""
    found = []
    ordinary: set[str] | None = None  # words the article writes in lowercase ("missiles"), read when needed
    for match in RUN.finditer(body):
        words = match.group().split()
        offsets = _offsets(match.group(), match.start())
        index = next(
            (i for i, w in enumerate(words[:-1]) if is_given_name(w) and w not in stop and w not in DEMONYMS), None
        )
        if index is None or catalogued_other(gazetteer, words[index], ambiguous=True):
            continue
        if index > 0 and words[index - 1].rstrip(".") not in title_words and words[index - 1][-1:] == ".":
            continue  # "U.S. Army": an abbreviation, not a title before a name
        if ordinary is None:
            ordinary = {t.text for t in tokenize(body) if t.text.islower()}
        taken = [words[index]]
        for word in words[index + 1 : index + 4]:
            if (
                word in stop
                or word in DEMONYMS
                or word.lower() in ordinary
                or catalogued_other(gazetteer, word)
                or len(taken) == 3
            ):
                break
            taken.append(word)
        while len(taken) > 1 and taken[-1].endswith("."):  # a name ends with its surname, not an initial
            taken.pop()
        if len(taken) < 2:
            continue
        start = offsets[index]
        end = offsets[index + len(taken) - 1] + len(taken[-1])
        found.append((start, end, body[start:end]))
    return found


def _offsets(text: str, base: int) -> list[int]:
    return [base + m.start() for m in re.finditer(r"\S+", text)]
