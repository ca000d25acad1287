"""Live preview: site/ served on 127.0.0.1, rebuilt incrementally when an input changes, and the
browser reloaded.

- Watching: watchdog reports changes under seeds/, templates/, catalogue/, overrides/ and to
  mkdocs.yml; a burst of changes (an editor saving, a folder copied in) makes one rebuild, after
  the changes have settled for DEBOUNCE_SECONDS.
- Building: `pipeline.build` under the project lock, with a session that keeps the last build's
  readings, catalogue and extractions in memory (session.py), so only what changed is read and
  rendered again and site/ is swapped in whole; a build that fails is logged and the last good
  site stays served.
- Reloading: each HTML response gets a small script that asks /.sitrep-live/generation once a
  second and reloads the page when a new build has been swapped in. The script exists only in
  what the server sends: files in site/ are the same as those of `sitrep build`.
"""

from __future__ import annotations

import functools
import http.server
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import build_record, pipeline
from generator.config import Config
from generator.lock import project_lock
from generator.session import Session

log = logging.getLogger(__name__)
DEBOUNCE_SECONDS = 0.3
LOCK_WAIT_SECONDS = 600.0  # a rebuild waits for a manual build to finish
LIVE_PATH = "/.sitrep-live/generation"
LIVE_SCRIPT = (
    "<script>(function(){var seen=null;function ask(){fetch('" + LIVE_PATH + "',{cache:'no-store'})"
    ".then(function(r){return r.text()}).then(function(g){if(seen!==null&&g!==seen){location.reload()}seen=g})"
    ".catch(function(){}).finally(function(){setTimeout(ask,1000)})}ask()})();</script>"
)


UNCHANGED = object()  # what a build that found nothing changed returns


class Rebuilder:
    """Runs one build at a time; `generation` counts the builds swapped in. By default each build
    keeps what it read for the next one (session.py): only what changed is read again."""

    def __init__(self, config: Config, build: Callable[[Config], object] | None = None) -> None:
        self.config = config
        self._build = build or self._build_in_session
        self._session = Session()
        self.generation = 0
        self.failed = False  # the last build failed
        self._pending = threading.Event()
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def _build_in_session(self, config: Config) -> object:
        """A build with this process's session. Once one has been swapped in, a change that changed
        nothing (an editor saving a file as it was) stops at the build record, as `sitrep build` does:
        a few seconds of stat calls instead of a pass over the whole corpus."""
        inputs = build_record.snapshot(config)
        if self.generation and build_record.unchanged(config, inputs, site=True) is not None:
            log.info("nothing changed since the last build")
            return UNCHANGED
        return pipeline.build(config, inputs=inputs, session=self._session)

    def build_now(self) -> None:
        try:
            with project_lock(self.config.cache_dir, wait=LOCK_WAIT_SECONDS):
                built = self._build(self.config)
        except Exception:  # keep serving: the error is shown, the last good site stays
            log.exception("rebuilding failed; the last good site is still served")
            self.failed = True
            return
        self.failed = False
        if built is not UNCHANGED:  # open pages reload only when there is something new
            self.generation += 1

    def changed(self, path: str) -> None:
        """Called by the watcher for each change; builds once the changes have settled."""
        log.debug("changed: %s", path)
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(DEBOUNCE_SECONDS, self.build_now)
            self._timer.daemon = True
            self._timer.start()

    def stop(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()


def watched(config: Config) -> list[Path]:
    return [path for path in config.inputs if path != config.mkdocs_file]  # mkdocs.yml: its folder, below


def start_watching(config: Config, rebuilder: Rebuilder) -> Any:
    """A watchdog observer calling `rebuilder.changed` for changes to the project's inputs."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type in ("opened", "closed_no_write"):
                return
            rebuilder.changed(str(event.src_path))

    class ConfigHandler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if Path(str(event.src_path)).name == config.mkdocs_file.name and event.event_type != "opened":
                rebuilder.changed(str(event.src_path))

    observer = Observer()
    for folder in watched(config):
        if folder.is_dir():
            observer.schedule(Handler(), str(folder), recursive=True)
    observer.schedule(ConfigHandler(), str(config.root), recursive=False)
    observer.start()
    return observer


class LiveHandler(http.server.SimpleHTTPRequestHandler):
    """Serves site/ as it is on disk; HTML gets the reload script, LIVE_PATH the build generation."""

    rebuilder: Rebuilder

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path.split("?", 1)[0] == LIVE_PATH:
            self._send(str(self.rebuilder.generation).encode(), "text/plain; charset=utf-8")
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            body = path.read_bytes()
            at = body.rfind(b"</body>")
            at = len(body) if at < 0 else at
            self._send(body[:at] + LIVE_SCRIPT.encode() + body[at:], "text/html; charset=utf-8")
            return
        super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        log.debug("serve: " + format, *args)


def make_server(config: Config, rebuilder: Rebuilder, *, port: int) -> http.server.ThreadingHTTPServer:
    handler = type("Handler", (LiveHandler,), {"rebuilder": rebuilder})
    # site/ is swapped by rename: resolving the folder by name on each request serves the new one
    return http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(config.site_dir))
    )


def serve(config: Config, *, port: int, announce: Callable[[str], None] = lambda address: None) -> int:
    """Build, then serve site/ on 127.0.0.1:`port`, rebuilding as inputs change; `announce` gets
    the address once the first build is done (the CLI prints it)."""
    rebuilder = Rebuilder(config)
    rebuilder.build_now()
    server = make_server(config, rebuilder, port=port)
    observer = start_watching(config, rebuilder)
    announce(f"http://127.0.0.1:{server.server_address[1]}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        rebuilder.stop()
        observer.stop()
        server.server_close()
    return 0
