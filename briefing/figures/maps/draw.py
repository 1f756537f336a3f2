"""Drawing the map body: basemap, workspace layers, overlays and place symbols, each call with its CRS.

Every function returns what it drew as data (legend entries, sidecar features) for the key and the sidecar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import cartopy.crs as ccrs
import numpy as np
from matplotlib.colors import to_rgba
from matplotlib.patches import FancyArrowPatch
from matplotlib.path import Path as MplPath

from briefing.config import MapConfig, MapStyle
from briefing.figures.maps.layers import Overlay
from briefing.figures.maps.naturalearth import LAYERS as NE_LAYERS
from briefing.figures.maps.plan import MapPlan
from briefing.figures.maps.style import APPROXIMATE_LEGEND, PAPER, PlaceSymbol, place_symbol
from briefing.messages import ENGLISH
from briefing.places.located import Located

PLATE = ccrs.PlateCarree()
Z_LAND, Z_LINES, Z_AREAS, Z_OVERLAY_LINES, Z_ARROWS, Z_POINTS, Z_TOWNS, Z_PLACES = 0.2, 1, 2, 3, 4, 5, 6, 7
APPROX_EDGE = 1.3


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # symbol, line, area, arrow
    label: str
    style: MapStyle | None = None
    symbol: PlaceSymbol | None = None  # for kind "symbol"
    hollow: bool = False


def draw_basemap(ax, plan: MapPlan, config: MapConfig, words: Any = ENGLISH) -> list[LegendEntry]:
    """Sea, land, lakes, rivers, Natural Earth lines and borders, in that order (bottom to top)."""
    style = cast(Callable[[str], MapStyle], config.style)  # the basemap's styles are built in: never None
    ax.set_facecolor(style("basemap-sea").facecolor)
    base = plan.base
    _areas(ax, base.land, style("basemap-land"), Z_LAND)
    _areas(ax, base.water, style("basemap-lake"), Z_LAND + 0.1)
    _lines(ax, base.coast, style("basemap-coast"), Z_LINES)
    _lines(ax, base.rivers, style("basemap-river"), Z_LINES + 0.1)
    entries = []
    if base.coast or base.water:
        entries.append(LegendEntry("area", words.gettext("Sea or lake"), style("basemap-lake")))
    if base.rivers:
        entries.append(LegendEntry("line", words.gettext("River"), style("basemap-river")))
    for number, layer in enumerate(NE_LAYERS):
        geometries = plan.natural_earth.get(layer.key, [])
        _lines(ax, geometries, style(f"basemap-{layer.key}"), Z_LINES + 0.2 + number / 100)
        if geometries:
            entries.append(LegendEntry("line", words.gettext(layer.legend), style(f"basemap-{layer.key}")))
    _lines(ax, base.borders, style("basemap-border"), Z_LINES + 0.5)
    if base.borders:
        entries.append(LegendEntry("line", words.gettext("International border"), style("basemap-border")))
    return entries


def draw_extra_layers(ax, plan: MapPlan, config: MapConfig) -> list[LegendEntry]:
    entries = []
    for layer in plan.extra_layers:
        style = config.style(layer.style_name)
        assert style is not None  # unknown styles were refused when the map was planned
        geometries = [f.geometry for f in layer.features]
        kinds = {g.geom_type for g in geometries}
        if kinds & {"Polygon"}:
            _areas(ax, [g for g in geometries if g.geom_type == "Polygon"], style, Z_LINES + 0.3, outline=True)
        _lines(ax, [g for g in geometries if "LineString" in g.geom_type], style, Z_LINES + 0.3)
        points = [g for g in geometries if g.geom_type == "Point"]
        if points:
            ax.plot([p.x for p in points], [p.y for p in points], ls="none", marker=style.marker,
                    ms=style.markersize, mfc=style.facecolor, mec=style.edgecolor, transform=PLATE, zorder=Z_POINTS)
        entries.append(LegendEntry("area" if "Polygon" in kinds else "line", layer.label, style))
    return entries


def _areas(ax, polygons: list, style: MapStyle, zorder: float, outline: bool = False) -> None:
    if not polygons:
        return
    face = "none" if style.facecolor == "none" else to_rgba(style.facecolor, style.alpha)
    edge = style.edgecolor if outline else "none"
    ax.add_geometries(polygons, crs=PLATE, facecolor=face, edgecolor=edge, linewidth=style.linewidth,
                      zorder=zorder)


def _lines(ax, lines: list, style: MapStyle, zorder: float) -> None:
    if lines:
        ax.add_geometries(lines, crs=PLATE, facecolor="none", edgecolor=style.edgecolor, linewidth=style.linewidth,
                          linestyle=style.linestyle, alpha=style.alpha, zorder=zorder)


def draw_overlay(ax, overlay: Overlay, crs) -> tuple[LegendEntry, list[tuple[float, float] | None]]:
    """One [[map.layers]] entry; returns its key entry and, for point layers, each point's map xy."""
    style, geometries = overlay.style, [f.geometry for f in overlay.features]
    if overlay.kind == "area":
        face = "none" if style.facecolor == "none" else to_rgba(style.facecolor, style.alpha)
        ax.add_geometries(geometries, crs=PLATE, facecolor=face, edgecolor="none", zorder=Z_AREAS)
        ax.add_geometries(geometries, crs=PLATE, facecolor="none", edgecolor=style.edgecolor,
                          linewidth=style.linewidth, linestyle=style.linestyle, hatch=style.hatch or None,
                          hatchcolor=style.edgecolor, zorder=Z_AREAS + 0.1)
    elif overlay.kind == "line":
        _lines(ax, geometries, style, Z_OVERLAY_LINES)
        if overlay.style_name in ("distance-ring", "detail-frame"):  # named on itself, at its northernmost point
            tops = [max(line.coords, key=lambda point: point[1]) for line in geometries]
            xy = crs.transform_points(PLATE, np.array([t[0] for t in tops]), np.array([t[1] for t in tops]))
            return LegendEntry("line", overlay.label, style), [(float(v[0]), float(v[1])) for v in xy]
    elif overlay.kind == "arrow":
        for line in geometries:
            ax.add_patch(arrow_patch(ax, line, style, crs))
    else:
        ax.plot([p.x for p in geometries], [p.y for p in geometries], ls="none", marker=style.marker,
                ms=style.markersize, mfc=style.facecolor, mec=style.edgecolor, mew=0.6, alpha=style.alpha,
                transform=PLATE, zorder=Z_POINTS)
        xy = crs.transform_points(PLATE, np.array([p.x for p in geometries]), np.array([p.y for p in geometries]))
        return LegendEntry("point", overlay.label, style), [(float(v[0]), float(v[1])) for v in xy]
    return LegendEntry(overlay.kind, overlay.label, style), [None] * len(geometries)


def arrow_patch(ax, line, style: MapStyle, crs) -> FancyArrowPatch:
    """An axis of advance: the line in map coordinates (projected from lon/lat) with a head at its end."""
    lons, lats = np.asarray(line.xy[0]), np.asarray(line.xy[1])
    xy = crs.transform_points(PLATE, lons, lats)[:, :2]
    width = style.linewidth
    head = f"-|>,head_length={arrow_head_pt(style):.2f},head_width={1.6 + 1.3 * width:.2f}"
    return FancyArrowPatch(path=MplPath(xy), arrowstyle=head, color=style.edgecolor, lw=width * 1.4,
                           linestyle=style.linestyle, alpha=style.alpha, capstyle="round", joinstyle="round",
                           transform=ax.transData, zorder=Z_ARROWS)


def arrow_head_pt(style: MapStyle) -> float:
    return 3.2 + 2.2 * style.linewidth


def arrow_tips(overlay: Overlay, crs) -> list[tuple[float, float]]:
    """Where each arrow of an arrow layer ends, in map coordinates: labels keep clear of the heads."""
    if overlay.kind != "arrow":
        return []
    ends = [f.geometry.coords[-1] for f in overlay.features]
    return [cast(tuple[float, float], tuple(float(v) for v in crs.transform_point(lon, lat, PLATE)))
            for lon, lat in ends]


def overlay_lines(overlays: list[Overlay], crs) -> list[np.ndarray]:
    """Every overlay line, arrow and area outline in map coordinates (labels prefer not to cross them)."""
    found = []
    for overlay in overlays:
        for feature in overlay.features:
            geometry = feature.geometry
            rings = [geometry.exterior] if geometry.geom_type == "Polygon" else [geometry]
            for ring in rings:
                if ring.geom_type != "Point":
                    lons, lats = np.asarray(ring.xy[0]), np.asarray(ring.xy[1])
                    found.append(crs.transform_points(PLATE, lons, lats)[:, :2])
    return found


def draw_place(ax, place: Located, crs, town: bool = False):
    """One symbol, hollow when the place is approximate; returns (map xy, size in points, the line)."""
    symbol = place_symbol("town" if town else place.role)
    hollow = place.approximate
    face = PAPER if hollow else symbol.color
    edge = symbol.color if hollow else PAPER
    edge_width = APPROX_EDGE if hollow else (0.6 if symbol.size > 4 else 0.3)
    (artist,) = ax.plot([place.lon], [place.lat], ls="none", marker=symbol.marker, ms=symbol.size, mfc=face,
                        mec=edge, mew=edge_width, transform=PLATE, zorder=Z_TOWNS if town else Z_PLACES)
    x, y = crs.transform_point(place.lon, place.lat, PLATE)
    return (float(x), float(y)), symbol.size + edge_width, artist


def place_entries(places: list[Located], towns_drawn: bool, words: Any = ENGLISH) -> list[LegendEntry]:
    """One key entry per symbol kind drawn, in order of importance, then approximate and towns."""
    entries, seen = [], set()
    order = {"focus": 0, "objective": 1, "city": 2, "site": 3}
    for place in sorted((p for p in places if p.kind != "area"), key=lambda p: (p.approximate, order.get(p.role, 4),
                                                                             p.role)):
        symbol = place_symbol(place.role)
        legend = words.gettext(symbol.legend)
        label = words.gettext(APPROXIMATE_LEGEND) % {"symbol": legend} if place.approximate else legend
        if label not in seen:  # only what is drawn: an approximate site is not also a located one
            seen.add(label)
            entries.append(LegendEntry("symbol", label, symbol=symbol, hollow=place.approximate))
    if towns_drawn:
        entries.append(LegendEntry("symbol", words.gettext(place_symbol("town").legend), symbol=place_symbol("town")))
    return entries
