"""Symbols that never hide each other: overlap measured on the drawn markers, the lesser one moved aside.

Each brief place's symbol is drawn at its true position first; its window extent (display pixels, edge
included) is what counts as overlap, never its coordinates. Symbols are settled in order of importance (the
focus, then objectives, cities and sites, located before approximate): one that touches a symbol already
settled is moved to the nearest free spot on rings around its true position, away from what it touched,
and a thin leader runs from the symbol back to a small dot at the true position. There is no randomness.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib import patheffects
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox, ScaledTranslation

from briefing.figures.maps.style import MUTED, PAPER

GAP_PT = 1.5  # clear space kept between two symbols
RING_STEP_PT = 2.5
MAX_RING_PT = 90.0
MAX_FAR_PT = 200.0  # a walled-in symbol's last resort, its leader passing under the others
DIRECTIONS = 16
DOT_PT = 2.4  # the dot marking a moved symbol's true position
LEADER_HALO = [patheffects.withStroke(linewidth=1.8, foreground=PAPER)]


@dataclass(frozen=True)
class Moved:
    """A symbol drawn away from its true position: both ends of its leader, in display pixels."""

    key: int
    true_xy: tuple[float, float]
    drawn_xy: tuple[float, float]


def settle(boxes: dict[int, Bbox], order: list[int], area: Bbox, avoid: list[Bbox], dpi_scale: float) \
        -> tuple[dict[int, tuple[float, float]], list[int]]:
    """Offsets in display pixels for the symbols of `order` whose box touches one settled before it, and the
    keys left where they are because no free spot was found. Pure: boxes in, offsets out.
    `avoid`: boxes a moved symbol may not land on (country names, overlay points) but that never move one."""
    gap = GAP_PT * dpi_scale
    settled: list[Bbox] = []
    offsets: dict[int, tuple[float, float]] = {}
    stuck: list[int] = []
    for key in order:
        box = boxes[key]
        blockers = [other for other in settled if overlaps(box, other, gap)]
        if not blockers:
            settled.append(box)
            continue
        offset = _free_spot(box, blockers, settled + avoid, area, gap, dpi_scale) or \
            _free_spot(box, blockers, settled + avoid, area, gap, dpi_scale, MAX_FAR_PT)
        if offset is None:
            stuck.append(key)
            settled.append(box)
            continue
        offsets[key] = offset
        settled.append(box.translated(*offset))
    return offsets, stuck


def _free_spot(box: Bbox, blockers: list[Bbox], taken: list[Bbox], area: Bbox, gap: float, dpi_scale: float,
               far: float = 0.0):
    """The nearest offset that clears every taken box and stays inside `area`, trying first the directions
    pointing away from what the symbol touched. With `far` (a crowd walled in by the symbols settled round it),
    rings out to that many points are tried and the leader may pass under other symbols."""
    centre = _centre(box)
    away = [centre[0] - sum(_centre(b)[0] for b in blockers) / len(blockers),
            centre[1] - sum(_centre(b)[1] for b in blockers) / len(blockers)]
    heading = math.atan2(away[1], away[0]) if any(abs(v) > 1e-6 for v in away) else math.pi / 4
    angles = sorted((2 * math.pi * i / DIRECTIONS for i in range(DIRECTIONS)),
                    key=lambda a: (round(abs(math.remainder(a - heading, 2 * math.pi)), 6), a))
    distance = RING_STEP_PT
    while distance <= (far or MAX_RING_PT):
        for angle in angles:
            dx, dy = (distance * dpi_scale * math.cos(angle), distance * dpi_scale * math.sin(angle))
            moved = box.translated(dx, dy)
            if _inside(moved, area) and not any(overlaps(moved, other, gap) for other in taken) \
                    and (far or not _crosses(centre, _centre(moved), taken, blockers)):
                return round(dx, 3), round(dy, 3)
        distance += RING_STEP_PT
    return None


def _crosses(start, end, taken: list[Bbox], blockers: list[Bbox]) -> bool:
    """Whether a leader from `start` to `end` runs through a symbol other than those it starts under."""
    for step in range(1, 20):
        t = step / 20
        x, y = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        if any(o.x0 < x < o.x1 and o.y0 < y < o.y1 for o in taken if not any(o is b for b in blockers)):
            return True
    return False


def overlaps(a: Bbox, b: Bbox, gap: float = 0.0) -> bool:
    return a.x0 < b.x1 + gap and b.x0 < a.x1 + gap and a.y0 < b.y1 + gap and b.y0 < a.y1 + gap


def _inside(box: Bbox, area: Bbox) -> bool:
    return area.x0 <= box.x0 and box.x1 <= area.x1 and area.y0 <= box.y0 and box.y1 <= area.y1


def _centre(box: Bbox) -> tuple[float, float]:
    return (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2


def drawn_box(artist, renderer) -> Bbox:
    """The window extent of a drawn marker, its edge included (Matplotlib's extent stops at the marker size)."""
    extent = artist.get_window_extent(renderer)
    return extent.padded(artist.get_markeredgewidth() / 2 * artist.figure.dpi / 72.0)


def move_apart(ax, renderer, artists: dict[int, Line2D], order: list[int], avoid: list[Bbox]) \
        -> tuple[dict[int, Moved], list[int]]:
    """Move the symbols of `order` (drawn `artists` by key) that would touch a more important one, each with a
    leader to a dot at its true position; returns what was moved, and the keys that found no free spot."""
    dpi_scale = ax.figure.dpi / 72.0
    area = ax.get_window_extent(renderer).padded(-2.0 * dpi_scale)
    boxes = {key: drawn_box(artists[key], renderer) for key in order}
    offsets, stuck = settle(boxes, order, area, avoid, dpi_scale)
    moved = {}
    for key, (dx, dy) in offsets.items():
        artist = artists[key]
        shift = ScaledTranslation(dx / dpi_scale / 72.0, dy / dpi_scale / 72.0, ax.figure.dpi_scale_trans)
        artist.set_transform(artist.get_transform() + shift)
        true_xy = _centre(boxes[key])
        drawn_xy = (true_xy[0] + dx, true_xy[1] + dy)
        _draw_leader(ax, artist, true_xy, drawn_xy)
        moved[key] = Moved(key, true_xy, drawn_xy)
    return moved, stuck


def _draw_leader(ax, artist, true_xy, drawn_xy) -> None:
    """A thin line from the moved symbol to a dot of its colour at its true position; the line runs under
    every symbol, the dot over them (it marks where the place is)."""
    (x0, y0), (x1, y1) = ax.transData.inverted().transform([true_xy, drawn_xy])
    zorder = artist.get_zorder()
    ax.plot([x0, x1], [y0, y1], color=MUTED, lw=0.6, solid_capstyle="butt", transform=ax.transData,
            zorder=zorder - 0.2, path_effects=LEADER_HALO)
    ax.plot([x0], [y0], ls="none", marker="o", ms=DOT_PT, mfc=artist.get_markeredgecolor()
            if artist.get_markerfacecolor() == PAPER else artist.get_markerfacecolor(), mec=PAPER, mew=0.4,
            transform=ax.transData, zorder=zorder + 0.5)
