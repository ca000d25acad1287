"""The `sitrep` command: the only part of the package that talks to the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from generator import pipeline
from generator.config import ConfigError, load_config
from generator.lock import BuildLocked, project_lock
from generator.model import KnowledgeBase
from generator.progress import Progress
from generator.safetext import terminal
from generator.site import SiteBuildError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EXAMPLES = {
    "build": "examples:\n  sitrep build              generate docs/ and build site/ from seeds/\n"
    "  sitrep build --strict     fail (exit 1) on any warning or skipped seed\n"
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
}


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, default=Path("."), help="project root (default: current folder)")
    common.add_argument("--strict", action="store_true", help="treat warnings and skipped seeds as failures")
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    loudness.add_argument("-v", "--verbose", action="store_true", help="log every stage")
    parser = argparse.ArgumentParser(
        prog="sitrep",
        description="Turn a folder of news articles into a cross-linked, searchable static site.",
        epilog="examples:\n  sitrep build     generate docs/ and build site/\n"
        "  sitrep check     validate without writing\n"
        "  sitrep serve     live preview while you add seeds",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
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
        if name == "add":
            sub.add_argument("source", help="an article file (.txt .md .html .xml ...) or an http(s) URL")
            sub.add_argument("--no-build", action="store_true", help="only add the seed; do not rebuild")
    return parser


class _TerminalSafeFormatter(logging.Formatter):
    """Log records quote seed text and file names: never let them drive the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(terminal(line) for line in super().format(record).split("\n"))


def say(*parts: object) -> None:
    """One line on stderr, with every value made inert for the terminal."""
    print(" ".join(terminal(part) for part in parts), file=sys.stderr)


def _configure_logging(*, quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TerminalSafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("mkdocs").setLevel(logging.WARNING if not verbose else logging.INFO)


def print_report(kb: KnowledgeBase, *, quiet: bool) -> None:
    """Every seed accounted for: built, duplicate or skipped, with what to do about it."""
    counts = {status: sum(1 for o in kb.report if o.status == status) for status in ("built", "duplicate", "skipped")}
    for outcome in kb.report:
        if outcome.status == "built" and not outcome.messages:
            continue
        if quiet and outcome.status != "skipped":
            continue
        for message in outcome.messages or ("",):
            say(f"{outcome.status:>9} ", f"{outcome.seed}: {message}")
    for warning in kb.warnings:
        say("  catalogue ", warning)
    if not quiet:
        say(
            f"{len(kb.report)} seeds: {counts['built']} built, {counts['duplicate']} duplicate, "
            f"{counts['skipped']} skipped · {len(kb.entities)} entities, {len(kb.mentions)} mentions"
        )


def _has_warnings(kb: KnowledgeBase) -> bool:
    return bool(kb.warnings) or any(o.status == "skipped" or o.messages for o in kb.report)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(quiet=args.quiet, verbose=args.verbose)
    try:
        config = load_config(args.root, strict=args.strict)
    except ConfigError as err:
        say(f"sitrep: {err}")
        return EXIT_USAGE
    if args.command == "serve":
        from generator.serve import serve

        return serve(config, port=args.port)
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
            result = pipeline.check(config)
        else:
            with project_lock(config.cache_dir, wait=args.wait):
                kb = pipeline.gather(config, progress=lambda total: Progress(total, "extracting"))
                if config.strict and _has_warnings(kb):  # strict: fail before writing anything
                    print_report(kb, quiet=args.quiet)
                    print("sitrep: --strict: warnings or skipped seeds; nothing was written", file=sys.stderr)
                    return EXIT_FAILED
                run = pipeline.generate if args.command == "generate" else pipeline.build
                result = run(config, kb=kb)
    except (SiteBuildError, BuildLocked, OSError) as err:
        say(f"sitrep: build failed: {err}")
        return EXIT_FAILED
    print_report(result.kb, quiet=args.quiet)
    if not args.quiet:
        print(f"{args.command} finished in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if config.strict and _has_warnings(result.kb):
        print("sitrep: --strict: warnings or skipped seeds", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
