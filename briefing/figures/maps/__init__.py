"""The situation map: basemap data, overlay layers and styles as data, the renderer, label placement.

    from briefing.figures.maps import MapRequest, render_map, basemap_report
"""

from __future__ import annotations

from briefing.figures.maps.request import MapRequest, MapResult

__all__ = ["MapRequest", "MapResult", "basemap_report", "render_map"]


def render_map(request: MapRequest) -> MapResult:
    """Draw the situation map for `request`, or reuse an identical earlier render without importing
    Matplotlib or Cartopy at all."""
    from briefing.figures.maps.key import cached_result, map_key, output_paths

    image, sidecar = output_paths(request, map_key(request))
    reused = cached_result(image, sidecar)
    if reused is not None:
        return reused
    from briefing.figures.maps.render import draw_map

    return draw_map(request, image, sidecar)


def basemap_report() -> list[str]:
    """Lines saying which map data is in use, from where, at what resolution (for `briefing basemap`)."""
    from briefing.figures.maps import basemap, naturalearth

    return [*basemap.report(), *naturalearth.report()]
