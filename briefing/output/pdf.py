"""PDF from HTML with WeasyPrint, through a URL fetcher that reads only files inside the workspace, and only
images within the limits (briefing.brief.images), before anything decodes them."""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import re
import shutil
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from briefing.brief import images
from briefing.config import Limits
from briefing.errors import BuildFailed, Problem, notice, warning
from briefing.fonts import bundled_fonts_dir

FONT_SCHEME = "briefing-font"
OUTSIDE = "only files inside the workspace are read"


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class Inspected(URLFetcherResponse):
        """A file's bytes as the fetcher inspected them. Given a path, WeasyPrint would read a PNG or JPEG again
        when it writes the PDF, and decode whatever the file holds by then; with none, it keeps these bytes."""

        @property
        def path(self):
            return None

    class WorkspaceFetcher(URLFetcher):
        """Serves data: URIs, the bundled fonts and files under the allowed folders, and refuses the rest. It
        also refuses any image over the limits, whatever its address, so WeasyPrint never decodes one."""

        def __init__(self, allowed: list[Path], limits: Limits, brief_folder: Path):
            super().__init__(allowed_protocols=("file", "data", FONT_SCHEME), timeout=1)
            self.allowed = [folder.resolve() for folder in allowed]
            self.brief_folder = brief_folder.resolve()  # the untrusted one: templates and figures are the desk's
            self.fonts = bundled_fonts_dir().resolve()
            self.limits = limits
            self.refused: list[tuple[str, str]] = []  # (address, why)

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "data":
                return self._data(url, headers)
            if parts.scheme == FONT_SCHEME:
                return self._file(url, self.fonts / unquote(parts.path), [self.fonts], inspected=False)
            if parts.scheme == "file":
                return self._file(url, Path(unquote(parts.path)), self.allowed)
            return self._refuse(url)

        def _file(self, url: str, path: Path, roots: list[Path], inspected: bool = True):
            try:
                real = path.resolve()
            except (OSError, RuntimeError, ValueError):  # a NUL character, a loop of symbolic links
                return self._refuse(url)
            if not any(real.is_relative_to(root) for root in roots) or not real.is_file():
                return self._refuse(url)
            if not inspected:  # the bundled fonts
                return URLFetcherResponse(real.as_uri(), real.read_bytes())
            try:
                data = images.read_file(real, real.name, self.limits.max_file_bytes)
                kind = images.examine(data, real.name, self.limits)
                if kind == "picture" and real.is_relative_to(self.brief_folder):  # decoding the map costs 0.1 s
                    images.decode(data, real.name)
            except images.Refused as refused:
                return self._refuse(url, str(refused))
            return Inspected(real.as_uri(), data)

        def _data(self, url: str, headers):
            """A data: URI (an SVG may hold pictures as data), inspected like a file. The refusal shows only
            its media type, never its data."""
            response = super().fetch(url, headers)
            try:
                data = response.read()
            finally:
                response.close()
            media = url.partition(",")[0]
            try:
                if images.examine(data, media, self.limits) == "picture":
                    images.decode(data, media)
            except images.Refused as refused:
                return self._refuse(f"{media},...", str(refused))
            return URLFetcherResponse(response.url, data, response.headers)

        def _refuse(self, url: str, why: str = OUTSIDE):
            self.refused.append((url, why))
            raise ValueError(f"refused to fetch {url}: {why}")

    return WorkspaceFetcher


VARIANTS = ("pdf/a-3b", "pdf/ua-1")


@dataclass(frozen=True)
class PdfOptions:
    variant: str | None = None          # None, "pdf/a-3b" (archival) or "pdf/ua-1" (accessible)
    tagged: bool = True                 # structure tags for screen readers, also outside pdf/ua-1
    attachments: tuple[Path, ...] = ()  # embedded byte for byte (pdf/a-3b)
    date: datetime.datetime | None = None  # stamped on attachments instead of "now", for reproducible bytes
    limits: Limits = field(default_factory=Limits)  # what an image the fetcher serves may be


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    problems: list[Problem]  # content warnings about the brief, notices about the machine
    timings: dict[str, float]
    pages: int = 0


HARFBUZZ_NOTICE = notice("E101", "WeasyPrint subsets fonts with fontTools because the HarfBuzz-Subset library "
                                 "is missing: PDFs take longer to make", hint="install libharfbuzz-subset0, "
                                 "or run scripts/system-deps")


def render_pdf(html: str, base: Path, allowed: list[Path], options: PdfOptions, shown: str = "") -> Rendered:
    """Lay out `html`; return the PDF bytes and what WeasyPrint warned about or the fetcher refused, as problems
    of the brief `shown` or notices about this machine. The time limit is the caller's: see briefing.workers."""
    from weasyprint import HTML, Attachment

    fetcher = _fetcher_class()(allowed, options.limits, base)
    with _captured_warnings() as logged, _font_dates(options.date), _without_pillow_warnings(), \
            _font_configuration() as fonts:
        try:
            start = time.perf_counter()
            document = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher).render(font_config=fonts)
            laid_out = time.perf_counter()
            attachments = [Attachment(string=path.read_bytes(), name=path.name, relationship="Source",
                                      description=f"{path.name}, a source file of this brief",
                                      created=options.date, modified=options.date)
                           for path in options.attachments]
            pdf = document.write_pdf(pdf_variant=options.variant, pdf_tags=options.tagged,
                                     attachments=attachments or None,
                                     finisher=_header_scopes if options.tagged else None)
            timings = {"pdf_layout": laid_out - start, "pdf_write": time.perf_counter() - laid_out}
        except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
            raise BuildFailed(f"PDF rendering failed: {exc}", file=shown) from exc
    refused = [warning("B702", shown, "", f"refused to fetch {url}: {why}") for url, why in fetcher.refused]
    problems = refused + _classified(logged, shown, {url for url, _ in fetcher.refused}, base)
    return Rendered(pdf, problems, timings, len(document.pages))


def _header_scopes(document: Any, pdf: Any) -> None:
    """Give each table header cell of the tagged PDF its /Scope, as PDF/UA asks (WeasyPrint tags <th> as /TH and
    links data cells to their headers, but writes no scope): a header in the table's head heads its column, any
    other (a row group's, a row's) its row."""
    objects = pdf.objects

    def parent(element: Any) -> Any:
        reference = element.get("P")
        if not isinstance(reference, bytes | str):
            return None
        number = int(reference.split()[0])
        return objects[number] if 0 < number < len(objects) else None

    for element in objects:
        if isinstance(element, dict) and element.get("S") == "/TH" and isinstance(element.get("A"), dict):
            row = parent(element)
            group = parent(row) if isinstance(row, dict) else None
            head = isinstance(group, dict) and group.get("S") == "/THead"
            element["A"]["Scope"] = "/Column" if head else "/Row"


FAILED_LOAD = re.compile(r"^Failed to load (?P<what>image|stylesheet) at '?(?P<url>[^' ]+)'? ?:")


def _classified(messages: list[str], shown: str, refused: set[str], base: Path) -> list[Problem]:
    """WeasyPrint's log, as problems: what concerns the machine is a notice, said once; the rest concerns the
    brief. A failed load of what the fetcher refused is reported with the refusal; any other (a picture that
    cannot be decoded) is said here, so nothing leaves the PDF without a word."""
    problems: list[Problem] = []
    for message in dict.fromkeys(messages):
        failed = FAILED_LOAD.match(message)
        if "instead of HarfBuzz-Subset" in message:
            problem = HARFBUZZ_NOTICE
        elif failed and failed["url"] not in refused:
            problem = warning("B703", shown, "", f"{failed['what']} {_shown_url(failed['url'], base)!r} could "
                                                 "not be read and is left out of the PDF")
        elif message.startswith("Failed to load"):
            continue
        else:
            problem = warning("B703", shown, "", message)
        if problem not in problems:
            problems.append(problem)
    return problems


def _shown_url(url: str, base: Path) -> str:
    """A file: URL as a path relative to the brief's folder (no path of the build machine in a message)."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return url if len(url) <= 60 else url[:60] + "…"
    return os.path.relpath(unquote(parts.path), base)


@contextlib.contextmanager
def _font_configuration() -> Iterator[Any]:
    """WeasyPrint's fonts for one document, released once the PDF is written:
    - it copies each @font-face file into a temporary folder that only its finaliser removes, and a worker
      process ends without running finalisers: the folder is removed here, so no build leaves fonts behind;
    - it hands Pango a Fontconfig configuration of its own (every system font, loaded anew), which Pango 1.50
      never releases when the font map goes: 0.22 MB per document, so a worker laying out brief after brief
      grew without end. Setting the font map's configuration to none (documented as allowed) releases it."""
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    try:
        yield fonts
    finally:
        if fonts._folder:  # WeasyPrint 70 has no public name for it
            shutil.rmtree(fonts._folder, ignore_errors=True)
            fonts._folder = None
        _release_fontconfig(fonts.font_map)


def _release_fontconfig(font_map: Any) -> None:
    """Drop the Fontconfig configuration a WeasyPrint font map holds (nothing lays text out with it after)."""
    from weasyprint.text.ffi import ffi, pangoft2

    pangoft2.pango_fc_font_map_set_config(ffi.cast("PangoFcFontMap *", font_map), ffi.NULL)


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
def _without_pillow_warnings() -> Iterator[None]:
    """Every picture reaching Pillow is within limits.max_image_pixels already: the fetcher saw to that. Past
    Pillow's own default, its DecompressionBombWarning would only print a raw line on stderr."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
        yield


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
