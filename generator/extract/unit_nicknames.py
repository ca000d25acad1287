"""A formation and its name in quotation marks right after it are one unit: "the 414th Brigade “Magyar's
Birds”", 'the 47th Brigade "Magura"'. The catalogue's reading wins: a new formation takes the
catalogued unit its nickname names (when their numbers agree), a new nickname the catalogued formation's; two
new names become one entity. The article's other mentions of the merged new entity follow it."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Resolved
from generator.extract.unit_keys import ORDINAL

# what stands between a formation and its nickname: an opening quotation mark (not a bracket, which ISW uses
# for a formation's parent: "the 9th Motorized Rifle Regiment (18th Motorized Rifle Division)")
_BETWEEN = re.compile(r"\s*[“\"«]")
_CLOSING = re.compile(r"[,.]?[”\"»]")


def with_unit_nicknames(body: str, found: list[Resolved], numbers: dict[str, tuple[str, str]]) -> list[Resolved]:
    units = sorted((r for r in found if r.kind == "unit"), key=lambda r: r.start)
    renamed: dict[str, Resolved] = {}  # new entity → the mention whose entity it takes
    for first, second in zip(units, units[1:], strict=False):
        if (
            first.entity == second.entity
            or not _BETWEEN.fullmatch(body, first.end, second.start)
            or not _CLOSING.match(body, second.end)
            or body[second.start : second.start + 1].isdigit()
        ):
            continue
        if first.new_name and not second.new_name and _numbers_agree(first.new_name, numbers.get(second.entity)):
            renamed.setdefault(first.entity, second)
        elif second.new_name:
            renamed.setdefault(second.entity, first)
    if not renamed:
        return found
    out = []
    for r in found:
        into = renamed.get(r.entity)
        if into and r.new_name:
            r = replace(r, entity=into.entity, new_name=into.new_name)
        out.append(r)
    return out


def _numbers_agree(name: str, numbered: tuple[str, str] | None) -> bool:
    """A new formation's number is the catalogued unit's ("414th ..." and the Birds of Magyar, 414)."""
    number = re.match(rf"{ORDINAL}\b", name)
    if not number:
        return True
    return numbered is not None and numbered[0] == number[0].casefold()
