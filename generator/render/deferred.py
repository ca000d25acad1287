"""Costly pieces of a page (an SVG chart, an article's linked paragraphs, the excerpts of its
sentences), computed only when the page is rendered.

A page's signature (render/memo.py) is the repr of everything its template is given. A Deferred
stands in that repr for its output by what the output is a pure function of (the function and its
`key`, by default its arguments), so a page can be found unchanged without computing any of it.
In a template it behaves as its value: printed, tested, iterated, measured.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from markupsafe import escape

_NOT_YET = object()


class Deferred:
    """`function(*args, **kwargs)`, when its value is first needed; its inputs stand for it in a repr."""

    __slots__ = ("_args", "_function", "_key", "_kwargs", "_value")

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._function, self._args, self._kwargs = function, args, kwargs
        self._key: Any = (args, sorted(kwargs.items()))
        self._value: Any = _NOT_YET

    @classmethod
    def keyed(cls, key: Any, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Deferred:
        """For arguments too large to stand in a repr (an article's body): `key` determines the value."""
        deferred = cls(function, *args, **kwargs)
        deferred._key = key
        return deferred

    @property
    def value(self) -> Any:
        if self._value is _NOT_YET:
            self._value = self._function(*self._args, **self._kwargs)
        return self._value

    def __repr__(self) -> str:
        return f"<{self._function.__module__}.{self._function.__qualname__}{self._key!r}>"

    def __html__(self) -> str:
        return str(escape(self.value))  # Markup as it is, anything else escaped

    def __str__(self) -> str:
        return str(self.value)

    def __bool__(self) -> bool:
        return bool(self.value)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def __getitem__(self, item: Any) -> Any:
        return self.value[item]

    def __eq__(self, other: object) -> bool:
        return self.value == (other.value if isinstance(other, Deferred) else other)

    __hash__ = None  # type: ignore[assignment]  # mutable cache, compared by value
