"""Fixtures shared by the browser tests: a recording tab (see entities_support)."""

from tests.browser.entities_support import tab  # noqa: F401 - pytest finds fixtures by name
