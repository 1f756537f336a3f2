"""The map as data: everything the renderer draws, worked out before any drawing."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from briefing.brief.geojson import Feature, read_features
from briefing.errors import BriefingError
from briefing.figures.maps import basemap, naturalearth
from briefing.figures.maps.frame import Frame, auto_extent, make_frame, unwrap_extent
from briefing.figures.maps.layers import Overlay, load_overlays
from briefing.figures.maps.request import MapRequest
from briefing.messages import N_, translator
from briefing.places.geodesy import distance_km, normal_lon
from briefing.places.located import Located

SAME_NAME_KM = 20.0  # a town this close to a brief place of the same name is that place
NEAR_KM = 0.6  # a town this close to any brief place is not drawn (its symbol would sit on the place's)


@dataclass(frozen=True)
class ExtraLayer:
    """A workspace layer from config.toml [[map.layers]], drawn under the overlays."""

    label: str
    style_name: str
    credit: str
    features: tuple[Feature, ...]


@dataclass(frozen=True)
class MapPlan:
    frame: Frame
    inset: Frame | None
    base: basemap.Basemap
    inset_base: basemap.Basemap | None
    natural_earth: dict[str, list]  # layer key -> clipped lines
    extra_layers: list[ExtraLayer]
    overlays: list[Overlay]
    places: list[Located]
    towns: list[Located]  # candidates inside the frame, largest first
    credit: str


def plan_map(request: MapRequest, aspect: float, inset_aspect: float) -> MapPlan:
    """Read and clip every input for the map; raise BriefingError on the first problem."""
    extent = unwrap_extent(request.spec.extent) if request.spec.extent else \
        auto_extent([*request.places, *request.reach])
    frame = make_frame(extent, request.spec.projection, aspect)
    windows = frame.windows(pad=0.05)
    base = basemap.clipped_basemap(windows, basemap.choose_resolution(frame.span_km()))
    overlays = load_overlays(request.spec.layers, request.layer_folder, request.config, request.layer_credits,
                             request.limits)
    overlays += list(request.extra_overlays)
    extra = _extra_layers(request)
    given = request.town_list()
    towns = _towns(request, given, frame, windows)
    inset = inset_base = None
    if request.spec.inset:
        inset = make_frame(_inset_extent(frame), "auto", inset_aspect)
        resolution = "c" if inset.span_km() > 2500 else "l"
        inset_base = basemap.clipped_basemap(inset.windows(pad=1.0), resolution, min_area=2000.0)
    natural = naturalearth.lines(windows)
    credit = credit_line(request, overlays, extra, bool(natural) or _uses_ne_places(towns, given))
    return MapPlan(frame, inset, base, inset_base, natural, extra, overlays, list(request.places), towns, credit)


def _inset_extent(frame: Frame) -> tuple[float, float, float, float]:
    """A locator area around the map: the country and its neighbours, about 1300 km across, or 4x the map."""
    west, east, south, north = frame.covered
    if east - west >= 360 or max(abs(south), abs(north)) > 80:
        reach = max(15.0, 3 * (north - south))
        if north > 0:
            return -180.0, 180.0, max(north - reach, 30.0), 90.0
        return -180.0, 180.0, -90.0, min(south + reach, -30.0)
    lon, lat = (west + east) / 2, (south + north) / 2
    half_lat = min(max(6.0, 2.0 * (north - south)), 40.0)
    south, north = max(-89.0, lat - half_lat), min(89.0, lat + half_lat)
    half_lon = min(half_lat / max(math.cos(math.radians(lat)), 0.2), 170.0)
    return lon - half_lon, lon + half_lon, south, north


def _towns(request: MapRequest, given: list[Located], frame: Frame, windows: list[tuple]) -> list[Located]:
    """Background towns inside the frame, without the brief's own places, largest first."""
    inside = [t for t in [*given, *naturalearth.places(windows)] if _in_windows(t, windows)]
    kept: list[Located] = []
    for town in sorted(inside, key=lambda t: (-(t.population or 0), t.name, t.lat, t.lon)):
        if any(_same_place(town, other) for other in [*request.places, *kept]):
            continue
        kept.append(town)
    return kept[:request.max_towns]


def _same_place(town: Located, other: Located) -> bool:
    """A town on a brief place's symbol, or bearing its name nearby or inside the area it names (the town of
    Mozambique on the coast of Mozambique: a second "Mozambique" would read as the place meant)."""
    distance = distance_km((town.lat, town.lon), (other.lat, other.lon))
    same_name = town.name.casefold() == other.name.casefold()
    return distance < NEAR_KM or (same_name and (distance < SAME_NAME_KM or _within(town, other.extent)))


def _within(town: Located, extent: tuple[float, float, float, float] | None) -> bool:
    if extent is None:
        return False
    west, east, south, north = extent
    return south <= town.lat <= north and west <= west + (town.lon - west) % 360.0 <= east


def _in_windows(place: Located, windows: list[tuple]) -> bool:
    lon = normal_lon(place.lon)
    return any(w <= lon <= e and s <= place.lat <= n for w, e, s, n in windows)


def _uses_ne_places(towns: list[Located], given: list[Located]) -> bool:
    return any(t not in given for t in towns)


def _extra_layers(request: MapRequest) -> list[ExtraLayer]:
    """Workspace-wide layers from config.toml; GeoJSON read here, shapefiles through Cartopy's reader."""
    folder = request.workspace_folder or Path.cwd()
    layers = []
    for index, layer in enumerate(request.config.layers):
        if request.config.style(layer.style) is None:
            raise BriefingError(f"config.toml: map.layers[{index}].style: unknown style '{layer.style}'")
        if layer.file.lower().endswith(".shp"):
            features = tuple(Feature(g, "") for g in _shapefile(folder / layer.file, layer.file))
        else:
            features = tuple(read_features(folder, layer.file, request.limits))
        layers.append(ExtraLayer(layer.label, layer.style, layer.credit, features))
    return layers


def _shapefile(path: Path, shown: str) -> list:
    from cartopy.io.shapereader import Reader

    if not path.is_file():
        raise BriefingError(f"{shown}: no such file")
    try:
        reader = Reader(str(path))
        geometries = [g for g in reader.geometries() if g is not None and not g.is_empty]
        reader.close()
    except Exception as exc:  # pyshp raises its own and generic errors for damaged files
        raise BriefingError(f"{shown}: not a readable shapefile ({exc})") from None
    return geometries


# Where coordinates came from, as the credit names it.
PLACE_ORIGINS = [("gazetteer", "GeoNames"), ("desk", N_("desk gazetteer")), ("brief", N_("the brief")),
                 ("relative", N_("the brief"))]


def credit_line(request: MapRequest, overlays: list[Overlay], extra: list[ExtraLayer], natural_earth: bool) -> str:
    """Basemap and place sources first, then each overlay's credit once, in layer order."""
    words = translator(request.language, request.desk)
    parts = [words.gettext("Basemap: %(data)s") % {"data": "GSHHG/WDB" + (", Natural Earth" if natural_earth else "")}]
    origins = {p.origin for p in request.places} | ({"gazetteer"} if request.towns else set())
    named = [words.gettext(name) for origin, name in PLACE_ORIGINS if origin in origins]
    if named:
        parts.append(words.gettext("Places: %(origins)s") % {"origins": ", ".join(dict.fromkeys(named))})
    credits: list[str] = []
    for text in [*(layer.credit for layer in extra), *(o.credit for o in overlays)]:
        if text and text not in credits:
            credits.append(text)
    if credits:
        parts.append(words.gettext("Overlays: %(credits)s") % {"credits": "; ".join(credits)})
    return " · ".join(parts)


def require_places(places: list[Located]) -> None:
    for place in places:
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
            raise BriefingError(f"place '{place.name}': coordinates out of range ({place.lat}, {place.lon})")
