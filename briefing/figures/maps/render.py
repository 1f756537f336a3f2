"""The situation map renderer: plan (data) -> figure (drawing) -> image and JSON sidecar, cached by content.

Layout at print size (174 x 120 mm): the map frame on the left; on the right a panel with the as-of line,
the locator inset, the key, the scale bar and the north arrow (the credit line is the caption's). Keeping the
furniture out of the frame keeps it from covering what the map shows.
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from briefing.errors import BriefingError
from briefing.figures.maps.countries import name_countries, spaced
from briefing.figures.maps.draw import (
    PLATE,
    Z_LINES,
    arrow_head_pt,
    arrow_tips,
    draw_basemap,
    draw_extra_layers,
    draw_overlay,
    draw_place,
    overlay_lines,
    place_entries,
)
from briefing.figures.maps.furniture import (
    draw_graticule,
    draw_inset,
    draw_legend,
    draw_north_arrow,
    draw_scale_bar,
    north_angle,
    scale_denominator,
    wrapped,
)
from briefing.figures.maps.labels import LabelRequest, line_points, place_labels, symbol_box
from briefing.figures.maps.markers import drawn_box, move_apart
from briefing.figures.maps.plan import MapPlan, plan_map, require_places
from briefing.figures.maps.request import HEIGHT_MM, WIDTH_MM, MapRequest, MapResult
from briefing.figures.maps.sidecar import alt_text, sidecar_data
from briefing.figures.maps.style import ACCENT, INK, MUTED, place_symbol
from briefing.files import write_atomic
from briefing.messages import ENGLISH, right_to_left, translator

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

MAP_MM = (10.0, 10.0, 112.0, 107.5)  # x, y, width, height of the map frame
PANEL_X, PANEL_W = 127.0, 45.5
INSET_H = 30.0  # the locator inset, full panel width
KEY_FLOOR_MM = 24.0  # the key ends above the scale bar and north arrow
SMALL, TEXT = 6.5, 7.0  # points: nothing on the map is set smaller than SMALL
RC: dict[RcKeyType, Any] = {
    "font.family": "DejaVu Sans", "font.size": TEXT, "text.color": INK, "svg.fonttype": "path",
    "svg.hashsalt": "briefing-map", "hatch.linewidth": 0.5, "axes.linewidth": 0.6, "axes.edgecolor": MUTED,
    "figure.facecolor": "white", "savefig.facecolor": "white", "path.simplify": True,
    "path.simplify_threshold": 0.1, "agg.path.chunksize": 0, "legend.fontsize": TEXT,
    # Place names, layer labels, feature names and credits are drawn as typed, "$" and "\" included: never
    # parsed as mathtext, never handed to TeX (whatever matplotlibrc says). No text of our own uses mathtext.
    "text.parse_math": False, "text.usetex": False,
}
ROLE_ORDER = {"focus": 0, "objective": 1, "city": 1, "site": 1}  # labels: the focus first, then the rest
SYMBOL_ORDER = {"focus": 0, "objective": 1, "city": 2, "site": 3}  # symbols: the lesser one moves aside


def _png(fig) -> bytes:
    """The drawn figure as an opaque RGB PNG (the map is on white: no alpha mask for the PDF to carry),
    lightly compressed: the PDF recompresses the pixels anyway, and encoding is a third of a cold build's map."""
    from PIL import Image

    fig.canvas.draw()
    width, height = fig.canvas.get_width_height(physical=True)
    pixels = Image.frombuffer("RGBA", (width, height), fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    output = io.BytesIO()
    pixels.convert("RGB").save(output, format="PNG", compress_level=1)
    return output.getvalue()


def draw_map(request: MapRequest, image: Path, sidecar: Path) -> MapResult:
    """Draw the map into `image`, with its facts in `sidecar` (see MapResult)."""
    require_places(request.places)
    with offline(), matplotlib.rc_context(RC):
        fig, data = compose(request)
        if request.format == "png":
            output = _png(fig)
        else:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="svg", dpi=request.dpi, metadata={"Date": None, "Creator": None})
            output = buffer.getvalue()
    data["image"] = image.name
    write_atomic(image, output)
    write_atomic(sidecar, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    return MapResult(image, sidecar, request.caption, data["alt"], data["credit"], True, data["warnings"],
                     data["notes"], data["callouts"], data["shows"])


@contextlib.contextmanager
def offline():
    """Cartopy warns (DownloadWarning) just before it downloads anything: make that an error, at once."""
    from cartopy.io import DownloadWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", DownloadWarning)
        try:
            yield
        except DownloadWarning as exc:
            raise BriefingError(f"the map needs data that is not installed and would be downloaded ({exc}); "
                                "maps never download: see `briefing basemap` for the data in use") from None


def _rect(x: float, y: float, width: float, height: float) -> tuple[float, float, float, float]:
    return (x / WIDTH_MM, y / HEIGHT_MM, width / WIDTH_MM, height / HEIGHT_MM)


def compose(request: MapRequest) -> tuple[Figure, dict]:
    """The whole figure and its sidecar data. The figure is never registered with pyplot."""
    plan = plan_map(request, MAP_MM[3] / MAP_MM[2], INSET_H / PANEL_W)
    fig = Figure(figsize=(WIDTH_MM / 25.4, HEIGHT_MM / 25.4), dpi=request.dpi)
    FigureCanvasAgg(fig)
    crs = plan.frame.crs()
    ax = fig.add_axes(_rect(*MAP_MM), projection=crs)
    ax.set_xlim(plan.frame.limits[:2])
    ax.set_ylim(plan.frame.limits[2:])
    words = translator(request.language, request.desk)
    entries = draw_basemap(ax, plan, request.config, words) + draw_extra_layers(ax, plan, request.config)
    draw_graticule(ax, plan.frame, request.config, SMALL, words, request.language)
    overlay_entries, overlay_points = [], []
    for overlay in plan.overlays:
        entry, points = draw_overlay(ax, overlay, crs)
        overlay_entries.append(entry)
        overlay_points.append(points)
    ax.apply_aspect()
    countries, shares = name_countries(ax, plan.base, request.language, TEXT, [(p.lon, p.lat) for p in plan.places],
                                       Z_LINES + 0.6, frozenset(p.country for p in plan.places if p.is_country))
    labelled = _label_everything(ax, plan, crs, overlay_points, [c.box for c in countries], words)
    legend_entries = place_entries(plan.places, bool(labelled["towns"]), words) + overlay_entries + entries
    furniture = _draw_panel(fig, plan, crs, request, legend_entries, words)
    if furniture["inset"] is not None and plan.inset_base is not None:
        furniture["inset_countries"] = name_countries(furniture["inset"], plan.inset_base, request.language,
                                                      SMALL, [], 2.0)[0]
    furniture["countries"], furniture["shares"] = countries, shares
    data = sidecar_data(fig, plan, labelled, legend_entries, furniture, request)
    data["shows"] = {code: round(share, 3) for code, share in furniture["shares"].items()}
    data["alt"] = alt_text(plan, labelled, request.caption, words, request.language)
    return fig, data


def _label_everything(ax, plan: MapPlan, crs, overlay_points: list[list], taken: list,
                      words: Any = ENGLISH) -> dict:
    """Symbols for places and towns, then every label placed by importance; dropped towns removed. `taken`:
    display boxes already drawn (country names) that no label may cover."""
    renderer = ax.figure.canvas.get_renderer()
    obstacles = {-1000 - number: box for number, box in enumerate(taken)}
    drawn, areas, shown, crowded = _draw_places(ax, plan, crs, renderer, obstacles)
    overlay_requests, town_key = _overlay_obstacles(ax, plan, crs, overlay_points, obstacles)
    symbols = {key: drawn[key][2] for key in shown}
    order = sorted(shown, key=lambda k: (drawn[k][1].approximate, SYMBOL_ORDER.get(drawn[k][1].role, 4), k))
    avoid = [box for key, box in obstacles.items() if key not in drawn]
    moved, stuck = move_apart(ax, renderer, symbols, order, avoid)
    requests = []
    for key in shown:
        place, artist = drawn[key][1:]
        obstacles[key] = drawn_box(artist, renderer)
        xy = ax.transData.inverted().transform(moved[key].drawn_xy) if key in moved else \
            crs.transform_point(place.lon, place.lat, PLATE)
        symbol = place_symbol(place.role)
        text = words.gettext("%(place)s (approx.)") % {"place": place.name} if place.approximate else place.name
        requests.append(LabelRequest(key, text, (float(xy[0]), float(xy[1])), obstacles[key].width / 2 /
                                     (ax.figure.dpi / 72.0), symbol.label_size, symbol.label_weight,
                                     symbol.label_color, "italic" if place.approximate else "normal", required=True))
    for key in sorted(crowded):  # no room inside: set beside the area with a leader, or numbered, as a place is
        text = areas[key]
        requests.append(LabelRequest(key, plan.places[key].name.upper(), text.get_position(), 0.0, text.get_fontsize(),
                                     color=text.get_color(), style="italic", required=True))
    lines = [*overlay_lines(plan.overlays, crs), *(ax.transData.inverted().transform([m.true_xy, m.drawn_xy])
                                                  for m in moved.values())]
    requests += overlay_requests + _draw_towns(ax, plan, crs, obstacles, drawn, town_key)
    requests.sort(key=lambda r: (_importance(r, drawn), r.key))
    outcome = place_labels(ax, renderer, requests, obstacles, line_points(ax, lines))
    for dropped in outcome.dropped:
        if dropped in drawn and drawn[dropped][0] == "town":
            drawn[dropped][2].remove()
    towns = [(k, v[1]) for k, v in drawn.items() if v[0] == "town" and k not in outcome.dropped]
    places = [(k, v[1]) for k, v in drawn.items() if v[0] == "place"]
    outside = [k for k, _ in places if k not in areas and all(r.key != k for r in requests)]
    return {"outcome": outcome, "places": places, "towns": towns, "obstacles": obstacles, "outside": outside,
            "areas": areas, "crowded": crowded, "moved": moved, "stuck": stuck}


def _draw_places(ax, plan: MapPlan, crs, renderer, obstacles: dict) -> tuple[dict, dict, list[int], set[int]]:
    """Each brief place's symbol (or an area's name) at its true position: what was drawn by key, the areas'
    names, the keys of the symbols inside the frame, and the areas with no room for their names inside them."""
    drawn, areas, shown = {}, {}, []
    frame_box = ax.get_window_extent(renderer)
    for key, place in enumerate(plan.places):
        if place.kind == "area":  # a region: its name, spaced, where the brief centres it; no town dot
            areas[key] = _area_name(ax, place, crs)
            obstacles[key], drawn[key] = areas[key].get_window_extent(renderer), ("place", place, areas[key])
            continue
        xy, size, artist = draw_place(ax, place, crs)
        obstacles[key], drawn[key] = symbol_box(ax, xy, size), ("place", place, artist)
        if frame_box.contains(*ax.transData.transform(xy)):
            shown.append(key)  # outside an explicit extent: reported in the sidecar's warnings
    crowded = _clear_areas(ax, renderer, plan, crs, areas, obstacles)
    return drawn, areas, shown, crowded


AREA_STEPS = 8  # tries on each side before an area's name goes to the label placer


def _clear_areas(ax, renderer, plan: MapPlan, crs, areas: dict, obstacles: dict) -> set[int]:
    """Area names are set where the brief centres them; one that would run into another's name (Ethiopia and its
    Oromia region, the Somali region and Somalia) or a symbol moves, the countries settling first, to the nearest
    free spot above, below or beside, staying inside the area's extent where the gazetteer bounds it; failing
    that, the same in plain capitals, which take less room. An area with no free spot either way (small countries
    side by side on an overview: Guatemala, Honduras, El Salvador) is not set over another name: its name is left
    to the label placer, beside the area with a leader or as a numbered callout (the keys of those are returned)."""
    pad = 2.0 * ax.figure.dpi / 72.0
    order = sorted(areas, key=lambda k: (not plan.places[k].is_country, k))
    settled: set[int] = set()
    crowded: set[int] = set()
    for key in order:
        text = areas[key]
        others = [b for k, b in obstacles.items() if k != key and (k not in areas or k in settled)]
        settled.add(key)
        if _set_clear(ax, renderer, text, plan.places[key], crs, others, pad):
            obstacles[key] = text.get_window_extent(renderer)
            continue
        text.set_text(plan.places[key].name.upper())
        if _set_clear(ax, renderer, text, plan.places[key], crs, others, pad):
            obstacles[key] = text.get_window_extent(renderer)
            continue
        text.set_visible(False)
        del obstacles[key]
        crowded.add(key)
    return crowded


def _set_clear(ax, renderer, text, place, crs, others: list, pad: float) -> bool:
    """Whether the name is clear of `others` where it stands, or at the nearest spot it can move to: moved there."""
    box, frame = text.get_window_extent(renderer), ax.get_window_extent(renderer)
    if not any(box.padded(pad).overlaps(other) for other in others):
        return True
    for dx, dy in _area_offsets(box.width, box.height):
        moved = box.translated(dx, dy)
        if not (frame.x0 <= moved.x0 and moved.x1 <= frame.x1 and frame.y0 <= moved.y0 and moved.y1 <= frame.y1):
            continue
        if any(moved.padded(pad).overlaps(other) for other in others):
            continue
        x, y = ax.transData.inverted().transform(((moved.x0 + moved.x1) / 2, (moved.y0 + moved.y1) / 2))
        if not _within_extent(place, *PLATE.transform_point(x, y, crs)):
            continue
        text.set_position((x, y))
        return True
    return False


def _area_offsets(width: float, height: float) -> list[tuple[float, float]]:
    """Display offsets, nearest first: a line down or up, then a third of the name's width aside, and so on."""
    found = []
    for step in range(1, AREA_STEPS + 1):
        dy, dx = 1.25 * height * step, 0.4 * width * step
        found += [(0.0, -dy), (0.0, dy), (dx, 0.0), (-dx, 0.0), (dx, -dy), (-dx, -dy), (dx, dy), (-dx, dy)]
    return found


def _within_extent(place, lon: float, lat: float) -> bool:
    if place.extent is None:
        return True
    west, east, south, north = place.extent
    lon = lon if lon >= west else lon + 360.0
    return west <= lon <= east and south <= lat <= north


def _overlay_obstacles(ax, plan: MapPlan, crs, overlay_points: list[list], obstacles: dict) \
        -> tuple[list[LabelRequest], int]:
    """Arrow heads and overlay points as obstacles, the labels of named overlay points, and the next key."""
    requests, key = [], len(plan.places)
    for overlay, points in zip(plan.overlays, overlay_points):
        for tip in arrow_tips(overlay, crs):
            obstacles[-1 - len(obstacles)] = symbol_box(ax, tip, 2.2 * arrow_head_pt(overlay.style))
        for feature, xy in zip(overlay.features, points):
            if xy is not None:
                obstacles[key] = symbol_box(ax, xy, overlay.style.markersize + 1)
                if feature.name:
                    requests.append(LabelRequest(key, feature.name, xy, overlay.style.markersize / 2 + 0.5, SMALL,
                                                 color=MUTED, style="italic"))
                key += 1
    return requests, key


def _draw_towns(ax, plan: MapPlan, crs, obstacles: dict, drawn: dict, key: int) -> list[LabelRequest]:
    requests = []
    for town in plan.towns:
        xy, size, artist = draw_place(ax, town, crs, town=True)
        symbol = place_symbol("town")
        requests.append(LabelRequest(key, town.name, xy, size / 2, symbol.label_size, color=symbol.label_color,
                                     droppable=True))
        obstacles[key], drawn[key] = symbol_box(ax, xy, size + 1.5), ("town", town, artist)
        key += 1
    return requests


def _area_name(ax, place, crs):
    """A country in the brief's ink; a region within one a size smaller and greyer, so that "SOMALI" (a region of
    Ethiopia) never reads as part of "SOMALIA" beside it."""
    symbol = place_symbol(place.role)
    x, y = crs.transform_point(place.lon, place.lat, PLATE)
    size, colour = (symbol.label_size, INK) if place.is_country or not place.extent else (TEXT, MUTED)
    return ax.text(x, y, spaced(place.name), ha="center", va="center", fontsize=size, color=colour,
                   style="italic", zorder=Z_LINES + 0.7, transform=ax.transData)


def _importance(request: LabelRequest, drawn: dict) -> int:
    kind, place = drawn.get(request.key, ("overlay", None, None))[:2]
    if kind == "place":
        return ROLE_ORDER.get(place.role, 1)
    return 2 if kind == "overlay" else 3  # towns come in population order already


def _draw_panel(fig, plan: MapPlan, crs, request: MapRequest, entries: list, words: Any) -> dict:
    """As-of line, inset, key, scale bar and north arrow, in millimetre coordinates."""
    panel = fig.add_axes([0, 0, 1, 1], zorder=-1)
    panel.set_xlim(0, WIDTH_MM)
    panel.set_ylim(0, HEIGHT_MM)
    panel.set_axis_off()
    rtl = right_to_left(request.language)  # the panel's text then starts at its right edge
    caption = panel.text(PANEL_X + PANEL_W if rtl else PANEL_X, MAP_MM[1] + MAP_MM[3],
                         wrapped(request.caption, fig, PANEL_W / WIDTH_MM, TEXT + 0.5, "bold"), ha="right" if rtl
                         else "left", va="top", fontsize=TEXT + 0.5, fontweight="bold", color=ACCENT)
    below_caption = caption.get_window_extent(fig.canvas.get_renderer()).y0 / fig.bbox.height * HEIGHT_MM - 2.0
    legend, inset_ax, fitted = _key_and_inset(fig, plan, request, entries, below_caption, words.gettext("Key"))
    denominator = scale_denominator(plan.frame, crs, MAP_MM[2])
    km = draw_scale_bar(panel, PANEL_X, MAP_MM[1] + 4.0, denominator, PANEL_W - 14.0, SMALL, words, request.language)
    angle = north_angle(plan.frame, crs)
    if angle is not None:  # at a pole every direction is south: no arrow
        draw_north_arrow(panel, PANEL_X + PANEL_W - 4.0, MAP_MM[1] + 5.5, angle, SMALL)
    # The credit line is printed once, as text in the figure's caption (searchable, read aloud), not in the picture.
    return {"legend": legend, "inset": inset_ax, "scale_km": km, "scale_denominator": denominator,
            "north_deg": angle, "panel": panel, "key_fits": fitted}


def _key_and_inset(fig, plan: MapPlan, request: MapRequest, entries: list, top_mm: float, title: str):
    """The key below the inset, at 7 pt, else 6.5 pt and tighter, else without the inset (the least needed)."""
    renderer = fig.canvas.get_renderer()
    tries = [(True, TEXT, 0.45), (True, SMALL, 0.25), (False, TEXT, 0.45), (False, SMALL, 0.25)]
    tries = [t for t in tries if plan.inset is not None or not t[0]]
    for number, (with_inset, fontsize, spacing) in enumerate(tries):
        key_top = top_mm - INSET_H - 3.0 if with_inset else top_mm
        rtl = right_to_left(request.language)
        legend = draw_legend(fig, entries, ((PANEL_X + (PANEL_W if rtl else 0)) / WIDTH_MM, key_top / HEIGHT_MM),
                             fontsize, PANEL_W / WIDTH_MM, spacing, title, rtl)
        fitted = bool(legend.get_window_extent(renderer).y0 / fig.bbox.height * HEIGHT_MM >= KEY_FLOOR_MM)
        if fitted or number == len(tries) - 1:
            inset_ax = None
            if with_inset:
                assert plan.inset is not None  # tries with the inset are only made when the plan has one
                rect = _rect(PANEL_X, top_mm - INSET_H, PANEL_W, INSET_H)
                inset_ax = draw_inset(fig, rect, plan.inset, plan.inset_base, plan.frame, request.config)
            return legend, inset_ax, fitted
        legend.remove()
