"""Map furniture: graticule, locator inset, key, scale bar, north arrow, caption and credit line."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import matplotlib.ticker as mticker
import numpy as np
import pyproj
from babel.numbers import format_decimal
from matplotlib.legend_handler import HandlerPatch
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Polygon, Rectangle
from shapely.geometry import box

from briefing import formatting
from briefing.config import MapConfig, MapStyle
from briefing.figures.maps.draw import PLATE, LegendEntry
from briefing.figures.maps.frame import Frame
from briefing.figures.maps.style import INK, MUTED, PAPER
from briefing.messages import ENGLISH

if TYPE_CHECKING:
    from cartopy.mpl.geoaxes import GeoAxes

NICE = (1, 2, 5)
GRATICULE_STEPS = (0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45, 90)


def draw_graticule(ax, frame: Frame, config: MapConfig, fontsize: float, words: Any = ENGLISH,
                   language: str = "en") -> None:
    """Meridians and parallels at round steps (about four to six of each), labelled on the left and bottom; in
    another language than English with its own hemisphere words ("48,25° с. ш.", "37° E" in French...)."""
    west, east, south, north = frame.covered
    lat_step = _step(north - south, 5)
    lon_step = 30.0 if east - west >= 360 else _step(east - west, 7)
    if lon_step < 30.0 and (east - west) / max(lat_step, lon_step) >= 3:
        lat_step = lon_step = max(lat_step, lon_step)  # square cells where the map allows
    lons = np.arange(math.floor(west / lon_step) * lon_step, east + lon_step, lon_step)
    lats = np.arange(max(-90.0, math.floor(south / lat_step) * lat_step), min(90.0, north + lat_step), lat_step)
    style = config.style("basemap-graticule")
    assert style is not None  # a built-in basemap style
    lines = ax.gridlines(crs=PLATE, draw_labels=True, x_inline=False, y_inline=False, linewidth=style.linewidth,
                         color=style.edgecolor, alpha=style.alpha, linestyle="-", zorder=1.8)
    lines.xlocator = mticker.FixedLocator(sorted({round((v + 180) % 360 - 180, 6) for v in lons}))
    lines.ylocator = mticker.FixedLocator([v for v in lats if abs(v) < 90])
    lines.top_labels = lines.right_labels = False
    lines.rotate_labels = False
    lines.xlabel_style = {"size": fontsize, "color": MUTED}
    lines.ylabel_style = {"size": fontsize, "color": MUTED, "rotation": 90, "va": "center"}
    lines.xpadding = lines.ypadding = 2.5
    if formatting.locale(language).language != "en":
        lines.xformatter = mticker.FuncFormatter(lambda value, _: _degrees(value, "E", "W", words, language))
        lines.yformatter = mticker.FuncFormatter(lambda value, _: _degrees(value, "N", "S", words, language))


def _degrees(value: float, positive: str, negative: str, words: Any, language: str) -> str:
    """A graticule label: the degrees the language's way, then its word for the hemisphere (none at 0°)."""
    value = (value + 180) % 360 - 180 if positive == "E" else value
    number = format_decimal(round(abs(value), 6), locale=formatting.locale(language))
    if not round(value, 6):
        return f"{number}°"
    hemisphere = {
        "N": words.pgettext("hemisphere", "N"), "S": words.pgettext("hemisphere", "S"),
        "E": words.pgettext("hemisphere", "E"), "W": words.pgettext("hemisphere", "W"),
    }[positive if value > 0 else negative]
    return f"{number}°\u00a0{hemisphere}"


def _step(span: float, most: int) -> float:
    return next((s for s in GRATICULE_STEPS if span / s <= most), 90)


def ground_scale(frame: Frame, crs) -> tuple[float, float, float]:
    """(lon, lat) of the map's centre and the projected metres per metre on the ground there."""
    x0, x1, y0, y1 = frame.limits
    lon, lat = PLATE.transform_point((x0 + x1) / 2, (y0 + y1) / 2, crs)
    geod = pyproj.Geod(ellps="WGS84")
    east_lon, east_lat, _ = geod.fwd(lon, lat, 90.0, 1000.0)
    xy = crs.transform_points(PLATE, np.array([lon, east_lon]), np.array([lat, east_lat]))
    return float(lon), float(lat), float(math.hypot(*(xy[1, :2] - xy[0, :2])) / 1000.0)


def north_angle(frame: Frame, crs) -> float | None:
    """Degrees clockwise from the top of the map to true north at the map's centre; None at a pole."""
    lon, lat, _ = ground_scale(frame, crs)
    if abs(lat) > 89.9:
        return None
    north_lat = lat + 0.01
    xy = crs.transform_points(PLATE, np.array([lon, lon]), np.array([lat, north_lat]))
    dx, dy = xy[1, :2] - xy[0, :2]
    return float(math.degrees(math.atan2(dx, dy)))


def scale_denominator(frame: Frame, crs, width_mm: float) -> float:
    """N of the map's scale 1:N at the centre, for a map frame `width_mm` wide on paper."""
    _, _, projected_per_metre = ground_scale(frame, crs)
    x0, x1, _, _ = frame.limits
    return (x1 - x0) / projected_per_metre / (width_mm / 1000.0)


def nice_length_km(denominator: float, max_mm: float) -> float:
    """The longest round distance whose bar fits in `max_mm` on paper."""
    max_km = max_mm / 1000.0 * denominator / 1000.0
    exponent = math.floor(math.log10(max_km))
    options = [n * 10 ** e for e in (exponent - 1, exponent) for n in NICE]
    return max(v for v in options if v <= max_km)


def draw_scale_bar(panel, x_mm: float, y_mm: float, denominator: float, max_mm: float, fontsize: float,
                   words: Any = ENGLISH, language: str = "en") -> float:
    """A bar in four alternating segments, labelled in km; returns its length in km."""
    km = nice_length_km(denominator, max_mm)
    length_mm = km * 1e6 / denominator
    for i in range(4):
        panel.add_patch(Rectangle((x_mm + i * length_mm / 4, y_mm), length_mm / 4, 1.1,
                                  facecolor=INK if i % 2 == 0 else PAPER, edgecolor=INK, linewidth=0.5))
    for fraction in (0.0, 0.5, 1.0):
        value = km * fraction
        text = words.gettext("%(number)s km") % {"number": f"{value:g}"} if fraction == 1.0 else f"{value:g}"
        panel.text(x_mm + length_mm * fraction, y_mm + 1.9, text, ha="center", va="bottom", fontsize=fontsize,
                   color=INK)
    scale = words.gettext("Scale 1:%(denominator)s at centre") % {
        "denominator": format_decimal(_round_scale(denominator), locale=formatting.locale(language))}  # all digits
    figure_mm = panel.figure.get_figwidth() * 25.4  # a long wording takes two lines rather than run into the arrow
    panel.text(x_mm, y_mm - 1.0, wrapped(scale, panel.figure, (max_mm + 2.0) / figure_mm, fontsize), ha="left",
               va="top", fontsize=fontsize, color=MUTED)
    return km


def _round_scale(denominator: float) -> int:
    digits = 10 ** max(0, int(math.log10(denominator)) - 1)
    return int(round(denominator / digits) * digits)


def draw_north_arrow(panel, x_mm: float, y_mm: float, angle: float, fontsize: float) -> None:
    """A half-filled arrowhead pointing to true north at the map's centre, with N above it."""
    height, half = 7.0, 2.4
    shape = np.array([[0, height / 2], [-half, -height / 2], [0, -height / 4], [half, -height / 2]])
    theta = math.radians(-angle)
    rotation = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    points = shape @ rotation.T + [x_mm, y_mm]
    panel.add_patch(Polygon(points[[0, 1, 2]], closed=True, facecolor=PAPER, edgecolor=INK, linewidth=0.6))
    panel.add_patch(Polygon(points[[0, 2, 3]], closed=True, facecolor=INK, edgecolor=INK, linewidth=0.6))
    tip = np.array([0, height / 2 + 1.0]) @ rotation.T + [x_mm, y_mm]
    panel.text(tip[0], tip[1], "N", ha="center", va="bottom", fontsize=fontsize + 1, fontweight="bold", color=INK)


def draw_inset(fig, rect, inset: Frame, base, frame: Frame, config: MapConfig) -> GeoAxes:
    """A locator map: land, coasts and borders at coarse resolution, the main map's frame boxed."""
    style = cast(Callable[[str], MapStyle], config.style)  # the basemap's styles are built in: never None
    crs = inset.crs()
    ax = fig.add_axes(rect, projection=crs)
    ax.set_xlim(inset.limits[:2])
    ax.set_ylim(inset.limits[2:])
    ax.set_facecolor(style("basemap-sea").facecolor)
    land = style("basemap-land")
    ax.add_geometries(base.land, crs=PLATE, facecolor=land.facecolor, edgecolor="none", zorder=0.2)
    ax.add_geometries(base.water, crs=PLATE, facecolor=style("basemap-lake").facecolor, edgecolor="none",
                      zorder=0.3)
    ax.add_geometries(base.coast, crs=PLATE, facecolor="none", edgecolor=style("basemap-coast").edgecolor,
                      linewidth=0.35, zorder=1)
    ax.add_geometries(base.borders, crs=PLATE, facecolor="none", edgecolor=MUTED, linewidth=0.5,
                      linestyle=(0, (3, 1, 1, 1)), zorder=1.1)
    outline = style("inset-box")
    x0, x1, y0, y1 = frame.limits
    ax.add_geometries([box(x0, y0, x1, y1)], crs=frame.crs(), facecolor="none", edgecolor=outline.edgecolor,
                      linewidth=outline.linewidth, zorder=3)
    for spine in ax.spines.values():
        spine.set_linewidth(0.5)
        spine.set_edgecolor(MUTED)
    return ax


class _ArrowHandler(HandlerPatch):
    def create_artists(self, legend, orig_handle, xdescent, ydescent, width, height, fontsize, trans):
        y = height / 2 - ydescent
        head = f"-|>,head_length={0.35 * height + 1.5:.2f},head_width={0.22 * height + 1:.2f}"
        arrow = FancyArrowPatch((-xdescent, y), (width - xdescent, y), arrowstyle=head,
                                color=orig_handle.get_edgecolor(), lw=orig_handle.get_linewidth() * 1.4,
                                shrinkA=0, shrinkB=0, mutation_scale=1, transform=trans)
        return [arrow]


def legend_handle(entry: LegendEntry):
    """A matplotlib handle drawing a key entry like the feature it stands for."""
    style = entry.style
    if entry.kind == "symbol":
        symbol = entry.symbol
        assert symbol is not None  # every symbol entry has its symbol
        face, edge = (PAPER, symbol.color) if entry.hollow else (symbol.color, PAPER)
        width = 1.3 if entry.hollow else 0.5
        return Line2D([], [], ls="none", marker=symbol.marker, ms=min(symbol.size, 9.0), mfc=face, mec=edge, mew=width)
    assert style is not None  # every other entry has its style
    if entry.kind == "point":
        return Line2D([], [], ls="none", marker=style.marker, ms=style.markersize, mfc=style.facecolor,
                      mec=style.edgecolor, mew=0.6)
    if entry.kind == "area":
        face = "none" if style.facecolor == "none" else _blend(style.facecolor, style.alpha)
        return Patch(facecolor=face, edgecolor=style.edgecolor, hatch=style.hatch or None,
                     linewidth=max(style.linewidth, 0.5), hatchcolor=style.edgecolor)
    if entry.kind == "arrow":
        return Patch(facecolor=style.edgecolor, edgecolor=style.edgecolor, linewidth=style.linewidth, label="arrow")
    return Line2D([], [], color=style.edgecolor, lw=style.linewidth, ls=style.linestyle, alpha=style.alpha)


def _blend(color: str, alpha: float):
    from matplotlib.colors import to_rgb

    rgb = np.array(to_rgb(color))
    return tuple(rgb * alpha + (1 - alpha))


def draw_legend(fig, entries: list[LegendEntry], anchor: tuple[float, float], fontsize: float, width: float,
                spacing: float = 0.45, title: str = "Key", rtl: bool = False):
    """The key, top-left at `anchor` (figure fraction); labels wrapped to fit `width` (figure fraction). Right to
    left, `anchor` is its top-right corner and each symbol stands right of its label."""
    handles = [legend_handle(e) for e in entries]
    chars = max(16, int(width * fig.get_figwidth() * 72 / (fontsize * 0.56)) - 6)
    labels = [textwrap.fill(e.label, chars) for e in entries]
    arrow_handles = {h: _ArrowHandler() for h, e in zip(handles, entries) if e.kind == "arrow"}
    legend = fig.legend(handles, labels, loc="upper right" if rtl else "upper left", bbox_to_anchor=anchor,
                        frameon=False, markerfirst=not rtl, fontsize=fontsize, title=title,
                        title_fontproperties={"size": fontsize + 0.5, "weight": "bold"},
                        alignment="right" if rtl else "left", handlelength=2.4, handleheight=1.1, handletextpad=0.6,
                        labelspacing=spacing, borderaxespad=0, borderpad=0, handler_map=arrow_handles)
    return legend


def wrapped(text: str, fig, width_fraction: float, fontsize: float, weight: str = "normal") -> str:
    """`text` in as few lines as fit `width_fraction` of the figure, measured with the renderer, and balanced
    (no line much shorter than the others: "Situation as of / 280600Z OCT 25", not "... OCT / 25")."""
    renderer = fig.canvas.get_renderer()
    probe = fig.text(0, 0, "", fontsize=fontsize, fontweight=weight)

    def width(line: str) -> float:
        probe.set_text(line)
        return probe.get_window_extent(renderer).width

    limit = width_fraction * fig.bbox.width
    words = [word for word in text.split(" ") if word]  # never at a no-break space ("1 000 000" in Ukrainian)
    lines = _greedy(words, width, limit)
    low, high = limit / max(len(lines), 1), limit
    for _ in range(12):
        middle = (low + high) / 2
        if len(_greedy(words, width, middle)) > len(lines):
            low = middle
        else:
            high = middle
    balanced = _greedy(words, width, high)
    probe.remove()
    return "\n".join(balanced)


def _greedy(words: list[str], width, limit: float) -> list[str]:
    lines: list[str] = []
    for word in words:
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and width(candidate) <= limit:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
