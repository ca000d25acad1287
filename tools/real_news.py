"""Gather the raw real-news material under /work/real-news/ (outside git) from two public repositories.

Usage: python tools/real_news.py --universal-agent GITDIR --hoot GITDIR [--out /work/real-news]

GITDIR is a clone (or bare mirror) of github.com/Kjdragan/universal_agent and of
github.com/TeamTeenTitan/Hoot. Every stored version of every file is read from the git history, so
the result does not depend on which commit is checked out. Writes one text file per article and
manifest.csv (file, url, outlet, published, date_source, words, title). See /work/real-news/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlparse

UKRAINE_MIN = 3  # an article must name Ukraine this many times to count as war coverage
HOOT_FILES = ("test-env/dummyNames.js",)
URL_DATE = (
    re.compile(r"/(20\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|-|$)"),  # /2026/02/05/ or /2026/2/7/
    re.compile(r"/(20\d\d)/([a-z]{3})/(\d\d)/"),  # the Guardian: /2026/feb/04/
    re.compile(r"/(20\d\d)(\d\d)(\d\d)-"),  # France 24: /20260204-live-...
    re.compile(r"-(20\d\d)-(\d\d)-(\d\d)(?:_en)?$"),  # Reuters: ...-2026-02-05
)
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december"


def git(gitdir: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(gitdir), *args], check=True, capture_output=True, text=True).stdout


def url_date(url: str) -> str | None:
    path = urlparse(url).path.rstrip("/")
    # ISW / Critical Threats: ...-february-2-2026
    if m := re.search(rf"-({MONTH_WORDS})-(\d\d?)-(20\d\d)$", path):
        return f"{m[3]}-{MONTHS.index(m[1][:3]) + 1:02d}-{int(m[2]):02d}"
    for pattern in URL_DATE:
        if m := pattern.search(path):
            year, month, day = m.groups()
            month_n = MONTHS.index(month) + 1 if month.isalpha() else int(month)
            if 1 <= month_n <= 12 and 1 <= int(day) <= 31:
                return f"{year}-{month_n:02d}-{int(day):02d}"
    return None


def outlet(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def universal_agent(gitdir: Path, out: Path) -> list[dict[str, str]]:
    seen: dict[str, tuple[str, str]] = {}
    for commit in git(gitdir, "rev-list", "--all").split():
        for path in git(gitdir, "ls-tree", "-r", "--name-only", commit).splitlines():
            if re.search(r"filtered_corpus/crawl_[0-9a-f]+\.md$", path):
                seen.setdefault(Path(path).name, (commit, path))
    rows = []
    for name, (commit, path) in sorted(seen.items()):
        text = git(gitdir, "show", f"{commit}:{path}")
        head = dict(re.findall(r"^(\w+): (.*)$", text.split("\n---", 1)[0], flags=re.M))
        url = head.get("source", "").strip()
        if not url or text.count("Ukrain") < UKRAINE_MIN:
            continue
        (out / "universal_agent" / name).write_text(text, encoding="utf-8")
        from_url = url_date(url)
        rows.append(
            {
                "file": f"universal_agent/{name}",
                "url": url,
                "outlet": outlet(url),
                "published": from_url or "",
                "date_source": "url path" if from_url else "unknown (crawler 'date:' field not trusted)",
                "crawler_date": head.get("date", "").strip(),
                "words": str(len(text.split())),
                "title": head.get("title", "").strip().strip('"'),
                "origin": f"Kjdragan/universal_agent@{commit[:12]}:{path}",
            }
        )
    return rows


def hoot(gitdir: Path, out: Path) -> list[dict[str, str]]:
    items: dict[str, tuple[str, dict]] = {}
    decoder = json.JSONDecoder()
    for commit in git(gitdir, "rev-list", "--all").split():
        for path in HOOT_FILES:
            try:
                text = git(gitdir, "show", f"{commit}:{path}")
            except subprocess.CalledProcessError:
                continue
            data, _ = decoder.raw_decode(text[text.index("{") :])
            for item in data.get("value", []):
                items.setdefault(item["url"], (commit, item))
    rows = []
    for url, (commit, item) in sorted(items.items()):
        body = item.get("body") or ""
        if body.count("Ukrain") < UKRAINE_MIN or len(body.split()) < 250:
            continue
        digest = hashlib.sha1(url.encode()).hexdigest()[:8]
        name = f"{item['datePublished'][:10]}_{item['provider']['name']}_{digest}.txt"
        (out / "hoot" / name).write_text(f"{item['title']}\n\n{body}\n", encoding="utf-8")  # date: manifest only
        rows.append(
            {
                "file": f"hoot/{name}",
                "url": url,
                "outlet": outlet(url),
                "published": item["datePublished"][:10],
                "date_source": "news API field datePublished (checked against the url where it has a date)",
                "crawler_date": item["datePublished"],
                "words": str(len(body.split())),
                "title": item["title"],
                "origin": f"TeamTeenTitan/Hoot@{commit[:12]}:{HOOT_FILES[0]}",
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--universal-agent", type=Path, required=True)
    parser.add_argument("--hoot", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("/work/real-news"))
    args = parser.parse_args()
    for sub in ("universal_agent", "hoot"):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    rows = universal_agent(args.universal_agent, args.out) + hoot(args.hoot, args.out)
    with (args.out / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} articles, manifest at {args.out / 'manifest.csv'}")


if __name__ == "__main__":
    main()
