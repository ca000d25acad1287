"""Bare surnames of people the catalogue does not know, linked to the full name the article gives them.

Wherever the article names them in full (a headline's surname comes before the full name), and in a
second spelling that differs only in the letters transliterations render differently (y, i, j):
"Mykola Urshalovych ... according to Urshalovich". A surname that spells like a GeoNames village is the
person here: "Ivan Ivanivka ... Ivanivka said".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.extract.candidates import Resolved
from generator.extract.text import fold

_YIJ = str.maketrans("", "", "yij")
MIN_VARIANT_LENGTH = 6  # shorter surnames differ in y/i/j from other names too often
_CAPITALISED = re.compile(rf"\b[A-Z][a-z]{{{MIN_VARIANT_LENGTH - 1},}}\b")


def yij(surname: str) -> str:
    """A surname without the letters transliterations render differently: Nayev/Naev, Malyar/Maliar."""
    return surname.translate(_YIJ)


def surname_spans(body: str, surname: str) -> list[tuple[int, int]]:
    """Where `surname` stands in `body`, as written or in a y/i/j spelling of it (inside the word: a
    last letter y/i/j makes another form, "Urshalovychi")."""
    spans = [m.span() for m in re.finditer(rf"\b{re.escape(surname)}\b", body)]
    if len(surname) >= MIN_VARIANT_LENGTH:
        skeleton = yij(fold(surname))
        spans += [
            m.span()
            for m in _CAPITALISED.finditer(body)
            if m.group() != surname and m.group()[-1] == surname[-1] and yij(fold(m.group())) == skeleton
        ]
    return sorted(spans)


def new_surnames(body: str, found: list[Resolved], settlement_only: Callable[[str], bool]) -> list[Resolved]:
    """`found` with the bare surnames of its new people added (a village of that spelling given up)."""
    village = {(r.start, r.end) for r in found if r.kind == "place" and settlement_only(r.entity)}
    kept = list(found)
    covered = [(r.start, r.end) for r in found if (r.start, r.end) not in village]
    for person in sorted({r for r in found if r.kind == "person" and r.new_name}, key=lambda r: r.start):
        for start, end in surname_spans(body, person.new_name.split()[-1]):
            if body.endswith(person.new_name, 0, end):  # the full name again, in a heading
                start = end - len(person.new_name)
            if not any(s < end and start < e for s, e in covered):
                kept = [r for r in kept if not (r.start == start and r.end == end and r.kind == "place")]
                kept.append(Resolved(start, end, person.entity, "person", "coreference", 0.8, person.new_name))
                covered.append((start, end))
    return kept
