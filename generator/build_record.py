"""The build record: what the last complete build read and wrote, by file size and time.

A build with nothing to do finds that out from a stat of every file (a second at 10,000 articles)
and writes nothing, instead of reading every seed and rendering every page to learn that nothing
differs. Inputs: seeds/, catalogue/ (overrides included), templates/, mkdocs.yml, the theme folder,
the code and data of the package, the versions of every installed library, and the configuration.
Outputs: docs/ and, after `build`, site/. Any difference, an unreadable record, or an input written
too close to the snapshot to be told apart from a later write (RACY_NS) sends the build through the
pipeline as usual, which finds out on its own what changed: the record only ever skips a whole build.
It keeps the build's report, so a skipped build accounts for every seed as the last one did.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from generator.config import Config
from generator.fingerprint import package_fingerprint
from generator.model import KnowledgeBase, SeedOutcome
from generator.render.environment import template_dirs
from generator.write import atomic_write

log = logging.getLogger(__name__)
RECORD_FILE = "build-record.json"
SCHEMA = "sitrep.build/1"
RACY_NS = 100_000_000  # an input changed this close to the snapshot may change again within one time tick


@dataclass(frozen=True)
class Summary:
    """What a build says at its end: every seed's outcome, the warnings and the totals."""

    report: tuple[SeedOutcome, ...]
    warnings: tuple[str, ...]
    entities: int
    mentions: int

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Summary:
        return cls(kb.report, kb.warnings, len(kb.entities), len(kb.mentions))

    def fails_strict(self) -> bool:
        """What `--strict` fails on: any warning, any skipped seed, any message on a seed."""
        return bool(self.warnings) or any(o.status == "skipped" or o.messages for o in self.report)

    def to_json(self) -> dict[str, Any]:
        return {
            "report": [[o.seed, o.status, o.article, list(o.messages)] for o in self.report],
            "warnings": list(self.warnings),
            "entities": self.entities,
            "mentions": self.mentions,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Summary:
        report = tuple(
            SeedOutcome(str(seed), cast(Literal["built", "duplicate", "skipped"], status), str(article),
                        tuple(str(m) for m in messages))
            for seed, status, article, messages in data["report"]
        )  # fmt: skip
        return cls(report, tuple(str(w) for w in data["warnings"]), int(data["entities"]), int(data["mentions"]))


def snapshot(config: Config) -> str | None:
    """The inputs of a build as they are now, taken before any is read; None when one was written
    so recently that a change within the same time tick would not show."""
    racy = time.time_ns() - RACY_NS
    digest = hashlib.sha256(f"{SCHEMA}\0{config!r}\0".encode("utf-8", "surrogateescape"))
    digest.update(package_fingerprint().encode())
    for root in (*config.inputs, *template_dirs(config.templates_dir)[1:]):  # the installation's, as fallback
        try:
            listing, newest = _stat_tree(root)
        except OSError:  # unreadable: the pipeline reports it, naming the path
            return None
        if newest >= racy:
            return None
        digest.update(listing)
    return digest.hexdigest()


def unchanged(config: Config, inputs: str | None, *, site: bool) -> Summary | None:
    """The last build's summary when nothing it read or wrote has changed since (site/ too when
    `site`); None when the pipeline must run. `inputs`: snapshot() taken now."""
    try:
        record = json.loads((config.cache_dir / RECORD_FILE).read_text(encoding="utf-8"))
        if record.get("schema") != SCHEMA or (site and not record.get("site")):
            return None
        if inputs is None or record["inputs"] != inputs or record["outputs"] != _outputs(config, site=record["site"]):
            return None
        return Summary.from_json(record["summary"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        if not isinstance(err, FileNotFoundError):
            log.info("build record unusable (%s): building", err)
        return None


def forget(config: Config) -> None:
    """Before a build writes anything: a build that fails halfway must not leave a record behind."""
    (config.cache_dir / RECORD_FILE).unlink(missing_ok=True)


def remember(config: Config, inputs: str | None, summary: Summary, *, site: bool) -> None:
    """After a complete build: its inputs as snapshotted before it read them, its outputs as now."""
    if inputs is None:
        return
    record = {
        "schema": SCHEMA,
        "inputs": inputs,
        "site": site,
        "outputs": _outputs(config, site=site),
        "summary": summary.to_json(),
    }
    config.cache_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(config.cache_dir / RECORD_FILE, json.dumps(record, sort_keys=True).encode())


def _outputs(config: Config, *, site: bool) -> str:
    digest = hashlib.sha256()
    for root in (config.docs_dir, config.site_dir) if site else (config.docs_dir,):
        digest.update(_stat_tree(root)[0])
    return digest.hexdigest()


def _stat_tree(root: Path) -> tuple[bytes, int]:
    """Every file under `root` (or `root` itself) as path, size and time, sorted; and the newest time.
    Paths as the file system's bytes: a name need not be valid UTF-8."""
    found: list[tuple[bytes, int, int]] = []
    if root.is_file():
        status = root.stat()
        found.append((b"", status.st_size, status.st_mtime_ns))
    pending = [os.fsencode(root)] if root.is_dir() else []
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                else:
                    status = entry.stat(follow_symlinks=False)
                    found.append((entry.path, status.st_size, status.st_mtime_ns))
    found.sort()
    listing = b"\n".join(b"%s\0%d\0%d" % item for item in found)
    return os.fsencode(root) + b"\n" + listing + b"\n", max((mtime for _, _, mtime in found), default=0)
