"""Country names on a map, as cartographers set them: in spaced capitals, inside the country's drawn area.

Candidate points on a grid over the window are kept where they are on land, and given the country of the
nearest GeoNames town on the same land and not across a border (deep inside a country, its nearest town is its
own; Greenland's nearest town of some size may be Reykjavik, across the sea). Each country is named once, at its
candidate farthest from borders, coasts, the frame and the brief's places where the whole name fits without
crossing a border or a coast; a country with no room for its name is not named. Names come from CLDR through
Babel, in the brief's language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from cartopy import crs as ccrs
from matplotlib.transforms import Bbox

from briefing.figures.maps.basemap import Basemap
from briefing.figures.maps.labels import line_points
from briefing.figures.maps.style import MUTED
from briefing.places.territories import country_name

PLATE = ccrs.PlateCarree()
GRID = 24                          # candidate points along each side of the window
SMALLEST_TOWN = [(8.0, 0), (25.0, 5000), (1000.0, 15000)]  # (window span in degrees, population): who decides
CANDIDATES = 80                    # points tried for each country, farthest from any line first
NEAREST = 8                        # towns tried for each point, nearest first
COAST_DEG = 0.3                    # a town this near a land polygon is on it (coarse shorelines miss coastal towns)
MARGIN_PT = 3.0                    # room between a name and the nearest line or place


@dataclass(frozen=True)
class CountryLabel:
    code: str
    text: str
    box: Bbox  # display coordinates


def spaced(name: str) -> str:
    """"DR Congo" -> "D R   C O N G O": letters a space apart, words three. A name in a script whose letters join
    (Arabic, Syriac, N'Ko and others: the cursive scripts) is left as it is: spaced, its letters would fall apart."""
    if any(_joins(character) for character in name):
        return name
    return "   ".join(" ".join(word.upper()) for word in name.split())


def _joins(character: str) -> bool:
    """Whether a letter belongs to a script written joined (Unicode's right-to-left letters: Arabic, Hebrew,
    Syriac, Thaana, N'Ko; Hebrew does not join, but spacing its letters does not help it either)."""
    import unicodedata

    return unicodedata.bidirectional(character) in ("AL", "R")


def name_countries(ax, base: Basemap, language: str, fontsize: float, avoid: list[tuple[float, float]],
                   zorder: float, named: frozenset[str] = frozenset()) -> tuple[list[CountryLabel], dict[str, float]]:
    """Draw the name of every country with room for it in the axes, but those in `named` (the brief's own areas
    name them); `avoid` are data points (the brief's places) no name may cover. Also returns the share of the
    frame's land each country covers (over the grid of candidate points), largest first: what the frame shows."""
    ax.apply_aspect()  # the axes' final box: display coordinates are measured in it
    crs, renderer = ax.projection, ax.figure.canvas.get_renderer()
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    xs, ys = np.meshgrid(np.linspace(x0, x1, GRID + 2)[1:-1], np.linspace(y0, y1, GRID + 2)[1:-1])
    xy = np.column_stack([xs.ravel(), ys.ravel()])
    lonlat = PLATE.transform_points(crs, xy[:, 0], xy[:, 1])[:, :2]
    on_land = _on_land(base, lonlat)
    codes = _nearest_country(lonlat, base.borders, base.land)
    display = ax.transData.transform(xy)
    lines = line_points(ax, [crs.transform_points(PLATE, *np.asarray(line.xy))[:, :2]
                             for line in _outlines([*base.borders, *base.coast])], spacing_pt=1.5)
    rivers = line_points(ax, [crs.transform_points(PLATE, *np.asarray(line.xy))[:, :2]
                              for line in _outlines(base.rivers)], spacing_pt=1.5)
    points = ax.transData.transform(np.asarray(avoid, dtype=float).reshape(-1, 2)) if avoid else np.empty((0, 2))
    frame = ax.get_window_extent(renderer)
    clearance = _clearance(display, np.concatenate([lines, points]), frame)
    drawn: list[CountryLabel] = []
    land = [c for c, on in zip(codes, on_land) if on and c]
    shares = {code: land.count(code) / len(codes) for code in sorted(set(land), key=lambda c: (-land.count(c), c))}
    for code in sorted(set(land) - named):
        mine = [i for i in np.argsort(-clearance) if codes[i] == code and on_land[i]]
        label = _fit(ax, renderer, code, country_name(code, language), mine, xy, (lines, points, rivers), frame,
                     fontsize, zorder)
        if label is not None:
            drawn.append(label)
    return drawn, shares


def _fit(ax, renderer, code: str, name: str, order: list, xy, avoid: tuple, frame, fontsize: float,
         zorder: float) -> CountryLabel | None:
    """The name at the first candidate where it fits: letter-spaced, else in plain capitals; clear of rivers
    too where it can be. `avoid`: display points of borders and coasts, of places, and of rivers. Each setting
    is measured once; a centred name's box at a candidate is that size around it."""
    lines, points, rivers = avoid
    margin = MARGIN_PT * ax.figure.dpi / 72.0
    centres = ax.transData.transform(xy)
    for setting, clear_of_rivers in ((spaced(name), True), (spaced(name), False), (name.upper(), True),
                                     (name.upper(), False)):
        text = ax.text(*xy[order[0]] if order else (0, 0), setting, ha="center", va="center", fontsize=fontsize,
                       color=MUTED, zorder=zorder, transform=ax.transData)
        measured = text.get_window_extent(renderer)
        half_w, half_h = measured.width / 2, measured.height / 2
        for i in order[:CANDIDATES]:
            x, y = centres[i]
            box = Bbox.from_extents(x - half_w, y - half_h, x + half_w, y + half_h)
            room = box.padded(margin)
            inside = frame.x0 <= room.x0 and room.x1 <= frame.x1 and frame.y0 <= room.y0 and room.y1 <= frame.y1
            if inside and not _any_inside(room, lines) and not _any_inside(room, points) and not (
                    clear_of_rivers and _any_inside(box, rivers)):
                text.set_position(xy[i])
                return CountryLabel(code, name, text.get_window_extent(renderer))
        text.remove()
    return None


def _any_inside(box: Bbox, points: np.ndarray) -> bool:
    if not len(points):
        return False
    return bool(((points[:, 0] >= box.x0) & (points[:, 0] <= box.x1) &
                 (points[:, 1] >= box.y0) & (points[:, 1] <= box.y1)).any())


def _clearance(display: np.ndarray, obstacles: np.ndarray, frame: Bbox) -> np.ndarray:
    """Each point's distance to the nearest obstacle point or the frame's edge, in display units."""
    edge = np.minimum.reduce([display[:, 0] - frame.x0, frame.x1 - display[:, 0],
                              display[:, 1] - frame.y0, frame.y1 - display[:, 1]])
    if not len(obstacles):
        return edge
    nearest = np.full(len(display), np.inf)
    for start in range(0, len(obstacles), 4096):
        chunk = obstacles[start:start + 4096]
        distance = np.hypot(display[:, None, 0] - chunk[None, :, 0], display[:, None, 1] - chunk[None, :, 1])
        nearest = np.minimum(nearest, distance.min(axis=1))
    return np.minimum(edge, nearest)


def _outlines(geometries: list) -> list:
    """The single lines of lines and multi-lines."""
    return [line for geometry in geometries for line in getattr(geometry, "geoms", [geometry])
            if line.geom_type in ("LineString", "LinearRing")]


def _on_land(base: Basemap, lonlat: np.ndarray) -> np.ndarray:
    if not base.land:
        return np.zeros(len(lonlat), dtype=bool)
    land = shapely.union_all(base.land)
    inside = shapely.contains_xy(land, lonlat[:, 0], lonlat[:, 1])
    if base.water:
        inside &= ~shapely.contains_xy(shapely.union_all(base.water), lonlat[:, 0], lonlat[:, 1])
    return inside


def _nearest_country(lonlat: np.ndarray, borders: list, land: list | None = None) -> list[str]:
    """The country of the nearest town to each point that is reached without crossing a drawn border (on an
    equirectangular plane scaled at the points' mean latitude) and on the same land (Greenland's ice is not named
    for Reykjavik across the sea); "" where every near town is across one or the other."""
    towns, countries = _towns(lonlat)
    if not len(towns):
        return [""] * len(lonlat)
    scale = np.cos(np.radians(lonlat[:, 1].mean()))
    nearest = np.empty((len(lonlat), min(NEAREST, len(towns))), dtype=int)
    for start in range(0, len(lonlat), 64):
        chunk = lonlat[start:start + 64]
        dx = ((towns[None, :, 0] - chunk[:, None, 0] + 180.0) % 360.0 - 180.0) * scale
        distance = dx ** 2 + (towns[None, :, 1] - chunk[:, None, 1]) ** 2
        part = np.argpartition(distance, nearest.shape[1] - 1, axis=1)[:, :nearest.shape[1]]
        order = np.take_along_axis(distance, part, axis=1).argsort(axis=1)
        nearest[start:start + 64] = np.take_along_axis(part, order, axis=1)
    frontier = shapely.union_all(borders) if borders else None
    if frontier is not None:
        shapely.prepare(frontier)
    point_land, town_land = _landmass(lonlat, land or []), _landmass(towns, land or [])
    found = [""] * len(lonlat)
    pending = np.arange(len(lonlat))  # the points whose nearer towns are all across a border or the sea
    for rank in range(nearest.shape[1]):
        towns_now = nearest[pending, rank]
        mine, theirs = point_land[pending], town_land[towns_now]
        across = (mine >= 0) & (theirs >= 0) & (mine != theirs)
        if frontier is not None:
            across |= shapely.intersects(shapely.linestrings(np.stack([lonlat[pending], towns[towns_now]], axis=1)),
                                         frontier)
        for point, town in zip(pending[~across], towns_now[~across]):
            found[point] = countries[town]
        pending = pending[across]
        if not len(pending):
            break
    return found


def _landmass(lonlat: np.ndarray, land: list) -> np.ndarray:
    """The index of the land polygon each point is on, or nearest to within COAST_DEG (a coastal town just off a
    coarse shoreline); -1 where none is."""
    found = np.full(len(lonlat), -1, dtype=int)
    if not land or not len(lonlat):
        return found
    tree = shapely.STRtree(land)
    points, polygons = tree.query_nearest(shapely.points(lonlat), max_distance=COAST_DEG)
    found[points] = polygons  # inside a polygon is at distance 0: a point between two is given one of them
    return found


def _towns(lonlat: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """(lon, lat) and country of the towns around the points, from the place index: every village on a local
    map, larger places the wider the window (a country map needs no villages to tell countries apart)."""
    from briefing.places.index import towns_in

    west, south = lonlat.min(axis=0) - 2.0
    east, north = lonlat.max(axis=0) + 2.0
    span = max(east - west, north - south)
    smallest = next(population for limit, population in SMALLEST_TOWN if span <= limit)
    found = towns_in(max(west, -180.0), min(east, 180.0), max(south, -90.0), min(north, 90.0), smallest)
    return np.array([row[:2] for row in found], dtype=float).reshape(-1, 2), [row[2] for row in found]
