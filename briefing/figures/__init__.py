"""The figures stage: the situation map and the charts of a checked brief, drawn or reused from the cache."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.brief.datafiles import Event, Point
from briefing.brief.history import Followed
from briefing.brief.model import Brief
from briefing.places.located import Located
from briefing.workspace import Workspace


@dataclass(frozen=True)
class Figures:
    """Drawn maps and charts, with what the page says about them; image paths relative to the brief."""

    charts: list[Any] = field(default_factory=list)  # figures.charts.draw.Chart
    map: Any | None = None  # a figures.maps.MapResult
    details: list[Any] = field(default_factory=list)  # figures.situation.DetailResult, after the map
    located: list[Located] = field(default_factory=list)  # the brief's places
    folder: Path = Path(".")

    def src(self, image: Path) -> str:
        return Path(os.path.relpath(image, self.folder)).as_posix()

    @property
    def files(self) -> list[Path]:
        """The files in the figures folder these figures use."""
        used = [path for chart in self.charts for path in (chart.image, chart.sidecar)]
        maps = ([self.map] if self.map else []) + [detail.map for detail in self.details]
        return used + [path for drawn in maps for path in (drawn.image, drawn.sidecar)]


def draw_figures(brief: Brief, located: list[Located], series: list[list[Point]], events: list[list[Event]],
                 folder: Path, slug: str, language: str, workspace: Workspace, history: Sequence[Followed] = (),
                 new_places: tuple[str, ...] = ()) -> Figures:
    from briefing.figures.charts.draw import render_charts
    from briefing.figures.charts.plan import chart_specs
    from briefing.figures.situation import situation_map
    from briefing.messages import desk_of, translator

    situation, details = situation_map(brief, located, events, folder, slug, workspace, new_places) \
        if located or brief.map.extent else (None, [])
    words = translator(language, desk_of(workspace, language))
    specs = chart_specs(brief, series, events, language, frozenset(workspace.config.charts.off), history, words)
    charts = render_charts(specs, workspace.figures_dir, slug)
    return Figures(charts=charts, map=situation, details=details, located=located, folder=folder)
