"""A map's key in the one cache (briefing.cache): everything it depends on, so an unchanged map is never
redrawn and a changed input, renderer or library always is."""

from __future__ import annotations

import dataclasses
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing import cache, messages
from briefing.figures.maps import naturalearth
from briefing.figures.maps.request import MapRequest, MapResult

SIDECAR_SCHEMA = 3  # 2: symbols moved aside (displaced, symbol_leader), callouts, notes; 3: shows
CODE = ("briefing.figures.maps", "briefing.palette", "briefing.config")  # the renderer, its look, its styles
LIBRARIES = ("matplotlib", "cartopy", "shapely", "pyproj", "basemap-data", "basemap-data-hires")


def map_key(request: MapRequest) -> str:
    return cache.key("map", _inputs(request), CODE, LIBRARIES)


def _inputs(request: MapRequest) -> dict:
    folder = request.workspace_folder or Path.cwd()
    return {
        "places": [dataclasses.asdict(p) for p in request.places],
        "reach": [dataclasses.asdict(p) for p in request.reach],
        "towns": request.towns_key or [dataclasses.asdict(t) for t in request.town_list()],
        "spec": request.spec.model_dump(mode="json"),
        "config": request.config.model_dump(mode="json"),
        "credits": sorted(request.layer_credits.items()),
        "extra_overlays": [[o.index, o.kind, o.label, o.style.model_dump(), o.credit,
                            [[f.geometry.wkt, f.name] for f in o.features]] for o in request.extra_overlays],
        "caption": request.caption,
        "language": request.language,
        "words": messages.fingerprint(request.language, request.desk),
        "output": [request.format, request.dpi, request.max_towns],
        "layer_files": [cache.file_digest(request.layer_folder / layer.file) for layer in request.spec.layers],
        "workspace_layers": [[cache.file_digest(part) for part in _shapefile_parts(folder / layer.file)]
                             for layer in request.config.layers],
        "natural_earth": naturalearth.fingerprint(),
        "schema": SIDECAR_SCHEMA,
    }


def basemap_versions() -> dict[str, str]:
    """The installed basemap data packages (which also say which resolutions exist)."""
    found = {}
    for package in ("basemap-data", "basemap-data-hires"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return found


def _shapefile_parts(path: Path) -> list[Path]:
    if path.suffix.lower() != ".shp":
        return [path]
    return [path.with_suffix(suffix) for suffix in (".shp", ".shx", ".dbf", ".prj")]


def output_paths(request: MapRequest, key: str) -> tuple[Path, Path]:
    return cache.paths(request.figures_dir, f"{request.slug}-map", key, request.format)


def cached_result(image: Path, sidecar: Path) -> MapResult | None:
    """The earlier render with the same inputs, if both its files are there and the sidecar reads."""
    if not image.is_file():
        return None
    data: Any = cache.read_json(sidecar)  # None (unreadable) fails below with TypeError
    try:
        return MapResult(image, sidecar, data["caption"], data["alt"], data["credit"], redrawn=False,
                         warnings=list(data["warnings"]), notes=list(data["notes"]),
                         callouts=list(data["callouts"]), shows=dict(data["shows"]))
    except (KeyError, TypeError):
        return None
