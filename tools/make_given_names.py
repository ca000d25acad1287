"""One-off converter: given-name statistics → generator/data/given_names.txt.

The people extractor (generator/extract/people.py) takes a capitalised word followed by a
capitalised surname as a person when the first word is a given name. The list of given names
is a small, committed data file; this script is how it was made. It is not part of the build.

Regenerate it with:

    .venv/bin/pip install 'nomquamgender==0.1.4'      # MIT licence, ~22 MB of name data
    apt-get install wamerican                           # /usr/share/dict/american-english
    .venv/bin/python tools/make_given_names.py > generator/data/given_names.txt

Sources:
- `nomquamgender` (Van Buskirk, Clauset and Larremore, "An open-source cultural consensus
  approach to name-based gender classification", 2022; MIT licence): given names pooled from
  36 sources worldwide, each with the number of sources that list it and how many people bear it.
  Ukrainian and Russian transliterations are well covered (Volodymyr, Oleksandr, Yevgeny, ...).
- Debian's `wamerican` word list (public domain; SCOWL): lowercase entries are ordinary English
  words, which would make every sentence-initial "Will", "May" or "Storm" a name.

What it keeps: plain ASCII names of 2 to 20 letters listed by at least MIN_SOURCES sources and
borne by at least MIN_PEOPLE people, that are not an ordinary English word, unless very common
as a name (John, Mark, Jack: the extractor checks the word after them).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

MIN_SOURCES = 6
MIN_PEOPLE = 100
COMMON_NAME = 100_000  # a name this common stays even when it is also an English word
WORDS = Path("/usr/share/dict/american-english")
HEADER = "# Given names for the people extractor: made by tools/make_given_names.py; see its docstring.\n"


def main() -> int:
    spec = importlib.util.find_spec("nomquamgender")  # its data only: importing it needs numpy and pandas
    if spec is None or not spec.submodule_search_locations:
        print("install nomquamgender first (see the docstring)", file=sys.stderr)
        return 1
    data = json.loads((Path(spec.submodule_search_locations[0]) / "name_data.json").read_text(encoding="utf-8"))
    words = WORDS.read_text(encoding="utf-8").split()
    ordinary = {w for w in words if w.islower()}
    proper = {w.lower() for w in words if w[:1].isupper()}
    kept = sorted(
        name
        for name, (sources, people, *_) in data.items()
        if re.fullmatch(r"[a-z]{2,20}", name)
        and sources >= MIN_SOURCES
        and people >= MIN_PEOPLE
        and (name not in ordinary or (people >= COMMON_NAME and name in proper))
    )
    sys.stdout.write(HEADER + "".join(f"{name}\n" for name in kept))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
