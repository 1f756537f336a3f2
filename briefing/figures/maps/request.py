"""What the map renderer is given and what it gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefing.brief.model import MapSpec
from briefing.config import Limits, MapConfig
from briefing.messages import Desk
from briefing.places.located import Located

# Designed for the content box of an A4 or Letter page (about 174 mm wide), at print size.
WIDTH_MM = 174.0
HEIGHT_MM = 120.0


@dataclass(frozen=True)
class MapRequest:
    """Everything one situation map depends on; nothing else is read except the files named here."""

    places: list[Located]  # the brief's places (focus, city, objective, site, ...)
    towns: list[Located] | Callable[[], list[Located]]  # background towns, role "town"; may be empty.
    # A callable is called only when the map is drawn (a cached map needs no gazetteer); towns_key, if
    # given, stands for the towns in the cache key (whether they are a callable or its result).
    spec: MapSpec
    config: MapConfig
    layer_folder: Path  # [[map.layers]] files are relative to it (the brief's folder)
    layer_credits: dict[int, str]  # credit per overlay layer index, e.g. the source's publisher
    caption: str  # e.g. "Situation as of 280600Z OCT 25"
    figures_dir: Path
    slug: str
    format: Literal["png", "svg"] = "png"
    dpi: int = 300  # PNG only
    workspace_folder: Path | None = None  # config.toml's folder: [[map.layers]] of config.toml are relative to it
    max_towns: int = 60  # candidates considered for labelling, largest first
    extra_overlays: tuple = ()  # Overlay layers made in code, e.g. ACLED events by type (maps.events)
    reach: tuple[Located, ...] = ()  # points beyond the places that a map made around them shows (a ring's edge)
    towns_key: str = ""
    limits: Limits = field(default_factory=Limits)  # bounds on the files read (the brief's layers and the workspace's)
    language: str = "en"  # of country names and of the map's own words (its key, scale, credit)
    desk: Desk = Desk()  # the workspace's own words for that language (messages.py)

    def town_list(self) -> list[Located]:
        return self.towns() if callable(self.towns) else self.towns


@dataclass(frozen=True)
class MapResult:
    image: Path
    sidecar: Path
    caption: str
    alt: str  # one or two sentences saying what the map shows, for the <img alt>
    credit: str  # "Basemap: GSHHG/WDB · Places: GeoNames · ..."
    redrawn: bool = True  # False when an identical earlier render was reused
    warnings: list[str] = field(default_factory=list)  # e.g. a brief place outside the map's extent (B701)
    notes: list[str] = field(default_factory=list)  # what the map did instead of naming a place on it (B701 notes)
    callouts: list[list] = field(default_factory=list)  # [number, name] listed under the map
    shows: dict[str, float] = field(default_factory=dict)  # country code -> share of the frame's land, largest first


def outside_message(name: str) -> str:
    """What is said of a place outside the map's extent, by the check (which knows the brief's extent) and by the
    map (which knows its frame) alike, so that it is said once."""
    return (f"'{name}' lies outside the map's extent and is not shown: widen [map] extent to take it in, or remove "
            "the extent to frame every place")
