"""Organizations the catalogue does not know: by their head words ("Ministry of Energy",
"Kyiv School of Economics", "Razumkov Centre") and by acronyms the article defines
("... Research Institute (FPRI)"), whose later bare uses then name the same organization."""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.company_names import subsidiary_candidates
from generator.extract.gazetteer import Gazetteer, Name
from generator.extract.ministries import NAMED_OWNER
from generator.extract.names import DEMONYMS, is_given_name
from generator.extract.organization_cues import OrganizationCues
from generator.extract.organization_words import (
    DESCRIPTORS,
    GENERIC,
    GOVERNMENT_HEADS,
    HEADS,
    LEADING,
    MONTHS,
    NOT_ORGANIZATION,
    OFFICES,
    POSITION_POSTS,
    QUALIFIERS,
)
from generator.extract.owned_offices import owned_office_candidates
from generator.extract.people import TITLE_WORDS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.extract.text import key_of
from generator.model import Article

_CONNECTORS = r"(?:of|for|the|and|on|&|de|to|in)"
_CAP = r"(?:[A-Z][A-Za-z'’.-]*[A-Za-z]|[A-Z])"
RUN = re.compile(rf"(?<![\w@#/-]){_CAP}(?:[ ](?:{_CONNECTORS}[ ])*{_CAP})*")
# "(NATO)", and ISW's square brackets: "Leningrad Military District [LMD]"
# "(AntAC)": a short lower-case run inside an acronym, between capitals
DEFINITION = re.compile(r"\s+[(\[](?P<acronym>[A-Z](?:[A-Za-z]?|[a-z]{2,3}(?=[A-Z]))[A-Z0-9&]{1,7})[)\]]")
# "44th Army Corps [AC]": the bracket abbreviates the formation type, not a name (patterns.py reads "11th AC")
_AFTER_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\s+$")
# Outlets that sign with their domain: "Rappler.com", "News.Az reports"
OUTLET_DOMAIN = re.compile(r"(?<![\w./@-])[A-Z][A-Za-z0-9-]*\.(?:com|net|org|Az|az|ua|ph|news)(?![\w/-]|\.\w)")
_POSSESSIVE = re.compile(r"['’]s?$")
_QUALIFYING = re.compile(r".-[a-z]+$")  # a word ending in a lower-case part after a hyphen: "U.S.-based"
_UNITS_ETC = re.compile(r"\b(?:System|Systems|Missile|Missiles|Launcher|Rocket|Bomb|Vehicle|Drone|Munition)s?\b")
# a dateline's outlet: "ERBIL (Kurdistan24) —", "KYIV, Ukraine (AP) —", "(OSV News) —" at a paragraph's start
DATELINE_OUTLET = re.compile(
    r"^[*_]*(?:[A-Z][A-Z.'’-]+(?:[ ,]+(?:[A-Z][A-Za-z.'’-]*|\d{1,4}))*\s+)?"  # "VIENNA, Jan 10 (KUNA) --"
    r"\((?P<outlet>[A-Z][\w.&'’]*(?: [A-Z0-9][\w.&'’]*){0,3})\)[*_]*\s*[-–—:]",
    re.MULTILINE,
)
# a name the text describes as a body right after it: "Belaruski Hajun, an activist group that tracks ...",
# "Oko Monitor, a Lithuanian watchdog", "Kyiv Analytics, the think tank that ..." (the head noun after at most
# three describing words, none a preposition)
DESCRIBED_BODY = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3}),\s+(?:a|an|the)\s+"
    r"(?:(?!(?:with|of|from|at|for|in|on|by|who|and)\b)[\w-]+\s+){0,3}"
    r"(?:group|organi[sz]ation|NGO|think[ -]tank|charity|watchdog|news agency|agency|news outlet|outlet|website|"
    r"newspaper|broadcaster|movement|party|foundation|association|network|initiative|company|firm|bank)"
    # the noun ends the description: "a company spokeswoman", "a party member" describe a person
    r"(?=\s*[,.;:)]|\s+(?:that|which|based|in|from|of)\b)"
)
_TAIL_OF_NAME = re.compile(r"\b(?:of|for|and|on|de)(?: the)? $")
# a broadcaster's numbered channel: "Polskie Radio 24", "Channel 5 News" (then said, reported...)
NUMBERED_OUTLET = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w'’.-]*\s)+?(?:Radio|TV|Channel|Television))\s\d{1,3}"
    r"(?=[,.;:)]|\s+(?:that|said|says|reported|reports|told|on|in|and|the|a|[A-Z])\b|\s*$)",
    re.MULTILINE,
)
# troops after a defined name: it names a unit ("X (KVN) fiber optic drone operators", "X (ABC) fighters")
TROOPS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:operators|fighters|servicemen|soldiers|troops|personnel|detachment|battalion)\b"
)
INITIALISM = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
CONFIDENCE = 0.7
PREFIX_HEADS = frozenset({"Radio"})  # broadcasters named head first
# a formation's name ends here, so an "and" after it starts another name
FORMATION_ENDS = frozenset({"Detachment", "Battalion", "Brigade", "Regiment", "Division", "Corps"})
ACRONYM_CONFIDENCE = 0.8


def _trim(words: list[str]) -> list[str]:
    """Leading sentence words and dates, possessives ("Russia's Defence Ministry" → "Defence Ministry") and
    compound adjectives ("U.S.-based Institute for the Study of War", "Kremlin-backed")."""
    while words and (
        words[0] in LEADING
        or words[0] in MONTHS  # "On Monday the Atlantic Council said": a date before the name
        or words[0] in DESCRIPTORS
        or words[0].islower()
        or _POSSESSIVE.search(words[0])
        or _QUALIFYING.search(words[0])
    ):
        words = words[1:]
    while words and words[-1] in ("of", "for", "the", "and", "on", "&", "de", "to", "in"):
        words = words[:-1]
    return words


def _segments(words: list[str]) -> list[list[str]]:
    """A run split where it joins two names: "Ministry of X and the State Emergency Service", "X and
    Germany's Economy Ministry", "Rob Lee of the Foreign Policy Research Institute"."""
    segments: list[list[str]] = []
    current: list[str] = []
    for i, word in enumerate(words):
        joins_two = word == "and" and (
            (
                i + 1 < len(words)
                and (words[i + 1] == "the" or words[i + 1] in HEADS or _POSSESSIVE.search(words[i + 1]))
            )
            or (bool(current) and current[-1] in FORMATION_ENDS)  # "X Detachment and Y Center"
        )
        of_the = word in ("of", "at", "in", "to", "on") and i + 1 < len(words) and words[i + 1] == "the"
        after_title = word in ("of", "at") and bool(current) and all(w in OFFICES for w in current)  # "CEO of X"
        if joins_two or after_title or (of_the and not any(w in HEADS for w in current)):
            segments.append(current)
            current = []
            continue
        current.append(word)
    return [*segments, current]


def person_word(word: str) -> bool:
    """A title or given name: where the words after 'Ministry of' stop."""
    return (word in TITLE_WORDS and word not in GENERIC) or is_given_name(word)


def organization_name(words: list[str], stop: Callable[[str], bool] = person_word) -> list[str]:
    """The words of `words` that name an organization, or []. `stop` ends the words after
    "Ministry of" ("Ministry of Energy Spokesman ..." stops before the title)."""
    for segment in reversed(_segments(words)):
        name = _segment_name(_trim(segment), stop)
        if name:
            return name
    return []


def _segment_name(words: list[str], stop: Callable[[str], bool]) -> list[str]:
    while words and words[0] in QUALIFIERS:
        words = words[1:]
    if len(words) < 2 or any(w in NOT_ORGANIZATION for w in words) and not _service_of_forces(words):
        return []
    if words[0] in OFFICES and words[1] == "for":  # "Minister for Strategic Industries": an office
        return []
    if words[-1] == "Post" and words[-2] in POSITION_POSTS:  # "the Main Command Post": a position, no outlet
        return []
    if words[-1].rstrip(".") in HEADS and words[-1] != "Headquarters":  # "NATO Headquarters": NATO's, no name
        name = words
    elif words[0] in PREFIX_HEADS and all(w[:1].isupper() for w in words[1:]):
        name = words  # "Radio NV", "Radio Svoboda": the head word first
    else:
        heads = [i for i, w in enumerate(words[:-2]) if w in HEADS and words[i + 1] in ("of", "for", "on")]
        if not heads:
            return []
        head = heads[0]
        # "the Ukrainian Center for ..." describes a centre; "the Russian Ministry of ..." is whose it is
        if head > 0 and words[head] not in GOVERNMENT_HEADS and all(w in DEMONYMS for w in words[:head]):
            words, head = words[head:], 0
        tail = _tail_length(words[head + 2 :], stop)
        rest = words[head + 2 + tail :]
        after = [*words[head + 2 : head + 2 + tail], *rest[:1]]
        if tail and any(w in HEADS and n in ("of", "for") for w, n in zip(after, after[1:], strict=False)):
            tail = 0  # another name inside: "Intelligence Service of the British Ministry of Defense"
        # "the Financial Times on Friday": no name after the connector, so the name ends at its head
        name = words[: head + 2 + tail] if tail else words[: head + 1]
    capitalised = [w for w in name if not w.islower()]
    if len(name) < 2 or (len(capitalised) <= 2 and all(w in HEADS or w in GENERIC for w in capitalised)):
        return []  # "Defense Ministry", "Ministry of Energy": whose?
    if len(name) == 2 and name[0] in DEMONYMS and name[1] in HEADS:
        return []  # "the BBC's Russian Service", "the Ukrainian Parliament": a description, not a name
    return name


# a state body's head after a force's or an area's word: "the State Border Guard Service", "the Armed Forces
# Committee", "the Kharkiv Oblast Military Administration" (one body, its oblast inside its name)
_FORCE_WORDS = frozenset({"Guard", "Forces", "Oblast"})


def _service_of_forces(words: list[str]) -> bool:
    """The only unit words are a force's, and a government body's head follows them."""
    forces = [i for i, w in enumerate(words) if w in NOT_ORGANIZATION]
    heads = [i for i, w in enumerate(words) if w in GOVERNMENT_HEADS]
    return all(words[i] in _FORCE_WORDS for i in forces) and bool(heads) and heads[0] > forces[-1]


_JOINERS = ("and", "the", "&", "of")
# a capitalised word a name's tail does not hold: the start of the next sentence or heading ("... Affairs To")
_NOT_IN_TAIL = SENTENCE_WORDS | {"Summary"}


def _tail_length(words: list[str], stop: Callable[[str], bool]) -> int:
    """After 'Ministry of': capitalised words and connectors, up to six words ("Headquarters for | the Treatment
    of Prisoners of War")."""
    length = 0
    for word in words[:6]:
        if word in MONTHS or stop(word) or word in _NOT_IN_TAIL or not (word[:1].isupper() or word in _JOINERS):
            break
        length += 1
    while length and words[length - 1] in ("and", "the", "&", "of"):
        length -= 1
    return length


def acronym_fits(acronym: str, words: list[str]) -> bool:
    """'FPRI' for 'Foreign Policy Research Institute': its capitals are the words' initials, in order."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    letters = [ch for ch in acronym if ch.isupper()]
    position = 0
    for letter in letters:
        position = initials.find(letter, position) + 1
        if position == 0:
            return False
    return bool(letters) and letters[0] == initials[:1]


def _defined_words(words: list[str], acronym: str) -> list[str]:
    """The words an acronym abbreviates: "the United Nations World Food Programme (WFP)" → World Food Programme."""
    full = _trim(words)
    while full and not acronym_fits(acronym, full):  # "Russia and the Foreign Ministry (MID)"
        full = _trim(full[1:])  # "Board of the Defense Procurement Agency (DPA)": not "of the ..."
    return full if len(full) >= 2 else []


class OrganizationExtractor:
    name = "organization"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer()
        self.cues = OrganizationCues(self.gazetteer)

    def candidates(self, article: Article) -> list[Candidate]:
        body = article.body
        found: list[Candidate] = []
        for match in RUN.finditer(body):
            words = match.group().split(" ")
            definition = DEFINITION.match(body, match.end())
            if definition and _AFTER_ORDINAL.search(body, max(0, match.start() - 8), match.start()):
                continue
            if not definition and HEADS.isdisjoint(word.rstrip(".") for word in words):
                continue  # most runs: no head word, no acronym
            defined = _defined_words(words, definition["acronym"]) if definition else []
            # "Ukrainian Ministry of Defense (MoD)": the catalogued name the defined words end
            defined = self._catalogued_whole(words, defined) or defined
            name = defined or organization_name(words)  # an acronym says which words are the name
            if name and any(self._person(w) for w in name):
                name = []  # "Biden Administration": the person's, not an organization's name
            if name and self._country_ministry(name):
                name = []  # "the UAE Foreign Ministry": the country and its ministry (ministries.py)
            if name and any(self._weapon(w) for w in name[1:]):
                name = []  # "Movement of Shahed-type attack UAVs": a weapon's movement, no body's name
            kind = self._kind(" ".join(name)) if name else ""
            if definition and kind == "organization" and name == defined and TROOPS_AFTER.match(body, definition.end()):
                kind = "unit"  # "Knyaz Vandal Novgorodsky (KVN) fiber optic drone operators": a unit's name
            start = match.start() + match.group().rfind(" ".join(name)) if name else -1
            if kind in ("organization", "unit") and start >= match.start() and not self._catalogued(" ".join(name)):
                entity = NewEntity(kind, " ".join(name))
                found.append(
                    Candidate(start, start + len(entity.name), new=[entity], method="pattern", confidence=CONFIDENCE)
                )
            if definition and defined and kind:
                found += self._acronym(body, " ".join(defined), kind, definition)
        outlets = self._numbered_outlets(body) + subsidiary_candidates(body, self.gazetteer)
        outlets += owned_office_candidates(body, self.gazetteer)
        outlets += self._described(body) + self.cues.candidates(body)
        return found + self._domains(body) + self._initials(body, found) + self._dateline(body) + outlets

    def _described(self, body: str) -> list[Candidate]:
        """A name the text calls a group, an agency, a company: an organization, whatever its words look like."""
        out = []
        for match in DESCRIBED_BODY.finditer(body):
            words = match["name"].split()
            while words and (words[0] in LEADING or words[0] in MONTHS or words[0] == "The"):
                words = words[1:]
            if not words:
                continue
            if is_given_name(words[0]):
                continue  # "Halyna Bondar, a local group of volunteers": a person, the group hers
            name = " ".join(words)
            if _TAIL_OF_NAME.search(body, max(0, match.start() - 9), match.start()):
                continue  # "Institute for the Study of | War, a think tank": the end of a longer name
            known = self.gazetteer.lookup(key_of(name))
            names = [n for n in known if n.kind == "organization" and not n.context]
            if known and not names:
                continue  # a catalogued place or person described so ("Kyiv, a city of ...")
            start = match.end("name") - len(name)
            new = [] if names else [NewEntity("organization", name)]
            out.append(
                Candidate(start, match.end("name"), names=names, new=new, method="pattern", confidence=CONFIDENCE)
            )
        return out

    def _numbered_outlets(self, body: str) -> list[Candidate]:
        """'Polskie Radio 24' is one name, the catalogued broadcaster's channel, not 'Polskie Radio' and a number."""
        out = []
        for match in NUMBERED_OUTLET.finditer(body):
            names = [n for n in self._catalogued(match["name"]) if n.kind == "organization"]
            new = [] if names else [NewEntity("organization", match.group())]
            out.append(
                Candidate(match.start(), match.end(), names=names, new=new, method="pattern", confidence=CONFIDENCE)
            )
        return out

    def _dateline(self, body: str) -> list[Candidate]:
        out = []
        for match in DATELINE_OUTLET.finditer(body):
            outlet = match["outlet"]
            names = self._catalogued(outlet)
            new = [] if names else [NewEntity("organization", outlet)]
            start = match.start("outlet")
            out.append(
                Candidate(start, match.end("outlet"), names=names, new=new, method="pattern", confidence=CONFIDENCE)
            )
        return out

    def _initials(self, body: str, found: list[Candidate]) -> list[Candidate]:
        """'ICIJ' after 'the International Consortium of Investigative Journalists' without brackets:
        an all-capitals word that is exactly the initials of an organization found in the article."""
        by_initials: dict[str, NewEntity] = {}
        for candidate in found:
            for new in candidate.new:
                words = [w for w in new.name.split() if w[:1].isupper()]
                for form in (words, words[:-1]):  # "CFHK": Committee for Freedom in Hong Kong (Foundation)
                    if len(form) >= 3:
                        by_initials.setdefault("".join(w[0] for w in form), new)
        out = []
        for use in INITIALISM.finditer(body):
            named = by_initials.get(use.group())
            if named and not self._catalogued(use.group()):
                out.append(
                    Candidate(use.start(), use.end(), new=[named], method="pattern", confidence=ACRONYM_CONFIDENCE)
                )
        return out

    def _domains(self, body: str) -> list[Candidate]:
        return [
            Candidate(
                m.start(),
                m.end(),
                names=self._catalogued(m.group()),
                new=[] if self._catalogued(m.group()) else [NewEntity("organization", m.group())],
                method="pattern",
                confidence=CONFIDENCE,
            )
            for m in OUTLET_DOMAIN.finditer(body)
        ]

    def _kind(self, text: str) -> str:
        names = self._catalogued(text)
        if names:
            return names[0].kind
        return "" if _UNITS_ETC.search(text) else "organization"  # spelled-out weapons: the catalogue's business

    def _acronym(self, body: str, text: str, kind: str, definition: re.Match[str]) -> list[Candidate]:
        """The acronym where it is defined and everywhere after it, as the named entity."""
        acronym = definition["acronym"]
        names = self._catalogued(text)
        new = [] if names else [NewEntity(kind, text)]
        out = []
        # anywhere in the article: a lede may use the acronym before the paragraph that spells it out
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body):
            start = use.start()
            out.append(
                Candidate(
                    start,
                    start + len(acronym),
                    names=list(names),
                    new=list(new),
                    method="pattern",
                    confidence=ACRONYM_CONFIDENCE,
                    strong=bool(names),  # the text says whose acronym it is: over another body's ("MoD")
                )
            )
        return out

    def _catalogued_whole(self, words: list[str], defined: list[str]) -> list[str]:
        """The `defined` words with the word before them (whose: "Ukrainian"), when the catalogue names them."""
        if not defined or len(defined) >= len(words) or words[-len(defined) :] != defined:
            return []
        start = len(words) - len(defined) - 1
        whole = words[start:]
        return whole if self._catalogued(" ".join(whole)) else []

    def _country_ministry(self, name: list[str]) -> bool:
        """A catalogued country's name before a ministry's ("UAE Foreign Ministry", "Kuwait Ministry of Defence")."""
        if len(name) < 3 or not NAMED_OWNER.match(" ".join(name)):
            return False
        places = {n.entity for n in self.gazetteer.lookup(key_of(name[0])) if n.kind == "place" and not n.context}
        return len(places) == 1 and places.pop() in self.gazetteer.countries

    def _person(self, word: str) -> bool:
        return any(n.kind == "person" for n in self.gazetteer.lookup(key_of(word)))

    def _weapon(self, word: str) -> bool:
        word = word.removesuffix("-type")
        return word[:1].isupper() and any(n.kind == "weapon" for n in self.gazetteer.lookup(key_of(word)))

    def _catalogued(self, text: str) -> list[Name]:
        return [n for n in self.gazetteer.lookup(key_of(text)) if not n.context and not n.surname_only]
