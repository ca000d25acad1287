"""One name for a country's ministry however the text phrases it.

"the Lithuanian Defence Ministry", "the Ministry of Defence of Lithuania", "Lithuania's Defense Ministry"
and "the Lithuanian Ministry of Defense" are one body: each is named "Ministry of Defence of Lithuania"
(so a catalogued ministry listed under that form is found too). The owner is read from a demonym, a
country before the name or a possessive before it ("Lithuania's": the country stays a place mention of
its own), the portfolio from the words before "Ministry" or after "Ministry of"; spelling variants of a
portfolio are one ("Defense"/"Defence", "Foreign"/"Foreign Affairs", "Interior"/"Internal Affairs").
"""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.demonyms import COUNTRY_OF_DEMONYM
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of

_PORTFOLIOS = {
    "defense": "Defence",
    "defence": "Defence",
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
    "interior": "Internal Affairs",
    "the interior": "Internal Affairs",
    "internal affairs": "Internal Affairs",
    "national defense": "Defence",  # "the Ukrainian Ministry of National Defense": the defence ministry
    "national defence": "Defence",
    "emergencies": "Emergency Situations",  # "the Russian Emergencies Ministry"
    "emergency situations": "Emergency Situations",
}
_SAME_PORTFOLIOS = ("Justice", "Finance", "Economy", "Energy", "Health")  # one name each
# every portfolio's words, longest first, as a bare form spells them ("the Emergencies Ministry")
PORTFOLIO_WORDS = "|".join(
    sorted({k.title() for k in _PORTFOLIOS if not k.startswith("the ")} | set(_SAME_PORTFOLIOS), key=len, reverse=True)
)
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+"  # "Türkiye's"
_PORTFOLIO = rf"(?:the )?{_WORD}(?: (?:and )?{_WORD})?"
_OWNER = (
    rf"(?:(?P<demonym>{'|'.join(COUNTRY_OF_DEMONYM)})|(?P<country>{_WORD}(?: {_WORD})?)(?:['’]s|(?<=s)['’](?= ))"
    r"|(?P<initials>UK|US|U\.S\.|U\.K\.))"
)
MINISTRY = re.compile(
    rf"(?=[A-ZÀ-Þ])\b{_OWNER} (?:(?P<before>{_WORD}(?: {_WORD})?) Ministry|Ministry of (?P<after>{_PORTFOLIO}))\b"
    rf"|\bMinistry of (?P<portfolio>{_PORTFOLIO}) of (?:the )?(?:Republic of )?(?P<of>{_WORD}(?: {_WORD})?)\b"
)
# the same in lower case after its owner, as wire copy writes it: "the UK defense ministry", "the Turkish defense
# ministery" (misspelt): the owner a place of its own, the mention the ministry's words
LOWER_MINISTRY = re.compile(
    rf"(?=[A-ZÀ-Þ])\b{_OWNER} (?P<lower>"
    r"(?:defen[cs]e|foreign|interior|emergencies|justice|finance|economy|energy|health) ministe?ry)\b"
)
# "the Ministry of Defense in Moscow": a ministry placed in its country's capital is that country's
CAPITALS = {
    **{"Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "London": "United Kingdom", "Minsk": "Belarus"},
    **{"Washington": "United States", "Paris": "France", "Berlin": "Germany", "Warsaw": "Poland", "Ankara": "Turkey"},
    **{"Beijing": "China", "Tehran": "Iran", "Pyongyang": "North Korea", "Budapest": "Hungary", "Rome": "Italy"},
}
IN_CAPITAL = re.compile(
    rf"\b(?:Ministry of (?P<after>{_PORTFOLIO})|(?P<before>{_WORD}) Ministry) in (?P<capital>{'|'.join(CAPITALS)})\b"
)
_INITIALS = {"UK": "United Kingdom", "U.K.": "United Kingdom", "US": "United States", "U.S.": "United States"}
# a country's name or initials right before the ministry ("the UAE Foreign Ministry", "the Kuwait Ministry of
# Foreign Affairs"): the country is a place mention of its own and the ministry starts after it, as after
# a possessive; the lookahead finds a match at every word, so "On Monday UAE Foreign Ministry" is read too
NAMED_OWNER = re.compile(
    rf"(?<![\w.’'-])(?=(?P<named>[A-Z][a-z]+|[A-Z]{{2,4}}) (?:(?P<before>{_WORD}(?: {_WORD})?) Ministry"
    rf"|Ministry of (?P<after>{_PORTFOLIO}))\b)"
)
_NOT_PORTFOLIO = frozenset({"The", "A", "Its", "Their", "Our", "New", "Former", "Top", "Own"})


def portfolio(words: str) -> str:
    """'Defense' → 'Defence', 'Foreign' → 'Foreign Affairs', 'the Interior' → 'Internal Affairs'."""
    return _PORTFOLIOS.get(words.casefold(), words)


_WITH_THE = frozenset({"United Kingdom", "United States", "Netherlands", "Czech Republic", "United Arab Emirates"})


def ministry_name(owner: str, words: str) -> str:
    """'Lithuania', 'Defense' → 'Ministry of Defence of Lithuania'."""
    return f"Ministry of {portfolio(words)} of {'the ' if owner in _WITH_THE else ''}{owner}"


# the British defence ministry's daily intelligence update, as the press cites it: "an update from the MoD",
# "the MoD's latest intelligence update" (a bare "MoD" is otherwise read by its paragraph's context)
UK_MOD_UPDATE = re.compile(
    r"\b(?:update|updates|assessment|bulletin) (?:from|by|of) the (?P<mod>MoD)\b"
    r"|\b[Tt]he (?P<owner>MoD)['’]s (?:latest |daily |regular )?(?:(?:defence )?intelligence )?(?:update|assessment)"
)


class Ministries:
    """Candidates for countries' ministries under their one name; the owner must be a catalogued country."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def _country(self, name: str) -> str | None:
        """The catalogue's name of the one country `name` names ("Russian Federation" → "Russia")."""
        places = {n.entity for n in self.gazetteer.lookup(key_of(name)) if n.kind == "place" and not n.context}
        return self.gazetteer.countries.get(places.pop()) if len(places) == 1 else None

    def candidates(self, body: str) -> list[Candidate]:
        found = []
        for match in MINISTRY.finditer(body):
            words = match["before"] or match["after"] or match["portfolio"]
            if words.split()[0] in _NOT_PORTFOLIO or "Ministry" in words:
                continue
            written = COUNTRY_OF_DEMONYM.get(match["demonym"] or "") or _INITIALS.get(match["initials"] or "")
            owner = self._country(written or match["country"] or match["of"] or "")
            if not owner and not written and " " in (match["country"] or ""):
                owner = self._country(match["country"].split()[-1])  # "Meanwhile Kenya's Defence Ministry"
            if not owner:
                continue
            # a possessive country is its own place mention: the ministry starts after it
            start = body.index(" ", match.end("country")) + 1 if match["country"] else match.start()
            if any(not n.context for n in self.gazetteer.lookup(key_of(body[start : match.end()]))):
                continue  # the catalogue names it as written
            new = [NewEntity("organization", ministry_name(owner, words))]
            # over an ambiguous alias on the same words ("Defence Ministry": Russia's, by context)
            found.append(Candidate(start, match.end(), new=new, method="pattern", confidence=0.8, strong=True))
        for match in LOWER_MINISTRY.finditer(body) if " ministry" in body or " ministery" in body else ():
            written = COUNTRY_OF_DEMONYM.get(match["demonym"] or "") or _INITIALS.get(match["initials"] or "")
            owner = self._country(written or match["country"] or "")
            if not owner or any(c.start <= match.start("lower") < c.end for c in found):
                continue
            new = [NewEntity("organization", ministry_name(owner, match["lower"].split()[0]))]
            found.append(Candidate(*match.span("lower"), new=new, method="pattern", confidence=0.8, strong=True))
        for match in NAMED_OWNER.finditer(body):
            words = match["before"] or match["after"]
            start = match.end("named") + 1
            if any(c.start <= start < c.end for c in found) or match["named"] in _INITIALS:
                continue  # "UK Ministry of Defence": the catalogue's one name; "UK Defence Ministry" above
            owner = self._country(match["named"])
            if not owner or words.split()[0] in _NOT_PORTFOLIO or "Ministry" in words:
                continue
            end = match.end("after") if match["after"] else match.end("before") + len(" Ministry")
            new = [NewEntity("organization", ministry_name(owner, words))]
            found.append(Candidate(start, end, new=new, method="pattern", confidence=0.8, strong=True))
        for match in IN_CAPITAL.finditer(body):
            words = match["before"] or match["after"]
            owner = self._country(CAPITALS[match["capital"]])
            if words.split()[0] in _NOT_PORTFOLIO or not owner or any(c.start <= match.start() < c.end for c in found):
                continue
            end = match.end("after") if match["after"] else match.end("before") + len(" Ministry")
            new = [NewEntity("organization", ministry_name(owner, words))]
            found.append(Candidate(match.start(), end, new=new, method="pattern", confidence=0.8, strong=True))
        uk = [n for n in self.gazetteer.lookup(key_of("UK MoD")) if n.kind == "organization"]
        for match in UK_MOD_UPDATE.finditer(body) if uk else ():
            span = match.span("mod") if match["mod"] else match.span("owner")
            found.append(Candidate(*span, names=uk, method="pattern", confidence=0.8, strong=True))
        return found
