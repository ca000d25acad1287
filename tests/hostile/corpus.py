"""The hostile seed corpus: small text fixtures committed in tests/hostile/seeds/, plus the big,
binary, oddly encoded and oddly named ones generated at test time, and the table of what must
become of each (status and a message substring).
"""

from __future__ import annotations

import os
import random
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "seeds"
SENTINEL = "__pwned"  # every payload sets window.__pwned when it runs
PAYLOAD_WORD = "xsspayloadword"  # a word of the payload article, to search for

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


@dataclass(frozen=True)
class Case:
    seed: str  # label in the build report ("seeds/...")
    status: str  # built, duplicate or skipped
    messages: tuple[str, ...] = ()  # substrings that must each appear in one of the report's messages
    quiet: bool = False  # True: the report must carry no message at all
    body: str = ""  # text the article's body must contain (decoding checks)


def _headline(name: str) -> str:
    return f"Odd File Name Number {name} Report\nMarch 20, 2024\n"


# File names that break shells, globbing, Markdown tables and HTML; each seed's text differs.
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
)


def _printable(name: str) -> str:
    return "".join(c if c.isprintable() and c != "\\" else c.encode("unicode_escape").decode("ascii") for c in name)


def generated_cases(seeds: Path) -> list[Case]:
    """Write the seeds that are not committed (big, binary, encoded, odd names, links) and describe them."""
    rng = random.Random(20240301)
    cases: list[Case] = []

    def put(name: str, data: bytes | str, case: Case) -> None:
        path = seeds / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(case)

    put("empty.txt", b"", Case("seeds/empty.txt", "skipped", ("empty file",)))
    put("binary-random.txt", bytes(rng.randrange(256) for _ in range(20000)),
        Case("seeds/binary-random.txt", "skipped", ("binary data",)))
    put("binary-png.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000)),
        Case("seeds/binary-png.md", "skipped", ("binary data",)))
    put("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Case("seeds/scan.pdf", "skipped", ("unsupported file type (.pdf)",)))
    put("README", ENGLISH, Case("seeds/README", "skipped", ("unsupported file type (no extension)",)))
    broken = ("Зеленський Подякував Захисникам Харкова\n" + UKRAINIAN).encode("utf-8")
    put("invalid-utf8-cyrillic.txt", broken[:40] + b"\xff" + broken[40:] + b"\xc3\n",
        Case("seeds/invalid-utf8-cyrillic.txt", "built", ("invalid UTF-8",), body="Українські військові утримують"))
    latin = "Officials Meet In Zürich\nThe café near the Straße was closed, officials in Zürich said on Monday.\n"
    put("invalid-utf8-latin1.txt", latin.encode("cp1252"),
        Case("seeds/invalid-utf8-latin1.txt", "built", ("decoded as cp1252",), body="café near the Straße"))
    put("bom-utf8.txt", b"\xef\xbb\xbf" + ("Byte Order Mark Report\n" + ENGLISH).encode(),
        Case("seeds/bom-utf8.txt", "built", ("byte-order mark",), body="Ukrainian forces held"))
    put("utf16-bom.txt", ("Sixteen Bit Report From Kyiv\n" + ENGLISH + UKRAINIAN).encode("utf-16"),
        Case("seeds/utf16-bom.txt", "built", ("decoded as utf-16",), body="Українські військові"))
    put("utf16le-nobom.txt", ("Sixteen Bit Report Without Mark\n" + ENGLISH).encode("utf-16-le"),
        Case("seeds/utf16le-nobom.txt", "built", ("decoded as utf-16",), body="Ukrainian forces held"))
    put("cp1251.txt", RUSSIAN.encode("cp1251"),
        Case("seeds/cp1251.txt", "built", ("decoded as cp1251",), body="Украинские военные удерживают позиции"))
    put("koi8u.txt", UKRAINIAN.encode("koi8_u"),
        Case("seeds/koi8u.txt", "built", ("decoded as koi8_u",), body="Українські військові утримують позиції"))
    put("crlf.txt", ("Windows Line Ends Report\r\nMarch 21, 2024\r\n" + ENGLISH.replace("\n", "\r\n")).encode(),
        Case("seeds/crlf.txt", "built", quiet=True, body="the General Staff said in its morning report.\n\nOfficials"))
    put("lone-cr.txt", ("Old Mac Line Ends Report\rMarch 22, 2024\r" + ENGLISH.replace("\n", "\r")).encode(),
        Case("seeds/lone-cr.txt", "built", quiet=True, body="the General Staff said in its morning report.\n\nOfficials"))
    with (seeds / "huge-50mb.txt").open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    cases.append(Case("seeds/huge-50mb.txt", "skipped", ("50 MB, over the 10 MB limit",)))
    # Lowercase words only: no entity is mentioned, so no entity page quotes the megabyte (see test_text_is_data).
    words = " ".join(rng.choice(("shelling", "near", "the", "river", "drones", "front", "quiet")) for _ in range(170_000))
    put("one-megabyte-line.txt", "One Long Line Report\n" + words[: 1024 * 1024] + ".\n",
        Case("seeds/one-megabyte-line.txt", "built", quiet=True, body="shelling"))
    long_title = " ".join(["Unusually"] + ["Long"] * 400) + " Title"
    put("long-title.md", f"---\ntitle: {long_title}\ndate: 2024-03-23\n---\n\n{ENGLISH}",
        Case("seeds/long-title.md", "built", ("shortened to 300",)))
    put("long-title.txt", long_title + "\n" + ENGLISH, Case("seeds/long-title.txt", "built", quiet=True))
    put("folder.txt/inside.txt", "A Folder Named Like A Seed\n" + ENGLISH + "folder.\n",
        Case("seeds/folder.txt/inside.txt", "built", quiet=True))
    for number, name in enumerate(ODD_NAMES):
        put(name, _headline(str(number)) + ENGLISH + f"Seed number {number}.\n",
            Case(f"seeds/{_printable(name)}", "built", quiet=True))
    if os.name == "posix":
        undecodable = os.fsdecode(b"latin1-caf\xe9.txt")  # a file name that is not UTF-8
        put(undecodable, _headline("undecodable") + ENGLISH, Case("seeds/latin1-caf\\udce9.txt", "built", quiet=True))
        cases += _links_and_specials(seeds)
    return cases


def _links_and_specials(seeds: Path) -> list[Case]:
    outside = seeds.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("Secret Outside Report\n" + ENGLISH, encoding="utf-8")
    links = {
        "link-inside.txt": "duplicate-original.txt",
        "link-outside.txt": "../outside/secret.txt",
        "link-absolute.txt": "/etc/passwd",
        "link-dangling.txt": "does-not-exist.txt",
        "link-loop.txt": "link-loop.txt",
        "link-folder-outside": "../outside",
        "link-folder-inside": "sub",
    }
    for name, target in links.items():
        os.symlink(target, seeds / name)
    os.mkfifo(seeds / "fifo.txt")
    (seeds / "no-read.txt").write_text("Unreadable Report\n" + ENGLISH + "unreadable\n", encoding="utf-8")
    (seeds / "no-read.txt").chmod(0)
    root = os.geteuid() == 0  # root reads any file
    return [
        Case("seeds/link-inside.txt", "duplicate", ("same content as seeds/duplicate-copy.txt",)),
        Case("seeds/link-outside.txt", "skipped", ("outside seeds/ is not followed",)),
        Case("seeds/link-absolute.txt", "skipped", ("outside seeds/ is not followed",)),
        Case("seeds/link-dangling.txt", "skipped", ("does not point to a file",)),
        Case("seeds/link-loop.txt", "skipped", ("does not point to a file",)),
        Case("seeds/link-folder-outside", "skipped", ("link to a folder is not followed",)),
        Case("seeds/link-folder-inside", "skipped", ("link to a folder is not followed",)),
        Case("seeds/fifo.txt", "skipped", ("not a regular file",)),
        Case("seeds/no-read.txt", "built", quiet=True) if root
        else Case("seeds/no-read.txt", "skipped", ("cannot be read",)),
    ]


# The committed fixtures (tests/hostile/seeds/).
FIXTURE_CASES = [
    Case("seeds/duplicate-copy.txt", "built", quiet=True),
    Case("seeds/duplicate-original.txt", "duplicate", ("same content as seeds/duplicate-copy.txt",)),
    Case("seeds/frontmatter-bad-date.md", "built", ("front matter `date` 'next Tuesday' is not a date",)),
    Case("seeds/frontmatter-invalid-yaml.md", "built", ("front matter is not valid YAML at line",),
         body="the body about shelling in Kherson is still used"),
    Case("seeds/frontmatter-not-mapping.md", "built", ("front matter must be a mapping",), body="Dnipro"),
    Case("seeds/frontmatter-unknown-keys.md", "built",
         ("unknown front matter key `category`", "unknown front matter key `Title`", "unknown front matter key `1`")),
    Case("seeds/frontmatter-wrong-types.md", "built",
         ("front matter `title` must be text", "front matter `source` must be text", "front matter `author` is a number",
          "front matter `url` must be text", "front matter `tags` must be a list")),
    Case("seeds/page.html", "skipped", ("unsupported file type (.html)",)),
    Case("seeds/payload-html.txt", "built", quiet=True),
    Case("seeds/payload-markdown.md", "built", quiet=True),
    Case("seeds/same-title-first.txt", "built", quiet=True),
    Case("seeds/same-title-second.txt", "built", quiet=True),
    Case("seeds/sub/deeper/nested-folder.txt", "built", quiet=True),
    Case("seeds/whitespace-only.txt", "skipped", ("empty file",)),
]


def make_hostile_seeds(seeds: Path) -> list[Case]:
    """Fill `seeds` (which must not exist yet) with the whole corpus; the cases, sorted by seed."""
    shutil.copytree(FIXTURES, seeds)
    cases = FIXTURE_CASES + generated_cases(seeds)
    return sorted(cases, key=lambda case: case.seed)


def restore_permissions(folder: Path) -> None:
    """Make generated unreadable files deletable again (pytest's tmp cleanup)."""
    for path in folder.rglob("*"):
        if not path.is_symlink() and path.is_file() and not os.access(path, os.R_OK):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
