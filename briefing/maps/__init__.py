"""The situation map: basemap data, overlay layers and styles as data, the renderer, label placement.

    from briefing.maps import MapRequest, render_map, basemap_report
"""

from __future__ import annotations

from briefing.maps.request import MapRequest, MapResult

__all__ = ["MapRequest", "MapResult", "basemap_report", "render_map"]


def render_map(request: MapRequest) -> MapResult:
    """Draw the situation map for `request` (or reuse an identical earlier render). Imports Cartopy lazily."""
    from briefing.maps.render import render_map as render

    return render(request)


def basemap_report() -> list[str]:
    """Lines saying which map data is in use, from where, at what resolution (for `briefing basemap`)."""
    from briefing.maps import basemap, naturalearth

    return [*basemap.report(), *naturalearth.report()]
