"""The situation map: basemap data, overlay layers and styles as data, the renderer, label placement.

    from briefing.maps import MapRequest, render_map, basemap_report
"""

from __future__ import annotations

import dataclasses

from briefing.maps.request import MapRequest, MapResult

__all__ = ["MapRequest", "MapResult", "basemap_report", "render_map"]


def render_map(request: MapRequest, draw=None) -> MapResult:
    """Draw the situation map for `request`, or reuse an identical earlier render without importing
    Matplotlib or Cartopy at all. `draw(request)`, if given, draws it elsewhere (another process)."""
    from briefing.maps import cache

    image, sidecar = cache.output_paths(request, cache.input_key(request))
    reused = cache.cached_result(image, sidecar)
    if reused is not None:
        return reused
    if draw is not None:  # look the towns up here, while the other process is still importing Matplotlib
        return draw(dataclasses.replace(request, towns=request.town_list()))
    from briefing.maps.render import render_map as render

    return render(request)


def basemap_report() -> list[str]:
    """Lines saying which map data is in use, from where, at what resolution (for `briefing basemap`)."""
    from briefing.maps import basemap, naturalearth

    return [*basemap.report(), *naturalearth.report()]
