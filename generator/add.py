"""`sitrep add FILE|URL`: put one article into seeds/ under a stable name, with its provenance.

A file is copied as it is. A URL (http or https only) is downloaded once, saved as the kind of seed
its content type says (.html, .xml, .txt, .md), with YAML front matter recording the address it
came from and when (`url`, `retrieved`); ingest reads front matter in every kind of seed. The name
depends only on the file's name and content, or on the URL, so adding the same thing again replaces
it instead of making a copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from generator.config import Config
from generator.ingest.discover import MAX_MARKUP_BYTES, SUPPORTED_SUFFIXES, size_limit
from generator.safefile import read_bytes_limited
from generator.slugs import slugify

TIMEOUT_SECONDS = 30
MAX_URL_LENGTH = 2000
NAME_SLUG_LENGTH = 60
USER_AGENT = "sitrep-add/0.1 (saves one page for an offline knowledge base)"
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


class AddError(ValueError):
    """The file or page cannot be added; the message says why and what to do."""


@dataclass(frozen=True)
class Added:
    path: Path
    replaced: bool  # a seed of the same name was there already


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise AddError(f"the page redirects to {newurl!r}, which is not http or https: not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _stable_name(stem: str, key: bytes, suffix: str) -> str:
    slug = slugify(stem, fallback="article")[:NAME_SLUG_LENGTH].strip("-") or "article"
    return f"{slug}-{hashlib.sha256(key).hexdigest()[:10]}{suffix}"


def _write(config: Config, name: str, data: bytes) -> Added:
    target = config.seeds_dir / name
    replaced = target.exists()
    if replaced and target.read_bytes() == data:
        return Added(target, True)
    temporary = target.with_name(f".{name}.part")
    temporary.write_bytes(data)
    temporary.replace(target)  # atomic: a build never sees half a seed
    return Added(target, replaced)


def add_file(config: Config, path: Path) -> Added:
    if not path.is_file():
        raise AddError(f"{path}: no such file; give the path of an article file or an http(s) URL")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise AddError(
            f"{path}: unsupported file type ({suffix or 'no extension'}); use {', '.join(SUPPORTED_SUFFIXES)}"
        )
    size, limit = path.stat().st_size, size_limit(path)
    if size > limit:
        raise AddError(f"{path}: {size / 1048576:.0f} MB, over the {limit // 1048576} MB limit: trim it")
    data = read_bytes_limited(path, limit)
    return _write(config, _stable_name(path.stem, path.name.encode() + b"\0" + data, suffix), data)


def _download(url: str) -> tuple[bytes, str, str]:
    """The body, the final URL after redirects, and the suffix its content type calls for."""
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xml;q=0.9,*/*;q=0.5"}
    )
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            answer: Message = response.headers
            data = response.read(MAX_MARKUP_BYTES + 1)
            final = response.geturl()
    except urllib.error.HTTPError as err:
        raise AddError(f"{url}: the server answered {err.code} {err.reason}; check the address") from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise AddError(f"{url}: cannot be downloaded ({reason}); check the address and the connection") from err
    if len(data) > MAX_MARKUP_BYTES:  # a page with its markup; a text answer is held to the text limit when read
        raise AddError(f"{url}: the page is over the {MAX_MARKUP_BYTES // 1048576} MB limit for one article")
    content_type = answer.get_content_type()
    suffix = CONTENT_TYPES.get(content_type)
    if suffix is None:
        raise AddError(f"{url}: content type {content_type!r} is not an article page, a feed or text; save it by hand")
    return data, final, suffix


def add_url(config: Config, url: str, *, now: dt.datetime | None = None) -> Added:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > MAX_URL_LENGTH:
        raise AddError(f"{url[:100]!r} is not an http(s) address of at most {MAX_URL_LENGTH} characters")
    data, final, suffix = _download(url)
    retrieved = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    provenance = {"url": final, "retrieved": retrieved.isoformat().replace("+00:00", "Z")}
    header = "---\n" + yaml.safe_dump(provenance, sort_keys=True, allow_unicode=True) + "---\n"
    stem = f"{parts.netloc}{parts.path}".replace("/", " ")
    return _write(config, _stable_name(stem, url.encode(), suffix), header.encode() + data)


def add_seed(config: Config, source: str) -> Added:
    """Add a file or an http(s) URL to seeds/."""
    return add_url(config, source) if is_url(source) else add_file(config, Path(source))


def add_and_report(config: Config, source: str) -> tuple[int, str]:
    """The `sitrep add` command's own part: (0, what was done) or (1, why not and what to do)."""
    try:
        added = add_seed(config, source)
    except AddError as err:
        return 1, f"sitrep add: {err}"
    except OSError as err:
        return 1, f"sitrep add: cannot write into {config.seeds_dir} ({err.strerror}): check its permissions"
    name = added.path.relative_to(config.root).as_posix()
    return 0, f"sitrep add: {'replaced' if added.replaced else 'added'} {name}"
