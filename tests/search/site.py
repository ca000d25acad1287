"""A bare site for search browser tests: the search files of a knowledge base, Sitrep's search
script and the real search box partial in one page, without MkDocs (seconds instead of a build)."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2

from generator.model import KnowledgeBase
from generator.search import search_files
from tests.sample import PROJECT_ROOT

OVERRIDES = PROJECT_ROOT / "overrides"
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search test</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/stylesheets/sitrep-search.css"></head>
<body><header class="md-header"><nav class="md-header__inner">{box}</nav></header>
<main><h1>Search test</h1><p>Press / to search.</p></main>
<script src="assets/javascripts/sitrep-search.js"></script></body></html>
"""


def write_search_site(kb: KnowledgeBase, folder: Path) -> Path:
    """Write the bare site into `folder` and return the page's path."""
    for path, text in search_files(kb).items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for asset in ("javascripts/sitrep-search.js", "stylesheets/sitrep-search.css"):
        (folder / "assets" / asset).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(OVERRIDES / "assets" / asset, folder / "assets" / asset)
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(OVERRIDES),
            jinja2.DictLoader({".icons/material/magnify.svg": '<svg viewBox="0 0 24 24"></svg>'}),
        ]
    )
    box = jinja2.Environment(loader=loader, autoescape=True).get_template("partials/sitrep-search.html").render()
    page = folder / "index.html"
    page.write_text(_PAGE.format(box=box), encoding="utf-8")
    return page
