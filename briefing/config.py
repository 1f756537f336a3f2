"""Workspace configuration (config.toml): organisation defaults below the brief and the command line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from briefing.errors import Problem
from briefing.messages import N_
from briefing.palette import ACCENT, HOSTILE, INK, MUTED, RULE
from briefing.schema import Colour, Language, Strict, Text, parse, read_toml
from briefing.workspace import FIGURES

Paper = Literal["A4", "Letter"]

# ICD 203's seven terms, from least to most likely: the default likelihood scale.
ICD_203 = ["almost no chance", "very unlikely", "unlikely", "roughly even chance",
           "likely", "very likely", "almost certain"]


class MapStyle(Strict):
    """How one overlay or basemap layer is drawn."""

    facecolor: str = "none"
    edgecolor: str = "#333333"
    linewidth: float = 1.0
    linestyle: str = "solid"
    hatch: str = ""
    alpha: float = 1.0
    marker: str = "o"
    markersize: float = 5.0


DEFAULT_STYLES: dict[str, MapStyle] = {
    "front-line": MapStyle(edgecolor=HOSTILE, linewidth=1.6),
    "route": MapStyle(edgecolor=ACCENT, linewidth=1.2, linestyle="dashed"),
    "axis": MapStyle(facecolor=HOSTILE, edgecolor=HOSTILE, linewidth=1.4),
    "control": MapStyle(facecolor="#d6604d", edgecolor=HOSTILE, alpha=0.35),
    "grey-zone": MapStyle(facecolor="none", edgecolor="#555555", hatch="////", linewidth=0.6),
    "point": MapStyle(facecolor=INK, edgecolor=INK, marker="^", markersize=5),
}

# The basemap, drawn under every map; a workspace may restyle these by name under [map.styles].
BASEMAP_STYLES: dict[str, MapStyle] = {
    "basemap-sea": MapStyle(facecolor="#dfe7ef", edgecolor="none", linewidth=0),
    "basemap-land": MapStyle(facecolor="#f5f3ee", edgecolor="none", linewidth=0),
    "basemap-lake": MapStyle(facecolor="#dfe7ef", edgecolor="none", linewidth=0),
    "basemap-coast": MapStyle(edgecolor="#6d7f93", linewidth=0.5),
    "basemap-river": MapStyle(edgecolor="#7d9cbc", linewidth=0.6),
    "basemap-border": MapStyle(edgecolor=MUTED, linewidth=1.0, linestyle="dashdot"),
    "basemap-admin1": MapStyle(edgecolor=RULE, linewidth=0.6, linestyle="dotted"),
    "basemap-road": MapStyle(edgecolor="#a08f7a", linewidth=0.6),
    "basemap-railway": MapStyle(edgecolor=MUTED, linewidth=0.7, linestyle="dashed"),
    "basemap-graticule": MapStyle(edgecolor=RULE, linewidth=0.3, alpha=0.6),
    "inset-box": MapStyle(edgecolor=HOSTILE, linewidth=1.1),
}


class BasemapLayer(Strict):
    """An extra vector layer (GeoJSON or Shapefile) drawn under every map of the workspace."""

    file: Text
    style: Text
    label: Text
    credit: Text


class MapConfig(Strict):
    styles: dict[str, MapStyle] = {}
    layers: list[BasemapLayer] = []

    def style(self, name: str) -> MapStyle | None:
        """A workspace style, else a built-in one (overlay styles, then the basemap's)."""
        return self.styles.get(name) or DEFAULT_STYLES.get(name) or BASEMAP_STYLES.get(name)

    def style_names(self) -> list[str]:
        return sorted({*DEFAULT_STYLES, *self.styles})



class Charts(Strict):
    off: list[str] = []  # figure kinds never charted here, e.g. ["population"]


class Paths(Strict):
    out: str = "out"
    figures: str = FIGURES
    templates: str = "templates"


class Limits(Strict):
    """[limits]: every input a brief brings is bounded where it is read (README, "Security")."""

    max_brief_bytes: int = Field(default=2_000_000, gt=0)     # the brief's TOML file
    max_text_chars: int = Field(default=50_000, gt=0)         # one text field
    max_items: int = Field(default=1_000, gt=0)               # entries in one array of tables (facts, places...)
    max_depth: int = Field(default=32, gt=0)                  # nesting of TOML tables and arrays, and of JSON
    max_file_bytes: int = Field(default=25_000_000, gt=0)     # one file a brief names (CSV, GeoJSON, image)
    max_rows: int = Field(default=100_000, gt=0)              # rows of one CSV file
    max_features: int = Field(default=20_000, gt=0)           # features of one GeoJSON file
    max_vertices: int = Field(default=500_000, gt=0)          # coordinate pairs of one GeoJSON file
    max_image_pixels: int = Field(default=50_000_000, gt=0)   # width x height of an image, checked before decoding
    max_svg_bytes: int = Field(default=2_000_000, gt=0)       # one SVG image
    max_svg_elements: int = Field(default=20_000, gt=0)       # elements of one SVG image
    build_seconds: float = Field(default=300, gt=0)           # wall clock of one brief's build, all stages
    archive_seconds: float = Field(default=60, gt=0)          # reading the text of one archived web page or PDF
    memory_mb: int = Field(default=4_096, ge=256)             # address space of each worker process


# The warnings a workspace may raise to errors or turn off; errors stay errors.
WARNING_CODES = frozenset({"B204", "B303", "B304", "B305", "B306", "B401", "B402", "B701", "B702", "B703", "B707",
                           "B903", "B904", "B905", "B906"})


class Checks(Strict):
    """[checks]: like ruff's select/ignore, by code."""

    error: list[str] = []   # warnings that fail the build here
    ignore: list[str] = []  # warnings not reported at all

    @field_validator("error", "ignore")
    @classmethod
    def _warning_codes(cls, codes: list[str]) -> list[str]:
        unknown = [code for code in codes if code not in WARNING_CODES]
        if unknown:
            raise ValueError(f"only warning codes can be raised or ignored ({', '.join(sorted(WARNING_CODES))}), "
                             f"not {', '.join(unknown)}")
        return codes

    def apply(self, problems: list[Problem]) -> list[Problem]:
        return [replace(p, severity="error") if p.code in self.error and p.origin == "content" else p
                for p in problems if p.code not in self.ignore or p.is_error]


class Titles(Strict):
    """[titles]: the words of the brief's section headings, for the desk's profile (a defence desk may say
    "Forces, losses and key figures", a humanitarian one "Humanitarian impact"). Neutral by default."""

    summary: Text = N_("Bottom line up front")
    contents: Text = N_("Contents")
    since: Text = N_("Since the last brief")
    facts: Text = N_("Key facts")
    map: Text = N_("Situation map")
    detail_map: Text = N_("Detail map")
    figures: Text = N_("Key figures")
    analysis: Text = N_("Analysis")
    statements: Text = N_("Statements")
    timeline: Text = N_("Timeline")
    places: Text = N_("Places named")
    sources: Text = N_("Sources")

    def translated(self, gettext) -> Titles:
        """The headings in the brief's language: a default one from the catalog; one the desk set in config.toml
        as it wrote it, unless its [messages.<lang>] (or its own catalog) gives that heading in the language."""
        return self.model_copy(update={name: gettext(getattr(self, name)) for name in type(self).model_fields})


# A desk's own words for the tool's messages, by language: {"fr": {"Key facts": "Faits saillants"}}; a plural
# message takes a table of CLDR forms ({one = "...", other = "..."}).
Messages = dict[str, dict[str, str | dict[str, str]]]


class Config(Strict):
    organisation: str = "Briefing"
    marking: str = "UNCLASSIFIED"
    marking_colour: Colour = "#1a1a1a"
    paper: Paper = "A4"
    language: Language = "en"
    contents_threshold: int = Field(default=2, ge=0)
    tagged: bool = True
    require_sources: bool = True
    likelihood_scale: list[str] = Field(default_factory=lambda: list(ICD_203), min_length=2)
    paths: Paths = Paths()
    limits: Limits = Limits()
    map: MapConfig = MapConfig()
    checks: Checks = Checks()
    charts: Charts = Charts()
    titles: Titles = Titles()
    messages: Messages = {}


def load_config(path: Path | None, shown: str | None = None) -> Config:
    """Built-in defaults, overlaid with config.toml when there is one."""
    if path is None:
        return Config()
    data = read_toml(path, shown or str(path))
    return parse(Config, data, shown or str(path))
