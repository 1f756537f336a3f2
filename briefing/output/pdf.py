"""PDF from HTML with WeasyPrint, through a URL fetcher that reads only files inside the workspace."""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from briefing.errors import BuildFailed, Problem, notice, warning
from briefing.fonts import bundled_fonts_dir

FONT_SCHEME = "briefing-font"


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


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    problems: list[Problem]  # content warnings about the brief, notices about the machine
    timings: dict[str, float]


HARFBUZZ_NOTICE = notice("E101", "WeasyPrint subsets fonts with fontTools because the HarfBuzz-Subset library "
                                 "is missing: PDFs take longer to make", hint="install libharfbuzz-subset0, "
                                 "or run scripts/system-deps")


def render_pdf(html: str, base: Path, allowed: list[Path], options: PdfOptions, shown: str = "") -> Rendered:
    """Lay out `html`; return the PDF bytes and what WeasyPrint warned about or the fetcher refused, as problems
    of the brief `shown` or notices about this machine. The time limit is the caller's: see briefing.workers."""
    from weasyprint import HTML, Attachment

    fetcher = _fetcher_class()(allowed)
    with _captured_warnings() as warnings, _font_dates(options.date):
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
            timings = {"pdf_layout": laid_out - start, "pdf_write": time.perf_counter() - laid_out}
        except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
            raise BuildFailed(f"PDF rendering failed: {exc}", file=shown) from exc
    refused = [warning("B702", shown, "", f"refused to fetch {url}: only files inside the workspace are read")
               for url in fetcher.refused]
    return Rendered(pdf, refused + _classified(warnings, shown), timings)


def _classified(messages: list[str], shown: str) -> list[Problem]:
    """WeasyPrint's log, as problems: what concerns the machine is a notice, said once; the rest concerns the
    brief (a failed load is the fetcher's refusal, reported above)."""
    problems: list[Problem] = []
    for message in dict.fromkeys(messages):
        if "instead of HarfBuzz-Subset" in message:
            problem = HARFBUZZ_NOTICE
        elif not message.startswith("Failed to load"):
            problem = warning("B703", shown, "", message)
        else:
            continue
        if problem not in problems:
            problems.append(problem)
    return problems


@contextlib.contextmanager
def _font_dates(date: datetime.datetime | None) -> Iterator[None]:
    """Where HarfBuzz-Subset is missing, fontTools subsets the fonts and stamps each subset's `head.modified` with
    the time of the build, so two builds of one brief would differ. fontTools takes that time from
    SOURCE_DATE_EPOCH when it is set (the reproducible-builds convention): set it to the brief's date while the
    PDF is written, and put back whatever was there."""
    if date is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(date.timestamp()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


@contextlib.contextmanager
def _captured_warnings() -> Iterator[list[str]]:
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
