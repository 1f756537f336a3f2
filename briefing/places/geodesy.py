"""Distances, bearings and destinations on the WGS84 ellipsoid (pyproj's Geod, Karney's geodesics): the one
geodesy of the engine. Points are (lat, lon) in degrees."""

from __future__ import annotations

from pyproj import Geod

WGS84 = Geod(ellps="WGS84")


def distance_km(one: tuple[float, float], other: tuple[float, float]) -> float:
    """The geodesic distance between two (lat, lon) points."""
    _, _, metres = WGS84.inv(one[1], one[0], other[1], other[0])
    return float(metres) / 1000.0


def bearing(one: tuple[float, float], other: tuple[float, float]) -> float:
    """The initial bearing from `one` towards `other`, degrees clockwise from north in [0, 360)."""
    forward, _, _ = WGS84.inv(one[1], one[0], other[1], other[0])
    return float(forward) % 360.0


def destination(lat: float, lon: float, bearing_deg: float, distance: float) -> tuple[float, float]:
    """The point `distance` km from (lat, lon) setting off on `bearing_deg`, along the geodesic."""
    lon2, lat2, _ = WGS84.fwd(lon, lat, bearing_deg, distance * 1000.0)
    return float(lat2), normal_lon(float(lon2))


def normal_lon(lon: float) -> float:
    """A longitude in [-180, 180)."""
    return (lon + 180.0) % 360.0 - 180.0


def lon_range(lons: list[float]) -> tuple[float, float]:
    """The shortest longitude interval holding all `lons`, unwrapped (east may exceed 180)."""
    ordered = sorted(normal_lon(lon) for lon in lons)
    gaps = [(ordered[(i + 1) % len(ordered)] - ordered[i]) % 360.0 for i in range(len(ordered))]
    widest = max(range(len(gaps)), key=lambda i: (gaps[i], -i))
    if len(ordered) == 1 or gaps[widest] == 0:
        return ordered[0], ordered[0]
    west = ordered[(widest + 1) % len(ordered)]
    east = ordered[widest]
    return west, east + 360.0 if east < west else east
