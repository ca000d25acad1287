"""Cut the real-news development set (tests/eval/real/articles/) from /work/real-news/.

Usage: python tools/real_devset.py [--source /work/real-news] [--set dev|heldout|heldout3..heldout15] [--out DIR]

Three sets: `dev` (tests/eval/real/articles/, the rules are tuned on it: the first 44 articles plus
the first held-out batch, which was looked at once scored) and `heldout`
(tests/eval/real/heldout/articles/, held-out batch 2: other articles of the same pool, annotated
before any tuning and never tuned on: it stands for "real articles the team has never seen") and
`heldout3` (tests/eval/real/heldout3/articles/, held-out batch 3, cut when batch 2 had been looked at).

Each article is the start of a real article: page furniture removed (widgets, share buttons,
"Recommended Stories"), then whole lines up to WORDS words, written as Markdown with front matter
(title, date, source, url). The texts are the publishers' copyright: the output folder is
git-ignored; only the gold annotations (tests/eval/real/gold/) are committed. The article lists of
every batch are data, in tools/real_devset_batches.py; batches 3 to 15 have their own sets.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

WORDS = 300  # words of body kept per article: enough context, little third-party text
# the per-batch article lists (and where an excerpt starts) live in a data module beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_devset_batches import (  # noqa: E402 - after the path, as tools/make_oblasts.py does
    HELDOUT,
    HELDOUT_1,
    HELDOUT_3,
    HELDOUT_4,
    HELDOUT_5,
    HELDOUT_6,
    HELDOUT_7,
    HELDOUT_8,
    HELDOUT_9,
    HELDOUT_10,
    HELDOUT_11,
    HELDOUT_12,
    HELDOUT_13,
    HELDOUT_14,
    HELDOUT_15,
    SELECTION,
    STARTS,
)

SETS = {
    "dev": (SELECTION + HELDOUT_1, Path("tests/eval/real/articles")),
    "heldout": (HELDOUT, Path("tests/eval/real/heldout/articles")),
    "heldout3": (HELDOUT_3, Path("tests/eval/real/heldout3/articles")),
    "heldout4": (HELDOUT_4, Path("tests/eval/real/heldout4/articles")),
    "heldout5": (HELDOUT_5, Path("tests/eval/real/heldout5/articles")),
    "heldout6": (HELDOUT_6, Path("tests/eval/real/heldout6/articles")),
    "heldout7": (HELDOUT_7, Path("tests/eval/real/heldout7/articles")),
    "heldout8": (HELDOUT_8, Path("tests/eval/real/heldout8/articles")),
    "heldout9": (HELDOUT_9, Path("tests/eval/real/heldout9/articles")),
    "heldout10": (HELDOUT_10, Path("tests/eval/real/heldout10/articles")),
    "heldout11": (HELDOUT_11, Path("tests/eval/real/heldout11/articles")),
    "heldout12": (HELDOUT_12, Path("tests/eval/real/heldout12/articles")),
    "heldout13": (HELDOUT_13, Path("tests/eval/real/heldout13/articles")),
    "heldout14": (HELDOUT_14, Path("tests/eval/real/heldout14/articles")),
    "heldout15": (HELDOUT_15, Path("tests/eval/real/heldout15/articles")),
}
FURNITURE = re.compile(
    r"^\s*(\* list \d+ of \d+.*|notification-important.*|\[\]\(.*|Your browser does not support.*|Copy URL|Copied|"
    r"Recommended Stories|Tweet|Comments|Advertisement|Share|Save|Skip to .*|Follow .* coverage .*|24/7 coverage.*|"
    r"!\[.*|\* Share .*|Listen to this article.*|Sign up .*|Read more.*|Subscribe.*)\s*$"
)


def body_lines(text: str) -> list[str]:
    if text.startswith("---\n"):
        text = text.split("\n---", 1)[1].lstrip("-\n")
    return [line.strip() for line in text.splitlines() if line.strip() and not FURNITURE.match(line)]


MONTHS = ["january", "february", "march", "april", "may", "june"]
MONTHS += ["july", "august", "september", "october", "november", "december"]


def url_date(url: str) -> str:
    """The date a URL path carries (/2026/02/27/, /2026/2/27/, -february-26-2026), else empty."""
    if m := re.search(r"/(20\d\d)/(\d{1,2})/(\d{1,2})/", url):
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    if m := re.search(rf"({'|'.join(MONTHS)})-(\d{{1,2}})-(20\d\d)", url):
        return f"{m[3]}-{MONTHS.index(m[1]) + 1:02d}-{int(m[2]):02d}"
    return ""


def scrapling_page(text: str) -> tuple[dict[str, str], str]:
    """Header and page text of a scrapling_tester page (a `## Metadata` list, then `## Content`)."""
    url = re.search(r"^- \*\*URL\*\*: (\S+)", text, re.M)
    content = text.split("\n## Content\n", 1)[1]
    title = next(line.strip() for line in content.splitlines() if line.strip())
    host = re.sub(r"^www\.", "", url[1].split("/")[2]) if url else ""
    head = {"title": title, "date": url_date(url[1]) if url else "", "source": host, "url": url[1] if url else ""}
    return head, content


def blog_post(name: str, text: str) -> dict[str, str]:
    """Header of a thebadely.github.io post (BBC stories republished as Jekyll posts)."""
    title = re.search(r'^title: "(.*)"$', text, re.M)
    date = re.search(r"^date: (\d{4}-\d\d-\d\d)", text, re.M)
    url = f"https://github.com/thebadely/thebadely.github.io/blob/main/_posts/{name.split('/', 1)[1]}"
    head = {"title": title[1] if title else "", "date": date[1] if date else ""}
    return head | {"source": "thebadely.github.io", "url": url}


def cnn_latest_page(text: str) -> tuple[dict[str, str], str]:
    """Header and body of a MmdrzaCo/Latest file (`# title`, a `Published :` line, `---`, the body)."""
    title = re.search(r"^# (.*)$", text, re.M)
    date = re.search(r"^Published :`(\d{4}-\d\d-\d\d)", text, re.M)
    head = {"title": title[1] if title else "", "date": date[1] if date else "", "source": "cnn.com"}
    return head, text.split("\n---\n", 1)[1]


def purenews_page(text: str) -> tuple[dict[str, str], str]:
    """Header and body of a stevenmouk/purenews2 post (indented front matter: title, blog_url, page_date)."""
    title = re.search(r'^\s*title: "(.*)"$', text, re.M)
    url = re.search(r'^\s*blog_url: "(.*)"$', text, re.M)
    date = re.search(r'^\s*page_date: "(\w{3}) (\d{1,2}), (\d{4})', text, re.M)
    month = next((n for n, m in enumerate(MONTHS, 1) if date and m.startswith(date[1].lower())), 0)
    day = f"{date[3]}-{month:02d}-{int(date[2]):02d}" if date else ""
    head = {"title": title[1] if title else "", "date": day, "source": "pure.news", "url": url[1] if url else ""}
    return head, text.split("\n---\n", 1)[1]


def front_matter_page(text: str) -> dict[str, str]:
    """Header of a batch6/ to batch15/ file: JSON-quoted `key: value` lines between `---` lines."""
    block = text.split("\n---\n", 1)[0]
    return {k: json.loads(v) for k, v in re.findall(r"^(\w+): (\".*\")$", block, re.M)}


def cut(lines: list[str], words: int) -> list[str]:
    kept, count = [], 0
    for line in lines:
        kept.append(line)
        count += len(line.split())
        if count >= words:
            break
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/work/real-news"))
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--out", type=Path, help="default: the set's articles/ folder")
    args = parser.parse_args()
    selection, default_out = SETS[args.set]
    args.out = args.out or default_out
    manifest = {row["file"]: row for row in csv.DictReader((args.source / "manifest.csv").open(encoding="utf-8"))}
    args.out.mkdir(parents=True, exist_ok=True)
    missing = []
    for article_id, name, _style in selection:
        if not (args.source / name).is_file():  # a page gone from its store: cut the rest, say which
            missing.append(name)
            continue
        text = (args.source / name).read_text(encoding="utf-8")
        if name.startswith("scrapling/"):
            head, text = scrapling_page(text)
        elif name.startswith("thebadely/"):
            head = blog_post(name, text)
        elif name.startswith("cnn_latest/"):
            head, text = cnn_latest_page(text)
        elif name.startswith("purenews/"):
            head, text = purenews_page(text)
        elif name.startswith(tuple(f"batch{n}/" for n in range(6, 16))):  # batch6/ to batch15/
            head = front_matter_page(text)
        else:
            row = manifest[name]
            head = {"title": row["title"], "date": row["published"], "source": row["outlet"], "url": row["url"]}
        if name.startswith("hoot/"):
            text = text.split("\n\n", 1)[1]
        front = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in head.items() if v)
        lines = body_lines(text)
        marker, words = STARTS.get(article_id, ("", WORDS))
        start = next(i for i, line in enumerate(lines) if marker in line)
        body = "\n\n".join(cut(lines[start:], words))
        (args.out / f"{article_id}.md").write_text(f"---\n{front}---\n\n{body}\n", encoding="utf-8")
    print(f"{len(selection) - len(missing)} articles written to {args.out}")
    for name in missing:
        print(f"missing raw file: {args.source / name} (see tests/eval/real/README.md for its source)", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
