"""What a long-lived process (`sitrep serve`) keeps in memory from one build to the next.

A build in a new process reads the whole corpus back from the caches in .sitrep-cache/: every
seed's reading, the catalogue, every article's extraction (about 20 s at 10,000 articles, before
anything changed is looked at). A session holds the last build's values instead:
- ingest: each seed's readings, by its label and content hash (the seeds are still read and
  hashed, so an edit is never missed, whatever the file times say);
- the catalogue, while its files are byte for byte the same;
- extraction: the engine (the catalogue's gazetteer, built in the first build even when every
  extraction is cached) and each article's extraction, by article id and content hash, for the
  same extraction fingerprint;
- resolution: each article's quotes, while the article and its mentions are the same, and its
  mentions as the overrides made them, while its extracted mentions and the overrides are the same;
- graph: each article's related articles, while the entities they were found through are named
  by the same articles (generator/graph/corpus.py), and the counts of articles per entity and
  per pair of entities, updated by the articles that changed (generator/graph/associations.py);
- render: each article's and article page's stamp, while the values it was made from are the same,
  and each entity's digest of the articles it reads, while none of them changed
  (generator/render/stamps.py), and the digest of each month of the exports' mentions while
  they are the same (generator/export_memo.py);
- MkDocs: its configuration and its session (every file of docs/ listed, every page made) after
  an incremental build, updated with the files that appeared or went (generator/site/).
Everything else is computed again as in any build, and the caches on disk are read and
written as usual: a session changes how fast a build is, never what it writes (tests/test_session.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.catalogue import FILES, MAX_CATALOGUE_BYTES, Catalogue
from generator.export_memo import KeptMonths
from generator.extract import Engine, fingerprint
from generator.extract.corpus import Kept as KeptExtractions
from generator.graph.associations import PairCounts
from generator.graph.corpus import KeptRelated
from generator.ingest.memo import Kept as KeptReadings
from generator.render.stamps import KeptStamps
from generator.resolve import KeptMentions, KeptQuotes
from generator.safefile import read_bytes_limited
from generator.site import Kept as KeptSite


@dataclass
class Session:
    readings: KeptReadings = field(default_factory=dict)
    extractions: KeptExtractions = field(default_factory=KeptExtractions)
    catalogue_digest: str = ""
    catalogue: Catalogue | None = None
    quotes: KeptQuotes = field(default_factory=dict)
    mentions: KeptMentions = field(default_factory=KeptMentions)
    related: KeptRelated = field(default_factory=KeptRelated)
    pairs: PairCounts = field(default_factory=PairCounts)
    stamps: KeptStamps = field(default_factory=KeptStamps)
    export_months: KeptMonths = field(default_factory=dict)
    site: KeptSite = field(default_factory=KeptSite)

    def ready_engine(self, catalogue: Catalogue) -> None:
        """The extraction engine for `catalogue`, built now if not kept (4 s at 10,000 articles): a
        build that finds every extraction in the cache needs none, but the first new seed would
        wait for it."""
        key = fingerprint(catalogue)
        if self.extractions.fingerprint != key:
            self.extractions = KeptExtractions(key)
        if self.extractions.engine is None:
            self.extractions.engine = Engine(catalogue)

    def catalogue_of(self, folder: Path, load: Callable[[], Catalogue]) -> Catalogue:
        """The catalogue of the last build while the files in `folder` are unchanged, else `load()`."""
        digest = _catalogue_digest(folder)
        if self.catalogue is None or digest is None or digest != self.catalogue_digest:
            self.catalogue = load()
            self.catalogue_digest = digest or ""
        return self.catalogue


def _catalogue_digest(folder: Path) -> str | None:
    """A hash of the catalogue's files as they are now; None when one cannot be read (then the
    catalogue is loaded again, which reports the problem)."""
    digest = hashlib.sha256()
    for name in sorted(FILES):
        path = folder / name
        try:
            data = read_bytes_limited(path, MAX_CATALOGUE_BYTES) if path.exists() else b"\0absent"
        except OSError:
            return None
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()
