"""Entities of the whole corpus: each entity id its mentions resolved to becomes one Entity,
named from the catalogue or overrides when curated, else from the names the text gave it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from generator.catalogue import Catalogue, Entry, capital_of
from generator.model import Credit, Entity, Mention
from generator.overrides import Overrides


def capital_label(name: str) -> str:
    return "Administrative centre" if name.endswith(("Raion", "District")) else "Capital"


def entity_from_entry(entry: Entry, catalogue: Catalogue) -> Entity:
    facts = list(entry.facts)
    if entry.oblast and entry.oblast in catalogue.entries:
        facts.insert(0, ("Oblast", catalogue.entries[entry.oblast].name))
    if entry.capital:
        facts.insert(0, (capital_label(entry.name), catalogue.entries[entry.capital].name))
    return Entity(
        id=entry.id,
        kind=entry.kind,
        name=entry.name,
        aliases=tuple(sorted(set(entry.aliases) | {a for a, _ in entry.ambiguous})),
        facts=tuple(facts),
        description=entry.description,
        coordinates=entry.coordinates,
        parent=entry.parent or entry.oblast,
        wikidata=entry.wikidata,
        catalogued=True,
        capital=entry.capital,
    )


def build_entities(
    mentions: Iterable[Mention],
    new_names: Iterable[tuple[str, str]],
    catalogue: Catalogue,
    overrides: Overrides,
    credits: Iterable[Credit] = (),
) -> tuple[Entity, ...]:
    used = {m.entity for m in mentions} | {c.entity for c in credits}
    proposed: dict[str, Counter[str]] = defaultdict(Counter)
    for entity_id, name in new_names:
        proposed[overrides.redirects.get(entity_id, entity_id)][name] += 1
    surfaces: dict[str, set[str]] = defaultdict(set)
    confidence: dict[str, float] = {}
    for mention in mentions:
        confidence[mention.entity] = max(confidence.get(mention.entity, 0.0), mention.confidence)
        if mention.method != "fuzzy":  # a misspelling is not an alias
            surfaces[mention.entity].add(mention.text)
    entities = []
    for entity_id in sorted(used):
        entry = catalogue.entries.get(entity_id) or overrides.entries.get(entity_id)
        if entry is not None:
            entity = entity_from_entry(entry, catalogue)
        else:
            kind, _, _ = entity_id.partition("/")
            names = proposed.get(entity_id) or Counter(surfaces[entity_id])
            name = sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0]
            capital = capital_of(None, name, catalogue) if kind == "place" else ""
            entity = Entity(
                id=entity_id,
                kind=kind,  # type: ignore[arg-type]
                name=name,
                catalogued=False,
                facts=((capital_label(name), catalogue.entries[capital].name),) if capital else (),
                capital=capital,
                parent=catalogue.entries[capital].oblast if capital else "",
                confidence=confidence.get(entity_id, 1.0),
            )
        entity = overrides.rename_entity(entity)
        others = sorted(surfaces[entity_id] - {entity.name} - set(entity.aliases))
        entities.append(replace(entity, aliases=tuple(sorted(set(entity.aliases) | set(others)))))
    return tuple(sorted(entities, key=lambda e: (e.kind, e.name.casefold(), e.id)))
