"""Numbers packed into JS-string-safe characters: 5 bits per character, self-delimiting.

Each number is written most significant group first; every group but the last is a character
from CONTINUE, the last one from FINAL. Unlike JSON arrays of numbers there are no separators,
and small numbers (most deltas, most codes) take one character.
"""

from __future__ import annotations

from collections.abc import Iterable

FINAL = "0123456789abcdefghijklmnopqrstuv"
CONTINUE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_VALUE = {c: i for i, c in enumerate(FINAL)} | {c: i for i, c in enumerate(CONTINUE)}


def _encode_one(number: int) -> str:
    return _slow_encode((number,))


def encode(numbers: Iterable[int]) -> str:
    """The packed text of `numbers` (non-negative): most take one or two characters."""
    values = list(numbers)
    if values and (min(values) < 0 or max(values) >= len(_TABLE)):  # rare: number by number
        return _slow_encode(values)
    table = _TABLE
    return "".join([table[n] for n in values])  # a lookup each: most numbers in an index are small


def _slow_encode(numbers: Iterable[int]) -> str:
    out: list[str] = []
    for number in numbers:
        if number < 0:
            raise ValueError(f"cannot pack a negative number: {number}")
        groups = [FINAL[number & 31]]
        number >>= 5
        while number:
            groups.append(CONTINUE[number & 31])
            number >>= 5
        out.extend(reversed(groups))
    return "".join(out)


_TABLE = [_encode_one(n) for n in range(1 << 15)]  # every number of up to three characters


def decode(text: str) -> list[int]:
    numbers: list[int] = []
    value = 0
    for char in text:
        value = (value << 5) | _VALUE[char]
        if char in FINAL:
            numbers.append(value)
            value = 0
    if value:
        raise ValueError("packed numbers end in the middle of a number")
    return numbers
