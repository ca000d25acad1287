"""Curation that survives rebuilds (catalogue/overrides.yml): merge, split, rename, retype, ban.

    merge:   [{into: person/volodymyr-zelenskyy, ids: [person/zelenskyy-breaks-silence]}]
    split:   [{id: person/john-smith, into: [{id: person/john-smith-journalist,
                                              name: John Smith (journalist), aliases: [J. Smith]}]}]
    rename:  [{id: unit/12th-azov-brigade, name: 12th Special Purpose Brigade Azov}]
    retype:  [{id: place/storm-z, kind: unit}]
    ban:     [Breaks Silence, Oval Office]

Applied to every build's mentions; every problem names the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.catalogue import Entry, parse_entry
from generator.extract.text import fold
from generator.model import KINDS, Entity, Mention
from generator.safefile import read_limited
from generator.yamlio import UntrustedYamlError, load_untrusted

_ID = re.compile(r"^(person|place|unit|weapon|organization)/[a-z0-9]+(?:-[a-z0-9]+)*$")
FILE = "overrides.yml"
MAX_OVERRIDES_BYTES = 1024 * 1024


@dataclass
class Overrides:
    redirects: dict[str, str] = field(default_factory=dict)  # merged or retyped id → new id
    renames: dict[str, str] = field(default_factory=dict)
    splits: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    bans: frozenset[str] = frozenset()
    entries: dict[str, Entry] = field(default_factory=dict)  # entities the overrides create

    def apply(self, mentions: Iterable[Mention]) -> list[Mention]:
        out = []
        for mention in mentions:  # 1.7 million at 10,000 articles: a name is folded only when it can matter
            if self.bans and fold(mention.text) in self.bans:
                continue
            target = self.redirects.get(mention.entity, mention.entity)
            for new_id, surfaces in self.splits.get(target, ()):
                if fold(mention.text) in surfaces:
                    target = new_id
                    break
            if target != mention.entity:
                mention = replace(mention, entity=target, kind=target.split("/", 1)[0])  # type: ignore[arg-type]
            out.append(mention)
        return out

    def rename_entity(self, entity: Entity) -> Entity:
        name = self.renames.get(entity.id)
        if not name or name == entity.name:
            return entity
        return replace(entity, name=name, aliases=tuple(sorted({*entity.aliases, entity.name} - {name})))


def _ids(value: Any) -> list[str]:
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


def load_overrides(folder: Path, problems: list[str]) -> Overrides:
    path = folder / FILE
    overrides = Overrides()
    if not path.exists():
        return overrides
    raw = _load_mapping(path, problems)
    bans = set()
    for index, item in enumerate(_list(raw, "ban", problems), start=1):
        if isinstance(item, str) and item.strip():
            bans.add(fold(item.strip()))
        else:
            problems.append(f"{FILE}: ban entry {index}: must be a string")
    overrides.bans = frozenset(bans)
    for index, item in enumerate(_list(raw, "merge", problems), start=1):
        target = item.get("into") if isinstance(item, dict) else None
        sources = _ids(item.get("ids")) if isinstance(item, dict) else []
        if not (isinstance(target, str) and _ID.match(target)) or not sources:
            problems.append(f"{FILE}: merge entry {index}: needs `into: <kind>/<slug>` and `ids: [...]`")
            continue
        overrides.redirects.update({source: target for source in sources})
    for index, item in enumerate(_list(raw, "retype", problems), start=1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and _ID.match(item["id"])
            and item.get("kind") in KINDS
        ):
            problems.append(
                f"{FILE}: retype entry {index}: needs `id: <kind>/<slug>` and `kind:` one of {', '.join(KINDS)}"
            )
            continue
        overrides.redirects[item["id"]] = f"{item['kind']}/{item['id'].split('/', 1)[1]}"
    for index, item in enumerate(_list(raw, "rename", problems), start=1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("id"), str)
            and isinstance(item.get("name"), str)
            and item["name"].strip()
        ):
            problems.append(f"{FILE}: rename entry {index}: needs `id` and `name`")
            continue
        overrides.renames[item["id"]] = item["name"]
    for index, item in enumerate(_list(raw, "split", problems), start=1):
        _load_split(overrides, item, f"{FILE}: split entry {index}", problems)
    return overrides


def _list(raw: dict[str, Any], key: str, problems: list[str]) -> list[Any]:
    value = raw.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(f"{FILE}: `{key}` must be a list of entries; it was ignored: fix it or remove it")
        return []
    return value


def _load_split(overrides: Overrides, item: Any, where: str, problems: list[str]) -> None:
    if not (isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("into"), list)):
        problems.append(f"{where}: needs `id` and `into: [{{id, name, aliases}}]`")
        return
    for part in item["into"]:
        new_id = part.get("id", "") if isinstance(part, dict) else ""
        if not _ID.match(str(new_id)):
            problems.append(f"{where}: each part needs an `id` of the form <kind>/<slug>")
            continue
        kind, slug = new_id.split("/", 1)
        entry = parse_entry({**part, "id": slug}, kind=kind, where=where, problems=problems)  # type: ignore[arg-type]
        if entry is None:
            continue
        overrides.entries[new_id] = entry
        surfaces = frozenset(fold(s) for s in (entry.name, *entry.aliases))
        overrides.splits.setdefault(item["id"], []).append((new_id, surfaces))


def _load_mapping(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        data = load_untrusted(read_limited(path, MAX_OVERRIDES_BYTES))
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{FILE}: cannot be read ({err}); no overrides were applied")
        return {}
    except UntrustedYamlError as err:
        problems.append(f"{FILE}: {err}; no overrides were applied")
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(f"{FILE}: must be a mapping with the keys merge, split, rename, retype, ban")
        return {}
    for key in sorted({str(k) for k in data} - {"merge", "split", "rename", "retype", "ban"}):
        problems.append(f"{FILE}: unknown key `{key}` was ignored")
    return data
