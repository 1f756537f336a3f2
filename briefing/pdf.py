"""PDF from HTML with WeasyPrint, through a URL fetcher that reads only files inside the workspace."""

from __future__ import annotations

import importlib.util
import logging
import os
import tempfile
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


def write_pdf(html: str, target: Path, base: Path, allowed: list[Path]) -> list[str]:
    """Lay out `html` and write `target` atomically; return the URLs that were refused."""
    from weasyprint import HTML

    fetcher = _fetcher_class()(allowed)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    try:
        document = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher).render()
        pdf = document.write_pdf()
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
        raise BuildFailed(f"{target.name}: PDF rendering failed: {exc}") from exc
    write_atomic(target, pdf)
    return fetcher.refused


def write_atomic(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: a reader sees the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
