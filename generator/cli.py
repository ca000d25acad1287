"""The `sitrep` command: the only part of the package that talks to the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator import __version__, build_record
from generator.build_record import Summary
from generator.config import Config, ConfigError, load_config
from generator.lock import BuildLocked, project_lock
from generator.progress import Progress
from generator.safetext import terminal
from generator.scaffold import InitError, init_project
from generator.site import SiteBuildError, SiteSummary

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EXAMPLES = {
    "build": "examples:\n  sitrep build              generate docs/ and build site/ from seeds/\n"
    "  sitrep build --strict     fail (exit 1) on any warning or skipped seed\n"
    "  sitrep build --full       render every page again, not only what changed\n"
    "  sitrep build --root ~/kb  build the project in ~/kb",
    "generate": "examples:\n  sitrep generate           write docs/ from seeds/ (no site)\n"
    "  sitrep generate -v        ... and log every stage",
    "serve": "examples:\n  sitrep serve              live preview on http://127.0.0.1:8000\n"
    "  sitrep serve --port 8080  another port",
    "check": "examples:\n  sitrep check              validate seeds, catalogue and templates; write nothing\n"
    "  sitrep check --strict     exit 1 on any warning",
    "add": "examples:\n  sitrep add ~/Downloads/story.html            copy a saved page into seeds/, rebuild\n"
    "  sitrep add https://example.org/news/a-story  download it into seeds/, rebuild\n"
    "  sitrep add story.txt --no-build              copy only",
    "init": "examples:\n  sitrep init my-kb         a new knowledge base in my-kb/ (with a sample article)\n"
    "  cd my-kb && sitrep build  ... built into my-kb/site/",
}


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=Path("."), help="project root (default: current folder)")
    common.add_argument("--strict", action="store_true", help="treat warnings and skipped seeds as failures")
    _add_loudness(common)
    parser = argparse.ArgumentParser(
        prog="sitrep",
        description="Turn a folder of news articles into a cross-linked, searchable static site.",
        epilog="examples:\n  sitrep init my-kb  start a new knowledge base\n"
        "  sitrep build       generate docs/ and build site/\n"
        "  sitrep check       validate without writing\n"
        "  sitrep serve       live preview while you add seeds",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    helps = {
        "build": "generate docs/ and build the site into site/",
        "generate": "generate docs/ only",
        "serve": "live preview on localhost, regenerating when seeds change",
        "check": "validate seeds and configuration; write nothing",
        "add": "copy a file or download a page (http/https) into seeds/, then rebuild",
    }
    for name, text in helps.items():
        sub = commands.add_parser(
            name,
            parents=[common],
            help=text,
            description=text,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if name == "serve":
            sub.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000)")
        if name in ("build", "generate", "add"):
            sub.add_argument(
                "--wait",
                type=float,
                default=0.0,
                metavar="SECONDS",
                help="when another build of the project is running, wait this long for it (default: fail at once)",
            )
        if name in ("build", "add"):
            sub.add_argument(
                "--full", action="store_true", help="render every page of site/ again (default: only what changed)"
            )
        if name == "add":
            sub.add_argument("source", help="an article file (.txt .md .html .xml ...) or an http(s) URL")
            sub.add_argument("--no-build", action="store_true", help="only add the seed; do not rebuild")
    init = commands.add_parser(
        "init",
        help="create a new knowledge base in DIR, ready to build",
        description="Create DIR (new or empty) with mkdocs.yml, templates/, overrides/, catalogue/, "
        "seeds/ holding a sample article, and a README.",
        epilog=EXAMPLES["init"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    init.add_argument("dir", type=Path, metavar="DIR", help="the folder to create")
    _add_loudness(init)
    return parser


def _add_loudness(parser: argparse.ArgumentParser) -> None:
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    loudness.add_argument(
        "-v", "--verbose", action="count", default=0, help="-v: what each stage did; -vv: debug, MkDocs included"
    )


class _TerminalSafeFormatter(logging.Formatter):
    """Log records quote seed text and file names: never let them drive the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(terminal(line) for line in super().format(record).split("\n"))


def say(*parts: object) -> None:
    """One line on stderr, with every value made inert for the terminal."""
    print(" ".join(terminal(part) for part in parts), file=sys.stderr, flush=True)


def _configure_logging(*, quiet: bool, verbose: int) -> None:
    """-q: errors; default: warnings; -v: Sitrep's own stage messages; -vv: everything, debug."""
    level = logging.ERROR if quiet else logging.DEBUG if verbose >= 2 else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TerminalSafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("generator").setLevel(logging.INFO if verbose == 1 else level)
    logging.getLogger("mkdocs").setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)


def print_report(summary: Summary, *, quiet: bool) -> None:
    """Every seed accounted for: built, duplicate or skipped, with what to do about it."""
    counts = {s: sum(1 for o in summary.report if o.status == s) for s in ("built", "duplicate", "skipped")}
    for outcome in summary.report:
        if outcome.status == "built" and not outcome.messages:
            continue
        if quiet and outcome.status != "skipped":
            continue
        for message in outcome.messages or ("",):
            say(f"{outcome.status:>9} ", f"{outcome.seed}: {message}")
    for warning in summary.warnings:
        say("  catalogue ", warning)
    if not quiet:
        say(
            f"{len(summary.report)} seeds: {counts['built']} built, {counts['duplicate']} duplicate, "
            f"{counts['skipped']} skipped · {summary.entities} entities, {summary.mentions} mentions"
        )


def _site_line(site: SiteSummary) -> str:
    if site.mode == "unchanged":
        return f"site/ unchanged: {site.reason or 'nothing to rebuild'}"
    rendered = "every page" if site.rendered < 0 else f"{site.rendered:,} pages"
    why = f" ({site.reason})" if site.reason else ""
    return f"site/ {site.mode} build{why}: {rendered} rendered, {site.copied:,} files copied, {site.deleted:,} removed"


def _init(target: Path, *, quiet: bool) -> int:
    try:
        made = init_project(target)
    except (InitError, OSError) as err:
        say(f"sitrep: {err}")
        return EXIT_USAGE if isinstance(err, InitError) else EXIT_FAILED
    if not quiet:
        listing = ", ".join(path.name + ("/" if path.is_dir() else "") for path in made)
        say(f"created {target}: {listing}")
        say(f"next: cd {target} && sitrep build, then open site/index.html")
    return EXIT_OK


def _progress(total: int, label: str) -> Progress:
    return Progress(total, label)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:  # a bare `sitrep`: say what it can do
        parser.print_help()
        return EXIT_USAGE
    _configure_logging(quiet=args.quiet, verbose=args.verbose)
    if args.command == "init":
        return _init(args.dir, quiet=args.quiet)
    try:
        config = load_config(args.root, strict=args.strict)
    except ConfigError as err:
        say(f"sitrep: {err}")
        return EXIT_USAGE
    if args.command == "serve":
        from generator.serve import serve

        def announce(address: str) -> None:
            say(f"serving {config.root} on {address} (Ctrl+C to stop)")

        return serve(config, port=args.port, announce=announce)
    if args.command == "add":
        from generator.add import add_and_report

        code, message = add_and_report(config, args.source)
        say(message)
        if code != EXIT_OK or args.no_build:
            return code
        args.command = "build"
    started = time.perf_counter()
    try:
        if args.command == "check":
            from generator import pipeline

            summary, site = Summary.of(pipeline.check(config).kb), None
        else:
            with project_lock(config.cache_dir, wait=args.wait):
                built = _build(config, command=args.command, full=getattr(args, "full", False), quiet=args.quiet)
            if built is None:
                return EXIT_FAILED
            summary, site = built
    except (SiteBuildError, BuildLocked, OSError) as err:
        say(f"sitrep: build failed: {err}")
        return EXIT_FAILED
    print_report(summary, quiet=args.quiet)
    if not args.quiet and site is not None:
        say(_site_line(site))
    if not args.quiet:
        print(f"{args.command} finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if config.strict and summary.fails_strict():
        print("sitrep: --strict: warnings or skipped seeds", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _build(config: Config, *, command: str, full: bool, quiet: bool) -> tuple[Summary, SiteSummary | None] | None:
    """`generate` or `build`: nothing at all when the build record says nothing changed (unless
    `full`); None when --strict stopped the build before it wrote anything."""
    site = command == "build"
    inputs = build_record.snapshot(config)  # before any input is read
    if not full and (summary := build_record.unchanged(config, inputs, site=site)) is not None:
        return summary, SiteSummary("unchanged", reason="nothing changed since the last build") if site else None
    from generator import pipeline  # the whole pipeline: only imported when there is work to do

    kb = pipeline.gather(config, progress=_progress)
    if config.strict and pipeline.strict_failures(kb):  # strict: fail before writing anything
        print_report(Summary.of(kb), quiet=quiet)
        print("sitrep: --strict: warnings or skipped seeds; nothing was written", file=sys.stderr)
        return None
    if site:
        result = pipeline.build(config, kb=kb, inputs=inputs, progress=_progress, full=full)
    else:
        result = pipeline.generate(config, kb=kb, inputs=inputs, progress=_progress)
    return Summary.of(result.kb), result.site


if __name__ == "__main__":
    raise SystemExit(main())
