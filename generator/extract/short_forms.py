"""Short forms of a catalogued organization the article names: "the Anti-Corruption Bureau" in an
article that names the National Anti-Corruption Bureau of Ukraine is that bureau, not a new body."""

from __future__ import annotations

from dataclasses import replace

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.text import key_of


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` (two words or more) is `full` with words left out, in order, the head noun kept."""
    if len(short) < 2 or len(short) >= len(full) or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def organization_forms(catalogue: Catalogue) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The match keys of every catalogued organization's names of three words or more."""
    out = {}
    for entry in catalogue.entries.values():
        if entry.kind == "organization":
            keys = {key_of(form) for form in (entry.name, *entry.aliases)}
            out[entry.id] = tuple(sorted(k for k in keys if len(k) >= 3))
    return out


def with_short_forms(found: list[Resolved], forms: dict[str, tuple[tuple[str, ...], ...]]) -> list[Resolved]:
    """New organizations that shorten exactly one catalogued organization named in the same article."""
    named = sorted({r.entity for r in found if r.kind == "organization" and not r.new_name})
    if not named:
        return found
    out = []
    for r in found:
        if r.kind == "organization" and r.new_name:
            short = key_of(r.new_name)
            owners = [e for e in named if any(_shortens(short, full) for full in forms.get(e, ()))]
            if len(owners) == 1:
                r = replace(r, entity=owners[0], method="coreference", confidence=0.8, new_name="")
        out.append(r)
    return out
