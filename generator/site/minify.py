"""Sitrep's minifier, an MkDocs plugin the site stage adds to mkdocs.yml's: every page's HTML
minified as MkDocs writes it.

Material's page chrome (header, tabs, navigation, table of contents) is mostly indentation: about
a fifth of every page. At 10,000 articles that fifth is what puts site/ over a host's 1 GB. The
minifier is minify-html (a maintained HTML5 minifier, native code, about 1 ms a page); it keeps
closing tags and the <html>/<head> tags, leaves inline scripts and styles as they are, and keeps
whitespace that shows (inside <pre>, between inline elements). One page in, one page out, nothing
read from other pages: the incremental site build runs it on the pages it renders (site/__init__.py).
"""

from __future__ import annotations

import minify_html
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

MINIFY_PLUGIN = "sitrep/minify"


def minify(html: str) -> str:
    return minify_html.minify(
        html,
        keep_closing_tags=True,
        keep_html_and_head_opening_tags=True,
        minify_css=False,  # Material's and our own inline code is already small: not worth a second parser
        minify_js=False,
    )


class MinifyPlugin(BasePlugin):  # type: ignore[type-arg]
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return minify(output)
