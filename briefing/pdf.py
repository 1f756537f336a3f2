"""PDF from HTML with WeasyPrint, through a URL fetcher that reads only files inside the workspace."""

from __future__ import annotations

import contextlib
import datetime
import importlib.util
import logging
import os
import signal
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing.errors import BuildFailed

FONT_SCHEME = "briefing-font"


def bundled_fonts_dir() -> Path:
    """Matplotlib's own fonts (DejaVu, STIX): present wherever the package is installed."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise BuildFailed("matplotlib is not installed; it provides the fonts a brief is set in")
    return Path(spec.submodule_search_locations[0]) / "mpl-data" / "fonts" / "ttf"


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class WorkspaceFetcher(URLFetcher):
        """Serves data: URIs, the bundled fonts and files under the allowed folders; refuses the rest."""

        def __init__(self, allowed: list[Path]):
            super().__init__(allowed_protocols=("file", "data", FONT_SCHEME), timeout=1)
            self.allowed = [folder.resolve() for folder in allowed]
            self.fonts = bundled_fonts_dir().resolve()
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            if parts.scheme == FONT_SCHEME:
                return self._file(url, self.fonts / unquote(parts.path), [self.fonts])
            if parts.scheme == "file":
                return self._file(url, Path(unquote(parts.path)), self.allowed)
            return self._refuse(url)

        def _file(self, url: str, path: Path, roots: list[Path]):
            real = path.resolve()
            if not any(real.is_relative_to(root) for root in roots) or not real.is_file():
                return self._refuse(url)
            return URLFetcherResponse(real.as_uri(), real.read_bytes())

        def _refuse(self, url: str):
            self.refused.append(url)
            raise ValueError(f"refused to fetch {url}: only files inside the workspace are read")

    return WorkspaceFetcher


VARIANTS = ("pdf/a-3b", "pdf/ua-1")


@dataclass(frozen=True)
class PdfOptions:
    variant: str | None = None          # None, "pdf/a-3b" (archival) or "pdf/ua-1" (accessible)
    tagged: bool = True                 # structure tags for screen readers, also outside pdf/ua-1
    attachments: tuple[Path, ...] = ()  # embedded byte for byte (pdf/a-3b)
    date: datetime.datetime | None = None  # stamped on attachments instead of "now", for reproducible bytes
    timeout: float | None = None           # seconds; layout of hostile input must not run forever


def render_pdf(html: str, base: Path, allowed: list[Path], options: PdfOptions,
               timings: dict[str, float] | None = None) -> tuple[bytes, list[str]]:
    """Lay out `html`; return the PDF bytes and what WeasyPrint warned about or the fetcher refused."""
    from weasyprint import HTML, Attachment

    fetcher = _fetcher_class()(allowed)
    with _captured_warnings() as warnings, _time_limit(options.timeout):
        try:
            start = time.perf_counter()
            document = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher).render()
            laid_out = time.perf_counter()
            attachments = [Attachment(string=path.read_bytes(), name=path.name, relationship="Source",
                                      description=f"{path.name}, a source file of this brief",
                                      created=options.date, modified=options.date)
                           for path in options.attachments]
            pdf = document.write_pdf(pdf_variant=options.variant, pdf_tags=options.tagged,
                                     attachments=attachments or None)
            if timings is not None:
                timings.update(pdf_layout=laid_out - start, pdf_write=time.perf_counter() - laid_out)
        except _TimeUp:
            raise BuildFailed(f"rendering took longer than {options.timeout:g} s "
                              "(limits.render_seconds in config.toml)") from None
        except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
            raise BuildFailed(f"PDF rendering failed: {exc}") from exc
    refused = [f"refused to fetch {url}: only files inside the workspace are read" for url in fetcher.refused]
    return pdf, refused + [w for w in warnings if not w.startswith("Failed to load")]


class _TimeUp(BaseException):
    """Raised inside WeasyPrint by the timer; a BaseException so no `except Exception` swallows it."""


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    """SIGALRM after `seconds` (main thread only, where signals are delivered; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def time_up(signum, frame):
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _captured_warnings():
    """Collect WeasyPrint's log warnings (missing glyphs, ignored CSS) instead of printing them."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler, level, propagate = Collect(logging.WARNING), logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def write_atomic(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: a reader sees the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (mkstemp creates files readable by their owner only)."""
    current = os.umask(0)
    os.umask(current)
    return current
