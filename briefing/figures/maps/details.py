"""Detail maps as data: which parts of the situation map get a map of their own, at a larger scale.

A brief's places can span scales: a city's districts and a track across three countries. On a map framing all
of them the cluster's symbols crowd into a few millimetres, where they can only be moved apart or numbered. A
detail map shows the cluster at its own scale, with its own key and caption; the situation map keeps one place
of the cluster and draws the detail map's frame, lettered, so the reader finds it.

The brief gives its detail maps as [[maps]] (an extent, or the places to frame), or else they are found here:
clusters of at least MIN_CLUSTER points of the brief lying within LINK_MM of each other at the situation map's
print scale (an area counts as a point where it is no larger than that on the map).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.brief.model import DetailMap
from briefing.figures.maps.frame import auto_extent, unwrap_extent
from briefing.places.geodesy import distance_km, normal_lon
from briefing.places.located import Located

LINK_MM = 6.0  # places closer than this on the printed situation map belong to one cluster
MIN_CLUSTER = 3  # two places that close are moved apart on a leader; three or more get a detail map
MIN_ENLARGEMENT = 3.0  # a detail map is worth a page only at three times the situation map's scale or more
MAX_AUTO = 2  # clusters given a detail map without being asked, the largest first
FRAME_MM = (112.0, 107.5)  # the situation map's frame on paper (figures.maps.render.MAP_MM)
ROLE_RANK = {"focus": 0, "objective": 1, "city": 2}


@dataclass(frozen=True)
class Detail:
    letter: str  # "A", "B": on the situation map's frame of it and in its caption
    title: str | None  # the brief's, if any
    extent: tuple[float, float, float, float]  # west, east, south, north (east may exceed 180)
    members: tuple[str, ...]  # the brief's places inside it, by name
    kept: str | None  # the member the situation map still draws, the others being on the detail map
    projection: str = "auto"


def plan_details(given: list[DetailMap], located: list[Located], main_extent: tuple[float, float, float, float],
                 automatic: bool) -> list[Detail]:
    """The detail maps of a brief: those it gives in [[maps]], else the clusters found (if `automatic`)."""
    points = [place for place in located if place.kind != "area"]
    if given:
        return [_given(number, spec, points) for number, spec in enumerate(given)]
    if not automatic:
        return []
    per_mm = _km_per_mm(main_extent)
    points += [place for place in located if place.kind == "area" and _dot_sized(place, LINK_MM * per_mm)]
    found = [cluster for cluster in _clusters(points, LINK_MM * per_mm) if len(cluster) >= MIN_CLUSTER]
    found.sort(key=lambda cluster: (-len(cluster), min(ROLE_RANK.get(p.role, 3) for p in cluster)))
    details: list[Detail] = []
    for cluster in found[:MAX_AUTO]:
        extent = auto_extent(cluster)
        if _km_per_mm(extent) * MIN_ENLARGEMENT > per_mm:
            continue  # hardly larger than the situation map: moving symbols apart serves better
        if any(len(group) >= MIN_CLUSTER for group in _clusters(cluster, LINK_MM * _km_per_mm(extent))):
            continue  # still a crowd at the largest scale a detail map takes (30 km across): no better there
        details.append(Detail(_letter(len(details)), None, extent, tuple(p.name for p in cluster),
                              _kept(cluster).name))
    return details


def _given(number: int, spec: DetailMap, points: list[Located]) -> Detail:
    wanted = {name.casefold() for name in spec.places}
    framed = [place for place in points if place.name.casefold() in wanted]
    extent = unwrap_extent(spec.extent) if spec.extent else auto_extent(framed)
    inside = [place for place in points if _inside(place, extent)]
    return Detail(_letter(number), spec.title, extent, tuple(p.name for p in inside),
                  _kept(inside).name if inside else None, spec.projection)


def _dot_sized(area: Located, link_km: float) -> bool:
    """An area no larger on the situation map than the gap that links places into a crowd (Sierra Leone and
    Liberia on a map that also reaches Washington): a point there, its name crowding its neighbours'."""
    if area.extent is None:
        return False
    west, east, south, north = area.extent
    return distance_km((south, normal_lon(west)), (north, normal_lon(east))) <= link_km


def _kept(cluster: list[Located]) -> Located:
    return min(cluster, key=lambda place: (ROLE_RANK.get(place.role, 3), place.approximate))


def left_off(details: list[Detail]) -> set[str]:
    """The names of the places the situation map leaves to its detail maps."""
    return {name for detail in details for name in detail.members if name != detail.kept}


def _letter(number: int) -> str:
    return chr(ord("A") + number)


def _inside(place: Located, extent: tuple[float, float, float, float]) -> bool:
    west, east, south, north = extent
    lon = place.lon if place.lon >= west else place.lon + 360.0
    return west <= lon <= east and south <= place.lat <= north


def _km_per_mm(extent: tuple[float, float, float, float]) -> float:
    """Ground km per paper mm where the extent fills the situation map's frame (the tighter of its two sides)."""
    west, east, south, north = extent
    middle = (south + north) / 2
    width = distance_km((middle, normal_lon(west)), (middle, normal_lon((west + east) / 2))) * 2
    height = distance_km((south, west), (north, west))
    return max(width / FRAME_MM[0], height / FRAME_MM[1], 1e-6)


def _clusters(points: list[Located], link_km: float) -> list[list[Located]]:
    """Single-linkage groups: two places closer than link_km are in one group, and so on transitively."""
    groups: list[list[Located]] = []
    for place in points:
        near = [group for group in groups if any(distance_km((place.lat, place.lon), (other.lat, other.lon))
                                                 <= link_km for other in group)]
        merged = [place] + [member for group in near for member in group]
        groups = [group for group in groups if all(group is not other for other in near)] + [merged]
    return [sorted(group, key=lambda p: points.index(p)) for group in groups]


def box_ring(extent: tuple[float, float, float, float], steps: int = 24) -> list[tuple[float, float]]:
    """The lon/lat outline of an extent, densified so that it follows the map's projection."""
    west, east, south, north = extent
    ring = [(west + (east - west) * i / steps, south) for i in range(steps)]
    ring += [(east, south + (north - south) * i / steps) for i in range(steps)]
    ring += [(east - (east - west) * i / steps, north) for i in range(steps)]
    ring += [(west, north - (north - south) * i / steps) for i in range(steps + 1)]
    return ring  # longitudes unwrapped (east may exceed 180): the projection takes them as they are
