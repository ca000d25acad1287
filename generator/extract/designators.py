"""Weapon designators in the text: "Kh-101", "2S19M2", the pairs written with a slash
("Shahed-131/136", "S-300/400": two systems) and Russian "Kh-" written with a Latin X ("X-59")."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of

_WEAPON_PREFIXES = (
    r"T|BMP|BMD|BTR|BRDM|BMPT|MT-LB|Su|MiG|Ka|Mi|Tu|Il|An|Yak|ZSU|FAB|KAB|UPAB|ODAB|OFAB|Kh|BM|TOS|AGM|AIM|MIM|"
    r"RIM|FIM|Shahed|Geran|Orlan|Iskander|Pantsir|Tor|Buk|KN|Zala|ZALA|S|D|2A|R|P|9M|Tochka|Kalibr"
)
WEAPON_PATTERN = re.compile(
    rf"(?<![\w/@-])(?:(?:{_WEAPON_PREFIXES})-\d{{1,4}}[A-Za-z0-9]*(?:-\d{{1,3}}[A-Za-z]*)?"
    r"|(?:2S|2K|9K|9P|9A|1L|1RL)\d{1,3}[A-Z]?\d?[A-Za-z]*)(?![\w-])"
)
# "Shahed-131/136", "S-300/400": the second number shares the first one's prefix
SLASH_PAIR = re.compile(
    rf"(?<![\w/@-])(?P<prefix>(?:{_WEAPON_PREFIXES})-)(?P<first>\d{{2,4}})/(?P<second>\d{{2,4}})(?![\w/-])"
)
# the Russian designation "Х-59" typed with a Latin X, as Ukrainian sources often do
LATIN_KH = re.compile(r"(?<![\w/@-])X-(?P<number>\d{2,3}[A-Z]{0,3})(?![\w-])")


def weapon_candidates(body: str) -> list[Candidate]:
    found = []
    for match in WEAPON_PATTERN.finditer(body):
        text = match.group()
        if re.fullmatch(r"(?:S|D|R|P|T)-\d{1,2}", text) or re.fullmatch(r"[A-Z]-\d{5,}", text):
            continue  # "S-1", "D-2", "T-5": too short to be a designator
        found.append(
            Candidate(match.start(), match.end(), new=[NewEntity("weapon", text)], method="pattern", confidence=0.8)
        )
    return found


def slash_pair_candidates(body: str) -> list[Candidate]:
    """'Shahed-131/136' names two systems on one span; longer than 'Shahed-131', so it wins."""
    return [
        Candidate(
            match.start(),
            match.end(),
            new=[
                NewEntity("weapon", match["prefix"] + match["first"]),
                NewEntity("weapon", match["prefix"] + match["second"]),
            ],
            method="pattern",
            confidence=0.8,
        )
        for match in SLASH_PAIR.finditer(body)
    ]


def latin_kh_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    """'X-59' is the Kh-59 when the catalogue knows a Kh- missile of that number (not NASA's X-59)."""
    found = []
    for match in LATIN_KH.finditer(body):
        name = f"Kh-{match['number']}"
        if any(n.kind == "weapon" for n in gazetteer.lookup(key_of(name))):
            found.append(
                Candidate(match.start(), match.end(), new=[NewEntity("weapon", name)], method="pattern", confidence=0.8)
            )
    return found
