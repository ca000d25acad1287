"""A government body written in lower case after its country: "Russia’s defence ministry", "the
Ukrainian foreign ministry". House styles (the FT's, the Guardian's) lower-case these; the owner in
front says which catalogued body it is, as its capitalised alias ("Russia's Defence Ministry") does.
The mention is the body's words alone, as for the capitalised form, with the owner a place of its own."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import fold, key_of

OFFICE = re.compile(
    r"(?<= )(?:(?:defen[cs]e|foreign|interior|finance|economy|energy|justice|health|emergencies) ministry|"
    r"ministry of (?:defen[cs]e|foreign affairs)|general staff(?: of the armed forces)?)\b"
)
OWNER = re.compile(r"\b(?P<owner>[A-Z][a-z]+(?:['’]s)?) $")
CONFIDENCE = 0.8
_POSSESSIVE = re.compile(r"['’]s$")


def owned_office_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The catalogued body the owner's capitalised form names, over the lower-case words."""
    found = []
    for match in OFFICE.finditer(body):
        before = OWNER.search(body, max(0, match.start() - 30), match.start())
        if before is None:
            continue
        office = " ".join(w if w in ("of", "the") else w.capitalize() for w in match.group().split())
        key = key_of(f"{before['owner']} {office}")
        names = [n for n in gazetteer.lookup(key) if n.kind == "organization" and not n.context]
        # or the bare body's ambiguous alias whose context the owner is ("Defence Ministry": "russia")
        stem = fold(_POSSESSIVE.sub("", before["owner"]))
        owners = (stem, stem + "s")  # context words write "Ukraine's" as "ukraines"
        names = names or [
            n
            for n in gazetteer.lookup(key_of(office))
            if n.kind == "organization" and any(o.startswith(word) for word in n.context for o in owners)
        ]
        if len({n.entity for n in names}) == 1:
            found.append(Candidate(match.start(), match.end(), names=names, method="pattern", confidence=CONFIDENCE))
    return found
