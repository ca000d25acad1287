"""Organizations named once with no head word, told by what the text says around them: a company, agency or
ministry the catalogue does not know is still "X said in a statement", "a spokesperson for X", "X's chief
executive", "X PJSC", "the state-owned X", "X, the country's largest lender", "the news agency X", an outlet
named as a source ("Source: X" on its own line), a named blog or channel ("the military blog X", "Telegram
channel X", "the X TV-channel": outlets, as the guidelines read them), and an agency's initials in a credit
or after a reporting verb ("(Photo: ANI)", "..., reports BTA", "PAP / Name").

A name the catalogue gives to another kind (a person, a place, a unit), one starting with a given name, or one
the article elsewhere writes after a given name or a title ("Petro Kotin ... Kotin said in a statement") is
a person or a place, not a body."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer, Name
from generator.extract.names import DEMONYMS, is_given_name
from generator.extract.organization_words import LEADING, MONTHS, NOT_ORGANIZATION, OFFICES
from generator.extract.people import TITLE_WORDS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.extract.text import key_of

# a name: capitalised words, "of"/"for"/"and"/"the" between them ("Bank of Georgia"), an all-caps acronym
_WORD = r"[A-Z][\w&.’'-]*[\w&]|[A-Z]"
NAME = rf"(?:{_WORD})(?: (?:(?:of|for|and|the|de) )*(?:{_WORD})){{0,4}}"
# a lower-case word that is no preposition or article ("state-owned oil company X", not "state of X")
_LOWER = r"(?!(?:in|at|of|on|for|by|from|to|with|and|the|a|an)\b)[a-z-]+"
_BODY_NOUN = (
    r"(?:company|enterprise|corporation|concern|agency|broadcaster|television|TV|channel|operator|giant|firm|bank"
    r"|holding|monopoly|media|lender)"
)
_LEGAL = r"PJSC|OJSC|JSC|LLC|Ltd\.?|Inc\.?|GmbH|AG|plc|PLC|Corp\.?|LLP"
# what a body does or has and a person does not: (a cheap test for the cue, the pattern, whether the name
# comes before the cue); a pattern is run only near where its cue is, most articles having none
_Cue = tuple[re.Pattern[str], re.Pattern[str], bool]
# the outlet a line credits, alone on its line: strong, over a person the name's shape suggests ("Le Parisien")
SOURCE_LINE = re.compile(rf"(?m)^[ \t*_]*Sources?:[ \t]*[“\"]?(?P<name>{NAME})[ \t*_.]*$")
CUES: list[_Cue] = [
    (  # "Naftogaz said in a statement", "Rosatom said on Monday in a statement"
        re.compile(r"in a (?:written )?statement"),
        re.compile(
            rf"(?<![\w’'-])(?P<name>{NAME}) said (?:on \w+ |late \w+ |earlier |today )?in a (?:written )?statement"
        ),
        True,
    ),
    (  # "a spokesperson for Ukrenergo", "a spokesman for the Kremlin"
        re.compile(r"spokes(?:person|man|woman) for"),
        re.compile(rf"\bspokes(?:person|man|woman) for (?:the )?(?P<name>{NAME})(?![\w’'-])(?!['’]s)"),
        False,
    ),
    (  # "Lukoil's chief executive", "Rheinmetall's CEO"
        re.compile(r"['’]s (?:chief executive|CEO|board of directors|shareholders|press service|subsidiar)"),
        re.compile(
            rf"(?<![\w’'-])(?P<name>{NAME})['’]s (?:chief executive|CEO|chief executive officer|board of directors"
            r"|shareholders|press service|subsidiary|subsidiaries)\b"
        ),
        True,
    ),
    (  # "Woeroon Electronic Sourcing Ltd."
        re.compile(rf" (?:{_LEGAL})(?![\w-])"),
        re.compile(rf"(?<![\w’'-])(?P<name>{NAME}) (?:{_LEGAL})(?![\w-])"),
        True,
    ),
    (  # "PJSC Tatneft"
        re.compile(r"(?:JSC|LLC) [A-Z]"),
        re.compile(rf"(?<![\w-])(?:PJSC|OJSC|JSC|LLC) (?P<name>{NAME})(?![\w’'-])"),
        False,
    ),
    (  # "the state-owned Energoatom", "state-owned oil company Rosneft", "the state company “Energoatom”"
        re.compile(r"state[- ]"),
        re.compile(
            rf"\bstate(?:[- ](?:owned|run|controlled)(?: {_LOWER}){{0,3}}|(?: {_LOWER}){{0,2}} {_BODY_NOUN})"
            rf" [“\"]?(?P<name>{NAME})(?![\w’'-])"
        ),
        False,
    ),
    (  # a party or faction in quotation marks after its members: 'the MP from "Voice"', 'the "Trust" faction'
        re.compile(r"(?:MPs?|[Dd]eput(?:y|ies)|[Ll]awmakers?|[Ff]action|[Pp]arty) (?:from |of )?(?:the )?[“\"]"),
        re.compile(
            r"\b(?:MPs?|[Dd]eput(?:y|ies)|[Ll]awmakers?|[Ff]action|[Pp]arty) (?:from |of )?(?:the )?"
            rf"[“\"](?P<name>{NAME})[”\"]"
        ),
        False,
    ),
    (  # a press release's distributor line: "Distributed by Public on 11/04/2025", "distributed by Newswire"
        re.compile(r"istributed by "),
        re.compile(rf"\b[Dd]istributed by (?P<name>{NAME})(?![\w’'-])"),
        False,
    ),
    (  # "the news agency Interfax", "Russian state news agency TASS"
        re.compile(r"(?:news|press) agency "),
        re.compile(rf"\b(?:news|press) agency [“\"]?(?P<name>{NAME})(?![\w’'-])"),
        False,
    ),
    (  # a credit line naming the outlet a story comes from: "Source: Le Parisien", "Sources: Meduza"
        re.compile(r"Sources?:"),
        SOURCE_LINE,
        False,
    ),
    (  # a named blog or channel: "the military blog Fighterbomber", "Telegram channel Military Informant"
        re.compile(r"(?:blog|channel) [“\"]?[A-Z]"),
        re.compile(rf"\b(?:blog|channel) [“\"]?(?P<name>{NAME})(?![\w’'-])"),
        False,
    ),
    (  # "the UkrLife TV-channel", "the Rybar Telegram channel"
        re.compile(r" (?:TV|Telegram|YouTube)[- ]channel\b"),
        re.compile(rf"(?<![\w’'-])(?P<name>(?:{_WORD})(?: (?:{_WORD})){{0,2}}) (?:TV|Telegram|YouTube)[- ]channel\b"),
        True,
    ),
    (  # "the Interfax news agency"
        re.compile(r" (?:news|press) agency\b"),
        re.compile(rf"(?<![\w’'-])(?P<name>{NAME}) (?:news|press) agency\b"),
        True,
    ),
    (  # "Ukrzaliznytsia, the country's largest employer", "Sber, Russia's biggest lender"
        re.compile(r", (?:the )?(?:country|nation|world|[A-Z][a-z]+)['’]s "),
        re.compile(
            rf"(?<![\w’'-])(?P<name>{NAME}), (?:the )?(?:country|nation|world|[A-Z][a-z]+)['’]s "
            r"(?:[\w-]+ ){0,3}?(?:company|producer|bank|lender|operator|exporter|firm|carrier|insurer|miner|refiner"
            r"|utility|employer|manufacturer|maker|airline|broadcaster|retailer|supplier|agency|news agency"
            r"|conglomerate)\b"
        ),
        True,
    ),
]
# an outlet a person speaks to, its name with a capitalised "The": "told The War Zone", "confirmed to The Hill"
# (the article is the name's: no person or place is "The X")
TOLD_THE = re.compile(
    r"\b(?:told|confirmed to|said to|spoke to|speaking to|interview with) "
    rf"(?P<name>The (?:{_WORD})(?: (?:{_WORD})){{0,3}})(?![\w’'-])"
)
_WINDOW = 160  # characters before a cue where its name may start (a name is at most five words)
# an agency's initials where a report or picture is credited: "(Photo: ANI)", "..., reports BTA", "according to
# TASS", "PAP / Jane Doe" at a caption's end
_INITIALS = r"[A-Z]{2,6}"
CREDITED_INITIALS = [
    re.compile(rf"\((?:Photo|Picture|Image|Video|Source)s?(?: credit)?\s*:\s*(?P<name>{_INITIALS})\)"),
    re.compile(rf"\b(?:reports|reported|according to|citing|cited by) (?P<name>{_INITIALS})(?![\w’'-])"),
    re.compile(
        rf"(?<![\w/-])(?P<name>{_INITIALS}) ?/ ?[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*$",
        re.MULTILINE,
    ),
]
# fast tests of the credits' cues, most articles having none
_INITIALS_GATES = (
    lambda body: ":" in body,
    lambda body: any(word in body for word in ("report", "according to", "citing", "cited by")),
    lambda body: "/" in body,
)
_POSSESSIVE = re.compile(r"['’]s?$")
# a facility's last word: a named facility is a place by the annotation conventions
FACILITIES = frozenset(
    {"Plant", "Factory", "Refinery", "Station", "Airport", "Port", "Base", "Terminal", "Depot", "Works", "Field"}
)
NOT_NAMES = frozenset({"All", "This", "That", "These", "Those", "It", "They", "We", "He", "She", "Its", "Their"})
# a formation named by its forces and its grouping: "Joint Forces Group", "Southern Defence Forces Command"
_FORCE_WORDS = frozenset({"Forces", "Force", "Troops", "Army"})
_GROUPING_ENDS = frozenset({"Group", "Grouping", "Command", "Forces", "Troops"})
_TITLED = re.compile(r"(?<![\w-])(?P<before>[A-Z][a-z]+\.?) (?P<name>[A-Z][\w’'-]+)(?![\w-])")
# a French, Spanish, Italian or German article starting an outlet's name ("Le Parisien", "El País", "Die Zeit"),
# though "Le" is also a given name
_FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Die", "Der", "Das"})
CONFIDENCE = 0.7


class OrganizationCues:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(self, body: str) -> list[Candidate]:
        matches: list[tuple[re.Match[str], bool]] = []
        for gate, pattern, before in CUES:
            windows: list[list[int]] = []
            for cue in gate.finditer(body):
                start = max(0, cue.start() - (_WINDOW if before else 2))
                end = min(len(body), cue.end() + (20 if before else _WINDOW))
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = end  # overlapping windows are searched as one
                else:
                    windows.append([start, end])
            for start, end in windows:
                matches += [(m, False) for m in pattern.finditer(body, start, end)]
        for pattern, present in zip(CREDITED_INITIALS, _INITIALS_GATES, strict=True):
            if present(body):
                matches += [(m, True) for m in pattern.finditer(body)]
        found = self._told_the(body) if " The " in body else []
        if not matches:
            return found
        personal = self._personal(body)
        for match, initials in matches:
            if candidate := self._candidate(match, personal, initials=initials):
                found.append(candidate)
        return found

    def _told_the(self, body: str) -> list[Candidate]:
        """An outlet the catalogue lacks, named with its "The" ("told The War Zone"); a catalogued one is read by the
        catalogue (the synthetic corpus and most real gold leave "The" out of "told The Associated Press")."""
        found = []
        for match in TOLD_THE.finditer(body):
            name = match["name"]
            if any(not n.surname_only for n in self.gazetteer.lookup(key_of(name.removeprefix("The ")))):
                continue  # "told The Hague": a place; "told The Associated Press": the catalogue's
            new = [NewEntity("organization", name)]
            found.append(Candidate(*match.span("name"), new=new, method="pattern", confidence=CONFIDENCE, strong=True))
        return found

    def _formation(self, start: int, name: str, words: list[str], known: list[Name]) -> Candidate | None:
        """A force's spokesman speaks for a unit: "a spokesman for Ukraine's Joint Forces Group" (a new unit when
        a force's word and a grouping's end the name; the catalogue's units are read by the catalogue)."""
        if known or words[-1] not in _GROUPING_ENDS or not any(w in _FORCE_WORDS for w in words):
            return None
        new = [NewEntity("unit", name)]
        return Candidate(start, start + len(name), new=new, method="pattern", confidence=CONFIDENCE)

    def _personal(self, body: str) -> set[str]:
        """Words the article writes after a given name or a title: surnames, whatever else they do."""
        return {
            m["name"]
            for m in _TITLED.finditer(body)
            if is_given_name(m["before"]) or m["before"].rstrip(".") in TITLE_WORDS
        }

    def _candidate(self, match: re.Match[str], personal: set[str], *, initials: bool = False) -> Candidate | None:
        words = match["name"].split(" ")
        start = match.start("name")
        while words and (
            words[0] in LEADING
            or words[0] in MONTHS
            or words[0] in SENTENCE_WORDS
            or words[0] in DEMONYMS
            or words[0] in TITLE_WORDS
            or words[0] in OFFICES
            or words[0] in ("of", "for", "and", "the", "de")
            or _POSSESSIVE.search(words[0])
        ):
            start += len(words[0]) + 1
            words = words[1:]
        while words and words[-1] in ("of", "for", "and", "the", "de"):
            words = words[:-1]
        foreign_article = len(words) > 1 and words[0] in _FOREIGN_ARTICLES  # "Le Parisien", not a given name "Le"
        if not words or (not foreign_article and (is_given_name(words[0]) or any(w in personal for w in words))):
            return None
        if words[-1] in FACILITIES or (len(words) == 1 and words[0] in NOT_NAMES):
            return None  # a named plant or port is a place; "All", "This": no name
        name = " ".join(words)
        known = self.gazetteer.lookup(key_of(name))
        if any(w in NOT_ORGANIZATION for w in words):
            return self._formation(start, name, words, known)
        if any(n.kind != "organization" for n in known):
            return None  # a person, a place, a unit, a weapon
        names = [replace(n, context=()) for n in known if n.kind == "organization" and not n.surname_only]
        if not names and len(words) == 1 and not initials and words[0].isupper() and len(words[0]) < 2:
            return None
        new = [] if names else [NewEntity("organization", name)]
        return Candidate(
            start,
            start + len(name),
            names=names,
            new=new,
            method="pattern",
            confidence=CONFIDENCE,
            strong=bool(names) or match.re is SOURCE_LINE,
        )
