"""A numbered formation named without its type words ("Ukraine's 59th Brigade") is the one catalogued
formation of that number, echelon and side, when the text gives the side and the catalogue has one.

The side comes from the words right before the number ("Ukraine's", "the Ukrainian", "Russia's"),
or from a troop noun the side qualifies ("Ukrainian soldiers of the 59th Brigade"); a mention with
no side of its own takes the side of the same formation's other mentions in the article, when they
all agree. Two catalogued formations of one number, echelon and side ("3rd Tank" and "3rd Assault"
brigades) leave the mention a new entity: the number alone does not tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.catalogue import Catalogue
from generator.extract.candidates import Candidate, NewEntity, Resolved
from generator.extract.unit_keys import (
    ECHELONS,
    LOWER_UNIT_WORDS,
    ORDINAL,
    UNIT_WORDS,
    catalogued_numbers,
    formation_words,
    number_and_echelon,
    unit_key,
)

_SIDES = {
    **dict.fromkeys(("ukraine", "ukrainian", "kyiv"), "Ukraine"),
    **dict.fromkeys(("russia", "russian", "moscow"), "Russia"),
}
_SIDE = r"(?P<side>Ukraine|Russia|Kyiv|Moscow)['’]s|(?P<demonym>Ukrainian|Russian)"
# right before the number: "Ukraine's 59th", "the Ukrainian 59th", "Russia's own 20th"
_CUE_BEFORE = re.compile(rf"(?:{_SIDE})\s+(?:own\s+|elite\s+)?$")
# a troop noun the side qualifies, then "of the": "Ukrainian soldiers of the 59th", "Russian troops from the"
# the troop nouns a formation's number follows: "paratroopers of the 76th division" (one list for both patterns)
_TROOP_NOUNS = (
    r"(?:soldiers?|troops|forces|servicem[ae]n|fighters?|commanders?|officers?|marines|paratroopers|units?|"
    r"operators?|gunners?|infantrymen|elements|members|positions)"
)
_TROOPS_BEFORE = re.compile(rf"(?:{_SIDE})\s+(?:[a-z-]+\s+)?{_TROOP_NOUNS}\s+(?:of|from|with)\s+(?:the\s+)?$")
# the type in lower case is a formation only after its side: "the Ukrainian 59th brigade" (read from
# each ordinal, which are rare, rather than from every side word)
_ORDINAL_AT = re.compile(rf"\b{ORDINAL}\b")
# the branch after the type, as translations from Ukrainian and Russian word it: "the 36th separate brigade of
# marines" (brygada morskoi pikhoty) is the 36th Marine Brigade
_OF_BRANCH = {"marines": "Marine", "marine infantry": "Marine", "naval infantry": "Naval Infantry"}
# the words before a lower-case type may be written capitalised ("the 247th VDV regiment", "the 93rd Mechanized
# brigade"): the catalogue-independent grammar is number, unit words in either case, echelon
LOWER_UNIT = re.compile(
    rf"(?P<number>{ORDINAL})\s+(?P<words>(?:(?:{LOWER_UNIT_WORDS}|{UNIT_WORDS})\s+){{0,3}})"
    rf"(?P<type>{'|'.join(ECHELONS)})\b"
    rf"(?:\s+of\s+(?P<branch>{'|'.join(_OF_BRANCH)})\b)?"
)
_SIDE_RIGHT_BEFORE = re.compile(rf"(?:{_SIDE})\s+$")
_DESCRIBED_ECHELONS = frozenset({"brigade", "regiment", "division"})
# or right after, the armed forces it belongs to: "the 47th brigade of the Ukrainian Armed Forces"
_FORCES = r"(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Gg]round [Ff]orces|[Nn]avy)"
_SIDE_AFTER = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:(?:{_SIDE})\s+{_FORCES}|[Aa]rmed [Ff]orces of (?:the\s+)?(?P<country>Ukraine|Russia))\b"
)


WEAK_UNIT_CONFIDENCE = 0.55  # a formation told by the words before it only: a mention once it resolves
# whose the formation is, in words that name no side: "paratroopers of the 76th division", "its elite 76th
# division", "Ukrainian troops of the 65th brigade" (a formation all the same; the side from elsewhere)
_OWNED_BEFORE = re.compile(
    rf"(?:\b{_TROOP_NOUNS}\s+(?:of|from)\s+(?:the\s+)?|\b(?:its|their)\s+(?:own\s+|elite\s+|vaunted\s+)?)$",
    re.IGNORECASE,
)


def side_before(body: str, start: int) -> str:
    """'Ukraine', 'Russia' or '' from the words right before `start`."""
    window = body[max(0, start - 60) : start]
    match = _CUE_BEFORE.search(window) or _TROOPS_BEFORE.search(window)
    if not match:
        return ""
    word = (match["side"] or match["demonym"]).casefold()
    return _SIDES[word]


# later in its sentence, the side's other troops: "the 47th Brigade lost tanks together with other Ukrainian troops"
_OTHER_TROOPS = re.compile(
    r"\bother (?P<demonym>Ukrainian|Russian) (?:troops|units|forces|brigades|soldiers|formations)\b"
)


def side_in_sentence(body: str, end: int) -> str:
    """'Ukraine', 'Russia' or '' from "other Ukrainian troops" later in the sentence that ends after `end`."""
    stop = re.search(r"[.!?](?:\s|$)", body[end : end + 300])
    match = _OTHER_TROOPS.search(body, end, end + (stop.start() if stop else 300))
    return _SIDES[match["demonym"].casefold()] if match else ""


def side_after(body: str, end: int) -> str:
    """'Ukraine', 'Russia' or '' from the armed forces named right after `end`."""
    match = _SIDE_AFTER.match(body, end)
    return _SIDES[(match["side"] or match["demonym"] or match["country"]).casefold()] if match else ""


def _named_in_full(body: str, match: re.Match[str]) -> bool:
    """A bare "155th brigade" whose number and type the article also writes with a formation's words."""
    if match["words"].strip() or match["branch"] or match["type"] not in _DESCRIBED_ECHELONS:
        return False
    full = re.compile(
        rf"\b{match['number']}\s+(?:(?:{LOWER_UNIT_WORDS})\s+){{1,3}}{match['type']}\b"
        rf"|\b{match['number']}\s+{match['type']}\s+of\s+(?:{'|'.join(_OF_BRANCH)})\b",
        re.IGNORECASE,
    )
    return bool(full.search(body))


def lower_unit_candidates(body: str) -> list[Candidate]:
    """'the Ukrainian 59th brigade', 'the 59th brigade of the Ukrainian Armed Forces' → a unit named
    '59th Brigade' (the span starts at the number)."""
    found = []
    for ordinal in _ORDINAL_AT.finditer(body):
        match = LOWER_UNIT.match(body, ordinal.start())
        if not match:
            continue
        # without a side, only with words that say what it is: "the 102nd territorial defense brigade", or
        # as the short form of a formation of that number the article names in full ("The 155th brigade"
        # after "the 155th marine brigade"; unit_short_forms resolves it)
        described = bool(match["words"].strip() or match["branch"]) and match["type"] in _DESCRIBED_ECHELONS
        sided = _SIDE_RIGHT_BEFORE.search(body, max(0, match.start() - 12), match.start()) or side_after(
            body, match.end()
        )
        owned = _OWNED_BEFORE.search(body, max(0, match.start() - 60), match.start())
        if not (sided or described or owned or _named_in_full(body, match)):
            continue
        # owned only: kept if it resolves to a formation (weak: resolve drops it otherwise)
        weak = not (sided or described or _named_in_full(body, match))
        words = " ".join(w if w[:1].isupper() else w.capitalize() for w in match["words"].split())
        branch = _OF_BRANCH[match["branch"]] if match["branch"] else ""
        name = " ".join(part for part in (match["number"], words, branch, match["type"].capitalize()) if part)
        new = [NewEntity("unit", name)]
        confidence = WEAK_UNIT_CONFIDENCE if weak else 0.8
        found.append(
            Candidate(match.start(), match.end(), new=new, method="pattern", confidence=confidence, provisional=weak)
        )
    return found


def number_index(catalogue: Catalogue) -> dict[tuple[str, str, str], list[str]]:
    """(ordinal, echelon, side) → the catalogued formations so numbered, sorted."""
    index: dict[tuple[str, str, str], list[str]] = {}
    numbers = catalogued_numbers(catalogue)
    for entry in sorted(catalogue.entries.values(), key=lambda e: e.id):
        side = dict(entry.facts).get("Side", "")
        if (numbered := numbers.get(entry.id)) and side:
            index.setdefault((*numbered, side), []).append(entry.id)
    return index


def formation_of(
    name: str, side: str, index: dict[tuple[str, str, str], list[str]], catalogue: Catalogue
) -> str | None:
    """The one catalogued formation a new unit name stands for on `side`: same number and echelon,
    and every word of the name among the formation's words ("59th Brigade", "59th Assault Brigade")."""
    key = unit_key(name)
    if (numbered := number_and_echelon(key)) is None:
        return None
    fitting = [e for e in index.get((*numbered, side), []) if set(key.split()) <= formation_words(catalogue.entries[e])]
    return fitting[0] if len(fitting) == 1 else None


def by_side(
    body: str, found: Iterable[Resolved], index: dict[tuple[str, str, str], list[str]], catalogue: Catalogue
) -> dict[tuple[int, int], str]:
    """Spans of new numbered formations to give to the catalogued formation of their side."""
    new_units = [r for r in found if r.kind == "unit" and r.new_name]
    sides = {
        (r.start, r.end): side_before(body, r.start) or side_after(body, r.end) or side_in_sentence(body, r.end)
        for r in new_units
    }
    by_name: dict[str, set[str]] = {}
    for r in new_units:
        if sides[r.start, r.end]:
            by_name.setdefault(r.new_name, set()).add(sides[r.start, r.end])
    out = {}
    for r in new_units:
        known = by_name.get(r.new_name, set())
        side = sides[r.start, r.end] or (next(iter(known)) if len(known) == 1 else "")
        if side and (formation := formation_of(r.new_name, side, index, catalogue)):
            out[r.start, r.end] = formation
    return out
