"""The gazetteer: every name of every catalogued entity, indexed by match key."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Literal

from generator.catalogue import Catalogue, Entry
from generator.extract.text import fold, key_of

CaseRule = Literal["exact", "initial"]
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})
MAX_ACRONYM = 5

# How much a kind of name counts when several entities claim the same words.
WEIGHT_CONTEXT = 4  # an ambiguous alias whose context words are present
WEIGHT_COREFERENCE = 3  # a surname whose full name appeared earlier in the article
WEIGHT_CURATED = 2
WEIGHT_SETTLEMENT = 1  # GeoNames


@dataclass(frozen=True)
class Name:
    entity: str
    kind: str
    form: str  # the alias as written in the catalogue
    case: CaseRule
    weight: int
    context: tuple[str, ...] = ()  # non-empty: only with one of these words in the paragraph
    surname_only: bool = False  # a bare surname that needs the full name earlier in the article


@dataclass
class Gazetteer:
    names: dict[tuple[str, ...], list[Name]] = field(default_factory=lambda: defaultdict(list))
    longest: int = 1
    problems: list[str] = field(default_factory=list)
    first_words: dict[str, int] = field(default_factory=dict)  # first token of a name → longest such name
    settlements: set[str] = field(default_factory=set)  # places inside an oblast (Ukraine's, Russia's)
    companies: set[str] = field(default_factory=set)  # organizations catalogued as companies
    company_words: set[str] = field(default_factory=set)  # their one-word plain names ("Gazprom")
    lower_case: set[str] = field(default_factory=set)  # names written lower case ("dpa"): scanned too
    countries: dict[str, str] = field(default_factory=dict)  # country id → its canonical name

    def lookup(self, key: tuple[str, ...]) -> list[Name]:
        return self.names.get(key, [])


def case_rule(form: str) -> CaseRule:
    letters = [ch for ch in form if ch.isalpha()]
    if 2 <= len(letters) <= MAX_ACRONYM and all(ch.isupper() for ch in letters) and " " not in form:
        return "exact"
    if " " not in form and form.isalpha() and form.islower():  # a brand written lower case: "dpa"
        return "exact"
    return "initial"


# a formation's type word, which may be written lower case after the formation's name
_FORMATION_TYPES = frozenset({"Brigade", "Regiment", "Battalion"})


def surface_fits(surface: str, name: Name) -> bool:
    """Case rules: acronyms exactly as written; other names start with a capital or digit, and
    every word capitalised in the catalogue is capitalised in the text ("Armed Forces" is a
    name, "armed forces" is not); lowercase catalogue words may be capitalised in headlines."""
    if name.case == "exact":  # acronyms as written, plural allowed: "HMMWVs"
        written = surface.replace("’", "'")
        form = name.form.replace("’", "'")
        # British style writes pronounceable acronyms of organizations as words: "Nato", "Opec"
        worded = name.kind == "organization" and len(form) >= 4 and form.isalpha() and written == form.capitalize()
        return written in (form, form + "s") or worded
    first = surface[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    pairs = list(zip(surface.split(), name.form.split(), strict=False))[1:]
    if name.kind == "unit" and first.isalpha() and pairs and pairs[-1][1] in _FORMATION_TYPES:
        pairs = pairs[:-1]  # news style lowers the type after a name: "the Azov brigade"
    capitalised = [written for written, listed in pairs if listed[:1].isupper()]
    lowered = sum(1 for written in capitalised if not written[:1].isupper())
    return lowered * 2 <= len(capitalised) or not capitalised


def surname_of(name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if w]
    while len(words) > 1 and words[-1].lower().strip(".") in _SUFFIXES:
        words.pop()
    return words[-1] if len(words) > 1 else ""


# Head nouns that are not part of a name in text: "Abrams tanks" is "Abrams" plus a common noun.
_GENERIC_TAIL = re.compile(
    r"\s+(?:main battle tanks?|tanks?|howitzers?|cruise missiles?|ballistic missiles?|missiles?|rockets?|"
    r"loitering munitions?|munitions?|drones?|IFVs?|APCs?|fighting vehicles?|vehicles?|systems?|launchers?|"
    r"fighters|mercenaries|mercenary (?:group|force|company)|format|jets?|helicopters?|aircraft)$"
)
_QUALIFIER = re.compile(r"^(?:US|U\.S\.|UK|U\.K\.|Russia['’]s|Ukraine['’]s|America['’]s|Britain['’]s)\s+")
# a designator written solid in the catalogue ("AT4", "M777") is also written with a hyphen ("AT-4", "M-777")
_SOLID_DESIGNATOR = re.compile(r"(?P<letters>[A-Z]{1,3})(?P<digits>\d{1,4})")
_TITLE = re.compile(r"^(?:(?:Lt|Col|Gen|Maj|Capt|Sgt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.\s*)+")


def _strip_generic_tail(form: str) -> str:
    """'Patriot air defense system' → 'Patriot': drop head nouns (and the words that qualify them)."""
    while True:
        shorter = _GENERIC_TAIL.sub("", form)
        shorter = re.sub(
            r"\s+(?:air defen[cs]e|missile defen[cs]e|anti-aircraft|anti-tank|anti-ship|surface-to-air|missile|rocket"
            r"|attack|combat)$",
            "",
            shorter,
        )
        if shorter == form or not shorter.strip():
            return form
        form = shorter


# British and American spellings of words in names: one name under either ("Carnegie Russia Eurasia Centre")
_SPELLINGS = (("Centre", "Center"), ("Defence", "Defense"), ("Organisation", "Organization"))


# country and union initials written with or without dots: "UK Defence Ministry", "U.K. Defence Ministry"
_INITIALS = (("UK", "U.K."), ("US", "U.S."), ("UN", "U.N."), ("EU", "E.U."))


def initials_variants(form: str) -> list[str]:
    """'UK Defence Ministry' → ['U.K. Defence Ministry']. Not back: a dotted alias such as "U.S. House"
    is listed for house styles that dot, and "US House of Representatives" is read as US + the House."""
    return [re.sub(rf"\b{bare}\b", dotted, form) for bare, dotted in _INITIALS if re.search(rf"\b{bare}\b", form)]


def spelling_variants(form: str) -> list[str]:
    """'Razumkov Centre' → ['Razumkov Center']: the form with each word in its other spelling."""
    variants = []
    for british, american in _SPELLINGS:
        for one, other in ((british, american), (american, british)):
            if re.search(rf"\b{one}\b", form):
                variants.append(re.sub(rf"\b{one}\b", other, form))
    return variants


def _name_forms(entry: Entry) -> tuple[str, ...]:
    """The forms to match: leading "The" and generic head nouns dropped, qualified duplicates
    ("US Congress" when "Congress" is listed) left to match as two names, weapon variants
    combined with the system's short name ("M2A2 Bradley")."""
    ambiguous = {fold(alias) for alias, _ in entry.ambiguous}
    # A name listed under `ambiguous` (Seversk, Patriot) needs its context even when it is the canonical name.
    plain = [form for form in (entry.name, *entry.aliases) if fold(form) not in ambiguous]
    forms = [re.sub(r"^The\s+", "", form) for form in plain]
    # "Wagner mercenaries" → "Wagner": when the bare name is one that needs context, its ambiguous
    # entry covers it (the head noun in the text is context enough), so no plain form is added.
    bare_forms = [_strip_generic_tail(form) for form in forms]
    forms = [bare for bare in bare_forms if fold(bare) not in ambiguous]
    listed = {fold(f) for f in forms} | {fold(alias) for alias, _ in entry.ambiguous}
    forms = [f for f in forms if not (_QUALIFIER.match(f) and fold(_QUALIFIER.sub("", f)) in listed)]
    forms += [v for f in forms for v in spelling_variants(f) if fold(v) not in ambiguous]
    forms += [v for f in forms for v in initials_variants(f) if fold(v) not in ambiguous]
    if entry.kind == "weapon":
        short = {f for f in forms if " " not in f and f[:1].isupper() and not any(ch.isdigit() for ch in f)}
        short |= (
            {entry.name.split()[-1]}
            if " " in entry.name and not any(c.isdigit() for c in entry.name.split()[-1])
            else set()
        )
        variants = [f for f in forms if " " not in f and any(ch.isdigit() for ch in f)]
        forms += [f"{variant} {word}" for variant in variants for word in sorted(short)]
        # "MGM-140 Army Tactical Missile System": a designator before the spelled-out name, one mention
        spelled = {f for f in forms if " " in f and all(w[:1].isupper() and w.isalpha() for w in f.split())}
        forms += [f"{variant} {name}" for variant in variants for name in sorted(spelled)]
        # also as the first word of a longer name: "M1 Abrams" → "M-1 Abrams"
        solid = [m for m in map(_SOLID_DESIGNATOR.match, forms) if m and m.end() in (len(m.string), m.string.find(" "))]
        forms += [f"{m['letters']}-{m['digits']}{m.string[m.end() :]}" for m in solid]
    return tuple(dict.fromkeys(forms))


def context_keys(context: tuple[str, ...]) -> tuple[str, ...]:
    """Context words as paragraphs are read: folded, a two-word context ("air defense", "anti-tank")
    as the word pair "air defense", "anti tank" (hyphens are not tokens)."""
    return tuple(dict.fromkeys(" ".join(key_of(c)) for c in context if key_of(c)))


def _entry_names(entry: Entry, weight: int) -> list[Name]:
    forms = _name_forms(entry)
    if entry.kind == "person":  # a rank is not part of a name: "Lt. Col. Daniel Davis" → "Daniel Davis"
        forms = tuple(dict.fromkeys(_TITLE.sub("", form) for form in forms))
    names = [Name(entry.id, entry.kind, form, case_rule(form), weight) for form in forms]
    names += [
        Name(entry.id, entry.kind, alias, case_rule(alias), WEIGHT_CONTEXT, context=context_keys(context))
        for alias, context in entry.ambiguous
    ]
    if entry.kind == "person":
        surnames = {surname_of(form) for form in (entry.name, *entry.aliases)} - {""}
        folded_forms = {fold(n.form) for n in names}
        for surname in sorted(surnames):
            if fold(surname) in folded_forms:
                continue
            names.append(
                Name(
                    entry.id,
                    "person",
                    surname,
                    "initial",
                    weight if entry.surname_alone else WEIGHT_COREFERENCE,
                    surname_only=not entry.surname_alone,
                )
            )
    return names


# places named after a settlement ("Zaporizhzhia NPP", "Avdiivka Coke Plant"): not settlements themselves
_NAMED_AFTER_A_PLACE = frozenset({"facility", "bridge", "canal"})


def _settlement_spellings(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """A curated settlement's name → its other Latin-letter spellings ("Zaporizhzhia" → "Zaporozhye", ...)."""
    spellings = {}
    for entry in catalogue.entries.values():
        if entry.kind == "place" and not entry.from_geonames and entry.oblast:
            latin = tuple(a for a in entry.aliases if a.isascii() and a.replace(" ", "").replace("-", "").isalpha())
            if latin:
                spellings[entry.name] = latin
    return spellings


def facility_spellings(entry: Entry, spellings: dict[str, tuple[str, ...]]) -> list[str]:
    """A facility named after a settlement is named under the settlement's every spelling: "Zaporizhzhia
    NPP" is also "Zaporozhye NPP", as news agencies transliterating from Russian write it."""
    if dict(entry.facts).get("Type") not in _NAMED_AFTER_A_PLACE:
        return []
    variants = []
    for form in (entry.name, *entry.aliases):
        for town, others in spellings.items():
            if form.startswith(town + " "):
                variants += [other + form[len(town) :] for other in others]
    return variants


def build_gazetteer(catalogue: Catalogue, *, unsafe: frozenset[str] = frozenset()) -> Gazetteer:
    gazetteer = Gazetteer()
    claimed: dict[tuple[tuple[str, ...], str], str] = {}
    spellings = _settlement_spellings(catalogue)
    for entry in sorted(catalogue.entries.values(), key=lambda e: (e.from_geonames, e.id)):
        weight = WEIGHT_SETTLEMENT if entry.from_geonames else WEIGHT_CURATED
        if entry.kind == "place" and not entry.from_geonames:
            entry = replace(entry, aliases=entry.aliases + tuple(facility_spellings(entry, spellings)))
        if entry.kind == "place" and entry.oblast:
            gazetteer.settlements.add(entry.id)
        if entry.kind == "place" and dict(entry.facts).get("Type") == "country":
            gazetteer.countries[entry.id] = entry.name
        if entry.kind == "organization" and dict(entry.facts).get("Category") == "company":
            gazetteer.companies.add(entry.id)
            gazetteer.company_words |= {f for f in _name_forms(entry) if re.fullmatch(r"[A-Z][\w’'-]+", f)}
        for name in _entry_names(entry, weight):
            key = key_of(name.form)
            if not key or (weight == WEIGHT_SETTLEMENT and name.form in unsafe):
                continue
            owner = claimed.get((key, entry.kind))
            if owner and owner != entry.id and weight == WEIGHT_CURATED and not name.context and not name.surname_only:
                gazetteer.problems.append(
                    f"{entry.source}: alias {name.form!r} of {entry.id} is also claimed by {owner}: "
                    "move it under `ambiguous` with context words, or remove it from one entry"
                )
            if not name.context and not name.surname_only:  # only plain names can clash
                claimed.setdefault((key, entry.kind), entry.id)
            gazetteer.names[key].append(name)
            if name.form.islower() and name.case == "exact":
                gazetteer.lower_case.add(name.form)
            gazetteer.longest = max(gazetteer.longest, len(key))
            gazetteer.first_words[key[0]] = max(gazetteer.first_words.get(key[0], 0), len(key))
    return gazetteer
