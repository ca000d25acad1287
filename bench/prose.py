# ruff: noqa: E501  (a template reads best on one line)
"""Sentences of war reporting with many slots: combat, strikes, aid, analysis, civilians, quotes.

A template holds `{slot}`s filled from the article's cast of entities and `[a|b|c]` choices; the
combinations (and the ever-growing names) keep every body different and the vocabulary growing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# fmt: off
NARRATIVE = (
    "[Russian forces|Russian troops|Moscow's forces] [launched|mounted|renewed] [an assault|a mechanized assault|an infantry attack|a wave of attacks] on {place} [on {weekday}|overnight|at dawn|late on {weekday}], [according to|said] the {unit}.",
    "The {unit} [repelled|beat back|halted] {n} [attacks|assaults|attempts to advance] near {place} [over the past day|in the past 24 hours|this week].",
    "[Fighting|Heavy fighting|Street fighting] [continued|raged|intensified] [on the outskirts of|inside|north of|south of|east of|west of] {place}, [where|as] the {unit} [held its positions|dug in|pulled back to a second line].",
    "[Ukrainian|Russian] [military bloggers|officials|commanders] [claimed|reported|acknowledged] [gains|losses|a breakthrough] [near|around|toward] {place} in {oblast}.",
    "A {weapon} [strike|attack] [hit|damaged|destroyed] [a warehouse|a power substation|an apartment block|a school|a railway depot|a fuel depot] in {place} [on {weekday}|overnight|early on {weekday}], [killing|wounding|injuring] {n} people.",
    "[Air defense|Air defence] units [shot down|intercepted|downed] {n} {weapon} [drones|missiles|aircraft] over {oblast} [overnight|on {weekday}], [the air force said|the {unit} said|{org} reported].",
    "The {unit} [received|was issued|began training on] [new|refurbished|additional] {weapon} [systems|vehicles|launchers] [supplied by|procured through|paid for by] {org}.",
    "{org} [announced|approved|pledged] a [new|fresh|{n}-million-euro] [aid package|contract|round of funding] [for|to supply] {weapon} [systems|ammunition|spare parts] [on {weekday}|this month|in {month}].",
    "[Engineers|Sappers|Volunteers] from {org} [cleared|demined|rebuilt] [the road|the bridge|the railway line|fields] between {place} and {place2} [after weeks of shelling|in {month}|before the winter].",
    "[Residents|Civilians|Families] [fled|were evacuated from|returned to] {place} [as shelling intensified|after the front moved|under fire], [local authorities said|{org} said|officials in {oblast} said].",
    "The [front line|line of contact|contact line] [near|around|west of] {place} [has barely moved|shifted by a few kilometers|moved toward {place2}] [since {month}|in recent weeks|over the summer].",
    "[Satellite images|Drone footage|Geolocated video] [showed|appeared to show|confirmed] [destroyed|burned-out|abandoned] {weapon} [vehicles|systems|launchers] [near|outside|on the road to] {place}.",
    "[Analysts|Observers|Military experts] [said|noted|argued] that the [loss|capture|defense] of {place} [would|could|might] [open|cut|threaten] the [road|supply route|approach] to {place2}.",
    "The {unit} and the {unit2} [have been fighting|have rotated|are deployed] [near|around|along the river east of] {place} [since {month}|for months|since the spring].",
    "[Ukraine's|Russia's] [defense ministry|general staff] [said|claimed|reported] its forces [destroyed|captured|struck] {n} {weapon} [systems|vehicles|positions] [in|across] {oblast} [on {weekday}|in a week|over the weekend].",
    "[Power|Water|Heating] [was restored|remained cut|was partly restored] in {place} [after|following] [the strike|the attack|repairs by {org}], [the regional administration said|{org} said|officials said].",
    "[Prosecutors|Investigators] from {org} [opened|launched] [a case|an investigation] into [the shelling|the strike|the attack] on {place}, which [killed|wounded] {n} [people|civilians].",
    "[Drone operators|Reconnaissance teams|Artillery crews] of the {unit} [spotted|struck|tracked] a [column|convoy|group] of {weapon} [vehicles|launchers|systems] [moving toward|near|outside] {place}.",
    "[In|Across] {oblast}, [shelling|drone attacks|glide bomb strikes] [killed|wounded|injured] {n} [civilians|people|residents] [on {weekday}|over the past day|overnight], [according to|said] {person}, {role}.",
    "[The village of|The town of|The settlement of] {place} [lies|sits|stands] [about|roughly|some] {n} kilometers [from|north of|south of] {place2}.",
)
QUOTE_OPENERS = ("We", "Our soldiers", "They", "Our engineers", "The crews", "The people of {place}", "The boys", "Our drone teams")
QUOTE_CLAUSES = (
    "are holding [the road to {place}|every house in {place}|the positions near {place}|the trenches east of {place}]",
    "have pushed back toward [{place}|the river|the old railway line]",
    "[need|are short of|cannot wait for] [more shells|ammunition for the {weapon}|air defense|drones|rest]",
    "keep [losing|rebuilding|mining] [the road to {place}|the bridge over the river|the supply line from {place2}]",
    "[will not give up|will not leave|have not lost] [{place}|the bridge over the river|a single trench]",
)
QUOTE_TAILS = ("", " every single night", " without rest", ", and that is what matters", " until the end of {month}", " whatever it costs", " despite the losses", " since the {unit} arrived")
ROLES = (
    "a spokesperson for the {unit}", "the commander of the {unit}", "a senior analyst at {org}",
    "the head of the {oblast} military administration", "a fellow at {org}", "a soldier of the {unit}",
    "a resident of {place}", "a researcher at {org}", "the mayor of {place}", "an officer of the {unit}",
)
TITLES = (
    "{Unit} Repels Assault Near {Place}", "Russian Forces Push Toward {Place}", "{Weapon} Strike Hits {Place}",
    "{Org} Announces New Aid For {Weapon} Crews", "Fighting Intensifies Around {Place} As {Unit} Holds Line",
    "Evacuations Ordered In {Place} After Shelling", "{Person} Warns Of New Offensive In {Oblast}",
    "Ukraine Counterattacks Near {Place}", "Drone Attack On {Place} Leaves Thousands Without Power",
    "How The {Unit} Held {Place}", "{Place} Under Fire As Russia Presses In {Oblast}",
    "Analysts Weigh The Fall Of {Place}", "{Org} Sends {Weapon} Systems To The Front",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# fmt: on
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


class Writer:
    """Fills templates for one article from its cast; a person is named in full once, then by surname."""

    def __init__(self, rng: random.Random, cast: dict[str, list[str]], fresh: Callable[[str], str]) -> None:
        self.rng = rng
        self.cast = cast
        self._fresh = fresh  # a new draw from the corpus-wide long tail of a kind
        self._named: set[str] = set()
        self._last: dict[str, str] = {}

    def pick(self, kind: str) -> str:
        # now and then an aside about someone or somewhere not in the article's cast
        if kind != "oblast" and self.rng.random() < 0.12:
            self.cast[kind].append(self._fresh(kind))
        return self.rng.choice(self.cast[kind])

    def person(self) -> str:
        name = self.pick("person")
        if name in self._named:
            return name.split()[-1]
        self._named.add(name)
        return name

    def value(self, slot: str) -> str:
        lower = slot.lower()
        if lower in ("place", "unit"):
            self._last[lower] = self.pick(lower)
            return self._last[lower]
        if lower in ("place2", "unit2"):  # another one than the slot before it
            kind = lower[:-1]
            others = [name for name in self.cast[kind] if name != self._last.get(kind)]
            return self.rng.choice(others) if others else self._fresh(kind)
        if lower in ("weapon", "org", "oblast"):
            return self.pick({"org": "organization"}.get(lower, lower))
        if lower == "person":
            return self.person()
        if lower == "role":
            return self.fill(self.rng.choice(ROLES))
        if lower == "n":
            return str(self.rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 31, 40, 65)))
        if lower == "month":
            return self.rng.choice(MONTHS)
        if lower == "weekday":
            return self.rng.choice(WEEKDAYS)
        raise KeyError(f"unknown slot {{{slot}}}")

    def fill(self, template: str) -> str:
        text = _CHOICE.sub(lambda m: self.rng.choice(m[1].split("|")), template)
        text = _SLOT.sub(lambda m: self.value(m[1]), text)
        return re.sub(r"\s+([,.])", r"\1", re.sub(r" {2,}", " ", text)).strip()

    def quote(self) -> str:
        words = [self.rng.choice(part) for part in (QUOTE_OPENERS, QUOTE_CLAUSES, QUOTE_TAILS)]
        said = self.rng.random()
        speaker = self.person()
        text = self.fill(f"{words[0]} {words[1]}{words[2]}")
        if said < 0.4:
            return f"“{text},” {speaker} said."
        if said < 0.7:
            return f"“{text},” said {speaker}, {self.fill(self.rng.choice(ROLES))}."
        return f"{speaker}, {self.fill(self.rng.choice(ROLES))}, told reporters: “{text}.”"

    def sentence(self) -> str:
        return self.quote() if self.rng.random() < 0.22 else self.fill(self.rng.choice(NARRATIVE))

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 4)))

    def title(self) -> str:
        title = _SLOT.sub(lambda m: self.value(m[1]), self.rng.choice(TITLES))
        self._named.clear()  # the body names everyone in full again
        return title
