"""A synthetic corpus of war news that grows like the real thing, for `make bench`.

`python -m bench.corpus --n 1000 --out DIR` writes 1,000 seeds. Articles come in the layouts seeds
really have (a wire story with a byline, a blog post quoting a report, a campaign assessment with
section headings, Markdown with YAML front matter), dated over 2022-2026, written from many
templated sentences and quotes. Their entities follow a long tail (bench/names.py): a few dominate
and new people, places, units, weapons and organizations keep appearing as the corpus grows.

Deterministic: the same seed number gives the same bytes, and the first N articles of a larger
corpus are the N articles of a smaller one, so article N is the natural "one more seed".
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.names import KINDS, LongTail, name_stream
from bench.prose import MONTHS, Writer
from generator.slugs import slugify

MAX_ARTICLES = 20_000  # the documented limit of one call: the name parts last that long
FIRST_DAY = dt.date(2022, 2, 24)
LAST_DAY = dt.date(2026, 11, 30)
# fmt: off
OBLASTS = (  # front-line oblasts first: they dominate coverage
    "Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast", "Kherson Oblast", "Luhansk Oblast",
    "Dnipropetrovsk Oblast", "Sumy Oblast", "Kyiv Oblast", "Odesa Oblast", "Mykolaiv Oblast", "Chernihiv Oblast",
    "Poltava Oblast", "Lviv Oblast", "Khmelnytskyi Oblast", "Zhytomyr Oblast", "Vinnytsia Oblast",
)
OUTLETS = (
    "Kyiv Independent", "Reuters", "Associated Press", "Ukrainska Pravda", "Kyiv Post", "BBC News",
    "The Guardian", "Forbes", "Meduza", "Euromaidan Press", "New Voice of Ukraine", "Radio Free Europe",
)
OUTLET_PARTS = (("Eastern", "Steppe", "Dnipro", "Front Line", "Border", "Pontic", "Carpathian", "Harbor"),
                ("Ledger", "Dispatch", "Wire", "Monitor", "Herald", "Notes", "Observer", "Review"))
DATELINES = ("KYIV", "KHARKIV", "DNIPRO", "ZAPORIZHZHIA", "ODESA", "KRAMATORSK")
SECTIONS = ("Key Takeaways", "Front line", "Strikes", "Aid and industry", "Civilians", "Assessment")
LAYOUTS = (("wire", 0.4), ("markdown", 0.25), ("blog", 0.2), ("assessment", 0.15))
# fmt: on


@dataclass(frozen=True)
class SyntheticSeed:
    index: int
    name: str  # the file name
    text: str
    layout: str
    date: dt.date
    title: str  # the headline it was written under (an assessment is titled by outlet and date)
    cast: tuple[tuple[str, str], ...]  # (kind, name) of every entity the article was written about


def _outlets(rng: random.Random) -> Iterator[str]:
    yield from OUTLETS
    while True:
        yield f"{rng.choice(OUTLET_PARTS[0])} {rng.choice(OUTLET_PARTS[1])}"


class Corpus:
    """The endless sequence of articles for one seed number."""

    def __init__(self, *, seed: int = 0) -> None:
        self.seed = seed
        self._rng = random.Random(f"sitrep-bench-{seed}")
        self.tails = {
            kind: LongTail(
                name_stream(kind, random.Random(f"{seed}-{kind}-names")),
                random.Random(f"{seed}-{kind}-draws"),
                discount=0.65 if kind in ("person", "place") else 0.55,
                concentration=20.0,
            )
            for kind in KINDS
        }
        self._outlets = LongTail(_outlets(random.Random(f"{seed}-outlets")), self._rng, discount=0.3, concentration=4)
        authors = name_stream("person", random.Random(f"{seed}-authors"))
        self._authors = LongTail(authors, self._rng, discount=0.5, concentration=10)
        self._index = 0

    def __iter__(self) -> Iterator[SyntheticSeed]:
        return self

    def __next__(self) -> SyntheticSeed:
        seed = self._article(self._index)
        self._index += 1
        return seed

    def _cast(self) -> dict[str, list[str]]:
        sizes = {"person": (1, 4), "place": (2, 4), "unit": (1, 3), "weapon": (1, 2), "organization": (1, 2)}
        cast = {
            kind: sorted({self.tails[kind].draw() for _ in range(self._rng.randint(*sizes[kind]))}) for kind in KINDS
        }
        weights = [1 / rank for rank in range(1, len(OBLASTS) + 1)]
        cast["oblast"] = sorted(set(self._rng.choices(OBLASTS, weights=weights, k=2)))
        return cast

    def _article(self, index: int) -> SyntheticSeed:
        rng = self._rng
        cast = self._cast()
        writer = Writer(rng, cast, lambda kind: self.tails[kind].draw())
        date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        title = writer.title()
        paragraphs = [writer.paragraph() for _ in range(rng.randint(8, 16))]
        layout = rng.choices([name for name, _ in LAYOUTS], weights=[weight for _, weight in LAYOUTS])[0]
        text = _LAYOUT_WRITERS[layout](self, rng, title=title, date=date, paragraphs=paragraphs)
        extension = "md" if layout == "markdown" else "txt"
        named = tuple(sorted((kind, name) for kind, names in cast.items() if kind != "oblast" for name in names))
        name = f"{index:06d}-{slugify(title)[:48].strip('-')}.{extension}"
        return SyntheticSeed(index, name, text, layout, date, title, named)

    def author(self) -> str:
        return self._authors.draw()

    def outlet(self) -> str:
        return self._outlets.draw()


def _long_date(date: dt.date) -> str:
    return f"{MONTHS[date.month - 1]} {date.day}, {date.year}"


def _short_date(date: dt.date) -> str:
    return f"{MONTHS[date.month - 1][:3]} {date.day}, {date.year}"


def _wire(corpus: Corpus, rng: random.Random, *, title: str, date: dt.date, paragraphs: list[str]) -> str:
    outlet = corpus.outlet()
    lead = f"{rng.choice(DATELINES)}, {MONTHS[date.month - 1]} {date.day} ({outlet}) — {paragraphs[0]}"
    lines = [title, f"By {corpus.author()} for {outlet}", _short_date(date), lead, *paragraphs[1:]]
    return "\n".join(lines) + "\n"


def _blog(corpus: Corpus, rng: random.Random, *, title: str, date: dt.date, paragraphs: list[str]) -> str:
    blogger, reporter, outlet = corpus.author(), corpus.author(), corpus.outlet()
    lines = [f"A Blog by {blogger}", _short_date(date), title, paragraphs[0], f"{reporter} reports in {outlet}:"]
    lines += [*paragraphs[1:], "Post a comment"]
    return "\n \n".join(lines) + "\n"


def _assessment(corpus: Corpus, rng: random.Random, *, title: str, date: dt.date, paragraphs: list[str]) -> str:
    outlet = corpus.outlet()
    lines = [
        f"{outlet} Campaign Assessment, {_long_date(date)}",
        f"By {corpus.author()} for {outlet}",
        _long_date(date),
    ]
    sections = iter(SECTIONS)
    for number, paragraph in enumerate(paragraphs):
        if number % 3 == 0:
            lines.append(next(sections, "Assessment"))
        lines.append(paragraph)
    return "\n".join(lines) + "\n"


def _markdown(corpus: Corpus, rng: random.Random, *, title: str, date: dt.date, paragraphs: list[str]) -> str:
    outlet = corpus.outlet()
    meta = {
        "title": title,
        "date": date.isoformat(),
        "source": outlet,
        "author": corpus.author(),
        "url": f"https://news.example.org/{date.isoformat()}/{slugify(title)}",
        "tags": sorted(rng.sample(["frontline", "strikes", "aid", "civilians", "drones", "diplomacy"], k=2)),
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1000)
    body: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if number and number % 4 == 0:
            body.append(f"## {rng.choice(SECTIONS[1:])}")
        body.append(f"> {paragraph}" if paragraph.startswith("“") and rng.random() < 0.5 else paragraph)
    return f"---\n{front}---\n\n" + "\n\n".join(body) + "\n"


_LAYOUT_WRITERS = {"wire": _wire, "blog": _blog, "assessment": _assessment, "markdown": _markdown}


def generate(n: int, *, seed: int = 0, start: int = 0) -> list[SyntheticSeed]:
    """Articles start .. start+n-1 of the corpus for `seed`."""
    if start < 0 or not 0 <= n <= MAX_ARTICLES:
        raise ValueError(f"n must be between 0 and {MAX_ARTICLES:,} and start at least 0, not n={n}, start={start}")
    corpus = Corpus(seed=seed)
    return [article for article in (next(corpus) for _ in range(start + n)) if article.index >= start]


def write_corpus(folder: Path, *, n: int, seed: int = 0, start: int = 0) -> list[Path]:
    """Write articles start .. start+n-1 as seed files into `folder`; never overwrites a different file."""
    articles = generate(n, seed=seed, start=start)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / article.name
        data = article.text.encode("utf-8")
        if path.exists() and path.read_bytes() != data:
            raise FileExistsError(f"{path} exists with other content: write the corpus into an empty folder")
        if not path.exists():
            path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, required=True, help=f"how many articles (at most {MAX_ARTICLES:,})")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the seeds into")
    parser.add_argument("--seed", type=int, default=0, help="the corpus seed number (default 0)")
    parser.add_argument("--start", type=int, default=0, help="index of the first article to write (default 0)")
    args = parser.parse_args(argv)
    try:
        paths = write_corpus(args.out, n=args.n, seed=args.seed, start=args.start)
    except (ValueError, FileExistsError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{len(paths)} seeds in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
