"""Progress on stderr with `rich`: a bar for counted work, a spinner for work without a count.
Shown only when stderr is a terminal, so logs and pipes stay clean."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

MIN_TOTAL = 20  # fewer items than this finish before a bar is worth drawing


class Progress:
    """`Progress(total, label)`; `advance()` per item; `close()` (or `with`) when done.
    A total of 0 means "no count": a spinner with the elapsed time."""

    def __init__(self, total: int, label: str, *, stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.done = 0
        stream = stream or sys.stderr
        self.enabled = stream.isatty() and (total == 0 or total >= MIN_TOTAL)
        self._bar: RichProgress | None = None
        if self.enabled:
            columns = [SpinnerColumn(), TextColumn("{task.description}")]
            if total:
                columns += [BarColumn(), MofNCompleteColumn()]
            self._bar = RichProgress(*columns, TimeElapsedColumn(), console=Console(file=stream), transient=False)
            self._task = self._bar.add_task(label, total=total or None)
            self._bar.start()

    def advance(self, step: int = 1) -> None:
        self.done += step
        if self._bar is not None:
            self._bar.advance(self._task, step)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
