"""Text from strangers, made safe to carry: one definition of the characters no output may hold.

Seeds, the catalogue and the overrides file are written by people we do not know. Two rules:
- `clean_text` removes, at every input boundary, the code points that no page, YAML front
  matter, JSON or XML can carry as literal text (control characters other than tab and newline,
  C1 controls, surrogates, Unicode noncharacters). What is left round-trips literally everywhere.
- `terminal` makes a value printable on whoever's terminal runs the build: escape sequences,
  carriage returns, bells and bidirectional overrides are shown as `\\x1b`, `\\r`, `\\u202e`.
"""

from __future__ import annotations

from typing import Any

_C0 = [c for c in range(0x20) if c not in (0x09, 0x0A)]
_UNCARRIABLE = [*_C0, 0x7F, *range(0x80, 0xA0), *range(0xD800, 0xE000), *range(0xFDD0, 0xFDF0)]
_UNCARRIABLE += [plane + low for plane in range(0, 0x110000, 0x10000) for low in (0xFFFE, 0xFFFF)]
_CLEAN = dict.fromkeys(_UNCARRIABLE)

# Terminal: every control character (tab and newline included: a report line stays one line),
# and the invisible formatting characters that reorder or hide what follows them.
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TERMINAL = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0), *_BIDI]}
_TERMINAL.update({c: f"\\u{c:04x}" for c in range(0xD800, 0xE000)})


def clean_text(text: str) -> str:
    """`text` without the code points that no output format can carry literally."""
    return text.translate(_CLEAN)


def clean_data(value: Any) -> Any:
    """Every string in a YAML or JSON value (keys included) passed through `clean_text`."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_data(v) for v in value]
    return value


def terminal(text: object) -> str:
    """A value as it may be printed on a terminal: no control or reordering character is live."""
    return str(text).translate(_TERMINAL)
