"""Bytes to text: BOMs, UTF-16, legacy Cyrillic code pages, and line ends."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes


class UndecodableSeed(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid UTF-8 byte sequences, each replaced with U+FFFD


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings worth guessing for war reporting: Cyrillic code pages first.
_CANDIDATES = ("cp1251", "koi8_u", "koi8_r", "cp1252", "latin_1")


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > len(sample) // 20


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: every other byte is the high byte of a code point (0x00 for
    Latin text, 0x04 for Cyrillic), so NULs abound in one half; the decoding must be plain text."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    candidates = [("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])]
    for encoding, high in candidates:
        dominant = max(set(high), key=high.count)
        # Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic live at U+0000-U+06FF: high byte 0-6
        if dominant > 6 or high.count(dominant) * 10 < len(high) * 6:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text[:2048] if ch.isprintable() or ch in "\n\r\t")
        if printable * 100 >= min(len(text), 2048) * 98:
            return text
    return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a bad copy, a cut character) stays UTF-8: no mojibake."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 127) - text.count("\ufffd")
    if replaced > 0 and replaced * 4 <= valid:
        return Decoded(normalise_newlines(text), "utf-8", replaced)
    return None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_seed(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise_newlines(data.decode(encoding)), encoding)
            except UnicodeDecodeError as err:
                raise UndecodableSeed(f"starts with a {encoding} byte-order mark but is not {encoding}") from err
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(normalise_newlines(utf16), "utf-16")
    if _looks_binary(data):
        raise UndecodableSeed("binary data, not text")
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    best = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
    if best is None:
        raise UndecodableSeed("neither UTF-8 nor a known legacy encoding")
    return Decoded(normalise_newlines(str(best)), best.encoding)
