"""The hostile seed corpus and the table of what must become of every seed.

Small text fixtures are committed in tests/hostile/seeds/; the big, binary, oddly encoded and
oddly named seeds, the links and the pipe are generated at test time by `make_hostile_seeds`.
`CASES` is the table: for each seed (as labelled in the build report) its status, the
substrings its report messages must contain, and text its article body must contain.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "seeds"
SENTINEL = "__pwned"  # every payload sets window.__pwned when it runs
PAYLOAD_WORD = "xsspayloadword"  # a word of the HTML payload article, to search for
ENTITY_PAYLOAD_WORD = "xssentityname"  # in the hostile name the overrides file gives an entity
HOSTILE_ENTITY = "place/poltava"  # named in a hostile seed and in no assertion
HOSTILE_OVERRIDES = (
    f"rename:\n  - id: {HOSTILE_ENTITY}\n"
    f"    name: '{ENTITY_PAYLOAD_WORD} <img src=x onerror=window.__pwned=1> <script>window.__pwned=1</script>'\n"
)
PAYLOAD_SEEDS = ("seeds/payload-html.txt", "seeds/payload-markdown.md")

ENGLISH = (
    "Ukrainian forces held positions near Bakhmut on Tuesday, the General Staff said in its morning report.\n"
    "Officials in Kyiv said the situation remained difficult but under control.\n"
)
RUSSIAN = (
    "Бои под Бахмутом продолжаются\n"
    "Украинские военные удерживают позиции под Бахмутом, сообщил Генеральный штаб. "
    "Ситуация остаётся сложной, но контролируемой; Зеленский поблагодарил защитников.\n"
)
UKRAINIAN = (
    "Бої під Бахмутом тривають\n"
    "Українські військові утримують позиції під Бахмутом, повідомив Генеральний штаб. "
    "Ситуація залишається складною, але контрольованою; Зеленський подякував захисникам, їхня мужність вражає.\n"
)
LATIN = "Officials Meet In Zürich\nThe café near the Straße was closed, officials in Zürich said on Monday.\n"
LONG_TITLE = " ".join(["Unusually"] + ["Long"] * 400) + " Title"  # 2,000+ characters


@dataclass(frozen=True)
class Case:
    seed: str  # label in the build report ("seeds/...")
    status: str  # built, duplicate or skipped
    messages: tuple[str, ...] = ()  # substrings that must each appear in one of the seed's messages
    quiet: bool = False  # True: the seed must be built without any message
    body: str = ""  # text the article's body must contain (decoding and line-end checks)


def label(name: str) -> str:
    """The report's label for seeds/<name>: control characters, undecodable bytes and backslashes escaped."""
    escaped = "".join(c if c.isprintable() and c != "\\" else c.encode("unicode_escape").decode("ascii") for c in name)
    return f"seeds/{escaped}"


def _random_bytes(count: int) -> bytes:
    return random.Random(count).randbytes(count)


def _one_megabyte_line() -> bytes:
    # Lowercase words only: no entity is mentioned, so no entity page quotes the megabyte
    # (test_text_is_data has the case where one does).
    rng = random.Random(1)
    words = " ".join(
        rng.choice(("shelling", "near", "the", "river", "drones", "front", "quiet")) for _ in range(170_000)
    )
    return ("One Long Line Report\n" + words[: 1024 * 1024] + ".\n").encode()


def _odd_name_seed(number: int) -> bytes:
    return f"Odd File Name Number {number} Report\nMarch 20, 2024\n{ENGLISH}Seed number {number}.\n".encode()


_broken_utf8 = ("Зеленський Подякував Захисникам Харкова\n" + UKRAINIAN).encode()

# Generated regular files: name → (bytes, expected outcome).
GENERATED: dict[str, tuple[Callable[[], bytes], Case]] = {
    "empty.txt": (lambda: b"", Case(label("empty.txt"), "skipped", ("empty file",))),
    "\x1b[2J\x1b[Hclear-screen\n    built  seeds/forged.txt": (  # an empty seed whose name is printed in the report
        lambda: b"",
        Case(label("\x1b[2J\x1b[Hclear-screen\n    built  seeds/forged.txt"), "skipped", ("empty file",)),
    ),
    "binary-random.txt": (lambda: _random_bytes(20_000), Case(label("binary-random.txt"), "skipped", ("binary data",))),
    "binary-png.md": (
        lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(4000),
        Case(label("binary-png.md"), "skipped", ("binary data",)),
    ),
    "scan.pdf": (
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        Case(label("scan.pdf"), "skipped", ("unsupported file type (.pdf)",)),
    ),
    "README": (lambda: ENGLISH.encode(), Case(label("README"), "skipped", ("unsupported file type (no extension)",))),
    "invalid-utf8-cyrillic.txt": (
        lambda: _broken_utf8[:40] + b"\xff" + _broken_utf8[40:] + b"\xc3\n",
        Case(label("invalid-utf8-cyrillic.txt"), "built", ("invalid UTF-8",), body="Українські військові утримують"),
    ),
    "invalid-utf8-latin1.txt": (
        lambda: LATIN.encode("cp1252"),
        Case(label("invalid-utf8-latin1.txt"), "built", ("decoded as cp1252",), body="café near the Straße"),
    ),
    "bom-utf8.txt": (
        lambda: b"\xef\xbb\xbf" + ("Byte Order Mark Report\n" + ENGLISH).encode(),
        Case(label("bom-utf8.txt"), "built", ("byte-order mark",), body="Ukrainian forces held"),
    ),
    "utf16-bom.txt": (
        lambda: ("Sixteen Bit Report From Kyiv\n" + ENGLISH + UKRAINIAN).encode("utf-16"),
        Case(label("utf16-bom.txt"), "built", ("decoded as utf-16",), body="Українські військові"),
    ),
    "utf16le-nobom.txt": (
        lambda: ("Sixteen Bit Report Without Mark\n" + ENGLISH).encode("utf-16-le"),
        Case(label("utf16le-nobom.txt"), "built", ("decoded as utf-16",), body="Ukrainian forces held"),
    ),
    "cp1251.txt": (
        lambda: RUSSIAN.encode("cp1251"),
        Case(label("cp1251.txt"), "built", ("decoded as cp1251",), body="Украинские военные удерживают позиции"),
    ),
    "koi8u.txt": (
        lambda: UKRAINIAN.encode("koi8_u"),
        Case(label("koi8u.txt"), "built", ("decoded as koi8_u",), body="Українські військові утримують позиції"),
    ),
    "crlf.txt": (
        lambda: ("Windows Line Ends Report\r\nMarch 21, 2024\r\n" + ENGLISH.replace("\n", "\r\n")).encode(),
        Case(label("crlf.txt"), "built", quiet=True, body="morning report.\n\nOfficials in Kyiv"),
    ),
    "lone-cr.txt": (
        lambda: ("Old Mac Line Ends Report\rMarch 22, 2024\r" + ENGLISH.replace("\n", "\r")).encode(),
        Case(label("lone-cr.txt"), "built", quiet=True, body="morning report.\n\nOfficials in Kyiv"),
    ),
    "one-megabyte-line.txt": (
        _one_megabyte_line,
        Case(label("one-megabyte-line.txt"), "built", quiet=True, body="shelling"),
    ),
    "long-title.md": (
        lambda: f"---\ntitle: {LONG_TITLE}\ndate: 2024-03-23\n---\n\n{ENGLISH}".encode(),
        Case(label("long-title.md"), "built", ("over the limit of 300: shortened",)),
    ),
    "long-title.txt": (
        lambda: (LONG_TITLE + "\n" + ENGLISH).encode(),
        Case(label("long-title.txt"), "built", quiet=True),
    ),
    "folder.txt/inside.txt": (
        lambda: ("A Folder Named Like A Seed\n" + ENGLISH + "folder.\n").encode(),
        Case(label("folder.txt/inside.txt"), "built", quiet=True),
    ),
}

# File names that break shells, globbing, Markdown tables, HTML and terminals; every seed's text differs.
ODD_NAMES = (
    "with spaces.txt",
    "ünïcødé Київ.txt",
    ".leading-dot.txt",
    "$(touch pwned); `id` | & > x.txt",
    "-rf --help.txt",
    "new\nline.txt",
    "<img src=x onerror=window.__pwned=1>.txt",
    "*.txt",
    "[brackets](javascript:x).md",
    "back\\slash.txt",
    "SHOUTING.TXT",
    "\x1b[31mred-terminal\x1b[0m.txt",
    "right-to-left\u202etxt.exe.txt",
    os.fsdecode(b"latin1-caf\xe9.txt"),  # not UTF-8: surrogate-escaped by Python
)
for _number, _name in enumerate(ODD_NAMES):
    GENERATED[_name] = (lambda n=_number: _odd_name_seed(n), Case(label(_name), "built", quiet=True))

LINKS = {  # symbolic link → target (relative to seeds/)
    "link-inside.txt": "duplicate-original.txt",
    "link-outside.txt": "../outside/secret.txt",
    "link-absolute.txt": "/etc/passwd",
    "link-dangling.txt": "does-not-exist.txt",
    "link-loop.txt": "link-loop.txt",
    "link-folder-outside": "../outside",
    "link-folder-inside": "sub",
}
SECRET = "Secret Outside Report"  # the text of the file outside seeds/ that links point to

SPECIAL_CASES = [
    Case(label("huge-50mb.txt"), "skipped", ("50 MB, over the 2 MB limit",)),
    Case(label("link-inside.txt"), "duplicate", ("same content as seeds/duplicate-copy.txt",)),
    Case(label("link-outside.txt"), "skipped", ("outside seeds/ is not followed",)),
    Case(label("link-absolute.txt"), "skipped", ("outside seeds/ is not followed",)),
    Case(label("link-dangling.txt"), "skipped", ("does not point to a file",)),
    Case(label("link-loop.txt"), "skipped", ("does not point to a file",)),
    Case(label("link-folder-outside"), "skipped", ("link to a folder is not followed",)),
    Case(label("link-folder-inside"), "skipped", ("link to a folder is not followed",)),
    Case(label("fifo.txt"), "skipped", ("not a regular file",)),
]  # an unreadable seed fails the whole build: tests/hostile/test_unreadable.py

# The committed fixtures (tests/hostile/seeds/).
FIXTURE_CASES = [
    Case(label("duplicate-copy.txt"), "built", quiet=True),
    Case(label("duplicate-original.txt"), "duplicate", ("same content as seeds/duplicate-copy.txt",)),
    Case(
        label("frontmatter-alias-bomb.md"),
        "built",
        ("YAML aliases (*a0) are not allowed: write the value out in full",),
    ),
    Case(label("frontmatter-bad-date.md"), "built", ("front matter `date` 'next Tuesday' is not a date",)),
    Case(
        label("frontmatter-deep-nesting.md"),
        "built",
        ("front matter cannot be read (not valid YAML at line 3",),
        body="still built",
    ),
    Case(label("frontmatter-impossible-date.md"), "built", ("front matter `date` '2024-02-30' is not a date",)),
    Case(
        label("frontmatter-invalid-yaml.md"),
        "built",
        ("front matter cannot be read (not valid YAML at line 4",),
        body="the body about shelling in Kherson is still used",
    ),
    Case(label("frontmatter-not-mapping.md"), "built", ("front matter must be a mapping",), body="Dnipro"),
    Case(
        label("frontmatter-unknown-keys.md"),
        "built",
        ("unknown front matter key `category`", "unknown front matter key `Title`", "unknown front matter key `1`"),
    ),
    Case(
        label("frontmatter-wrong-types.md"),
        "built",
        (
            "front matter `title` must be text",
            "front matter `source` must be text",
            "front matter `author` is a number",
            "front matter `url` must be text",
            "front matter `tags` must be a list",
        ),
    ),
    Case(label("page.html"), "skipped", ("not an article",)),
    Case(label("payload-html.txt"), "built", quiet=True),
    Case(label("payload-markdown.md"), "built", quiet=True),
    Case(label("same-title-first.txt"), "built", quiet=True),
    Case(label("same-title-second.txt"), "built", quiet=True),
    Case(label("sub/deeper/nested-folder.txt"), "built", quiet=True),
    Case(label("whitespace-only.txt"), "skipped", ("empty file",)),
]

CASES: list[Case] = sorted(
    [*FIXTURE_CASES, *(case for _, case in GENERATED.values()), *SPECIAL_CASES], key=lambda case: case.seed
)


def make_hostile_seeds(seeds: Path) -> None:
    """Fill `seeds` (which must not exist yet) with the whole corpus; `seeds.parent/outside` is made too."""
    shutil.copytree(FIXTURES, seeds)
    for name, (make, _) in GENERATED.items():
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())
    with (seeds / "huge-50mb.txt").open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB to stat(), nothing on disk
    outside = seeds.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(f"{SECRET}\n{ENGLISH}", encoding="utf-8")
    for name, target in LINKS.items():
        os.symlink(target, seeds / name)
    os.mkfifo(seeds / "fifo.txt")
