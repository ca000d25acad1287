"""Date accuracy of ingest on real articles with known publication dates.

Reads a manifest CSV (columns `file`, `published` = YYYY-MM-DD, blank when unknown), copies each
dated article into a temporary seeds/ folder with the answer taken out (the crawler's YAML header,
the `datePublished` line), ingests it with the `generator` package on the import path, and counts:
exact day, off by one day (time zones), right month (month precision), wrong, missing.

    python tools/date_accuracy.py /work/real-news/manifest.csv [--list]

Run it with another checkout's generator (PYTHONPATH=that/checkout) to compare versions.
The texts stay outside git; see tools/README.md for where they come from.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from generator.ingest import ingest_seeds

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def answer_removed(path: Path) -> str:
    """The text as a user would have it, without the line or header that states the known date."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":  # crawler header: title, source (the URL), date (not reliable), description
        header = _FRONT_MATTER.match(text)
        title = re.search(r"^title: (.*)$", header[0], re.MULTILINE) if header else None
        kept = f"---\ntitle: {title[1]}\n---\n" if title else ""  # a user's seed has its title
        return kept + _FRONT_MATTER.sub("", text, count=1)
    lines = text.split("\n")  # title, datePublished, blank, body
    if len(lines) > 1 and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:]+Z?", lines[1].strip()):
        del lines[1]
    return "\n".join(lines)


def verdict(found: str, known: str) -> str:
    if not found:
        return "missing"
    if found == known:
        return "exact"
    if len(found) == 7:
        return "right month" if known.startswith(found) else "wrong"
    gap = abs((dt.date.fromisoformat(found) - dt.date.fromisoformat(known)).days)
    return "off by one day" if gap == 1 else "wrong"


def measure(manifest: Path, *, show: bool) -> Counter[str]:
    rows = [r for r in csv.DictReader(manifest.open(encoding="utf-8")) if r["published"]]
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        seeds = Path(folder) / "seeds"
        seeds.mkdir()
        names = {}
        for number, row in enumerate(rows):
            source = manifest.parent / row["file"]
            name = f"{number:04d}{source.suffix}"
            (seeds / name).write_text(answer_removed(source), encoding="utf-8")
            names[f"seeds/{name}"] = row
        result = ingest_seeds(seeds, root=Path(folder))
        by_seed = {a.seed: a for a in result.articles}
        for label, row in sorted(names.items()):
            article = by_seed.get(label)
            found = article.date if article else ""
            origin = article.provenance_of("date") if article else "not built"
            outcome = verdict(found, row["published"]) if article else "not built"
            counts[outcome] += 1
            counts[f"{outcome} ({origin})"] += 1
            if show and (outcome != "exact" or show > 1):
                print(f"{outcome:>15}  found {found or '-':10} ({origin}) known {row['published']}  {row['file']}")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--list", action="count", default=0, help="list articles whose date is not exact (twice: all)")
    args = parser.parse_args()
    counts = measure(args.manifest, show=args.list)
    total = sum(counts[k] for k in ("exact", "off by one day", "right month", "wrong", "missing", "not built"))
    shown = sum(counts[k] for k in ("exact", "off by one day", "right month", "wrong"))
    print(f"{total} articles with a known date; {shown} dates shown")
    for key in sorted(counts):
        print(f"  {key:40} {counts[key]:5}")
    print(f"wrong: {counts['wrong']} of {shown} dates shown = {100 * counts['wrong'] / max(shown, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
