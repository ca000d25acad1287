"""Patterns for what the catalogue does not list: numbered formations, weapon designators,
administrative areas ("X Oblast", "X district") and settlement names by their suffixes."""

from __future__ import annotations

import re
import string

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.designators import latin_kh_candidates, slash_pair_candidates, weapon_candidates
from generator.extract.direction_adjectives import direction_adjective_candidates
from generator.extract.facilities import numbered_facility_candidates
from generator.extract.gazetteer import Gazetteer
from generator.extract.localities import locality_candidates
from generator.extract.ministries import Ministries
from generator.extract.named_units import named_unit_candidates, quoted_group_candidates
from generator.extract.names import DEMONYMS
from generator.extract.russian_spellings import russian_spelling_candidates
from generator.extract.services import Services
from generator.extract.settlement_cues import settlement_cue_candidates
from generator.extract.unit_keys import LOWER_UNIT_WORDS, ORDINAL, UNIT_WORDS
from generator.extract.unit_lists import ordinal, unit_list_candidates
from generator.extract.unit_numbers import lower_unit_candidates
from generator.extract.weapon_designators import DesignatorGrammar
from generator.extract.weapon_names import weapon_name_candidates
from generator.model import Article

_UNIT_TYPES = r"Brigades?|Regiments?|Divisions?|Armies|Army|Corps|Battalions?|Detachments?|Flotillas?|Military Bases?"
_UNIT_WORD = rf"(?:{UNIT_WORDS}|\([A-Z]{{2,5}}\))[\s-]+"
# a formation's honorific name among its words, one or two capitalised words that are not unit words
# and are followed by one: "1st Slavyansk Motorized Rifle Brigade", "4th Guards Kantemirovskaya Tank Division"
_NOT_UNIT_WORD = rf"(?!(?:{UNIT_WORDS})\b)[A-Z][a-z]+"
_HONORIFIC = rf"(?P<honorific>{_NOT_UNIT_WORD}(?:[ -]{_NOT_UNIT_WORD})?)\s+"
# or last, after a unit word, right before the type: "5th Separate Slobozhanska Brigade" (not after the
# number alone: "the 3rd Pokrovsk Brigade" may be a brigade at Pokrovsk)
_LAST_HONORIFIC = rf"(?P<last>{_NOT_UNIT_WORD}(?:[ -]{_NOT_UNIT_WORD})?)\s+"
# ISW glosses a word with its Russian acronym in brackets: "7th Airborne (VDV) Division"
UNIT_PATTERN = re.compile(
    rf"\b(?P<numbers>{ORDINAL}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){ORDINAL})*)\s+"
    rf"(?P<words>(?:{_UNIT_WORD})*(?:{_HONORIFIC}(?:{_UNIT_WORD})+|(?:{_UNIT_WORD})*)|(?:{_UNIT_WORD})+{_LAST_HONORIFIC})"
    rf"(?P<type>{_UNIT_TYPES})\b"
)
# a former separatist corps by its republic: "1st Donetsk People's Republic [DNR] AC", "2nd Luhansk
# People's Republic Army Corps" (ISW's former names of the 51st and 3rd Combined Arms Armies)
REPUBLIC_CORPS = re.compile(
    rf"\b(?P<number>{ORDINAL})\s+(?P<republic>Donetsk|Luhansk|Lugansk) People['’]s Republic"
    r"(?:\s+\[[DL][NP]R\])?\s+(?:AC|Army Corps)\b"
)
# ISW writes coordinated plurals in lower case: "the 37th and 1234th motorized rifle regiments"
LOWER_PLURAL = re.compile(
    rf"\b(?P<numbers>{ORDINAL}(?:(?:,\s*|,?\s+and\s+){ORDINAL})+)\s+"
    rf"(?P<words>(?:(?:{LOWER_UNIT_WORDS})\s+)+)(?P<type>brigades|regiments|divisions|battalions)\b"
)
# ISW's shorthand after a number ("11th AC", "20th CAA"), defined in its reports as "[AC]", "[CAA]"
UNIT_SHORTHANDS = {"AC": "Army Corps", "CAA": "Combined Arms Army", "GTA": "Guards Tank Army"}
UNIT_SHORTHAND = re.compile(rf"\b(?P<number>{ORDINAL})\s+(?P<short>{'|'.join(UNIT_SHORTHANDS)})\b")
_AREA_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
AREA_PATTERN = re.compile(
    rf"(?<![’'])\b(?P<name>{_AREA_WORD}(?: {_AREA_WORD})?)\s+"
    r"(?P<type>[Oo]blast|[Rr]egion|[Dd]istrict|[Rr]aion|[Pp]rovince|[Kk]rai|[Kk]ray|[Hh]romada)\b"
)
_FUNCTION_WORDS = frozenset(
    [
        "In",
        "Near",
        "From",
        "At",
        "On",
        "Of",
        "Outside",
        "Around",
        "Across",
        "Throughout",
        "With",
        "Into",
        "Toward",
        "Towards",
        "And",
        "But",
        "Meanwhile",
        "Within",
        "Beyond",
        "Over",
        "Under",
        "Both",
        "Neighbouring",
        "Neighboring",
        "Nearby",
    ]
)
_NOT_AREA = frozenset(
    [
        "The",
        "This",
        "That",
        "Its",
        "Their",
        "Our",
        "Your",
        "A",
        "An",
        "Each",
        "Every",
        "Whole",
        "Entire",
        "Border",
        "Frontline",
        "Front",
        "Oblast",
        "Region",
        "District",
        "Raion",
        "Province",
        "Krai",
        "Hromada",
        "Ukraine",
        "Russia",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "Central",
        "Occupied",
        "Liberated",
    ]
)
_QUALIFYING = re.compile(r"-(?:speaking|held|occupied|controlled|annexed|backed)$|^(?:Russian|Ukrainian)$")
FEATURE_PATTERN = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?P<type>River|Lake|Sea|Spit|Strait|Peninsula|Bay|Gulf|"
    r"[Ee]stuary|Reservoir|Island|Canal|Forest)\b|\b(?P<cape>(?:Cape|Lake) [A-Z][a-z]+)\b"
)
PLURAL_AREAS = re.compile(
    r"\b(?P<names>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?,?\s+and\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"\s+(?P<type>[Oo]blasts|[Rr]egions)\b"
)
SETTLEMENT_SUFFIXES = re.compile(
    r"\b(?:(?:Nova|Novyi|Novi|Nove|Velyka|Velykyi|Velyki|Mala|Malyi|Mali|Stara|Staryi|Chervona|Chervonyi|"
    r"Zelena|Zelenyi|Vesela|Verkhnia|Nyzhnia|Kruta)[ -])?[A-Z][a-z’'-]{2,}"
    r"(?:ivka|yivka|ivske|ivsk|ynka|inka|ove|eve|ske|tske|"
    r"ivtsi|yne|ino|ovo|pil|hrad|horod|hirske|ohirsk)\b"
)
_SETTLEMENT_CUES = re.compile(
    r"(?:village|town|settlement|city|outskirts|near|outside|toward|towards|direction|of|in|from|at|around)\s+$"
)


def unit_name(number: str, words: str, unit_type: str) -> str:
    """'38th', 'Separate Marine', 'Brigades' → '38th Marine Brigade' (canonical form)."""
    kept = [
        w
        for w in re.split(r"[\s]+", words.strip())
        if w and w.lower() not in ("separate", "independent") and not w.startswith("(")
    ]
    singular = {
        "Brigades": "Brigade",
        "Regiments": "Regiment",
        "Divisions": "Division",
        "Armies": "Army",
        "Battalions": "Battalion",
        "Detachments": "Detachment",
        "Flotillas": "Flotilla",
        "Military Bases": "Military Base",
    }
    words_text = " ".join(kept)
    if "VDV" in words and unit_type in ("Brigade", "Brigades"):
        # Russia's VDV brigades are its air assault brigades: ISW's "11th Airborne (VDV) Brigade"
        words_text = words_text.replace("Airborne", "").replace("VDV", "").strip() + " Air Assault"
        words_text = words_text.strip()
    for variant, standard in (
        ("Motorized Rifle", "Motor Rifle"),
        ("Motorised Rifle", "Motor Rifle"),
        ("Mechanised", "Mechanized"),
        ("Motorised", "Motorized"),
        ("Defence", "Defense"),
        ("VDV", "Airborne"),  # Russia's Airborne Forces: "76th VDV Division" is the 76th Airborne Division
    ):
        words_text = words_text.replace(variant, standard)
    return " ".join(part for part in (number, words_text, singular.get(unit_type, unit_type)) if part)


def _honorific(words: str) -> bool:
    """A name, not a nationality or a function word: "Slavyansk", not "Russian" or "In"."""
    return not any(w in DEMONYMS or w in _FUNCTION_WORDS or w in _NOT_AREA for w in re.split(r"[ -]", words))


# a number without its suffix before unit words: "the 117 Territorial Defence Brigade"
BARE_NUMBER_UNIT = re.compile(
    rf"(?<![\d,.$£€])\b(?P<number>[1-9]\d{{1,2}})\s+(?P<words>(?:{_UNIT_WORD})+)(?P<type>Brigade|Regiment|Division)\b"
)


# a formation's number spelled out, at least one unit word before its type: "the First Guards Tank Army"
_SPELLED = [
    *("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh"),
    *("Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"),
    "Twentieth",
]
SPELLED_NUMBER_UNIT = re.compile(
    rf"\b(?=[EFNST])(?P<number>{'|'.join(_SPELLED)})\s+(?P<words>(?:{_UNIT_WORD})+)(?P<type>{_UNIT_TYPES})\b"
)


# a branch of troops by its arm, capitalised: "the Coastal Troops" (of a navy), "Missile Troops and Artillery";
# not a nationality's troops ("Russian Troops" in a headline)
BRANCH_TROOPS = re.compile(
    r"\b(?=[CEIMRS])(?:Coastal|Missile|Railway|Signal|Signals|Engineering|Engineer|Chemical|Radiation|Space|Rocket"
    r"|Radio-Technical|Internal|Motor Rifle) Troops\b"
)


def unit_candidates(body: str) -> list[Candidate]:
    found = [
        Candidate(
            m.start(),
            m.end(),
            new=[NewEntity("unit", unit_name(ordinal(m["number"]), m["words"], m["type"]))],
            method="pattern",
            confidence=0.8,
        )
        for m in BARE_NUMBER_UNIT.finditer(body)
    ]
    found += [
        Candidate(
            m.start(),
            m.end(),
            new=[NewEntity("unit", unit_name(ordinal(str(_SPELLED.index(m["number"]) + 1)), m["words"], m["type"]))],
            method="pattern",
            confidence=0.8,
        )
        for m in (SPELLED_NUMBER_UNIT.finditer(body) if any(f"{w} " in body for w in _SPELLED) else ())
    ]
    found += [
        Candidate(m.start(), m.end(), new=[NewEntity("unit", m.group())], method="pattern", confidence=0.8)
        for m in (BRANCH_TROOPS.finditer(body) if " Troops" in body else ())
    ]
    for match in (*UNIT_PATTERN.finditer(body), *LOWER_PLURAL.finditer(body)):
        honorific = match["honorific"] or match["last"] if match.re is UNIT_PATTERN else None
        if honorific and not _honorific(honorific):
            continue
        numbers = re.findall(ORDINAL, match["numbers"])
        lower = match.re is LOWER_PLURAL
        words = string.capwords(match["words"]) if lower else match["words"]
        unit_type = match["type"].capitalize() if lower else match["type"]
        new = [NewEntity("unit", unit_name(number, words, unit_type)) for number in numbers]
        confidence = 0.9 if words.strip() else 0.75
        found.append(Candidate(match.start(), match.end(), new=new, method="pattern", confidence=confidence))
    return found


# a battalion with a name, not a number: "the Chechen Zapad-Akhmat Battalion", "Akhmat Spetsnaz Vakha Battalion",
# or an acronym and number: "BARS-31 Detachment" (the BARS reserve's numbered volunteer detachments)
NAMED_BATTALION = re.compile(
    r"(?<![\w-])(?P<words>(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,6}-\d{1,3})\s+){1,4})(?P<type>Battalion|Detachment)\b"
)
_DETERMINERS = frozenset(
    [
        *("The", "A", "An", "Each", "Every", "This", "That", "These", "Those", "Our", "Your", "His", "Her"),
        *("Their", "Its", "One", "Another", "Any", "No"),
    ]
)
_GENERIC_UNIT_WORD = re.compile(rf"(?:{UNIT_WORDS}|Special|Forces|Storm|Sapper|Penal)", re.IGNORECASE)


def named_battalion_candidates(body: str) -> list[Candidate]:
    """Named battalions and detachments ("Smuglyanka Detachment"), guarded: no number before them
    (the unit pattern's), a demonym or sentence word in front is not part of the name, and one word
    at least must be a name, not a unit word."""
    found = []
    for match in NAMED_BATTALION.finditer(body):
        if re.search(rf"{ORDINAL}\s+$", body[max(0, match.start() - 8) : match.start()]):
            continue
        words = match["words"].split()
        start = match.start()
        while words and (words[0] in DEMONYMS or words[0] in _FUNCTION_WORDS or words[0] in _DETERMINERS):
            start = body.index(words[0], start) + len(words[0])
            words = words[1:]
        if not words or all(_GENERIC_UNIT_WORD.fullmatch(w) for w in words):
            continue
        start = body.index(words[0], start)
        name = f"{' '.join(words)} {match['type']}"
        found.append(Candidate(start, match.end(), new=[NewEntity("unit", name)], method="pattern", confidence=0.7))
    return found


def unit_shorthand_candidates(body: str) -> list[Candidate]:
    """'11th AC' → 11th Army Corps, '25th CAA' → 25th Combined Arms Army; a separatist republic's
    corps by its former name: '1st Donetsk People's Republic [DNR] AC' → 1st Donetsk Army Corps."""
    names = [
        (f"{match['number']} {match['republic']} Army Corps", match) for match in REPUBLIC_CORPS.finditer(body)
    ] + [(f"{match['number']} {UNIT_SHORTHANDS[match['short']]}", match) for match in UNIT_SHORTHAND.finditer(body)]
    return [
        Candidate(match.start(), match.end(), new=[NewEntity("unit", name)], method="pattern", confidence=0.85)
        for name, match in names
    ]


_AREA_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
REGION_OF = re.compile(
    r"\b(?:[Rr]egions?|[Pp]rovinces?|[Oo]blasts?)"
    r"(?: of|,? (?:comprised|composed|made up|consisting) of|,? comprising) (?:the )?"
    rf"(?P<names>{_AREA_NAME}(?:, {_AREA_NAME})*(?:,? and {_AREA_NAME})?)"
)


def region_of_candidates(body: str) -> list[Candidate]:
    """'the eastern region of Donetsk', 'the regions of Kherson and Zaporizhzhia', 'the Donbas
    region, comprised of Donetsk and Luhansk': the bare names are oblasts here, and say so more
    surely than the city of the same name in the catalogue."""
    found = []
    for match in REGION_OF.finditer(body):
        for name in re.finditer(_AREA_NAME, match["names"]):
            start = match.start("names") + name.start()
            found.append(
                Candidate(
                    start,
                    start + len(name.group()),
                    new=[NewEntity("place", f"{name.group()} Oblast")],
                    method="pattern",
                    confidence=0.8,
                    strong=True,
                )
            )
    return found


# "the Mykolaiv/Dnipropetrovsk region": an area written before a slash shares the area word after it
SLASHED_AREA = re.compile(
    rf"(?<![\w/-])(?P<name>{_AREA_NAME})/{_AREA_NAME} (?:[Rr]egions?|[Pp]rovinces?|[Oo]blasts?)\b"
)


def slashed_area_candidates(body: str) -> list[Candidate]:
    """'the Mykolaiv/Dnipropetrovsk region': the name before the slash is an oblast too, not its city
    (the one after it is read with its area word, as any "Dnipropetrovsk region")."""
    return [
        Candidate(
            *match.span("name"),
            new=[NewEntity("place", f"{match['name']} Oblast")],
            method="pattern",
            confidence=0.8,
            strong=True,
        )
        for match in SLASHED_AREA.finditer(body)
    ]


def area_candidates(body: str) -> list[Candidate]:
    found = []
    for match in AREA_PATTERN.finditer(body):
        words = match["name"].split()
        start = match.start()
        if len(words) == 2 and (words[0] in _NOT_AREA | _FUNCTION_WORDS or _QUALIFYING.search(words[0])):
            # "In Donetsk Oblast", "The Bakhmut district", "Russian-speaking Donbas region"
            start += len(words[0]) + 1
            words = words[1:]
        if all(word in DEMONYMS for word in words):
            continue  # "the southern Ukrainian region": a description, not a region's name
        if any(word in _NOT_AREA for word in words) or body[match.end() : match.end() + 1] == "’":
            continue
        area_type = match["type"].capitalize()
        area_type = "Raion" if area_type in ("District", "Raion") else area_type  # Ukrainian districts
        name = f"{' '.join(words)} {area_type}"
        found.append(Candidate(start, match.end(), new=[NewEntity("place", name)], method="pattern", confidence=0.8))
    return found


def feature_candidates(body: str) -> list[Candidate]:
    """Rivers, lakes, seas, spits, capes: a name followed (or preceded) by its feature word."""
    found = []
    for match in FEATURE_PATTERN.finditer(body):
        if match["cape"]:
            name = match["cape"]
        else:
            if match["name"].split()[0] in _NOT_AREA:
                continue
            name = f"{match['name']} {match['type'].capitalize()}"
        found.append(
            Candidate(match.start(), match.end(), new=[NewEntity("place", name)], method="pattern", confidence=0.8)
        )
    for match in PLURAL_AREAS.finditer(body):
        names = re.split(r",?\s+and\s+|,\s+", match["names"])
        suffix = "Oblast" if match["type"].lower() == "oblasts" else "Region"
        found.append(
            Candidate(
                match.start(),
                match.end(),
                new=[NewEntity("place", f"{n} {suffix}") for n in names],
                method="pattern",
                confidence=0.85,
            )
        )
    return found


def settlement_candidates(body: str) -> list[Candidate]:
    found = []
    for match in SETTLEMENT_SUFFIXES.finditer(body):
        cue = bool(_SETTLEMENT_CUES.search(body, max(0, match.start() - 30), match.start()))
        found.append(
            Candidate(
                match.start(),
                match.end(),
                new=[NewEntity("place", match.group())],
                method="heuristic",
                confidence=0.7 if cue else 0.55,
            )
        )
    return found


class PatternExtractor:
    name = "pattern"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()
        self.ministries = Ministries(self.gazetteer)
        self.services = Services(self.gazetteer)
        self.designators = DesignatorGrammar(self.gazetteer)

    def candidates(self, article: Article) -> list[Candidate]:
        body = article.body
        return [
            *self.ministries.candidates(body),
            *self.services.candidates(body),
            *weapon_name_candidates(body, self.gazetteer),
            *unit_candidates(body),
            *lower_unit_candidates(body),
            *unit_shorthand_candidates(body),
            *unit_list_candidates(body),
            *named_battalion_candidates(body),
            *named_unit_candidates(body),
            *quoted_group_candidates(body),
            *weapon_candidates(body),
            *slash_pair_candidates(body),
            *latin_kh_candidates(body, self.gazetteer),
            *self.designators.candidates(body),
            *direction_adjective_candidates(body, self.gazetteer),
            *russian_spelling_candidates(body, self.gazetteer),
            *numbered_facility_candidates(body, self.gazetteer),
            *area_candidates(body),
            *region_of_candidates(body),
            *slashed_area_candidates(body),
            *feature_candidates(body),
            *settlement_candidates(body),
            *settlement_cue_candidates(body),
            *locality_candidates(body),
        ]
