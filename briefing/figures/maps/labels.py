"""Label placement: greedy by importance, measured with the real renderer, never overlapping.

Each label tries candidate positions around its symbol in a fixed order (right, upper right, lower right,
left, ...). The text is measured once with the renderer; a candidate is taken when its box stays inside
the map and clear of every symbol and every label already placed. Background towns are all-or-nothing
(symbol and label together, or neither); a brief place is never dropped: it tries positions further out
with a leader line, and if even those fail it gets a numbered callout instead: a small number by its symbol,
placed the same way, the number and the name listed under the map. There is no
randomness: the order of labels (importance, then population, then name) and of candidates is fixed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from matplotlib import patheffects
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from briefing.figures.maps.style import MUTED, PAPER

# (dx, dy) unit directions, ha, va: the cartographer's order of preference for a point label
CANDIDATES = [
    ((1, 0), "left", "center"), ((0.75, 0.6), "left", "bottom"), ((0.75, -0.6), "left", "top"),
    ((-1, 0), "right", "center"), ((-0.75, 0.6), "right", "bottom"), ((-0.75, -0.6), "right", "top"),
    ((0, 1), "center", "bottom"), ((0, -1), "center", "top"),
]
LEADER_RINGS_PT = (12.0, 20.0, 30.0, 45.0, 65.0)
FAR_RINGS_PT = (90.0, 120.0, 160.0, 210.0, 270.0, 340.0)  # a callout number's last resort: anywhere in the frame
LEADER_DIRECTIONS = 16
GAP_PT = 1.6  # between a symbol and its label
PAD_PX = 1.0  # clear space around every label box
CALLOUT_PT = 7.0  # a callout's number
HALO = [patheffects.withStroke(linewidth=2.0, foreground=PAPER)]


@dataclass(frozen=True)
class LabelRequest:
    key: int  # the feature this labels
    text: str
    xy: tuple[float, float]  # anchor in data (projected) coordinates
    radius_pt: float  # the symbol's radius
    fontsize: float
    weight: str = "normal"
    color: str = "#1a1a1a"
    style: str = "normal"
    required: bool = False  # a brief place: tries leader lines, never dropped
    droppable: bool = False  # a background town: its symbol is drawn only if its label is


@dataclass(frozen=True)
class Placement:
    key: int
    artist: object  # the matplotlib Annotation
    bbox: Bbox  # display coordinates
    leader: bool
    callout: int | None = None  # the number drawn instead of the text, listed with the text under the map
    text: str = ""  # what the label says (for a callout, the name the number stands for)


@dataclass
class Outcome:
    placed: dict[int, Placement]
    dropped: list[int]  # labels left out (a droppable one's symbol too)
    unlabelled: list[int]  # required labels for which not even a callout number found a free position


def place_labels(ax, renderer, requests: list[LabelRequest], obstacles: dict[int, Bbox],
                 lines: np.ndarray | None = None) -> Outcome:
    """Place `requests` in order. `obstacles` are symbol boxes by feature key (display coordinates);
    a droppable request's own symbol box is only added once its label has found a place. `lines` are
    display points along the overlay lines: a label may cross them, but a position that does not wins."""
    dpi_scale = ax.figure.dpi / 72.0
    area = ax.get_window_extent(renderer).padded(-2.0 * dpi_scale)
    droppable = {r.key for r in requests if r.droppable}
    occupied = [box for key, box in sorted(obstacles.items()) if key not in droppable]
    leaders: list[Bbox] = []  # along the leaders drawn: no label sits on one; a callout's leader may cross one
    outcome = Outcome({}, [], [])
    for request in requests:
        own = obstacles.get(request.key)
        if request.droppable and own is not None and (not _inside(own, area) or _hits(own, occupied + leaders)):
            outcome.dropped.append(request.key)
            continue
        others = [box for box in occupied if box is not own]
        spot = _first_free(ax, renderer, request, (others + leaders, lines, []), area, dpi_scale)
        if spot is None and request.required:
            spot = _callout(ax, renderer, request, (others, lines, leaders), area, outcome)
        if spot is None:
            (outcome.unlabelled if request.required else outcome.dropped).append(request.key)
            continue
        outcome.placed[request.key] = spot
        occupied.append(spot.bbox.padded(PAD_PX))
        if spot.leader:
            leaders.extend(_along(spot.artist.arrow_patch, dpi_scale))
        if request.droppable and own is not None:
            occupied.append(own)
    return outcome


def _callout(ax, renderer, request: LabelRequest, blocked, area: Bbox, outcome: Outcome) -> Placement | None:
    """The next number, placed by the symbol like a label (with a leader if it must, which may cross another
    leader but no symbol or label), standing for the name."""
    number = 1 + sum(1 for p in outcome.placed.values() if p.callout is not None)
    numbered = replace(request, text=str(number), fontsize=CALLOUT_PT, weight="bold", style="normal")
    spot = _first_free(ax, renderer, numbered, blocked, area, ax.figure.dpi / 72.0)
    if spot is None:  # a crowd: the number goes further out, its leader crossing what it must
        spot = _first_free(ax, renderer, numbered, blocked, area, ax.figure.dpi / 72.0, FAR_RINGS_PT)
    return None if spot is None else replace(spot, callout=number, text=request.text)


def _first_free(ax, renderer, request: LabelRequest, blocked, area: Bbox, dpi_scale: float,
                far: tuple[float, ...] = ()):
    """The first free position of the nearest ring that has one, preferring one that crosses no line.
    `blocked`: boxes no label or leader may cover, points along lines, and boxes a leader may cross. With `far`
    rings, only those are tried, and their leaders may cross labels and symbols (a last resort)."""
    occupied, lines, crossable = blocked
    width, height = _measure(ax, renderer, request)
    anchor = ax.transData.transform(request.xy)
    rings = [(request.radius_pt + GAP_PT, False, CANDIDATES)] if not far else []
    if request.required:
        rings += [(request.radius_pt + ring, True, _around()) for ring in far or LEADER_RINGS_PT]
    for distance, leader, candidates in rings:
        best = None
        for (ux, uy), ha, va in candidates:
            offset = (ux * distance, uy * distance)
            box = _box(anchor, offset, ha, va, width, height, dpi_scale)
            if not _inside(box, area) or _hits(box.padded(PAD_PX), occupied) or _hits(box, crossable):
                continue
            if leader and not far and _leader_hits(anchor, box, occupied):
                continue
            crossings = _crossings(box, lines)
            if best is None or crossings < best[0]:
                best = (crossings, offset, ha, va)
            if crossings == 0:
                break
        if best is not None:
            return _commit(ax, renderer, request, *best[1:], leader)
    return None


def _along(arrow, dpi_scale: float) -> list[Bbox]:
    """Small boxes along a drawn leader: what it covers, not the whole rectangle its extent spans (a long
    diagonal leader would otherwise wall off a corner of the map)."""
    points = arrow.get_transform().transform(arrow.get_path().vertices)
    half = 1.0 * dpi_scale
    boxes = []
    for start, end in zip(points[:-1], points[1:]):
        count = max(int(np.hypot(*(end - start)) / half), 1)
        for x, y in start + (end - start) * np.linspace(0.0, 1.0, count + 1)[:, None]:
            boxes.append(Bbox.from_extents(x - half, y - half, x + half, y + half))
    return boxes


def _crossings(box: Bbox, lines: np.ndarray | None) -> int:
    if lines is None or not len(lines):
        return 0
    inside = (lines[:, 0] >= box.x0) & (lines[:, 0] <= box.x1) & (lines[:, 1] >= box.y0) & (lines[:, 1] <= box.y1)
    return int(inside.sum())


def _around() -> list:
    """Directions all round for labels with leaders: right first, then alternately above and below."""
    found = []
    for step in sorted(range(LEADER_DIRECTIONS), key=lambda i: (min(i, LEADER_DIRECTIONS - i), -i)):
        angle = 2 * math.pi * step / LEADER_DIRECTIONS
        ux, uy = math.cos(angle), math.sin(angle)
        ha = "left" if ux > 0.3 else "right" if ux < -0.3 else "center"
        va = "bottom" if uy > 0.3 else "top" if uy < -0.3 else "center"
        found.append(((ux, uy), ha, va))
    return found


def _leader_hits(anchor, box: Bbox, occupied: list[Bbox]) -> bool:
    """Whether the leader, from the symbol to the nearest point of the label, would cross anything."""
    end = (min(max(anchor[0], box.x0), box.x1), min(max(anchor[1], box.y0), box.y1))
    for step in range(1, 17):
        t = step / 16
        x, y = anchor[0] + (end[0] - anchor[0]) * t, anchor[1] + (end[1] - anchor[1]) * t
        if any(o.x0 <= x <= o.x1 and o.y0 <= y <= o.y1 for o in occupied):
            return True
    return False


def _measure(ax, renderer, request: LabelRequest) -> tuple[float, float]:
    probe = ax.text(0, 0, request.text, fontsize=request.fontsize, fontweight=request.weight,
                    fontstyle=request.style, ha="left", va="bottom", transform=None)
    extent = probe.get_window_extent(renderer)
    probe.remove()
    return extent.width, extent.height


def _box(anchor, offset, ha: str, va: str, width: float, height: float, dpi_scale: float) -> Bbox:
    x = anchor[0] + offset[0] * dpi_scale
    y = anchor[1] + offset[1] * dpi_scale
    x0 = {"left": x, "right": x - width, "center": x - width / 2}[ha]
    y0 = {"bottom": y, "top": y - height, "center": y - height / 2}[va]
    return Bbox.from_bounds(x0, y0, width, height)


def _commit(ax, renderer, request: LabelRequest, offset, ha: str, va: str, leader: bool) -> Placement:
    arrow = None
    if leader:
        arrow = {"arrowstyle": "-", "color": MUTED, "lw": 0.5, "shrinkA": 1.0, "shrinkB": request.radius_pt + 0.5}
    artist = ax.annotate(request.text, xy=request.xy, xycoords="data", xytext=offset, textcoords="offset points",
                         ha=ha, va=va, fontsize=request.fontsize, fontweight=request.weight,
                         fontstyle=request.style, color=request.color, zorder=20, path_effects=HALO,
                         arrowprops=arrow, annotation_clip=False)
    artist.update_positions(renderer)
    text_only = Text.get_window_extent(artist, renderer)  # an Annotation's own extent includes its leader
    return Placement(request.key, artist, text_only, leader, text=request.text)


def _inside(box: Bbox, area: Bbox) -> bool:
    return area.x0 <= box.x0 and box.x1 <= area.x1 and area.y0 <= box.y0 and box.y1 <= area.y1


def _hits(box: Bbox, occupied: list[Bbox]) -> bool:
    return any(box.x0 < o.x1 and o.x0 < box.x1 and box.y0 < o.y1 and o.y0 < box.y1 for o in occupied)


def line_points(ax, paths_xy: list[np.ndarray], spacing_pt: float = 2.0) -> np.ndarray:
    """Display points every `spacing_pt` along lines given in data (projected) coordinates."""
    step = spacing_pt * ax.figure.dpi / 72.0
    found = [np.empty((0, 2))]
    for xy in paths_xy:
        display = ax.transData.transform(np.asarray(xy, dtype=float))
        for start, end in zip(display[:-1], display[1:]):
            count = max(int(np.hypot(*(end - start)) / step), 1)
            found.append(start + (end - start) * np.linspace(0.0, 1.0, count + 1)[:, None])
    return np.concatenate(found)


def symbol_box(ax, xy: tuple[float, float], size_pt: float) -> Bbox:
    """The display box of a marker of `size_pt` points centred on data point `xy`."""
    x, y = ax.transData.transform(xy)
    half = size_pt / 2 * ax.figure.dpi / 72.0
    return Bbox.from_extents(x - half, y - half, x + half, y + half)
