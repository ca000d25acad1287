"""A generational suffix after a person's name is part of the mention: "Lloyd J. Austin III",
"John Smith Jr.". The entity stays the one the name resolved to; only the span grows."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Resolved

# right after the name, one space, then the suffix as a whole word ("III", not "IIIrd"); no comma form
_SUFFIX = re.compile(r" (?:Jr\.|Sr\.|II|III|IV)(?![\w-])")


def with_suffixes(body: str, found: list[Resolved]) -> list[Resolved]:
    """Person mentions extended over a generational suffix that no other mention covers."""
    starts = sorted(r.start for r in found)
    out = []
    for r in found:
        match = _SUFFIX.match(body, r.end) if r.kind == "person" else None
        if match and not any(r.end <= start < match.end() for start in starts):
            r = replace(r, end=match.end())
        out.append(r)
    return out
