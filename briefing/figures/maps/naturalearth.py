"""Natural Earth shapefiles, used only where they already exist in Cartopy's data folders: never downloaded.

Cartopy looks for `shapefiles/natural_earth/<category>/ne_<scale>_<name>.shp` under
`cartopy.config['pre_existing_data_dir']` (set from CARTOPY_DATA_DIR) and `cartopy.config['data_dir']`.
This module looks in the same places itself and never calls `cartopy.io.shapereader.natural_earth`,
which would download what is missing.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.messages import N_
from briefing.places.located import Located

SCALES = ("10m", "50m", "110m")


@dataclass(frozen=True)
class NaturalEarthLayer:
    key: str  # basemap style "basemap-<key>"
    category: str
    name: str
    legend: str


LAYERS = (
    NaturalEarthLayer("admin1", "cultural", "admin_1_states_provinces_lines", N_("First-level administrative border")),
    NaturalEarthLayer("road", "cultural", "roads", N_("Road")),
    NaturalEarthLayer("railway", "cultural", "railroads", N_("Railway")),
)
PLACES = NaturalEarthLayer("places", "cultural", "populated_places", N_("Town"))


def search_dirs() -> list[Path]:
    """CARTOPY_DATA_DIR, then Cartopy's pre-existing and user data folders, each once."""
    if _cartopy_customised():  # a siteconfig or userconfig may move the folders: ask Cartopy itself
        import cartopy

        configured = [cartopy.config.get("pre_existing_data_dir"), cartopy.config.get("data_dir")]
    else:  # Cartopy's own defaults, without importing it (a cached map then needs no Cartopy at all)
        data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        configured = [os.environ.get("CARTOPY_DATA_DIR"), Path(data_home) / "cartopy"]
    found: list[Path] = []
    candidates = [os.environ.get("CARTOPY_DATA_DIR"), *configured]
    for folder in candidates:
        if folder and Path(folder).is_dir() and Path(folder).resolve() not in found:
            found.append(Path(folder).resolve())
    return found


def _cartopy_customised() -> bool:
    spec = importlib.util.find_spec("cartopy")
    site = spec is not None and spec.origin and (Path(spec.origin).parent / "siteconfig.py").is_file()
    return bool(site) or importlib.util.find_spec("cartopy_userconfig") is not None


def find(layer: NaturalEarthLayer) -> Path | None:
    """The finest existing shapefile of a layer, or None."""
    for folder in search_dirs():
        for scale in SCALES:
            path = folder / "shapefiles" / "natural_earth" / layer.category / f"ne_{scale}_{layer.name}.shp"
            if path.is_file():
                return path
    return None


def fingerprint() -> list[tuple[str, int, int]]:
    """What Natural Earth data a map would use (path, size, mtime): part of the cache key."""
    rows = []
    for layer in (*LAYERS, PLACES):
        path = find(layer)
        if path is not None:
            stat = path.stat()
            rows.append((str(path), stat.st_size, stat.st_mtime_ns))
    return rows


def lines(windows: list[tuple]) -> dict[str, list]:
    """{layer key: clipped line geometries} for the layers that exist."""
    found = {}
    for layer in LAYERS:
        path = find(layer)
        if path is not None:
            found[layer.key] = list(_clipped(str(path), tuple(windows)))
    return found


@functools.lru_cache(maxsize=32)
def _clipped(path: str, windows: tuple) -> tuple:
    from cartopy.io.shapereader import Reader
    from shapely.geometry import box

    parts: list = []
    for west, east, south, north in windows:
        window = box(west, south, east, north)
        reader = Reader(path, bbox=(west, south, east, north))
        for geometry in reader.geometries():
            clipped = geometry.intersection(window)
            parts.extend(g for g in getattr(clipped, "geoms", [clipped]) if "LineString" in g.geom_type)
        reader.close()
    return tuple(parts)


def places(windows: list[tuple]) -> list[Located]:
    """Populated places inside the windows, as background towns."""
    path = find(PLACES)
    if path is None:
        return []
    from cartopy.io.shapereader import Reader

    found = []
    for west, east, south, north in windows:
        reader = Reader(str(path), bbox=(west, south, east, north))
        for record in reader.records():
            point, attributes = record.geometry, {k.lower(): v for k, v in record.attributes.items()}
            if point is None or not (west <= point.x <= east and south <= point.y <= north):
                continue
            population = int(attributes.get("pop_max") or 0) or None
            found.append(Located(str(attributes.get("name", "")), point.y, point.x, "town", "gazetteer",
                                 population, str(attributes.get("iso_a2", ""))))
        reader.close()
    return [p for p in found if p.name]


def report() -> list[str]:
    folders = search_dirs()
    shown = ("looked in " + ", ".join(str(f) for f in folders)) if folders else \
        "no Cartopy data folder exists (set CARTOPY_DATA_DIR to one holding Natural Earth shapefiles)"
    lines_out = []
    for layer in (*LAYERS, PLACES):
        path = find(layer)
        state = f"{path.name} from {path.parent}" if path else "not found, skipped (never downloaded)"
        lines_out.append(f"  {layer.legend.lower()}s: {state}")
    return [f"Natural Earth (optional): {shown}", *lines_out]
