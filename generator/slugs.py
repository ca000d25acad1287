"""Slugs and generated paths: the one place where names become file names."""

from __future__ import annotations

import functools
import posixpath
import re

from anyascii import anyascii

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=[a-z0-9])['’ʼ`](?=[a-z0-9])")
MAX_SLUG = 80


def slugify(text: str, *, fallback: str = "untitled") -> str:
    """Lowercase ASCII words joined by single hyphens; never empty, never a path."""
    ascii_text = _APOSTROPHES.sub("", anyascii(text).lower())  # "Zelens'kyi", "Ukraine's": one word
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return slug or fallback


# Names the site uses for its own pages and folders: no entity may take one.
RESERVED_SLUGS = frozenset(
    {"index", "404", "assets", "search", "data", "articles", "about", "review", "graph", "map", "sitemap", "tags"}
    | {"people", "places", "units", "weapons", "organizations", "together", "mentions", "page"}
)


def entity_slug(kind: str, name: str) -> str:
    """The slug of a discovered entity: never one of the site's reserved names."""
    slug = slugify(name)
    return f"{slug}-{kind}" if slug in RESERVED_SLUGS else slug


def entity_id(kind: str, name: str) -> str:
    return f"{kind}/{entity_slug(kind, name)}"


KIND_DIRS = {
    "person": "people",
    "place": "places",
    "unit": "units",
    "weapon": "weapons",
    "organization": "organizations",
}
KIND_TITLES = {
    "person": "People",
    "place": "Places",
    "unit": "Units",
    "weapon": "Weapons",
    "organization": "Organizations",
}


def article_page(article_id: str) -> str:
    return f"articles/{article_id}.md"


@functools.lru_cache(maxsize=1 << 17)  # asked for every link to an entity: hundreds of thousands per build
def entity_page(entity_id: str) -> str:
    """`person/volodymyr-zelenskyy` → `people/volodymyr-zelenskyy.md`."""
    kind, _, slug = entity_id.partition("/")
    if kind not in KIND_DIRS or slugify(slug) != slug or slug in RESERVED_SLUGS:
        raise ValueError(f"not an entity id: {entity_id!r}")
    return f"{KIND_DIRS[kind]}/{slug}.md"


def site_address(markdown_path: str) -> str:
    """Where MkDocs puts a page of docs/ (mkdocs.yml: use_directory_urls: false, for file://), for
    links that MkDocs does not rewrite: in data scripts."""
    return markdown_path.removesuffix(".md") + ".html"


def relative_link(from_page: str, to_page: str) -> str:
    """A relative link between two generated pages (both paths from docs/)."""
    return _link_from(from_page.rpartition("/")[0], to_page)


@functools.lru_cache(maxsize=1 << 16)  # a folder's pages link to the same pages: articles/ to every entity
def _link_from(folder: str, to_page: str) -> str:
    """Generated paths are plain (no "." or ".." parts), so the link is found by comparing parts:
    posixpath.relpath, which makes both absolute first, took a third of the time of the entity
    pages at 10,000 articles."""
    source = folder.split("/") if folder else []
    target = to_page.split("/")
    if not _plain(source) or not _plain(target):
        return posixpath.relpath(to_page, folder or ".")
    common = 0
    while common < len(source) and common < len(target) - 1 and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:])


def _plain(parts: list[str]) -> bool:
    return all(part not in ("", ".", "..") for part in parts)


def together_page(entity_a: str, entity_b: str) -> str:
    """The page listing the articles that mention both: one per unordered pair.
    `weapon/m1-abrams`, `weapon/leopard-2` → `together/weapon-leopard-2--weapon-m1-abrams.md`
    (slugs never hold "--", so the name splits back unambiguously)."""
    first, second = sorted((entity_a, entity_b))
    for entity in (first, second):
        entity_page(entity)  # validates the id
    return f"together/{first.replace('/', '-')}--{second.replace('/', '-')}.md"
