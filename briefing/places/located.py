"""A place with coordinates: what the gazetteer produces and the map draws."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Origin = Literal["brief", "gazetteer", "desk", "relative"]


@dataclass(frozen=True)
class Located:
    """A named point. `role` is the brief's (focus, city, objective, site, ...) or "town" for background towns."""

    name: str
    lat: float
    lon: float
    role: str
    origin: Origin = "gazetteer"
    population: int | None = None
    country: str = ""
    estimated: bool = False  # the brief says its location is approximate (approximate = true)
    kind: str = "point"  # or "area": labelled as a region, with no point symbol
    feature: str = ""  # GeoNames' feature class and code where the gazetteer placed it ("P", "A.PCLI" a country)
    extent: tuple[float, float, float, float] | None = None  # west, east, south, north of an area the gazetteer
                                                             # bounds (east beyond 180 across the antimeridian)

    def __post_init__(self) -> None:
        if self.extent is not None and not isinstance(self.extent, tuple):  # read back from JSON as a list
            object.__setattr__(self, "extent", tuple(self.extent))

    @property
    def is_country(self) -> bool:
        return self.feature == "A.PCLI"

    @property
    def approximate(self) -> bool:
        """Placed relative to another place ("about 10 km west of Pokrovsk"), or marked approximate by the brief:
        drawn hollow and labelled as approximate."""
        return self.origin == "relative" or self.estimated
