"""Ingest speed in articles per second on one core: text seeds, and saved pages.

    python tools/ingest_speed.py [--copies 20] [--repeat 3] [FOLDER ...]

Copies every text seed found in the given folders (default: seeds/ and tests/eval/articles/) into a
temporary seeds/ folder `--copies` times (each copy made unique), ingests it `--repeat` times and
prints the median; then the same for the saved page in tests/ingest/pages/.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from generator.ingest import ingest_seeds

SUFFIXES = (".txt", ".md", ".html")


def _corpus(folder: Path, sources: list[Path], copies: int) -> int:
    seeds = folder / "seeds"
    seeds.mkdir()
    count = 0
    for copy in range(copies):
        for number, source in enumerate(sources):
            data = source.read_bytes()
            marker = f"\n<!-- copy {copy} -->\n" if source.suffix == ".html" else f"\n\nCopy {copy} of this article.\n"
            (seeds / f"{copy:04d}-{number:04d}{source.suffix}").write_bytes(data + marker.encode())
            count += 1
    return count


def measure(sources: list[Path], *, copies: int, repeat: int) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        count = _corpus(root, sources, copies)
        times = []
        for _ in range(repeat):
            started = time.process_time()  # CPU time of this process: one core
            result = ingest_seeds(root / "seeds", root=root)
            times.append(time.process_time() - started)
        assert len(result.report) == count
    return count, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("seeds"), Path("tests/eval/articles")])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = sorted(p for f in args.folders for p in f.rglob("*") if p.suffix in (".txt", ".md"))
    pages = sorted(Path("tests/ingest/pages").glob("*.html"))
    for name, sources, copies in (("text", text, args.copies), ("html", pages, max(args.copies * 5, 50))):
        count, seconds = measure(sources, copies=copies, repeat=args.repeat)
        print(
            f"{name}: {count} seeds in {seconds:.2f} s CPU (median of {args.repeat}) = {count / seconds:.0f} articles/s"
        )


if __name__ == "__main__":
    main()
