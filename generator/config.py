"""One validated configuration object, made once by the CLI and passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ConfigError(ValueError):
    """The configuration cannot be used; the message lists every problem."""


@dataclass(frozen=True)
class Config:
    root: Path
    seeds_dir: Path
    docs_dir: Path
    site_dir: Path
    templates_dir: Path
    catalogue_dir: Path
    cache_dir: Path
    mkdocs_file: Path
    strict: bool = False

    @property
    def theme_dir(self) -> Path:
        """The theme's custom_dir in Sitrep's mkdocs.yml (Material overrides, search scripts)."""
        return self.root / "overrides"

    @property
    def inputs(self) -> tuple[Path, ...]:
        """Every folder and file a build reads, besides the package itself (serve watches them)."""
        return (self.seeds_dir, self.templates_dir, self.catalogue_dir, self.theme_dir, self.mkdocs_file)


def load_config(root: Path, *, strict: bool = False, seeds: Path | None = None) -> Config:
    """The project layout under `root`; reports every missing piece at once."""
    root = root.resolve()
    config = Config(
        root=root,
        seeds_dir=(seeds or root / "seeds").resolve(),
        docs_dir=root / "docs",
        site_dir=root / "site",
        templates_dir=root / "templates",
        catalogue_dir=root / "catalogue",
        cache_dir=root / ".sitrep-cache",
        mkdocs_file=root / "mkdocs.yml",
        strict=strict,
    )
    problems = []
    if not config.seeds_dir.is_dir():
        problems.append(f"no seeds folder at {config.seeds_dir}: create it and put articles in it")
    if not config.templates_dir.is_dir():
        problems.append(f"no templates folder at {config.templates_dir}: run sitrep from the project root")
    if not config.mkdocs_file.is_file():
        problems.append(f"no mkdocs.yml at {config.mkdocs_file}: run sitrep from the project root or pass --root")
    if problems:
        raise ConfigError("\n".join(problems))
    return config
