"""A settlement written in its Russian form anywhere in the text, not only where a pattern proposed it:
"the Stelmakhovka area" is Stelmakhivka when the Ukrainian ending names exactly one catalogued place (the
resolver's `ukrainian_spelling` reads the same endings for names a pattern found). Only the endings that
name settlements and nothing else ("-ovka", "-evka", "-skoye", "-skoe"); a word the catalogue reads
itself keeps its reading. An "-ovka" village the catalogue lacks under either spelling is a new place under
its Ukrainian name ("Stelmakhovka" → Stelmakhivka)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.places import RUSSIAN_ENDINGS
from generator.extract.text import key_of

# the endings that name settlements and nothing else, with their Ukrainian ones (the resolver's table)
_UKRAINIAN = {
    russian: ukrainian for russian, ukrainian in RUSSIAN_ENDINGS if russian in ("ovka", "evka", "skoye", "skoe")
}
RUSSIAN_FORM = re.compile(rf"(?<![\w’'-])(?P<stem>[A-Z][a-z]{{3,}})(?P<ending>{'|'.join(_UKRAINIAN)})(?![\w’'-])")
# an outlet so named: "Russian newspaper Readovka", "Readovka reported"
_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|outlet|channel|agency|media|site|website|publication|portal|Telegram)\s+$", re.IGNORECASE
)
_SPEECH_AFTER = re.compile(r"\s+(?:reported|reports|said|says|wrote|writes|published|claimed|claims)\b")
CONFIDENCE = 0.75


def _outlet(body: str, match: re.Match[str]) -> bool:
    return bool(_OUTLET_BEFORE.search(body, max(0, match.start() - 30), match.start())) or bool(
        _SPEECH_AFTER.match(body, match.end())
    )


def russian_spelling_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    found = []
    if not any(ending in body for ending in _UKRAINIAN):
        return []
    for match in RUSSIAN_FORM.finditer(body):
        if gazetteer.lookup(key_of(match.group())):
            continue
        ukrainian = match["stem"] + _UKRAINIAN[match["ending"]]
        places = [replace(n, context=()) for n in gazetteer.lookup(key_of(ukrainian)) if n.kind == "place"]
        if len({n.entity for n in places}) == 1:
            found.append(Candidate(*match.span(), names=places, method="pattern", confidence=CONFIDENCE))
        elif not places and match["ending"] in ("ovka", "evka") and not _outlet(body, match):
            # a village GeoNames lacks: "-ovka" names nothing but settlements; its Ukrainian name is its name
            new = [NewEntity("place", ukrainian)]
            found.append(Candidate(*match.span(), new=new, method="pattern", confidence=CONFIDENCE))
    return found
