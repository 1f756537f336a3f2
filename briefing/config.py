"""Workspace configuration (config.toml): organisation defaults below the brief and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from briefing.claims import ICD_203
from briefing.maps.style import MapConfig
from briefing.validation import Colour, Strict, parse, read_toml

Paper = Literal["A4", "Letter"]


class Paths(Strict):
    out: str = "out"
    figures: str = "figures"
    templates: str = "templates"


class Limits(Strict):
    max_brief_bytes: int = Field(2_000_000, gt=0)
    max_text_chars: int = Field(50_000, gt=0)
    render_seconds: float = Field(300, gt=0)


class Config(Strict):
    organisation: str = "Briefing"
    marking: str = "UNCLASSIFIED"
    marking_colour: Colour = "#1a1a1a"
    paper: Paper = "A4"
    language: str = Field("en", min_length=2)
    contents_threshold: int = Field(2, ge=0)
    tagged: bool = True
    require_sources: bool = True
    likelihood_scale: list[str] = Field(default_factory=lambda: list(ICD_203), min_length=2)
    paths: Paths = Paths()
    limits: Limits = Limits()
    map: MapConfig = MapConfig()


def load_config(path: Path | None, shown: str | None = None) -> Config:
    """Built-in defaults, overlaid with config.toml when there is one."""
    if path is None:
        return Config()
    data = read_toml(path, shown or str(path))
    return parse(Config, data, shown or str(path))
