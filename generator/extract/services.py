"""A country's armed service under any phrasing of its owner: "Ukraine's Navy", "Russia's Aerospace Forces",
"the Belarusian Air Force", "the Air Force of Belarus" are the catalogued service the catalogue lists as
"Ukrainian Navy" or "Navy of Ukraine", whichever form it keeps. The possessive country stays a place of its
own and the mention is the service's words, as with ministries (`ministries.py`).

A country's army, navy, marine corps, space force or coast guard the catalogue lacks, named by its demonym
or the United States' short names ("the US Army", "the U.S. Navy", "the Australian Army"), is a new unit
(the guidelines' armed services, as the catalogue's "British Army"); not Russia's or Ukraine's "army", the
generic word for their troops (their services are the Ground Forces), nor a name going on ("US Army
Europe", a command)."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.demonyms import COUNTRY_OF_DEMONYM
from generator.extract.gazetteer import Gazetteer, Name
from generator.extract.text import key_of

# what a service's name ends on: "Navy", "Air Force", "Aerospace Forces", "Black Sea Fleet", "Marine Corps"
# (not inside a longer name: "Ukraine's Joint Forces Group")
_SERVICE = r"(?:[A-Z][a-z]+ ){0,3}(?:Navy|Forces|Force|Guard|Fleet|Corps)\b(?![ -][A-Z0-9])"
# the country's body with a word or two describing it between: "Russia's powerful Security Council",
# "Ukraine's elite Special Operations Forces" (the catalogue's "Russia's Security Council" and the like)
DESCRIBED = re.compile(
    r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?:(?!the\b|a\b|an\b)[a-z][a-z-]+ ){1,2}"
    r"(?P<body>[A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*){0,3})\b(?![ -][A-Z0-9])"
)
SERVICE = re.compile(
    rf"(?=[A-ZÀ-Þ])\b(?:(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s|(?P<demonym>{'|'.join(COUNTRY_OF_DEMONYM)}))"
    rf" (?P<service>{_SERVICE})|\b(?P<service_of>{_SERVICE}) of (?:the )?(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# a country's service by its demonym or the United States' short names: "the US Army", "the Australian Army"
_US = ("US", "U.S.", "United States", "American")
_NO_SERVICE_OWNERS = ("Russian", "Ukrainian")  # their "army" is the generic word, not a service
NEW_SERVICE = re.compile(
    rf"(?<![\w.-])(?P<owner>US|U\.S\.|United States|"
    rf"{'|'.join(d for d in COUNTRY_OF_DEMONYM if d not in _NO_SERVICE_OWNERS)})"
    r" (?P<service>Army|Navy|Marine Corps|Space Force|Coast Guard)\b(?![ -][A-Z0-9])"
)
_DEMONYM_OF = {country: demonym for demonym, country in COUNTRY_OF_DEMONYM.items()}


class Services:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def _country(self, name: str) -> str | None:
        places = {n.entity for n in self.gazetteer.lookup(key_of(name)) if n.kind == "place" and not n.context}
        return self.gazetteer.countries.get(places.pop()) if len(places) == 1 else None

    def _service(self, country: str, service: str) -> list[Name]:
        """The catalogued unit a country's service is named by, in any of the forms the catalogue keeps."""
        demonym = _DEMONYM_OF.get(country, "")
        forms = [f"{service} of {country}", f"{service} of the {country}", f"{country}'s {service}"]
        forms += [f"{demonym} {service}"] if demonym else []
        found = {n.entity: n for form in forms for n in self.gazetteer.lookup(key_of(form))}
        names = [n for n in found.values() if n.kind == "unit" and not n.context]
        return names if len({n.entity for n in names}) == 1 else []

    def _body(self, country: str, words: str) -> list[Name]:
        """The catalogued organization or unit a country's body is named by, in the forms the catalogue keeps."""
        demonym = _DEMONYM_OF.get(country, "")
        forms = [f"{country}'s {words}", f"{words} of {country}", f"{words} of the {country}"]
        forms += [f"{demonym} {words}"] if demonym else []
        found = {n.entity: n for form in forms for n in self.gazetteer.lookup(key_of(form))}
        names = [n for n in found.values() if n.kind in ("organization", "unit") and not n.context]
        return names if len({n.entity for n in names}) == 1 else []

    def new_services(self, body: str) -> list[Candidate]:
        """A country's service the catalogue lacks: "the US Army" (United States Army), "the Australian Army"."""
        found = []
        for match in NEW_SERVICE.finditer(body) if " " in body else ():
            if self.gazetteer.lookup(key_of(match.group())):
                continue  # the catalogue's own ("British Army")
            owner = "United States" if match["owner"] in _US else match["owner"]
            new = [NewEntity("unit", f"{owner} {match['service']}")]
            found.append(Candidate(*match.span(), new=new, method="pattern", confidence=0.8))
        return found

    def candidates(self, body: str) -> list[Candidate]:
        found = self.new_services(body)
        for match in DESCRIBED.finditer(body):
            country = self._country(match["country"])
            names = self._body(country, match["body"]) if country else []
            if names:
                found.append(Candidate(*match.span("body"), names=names, method="pattern", confidence=0.8, strong=True))
        for match in SERVICE.finditer(body):
            written = match["country"] or match["of"] or COUNTRY_OF_DEMONYM.get(match["demonym"] or "", "")
            country = self._country(written) if written else None
            end = match.end()
            if match["country"] and not country and " " in written:  # "Meanwhile Ukraine's Navy"
                country = self._country(written.split()[-1])
            elif match["of"] and not country and " " in written:  # "the Navy of Ukraine Oleksandr ...": "Ukraine"
                country = self._country(written.split()[0])
                end = match.start("of") + len(written.split()[0])
            service = match["service"] or match["service_of"]
            names = self._service(country, service) if country else []
            while country and not names and " " in service:  # "The Navy of Russia": a capital before the service
                service = service.split(" ", 1)[1]
                names = self._service(country, service)
            if not names:
                continue
            # "Ukraine's Navy": the service after the place; "the Belarusian Air Force", "Navy of Ukraine": whole
            start = match.start("service") if match["country"] else match.start()
            if match["service_of"]:
                start = match.start("service_of") + len(match["service_of"]) - len(service)
            found.append(Candidate(start, end, names=names, method="pattern", confidence=0.8))
        return found
