"""Bytes to text: byte-order marks, UTF-16, legacy Cyrillic code pages, line ends."""

from __future__ import annotations

import codecs

import pytest

from generator.ingest.decode import UndecodableSeed, decode_seed, normalise_newlines

ENGLISH = "Ukraine’s forces advanced — “quickly” — near Kharkiv.\nSecond paragraph about Kupiansk.\n"
UKRAINIAN = (
    "Київ, 3 березня. Збройні сили України звільнили Торецьк. Генеральний штаб повідомив про втрати ворога. "
    "Російські війська відступають з позицій біля Покровська.\n"
    "Другий абзац: Зеленський подякував захисникам Харкова та Ізюму.\n"
)
RUSSIAN = (
    "Москва заявила, что войска отошли от Харькова. Министерство обороны России сообщило о перегруппировке "
    "сил. Украинская армия продвигается на восток.\n"
)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(ENGLISH.encode("utf-8"), ENGLISH, id="utf-8"),
        pytest.param(UKRAINIAN.encode("utf-8"), UKRAINIAN, id="utf-8-cyrillic"),
        pytest.param(codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF8 + UKRAINIAN.encode("utf-8"), UKRAINIAN, id="utf-8-bom-cyrillic"),
        pytest.param(ENGLISH.encode("utf-16"), ENGLISH, id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), ENGLISH, id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF16_LE + UKRAINIAN.encode("utf-16-le"), UKRAINIAN, id="utf-16-le-bom-cyrillic"),
        pytest.param(ENGLISH.encode("utf-16-le"), ENGLISH, id="utf-16-le-no-bom"),
        pytest.param(ENGLISH.encode("utf-16-be"), ENGLISH, id="utf-16-be-no-bom"),
        pytest.param(UKRAINIAN.encode("cp1251"), UKRAINIAN, id="windows-1251-ukrainian"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, id="windows-1251-russian"),
        pytest.param(UKRAINIAN.encode("koi8_u"), UKRAINIAN, id="koi8-u-ukrainian"),
        pytest.param(RUSSIAN.encode("koi8_u"), RUSSIAN, id="koi8-u-russian"),
        pytest.param(RUSSIAN.encode("koi8_r"), RUSSIAN, id="koi8-r-russian"),
        pytest.param(
            "Café déjà vu — a naïve résumé of the “front”.\n".encode("cp1252"),
            "Café déjà vu — a naïve résumé of the “front”.\n",
            id="windows-1252",
        ),
    ],
)
def test_text_decoded_in_any_accepted_encoding(data: bytes, text: str) -> None:
    assert decode_seed(data).text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_cyrillic_utf16_without_bom_decoded(encoding: str) -> None:
    assert decode_seed(UKRAINIAN.encode(encoding)).text == UKRAINIAN


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENGLISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
        (ENGLISH.encode("utf-16"), "utf-16"),
        (UKRAINIAN.encode("cp1251"), "cp1251"),
        (UKRAINIAN.encode("koi8_u"), "koi8_u"),
    ],
)
def test_encoding_reported(data: bytes, encoding: str) -> None:
    assert decode_seed(data).encoding == encoding


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"one\r\ntwo\r\n\r\nthree\r\n", "one\ntwo\n\nthree\n"),
        (b"one\rtwo\r\rthree\r", "one\ntwo\n\nthree\n"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        ("один\r\nдва\r".encode("cp1251"), "один\nдва\n"),
        ("one\r\ntwo\r\n".encode("utf-16"), "one\ntwo\n"),
    ],
    ids=["crlf", "lone-cr", "mixed", "crlf-cp1251", "crlf-utf-16"],
)
def test_line_ends_normalised(data: bytes, text: str) -> None:
    assert decode_seed(data).text == text


def test_normalise_newlines_keeps_lf() -> None:
    assert normalise_newlines("a\nb\r\nc\rd") == "a\nb\nc\nd"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7\n\x00\x01\x02\x03\x04\x05binary stream", "binary"),
        (codecs.BOM_UTF8 + b"caf\xe9 not utf-8 after the mark", "utf-8-sig"),
    ],
    ids=["png", "all-bytes", "pdf", "bad-utf-8-after-bom"],
)
def test_binary_or_broken_data_rejected_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableSeed, match=reason):
        decode_seed(data)
