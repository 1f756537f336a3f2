"""The map frame as data: the extent, the projection chosen for it, and the lon/lat windows the frame covers.

Longitudes are "unwrapped" inside this module: an extent crossing the antimeridian (west 177, east -178)
becomes west 177, east 182. Data is always clipped in ±180 space, so `windows` splits at 180.
"""

from __future__ import annotations

import math
import typing
from dataclasses import dataclass

from briefing.brief.model import Projection
from briefing.errors import BriefingError
from briefing.places.geodesy import lon_range, normal_lon
from briefing.places.located import Located

SINGLE_PLACE_HALF_SIZE = 0.5  # degrees of latitude around a lone place
MARGIN = 0.18  # of the places' span, on each side
MIN_HALF_SIZE = 0.15  # degrees: never a map smaller than about 30 km
POLAR_LATITUDE = 70.0
WIDE_DEG = 60.0  # a transverse Mercator map wider than this many degrees of longitude is too distorted at its edges
PROJECTIONS = typing.get_args(Projection)


@dataclass(frozen=True)
class Frame:
    """What the main map shows: projection parameters and limits in projected metres."""

    extent: tuple[float, float, float, float]  # requested [west, east, south, north], east may exceed 180
    projection: str  # one of PROJECTIONS, never "auto"
    params: dict  # keyword arguments of the Cartopy CRS
    limits: tuple[float, float, float, float]  # x0, x1, y0, y1 of the axes, in projected metres
    covered: tuple[float, float, float, float]  # lon/lat bounds of everything the frame shows (unwrapped)

    def crs(self):
        return make_crs(self.projection, self.params)

    def windows(self, pad: float = 0.0) -> list[tuple[float, float, float, float]]:
        west, east, south, north = self.covered
        return split_at_antimeridian(west - pad, east + pad, max(-90.0, south - pad), min(90.0, north + pad))

    def span_km(self) -> float:
        x0, x1, y0, y1 = self.limits
        return math.hypot(x1 - x0, y1 - y0) / 1000.0


def split_at_antimeridian(west: float, east: float, south: float, north: float) -> list[tuple]:
    """One or two [west, east, south, north] boxes within ±180 covering an unwrapped longitude range."""
    if east - west >= 360.0:
        return [(-180.0, 180.0, south, north)]
    shift = 360.0 * math.floor((west + 180.0) / 360.0)
    west, east = west - shift, east - shift
    if east <= 180.0:
        return [(west, east, south, north)]
    return [(west, 180.0, south, north), (-180.0, east - 360.0, south, north)]


def auto_extent(places: list[Located]) -> tuple[float, float, float, float]:
    """A box around the places with a margin; a lone place (or a tight cluster) gets a sensible minimum."""
    if not places:
        raise BriefingError("the map has no places and no [map] extent: give one or the other")
    lats = [p.lat for p in places]
    west, east = lon_range([p.lon for p in places])
    south, north = min(lats), max(lats)
    if len(places) == 1:
        half = SINGLE_PLACE_HALF_SIZE
        return _box_around((west + east) / 2, (south + north) / 2, half / _coslat(south), half)
    pad_lat = max((north - south) * MARGIN, MIN_HALF_SIZE / 2)
    pad_lon = max((east - west) * MARGIN, pad_lat / _coslat((south + north) / 2))
    west, east, south, north = west - pad_lon, east + pad_lon, south - pad_lat, north + pad_lat
    half_lat = max((north - south) / 2, MIN_HALF_SIZE)
    half_lon = max((east - west) / 2, MIN_HALF_SIZE / _coslat((south + north) / 2))
    return _box_around((west + east) / 2, (south + north) / 2, half_lon, half_lat)


def _coslat(lat: float) -> float:
    return max(math.cos(math.radians(lat)), 0.05)


def _box_around(lon: float, lat: float, half_lon: float, half_lat: float) -> tuple[float, float, float, float]:
    south, north = max(-90.0, lat - half_lat), min(90.0, lat + half_lat)
    half_lon = min(half_lon, 180.0)
    return lon - half_lon, lon + half_lon, south, north


def unwrap_extent(extent: list[float]) -> tuple[float, float, float, float]:
    west, east, south, north = extent
    return west, east + 360.0 if east <= west else east, south, north


def choose_projection(name: str, extent: tuple[float, float, float, float]) -> tuple[str, dict]:
    """A conformal projection centred on the extent: stereographic near the poles, transverse Mercator
    across the equator, Lambert conformal conic elsewhere (standard parallels at 1/6 and 5/6); Mercator across
    the equator where the extent is wider than WIDE_DEG (a transverse Mercator doubles scale 60 degrees from its
    meridian: an ocean between the brief's places would be drawn as a smear)."""
    west, east, south, north = extent
    lon0, lat0 = round(normal_lon((west + east) / 2), 4), round((south + north) / 2, 4)
    if name not in PROJECTIONS:
        raise BriefingError(f"unknown map projection '{name}' (known: {', '.join(PROJECTIONS)})")
    if name == "auto":
        polar = max(abs(south), abs(north)) >= POLAR_LATITUDE
        name = "stereographic" if polar else "lambert" if not south <= 0 <= north else \
            "mercator" if east - west > WIDE_DEG else "transverse-mercator"
    if name == "lambert":
        if south <= 0 <= north:
            raise BriefingError("a Lambert conformal map cannot cross the equator: use projection = "
                                "\"transverse-mercator\" or \"auto\"")
        sixth = (north - south) / 6
        return name, {"central_longitude": lon0, "central_latitude": lat0, "cutoff": -30 if lat0 > 0 else 30,
                      "standard_parallels": (round(south + sixth, 4), round(north - sixth, 4))}
    if name == "transverse-mercator":
        return name, {"central_longitude": lon0, "central_latitude": lat0, "approx": False}
    if name == "mercator":
        if max(abs(south), abs(north)) > 84:
            raise BriefingError("a Mercator map cannot reach beyond 84 degrees: use \"stereographic\" or \"auto\"")
        return name, {"central_longitude": lon0, "latitude_true_scale": lat0}
    pole = 90.0 if north >= 89.9 else -90.0 if south <= -89.9 else lat0
    return name, {"central_longitude": lon0, "central_latitude": pole}


def make_crs(name: str, params: dict):
    import cartopy.crs as ccrs

    classes = {"lambert": ccrs.LambertConformal, "transverse-mercator": ccrs.TransverseMercator,
               "mercator": ccrs.Mercator, "stereographic": ccrs.Stereographic}
    return classes[name](**params)


def make_frame(extent: tuple[float, float, float, float], projection: str, aspect: float) -> Frame:
    """The frame for an unwrapped extent, widened in x or y to fill axes of `aspect` (height / width)."""
    import cartopy.crs as ccrs
    import numpy as np  # here, like Cartopy: a build that reuses its map imports neither

    name, params = choose_projection(projection, extent)
    crs = make_crs(name, params)
    lons, lats = _ring(*extent)
    xy = crs.transform_points(ccrs.PlateCarree(), np.array([normal_lon(v) for v in lons]), np.array(lats))
    if not np.isfinite(xy[:, :2]).all():
        raise BriefingError(f"the map extent {list(extent)} cannot be drawn in the {name} projection")
    x0, x1, y0, y1 = xy[:, 0].min(), xy[:, 0].max(), xy[:, 1].min(), xy[:, 1].max()
    limits = _fit_aspect(x0, x1, y0, y1, aspect)
    return Frame(extent, name, params, limits, _covered(crs, limits, params["central_longitude"]))


def _ring(west: float, east: float, south: float, north: float, n: int = 64) -> tuple[list, list]:
    import numpy as np

    along = np.linspace(0.0, 1.0, n)
    lons = [*(west + (east - west) * along), *[east] * n, *(east - (east - west) * along), *[west] * n]
    lats = [*[south] * n, *(south + (north - south) * along), *[north] * n, *(north - (north - south) * along)]
    return lons, lats


def _fit_aspect(x0: float, x1: float, y0: float, y1: float, aspect: float) -> tuple[float, float, float, float]:
    width, height = x1 - x0, y1 - y0
    if height < width * aspect:
        grow = (width * aspect - height) / 2
        y0, y1 = y0 - grow, y1 + grow
    else:
        grow = (height / aspect - width) / 2
        x0, x1 = x0 - grow, x1 + grow
    return float(x0), float(x1), float(y0), float(y1)


def _covered(crs, limits: tuple[float, float, float, float], lon0: float) -> tuple[float, float, float, float]:
    """Lon/lat bounds of the whole frame (its corners reach beyond the requested extent)."""
    import cartopy.crs as ccrs
    import numpy as np

    x0, x1, y0, y1 = limits
    xs, ys = _ring(x0, x1, y0, y1)
    ll = ccrs.PlateCarree().transform_points(crs, np.array(xs), np.array(ys))
    ll = ll[np.isfinite(ll[:, :2]).all(axis=1)]
    relative = (ll[:, 0] - lon0 + 180.0) % 360.0 - 180.0
    west, east = lon0 + relative.min(), lon0 + relative.max()
    south, north = float(ll[:, 1].min()), float(ll[:, 1].max())
    for pole in (90.0, -90.0):
        px, py = crs.transform_point(0.0, pole, ccrs.PlateCarree())
        if np.isfinite(px) and x0 <= px <= x1 and y0 <= py <= y1:
            west, east = -180.0, 180.0
            south, north = (south, 90.0) if pole > 0 else (-90.0, north)
    return float(west), float(east), south, north
